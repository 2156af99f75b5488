"""Import claims from a CSV file in the export's columns: every row reported, or none."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from claims.core import imports


class Command(BaseCommand):
    help = (
        "Import claims from a CSV file (the columns of GET /api/v1/claims/?format=csv). Every "
        "row is validated first; any bad row is listed and nothing is written. Rows imported "
        "before are skipped."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("file", type=Path, help="The CSV file.")
        parser.add_argument("--actor", default="csv-import", help="Who the events name.")
        parser.add_argument("--no-progress", action="store_true", help="Hide the progress bar.")

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CommandError(f"Cannot read {path}: {exc}") from exc
        with tqdm(unit="row", disable=options["no_progress"], file=self.stderr) as bar:
            report = imports.import_file(data, options["actor"], progress=bar.update)
        if not report.ok:
            for error in report.errors:
                self.stderr.write(f"row {error.row}, {error.field}: {error.message}")
            raise CommandError(f"{len(report.errors)} problem(s); nothing was imported.")
        self.stdout.write(
            self.style.SUCCESS(f"Imported {report.created} claim(s); skipped {report.skipped}.")
        )
