"""The event catalogue, in lifecycle order: past-tense facts of plain data."""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from dataclasses import dataclass
from typing import Any, ClassVar

from claims.core.domain.values import Document, Period, Quantity


@dataclass(frozen=True, kw_only=True, slots=True)
class Event:
    """Base of every domain event; `event_type` is the class name."""

    SCHEMA_VERSION: ClassVar[int] = 1

    @property
    def event_type(self) -> str:
        return type(self).__name__

    def to_data(self) -> dict[str, Any]:
        names = _FIELD_NAMES.get(type(self))
        if names is None:
            names = _FIELD_NAMES[type(self)] = tuple(f.name for f in dataclasses.fields(self))
        return {name: _encode(getattr(self, name)) for name in names}


# Field names per event class (dataclasses.fields() costs more than encoding the event).
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


# --- Claims ---------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class ClaimReported(Event):
    SCHEMA_VERSION: ClassVar[int] = 2  # v1 kept amount/unit/qualifier flat, see upcasters

    claim_id: str
    statement: str
    subject: str
    value: Quantity
    attributed_to: str
    indicator: str | None = None
    period: Period | None = None
    place: str = ""
    reported_in: Document | None = None
    note: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class FigureAdded(Event):
    figure_id: str
    source: str
    value: Quantity
    reported_in: Document | None = None
    reason: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class ClaimDisputed(Event):
    dispute_id: str
    reason: str
    by: str | None = None
    counter_value: Quantity | None = None
    evidence: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class DisputeResolved(Event):
    dispute_id: str
    resolution: str  # "upheld" (the challenge stands) or "rejected" (the claim stands)
    reason: str
    accepted_figure: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class ClaimConfirmed(Event):
    reason: str = ""
    by: str | None = None
    evidence: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class ClaimCorrected(Event):
    reason: str
    old_value: Quantity | None = None
    new_value: Quantity | None = None
    old_statement: str | None = None
    new_statement: str | None = None
    by: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class ClaimRefuted(Event):
    reason: str
    by: str | None = None
    evidence: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class ClaimRetracted(Event):
    reason: str
    by: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class EvidenceAttached(Event):
    evidence_id: str
    url: str
    title: str = ""
    kind: str = ""
    note: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class ReviewAssigned(Event):
    assignee: str
    previous: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class NoteAdded(Event):
    text: str


# --- Sources --------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class SourceRegistered(Event):
    source_id: str
    name: str
    kind: str
    url: str = ""
    wikidata_id: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class SourceUpdated(Event):
    """A source's descriptive fields were edited; None means unchanged."""

    name: str | None = None
    kind: str | None = None
    url: str | None = None
    wikidata_id: str | None = None


# --- Citations: a story, chart or dataset that relied on a claim ---------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class ClaimCited(Event):
    """Something published relied on the claim as it stood at `cited_version`."""

    citation_id: str
    claim_id: str
    url: str
    cited_version: int
    title: str = ""
    published_at: str | None = None  # ISO 8601 date-time, as the publisher gave it


@dataclass(frozen=True, kw_only=True, slots=True)
class CitationAcknowledged(Event):
    """Whoever cited the claim has taken its changes up to `claim_version` into account."""

    claim_version: int


CLAIM_EVENTS: tuple[type[Event], ...] = (
    ClaimReported,
    FigureAdded,
    ClaimDisputed,
    DisputeResolved,
    ClaimConfirmed,
    ClaimCorrected,
    ClaimRefuted,
    ClaimRetracted,
    EvidenceAttached,
    ReviewAssigned,
    NoteAdded,
)
SOURCE_EVENTS: tuple[type[Event], ...] = (SourceRegistered, SourceUpdated)
CITATION_EVENTS: tuple[type[Event], ...] = (ClaimCited, CitationAcknowledged)
EVENT_TYPES: dict[str, type[Event]] = {
    cls.__name__: cls for cls in CLAIM_EVENTS + SOURCE_EVENTS + CITATION_EVENTS
}


# --- Codec: plain JSON data <-> typed events ---------------------------------------------


def _encode(value: Any) -> Any:
    if value is None or type(value) is str:
        return value
    if isinstance(value, Quantity | Period | Document):
        return value.to_data()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _decoder(annotation: Any) -> typing.Callable[[Any], Any]:
    args = typing.get_args(annotation)
    optional = type(None) in args
    base = next((a for a in args if a is not type(None)), annotation) if args else annotation
    convert: typing.Callable[[Any], Any]
    if base is Quantity:
        convert = Quantity.from_data
    elif base is Period:
        convert = Period.from_data
    elif base is Document:
        convert = Document.from_data
    else:
        convert = _identity
    if optional:
        return lambda raw: None if raw is None else convert(raw)
    return convert


def _identity(raw: Any) -> Any:
    return raw


def _field_decoders(cls: type[Event]) -> dict[str, typing.Callable[[Any], Any]]:
    hints = typing.get_type_hints(cls, localns={"Quantity": Quantity, "Period": Period})
    return {
        f.name: _decoder(hints[f.name])
        for f in dataclasses.fields(cls)
        if not isinstance(hints[f.name], types.GenericAlias)
    }


_DECODERS = {name: _field_decoders(cls) for name, cls in EVENT_TYPES.items()}


class UnknownEventType(KeyError):
    """An event type the catalogue does not know."""


def decode(event_type: str, data: dict[str, Any]) -> Event:
    """Build a typed event from its stored (already upcast) data."""
    try:
        cls = EVENT_TYPES[event_type]
    except KeyError:
        raise UnknownEventType(event_type) from None
    decoders = _DECODERS[event_type]
    kwargs = {name: decoders[name](raw) for name, raw in data.items() if name in decoders}
    return cls(**kwargs)
