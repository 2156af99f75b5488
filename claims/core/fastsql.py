"""Raw statements and stored JSON text for the hot read paths, whatever the database.

`execute()` runs one statement through the event store backend's cursor: Django's cursor
wrapper (so `execute_wrapper`, `connection.queries` and `assertNumQueries` see it) around a
driver cursor that prepares statements on PostgreSQL and converts placeholders once on SQLite.
`dumps()` gives JSON text that JSON columns store as is (a document serialised once).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from typing import Any

from claims.core.eventstore.base import JsonText, backend, dump_text

__all__ = ["JsonText", "dump_text", "dumps", "execute", "fewer_checkpoints"]


def dumps(value: Any) -> JsonText:
    return JsonText(dump_text(value))


def execute(sql: str, params: Sequence[Any] = (), *, fetch: bool = False) -> Any:
    """Run one statement (%s placeholders); return its rows when fetch, else None."""
    return backend().execute(sql, params, fetch=fetch)


@contextlib.contextmanager
def fewer_checkpoints(pages: int = 16_384) -> Iterator[None]:
    """Around bulk writes: on SQLite checkpoint the WAL every `pages` pages instead of every
    1,000, then once at the end (the setting is put back even when the writes fail)."""
    with backend().bulk_session(pages):
        yield
