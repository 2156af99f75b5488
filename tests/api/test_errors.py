"""Hostile and broken input: every answer is a JSON 4xx with `detail` and a `code`, never a 5xx."""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.db import DataError, IntegrityError, OperationalError
from django.http import Http404
from rest_framework import exceptions
from rest_framework.test import APIClient

from claims.api.errors import (
    ERROR_CODES,
    IdempotencyKeyInProgress,
    IdempotencyKeyReused,
    PreconditionRequired,
    exception_handler,
)
from claims.core import services
from claims.core.domain.errors import CommandRejected
from claims.core.eventstore import AppendLockTimeout, ConcurrencyError, TooManyEvents

Api = Callable[[str], APIClient]
Ids = dict[str, str]


def _raw_post(client: APIClient, path: str, body: bytes | str, **extra: Any) -> Any:
    content_type = extra.pop("content_type", "application/json")
    data = body.encode("utf-8", "surrogatepass") if isinstance(body, str) else body
    return client.generic("POST", path, data, content_type=content_type, **extra)  # type: ignore[arg-type]


def _assert_json_4xx(
    response: Any, status: int | None = None, code: str | None = None
) -> dict[str, Any]:
    assert 400 <= response.status_code < 500, (response.status_code, response.content[:300])
    if status is not None:
        assert response.status_code == status, response.content[:300]
    assert response["Content-Type"].startswith("application/json")
    body = json.loads(response.content.decode("utf-8"))  # valid UTF-8, valid JSON
    assert isinstance(body.get("detail"), str)
    assert body["detail"]
    assert body.get("code") in ERROR_CODES, body
    if code is not None:
        assert body["code"] == code, body
    return body


NOTE_BODIES = {
    "malformed": '{"text": ',
    "nan": '{"text": "x", "expected_version": NaN}',
    "infinity": '{"text": "x", "expected_version": Infinity}',
    "huge exponent": '{"text": "x", "expected_version": 1e999999}',
    "huge integer": '{"text": "x", "expected_version": 1' + "0" * 100 + "}",
    "over int digit limit": '{"text": "x", "expected_version": 1' + "0" * 5000 + "}",
    "deep nesting": "[" * 100_000 + "]" * 100_000,
    "lone surrogate": '{"text": "\\ud800", "expected_version": 1}',
    "nul": '{"text": "a\\u0000b", "expected_version": 1}',
    "list body": "[1, 2]",
    "string body": '"text"',
    "null body": "null",
    "wrong type": '{"text": {"a": 1}, "expected_version": 1}',
    "bool version": '{"text": "x", "expected_version": true}',
    "negative version": '{"text": "x", "expected_version": -1}',
    "float version": '{"text": "x", "expected_version": 1.5}',
    "empty text": '{"text": "   ", "expected_version": 1}',
    "too long": json.dumps({"text": "x" * 10_001, "expected_version": 1}),
}


@pytest.mark.parametrize("body", NOTE_BODIES.values(), ids=NOTE_BODIES.keys())
def test_broken_command_bodies_are_400(api: Api, demo: Ids, body: str) -> None:
    path = f"/api/v1/claims/{demo['claim:homicide-rate-2011']}/note/"
    found = _assert_json_4xx(_raw_post(api("editor"), path, body), 400)
    assert found["code"] in {"parse_error", "validation_error"}


def test_invalid_utf8_and_unknown_charsets_are_400(api: Api, demo: Ids) -> None:
    path = f"/api/v1/claims/{demo['claim:homicide-rate-2011']}/note/"
    _assert_json_4xx(_raw_post(api("editor"), path, b'{"text": "\xff\xfe"}'), 400)
    response = _raw_post(
        api("editor"),
        path,
        b'{"text": "x"}',
        content_type="application/json; charset=bz2_codec",
    )
    _assert_json_4xx(response, 400)


def test_other_media_types_are_415(api: Api, demo: Ids) -> None:
    path = f"/api/v1/claims/{demo['claim:homicide-rate-2011']}/note/"
    response = _raw_post(api("editor"), path, "text=x", content_type="text/plain")
    _assert_json_4xx(response, 415, "unsupported_media_type")


def test_an_oversized_body_is_413(api: Api, demo: Ids, settings: Any) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    path = f"/api/v1/claims/{demo['claim:homicide-rate-2011']}/note/"
    body = json.dumps({"text": "x" * 2000, "expected_version": 1})
    _assert_json_4xx(_raw_post(api("editor"), path, body), 413, "payload_too_large")


