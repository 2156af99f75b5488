"""The event store on SQLite: the write lock is the IMMEDIATE transaction's, appends are computed
in Python under it, statements run through a cached qmark conversion, bulk writes checkpoint the
WAL less often, and backups use SQLite's online backup API.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import uuid
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import orjson
from django.core.exceptions import ImproperlyConfigured
from django.db import OperationalError, connection, models, transaction
from django.db.backends.sqlite3.base import FORMAT_QMARK_REGEX

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
    JsonText,
    Projector,
    StreamHead,
    dump_text,
    identity,
)

# %s-style statements converted to sqlite3's qmark style, once each.
_QMARK: dict[str, str] = {}


def _qmark(sql: str) -> str:
    converted = _QMARK.get(sql)
    if converted is None:
        converted = _QMARK[sql] = FORMAT_QMARK_REGEX.sub("?", sql).replace("%%", "%")
    return converted


class _QmarkCursor(sqlite3.Cursor):
    """A sqlite3 cursor taking Django's %s placeholders, converted once per statement text."""

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:  # type: ignore[override]
        return super().execute(_qmark(sql), parameters)

    def executemany(self, sql: str, seq_of_parameters: Any, /) -> sqlite3.Cursor:  # type: ignore[override]
        return super().executemany(_qmark(sql), seq_of_parameters)


# (datetime, text) of the last conversion: rows of a batch share their stamps. One tuple,
# replaced whole, so threads never see a datetime paired with another one's text.
_last_datetime: tuple[Any, str] = (None, "")


def _datetime(value: dt.datetime | None) -> str | None:
    # Django's SQLite backend stores aware datetimes as naive UTC text, str(datetime).
    global _last_datetime
    if value is None:
        return None
    last = _last_datetime
    if value is last[0]:
        return last[1]
    text = str(value.astimezone(dt.UTC).replace(tzinfo=None) if value.tzinfo else value)
    _last_datetime = (value, text)
    return text


def _date(value: dt.date | None) -> str | None:
    return None if value is None else str(value)


def _uuid(value: Any) -> str | None:
    return None if value is None else value.hex


def _json(nullable: bool) -> Callable[[Any], Any]:
    # JSON text; None is SQL NULL in a nullable column, JSON null otherwise.
    def convert(value: Any) -> Any:
        if value is None and nullable:
            return None
        if isinstance(value, JsonText):
            return value
        return dump_text(value)

    return convert


# The log's head as `_lock_and_log_head` reads it, and one stream's version and last hash.
_LOG_AND_STREAM_HEAD = (
    f"SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = '{TABLE}'), 0),"  # noqa: S608
    f" COALESCE((SELECT MAX(position) FROM {TABLE}), 0)),"
    f" (SELECT CAST(recorded_at AS TEXT) FROM {TABLE} ORDER BY position DESC LIMIT 1),"
    f" (SELECT log_hash FROM {TABLE} ORDER BY position DESC LIMIT 1),"
    f" s.version, s.hash FROM (SELECT 1) LEFT JOIN (SELECT version, hash FROM {TABLE}"
    " WHERE stream_id = %s ORDER BY version DESC LIMIT 1) s"
)


