"""The event catalogue, in lifecycle order: past-tense facts of plain data."""

from __future__ import annotations

import dataclasses
import functools
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
        return {name: _encode(getattr(self, name)) for name in _field_names(self.event_type)}


@functools.cache  # dataclasses.fields() costs more than encoding the event
def _field_names(event_type: str) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(EVENT_TYPES[event_type]))


# --- Claims ---------------------------------------------------------------------------------------
#
# Figures and claims carry their attribution chain: `said_by` (the person or body quoted, free
# text), `attributed_to` (the source the figure is attributed to; a figure's `source`),
# `relayed_by` (the sources that passed it on, in order, from the nearest to the origin to the
# last) and `reported_in` (where it was published).
#
# Lists of ids that a verdict or a resolution closed (`superseded_disputes`,
# `superseded_figures`) are None only in events written before those fields existed (their
# upcasters set None): None means "those that were open or confirmed at that point", which is
# what the fields list in every event written since.


@dataclass(frozen=True, kw_only=True, slots=True)
class ClaimReported(Event):
    SCHEMA_VERSION: ClassVar[int] = 2  # v1 kept amount/unit/qualifier flat, see upcasters

    claim_id: str
    statement: str
    subject: str
    value: Quantity | None  # None: a proposition ("X was killed"), a statement with no figure
    attributed_to: str
    indicator: str | None = None
    period: Period | None = None
    place: str = ""
    reported_in: Document | None = None
    note: str = ""
    said_by: str | None = None
    relayed_by: tuple[str, ...] = ()
    language: str = "en"  # ISO 639-1 code of the statement's language


@dataclass(frozen=True, kw_only=True, slots=True)
class FigureAdded(Event):
    figure_id: str
    source: str
    value: Quantity
    reported_in: Document | None = None
    reason: str = ""
    said_by: str | None = None
    relayed_by: tuple[str, ...] = ()
    period: Period | None = None  # None: the claim's period


@dataclass(frozen=True, kw_only=True, slots=True)
class ClaimDisputed(Event):
    dispute_id: str
    reason: str
    by: str | None = None
    counter_value: Quantity | None = None
    evidence: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class DisputeResolved(Event):
    SCHEMA_VERSION: ClassVar[int] = 2  # v2 lists the confirmed figures an accepted one replaced

    dispute_id: str
    resolution: str  # "upheld" (the challenge stands) or "rejected" (the claim stands)
    reason: str
    accepted_figure: str | None = None
    superseded_figures: tuple[str, ...] | None = ()


@dataclass(frozen=True, kw_only=True, slots=True)
class ClaimConfirmed(Event):
    SCHEMA_VERSION: ClassVar[int] = 2  # v2 lists the open disputes the verdict closed

    reason: str = ""
    by: str | None = None
    evidence: str = ""
    superseded_disputes: tuple[str, ...] | None = ()


@dataclass(frozen=True, kw_only=True, slots=True)
class ClaimCorrected(Event):
    SCHEMA_VERSION: ClassVar[int] = 2  # v2 says whether the unit changed, and what it replaced

    reason: str
    old_value: Quantity | None = None
    new_value: Quantity | None = None
    old_statement: str | None = None
    new_statement: str | None = None
    by: str | None = None
    unit_changed: bool = False  # new_value is in another unit than old_value
    superseded_figures: tuple[str, ...] | None = ()  # confirmed figures the new value replaced


@dataclass(frozen=True, kw_only=True, slots=True)
class ClaimRefuted(Event):
    SCHEMA_VERSION: ClassVar[int] = 2  # v2 lists the open disputes the verdict closed

    reason: str
    by: str | None = None
    evidence: str = ""
    superseded_disputes: tuple[str, ...] | None = ()


@dataclass(frozen=True, kw_only=True, slots=True)
class ClaimRetracted(Event):
    SCHEMA_VERSION: ClassVar[int] = 2  # v2 lists the open disputes the verdict closed

    reason: str
    by: str | None = None
    superseded_disputes: tuple[str, ...] | None = ()


