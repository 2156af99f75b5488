"""The global event feed, sources with their stats, and write throttling."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from rest_framework.test import APIClient

from claims.core import eventstore, projections, registry, selectors
from claims.core.models import Source

Api = Callable[[str], APIClient]
Ids = dict[str, str]


def test_looping_on_next_after_sees_every_event_once_in_order(api: Api, demo: Ids) -> None:
    client = api("reader")
    seen: list[int] = []
    after = 0
    while True:
        page = client.get("/api/v1/events/", {"after": after, "limit": 7}).json()
        if not page["results"]:
            assert page["next_after"] == after
            break
        seen += [e["position"] for e in page["results"]]
        after = page["next_after"]
    assert seen == sorted(set(seen))
    assert seen[-1] == eventstore.head_position() == page["head"]
    assert len(seen) == len(eventstore.read_all(0, 10_000))


def test_the_feed_filters_by_stream_and_type(api: Api, demo: Ids) -> None:
    client = api("reader")
    claim_id = demo["claim:trafficker-killed"]
    stream = client.get("/api/v1/events/", {"stream_id": claim_id}).json()["results"]
    assert [e["event_type"] for e in stream] == ["ClaimReported", "ClaimDisputed", "ClaimRefuted"]
    assert {e["stream_type"] for e in stream} == {"claim"}
    refuted = client.get("/api/v1/events/", {"event_type": "ClaimRefuted"}).json()["results"]
    assert [e["stream_id"] for e in refuted] == [claim_id]
    sources = client.get("/api/v1/events/", {"stream_type": "source", "limit": "1000"}).json()
    assert {e["event_type"] for e in sources["results"]} == {"SourceRegistered"}
    event = stream[0]
    assert event["actor"] == "editor"
    assert event["data"]["claim_id"] == claim_id
    assert event["occurred_at"]
    assert event["recorded_at"]


def test_sources_list_filter_and_search(api: Api, demo: Ids) -> None:
    client = api("anonymous")
    everything = client.get("/api/v1/sources/").json()
    assert everything["count"] == 8
    kinds = client.get("/api/v1/sources/", {"kind": "government"}).json()["results"]
    assert {s["name"] for s in kinds} == {
        "Government of Guatemala",
        "Guatemalan officials",
        "US Department of State",
    }
    found = client.get("/api/v1/sources/", {"q": "insight"}).json()["results"]
    assert [s["id"] for s in found] == [demo["source:insight-crime"]]
    assert client.get("/api/v1/sources/", {"kind": "alien"}).status_code == 400


def test_source_detail_has_stats_and_reliability(api: Api, demo: Ids, monkeypatch: Any) -> None:
    client = api("reader")
    path = f"/api/v1/sources/{demo['source:early-reports']}/"
    monkeypatch.setattr(registry.extensions, "source_scorer", None)
    source = client.get(path).json()
    assert source["stats"] == {
        "reported": 1,
        "confirmed": 0,
        "corrected": 0,
        "refuted": 1,
        "retracted": 0,
        "disputed": 0,
        "figures_accepted": 0,
        "figures_superseded": 0,
        "disputes_upheld": 0,
        "disputes_rejected": 0,
    }
    assert source["reliability"] is None
    assert source["explanation"] is None
    monkeypatch.setattr(registry.extensions, "source_scorer", lambda stats: "0.25")
    assert client.get(path).json()["reliability"] == "0.25"
    assert client.get(path)["ETag"] == '"1"'


def test_register_then_edit_a_source(api: Api, demo: Ids) -> None:
    created = api("contributor").post(
        "/api/v1/sources/",
        {"name": "Prensa Libre", "kind": "media", "wikidata_id": "q1"},
        format="json",
        HTTP_IDEMPOTENCY_KEY="src-1",
    )
    assert created.status_code == 201, created.json()
    source = created.json()
    assert source["wikidata_id"] == "Q1"
    assert created["Location"].endswith(f"/api/v1/sources/{source['id']}/")
    editor = api("editor")
    path = f"/api/v1/sources/{source['id']}/"
    assert (
        editor.patch(path, {"url": "https://www.prensalibre.com"}, format="json").status_code == 428
    )
    edited = editor.patch(
        path, {"url": "https://www.prensalibre.com"}, format="json", HTTP_IF_MATCH='"1"'
    )
    assert edited.status_code == 200, edited.json()
    assert edited.json()["url"] == "https://www.prensalibre.com"
    assert edited["ETag"] == '"2"'
    stale = editor.patch(path, {"name": "PL"}, format="json", HTTP_IF_MATCH='"1"')
    assert stale.status_code == 409
    assert stale.json()["current_version"] == 2
    nothing = editor.patch(path, {}, format="json", HTTP_IF_MATCH='"2"')
    assert nothing.status_code == 400
    assert editor.patch("/api/v1/sources/nope/", {"name": "x"}, format="json").status_code == 404


def test_a_source_has_other_names_that_an_edit_replaces_or_clears(api: Api, demo: Ids) -> None:
    created = api("contributor").post(
        "/api/v1/sources/",
        {
            "name": "Public Ministry",
            "kind": "government",
            "aliases": [" Ministerio Público ", "MP", "public ministry", "mp"],
        },
        format="json",
    )
    assert created.status_code == 201, created.json()
    source = created.json()
    assert source["aliases"] == ["Ministerio Público", "MP"]
    path = f"/api/v1/sources/{source['id']}/"
    editor = api("editor")
    kept = editor.patch(path, {"kind": "organization"}, format="json", HTTP_IF_MATCH='"1"')
    assert kept.status_code == 200, kept.json()
    assert kept.json()["aliases"] == ["Ministerio Público", "MP"]
    replaced = editor.patch(path, {"aliases": ["Fiscalía"]}, format="json", HTTP_IF_MATCH='"2"')
    assert replaced.json()["aliases"] == ["Fiscalía"]
    cleared = editor.patch(path, {"aliases": []}, format="json", HTTP_IF_MATCH='"3"')
    assert cleared.json()["aliases"] == []
    assert editor.get(path).json()["aliases"] == []
    events = editor.get("/api/v1/events/", {"stream_id": source["id"]}).json()["results"]
    assert [e["data"]["aliases"] for e in events] == [
        ["Ministerio Público", "MP"],
        None,
        ["Fiscalía"],
        [],
    ]


@pytest.mark.parametrize(
    ("aliases", "message"),
    [
        ("MP", "Expected a list of items"),
        ([""], "may not be blank"),
        (["  "], "may not be blank"),
        ([5], "Not a valid string."),
        (["n" * 201], "no more than 200 characters"),
        ([f"name {i}" for i in range(21)], "no more than 20 elements"),
        (["MP\x00"], "Null characters are not allowed."),
        (["\u200b"], "A name needs a visible character."),
        (["\u200b\u2060 \ufeff"], "A name needs a visible character."),
    ],
)
def test_bad_other_names_are_refused_with_the_field_named_and_nothing_written(
    api: Api, demo: Ids, aliases: Any, message: str
) -> None:
    before = eventstore.head_position()
    response = api("contributor").post(
        "/api/v1/sources/",
        {"name": "Public Ministry", "kind": "government", "aliases": aliases},
        format="json",
    )
    assert response.status_code == 400, response.json()
    assert message in str(response.json()["aliases"])
    assert eventstore.head_position() == before


@pytest.mark.parametrize("name", ["\u200b", "\x1b", "\u2060\u200d", "\u3164", "\u2800 \u115f"])
def test_a_name_that_shows_nothing_is_refused(api: Api, demo: Ids, name: str) -> None:
    before = eventstore.head_position()
    response = api("contributor").post(
        "/api/v1/sources/", {"name": name, "kind": "government"}, format="json"
    )
    assert response.status_code == 400, response.json()
    assert response.json()["name"] == ["A name needs a visible character."]
    renamed = api("editor").patch(
        f"/api/v1/sources/{demo['source:un']}/", {"name": name}, format="json", HTTP_IF_MATCH='"1"'
    )
    assert renamed.status_code == 400, renamed.json()
    assert renamed.json()["name"] == ["A name needs a visible character."]
    assert eventstore.head_position() == before


def test_a_name_another_source_has_is_refused_unless_both_are_people(api: Api, demo: Ids) -> None:
    """A second 'United Nations' would leave the name naming neither in a spreadsheet or an
    article; people share names, and may."""
    before = eventstore.head_position()
    for name in ("United Nations", "united  nations", "UNITED NATIONS"):
        response = api("contributor").post(
            "/api/v1/sources/", {"name": name, "kind": "organization"}, format="json"
        )
        assert response.status_code == 400, response.json()
        assert response.json()["name"] == [
            f"A source named 'United Nations' is registered ({demo['source:un']}): use it, or "
            "give this one a name that tells the two apart (its country, say)."
        ]
    assert eventstore.head_position() == before
    renamed = api("editor").patch(
        f"/api/v1/sources/{demo['source:gt-gov']}/",
        {"name": "United Nations"},
        format="json",
        HTTP_IF_MATCH='"1"',
    )
    assert renamed.status_code == 400, renamed.json()
    assert "A source named 'United Nations' is registered" in renamed.json()["name"][0]
    assert eventstore.head_position() == before
    # Keeping its own name (letter case changed) is no clash; two people may share a name.
    own = api("editor").patch(
        f"/api/v1/sources/{demo['source:un']}/",
        {"name": "UNITED NATIONS"},
        format="json",
        HTTP_IF_MATCH='"1"',
    )
    assert own.status_code == 200, own.json()
    for _ in range(2):
        person = api("contributor").post(
            "/api/v1/sources/", {"name": "María López", "kind": "person"}, format="json"
        )
        assert person.status_code == 201, person.json()
    # A person may not take an organisation's name, nor an organisation a person's.
    for name, kind in (("United Nations", "person"), ("maría lópez", "organization")):
        taken = api("contributor").post(
            "/api/v1/sources/", {"name": name, "kind": kind}, format="json"
        )
        assert taken.status_code == 400, taken.json()
        assert "is registered" in taken.json()["name"][0]


def test_the_source_search_finds_a_source_by_another_name(api: Api, demo: Ids) -> None:
    client = api("anonymous")
    found = client.get("/api/v1/sources/", {"q": "funcionarios"}).json()["results"]
    assert [s["id"] for s in found] == [demo["source:gt-officials"]]
    assert found[0]["aliases"] == [
        "funcionarios guatemaltecos",
        "autoridades guatemaltecas",
        "Guatemalan authorities",
    ]
    assert client.get("/api/v1/sources/", {"q": "no such name"}).json()["count"] == 0


def test_the_migration_fills_the_search_text_of_sources_registered_before(demo: Ids) -> None:
    import importlib

    from django.apps import apps

    migration = importlib.import_module("claims.migrations.0020_source_search")
    Source.objects.update(search="")
    migration.fill(apps, None)
    officials = Source.objects.get(pk=demo["source:gt-officials"])
    assert officials.search == projections.search_text(
        officials.name, *selectors.source_aliases(officials)
    )
    assert "autoridades guatemaltecas" in officials.search.split("\n")
    assert all(s.search for s in Source.objects.all())


@pytest.mark.parametrize(
    "q", ["Publico", "MINISTERIO PÚBLICO", "ministerio publico", "Públ", "ministerio\n  publico"]
)
def test_the_source_search_ignores_letter_case_and_accents(api: Api, demo: Ids, q: str) -> None:
    """SQLite's LIKE folds ASCII letters only and neither database drops accents."""
    registered = api("contributor").post(
        "/api/v1/sources/",
        {"name": "Public Ministry", "kind": "government", "aliases": ["Ministerio Público"]},
        format="json",
    )
    assert registered.status_code == 201, registered.content
    found = api("anonymous").get("/api/v1/sources/", {"q": q}).json()["results"]
    assert [s["id"] for s in found] == [registered.json()["id"]]
    # A rename is searched by its new name.
    renamed = api("editor").patch(
        f"/api/v1/sources/{registered.json()['id']}/",
        {"name": "Fiscalía General", "expected_version": 1},
        format="json",
    )
    assert renamed.status_code == 200, renamed.content
    found = api("anonymous").get("/api/v1/sources/", {"q": "FISCALIA"}).json()["results"]
    assert [s["id"] for s in found] == [registered.json()["id"]]
    # A query never runs from one name into the next.
    across = api("anonymous").get("/api/v1/sources/", {"q": "general\nministerio"}).json()
    assert across["count"] == 0


