"""What other apps build their API endpoints from (claims' public API face).

The tracker's indicator endpoints use these, so they answer exactly like the claims endpoints:
the same base view (parsers, renderer, roles, throttles), pagination, Idempotency-Key handling,
documented error answers, input fields, the as_of/known_at query, and CSV answers.
"""

from claims.api.base import ApiView, validated
from claims.api.choices import ChoiceField
from claims.api.idempotency import idempotent
from claims.api.pagination import PageQuery, paginate
from claims.api.publish import (
    CSV_FORMAT,
    CSV_RESPONSE,
    CsvCapable,
    csv_chunks,
    csv_response,
    json_only,
    wants_csv,
)
from claims.api.schema import (
    CREATE_ERRORS,
    DETAIL_ERRORS,
    IDEMPOTENCY_KEY,
    READ_ERRORS,
    responses,
)
from claims.api.serializers import AmountField, text
from claims.api.views import AsOfQuery
from claims.core.roles import CONTRIBUTOR, EDITOR, READER

__all__ = [
    "CONTRIBUTOR",
    "CREATE_ERRORS",
    "CSV_FORMAT",
    "CSV_RESPONSE",
    "DETAIL_ERRORS",
    "EDITOR",
    "IDEMPOTENCY_KEY",
    "READER",
    "READ_ERRORS",
    "AmountField",
    "ApiView",
    "AsOfQuery",
    "ChoiceField",
    "CsvCapable",
    "PageQuery",
    "csv_chunks",
    "csv_response",
    "idempotent",
    "json_only",
    "paginate",
    "responses",
    "text",
    "validated",
    "wants_csv",
]
