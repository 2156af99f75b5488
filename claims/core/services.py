"""One function per command: load the stream, decide, append with the expected version and the
read-model rows the events produce.

Loading and deciding happen before any transaction (from the post-commit state cache, the claim
row's snapshot, or the log); the append checks the stream's head under the event store's lock,
so a decision taken on a stale state is refused, never stored. A command taking a value no
other stream may hold (a source's name, a URL citing a claim: `Unique`) checks it in the
transaction that appends, after locking the value (`eventstore.lock_key`), so two simultaneous
commands taking it go one after the other and the second is refused. The events and the read
models they produce are written together or not at all (one transaction, on PostgreSQL one
round trip).
After the commit the state cache learns the new version and the registry tells its listeners
(the indicator worker's nudge) that there is news; a lost nudge only delays them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from claims.core import eventstore, projections, registry, selectors
from claims.core.domain import citation as citation_domain
from claims.core.domain import claim as claim_domain
from claims.core.domain import commands as c
from claims.core.domain import snapshots
from claims.core.domain import source as source_domain
from claims.core.domain.claim import ClaimState
from claims.core.domain.errors import CommandRejected
from claims.core.domain.events import Event as DomainEvent
from claims.core.domain.source import SourceState
from claims.core.domain.values import happened_by
from claims.core.eventstore import ConcurrencyError, NewEvent, RecordedEvent
from claims.core.models import Claim, Source

EVENT_ID_NAMESPACE = uuid.UUID("6f1c2e0a-52b1-4c39-9d0e-2013a1c2e0a5")
MAX_SEEDED_EVENTS = 16  # more than any one command emits


@dataclass(frozen=True, slots=True)
class Context:
    """Who asks and why: becomes each event's metadata. Never taken from client-supplied data."""

    actor: str
    request_id: str | None = None
    correlation_id: str | None = None
    causation_id: str | None = None
    occurred_at: dt.datetime | None = None
    # A seed makes event ids deterministic, so re-running the same command (the demo loader,
    # an importer) is a no-op instead of a duplicate.
    event_id_seed: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def metadata(self, reason: str | None) -> dict[str, Any]:
        meta: dict[str, Any] = {"actor": self.actor}
        for key in ("request_id", "correlation_id", "causation_id"):
            if getattr(self, key):
                meta[key] = getattr(self, key)
        if reason:
            meta["reason"] = reason
        meta.update(self.extra)
        return meta

    def event_ids(self, count: int) -> list[uuid.UUID | None]:
        if self.event_id_seed is None:
            return [None] * count
        return [uuid.uuid5(EVENT_ID_NAMESPACE, f"{self.event_id_seed}/{i}") for i in range(count)]


@dataclass(frozen=True, slots=True)
class Result:
    state: Any
    records: list[RecordedEvent]
    replayed: bool = False
    times: projections.ClaimTimes | None = None  # a claim's times after a command it ran

    @property
    def version(self) -> int:
        return int(self.state.version)


def new_id() -> str:
    return str(uuid.uuid4())


# --- Loading aggregates -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Loaded:
    """An aggregate's state at its version, with the claim's recorded times (claims only)."""

    state: Any
    times: projections.ClaimTimes | None = None

    @property
    def version(self) -> int:
        return int(self.state.version) if self.state is not None else 0


class _StateCache:
    """States by (stream, version), filled only after commit.

    Events never change, so the state at a given version of a stream never changes either: an
    entry can never be stale, only absent. Filling it on commit keeps rolled-back versions out.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self._entries: OrderedDict[tuple[str, int], Loaded] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, stream_id: str, version: int) -> Loaded | None:
        with self._lock:
            entry = self._entries.get((stream_id, version))
            if entry is not None:
                self._entries.move_to_end((stream_id, version))
            return entry

    def put(self, stream_id: str, loaded: Loaded) -> None:
        with self._lock:
            self._entries[(stream_id, loaded.version)] = loaded
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


state_cache = _StateCache(size=20_000)


def load_claim(claim_id: str) -> ClaimState | None:
    """Replay a claim's stream from the log."""
    return _fold(claim_domain.evolve, eventstore.load(claim_id))


