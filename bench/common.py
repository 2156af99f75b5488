"""Shared pieces of the benchmark scripts: Django setup on a given database, timing, statistics,
the results table, and the machine description.

Every figure script can run on its own::

    .venv/bin/python -m bench.fig_a_commands --db-url sqlite:////tmp/b.sqlite3 --size tiny

`bench/run.py` starts the databases (an embedded PostgreSQL, a temp SQLite file in WAL mode),
runs each script in a child process on a fresh copy of a migrated database, and collects the
JSON each one writes.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SIZES = ("tiny", "quick", "full")


# --- Command line and Django ---------------------------------------------------------------------


def parser(description: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--db-url", required=True, help="sqlite:////path/file.sqlite3 or postgres://…")
    p.add_argument("--size", choices=SIZES, default="quick")
    p.add_argument("--reps", type=int, default=3, help="repetitions (at least 3 for the table)")
    p.add_argument("--json", help="write the figures to this file")
    p.add_argument("--profile", help="write a pyinstrument profile of our path to this file")
    return p


def setup_django(db_url: str, *, peers: bool = False, migrate: bool = True, **env: str) -> str:
    """Point the settings at db_url and set Django up; return the vendor ('sqlite'/'postgresql').

    peers: with the django-simple-history peer's app (bench/peer_settings.py), its tables made
    by migrate --run-syncdb. migrate=False for a process whose database is migrated already.
    """
    os.environ["DATABASE_URL"] = db_url
    if peers:
        os.environ["DJANGO_SETTINGS_MODULE"] = "bench.peer_settings"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("CLAIMS_NUDGE", "0")  # no broker in (a)-(e): a nudge would only time out
    os.environ.setdefault("DB_CONN_MAX_AGE", "600")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    if db_url.startswith("sqlite"):
        os.environ.setdefault("CLAIMS_VAR_DIR", str(Path(db_url.split("///", 1)[1]).parent))
    os.environ.update(env)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    if migrate:
        call_command("migrate", verbosity=0, interactive=False, run_syncdb=peers)
    return connection.vendor


def scratch_dir(prefix: str) -> Path:
    """A directory for a figure's files (the library's SQLite file, logs): inside CLAIMS_VAR_DIR
    when set (bench/run.py's temporary directory, removed after the run), else the temp dir."""
    import tempfile

    return Path(tempfile.mkdtemp(prefix=prefix, dir=os.environ.get("CLAIMS_VAR_DIR") or None))


def pg_params(db_url: str) -> dict[str, str]:
    """host, port, user, password, dbname of a postgres:// URL."""
    from urllib.parse import unquote, urlparse

    u = urlparse(db_url)
    return {
        "host": u.hostname or "127.0.0.1",
        "port": str(u.port or 5432),
        "user": unquote(u.username or ""),
        "password": unquote(u.password or ""),
        "dbname": u.path.lstrip("/"),
    }


# --- Measurements --------------------------------------------------------------------------------


@dataclass
class Figure:
    """One measured quantity over repetitions, with an optional peer and target."""

    figure: str  # "a" … "f"
    name: str  # what is measured, e.g. "note command, full path"
    unit: str  # "cmd/s", "ev/s", "ms", "req/s"
    values: list[float]
    higher_is_better: bool = True
    peer: str | None = None  # name of the figure this one is compared with (same run)
    ratios: list[float] = field(default_factory=list)  # ours / peer, rep by rep
    target: str | None = None  # e.g. ">= 1.0x", "<= 5 ms"
    met: bool | None = None
    note: str = ""
    db: str = ""

    @property
    def stats(self) -> tuple[float, float, float]:
        return min(self.values), statistics.median(self.values), max(self.values)

    def to_data(self) -> dict[str, Any]:
        lo, med, hi = self.stats if self.values else (0.0, 0.0, 0.0)
        data = asdict(self)
        data.update(min=lo, median=med, max=hi, reps=len(self.values))
        if self.ratios:
            data.update(
                ratio_min=min(self.ratios),
                ratio_median=statistics.median(self.ratios),
                ratio_max=max(self.ratios),
            )
        return data


def timed(fn: Callable[[], Any]) -> float:
    """Seconds fn takes, from a collected heap: the garbage an earlier block left (a rebuild's,
    a peer's) is not collected on this block's time, whichever side it is."""
    gc.collect()
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def ratios(ours: Sequence[float], peer: Sequence[float], higher_is_better: bool) -> list[float]:
    """Pair by pair: how many times better ours is than the peer (> 1 is better)."""
    out = []
    for a, b in zip(ours, peer, strict=False):
        if a and b:
            out.append(a / b if higher_is_better else b / a)
    return out


def percentile(values: Sequence[float], pct: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    k = (len(ordered) - 1) * pct / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


@contextlib.contextmanager
def maybe_profile(path: str | None) -> Iterator[None]:
    """Profile the block with pyinstrument when a path is given (text summary to path)."""
    if not path:
        yield
        return
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.0005)
    profiler.start()
    try:
        yield
    finally:
        profiler.stop()
        Path(path).write_text(profiler.output_text(unicode=False, color=False, show_all=False))


# --- Output --------------------------------------------------------------------------------------


def fmt(value: float, unit: str) -> str:
    if unit == "ms":
        return f"{value:.2f}" if value < 10 else f"{value:.0f}"
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:.2f}"


