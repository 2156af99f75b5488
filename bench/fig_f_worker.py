"""(f) The indicator worker: correction → updated series latency, and recompute cost vs log size.

Latency: a real Redis and a real Celery worker (prefork, 1 process) on the bench database. Each
correction goes through `services.correct()`; after its commit the nudge reaches the worker,
which recomputes the affected indicator; we poll until the indicator's points carry the
correction's position. p50/p99 over the corrections, one at a time.
Cost: in this process, the worker's `consumers.process_batch()` for one correction with a log
of `small` events and of `large` events (more indicators, each with the same number of claims),
against `consumers.full_recompute()` on the large log.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import random
import subprocess
import sys
import time
import uuid
from decimal import Decimal
from pathlib import Path

from bench import common

SIZES = {  # log events small, large; corrections
    "tiny": (300, 600, 3),
    "quick": (10_000, 30_000, 50),
    "full": (10_000, 100_000, 200),
}
CLAIMS_PER_INDICATOR = 60  # 20 periods x 3 sources
EVENTS_PER_CLAIM = 5


def main(argv: list[str] | None = None) -> int:
    args = common.parser(__doc__ or "").parse_args(argv)
    from config.devservices import RedisServer, free_port

    redis_port = free_port()
    redis_url = f"redis://127.0.0.1:{redis_port}/0"
    os.environ.update(
        REDIS_URL=redis_url,
        CELERY_BROKER_URL=redis_url,
        CLAIMS_NUDGE="1",
        CLAIMS_SWEEP_SECONDS="60",
    )
    # Redis first: every nudge of this run reaches it (a failed one would pause nudges).
    workdir = common.scratch_dir("bench-f-")
    redis = RedisServer(port=redis_port, data_dir=workdir / "redis")
    redis.start()
    try:
        return _run(args, redis, workdir)
    finally:
        redis.stop()


def _run(args: object, redis: object, workdir: Path) -> int:
    assert isinstance(args, argparse.Namespace)
    common.setup_django(args.db_url)
    from bench import workload as w
    from claims.core import bulk, eventstore, services
    from claims.core.domain import commands as c
    from claims.core.domain.values import Period, Quantity
    from tracker import consumers
    from tracker.models import IndicatorPoint
    from tracker.services import define_indicator

    small, large, n_corrections = SIZES[args.size]
    rng = random.Random(6)
    sources = w.register_sources(3)
    indicator_claims: dict[str, list[str]] = {}

    def grow(to_events: int) -> None:
        """Add indicators (each with CLAIMS_PER_INDICATOR claims) until the log has to_events."""
        while eventstore.head_position() < to_events:
            key = f"bench-{uuid.uuid4().hex[:10]}"
            define_indicator(
                key=key,
                subject="Guatemala",
                measure="homicide rate",
                unit=w.UNIT,
                tolerance_pct="10",
                actor="bench",
            )
            items = []
            ids = indicator_claims.setdefault(key, [])
            for n in range(CLAIMS_PER_INDICATOR):
                year = 2000 + n // 3
                claim_id = services.new_id()
                ids.append(claim_id)
                report = c.ReportClaim(
                    claim_id=claim_id,
                    statement=f"{key} {year} from source {n % 3}.",
                    subject="Guatemala",
                    indicator=key,
                    value=Quantity.of(str(rng.randint(200, 400) / 10), w.UNIT, "exact"),
                    period=Period(dt.date(year, 1, 1), dt.date(year, 12, 31)),
                    attributed_to=sources[n % 3],
                )
                history = w.history_commands(sources, rng, EVENTS_PER_CLAIM - 1, claim_id)
                items.append(bulk.StreamCommands("claim", claim_id, [report, *history]))
            bulk.import_streams(items, w.CTX)

    def correct_one() -> int:
        key = rng.choice(list(indicator_claims))
        claim_id = rng.choice(indicator_claims[key])
        version = services._load_claim_for_command(claim_id, None).version
        amount = Decimal(rng.randint(200, 400)) / 10
        result = services.correct(
            claim_id,
            c.CorrectClaim(reason="Registry revision.", value=Quantity.of(amount, w.UNIT)),
            w.CTX,
            version,
        )
        return result.records[-1].position

    def incremental_cost(reps: int) -> list[float]:
        out = []
        for _ in range(reps):
            correct_one()
            out.append(common.timed(consumers.process_batch) * 1000)
        return out

    # Cost of one incremental recompute, small log then large log; full recompute on the large.
    grow(small)
    consumers.catch_up(max_seconds=600)
    cost_small = incremental_cost(args.reps)
    small_events = eventstore.head_position()
    grow(large)
    consumers.catch_up(max_seconds=600)
    large_events = eventstore.head_position()
    with common.maybe_profile(args.profile):
        cost_large = incremental_cost(args.reps)
    cost_full = [common.timed(consumers.full_recompute) * 1000 for _ in range(args.reps)]

    # Latency through Redis and a real worker.
    celery = str(Path(sys.executable).parent / "celery")
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DATABASE_URL=args.db_url,
        SQLITE_NO_PERSISTENT="1",
        PYTHONUNBUFFERED="1",
    )
    log = (workdir / "worker.log").open("ab")
    worker = subprocess.Popen(
        [
            *(celery, "-A", "config", "worker", "--pool", "prefork", "-c", "1", "-l", "warning"),
            *("-n", f"bench-{uuid.uuid4().hex[:6]}@%h", "--without-mingle", "--without-gossip"),
        ],
        cwd=common.ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    latencies: list[float] = []
    try:
        # The first nudge proves the worker is up (its start is not part of the figure).
        _wait_for_position(correct_one(), IndicatorPoint, timeout=120)
        for _ in range(n_corrections):
            position = correct_one()
            started = time.perf_counter()
            _wait_for_position(position, IndicatorPoint, timeout=30)
            latencies.append((time.perf_counter() - started) * 1000)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(worker.pid, 15)
        with contextlib.suppress(subprocess.TimeoutExpired):
            worker.wait(timeout=30)

    lat_sorted = sorted(latencies)
    p50 = common.percentile(lat_sorted, 50)
    p99 = common.percentile(lat_sorted, 99)
    ratio = (sorted(cost_large)[len(cost_large) // 2]) / max(
        1e-9, sorted(cost_small)[len(cost_small) // 2]
    )
    figures = [
        common.Figure(
            "f",
            f"correction -> series p50 ({len(latencies)} corrections)",
            "ms",
            [p50],
            higher_is_better=False,
            target="<= 1000 ms",
            met=p50 <= 1000,
        ),
        common.Figure(
            "f",
            "correction -> series p99",
            "ms",
            [p99],
            higher_is_better=False,
            target="<= 3000 ms",
            met=p99 <= 3000,
        ),
        common.Figure("f", "  latency per correction (min/median/max)", "ms", latencies, False),
        common.Figure(
            "f",
            f"incremental recompute, {small_events:,}-event log",
            "ms",
            cost_small,
            higher_is_better=False,
        ),
        common.Figure(
            "f",
            f"incremental recompute, {large_events:,}-event log",
            "ms",
            cost_large,
            higher_is_better=False,
            peer=f"{small_events:,}-event log (cost ratio)",
            ratios=common.ratios(cost_large, cost_small, True),
            target="<= 2x the small log's cost",
            met=ratio <= 2,
        ),
        common.Figure(
            "f",
            f"peer: full recompute, {large_events:,}-event log",
            "ms",
            cost_full,
            higher_is_better=False,
        ),
    ]
    common.finish(
        args,
        figures,
        {
            "small_log": small_events,
            "large_log": large_events,
            "corrections": len(latencies),
            "claims_per_indicator": CLAIMS_PER_INDICATOR,
        },
    )
    return 0


def _wait_for_position(position: int, model: type, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if model.objects.filter(as_of_position__gte=position).exists():  # type: ignore[attr-defined]
            return
        time.sleep(0.005)
    raise TimeoutError(f"no indicator point at position {position} after {timeout}s")


if __name__ == "__main__":
    sys.exit(main())
