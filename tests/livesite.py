"""A live demo site for tests that talk HTTP to a real server (the browser tests, the generated
API client): `manage.py runserver` on a free loopback port, in a process of its own.

It runs on a database of its own — a SQLite file in the given directory, or a fresh database on
the PostgreSQL server the run uses — set up with `migrate`, `load_demo` and
`recompute_indicators`. What such a test does commits for real; doing that in the test database
would leave the demo's claims changed for every later test (the event table refuses the DELETE
and TRUNCATE a flush would need), so the site gets a database of its own.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from config.devservices import free_port

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "claims-demo-2013"


@dataclass
class Site:
    url: str
    env: dict[str, str]
    log: Path

    def manage(self, *args: str, timeout: float = 300) -> str:
        done = subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), *args],
            env=self.env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
        return done.stdout


def _postgres_database(url: str) -> tuple[str, Callable[[], None]]:
    """Create a fresh database on the same server; return its URL and how to drop it."""
    import psycopg
    from psycopg import sql

    parts = urlsplit(url)
    name = f"claims_site_{uuid.uuid4().hex[:12]}"
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))

    def drop() -> None:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )

    return urlunsplit(parts._replace(path=f"/{name}")), drop


def _nothing() -> None:
    """Nothing to clean up (SQLite: the file goes with the temporary directory)."""


def _wait_until_up(url: str, server: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the web server exited:\n{log.read_text()[-3000:]}")
        with (
            contextlib.suppress(urllib.error.URLError, ConnectionError, TimeoutError),
            urllib.request.urlopen(f"{url}/livez", timeout=2) as answer,  # noqa: S310
        ):
            if answer.status == 200:
                return
        time.sleep(0.2)
    raise RuntimeError(f"the web server did not answer within 60 s:\n{log.read_text()[-3000:]}")


@contextlib.contextmanager
def live_site(var_dir: Path) -> Iterator[Site]:
    """The demo site served by `runserver` on 127.0.0.1 (its files in `var_dir`); stopped and its
    database dropped afterwards."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "CLAIMS_VAR_DIR": str(var_dir),
        "DEBUG": "true",
        "CLAIMS_NUDGE": "false",
        "CLAIMS_DEMO_PASSWORD": PASSWORD,
        "PYTHONUNBUFFERED": "1",
    }
    drop: Callable[[], None] = _nothing
    database_url = os.environ.get("DATABASE_URL", "")
    if database_url.startswith(("postgres://", "postgresql://")):
        env["DATABASE_URL"], drop = _postgres_database(database_url)
    else:
        env.pop("DATABASE_URL", None)
    log = var_dir / "web.log"
    port = free_port()
    site = Site(url=f"http://127.0.0.1:{port}", env=env, log=log)
    server: subprocess.Popen[bytes] | None = None
    try:
        site.manage("migrate", "--noinput", "-v", "0")
        site.manage("load_demo")
        site.manage("recompute_indicators")
        with log.open("wb") as out:
            server = subprocess.Popen(
                [
                    sys.executable,
                    str(ROOT / "manage.py"),
                    "runserver",
                    "--noreload",
                    f"127.0.0.1:{port}",
                ],
                env=env,
                cwd=ROOT,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        _wait_until_up(site.url, server, log)
        yield site
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait(timeout=10)
        drop()