def load_source(source_id: str) -> SourceState | None:
    return _fold(source_domain.evolve, eventstore.load(source_id))


def _fold(evolve: Callable[[Any, DomainEvent], Any], records: Sequence[RecordedEvent]) -> Any:
    state = None
    for record in records:
        state = evolve(state, record.event)
    return state


def _load_claim_for_command(claim_id: str, expected: int | None) -> Loaded:
    """The claim at its current version: from the cache, the snapshot, or the log, in that order."""
    if expected is not None and expected > 0:
        cached = state_cache.get(claim_id, expected)
        if cached is not None:
            return cached
    if expected == 0 and not eventstore.stream_exists(claim_id):
        return Loaded(None)  # nothing to load (a command on a missing claim is refused)
    row = (
        Claim.objects.filter(pk=claim_id)
        .values("snapshot", "created_at", "updated_at", "occurred_at", "last_position")
        .first()
    )
    if row is not None and row["snapshot"]:
        try:
            state = snapshots.claim_from_data(row["snapshot"]["state"])
        except snapshots.OutdatedSnapshot:
            pass  # written under older rules: replay below (the next write refreshes it)
        else:
            return Loaded(state, projections.times_from_snapshot(row))
    records = eventstore.load(claim_id)
    return Loaded(_fold(claim_domain.evolve, records), projections.times_from_records(records))


def _load_source_for_command(source_id: str, expected: int | None) -> Loaded:
    return Loaded(load_source(source_id))


def load_citation(citation_id: str) -> citation_domain.CitationState | None:
    return _fold(citation_domain.evolve, eventstore.load(citation_id))


def _load_citation_for_command(citation_id: str, expected: int | None) -> Loaded:
    return Loaded(load_citation(citation_id))


# --- The command path ---------------------------------------------------------------------------

EVOLVE: dict[str, Callable[[Any, DomainEvent], Any]] = {
    "claim": claim_domain.evolve,
    "source": source_domain.evolve,
    "citation": citation_domain.evolve,
}

AGGREGATES: dict[
    str, tuple[Callable[[str, int | None], Loaded], Callable[[Any, c.Command], list[DomainEvent]]]
] = {
    "claim": (_load_claim_for_command, claim_domain.decide),
    "source": (_load_source_for_command, source_domain.decide),
    "citation": (_load_citation_for_command, citation_domain.decide),
}
LOADERS: dict[str, Callable[[str], Any]] = {
    "claim": load_claim,
    "source": load_source,
    "citation": load_citation,
}


@dataclass(frozen=True, slots=True)
class Unique:
    """A value a command takes that no other stream may hold (a source's name, a URL citing a
    claim): `refuse` raises CommandRejected when a read-model row holds it already.

    `_execute` runs `refuse` in the transaction that appends, after locking `key` (the value
    as it is compared) in `namespace`: a simultaneous command taking the same value waits for
    that transaction's end, then sees its row and is refused. A check before the transaction
    (as it once was) let two of them both find the value free and both append it."""

    namespace: str
    key: str
    refuse: Callable[[], None]


def _execute(
    stream_type: str,
    stream_id: str,
    command: c.Command,
    ctx: Context,
    expected_version: int | None,
    *,
    check: Callable[[Any], None] | None = None,
    creates: bool = False,
    unique: Unique | None = None,
) -> Result:
    load = AGGREGATES[stream_type][0]
    replay = _replay_of_seeded(stream_id, ctx, stream_type)
    if replay is not None:
        return replay
    happened_by(ctx.occurred_at, timezone.now())  # (the domain has no clock: it is given now)
    # A creation (a report: its id was just made) has nothing to load; had the id been taken,
    # the append finds the stream's head above 0 under its lock: ConcurrencyError.
    loaded = Loaded(None) if creates else load(stream_id, expected_version)
    if expected_version is not None and expected_version != loaded.version:
        raise ConcurrencyError(stream_id, expected_version, loaded.version)
    if unique is None:
        return _decide_and_append(stream_type, stream_id, command, ctx, loaded, check)
    # The lock, the check and the append in one transaction (the append's own runs nested in
    # it): the check sees every row committed by whoever held the lock before.
    with transaction.atomic():
        eventstore.lock_key(unique.namespace, unique.key)
        unique.refuse()
        return _decide_and_append(stream_type, stream_id, command, ctx, loaded, check)


