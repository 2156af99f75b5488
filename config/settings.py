"""Settings for Claims Tracker, read from the environment (see README, "Configuration")."""

from decimal import Decimal
from pathlib import Path

import dj_database_url

from claims.core.domain.values import DEFAULT_HEDGE_BAND_PCT, MAX_HEDGE_BAND_PCT
from config.env import (
    env_base_url,
    env_bool,
    env_cache,
    env_decimal,
    env_int,
    env_list,
    env_str,
)
from config.logging import with_request_context
from config.routers import webhooks_file

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("CLAIMS_VAR_DIR", str(BASE_DIR / "var")))
VAR_DIR.mkdir(parents=True, exist_ok=True)

DJANGO_ENV = env_str("DJANGO_ENV", "development")
DEBUG = env_bool("DEBUG", DJANGO_ENV != "production")
# The development key is only ever used with DEBUG or in tests; production refuses it.
_DEV_SECRET = "dev-insecure-claims-tracker-key-do-not-use-in-production-0123456789"  # noqa: S105
SECRET_KEY = env_str("SECRET_KEY", _DEV_SECRET)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", "testserver"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_celery_beat",
    "claims",
    "claims.tokens",
    "claims.webhooks",
    "tracker",
]

MIDDLEWARE = [
    # Outermost: whatever answers an /api/ request with an error (a route that matches nothing,
    # a debug page) answers JSON.
    "claims.api.middleware.ApiErrorsAsJson",
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "config.middleware.RequestIdMiddleware",
]

ROOT_URLCONF = "config.urls"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

# --- Database -----------------------------------------------------------------------------------
DEFAULT_SQLITE = f"sqlite:///{VAR_DIR / 'claims.sqlite3'}"
DATABASE_URL = env_str("DATABASE_URL", DEFAULT_SQLITE)


def _sqlite_file(name: object) -> bool:
    text = str(name or "")
    return bool(text) and ":memory:" not in text and "mode=memory" not in text


DATABASES = {
    "default": dj_database_url.parse(DATABASE_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 60))
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Django's engine, with writers that wait for the write lock in small steps (its docstring).
    DATABASES["default"]["ENGINE"] = "config.sqlite"
    DATABASES["default"]["CONN_MAX_AGE"] = 0 if env_bool("SQLITE_NO_PERSISTENT", False) else 60
    DATABASES["default"]["OPTIONS"] = {
        # IMMEDIATE: a writer takes the write lock at BEGIN, so concurrent writers queue on the
        # busy timeout instead of failing with "database is locked" on lock upgrade.
        "transaction_mode": "IMMEDIATE",
        "timeout": env_int("SQLITE_BUSY_TIMEOUT_S", 30, minimum=0),
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
        ),
    }
    # WAL checkpoints run in a thread of each process at most this often, not in the commit that
    # fills the log (config/sqlite/checkpoints.py); 0: SQLite's own, in the commit, as before.
    SQLITE_CHECKPOINT_MS = env_int("SQLITE_CHECKPOINT_MS", 1000, minimum=0)
    # Tests use a file, not memory: threads, worker processes and WAL need a real database file.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test_claims.sqlite3")}
    # The webhook tables in a file of their own beside it (config/routers.py says why).
    if env_bool("SQLITE_WEBHOOKS_APART", True) and _sqlite_file(DATABASES["default"]["NAME"]):
        DATABASES["webhooks"] = {
            **DATABASES["default"],
            "OPTIONS": dict(DATABASES["default"]["OPTIONS"]),
            "NAME": webhooks_file(DATABASES["default"]["NAME"]),
            "TEST": {"NAME": webhooks_file(DATABASES["default"]["TEST"]["NAME"])},
        }
        DATABASE_ROUTERS = ["config.routers.WebhooksApart"]
else:
    DATABASES["default"].setdefault("OPTIONS", {})
    # A bounded wait for the append lock: a stuck transaction elsewhere gives 503, never a hang.
    DATABASES["default"]["OPTIONS"].setdefault(
        "options", f"-c lock_timeout={env_int('PG_LOCK_TIMEOUT_MS', 2000)}"
    )
