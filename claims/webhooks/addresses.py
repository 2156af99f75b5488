"""Which webhook URLs may be called: no request forgery against the tracker's own network.

A URL must be `https` (plain `http` only with CLAIMS_WEBHOOK_ALLOW_HTTP), carry no user name
or password, and name its host as a DNS name, a canonical dotted-quad IPv4 address or a
bracketed IPv6 address (`0x7f000001`, `2130706433`, `0177.0.0.1` or `127.1` are refused:
resolvers read them as addresses a reader would not recognise). Every address the host
resolves to must be public: not loopback, private, shared (CGNAT), link-local (169.254.169.254,
the cloud metadata service, included), multicast, reserved, unspecified, documentation, or an
IPv6 form that embeds an IPv4 address (mapped, NAT64, 6to4, Teredo) — unless
CLAIMS_WEBHOOK_ALLOW_PRIVATE is set (the development stack and the tests), which still refuses
unspecified and multicast addresses.

The check runs at registration and again before every delivery, on the addresses the host
resolves to then; the sender connects to the address it checked (claims/webhooks/transport.py),
so a name that resolves elsewhere between check and connection (DNS rebinding) gains nothing.
Resolving is `socket.getaddrinfo`, looked up at call time (tests patch it); nothing here
opens a connection.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from claims.webhooks import conf

Address = ipaddress.IPv4Address | ipaddress.IPv6Address

_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
# What inet_aton reads as an IPv4 address: one to four parts, each decimal, octal or 0x-hex.
_NUMERIC = re.compile(r"^(0x[0-9a-f]*|[0-9]+)(\.(0x[0-9a-f]*|[0-9]+)){0,3}\.?$")
_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
_SHARED = ipaddress.ip_network("100.64.0.0/10")


class Refused(ValueError):
    """A URL or address the tracker will not call; the message says why."""


@dataclass(frozen=True, slots=True)
class Target:
    """Where a delivery goes: the URL's parts and the addresses checked for it."""

    scheme: str
    host: str  # for the Host header and TLS (SNI, certificate): lower-case, no brackets
    port: int
    path: str  # path and query, at least "/"
    addresses: tuple[Address, ...]

    @property
    def host_header(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        default = 443 if self.scheme == "https" else 80
        return host if self.port == default else f"{host}:{self.port}"


@dataclass(frozen=True, slots=True)
class Parsed:
    scheme: str
    host: str
    port: int
    path: str
    literal: Address | None  # the host, when it is an address


def parse(url: str) -> Parsed:
    """Check a URL's form (not where it resolves); raise Refused saying what is wrong."""
    if not isinstance(url, str) or not url or len(url) > 2000:
        raise Refused("Give the endpoint's URL (at most 2,000 characters).")
    if any(ch.isspace() or ord(ch) < 32 or ch == "\\" for ch in url):
        raise Refused("The URL contains spaces, control characters or backslashes.")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise Refused(f"The URL does not parse ({exc}).") from None
    scheme = parts.scheme.lower()
    if scheme not in ("https", "http"):
        raise Refused("Use an https:// URL.")
    if scheme == "http" and not conf.allow_http():
        raise Refused("Use an https:// URL (plain http is not allowed here).")
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise Refused("A webhook URL cannot carry a user name or password.")
    host = (parts.hostname or "").lower()
    if not host:
        raise Refused("The URL has no host.")
    literal = _literal(host, bracketed=parts.netloc.startswith("["))
    if literal is None:
        _check_name(host)
    path = parts.path or "/"
    if parts.query:
        path = f"{path}?{parts.query}"
    return Parsed(scheme, host, port or (443 if scheme == "https" else 80), path, literal)


def _literal(host: str, *, bracketed: bool) -> Address | None:
    if bracketed:
        try:
            return ipaddress.IPv6Address(host)
        except ValueError:
            raise Refused("The bracketed host is not an IPv6 address.") from None
    if _NUMERIC.match(host):
        try:
            return ipaddress.IPv4Address(host)
        except ValueError:
            raise Refused(
                "Write an IPv4 host as four decimal numbers (e.g. 203.0.113.7), or use a name."
            ) from None
    return None


def _check_name(host: str) -> None:
    name = host[:-1] if host.endswith(".") else host
    try:
        ascii_name = name.encode("idna").decode("ascii")
    except UnicodeError:
        raise Refused("The host is not a valid name.") from None
    labels = ascii_name.split(".")
    if len(ascii_name) > 253 or not all(_LABEL.match(label) for label in labels):
        raise Refused("The host is not a valid name.")
    if labels[-1].isdigit():  # no top-level domain is numeric: an address in disguise
        raise Refused("The host is not a valid name.")


def refusal(address: Address) -> str | None:
    """Why the tracker will not connect to this address (None: it may)."""
    if address.is_unspecified:
        return "an unspecified address"
    if address.is_multicast:
        return "a multicast address"
    if conf.allow_private():
        return None
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return "an IPv4-mapped IPv6 address"
        if any(address in net for net in _NAT64):
            return "a NAT64 address"
        if address.sixtofour is not None or address.teredo is not None:
            return "an IPv6 address that embeds an IPv4 address"
        if address.scope_id:
            return "a scoped IPv6 address"
    if address.is_loopback:
        return "a loopback address"
    if address.is_link_local:
        return "a link-local address"
    if isinstance(address, ipaddress.IPv4Address) and address in _SHARED:
        return "a shared (carrier-grade NAT) address"
    if address.is_private:
        return "a private address"
    if address.is_reserved:
        return "a reserved address"
    if not address.is_global:
        return "an address that is not public"
    return None


def resolve(parsed: Parsed) -> tuple[Address, ...]:
    """The addresses the host resolves to now (an address literal: itself)."""
    if parsed.literal is not None:
        return (parsed.literal,)
    try:
        infos = socket.getaddrinfo(parsed.host, parsed.port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise Refused(f"The host does not resolve ({exc}).") from None
    found: list[Address] = []
    for family, _type, _proto, _canon, sockaddr in infos:
        if family not in (socket.AF_INET, socket.AF_INET6):
            continue
        text = str(sockaddr[0]).split("%", 1)[0]
        try:
            address = ipaddress.ip_address(text)
        except ValueError:
            continue
        if address not in found:
            found.append(address)
    if not found:
        raise Refused("The host does not resolve to an address.")
    return tuple(found)


def check(url: str, parsed: Parsed | None = None) -> Target:
    """Parse, resolve and check a URL now; raise Refused, before any connection, unless every
    address it resolves to may be called. `parsed`: this URL's `parse()` from before (a sender
    parses its URL once; the settings, the resolution and the addresses are checked each time)."""
    if parsed is None:
        parsed = parse(url)
    elif parsed.scheme == "http" and not conf.allow_http():
        raise Refused("Use an https:// URL (plain http is not allowed here).")
    addresses = resolve(parsed)
    for address in addresses:
        why = refusal(address)
        if why is not None:
            raise Refused(f"The host resolves to {address}, {why}: webhooks go to public hosts.")
    return Target(parsed.scheme, parsed.host, parsed.port, parsed.path, addresses)
