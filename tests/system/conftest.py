"""A real stack for system tests: Redis, a Celery worker and beat as child processes.

No eager mode, no fakeredis, no mocks. The worker and beat run `celery -A config …` against the
same test database as this process (a file for SQLite: see DATABASES TEST NAME in settings).

Data here is committed for real: pytest-django's transactional flush cannot clear the
append-only event table (its triggers refuse DELETE and TRUNCATE), so the database is unblocked
without a flush, every test uses fresh ids, and checks compare relative to what was there.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from django.db import connection
from django.test.utils import override_settings

from claims.core import eventstore
from claims.webhooks import tasks as webhook_tasks
from config.celery import app as celery_app
from config.devservices import RedisServer, free_port
from tests.system.testdb import ensure_test_database
from tracker import consumers, tasks

ROOT = Path(__file__).resolve().parents[2]
CELERY = str(Path(sys.executable).parent / "celery")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/system/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.system)


def database_url() -> str:
    """The URL of the test database this process uses, for the child processes."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    user = quote(str(db.get("USER") or ""), safe="")
    password = quote(str(db.get("PASSWORD") or ""), safe="")
    return f"postgres://{user}:{password}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def wait_for(
    condition: Callable[[], Any], timeout: float, what: str, interval: float = 0.1
) -> float:
    """Poll until condition() is true; return the seconds it took (fail after timeout)."""
    started = time.monotonic()
    while True:
        if condition():
            return time.monotonic() - started
        if time.monotonic() - started > timeout:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(interval)


def _point_celery_at(url: str) -> None:
    """Publish from this process to `url` (drops pooled connections to the previous broker)."""
    app: Any = celery_app  # private pool attributes, as Celery's own after-fork reset uses
    app.conf.broker_url = url
    if app._pool is not None:
        app._pool.force_close_all()
    app._pool = None
    with contextlib.suppress(AttributeError, KeyError):
        app.__dict__["amqp"]._producer_pool = None
    tasks._quiet_until = 0.0  # forget failures against the previous broker
    webhook_tasks._quiet_until = 0.0


