"""Rebuild every indicator point and source score from the read models."""

from typing import Any

from django.core.management.base import BaseCommand
from tqdm import tqdm

from tracker import consumers
from tracker.models import Indicator


class Command(BaseCommand):
    help = (
        "Recompute every indicator point and source reliability from scratch and move the "
        "indicator consumer's checkpoint to the log head (idempotent)."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--no-progress", action="store_true", help="Hide the progress bar.")
        parser.add_argument(
            "--check",
            action="store_true",
            help="Only compare the stored results with a recompute; exit 1 on any difference.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["check"]:
            result = consumers.verify()
            for diff in result.differences:
                self.stdout.write(f"  {diff.to_data()}")
            if result.differences or not result.compared:
                self.stderr.write(
                    self.style.ERROR(
                        f"{len(result.differences)} differences at position "
                        f"{result.as_of_position}"
                        + ("" if result.compared else " (the log kept moving; not compared)")
                    )
                )
                raise SystemExit(1)
            self.stdout.write(
                self.style.SUCCESS(f"No differences at position {result.as_of_position}.")
            )
            return
        with tqdm(
            total=Indicator.objects.count() + 1,  # each indicator's series, then the sources
            unit="step",
            disable=options["no_progress"],
            file=self.stderr,
        ) as bar:

            def advance(steps: int) -> None:
                bar.update(steps)

            snapshot = consumers.rebuild(progress=advance)
        self.stdout.write(
            self.style.SUCCESS(
                f"Recomputed {len(snapshot.points)} indicator points and "
                f"{len(snapshot.sources)} source scores as of position {snapshot.as_of_position}."
            )
        )
