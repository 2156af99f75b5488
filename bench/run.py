"""Run the benchmark figures (a)-(g), (k), (v), (w3) on SQLite and PostgreSQL; print a table.

    .venv/bin/python -m bench.run                 # --quick, both databases (make bench)
    .venv/bin/python -m bench.run --full          # the documented sizes (make bench-full)
    .venv/bin/python -m bench.run --db sqlite --only a,c --reps 5

It starts its own databases: a temp SQLite file in WAL mode (the project's settings) and an
embedded PostgreSQL (config/devservices.py) set to production durability (fsync,
synchronous_commit and full_page_writes on; --pg-fast keeps the tests' settings), unless
--pg-url names one (used as it is). Each figure runs in a
child process on a fresh copy of a migrated database. Results: bench/results/latest.json
(machine, versions, sizes, every figure with min/median/max over the repetitions, and the
ratio to its peer measured pair by pair).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import common  # noqa: E402

FIGURES = {
    "a": "bench.fig_a_commands",
    "b": "bench.fig_b_bulk",
    "c": "bench.fig_c_rebuild",
    "d": "bench.fig_d_asof",
    "e": "bench.fig_e_http",
    "f": "bench.fig_f_worker",
    "g": "bench.fig_g_writers",
    "k": "bench.fig_k_known_at",
    "v": "bench.fig_v_csv",
    "w3": "bench.fig_w3_webhooks",
}
# Figures about PostgreSQL only (SQLite has a single writer by design).
POSTGRES_ONLY = {"g"}
DURABLE = {"fsync": "on", "synchronous_commit": "on", "full_page_writes": "on"}
RESULTS = ROOT / "bench" / "results"


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    size = p.add_mutually_exclusive_group()
    size.add_argument("--quick", dest="size", action="store_const", const="quick")
    size.add_argument("--full", dest="size", action="store_const", const="full")
    size.add_argument("--tiny", dest="size", action="store_const", const="tiny")
    p.set_defaults(size="quick")
    p.add_argument("--db", choices=("sqlite", "postgres", "both"), default="both")
    p.add_argument(
        "--only",
        default="a,b,c,d,e,f,g,k,v,x,w3",
        help="figures to run, e.g. 'a,c' (x: extraction, w3: webhook fan-out)",
    )
    p.add_argument("--reps", type=int, default=3, help="repetitions per figure (>= 3)")
    p.add_argument(
        "--pg-url", default="", help="use this PostgreSQL server instead of starting one"
    )
    p.add_argument(
        "--pg-fast",
        action="store_true",
        help="keep the embedded PostgreSQL's test settings (fsync, synchronous_commit off)",
    )
    p.add_argument("--out", default=str(RESULTS / "latest.json"))
    p.add_argument(
        "--profile-dir", default="", help="write pyinstrument profiles of our paths here"
    )
    p.add_argument("--timeout", type=float, default=1800, help="seconds per figure")
    return p


def child_env(workdir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PYTHONPATH=str(ROOT),
        DJANGO_SETTINGS_MODULE="config.settings",
        DEBUG="0",
        CLAIMS_VAR_DIR=str(workdir),
        LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
    )
    env.pop("DATABASE_OWNER_URL", None)
    return env


def migrate(url: str, env: dict[str, str]) -> None:
    code = "import sys; from bench import common; common.setup_django(sys.argv[1])"
    subprocess.run([sys.executable, "-c", code, url], env=env, cwd=ROOT, check=True)


@contextlib.contextmanager
def sqlite_databases(workdir: Path, env: dict[str, str]) -> Iterator[Any]:
    template = workdir / "template.sqlite3"
    migrate(f"sqlite:///{template}", env)

    def fresh(name: str) -> str:
        target = workdir / f"{name}.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                (workdir / f"{name}.sqlite3{suffix}").unlink()
        shutil.copyfile(template, target)
        return f"sqlite:///{target}"

    yield fresh


@contextlib.contextmanager
def postgres_databases(pg_url: str, env: dict[str, str], *, fast: bool = False) -> Iterator[Any]:
    import psycopg
    from psycopg import sql

    from config.devservices import postgres_server

    with contextlib.ExitStack() as stack:
        url = pg_url or stack.enter_context(postgres_server())
        params = common.pg_params(url)
        admin = {**params, "dbname": "postgres"}
        if not pg_url and not fast:
            # The embedded server starts with the tests' settings; a benchmark of commits needs
            # the production ones (every commit durable, group commit possible).
            with psycopg.connect(autocommit=True, **admin) as conn:  # type: ignore[arg-type]
                for name, value in DURABLE.items():
                    conn.execute(
                        sql.SQL("ALTER SYSTEM SET {} = {}").format(
                            sql.Identifier(name), sql.Literal(value)
                        )
                    )
                conn.execute("SELECT pg_reload_conf()")

        def create(name: str, template: str | None = None) -> str:
            with psycopg.connect(autocommit=True, **admin) as conn:  # type: ignore[arg-type]
                conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
                query = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
                if template:
                    query += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
                conn.execute(query)
            return url.rsplit("/", 1)[0] + f"/{name}"

        migrate(create("bench_template"), env)

        def fresh(name: str) -> str:
            return create(f"bench_{name}", "bench_template")

        yield fresh


def run_figure(
    fig: str, url: str, args: argparse.Namespace, env: dict[str, str], workdir: Path
) -> dict[str, Any] | None:
    out = workdir / f"result-{fig}-{int(time.time() * 1000)}.json"
    cmd = [sys.executable, "-m", FIGURES[fig], "--db-url", url, "--size", args.size]
    cmd += ["--reps", str(args.reps), "--json", str(out)]
    if args.profile_dir:
        db = "sqlite" if url.startswith("sqlite") else "postgres"
        cmd += ["--profile", str(Path(args.profile_dir) / f"profile-{fig}-{db}.txt")]
    started = time.monotonic()
    try:
        proc = subprocess.run(cmd, env=env, cwd=ROOT, timeout=args.timeout, check=False)
    except subprocess.TimeoutExpired:
        print(f"!!! figure {fig} timed out after {args.timeout:.0f}s", flush=True)
        return None
    if proc.returncode != 0 or not out.exists():
        print(f"!!! figure {fig} failed (exit {proc.returncode})", flush=True)
        return None
    data: dict[str, Any] = json.loads(out.read_text())
    data["seconds"] = round(time.monotonic() - started, 1)
    return data


def extraction_figure(reps: int, form: str) -> common.Figure | None:
    """bench/extraction_bench.py (no database): extract() on a ~200 KB English article.

    form "native": the extractor as `make run` runs it (the mypyc build, which `make bench`
    compiles first); "pure": the same sources as Python (CLAIMS_NATIVE_EXTRACTION=off). The target
    is judged on the native form; when there is no build (no C compiler) that figure says so."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if form == "pure":
        env["CLAIMS_NATIVE_EXTRACTION"] = "off"
    values = []
    ran = ""
    for _ in range(reps):
        proc = subprocess.run(
            [sys.executable, "-m", "bench.extraction_bench"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        m = re.search(r"best (\d+) ms", proc.stdout)
        mode = re.search(r"^extractor: (\w+)", proc.stdout, re.MULTILINE)
        if proc.returncode != 0 or not m or not mode:
            return None
        values.append(float(m.group(1)))
        ran = mode.group(1)
    how = "compiled" if ran == "native" else "pure Python"
    name = f"extract() on a ~200 KB article, best of 5 ({how})"
    if form == "pure":
        return common.Figure("x", name, "ms", values, False)
    best = statistics.median(values)
    return common.Figure(
        "x",
        name,
        "ms",
        values,
        False,
        target="<= 500 ms (compiled)",
        met=ran == "native" and best <= 500,
        note="" if ran == "native" else "no compiled build: make native",
    )


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.reps = max(args.reps, 3 if args.size != "tiny" else 1)
    wanted = [f for f in FIGURES if f in args.only]
    dbs = ["sqlite", "postgres"] if args.db == "both" else [args.db]
    if args.profile_dir:
        Path(args.profile_dir).mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    figures: list[dict[str, Any]] = []
    sizes: dict[str, Any] = {}
    pg_url_for_machine = ""
    with tempfile.TemporaryDirectory(prefix="claims-bench-") as tmp:
        workdir = Path(tmp)
        env = child_env(workdir)
        for db in dbs:
            common_label = "SQLite (WAL file)" if db == "sqlite" else "PostgreSQL"
            print(
                f"\n=== {common_label}: figures {', '.join(wanted)} ({args.size}) ===", flush=True
            )
            ctx = (
                sqlite_databases(workdir, env)
                if db == "sqlite"
                else postgres_databases(args.pg_url, env, fast=args.pg_fast)
            )
            with ctx as fresh:
                for fig in wanted:
                    if db == "sqlite" and fig in POSTGRES_ONLY:
                        continue
                    url = fresh(f"fig_{fig}")
                    if db == "postgres" and not pg_url_for_machine:
                        pg_url_for_machine = url
                        machine_info = common.machine(url)
                    result = run_figure(fig, url, args, env, workdir)
                    if result is None:
                        figures.append(
                            {"figure": fig, "db": db, "name": "FAILED", "values": [], "unit": ""}
                        )
                        continue
                    sizes[f"{fig}/{db}"] = {**result["sizes"], "seconds": result["seconds"]}
                    figures += result["figures"]
        if "x" in args.only:
            for form in ("native", "pure"):
                extraction = extraction_figure(3 if args.size != "tiny" else 1, form)
                if extraction is not None:
                    extraction.db = "-"
                    figures.append(extraction.to_data())
    machine = machine_info if pg_url_for_machine else common.machine()
    objects = [_figure(d) for d in figures]
    report = {
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "mode": args.size,
        "reps": args.reps,
        "seconds": round(time.monotonic() - started, 1),
        "machine": machine,
        "sizes": sizes,
        "figures": figures,
    }
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2, default=str) + "\n")
    print("\n=== Results ===")
    print(describe_machine(machine))
    print(f"mode {args.size}, {args.reps} repetitions, {report['seconds']} s\n")
    print(common.table(objects))
    print(f"\nwritten: {out}")
    failed = [d for d in figures if d.get("name") == "FAILED"]
    return 1 if failed else 0


def _figure(d: dict[str, Any]) -> common.Figure:
    fields = [
        "figure",
        "name",
        "unit",
        "values",
        "higher_is_better",
        "peer",
        "ratios",
        "target",
        "met",
        "note",
        "db",
    ]
    return common.Figure(**{k: d[k] for k in fields if k in d})


def _durability(m: dict[str, Any]) -> str:
    settings = m.get("postgres_durability") or {}
    return ", ".join(f"{k} {v}" for k, v in settings.items()) or "durability unknown"


def describe_machine(m: dict[str, Any]) -> str:
    return (
        f"{m.get('cpu')}, {m.get('cores')} cores, {m.get('memory_gib')} GiB; "
        f"Python {m.get('python')}, Django {m.get('django')}, SQLite {m.get('sqlite')}, "
        f"PostgreSQL {m.get('postgres', '-')} ({_durability(m)}), psycopg {m.get('psycopg')} "
        f"({m.get('psycopg_impl')}), eventsourcing {m.get('eventsourcing')}, "
        f"django-simple-history {m.get('django-simple-history')}"
    )


if __name__ == "__main__":
    sys.exit(main())
