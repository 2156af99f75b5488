"""Every read of claims, sources and their events: the API, the admin and other apps ask here.

What is answered comes from the read models the projections write in each append's transaction
(a claim's stored document now, the history row valid at a moment, the sources' counters) and
from the event store (a stream's events, the global log), with old event shapes upcast. Nothing
here writes.

Sections: claim documents (now, as of a moment, after a command); claim lists; events (a
stream's history, a page of the log); sources; what the indicator app reads; the review queue.
"""

from __future__ import annotations

import datetime as dt
import decimal
import re
import uuid
from collections import defaultdict
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, overload

import orjson
from django.db.models import (
    BooleanField,
    Count,
    ExpressionWrapper,
    F,
    Max,
    Min,
    Q,
    QuerySet,
    TextField,
)
from django.db.models.functions import Cast

from claims.core import eventstore, fastsql, models, projections, registry
from claims.core.domain.errors import DomainError
from claims.core.domain.events import (
    CITATION_EVENTS,
    CLAIM_EVENTS,
    SOURCE_EVENTS,
    UnknownEventType,
    decode,
)
from claims.core.domain.events import Event as DomainEvent
from claims.core.domain.upcasters import current_version, upcast
from claims.core.domain.values import units_match
from claims.core.eventstore import RecordedEvent

if TYPE_CHECKING:
    from claims.core.services import Result

# --- Claim documents: now, as of a moment, after a command ---------------------------------------


@dataclass(frozen=True, slots=True)
class StoredClaim:
    """A claim's version and its document as the JSON text the database holds, not decoded.

    The text is in the API's claim shape (tests/api/test_document_shape.py checks it), so it
    can be served as is: decoding and encoding it again cost more than the rest of a read.
    """

    version: int
    text: str

    def document(self) -> dict[str, Any]:
        return dict(orjson.loads(self.text))


def _claim_now_statement() -> str:
    """The indexed statement of a claim read now, named from the model's metadata."""
    claim: Any = models.Claim._meta

    def col(name: str) -> str:
        return f'"{claim.get_field(name).column}"'

    return (
        f"SELECT {col('version')}, CAST({col('document')} AS text)"  # noqa: S608
        f' FROM "{claim.db_table}" WHERE {col("id")} = %s'
    )


_CLAIM_NOW = _claim_now_statement()


def stored_claim(
    claim_id: str, as_of: dt.datetime | None = None, known_at: dt.datetime | None = None
) -> StoredClaim | None:
    """The claim now, or as the tracker held it at a moment of transaction time; None if it
    did not exist (yet). One indexed query, run as a prepared statement where the database
    has them: building it through the ORM cost more than the rest of the API's detail view.

    "As of" is answered by the history projection (`projections.document_as_of`): the history
    row whose [recorded_from, recorded_to) holds the moment.
    """
    if known_at is not None:
        return _stored_known(claim_id, known_at, as_of)
    if as_of is not None:
        found = projections.document_as_of(claim_id, as_of)
        return StoredClaim(*found) if found is not None else None
    rows = fastsql.execute(_CLAIM_NOW, [claim_id], fetch=True)
    if not rows:
        return None
    version, text = rows[0]
    return StoredClaim(int(version), str(text))


def claim_document(
    claim_id: str, as_of: dt.datetime | None = None, known_at: dt.datetime | None = None
) -> dict[str, Any] | None:
    """The claim's document now, as of a moment, known at a moment (decoded), or None."""
    stored = stored_claim(claim_id, as_of, known_at)
    return stored.document() if stored is not None else None


def _known_valid_at(
    known_at: dt.datetime, as_of: dt.datetime | None
) -> QuerySet[models.ClaimKnown]:
    """The valid-time rows holding each claim as known at a moment (as recorded by another)."""
    rows = models.ClaimKnown.objects.filter(
        Q(known_to__isnull=True) | Q(known_to__gt=known_at), known_from__lte=known_at
    )
    if as_of is None:
        return rows.filter(recorded_to__isnull=True)
    return rows.filter(
        Q(recorded_to__isnull=True) | Q(recorded_to__gt=as_of), recorded_from__lte=as_of
    )


def _stored_known(
    claim_id: str, known_at: dt.datetime, as_of: dt.datetime | None
) -> StoredClaim | None:
    """The claim as folded from its events that happened by `known_at` (valid time), as the
    tracker had recorded them by `as_of` (now if None): one indexed lookup."""
    rows = (
        _known_valid_at(known_at, as_of)
        .filter(claim_id=claim_id)
        .order_by("-known_from")
        .values_list("version", _DOCUMENT_TEXT)[:1]
    )
    found = list(rows)
    if not found:
        return None
    row = found[0]
    return StoredClaim(int(row[0]), str(row[1]))


def claim_after(result: Result) -> StoredClaim:
    """The claim as the command that gave this result stored it: its document is built again
    from the result's state and times by the projection's own function, not read back."""
    if result.times is None:
        stored = stored_claim(result.state.claim_id)
        assert stored is not None, "a command's claim exists after it"
        return stored
    document = projections.claim_document(result.state, result.times)
    return StoredClaim(int(result.state.version), fastsql.dump_text(document))


def claim_exists(claim_id: str) -> bool:
    return models.Claim.objects.filter(pk=claim_id).exists()


def current_versions(claim_ids: Iterable[str]) -> dict[str, int]:
    """Each claim's current version."""
    rows = models.Claim.objects.filter(pk__in=list(claim_ids)).values_list("id", "version")
    return {str(pk): int(version) for pk, version in rows}


def claim_count() -> int:
    return models.Claim.objects.count()


