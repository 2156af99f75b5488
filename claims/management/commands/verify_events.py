"""Walk every stream's hash chain; exit non-zero naming the first broken link."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from claims.core import eventstore


class Command(BaseCommand):
    help = "Verify the SHA-256 hash chain of every event stream."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--no-progress", action="store_true", help="Hide the progress bar.")

    def handle(self, *args: Any, **options: Any) -> None:
        total = eventstore.head_position()
        checked = 0
        with tqdm(total=total, unit="ev", disable=options["no_progress"], file=self.stderr) as bar:
            for _position, broken in eventstore.verify():
                if broken is not None:
                    raise CommandError(
                        f"Broken hash chain at position {broken.position} "
                        f"(stream {broken.stream_id}, version {broken.version}): {broken.reason}."
                    )
                checked += 1
                bar.update(1)
        self.stdout.write(self.style.SUCCESS(f"OK: {checked} events, every hash chain intact."))
