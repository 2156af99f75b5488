"""(w3) Webhook fan-out: 10 subscriptions x N events to a local receiver.

A real Redis and real Celery workers as `make run` has them (the indicator worker, prefork, 2
processes; the webhook worker on its own queue, 1 process) on the bench database; the receiver
is a separate process on loopback that answers 200 at once and logs each request's arrival (at
the idle scheduling policy: it stands for servers that are not on the tracker's machine).
Events are appended at a steady rate (notes on a few claims, through `services.note()`, one at
a time), first with no subscription, then with 10 subscriptions to every event — both workers
up and warm in both arms (the webhook worker has made one run before the first arm); the
subscriptions are removed after their deliveries have arrived, and each repetition (`--reps`)
runs both arms again. Each repetition measures:

- commit -> delivery latency (receiver arrival minus the moment the append returned), p50 and
  p99 over every delivery (10 per event): targets p50 <= 1 s, p99 <= 3 s;
- the appends' own p99 with the subscriptions against without them in the same repetition
  (the ratio): <= 1.2x at the median of the repetitions.

It prints, per repetition, the CPU seconds each side used in each arm (the webhook worker, the
indicator worker, the receiver), how busy the machine's cores were, and the load average:
other work on the same cores moves the appends' p99 more than anything measured here. And for
the slowest 1 % of appends in each arm, how much of their time went to waiting: for SQLite's
write lock, and for a core (the appending thread, and on PostgreSQL its server process; from
Linux's per-thread scheduler statistics).

    .venv/bin/python -m bench.run --only w3 --db sqlite
"""

from __future__ import annotations

import argparse
import contextlib
import http.server
import os
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

from bench import common

SIZES = {"tiny": (40, 20.0), "quick": (2000, 20.0), "full": (2000, 20.0)}  # events, per second
SUBSCRIPTIONS = 10
CLAIMS = 20


def main(argv: list[str] | None = None) -> int:
    if argv is None and len(sys.argv) > 1 and sys.argv[1] == "--receiver":
        receive(Path(sys.argv[2]), Path(sys.argv[3]))
        return 0
    args = common.parser(__doc__ or "").parse_args(argv)
    from config.devservices import RedisServer, free_port

    redis_port = free_port()
    redis_url = f"redis://127.0.0.1:{redis_port}/0"
    os.environ.update(
        REDIS_URL=redis_url,
        CELERY_BROKER_URL=redis_url,
        CLAIMS_NUDGE="1",
        CLAIMS_WEBHOOK_ALLOW_HTTP="true",
        CLAIMS_WEBHOOK_ALLOW_PRIVATE="true",
    )
    workdir = common.scratch_dir("bench-w3-")
    redis = RedisServer(port=redis_port, data_dir=workdir / "redis")
    redis.start()
    try:
        return _run(args, workdir)
    finally:
        redis.stop()


def receive(port_file: Path, log_file: Path) -> None:
    """The receiver process: answer 200 to every POST, log `<path> <event id> <arrival>`.

    It stands for the subscribers' own servers, which in production run on other machines and
    take none of the tracker's cores. Here it shares them, so it runs at Linux's idle scheduling
    policy: it gets only the cycles the tracker (its web process, its workers, its database)
    leaves free, and the figure's cost of the subscriptions is the tracker's own. Any wait this
    gives the receiver counts in the commit -> delivery latency (its arrival stamp), so those
    figures err on the slow side."""
    if hasattr(os, "SCHED_IDLE"):
        os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
    log = log_file.open("a", buffering=1)

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            arrived = time.time()
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()
            log.write(f"{self.path} {self.headers.get('X-Claims-Event-Id', '')} {arrived}\n")

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    port_file.write_text(str(server.server_address[1]))
    server.serve_forever()