# --- Claim lists ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ClaimFilters:
    """Which claims a list shows; empty values filter nothing."""

    status: str = ""
    subject: str = ""  # exact
    indicator: str = ""
    attributed_to: str = ""  # source id
    disputed: bool | None = None  # an open dispute or the status disputed (False: neither)
    period_start: dt.date | None = None  # claims whose period ends on or after this day
    period_end: dt.date | None = None  # claims whose period starts on or before this day
    q: str = ""  # text in the statement, subject or place
    as_of: dt.datetime | None = None  # the claims as the tracker held them then
    known_at: dt.datetime | None = None  # the claims as the reports said them by then
    ordering: str = "created_at"  # a name of CLAIM_ORDERINGS, with "-" in front: descending


# The orders a list can be read in: name -> the columns sorted on (then the id, so that equal
# values keep one order and pages never overlap). The claims now are read in each order from an
# index: status and subject from their filter indexes (column, created_at, id), created_at and
# updated_at from their own; descending reads the same index backwards. The history rows valid
# at a moment (`as_of`) are sorted after they are found, in any order as in the default one.
CLAIM_ORDERINGS: dict[str, tuple[str, ...]] = {
    "created_at": ("created_at",),
    "updated_at": ("updated_at",),
    "status": ("status", "created_at"),
    "subject": ("subject", "created_at"),
}
DEFAULT_CLAIM_ORDERING = "created_at"
# A claim's history row names two of them differently: its id, and when that version was
# recorded (what `updated_at` was then).
_HISTORY_COLUMNS = {"id": "claim_id", "updated_at": "recorded_from"}
# A valid-time row: its id, and when what it holds became known (its last change then).
_KNOWN_COLUMNS = {"id": "claim_id", "updated_at": "known_from"}
SOURCE_ORDERINGS: dict[str, tuple[str, ...]] = {"name": ("name",), "created_at": ("created_at",)}
DEFAULT_SOURCE_ORDERING = "name"


def order_by(
    ordering: str, orders: Mapping[str, tuple[str, ...]], columns: Mapping[str, str] | None = None
) -> list[str]:
    """The ORDER BY of a list read in `ordering` (a name of `orders`, "-" first: descending),
    ending with the id; `columns` renames columns (e.g. a history row's)."""
    descending = ordering.startswith("-")
    name = ordering.removeprefix("-")
    if name not in orders:
        raise ValueError(f"Cannot order by {ordering!r}; expected one of {sorted(orders)}.")
    sign = "-" if descending else ""
    rename = columns or {}
    return [f"{sign}{rename.get(col, col)}" for col in (*orders[name], "id")]


# The stored document as the JSON text the database holds (SQLite keeps the text; PostgreSQL
# writes jsonb back as text, with a space after ':' and ','): served without being decoded.
_DOCUMENT_TEXT = Cast("document", output_field=TextField())


class ClaimList:
    """Claims in list order (the filters' ordering, then id): `count()`, and a slice gives their
    documents.

    `texts()` is the same list whose slices give the documents' stored JSON text. Only the
    slice's query reads documents; the count stays the bare one.
    """

    def __init__(self, rows: QuerySet[Any], *, text: bool = False) -> None:
        self._rows = rows
        self._text = text

    def count(self) -> int:
        return self._rows.count()

    def __len__(self) -> int:
        return self.count()

    def __iter__(self) -> Iterator[Any]:
        return iter(self[:])

    def texts(self) -> ClaimList:
        return ClaimList(self._rows, text=True)

    def iter_csv(self, rows_per_chunk: int = 2000) -> Generator[bytes, None, None]:
        """The list as a CSV file of EXPORT_COLUMNS (header first), in list order, a chunk of
        rows at a time as they are read (memory stays flat however long the list; nothing is
        read before the first chunk is asked for, and closing the chunks ends the read).

        Now, as of or known at a moment alike: each row is what the claim's stored document
        says, picked out by the database (tests/api/test_csv.py checks it against the API's
        documents), the same bytes on SQLite and PostgreSQL."""
        sql, params = self._rows.values_list("document").query.sql_with_params()
        return eventstore.backend().export_csv(sql, params, EXPORT_COLUMNS, rows_per_chunk)

    def iter_texts(self, chunk_size: int = 2000) -> Iterator[str]:
        """Every document's stored JSON text, streamed from the database in list order (memory
        stays flat however long the list)."""
        for text in self._rows.values_list(_DOCUMENT_TEXT, flat=True).iterator(chunk_size):
            yield str(text)

    @overload
    def __getitem__(self, index: int) -> Any: ...

    @overload
    def __getitem__(self, index: slice) -> list[Any]: ...

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, int):
            return self[index : index + 1][0]
        if self._text:
            return [str(t) for t in self._rows.values_list(_DOCUMENT_TEXT, flat=True)[index]]
        return [dict(d) for d in self._rows.values_list("document", flat=True)[index]]


# What a claim export holds, in this order, and where each field is in a claim's document: the
# sources' names are read from the sources' read model, the relaying sources' ids and names
# joined by RELAY_SEPARATOR (an API source id never holds a ";"). The order is a published
# contract: a column is only ever added, at the end. `text=True` marks what a person typed: a
# cell of it that a spreadsheet would read as a formula is written after an apostrophe.
RELAY_SEPARATOR = "; "
_SOURCE: Any = models.Source._meta
_SOURCE_NAME = eventstore.CsvLookup(
    _SOURCE.db_table, _SOURCE.pk.column, _SOURCE.get_field("name").column
)
_C = eventstore.CsvColumn
EXPORT_COLUMNS: tuple[eventstore.CsvColumn, ...] = (
    _C("id", ("id",)),
    _C("version", ("version",)),
    _C("status", ("status",)),
    _C("statement", ("statement",), text=True),
    _C("subject", ("subject",), text=True),
    _C("indicator", ("indicator",), text=True),
    _C("amount", ("value", "amount")),
    _C("unit", ("value", "unit"), text=True),
    _C("qualifier", ("value", "qualifier")),
    _C("lower", ("value", "lower")),
    _C("upper", ("value", "upper")),
    _C("period_start", ("period", "start")),
    _C("period_end", ("period", "end")),
    _C("place", ("place",), text=True),
    _C("attributed_to", ("attributed_to",), text=True),
    _C("attributed_to_name", ("attributed_to",), lookup=_SOURCE_NAME, text=True),
    _C("reported_in_url", ("reported_in", "url"), text=True),
    _C("created_at", ("created_at",)),
    _C("updated_at", ("updated_at",)),
    _C("reported_in_publisher", ("reported_in", "publisher"), text=True),
    _C("reported_in_published_at", ("reported_in", "published_at")),
    _C("occurred_at", ("occurred_at",)),
    _C("said_by", ("said_by",), text=True),
    _C("relayed_by", ("relayed_by",), separator=RELAY_SEPARATOR, text=True),
    _C(
        "relayed_by_names",
        ("relayed_by",),
        separator=RELAY_SEPARATOR,
        lookup=_SOURCE_NAME,
        text=True,
    ),
    _C("language", ("language",)),
)


