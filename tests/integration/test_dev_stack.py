"""`make run`'s stack starts again right after Ctrl-C, and stops Redis last."""

from __future__ import annotations

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
        pytest.skip(str(exc))
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
