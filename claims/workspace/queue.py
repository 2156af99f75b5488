"""The review queue: claims that need an editor's decision, oldest first.

A claim is in the queue while it is live (not refuted or retracted) and

- its status is `disputed` (also when a dispute was upheld without accepting a figure: it is
  settled as contested and awaits a verdict — confirm, correct, refute or retract), or
- it has an open dispute, or
- its competing figures (not rejected) spread wider than its indicator's tolerance, measured
  like the indicator worker does: (highest − lowest) / |median| × 100, until an editor has
  confirmed one of them. A claim without an indicator, or whose indicator is unknown, has no
  tolerance: any disagreement between its figures counts.

"Waiting since" is when the oldest reason appeared: the earliest open dispute, the latest
change of a contested claim, or the earliest competing figure.
"""

from __future__ import annotations

import datetime as dt
import decimal
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Count, F, Max, Min, Q

from claims.core import models, registry

FINAL_STATUSES = ("refuted", "retracted")
_CONTEXT = decimal.Context(prec=80)
PCT = Decimal("0.01")


@dataclass(slots=True)
class QueueItem:
    claim: models.Claim
    reasons: list[str] = field(default_factory=list)
    waiting_since: dt.datetime | None = None
    spread_pct: Decimal | None = None
    tolerance_pct: Decimal | None = None
    too_wide: bool = False
    sources: set[str] = field(default_factory=set)

    def _since(self, moment: dt.datetime | None) -> None:
        if moment is not None and (self.waiting_since is None or moment < self.waiting_since):
            self.waiting_since = moment


@dataclass(frozen=True, slots=True)
class Filters:
    mine: bool = False
    indicator: str = ""
    subject: str = ""
    source: str = ""

    @classmethod
    def from_query(cls, query: Mapping[str, str]) -> Filters:
        return cls(
            mine=query.get("mine") in ("1", "true", "yes"),
            indicator=query.get("indicator", "")[:100],
            subject=query.get("subject", "")[:200],
            source=query.get("source", "")[:64],
        )

    @property
    def active(self) -> bool:
        return bool(self.mine or self.indicator or self.subject or self.source)


def spread_pct(amounts: Iterable[Decimal]) -> Decimal | None:
    """(max − min) / |median| × 100, to 0.01; None when the median is 0."""
    ordered = sorted(amounts)
    mid = len(ordered) // 2
    median = (
        ordered[mid]
        if len(ordered) % 2
        else _CONTEXT.divide(_CONTEXT.add(ordered[mid - 1], ordered[mid]), Decimal(2))
    )
    if median == 0:
        return None
    spread = _CONTEXT.subtract(ordered[-1], ordered[0])
    return _CONTEXT.multiply(_CONTEXT.divide(spread, abs(median)), 100).quantize(PCT)


def _live() -> Any:
    return models.Claim.objects.exclude(status__in=FINAL_STATUSES)


def items() -> list[QueueItem]:
    """Every claim in the queue (unfiltered), oldest first."""
    found: dict[str, QueueItem] = {}

    def item(claim: models.Claim) -> QueueItem:
        if claim.pk not in found:
            found[claim.pk] = QueueItem(claim=claim)
        return found[claim.pk]

    disputed = _live().filter(Q(status="disputed") | Q(open_disputes__gt=0))
    open_since = dict(
        models.Dispute.objects.filter(claim__in=disputed, status="open")
        .values("claim_id")
        .annotate(first=Min("opened_at"))
        .values_list("claim_id", "first")
    )
    for claim in disputed.select_related("attributed_to"):
        entry = item(claim)
        if claim.open_disputes:
            n = claim.open_disputes
            entry.reasons.append("Open dispute" if n == 1 else f"{n} open disputes")
            entry._since(open_since.get(claim.pk))
        else:
            entry.reasons.append("Contested: awaits a verdict")
            entry._since(claim.updated_at)

    _add_spread(item)
    _add_sources(found)
    ordered = sorted(
        found.values(),
        key=lambda i: (i.waiting_since or i.claim.created_at, i.claim.created_at, i.claim.pk),
    )
    return ordered


def _add_spread(item: Any) -> None:
    live_figures = models.Figure.objects.filter(claim__in=_live()).exclude(status="rejected")
    candidates = (
        live_figures.values("claim_id")
        .annotate(n=Count("id"), lo=Min("amount"), hi=Max("amount"))
        .filter(n__gt=1)
        .exclude(lo=F("hi"))
        .values_list("claim_id", flat=True)
    )
    settled = set(
        models.Figure.objects.filter(claim_id__in=candidates, status="confirmed").values_list(
            "claim_id", flat=True
        )
    )
    wanted = [pk for pk in candidates if pk not in settled]
    if not wanted:
        return
    amounts: dict[str, list[Decimal]] = defaultdict(list)
    first_competitor: dict[str, dt.datetime] = {}
    for claim_id, amount, added_at, primary in live_figures.filter(claim_id__in=wanted).values_list(
        "claim_id", "amount", "added_at", "is_primary"
    ):
        amounts[claim_id].append(amount)
        if not primary and (
            claim_id not in first_competitor or added_at < first_competitor[claim_id]
        ):
            first_competitor[claim_id] = added_at
    tolerances = registry.indicator_tolerances()
    claims = models.Claim.objects.select_related("attributed_to").in_bulk(wanted)
    for claim_id, values in amounts.items():
        claim = claims[claim_id]
        tolerance = tolerances.get(claim.indicator or "")
        spread = spread_pct(values)
        too_wide = spread is None or spread > (tolerance if tolerance is not None else Decimal(0))
        if not too_wide:
            continue
        entry = item(claim)
        entry.spread_pct, entry.tolerance_pct, entry.too_wide = spread, tolerance, True
        limit = f"{tolerance.normalize():f} %" if tolerance is not None else "no tolerance"
        shown = f"{spread.normalize():f} %" if spread is not None else "unbounded"
        entry.reasons.append(f"Figures {shown} apart (tolerance {limit})")
        entry._since(first_competitor.get(claim_id))


def _add_sources(found: Mapping[str, QueueItem]) -> None:
    """Every source a queued claim involves: its own, its figures', its disputes'."""
    ids = list(found)
    for claim_id, source in models.Figure.objects.filter(claim_id__in=ids).values_list(
        "claim_id", "source_id"
    ):
        found[claim_id].sources.add(source)
    for claim_id, by in models.Dispute.objects.filter(
        claim_id__in=ids, by__isnull=False
    ).values_list("claim_id", "by"):
        if by:
            found[claim_id].sources.add(by)
    for entry in found.values():
        if entry.claim.attributed_to_id:
            entry.sources.add(entry.claim.attributed_to_id)


def apply(entries: Iterable[QueueItem], filters: Filters, username: str) -> list[QueueItem]:
    kept = []
    for entry in entries:
        claim = entry.claim
        if filters.mine and claim.assignee != username:
            continue
        if filters.indicator and claim.indicator != filters.indicator:
            continue
        if filters.subject and claim.subject != filters.subject:
            continue
        if filters.source and filters.source not in entry.sources:
            continue
        kept.append(entry)
    return kept


@dataclass(frozen=True, slots=True)
class Counts:
    total: int
    mine: int
    open_disputes: int
    spread: int


def counts(username: str) -> Counts:
    entries = items()
    return Counts(
        total=len(entries),
        mine=sum(1 for e in entries if e.claim.assignee == username),
        open_disputes=sum(1 for e in entries if e.claim.open_disputes),
        spread=sum(1 for e in entries if e.too_wide),
    )