@dataclass(frozen=True, kw_only=True, slots=True)
class ClaimReopened(Event):
    """A verdict (refuted, retracted, confirmed) is questioned again: a new dispute opens."""

    dispute_id: str
    reason: str
    verdict: str  # the status being reopened
    by: str | None = None
    evidence: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class ClaimRecast(Event):
    """A figure claim is recast as a proposition: its figure only stood for a statement ("1
    people" for "X was killed"). The figures are withdrawn, not erased: the log keeps them."""

    reason: str
    old_value: Quantity
    withdrawn_figures: tuple[str, ...] = ()
    old_indicator: str | None = None  # the indicator the claim fed, and no longer does
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
    SCHEMA_VERSION: ClassVar[int] = 2  # v1 had no aliases, see upcasters

    source_id: str
    name: str
    kind: str
    url: str = ""
    wikidata_id: str = ""
    aliases: tuple[str, ...] = ()  # other names the source is known by, in the order given


@dataclass(frozen=True, kw_only=True, slots=True)
class SourceUpdated(Event):
    """A source's descriptive fields were edited; None means unchanged."""

    SCHEMA_VERSION: ClassVar[int] = 2  # v1 had no aliases, see upcasters

    name: str | None = None
    kind: str | None = None
    url: str | None = None
    wikidata_id: str | None = None
    aliases: tuple[str, ...] | None = None  # the whole new list of other names


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
    ClaimReopened,
    ClaimRecast,
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
    if isinstance(value, Quantity | Period | Document):
        return value.to_data()
    if isinstance(value, tuple):
        return list(value)
    return value


def _decoder(annotation: Any) -> tuple[typing.Callable[[Any], Any] | None, bool]:
    """How a field's stored form becomes its value (None: as it is), and whether None is
    allowed (an optional field's None is not converted)."""
    args = typing.get_args(annotation)
    optional = type(None) in args
    base = next(a for a in args if a is not type(None)) if optional else annotation
    if base is Quantity:
        return Quantity.from_stored, optional
    if base is Period:
        return Period.from_stored, optional
    if base is Document:
        return Document.from_stored, optional
    if typing.get_origin(base) is tuple:
        return tuple, optional
    return None, optional


Converter = typing.Callable[[Any], Any]


@dataclass(frozen=True, slots=True)
class _Plan:
    """How one event type is decoded: its class, its field names, and per field (in order)
    the slot's setter, the converter of its stored form (None: as it is) and whether None is
    allowed. `direct` is False for a class with a __post_init__, which must be constructed."""

    cls: Any  # a subclass of Event (whose own fields mypy cannot see through type[Event])
    names: frozenset[str]
    fields: tuple[tuple[str, typing.Callable[[Any, Any], None], Converter | None, bool], ...]
    direct: bool


@functools.cache  # type hints are costly to read: once per event type
def _plan(event_type: str) -> _Plan:
    cls = EVENT_TYPES[event_type]
    hints = typing.get_type_hints(cls)
    fields = []
    for f in dataclasses.fields(cls):
        convert, optional = _decoder(hints[f.name])
        fields.append((f.name, getattr(cls, f.name).__set__, convert, optional))
    direct = not hasattr(cls, "__post_init__")
    return _Plan(cls, frozenset(f[0] for f in fields), tuple(fields), direct)


class UnknownEventType(KeyError):
    """An event type the catalogue does not know."""


_new = object.__new__


def decode(event_type: str, data: dict[str, Any]) -> Event:
    """Build a typed event from its stored (already upcast) data.

    Data with every field, as every append writes it, fills the event's slots directly: the
    frozen dataclass's __init__ would make the same assignments through object.__setattr__,
    at twice the cost, and reading the log decodes every event (bench figure (c)). An event
    class with a __post_init__ is always constructed. Data missing a field, or with keys a
    later schema dropped, goes through the constructor (its defaults, its TypeError)."""
    try:
        plan = _plan(event_type)
    except KeyError:
        raise UnknownEventType(event_type) from None
    if plan.direct and len(data) == len(plan.fields):
        event = _new(plan.cls)
        try:
            for name, set_slot, convert, optional in plan.fields:
                raw = data[name]
                if convert is not None and (raw is not None or not optional):
                    raw = convert(raw)
                set_slot(event, raw)
        except KeyError:  # as many keys, not the same ones
            pass
        else:
            return event
    if plan.names.issuperset(data):
        kwargs = dict(data)
    else:  # keys a later schema dropped are ignored
        kwargs = {name: raw for name, raw in data.items() if name in plan.names}
    for name, _set, convert, optional in plan.fields:
        if convert is not None and name in kwargs:
            raw = kwargs[name]
            if raw is not None or not optional:
                kwargs[name] = convert(raw)
    return plan.cls(**kwargs)
