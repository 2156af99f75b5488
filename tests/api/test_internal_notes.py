"""The editors' notes and review assignments are theirs: an anonymous reader of the API, the
event feed and the public pages never sees what a note says or who was assigned."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.test import Client
from rest_framework.test import APIClient

from tests.factories import DemoIds

Api = Callable[[str], APIClient]
SECRET = "INTERNAL: our contact at the ministry (Juan, +502 5555) says the figure is padded."


def _noted(api: Api, demo: DemoIds) -> str:
    claim_id = demo["claim:homicide-rate-2011"]
    version = api("editor").get(f"/api/v1/claims/{claim_id}/").json()["version"]
    noted = api("contributor").post(
        f"/api/v1/claims/{claim_id}/note/",
        {"text": SECRET, "expected_version": version},
        format="json",
    )
    assert noted.status_code == 200, noted.content
    assigned = api("editor").post(
        f"/api/v1/claims/{claim_id}/assign/",
        {"assignee": "editor", "expected_version": version + 1, "reason": "Juan's lead"},
        format="json",
    )
    assert assigned.status_code == 200, assigned.content
    return claim_id


def test_an_anonymous_reader_gets_the_claim_without_the_editors_note(
    api: Api, demo: DemoIds
) -> None:
    claim_id = _noted(api, demo)
    staff = api("reader").get(f"/api/v1/claims/{claim_id}/").json()
    assert staff["assignee"] == "editor"
    answer = api("anonymous").get(f"/api/v1/claims/{claim_id}/")
    assert answer.status_code == 200
    assert answer.json()["assignee"] is None
    # (the claim's own note, where it came from, is public)
    assert answer.json()["note"] == staff["note"]
    assert answer.json()["note"].startswith("Relayed by")
    assert {k: v for k, v in answer.json().items() if k != "assignee"} == {
        k: v for k, v in staff.items() if k != "assignee"
    }
    assert "Authorization" in answer["Vary"]
    assert "Cookie" in answer["Vary"]
    listed = api("anonymous").get("/api/v1/claims/?page_size=100").json()["results"]
    (row,) = [d for d in listed if d["id"] == claim_id]
    assert row["assignee"] is None


def test_an_anonymous_reader_sees_the_events_in_their_places_but_not_what_they_say(
    api: Api, demo: DemoIds
) -> None:
    claim_id = _noted(api, demo)
    staff = api("reader").get(f"/api/v1/claims/{claim_id}/history/").json()["results"]
    public = api("anonymous").get(f"/api/v1/claims/{claim_id}/history/")
    assert SECRET not in public.content.decode()
    assert "Juan" not in public.content.decode()
    events = public.json()["results"]
    assert [e["position"] for e in events] == [e["position"] for e in staff]
    (note,) = [e for e in events if e["event_type"] == "NoteAdded"]
    (assign,) = [e for e in events if e["event_type"] == "ReviewAssigned"]
    for event in (note, assign):
        assert event["data"] == {}
        assert event["reason"] is None
        assert event["metadata"] == {"actor": event["actor"]}
    (staff_note,) = [e for e in staff if e["event_type"] == "NoteAdded"]
    assert staff_note["data"]["text"] == SECRET
    feed = api("anonymous").get(f"/api/v1/events/?stream_id={claim_id}&limit=1000")
    assert SECRET not in feed.content.decode()
    assert "Juan" not in feed.content.decode()
    assert len(feed.json()["results"]) == len(staff)


def test_the_public_page_leaves_the_notes_out_of_its_timeline(api: Api, demo: DemoIds) -> None:
    claim_id = _noted(api, demo)
    page = Client().get(f"/claims/{claim_id}/")
    assert page.status_code == 200
    html: Any = page.content.decode()
    assert "Juan" not in html
    assert "padded" not in html
    assert "Review assigned" not in html
    assert "Assigned to" not in html
