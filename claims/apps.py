"""The claims app: the event-sourced core, its API, the editors' workspace, article import."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Claims"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from claims.core import refold

        # (a migration that changes what the projection writes asks for one fold at the end)
        post_migrate.connect(refold.run_requested, sender=self, dispatch_uid="claims-refold")
