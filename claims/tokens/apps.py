"""The API tokens app (its own migrations, so it moves independently of the claims models)."""

from django.apps import AppConfig


class TokensConfig(AppConfig):
    name = "claims.tokens"
    label = "tokens"
    verbose_name = "API tokens"
    default_auto_field = "django.db.models.BigAutoField"
