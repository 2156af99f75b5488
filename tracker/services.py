"""Indicator definitions: created and changed only through these functions."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from decimal import Decimal

from claims.core.domain.errors import CommandRejected
from claims.core.domain.values import clean_text, parse_amount
from tracker.indicators import SourceCounts, reliability
from tracker.models import Indicator

COUNT_FIELDS = tuple(f.name for f in dataclasses.fields(SourceCounts))

KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,99}$")
MAX_TOLERANCE_PCT = Decimal(1000)


def define_indicator(
    *, key: str, subject: str, measure: str, unit: str, tolerance_pct: object, actor: str
) -> tuple[Indicator, bool]:
    """Create an indicator definition; an identical existing one is returned unchanged."""
    key = clean_text(key, "key", max_len=100)
    if not KEY_PATTERN.match(key):
        raise CommandRejected("Use lowercase letters, digits and hyphens.", "key")
    tolerance = parse_amount(tolerance_pct, "tolerance_pct")
    fields: dict[str, object] = {
        "subject": clean_text(subject, "subject", max_len=200),
        "measure": clean_text(measure, "measure", max_len=200),
        "unit": clean_text(unit, "unit", max_len=100),
        "tolerance_pct": tolerance,
    }
    if not Decimal(0) <= tolerance <= MAX_TOLERANCE_PCT:
        raise CommandRejected("Tolerance must be between 0 and 1000 percent.", "tolerance_pct")
    existing = Indicator.objects.filter(key=key).first()
    if existing is not None:
        same = all(getattr(existing, name) == value for name, value in fields.items())
        if same:
            return existing, False
        raise CommandRejected(f"Indicator {key!r} already exists.", "key")
    return Indicator.objects.create(key=key, created_by=actor, **fields), True


def indicator_exists(key: str) -> bool:
    return Indicator.objects.filter(key=key).exists()


def indicator_tolerances() -> dict[str, Decimal]:
    """Every indicator key with its tolerance, in percent of the median."""
    return dict(Indicator.objects.values_list("key", "tolerance_pct"))


def source_reliability(stats: Mapping[str, int]) -> Decimal:
    """Score a source from its claim counts (registered with claims as its source scorer).

    Keys: reported, confirmed, corrected, refuted, retracted, disputed (missing ones count 0).
    The formula is documented in tracker/indicators.py (`reliability`).
    """
    counts = SourceCounts(**{name: int(stats.get(name, 0)) for name in COUNT_FIELDS})
    return reliability(counts)
