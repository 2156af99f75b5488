"""Value objects: Quantity (a figure with its qualifier and bounds), Period, Document."""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from claims.core.domain.errors import InvalidValue

# Figures beyond this are not credible reports, and unbounded digits would let hostile input
# exhaust memory in Decimal arithmetic; the database column holds 28 digits with 8 decimals.
MAX_DIGITS = 28
MAX_DECIMALS = 8
MAX_AMOUNT = Decimal(10) ** (MAX_DIGITS - MAX_DECIMALS) - 1


class Qualifier(enum.StrEnum):
    """How a figure was hedged in the report."""

    EXACT = "exact"
    APPROXIMATELY = "approximately"
    NEARLY = "nearly"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    UP_TO = "up_to"
    AT_MOST = "at_most"
    LESS_THAN = "less_than"

    @classmethod
    def parse(cls, raw: object) -> Qualifier:
        """Accept 'up_to', 'up to', 'Up-To'; refuse anything else."""
        if isinstance(raw, Qualifier):
            return raw
        if not isinstance(raw, str):
            raise InvalidValue("Qualifier must be a string.", "qualifier")
        key = raw.strip().lower().replace("-", "_").replace(" ", "_")
        try:
            return cls(key)
        except ValueError:
            choices = ", ".join(q.value for q in cls)
            raise InvalidValue(
                f"Unknown qualifier {raw[:40]!r}; expected one of: {choices}.", "qualifier"
            ) from None


@dataclass(frozen=True, slots=True)
class Bound:
    """One end of the interval a qualified figure allows."""

    value: Decimal
    inclusive: bool

    def to_data(self) -> dict[str, Any]:
        return {"value": decimal_str(self.value), "inclusive": self.inclusive}


_NUMBER = re.compile(r"^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$")


def decimal_str(value: Decimal) -> str:
    """Write a decimal in plain positional notation ("0.00000001", never "1E-8")."""
    return format(value, "f")


def parse_amount(raw: object, field: str = "amount") -> Decimal:
    """Parse a finite decimal from a string or int; floats are refused (they are not exact)."""
    if isinstance(raw, bool | float):
        raise InvalidValue("Give the amount as a string or integer, not a float.", field)
    if isinstance(raw, Decimal):
        amount = raw
    elif isinstance(raw, int | str):
        text = str(raw).strip()
        if len(text) > 64:
            raise InvalidValue("Amount is too long.", field)
        if not _NUMBER.match(text):
            # Decimal() also takes "1_000", "NaN" and non-ASCII digits; figures are plain ASCII.
            if text.lower().lstrip("+-") in {"nan", "snan", "inf", "infinity"}:
                raise InvalidValue("Amount must be finite.", field)
            raise InvalidValue(f"{text[:40]!r} is not a number.", field)
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise InvalidValue(f"{text[:40]!r} is not a number.", field) from None
    else:
        raise InvalidValue("Amount must be a decimal string.", field)
    if not amount.is_finite():
        raise InvalidValue("Amount must be finite.", field)
    if amount.copy_abs() > MAX_AMOUNT:  # abs() rounds in the context, and 1E+1000000 overflows
        raise InvalidValue(f"Amount must be at most {MAX_AMOUNT} in magnitude.", field)
    exponent = amount.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -MAX_DECIMALS:
        raise InvalidValue(f"Amount may have at most {MAX_DECIMALS} decimal places.", field)
    # Normalise "34.50" and "34.5" to one representation so equal figures compare equal in JSON.
    if amount.is_zero():
        return Decimal(0)  # "-0" and "0.00" are the same figure as "0"
    normal = amount.normalize()
    if normal == normal.to_integral_value():
        normal = normal.quantize(Decimal(1))
    return normal


