"""Settings for the figures with the django-simple-history peer: the project's plus its app."""

from config.settings import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "simple_history", "bench.peers"]  # noqa: F405