def claim_list(filters: ClaimFilters | None = None) -> ClaimList:
    """The claims matching the filters, now or as of a moment (the history rows valid then,
    whose columns carry the same names)."""
    f = filters or ClaimFilters()
    rows: QuerySet[Any]
    if f.known_at is not None:
        order = order_by(f.ordering, CLAIM_ORDERINGS, _KNOWN_COLUMNS)
        rows, place = _known_valid_at(f.known_at, f.as_of).order_by(*order), "place"
    elif f.as_of is None:
        rows = models.Claim.objects.order_by(*order_by(f.ordering, CLAIM_ORDERINGS))
        place = "place"
    else:
        order = order_by(f.ordering, CLAIM_ORDERINGS, _HISTORY_COLUMNS)
        rows, place = _versions_valid_at(f.as_of).order_by(*order), "document__place"
    for name in ("status", "subject", "indicator", "attributed_to"):
        value = getattr(f, name)
        if value:
            rows = rows.filter(**{name: value})
    if f.disputed is not None:
        disputed = Q(open_disputes__gt=0) | Q(status="disputed")
        rows = rows.filter(disputed) if f.disputed else rows.exclude(disputed)
    if f.period_start is not None:
        rows = rows.filter(period_end__gte=f.period_start)
    if f.period_end is not None:
        rows = rows.filter(period_start__lte=f.period_end)
    if f.q:
        rows = rows.filter(
            Q(statement__icontains=f.q)
            | Q(subject__icontains=f.q)
            | Q(**{f"{place}__icontains": f.q})
        )
    return ClaimList(rows)


def claim_list_of(ids: Iterable[str]) -> ClaimList:
    """These claims (now), in list order."""
    return ClaimList(models.Claim.objects.filter(pk__in=list(ids)).order_by("created_at", "id"))


def _versions_valid_at(moment: dt.datetime) -> QuerySet[models.ClaimVersion]:
    """The history rows valid at a moment: one per claim that existed then."""
    return models.ClaimVersion.objects.filter(
        Q(recorded_to__isnull=True) | Q(recorded_to__gt=moment), recorded_from__lte=moment
    )


def first_reviewed(claim_ids: Iterable[str]) -> dict[str, dt.datetime]:
    """When each claim first left `reported` (its first verdict was recorded), from the
    history rows; claims never reviewed are left out."""
    rows = (
        models.ClaimVersion.objects.filter(claim_id__in=list(claim_ids))
        .exclude(status="reported")
        .values("claim_id")
        .annotate(first=Min("recorded_from"))
        .values_list("claim_id", "first")
    )
    return {str(claim_id): first for claim_id, first in rows}


@dataclass(frozen=True, slots=True)
class AsReported:
    """A claim as it was first reported: its statement and figure before any correction
    (what was claimed stays what the source said)."""

    statement: str
    amount: Decimal | None  # None: a proposition
    unit: str
    qualifier: str

    def figure_differs(self, value: Mapping[str, Any] | None) -> bool:
        """Whether a claim document's `value` is another figure than the one reported."""
        if value is None or self.amount is None:
            return (value is None) != (self.amount is None)
        # (a unit's letter case or spacing tidied is not a correction of what the source said)
        return (Decimal(str(value.get("amount"))), value.get("qualifier") or "") != (
            self.amount,
            self.qualifier,
        ) or not units_match(str(value.get("unit") or ""), self.unit)


def as_reported(claim_ids: Iterable[str]) -> dict[str, AsReported]:
    """Each claim as it was first reported (its first history row), by id."""
    rows = models.ClaimVersion.objects.filter(claim_id__in=list(claim_ids), version=1)
    found = {}
    for claim_id, statement, amount, unit, qualifier in rows.values_list(
        "claim_id", "statement", "amount", "unit", "qualifier"
    ):
        found[str(claim_id)] = AsReported(str(statement), amount, unit or "", qualifier or "")
    return found


def reviewed_claims() -> ClaimList:
    """Every claim with a verdict (any status but `reported`), in list order."""
    return ClaimList(models.Claim.objects.exclude(status="reported").order_by("created_at", "id"))


def last_recorded_at() -> dt.datetime | None:
    """When the newest event in the log was recorded (None for an empty log): nothing a read
    shows can have changed since."""
    return models.Event.objects.order_by("-position").values_list("recorded_at", flat=True).first()


# --- Events: a stream's history, a page of the log -----------------------------------------------


