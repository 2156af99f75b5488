"""A webhook receiver on loopback for tests, chaos scenarios and benchmarks.

It records every complete request (arrival time, headers, raw body; one whose sender went away
before the end of its body is no request) and answers as told: a status
(fixed, or chosen per request by a function), a redirect, a hang (accepts, reads the request,
never answers), or a large body. It verifies nothing itself; `verify()` checks a request's
signature the way the README's receiver does.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Received:
    at: float  # time.time() when the request was read
    path: str
    headers: dict[str, str]
    body: bytes

    @property
    def payload(self) -> dict[str, Any]:
        return dict(json.loads(self.body))

    @property
    def event_id(self) -> str:
        return self.headers.get("X-Claims-Event-Id", "")


@dataclass
class Behaviour:
    status: int | Callable[[Received], int] = 200
    hang: bool = False
    location: str = ""  # for redirects
    body: bytes = b"ok"


class Receiver:
    """Listen on 127.0.0.1 (a free port) in a thread; `url` is where to send."""

    def __init__(self, behaviour: Behaviour | None = None, path: str = "/hook") -> None:
        self.behaviour = behaviour or Behaviour()
        self.path = path
        self.received: list[Received] = []
        self.connections = 0
        self.lock = threading.Lock()
        self._release = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out in two writes: without this, Nagle's algorithm holds the
            # body until the client's delayed ACK (40 ms per request).
            disable_nagle_algorithm = True

            def setup(self) -> None:
                super().setup()
                with receiver.lock:
                    receiver.connections += 1

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                if len(raw) < length:
                    # The sender went away in the middle of the body (a worker killed as it
                    # sent): a server hands no such request to its application.
                    self.close_connection = True
                    return
                got = Received(time.time(), self.path, dict(self.headers.items()), raw)
                with receiver.lock:
                    receiver.received.append(got)
                behaviour = receiver.behaviour
                if behaviour.hang:
                    receiver._release.wait(120)
                    self.close_connection = True
                    return
                status = behaviour.status(got) if callable(behaviour.status) else behaviour.status
                self.send_response(status)
                if behaviour.location:
                    self.send_header("Location", behaviour.location)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(behaviour.body)))
                self.end_headers()
                self.wfile.write(behaviour.body)

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            request_queue_size = 128

        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}{self.path}"

    def __enter__(self) -> Receiver:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._release.set()
        self.server.shutdown()
        self.server.server_close()

    def ids(self) -> list[str]:
        with self.lock:
            return [r.event_id for r in self.received]

    def wait_for(self, n: int, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if len(self.received) >= n:
                    return
            time.sleep(0.05)
        raise AssertionError(f"got {len(self.received)} of {n} requests in {timeout}s")


def verify(secret: str, received: Received, tolerance: int = 300) -> bool:
    """Check X-Claims-Signature as a receiver would (the README's recipe)."""
    header = received.headers.get("X-Claims-Signature", "")
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    if "t" not in parts or "v1" not in parts or abs(time.time() - int(parts["t"])) > tolerance:
        return False
    signed = parts["t"].encode() + b"." + received.body
    expected = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, parts["v1"])


@dataclass
class Listener:
    """A bare TCP listener that counts connections (the target of a redirect)."""

    sock: socket.socket = field(default_factory=lambda: socket.socket())
    connections: int = 0

    def __enter__(self) -> Listener:
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}/elsewhere"

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self.sock.close()
