"""The tracker app: derived indicators, plugged into claims through its registry."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.urls import reverse


def indicator_page(key: str) -> str:
    """The indicator's page in the admin (its series)."""
    return reverse("admin:tracker_indicator_change", args=[key])


def indicator_api_list() -> str:
    """The API's indicator list (tracker/api)."""
    return reverse("api-indicator-list")


def public_indicator_page(key: str | None) -> str:
    """An indicator's public page (the list of them for None)."""
    from tracker.public import public_url

    return public_url(key)


class TrackerConfig(AppConfig):
    name = "tracker"
    verbose_name = "Indicators"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from claims.core import registry
        from tracker import health, schedule, services, tasks

        # claims never imports tracker: everything it needs to know arrives here, in one place.
        registry.register_indicators(
            exists=services.indicator_exists,
            tolerances=services.indicator_tolerances,
            url=indicator_page,
            api_url=indicator_api_list,
        )
        # The public claim pages link each indicator's public page (tracker/public.py).
        registry.register_public_indicators(public_indicator_page)
        # Source endpoints and pages score each source with the tracker's reliability formula.
        registry.register_source_scorer(
            services.source_reliability, explain=services.source_explanation
        )
        # After each committed append: nudge the indicator worker (never fails the write).
        registry.register_commit_listener("tracker-nudge", tasks.on_events_committed)
        # /healthz: the worker's heartbeat and each consumer's lag behind the log head.
        registry.register_health_check("worker", health.worker)
        registry.register_health_check("consumers", health.consumers)
        # The beat schedule lives in the database (django-celery-beat), created after migrate.
        post_migrate.connect(schedule.on_post_migrate, sender=self, dispatch_uid="tracker-beat")
