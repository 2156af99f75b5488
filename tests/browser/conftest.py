"""Browser test fixtures: a real web server on its own database, and headless Chromium sessions.

The site runs in a separate process (`manage.py runserver`) on a database of its own — a SQLite
file in a temporary directory, or a fresh database on the PostgreSQL server the run uses — set up
with `migrate`, `load_demo` and `recompute_indicators`. The browser's decisions commit for real;
doing that in the test database would leave the demo's claims changed for every later test
(the event table refuses the DELETE and TRUNCATE a flush would need), so they get their own.

Chromium and chromedriver come from Debian (`chromium`, `chromium-driver`; `make test` installs
them when run as root). Without them the tests are skipped with a loud reason, except as root or
under CI, where they must run and fail instead.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest

from config.devservices import free_port

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("CLAIMS_CHROMIUM", "/usr/bin/chromium"))
CHROMEDRIVER = Path(os.environ.get("CLAIMS_CHROMEDRIVER", "/usr/bin/chromedriver"))
PASSWORD = "claims-demo-2013"
WAIT_S = 20


def _must_run() -> bool:
    return os.geteuid() == 0 or bool(os.environ.get("CI"))


def _missing() -> str | None:
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "the selenium package is not installed (pip install selenium)"
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not (path.exists() and os.access(path, os.X_OK)):
            return f"{path} is missing (apt-get install {package})"
    return None


SAVED: list[Path] = []  # screenshots of this run, listed again in the terminal summary


def _say(config: pytest.Config, line: str, **markup: bool) -> None:
    """Write a line to the terminal now, past pytest's output capture."""
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    capture = config.pluginmanager.get_plugin("capturemanager")
    with capture.global_and_fixture_disabled() if capture else contextlib.nullcontext():
        if reporter is not None:
            reporter.write_line(line, **markup)
        else:
            print(line, file=sys.stderr)


def _loud(config: pytest.Config, message: str) -> None:
    _say(config, f"!!! BROWSER TESTS: {message} !!!", red=True, bold=True)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if SAVED:
        terminalreporter.section("browser screenshots")
        for path in SAVED:
            terminalreporter.write_line(str(path))


@pytest.fixture(scope="session")
def chromium(pytestconfig: pytest.Config) -> None:
    """Skip loudly when Chromium, chromedriver or selenium is missing (fail as root or in CI)."""
    missing = _missing()
    if missing is None:
        return
    if _must_run():
        pytest.fail(f"browser tests must run as root or under CI, but {missing}", pytrace=False)
    _loud(pytestconfig, f"SKIPPED because {missing}")
    pytest.skip(f"browser tests skipped: {missing}")


# --- The site under test --------------------------------------------------------------------------


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
    name = f"claims_browser_{uuid.uuid4().hex[:12]}"
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
            urllib.request.urlopen(f"{url}/admin/login/", timeout=2) as answer,  # noqa: S310
        ):
            if answer.status == 200:
                return
        time.sleep(0.2)
    raise RuntimeError(f"the web server did not answer within 60 s:\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="module")
def site(chromium: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The demo site on its own database, served by `runserver` on a free port."""
    var_dir = tmp_path_factory.mktemp("browser-site")
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


# --- Browsers -------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def screenshots(pytestconfig: pytest.Config) -> Callable[[Any, str], Path]:
    """Save a full-page screenshot into a temporary directory and print its path."""
    folder = Path(
        os.environ.get("CLAIMS_SCREENSHOT_DIR") or tempfile.mkdtemp(prefix="claims-shots-")
    )
    folder.mkdir(parents=True, exist_ok=True)

    def take(driver: Any, name: str) -> Path:
        height = driver.execute_script("return document.documentElement.scrollHeight")
        # The window's outer size includes the browser's frame: leave room below the page.
        driver.set_window_size(1440, min(max(int(height) + 160, 900), 6000))
        time.sleep(0.2)
        path = folder / f"{name}.png"
        driver.save_screenshot(str(path))
        SAVED.append(path)
        _say(pytestconfig, f"screenshot: {path}")
        return path

    return take


@pytest.fixture
def browser(site: Site, tmp_path: Path) -> Iterator[Callable[[], Any]]:
    """Open headless Chromium sessions (each with a fresh profile); all quit at the end."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opened: list[Any] = []

    def open_session() -> Any:
        options = webdriver.ChromeOptions()
        options.binary_location = str(CHROMIUM)
        profile = tmp_path / f"profile-{len(opened)}"
        for flag in (
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--window-size=1440,1000",
            f"--user-data-dir={profile}",
        ):
            options.add_argument(flag)
        driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
        driver.implicitly_wait(0)
        opened.append(driver)
        return driver

    yield open_session
    for driver in opened:
        with contextlib.suppress(Exception):
            driver.quit()
    shutil.rmtree(tmp_path, ignore_errors=True)
