"""The webhooks app (its own migrations, so it moves independently of the claims models)."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate


class WebhooksConfig(AppConfig):
    name = "claims.webhooks"
    label = "webhooks"
    verbose_name = "Webhooks"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from claims.core import registry
        from claims.webhooks import health, relocate, schedule, tasks

        # After each committed append: tell a worker to turn the new events into deliveries.
        registry.register_commit_listener("webhooks-nudge", tasks.on_events_committed)
        # /healthz: how far the delivery producer lags the log, what waits or failed.
        registry.register_health_check("webhooks", health.webhooks)
        # The sweep (retries, lost nudges) is a beat row, created after migrate.
        post_migrate.connect(schedule.on_post_migrate, sender=self, dispatch_uid="webhooks-beat")
        # On SQLite, an older database's webhook tables are copied into their own file, once.
        post_migrate.connect(relocate.copy_from_main, sender=self, dispatch_uid="webhooks-move")
