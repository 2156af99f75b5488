"""Indicator definitions: created and changed only through these functions."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from django.conf import settings

from claims.core.domain.errors import CommandRejected
from claims.core.domain.values import (
    DEFAULT_HEDGE_BAND_PCT,
    MAX_HEDGE_BAND_PCT,
    clean_text,
    parse_amount,
)
from tracker.indicators import IndicatorDef, SourceCounts, explain, reliability
from tracker.models import Indicator

COUNT_FIELDS = tuple(f.name for f in dataclasses.fields(SourceCounts))

KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,99}$")
MAX_TOLERANCE_PCT = Decimal(1000)


def define_indicator(
    *,
    key: str,
    subject: str,
    measure: str,
    unit: str,
    tolerance_pct: object,
    actor: str,
    hedge_band_pct: object = None,
) -> tuple[Indicator, bool]:
    """Create an indicator definition; an identical existing one is returned unchanged.

    `hedge_band_pct` (optional) gives the series its own hedge band; without one it follows the
    deployment's (CLAIMS_HEDGE_BAND_PCT)."""
    key = clean_text(key, "key", max_len=100)
    if not KEY_PATTERN.match(key):
        raise CommandRejected("Use lowercase letters, digits and hyphens.", "key")
    tolerance = parse_amount(tolerance_pct, "tolerance_pct")
    band = None if hedge_band_pct is None else parse_amount(hedge_band_pct, "hedge_band_pct")
    fields: dict[str, object] = {
        "subject": clean_text(subject, "subject", max_len=200),
        "measure": clean_text(measure, "measure", max_len=200),
        "unit": clean_text(unit, "unit", max_len=100),
        "tolerance_pct": tolerance,
        "hedge_band_pct": band,
    }
    if not Decimal(0) <= tolerance <= MAX_TOLERANCE_PCT:
        raise CommandRejected("Tolerance must be between 0 and 1000 percent.", "tolerance_pct")
    if band is not None and not Decimal(0) <= band <= MAX_HEDGE_BAND_PCT:
        raise CommandRejected(
            f"The hedge band must be between 0 and {MAX_HEDGE_BAND_PCT} percent.", "hedge_band_pct"
        )
    existing = Indicator.objects.filter(key=key).first()
    if existing is not None:
        same = all(getattr(existing, name) == value for name, value in fields.items())
        if same:
            return existing, False
        raise CommandRejected(f"Indicator {key!r} already exists.", "key")
    return Indicator.objects.create(key=key, created_by=actor, **fields), True


def deployment_band() -> Decimal:
    """The hedge band of indicators that set none (CLAIMS_HEDGE_BAND_PCT)."""
    return Decimal(getattr(settings, "CLAIMS_HEDGE_BAND_PCT", DEFAULT_HEDGE_BAND_PCT))


def hedge_band(row: Indicator) -> Decimal:
    """The hedge band an indicator's series is computed with: its own, else the deployment's."""
    return row.hedge_band_pct if row.hedge_band_pct is not None else deployment_band()


def definition(row: Indicator) -> IndicatorDef:
    """What the pure computation needs to know about an indicator."""
    return IndicatorDef(
        key=row.key,
        unit=row.unit,
        tolerance_pct=row.tolerance_pct,
        hedge_band_pct=hedge_band(row),
    )


def indicator_exists(key: str) -> bool:
    return Indicator.objects.filter(key=key).exists()


def indicator_tolerances() -> dict[str, Decimal]:
    """Every indicator key with its tolerance, in percent of the median."""
    return dict(Indicator.objects.values_list("key", "tolerance_pct"))


def source_counts(stats: Mapping[str, int]) -> SourceCounts:
    """A source's record from its stats (SourceCounts' fields; missing ones count 0)."""
    return SourceCounts(**{name: int(stats.get(name, 0)) for name in COUNT_FIELDS})


def source_reliability(stats: Mapping[str, int]) -> Decimal:
    """Score a source from its record (registered with claims as its source scorer).

    The formula is documented in tracker/indicators.py (`reliability`).
    """
    return reliability(source_counts(stats))


def source_explanation(stats: Mapping[str, int]) -> dict[str, Any]:
    """How a source's score was reached (registered with its scorer)."""
    return explain(source_counts(stats))