@dataclass(frozen=True, slots=True)
class EventView:
    """An event as readers see it: its data in the event's current shape (older schema
    versions upcast; unknown types as stored), who recorded it, when, and why."""

    position: int
    event_id: uuid.UUID
    stream_type: str
    stream_id: str
    version: int
    event_type: str
    schema_version: int
    data: dict[str, Any]
    metadata: dict[str, Any]
    recorded_at: dt.datetime
    occurred_at: dt.datetime | None

    @property
    def event(self) -> DomainEvent | None:
        """The typed event, or None when this code cannot read it as one (an unknown type, or
        an old shape no upcaster lifts): pages then show the event without a summary rather
        than fail."""
        try:
            return decode(self.event_type, self.data)
        except (UnknownEventType, DomainError, TypeError, ValueError):
            return None

    @property
    def actor(self) -> str | None:
        return self.metadata.get("actor")

    @property
    def reason(self) -> str | None:
        return self.metadata.get("reason")


def event_view(record: RecordedEvent) -> EventView:
    """Show a stored event in its current shape."""
    try:
        data = upcast(record.event_type, record.schema_version, record.data)
        version = current_version(record.event_type)
    except LookupError:
        data, version = record.data, record.schema_version
    return EventView(
        position=record.position,
        event_id=record.event_id,
        stream_type=record.stream_type,
        stream_id=record.stream_id,
        version=record.version,
        event_type=record.event_type,
        schema_version=version,
        data=data,
        metadata=record.metadata or {},
        recorded_at=record.recorded_at,
        occurred_at=record.occurred_at,
    )


# The editors' working record of a claim: their notes to each other (the `note` command) and who
# is to review it. They are shown to users with a role, never to anonymous readers (the API, the
# feed, the public pages): a note may name a confidential source. The events themselves stay in
# every feed, emptied, so that a reader of the log still sees every position. (A claim's own
# `note`, given when it was reported, says where it came from: it is public.)
INTERNAL_EVENT_TYPES = frozenset({"NoteAdded", "ReviewAssigned"})
INTERNAL_CLAIM_FIELDS = {"assignee": None}


def without_internal(document: Mapping[str, Any]) -> dict[str, Any]:
    """A claim document without whom its review is assigned to (as the API has it when it is
    assigned to nobody)."""
    return {**document, **INTERNAL_CLAIM_FIELDS}


# A stored claim document's text with nobody assigned (a key's quotes are never a string's:
# inside a string they are escaped), as Django's JSON, PostgreSQL's jsonb or orjson write it.
NO_ASSIGNEE = re.compile(r'"assignee": ?null')


def has_internal(document: Mapping[str, Any]) -> bool:
    return any(document.get(k) != v for k, v in INTERNAL_CLAIM_FIELDS.items())


def stream_events(
    stream_id: str, *, after_version: int = 0, until: dt.datetime | None = None
) -> list[EventView]:
    """A claim's or source's events in version order (after a version; recorded by a moment)."""
    records = eventstore.load(stream_id, after_version=after_version)
    if until is not None:
        records = [r for r in records if r.recorded_at <= until]
    return [event_view(r) for r in records]


_STREAM_EVENT_TYPES = {
    "claim": frozenset(cls.__name__ for cls in CLAIM_EVENTS),
    "source": frozenset(cls.__name__ for cls in SOURCE_EVENTS),
    "citation": frozenset(cls.__name__ for cls in CITATION_EVENTS),
}


def event_page(
    after: int = 0,
    limit: int = 100,
    *,
    stream_id: str | None = None,
    stream_type: str | None = None,
    event_type: str | None = None,
) -> list[EventView]:
    """Events after a log position in log order (at most `limit`), optionally of one stream,
    stream type or event type. Read through the event store's feed, so a reader looping on
    the last position it saw never skips an event."""
    types: set[str] | None = None
    if stream_type is not None:
        # Each event type belongs to one kind of stream: the type says the stream type.
        types = set(_STREAM_EVENT_TYPES.get(stream_type, ()))
    if event_type is not None:
        types = {event_type} if types is None else types & {event_type}
    if types is not None and not types:
        return []
    records = eventstore.read_all(
        after, limit, stream_id=stream_id, event_types=sorted(types) if types else None
    )
    return [event_view(r) for r in records]


def head_position() -> int:
    """The position of the latest event in the log (0 when empty)."""
    return eventstore.head_position()


def recent_events_by(actor: str, *, limit: int, window: int) -> list[tuple[EventView, str]]:
    """The actor's latest events among the last `window` positions, each with the title of
    its claim (statement) or source (name)."""
    head = head_position()
    rows = list(
        models.Event.objects.filter(position__gt=head - window, metadata__actor=actor).order_by(
            "-position"
        )[:limit]
    )
    ids = [r.stream_id for r in rows]
    titles = dict(models.Claim.objects.filter(pk__in=ids).values_list("id", "statement"))
    titles.update(models.Source.objects.filter(pk__in=ids).values_list("id", "name"))
    return [
        (event_view(RecordedEvent.from_row(r)), titles.get(r.stream_id, r.stream_id)) for r in rows
    ]


# --- Sources --------------------------------------------------------------------------------------

# The counters a source row keeps of its record (the claims attributed to it by status, its
# figures in other claims and its disputes by outcome): stats key -> column.
SOURCE_COUNTERS = {key: column for column, key in projections.COUNTERS.items()}


def source_stats(row: models.Source) -> dict[str, int]:
    """A source row's record by outcome (what reliability is scored from)."""
    return {key: int(getattr(row, column)) for key, column in SOURCE_COUNTERS.items()}


def source_document(row: models.Source) -> dict[str, Any]:
    """A source as the API shows it: its fields, its record, its reliability score and how the
    score was reached."""
    stats = source_stats(row)
    return {
        "id": row.pk,
        "version": row.version,
        "name": row.name,
        "kind": row.kind,
        "url": row.url,
        "wikidata_id": row.wikidata_id,
        "aliases": source_aliases(row),
        "created_at": row.created_at,
        "updated_at": row.updated_at,
        "stats": stats,
        "reliability": registry.source_reliability(stats),
        "explanation": registry.source_explanation(stats),
    }


