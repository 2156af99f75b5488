"""POST/GET /api/v1/documents/ and accepting or rejecting candidates, with the BOLA rule."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from rest_framework.test import APIClient

from claims.core.models import Claim, Event
from claims.importing.models import DocumentCandidate, ImportedDocument
from tests.documents.conftest import DEMO_SENTENCE, DemoIds

Api = Callable[[str], APIClient]
DOCS = "/api/v1/documents/"


def imported(api: Api, role: str = "contributor", text: str = DEMO_SENTENCE, **extra: Any) -> Any:
    body = {"text": text, "published_at": "2013-03-01", **extra}
    response = api(role).post(DOCS, body, format="json")
    assert response.status_code == 201, response.content
    return response.json()


def accept_url(doc_id: str, n: int, action: str = "accept") -> str:
    return f"{DOCS}{doc_id}/candidates/{n}/{action}/"


# --- Import -------------------------------------------------------------------------------------


def test_import_proposes_a_claim_per_figure(api: Api, demo: DemoIds) -> None:
    response = api("contributor").post(
        DOCS,
        {"text": DEMO_SENTENCE, "publisher": "World Politics Review", "published_at": "2013-03-01"},
        format="json",
    )
    assert response.status_code == 201
    body = response.json()
    assert response["Location"].endswith(f"{DOCS}{body['id']}/")
    assert body["importer"] == "contributor"
    assert body["publisher_source"] == demo["source:wpr"]
    assert body["length"] == len(DEMO_SENTENCE)
    assert body["counts"] == {"total": 2, "proposed": 2, "accepted": 0, "rejected": 0}
    first, second = body["candidates"]
    assert [first["n"], second["n"]] == [0, 1]
    assert first["value"]["amount"] == "39"
    assert first["value"]["qualifier"] == "nearly"
    assert first["value"]["unit"] == "per 100,000 people"
    assert first["period"] == {"start": "2011-01-01", "end": "2011-12-31"}
    assert second["value"]["amount"] == "34.5"
    assert second["value"]["qualifier"] == "exact"
    assert second["period"] == {"start": "2012-01-01", "end": "2012-12-31"}
    for candidate in (first, second):
        assert candidate["status"] == "proposed"
        assert candidate["attributed_name"] == "the U.N."
        assert candidate["attributed_to"] == demo["source:un"]  # "the U.N." ~ "United Nations"
        sentence, value = candidate["sentence"], candidate["value"]
        assert DEMO_SENTENCE[sentence["start"] : sentence["end"]] == candidate["statement"]
        assert DEMO_SENTENCE[value["start"] : value["end"]] == value["text"]
        assert candidate["reasons"]
    stored = ImportedDocument.objects.get(pk=body["id"])
    assert stored.text == DEMO_SENTENCE
    assert stored.candidates.count() == 2


def test_roles_anonymous_401_reader_403_contributor_and_editor_import(
    api: Api, demo: DemoIds, settings: Any
) -> None:
    body = {"text": DEMO_SENTENCE}
    assert api("anonymous").post(DOCS, body, format="json").status_code == 401
    assert api("anonymous").get(DOCS).status_code == 401  # even while reads are public
    assert api("reader").post(DOCS, body, format="json").status_code == 403
    assert api("reader").get(DOCS).status_code == 403
    assert api("contributor").post(DOCS, body, format="json").status_code == 201
    assert api("editor").post(DOCS, body, format="json").status_code == 201
    assert api("superuser").post(DOCS, body, format="json").status_code == 201
    doc_id = ImportedDocument.objects.first().pk  # type: ignore[union-attr]
    assert api("anonymous").get(f"{DOCS}{doc_id}/").status_code == 401
    assert api("reader").get(f"{DOCS}{doc_id}/").status_code == 403
    assert api("reader").post(accept_url(str(doc_id), 0), {}, format="json").status_code == 403


def test_an_idempotency_key_replays_the_import(api: Api, demo: DemoIds) -> None:
    client = api("contributor")
    first = client.post(DOCS, {"text": DEMO_SENTENCE}, format="json", HTTP_IDEMPOTENCY_KEY="k1")
    again = client.post(DOCS, {"text": DEMO_SENTENCE}, format="json", HTTP_IDEMPOTENCY_KEY="k1")
    assert first.status_code == again.status_code == 201
    assert again["Idempotent-Replayed"] == "true"
    assert again.json()["id"] == first.json()["id"]
    assert ImportedDocument.objects.count() == 1


# --- Who sees what (docs/reliability.md, Security) -----------------------------------------------


def test_documents_are_visible_to_their_importer_and_editors_only(api: Api, demo: DemoIds) -> None:
    mine = imported(api, "contributor")["id"]
    theirs = imported(api, "contributor2")["id"]

    def listed(role: str) -> set[str]:
        response = api(role).get(DOCS)
        assert response.status_code == 200
        return {d["id"] for d in response.json()["results"]}

    assert listed("contributor") == {mine}
    assert listed("contributor2") == {theirs}
    assert listed("editor") == {mine, theirs}
    assert listed("superuser") == {mine, theirs}
    other = api("contributor2")
    assert other.get(f"{DOCS}{mine}/").status_code == 404
    assert other.post(accept_url(mine, 1), {"subject": "x"}, format="json").status_code == 404
    assert other.post(accept_url(mine, 1, "reject"), {}, format="json").status_code == 404
    assert mine not in other.get(DOCS, {"page_size": 200}).content.decode()
    editor = api("editor").get(f"{DOCS}{mine}/")
    assert editor.status_code == 200
    assert editor.json()["text"] == DEMO_SENTENCE
    assert editor.json()["importer"] == "contributor"
    # Nothing about a document reaches the public event feed until a claim is accepted from it.
    feed = api("contributor2").get("/api/v1/events/", {"limit": 1000}).content.decode()
    assert mine not in feed
    assert theirs not in feed


def test_unknown_ids_and_numbers_are_404(api: Api, demo: DemoIds) -> None:
    doc_id = imported(api)["id"]
    client = api("contributor")
    assert client.get(f"{DOCS}00000000-0000-0000-0000-000000000000/").status_code == 404
    assert client.get(f"{DOCS}not-a-uuid/").status_code == 404
    assert client.post(accept_url(doc_id, 2), {}, format="json").status_code == 404
    huge = accept_url(doc_id, 10**30)
    assert client.post(huge, {}, format="json").status_code == 404


# --- Accept and reject ---------------------------------------------------------------------------


def test_accepting_reports_a_claim_whose_history_names_the_document(
    api: Api, demo: DemoIds
) -> None:
    body = imported(api, publisher="World Politics Review", url="https://example.org/gt")
    doc_id, candidate = body["id"], body["candidates"][1]
    client = api("contributor")
    response = client.post(accept_url(doc_id, 1), {"subject": "Guatemala"}, format="json")
    assert response.status_code == 201, response.content
    claim = response.json()
    assert response["Location"].endswith(f"/api/v1/claims/{claim['id']}/")
    assert claim["statement"] == DEMO_SENTENCE
    assert claim["subject"] == "Guatemala"
    assert claim["value"]["amount"] == "34.5"
    assert claim["period"] == {"start": "2012-01-01", "end": "2012-12-31"}
    assert claim["attributed_to"] == demo["source:un"]
    assert claim["reported_in"]["publisher"] == demo["source:wpr"]
    assert claim["reported_in"]["url"] == "https://example.org/gt"
    assert claim["occurred_at"].startswith("2013-03-01")

    history = client.get(f"/api/v1/claims/{claim['id']}/history/").json()["results"]
    meta = history[0]["metadata"]
    assert meta["actor"] == "contributor"
    assert meta["document"] == doc_id
    assert meta["candidate"] == 1
    sentence, value = candidate["sentence"], candidate["value"]
    assert meta["offsets"] == {
        "sentence": [sentence["start"], sentence["end"]],
        "value": [value["start"], value["end"]],
    }
    events = Event.objects.filter(stream_id=claim["id"])
    assert events.count() >= 1
    assert all(e.metadata["document"] == doc_id for e in events)
    # The claim is public; the document and its id stay with the importer and editors.
    assert api("contributor2").get(f"{DOCS}{doc_id}/").status_code == 404
    for role in ("reader", "contributor2"):
        other = api(role).get(f"/api/v1/claims/{claim['id']}/history/")
        assert other.status_code == 200
        assert doc_id not in other.content.decode()
        assert other.json()["results"][0]["metadata"]["actor"] == "contributor"
        feed = api(role).get("/api/v1/events/", {"stream_id": claim["id"]}).content.decode()
        assert doc_id not in feed
    assert doc_id in api("editor").get(f"/api/v1/claims/{claim['id']}/history/").content.decode()

    detail = client.get(f"{DOCS}{doc_id}/").json()
    accepted = detail["candidates"][1]
    assert accepted["status"] == "accepted"
    assert accepted["claim_id"] == claim["id"]
    assert accepted["decided_by"] == "contributor"
    assert detail["counts"]["accepted"] == 1

    again = client.post(accept_url(doc_id, 1), {"subject": "Guatemala"}, format="json")
    assert again.status_code == 409
    assert claim["id"] in again.json()["detail"]
    assert client.post(accept_url(doc_id, 1, "reject"), {}, format="json").status_code == 409
    assert Claim.objects.filter(pk=claim["id"]).count() == 1


def test_accepting_with_corrections(api: Api, demo: DemoIds) -> None:
    doc_id = imported(api)["id"]
    response = api("editor").post(
        accept_url(doc_id, 0),
        {
            "statement": "Guatemala's homicide rate was nearly 39 per 100,000 people in 2011.",
            "subject": "Guatemala",
            "indicator": "gt-homicide-rate",
            "value": {"amount": "38.9", "unit": "per 100,000 people", "qualifier": "exact"},
            "period": None,
            "place": "Guatemala",
            "attributed_to": demo["source:gt-gov"],
            "note": "Checked against the ministry's bulletin.",
        },
        format="json",
    )
    assert response.status_code == 201, response.content
    claim = response.json()
    assert claim["value"]["amount"] == "38.9"
    assert claim["value"]["qualifier"] == "exact"
    assert claim["period"] is None
    assert claim["place"] == "Guatemala"
    assert claim["indicator"] == "gt-homicide-rate"
    assert claim["attributed_to"] == demo["source:gt-gov"]


def test_a_candidate_without_a_known_source_needs_one(api: Api, demo: DemoIds) -> None:
    text = "Unemployment in Spain rose to 26 percent in 2012, the national statistics office said."
    body = imported(api, text=text)
    assert body["candidates"][0]["attributed_to"] is None
    client = api("contributor")
    refused = client.post(accept_url(body["id"], 0), {}, format="json")
    assert refused.status_code == 400
    assert "attributed_to" in refused.json()
    unknown = client.post(accept_url(body["id"], 0), {"attributed_to": "nope"}, format="json")
    assert unknown.status_code == 400
    assert DocumentCandidate.objects.get(document_id=body["id"], n=0).status == "proposed"
    ok = client.post(accept_url(body["id"], 0), {"attributed_to": demo["source:un"]}, format="json")
    assert ok.status_code == 201
    assert ok.json()["subject"] == "Spain" or ok.json()["subject"]


def test_rejecting_and_changing_ones_mind(api: Api, demo: DemoIds) -> None:
    doc_id = imported(api)["id"]
    client = api("contributor")
    response = client.post(
        accept_url(doc_id, 0, "reject"), {"reason": "A rounded figure."}, format="json"
    )
    assert response.status_code == 200
    assert response.json()["status"] == "rejected"
    assert response.json()["reason"] == "A rounded figure."
    assert response.json()["decided_by"] == "contributor"
    accepted = client.post(accept_url(doc_id, 0), {"subject": "Guatemala"}, format="json")
    assert accepted.status_code == 201
    assert DocumentCandidate.objects.get(document_id=doc_id, n=0).status == "accepted"


# --- Hostile input: a clear 4xx or a clean empty result, never a 5xx ---------------------------


def post_raw(client: APIClient, body: bytes, content_type: str = "application/json") -> Any:
    return client.post(DOCS, data=body, content_type=content_type)


@pytest.mark.parametrize(
    ("name", "body", "content_type", "expected"),
    [
        ("empty", b'{"text": ""}', "application/json", 400),
        ("blank", b'{"text": "  \\n\\t "}', "application/json", 400),
        ("missing", b"{}", "application/json", 400),
        ("not-a-string", b'{"text": ["a", 1]}', "application/json", 400),
        ("not-an-object", b'["text"]', "application/json", 400),
        ("nul", b'{"text": "34 people\\u0000 died"}', "application/json", 400),
        ("lone-surrogate", b'{"text": "34 people \\ud800 died"}', "application/json", 400),
        ("binary-body", bytes(range(256)) * 4, "application/json", 400),
        ("binary-type", bytes(range(256)) * 4, "application/octet-stream", 415),
        ("bad-date", b'{"text": "x 5", "published_at": "2013-02-30"}', "application/json", 400),
        ("bad-json", b'{"text": "unterminated', "application/json", 400),
        ("nan", b'{"text": NaN}', "application/json", 400),
    ],
)
def test_bad_input_is_a_clear_4xx(
    api: Api, demo: DemoIds, name: str, body: bytes, content_type: str, expected: int
) -> None:
    response = post_raw(api("contributor"), body, content_type)
    assert response.status_code == expected, (name, response.content[:300])
    assert response.json()["detail"]
    assert ImportedDocument.objects.count() == 0


def test_megabytes_of_text_are_refused_with_413(api: Api, demo: DemoIds) -> None:
    text = "The rate fell to 34.5 percent in 2012. " * 55_000  # ~2 MB
    response = post_raw(api("contributor"), json.dumps({"text": text}).encode())
    assert response.status_code == 413
    assert "1,000,000 characters" in response.json()["detail"]
    huge = post_raw(api("contributor"), json.dumps({"text": "x" * 3_000_000}).encode())
    assert huge.status_code == 413
    assert ImportedDocument.objects.count() == 0


def test_html_is_read_as_text_with_offsets_into_the_html(api: Api, demo: DemoIds) -> None:
    html = (
        "<html><head><title>x</title><script>var n = 12345;</script></head><body>"
        "<p>The homicide rate fell to <b>34.5</b> per 100,000 in 2012, according to the U.N.</p>"
        "</body></html>"
    )
    body = imported(api, text=html)
    assert [c["value"]["amount"] for c in body["candidates"]] == ["34.5"]
    value = body["candidates"][0]["value"]
    assert html[value["start"] : value["end"]] == "34.5"
    assert "<" not in body["candidates"][0]["statement"]


@pytest.mark.parametrize(
    "text",
    [
        "no figures at all, only words.",
        "\x01\x02\x03 \x7f\x1b[31m",
        "".join(chr(c) for c in range(1, 0xD7FF, 37)),
        "1" * 5000,
        "9" * 40 + " percent",
        "<<<<>>>>" * 1000,
        "🙂" * 1000 + " 34 people",
    ],
    ids=["words", "controls", "unicode-sweep", "digits", "huge-number", "angle-brackets", "emoji"],
)
def test_junk_text_gives_a_clean_result(api: Api, demo: DemoIds, text: str) -> None:
    response = api("contributor").post(DOCS, {"text": text}, format="json")
    assert response.status_code == 201, response.content[:300]
    body = response.json()
    assert body["length"] == len(text)
    for candidate in body["candidates"]:
        value = candidate["value"]
        assert 0 <= value["start"] <= value["end"] <= len(text)


def test_a_text_read_in_another_language_than_it_reads_as_is_warned_about(
    api: Api, demo: DemoIds
) -> None:
    forced = imported(api, language="es")  # the demo sentence is English
    assert forced["language"] == "es"
    assert forced["detected_language"] == "en"
    (warning,) = forced["warnings"]
    assert warning["code"] == "language_mismatch"
    assert "reads as English" in warning["message"]
    assert "read as Spanish" in warning["message"]
    detail = api("contributor").get(f"{DOCS}{forced['id']}/").json()
    assert detail["warnings"] == forced["warnings"]
    listed = api("contributor").get(DOCS).json()["results"]
    assert next(d for d in listed if d["id"] == forced["id"])["warnings"] == forced["warnings"]
    # Detected, or given as it reads: nothing to say.
    for extra in ({}, {"language": "en"}):
        plain = imported(api, **extra)
        assert (plain["language"], plain["detected_language"], plain["warnings"]) == (
            "en",
            "en",
            [],
        )
    # Too short or too mixed to tell: nothing to compare, nothing said.
    for text, language in (
        ("Guatemala, 2012: 30 000.", "es"),
        ("The Ministerio de Salud Pública y Asistencia Social reported 45 dengue deaths.", "en"),
        ("“It was the worst year”, dijo el ministro: 45 muertos.", "es"),
    ):
        unclear = imported(api, text=text, language=language)
        assert unclear["detected_language"] is None, text
        assert unclear["warnings"] == [], text
    # A language the importer does not read: no advice to have it detected (it would be refused).
    portuguese = imported(
        api,
        text="O Ministério da Saúde registrou 45 mortes por dengue em 2023, segundo o boletim "
        "divulgado nesta semana pelo governo, que também informou mais casos.",
        language="es",
    )
    assert portuguese["detected_language"] == "pt"
    (said,) = portuguese["warnings"]
    assert "The importer does not read Portuguese." in said["message"]
    assert "without a language" not in said["message"]


def test_accepting_keeps_whom_the_article_quotes_and_its_language(api: Api, demo: DemoIds) -> None:
    # "the U.N." was matched to the United Nations: only its spelling, so no said_by.
    doc_id = imported(api)["id"]
    plain = api("contributor").post(accept_url(doc_id, 1), {}, format="json")
    assert plain.status_code == 201, plain.content
    assert plain.json()["attributed_to"] == demo["source:un"]
    assert plain.json()["said_by"] is None
    assert plain.json()["language"] == "en"
    # Attributed to another source than the one named: the named one is who was quoted.
    other = api("contributor").post(
        accept_url(doc_id, 0), {"attributed_to": demo["source:wilson"]}, format="json"
    )
    assert other.status_code == 201, other.content
    assert other.json()["said_by"] == "the U.N."
    # The same figure told in Spanish is the claim just accepted, not another one.
    same = imported(
        api,
        text="La tasa de homicidios bajó a 34,5 por cada 100.000 habitantes en 2012, según la ONU.",
    )
    held = api("contributor").post(
        accept_url(same["id"], 0), {"attributed_to": demo["source:un"]}, format="json"
    )
    assert held.status_code == 400, held.content
    assert plain.json()["id"] in held.json()["claim"][0]
    # A Spanish text: the claim is recorded in Spanish.
    spanish = imported(
        api,
        text="La tasa de homicidios fue de 38,6 por cada 100.000 habitantes en 2011, según la ONU.",
    )
    assert spanish["candidates"], spanish
    es = api("contributor").post(
        accept_url(spanish["id"], 0), {"attributed_to": demo["source:un"]}, format="json"
    )
    assert es.status_code == 201, es.content
    assert es.json()["language"] == "es"
