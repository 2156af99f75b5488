"""`make run`'s stack starts again right after Ctrl-C, and stops Redis last."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from config import devservices

HOST = "127.0.0.1"


def _wait_until(check: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return False


def _redis_runner(port: int, data_dir: Path) -> subprocess.Popen[bytes]:
    """`make run`'s redis process (the Procfile's `redis` line), once Redis answers."""
    try:
        devservices.find_redis_server()
    except devservices.ServiceError as exc:
        # `make test` always has a redis-server (it starts its own, or installs one as root);
        # only a caller who gives REDIS_URL alone may lack the binary `make run` starts.
        if os.environ.get("CI"):
            pytest.fail(f"make run's Redis cannot be started here: {exc}")
        pytest.skip(f"{exc} (this test starts make run's own redis-server)")
    command = ["-m", "config.devservices", "redis", "--port", str(port), "--dir", str(data_dir)]
    runner = subprocess.Popen(
        [sys.executable, *command],
        cwd=devservices.ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    if not _wait_until(lambda: devservices.redis_ping(HOST, port), 15):
        runner.kill()
        runner.wait()
        pytest.fail("redis did not start")
    return runner


def test_a_port_left_with_closed_connections_is_free_again() -> None:
    """A stopped server's connections linger in TIME_WAIT for a minute; the server that starts
    next binds with SO_REUSEADDR, so the stack must not call the port taken."""
    port = devservices.free_port()
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((HOST, port))
    listener.listen()
    assert not devservices.port_is_free(port)  # (listening: taken)
    client = socket.create_connection((HOST, port))
    served, _ = listener.accept()
    served.close()  # the server closes first: its side of the connection waits in TIME_WAIT
    time.sleep(0.1)
    client.close()
    listener.close()
    assert devservices.port_is_free(port)


def test_redis_counts_its_clients(redis_url: str) -> None:
    host, port = redis_url.split("//")[1].split("/")[0].split(":")
    before = devservices.redis_clients(host, int(port))
    assert before is not None
    assert before >= 1
    with socket.create_connection((host, int(port))):
        assert devservices.redis_clients(host, int(port)) == before + 1
    assert devservices.redis_clients(HOST, devservices.free_port()) is None


def test_redis_outlives_a_stop_while_others_are_connected(tmp_path: Path) -> None:
    port = devservices.free_port()
    runner = _redis_runner(port, tmp_path)
    try:
        worker = socket.create_connection((HOST, port))  # a worker still shutting down
        runner.send_signal(signal.SIGTERM)
        time.sleep(1.0)
        assert runner.poll() is None
        assert devservices.redis_ping(HOST, port)  # it can still hand its tasks back
        worker.close()
        assert _wait_until(lambda: runner.poll() is not None, devservices.REDIS_DRAIN_S)
        assert runner.returncode == 0
        assert _wait_until(lambda: not devservices.redis_ping(HOST, port), 5)
    finally:
        if runner.poll() is None:
            runner.kill()
            runner.wait()


def test_redis_stops_within_its_drain_time_whoever_stays(tmp_path: Path) -> None:
    port = devservices.free_port()
    runner = _redis_runner(port, tmp_path)
    try:
        with socket.create_connection((HOST, port)):  # a client that never leaves
            runner.send_signal(signal.SIGINT)
            assert _wait_until(lambda: runner.poll() is not None, devservices.REDIS_DRAIN_S + 5)
        assert not devservices.redis_ping(HOST, port)
    finally:
        if runner.poll() is None:
            runner.kill()
            runner.wait()


# A main process that starts a child in its own group, as a Celery worker starts its pool: the
# child writes how it ended; the main one, told to stop, lets the child finish, then exits.
_WORKER = r"""
import os, signal, subprocess, sys, time
out = sys.argv[1]
child = subprocess.Popen([sys.executable, "-c", '''
import signal, sys, time
out = sys.argv[1]
def hit(signum, frame):
    open(out + ".child", "w").write("signalled")
    sys.exit(1)
signal.signal(signal.SIGTERM, hit)
while not __import__("os").path.exists(out + ".finish"):
    time.sleep(0.05)
open(out + ".child", "w").write("finished its task")
''', out])
def warm(signum, frame):
    open(out + ".finish", "w").write("")
    child.wait()
    sys.exit(0)
signal.signal(signal.SIGTERM, warm)
open(out + ".ready", "w").write(str(child.pid))
while True:
    time.sleep(0.1)
"""


_SHIELD = [sys.executable, "-m", "config.devservices", "shield", "--"]


def test_a_shielded_worker_is_stopped_by_its_main_process_only(tmp_path: Path) -> None:
    out = tmp_path / "worker"
    shield = subprocess.Popen(
        [*_SHIELD, sys.executable, "-c", _WORKER, str(out)],
        cwd=devservices.ROOT,
        start_new_session=True,  # as honcho starts each Procfile process
    )
    try:
        assert _wait_until(lambda: Path(f"{out}.ready").exists(), 15)
        time.sleep(0.2)
        os.killpg(shield.pid, signal.SIGTERM)  # how honcho stops it: the whole group
        assert shield.wait(timeout=devservices.SHIELD_GRACE_S + 5) == 0
        assert Path(f"{out}.child").read_text() == "finished its task"
    finally:
        if shield.poll() is None:
            os.killpg(shield.pid, signal.SIGKILL)
            shield.wait()


def test_a_shielded_worker_that_will_not_stop_is_killed_after_its_grace(tmp_path: Path) -> None:
    stubborn = "import signal, time\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\ntime.sleep(60)"
    shield = subprocess.Popen(
        [*_SHIELD, sys.executable, "-c", stubborn],
        cwd=devservices.ROOT,
        start_new_session=True,
    )
    try:
        time.sleep(1.0)
        started = time.monotonic()
        os.killpg(shield.pid, signal.SIGTERM)
        assert shield.wait(timeout=devservices.SHIELD_GRACE_S + 5) == 128 + signal.SIGKILL
        assert time.monotonic() - started >= devservices.SHIELD_GRACE_S - 0.5
    finally:
        if shield.poll() is None:
            os.killpg(shield.pid, signal.SIGKILL)
            shield.wait()