def table(figures: Sequence[Figure]) -> str:
    """A plain-text table: figure, db, what, unit, min/median/max, ratio to the peer, target."""
    head = ("fig", "db", "what", "unit", "min", "median", "max", "vs peer (median)", "target")
    rows = [head]
    for f in figures:
        lo, med, hi = f.stats if f.values else (0.0, 0.0, 0.0)
        ratio = ""
        if f.ratios:
            ratio = f"{statistics.median(f.ratios):.2f}x {f.peer}"
        elif f.peer:
            ratio = f"(peer: {f.peer})"
        target = f.target or ""
        if f.met is not None and target:
            target += " MET" if f.met else " MISSED"
        lo_s, med_s, hi_s = fmt(lo, f.unit), fmt(med, f.unit), fmt(hi, f.unit)
        rows.append((f.figure, f.db, f.name, f.unit, lo_s, med_s, hi_s, ratio, target))
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(head))]
    lines = []
    for n, r in enumerate(rows):
        cells = [
            str(c).rjust(widths[i]) if 4 <= i <= 6 else str(c).ljust(widths[i])
            for i, c in enumerate(r)
        ]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def finish(args: argparse.Namespace, figures: list[Figure], sizes: dict[str, Any]) -> None:
    """Print the table and write the JSON the runner collects."""
    from django.db import connection

    db = connection.vendor
    for f in figures:
        f.db = f.db or ("postgres" if db == "postgresql" else db)
    print(table(figures), flush=True)
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {"sizes": sizes, "figures": [f.to_data() for f in figures]}, indent=2, default=str
            )
        )


# --- The machine ---------------------------------------------------------------------------------


def machine(pg_url: str | None = None) -> dict[str, Any]:
    """CPU, cores, memory and the versions that matter for these figures."""
    import sqlite3

    import django

    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory_gib = None
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory_gib = round(int(line.split()[1]) / 1024 / 1024, 1)
    info: dict[str, Any] = {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": memory_gib,
        "os": platform.platform(),
        "python": platform.python_version(),
        "django": django.get_version(),
        "sqlite": sqlite3.sqlite_version,
    }
    for package in ("eventsourcing", "django-simple-history", "psycopg", "gunicorn", "celery"):
        with contextlib.suppress(Exception):
            from importlib.metadata import version

            info[package] = version(package)
    with contextlib.suppress(Exception):
        import psycopg

        info["psycopg_impl"] = psycopg.pq.__impl__
    if pg_url:
        with contextlib.suppress(Exception):
            import psycopg

            with psycopg.connect(**pg_params(pg_url)) as conn:  # type: ignore[arg-type]
                row = conn.execute("SHOW server_version").fetchone()
                info["postgres"] = row[0] if row else None
                settings = {}
                for name in ("fsync", "synchronous_commit", "full_page_writes"):
                    value = conn.execute(f"SHOW {name}").fetchone()
                    settings[name] = value[0] if value else None
                info["postgres_durability"] = settings
    return info
