"""The webhook run's threads run at a lower CPU priority (CLAIMS_WEBHOOK_SENDER_NICE).

On Linux a thread's nice value is its own: a thread started for the test lowers itself and the
test reads both threads' values back from the kernel.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest
from django.test import override_settings

from claims.webhooks import sender

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"),
    reason="per-thread nice values are a Linux behaviour; elsewhere nothing is changed",
)


def _in_thread() -> tuple[int, int]:
    """(the thread's nice value before lower_priority(), after it)."""
    seen: list[int] = []

    def body() -> None:
        me = threading.get_native_id()
        seen.append(os.getpriority(os.PRIO_PROCESS, me))
        sender.lower_priority()
        seen.append(os.getpriority(os.PRIO_PROCESS, me))

    thread = threading.Thread(target=body)
    thread.start()
    thread.join()
    return seen[0], seen[1]


def test_sending_thread_is_lowered_by_the_setting_and_the_caller_is_not() -> None:
    caller = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    with override_settings(CLAIMS_WEBHOOK_SENDER_NICE=7):
        before, after = _in_thread()
    assert before == caller
    assert after == min(19, caller + 7)
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == caller


def test_zero_leaves_the_priority_alone() -> None:
    with override_settings(CLAIMS_WEBHOOK_SENDER_NICE=0):
        before, after = _in_thread()
    assert after == before


def test_the_lowest_priority_is_the_limit() -> None:
    with override_settings(CLAIMS_WEBHOOK_SENDER_NICE=50):
        before, after = _in_thread()
    assert after == 19
    assert before <= after


@pytest.mark.parametrize("single_writer", [True, False])
def test_the_loop_is_lowered_only_where_its_writes_hold_no_lock_the_appends_need(
    monkeypatch: pytest.MonkeyPatch, single_writer: bool
) -> None:
    """SQLite: the loop keeps the caller's priority (it holds the write lock while it writes);
    PostgreSQL: it runs in a thread of its own, lowered; the caller is never changed."""
    from claims.core import eventstore

    monkeypatch.setattr(type(eventstore.backend()), "single_writer", single_writer)
    seen: list[tuple[int, int]] = []
    policies: list[tuple[bool, int]] = []

    def loop(max_seconds: float, nice: int, *, idle: bool, **_: object) -> sender.Ran:
        seen.append((threading.get_native_id(), sender._nice()))
        policies.append((idle, os.sched_getscheduler(0)))
        return sender.Ran(produced=nice)

    monkeypatch.setattr(sender, "_run", loop)
    caller_thread = threading.get_native_id()
    caller = sender._nice()
    with override_settings(CLAIMS_WEBHOOK_SENDER_NICE=5):
        ran = sender.run(0.1)
    assert ran.produced == caller  # the loop is told the caller's value, which threads lower from
    ((thread, nice),) = seen
    if single_writer:
        assert (thread, nice) == (caller_thread, caller)
        # SQLite: the loop keeps the caller's policy; its sending threads are told to go idle.
        assert policies == [(True, os.sched_getscheduler(0))]
    else:
        assert thread != caller_thread
        assert nice == min(19, caller + 5)
        assert policies == [(True, os.SCHED_IDLE)]
    assert sender._nice() == caller
    assert os.sched_getscheduler(0) != os.SCHED_IDLE


def test_an_error_in_the_lowered_loop_reaches_the_caller(monkeypatch: pytest.MonkeyPatch) -> None:
    from django.db import DatabaseError

    from claims.core import eventstore

    monkeypatch.setattr(type(eventstore.backend()), "single_writer", False)

    def loop(max_seconds: float, nice: int, *, idle: bool) -> sender.Ran:
        raise DatabaseError("the database went away")

    monkeypatch.setattr(sender, "_run", loop)
    with override_settings(CLAIMS_WEBHOOK_SENDER_NICE=5), pytest.raises(DatabaseError):
        sender.run(0.1)


_SESSION_SCRIPT = """
import django
django.setup()
from claims.webhooks import sender
sender.lower_session_group()
print(sender.autogroup_nice())
"""


def _autogroup_nice_in_child(new_session: bool) -> int:
    import subprocess

    env = {**os.environ, "CLAIMS_WEBHOOK_SENDER_NICE": "7"}
    env.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    done = subprocess.run(
        [sys.executable, "-c", _SESSION_SCRIPT],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        start_new_session=new_session,
        timeout=120,
    )
    last = done.stdout.strip().splitlines()[-1]
    assert last != "None", "the child found no session group to read"
    return int(last)


@pytest.mark.skipif(
    not sender.AUTOGROUP.exists(), reason="this kernel does not group scheduling by session"
)
def test_a_worker_leading_its_session_lowers_the_sessions_share() -> None:
    """Real kernel behaviour: the child leads a new session (a new autogroup) and lowers it."""
    assert _autogroup_nice_in_child(new_session=True) == 7


@pytest.mark.skipif(
    not sender.AUTOGROUP.exists(), reason="this kernel does not group scheduling by session"
)
def test_a_worker_in_someone_elses_session_leaves_it_alone() -> None:
    if os.getsid(0) == os.getpid():
        pytest.skip("the test process leads its session: the child's parent would be its leader")
    before = sender.autogroup_nice()
    if before is None:
        pytest.skip("the test process sits in the kernel's default group: no session nice to keep")
    assert _autogroup_nice_in_child(new_session=False) == before
    assert sender.autogroup_nice() == before


def test_the_idle_policy_is_the_settings_to_give() -> None:
    """A lowered thread asked for the idle policy takes it unless CLAIMS_WEBHOOK_SENDER_IDLE is
    off; the caller keeps its own."""
    seen: list[int] = []

    def body() -> None:
        sender.lower_priority(idle=True)
        seen.append(os.sched_getscheduler(0))

    for setting, expected in ((True, os.SCHED_IDLE), (False, os.SCHED_OTHER)):
        with override_settings(CLAIMS_WEBHOOK_SENDER_NICE=3, CLAIMS_WEBHOOK_SENDER_IDLE=setting):
            thread = threading.Thread(target=body)
            thread.start()
            thread.join()
        assert seen[-1] == expected
    assert os.sched_getscheduler(0) == os.SCHED_OTHER


def test_a_lowered_threads_own_write_runs_at_the_callers_priority() -> None:
    """On SQLite a sending thread's own write (after its run's loop ended) holds the write lock:
    it is done by the late writer, a thread started by the unlowered caller."""
    write = sender._late_writer()
    seen: list[tuple[int, str]] = []
    answers: list[bool] = []

    def the_write(value: bool) -> bool:
        seen.append((os.sched_getscheduler(0), threading.current_thread().name))
        return value

    def body() -> None:
        sender.lower_priority(idle=True)
        assert os.sched_getscheduler(0) == os.SCHED_IDLE
        answers.append(write(the_write, True))

    with override_settings(CLAIMS_WEBHOOK_SENDER_NICE=3, CLAIMS_WEBHOOK_SENDER_IDLE=True):
        thread = threading.Thread(target=body)
        thread.start()
        thread.join()
    assert answers == [True]
    ((policy, name),) = seen
    assert policy == os.SCHED_OTHER
    assert name.startswith("webhook-late-write")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("/autogroup-17 nice 3\n", 3), ("/autogroup-2 nice -4\n", -4), ("", None)],
)
def test_the_session_groups_nice_value_is_read_or_absent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, expected: int | None
) -> None:
    """A process in the kernel's default group reads an empty file (common in containers):
    nothing to lower or keep, and no error."""
    path = tmp_path / "autogroup"
    path.write_text(text)
    monkeypatch.setattr(sender, "AUTOGROUP", path)
    assert sender.autogroup_nice() == expected
    monkeypatch.setattr(sender, "AUTOGROUP", tmp_path / "missing")
    assert sender.autogroup_nice() is None


def test_a_worker_in_the_default_group_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "autogroup"
    path.write_text("")
    monkeypatch.setattr(sender, "AUTOGROUP", path)
    monkeypatch.setattr(os, "getsid", lambda _pid: os.getpid())
    with override_settings(CLAIMS_WEBHOOK_SENDER_NICE=5):
        sender.lower_session_group()
    assert path.read_text() == ""
