"""The OpenAPI schema's truth: what each operation accepts and answers, said once for all.

- `ApiSchema` (every API view's schema class) tags operations by resource, marks reads as
  possible without credentials, and gives every text a request may carry the pattern the
  server holds it to: no NUL character, and, where a blank text is refused, at least one
  character that is not white space (as Python's `str.strip` counts it).
- `responses()` adds the documented error answers (their body: `detail` and `code`).
- `postprocess` (a drf-spectacular hook) runs over the finished schema: an operation that
  takes `If-Match` and a body with `expected_version` gets the extension
  `x-version-precondition` and its description says that one of them is required (neither:
  428; both and different: 400); and OpenAPI links join every answer that carries a resource
  (`id`, `version`) to the operations that take its id, and a list's first item likewise, so a
  client or a fuzzer can walk from creating a claim to every command on it.
"""

from __future__ import annotations

import re
from typing import Any

from django.core.validators import RegexValidator
from django.urls import reverse
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse
from rest_framework import serializers
from rest_framework.permissions import SAFE_METHODS

from claims.api.idempotency import COMMAND_ID
from claims.api.idempotency import HEADER as IDEMPOTENCY_HEADER
from claims.api.query import OrderingField
from claims.api.serializers import ConflictOutput, ErrorOutput, NotBlank
from claims.core.domain.values import WHITESPACE_CHARS

ERROR_DESCRIPTIONS = {
    400: "Invalid input, or a command the claim's status does not allow: `detail` and a list "
    "of messages per field.",
    401: "No valid credentials (send `Authorization: Token <token>`).",
    403: "Your role does not allow this (or CSRF failed on a session request).",
    404: "No such resource (or, with `as_of`, it did not exist yet).",
    409: "The resource changed since the version you sent (`current_version` tells where it is), "
    "a request with this Idempotency-Key or command_id is still running, or this command_id "
    "was used before with another request (`command_id_reused`).",
    412: "Precondition failed.",
    413: "The request body is too large.",
    415: "Send `Content-Type: application/json`.",
    422: "This Idempotency-Key was already used with a different request.",
    428: 'No version given: send `If-Match: "<version>"` or `expected_version`.',
    429: "Too many requests: wait for the seconds in Retry-After.",
    503: "The event store is busy: retry after the seconds in Retry-After.",
}

# The version a change is based on, as If-Match carries it: the number, quoted (a weak `W/`
# prefix, missing quotes and surrounding spaces are tolerated). Nine digits at most: no claim
# or source reaches a billion versions, and a bigger number could not be a stale one either.
IF_MATCH_PATTERN = r'^[ \t]*(?:W/)?"?([0-9]{1,9})"?[ \t]*$'
VERSION_PRECONDITION = "x-version-precondition"
VERSION_HEADER = "If-Match"
VERSION_FIELD = "expected_version"

READ_ERRORS = (400, 401, 403, 429)
DETAIL_ERRORS = (400, 401, 403, 404, 429)
CREATE_ERRORS = (400, 401, 403, 413, 415, 422, 429, 503)
COMMAND_ERRORS = (400, 401, 403, 404, 409, 413, 415, 422, 428, 429, 503)
PATCH_ERRORS = (400, 401, 403, 404, 409, 413, 415, 428, 429, 503)


def responses(ok: dict[int, Any], errors: tuple[int, ...]) -> dict[int, Any]:
    """Combine the success answers with documented error answers."""
    out: dict[int, Any] = dict(ok)
    for code in errors:
        serializer = ConflictOutput if code == 409 else ErrorOutput
        out[code] = OpenApiResponse(serializer, description=ERROR_DESCRIPTIONS[code])
    return out


IF_MATCH = OpenApiParameter(
    VERSION_HEADER,
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    required=False,
    pattern=IF_MATCH_PATTERN,
    description='The version the change is based on, quoted: `"3"` (or send `expected_version` '
    "in the body; one of the two is required).",
)
IDEMPOTENCY_KEY = OpenApiParameter(
    IDEMPOTENCY_HEADER,
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    required=False,
    pattern=r"^[!-~]{1,255}$",
    description="Any unique string; a retry with the same key and body replays the first answer "
    "without appending again (same key, other body: 422). Keys are per user and expire after "
    "CLAIMS_IDEMPOTENCY_TTL_HOURS (24 by default).",
)


# White space as Python's str.strip() sees it (which DRF's trimming and the domain use).
WHITESPACE = WHITESPACE_CHARS
NO_NUL = r"^[^\x00]*$"
NOT_BLANK = rf"^[^\x00]*[^\x00{WHITESPACE}][^\x00]*$"


