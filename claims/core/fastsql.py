"""Raw-cursor writes of model rows, for the hot and bulk paths: same columns, same stored values.

The ORM costs tens of microseconds per row and per statement (query compilation, per-field
preparation); these helpers prepare each column with a converter picked once per field and
vendor, and hand the rows to `cursor.execute` / `executemany` (or PostgreSQL COPY). The values
written are those Django would write (`get_db_prep_save`), so rows read back identically: a
test compares them with ORM-written rows.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

import orjson
from django.db import connection, models
from django.db.backends.sqlite3.base import FORMAT_QMARK_REGEX

# SQLite statements of the hot path, converted from Django's %s style to sqlite3's qmark style.
_QMARK: dict[str, str] = {}

Converter = Callable[[Any], Any]


def _identity(value: Any) -> Any:
    return value


# (datetime, text) of the last conversion: rows of a batch share their stamps. One tuple,
# replaced whole, so threads never see a datetime paired with another one's text.
_last_datetime: tuple[Any, str] = (None, "")


def _sqlite_datetime(value: dt.datetime | None) -> str | None:
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


def _sqlite_date(value: dt.date | None) -> str | None:
    return None if value is None else str(value)


def _sqlite_uuid(value: Any) -> str | None:
    return None if value is None else value.hex


class JsonText(str):
    """JSON already serialised (`dumps`): written as is, so a document is dumped once."""

    __slots__ = ()


# orjson is ~10x faster than json.dumps on our documents. Its output is the same JSON value
# (compact instead of ", " separators; SQLite keeps the text, PostgreSQL parses it into jsonb).
# Values json.dumps would refuse stay refused: datetimes and dataclasses are not serialised
# natively (they go to `default`, which is absent, so orjson raises TypeError like json).
_ORJSON_OPTIONS = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS


def dump_text(value: Any) -> str:
    """JSON text of a value: orjson, or json.dumps for what orjson does not take (ints beyond
    64 bits, non-string keys), so anything Django's JSONField would store is stored."""
    try:
        return orjson.dumps(value, option=_ORJSON_OPTIONS).decode()
    except orjson.JSONEncodeError:
        return json.dumps(value)


def dumps(value: Any) -> JsonText:
    return JsonText(dump_text(value))


def _json(nullable: bool) -> Converter:
    # Django stores JSON text (text on SQLite, jsonb from that text on PostgreSQL); None is SQL
    # NULL in a nullable column, JSON null otherwise.
    def convert(value: Any) -> Any:
        if value is None and nullable:
            return None
        if isinstance(value, JsonText):
            return value
        return dump_text(value)

    return convert


def converter(field: models.Field[Any, Any], vendor: str) -> Converter:
    """A fast function giving the value Django would store for this field on this vendor."""
    if isinstance(field, models.JSONField):
        return _json(field.null)
    if isinstance(field, models.DateTimeField):
        return _sqlite_datetime if vendor == "sqlite" else _identity
    if isinstance(field, models.DateField):
        return _sqlite_date if vendor == "sqlite" else _identity
    if isinstance(field, models.UUIDField):
        return _sqlite_uuid if vendor == "sqlite" else _identity
    if field.get_internal_type() == "CharField" and type(field) is not models.CharField:
        return field.get_prep_value  # e.g. ExactDecimalField: a Decimal as canonical text
    return _identity


class Writer:
    """INSERT (and UPDATE by primary key) of one model's rows given as field-name mappings."""

    def __init__(self, model: type[models.Model], fields: Sequence[str]) -> None:
        self.model = model
        self.vendor = connection.vendor
        opts = model._meta
        self.names = list(fields)
        self.fields = [opts.get_field(name) for name in self.names]
        self.convert = [converter(f, self.vendor) for f in self.fields]  # type: ignore[arg-type]
        self.columns: list[str] = [str(f.column) for f in self.fields]  # type: ignore[union-attr]
        qn = connection.ops.quote_name
        self.table = qn(str(opts.db_table))
        cols = ", ".join(qn(c) for c in self.columns)
        marks = ", ".join(self.placeholder(f) for f in self.fields)  # type: ignore[arg-type]
        # Table and column names come from the model, values are parameters.
        self.insert_sql = f"INSERT INTO {self.table} ({cols}) VALUES ({marks})"  # noqa: S608
        self.copy_sql = f"COPY {self.table} ({cols}) FROM STDIN"
        self._row = _row_function(self.names, self.convert)

    def placeholder(self, field: models.Field[Any, Any]) -> str:
        return placeholder(field, self.vendor)

    def row(self, values: Mapping[str, Any]) -> list[Any]:
        return self._row(values)

    def insert(self, rows: Iterable[Mapping[str, Any]]) -> None:
        row = self._row
        params = [row(values) for values in rows]
        if not params:
            return
        with connection.cursor() as cursor:
            if len(params) == 1:
                cursor.execute(self.insert_sql, params[0])
            else:
                cursor.executemany(self.insert_sql, params)

    def copy(self, rows: Iterable[Mapping[str, Any]]) -> None:
        """PostgreSQL COPY FROM STDIN (binary-safe text COPY through psycopg); INSERT elsewhere."""
        if self.vendor != "postgresql":
            self.insert(rows)
            return
        connection.ensure_connection()
        raw = connection.connection
        assert raw is not None
        row = self._row
        with raw.cursor() as cursor, cursor.copy(self.copy_sql) as copy:
            for values in rows:
                copy.write_row([_copy_value(v) for v in row(values)])