def _decide_and_append(
    stream_type: str,
    stream_id: str,
    command: c.Command,
    ctx: Context,
    loaded: Loaded,
    check: Callable[[Any], None] | None,
) -> Result:
    decide = AGGREGATES[stream_type][1]
    state, version = loaded.state, loaded.version
    if check is not None:
        check(state)
    events = decide(state, command)
    if stream_type == "claim" and state is not None and ctx.occurred_at is not None:
        _check_dates(state, loaded.times, events, ctx.occurred_at)
    evolve = EVOLVE[stream_type]
    afters = []
    after = state
    for event in events:
        after = evolve(after, event)
        afters.append(after)
    ids = ctx.event_ids(len(events))
    result = eventstore.append(
        stream_type,
        stream_id,
        [
            NewEvent(ev, ctx.occurred_at or None, event_id)
            for ev, event_id in zip(events, ids, strict=True)
        ],
        expected_version=version,
        metadata=ctx.metadata(getattr(command, "reason", None)),
        project=projections.inline(stream_type, state, loaded.times, afters),
    )
    if result.replayed:
        return Result(_load(stream_type, stream_id), result.records, replayed=True)
    times = None
    if stream_type == "claim":
        times = loaded.times
        for record, state_after in zip(result.records, afters, strict=True):
            times = projections.advance_times(times, record, state_after)
    done = Loaded(after, times)
    records = result.records
    # At once when the append committed on its own; at the caller's commit otherwise.
    transaction.on_commit(lambda: _committed(stream_id, done, records))
    return Result(after, records, times=times)


def _check_dates(
    state: ClaimState,
    times: projections.ClaimTimes | None,
    events: list[DomainEvent],
    moment: dt.datetime,
) -> None:
    """Refuse events dated before what they act on (`claim_domain.check_dates`). A moment no
    earlier than every event of the claim (its times' `known_since`, the usual case) needs no
    look at them; a back-dated one reads the claim's events for their valid times."""
    since = times.known_since if times is not None else None
    if since is not None and moment >= since:
        return
    history = [
        (r.event, claim_domain.Dated(r.occurred_at or r.recorded_at, r.occurred_at is not None))
        for r in eventstore.load(state.claim_id)
        if r.version <= state.version
    ]
    claim_domain.check_dates(state, events, moment, history)


def _load(stream_type: str, stream_id: str) -> Any:
    return LOADERS[stream_type](stream_id)


def _committed(stream_id: str, after: Loaded, records: list[RecordedEvent]) -> None:
    state_cache.put(stream_id, after)
    registry.events_committed(records)


def _replay_of_seeded(stream_id: str, ctx: Context, stream_type: str) -> Result | None:
    first_id = ctx.event_ids(1)[0]
    if first_id is None:
        return None
    stored = eventstore.events_by_id([first_id])
    if not stored:
        return None
    if stored[0].stream_id != stream_id:
        raise ConcurrencyError(stream_id, None, eventstore.stream_head(stream_id)[0])
    candidates = [i for i in ctx.event_ids(MAX_SEEDED_EVENTS) if i is not None]
    records = sorted(eventstore.events_by_id(candidates), key=lambda r: r.version)
    records = [r for r in records if r.stream_id == stream_id]
    return Result(_load(stream_type, stream_id), records, replayed=True)


# --- Claims -------------------------------------------------------------------------------------