def _run(args: argparse.Namespace, workdir: Path) -> int:
    common.setup_django(args.db_url)
    from django.db import connection

    from bench import workload as w
    from claims.core import services
    from claims.core.domain import commands as c
    from claims.core.domain.values import Quantity
    from claims.webhooks import outbox
    from claims.webhooks import services as webhooks
    from claims.webhooks import tasks as webhook_tasks
    from claims.webhooks.models import Checkpoint, Delivery

    n_events, rate = SIZES[args.size]
    sources = w.register_sources(1)
    claims = []
    for n in range(CLAIMS):
        result = services.report(
            c.ReportClaim(
                claim_id=services.new_id(),
                statement=f"Fan-out claim {n}.",
                subject="Guatemala",
                value=Quantity.of("34.5", w.UNIT),
                attributed_to=sources[0],
            ),
            w.CTX,
        )
        claims.append([result.state.claim_id, result.version])

    port_file, log_file = workdir / "receiver.port", workdir / "receiver.log"
    receiver = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bench.fig_w3_webhooks",
            "--receiver",
            str(port_file),
            str(log_file),
        ],
        cwd=common.ROOT,
        start_new_session=True,
    )
    # As `make run` (Procfile): the indicator worker, and the webhook worker on its own queue.
    workers = [
        _start_worker(args.db_url, workdir, "-c", "2"),
        _start_worker(args.db_url, workdir, "-Q", "webhooks", "-c", "1"),
    ]
    try:
        while not port_file.exists():
            time.sleep(0.05)
        port = int(port_file.read_text())

        waited: list[float] = []  # per append: seconds in BEGIN, i.e. waiting for SQLite's lock
        committing: list[float] = []  # per append: seconds in its COMMIT

        from django.db import connections

        wrapper = connections["default"]
        plain_commit = wrapper._commit  # type: ignore[attr-defined]

        def timed_commit() -> None:
            t0 = time.perf_counter()
            try:
                plain_commit()
            finally:
                if committing:
                    committing[-1] += time.perf_counter() - t0

        wrapper._commit = timed_commit  # type: ignore[attr-defined]

        def timing_begin(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
            if not sql.startswith("BEGIN"):
                return execute(sql, params, many, context)
            t0 = time.perf_counter()
            try:
                return execute(sql, params, many, context)
            finally:
                waited[-1] += time.perf_counter() - t0

        # Per append, seconds the appending thread and its database server process (PostgreSQL)
        # spent runnable but waiting for a core (Linux schedstat): CPU taken by other work.
        queued: list[float] = []
        db_queued: list[float] = []
        on_core: list[float] = []  # per append: the appending thread's own CPU seconds
        with connection.cursor() as cursor:
            backend = None
            if connection.vendor == "postgresql":
                cursor.execute("SELECT pg_backend_pid()")
                backend = Path(f"/proc/{cursor.fetchone()[0]}/schedstat")

        # Per append, seconds during which a thread of this process was publishing a nudge
        # (Python work that competes for the GIL with the appending thread).
        publishing: list[tuple[float, float]] = []
        overlapped: list[float] = []
        from claims.webhooks import tasks as webhook_nudges
        from tracker import tasks as tracker_nudges

        for nudger in (webhook_nudges.nudger, tracker_nudges.nudger):
            publish = nudger._publish

            def timed(publish: Any = publish) -> object:
                t0 = time.perf_counter()
                try:
                    return publish()
                finally:
                    publishing.append((t0, time.perf_counter()))

            nudger._publish = timed

        def append(n: int, committed: dict[str, float]) -> list[float]:
            """n notes at `rate` per second (open loop); each append's seconds (and, in
            `waited`, the part of it spent waiting for the write lock on SQLite; in `queued`
            and `db_queued`, waiting for a core)."""
            took = []
            spans: list[tuple[float, float]] = []
            waited.clear()
            committing.clear()
            queued.clear()
            db_queued.clear()
            on_core.clear()
            overlapped.clear()
            publishing.clear()
            started = time.monotonic()
            with connection.execute_wrapper(timing_begin):
                for i in range(n):
                    time.sleep(max(0.0, started + i / rate - time.monotonic()))
                    slot = claims[i % CLAIMS]
                    waited.append(0.0)
                    committing.append(0.0)
                    q0, d0 = _run_delay(SELF_SCHEDSTAT), _run_delay(backend)
                    c0 = time.thread_time()
                    t0 = time.perf_counter()
                    result = services.note(slot[0], c.AddNote(text=f"note {i}"), w.CTX, slot[1])
                    took.append(time.perf_counter() - t0)
                    spans.append((t0, t0 + took[-1]))
                    on_core.append(time.thread_time() - c0)
                    queued.append(_run_delay(SELF_SCHEDSTAT) - q0)
                    db_queued.append(_run_delay(backend) - d0)
                    committed[str(result.records[-1].event_id)] = time.time()
                    slot[1] = result.version
            overlapped.extend(_overlaps(spans, list(publishing)))
            return took

        # Warm the worker up (its start and first imports are not part of the figure): the
        # indicator consumer reaches the head once it runs. Notes change no indicator, so they
        # nudge nobody (the sweep, which this figure does not run, would pick them up): the
        # warm-up nudges it itself.
        append(10, {})
        from claims.core import eventstore
        from tracker import consumers
        from tracker import tasks as tracker_tasks

        deadline = time.monotonic() + 120
        while consumers.checkpoint_position() < eventstore.head_position():
            if time.monotonic() > deadline:
                raise TimeoutError("the worker did not start in 2 minutes")
            append(1, {})
            tracker_tasks.process_new_events.apply_async()
            time.sleep(0.5)
        # And the webhook worker: one run with no subscription (it sets the checkpoint up), so
        # both arms have the same two workers up and warm; without subscriptions no append
        # nudges it, as in production.
        webhook_tasks.deliver.apply_async()
        while not Checkpoint.objects.filter(name=outbox.CONSUMER).exists():
            if time.monotonic() > deadline:
                raise TimeoutError("the webhook worker did not start in 2 minutes")
            time.sleep(0.2)
        urls = [f"http://127.0.0.1:{port}/s{s}" for s in range(SUBSCRIPTIONS)]
        groups = {"webhook worker": workers[1].pid, "indicator worker": workers[0].pid}
        groups["receiver"] = receiver.pid
        if backend is not None:
            # The database server: every server process is in the postmaster's process group.
            stat = backend.with_name("stat").read_text().rsplit(")", 1)[1].split()
            groups["database server"] = int(stat[2])
        reps: list[dict[str, float]] = []
        for rep in range(args.reps):
            # Each repetition: an arm with no subscription, then one with them (removed after
            # their deliveries have all arrived, so the next arm starts with none again).
            cpu0, busy0, io0 = _cpu(groups), _busy(), _io_stall()
            without = append(n_events, {})
            waited_without, committing_without = list(waited), list(committing)
            io_without = _io_stall() - io0
            queued_without, db_queued_without = list(queued), list(db_queued)
            on_core_without = list(on_core)
            overlapped_without = list(overlapped)
            cpu1, busy1 = _cpu(groups), _busy()
            subscriptions = [webhooks.register(url, ["*"], None, "bench") for url in urls]
            committed: dict[str, float] = {}
            cpu2, busy2, io2 = _cpu(groups), _busy(), _io_stall()
            with common.maybe_profile(args.profile if rep == 0 else None):
                with_subs = append(n_events, committed)
            waited_with, committing_with = list(waited), list(committing)
            io_with = _io_stall() - io2
            queued_with, db_queued_with = list(queued), list(db_queued)
            on_core_with = list(on_core)
            overlapped_with = list(overlapped)
            cpu3, busy3 = _cpu(groups), _busy()
            ids = [s.subscription.pk for s in subscriptions]
            deadline = time.monotonic() + 600
            delivered = Delivery.objects.filter(subscription_id__in=ids, state="delivered")
            while delivered.count() < n_events * SUBSCRIPTIONS:
                if time.monotonic() > deadline:
                    raise TimeoutError("the deliveries did not all arrive in 10 minutes")
                time.sleep(0.5)
            reps.append(_rep(ids, committed, log_file, without, with_subs))
            print(
                f"w3 rep {rep + 1}: CPU seconds in the arm without / with the subscriptions: "
                + ", ".join(
                    f"{name} {cpu1[name] - cpu0[name]:.1f} / {cpu3[name] - cpu2[name]:.1f}"
                    for name in groups
                )
                + f"; all cores busy {_share(busy0, busy1):.0%} / {_share(busy2, busy3):.0%}"
                + f"; some task stalled on I/O {io_without:.1f} / {io_with:.1f} s"
                + f"; append p99 {reps[-1]['write_without']:.0f} / {reps[-1]['write_with']:.0f}"
                + f" ms; uptime load {os.getloadavg()[0]:.2f}",
                flush=True,
            )
            parts = [
                ("the appender on a core (its CPU time)", on_core_without, on_core_with),
                ("the appender waiting for a core", queued_without, queued_with),
                ("beside a nudge being published", overlapped_without, overlapped_with),
                ("in COMMIT", committing_without, committing_with),
            ]
            if connection.vendor == "sqlite":
                parts.insert(0, ("waiting for the write lock", waited_without, waited_with))
            else:
                parts.append(
                    ("its database process waiting for a core", db_queued_without, db_queued_with)
                )
            print(
                f"w3 rep {rep + 1}: the slowest 1 % of appends took "
                f"{_slowest(without)[0]:.1f} / {_slowest(with_subs)[0]:.1f} ms on average, "
                "of which "
                + ", ".join(
                    f"{_slowest(without, a)[1]:.1f} / {_slowest(with_subs, b)[1]:.1f} ms {name}"
                    for name, a, b in parts
                )
                + " (without / with the subscriptions)",
                flush=True,
            )
            for sub_id in ids:
                webhooks.remove(sub_id)
    finally:
        for process in (*workers, receiver):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, 15)
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=30)

    p50s = [r["p50"] for r in reps]
    p99s = [r["p99"] for r in reps]
    ratios = [r["write_with"] / max(r["write_without"], 1e-9) for r in reps]
    for n, r in enumerate(reps, 1):
        print(
            f"w3 rep {n}: production p50 {r['produce']:.0f} ms, sending p50 {r['send']:.0f} ms"
            f" (row to 2xx recorded); deliveries p50 {r['p50']:.0f} ms, p99 {r['p99']:.0f} ms",
            flush=True,
        )
    label = f"{SUBSCRIPTIONS} subscriptions x {n_events} events at {rate:g}/s"
    figures = [
        common.Figure(
            "w3",
            f"commit -> delivery p50 ({label})",
            "ms",
            p50s,
            higher_is_better=False,
            target="<= 1000 ms",
            met=max(p50s) <= 1000,
        ),
        common.Figure(
            "w3",
            "commit -> delivery p99",
            "ms",
            p99s,
            higher_is_better=False,
            target="<= 3000 ms",
            met=max(p99s) <= 3000,
        ),
        common.Figure(
            "w3",
            "append p99 with the subscriptions",
            "ms",
            [r["write_with"] for r in reps],
            higher_is_better=False,
            peer="without them (ratio, same repetition)",
            ratios=ratios,
            target="<= 1.2x",
            met=statistics.median(ratios) <= 1.2,
        ),
        common.Figure(
            "w3",
            "append p99 without subscriptions",
            "ms",
            [r["write_without"] for r in reps],
            False,
        ),
    ]
    common.finish(
        args,
        figures,
        {
            "events": n_events,
            "subscriptions": SUBSCRIPTIONS,
            "rate_per_s": rate,
            "deliveries": [r["deliveries"] for r in reps],
        },
    )
    return 0