def _row_function(
    names: Sequence[str], converters: Sequence[Converter]
) -> Callable[[Mapping[str, Any]], list[Any]]:
    """values -> the row's parameters, generated once per writer: columns stored as given are
    plain lookups, the others call their converter (the bulk paths run this for every row)."""
    namespace: dict[str, Any] = {}
    parts = []
    for i, (name, conv) in enumerate(zip(names, converters, strict=True)):
        if conv is _identity:
            parts.append(f"values[{name!r}]")
        else:
            namespace[f"convert_{i}"] = conv
            parts.append(f"convert_{i}(values[{name!r}])")
    source = f"def row(values):\n    return [{', '.join(parts)}]\n"
    exec(source, namespace)  # noqa: S102 (field names of a model, as literals)
    fn: Callable[[Mapping[str, Any]], list[Any]] = namespace["row"]
    return fn


def _copy_value(value: Any) -> Any:
    # COPY takes text for every column; a JsonText must not be dumped as a Python str subclass.
    return str(value) if isinstance(value, JsonText) else value


def placeholder(field: models.Field[Any, Any], vendor: str) -> str:
    """%s, cast to jsonb for a JSON column on PostgreSQL (the value is JSON text)."""
    return "%s::jsonb" if vendor == "postgresql" and isinstance(field, models.JSONField) else "%s"


def updater(model: type[models.Model], fields: Sequence[str], where: Sequence[str]) -> Any:
    """An UPDATE … SET fields WHERE where-columns = %s, with the fast converters."""
    opts = model._meta
    qn = connection.ops.quote_name
    vendor = connection.vendor
    set_fields = [opts.get_field(n) for n in fields]
    where_fields = [opts.get_field(n) for n in where]
    sets = ", ".join(
        f"{qn(str(f.column))} = {placeholder(f, vendor)}"  # type: ignore[arg-type, union-attr]
        for f in set_fields
    )
    conds = " AND ".join(
        f"{qn(str(f.column))} = %s"  # type: ignore[union-attr]
        for f in where_fields
    )
    sql = f"UPDATE {qn(opts.db_table)} SET {sets} WHERE {conds}"  # noqa: S608 (model names)
    convert = [converter(f, vendor) for f in (*set_fields, *where_fields)]  # type: ignore[arg-type]
    names = [*fields, *where]
    return sql, convert, names


def execute(sql: str, params: Sequence[Any], *, fetch: bool = False) -> Any:
    """Run one statement of a hot path; on PostgreSQL as a server-side prepared statement.

    Django's default psycopg cursor binds parameters client-side, so the server parses and
    plans every statement anew; these few statements run for every command, so they are
    prepared once per connection (psycopg's `prepare=True`). Errors are Django's, as from
    `connection.cursor()`.
    """
    if connection.vendor == "sqlite":
        # sqlite3's own cursor, with the statement in its qmark style (converted once): the
        # Django cursor wrapper costs as much as the statement. Django's error wrapping stays.
        qmark = _QMARK.get(sql)
        if qmark is None:
            qmark = _QMARK[sql] = FORMAT_QMARK_REGEX.sub("?", sql).replace("%%", "%")
        connection.ensure_connection()
        raw_sqlite = connection.connection
        assert raw_sqlite is not None
        with connection.wrap_database_errors:
            cur = raw_sqlite.execute(qmark, params)
            return cur.fetchall() if fetch else cur.lastrowid
    if connection.vendor != "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall() if fetch else cursor.lastrowid
    connection.ensure_connection()
    raw = connection.connection
    assert raw is not None
    import psycopg

    with connection.wrap_database_errors, psycopg.Cursor(raw) as cursor:
        cursor.execute(sql, params, prepare=True)
        return cursor.fetchall() if fetch else None


@contextlib.contextmanager
def fewer_checkpoints(pages: int = 16_384) -> Iterator[None]:
    """SQLite: checkpoint the WAL every `pages` pages (64 MB) instead of every 1,000 during bulk
    writes, then once at the end.

    A batch of 1,000 imported events writes ~3 MB (events, history rows with their documents,
    claims, indexes): with the default every batch's commit ran a checkpoint, copying pages back
    to the database file (and syncing it), among them the same index pages batch after batch.
    The final PASSIVE checkpoint is inside the caller's timing, so the cost is moved, not hidden.
    The raw sqlite3 connection is used so that a failed transaction cannot turn this cleanup
    into a second error. Elsewhere: nothing.
    """
    if connection.vendor != "sqlite":
        yield
        return
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