def report(command: c.ReportClaim, ctx: Context) -> Result:
    publisher = command.reported_in.publisher if command.reported_in else None
    check = _checks(
        ("attributed_to", command.attributed_to),
        ("reported_in", publisher),
        *_relays(command.relayed_by),
        indicator=command.indicator,
    )
    return _execute("claim", command.claim_id, command, ctx, 0, check=check, creates=True)


def add_figure(claim_id: str, command: c.AddFigure, ctx: Context, expected: int | None) -> Result:
    publisher = command.reported_in.publisher if command.reported_in else None
    check = _checks(
        ("source", command.source), ("reported_in", publisher), *_relays(command.relayed_by)
    )
    return _execute("claim", claim_id, command, ctx, expected, check=check)


def _relays(relayed_by: object) -> list[tuple[str, str | None]]:
    """The relaying sources to check (a malformed list is left to the domain to refuse)."""
    if not isinstance(relayed_by, tuple | list):
        return []
    return [("relayed_by", r) for r in relayed_by if isinstance(r, str)]


def dispute(claim_id: str, command: c.DisputeClaim, ctx: Context, expected: int | None) -> Result:
    return _execute("claim", claim_id, command, ctx, expected, check=_checks(("by", command.by)))


def resolve_dispute(
    claim_id: str, command: c.ResolveDispute, ctx: Context, expected: int | None
) -> Result:
    return _execute("claim", claim_id, command, ctx, expected)


def confirm(claim_id: str, command: c.ConfirmClaim, ctx: Context, expected: int | None) -> Result:
    return _execute("claim", claim_id, command, ctx, expected, check=_checks(("by", command.by)))


def correct(claim_id: str, command: c.CorrectClaim, ctx: Context, expected: int | None) -> Result:
    return _execute("claim", claim_id, command, ctx, expected, check=_checks(("by", command.by)))


def refute(claim_id: str, command: c.RefuteClaim, ctx: Context, expected: int | None) -> Result:
    return _execute("claim", claim_id, command, ctx, expected, check=_checks(("by", command.by)))


def retract(claim_id: str, command: c.RetractClaim, ctx: Context, expected: int | None) -> Result:
    return _execute("claim", claim_id, command, ctx, expected, check=_checks(("by", command.by)))


def reopen(claim_id: str, command: c.ReopenClaim, ctx: Context, expected: int | None) -> Result:
    return _execute("claim", claim_id, command, ctx, expected, check=_checks(("by", command.by)))


def recast(
    claim_id: str, command: c.RecastAsProposition, ctx: Context, expected: int | None
) -> Result:
    return _execute("claim", claim_id, command, ctx, expected, check=_checks(("by", command.by)))


def attach_evidence(
    claim_id: str, command: c.AttachEvidence, ctx: Context, expected: int | None
) -> Result:
    return _execute("claim", claim_id, command, ctx, expected)


def assign(claim_id: str, command: c.AssignReview, ctx: Context, expected: int | None) -> Result:
    def check(_state: Any) -> None:
        users = get_user_model().objects
        if not users.filter(username=command.assignee, is_active=True).exists():
            raise CommandRejected(f"No active user {command.assignee!r}.", "assignee")

    return _execute("claim", claim_id, command, ctx, expected, check=check)


def note(claim_id: str, command: c.AddNote, ctx: Context, expected: int | None) -> Result:
    return _execute("claim", claim_id, command, ctx, expected)


# --- Sources ------------------------------------------------------------------------------------


def register_source(
    command: c.RegisterSource, ctx: Context, *, same_name_ok: bool = False
) -> Result:
    """Register a source. Another source's name (letter case, accents and blanks aside) is
    refused, unless both are people (people share names) or `same_name_ok`: a name two sources
    share names neither of them in a spreadsheet or an article."""
    unique = None if same_name_ok else _name(command.name, command.source_id, command.kind)
    return _execute("source", command.source_id, command, ctx, 0, unique=unique)


