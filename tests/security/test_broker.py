"""Checklist #11: the broker only speaks JSON and can never hold a write for long."""

from __future__ import annotations

from config import devservices
from config.celery import app

# S6 (README, Guarantees): with bounded timeouts a hung Redis failed a publish in 2.1 s; writes must
# answer within 3 s (p99), so no single broker wait may approach that.
MAX_BROKER_WAIT_SECONDS = 2.5


def test_celery_accepts_and_sends_json_only() -> None:
    conf = app.conf
    assert conf.task_serializer == "json"
    assert conf.result_serializer == "json"
    assert list(conf.accept_content) == ["json"]
    assert conf.result_accept_content in (None, ["json"])
    assert conf.event_serializer == "json"
    assert "pickle" not in {conf.task_serializer, conf.result_serializer, *conf.accept_content}


def test_broker_waits_are_bounded() -> None:
    conf = app.conf
    options = conf.broker_transport_options
    assert 0 < conf.broker_connection_timeout <= MAX_BROKER_WAIT_SECONDS
    assert 0 < options["socket_timeout"] <= MAX_BROKER_WAIT_SECONDS
    assert 0 < options["socket_connect_timeout"] <= MAX_BROKER_WAIT_SECONDS
    # A publish retries at most once, quickly: the total stays well under the write budget.
    assert options["max_retries"] <= 1
    assert options["interval_start"] + options["interval_max"] * options["max_retries"] <= 1


def test_tasks_survive_a_worker_kill() -> None:
    """acks_late + reject_on_worker_lost: a task killed mid-run is redelivered, not dropped."""
    assert app.conf.task_acks_late is True
    assert app.conf.task_reject_on_worker_lost is True
    assert app.conf.worker_prefetch_multiplier == 1


def test_the_embedded_redis_listens_on_loopback_only() -> None:
    cmd = devservices.redis_command(6379, devservices.ROOT / "var" / "redis")
    assert cmd[cmd.index("--bind") + 1] == "127.0.0.1"
    assert cmd[cmd.index("--protected-mode") + 1] == "yes"
