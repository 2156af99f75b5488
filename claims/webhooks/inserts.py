"""Rows made ready for an INSERT before the write transaction that inserts them.

Django's bulk_create turns every field of every object into its database value while the
transaction is open; on SQLite that transaction holds the one write lock the appends wait for.
`rows()` does that work beforehand and `Rows.insert()` is then one executemany per table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.db import connection, models


@dataclass(frozen=True, slots=True)
class Rows:
    sql: str
    params: list[tuple[Any, ...]]

    def insert(self) -> None:
        if self.params:
            with connection.cursor() as cursor:
                cursor.executemany(self.sql, self.params)

    def __len__(self) -> int:
        return len(self.params)


def rows(model: type[models.Model], objects: Sequence[models.Model]) -> Rows:
    """The INSERT of these objects (their primary key too unless the database assigns it)."""
    meta = model._meta
    fields = [
        f
        for f in meta.concrete_fields
        if not (f.primary_key and isinstance(f, models.AutoField | models.BigAutoField))
    ]
    quote = connection.ops.quote_name
    sql = (
        f"INSERT INTO {quote(meta.db_table)} ({', '.join(quote(str(f.column)) for f in fields)})"  # noqa: S608
        f" VALUES ({', '.join(['%s'] * len(fields))})"
    )
    params = [
        tuple(f.get_db_prep_save(getattr(obj, f.attname), connection) for f in fields)
        for obj in objects
    ]
    return Rows(sql, params)