# Appends run their row statements as server-side prepared statements (PREPARE once per
# connection, then EXECUTE). Turn off behind a pooler that shares server sessions between
# clients per transaction (pgbouncer's transaction mode), where a PREPARE does not follow.
PG_PREPARED_STATEMENTS = env_bool("PG_PREPARED_STATEMENTS", True)
# Migrations may run as a different (owner) role than the application (docs/operations.md).
DATABASE_OWNER_URL = env_str("DATABASE_OWNER_URL", "")
# Set only in the release job's environment, never in the web's or the workers': there it
# replaces DATABASE_URL, so `migrate` (with every post_migrate hook, some of which ignore the
# alias they are given) and `setup_db_roles` run as the owner of the tables. Web and worker
# processes then run as the application role, which never sees the owner's password.
if DATABASE_OWNER_URL:
    DATABASES["default"] = dj_database_url.parse(DATABASE_OWNER_URL, conn_max_age=0)
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "options", f"-c lock_timeout={env_int('PG_LOCK_TIMEOUT_MS', 2000)}"
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "static")))

ADMIN_URL = env_str("ADMIN_URL", "admin/")

# --- Cache ----------------------------------------------------------------------------------------
# The throttles' counters live here. The default, this process's memory, needs no service and
# suits one process (runserver, tests, `manage.py`); with several web processes set CACHE_URL to
# a shared cache (db://claims_cache or redis://…, see docs/operations.md, "Cache") so the rates
# hold across them.
CACHES = {"default": env_cache("CACHE_URL", "locmem://")}

# --- Redis and Celery ---------------------------------------------------------------------------
REDIS_URL = env_str("REDIS_URL", "redis://127.0.0.1:6379/0")
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", REDIS_URL)
CELERY_RESULT_BACKEND = None
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_ALWAYS_EAGER = False
# Bounded socket timeouts: a hung Redis must never block a write for long (scenario S6 of
# docs/reliability.md: writes go on while Redis is down or hung).
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "socket_timeout": 2,
    "socket_connect_timeout": 2,
    "max_retries": 1,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.5,
    "visibility_timeout": 3600,
}
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
# Webhook sending waits on other people's servers: it has a queue (and a worker) of its own, so
# it never waits behind indicator recomputes, nor they behind a slow receiver.
CELERY_TASK_ROUTES = {"claims.webhooks.tasks.*": {"queue": "webhooks"}}
CLAIMS_SWEEP_SECONDS = env_int("CLAIMS_SWEEP_SECONDS", 5)
CLAIMS_NUDGE = env_bool("CLAIMS_NUDGE", True)

# --- The domain ---------------------------------------------------------------------------------
CLAIMS_PUBLIC_READ = env_bool("CLAIMS_PUBLIC_READ", True)
CLAIMS_DEMO_PASSWORD = env_str("CLAIMS_DEMO_PASSWORD", "claims-demo-2013")
CLAIMS_MAX_EVENTS_PER_APPEND = env_int("CLAIMS_MAX_EVENTS_PER_APPEND", 1000)
CLAIMS_IDEMPOTENCY_TTL_HOURS = env_int("CLAIMS_IDEMPOTENCY_TTL_HOURS", 24)
# The hedge band, in percent of a figure's amount: how far "about X" or "nearly X" reaches
# (claims/core/domain/values.py). An indicator may set its own.
CLAIMS_HEDGE_BAND_PCT = env_decimal(
    "CLAIMS_HEDGE_BAND_PCT", DEFAULT_HEDGE_BAND_PCT, Decimal(0), MAX_HEDGE_BAND_PCT
)
# API tokens (claims/tokens): each expires this many hours after it was issued.
CLAIMS_TOKEN_TTL_HOURS = env_int("CLAIMS_TOKEN_TTL_HOURS", 720, minimum=1)
CLAIMS_IMPORT_MAX_CHARS = env_int("CLAIMS_IMPORT_MAX_CHARS", 1_000_000)
# Web processes load the claim extractor before they serve (config/wsgi.py), so the first
# article a process reads does not wait the second its regular expressions take to build.
CLAIMS_WARM_EXTRACTOR = env_bool("CLAIMS_WARM_EXTRACTOR", True)
CLAIMS_ORGANIZATION_NAME = env_str("CLAIMS_ORGANIZATION_NAME", "Claims Tracker")
CLAIMS_ORGANIZATION_URL = env_str("CLAIMS_ORGANIZATION_URL", "")
# Where the public pages are published ('https://claims.example.org'): ClaimReview urls, the
# DataFeed's url and the pages' canonical links are made from it, whatever host a request came
# in by (an internal name, a proxy that rewrites Host). Unset: the request's own address.
CLAIMS_PUBLIC_BASE_URL = env_base_url("CLAIMS_PUBLIC_BASE_URL")
# The indicator worker (tracker/conf.py).
CLAIMS_CONSUMER_BATCH = env_int("CLAIMS_CONSUMER_BATCH", 500)
CLAIMS_HEARTBEAT_SECONDS = env_int("CLAIMS_HEARTBEAT_SECONDS", 5)
CLAIMS_HEARTBEAT_STALE_SECONDS = env_int("CLAIMS_HEARTBEAT_STALE_SECONDS", 30)
CLAIMS_NUDGE_BACKOFF_SECONDS = env_int("CLAIMS_NUDGE_BACKOFF_SECONDS", 5)