@dataclass(frozen=True, slots=True)
class Quantity:
    """A reported figure: exact decimal amount, unit, and the qualifier hedging it."""

    amount: Decimal
    unit: str
    qualifier: Qualifier = Qualifier.EXACT

    def __post_init__(self) -> None:
        if not isinstance(self.amount, Decimal) or not self.amount.is_finite():
            raise InvalidValue("Amount must be a finite Decimal.", "amount")
        if not isinstance(self.unit, str) or not self.unit.strip():
            raise InvalidValue("Unit is required.", "unit")
        if len(self.unit) > 100:
            raise InvalidValue("Unit must be at most 100 characters.", "unit")
        if not isinstance(self.qualifier, Qualifier):
            raise InvalidValue("Qualifier must be a Qualifier.", "qualifier")
        # Hold what Quantity.of holds, so that every Quantity survives to_data/from_data.
        object.__setattr__(self, "amount", parse_amount(self.amount))
        object.__setattr__(self, "unit", clean_text(self.unit, "unit", max_len=100))

    @classmethod
    def of(cls, amount: object, unit: str, qualifier: object = "exact") -> Quantity:
        """Parse and check once: the same checks and errors as the constructor, half the cost
        (the constructor re-parses an amount that parse_amount has already normalised)."""
        value = parse_amount(amount)
        unit = unit.strip()
        q = Qualifier.parse(qualifier)
        if not unit:
            raise InvalidValue("Unit is required.", "unit")
        if len(unit) > 100:
            raise InvalidValue("Unit must be at most 100 characters.", "unit")
        unit = clean_text(unit, "unit", max_len=100)
        new = object.__new__(cls)
        object.__setattr__(new, "amount", value)
        object.__setattr__(new, "unit", unit)
        object.__setattr__(new, "qualifier", q)
        return new

    @property
    def lower(self) -> Bound | None:
        """The least value the qualified figure allows, if it has one."""
        q = self.qualifier
        if q in (Qualifier.EXACT, Qualifier.APPROXIMATELY):
            return Bound(self.amount, True)
        if q is Qualifier.AT_LEAST:
            return Bound(self.amount, True)
        if q is Qualifier.MORE_THAN:
            return Bound(self.amount, False)
        return None

    @property
    def upper(self) -> Bound | None:
        """The greatest value the qualified figure allows, if it has one."""
        q = self.qualifier
        if q in (Qualifier.EXACT, Qualifier.APPROXIMATELY):
            return Bound(self.amount, True)
        if q in (Qualifier.UP_TO, Qualifier.AT_MOST):
            return Bound(self.amount, True)
        if q in (Qualifier.NEARLY, Qualifier.LESS_THAN):
            # "nearly 39" is just short of 39: below it, never at it.
            return Bound(self.amount, False)
        return None

    def allows(self, x: Decimal) -> bool:
        """Tell whether x is consistent with the qualified figure."""
        lo, hi = self.lower, self.upper
        if lo is not None and (x < lo.value or (x == lo.value and not lo.inclusive)):
            return False
        return not (hi is not None and (x > hi.value or (x == hi.value and not hi.inclusive)))

    def to_data(self) -> dict[str, str]:
        return {
            "amount": decimal_str(self.amount),
            "unit": self.unit,
            "qualifier": self.qualifier.value,
        }

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Quantity:
        if not isinstance(data, dict):
            raise InvalidValue("A value is an object with amount, unit and qualifier.", "value")
        unit = data.get("unit")
        if not isinstance(unit, str):
            raise InvalidValue("Unit is required.", "unit")
        amount, qualifier = data.get("amount"), data.get("qualifier", "exact")
        if type(amount) is not str or type(qualifier) is not str:
            return cls.of(amount, unit, qualifier)
        # Replays decode the same figures over and over (a claim's value is in its report, its
        # snapshots and its competitors' events): Quantity is immutable, so decoded ones are kept.
        key = (amount, unit, qualifier)
        cached = _QUANTITIES.get(key)
        if cached is None:
            cached = cls.of(amount, unit, qualifier)
            if len(_QUANTITIES) >= 4096:
                _QUANTITIES.clear()
            _QUANTITIES[key] = cached
        return cached


_QUANTITIES: dict[tuple[str, str, str], Quantity] = {}


def parse_date(raw: object, field: str) -> dt.date:
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if not isinstance(raw, str):
        raise InvalidValue("Give a date as YYYY-MM-DD.", field)
    text = raw.strip() if len(raw) <= 32 else ""
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        if 10 < len(text) <= 32 and text[10] in "T ":
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    raise InvalidValue(f"{raw[:40]!r} is not a date (YYYY-MM-DD).", field)


@dataclass(frozen=True, slots=True)
class Period:
    """The valid time a figure is about: an inclusive range of days."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidValue("The period ends before it starts.", "period")

    def overlaps(self, start: dt.date | None, end: dt.date | None) -> bool:
        return (end is None or self.start <= end) and (start is None or self.end >= start)

    @property
    def key(self) -> str:
        """A label for grouping figures: '2012' for a calendar year, else 'start/end'."""
        if (
            self.start.month == 1
            and self.start.day == 1
            and self.end == dt.date(self.start.year, 12, 31)
        ):
            return str(self.start.year)
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    def to_data(self) -> dict[str, str]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Period:
        if not isinstance(data, dict):
            raise InvalidValue("A period is an object with start and end.", "period")
        return cls(parse_date(data.get("start"), "period"), parse_date(data.get("end"), "period"))


@dataclass(frozen=True, slots=True)
class Document:
    """Where a claim was seen: a url, the publishing source, and the publication date."""

    url: str = ""
    publisher: str | None = None
    published_at: dt.date | None = None
    title: str = ""

    def __post_init__(self) -> None:
        if self.publisher == "":
            object.__setattr__(self, "publisher", None)  # as from_data reads it back

    def to_data(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "publisher": self.publisher,
            "published_at": self.published_at.isoformat() if self.published_at else None,
            "title": self.title,
        }

    @classmethod
    def from_data(cls, data: dict[str, Any] | None) -> Document | None:
        if data is None:
            return None
        if not isinstance(data, dict):
            raise InvalidValue("reported_in is an object with url, publisher, published_at.")
        published = data.get("published_at")
        return cls(
            url=str(data.get("url") or ""),
            publisher=data.get("publisher") or None,
            published_at=parse_date(published, "published_at") if published else None,
            title=str(data.get("title") or ""),
        )


def clean_text(raw: object, field: str, *, max_len: int, required: bool = True) -> str:
    """Strip a text field and refuse what a database or a reader cannot hold."""
    if raw is None:
        raw = ""
    if not isinstance(raw, str):
        raise InvalidValue("Must be a string.", field)
    text = raw.strip()
    if required and not text:
        raise InvalidValue("This field is required.", field)
    if len(text) > max_len:
        raise InvalidValue(f"Must be at most {max_len} characters.", field)
    if "\x00" in text:
        raise InvalidValue("Must not contain NUL characters.", field)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidValue("Must be valid Unicode (no lone surrogates).", field) from None
    return text


def optional_text(raw: object, field: str, *, max_len: int) -> str | None:
    text = clean_text(raw, field, max_len=max_len, required=False)
    return text or None
