from django.apps import AppConfig
from django.db.models.signals import post_migrate


class TrackerConfig(AppConfig):
    name = "tracker"
    verbose_name = "Indicators"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from claims.api import hooks
        from claims.core import health, services
        from claims.core.signals import events_committed
        from tracker import health as tracker_health
        from tracker import schedule, tasks
        from tracker.services import indicator_exists, source_reliability

        # claims never imports tracker; tracker plugs its knowledge of indicators in.
        services.indicator_exists = indicator_exists
        # Source endpoints score each source with the tracker's reliability formula.
        hooks.source_reliability = source_reliability
        # After each committed append: nudge the indicator worker (never fails the write).
        events_committed.connect(tasks.on_events_committed, dispatch_uid="tracker-nudge")
        # /healthz: the worker's heartbeat and each consumer's lag behind the log head.
        health.register("worker", tracker_health.worker)
        health.register("consumers", tracker_health.consumers)
        # The beat schedule lives in the database (django-celery-beat), created after migrate.
        post_migrate.connect(schedule.on_post_migrate, sender=self, dispatch_uid="tracker-beat")