class SqliteBackend(Backend):
    vendor = "sqlite"
    single_writer = True

    def _new_cursor(self, raw: Any, slot: int = 0) -> Any:
        return raw.cursor(_QmarkCursor)

    # --- appends ----------------------------------------------------------------------------------

    def append(self, batch: AppendBatch, project: Projector | None) -> AppendResult:
        try:
            # (A savepoint when nested: a failed append leaves the caller's transaction usable.)
            # The connection opens write transactions IMMEDIATE: this one holds the database's
            # single write lock from its first statement to its commit.
            with transaction.atomic():
                outcome = self._append_locked([batch], project, replay=True)
        except OperationalError as exc:
            if self.is_lock_timeout(exc):
                raise AppendLockTimeout("The event store is busy; retry shortly.") from exc
            raise
        # Raised outside the atomic block: nothing was written, so a caller's enclosing
        # transaction stays usable (it may retry or report the current version).
        if isinstance(outcome, ConcurrencyError):
            raise outcome
        return outcome[0]

    def _lock_and_log_head(self) -> tuple[int, dt.datetime | None, str]:
        if not connection.in_atomic_block:
            raise ImproperlyConfigured("Appends run inside a transaction.")
        # AUTOINCREMENT: the next rowid follows the highest ever used (sqlite_sequence), so a
        # position is never handed out twice, even after a rolled-back append.
        rows = self.execute(
            f"SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = '{TABLE}'), 0),"  # noqa: S608
            f" COALESCE((SELECT MAX(position) FROM {TABLE}), 0)),"
            f" (SELECT CAST(recorded_at AS TEXT) FROM {TABLE} ORDER BY position DESC LIMIT 1),"
            f" (SELECT log_hash FROM {TABLE} ORDER BY position DESC LIMIT 1)",
            fetch=True,
        )
        head, recorded, log_hash = rows[0]
        return int(head or 0), self._moment(recorded), log_hash or GENESIS_HASH

    def _lock_and_heads(
        self, stream_ids: Sequence[str]
    ) -> tuple[tuple[int, dt.datetime | None, str], dict[str, StreamHead]]:
        if len(stream_ids) != 1:
            return super()._lock_and_heads(stream_ids)
        # One command's append: the log's head and the stream's in one statement.
        if not connection.in_atomic_block:
            raise ImproperlyConfigured("Appends run inside a transaction.")
        rows = self.execute(_LOG_AND_STREAM_HEAD, [stream_ids[0]], fetch=True)
        head, recorded, log_hash, version, digest = rows[0]
        heads = {stream_ids[0]: StreamHead(int(version), str(digest))} if version else {}
        return (int(head or 0), self._moment(recorded), log_hash or GENESIS_HASH), heads

    def _positions(self, head_position: int, n: int) -> list[int]:
        return list(range(head_position + 1, head_position + n + 1))

    def lock(self) -> None:
        # The connection opens write transactions IMMEDIATE, so a transaction that has written
        # (or begun) already holds the database's single write lock.
        pass

    def lock_key(self, namespace: str, key: str) -> None:
        # Nothing to take: inside a transaction this connection holds the database's single
        # write lock already (IMMEDIATE, from BEGIN), which serialises every writer.
        if not connection.in_atomic_block:
            raise ImproperlyConfigured("A key lock is taken inside a transaction.")
        if getattr(connection, "transaction_mode", None) not in ("IMMEDIATE", "EXCLUSIVE"):
            raise ImproperlyConfigured("A key lock needs write transactions begun IMMEDIATE.")

    def is_lock_timeout(self, exc: Exception) -> bool:
        return "lock timeout" in str(exc).lower()

    # --- reads ------------------------------------------------------------------------------------

    def _select_columns(self) -> str:
        # Times as text: datetime.fromisoformat is much faster than the decltype converter.
        return (
            "position, event_id, stream_type, stream_id, version, event_type, schema_version,"
            " data, metadata, CAST(recorded_at AS TEXT), CAST(occurred_at AS TEXT), hash, log_hash"
        )

    def _moment(self, value: Any) -> dt.datetime | None:
        if value is None:
            return None
        moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)

    def datetime_param(self, value: dt.datetime) -> Any:
        return connection.ops.adapt_datetimefield_value(value)

    def uuid_param(self, value: uuid.UUID) -> Any:
        return value.hex

    # --- rows -------------------------------------------------------------------------------------

    def converter(self, field: models.Field[Any, Any]) -> Callable[[Any], Any]:
        if isinstance(field, models.JSONField):
            return _json(field.null)
        if isinstance(field, models.DateTimeField):
            return _datetime
        if isinstance(field, models.DateField):
            return _date
        if isinstance(field, models.UUIDField):
            return _uuid
        if field.get_internal_type() == "CharField" and type(field) is not models.CharField:
            return field.get_prep_value  # e.g. ExactDecimalField: a Decimal as canonical text
        return identity

    @contextlib.contextmanager
    def bulk_session(self, pages: int = 16_384) -> Iterator[None]:
        """Checkpoint the WAL every `pages` pages (64 MB) instead of every 1,000 during bulk
        writes, then once at the end.

        A batch of 1,000 imported events writes a few MB: with the default, every batch's commit
        ran a checkpoint, copying pages back to the database file (and syncing it), among them
        the same index pages batch after batch. The final PASSIVE checkpoint is inside the
        caller's timing, so the cost is moved, not hidden. The raw sqlite3 connection is used
        so that a failed transaction cannot turn this cleanup into a second error.
        """
        connection.ensure_connection()
        raw = connection.connection
        assert raw is not None
        prior = int(raw.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
        raw.execute(f"PRAGMA wal_autocheckpoint={int(pages)}")
        try:
            yield
        finally:
            with contextlib.suppress(sqlite3.Error):
                raw.execute(f"PRAGMA wal_autocheckpoint={prior}")
                if not connection.in_atomic_block:
                    raw.execute("PRAGMA wal_checkpoint(PASSIVE)")

    # --- exports ----------------------------------------------------------------------------------

    def export_csv(
        self,
        query: str,
        params: Sequence[Any],
        columns: Sequence[export.CsvColumn],
        rows_per_chunk: int = 2000,
    ) -> Generator[bytes, None, None]:
        """json_extract() with every path reads each document once, into one JSON array of the
        values; `export.RowWriter` writes the lines. The lookups' tables are read first."""
        paths = export.paths_of(columns)
        if len(paths) == 1:
            paths.append(paths[0])  # one path alone answers its value, not an array of them
        wanted = ", ".join(f"'$.{'.'.join(path)}'" for path in paths)
        select = (
            f"SELECT json_extract(export_rows.document, {wanted})"  # noqa: S608 (plain keys)
            f" FROM ({query}) AS export_rows"
        )
        tables = export.lookup_tables(columns)
        writer = export.RowWriter(columns, tables)
        loads = orjson.loads
        yield export.header(columns)
        with connection.chunked_cursor() as cursor:
            cursor.execute(select, params)
            while batch := cursor.fetchmany(rows_per_chunk):
                yield writer.lines([loads(text) for (text,) in batch])

    # --- operations -------------------------------------------------------------------------------

    def backup(self, settings: Mapping[str, Any], target: Any) -> str:
        """SQLite's online backup API (`online_copy`), then the copy's event head."""
        head = online_copy(
            Path(settings["NAME"]),
            Path(target),
            then=f"SELECT coalesce(max(position), 0) FROM {TABLE}",  # noqa: S608
        )
        return f"SQLite online backup, integrity ok, event head {head[0] if head else 0}"

    def roles_unsupported(self) -> str:
        return (
            "setup_db_roles is for PostgreSQL. SQLite has no roles: protect the database "
            "file with file permissions; its triggers refuse UPDATE and DELETE on events."
        )


def online_copy(source: Path, target: Path, *, then: str | None = None) -> Any:
    """Copy the database file `source` into `target` (replaced) with SQLite's online backup API:
    every page in one step under a read transaction, so the copy is one consistent moment while
    writers go on (WAL); then check the copy (BackupError if it fails). The first row of the
    query `then` run on the copy, if given."""
    with contextlib.suppress(FileNotFoundError):
        target.unlink()
    row = None
    src = sqlite3.connect(source, timeout=30)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            check = dst.execute("PRAGMA integrity_check").fetchone()
            if then is not None:
                row = dst.execute(then).fetchone()
        finally:
            dst.close()
    finally:
        src.close()
    if not check or check[0] != "ok":
        raise BackupError(f"The copy of {source} failed its integrity check: {check}")
    return row
