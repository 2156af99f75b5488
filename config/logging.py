"""Structured logs: every record carries the request id and the actor of the request it serves.

`config.middleware.RequestIdMiddleware` binds the request to a context variable for the time of
the request; `RequestContextFilter` (on the handlers) copies `request_id` and `actor` onto each
record ("-" outside a request, e.g. in Celery tasks); `JsonFormatter` writes one JSON object per
line (LOG_JSON, on by default in production), with any `extra={...}` fields included.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import json
import logging
from typing import Any

from django.utils.functional import LazyObject, empty

_request: contextvars.ContextVar[Any] = contextvars.ContextVar("claims_request", default=None)

# LogRecord's own attributes: everything else on a record came from `extra=` and is emitted.
_RECORD_ATTRS = set(vars(logging.makeLogRecord({}))) | {"message", "asctime", "taskName"}


def bind_request(request: Any) -> contextvars.Token[Any]:
    """Make `request` the current request for log records (reset with `unbind_request`)."""
    return _request.set(request)


def unbind_request(token: contextvars.Token[Any]) -> None:
    _request.reset(token)


def actor_of(request: Any) -> str | None:
    """The username of the request's user, if authentication has already run; never queries.

    AuthenticationMiddleware leaves a lazy object that costs a session lookup when touched;
    DRF replaces it with the authenticated user. Only an evaluated user is read, so logging
    can never trigger a query (or recurse through the database logger).
    """
    user = getattr(request, "__dict__", {}).get("user")
    if isinstance(user, LazyObject):
        user = user._wrapped
    if user is None or user is empty:
        return None
    if not getattr(user, "is_authenticated", False):
        return "anonymous"
    return str(user.get_username())


def current_context() -> dict[str, str]:
    request = _request.get()
    if request is None:
        return {"request_id": "-", "actor": "-"}
    return {
        "request_id": str(getattr(request, "request_id", None) or "-"),
        "actor": actor_of(request) or "-",
    }


class RequestContextFilter(logging.Filter):
    """Add `request_id` and `actor` to every record (values given in `extra=` win)."""

    def filter(self, record: logging.LogRecord) -> bool:
        for key, value in current_context().items():
            if not getattr(record, key, None):
                setattr(record, key, value)
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, request_id, actor, extras."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", "-"),
            "actor": getattr(record, "actor", "-"),
        }
        for key, value in vars(record).items():
            if key not in _RECORD_ATTRS and key not in entry:
                entry[key] = value
        if record.exc_info:
            entry["exc_info"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str, ensure_ascii=False)


# The housekeeping tasks beat sends every few seconds: the sweeps of the event log and of the
# webhook deliveries, and the worker's heartbeat. Celery logs three INFO lines for each run
# (beat sent it, a worker received it, it succeeded), a dozen lines every five seconds that bury
# everything else; RoutineTicksFilter leaves those lines out unless the root level is DEBUG.
# Their failures (logged at ERROR) and what the tasks log themselves are untouched.
ROUTINE_TASKS = frozenset(
    {"tracker.tasks.sweep", "tracker.tasks.heartbeat", "claims.webhooks.tasks.sweep"}
)
# The loggers Celery writes those lines to: beat's "Sending due task", the worker's "received"
# and the trace's "succeeded".
ROUTINE_LOGGERS = ("celery.beat", "celery.worker.strategy", "celery.app.trace")


def _task_name(record: logging.LogRecord) -> str | None:
    """The task a Celery INFO record is about: the worker's and the trace's records carry their
    context (with the task's name) as `data`; beat's is `('Sending due task %s (%s)', entry
    name, task name)`."""
    data = getattr(record, "data", None)
    if isinstance(data, dict):
        name = data.get("name")
        return name if isinstance(name, str) else None
    args = record.args
    if record.name == "celery.beat" and isinstance(args, tuple) and len(args) == 2:
        return str(args[1])
    return None


class RoutineTicksFilter(logging.Filter):
    """Leave out Celery's INFO lines about the routine housekeeping tasks (ROUTINE_TASKS),
    unless the root logger is at DEBUG (LOG_LEVEL=DEBUG shows them again)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno > logging.INFO or logging.getLogger().isEnabledFor(logging.DEBUG):
            return True
        return _task_name(record) not in ROUTINE_TASKS


PLAIN_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s %(actor)s] %(message)s"


def with_request_context(config: dict[str, Any], *, json_lines: bool) -> dict[str, Any]:
    """Return a LOGGING dict whose handlers all add request_id/actor (and write JSON lines),
    and whose Celery loggers leave out the routine housekeeping ticks (RoutineTicksFilter)."""
    config = {**config}
    config["filters"] = {
        **config.get("filters", {}),
        "request_context": {"()": "config.logging.RequestContextFilter"},
        "routine_ticks": {"()": "config.logging.RoutineTicksFilter"},
    }
    config["formatters"] = {
        **config.get("formatters", {}),
        "plain": {"format": PLAIN_FORMAT},
        "json": {"()": "config.logging.JsonFormatter"},
    }
    handlers = {}
    for name, handler in config.get("handlers", {}).items():
        handler = {**handler, "filters": [*handler.get("filters", []), "request_context"]}
        if json_lines:
            handler["formatter"] = "json"
        handlers[name] = handler
    config["handlers"] = handlers
    loggers = {**config.get("loggers", {})}
    for name in ROUTINE_LOGGERS:
        logger = {**loggers.get(name, {})}
        logger["filters"] = [*logger.get("filters", []), "routine_ticks"]
        loggers[name] = logger
    config["loggers"] = loggers
    return config
