"""Claims through the API: reporting, reading (now and as of), filters, pagination, commands."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from rest_framework.test import APIClient

from claims.core.models import Event

Api = Callable[[str], APIClient]
Ids = dict[str, str]


def report_body(ids: Ids, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "statement": "Guatemala's homicide rate in 2012 was 34.5 per 100,000 people.",
        "subject": "Guatemala",
        "indicator": "gt-homicide-rate",
        "value": {"amount": "34.5", "unit": "per 100,000 people", "qualifier": "exact"},
        "period": {"start": "2012-01-01", "end": "2012-12-31"},
        "place": "Guatemala",
        "attributed_to": ids["source:gt-gov"],
        "reported_in": {
            "url": "https://example.org/report",
            "publisher": ids["source:wpr"],
            "published_at": "2013-03-01",
        },
        "occurred_at": "2013-03-01T00:00:00Z",
    }
    body.update(overrides)
    return body


def test_report_answers_201_with_the_claim_etag_and_location(api: Api, demo: Ids) -> None:
    response = api("contributor").post("/api/v1/claims/", report_body(demo), format="json")
    assert response.status_code == 201, response.json()
    claim = response.json()
    assert response["ETag"] == '"1"'
    assert response["Location"].endswith(f"/api/v1/claims/{claim['id']}/")
    assert claim["status"] == "reported"
    assert claim["value"] == {
        "amount": "34.5",
        "unit": "per 100,000 people",
        "qualifier": "exact",
        "lower": "34.5",
        "lower_inclusive": True,
        "upper": "34.5",
        "upper_inclusive": True,
    }
    assert claim["period"] == {"start": "2012-01-01", "end": "2012-12-31"}
    assert claim["reported_in"]["publisher"] == demo["source:wpr"]
    assert claim["figures"][0]["is_primary"] is True
    assert claim["occurred_at"].startswith("2013-03-01T00:00:00")
    fetched = api("anonymous").get(response["Location"])
    assert fetched.json() == claim
    assert fetched["ETag"] == '"1"'


@pytest.mark.parametrize(
    ("qualifier", "amount", "lower", "upper"),
    [
        ("up to", "45", None, "45"),
        ("more_than", "80", "80", None),
        ("Nearly", "39", "35.1", "39"),  # the default hedge band, 10 %
        ("approximately", "39", "35.1", "42.9"),
        ("at least", "200", "200", None),
    ],
)
def test_qualifiers_give_bounds_and_accept_spelled_out_forms(
    api: Api, demo: Ids, qualifier: str, amount: str, lower: str | None, upper: str | None
) -> None:
    body = report_body(demo, value={"amount": amount, "unit": "percent", "qualifier": qualifier})
    body.pop("indicator")
    value = api("editor").post("/api/v1/claims/", body, format="json").json()["value"]
    assert (value["lower"], value["upper"]) == (lower, upper)
    assert value["qualifier"] == qualifier.lower().replace(" ", "_")


def test_amounts_are_exact_decimals_from_strings_or_integers(api: Api, demo: Ids) -> None:
    for amount, shown in (("34.50", "34.5"), (27, "27"), ("1000", "1000"), ("0.125", "0.125")):
        body = report_body(demo, value={"amount": amount, "unit": "per 100,000 people"})
        response = api("editor").post("/api/v1/claims/", body, format="json")
        assert response.status_code == 201, response.json()
        assert response.json()["value"]["amount"] == shown
    tiny = report_body(demo, value={"amount": "0.00000001", "unit": "per 100,000 people"})
    shown_tiny = api("editor").post("/api/v1/claims/", tiny, format="json").json()["value"]
    assert Decimal(shown_tiny["amount"]) == Decimal("0.00000001")


def test_float_amounts_are_refused_with_a_clear_message(api: Api, demo: Ids) -> None:
    client = api("editor")
    raw = (
        '{{"statement": "s", "subject": "s", "attributed_to": "{}",'
        ' "value": {{"amount": 34.5, "unit": "people"}}}}'.format(demo["source:un"])
    )
    response = client.post("/api/v1/claims/", raw, content_type="application/json")
    assert response.status_code == 400
    message = response.json()["value"]["amount"][0]
    assert "string" in message
    assert "exact" in message


def test_an_unknown_indicator_or_source_is_400(api: Api, demo: Ids) -> None:
    client = api("editor")
    unknown_indicator = client.post(
        "/api/v1/claims/", report_body(demo, indicator="no-such-indicator"), format="json"
    )
    assert unknown_indicator.status_code == 400
    assert "indicator" in unknown_indicator.json()
    unknown_source = client.post(
        "/api/v1/claims/", report_body(demo, attributed_to="nobody"), format="json"
    )
    assert unknown_source.status_code == 400
    assert "attributed_to" in unknown_source.json()


def test_detail_shows_figures_disputes_and_evidence(api: Api, demo: Ids) -> None:
    claim = api("anonymous").get(f"/api/v1/claims/{demo['claim:organized-crime-share']}/").json()
    assert claim["status"] == "disputed"
    assert claim["open_disputes"] == 1
    assert claim["disputes"][0]["status"] == "open"
    assert claim["figures"][0]["source"] == demo["source:gt-officials"]
    assert claim["evidence"] == []
    assert set(claim) >= {"id", "version", "created_at", "updated_at", "reported_in", "period"}


def test_unknown_claims_are_404(api: Api, demo: Ids) -> None:
    client = api("editor")
    for path in ("", "history/", "claimreview/"):
        assert client.get(f"/api/v1/claims/no-such-claim/{path}").status_code == 404
    response = client.post(
        "/api/v1/claims/no-such-claim/note/", {"text": "x", "expected_version": 1}, format="json"
    )
    assert response.status_code == 404
    # A source id is not a claim id.
    assert client.get(f"/api/v1/claims/{demo['source:un']}/history/").status_code == 404


# --- Commands -----------------------------------------------------------------------------------


def test_a_command_needs_a_version(api: Api, demo: Ids) -> None:
    path = f"/api/v1/claims/{demo['claim:homicide-rate-2011']}/note/"
    response = api("editor").post(path, {"text": "hello"}, format="json")
    assert response.status_code == 428
    assert "If-Match" in response.json()["detail"]


@pytest.mark.parametrize("header", ['"1"', "1", 'W/"1"'])
def test_if_match_or_expected_version_carry_the_version(api: Api, demo: Ids, header: str) -> None:
    path = f"/api/v1/claims/{demo['claim:homicide-rate-2011']}/note/"
    by_header = api("editor").post(path, {"text": "a"}, format="json", HTTP_IF_MATCH=header)
    assert by_header.status_code == 200
    assert by_header["ETag"] == '"2"'
    by_body = api("editor").post(path, {"text": "b", "expected_version": 2}, format="json")
    assert by_body.status_code == 200
    assert by_body.json()["version"] == 3


def test_if_match_and_expected_version_must_agree(api: Api, demo: Ids) -> None:
    path = f"/api/v1/claims/{demo['claim:homicide-rate-2011']}/note/"
    response = api("editor").post(
        path, {"text": "a", "expected_version": 2}, format="json", HTTP_IF_MATCH='"1"'
    )
    assert response.status_code == 400
    assert "expected_version" in response.json()
    bad = api("editor").post(path, {"text": "a"}, format="json", HTTP_IF_MATCH='"one"')
    assert bad.status_code == 400
    assert "If-Match" in bad.json()


def test_a_stale_version_is_409_with_the_current_version(api: Api, demo: Ids) -> None:
    claim_id = demo["claim:homicide-rate-2012"]  # reported, then confirmed: version 2
    before = Event.objects.filter(stream_id=claim_id).count()
    response = api("editor").post(
        f"/api/v1/claims/{claim_id}/note/", {"text": "late"}, format="json", HTTP_IF_MATCH='"1"'
    )
    assert response.status_code == 409
    assert response.json()["current_version"] == 2
    assert response.json()["detail"]
    assert Event.objects.filter(stream_id=claim_id).count() == before


def test_a_command_the_status_forbids_is_400_naming_the_field(api: Api, demo: Ids) -> None:
    claim_id = demo["claim:trafficker-killed"]  # refuted
    response = api("editor").post(
        f"/api/v1/claims/{claim_id}/confirm/", {"expected_version": 3}, format="json"
    )
    assert response.status_code == 400
    body = response.json()
    assert body["detail"] == "A refuted claim cannot be confirmed."
    assert body["status"] == [body["detail"]]


def test_dispute_with_counter_figure_then_resolve_accepting_it(api: Api, demo: Ids) -> None:
    client = api("editor")
    claim_id = demo["claim:homicide-rate-2011"]
    disputed = client.post(
        f"/api/v1/claims/{claim_id}/dispute/",
        {
            "reason": "The ministry counts more.",
            "by": demo["source:insight-crime"],
            "counter_value": {"amount": "41", "unit": "per 100,000 people"},
        },
        format="json",
        HTTP_IF_MATCH='"1"',
    )
    assert disputed.status_code == 200, disputed.json()
    claim = disputed.json()
    dispute = claim["disputes"][0]
    assert claim["status"] == "disputed"
    assert dispute["counter_value"]["amount"] == "41"
    resolved = client.post(
        f"/api/v1/claims/{claim_id}/resolve-dispute/",
        {
            "resolution": "upheld",
            "reason": "The ministry's count is final.",
            "accepted_figure": dispute["id"],
            "dispute": dispute["id"],
        },
        format="json",
        HTTP_IF_MATCH='"2"',
    )
    assert resolved.status_code == 200, resolved.json()
    after = resolved.json()
    assert after["disputes"][0]["status"] == "upheld"
    assert after["value"]["amount"] == "41"


def test_every_command_appends_one_event_with_the_actor(api: Api, demo: Ids) -> None:
    client = api("editor")
    claim_id = demo["claim:homicide-rate-2011"]
    steps: list[tuple[str, dict[str, Any]]] = [
        (
            "add-figure",
            {
                "source": demo["source:us-state"],
                "value": {"amount": "38", "unit": "per 100,000 people"},
            },
        ),
        ("attach-evidence", {"url": "https://example.org/a.pdf", "title": "Annex"}),
        ("assign", {"assignee": "editor"}),
        ("note", {"text": "Compare with 2012."}),
        ("correct", {"reason": "Final", "statement": "The 2011 rate was 38.6 per 100,000."}),
        ("confirm", {"reason": "Checked."}),
        ("retract", {"reason": "Withdrawn.", "by": demo["source:un"]}),
    ]
    version = 1
    for action, body in steps:
        response = client.post(
            f"/api/v1/claims/{claim_id}/{action}/",
            body,
            format="json",
            HTTP_IF_MATCH=f'"{version}"',
        )
        assert response.status_code == 200, (action, response.json())
        version += 1
        assert response.json()["version"] == version
    history = client.get(f"/api/v1/claims/{claim_id}/history/").json()["results"]
    assert [e["version"] for e in history] == list(range(1, version + 1))
    assert [e["event_type"] for e in history[1:]] == [
        "FigureAdded",
        "EvidenceAttached",
        "ReviewAssigned",
        "NoteAdded",
        "ClaimCorrected",
        "ClaimConfirmed",
        "ClaimRetracted",
    ]
    assert {e["actor"] for e in history[1:]} == {"editor"}
    assert history[-1]["reason"] == "Withdrawn."
    positions = [e["position"] for e in history]
    assert positions == sorted(positions)


def test_client_supplied_metadata_is_ignored(api: Api, demo: Ids) -> None:
    claim_id = demo["claim:homicide-rate-2011"]
    response = api("contributor").post(
        f"/api/v1/claims/{claim_id}/note/",
        {"text": "hi", "actor": "admin", "metadata": {"actor": "admin"}, "status": "confirmed"},
        format="json",
        HTTP_IF_MATCH='"1"',
    )
    assert response.status_code == 200
    assert response.json()["status"] == "reported"
    event = Event.objects.get(stream_id=claim_id, version=2)
    assert event.metadata["actor"] == "contributor"
    assert event.metadata.get("request_id")


# --- Reads: as of, filters, pagination ----------------------------------------------------------


def test_as_of_detail_and_list_show_what_was_known_then(api: Api, demo: Ids) -> None:
    client = api("editor")
    claim_id = demo["claim:homicide-rate-2011"]
    before = client.get(f"/api/v1/claims/{claim_id}/").json()
    refuted = client.post(
        f"/api/v1/claims/{claim_id}/refute/",
        {"reason": "Wrong."},
        format="json",
        HTTP_IF_MATCH='"1"',
    ).json()
    moment = _just_before(refuted["updated_at"])
    then = client.get(f"/api/v1/claims/{claim_id}/", {"as_of": moment})
    assert then.status_code == 200
    assert then.json() == before
    assert then["ETag"] == '"1"'
    now = client.get(f"/api/v1/claims/{claim_id}/").json()
    assert now["status"] == "refuted"
    listed_then = client.get("/api/v1/claims/", {"as_of": moment, "status": "reported"}).json()
    assert claim_id in {c["id"] for c in listed_then["results"]}
    listed_now = client.get("/api/v1/claims/", {"status": "refuted"}).json()
    assert claim_id in {c["id"] for c in listed_now["results"]}


def test_as_of_before_a_claim_existed_is_404(api: Api, demo: Ids) -> None:
    claim_id = demo["claim:homicide-rate-2011"]
    response = api("editor").get(f"/api/v1/claims/{claim_id}/", {"as_of": "2000-01-01T00:00:00Z"})
    assert response.status_code == 404
    listed = api("editor").get("/api/v1/claims/", {"as_of": "2000-01-01T00:00:00Z"}).json()
    assert listed["count"] == 0


def _just_before(iso: str) -> str:
    moment = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    return (moment - dt.timedelta(microseconds=1)).isoformat()


def _ids(client: APIClient, **params: Any) -> set[str]:
    response = client.get("/api/v1/claims/", params)
    assert response.status_code == 200, response.json()
    return {c["id"] for c in response.json()["results"]}


def test_list_filters(api: Api, demo: Ids) -> None:
    client = api("reader")
    claim = {key: demo[f"claim:{key}"] for key in ("homicide-rate-2011", "homicide-rate-2012")}
    assert _ids(client, indicator="gt-homicide-rate") == set(claim.values())
    assert _ids(client, status="confirmed") == {claim["homicide-rate-2012"]}
    assert _ids(client, attributed_to=demo["source:un"]) == set(claim.values())
    disputed = _ids(client, disputed="true")
    assert demo["claim:organized-crime-share"] in disputed
    assert claim["homicide-rate-2011"] not in disputed
    assert claim["homicide-rate-2011"] in _ids(client, disputed="false")
    assert _ids(
        client, period_start="2012-06-01", period_end="2012-06-30", indicator="gt-homicide-rate"
    ) == {claim["homicide-rate-2012"]}
    assert _ids(client, q="HOMICIDE RATE in 2011") == {claim["homicide-rate-2011"]}
    assert _ids(client, subject="Nowhere") == set()


def test_list_filters_work_as_of_too(api: Api, demo: Ids) -> None:
    client = api("reader")
    now = dt.datetime.now(dt.UTC).isoformat()
    assert _ids(client, as_of=now, status="confirmed") == {demo["claim:homicide-rate-2012"]}
    assert demo["claim:organized-crime-share"] in _ids(client, as_of=now, disputed="true")
    assert _ids(client, as_of=now, q="homicide rate in 2011") == {demo["claim:homicide-rate-2011"]}


@pytest.mark.parametrize(
    "params",
    [
        {"status": "bogus"},
        {"disputed": "maybe"},
        {"period_start": "2013-02-30"},
        {"as_of": "yesterday"},
        {"page": "0"},
        {"page": "-1"},
        {"page_size": "0"},
        {"page": "1" * 50},
        {"subject": "a\x00b"},
    ],
)
def test_bad_list_parameters_are_400(api: Api, demo: Ids, params: dict[str, str]) -> None:
    response = api("reader").get("/api/v1/claims/", params)
    assert response.status_code == 400
    assert response.json()["detail"]


def test_pagination_walks_every_claim_once(api: Api, demo: Ids) -> None:
    client = api("reader")
    seen: list[str] = []
    url: str | None = "/api/v1/claims/?page_size=3"
    while url:
        page = client.get(url).json()
        assert page["count"] == 10
        seen += [c["id"] for c in page["results"]]
        url = page["next"]
    assert len(seen) == len(set(seen)) == 10


def test_page_size_is_capped(api: Api, demo: Ids) -> None:
    page = api("reader").get("/api/v1/claims/", {"page_size": 10**6, "page": 1}).json()
    assert page["count"] == 10
    assert len(page["results"]) == 10
    beyond = api("reader").get("/api/v1/claims/", {"page": 999}).json()
    assert beyond["results"] == []
    assert beyond["next"] is None


@pytest.mark.parametrize(("verb", "verdict"), [("refute", "refuted"), ("confirm", "confirmed")])
def test_the_evidence_a_verdict_gives_is_published_with_the_claims(
    api: Api, demo: Ids, verb: str, verdict: str
) -> None:
    client = api("editor")
    claim_id = demo["claim:homicide-rate-2011"]
    body = {"reason": "Morgue records show 3,100.", "evidence": "https://example.org/morgue"}
    answer = client.post(
        f"/api/v1/claims/{claim_id}/{verb}/", body, format="json", HTTP_IF_MATCH='"1"'
    ).json()
    assert answer["status"] == verdict
    assert answer["evidence"] == [
        {
            "id": f"{verdict}-2",
            "url": "https://example.org/morgue",
            "title": "",
            "kind": "",
            "note": "Morgue records show 3,100.",
            "given_with": verdict,
            "added_in_version": 2,
            "added_at": answer["updated_at"],
        }
    ]
    assert client.get(f"/api/v1/claims/{claim_id}/").json() == answer
    after = client.get(f"/api/v1/claims/{claim_id}/", {"as_of": answer["updated_at"]}).json()
    assert after["evidence"] == answer["evidence"]
    before = client.get(
        f"/api/v1/claims/{claim_id}/", {"as_of": _just_before(answer["updated_at"])}
    )
    assert before.json()["evidence"] == []
    known = client.get(f"/api/v1/claims/{claim_id}/", {"known_at": answer["updated_at"]}).json()
    assert known["evidence"] == answer["evidence"]
    # Evidence attached later comes after it, marked as attached.
    attached = client.post(
        f"/api/v1/claims/{claim_id}/attach-evidence/",
        {"url": "https://example.org/report"},
        format="json",
        HTTP_IF_MATCH='"2"',
    ).json()
    assert [(e["url"], e["given_with"], e["added_in_version"]) for e in attached["evidence"]] == [
        ("https://example.org/morgue", verdict, 2),
        ("https://example.org/report", None, 3),
    ]


# --- Valid time: back-dating, not the impossible ------------------------------------------------


def test_a_command_dated_in_the_future_is_a_400_naming_occurred_at(api: Api, demo: Ids) -> None:
    client = api("editor")
    claim_id = demo["claim:homicide-rate-2011"]
    before = Event.objects.filter(stream_id=claim_id).count()
    body = {"reason": "Morgue records show 3,100.", "occurred_at": "2031-01-01T00:00:00Z"}

    answer = client.post(
        f"/api/v1/claims/{claim_id}/refute/", body, format="json", HTTP_IF_MATCH='"1"'
    )

    assert answer.status_code == 400, answer.json()
    # (no schema can state "no later than now": not a validation_error, which says it can)
    assert answer.json()["code"] == "command_rejected"
    assert "2031-01-01T00:00:00Z is in the future" in answer.json()["occurred_at"][0]
    assert Event.objects.filter(stream_id=claim_id).count() == before
    report = client.post(
        "/api/v1/claims/", report_body(demo, occurred_at="2031-01-01T00:00:00Z"), format="json"
    )
    assert report.status_code == 400
    assert set(report.json()) == {"detail", "code", "occurred_at"}
    # A clock a minute ahead of the server's is now.
    ahead = (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)).isoformat()
    body = {"reason": "Checked.", "occurred_at": ahead}
    answer = client.post(
        f"/api/v1/claims/{claim_id}/refute/", body, format="json", HTTP_IF_MATCH='"1"'
    )
    assert answer.status_code == 200, answer.json()


def test_a_resolution_dated_before_its_dispute_is_refused(api: Api, demo: Ids) -> None:
    client = api("editor")
    claim_id = demo["claim:homicide-rate-2011"]
    disputed = client.post(
        f"/api/v1/claims/{claim_id}/dispute/",
        {"reason": "Other counts differ.", "occurred_at": "2013-06-01T00:00:00Z"},
        format="json",
        HTTP_IF_MATCH='"1"',
    )
    assert disputed.status_code == 200, disputed.json()
    body = {
        "resolution": "upheld",
        "reason": "The counts differ indeed.",
        "occurred_at": "2013-05-01T00:00:00Z",
    }

    early = client.post(
        f"/api/v1/claims/{claim_id}/resolve-dispute/", body, format="json", HTTP_IF_MATCH='"2"'
    )

    assert early.status_code == 400, early.json()
    assert early.json()["code"] == "command_rejected"
    (message,) = early.json()["occurred_at"]
    assert "2013-05-01T00:00:00Z" in message
    assert "before the dispute it resolves was opened (2013-06-01T00:00:00Z)" in message
    body["occurred_at"] = "2013-07-01T00:00:00Z"
    resolved = client.post(
        f"/api/v1/claims/{claim_id}/resolve-dispute/", body, format="json", HTTP_IF_MATCH='"2"'
    )
    assert resolved.status_code == 200, resolved.json()
    between = client.get(f"/api/v1/claims/{claim_id}/", {"known_at": "2013-06-15"}).json()
    assert (between["status"], between["open_disputes"]) == ("disputed", 1)