def text_pattern(field: serializers.CharField) -> str:
    """The pattern of what a text field accepts, beyond its length."""
    if field.trim_whitespace and not field.allow_blank:
        return NOT_BLANK
    if any(isinstance(v, NotBlank) for v in field.validators):
        return NOT_BLANK
    return NO_NUL


class ApiSchema(AutoSchema):
    """Tag operations by resource; mark reads as possible without credentials; declare the
    patterns of texts (see the module docstring)."""

    def get_tags(self) -> list[str]:
        parts = [p for p in self.path.split("/") if p and not p.startswith("{")]
        return [parts[2] if len(parts) > 2 else "api"]

    def get_auth(self) -> list[dict[str, Any]]:
        auths: list[dict[str, Any]] = super().get_auth()
        if auths and self.method in SAFE_METHODS and {} not in auths:
            auths.append({})
        return auths

    def _map_serializer_field(
        self, field: Any, direction: Any, bypass_extensions: bool = False
    ) -> Any:
        schema = super()._map_serializer_field(field, direction, bypass_extensions)
        if direction != "request" or not isinstance(schema, dict):
            return schema
        if (
            isinstance(field, serializers.CharField)
            and schema.get("type") == "string"
            and not {"enum", "pattern", "format"} & set(schema)
            and not any(isinstance(v, RegexValidator) for v in field.validators)
        ):
            schema["pattern"] = text_pattern(field)
        if getattr(field, "refers_to", None):
            schema[REFERS_TO] = field.refers_to
        if isinstance(field, OrderingField):
            schema["x-enum-varnames"] = field.enum_names()
        return schema

    def _insert_field_validators(self, field: Any, schema: dict[str, Any]) -> None:
        super()._insert_field_validators(field, schema)
        # A text that may be blank and has a pattern is written as "the pattern, or empty";
        # where the pattern takes the empty text too, that is one alternative, not two (two
        # would make "" match both, which `oneOf` refuses).
        alternatives = schema.get("oneOf", [])
        if len(alternatives) == 2 and alternatives[1] == {"type": "string", "maxLength": 0}:
            inner = alternatives[0]
            if "pattern" in inner and re.search(inner["pattern"], "") is not None:
                del schema["oneOf"]
                schema.update(inner)


def _header(name: str, codes: list[int], description: str) -> OpenApiParameter:
    return OpenApiParameter(
        name, OpenApiTypes.STR, OpenApiParameter.HEADER, description=description, response=codes
    )


ETAG = _header("ETag", [200, 304], 'The version of what was answered, quoted: `"3"`.')
IF_NONE_MATCH = OpenApiParameter(
    "If-None-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    required=False,
    description='ETags the client holds (`"3"`, a list, or `*`): when one is current the '
    "answer is 304 with no body.",
)
NOT_MODIFIED = {304: OpenApiResponse(description="Not modified: the ETag you hold is current.")}
ETAG_CREATED = _header("ETag", [201], 'The version of what was created: `"1"`.')
LOCATION = _header("Location", [201], "The URL of what was created.")
RETRY_AFTER_READ = _header("Retry-After", [429], "Seconds to wait before retrying.")
RETRY_AFTER_WRITE = _header("Retry-After", [429, 503], "Seconds to wait before retrying.")


# --- Postprocessing: the version precondition, and links --------------------------------------

REFERS_TO = "x-refers-to"  # on a request body's property: the collection path whose ids it takes
PRECONDITION_NOTE = (
    'One of `If-Match: "<version>"` and `expected_version` is required: with neither the '
    "answer is 428; with both, they must agree (else 400). A stale version answers 409."
)


def postprocess(result: dict[str, Any], generator: Any, request: Any, public: bool) -> Any:
    """drf-spectacular postprocessing hook (see the module docstring)."""
    schemas = result.get("components", {}).get("schemas", {})
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            _version_precondition(operation, schemas)
            _implied_errors(operation, schemas)
    _links(result["paths"], schemas)
    return result


def _implied_errors(operation: dict[str, Any], schemas: dict[str, Any]) -> None:
    """Document the answers an operation's inputs imply, where its view did not list them: a
    path parameter can name nothing (404); a body can be malformed, too large or not JSON
    (400, 413, 415); query parameters can be invalid (400); an Idempotency-Key can be in use or
    reused (409, 422); a command_id can be in use or reused (409); a version precondition can
    be missing or stale (400, 409, 428)."""
    places = {p["in"] for p in operation.get("parameters", [])}
    headers = {p["name"] for p in operation.get("parameters", []) if p["in"] == "header"}
    implied: set[int] = set()
    if "path" in places:
        implied.add(404)
    if "query" in places:
        implied.add(400)
    if "requestBody" in operation:
        implied |= {400, 413, 415}
    if IDEMPOTENCY_HEADER in headers:
        implied |= {409, 422}
    if COMMAND_ID in _body_schema(operation, schemas).get("properties", {}):
        implied.add(409)
    if VERSION_PRECONDITION in operation:
        implied |= {400, 409, 428}
    answers = operation.setdefault("responses", {})
    for code in sorted(implied):
        if str(code) not in answers:
            component = "ConflictOutput" if code == 409 else "ErrorOutput"
            answers[str(code)] = {
                "description": ERROR_DESCRIPTIONS[code],
                "content": {
                    "application/json": {"schema": {"$ref": f"#/components/schemas/{component}"}}
                },
            }