def aliases_in(stored: str) -> list[str]:
    """Other names as the source row stores them (one a line, see projections.source_fields)."""
    return stored.split("\n") if stored else []


def source_aliases(row: models.Source) -> list[str]:
    """A source row's other names, in the order given."""
    return aliases_in(row.aliases)


def source(source_id: str) -> models.Source | None:
    return models.Source.objects.filter(pk=source_id).first()


def source_exists(source_id: str) -> bool:
    return models.Source.objects.filter(pk=source_id).exists()


def sources(ids: Iterable[str]) -> dict[str, models.Source]:
    """The registered sources among these ids."""
    return {row.pk: row for row in models.Source.objects.filter(pk__in=[i for i in ids if i])}


class SourceList:
    """Sources in list order (the ordering asked, then id): `count()`, and a slice gives their
    documents."""

    def __init__(self, rows: QuerySet[models.Source]) -> None:
        self._rows = rows

    def count(self) -> int:
        return self._rows.count()

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, window: slice) -> list[dict[str, Any]]:
        return [source_document(row) for row in self._rows[window]]


def source_list(
    *, kind: str = "", q: str = "", ordering: str = DEFAULT_SOURCE_ORDERING
) -> SourceList:
    """Sources of a kind and/or with text in their name or one of their other names, letter case
    and accents aside (empty values filter nothing), in an order of SOURCE_ORDERINGS (few
    enough that created_at needs no index)."""
    rows = models.Source.objects.order_by(*order_by(ordering, SOURCE_ORDERINGS))
    if kind:
        rows = rows.filter(kind=kind)
    if q:
        rows = named_with(rows, q)
    return SourceList(rows)


def named_with(rows: QuerySet[models.Source], text: str) -> QuerySet[models.Source]:
    """The sources whose name or one of whose other names holds `text`, letter case and
    accents aside (the search column projections.search_text writes)."""
    return rows.filter(search__contains=projections.search_text(text))


def source_names(ids: Iterable[str | None] | None = None) -> dict[str, str]:
    """Names of these sources (of every source when ids is None)."""
    rows = models.Source.objects.all()
    if ids is not None:
        wanted = {i for i in ids if i}
        if not wanted:
            return {}
        rows = rows.filter(pk__in=wanted)
    return {str(pk): str(name) for pk, name in rows.values_list("id", "name")}


def sources_by_name() -> list[tuple[str, str]]:
    """Every source as (id, name), in name order (for choosing one)."""
    rows = models.Source.objects.order_by("name", "id").values_list("id", "name")
    return [(str(pk), str(name)) for pk, name in rows]


def sources_known_as() -> list[tuple[str, str, list[str]]]:
    """Every source as (id, name, other names)."""
    rows = models.Source.objects.order_by("name", "id").values_list("id", "name", "aliases")
    return [(str(pk), str(name), aliases_in(aliases)) for pk, name, aliases in rows]


@dataclass(frozen=True, slots=True)
class TrackRecord:
    """A source with its counts and score, the claims attributed to it (newest first), the
    competing figures it gave and the disputes it raised (each with its claim)."""

    source: models.Source
    stats: dict[str, int]
    reliability: str | None
    claims: list[models.Claim]
    figures: list[models.Figure]
    disputes: list[models.Dispute]


def track_record(source_id: str) -> TrackRecord | None:
    row = source(source_id)
    if row is None:
        return None
    stats = source_stats(row)
    return TrackRecord(
        source=row,
        stats=stats,
        reliability=registry.source_reliability(stats),
        claims=list(
            models.Claim.objects.filter(attributed_to_id=source_id).order_by("-created_at")
        ),
        figures=list(
            models.Figure.objects.filter(source_id=source_id, is_primary=False)
            .select_related("claim")
            .order_by("-added_at")
        ),
        disputes=list(
            models.Dispute.objects.filter(by=source_id)
            .select_related("claim")
            .order_by("-opened_at")
        ),
    )


# --- What the indicator app reads -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IndicatorFigure:
    """One figure of a claim that carries an indicator, with what its claim says about it."""

    indicator: str
    claim_id: str
    figure_id: str
    source_id: str
    amount: Decimal
    unit: str
    qualifier: str
    status: str
    added_at: dt.datetime
    claim_status: str
    period_start: dt.date | None
    period_end: dt.date | None
    open_disputes: int


def indicator_figures(keys: Iterable[str] | None = None) -> list[IndicatorFigure]:
    """Every figure of every claim carrying one of these indicators (any indicator if None)."""
    rows = models.Figure.objects.filter(claim__indicator__isnull=False)
    if keys is not None:
        rows = rows.filter(claim__indicator__in=list(keys))
    return [
        IndicatorFigure(
            indicator=str(r["claim__indicator"]),
            claim_id=r["claim_id"],
            figure_id=r["figure_id"],
            source_id=r["source_id"],
            amount=Decimal(r["amount"]),
            unit=r["unit"],
            qualifier=r["qualifier"],
            status=r["status"],
            added_at=r["added_at"],
            claim_status=r["claim__status"],
            # A figure about a period of its own counts there, else in its claim's.
            period_start=r["period_start"] if r["period_start"] else r["claim__period_start"],
            period_end=r["period_end"] if r["period_start"] else r["claim__period_end"],
            open_disputes=r["claim__open_disputes"],
        )
        for r in rows.values(
            "claim_id",
            "figure_id",
            "source_id",
            "amount",
            "unit",
            "qualifier",
            "status",
            "added_at",
            "period_start",
            "period_end",
            "claim__indicator",
            "claim__status",
            "claim__period_start",
            "claim__period_end",
            "claim__open_disputes",
        )
    ]


def indicators_and_sources_of(claim_ids: Iterable[str]) -> list[tuple[str | None, str]]:
    """(indicator key or None, attributed source id) of each of these claims."""
    rows = models.Claim.objects.filter(id__in=list(claim_ids)).values_list(
        "indicator", "attributed_to_id"
    )
    return [(indicator, str(source_id)) for indicator, source_id in rows]


