"""Value objects: Quantity (a figure, its qualifier and what the qualifier allows), Period,
Document.

Hedges. A reported figure X comes with a qualifier; the qualifier says which values the report
allows (its *interval*) and which single value stands for it where one is needed (its *best
point*, e.g. an indicator's best value). With the hedge band b = X's magnitude × band% (default
10 %, see DEFAULT_HEDGE_BAND_PCT) and h = b / 2:

    qualifier        interval            best point   reads as
    exact            [X, X]              X            "39"
    approximately    [X − b, X + b]      X            "about 39": either side, by up to b
    nearly           [X − b, X)          X − h        "nearly 39": short of 39, by up to b
    at_least         [X, ∞)              X            "at least 6": a floor, nothing above it
    more_than        (X, ∞)              X + h        "more than 80": beyond X, no ceiling
    up_to            (−∞, X]             X            "up to 45": a ceiling, nothing below it
    at_most          (−∞, X]             X            "at most 45"
    less_than        (−∞, X)             X − h        "less than 5": below X, no floor

Two families. *Approximators* (approximately, nearly) place the figure near X: both ends are
bounded by the band. *Limiters* (at least, more than, up to, at most, less than) only say on
which side of X the figure lies, and a fact-checker holds the source to that and no more: "at
least 6 killed" is not refuted by 40 deaths, so the far side stays open (no end). The best point
is X itself whenever the interval holds X, else X moved half a band into the interval, so it
always lies inside. Every interval holds its best point, hence none is empty.

Why 10 %: a hedge usually marks a rounded figure (hedges come with round numbers far more often
than with precise ones); two significant digits are at most 5 % off, and rounding to a round
number ("about 40" for 37, "nearly half" for 46 %) is 7–9 % off; a figure 15 % away is, to a
fact-checker, another figure. Reader studies of numeric hedges (Ferson et al., "Natural language
of uncertainty: numeric hedge words", 2015; Williams and Power, "Hedging and rounding in
numerical expressions", 2013) find that the width readers give a hedge grows with the number's
roundness and magnitude, which one percentage cannot follow: so the band is a parameter
(`Quantity.interval(band_pct)`), set per deployment and per indicator by the callers.

The band is computed on the grid of amounts (10⁻⁸, MAX_DECIMALS) and rounded outwards, and is
never less than two steps: so "nearly 0" is [−0.00000002, 0), not empty, and every end and best
point is itself an amount the store can hold.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass
from decimal import ROUND_CEILING, Context, Decimal, InvalidOperation
from typing import Any

from claims.core.domain.errors import CommandRejected, InvalidValue

# Figures beyond this are not credible reports, and unbounded digits would let hostile input
# exhaust memory in Decimal arithmetic; the database column holds 28 digits with 8 decimals.
MAX_DIGITS = 28
MAX_DECIMALS = 8
MAX_AMOUNT = Decimal(10) ** (MAX_DIGITS - MAX_DECIMALS) - 1
AMOUNT_STEP = Decimal(1).scaleb(-MAX_DECIMALS)

DEFAULT_HEDGE_BAND_PCT = Decimal(10)
MAX_HEDGE_BAND_PCT = Decimal(100)
# Interval ends lie up to a band beyond the amount ceiling: exact in this context, never rounded.
_EXACT = Context(prec=2 * MAX_DIGITS, traps=[InvalidOperation])


class Qualifier(enum.StrEnum):
    """How a figure was hedged in the report (the module docstring gives what each allows)."""

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
        if raw in _QUALIFIER_VALUES:
            return cls(raw)  # as stored: the common case, spared the respelling below
        key = raw.strip().lower().replace("-", "_").replace(" ", "_")
        try:
            return cls(key)
        except ValueError:
            choices = ", ".join(q.value for q in cls)
            raise InvalidValue(
                f"Unknown qualifier {raw[:40]!r}; expected one of: {choices}.", "qualifier"
            ) from None


_QUALIFIER_VALUES = frozenset(q.value for q in Qualifier)
# How each qualifier reads before a figure ('about 34.5 per 100,000 people'; exact: nothing).
QUALIFIER_WORDS: dict[str, str] = {
    Qualifier.EXACT: "",
    Qualifier.APPROXIMATELY: "about",
    Qualifier.NEARLY: "nearly",
    Qualifier.AT_LEAST: "at least",
    Qualifier.MORE_THAN: "more than",
    Qualifier.UP_TO: "up to",
    Qualifier.AT_MOST: "at most",
    Qualifier.LESS_THAN: "less than",
}
# The same hedges in Spanish (as the importer reads them), for what is published in Spanish.
QUALIFIER_WORDS_ES: dict[str, str] = {
    Qualifier.EXACT: "",
    Qualifier.APPROXIMATELY: "alrededor de",
    Qualifier.NEARLY: "casi",
    Qualifier.AT_LEAST: "al menos",
    Qualifier.MORE_THAN: "más de",
    Qualifier.UP_TO: "hasta",
    Qualifier.AT_MOST: "como máximo",
    Qualifier.LESS_THAN: "menos de",
}


@dataclass(frozen=True, slots=True)
class Bound:
    """One end of the interval a qualified figure allows."""

    value: Decimal
    inclusive: bool

    def to_data(self) -> dict[str, Any]:
        return {"value": decimal_str(self.value), "inclusive": self.inclusive}


@dataclass(frozen=True, slots=True)
class Interval:
    """The values a qualified figure allows (an absent end is unbounded) and its best point."""

    lower: Bound | None
    upper: Bound | None
    best: Decimal

    def contains(self, x: Decimal) -> bool:
        lo, hi = self.lower, self.upper
        if lo is not None and (x < lo.value or (x == lo.value and not lo.inclusive)):
            return False
        return not (hi is not None and (x > hi.value or (x == hi.value and not hi.inclusive)))


def hedge_band(amount: Decimal, band_pct: Decimal = DEFAULT_HEDGE_BAND_PCT) -> Decimal:
    """b for a figure of this amount: |amount| × band_pct / 100, rounded up to an even number
    of amount steps (so that b / 2 is one too), at least two steps."""
    if not isinstance(band_pct, Decimal) or not band_pct.is_finite():
        raise InvalidValue("The hedge band is a finite Decimal percentage.", "hedge_band_pct")
    if band_pct < 0 or band_pct > MAX_HEDGE_BAND_PCT:
        raise InvalidValue(
            f"The hedge band is a percentage from 0 to {MAX_HEDGE_BAND_PCT}.", "hedge_band_pct"
        )
    half = _EXACT.divide(_EXACT.multiply(amount.copy_abs(), band_pct), Decimal(200))
    half = half.quantize(AMOUNT_STEP, rounding=ROUND_CEILING, context=_EXACT)
    return _plain(_EXACT.multiply(max(half, AMOUNT_STEP), Decimal(2)))


def _plain(value: Decimal) -> Decimal:
    """The value without trailing zeros, in positional form ("35.10000000" -> "35.1")."""
    if value.is_zero():
        return Decimal(0)
    normal = value.normalize(_EXACT)
    exponent = normal.as_tuple().exponent
    if isinstance(exponent, int) and exponent > 0:
        return normal.quantize(Decimal(1), context=_EXACT)
    return normal


def _add(a: Decimal, b: Decimal) -> Decimal:
    return _plain(_EXACT.add(a, b))


def _sub(a: Decimal, b: Decimal) -> Decimal:
    # Not _add(a, -b): unary minus rounds to the caller's context (a narrowed one moves the end).
    return _plain(_EXACT.subtract(a, b))


_NUMBER = re.compile(r"^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$")


def decimal_str(value: Decimal) -> str:
    """Write a decimal in plain positional notation ("0.00000001", never "1E-8")."""
    return format(value, "f")


def parse_amount(raw: object, field: str = "amount") -> Decimal:
    """Parse a finite decimal from a string or int; floats are refused (they are not exact)."""
    return _checked_amount(_decimal(raw, field), field)


def _decimal(raw: object, field: str) -> Decimal:
    """The Decimal a raw amount spells, before any check of its size."""
    if isinstance(raw, bool | float):
        raise InvalidValue("Give the amount as a string or integer, not a float.", field)
    if isinstance(raw, Decimal):
        return raw
    if not isinstance(raw, int | str):
        raise InvalidValue("Amount must be a decimal string.", field)
    text = str(raw).strip()
    if len(text) > 64:
        raise InvalidValue("Amount is too long.", field)
    if not _NUMBER.match(text):
        # Decimal() also takes "1_000", "NaN" and non-ASCII digits; figures are plain ASCII.
        if text.lower().lstrip("+-") in {"nan", "snan", "inf", "infinity"}:
            raise InvalidValue("Amount must be finite.", field)
        raise InvalidValue(f"{text[:40]!r} is not a number.", field)
    return Decimal(text)  # the pattern admits only what Decimal reads


def _checked_amount(amount: Decimal, field: str) -> Decimal:
    """Refuse an amount the store cannot hold; normalise the rest ("34.50" -> "34.5")."""
    if not amount.is_finite():
        raise InvalidValue("Amount must be finite.", field)
    if amount.copy_abs() > MAX_AMOUNT:  # abs() rounds in the context, and 1E+1000000 overflows
        raise InvalidValue(f"Amount must be at most {MAX_AMOUNT} in magnitude.", field)
    exponent = amount.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -MAX_DECIMALS:
        raise InvalidValue(f"Amount may have at most {MAX_DECIMALS} decimal places.", field)
    # One representation per number, so that equal figures compare and serialise alike.
    if amount.is_zero():
        return Decimal(0)  # "-0" and "0.00" are the same figure as "0"
    normal = amount.normalize()
    if normal == normal.to_integral_value():
        normal = normal.quantize(Decimal(1))
    return normal


def units_match(a: str, b: str) -> bool:
    """Whether two units name the same thing (case and runs of whitespace do not count)."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