# --- Webhooks (claims/webhooks) -------------------------------------------------------------------
# Plain http:// endpoints, and endpoints on loopback or private addresses, are refused unless
# these are set (the development stack and the tests set both; never in production).
CLAIMS_WEBHOOK_ALLOW_HTTP = env_bool("CLAIMS_WEBHOOK_ALLOW_HTTP", False)
CLAIMS_WEBHOOK_ALLOW_PRIVATE = env_bool("CLAIMS_WEBHOOK_ALLOW_PRIVATE", False)
CLAIMS_WEBHOOK_TIMEOUT_SECONDS = env_int("CLAIMS_WEBHOOK_TIMEOUT_SECONDS", 5, minimum=1)
CLAIMS_WEBHOOK_RETRY_HOURS = env_int("CLAIMS_WEBHOOK_RETRY_HOURS", 24, minimum=0)
CLAIMS_WEBHOOK_BACKOFF_MAX_SECONDS = env_int("CLAIMS_WEBHOOK_BACKOFF_MAX_SECONDS", 900, minimum=1)
CLAIMS_WEBHOOK_SWEEP_SECONDS = env_int("CLAIMS_WEBHOOK_SWEEP_SECONDS", 5, minimum=1)
CLAIMS_WEBHOOK_SENDERS = env_int("CLAIMS_WEBHOOK_SENDERS", 16, minimum=1)
CLAIMS_WEBHOOK_SENDER_NICE = env_int("CLAIMS_WEBHOOK_SENDER_NICE", 10, minimum=0)
CLAIMS_WEBHOOK_SENDER_IDLE = env_bool("CLAIMS_WEBHOOK_SENDER_IDLE", True)

# --- REST framework -----------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "claims.api.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["claims.api.permissions.ReadOrRole"],
    # JSON only, written by orjson (DRF's exact bytes). No browsable API: /api/docs/ is the
    # interactive page; a client asking only for HTML gets JSON rather than a 406.
    "DEFAULT_RENDERER_CLASSES": ["claims.api.renderers.JSONRenderer"],
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "claims.api.negotiation.JSONWhateverAccepted",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "EXCEPTION_HANDLER": "claims.api.errors.exception_handler",
    "DEFAULT_THROTTLE_RATES": {
        "anon": env_str("THROTTLE_ANON", "600/min"),
        "user": env_str("THROTTLE_USER", "6000/min"),
        "writes": env_str("THROTTLE_WRITES", "1200/min"),
        "login": env_str("THROTTLE_LOGIN", "20/min"),
    },
    "NUM_PROXIES": env_int("NUM_PROXIES", 0),
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Claims Tracker API",
    "DESCRIPTION": "Factual claims as immutable events: report, dispute, correct, refute, confirm.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # The `code` of every error body (claims/api/errors.py), as one named enum for clients.
    "ENUM_NAME_OVERRIDES": {"ErrorCodeEnum": "claims.api.errors.ERROR_CODE_CHOICES"},
    # The version precondition of commands and the links between operations (claims/api/schema.py).
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "claims.api.schema.postprocess",
    ],
}

DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("DATA_UPLOAD_MAX_MEMORY_SIZE", 2_621_440)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}
# Every record carries request_id and actor (config/logging.py); JSON lines by default in
# production. LOG_REQUESTS adds one line per request (method, path, status, duration).
LOGGING = with_request_context(LOGGING, json_lines=env_bool("LOG_JSON", DJANGO_ENV == "production"))
LOG_REQUESTS = env_bool("LOG_REQUESTS", DJANGO_ENV == "production")

if DJANGO_ENV == "production":
    from config.production import *  # noqa: F403
