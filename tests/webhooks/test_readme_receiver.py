"""What the README says of webhooks holds: its ten-line receiver accepts a real signed delivery
and refuses a changed body; it lists every event type a subscription can ask for."""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Any

from claims.webhooks.outbox import EVENT_TYPES
from claims.webhooks.signing import new_secret, signature
from claims.webhooks.transport import Channel

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_receiver_verifies_signatures(settings: Any) -> None:
    settings.CLAIMS_WEBHOOK_ALLOW_HTTP = True
    settings.CLAIMS_WEBHOOK_ALLOW_PRIVATE = True
    code = re.search(r"```python\n(import hashlib.*?)```", README.read_text(), re.S)
    assert code is not None
    lines = code.group(1).strip().splitlines()
    assert len(lines) <= 10
    secret = new_secret()
    source = "\n".join(lines[:-1]).replace("whsec_…", secret)  # all but the serve_forever line
    namespace: dict[str, Any] = {}
    exec(compile(source, "README receiver", "exec"), namespace)  # noqa: S102 (our own README)
    server = namespace["HTTPServer"](("127.0.0.1", 0), namespace["Hook"])
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        channel = Channel(f"http://127.0.0.1:{server.server_address[1]}/hook")
        body = b'{"id":"e1","type":"claim.refuted"}'
        good = channel.post(body, {"X-Claims-Signature": signature(secret, body)})
        assert good.status == 204
        bad = channel.post(body + b" ", {"X-Claims-Signature": signature(secret, body)})
        assert bad.status == 400
        channel.close()
    finally:
        server.shutdown()
        server.server_close()


def test_the_readme_lists_every_event_type() -> None:
    text = README.read_text()
    paragraph = text[text.index("Event types: ") :].split("\n\n", 1)[0]
    listed = re.findall(r"`((?:claim|citation)\.[a-z_]+)`", paragraph)
    assert sorted(listed) == sorted(EVENT_TYPES)