_OPEN_ABOVE = frozenset({Qualifier.AT_LEAST, Qualifier.MORE_THAN})
_QUALIFIERS = {q.value: q for q in Qualifier}
# The text decimal_str writes for a checked amount (_checked_amount): no sign on zero, no
# exponent, no leading zero, no trailing zero after the point, and within the size limits.
_PLACES = rf"\.[0-9]{{0,{MAX_DECIMALS - 1}}}[1-9]"
_STORED_AMOUNT = re.compile(
    rf"-?(?:[1-9][0-9]{{0,{MAX_DIGITS - MAX_DECIMALS - 1}}}(?:{_PLACES})?|0{_PLACES})|0"
)


def _stored_text(text: object, max_len: int) -> bool:
    """Whether a text is one clean_text returns as it is (ASCII only: the rest is checked)."""
    return (
        type(text) is str
        and 0 < len(text) <= max_len
        and text.isascii()
        and text == text.strip()
        and "\x00" not in text
    )


@dataclass(frozen=True, slots=True)
class Quantity:
    """A reported figure: exact decimal amount, unit, and the qualifier hedging it."""

    amount: Decimal
    unit: str
    qualifier: Qualifier = Qualifier.EXACT

    def __post_init__(self) -> None:
        if not isinstance(self.amount, Decimal):
            raise InvalidValue("Amount must be a finite Decimal.", "amount")
        if not isinstance(self.unit, str):
            raise InvalidValue("Unit is required.", "unit")
        if not isinstance(self.qualifier, Qualifier):
            raise InvalidValue("Qualifier must be a Qualifier.", "qualifier")
        # What from_data reads back is what was built: a normal amount and a stripped unit.
        object.__setattr__(self, "amount", _checked_amount(self.amount, "amount"))
        object.__setattr__(self, "unit", clean_text(self.unit, "unit", max_len=100))

    @classmethod
    def of(cls, amount: object, unit: str, qualifier: object = "exact") -> Quantity:
        """Parse an amount given as text or a number, a unit and a spelled qualifier."""
        return cls(_decimal(amount, "amount"), unit, Qualifier.parse(qualifier))

    def interval(self, band_pct: Decimal = DEFAULT_HEDGE_BAND_PCT) -> Interval:
        """What the qualified figure allows, and its best point (module docstring)."""
        x, q = self.amount, self.qualifier
        if q is Qualifier.EXACT:
            return Interval(Bound(x, True), Bound(x, True), x)
        band = hedge_band(x, band_pct)
        half = _plain(_EXACT.divide(band, Decimal(2)))
        if q is Qualifier.APPROXIMATELY:
            return Interval(Bound(_sub(x, band), True), Bound(_add(x, band), True), x)
        if q is Qualifier.NEARLY:
            return Interval(Bound(_sub(x, band), True), Bound(x, False), _sub(x, half))
        if q in _OPEN_ABOVE:
            inclusive = q is Qualifier.AT_LEAST
            return Interval(Bound(x, inclusive), None, x if inclusive else _add(x, half))
        inclusive = q is not Qualifier.LESS_THAN  # up_to, at_most, less_than: open below
        return Interval(None, Bound(x, inclusive), x if inclusive else _sub(x, half))

    @property
    def lower(self) -> Bound | None:
        """The least value the figure allows with the default hedge band, if it has one."""
        return self.interval().lower

    @property
    def upper(self) -> Bound | None:
        """The greatest value the figure allows with the default hedge band, if it has one."""
        return self.interval().upper

    @property
    def best(self) -> Decimal:
        """The point that stands for the figure with the default hedge band."""
        return self.interval().best

    def allows(self, x: Decimal, band_pct: Decimal = DEFAULT_HEDGE_BAND_PCT) -> bool:
        """Tell whether x is consistent with the qualified figure."""
        return self.interval(band_pct).contains(x)

    def to_data(self) -> dict[str, str]:
        return {
            "amount": decimal_str(self.amount),
            "unit": self.unit,
            "qualifier": self.qualifier.value,
        }

    @classmethod
    def from_stored(cls, data: dict[str, Any]) -> Quantity:
        """A value as the event store holds it. What `to_data` wrote from a checked Quantity
        is read back without checking it again (reading the log decodes every event); any
        other form, an old schema's or a damaged one, goes through `from_data`'s checks."""
        if type(data) is dict:
            amount, unit = data.get("amount"), data.get("unit")
            spelled = data.get("qualifier", "exact")
            qualifier = _QUALIFIERS.get(spelled) if type(spelled) is str else None
            if (
                qualifier is not None
                and type(amount) is str
                and _STORED_AMOUNT.fullmatch(amount)
                and _stored_text(unit, 100)
            ):
                quantity = object.__new__(cls)
                _QUANTITY_AMOUNT(quantity, Decimal(amount))
                _QUANTITY_UNIT(quantity, unit)
                _QUANTITY_QUALIFIER(quantity, qualifier)
                return quantity
        return cls.from_data(data)

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Quantity:
        if not isinstance(data, dict):
            raise InvalidValue("A value is an object with amount, unit and qualifier.", "value")
        unit = data.get("unit")
        if not isinstance(unit, str):
            raise InvalidValue("Unit is required.", "unit")
        return cls.of(data.get("amount"), unit, data.get("qualifier", "exact"))


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
            return dt.datetime.fromisoformat(text).date()  # Python 3.11 reads "Z" too
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
    def from_stored(cls, data: dict[str, Any]) -> Period:
        """A period as the event store holds it ("YYYY-MM-DD" both ends); any other form
        goes through `from_data`."""
        if type(data) is dict:
            start, end = data.get("start"), data.get("end")
            if type(start) is str and type(end) is str and len(start) == len(end) == 10:
                try:
                    first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
                except ValueError:
                    pass
                else:
                    if first <= last:  # what __post_init__ checks
                        period = object.__new__(cls)
                        _PERIOD_START(period, first)
                        _PERIOD_END(period, last)
                        return period
        return cls.from_data(data)

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
    def from_stored(cls, data: dict[str, Any] | None) -> Document | None:
        """Where a claim was seen, as the event store holds it (what `to_data` wrote); any
        other form goes through `from_data`."""
        if type(data) is dict:
            url, title = data.get("url"), data.get("title")
            publisher, published = data.get("publisher"), data.get("published_at")
            if (
                type(url) is str
                and type(title) is str
                and (publisher is None or (type(publisher) is str and publisher != ""))
                and (published is None or (type(published) is str and len(published) == 10))
            ):
                try:
                    day = None if published is None else dt.date.fromisoformat(published)
                except ValueError:
                    return cls.from_data(data)
                document = object.__new__(cls)
                _DOCUMENT_URL(document, url)
                _DOCUMENT_PUBLISHER(document, publisher)
                _DOCUMENT_PUBLISHED_AT(document, day)
                _DOCUMENT_TITLE(document, title)
                return document
        return cls.from_data(data)

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
    if not text.isascii():  # only non-ASCII text can hold a lone surrogate
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidValue("Must be valid Unicode (no lone surrogates).", field) from None
    return text


