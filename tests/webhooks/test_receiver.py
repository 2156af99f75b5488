"""The loopback receiver the webhook tests, chaos scenarios and benchmarks count deliveries with.

A request whose sender went away before the end of its body (a worker killed as it sent) is no
delivery: a server never hands it to its application, and counting it would count a request
nobody could read (W2 once failed on such an empty body).
"""

from __future__ import annotations

import socket
import time

from tests.webhooks.receiver import Receiver

HEAD = (
    "POST /hook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
    "X-Claims-Event-Id: e1\r\nContent-Length: {length}\r\n\r\n"
)


def _send(receiver: Receiver, body: bytes, length: int) -> bytes:
    with socket.create_connection(("127.0.0.1", receiver.port), timeout=5) as sock:
        sock.sendall(HEAD.format(length=length).encode() + body)
        if len(body) < length:
            sock.shutdown(socket.SHUT_WR)  # gone before the end of the body
        return sock.recv(1024)


def test_a_whole_request_is_recorded_and_answered() -> None:
    with Receiver() as receiver:
        answer = _send(receiver, b'{"id": "e1"}', 12)
        assert answer.startswith(b"HTTP/1.1 200")
        [got] = receiver.received
        assert got.payload == {"id": "e1"}


def test_a_request_cut_in_its_body_is_not_recorded() -> None:
    with Receiver() as receiver:
        answer = _send(receiver, b'{"id": ', 12)
        time.sleep(0.2)
        assert answer == b""
        assert receiver.received == []
