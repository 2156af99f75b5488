"""A JSON parser that keeps numbers exact and refuses what JSON should not carry.

Floats become `Decimal` (so `34.5` never passes through a binary float and `1e999999` is just a
big decimal, refused later by the amount field), `NaN`/`Infinity` are refused, and oversized,
badly encoded or too deeply nested bodies are a 400/413, never a 500.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, NoReturn

from django.conf import settings
from rest_framework import status
from rest_framework.exceptions import APIException, ParseError
from rest_framework.parsers import BaseParser, get_encoding  # type: ignore[attr-defined]


class PayloadTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "The request body is too large."
    default_code = "payload_too_large"


def _refuse_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a number JSON allows.")


def loads(text: str) -> Any:
    """Parse JSON text with exact decimals; raise ValueError on NaN, Infinity or bad input."""
    return json.loads(text, parse_float=Decimal, parse_constant=_refuse_constant)


class StrictJSONParser(BaseParser):
    media_type = "application/json"

    def parse(
        self,
        stream: Any,
        media_type: str | None = None,
        parser_context: Mapping[str, Any] | None = None,
    ) -> Any:
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        # The WSGI stream is not bounded by DATA_UPLOAD_MAX_MEMORY_SIZE (only request.body is).
        raw = stream.read(limit + 1) if limit is not None else stream.read()
        if limit is not None and len(raw) > limit:
            raise PayloadTooLarge()
        encoding = get_encoding(parser_context or {})
        try:
            return loads(raw.decode(encoding))
        except UnicodeDecodeError:
            raise ParseError(f"The request body is not valid {encoding}.") from None
        except RecursionError:
            raise ParseError("JSON parse error - the document is nested too deeply.") from None
        except ValueError as exc:
            raise ParseError(f"JSON parse error - {str(exc)[:200]}") from None
