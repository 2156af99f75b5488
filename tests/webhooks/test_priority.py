"""The sending threads run at a lower CPU priority than the run's loop (CLAIMS_WEBHOOK_SENDER_NICE).

On Linux a thread's nice value is its own: a thread started for the test lowers itself and the
test reads both threads' values back from the kernel.
"""

from __future__ import annotations

import os
import sys
import threading

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
