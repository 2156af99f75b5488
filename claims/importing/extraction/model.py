"""Value types returned by the extractor."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

Qualifier = Literal[
    "exact",
    "approximately",
    "nearly",
    "at_least",
    "more_than",
    "up_to",
    "at_most",
    "less_than",
]

QUALIFIERS: tuple[Qualifier, ...] = (
    "exact",
    "approximately",
    "nearly",
    "at_least",
    "more_than",
    "up_to",
    "at_most",
    "less_than",
)


def decimal_text(amount: Decimal) -> str:
    """Render a Decimal in plain positional notation without a trailing '.0'."""
    text = format(amount, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A checkable figure proposed as a claim, with the evidence for each field."""

    statement: str
    sentence_start: int
    sentence_end: int
    value_text: str
    value_start: int
    value_end: int
    amount: Decimal
    unit: str
    qualifier: Qualifier
    period_start: datetime.date | None
    period_end: datetime.date | None
    place: str | None
    attributed_to: str | None
    subject: str | None
    reasons: tuple[str, ...]
    language: str = "en"

    def to_dict(self) -> dict[str, object]:
        """Return JSON-friendly values: amount as a string, dates as ISO strings."""
        return {
            "statement": self.statement,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "value_text": self.value_text,
            "value_start": self.value_start,
            "value_end": self.value_end,
            "amount": decimal_text(self.amount),
            "unit": self.unit,
            "qualifier": self.qualifier,
            "period_start": self.period_start.isoformat() if self.period_start else None,
            "period_end": self.period_end.isoformat() if self.period_end else None,
            "place": self.place,
            "attributed_to": self.attributed_to,
            "subject": self.subject,
            "language": self.language,
            "reasons": list(self.reasons),
        }
