"""The review queue's filters (mine, indicator, subject, source) and counts for the admin index.

Which claims need a decision, why and since when is read by `selectors.review_queue()`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from claims.core import selectors
from claims.core.selectors import QueueItem


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
    entries = selectors.review_queue()
    return Counts(
        total=len(entries),
        mine=sum(1 for e in entries if e.claim.assignee == username),
        open_disputes=sum(1 for e in entries if e.claim.open_disputes),
        spread=sum(1 for e in entries if e.too_wide),
    )