def optional_text(raw: object, field: str, *, max_len: int) -> str | None:
    text = clean_text(raw, field, max_len=max_len, required=False)
    return text or None


# White space as Python's str.strip() sees it (which DRF's trimming and clean_text use), and the
# characters that show nothing (controls, formatting characters such as the zero-width space and
# the joiners, variation selectors, the Hangul fillers, the blank Braille pattern): a text of
# only these says nothing. Written as character-class ranges Python and ECMA-262 read alike.
WHITESPACE_CHARS = r"\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
INVISIBLE_CHARS = (
    r"\x01-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\xad\u034f\u061c\u115f\u1160\u17b4\u17b5"
    r"\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u2800\u3164"
    r"\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb"
)
# A whole text with something to read (and no NUL), as the API's schema declares it.
VISIBLE_REGEX = rf"[^\x00]*[^\x00{WHITESPACE_CHARS}{INVISIBLE_CHARS}][^\x00]*"
_VISIBLE = re.compile(VISIBLE_REGEX)


def visible_text(raw: object, field: str, *, max_len: int, what: str) -> str:
    """A required text with a visible character: a zero-width space or a control character
    alone says nothing ('A statement needs a visible character.')."""
    text = clean_text(raw, field, max_len=max_len)
    if _VISIBLE.fullmatch(text) is None:
        # (a refusal of the command, not of a value's form: the API declares the pattern where
        # it can, and a field it cannot describe so answers command_rejected, as it always has)
        raise CommandRejected(f"{what} needs a visible character.", field)
    return text