def _rep(
    subscription_ids: list[Any],
    committed: dict[str, float],
    log_file: Path,
    without: list[float],
    with_subs: list[float],
) -> dict[str, float]:
    """One repetition's figures: where a delivery's time goes (log -> delivery row, the
    production; row -> 2xx recorded, the sending), commit -> arrival, the appends' p99."""
    from claims.core.models import Event
    from claims.webhooks.models import Delivery

    rows = [
        (created, delivered, int(position))
        for created, delivered, position in Delivery.objects.filter(
            subscription_id__in=subscription_ids
        ).values_list("created_at", "delivered_at", "message__position")
        if position is not None
    ]
    positions = {p for _c, _d, p in rows}
    recorded = dict(
        Event.objects.filter(position__in=positions).values_list("position", "recorded_at")
    )
    produce = sorted((c - recorded[p]).total_seconds() * 1000 for c, _d, p in rows)
    send = sorted((d - c).total_seconds() * 1000 for c, d, _p in rows if d)
    latencies = []
    for line in log_file.read_text().splitlines():
        _path, event_id, arrived = line.split()
        if event_id in committed:
            latencies.append((float(arrived) - committed[event_id]) * 1000)
    latencies.sort()
    return {
        "produce": common.percentile(produce, 50),
        "send": common.percentile(send, 50),
        "p50": common.percentile(latencies, 50),
        "p99": common.percentile(latencies, 99),
        "deliveries": len(latencies),
        "write_without": common.percentile(sorted(t * 1000 for t in without), 99),
        "write_with": common.percentile(sorted(t * 1000 for t in with_subs), 99),
    }


