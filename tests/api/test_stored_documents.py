"""Claim reads serve the stored document's text as is: the JSON equals the stored document.

The detail and list views fetch `document` as text (SQLite's text, PostgreSQL's jsonb written
back as text) and embed it without decoding it; the ETag comes from the `version` column. Run on
both databases (make test).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from django.db.models import Q
from rest_framework.exceptions import NotFound
from rest_framework.test import APIClient

from claims.api.renderers import StoredDocument
from claims.api.views import claim_document, stored_claim
from claims.core.models import Claim, ClaimVersion
from tests.api.test_claims import report_body

pytestmark = pytest.mark.django_db

Api = Callable[[str], APIClient]
Ids = dict[str, str]

# Non-ASCII, line and paragraph separators, a control character, quotes and backslashes.
AWKWARD = 'Tasa — 34,5 «homicidios»\u2028línea\u2029párrafo \x01 "q" \\ 😀 end'


@pytest.fixture
def history(api: Api, demo: Ids) -> list[str]:
    """The demo claims plus an awkward one with a few versions; every claim id, that one last."""
    client = api("editor")
    created = client.post(
        "/api/v1/claims/", report_body(demo, statement=AWKWARD, place="Zürich"), format="json"
    )
    assert created.status_code == 201, created.json()
    claim_id = created.json()["id"]
    for n in range(3):
        noted = client.post(
            f"/api/v1/claims/{claim_id}/note/",
            {"text": f"note {n} \u2028 ünïcode"},
            format="json",
            HTTP_IF_MATCH=f'"{n + 1}"',
        )
        assert noted.status_code == 200, noted.json()
        assert noted.json() == Claim.objects.get(pk=claim_id).document
        assert noted["ETag"] == f'"{n + 2}"'
    return [*Claim.objects.exclude(pk=claim_id).values_list("id", flat=True), claim_id]


def _check_raw(content: bytes) -> None:
    # Line separators are escaped as DRF escapes them; the rest is UTF-8.
    assert "\u2028".encode() not in content
    assert "\u2029".encode() not in content


def test_detail_now_is_the_stored_document_with_its_version(api: Api, history: list[str]) -> None:
    client = api("anonymous")
    for claim_id in history:
        row = Claim.objects.get(pk=claim_id)
        response = client.get(f"/api/v1/claims/{claim_id}/")
        assert response.status_code == 200
        assert response["Content-Type"] == "application/json"
        assert response.json() == row.document
        assert response["ETag"] == f'"{row.version}"' == f'"{row.document["version"]}"'
        assert isinstance(response.data, StoredDocument)
        assert response.data == row.document
        _check_raw(response.content)
    awkward = client.get(f"/api/v1/claims/{history[-1]}/")
    assert awkward.json()["statement"] == AWKWARD
    assert awkward.json()["place"] == "Zürich"
    assert awkward["ETag"] == '"4"'


def test_detail_as_of_is_the_stored_version_valid_then(api: Api, history: list[str]) -> None:
    client = api("reader")
    rows = list(ClaimVersion.objects.order_by("claim_id", "version"))
    assert len(rows) > len(history)  # some claims have several versions
    for row in rows:
        for moment in (row.recorded_from, row.recorded_to and row.recorded_to - _TICK):
            if moment is None or moment < row.recorded_from:
                continue
            response = client.get(f"/api/v1/claims/{row.claim_id}/", {"as_of": moment.isoformat()})
            assert response.status_code == 200, response.json()
            assert response.json() == row.document
            assert response["ETag"] == f'"{row.version}"' == f'"{row.document["version"]}"'
            _check_raw(response.content)
            assert claim_document(row.claim_id, moment) == row.document
            version, stored = stored_claim(row.claim_id, moment)
            assert (version, dict(stored)) == (row.version, row.document)
    first = min(r.recorded_from for r in rows)
    response = client.get(f"/api/v1/claims/{rows[0].claim_id}/", {"as_of": _before(first)})
    assert response.status_code == 404
    assert response.json() == {"detail": "The claim did not exist yet then.", "code": "not_found"}


_TICK = dt.timedelta(microseconds=1)


def _before(moment: dt.datetime) -> str:
    return (moment - dt.timedelta(seconds=1)).isoformat()


def test_list_now_is_the_stored_documents_in_order(api: Api, history: list[str]) -> None:
    client = api("anonymous")
    page = client.get("/api/v1/claims/", {"page_size": 200})
    assert page.status_code == 200
    body = page.json()
    expected = list(Claim.objects.order_by("created_at", "id").values_list("document", flat=True))
    assert body["count"] == len(expected) == len(history)
    assert body["results"] == expected
    assert body["next"] is None
    assert body["previous"] is None
    _check_raw(page.content)
    second = client.get("/api/v1/claims/", {"page_size": 2, "page": 2}).json()
    assert second["results"] == expected[2:4]
    filtered = client.get("/api/v1/claims/", {"status": "confirmed"}).json()
    assert filtered["results"] == [d for d in expected if d["status"] == "confirmed"]


def test_list_as_of_is_the_stored_versions_valid_then(api: Api, history: list[str]) -> None:
    client = api("reader")
    moments = sorted({r.recorded_from for r in ClaimVersion.objects.all()})
    for moment in [*moments[:: max(1, len(moments) // 6)], moments[-1]]:
        valid = ClaimVersion.objects.filter(
            Q(recorded_to__isnull=True) | Q(recorded_to__gt=moment), recorded_from__lte=moment
        ).order_by("created_at", "claim_id")
        expected = list(valid.values_list("document", flat=True))
        page = client.get("/api/v1/claims/", {"as_of": moment.isoformat(), "page_size": "200"})
        assert page.status_code == 200
        assert page.json()["results"] == expected
        assert page.json()["count"] == len(expected)
        _check_raw(page.content)
    empty = client.get("/api/v1/claims/", {"as_of": _before(moments[0])}).json()
    assert empty == {"count": 0, "next": None, "previous": None, "results": []}


def test_unknown_claim_is_404(api: Api, demo: Ids) -> None:
    response = api("reader").get("/api/v1/claims/no-such-claim/")
    assert response.status_code == 404
    assert response.json() == {"detail": "No such claim.", "code": "not_found"}
    with pytest.raises(NotFound, match="No such claim"):
        claim_document("no-such-claim")


def test_idempotent_replay_of_a_creation_is_the_same_document(api: Api, demo: Ids) -> None:
    client = api("contributor")
    body = report_body(demo, statement=AWKWARD)
    first = client.post("/api/v1/claims/", body, format="json", HTTP_IDEMPOTENCY_KEY="k-stored")
    again = client.post("/api/v1/claims/", body, format="json", HTTP_IDEMPOTENCY_KEY="k-stored")
    assert first.status_code == again.status_code == 201
    assert again["Idempotent-Replayed"] == "true"
    assert first.json() == again.json() == Claim.objects.get(pk=first.json()["id"]).document
    assert first["ETag"] == again["ETag"] == '"1"'


@pytest.mark.parametrize("path", ["/api/v1/claims/", "/api/v1/claims/{id}/"])
def test_the_claim_api_stays_json_only(api: Api, demo: Ids, path: str) -> None:
    # The API views render JSON only (docs/api.md: every answer under /api/ is JSON); a
    # browser asking for HTML only gets the JSON answer (there is no browsable API).
    url = path.format(id=demo["claim:homicide-rate-2012"])
    response = api("reader").get(url, HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json()
    html_or_json = api("reader").get(url, HTTP_ACCEPT="text/html, application/json;q=0.9")
    assert html_or_json.status_code == 200
    assert html_or_json["Content-Type"] == "application/json"
