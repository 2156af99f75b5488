"""The query parameters of the claim, source and citation lists (and of a claim read `as_of` a
moment):
validated here (400 naming each bad one), documented from the same serializers, and applied by
the selectors."""

from __future__ import annotations

import datetime as dt
from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.api.choices import ChoiceField
from claims.api.pagination import PageQuery
from claims.api.query import Query, ordering_field
from claims.api.serializers import CLAIM_STATUSES, MOMENT_PATTERN, Moment
from claims.core import selectors, validtime
from claims.core.domain.source import SOURCE_KINDS

BOOLEANS = ["true", "false"]


@extend_schema_field(
    {
        "anyOf": [
            {"type": "string", "format": "date"},
            {"type": "string", "format": "date-time", "pattern": MOMENT_PATTERN},
        ],
        "description": "A date (its end, UTC) or a date-time.",
    }
)
class KnownAtField(serializers.Field):
    """A moment of valid time: a date-time, or a bare date meaning the end of that day (UTC)."""

    default_error_messages = {"invalid": "Enter a date (YYYY-MM-DD) or an ISO 8601 date-time."}

    def to_internal_value(self, data: Any) -> dt.datetime:
        text = str(data).strip() if isinstance(data, str) else ""
        if len(text) == 10:
            try:
                return validtime.known_moment(dt.date.fromisoformat(text))
            except ValueError:
                self.fail("invalid")
        try:
            moment = Moment().to_internal_value(text)
        except serializers.ValidationError as exc:
            if any(getattr(d, "code", "") == "edge" for d in exc.detail):
                raise  # (a date-time, but out of the range held: the Moment says which)
            self.fail("invalid")
        return validtime.known_moment(moment)

    def to_representation(self, value: Any) -> Any:
        return value


class AsOfQuery(Query):
    as_of = Moment(
        required=False,
        help_text="Answer as the tracker held it at this moment of transaction time.",
    )
    known_at = KnownAtField(
        required=False,
        help_text="Answer as the reports said it by this moment of valid time (events that "
        "occurred at or before it, folded in order); a bare date is the end of that day (UTC). "
        "Combines with as_of.",
    )


def _text(max_length: int, help_text: str) -> serializers.CharField:
    """A free-text filter: empty filters nothing."""
    return serializers.CharField(
        max_length=max_length, required=False, allow_blank=True, help_text=help_text
    )


class ClaimListQuery(PageQuery, AsOfQuery):
    """Pagination, as_of, filters and order of the claim list."""

    status = ChoiceField(
        choices=CLAIM_STATUSES, required=False, help_text="Claims with this status."
    )
    subject = _text(200, "Claims about this subject (exact).")
    indicator = _text(100, "Claims feeding this indicator key.")
    attributed_to = _text(64, "Claims made by this source id.")
    disputed = ChoiceField(
        choices=BOOLEANS,
        required=False,
        help_text="true: claims with an open dispute or status disputed; false: the others.",
    )
    period_start = serializers.DateField(
        required=False, help_text="Claims whose period ends on or after."
    )
    period_end = serializers.DateField(
        required=False, help_text="Claims whose period starts on or before."
    )
    q = _text(200, "Text in the statement, subject or place.")
    ordering = ordering_field(selectors.CLAIM_ORDERINGS, selectors.DEFAULT_CLAIM_ORDERING)


class SourceListQuery(PageQuery):
    """Pagination, filters and order of the source list."""

    kind = ChoiceField(
        choices=list(SOURCE_KINDS), required=False, help_text="Sources of this kind."
    )
    q = _text(200, "Text in the name or in one of the other names, letter case and accents aside.")
    ordering = ordering_field(selectors.SOURCE_ORDERINGS, selectors.DEFAULT_SOURCE_ORDERING)


class CitationListQuery(PageQuery):
    """Pagination and filters of the citation list (in the order citations were recorded)."""

    claim = _text(64, "Citations of this claim id.")
    url = _text(2000, "Citations from this exact published URL.")
    stale = ChoiceField(
        choices=BOOLEANS,
        required=False,
        help_text="true: citations whose claim changed materially (status, statement, value or "
        "bounds) since the version they cited or were last acknowledged at; false: the others.",
    )


def citation_filters(query: dict[str, Any]) -> dict[str, Any]:
    """The arguments of `selectors.citation_list` for these validated parameters."""
    return {
        "claim": query.get("claim", ""),
        "url": query.get("url", ""),
        "stale": {"true": True, "false": False}.get(query.get("stale", "")),
    }


def claim_filters(query: dict[str, Any]) -> selectors.ClaimFilters:
    """What the claim list shows for these validated parameters."""
    return selectors.ClaimFilters(
        status=query.get("status", ""),
        subject=query.get("subject", ""),
        indicator=query.get("indicator", ""),
        attributed_to=query.get("attributed_to", ""),
        disputed={"true": True, "false": False}.get(query.get("disputed", "")),
        period_start=query.get("period_start"),
        period_end=query.get("period_end"),
        q=query.get("q", ""),
        as_of=query.get("as_of"),
        known_at=query.get("known_at"),
        ordering=query["ordering"],
    )
