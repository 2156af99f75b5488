"""The workloads and the peers: our services, the `eventsourcing` library, a plain Django table.

Everything here runs after `common.setup_django()`.

Peers (same process, same database server or SQLite directory, same machine):
- `LibraryPeer`: an eventsourcing 9.x Application with a `LibClaim` Aggregate, through its public
  API (repository.get, aggregate methods, app.save), on its own SQLite or PostgreSQL recorder.
  `best=True` is its fastest documented configuration: the aggregate cache
  (AGGREGATE_CACHE_MAXSIZE) and, on PostgreSQL, database functions
  (POSTGRES_ENABLE_DB_FUNCTIONS).
- `Baseline`: a plain Django ORM events table with a unique (stream_id, version) constraint and
  no projections, created with raw SQL in the bench database (not in the project's migrations).
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from eventsourcing.application import Application
from eventsourcing.domain import Aggregate, event

from claims.core import services
from claims.core.domain import commands as c
from claims.core.domain.values import Document, Period, Quantity

CTX = services.Context(actor="bench")
UNIT = "per 100,000 people"
SUBJECTS = ("Guatemala", "Honduras", "El Salvador", "Mexico", "Belize")


# --- Our side ------------------------------------------------------------------------------------


def register_sources(n: int = 5) -> list[str]:
    ids = []
    for i in range(n):
        source_id = f"bench-src-{i}-{uuid.uuid4().hex[:8]}"
        services.register_source(
            c.RegisterSource(
                source_id=source_id, name=f"Bench source {source_id}", kind="organization"
            ),
            CTX,
        )
        ids.append(source_id)
    return ids


def report_command(
    claim_id: str, sources: list[str], rng: random.Random, indicator: str | None = None
) -> c.ReportClaim:
    year = rng.randint(2000, 2020)
    amount = Decimal(rng.randint(10, 900)) / 10
    subject = rng.choice(SUBJECTS)
    source = rng.choice(sources)
    return c.ReportClaim(
        claim_id=claim_id,
        statement=f"The homicide rate in {subject} in {year} was {amount} {UNIT}.",
        subject=subject,
        indicator=indicator,
        value=Quantity.of(amount, UNIT, rng.choice(["exact", "nearly", "up_to"])),
        period=Period(dt.date(year, 1, 1), dt.date(year, 12, 31)),
        place=subject,
        attributed_to=source,
        reported_in=Document(url="https://example.org/report", publisher=source),
    )


def history_commands(sources: list[str], rng: random.Random, n: int, tag: str) -> list[c.Command]:
    """A plausible history after a report: figures, a dispute and its resolution, notes."""
    out: list[c.Command] = []
    for i in range(n):
        k = i % 6
        if k == 0:
            out.append(
                c.AddFigure(
                    figure_id=f"{tag}f{i}",
                    source=rng.choice(sources),
                    value=Quantity.of(str(rng.randint(10, 90)), UNIT, "exact"),
                )
            )
        elif k == 1:
            out.append(c.DisputeClaim(dispute_id=f"{tag}d{i}", reason="Figures differ."))
        elif k == 2:
            out.append(c.ResolveDispute(resolution="upheld", reason="Checked the record."))
        elif k == 3:
            out.append(c.ConfirmClaim(reason="Confirmed by the registry."))
        else:
            out.append(c.AddNote(text=f"note {i}"))
    return out


def report_claims(n: int, sources: list[str], seed: int = 1) -> list[str]:
    """Report n claims one command at a time (the service path); return their ids."""
    rng = random.Random(seed)
    ids = []
    for _ in range(n):
        claim_id = services.new_id()
        services.report(report_command(claim_id, sources, rng), CTX)
        ids.append(claim_id)
    return ids


# --- The eventsourcing library ------------------------------------------------------------------


class LibClaim(Aggregate):
    @event("Reported")
    def __init__(self, statement: str, subject: str, amount: str, unit: str) -> None:
        self.statement = statement
        self.subject = subject
        self.amount = amount
        self.unit = unit
        self.note = ""
        self.status = "reported"

    @event("NoteAdded")
    def add_note(self, text: str) -> None:
        self.note = text

    @event("Confirmed")
    def confirm(self, reason: str) -> None:
        self.status = "confirmed"


class LibClaims(Application[uuid.UUID]):
    def report(self, statement: str, subject: str, amount: str) -> uuid.UUID:
        claim = LibClaim(statement, subject, amount, UNIT)
        self.save(claim)
        return claim.id

    def note(self, claim_id: uuid.UUID, text: str) -> int:
        claim: LibClaim = self.repository.get(claim_id)
        claim.add_note(text)
        self.save(claim)
        return int(claim.version)


def library_app(vendor: str, workdir: Path, db_url: str, *, best: bool, tag: str) -> Any:
    """An eventsourcing Application on its own SQLite file or on the bench PostgreSQL database."""
    env: dict[str, str] = {"IS_SNAPSHOTTING_ENABLED": "n"}
    if vendor == "sqlite":
        env.update(
            PERSISTENCE_MODULE="eventsourcing.sqlite",
            SQLITE_DBNAME=str(workdir / f"library-{tag}.sqlite3"),
        )
    else:
        from bench.common import pg_params

        p = pg_params(db_url)
        env.update(
            PERSISTENCE_MODULE="eventsourcing.postgres",
            POSTGRES_DBNAME=p["dbname"],
            POSTGRES_HOST=p["host"],
            POSTGRES_PORT=p["port"],
            POSTGRES_USER=p["user"],
            POSTGRES_PASSWORD=p["password"],
            POSTGRES_SCHEMA="public",
            POSTGRES_POOL_SIZE="2",
        )
    if best:
        env["AGGREGATE_CACHE_MAXSIZE"] = "100000"
        if vendor != "sqlite":
            env["POSTGRES_ENABLE_DB_FUNCTIONS"] = "y"
    return LibClaims(env=env)


def library_name(vendor: str, best: bool) -> str:
    if not best:
        return "eventsourcing default"
    return "eventsourcing cache" + ("+db functions" if vendor != "sqlite" else "")


# --- The plain Django baseline ------------------------------------------------------------------

BASELINE_TABLE = "bench_baseline_event"


def baseline_model() -> Any:
    """A plain Django model on a table created here with raw SQL (no migrations, no projections)."""
    from django.db import connection, models

    with connection.cursor() as cur:
        if connection.vendor == "sqlite":
            cur.execute(
                f"CREATE TABLE IF NOT EXISTS {BASELINE_TABLE} ("
                " id integer PRIMARY KEY AUTOINCREMENT, stream_id varchar(64) NOT NULL,"
                " version integer NOT NULL, event_type varchar(64) NOT NULL, data text NOT NULL,"
                " recorded_at datetime NOT NULL, UNIQUE (stream_id, version))"
            )
        else:
            cur.execute(
                f"CREATE TABLE IF NOT EXISTS {BASELINE_TABLE} ("
                " id bigserial PRIMARY KEY, stream_id varchar(64) NOT NULL,"
                " version integer NOT NULL, event_type varchar(64) NOT NULL, data jsonb NOT NULL,"
                " recorded_at timestamptz NOT NULL, UNIQUE (stream_id, version))"
            )
    existing = _BASELINE.get("model")
    if existing is not None:
        return existing

    class BaselineEvent(models.Model):
        stream_id = models.CharField(max_length=64)
        version = models.IntegerField()
        event_type = models.CharField(max_length=64)
        data = models.JSONField()
        recorded_at = models.DateTimeField()

        class Meta:
            app_label = "bench_baseline"
            db_table = BASELINE_TABLE
            managed = False

        def __str__(self) -> str:
            return f"{self.stream_id}@{self.version}"

    _BASELINE["model"] = BaselineEvent
    return BaselineEvent


_BASELINE: dict[str, Any] = {}


def baseline_append(model: Any, stream_id: str, event_type: str, data: dict[str, Any]) -> int:
    """Read the stream's head and append one event after it, in one transaction (ORM)."""
    from django.db import transaction
    from django.utils import timezone

    with transaction.atomic():
        head = (
            model.objects.filter(stream_id=stream_id)
            .order_by("-version")
            .values_list("version", flat=True)
            .first()
        ) or 0
        model.objects.create(
            stream_id=stream_id,
            version=head + 1,
            event_type=event_type,
            data=data,
            recorded_at=timezone.now(),
        )
    return int(head + 1)


def round_robin(ids: list[Any], n: int) -> Iterator[Any]:
    for i in range(n):
        yield ids[i % len(ids)]