def test_writes_past_the_rate_are_429_with_retry_after(api: Api, demo: Ids, settings: Any) -> None:
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {
            **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
            "writes": "2/min",
        },
    }
    client = api("contributor")

    def body(n: int) -> dict[str, str]:
        return {"name": f"Source {n}", "kind": "ngo"}

    codes = [client.post("/api/v1/sources/", body(n), format="json").status_code for n in range(3)]
    assert codes == [201, 201, 429]
    throttled = client.post("/api/v1/sources/", body(3), format="json")
    assert throttled.status_code == 429
    assert int(throttled["Retry-After"]) > 0
    assert throttled.json()["detail"]
    # Reads are not counted as writes, and other users have their own budget.
    assert client.get("/api/v1/sources/").status_code == 200
    assert api("editor").post("/api/v1/sources/", body(4), format="json").status_code == 201


def test_a_spoofed_forwarded_for_does_not_reset_the_login_throttle(
    demo: Ids, settings: Any
) -> None:
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {
            **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
            "login": "2/min",
        },
    }
    client = APIClient()
    codes = [
        client.post(
            "/api/v1/auth/token/",
            {"username": "reader", "password": "wrong"},
            format="json",
            HTTP_X_FORWARDED_FOR=f"10.0.0.{i}",
        ).status_code
        for i in range(3)
    ]
    assert codes == [401, 401, 429]


