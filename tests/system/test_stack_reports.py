"""A failed test against a real stack reports what the worker logged as errors and warnings.

The stack's logs live in a temporary folder that goes with the stack, so a fault seen only by
the worker (an attempt it could not write, a lease it lost) would otherwise leave no trace of
why a scenario failed. No processes here: the logs are written as the worker writes them.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from tests.conftest import pytest_runtest_makereport
from tests.system.conftest import Stack

WORKER_LOG = """\
[2026-12-07 05:05:30,001: INFO/MainProcess] celery@vm ready.
[2026-12-07 05:05:33,457: ERROR/ForkPoolWorker-1] could not write the attempts of 511a
Traceback (most recent call last):
  File "sender.py", line 628, in write
psycopg.errors.DeadlockDetected: deadlock detected
[2026-12-07 05:05:33,510: INFO/ForkPoolWorker-1] Task deliver succeeded
  an indented line after an INFO line
[2026-12-07 05:05:34,000: WARNING/ForkPoolWorker-1] webhook 511a: lease lost
"""


def _stack(tmp_path: Path) -> Stack:
    (tmp_path / "worker.log").write_text(WORKER_LOG)
    (tmp_path / "beat.log").write_text(
        "[2026-12-07 05:05:30,000: INFO/MainProcess] beat: Starting...\n"
    )
    return Stack(tmp_path)


def test_problems_keep_errors_and_warnings_with_their_tracebacks(tmp_path: Path) -> None:
    lines = _stack(tmp_path).problems().splitlines()
    assert lines == [
        "worker.log: [2026-12-07 05:05:33,457: ERROR/ForkPoolWorker-1] could not write the "
        "attempts of 511a",
        "worker.log:   Traceback (most recent call last):",
        'worker.log:     File "sender.py", line 628, in write',
        "worker.log:   psycopg.errors.DeadlockDetected: deadlock detected",
        "worker.log: [2026-12-07 05:05:34,000: WARNING/ForkPoolWorker-1] webhook 511a: lease lost",
    ]


def test_a_quiet_worker_says_so(tmp_path: Path) -> None:
    (tmp_path / "worker.log").write_text("[2026-12-07 05:05:30,001: INFO/MainProcess] ready.\n")
    assert Stack(tmp_path).problems() == "(none)"


def _report(item: Any, when: str, failed: bool) -> Any:
    report = SimpleNamespace(when=when, failed=failed, sections=[])
    call: Any = SimpleNamespace()
    hook = pytest_runtest_makereport(item, call)
    next(hook)
    try:
        hook.send(report)
    except StopIteration as done:
        return done.value
    raise AssertionError("the hook wraps the report once")


def test_a_failed_test_report_carries_the_worker_errors(tmp_path: Path) -> None:
    item = SimpleNamespace(funcargs={"settings": object(), "stack": _stack(tmp_path)})
    report = _report(item, "call", failed=True)
    [(title, text)] = report.sections
    assert title == "stack: worker and beat errors"
    assert "DeadlockDetected" in text
    assert "lease lost" in text
    assert "ready" not in text


def test_a_passed_test_or_a_setup_failure_adds_nothing(tmp_path: Path) -> None:
    item = SimpleNamespace(funcargs={"stack": _stack(tmp_path)})
    assert _report(item, "call", failed=False).sections == []
    assert _report(item, "setup", failed=True).sections == []
