"""S7 (kill -9 of PostgreSQL during concurrent appends) and S8 (kill -9 of the writing process
mid-batch). The writers are real Django processes (tests/reliability/crash_writer.py)."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from config.devservices import PostgresServer
from tests.reliability.conftest import (
    ROOT,
    child_env,
    figure,
    manage,
    requires_postgres,
    scratch_database,
)

pytestmark = pytest.mark.chaos


class Writer:
    """crash_writer.py as a child process, its output lines collected as they come."""

    def __init__(self, tmp: Path, database_url: str, *args: str) -> None:
        self.stop_file = tmp / f"stop-{time.monotonic_ns()}"
        self.lines: list[list[str]] = []
        module = "tests.reliability.crash_writer"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", module, *args, "--stop-file", str(self.stop_file)],
            cwd=ROOT,
            env=child_env(DATABASE_URL=database_url, PG_LOCK_TIMEOUT_MS="10000"),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self._reader = threading.Thread(target=self._read)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.split())

    def count(self, kind: str) -> int:
        return sum(1 for parts in list(self.lines) if parts[0] == kind)

    def wait_for(self, kind: str, count: int, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while self.count(kind) < count:
            if self.proc.poll() is not None:
                raise AssertionError(f"writer exited: {self.stderr()}")
            assert time.monotonic() < deadline, f"{self.count(kind)} of {count} {kind} lines"
            time.sleep(0.02)

    def stop(self, timeout: float = 90) -> None:
        self.stop_file.touch()
        self.proc.wait(timeout)
        self._reader.join()
        assert self.proc.returncode == 0, self.stderr()

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(30)
        self._reader.join()

    def stderr(self) -> str:
        assert self.proc.stderr is not None
        return self.proc.stderr.read()[-3000:] if self.proc.poll() is not None else ""


# --- S7 ------------------------------------------------------------------------------------------


def _cluster_pids(server: PostgresServer) -> list[int]:
    """The postmaster and its children (each child is its own process group, so list them)."""
    postmaster = int((server.data_dir / "postmaster.pid").read_text().split()[0])
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == postmaster:
                children.append(int(stat.parent.name))
    return [postmaster, *children]


def kill_cluster(server: PostgresServer) -> int:
    """kill -9 every process of the cluster; return how many there were."""
    pids = _cluster_pids(server)
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 30
    while any(Path(f"/proc/{pid}").exists() for pid in pids):
        assert time.monotonic() < deadline, "cluster processes survived SIGKILL"
        time.sleep(0.05)
    return len(pids)


@pytest.fixture
def own_cluster() -> Iterator[PostgresServer]:
    """A PostgreSQL cluster of this test's own, durable commits on (it will be killed)."""
    server = PostgresServer()
    server.start()
    try:
        with psycopg.connect(server.url, autocommit=True) as conn:
            # The embedded cluster trades durability for speed; S7 measures real commits.
            conn.execute("ALTER SYSTEM SET synchronous_commit = on")
            conn.execute("SELECT pg_reload_conf()")
        yield server
    finally:
        server.stop()


def restart(server: PostgresServer) -> None:
    # devservices has no restart(): start the same data directory on the same port again.
    assert server._try_start(60), "PostgreSQL did not restart after kill -9"
    server._wait_ready(60)


@requires_postgres()
def test_s7_kill_postgres_during_concurrent_appends(
    own_cluster: PostgresServer, tmp_path: Path
) -> None:
    writers = 8
    url = own_cluster.url
    migrated = manage("migrate", "--noinput", "-v", "0", DATABASE_URL=url)
    assert migrated.returncode == 0, migrated.stderr[-3000:]
    writer = Writer(tmp_path, url, "--mode", "s7", "--writers", str(writers))
    try:
        writer.wait_for("ACK", 1500, timeout=300)
        processes = kill_cluster(own_cluster)
        acked_at_kill = writer.count("ACK")
        time.sleep(1)
        restart(own_cluster)
        writer.wait_for("ACK", acked_at_kill + 500, timeout=300)
        writer.stop()
    finally:
        if writer.proc.poll() is None:
            writer.kill()
    acked = {parts[2] for parts in writer.lines if parts[0] == "ACK"}
    unknown = {parts[2] for parts in writer.lines if parts[0] == "UNKNOWN"}
    resolved = Counter(parts[3] for parts in writer.lines if parts[0] == "RESOLVED")
    with psycopg.connect(url) as conn:
        stored = Counter(
            str(event_id)
            for (event_id,) in conn.execute(
                "SELECT event_id FROM claims_event WHERE metadata->>'actor' IN ('s7', 'retry')"
            ).fetchall()
        )
    lost = acked - set(stored)
    copies = Counter(stored[event_id] for event_id in unknown)
    verified = manage("verify_events", "--no-progress", DATABASE_URL=url)
    figure(
        "S7",
        f"{len(acked)} acked, {len(lost)} lost after kill -9 of all {processes} PostgreSQL "
        f"processes ({writers} writers); {len(unknown)} unknown outcomes, each resolved by an "
        f"idempotent retry to exactly one copy ({resolved['replayed']} had been stored: "
        f"replayed; {resolved['appended']} had not: appended); "
        f"verify_events: {verified.stdout.strip()}",
    )
    assert acked
    assert lost == set()
    assert 0 < len(unknown) <= writers, "no append was in flight at the kill: proves nothing"
    assert sum(resolved.values()) == len(unknown)
    assert copies == Counter({1: len(unknown)})
    assert verified.returncode == 0, verified.stderr


# --- S8 ------------------------------------------------------------------------------------------


def test_s8_kill_the_writer_mid_batch(tmp_path: Path) -> None:
    kills, batch = 8, 400
    rng = random.Random(8)
    in_flight = 0
    acked: set[str] = set()
    with scratch_database("s8") as url:
        for _ in range(kills):
            writer = Writer(tmp_path, url, "--mode", "s8", "--batch", str(batch))
            try:
                writer.wait_for("ACK", 1, timeout=120)
                time.sleep(rng.uniform(0.05, 0.6))
            finally:
                writer.kill()
            begun = [parts[1] for parts in writer.lines if parts[0] == "BEGIN"]
            done = {parts[1] for parts in writer.lines if parts[0] == "ACK"}
            in_flight += len([stream for stream in begun if stream not in done])
            acked |= done
        counts = _stream_sizes(url)
        verified = manage("verify_events", "--no-progress", DATABASE_URL=url)
    partial = {stream: n for stream, n in counts.items() if n != batch}
    figure(
        "S8",
        f"{len(partial)} partial batches of {len(counts)} stored after {kills} kill -9 of the "
        f"writing process ({batch} events per append; {in_flight} appends in flight at a kill, "
        f"{len(acked)} acknowledged, all present); verify_events: {verified.stdout.strip()}",
    )
    assert partial == {}
    assert acked <= set(counts), "an acknowledged batch is missing"
    assert in_flight >= kills // 2, "the kills did not land mid-append: proves little"
    assert verified.returncode == 0, verified.stderr


def _stream_sizes(url: str) -> dict[str, int]:
    query = (
        "SELECT stream_id, count(*) FROM claims_event WHERE stream_id LIKE 's8-%' "
        "GROUP BY stream_id"
    )
    if url.startswith("sqlite:///"):
        import sqlite3

        with contextlib.closing(sqlite3.connect(url.removeprefix("sqlite:///"))) as conn:
            return dict(conn.execute(query).fetchall())
    with psycopg.connect(url) as conn:
        return dict(conn.execute(query).fetchall())
