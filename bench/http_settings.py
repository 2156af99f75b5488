"""Settings for the HTTP benchmark's gunicorn: the project's settings plus the plain peer views."""

from config.settings import *  # noqa: F403

ROOT_URLCONF = "bench.http_urls"
