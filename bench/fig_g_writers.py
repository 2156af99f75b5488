"""(g) Concurrent writers: 16 writer processes on distinct claims against 1, commands/s.

Each writer is its own process (its own connection and interpreter, as gunicorn workers are),
running `services.note()` round-robin over claims no other writer touches, so every append
succeeds and they compete only for the append lock, the server and the cores. The processes
start, load their claims, then wait; the clock runs from the go signal to the last writer's
end. One repetition runs the 16 writers, then writer 0 alone on the same claims, so the ratio
is pair by pair. PostgreSQL is the database this is about (SQLite has one writer at a time by
design); on SQLite the figure is printed without a target.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from typing import Any

from bench import common

SIZES = {  # writers, claims per writer, commands per writer per run
    "tiny": (4, 2, 20),
    "quick": (16, 4, 120),
    "full": (16, 8, 500),
}


def worker(db_url: str, claim_ids: list[str]) -> None:
    """A writer process: set Django up, warm the state cache, then run on each GO line."""
    common.setup_django(db_url, migrate=False)
    from bench import workload as w
    from claims.core import services
    from claims.core.domain import commands as c

    versions: dict[str, int] = {}
    for claim_id in claim_ids:
        versions[claim_id] = services.note(claim_id, c.AddNote(text="warm"), w.CTX, None).version
    print("READY", flush=True)
    for line in sys.stdin:
        n = int(line.split()[1])
        started = time.perf_counter()
        for i, claim_id in enumerate(w.round_robin(claim_ids, n)):
            result = services.note(claim_id, c.AddNote(text=f"n{i}"), w.CTX, versions[claim_id])
            versions[claim_id] = result.version
        print(f"DONE {time.perf_counter() - started:.6f}", flush=True)


def _spawn(db_url: str, claim_ids: list[str]) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(common.ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "bench.fig_g_writers", "--worker", db_url, json.dumps(claim_ids)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=common.ROOT,
    )


def _expect(proc: subprocess.Popen[str], word: str) -> str:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line.startswith(word):
        raise RuntimeError(f"writer said {line!r}, expected {word}")
    return line


def _run(procs: list[subprocess.Popen[str]], n: int) -> float:
    """Send GO to every process, wait for each DONE; return the wall time in seconds."""
    started = time.perf_counter()
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write(f"GO {n}\n")
        proc.stdin.flush()
    for proc in procs:
        _expect(proc, "DONE")
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--worker":
        worker(argv[1], json.loads(argv[2]))
        return 0
    args = common.parser(__doc__ or "").parse_args(argv)
    vendor = common.setup_django(args.db_url)
    from bench import workload as w

    writers, per_writer, n_commands = SIZES[args.size]
    sources = w.register_sources(5)
    claims = w.report_claims(writers * per_writer, sources)
    groups = [claims[i * per_writer : (i + 1) * per_writer] for i in range(writers)]
    from django.db import connections

    connections.close_all()
    procs = [_spawn(args.db_url, group) for group in groups]
    try:
        for proc in procs:
            _expect(proc, "READY")
        many: list[float] = []
        one: list[float] = []
        for _ in range(args.reps):
            many.append(writers * n_commands / _run(procs, n_commands))
            one.append(n_commands / _run(procs[:1], n_commands))
    finally:
        for proc in procs:
            if proc.stdin is not None:
                proc.stdin.close()
        for proc in procs:
            proc.wait(timeout=60)
    ratios = common.ratios(many, one, True)
    median = sorted(ratios)[len(ratios) // 2] if ratios else 0.0
    on_pg = vendor == "postgresql"
    figures: list[Any] = [
        common.Figure(
            "g",
            f"{writers} writer processes, distinct claims (ours)",
            "cmd/s",
            many,
            peer="1 writer",
            ratios=ratios,
            target=">= 1.5x 1 writer" if on_pg else None,
            met=median >= 1.5 if on_pg else None,
        ),
        common.Figure("g", "peer: 1 writer process", "cmd/s", one),
    ]
    common.finish(
        args,
        figures,
        {"writers": writers, "claims_per_writer": per_writer, "commands_per_writer": n_commands},
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
