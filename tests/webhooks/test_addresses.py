"""No request forgery: hostile URLs are refused before any socket opens (checklist #14)."""

from __future__ import annotations

import pytest

from claims.webhooks import addresses
from claims.webhooks.addresses import Refused
from claims.webhooks.transport import Channel
from tests.conftest import PUBLIC, FakeResolver

HOSTILE = [
    "http://127.0.0.1/hook",
    "https://127.0.0.1/hook",
    "https://[::1]/hook",
    "http://169.254.169.254/latest/meta-data/",
    "https://169.254.169.254/latest/meta-data/",
    "https://10.0.0.1/hook",
    "https://192.168.1.10/hook",
    "https://172.16.5.4/hook",
    "https://100.64.0.1/hook",
    "https://0.0.0.0/hook",
    "https://224.0.0.1/hook",
    "https://240.0.0.1/hook",
    "https://[::ffff:127.0.0.1]/hook",
    "https://[::ffff:a00:1]/hook",
    "https://[fe80::1]/hook",
    "https://[fc00::1]/hook",
    "https://[64:ff9b::a00:1]/hook",
    "https://[2002:a00:1::]/hook",
    "https://[::]/hook",
    "http://0x7f000001/hook",
    "https://0x7f000001/hook",
    "https://2130706433/hook",
    "https://0177.0.0.1/hook",
    "https://127.1/hook",
    "https://1.2.3.4.5/hook",
    "https://localhost/hook",
    "https://user:pass@example.org/hook",
    "https://example.org@127.0.0.1/hook",
    "ftp://example.org/hook",
    "file:///etc/passwd",
    "gopher://127.0.0.1:6379/_INFO",
    "https://",
    "https:///hook",
    "https://exa mple.org/hook",
    "https://example.org\\@127.0.0.1/",
    "https://private.example.test/hook",  # resolves (patched) to 10.1.2.3
    "https://mixed.example.test/hook",  # resolves (patched) to a public and a private address
    "https://nowhere.example.test/hook",  # does not resolve
]


@pytest.fixture
def names(resolver: FakeResolver) -> FakeResolver:
    resolver.names.update(
        {
            "private.example.test": ["10.1.2.3"],
            "mixed.example.test": [PUBLIC, "192.168.0.7"],
            "hooks.example.test": [PUBLIC],
            "v6.example.test": ["2606:4700::1111"],
        }
    )
    return resolver


@pytest.mark.parametrize("url", HOSTILE)
def test_hostile_urls_are_refused_before_any_connection(
    url: str, names: FakeResolver, strict: None, no_connections: list[object]
) -> None:
    with pytest.raises(Refused):
        addresses.check(url)


@pytest.mark.parametrize("url", HOSTILE)
def test_and_refused_again_at_delivery_without_a_socket(
    url: str, names: FakeResolver, strict: None, no_connections: list[object]
) -> None:
    outcome = Channel(url).post(b"{}", {})
    assert outcome.status is None
    assert outcome.error.startswith("refused:")
    assert not outcome.connected


def test_plain_http_needs_its_setting(names: FakeResolver, settings: object) -> None:
    settings.CLAIMS_WEBHOOK_ALLOW_PRIVATE = False  # type: ignore[attr-defined]
    settings.CLAIMS_WEBHOOK_ALLOW_HTTP = False  # type: ignore[attr-defined]
    with pytest.raises(Refused, match="https"):
        addresses.check("http://hooks.example.test/x")
    settings.CLAIMS_WEBHOOK_ALLOW_HTTP = True  # type: ignore[attr-defined]
    assert addresses.check("http://hooks.example.test/x").port == 80


def test_public_names_and_addresses_pass(names: FakeResolver, strict: None) -> None:
    target = addresses.check("https://hooks.example.test:8443/in?x=1")
    assert (target.host, target.port, target.path) == ("hooks.example.test", 8443, "/in?x=1")
    assert [str(a) for a in target.addresses] == [PUBLIC]
    assert target.host_header == "hooks.example.test:8443"
    assert addresses.check("https://v6.example.test/").host_header == "v6.example.test"
    assert addresses.check(f"https://{PUBLIC}/").addresses[0].is_global


def test_private_addresses_need_their_setting(names: FakeResolver, settings: object) -> None:
    settings.CLAIMS_WEBHOOK_ALLOW_HTTP = True  # type: ignore[attr-defined]
    settings.CLAIMS_WEBHOOK_ALLOW_PRIVATE = True  # type: ignore[attr-defined]
    assert addresses.check("http://127.0.0.1:9/hook").port == 9
    assert addresses.check("https://private.example.test/").addresses
    for still_refused in ("https://0.0.0.0/", "https://224.0.0.1/", "https://0x7f000001/"):
        with pytest.raises(Refused):
            addresses.check(still_refused)


def test_address_literals_never_reach_the_resolver(names: FakeResolver, strict: None) -> None:
    for url in ("https://127.0.0.1/", "https://[::1]/", "https://0x7f000001/"):
        with pytest.raises(Refused):
            addresses.check(url)
    assert names.asked == []
