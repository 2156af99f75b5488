"""Drop the read models and replay them from the event log."""

from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction
from tqdm import tqdm

from claims.core import eventstore, projections


class Command(BaseCommand):
    help = "Rebuild every read model (claims, figures, disputes, evidence, history, sources)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--no-progress", action="store_true", help="Hide the progress bar.")

    def handle(self, *args: Any, **options: Any) -> None:
        with transaction.atomic():
            # Writers wait while the read side is rebuilt, so nothing lands in a half-built model.
            eventstore.lock_appends()
            head = eventstore.head_position()
            with tqdm(
                total=head, unit="ev", disable=options["no_progress"], file=self.stderr
            ) as bar:
                count = projections.rebuild(eventstore.iter_all(0), progress=bar)
        self.stdout.write(self.style.SUCCESS(f"Rebuilt read models from {count} events."))
