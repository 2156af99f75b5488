"""Citations through the API: cite, list and filter, stale after a material change, the diff,
acknowledging; and the read model against a rebuild."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from rest_framework.test import APIClient

from claims.core import eventstore, projections
from claims.core.models import Citation, Claim, Event
from tests.factories import read_model_snapshot

Api = Callable[[str], APIClient]
Ids = dict[str, str]
STORY = "https://news.example.org/2013/03/05/guatemala-violence"


def cite(api: Api, claim_id: str, role: str = "contributor", **extra: Any) -> Any:
    body = {"claim": claim_id, "url": STORY, "title": "Violence in Guatemala", **extra}
    return api(role).post("/api/v1/citations/", body, format="json")


def command(api: Api, claim_id: str, action: str, body: dict[str, Any]) -> dict[str, Any]:
    version = Claim.objects.get(pk=claim_id).version
    response = api("editor").post(
        f"/api/v1/claims/{claim_id}/{action}/",
        body,
        format="json",
        HTTP_IF_MATCH=f'"{version}"',
    )
    assert response.status_code == 200, response.json()
    return dict(response.json())


def test_citing_pins_the_current_version(api: Api, demo: Ids) -> None:
    claim_id = demo["claim:homicide-rate-2011"]
    response = cite(api, claim_id, published_at="2013-03-05T08:00:00Z")
    assert response.status_code == 201, response.json()
    body = response.json()
    version = Claim.objects.get(pk=claim_id).version
    assert body["claim"] == claim_id
    assert body["cited_version"] == body["current_version"] == version
    assert body["stale"] is False
    assert body["acknowledged_version"] is None
    assert body["published_at"].startswith("2013-03-05T08:00:00")
    assert body["cited_by"] == "contributor"
    assert response["Location"].endswith(f"/api/v1/citations/{body['id']}/")
    assert api("anonymous").get(response["Location"]).json() == body
    event = Event.objects.get(stream_id=body["id"])
    assert (event.stream_type, event.event_type, event.metadata["actor"]) == (
        "citation",
        "ClaimCited",
        "contributor",
    )


def test_a_story_cites_a_claim_once(api: Api, demo: Ids) -> None:
    """A CMS that records a citation each time it publishes again gets the one it has, named,
    instead of a second citation in every stale list; another claim or another URL is new."""
    claim_id = demo["claim:homicide-rate-2011"]
    first = cite(api, claim_id)
    assert first.status_code == 201, first.json()
    again = cite(api, claim_id, title="Violence in Guatemala (updated)")
    assert again.status_code == 400, again.json()
    assert again.json()["code"] == "command_rejected"
    assert first.json()["id"] in again.json()["url"][0]
    assert "acknowledge that citation" in again.json()["url"][0]
    assert Citation.objects.filter(claim_id=claim_id).count() == 1
    # The same request retried with its command_id is a replay, not a second citation.
    command_id = "0f9e6a52-6f35-4d8e-9a51-2a0c0a7a0c11"
    other = cite(api, claim_id, url="https://news.example/other", command_id=command_id)
    retried = cite(api, claim_id, url="https://news.example/other", command_id=command_id)
    assert (other.status_code, retried.status_code) == (201, 201), retried.json()
    assert retried.json()["id"] == other.json()["id"]
    assert cite(api, demo["claim:homicide-rate-2012"]).status_code == 201
    # Acknowledging takes a command_id too: the retry is answered as the first was.
    command(api, claim_id, "refute", {"reason": "Shown false."})
    path = f"/api/v1/citations/{first.json()['id']}/acknowledge/"
    body = {"command_id": "5d6c1e0a-3b1f-4f7e-8c2a-9e4b7d1f0a22"}
    acked = api("contributor").post(path, body, format="json")
    again_acked = api("contributor").post(path, body, format="json")
    assert (acked.status_code, again_acked.status_code) == (200, 200), again_acked.json()
    assert again_acked.json() == acked.json()


def test_readers_cannot_cite_and_bad_input_names_the_field(api: Api, demo: Ids) -> None:
    claim_id = demo["claim:homicide-rate-2011"]
    assert cite(api, claim_id, role="reader").status_code == 403
    assert cite(api, claim_id, role="anonymous").status_code == 401
    for extra, field in (
        ({"claim": "no-such-claim"}, "claim"),
        ({"url": "ftp://example.org/x"}, "url"),
        ({"version": 99}, "version"),
        ({"version": 0}, "version"),
        ({"published_at": "yesterday"}, "published_at"),
    ):
        response = cite(api, claim_id, **extra)
        assert response.status_code == 400, (extra, response.json())
        assert field in response.json(), (extra, response.json())
    assert not Citation.objects.exists()


def test_a_note_leaves_it_fresh_a_refutation_makes_it_stale(api: Api, demo: Ids) -> None:
    claim_id = demo["claim:homicide-rate-2011"]
    citation = cite(api, claim_id).json()
    command(api, claim_id, "note", {"text": "Check the 2012 report."})
    command(api, claim_id, "assign", {"assignee": "editor"})
    again = api("reader").get(f"/api/v1/citations/{citation['id']}/").json()
    assert again["stale"] is False
    assert again["current_version"] == citation["cited_version"] + 2
    command(api, claim_id, "refute", {"reason": "The ministry's count is far lower."})
    stale = api("reader").get(f"/api/v1/citations/{citation['id']}/").json()
    assert stale["stale"] is True
    assert stale["changed_in_version"] == citation["cited_version"] + 3
    listed = api("reader").get("/api/v1/citations/", {"stale": "true"}).json()
    assert [c["id"] for c in listed["results"]] == [citation["id"]]
    assert api("reader").get("/api/v1/citations/", {"stale": "false"}).json()["count"] == 0
    by_url = api("reader").get("/api/v1/citations/", {"url": STORY, "claim": claim_id}).json()
    assert by_url["count"] == 1
    other = api("reader").get("/api/v1/citations/", {"url": STORY + "?x"}).json()
    assert other["count"] == 0


def test_the_diff_shows_as_published_now_changes_and_events(api: Api, demo: Ids) -> None:
    claim_id = demo["claim:homicide-rate-2011"]
    citation = cite(api, claim_id).json()
    before = api("reader").get(f"/api/v1/claims/{claim_id}/").json()
    command(api, claim_id, "note", {"text": "A note in between."})
    command(
        api,
        claim_id,
        "correct",
        {"reason": "Final figure.", "value": {"amount": "38.6", "unit": "per 100,000 people"}},
    )
    response = api("reader").get(f"/api/v1/citations/{citation['id']}/diff/")
    assert response.status_code == 200
    diff = response.json()
    assert diff["as_published"] == before
    assert diff["now"] == api("reader").get(f"/api/v1/claims/{claim_id}/").json()
    changes = {c["field"]: (c["from"], c["to"]) for c in diff["changes"]}
    assert changes["status"] == (before["status"], "corrected")
    assert changes["value.amount"] == (before["value"]["amount"], "38.6")
    assert [e["event_type"] for e in diff["events"]] == ["NoteAdded", "ClaimCorrected"]
    corrected = diff["events"][-1]
    assert (corrected["actor"], corrected["reason"]) == ("editor", "Final figure.")
    assert diff["citation"]["stale"] is True


def test_acknowledging_clears_the_flag_until_the_next_material_change(api: Api, demo: Ids) -> None:
    claim_id = demo["claim:homicide-rate-2011"]
    citation = cite(api, claim_id).json()
    url = f"/api/v1/citations/{citation['id']}/acknowledge/"
    assert api("contributor").post(url, {}, format="json").status_code == 400  # nothing new
    command(api, claim_id, "dispute", {"reason": "Other counts differ."})
    assert api("reader").post(url, {}, format="json").status_code == 403
    acked = api("contributor").post(url, {}, format="json")
    assert acked.status_code == 200, acked.json()
    body = acked.json()
    assert body["stale"] is False
    assert body["acknowledged_version"] == body["current_version"]
    assert body["version"] == 2
    command(api, claim_id, "note", {"text": "Not material."})
    assert api("reader").get(f"/api/v1/citations/{citation['id']}/").json()["stale"] is False
    command(api, claim_id, "resolve-dispute", {"resolution": "rejected", "reason": "It stands."})
    assert api("reader").get(f"/api/v1/citations/{citation['id']}/").json()["stale"] is True
    missing = api("contributor").post("/api/v1/citations/nope/acknowledge/", {}, format="json")
    assert missing.status_code == 404


def test_an_earlier_version_cited_is_stale_at_once(api: Api, demo: Ids) -> None:
    # The cartel-leader report: a story of 22 February relied on it as first reported.
    claim_id = demo["claim:trafficker-killed"]
    body = cite(api, claim_id, version=1, published_at="2013-02-22T09:00:00Z").json()
    assert body["stale"] is True
    diff = api("reader").get(f"/api/v1/citations/{body['id']}/diff/").json()
    status = next(c for c in diff["changes"] if c["field"] == "status")
    assert (status["from"], status["to"]) == ("reported", "refuted")


def test_citations_are_rebuilt_as_the_appends_wrote_them(api: Api, demo: Ids) -> None:
    claim_id = demo["claim:homicide-rate-2011"]
    first = cite(api, claim_id).json()
    cite(api, demo["claim:organized-crime-share"], published_at="2013-03-05T08:00:00+01:00")
    command(api, claim_id, "refute", {"reason": "Wrong."})
    api("contributor").post(f"/api/v1/citations/{first['id']}/acknowledge/", {}, format="json")
    incremental = read_model_snapshot()
    assert len(incremental["Citation"]) == 2
    projections.rebuild(eventstore.iter_all())
    assert read_model_snapshot() == incremental


@pytest.mark.parametrize("field", ["material_version"])
def test_the_material_version_is_rebuilt_too(api: Api, demo: Ids, field: str) -> None:
    claim_id = demo["claim:homicide-rate-2011"]
    command(api, claim_id, "dispute", {"reason": "Contested."})
    command(api, claim_id, "note", {"text": "Not material."})
    before = dict(Claim.objects.values_list("id", field))
    assert before[claim_id] == Claim.objects.get(pk=claim_id).version - 1
    projections.rebuild(eventstore.iter_all())
    assert dict(Claim.objects.values_list("id", field)) == before


def test_the_documents_show_the_material_facts_of_their_states(demo: Ids) -> None:
    """What the webhook consumer and the diff read from documents is what the projection
    compares on states: the two definitions of a material change cannot drift apart."""
    from claims.core import selectors, services
    from claims.core.domain import citation as citation_domain
    from claims.core.domain import claim as claim_domain

    compared = 0
    for claim_id in Claim.objects.values_list("id", flat=True):
        state: claim_domain.ClaimState | None = None
        material = 0
        for record in eventstore.load(claim_id):
            before, state = state, claim_domain.evolve(state, record.event)
            if citation_domain.is_material(before, state):
                material = state.version
            stored = selectors.claim_at_version(claim_id, record.version)
            assert stored is not None
            facts = citation_domain.document_facts(stored.document())
            assert facts == citation_domain.material_facts(state), (claim_id, record.version)
            compared += 1
        assert Claim.objects.get(pk=claim_id).material_version == material
        assert services.load_claim(claim_id) == state
    assert compared > 10
