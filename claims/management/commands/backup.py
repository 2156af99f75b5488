"""Back up the database while the application runs: SQLite's online backup API, or pg_dump.

    manage.py backup --to /backups/claims-$(date +%F).sqlite3     # SQLite
    manage.py backup --to /backups/claims-$(date +%F).dump        # PostgreSQL (pg_dump -Fc)

SQLite: the backup API copies every page in one step under a read transaction, so the copy is
one consistent moment of the log even while writers append (WAL lets them go on); the copy is
checked with `PRAGMA integrity_check`. PostgreSQL: `pg_dump --format=custom` (one snapshot),
with the password passed in the environment, never on the command line; the archive's table of
contents is read back with `pg_restore --list`. Restore, then `manage.py verify_events` on the
copy: README, "Running in production" (backups); tests/reliability/test_backup.py does it.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connections

from claims.core import eventstore


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
        settings = connections["default"].settings_dict
        partial = target.with_name(target.name + ".partial")
        try:
            try:
                summary = eventstore.backend().backup(settings, partial)
            except eventstore.EventStoreError as exc:
                raise CommandError(str(exc)) from exc
            partial.replace(target)  # a backup file exists only once it is complete
        finally:
            with contextlib.suppress(FileNotFoundError):
                partial.unlink()
        size = target.stat().st_size
        self.stdout.write(self.style.SUCCESS(f"Backed up to {target} ({size} bytes): {summary}."))