def record_sources_of(claim_ids: Iterable[str]) -> set[str]:
    """The sources whose record these claims touch besides the one each is attributed to: the
    sources of their figures and of their disputes. (A figure or dispute, once added, stays in
    the read models, so every source an event of these claims may have counted for is here.)"""
    ids = list(claim_ids)
    if not ids:
        return set()
    found = {
        str(source_id)
        for source_id in models.Figure.objects.filter(claim_id__in=ids)
        .values_list("source_id", flat=True)
        .distinct()
    }
    found |= {
        str(by)
        for by in models.Dispute.objects.filter(claim_id__in=ids, by__isnull=False)
        .exclude(by="")
        .values_list("by", flat=True)
        .distinct()
    }
    return found


def record_by_source(source_ids: Iterable[str] | None = None) -> dict[str, dict[str, int]]:
    """Each source's figures in claims and disputes by outcome, counted from the figures and
    disputes themselves (not the counters): {source: {"figures_accepted": n, …}}."""
    wanted = None if source_ids is None else list(source_ids)
    found: dict[str, dict[str, int]] = {}
    figures = models.Figure.objects.filter(
        status__in=[str(k) for k in projections.FIGURE_COUNTERS], is_primary=False
    )
    disputes = models.Dispute.objects.filter(
        status__in=[str(k) for k in projections.DISPUTE_COUNTERS], by__isnull=False
    ).exclude(by="")
    if wanted is not None:
        figures = figures.filter(source_id__in=wanted)
        disputes = disputes.filter(by__in=wanted)
    by_figure = {str(k): v for k, v in projections.FIGURE_COUNTERS.items()}
    by_dispute = {str(k): v for k, v in projections.DISPUTE_COUNTERS.items()}
    for source_id, status, n in figures.values_list("source_id", "status").annotate(n=Count("id")):
        found.setdefault(str(source_id), {})[projections.COUNTERS[by_figure[status]]] = n
    for by, status, n in disputes.values_list("by", "status").annotate(n=Count("id")):
        found.setdefault(str(by), {})[projections.COUNTERS[by_dispute[status]]] = n
    return found


def source_counters(source_ids: Iterable[str]) -> dict[str, dict[str, int]]:
    """The claim counters the sources' rows keep (kept in each append's transaction)."""
    rows = models.Source.objects.filter(id__in=list(source_ids)).values(
        "id", *SOURCE_COUNTERS.values()
    )
    return {
        row["id"]: {key: int(row[column]) for key, column in SOURCE_COUNTERS.items()}
        for row in rows
    }


def source_ids() -> set[str]:
    """Every registered source."""
    return {str(pk) for pk in models.Source.objects.values_list("id", flat=True)}


def claim_statuses_by_source(source_ids: Iterable[str] | None = None) -> dict[str, dict[str, int]]:
    """How many claims attributed to each source count as each status on its record (their
    `record_status`: a corrected report stays corrected once confirmed), counted from the
    claims themselves (not the counters), for these sources or all."""
    claims = models.Claim.objects.all()
    if source_ids is not None:
        claims = claims.filter(attributed_to_id__in=list(source_ids))
    found: dict[str, dict[str, int]] = {}
    for row in claims.values("attributed_to_id", "record_status").annotate(n=Count("id")):
        found.setdefault(row["attributed_to_id"], {})[row["record_status"]] = row["n"]
    return found


def claims_of_indicator(key: str) -> list[models.Claim]:
    """The claims carrying an indicator, by period then creation."""
    return list(models.Claim.objects.filter(indicator=key).order_by("period_start", "created_at"))


@dataclass(frozen=True, slots=True)
class FigureChange:
    """A claim's own figure replaced by another in one of its versions."""

    claim: models.Claim
    version: int
    old: Decimal
    new: Decimal
    recorded_from: dt.datetime
    reason: str


def figure_changes(indicator: str) -> list[FigureChange]:
    """Every change of the own figure of a claim carrying this indicator with a period, in
    claim and version order, from the claims' version history."""
    claims = {
        c.pk: c
        for c in models.Claim.objects.filter(
            indicator=indicator, period_start__isnull=False, period_end__isnull=False
        )
    }
    changed: list[tuple[str, int, Decimal, Decimal, dt.datetime]] = []
    previous: dict[str, Decimal] = {}
    versions = models.ClaimVersion.objects.filter(claim_id__in=list(claims)).order_by(
        "claim_id", "version"
    )
    for row in versions.values("claim_id", "version", "amount", "recorded_from"):
        amount = row["amount"]
        if amount is None:
            continue  # a version with no figure (a proposition)
        before = previous.get(row["claim_id"])
        previous[row["claim_id"]] = amount
        if before is not None and before != amount:
            changed.append((row["claim_id"], row["version"], before, amount, row["recorded_from"]))
    reasons: dict[tuple[str, int], str] = {}
    for claim_id in {c[0] for c in changed}:
        for e in stream_events(claim_id):
            reasons[(claim_id, e.version)] = str(e.reason or "")
    return [
        FigureChange(claims[cid], version, old, new, since, reasons.get((cid, version), ""))
        for cid, version, old, new, since in changed
    ]


# --- The review queue -----------------------------------------------------------------------------

FINAL_STATUSES = ("refuted", "retracted")
_CONTEXT = decimal.Context(prec=80)
PCT = Decimal("0.01")


def spread_pct(amounts: Iterable[Decimal]) -> Decimal | None:
    """(max − min) / |median| × 100, to 0.01; None when the median is 0 (as the indicator
    worker measures disagreement)."""
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


