"""One POST of a delivery: to the address just checked, within the timeout, no redirects.

The host is resolved and checked right before connecting (claims/webhooks/addresses.py), and the
socket connects to that checked address, never to the name, so DNS answers cannot swap in
another address between check and connection; the Host header, TLS SNI and certificate check
use the URL's host name. Redirects are answers like any other non-2xx: not followed. At most
64 KB of the answer is read. The whole attempt (connect, send, answer) has
CLAIMS_WEBHOOK_TIMEOUT_SECONDS (5 by default).

A `Channel` keeps one connection per subscription between deliveries (keep-alive) while the
host keeps resolving to the address it is connected to. It parses its URL once; the settings,
the resolution and the resolved addresses are checked again at every delivery.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
from dataclasses import dataclass

from claims.webhooks import addresses, conf
from claims.webhooks.addresses import Address, Refused, Target

MAX_RESPONSE_BYTES = 64 * 1024
USER_AGENT = "ClaimsTracker-Webhooks/1"
_STALE_CONNECTION = ("RemoteDisconnected", "BrokenPipeError", "ConnectionResetError")


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one attempt gave: a status code, or an error (refused, timeout, connection)."""

    status: int | None
    duration_ms: int
    error: str = ""
    excerpt: str = ""
    connected: bool = False  # a socket was opened (False for refusals)

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


class _Pinned(http.client.HTTPConnection):
    """HTTP to a fixed address, with the URL's host in the Host header."""

    def __init__(self, target: Target, address: Address, timeout: float) -> None:
        super().__init__(target.host, target.port, timeout=timeout)
        self.address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((str(self.address), self.port), timeout=self.timeout)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class _PinnedTLS(_Pinned):
    """HTTPS to a fixed address; SNI and the certificate check use the URL's host name."""

    def __init__(self, target: Target, address: Address, timeout: float) -> None:
        super().__init__(target, address, timeout)
        self.context = ssl.create_default_context()

    def connect(self) -> None:
        super().connect()
        assert self.sock is not None
        self.sock = self.context.wrap_socket(self.sock, server_hostname=self.host)


class Channel:
    """Sends one subscription's deliveries, reusing its connection while it may."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._parsed: addresses.Parsed | None = None
        self._conn: _Pinned | None = None
        self._address: Address | None = None
        self._body = b""
        self._headers: dict[str, str] = {}

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
        self._conn = None
        self._address = None

    def post(self, body: bytes, headers: dict[str, str]) -> Outcome:
        """POST the body now; never raises: the outcome says what happened."""
        self._body, self._headers = body, headers
        started = time.monotonic()
        timeout = conf.timeout_seconds()
        try:
            if self._parsed is None:
                self._parsed = addresses.parse(self.url)
            target = addresses.check(self.url, self._parsed)
        except Refused as exc:
            self.close()
            return Outcome(None, _ms(started), f"refused: {exc}"[:500])
        reused = self._conn is not None and self._address in target.addresses
        outcome = self._attempt(target, started, timeout)
        if reused and outcome.status is None and outcome.error.startswith(_STALE_CONNECTION):
            # The receiver closed the idle kept-alive connection before our request: one
            # more try on a fresh connection (receivers dedupe by id in any case).
            outcome = self._attempt(target, started, timeout)
        return outcome

    def _attempt(self, target: Target, started: float, timeout: float) -> Outcome:
        try:
            conn = self._connection(target, timeout)
            conn.request(
                "POST",
                target.path,
                body=self._body,
                headers={
                    "Host": target.host_header,
                    "User-Agent": USER_AGENT,
                    "Content-Length": str(len(self._body)),
                    **self._headers,
                },
            )
            _limit(conn, started, timeout)
            response = conn.getresponse()
            _limit(conn, started, timeout)
            data = response.read(MAX_RESPONSE_BYTES + 1)
            complete = len(data) <= MAX_RESPONSE_BYTES and response.isclosed()
            if not complete or response.will_close:
                self.close()  # unread answer left on the wire: do not reuse the connection
            excerpt = data[:MAX_RESPONSE_BYTES].decode("utf-8", "replace")[:500]
            return Outcome(response.status, _ms(started), "", excerpt, connected=True)
        except TimeoutError:
            self.close()
            return Outcome(None, _ms(started), f"timeout after {timeout:g} s", connected=True)
        except (OSError, http.client.HTTPException) as exc:
            self.close()
            message = f"{type(exc).__name__}: {exc}"
            return Outcome(None, _ms(started), message[:500], connected=True)

    def _connection(self, target: Target, timeout: float) -> _Pinned:
        # Reuse the open connection only while its address is still among the checked ones.
        if self._conn is not None and self._address in target.addresses:
            self._conn.timeout = timeout
            if self._conn.sock is not None:
                self._conn.sock.settimeout(timeout)
            return self._conn
        self.close()
        address = target.addresses[0]
        kind = _PinnedTLS if target.scheme == "https" else _Pinned
        self._conn = kind(target, address, timeout)
        self._address = address
        return self._conn


def _limit(conn: _Pinned, started: float, timeout: float) -> None:
    """What is left of the attempt's time becomes the socket's timeout."""
    left = timeout - (time.monotonic() - started)
    if left <= 0:
        raise TimeoutError
    if conn.sock is not None:
        conn.sock.settimeout(left)


def _ms(started: float) -> int:
    return max(0, int((time.monotonic() - started) * 1000))
