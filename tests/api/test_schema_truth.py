"""The schema says what the server does: the version precondition, text patterns, links, JSON
only, empty query values, `ordering`, and JSON answers under /api/ in DEBUG too."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from django.test import override_settings
from rest_framework.test import APIClient

from claims.api.schema import NO_NUL, NOT_BLANK
from claims.api.serializers import MOMENT_PATTERN
from claims.core import selectors

Api = Callable[[str], APIClient]
Ids = dict[str, str]
COMMANDS = [
    "add_figure",
    "assign",
    "attach_evidence",
    "confirm",
    "correct",
    "dispute",
    "note",
    "refute",
    "resolve_dispute",
    "retract",
]


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return dict(APIClient().get("/api/schema/", HTTP_ACCEPT="application/json").json())


def _operation(schema: dict[str, Any], operation_id: str) -> dict[str, Any]:
    for operations in schema["paths"].values():
        for operation in operations.values():
            if operation.get("operationId") == operation_id:
                return dict(operation)
    raise KeyError(operation_id)


def _body(schema: dict[str, Any], operation_id: str) -> dict[str, Any]:
    ref = _operation(schema, operation_id)["requestBody"]["content"]["application/json"]["schema"]
    return dict(schema["components"]["schemas"][ref["$ref"].rsplit("/", 1)[-1]])


# --- The schema ---------------------------------------------------------------------------------


def test_every_command_declares_its_version_precondition(schema: dict[str, Any]) -> None:
    for operation_id in [f"claims_{name}" for name in COMMANDS] + ["sources_update"]:
        operation = _operation(schema, operation_id)
        assert operation["x-version-precondition"]["oneOf"] == [
            {"in": "header", "name": "If-Match"},
            {"in": "body", "name": "expected_version"},
        ], operation_id
        assert "One of `If-Match" in operation["description"]
        assert {"400", "409", "428"} <= set(operation["responses"])
        if_match = next(p for p in operation["parameters"] if p["name"] == "If-Match")
        pattern = if_match["schema"]["pattern"]
        for good in ['"3"', "3", 'W/"3"', ' "3" ']:
            assert re.search(pattern, good), good
        for bad in ['"three"', '"1234567890"', '"3", "4"']:
            assert not re.search(pattern, bad), bad


def test_idempotent_operations_document_409_and_422(schema: dict[str, Any]) -> None:
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            names = {p["name"] for p in operation.get("parameters", [])}
            if "Idempotency-Key" in names:
                assert {"409", "422"} <= set(operation["responses"]), f"{method} {path}"


# The one operation whose body is a file: the CSV import (a text/csv body or an upload).
FILE_BODIES = {"claims_import": ["text/csv", "multipart/form-data"]}


def test_request_bodies_are_json_only(schema: dict[str, Any]) -> None:
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            if "requestBody" in operation:
                expected = FILE_BODIES.get(operation.get("operationId", ""), ["application/json"])
                assert list(operation["requestBody"]["content"]) == expected, f"{method} {path}"


def test_texts_declare_what_the_server_refuses(schema: dict[str, Any]) -> None:
    report = _body(schema, "claims_report")["properties"]
    statement = report["statement"]["pattern"]
    for invisible in ["\u200b\u200b", " \u2060\ufeff ", "\u3164", "\x01"]:
        assert not re.search(statement, invisible), ascii(invisible)
    assert re.search(statement, " Ya. ")
    assert report["place"]["pattern"] == NO_NUL
    for refused in ["", "   ", "\u3000\t", "a\x00b"]:
        assert not re.search(NOT_BLANK, refused), refused
    assert re.search(NOT_BLANK, " a ")
    evidence = _body(schema, "claims_attach_evidence")["properties"]["url"]["pattern"]
    assert re.search(evidence, "HTTPS://example.org/x")
    assert not re.search(evidence, "ftp://example.org/x")
    assert not re.search(evidence, "http://")
    source = _body(schema, "sources_register")["properties"]
    assert re.search(source["url"]["pattern"], "")  # optional: may be empty
    assert not re.search(source["wikidata_id"]["pattern"], "P31")


def test_the_server_refuses_what_the_patterns_refuse(api: Api, demo: Ids) -> None:
    claim = f"/api/v1/claims/{demo['claim:homicide-rate-2011']}"
    for body in (
        {"url": "ftp://example.org/report.pdf"},
        {"url": "javascript:alert(1)"},
        {"url": "http://"},  # (no host: names no page)
        {"url": "https:///report.pdf"},
    ):
        answer = api("editor").post(
            f"{claim}/attach-evidence/", {**body, "expected_version": 1}, format="json"
        )
        assert answer.status_code == 400
        assert answer.json()["code"] == "validation_error"
        assert "url" in answer.json()
    blank = api("editor").post(
        f"{claim}/note/", {"text": "\u3000 \t", "expected_version": 1}, format="json"
    )
    assert blank.status_code == 400
    assert "text" in blank.json()
    source = api("editor").post(
        "/api/v1/sources/", {"name": "X", "kind": "ngo", "wikidata_id": "P31"}, format="json"
    )
    assert source.status_code == 400
    assert "wikidata_id" in source.json()
    for body, path, field in (
        (
            {"statement": "\u200b\u200b", "subject": "G", "attributed_to": demo["source:un"]},
            "/api/v1/claims/",
            "statement",
        ),
        ({"name": "\u2060\ufeff", "kind": "ngo"}, "/api/v1/sources/", "name"),
    ):
        invisible = api("editor").post(path, body, format="json")
        assert invisible.status_code == 400, invisible.content
        assert invisible.json()[field] == [f"A {field} needs a visible character."]


def _date_times(node: Any, where: str = "") -> list[tuple[str, dict[str, Any]]]:
    """Every date-time schema under node, with where it is."""
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(node, dict):
        if node.get("format") == "date-time":
            found.append((where, node))
        for key, value in node.items():
            found += _date_times(value, f"{where}/{key}")
    elif isinstance(node, list):
        for n, value in enumerate(node):
            found += _date_times(value, f"{where}/{n}")
    return found


def test_every_date_time_a_client_sends_declares_the_days_refused(schema: dict[str, Any]) -> None:
    inputs: list[tuple[str, dict[str, Any]]] = []
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            for parameter in operation.get("parameters", []):
                inputs += _date_times(parameter.get("schema", {}), f"{method} {path} {parameter}")
    for name, component in schema["components"]["schemas"].items():
        if not name.endswith("Response") and not name.endswith("Output"):
            inputs += [
                (f"{name}{where}", node)
                for where, node in _date_times(component)
                if not node.get("readOnly")
            ]
    occurred = _body(schema, "claims_report")["properties"]["occurred_at"]
    assert occurred.get("pattern") == MOMENT_PATTERN
    as_of = [n for w, n in inputs if "as_of" in w]
    assert as_of
    assert all(n.get("pattern") == MOMENT_PATTERN for n in as_of)
    for edge in ["0001-01-01T00:00:00+01:00", "9999-12-31T23:00:00-02:00"]:
        assert not re.search(MOMENT_PATTERN, edge)
    assert re.search(MOMENT_PATTERN, "0001-01-02T00:00:00+23:59")


def test_the_server_refuses_the_days_the_pattern_refuses(api: Api, demo: Ids) -> None:
    body = {
        "statement": "A statement.",
        "subject": "Guatemala",
        "value": {"amount": "1", "unit": "people"},
        "attributed_to": demo["source:un"],
    }
    for edge in ["0001-01-01T00:00:00+01:01", "0001-01-01T00:00:00Z", "9999-12-31T00:00:00Z"]:
        answer = api("editor").post("/api/v1/claims/", {**body, "occurred_at": edge}, format="json")
        assert answer.status_code == 400, edge
        assert answer.json()["code"] == "validation_error"
        assert "occurred_at" in answer.json()
        listed = api("editor").get("/api/v1/claims/", {"as_of": edge})
        assert listed.status_code == 400, edge
        assert "as_of" in listed.json()
    day_after = {**body, "occurred_at": "0001-01-02T00:00:00+23:59"}
    assert api("editor").post("/api/v1/claims/", day_after, format="json").status_code == 201


def test_links_lead_from_creations_to_what_takes_their_ids(schema: dict[str, Any]) -> None:
    created = _operation(schema, "claims_report")["responses"]["201"]["links"]
    expected = {f"claims_{name}" for name in COMMANDS} | {
        "claims_retrieve",
        "claims_history",
        "claims_claimreview",
    }
    assert expected <= set(created)
    dispute = created["claims_dispute"]
    assert dispute["operationId"] == "claims_dispute"
    assert dispute["parameters"]["path.claim_id"] == "$response.body#/id"
    assert dispute["parameters"]["header.If-Match"] == '"{$response.body#/version}"'
    assert dispute["requestBody"] == {"expected_version": "$response.body#/version"}
    # A command's answer is the claim again: the walk can go on.
    assert "claims_confirm" in _operation(schema, "claims_dispute")["responses"]["200"]["links"]
    source = _operation(schema, "sources_register")["responses"]["201"]["links"]
    assert {"sources_retrieve", "sources_update"} <= set(source)
    assert source["claims_report_attributed_to"]["requestBody"] == {
        "attributed_to": "$response.body#/id"
    }
    listed = _operation(schema, "sources_list")["responses"]["200"]["links"]
    assert listed["sources_retrieve"]["parameters"] == {
        "path.source_id": "$response.body#/results/0/id"
    }


def test_ordering_is_an_enum_of_what_the_selectors_serve(schema: dict[str, Any]) -> None:
    for operation_id, orders in (
        ("claims_list", selectors.CLAIM_ORDERINGS),
        ("sources_list", selectors.SOURCE_ORDERINGS),
    ):
        parameters = _operation(schema, operation_id)["parameters"]
        ordering = next(p for p in parameters if p["name"] == "ordering")["schema"]
        assert set(ordering["enum"]) == {f for name in orders for f in (name, f"-{name}")}
        assert "STATUS_DESC" in ordering["x-enum-varnames"] or operation_id == "sources_list"


# --- The server ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "parameter"),
    [
        ("/api/v1/claims/?as_of=", "as_of"),
        ("/api/v1/claims/?period_start=", "period_start"),
        ("/api/v1/claims/?status=", "status"),
        ("/api/v1/claims/?page=", "page"),
        ("/api/v1/claims/?ordering=", "ordering"),
        ("/api/v1/sources/?kind=", "kind"),
        ("/api/v1/events/?after=", "after"),
    ],
)
def test_an_empty_typed_query_value_is_a_400_naming_it(
    api: Api, demo: Ids, path: str, parameter: str
) -> None:
    answer = api("reader").get(path)
    assert answer.status_code == 400
    assert answer.json()["code"] == "validation_error"
    assert parameter in answer.json()


def test_an_empty_free_text_filter_filters_nothing(api: Api, demo: Ids) -> None:
    everything = api("reader").get("/api/v1/claims/").json()["count"]
    assert api("reader").get("/api/v1/claims/?q=&subject=").json()["count"] == everything


def test_claims_come_in_the_order_asked_with_ties_broken_by_id(api: Api, demo: Ids) -> None:
    def listed(ordering: str, **params: Any) -> list[dict[str, Any]]:
        answer = api("reader").get("/api/v1/claims/", {"ordering": ordering, **params})
        assert answer.status_code == 200, answer.content
        return list(answer.json()["results"])

    default = listed("created_at")
    assert [c["id"] for c in default] == [
        c["id"] for c in sorted(default, key=lambda c: (c["created_at"], c["id"]))
    ]
    by_status = listed("-status")
    assert [c["id"] for c in by_status] == [
        c["id"]
        for c in sorted(by_status, key=lambda c: (c["status"], c["created_at"], c["id"]))[::-1]
    ]
    assert [c["id"] for c in listed("-updated_at")] == [
        c["id"] for c in sorted(default, key=lambda c: (c["updated_at"], c["id"]), reverse=True)
    ]
    # Pages of one order never overlap and miss nothing, ties included.
    paged = [c["id"] for page in (1, 2, 3, 4) for c in listed("subject", page_size=4, page=page)]
    assert sorted(paged) == sorted(c["id"] for c in default)
    # As of a moment, the same orders apply to the history rows.
    moment = max(c["updated_at"] for c in default)
    assert [c["id"] for c in listed("-updated_at", as_of=moment)] == [
        c["id"] for c in listed("-updated_at")
    ]


def test_sources_come_in_the_order_asked(api: Api, demo: Ids) -> None:
    names = [
        s["name"] for s in api("reader").get("/api/v1/sources/?ordering=-name").json()["results"]
    ]
    assert names == sorted(names, reverse=True)


@pytest.mark.parametrize("ordering", ["version", "statement", "-id", "created_at,status", "?"])
def test_an_ordering_outside_the_allow_list_is_a_400_naming_it(
    api: Api, demo: Ids, ordering: str
) -> None:
    answer = api("reader").get("/api/v1/claims/", {"ordering": ordering})
    assert answer.status_code == 400
    assert "ordering" in answer.json()


@override_settings(DEBUG=True)
@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("get", "/api/v1/claims//history/", 404),
        ("get", "/api/v1/nothing-here/", 404),
        ("get", "/api/nothing-here", 404),
        ("put", "/api/v1/claims/", 405),
        ("delete", "/api/v1/sources/", 405),
    ],
)
def test_answers_under_api_are_json_in_debug_too(
    api: Api, demo: Ids, method: str, path: str, status: int
) -> None:
    answer = getattr(api("reader"), method)(path)
    assert answer.status_code == status
    assert answer["Content-Type"].startswith("application/json")
    body = answer.json()
    assert body["code"] == {404: "not_found", 405: "method_not_allowed"}[status]
    assert body["detail"]
    if status == 405:
        assert answer["Allow"]


@override_settings(DEBUG=True)
def test_pages_outside_api_keep_djangos_answers(api: Api, demo: Ids) -> None:
    answer = APIClient().get("/no-such-page/")
    assert answer.status_code == 404
    assert answer["Content-Type"].startswith("text/html")
