"""What the importer reads of the tracker: indicators, the claims a candidate may match, sources.

Every read of claims, indicators and sources by the importer goes through this module, so that
moving to other read paths is a change in one place. Indicators belong to the tracker app,
which claims never imports: they are read through Django's app registry, and an installation
without the tracker simply has none.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from django.apps import apps
from django.db.models import QuerySet
from django.db.models.functions import Lower

from claims.core.models import Claim, Source
from claims.core.selectors import aliases_in
from claims.importing.extraction.compare import norm_phrase
from claims.importing.matching import ClaimFacts, IndicatorFacts

_CLAIM_FIELDS = (
    "id",
    "statement",
    "subject",
    "indicator",
    "amount",
    "unit",
    "qualifier",
    "period_start",
    "period_end",
    "place",
    "attributed_to_id",
    "status",
)


def indicators() -> list[IndicatorFacts]:
    """Every indicator (a handful to a few hundred rows)."""
    try:
        model = apps.get_model("tracker", "Indicator")
    except LookupError:
        return []
    rows = model.objects.values_list("key", "subject", "measure", "unit", "tolerance_pct")
    return [
        IndicatorFacts(str(key), str(subject), str(measure), str(unit), Decimal(str(tolerance)))
        for key, subject, measure, unit, tolerance in rows
    ]


def _facts(row: tuple) -> ClaimFacts:
    values = dict(zip(_CLAIM_FIELDS, row, strict=True))
    return ClaimFacts(
        id=str(values["id"]),
        statement=values["statement"] or "",
        subject=values["subject"] or "",
        indicator=values["indicator"] or None,
        amount=Decimal(values["amount"]),
        unit=values["unit"] or "",
        qualifier=values["qualifier"] or "exact",
        period_start=values["period_start"],
        period_end=values["period_end"],
        place=values["place"] or None,
        attributed_to=values["attributed_to_id"] or None,
        status=values["status"] or "reported",
    )


def _figures() -> QuerySet[Claim]:
    """Claims that carry a figure (a proposition has none, so nothing to match a figure to)."""
    return Claim.objects.filter(amount__isnull=False)


def claims_for(indicator_keys: Iterable[str], units: Iterable[str]) -> list[ClaimFacts]:
    """The claims a set of candidates may relate to, in two queries.

    Claims of the candidates' indicators, and claims without an indicator in one of the
    candidates' units (compared lower-case; the matcher compares the rest).
    """
    keys = sorted({k for k in indicator_keys if k})
    lowered = sorted({u.lower() for u in units if u} | {n for u in units if (n := norm_phrase(u))})
    found: dict[str, ClaimFacts] = {}
    if keys:
        for row in _figures().filter(indicator__in=keys).values_list(*_CLAIM_FIELDS):
            found[str(row[0])] = _facts(row)
    if lowered:
        rows = (
            _figures()
            .filter(indicator__isnull=True)
            .annotate(unit_lower=Lower("unit"))
            .filter(unit_lower__in=lowered)
            .values_list(*_CLAIM_FIELDS)
        )
        for row in rows:
            found[str(row[0])] = _facts(row)
        empty = _figures().filter(indicator="").annotate(unit_lower=Lower("unit"))
        for row in empty.filter(unit_lower__in=lowered).values_list(*_CLAIM_FIELDS):
            found[str(row[0])] = _facts(row)
    return list(found.values())


def claim(claim_id: str) -> ClaimFacts | None:
    """One claim as the matcher reads it, or None."""
    row = _figures().filter(pk=claim_id).values_list(*_CLAIM_FIELDS).first()
    return _facts(row) if row is not None else None


def claim_unit(claim_id: str) -> str | None:
    """A claim's unit (competing figures and corrections are given in it)."""
    return Claim.objects.filter(pk=claim_id).values_list("unit", flat=True).first()


def sources() -> list[tuple[str, ...]]:
    """Every registered source: (id, name, Wikidata id, then its other names)."""
    rows = Source.objects.values_list("id", "name", "wikidata_id", "aliases")
    return [
        (str(pk), str(name), str(wikidata or ""), *aliases_in(aliases))
        for pk, name, wikidata, aliases in rows
    ]


def source_names(ids: Iterable[str]) -> dict[str, str]:
    """Names of the given sources."""
    wanted = [i for i in set(ids) if i]
    if not wanted:
        return {}
    return {
        str(pk): str(name)
        for pk, name in Source.objects.filter(pk__in=wanted).values_list("id", "name")
    }


def claim_labels(ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Statement and status of the given claims, for showing matches."""
    wanted = [i for i in set(ids) if i]
    if not wanted:
        return {}
    rows = Claim.objects.filter(pk__in=wanted).values_list("id", "statement", "status")
    return {str(pk): (str(statement), str(status)) for pk, statement, status in rows}
