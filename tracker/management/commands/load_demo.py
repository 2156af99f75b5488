"""Load the demo sources, indicators and claims, and create the demo roles and users."""

from typing import Any

from django.core.management.base import BaseCommand

from claims.core import demo
from tracker.services import define_indicator


class Command(BaseCommand):
    help = "Replay the demo facts through the services (idempotent) and create demo users."

    def handle(self, *args: Any, **options: Any) -> None:
        counts = demo.load(define_indicator=define_indicator)
        demo.ensure_roles_and_users()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo loaded: {counts['events']} new events "
                f"({counts['sources']} sources, {counts['claims']} claims); "
                f"{counts['replayed']} commands were already applied."
            )
        )
        self.stdout.write(
            "Demo users: admin, editor, contributor, reader "
            "(password: $CLAIMS_DEMO_PASSWORD, default claims-demo-2013)."
        )
