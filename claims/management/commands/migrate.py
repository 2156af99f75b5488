"""`migrate` that, without `--database`, migrates every configured database.

On SQLite the webhook tables have a database file of their own (config/routers.py), so a plain
`manage.py migrate` — what `make run`, the docs and every deployment script run — must set both
up; with `--database ALIAS` it is Django's command unchanged.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import CommandParser
from django.core.management.commands import migrate
from django.db import connections


class Command(migrate.Command):
    help = migrate.Command.help + " Without --database: every configured database, in turn."

    def add_arguments(self, parser: CommandParser) -> None:
        super().add_arguments(parser)
        parser.set_defaults(database=None)

    def get_check_kwargs(self, options: dict[str, Any]) -> Any:
        kwargs = dict(super().get_check_kwargs(options))
        if options.get("database") is None:
            kwargs["databases"] = list(connections)
        return kwargs

    def handle(self, *args: Any, **options: Any) -> None:
        if options.get("database") is not None:
            super().handle(*args, **options)
            return
        for alias in connections:
            if len(connections.settings) > 1 and options.get("verbosity", 1) >= 1:
                self.stdout.write(self.style.MIGRATE_HEADING(f"Database {alias}:"))
            super().handle(*args, **{**options, "database": alias})