def update_source(
    source_id: str, command: c.UpdateSource, ctx: Context, expected: int | None
) -> Result:
    """Edit a source; renaming it to another source's name is refused as registering is."""
    unique = _name(command.name, source_id, command.kind, renamed=True)
    return _execute("source", source_id, command, ctx, expected, unique=unique)


def _is_person(kind: object) -> bool:
    return str(kind or "").strip().lower() == "person"


def _name(name: object, source_id: str, kind: object, *, renamed: bool = False) -> Unique | None:
    """A source's name to hold unique: refused when another source has it (letter case,
    accents and blanks aside), unless both are people. A rename keeps its kind unless it
    gives one. None when there is no name to compare (the domain names what is wrong)."""
    if not isinstance(name, str) or not name.strip():
        return None
    folded = projections.search_text(name)

    def refuse() -> None:
        person = kind
        if renamed and not kind:
            person = Source.objects.filter(pk=source_id).values_list("kind", flat=True).first()
        others = Source.objects.filter(Q(search=folded) | Q(search__startswith=folded + "\n"))
        if _is_person(person):
            others = others.exclude(kind="person")  # (a person's name may be another person's)
        taken = others.exclude(pk=source_id).values_list("pk", "name").first()
        if taken is not None:
            raise CommandRejected(
                f"A source named {taken[1]!r} is registered ({taken[0]}): use it, or give this "
                "one a name that tells the two apart (its country, say).",
                "name",
            )

    return Unique("source-name", folded, refuse)


# --- Citations ----------------------------------------------------------------------------------


def claim_version(claim_id: str) -> int:
    """The claim's current version (0: no such claim), as its read model holds it."""
    row = Claim.objects.filter(pk=claim_id).values_list("version", flat=True).first()
    return int(row) if row is not None else 0


def cite(command: c.CiteClaim, ctx: Context) -> Result:
    """Record that something published relied on a claim (at a version, by default its
    current one). A URL that cites the claim already is refused, naming that citation: one
    story relies on a claim once, and is brought up to date by acknowledging."""
    url = command.url.strip() if isinstance(command.url, str) else ""
    claim = command.claim if isinstance(command.claim, str) else ""
    citation_id = command.citation_id

    def refuse() -> None:
        held = (
            selectors.citation_list(claim=claim, url=url)
            .exclude(pk=citation_id)  # (a retried command is a replay, not a second one)
            .values_list("pk", "cited_version")
            .first()
        )
        if held is not None:
            raise CommandRejected(
                f"{url[:200]} cites this claim already (citation {held[0]}, at version "
                f"{held[1]}): acknowledge that citation to move it to the claim's current "
                "version.",
                "url",
            )

    # (An empty claim would filter nothing: the domain refuses it.)
    unique = Unique("citation-url", f"{claim}\n{url}", refuse) if url and claim else None
    command = dataclasses.replace(command, claim_version=claim_version(command.claim))
    return _execute("citation", citation_id, command, ctx, 0, creates=True, unique=unique)


def acknowledge_citation(
    citation_id: str, command: c.AcknowledgeCitation, ctx: Context, expected: int | None
) -> Result:
    """Mark a citation handled at its claim's current version."""
    cited = load_citation(citation_id)
    current = claim_version(cited.claim_id) if cited is not None else 0
    command = dataclasses.replace(command, claim_version=current)
    return _execute("citation", citation_id, command, ctx, expected)


def _checks(*fields: tuple[str, str | None], indicator: str | None = None) -> Callable[[Any], None]:
    """Refuse commands naming sources (by field) or an indicator that do not exist."""

    def check(_state: Any) -> None:
        wanted: dict[str, str] = {}
        for name, value in fields:
            if value:
                wanted.setdefault(value, name)  # an id named twice: the first field's
        if wanted:
            found = eventstore.existing_streams("source", list(wanted))
            for value, name in wanted.items():
                if value not in found:
                    raise CommandRejected(f"No source with id {value[:64]!r}.", name)
        if indicator and not registry.indicator_exists(indicator):
            raise CommandRejected(f"Unknown indicator {indicator[:100]!r}.", "indicator")

    return check