def test_token_endpoint(demo: Ids) -> None:
    client = APIClient()
    good = client.post(
        "/api/v1/auth/token/", {"username": "editor", "password": "claims-demo-2013"}, format="json"
    )
    assert good.status_code == 200
    token = good.json()["token"]
    client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    note = client.post(
        f"/api/v1/claims/{demo['claim:homicide-rate-2011']}/note/",
        {"text": "via token", "expected_version": 1},
        format="json",
    )
    assert note.status_code == 200
    bad = APIClient().post(
        "/api/v1/auth/token/", {"username": "editor", "password": "nope"}, format="json"
    )
    assert bad.status_code == 401
    assert bad.json()["code"] == "authentication_failed"
    assert bad["WWW-Authenticate"] == "Token"


def test_the_api_root_says_where_each_part_is_and_every_link_answers(api: Api, demo: Ids) -> None:
    client = api("editor")
    index = client.get("/api/v1/")
    assert index.status_code == 200
    links = index.json()
    assert links["claims"] == "http://testserver/api/v1/claims/"
    assert links["indicators"] == "http://testserver/api/v1/indicators/"
    assert links["schema"] == "http://testserver/api/schema/"
    assert set(links) >= {"claims", "sources", "events", "documents", "webhooks", "docs"}
    for name, url in links.items():
        if name == "token":
            continue  # a POST only
        path = url.removeprefix("http://testserver")
        assert client.get(path).status_code == 200, name
    assert APIClient().get("/api/v1/").status_code == 200, "readable without credentials"
