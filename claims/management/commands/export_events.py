"""Write the whole event log to a JSON Lines file (see claims/core/logfile.py)."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction
from tqdm import tqdm

from claims.core import eventstore, logfile


class Command(BaseCommand):
    help = (
        "Write every event (stream, version, type, data, metadata, times, hash) to a JSON "
        "Lines file, in log order: import it into another database with import_events."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("file", type=Path, help="Where to write (.jsonl).")
        parser.add_argument("--no-progress", action="store_true", help="Hide the progress bar.")

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        # One snapshot of the log: appends that commit meanwhile are not half in the file.
        with transaction.atomic():
            total = eventstore.head_position()
            records = eventstore.iter_all(0)
            with tqdm(
                total=total, unit="ev", disable=options["no_progress"], file=self.stderr
            ) as bar:

                def counted() -> Any:
                    for record in records:
                        bar.update(1)
                        yield record

                with path.open("wb") as out:
                    count = logfile.write(counted(), out)
        self.stderr.write(self.style.SUCCESS(f"Exported {count} events to {path}."))