class Stack:
    """Redis, one Celery worker (prefork, one child) and beat, started and stopped on demand."""

    def __init__(self, logs: Path) -> None:
        self.logs = logs
        self.redis_port = free_port()
        self.redis: RedisServer | None = None
        self.worker: subprocess.Popen[bytes] | None = None
        self.beat: subprocess.Popen[bytes] | None = None
        self.worker_env: dict[str, str] = {}

    @property
    def redis_url(self) -> str:
        return f"redis://127.0.0.1:{self.redis_port}/0"

    def env(self, **extra: str) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            DJANGO_SETTINGS_MODULE="config.settings",
            DATABASE_URL=database_url(),
            REDIS_URL=self.redis_url,
            CELERY_BROKER_URL=self.redis_url,
            PYTHONUNBUFFERED="1",
            SQLITE_NO_PERSISTENT="1",
        )
        env.update(extra)
        return env

    def _spawn(self, name: str, args: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
        log = (self.logs / f"{name}.log").open("ab")
        # A session of its own, so the whole worker (main process and pool child) can be killed.
        return subprocess.Popen(
            [CELERY, "-A", "config", *args],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )

    # --- Redis ---------------------------------------------------------------------------------

    def start_redis(self) -> None:
        self.redis = RedisServer(port=self.redis_port, data_dir=self.logs / "redis")
        self.redis.start()

    def stop_redis(self) -> None:
        if self.redis is not None:
            self.redis.stop()
            self.redis = None

    def pause_redis(self, paused: bool) -> None:
        assert self.redis is not None
        assert self.redis.process is not None
        os.kill(self.redis.process.pid, signal.SIGSTOP if paused else signal.SIGCONT)

    def redis_idle(self) -> bool:
        """No message waiting or being worked on (acks_late keeps it in `unacked`)."""
        import redis

        client = redis.Redis.from_url(self.redis_url, socket_timeout=2)
        try:
            return client.llen("celery") == 0 and client.hlen("unacked") == 0
        finally:
            client.close()

    # --- Worker and beat -------------------------------------------------------------------------

    def start_worker(self, **extra_env: str) -> None:
        self.worker_env = extra_env
        name = f"system-{uuid.uuid4().hex[:6]}@%h"
        self.worker = self._spawn(
            "worker",
            [
                "worker",
                "--pool",
                "prefork",
                "-c",
                "1",
                "-Q",
                "celery,webhooks",
                "-l",
                "info",
                "-n",
                name,
                "--without-mingle",
                "--without-gossip",
            ],
            self.env(**extra_env),
        )

    def worker_child(self) -> int | None:
        """The pid of the worker's pool process, once it is running."""
        if self.worker is None:
            return None
        path = Path(f"/proc/{self.worker.pid}/task/{self.worker.pid}/children")
        with contextlib.suppress(OSError):
            children = path.read_text().split()
            if children:
                return int(children[0])
        return None

    def kill_worker(self) -> None:
        """kill -9 the whole worker: main process and pool child."""
        if self.worker is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.worker.pid, signal.SIGKILL)
            self.worker.wait(timeout=10)
            self.worker = None

    def stop_worker(self) -> None:
        """A warm shutdown (SIGTERM), then SIGKILL if it lingers."""
        if self.worker is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.worker.pid, signal.SIGTERM)
        try:
            self.worker.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.kill_worker()
        self.worker = None

    def start_beat(self) -> None:
        schedule = self.logs / "celerybeat-schedule"
        self.beat = self._spawn("beat", ["beat", "-l", "info", "-s", str(schedule)], self.env())

    def stop_beat(self) -> None:
        if self.beat is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.beat.pid, signal.SIGTERM)
            try:
                self.beat.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.beat.pid, signal.SIGKILL)
                self.beat.wait()
            self.beat = None

    def stop(self) -> None:
        self.stop_beat()
        self.stop_worker()
        self.stop_redis()

    def problems(self, limit: int = 300) -> str:
        """The errors and warnings the worker and beat logged, each with the traceback after it:
        what a failed test's report shows (tests/conftest.py), since the logs go with the stack.
        """
        out: list[str] = []
        for name, lines in self._logs():
            keep = False
            for line in lines:
                if line.startswith("["):
                    keep = "ERROR/" in line or "WARNING/" in line or "CRITICAL/" in line
                    if keep:
                        out.append(f"{name}: {line}")
                elif keep:
                    out.append(f"{name}:   {line}")
        if len(out) > limit:
            out = [
                *out[: limit // 2],
                f"... {len(out) - limit} lines left out ...",
                *out[-limit // 2 :],
            ]
        return "\n".join(out) or "(none)"

    def _logs(self) -> Iterator[tuple[str, list[str]]]:
        """Each log of the stack (worker, beat), by name, as lines."""
        for log in sorted(self.logs.glob("*.log")):
            yield log.name, log.read_text(errors="replace").splitlines()

    def log_lines(self, containing: str) -> list[str]:
        """The lines of the stack's logs that contain this text, each with its log's name."""
        return [
            f"{name}: {line}"
            for name, lines in self._logs()
            for line in lines
            if containing in line
        ]

    def tail(self, lines: int = 40) -> str:
        return "\n".join(f"--- {name}\n" + "\n".join(text[-lines:]) for name, text in self._logs())

    # --- Waiting for the consumer ---------------------------------------------------------------

    def caught_up(self) -> bool:
        return consumers.checkpoint_position() == eventstore.head_position()

    def wait_caught_up(self, timeout: float = 60) -> float:
        try:
            return wait_for(self.caught_up, timeout, "the indicator consumer to reach the head")
        except AssertionError:
            print(self.tail())
            raise


@pytest.fixture(scope="module")
def system_db(django_db_setup: None, django_db_blocker: Any) -> Iterator[None]:
    """The test database, unblocked for the whole module and never flushed."""
    with ensure_test_database(django_db_blocker):
        yield


@contextlib.contextmanager
def running_stack(prefix: str, catch_up_timeout: float, **worker_env: str) -> Iterator[Stack]:
    """Redis, a worker and beat, with this process publishing nudges to that Redis; caught up
    with whatever earlier tests committed before it is handed over, stopped afterwards.

    `worker_env`: extra environment of the worker (e.g. the webhook allow settings)."""
    previous_broker = celery_app.conf.broker_url
    with tempfile.TemporaryDirectory(prefix=prefix) as logs:
        s = Stack(Path(logs))
        redis_settings = override_settings(REDIS_URL=s.redis_url, CELERY_BROKER_URL=s.redis_url)
        try:
            s.start_redis()
            _point_celery_at(s.redis_url)
            redis_settings.enable()
            s.start_worker(**worker_env)
            s.start_beat()
            tasks.publish_nudge()
            s.wait_caught_up(timeout=catch_up_timeout)
            yield s
        finally:
            s.stop()
            redis_settings.disable()
            _point_celery_at(previous_broker)


@pytest.fixture(scope="module")
def stack(system_db: None) -> Iterator[Stack]:
    """Redis, a worker and beat, with this process publishing nudges to that Redis."""
    with running_stack("claims-system-", catch_up_timeout=90) as s:
        yield s