# An http(s) link, any case in the scheme, with a host: 'http://' alone or 'https:///path' names
# no page. Written so that Python and JSON Schema's ECMA-262 read it alike (the API's schema
# declares it; core.commands.URL).
HTTP_URL_REGEX = (
    r"[Hh][Tt][Tt][Pp][Ss]?://[^\x00\x09\x0a\x0d\x20/?#@:][^\x00\x09\x0a\x0d\x20/?#]*"
    r"(?:[/?#][^\x00]*)?"
)
_HTTP_URL = re.compile(HTTP_URL_REGEX)
HTTP_URL_MESSAGE = "Give an http:// or https:// URL."


def http_url(
    raw: object, field: str, *, max_len: int, required: bool, message: str = HTTP_URL_MESSAGE
) -> str:
    """A stripped http(s) URL with a host ('' when not `required` and none is given)."""
    url = clean_text(raw, field, max_len=max_len, required=required)
    if url and _HTTP_URL.fullmatch(url) is None:
        raise CommandRejected(message, field)  # (as visible_text: command_rejected)
    return url


# The slots' setters, for the `from_stored` readers: they fill a value the store wrote (checked
# when it was written) without the frozen __init__'s object.__setattr__ calls; reading the log
# builds one per figure (bench figure (c)).
_QUANTITY_AMOUNT = vars(Quantity)["amount"].__set__
_QUANTITY_UNIT = vars(Quantity)["unit"].__set__
_QUANTITY_QUALIFIER = vars(Quantity)["qualifier"].__set__
_PERIOD_START = vars(Period)["start"].__set__
_PERIOD_END = vars(Period)["end"].__set__
_DOCUMENT_URL = vars(Document)["url"].__set__
_DOCUMENT_PUBLISHER = vars(Document)["publisher"].__set__
_DOCUMENT_PUBLISHED_AT = vars(Document)["published_at"].__set__
_DOCUMENT_TITLE = vars(Document)["title"].__set__


# --- Valid time ---------------------------------------------------------------------------------

# How far ahead of the server's clock a moment may lie and still be taken for now: the clocks of
# the editors' machines (and of whatever sends the API a date-time) run a little ahead at times.
MAX_CLOCK_SKEW = dt.timedelta(minutes=5)


def moment_text(moment: dt.datetime) -> str:
    """A moment as the refusals name it: ISO 8601 in UTC, to the second."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def happened_by(moment: dt.datetime | None, now: dt.datetime, field: str = "occurred_at") -> None:
    """Refuse a valid time (when something happened or was said) later than `now`, the clock's
    time given by the caller (the domain has no clock), beyond MAX_CLOCK_SKEW."""
    if moment is not None and moment > now + MAX_CLOCK_SKEW:
        # (not InvalidValue: no schema can state "no later than the server's clock")
        raise CommandRejected(
            f"{moment_text(moment)} is in the future (it is now {moment_text(now)}): give when "
            "it happened or was said, at the latest now; leave it out for now.",
            field,
        )