VALUE_CASES = {
    "float": {"amount": 34.5, "unit": "people"},
    "huge exponent": '{"amount": 1e999999, "unit": "people"}',
    "nan string": {"amount": "NaN", "unit": "people"},
    "infinity string": {"amount": "-Infinity", "unit": "people"},
    "too many digits": {"amount": "1" * 30, "unit": "people"},
    "too many decimals": {"amount": "0.123456789", "unit": "people"},
    "not a number": {"amount": "twelve", "unit": "people"},
    "bool": {"amount": True, "unit": "people"},
    "unknown qualifier": {"amount": "1", "unit": "people", "qualifier": "roughly"},
    "surrogate qualifier": '{"amount": "1", "unit": "people", "qualifier": "\\udfff"}',
    "missing unit": {"amount": "1"},
    "value not an object": "34.5",
}


@pytest.mark.parametrize("value", VALUE_CASES.values(), ids=VALUE_CASES.keys())
def test_bad_values_are_400(api: Api, demo: Ids, value: Any) -> None:
    raw_value = value if isinstance(value, str) and value.startswith("{") else json.dumps(value)
    body = '{{"statement": "s", "subject": "s", "attributed_to": "{}", "value": {}}}'.format(
        demo["source:un"],
        raw_value,
    )
    body_json = _assert_json_4xx(_raw_post(api("editor"), "/api/v1/claims/", body), 400)
    assert "value" in body_json
    assert body_json["code"] in {"parse_error", "validation_error", "command_rejected"}


REPORT_CASES = {
    "impossible date": {"period": {"start": "2013-02-30", "end": "2013-03-01"}},
    "reversed period": {"period": {"start": "2013-03-01", "end": "2013-01-01"}},
    "bad published_at": {"reported_in": {"url": "https://x.org", "published_at": "2013-13-01"}},
    "overflowing occurred_at": {"occurred_at": "9999-12-31T23:59:59-23:59"},
    "naive garbage occurred_at": {"occurred_at": "not a time"},
    "unknown source": {"attributed_to": "nobody"},
    "nul in subject": {"subject": "Guate\x00mala"},
    "surrogate in place": {"place": "\ud800"},
    "unknown publisher": {"reported_in": {"url": "https://x.org", "publisher": "nobody"}},
}


@pytest.mark.parametrize("change", REPORT_CASES.values(), ids=REPORT_CASES.keys())
def test_bad_reports_are_400(api: Api, demo: Ids, change: dict[str, Any]) -> None:
    body = {
        "statement": "A statement.",
        "subject": "Guatemala",
        "value": {"amount": "1", "unit": "people"},
        "attributed_to": demo["source:un"],
        **change,
    }
    raw = json.dumps(body)  # escapes the lone surrogate as \ud800, as a client would send it
    _assert_json_4xx(_raw_post(api("editor"), "/api/v1/claims/", raw), 400)


def test_unknown_enum_values_echoing_surrogates_still_render(api: Api, demo: Ids) -> None:
    raw = '{"name": "A source", "kind": "\\ud800"}'
    body = _assert_json_4xx(_raw_post(api("editor"), "/api/v1/sources/", raw), 400)
    assert "kind" in body


@pytest.mark.parametrize(
    "params",
    [
        {"after": "-1"},
        {"after": str(2**64)},
        {"after": "1" * 2000},
        {"after": "x"},
        {"limit": "0"},
        {"limit": "-5"},
        {"limit": "many"},
        {"event_type": "ClaimExploded"},
        {"stream_type": "planet"},
        {"stream_id": "a\x00b"},
    ],
)
def test_bad_event_feed_parameters_are_400(api: Api, demo: Ids, params: dict[str, str]) -> None:
    _assert_json_4xx(api("reader").get("/api/v1/events/", params), 400)


def test_enormous_limits_are_capped(api: Api, demo: Ids) -> None:
    response = api("reader").get("/api/v1/events/", {"limit": 10**12, "after": 0})
    assert response.status_code == 200
    assert 0 < len(response.json()["results"]) <= 1000
    beyond = api("reader").get("/api/v1/events/", {"after": 2**63 - 1}).json()
    assert beyond["results"] == []
    assert beyond["next_after"] == 2**63 - 1


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/claims/%00/",
        "/api/v1/claims/%ED%A0%80/",
        "/api/v1/claims/" + "a" * 65 + "/",
        "/api/v1/claims/../",
        "/api/v1/sources/%00/",
        "/api/v1/sources/nope/",
    ],
)
def test_odd_ids_in_paths_are_json_404(api: Api, demo: Ids, path: str) -> None:
    _assert_json_4xx(api("reader").get(path), 404, "not_found")