def _body_schema(operation: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    """The JSON request body's schema of an operation (resolved), or {}."""
    content = operation.get("requestBody", {}).get("content", {})
    return _resolve(content.get("application/json", {}).get("schema", {}), schemas)


def _resolve(schema: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref", "")
    return dict(schemas.get(ref.rsplit("/", 1)[-1], {})) if ref else schema


def _version_precondition(operation: dict[str, Any], schemas: dict[str, Any]) -> None:
    headers = {p["name"] for p in operation.get("parameters", []) if p["in"] == "header"}
    properties = _body_schema(operation, schemas).get("properties", {})
    if VERSION_HEADER not in headers or VERSION_FIELD not in properties:
        return
    operation[VERSION_PRECONDITION] = {
        "oneOf": [{"in": "header", "name": VERSION_HEADER}, {"in": "body", "name": VERSION_FIELD}],
        "missing": 428,
        "different": 400,
    }
    description = operation.get("description", "")
    operation["description"] = f"{description}\n\n{PRECONDITION_NOTE}".strip()


def _answers(operation: dict[str, Any]) -> dict[str, str]:
    """status -> the component name of each success answer's JSON body."""
    found = {}
    for status, response in operation.get("responses", {}).items():
        ref = response.get("content", {}).get("application/json", {}).get("schema", {})
        if status.startswith("2") and "$ref" in ref:
            found[status] = ref["$ref"].rsplit("/", 1)[-1]
    return found


def _links(paths: dict[str, Any], schemas: dict[str, Any]) -> None:
    """Link every answer that carries a resource to the operations that take its id."""
    # A resource's collection: the path (without parameters) where a POST creates it (201).
    collections = {}
    for path, operations in paths.items():
        created = _answers(operations.get("post", {})).get("201")
        resource = schemas.get(created or "", {}).get("properties", {})
        if created and "{" not in path and {"id", "version"} <= set(resource):
            collections[created] = path
    # Ways to an id in an answer: the resource itself, or the first item of a page of them.
    pointers: dict[str, tuple[str, str]] = {}
    for name, component in schemas.items():
        if name in collections:
            pointers[name] = (collections[name], "")
        items = component.get("properties", {}).get("results", {}).get("items", {})
        item = items.get("$ref", "").rsplit("/", 1)[-1]
        if item in collections:
            pointers[name] = (collections[item], "/results/0")
    for operations in paths.values():
        for operation in operations.values():
            for status, answer in _answers(operation).items():
                if answer in pointers:
                    collection, at = pointers[answer]
                    links = _links_to(paths, schemas, collection, at)
                    if links:
                        operation["responses"][status]["links"] = links


def _links_to(
    paths: dict[str, Any], schemas: dict[str, Any], collection: str, at: str
) -> dict[str, Any]:
    """Links from an answer holding a resource of `collection` (at JSON pointer `at`)."""
    links: dict[str, Any] = {}
    for path, operations in paths.items():
        for method, target in operations.items():
            if method not in {"get", "post", "put", "patch", "delete"}:
                continue
            if path.startswith(collection + "{"):
                param = path[len(collection) + 1 :].split("}", 1)[0]
                link: dict[str, Any] = {
                    "operationId": target["operationId"],
                    "parameters": {f"path.{param}": f"$response.body#{at}/id"},
                }
                if VERSION_PRECONDITION in target:
                    version = f"$response.body#{at}/version"
                    link["parameters"][f"header.{VERSION_HEADER}"] = f'"{{{version}}}"'
                    link["requestBody"] = {VERSION_FIELD: version}
                links[target["operationId"]] = link
                continue
            if "{" in path:
                continue  # its other ids would be unknown: only creations take ids this way
            properties = _body_schema(target, schemas).get("properties", {})
            taken = {
                name: f"$response.body#{at}/id"
                for name, prop in properties.items()
                if _collection_path(prop.get(REFERS_TO)) == collection
            }
            if taken:
                links[f"{target['operationId']}_{'_'.join(taken)}"] = {
                    "operationId": target["operationId"],
                    "requestBody": taken,
                }
    return links


def _collection_path(url_name: str | None) -> str | None:
    return reverse(url_name) if url_name else None
