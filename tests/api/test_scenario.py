"""A newsroom's script, written as a consumer would: only HTTP, tokens and JSON.

In-process by default (real commits, so the racing threads see each other). Against a running
server (`make run`) with `CLAIMS_BASE_URL=http://127.0.0.1:8000 pytest tests/api/test_scenario.py`;
it then logs in as the demo users with `CLAIMS_DEMO_PASSWORD` (default claims-demo-2013).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import threading
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

import pytest

BASE_URL = os.environ.get("CLAIMS_BASE_URL", "").rstrip("/")
PASSWORD = os.environ.get("CLAIMS_DEMO_PASSWORD", "claims-demo-2013")


@dataclass(frozen=True)
class Reply:
    status: int
    body: Any
    headers: Mapping[str, str]


class Http(Protocol):
    def call(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        token: str | None = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Reply: ...


class LiveServer:
    """Talk to a running server over HTTP."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url

    def call(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        token: str | None = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Reply:
        url = path if path.startswith("http") else self.base_url + path
        if params:
            url += "?" + urllib.parse.urlencode(params)
        sent = {"Accept": "application/json", **(headers or {})}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            sent["Content-Type"] = "application/json"
        if token:
            sent["Authorization"] = f"Token {token}"
        request = urllib.request.Request(url, data=data, headers=sent, method=method)  # noqa: S310
        try:
            with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
                return Reply(response.status, json.loads(response.read()), dict(response.headers))
        except urllib.error.HTTPError as error:
            return Reply(error.code, json.loads(error.read() or b"null"), dict(error.headers))


class InProcess:
    """Call the Django app in this process, one test client per call (safe across threads)."""

    def call(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        token: str | None = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Reply:
        from rest_framework.test import APIClient

        client = APIClient()
        if token:
            client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
        extra: dict[str, Any] = {
            "HTTP_" + k.upper().replace("-", "_"): v for k, v in (headers or {}).items()
        }
        if method == "GET":
            response = client.get(path, params or {}, **extra)
        else:
            response = client.generic(
                method, path, json.dumps(body), content_type="application/json", **extra
            )
        return Reply(response.status_code, response.json(), dict(response.items()))


@pytest.fixture
def http(request: pytest.FixtureRequest) -> Http:
    if BASE_URL:
        return LiveServer(BASE_URL)
    request.getfixturevalue("committed")  # the demo data and users, really committed
    return InProcess()


def _ok(reply: Reply, status: int = 200) -> Any:
    assert reply.status == status, (reply.status, reply.body)
    return reply.body


def _before(iso: str) -> str:
    moment = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    return (moment - dt.timedelta(microseconds=1)).isoformat()


def test_a_consumer_scenario(http: Http) -> None:
    tag = uuid.uuid4().hex[:8]

    def token(username: str) -> str:
        credentials = {"username": username, "password": PASSWORD}
        return str(_ok(http.call("POST", "/api/v1/auth/token/", credentials))["token"])

    contributor, editor = token("contributor"), token("editor")

    def post(path: str, body: Any, who: str, version: int | None = None, **kw: Any) -> Reply:
        headers = dict(kw.pop("headers", {}))
        if version is not None:
            headers["If-Match"] = f'"{version}"'
        return http.call("POST", path, body, token=who, headers=headers, **kw)

    # Register the sources.
    def register(name: str, kind: str) -> str:
        body = {"name": f"{name} ({tag})", "kind": kind}
        return str(_ok(post("/api/v1/sources/", body, contributor), 201)["id"])

    ministry = register("Ministry of the Interior", "government")
    unodc = register("UN Office on Drugs and Crime", "organization")
    wire = register("Early wire reports", "media")

    # Report figures with their qualifiers.
    def report(statement: str, amount: str, unit: str, qualifier: str, source: str) -> Any:
        body = {
            "statement": f"{statement} [{tag}]",
            "subject": "Guatemala",
            "value": {"amount": amount, "unit": unit, "qualifier": qualifier},
            "period": {"start": "2012-01-01", "end": "2012-12-31"},
            "place": "Guatemala",
            "attributed_to": source,
            "reported_in": {"url": "https://example.org/interview", "published_at": "2013-03-01"},
            "occurred_at": "2013-03-01T00:00:00Z",
        }
        reply = post("/api/v1/claims/", body, contributor)
        claim = _ok(reply, 201)
        assert reply.headers["ETag"] == '"1"'
        assert reply.headers["Location"].endswith(f"/api/v1/claims/{claim['id']}/")
        return claim

    rate = report("The homicide rate fell to 34.5", "34.5", "per 100,000 people", "exact", ministry)
    share = report("Organised crime: up to 45 percent", "45", "percent", "up to", ministry)
    assert (share["value"]["lower"], share["value"]["upper"]) == (None, "45")
    rate_path = f"/api/v1/claims/{rate['id']}"

    # A competing figure from another source.
    competing = {
        "source": unodc,
        "value": {"amount": "39", "unit": "per 100,000 people", "qualifier": "nearly"},
    }
    rate = _ok(post(f"{rate_path}/add-figure/", competing, contributor, version=1))
    assert [f["source"] for f in rate["figures"]] == [ministry, unodc]

    # Disputing is for editors.
    dispute = {"reason": "UNODC counts more homicides.", "by": unodc}
    assert post(f"{rate_path}/dispute/", dispute, contributor, version=2).status == 403
    rate = _ok(post(f"{rate_path}/dispute/", dispute, editor, version=2))
    assert rate["status"] == "disputed"
    assert rate["open_disputes"] == 1

    # Refute a false report, then read it as it stood a moment before.
    killed = report("A cartel leader was killed", "1", "people", "exact", wire)
    killed_path = f"/api/v1/claims/{killed['id']}"
    refuted = _ok(
        post(f"{killed_path}/refute/", {"reason": "He was arrested alive."}, editor, version=1)
    )
    assert refuted["status"] == "refuted"
    then = http.call("GET", f"{killed_path}/", params={"as_of": _before(refuted["updated_at"])})
    assert _ok(then)["status"] == "reported"
    assert then.headers["ETag"] == '"1"'
    too_early = http.call("GET", f"{killed_path}/", params={"as_of": "2000-01-01T00:00:00Z"})
    assert too_early.status == 404

    # Correct a figure: the old one stays in the history.
    correction = {
        "reason": "Revised estimate.",
        "value": {"amount": "40", "unit": "percent", "qualifier": "up_to"},
    }
    share = _ok(post(f"/api/v1/claims/{share['id']}/correct/", correction, editor, version=1))
    assert share["status"] == "corrected"
    assert share["value"]["upper"] == "40"
    history = _ok(http.call("GET", f"/api/v1/claims/{share['id']}/history/"))["results"]
    corrected = history[-1]
    assert corrected["event_type"] == "ClaimCorrected"
    assert corrected["data"]["old_value"]["amount"] == "45"
    assert corrected["actor"] == "editor"

    # Replay a POST with the same Idempotency-Key: same answer, nothing appended.
    key = f"scenario-{tag}"
    body = {
        "statement": f"Six people were killed at Totonicapán [{tag}]",
        "subject": "Guatemala",
        "value": {"amount": "6", "unit": "people"},
        "attributed_to": ministry,
    }
    first = post("/api/v1/claims/", body, contributor, headers={"Idempotency-Key": key})
    again = post("/api/v1/claims/", body, contributor, headers={"Idempotency-Key": key})
    assert _ok(first, 201) == _ok(again, 201)
    assert again.headers["Idempotent-Replayed"] == "true"
    other = post(
        "/api/v1/claims/",
        {**body, "place": "Totonicapán"},
        contributor,
        headers={"Idempotency-Key": key},
    )
    assert other.status == 422
    listed = _ok(http.call("GET", "/api/v1/claims/", params={"q": f"Totonicapán [{tag}]"}))
    assert listed["count"] == 1

    # Six clients race notes on one claim, each with the version it read.
    raced = report("Police purged: more than 200", "200", "police officers", "more than", ministry)
    raced_path = f"/api/v1/claims/{raced['id']}"
    barrier = threading.Barrier(6)
    replies: list[Reply] = []
    lock = threading.Lock()

    def racer(n: int) -> None:
        try:
            barrier.wait(timeout=30)
            version = int(_ok(http.call("GET", f"{raced_path}/"))["version"])
            reply = post(f"{raced_path}/note/", {"text": f"note {n}"}, contributor, version=version)
            with lock:
                replies.append(reply)
        finally:
            _close_connections()

    threads = [threading.Thread(target=racer, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    statuses = sorted(r.status for r in replies)
    winners = statuses.count(200)
    assert len(statuses) == 6
    assert winners >= 1
    assert set(statuses) <= {200, 409}, statuses
    assert all(r.body["current_version"] > 1 for r in replies if r.status == 409)
    assert _ok(http.call("GET", f"{raced_path}/"))["version"] == 1 + winners

    # Walk the whole event feed: every event once, in order, ours among them.
    positions: list[int] = []
    after = 0
    while True:
        page = _ok(http.call("GET", "/api/v1/events/", params={"after": after, "limit": 1000}))
        if not page["results"]:
            break
        positions += [event["position"] for event in page["results"]]
        after = page["next_after"]
    assert positions == sorted(set(positions))
    ours = _ok(http.call("GET", f"{raced_path}/history/"))["results"]
    assert {e["position"] for e in ours} <= set(positions)
    assert len(ours) == 1 + winners

    # Publish the refuted claim as ClaimReview.
    review = _ok(http.call("GET", f"{killed_path}/claimreview/"))
    assert review["@type"] == "ClaimReview"
    assert review["reviewRating"]["alternateName"] == "False"
    assert review["itemReviewed"]["author"]["name"].startswith("Early wire reports")


def _close_connections() -> None:
    """Close this thread's database connections (in-process mode only)."""
    if not BASE_URL:
        from django.db import connections

        connections.close_all()