def test_bad_idempotency_keys_are_400(api: Api, demo: Ids) -> None:
    response = api("editor").post(
        "/api/v1/sources/",
        {"name": "A source", "kind": "ngo"},
        format="json",
        HTTP_IDEMPOTENCY_KEY="has spaces",
    )
    body = _assert_json_4xx(response, 400)
    assert "Idempotency-Key" in body


def test_an_unexpected_error_is_a_json_500_without_traceback(
    demo: Ids, tokens: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(services, "note", explode)
    client = APIClient(raise_request_exception=False)
    client.credentials(HTTP_AUTHORIZATION=f"Token {tokens['editor']}")
    response = client.post(
        f"/api/v1/claims/{demo['claim:homicide-rate-2011']}/note/",
        {"text": "x", "expected_version": 1},
        format="json",
    )
    assert response.status_code == 500
    text = response.content.decode()
    assert "Traceback" not in text
    assert "secret internals" not in text
    assert response.json()["detail"] == "Internal server error."
    assert response.json()["code"] == "server_error"
    assert response.json()["request_id"] == response["X-Request-Id"]


def test_a_busy_event_store_is_503_with_retry_after(
    api: Api, demo: Ids, monkeypatch: pytest.MonkeyPatch
) -> None:
    def busy(*args: Any, **kwargs: Any) -> Any:
        raise AppendLockTimeout("lock timeout")

    monkeypatch.setattr(services, "note", busy)
    response = api("editor").post(
        f"/api/v1/claims/{demo['claim:homicide-rate-2011']}/note/",
        {"text": "x", "expected_version": 1},
        format="json",
    )
    assert response.status_code == 503
    assert int(response["Retry-After"]) >= 1
    assert response.json()["detail"]
    assert response.json()["code"] == "unavailable"


@pytest.mark.parametrize(
    ("error", "status", "code"),
    [
        (IntegrityError("duplicate key"), 409, "conflict"),
        (OperationalError("database is locked"), 503, "unavailable"),
        (DataError("value out of range"), 400, "validation_error"),
        (TooManyEvents("too many"), 400, "validation_error"),
        (CommandRejected("No.", None), 400, "command_rejected"),
        (ConcurrencyError("claim-1", 1, 2), 409, "conflict"),
        (Http404(), 404, "not_found"),
        (PermissionDenied(), 403, "permission_denied"),
        (exceptions.MethodNotAllowed("PUT"), 405, "method_not_allowed"),
        (exceptions.Throttled(3), 429, "throttled"),
        (exceptions.NotAuthenticated(), 401, "not_authenticated"),
        (PreconditionRequired(), 428, "precondition_required"),
        (IdempotencyKeyReused(), 422, "idempotency_key_reused"),
        (IdempotencyKeyInProgress(), 409, "idempotency_key_in_progress"),
    ],
)
def test_database_and_domain_errors_map_to_4xx_or_503(
    error: Exception, status: int, code: str
) -> None:
    response = exception_handler(error, {})
    assert response.status_code == status
    assert response.data["detail"]
    assert response.data["code"] == code
    assert code in ERROR_CODES


def _subclasses(cls: type[exceptions.APIException]) -> set[type[exceptions.APIException]]:
    found: set[type[exceptions.APIException]] = set()
    for sub in cls.__subclasses__():
        found |= {sub, *_subclasses(sub)}
    return found


def test_every_api_exception_of_ours_has_a_documented_code() -> None:
    """A new APIException subclass must add its code to ERROR_CODES (and so to the schema)."""
    for module in ("claims.api.views", "claims.api.commands", "claims.api.documents"):
        importlib.import_module(module)
    ours = {
        cls
        for cls in _subclasses(exceptions.APIException)
        if cls.__module__.startswith(("claims.", "tracker."))
    }
    assert len(ours) >= 6
    for cls in ours:
        assert cls.default_code in ERROR_CODES, cls


@pytest.mark.django_db
def test_no_request_field_is_named_like_the_error_keys() -> None:
    """An error body is flat (`detail`, `code`, then one key per invalid field): no field may
    be called `detail` or `code`."""
    schema = APIClient().get("/api/schema/", HTTP_ACCEPT="application/json").json()
    for name, component in schema["components"]["schemas"].items():
        if name.endswith("Request"):
            assert not {"detail", "code"} & set(component.get("properties", {})), name


def test_the_schema_documents_every_code_in_its_error_components(db: Any) -> None:
    schema = APIClient().get("/api/schema/", HTTP_ACCEPT="application/json").json()
    components = schema["components"]["schemas"]
    for name in ("ErrorOutput", "ConflictOutput"):
        assert "code" in components[name]["required"]
    enum = components["ErrorCodeEnum"]
    assert enum["enum"] == list(ERROR_CODES)


@pytest.mark.parametrize("accept", ["text/html", "text/html,application/xhtml+xml", "image/png"])
def test_a_client_asking_only_for_html_gets_json_not_406(api: Api, demo: Ids, accept: str) -> None:
    response = api("reader").get("/api/v1/claims/", HTTP_ACCEPT=accept)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json()["results"]
    missing = api("reader").get("/api/v1/claims/nope/", HTTP_ACCEPT=accept)
    _assert_json_4xx(missing, 404, "not_found")


def test_the_schema_still_negotiates_yaml_and_json(db: Any) -> None:
    yaml = APIClient().get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi")
    assert yaml.status_code == 200
    assert yaml.content.startswith(b"openapi:")
    assert APIClient().get("/api/schema/", {"format": "json"}).json()["openapi"]
    # a format the schema is not written in gets its first one (YAML), as an Accept header does
    other = APIClient().get("/api/schema/", {"format": "html"})
    assert other.status_code == 200
    assert other.content.startswith(b"openapi:")


def test_privileged_fields_in_a_patch_are_ignored(api: Api, demo: Ids) -> None:
    path = f"/api/v1/sources/{demo['source:un']}/"
    response = api("editor").patch(
        path,
        {"url": "https://www.un.org", "id": "hijack", "version": 99, "stats": {"refuted": 0}},
        format="json",
        HTTP_IF_MATCH='"1"',
    )
    assert response.status_code == 200
    body = response.json()
    assert body["id"] == demo["source:un"]
    assert body["version"] == 2
    assert body["stats"]["reported"] == 2


def test_a_refused_choice_is_answered_with_the_values_the_field_takes(api: Api, demo: Ids) -> None:
    client = api("editor")
    hook = client.post(
        "/api/v1/webhooks/",
        {"url": "https://example.org/hook", "events": ["ClaimCorrected"]},
        format="json",
    )
    assert hook.status_code == 400
    [message] = hook.json()["events"]["0"]
    assert message.startswith('"ClaimCorrected" is not a valid choice. Valid choices: *, ')
    assert ", claim.corrected, " in message
    ordering = client.get("/api/v1/claims/", {"ordering": "statement"}).json()["ordering"]
    assert ordering == [
        '"statement" is not a valid choice. Valid choices: created_at, -created_at, updated_at, '
        "-updated_at, status, -status, subject, -subject."
    ]
    status = client.get("/api/v1/claims/", {"status": "bogus"}).json()["status"]
    assert "Valid choices: reported, " in status[0]


@pytest.mark.parametrize(
    ("path", "field", "body"),
    [
        ("/api/v1/documents/", "text", {"text": 5}),
        ("/api/v1/documents/", "publisher", {"text": "Some text.", "publisher": 7}),
        (
            "/api/v1/claims/",
            "statement",
            {"statement": 34.5, "subject": "Guatemala", "attributed_to": "x"},
        ),
        ("/api/v1/sources/", "name", {"name": ["United", "Nations"], "kind": "organization"}),
    ],
)
def test_a_text_field_takes_a_string_only(
    api: Api, demo: Ids, path: str, field: str, body: dict[str, Any]
) -> None:
    """The schema says string: a number or a list is refused with the field named, not
    stored as its digits (DRF's CharField would take 5 as '5')."""
    response = api("editor").post(path, body, format="json")
    assert response.status_code == 400, response.content
    assert response.json()["code"] == "validation_error"
    assert response.json()[field] == ["Not a valid string."]


def test_an_empty_article_says_what_to_do(api: Api, demo: Ids) -> None:
    response = api("contributor").post("/api/v1/documents/", {"text": ""}, format="json")
    assert response.status_code == 400
    assert response.json()["text"] == ["The text is empty: paste the article's text."]


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("/api/v1/claims/?page_size=7238187390131912.0", "page_size"),
        ("/api/v1/claims/?page=2.0", "page"),
        ("/api/v1/sources/?page_size=1e3", "page_size"),
        ("/api/v1/events/?after=0x10", "after"),
        ("/api/v1/events/?limit= 5", "limit"),
    ],
)
def test_an_integer_parameter_is_digits(api: Api, demo: Ids, query: str, field: str) -> None:
    """The schema says integer: '7.0' is refused with the parameter named, not read as 7
    (schemathesis's negative checks found ?page_size=7238187390131912.0 answered 200)."""
    response = api("reader").get(query)
    assert response.status_code == 400, response.content
    assert response.json()[field] == ["A whole number, in digits."]
    assert api("reader").get("/api/v1/claims/?page_size=7&page=1").status_code == 200
    assert api("reader").get("/api/v1/events/?after=0&limit=5").status_code == 200
