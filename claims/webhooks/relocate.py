"""Moving the webhook tables of an older SQLite database into their own file, once.

Before the webhook tables had a file of their own (config/routers.py) they lived in the claims'
file. The first `migrate` of the new file copies their rows across — subscriptions (their
encrypted secrets as stored), messages, deliveries with their attempts, the producer's
checkpoint — so an upgrade loses no subscription and sends nothing twice. It copies only into an
empty file; the old tables are left where they were, unused, for whoever wants to check the
copy (they can be dropped afterwards).
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

from django.db import connections

from config.routers import WEBHOOKS_DB

log = logging.getLogger(__name__)

# In the order their foreign keys need.
TABLES = (
    "webhooks_subscription",
    "webhooks_message",
    "webhooks_delivery",
    "webhooks_attempt",
    "webhooks_checkpoint",
)


def _columns(conn: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [str(row[1]) for row in conn.execute(f'PRAGMA "{schema}".table_info("{table}")')]


def copy_from_main(using: str = WEBHOOKS_DB, **_kwargs: Any) -> dict[str, int]:
    """After `migrate` of the webhooks file (a post_migrate receiver): copy the old tables'
    rows from the claims' file when the webhooks file is empty; the rows copied per table."""
    if using != WEBHOOKS_DB or using not in connections.settings:
        return {}
    target = connections[using]
    main = str(connections["default"].settings_dict["NAME"])
    target.ensure_connection()
    copied = copy_tables(target.connection, main)
    if any(copied.values()):
        log.warning(
            "Copied the webhook tables from %s into their own file %s: %s",
            main,
            target.settings_dict["NAME"],
            ", ".join(f"{table} {n}" for table, n in copied.items()),
        )
    return copied


def copy_tables(raw: sqlite3.Connection, main: str) -> dict[str, int]:
    """Copy the webhook tables' rows of the database file `main` into `raw`'s (a connection
    in autocommit mode, its tables migrated), in one transaction, when `raw`'s are all empty
    and `main` has them all; the rows copied per table ({}: nothing to do)."""
    if any(raw.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone() for t in TABLES):  # noqa: S608
        return {}
    copied: dict[str, int] = {}
    raw.execute("ATTACH DATABASE ? AS old", (main,))
    try:
        found = {
            str(row[0])
            for row in raw.execute("SELECT name FROM old.sqlite_master WHERE type = 'table'")
        }
        if not all(t in found for t in TABLES):
            return {}
        raw.execute("BEGIN IMMEDIATE")
        try:
            for table in TABLES:
                wanted = set(_columns(raw, "old", table))
                columns = [c for c in _columns(raw, "main", table) if c in wanted]
                names = ", ".join(f'"{c}"' for c in columns)
                cursor = raw.execute(
                    f'INSERT INTO main."{table}" ({names}) SELECT {names} FROM old."{table}"'  # noqa: S608
                )
                copied[table] = cursor.rowcount
            raw.execute("COMMIT")
        except BaseException:
            raw.execute("ROLLBACK")
            raise
    finally:
        raw.execute("DETACH DATABASE old")
    return copied
