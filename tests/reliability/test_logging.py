"""Structured logs: each line carries the request id and the actor, as JSON in production."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from rest_framework.test import APIClient

from claims.tokens.models import ApiToken
from config.logging import (
    ROUTINE_LOGGERS,
    JsonFormatter,
    RequestContextFilter,
    RoutineTicksFilter,
    with_request_context,
)


@pytest.fixture
def json_lines() -> Iterator[io.StringIO]:
    """Capture the access log and the API's logger as JSON lines, filtered like production."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RequestContextFilter())
    handler.setFormatter(JsonFormatter())
    loggers = [logging.getLogger(name) for name in ("claims.requests", "claims.api")]
    for logger in loggers:
        logger.addHandler(handler)
    yield stream
    for logger in loggers:
        logger.removeHandler(handler)


def _lines(stream: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


@pytest.mark.django_db
def test_a_token_request_logs_its_request_id_and_actor(
    json_lines: io.StringIO, settings: Any
) -> None:
    settings.LOG_REQUESTS = True
    user = get_user_model().objects.create_user("log-reader")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {ApiToken.objects.issue(user).key}")
    response = client.get("/api/v1/claims/", HTTP_X_REQUEST_ID="req-7d1c")
    assert response.status_code == 200
    assert response["X-Request-Id"] == "req-7d1c"
    [line] = [x for x in _lines(json_lines) if x["logger"] == "claims.requests"]
    assert line["request_id"] == "req-7d1c"
    assert line["actor"] == "log-reader"
    assert (line["method"], line["path"], line["status"]) == ("GET", "/api/v1/claims/", 200)
    assert isinstance(line["duration_ms"], float)


@pytest.mark.django_db
def test_anonymous_requests_log_anonymous_and_a_fresh_id(
    json_lines: io.StringIO, settings: Any
) -> None:
    settings.LOG_REQUESTS = True
    response = APIClient().get("/api/v1/claims/", HTTP_X_REQUEST_ID="not a safe id!")
    [line] = [x for x in _lines(json_lines) if x["logger"] == "claims.requests"]
    assert line["actor"] == "anonymous"
    assert line["request_id"] == response["X-Request-Id"] != "not a safe id!"
    assert len(line["request_id"]) == 32


def test_records_outside_a_request_say_so() -> None:
    record = logging.makeLogRecord({"msg": "sweep", "levelno": logging.INFO})
    assert RequestContextFilter().filter(record)
    entry = json.loads(JsonFormatter().format(record))
    assert (entry["request_id"], entry["actor"], entry["message"]) == ("-", "-", "sweep")


def test_every_handler_of_the_settings_adds_the_context() -> None:
    from django.conf import settings

    logging_config: dict[str, Any] = settings.LOGGING
    for name, handler in logging_config["handlers"].items():
        assert "request_context" in handler["filters"], name
    config = with_request_context(logging_config, json_lines=True)
    assert {h["formatter"] for h in config["handlers"].values()} == {"json"}


# --- The housekeeping ticks ----------------------------------------------------------------------


def _celery_lines(task: str) -> None:
    """Log what Celery logs for one run of `task`: beat sends it, a worker receives it, it
    succeeds (the same loggers, formats and arguments as celery's own code)."""
    from celery.app import trace

    beat_entry = f"the entry of {task}"
    logging.getLogger("celery.beat").info("Scheduler: Sending due task %s (%s)", beat_entry, task)
    context = {"id": "1d6c", "name": task, "args": "()", "kwargs": "{}"}
    logging.getLogger("celery.worker.strategy").info(
        trace.LOG_RECEIVED, context, extra={"data": context}
    )
    trace.info(trace.LOG_SUCCESS, {**context, "return_value": "{}", "runtime": 0.004})


def _messages(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name.startswith("celery.")]


@pytest.mark.parametrize(
    "task", ["tracker.tasks.sweep", "tracker.tasks.heartbeat", "claims.webhooks.tasks.sweep"]
)
def test_the_routine_housekeeping_ticks_are_left_out(
    task: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    _celery_lines(task)
    assert _messages(caplog) == []


def test_other_tasks_and_failures_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    _celery_lines("tracker.tasks.process_new_events")
    messages = _messages(caplog)
    assert len(messages) == 3
    assert "Sending due task" in messages[0]
    assert "process_new_events" in messages[0]
    assert "received" in messages[1]
    assert "succeeded" in messages[2]
    caplog.clear()
    logging.getLogger("celery.app.trace").error(
        "Task %(name)s[%(id)s] raised", {"name": "tracker.tasks.sweep", "id": "1"}
    )
    assert _messages(caplog) == ["Task tracker.tasks.sweep[1] raised"]


def test_log_level_debug_shows_the_ticks_again(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    _celery_lines("tracker.tasks.sweep")
    assert len(_messages(caplog)) == 3


def test_the_settings_put_the_filter_on_celerys_loggers() -> None:
    from django.conf import settings

    for name in ROUTINE_LOGGERS:
        logging_config: dict[str, Any] = settings.LOGGING
        assert "routine_ticks" in logging_config["loggers"][name]["filters"], name
        assert any(isinstance(f, RoutineTicksFilter) for f in logging.getLogger(name).filters)
