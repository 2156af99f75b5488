"""Load a JSON Lines event log (from export_events) into an empty database, then rebuild."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from tqdm import tqdm

from claims.core import eventstore, logfile, projections, registry


class Command(BaseCommand):
    help = (
        "Restore an event log written by export_events into this (empty) database: positions, "
        "ids, versions, times and hashes are kept, every hash chain is checked on the way in, "
        "and the read models are rebuilt. Any fault writes nothing."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("file", type=Path, help="The .jsonl file export_events wrote.")
        parser.add_argument("--no-progress", action="store_true", help="Hide the progress bar.")

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        try:
            handle = path.open("rb")
        except OSError as exc:
            raise CommandError(f"Cannot read {path}: {exc}") from exc
        with handle, tqdm(unit="ev", disable=options["no_progress"], file=self.stderr) as bar:

            def counted() -> Any:
                for record in logfile.read(handle):
                    bar.update(1)
                    yield record

            try:
                with transaction.atomic():
                    count = eventstore.restore(counted())
                    projections.rebuild(eventstore.iter_all(0))
            except (logfile.BadLogFile, eventstore.RestoreError) as exc:
                raise CommandError(f"{exc} Nothing was imported.") from exc
        # Apps that follow the log (the indicator worker) catch up from its new head.
        last = eventstore.read_all(max(eventstore.head_position() - 1, 0), 1)
        if last:
            registry.events_committed(last)
        self.stdout.write(
            self.style.SUCCESS(f"Imported {count} events; read models rebuilt. Run verify_events.")
        )