@dataclass(slots=True)
class QueueItem:
    """A claim that needs an editor's decision, why, and since when."""

    claim: models.Claim
    reasons: list[str] = field(default_factory=list)
    waiting_since: dt.datetime | None = None
    spread_pct: Decimal | None = None
    tolerance_pct: Decimal | None = None
    too_wide: bool = False
    sources: set[str] = field(default_factory=set)

    def since(self, moment: dt.datetime | None) -> None:
        if moment is not None and (self.waiting_since is None or moment < self.waiting_since):
            self.waiting_since = moment


def _live() -> QuerySet[models.Claim]:
    return models.Claim.objects.exclude(status__in=FINAL_STATUSES)


def review_queue() -> list[QueueItem]:
    """Every claim that needs a decision (unfiltered), the longest waiting first.

    A claim is in the queue while it is live (not refuted or retracted) and its status is
    `disputed` (also when a dispute was upheld without accepting a figure: it awaits a
    verdict), or it has an open dispute, or its competing figures (not rejected) for one
    period spread wider than its indicator's tolerance until an editor confirms one of them, or
    it is not confirmed and other sources' claims feeding its indicator for its period (in its
    unit) are further apart from it than the indicator tolerates. A claim without a known
    tolerance counts any disagreement. It waits since its oldest reason appeared: the earliest
    open dispute, the latest change of a contested claim, the first competing figure, the
    latest competing claim.
    """
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
            entry.since(open_since.get(claim.pk))
        else:
            entry.reasons.append("Contested: awaits a verdict")
            entry.since(claim.updated_at)
    _add_spread(item)
    _add_indicator_conflicts(item)
    _add_sources(found)
    return sorted(
        found.values(),
        key=lambda i: (i.waiting_since or i.claim.created_at, i.claim.created_at, i.claim.pk),
    )


def _add_spread(item: Callable[[models.Claim], QueueItem]) -> None:
    live_figures = models.Figure.objects.filter(claim__in=_live()).exclude(
        status__in=("rejected", "withdrawn")
    )
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
    claims = models.Claim.objects.select_related("attributed_to").in_bulk(wanted)
    # Figures compete when they are about the same period: a figure given for another period
    # (its own) is that period's, as the indicator worker counts it.
    amounts: dict[str, dict[tuple[Any, Any], list[Decimal]]] = defaultdict(
        lambda: defaultdict(list)
    )
    first_competitor: dict[str, dt.datetime] = {}
    for claim_id, amount, added_at, primary, start, end in live_figures.filter(
        claim_id__in=wanted
    ).values_list("claim_id", "amount", "added_at", "is_primary", "period_start", "period_end"):
        claim = claims[claim_id]
        period = (start, end) if start is not None else (claim.period_start, claim.period_end)
        amounts[claim_id][period].append(amount)
        if not primary and (
            claim_id not in first_competitor or added_at < first_competitor[claim_id]
        ):
            first_competitor[claim_id] = added_at
    tolerances = registry.indicator_tolerances()
    for claim_id, by_period in amounts.items():
        claim = claims[claim_id]
        tolerance = tolerances.get(claim.indicator or "")
        spread = _widest(v for v in by_period.values() if len(v) > 1)
        if spread is False:
            continue  # (no period has two figures)
        too_wide = spread is None or spread > (tolerance if tolerance is not None else Decimal(0))
        if not too_wide:
            continue
        entry = item(claim)
        entry.spread_pct, entry.tolerance_pct, entry.too_wide = spread, tolerance, True
        limit = f"{tolerance.normalize():f} %" if tolerance is not None else "no tolerance"
        shown = f"{spread.normalize():f} %" if spread is not None else "unbounded"
        entry.reasons.append(f"Figures {shown} apart (tolerance {limit})")
        entry.since(first_competitor.get(claim_id))


def _widest(groups: Iterable[list[Decimal]]) -> Decimal | Literal[False] | None:
    """The widest spread of these groups of amounts (None: unbounded, a median of 0; False:
    no group)."""
    widest: Decimal | Literal[False] | None = False
    for amounts in groups:
        spread = spread_pct(amounts)
        if spread is None or widest is None:
            widest = None
        elif widest is False or spread > widest:
            widest = spread
    return widest


def _add_indicator_conflicts(item: Callable[[models.Claim], QueueItem]) -> None:
    """Claims of different sources that feed one indicator for one period in one unit, further
    apart than the indicator tolerates: each claim not yet confirmed waits for an editor (the
    indicator's point is disputed until one decides)."""
    tolerances = registry.indicator_tolerances()
    groups = (
        _live()
        .filter(indicator__isnull=False, amount__isnull=False, period_start__isnull=False)
        .exclude(indicator="")
        .values("indicator", "period_start", "period_end", "unit")
        .annotate(n=Count("id"), lo=Min("amount"), hi=Max("amount"))
        .filter(n__gt=1)
        .exclude(lo=F("hi"))
    )
    for group in groups:
        claims = list(
            _live()
            .filter(
                indicator=group["indicator"],
                period_start=group["period_start"],
                period_end=group["period_end"],
                unit=group["unit"],
                amount__isnull=False,
            )
            .select_related("attributed_to")
        )
        tolerance = tolerances.get(str(group["indicator"]))
        spread = spread_pct(c.amount for c in claims if c.amount is not None)
        if spread is not None and spread <= (tolerance if tolerance is not None else Decimal(0)):
            continue
        limit = f"{tolerance.normalize():f} %" if tolerance is not None else "no tolerance"
        shown = f"{spread.normalize():f} %" if spread is not None else "unbounded"
        others = len(claims) - 1
        for claim in claims:
            if claim.status == "confirmed":
                continue
            entry = item(claim)
            entry.reasons.append(
                f"Competes with {others} other claim{'s' if others > 1 else ''} on "
                f"{group['indicator']} for its period: {shown} apart (tolerance {limit})"
            )
            entry.since(max((c.created_at for c in claims), default=None))


