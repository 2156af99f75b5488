from django.apps import AppConfig


class TrackerConfig(AppConfig):
    name = "tracker"
    verbose_name = "Indicators"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from claims import services
        from tracker.services import indicator_exists

        # claims never imports tracker; tracker plugs its knowledge of indicators in.
        services.indicator_exists = indicator_exists
