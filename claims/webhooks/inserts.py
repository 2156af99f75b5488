"""Rows made ready for an INSERT before the write transaction that inserts them.

Django's bulk_create turns every field of every object into its database value while the
transaction is open; on SQLite that transaction holds the one write lock the appends wait for.
`rows()` does that work beforehand and `Rows.insert()` is then one executemany per table.

The rows are given as mappings of field names (attnames) to values, not model instances: a
worker writes a row per delivery and per attempt, and building a model instance for each costs
more than the rest of its bookkeeping. A value repeated across rows (the batch's timestamp,
a subscription's id, a state) is converted to its database form once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from django.db import connections, models

from claims.webhooks import conf


@dataclass(frozen=True, slots=True)
class Rows:
    sql: str
    params: list[tuple[Any, ...]]

    def insert(self) -> None:
        if self.params:
            with connections[conf.db()].cursor() as cursor:
                cursor.executemany(self.sql, self.params)

    def __len__(self) -> int:
        return len(self.params)


def rows(model: type[models.Model], objects: Sequence[Mapping[str, Any]]) -> Rows:
    """The INSERT of these rows (their primary key too unless the database assigns it); a
    field a row leaves out gets the field's default."""
    meta = model._meta
    fields = [
        f
        for f in meta.concrete_fields
        if not (f.primary_key and isinstance(f, models.AutoField | models.BigAutoField))
    ]
    connection = connections[conf.db()]
    quote = connection.ops.quote_name
    sql = (
        f"INSERT INTO {quote(meta.db_table)} ({', '.join(quote(str(f.column)) for f in fields)})"  # noqa: S608
        f" VALUES ({', '.join(['%s'] * len(fields))})"
    )
    converted: dict[tuple[int, type, Any], Any] = {}
    defaults: dict[int, Any] = {}

    def value(n: int, field: models.Field[Any, Any], row: Mapping[str, Any]) -> Any:
        if field.attname in row:
            raw = row[field.attname]
        elif n in defaults:
            return defaults[n]
        else:
            defaults[n] = field.get_db_prep_save(field.get_default(), connection)
            return defaults[n]
        try:
            key = (n, type(raw), raw)
            return converted[key]
        except KeyError:
            converted[key] = field.get_db_prep_save(raw, connection)
            return converted[key]
        except TypeError:  # not hashable (a JSON value): converted each time
            return field.get_db_prep_save(raw, connection)

    params = [tuple(value(n, f, row) for n, f in enumerate(fields)) for row in objects]
    return Rows(sql, params)