def _add_sources(found: Mapping[str, QueueItem]) -> None:
    """Every source a queued claim involves: its own, its figures', its disputes'."""
    ids = list(found)
    for claim_id, source_id in models.Figure.objects.filter(claim_id__in=ids).values_list(
        "claim_id", "source_id"
    ):
        found[claim_id].sources.add(source_id)
    for claim_id, by in models.Dispute.objects.filter(
        claim_id__in=ids, by__isnull=False
    ).values_list("claim_id", "by"):
        if by:
            found[claim_id].sources.add(by)
    for entry in found.values():
        if entry.claim.attributed_to_id:
            entry.sources.add(entry.claim.attributed_to_id)


# --- Citations --------------------------------------------------------------------------------


def claim_at_version(claim_id: str, version: int) -> StoredClaim | None:
    """The claim's document as it stood at a version (None: no such claim or version).

    One indexed lookup of the history row; a version whose row keeps no document (one that was
    current at no moment) is folded from the claim's events instead.
    """
    return claim_versions(claim_id, [version]).get(version)


def claim_versions(claim_id: str, versions: Iterable[int]) -> dict[int, StoredClaim]:
    """The claim's documents at these versions (those it had), from its history rows."""
    wanted = sorted(set(versions))
    if not wanted:
        return {}
    rows = models.ClaimVersion.objects.filter(claim_id=claim_id, version__in=wanted).values_list(
        "version", _DOCUMENT_TEXT
    )
    found: dict[int, StoredClaim] = {}
    missing: list[int] = []
    for version, text in rows:
        if text is None or str(text) in ("", "null"):
            missing.append(int(version))
        else:
            found[int(version)] = StoredClaim(int(version), str(text))
    if missing:
        found.update(_folded_versions(claim_id, missing))
    return found


def _folded_versions(claim_id: str, versions: list[int]) -> dict[int, StoredClaim]:
    from claims.core.domain import claim as claim_domain

    out: dict[int, StoredClaim] = {}
    state = None
    times = None
    for record in eventstore.load(claim_id):
        if record.version > max(versions):
            break
        state = claim_domain.evolve(state, record.event)
        times = projections.advance_times(times, record)
        if record.version in versions:
            document = projections.claim_document(state, times)
            out[record.version] = StoredClaim(record.version, fastsql.dump_text(document))
    return out


def _citations() -> QuerySet[models.Citation]:
    """Citations with what their claim says now: its version and whether they are stale."""
    return models.Citation.objects.annotate(
        current_version=F("claim__version"),
        material_version=F("claim__material_version"),
        stale=ExpressionWrapper(
            Q(claim__material_version__gt=F("basis_version")), output_field=BooleanField()
        ),
    )


def citation(citation_id: str) -> models.Citation | None:
    """One citation (annotated as in `citation_list`), or None."""
    return _citations().filter(pk=citation_id).first()


def citation_exists(citation_id: str) -> bool:
    return models.Citation.objects.filter(pk=citation_id).exists()


def citation_list(
    *, claim: str = "", url: str = "", stale: bool | None = None
) -> QuerySet[models.Citation]:
    """Citations in the order they were recorded, of one claim and/or one URL, stale or not
    (empty values filter nothing). Each filter is an index; `stale` compares two columns of
    the citation and its claim."""
    rows = _citations().order_by("created_at", "id")
    if claim:
        rows = rows.filter(claim_id=claim)
    if url:
        rows = rows.filter(url_digest=projections.url_digest(url), url=url)
    if stale is not None:
        is_stale = Q(claim__material_version__gt=F("basis_version"))
        rows = rows.filter(is_stale) if stale else rows.exclude(is_stale)
    return rows


def citation_document(row: models.Citation) -> dict[str, Any]:
    """A citation as the API shows it (`row` from `citation` or `citation_list`)."""
    current = int(getattr(row, "current_version", 0) or 0)
    return {
        "id": row.pk,
        "version": row.version,
        "claim": row.claim_id,
        "url": row.url,
        "title": row.title,
        "published_at": row.published_at,
        "cited_version": row.cited_version,
        "acknowledged_version": row.acknowledged_version,
        "current_version": current,
        "stale": bool(getattr(row, "stale", False)),
        "changed_in_version": int(getattr(row, "material_version", 0) or 0),
        "cited_by": row.cited_by,
        "created_at": row.created_at,
        "updated_at": row.updated_at,
    }


@dataclass(frozen=True, slots=True)
class CitationDiff:
    """What a citation relied on against what the claim says now, and the events between."""

    citation: models.Citation
    as_published: dict[str, Any]
    now: dict[str, Any]
    changes: list[dict[str, Any]]
    events: list[EventView]


def citation_diff(citation_id: str) -> CitationDiff | None:
    """The claim at the cited version beside the claim now: the material fields that differ
    (`claims.core.domain.citation.MATERIAL_FIELDS`) and every event after the cited version."""
    from claims.core.domain import citation as citation_domain

    row = citation(citation_id)
    if row is None:
        return None
    then = claim_at_version(row.claim_id, row.cited_version)
    now = stored_claim(row.claim_id)
    if then is None or now is None:
        return None
    before, after = then.document(), now.document()
    changed = citation_domain.changes(
        citation_domain.document_facts(before), citation_domain.document_facts(after)
    )
    return CitationDiff(
        citation=row,
        as_published=before,
        now=after,
        changes=[c.to_data() for c in changed],
        events=stream_events(row.claim_id, after_version=row.cited_version),
    )


def stale_citations(claim_id: str | None = None) -> list[models.Citation]:
    """Every stale citation (of one claim), the longest stale first, with its claim."""
    rows = citation_list(claim=claim_id or "", stale=True).select_related("claim")
    return sorted(rows, key=lambda c: (c.claim.updated_at, c.created_at, c.pk))
