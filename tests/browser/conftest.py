"""Browser test fixtures: a real web server on its own database, and headless Chromium sessions.

The site (tests/livesite.py) runs in a separate process (`manage.py runserver`) on a database of
its own, so that the browser's decisions, which commit for real, leave the test database alone.

Chromium and chromedriver come from Debian (`chromium`, `chromium-driver`; `make test` installs
them when run as root). Without them the tests are skipped with a loud reason, except as root or
under CI, where they must run and fail instead.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.livesite import PASSWORD, Site, live_site

__all__ = ["PASSWORD", "WAIT_S", "Site"]

CHROMIUM = Path(os.environ.get("CLAIMS_CHROMIUM", "/usr/bin/chromium"))
CHROMEDRIVER = Path(os.environ.get("CLAIMS_CHROMEDRIVER", "/usr/bin/chromedriver"))
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


@pytest.fixture(scope="module")
def site(chromium: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The demo site on its own database, served by `runserver` on a free port."""
    with live_site(tmp_path_factory.mktemp("browser-site")) as running:
        yield running


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
