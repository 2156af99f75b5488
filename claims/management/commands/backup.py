"""Back up the database while the application runs: SQLite's online backup API, or pg_dump.

    manage.py backup --to /backups/claims-$(date +%F).sqlite3     # SQLite
    manage.py backup --to /backups/claims-$(date +%F).dump        # PostgreSQL (pg_dump -Fc)

SQLite: the backup API copies every page in one step under a read transaction, so the copy is
one consistent moment of the log even while writers append (WAL lets them go on); the copy is
checked with `PRAGMA integrity_check`. PostgreSQL: `pg_dump --format=custom` (one snapshot),
with the password passed in the environment, never on the command line; the archive's table of
contents is read back with `pg_restore --list`. Restore, then `manage.py verify_events` on the
copy: docs/operations.md, "Backups and restore";

Where the webhook tables have a SQLite file of their own (config/routers.py) it is backed up too,
first, beside the target (`claims.sqlite3` -> `claims-webhooks.sqlite3`): copied before the
event log, its delivery checkpoint is never past the copied log's head, so after a restore the
producer makes the deliveries of the events after it again (same ids: receivers dedupe) rather
than skip any.
tests/reliability/test_operations.py::test_backup_while_writing_then_restore_and_verify does it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connections

from claims.core import eventstore
from claims.core.eventstore.sqlite import online_copy
from config.routers import WEBHOOKS_DB, webhooks_file


class Command(BaseCommand):
    help = "Back up the database online (SQLite backup API or pg_dump -Fc) to --to FILE."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--to", required=True, type=Path, help="The backup file to write.")
        parser.add_argument("--database", default="default", help="Connection alias.")
        parser.add_argument("--force", action="store_true", help="Overwrite the file if it exists.")

    def handle(self, *args: Any, **options: Any) -> None:
        target: Path = options["to"]
        if target.exists() and not options["force"]:
            raise CommandError(f"{target} exists (use --force to overwrite).")
        target.parent.mkdir(parents=True, exist_ok=True)
        if options["database"] != "default":
            raise CommandError("The event store backs up the default database.")
        webhooks_target: Path | None = None
        if WEBHOOKS_DB in connections.settings:
            webhooks_target = Path(webhooks_file(target))
            if webhooks_target.exists() and not options["force"]:
                raise CommandError(f"{webhooks_target} exists (use --force to overwrite).")
            source = Path(connections[WEBHOOKS_DB].settings_dict["NAME"])

            def copy_webhooks(partial: Path) -> str:
                online_copy(source, partial)
                return "SQLite online backup, integrity ok"

            webhooks_summary = _whole(webhooks_target, copy_webhooks)
        settings = connections["default"].settings_dict
        summary = _whole(target, lambda partial: eventstore.backend().backup(settings, partial))
        size = target.stat().st_size
        self.stdout.write(self.style.SUCCESS(f"Backed up to {target} ({size} bytes): {summary}."))
        if webhooks_target is not None:
            size = webhooks_target.stat().st_size
            self.stdout.write(
                self.style.SUCCESS(
                    f"Backed up the webhook tables to {webhooks_target} ({size} bytes): "
                    f"{webhooks_summary}."
                )
            )


def _whole(target: Path, write: Callable[[Path], str]) -> str:
    """`write` a backup into a partial file, then put it in place: a backup file exists only
    once it is complete. `write`'s summary."""
    partial = target.with_name(target.name + ".partial")
    try:
        try:
            summary = write(partial)
        except eventstore.EventStoreError as exc:
            raise CommandError(str(exc)) from exc
        partial.replace(target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    return summary
