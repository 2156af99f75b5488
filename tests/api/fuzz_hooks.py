"""Schemathesis hooks: what the schema documents but JSON Schema cannot state about a request.

Loaded by `schemathesis.toml` (so `schemathesis run http://…/api/schema/` from the repository's
root uses them) and by tests/api/test_fuzz.py. No Django here: the CLI imports this module.

A schema-valid request (a "positive" case) may still be refused, for reasons the schema documents
in words but cannot state as a constraint on one request. Each such refusal has its own `code`:

- `command_rejected` (400): the resource as it stands refuses the command (the claim's status
  forbids it, or an id the request names does not exist);
- `idempotency_key_reused` (422): the Idempotency-Key was used before with another request;
- `command_id_reused` (409): the body's command_id was used before with another request;
- `invalid_file` (400): an uploaded file is not a CSV in the export's columns, or has rows that
  do not validate (the schema can say "a file", not "a CSV whose rows are valid claims");
- `invalid_combination` (400): values valid one by one do not go together (a period that ends
  before it starts; If-Match and expected_version that differ; `"*"` beside other event types);
- `url_refused` (400): a webhook URL the server will not call (plain http without the setting
  that allows it, a user name in it, a host that is no public address: settings and DNS decide);
- `language_refused` (400): an article's text in a language the importer does not read; the
  schema can say "a string", not "English or Spanish prose" (the language is detected);
- `precondition_required` (428), when the request gives its version neither in `If-Match` nor
  in `expected_version` (the operation's `x-version-precondition`: one of them is required).

`filter_failure` drops the "schema-valid request rejected" failure (ST202) of exactly those
answers; every other failure stands. In particular a 400 `validation_error` for a schema-valid
request still fails: that is the schema not telling the truth.

An Idempotency-Key names one request, and a client sends a new one with each new request.
Generated keys repeat (short strings are drawn often), so most writes would be answered as
replays or 422s and the fuzzer would seldom get past them: `before_call` makes every key that
matches the schema's pattern unique (a suffix, still matching it). Keys that do not match are
left as they are, so that they are still refused. A body's `command_id` (a UUID, remembered for
good) likewise names one command: `before_call` gives every valid one a fresh UUID.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping
from typing import Any

import schemathesis
from schemathesis import checks
from schemathesis.openapi.checks import RejectedPositiveData

# `--checks all` for the Python API: every check schemathesis has (object_level_authorization
# compares two users' credentials when they are configured, and finds nothing without them).
EVERY_CHECK = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
    checks.response_headers_conformance,
    checks.negative_data_rejection,
    checks.positive_data_acceptance,
    checks.missing_required_header,
    checks.unsupported_method,
    checks.allow_header_conformance,
    checks.use_after_free,
    checks.ensure_resource_availability,
    checks.ignored_auth,
    checks.object_level_authorization,
]
PRECONDITION = "x-version-precondition"
IDEMPOTENCY_KEY = "idempotency-key"
SUFFIX = 33  # "." and 32 hex digits
# Codes of refusals the schema documents but cannot state (claims/api/errors.py).
UNSTATABLE = {
    "command_rejected",
    "idempotency_key_reused",
    "command_id_reused",
    "invalid_combination",
    "invalid_file",
    "url_refused",
    "language_refused",
}
COMMAND_ID = "command_id"


def answer_code(response: Any) -> str | None:
    """The `code` of a JSON error answer, if it has one."""
    try:
        body = json.loads(response.content or b"null")
    except (ValueError, UnicodeDecodeError):
        return None
    code = body.get("code") if isinstance(body, dict) else None
    return code if isinstance(code, str) else None


def _header(headers: Mapping[str, Any] | None, name: str) -> Any:
    for key, value in (headers or {}).items():
        if key.lower() == name.lower():
            return value
    return None


def gives_version(case: Any, precondition: Mapping[str, Any]) -> bool:
    """Whether the case sends its version in one of the ways the precondition documents."""
    for way in precondition.get("oneOf", []):
        if way.get("in") == "header" and _header(case.headers, way["name"]) is not None:
            return True
        body = case.body if isinstance(case.body, Mapping) else {}
        if way.get("in") == "body" and body.get(way["name"]) is not None:
            return True
    return False


@schemathesis.hook
def filter_failure(ctx: Any, failure: Any, case: Any, response: Any) -> bool:
    """Keep every failure but a schema-valid request refused for a documented reason."""
    if not isinstance(failure, RejectedPositiveData):
        return True
    code = answer_code(response)
    if code in UNSTATABLE:
        return False
    if code == "precondition_required":
        precondition = case.operation.definition.raw.get(PRECONDITION)
        return not precondition or gives_version(case, precondition)
    return True


def fresh_command_id(case: Any) -> None:
    body = case.body
    if not isinstance(body, dict) or not isinstance(body.get(COMMAND_ID), str):
        return
    try:
        uuid.UUID(body[COMMAND_ID])
    except ValueError:
        return  # not a UUID: left as it is, to be refused
    body[COMMAND_ID] = str(uuid.uuid4())


@schemathesis.hook
def before_call(ctx: Any, case: Any, kwargs: dict[str, Any]) -> None:
    """Make each Idempotency-Key that matches the schema's pattern, and each valid
    command_id, unique (see above)."""
    fresh_command_id(case)
    if not isinstance(case.headers, dict):
        return
    for parameter in case.operation.definition.raw.get("parameters", []):
        if parameter.get("in") != "header" or parameter.get("name", "").lower() != IDEMPOTENCY_KEY:
            continue
        schema = parameter.get("schema", {})
        for name, value in case.headers.items():
            if name.lower() != IDEMPOTENCY_KEY or not isinstance(value, str):
                continue
            fresh = f"{value[: schema.get('maxLength', 255) - SUFFIX]}.{uuid.uuid4().hex}"
            pattern = schema.get("pattern")
            if pattern and re.search(pattern, value) and re.search(pattern, fresh):
                case.headers[name] = fresh
