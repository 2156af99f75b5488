"""Where the webhook tables live: on SQLite, in a database file of their own.

SQLite has one write lock per database file, and a write by another connection makes every
other connection drop its page cache. The webhook worker writes about ten rows for each event
a few times a second (the deliveries it produces, the attempts it makes, their leases); in the
claims' file those writes would take the lock the appends wait for and cost every append after
them a cold cache. In a file of their own (`<database>-webhooks.sqlite3` beside the claims', the
alias `webhooks`) they take neither. Nothing joins the two: the webhook tables hold claim ids
and log positions, never foreign keys into the claims' tables, and the producer reads the event
log from one database and writes deliveries with its checkpoint in the other, in one
transaction there (claims/webhooks/outbox.py).

PostgreSQL has row locks and one cache for every session: the tables stay in the one database
(no `webhooks` alias, so this router is not installed). SQLITE_WEBHOOKS_APART=false keeps them in
the claims' file on SQLite too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

WEBHOOKS_APP = "webhooks"
WEBHOOKS_DB = "webhooks"


class WebhooksApart:
    """The `webhooks` app's models read, write and migrate on the `webhooks` alias only, and
    every other app's never do."""

    def db_for_read(self, model: Any, **hints: Any) -> str | None:
        return WEBHOOKS_DB if model._meta.app_label == WEBHOOKS_APP else None

    def db_for_write(self, model: Any, **hints: Any) -> str | None:
        return self.db_for_read(model)

    def allow_relation(self, obj1: Any, obj2: Any, **hints: Any) -> bool | None:
        return None

    def allow_migrate(self, db: str, app_label: str, **hints: Any) -> bool:
        return (app_label == WEBHOOKS_APP) == (db == WEBHOOKS_DB)


def webhooks_file(name: object) -> str:
    """The webhook tables' SQLite file beside a claims' file (or a backup of one):
    `/var/claims.sqlite3` -> `/var/claims-webhooks.sqlite3`."""
    path = Path(str(name))
    return str(path.with_name(f"{path.stem}-webhooks{path.suffix or '.sqlite3'}"))


def holds_beat_tables(using: str) -> bool:
    """Whether the database `using` has the beat schedule's tables (post_migrate hooks that
    write beat rows run only there)."""
    from django.db import router
    from django_celery_beat.models import PeriodicTask

    return bool(router.allow_migrate_model(using, PeriodicTask))
