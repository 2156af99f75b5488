"""A nudge is published by a thread of its own: the asking never waits for the publish, asks
made while it publishes are answered by one more publish, and a failing publish stops nothing.
"""

from __future__ import annotations

import threading

from claims.core.nudges import Nudger


def test_the_ask_returns_while_the_publish_is_still_waiting() -> None:
    release = threading.Event()
    published: list[str] = []

    def publish() -> None:
        release.wait(10)
        published.append(threading.current_thread().name)

    nudger = Nudger("test", publish)
    nudger.request()
    assert not nudger.wait_idle(0.05)  # still publishing, and the ask has returned
    release.set()
    assert nudger.wait_idle(10)
    assert published == ["nudge-test"]


def test_asks_during_a_publish_coalesce_into_one_more() -> None:
    started, release = threading.Event(), threading.Event()
    calls: list[int] = []

    def publish() -> None:
        calls.append(1)
        started.set()
        release.wait(10)

    nudger = Nudger("coalesce", publish)
    nudger.request()
    assert started.wait(10)
    for _ in range(50):
        nudger.request()
    release.set()
    assert nudger.wait_idle(10)
    assert len(calls) == 2  # the first, and one for the fifty asked meanwhile


def test_a_failing_publish_leaves_the_thread_serving() -> None:
    calls: list[int] = []

    def publish() -> None:
        calls.append(1)
        if len(calls) == 1:
            raise ConnectionError("the broker is down")

    nudger = Nudger("failing", publish)
    nudger.request()
    assert nudger.wait_idle(10)
    nudger.request()
    assert nudger.wait_idle(10)
    assert len(calls) == 2