def _overlaps(spans: list[tuple[float, float]], busy: list[tuple[float, float]]) -> list[float]:
    """For each span, the seconds of it covered by the `busy` intervals."""
    busy.sort()
    out = []
    for start, end in spans:
        covered = 0.0
        for b_start, b_end in busy:
            if b_start >= end:
                break
            if b_end > start:
                covered += min(end, b_end) - max(start, b_start)
        out.append(covered)
    return out


def _slowest(took: list[float], waited: list[float] | None = None) -> tuple[float, float]:
    """The slowest 1 % of appends: their mean time and mean wait for the lock, in ms."""
    order = sorted(range(len(took)), key=took.__getitem__)[-max(1, len(took) // 100) :]
    mean_took = sum(took[i] for i in order) / len(order) * 1000
    mean_waited = sum(waited[i] for i in order) / len(order) * 1000 if waited else 0.0
    return mean_took, mean_waited


SELF_SCHEDSTAT = Path("/proc/thread-self/schedstat")


def _run_delay(schedstat: Path | None) -> float:
    """Seconds a thread or process has spent runnable, waiting for a core (0 where unknown)."""
    if schedstat is None:
        return 0.0
    try:
        return int(schedstat.read_text().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


def _cpu(groups: dict[str, int]) -> dict[str, float]:
    """CPU seconds used so far by each process group (a worker and its children, the receiver,
    the database server's processes), those of its processes that have exited included."""
    tick = os.sysconf("SC_CLK_TCK")
    used = dict.fromkeys(groups, 0.0)
    names = {pgid: name for name, pgid in groups.items()}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        name = names.get(int(fields[2]))
        if name is not None:
            # utime + stime, and the same of its children that have exited (cutime + cstime)
            used[name] += sum(int(v) for v in fields[11:15]) / tick
    return used


def _io_stall() -> float:
    """Seconds so far during which some task was stalled on I/O (Linux's pressure stall
    information; 0 where the kernel has none)."""
    try:
        line = Path("/proc/pressure/io").read_text().split("\n", 1)[0]
        return int(line.rsplit("total=", 1)[1]) / 1e6
    except (OSError, IndexError, ValueError):
        return 0.0


def _busy() -> tuple[int, int]:
    """The machine's CPU time so far, all cores: (busy, total) in clock ticks."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = values[3] + values[4]
    return sum(values) - idle, sum(values)


def _share(start: tuple[int, int], end: tuple[int, int]) -> float:
    """How busy the machine's cores were between two `_busy()` readings (0 to 1)."""
    return (end[0] - start[0]) / max(end[1] - start[1], 1)


def _start_worker(db_url: str, workdir: Path, *options: str) -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DATABASE_URL=db_url,
        SQLITE_NO_PERSISTENT="1",
        PYTHONUNBUFFERED="1",
        LOG_LEVEL="WARNING",
    )
    celery = str(Path(sys.executable).parent / "celery")
    return subprocess.Popen(
        [
            *(celery, "-A", "config", "worker", "--pool", "prefork", *options, "-l", "warning"),
            *("-n", f"bench-w3-{uuid.uuid4().hex[:6]}@%h", "--without-mingle", "--without-gossip"),
        ],
        cwd=common.ROOT,
        env=env,
        stdout=(workdir / f"worker{'-'.join(options)}.log").open("ab"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


if __name__ == "__main__":
    sys.exit(main())
