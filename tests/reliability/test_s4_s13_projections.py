"""S4 (projection = rebuild, full size) and S13 (rebuild while writing).

The CI-sized S4 is tests/integration/test_projections.py (Hypothesis, 12 workloads of 40
commands); this is the full 5,000 events over 200 claims, with the same commands.
"""

from __future__ import annotations

import io
import random
import threading
import time
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from django.core.management import call_command
from django.db import connections, transaction

from claims.core import eventstore, projections, services
from claims.core.domain import commands as c
from claims.core.domain.errors import CommandRejected
from claims.core.eventstore import AppendLockTimeout, ConcurrencyError, NewEvent
from claims.core.models import Claim
from tests import factories
from tests.integration.test_eventstore import _reported
from tests.integration.test_projections import HANDLERS, _random_command
from tests.reliability.conftest import figure, requires_postgres

pytestmark = pytest.mark.chaos

S4_EVENTS, S4_CLAIMS, S4_SEED = 5000, 200, 2013
S13_SEED_CLAIMS = 1000
TERMINAL = (c.RefuteClaim, c.RetractClaim)


def differing_rows(a: dict[str, list[str]], b: dict[str, list[str]]) -> int:
    """Rows present in one snapshot and not the other (each row hashed as canonical JSON)."""
    return sum(len(set(a.get(t, [])) ^ set(b.get(t, []))) for t in a.keys() | b.keys())


def rebuild() -> int:
    with transaction.atomic():
        eventstore.lock_appends()
        return projections.rebuild(eventstore.iter_all(0))


@pytest.mark.django_db
def test_s4_incremental_projections_equal_a_rebuild_at_full_size() -> None:
    rng = random.Random(S4_SEED)
    start = eventstore.head_position()
    sources = [factories.source(f"S4 source {i}") for i in range(5)]
    claims = [
        factories.report(rng.choice(sources), amount=str(rng.randint(1, 80))).state.claim_id
        for _ in range(S4_CLAIMS)
    ]
    n = rejected = 0
    while eventstore.head_position() - start < S4_EVENTS:
        n += 1
        command = _random_command(rng, sources, n)
        while isinstance(command, TERMINAL) and rng.random() < 0.9:
            # Keep most claims alive to the end, so the 5,000 events spread over all 200.
            command = _random_command(rng, sources, n)
        handler: Any = HANDLERS[type(command)]
        try:
            with transaction.atomic():
                handler(rng.choice(claims), command, factories.ctx, None)
        except (CommandRejected, ConcurrencyError):
            rejected += 1
        assert n < 20 * S4_EVENTS, "the workload stopped producing events"
    events = eventstore.head_position() - start
    incremental = factories.read_model_snapshot()
    rows = sum(len(v) for v in incremental.values())
    rebuilt_from = rebuild()
    first = factories.read_model_snapshot()
    rebuild()
    second = factories.read_model_snapshot()
    diff, again = differing_rows(incremental, first), differing_rows(first, second)
    figure(
        "S4",
        f"{diff} differing rows of {rows} after rebuilding from {rebuilt_from} events "
        f"({events} new events over {S4_CLAIMS} claims, {n} commands, {rejected} refused, "
        f"seed {S4_SEED}); replaying the log a second time changed {again} rows",
    )
    assert events >= S4_EVENTS
    assert diff == 0
    assert again == 0


# --- S13 -----------------------------------------------------------------------------------------


@requires_postgres()
@pytest.mark.usefixtures("committed")
def test_s13_rebuild_while_writing() -> None:
    """S1's load (8 writers × 50 commands on one claim) while the read models are rebuilt."""
    writers, commands, rebuilds = 8, 50, 3
    # Seed a log that takes a while to rebuild (a thousand claims; `make chaos` adds S3a's
    # 7,200), so writers queue on the append lock and some get the API's 503 and retry.
    for _ in range(S13_SEED_CLAIMS):
        sid = f"s13-seed-{uuid.uuid4()}"
        eventstore.append("claim", sid, [NewEvent(_reported(sid))], 0)
    claim_id = factories.report(factories.source()).state.claim_id
    ctx = services.Context(actor="s13")
    lock = threading.Lock()
    counts = {"conflicts": 0, "busy": 0, "done": 0}
    errors: list[BaseException] = []

    def writer(n: int) -> Callable[[], None]:
        def run() -> None:
            try:
                done = 0
                while done < commands:
                    version = eventstore.stream_head(claim_id)[0]
                    try:
                        services.note(claim_id, c.AddNote(text=f"s13 {n}/{done}"), ctx, version)
                        done += 1
                        with lock:
                            counts["done"] += 1
                    except ConcurrencyError:
                        with lock:
                            counts["conflicts"] += 1
                    except AppendLockTimeout:  # the API's 503: the client retries
                        with lock:
                            counts["busy"] += 1
                        time.sleep(0.2)
            except BaseException as exc:  # collected and asserted on
                errors.append(exc)
            finally:
                connections.close_all()

        return run

    threads = [threading.Thread(target=writer(n)) for n in range(writers)]
    for thread in threads:
        thread.start()
    durations, lags = [], []
    for _ in range(rebuilds):
        time.sleep(0.5)
        started = time.monotonic()
        call_command("rebuild_projections", no_progress=True, stdout=io.StringIO())
        durations.append(time.monotonic() - started)
        after = time.monotonic()
        # Lag: how long until the rebuilt read model shows what the log holds for the claim.
        while True:
            head = eventstore.stream_head(claim_id)[0]
            shown = Claim.objects.filter(pk=claim_id).values_list("version", flat=True).first()
            if shown is not None and shown >= head:
                break
            time.sleep(0.01)
        lags.append(time.monotonic() - after)
    for thread in threads:
        thread.join()
    incremental = factories.read_model_snapshot()
    rebuild()
    rebuilt = factories.read_model_snapshot()
    diff = differing_rows(incremental, rebuilt)
    figure(
        "S13",
        f"{diff} differing rows against a rebuild after {rebuilds} rebuilds during "
        f"{writers}×{commands} commands ({counts['done']} appended, {counts['conflicts']} "
        f"conflicts, {counts['busy']} lock waits answered busy and retried); rebuilds took "
        f"{max(durations):.1f} s at most; read model at the log head {max(lags):.2f} s after "
        f"each rebuild (bound 5 s)",
    )
    assert errors == []
    assert counts["done"] == writers * commands
    assert diff == 0
    assert max(lags) <= 5
    assert Claim.objects.get(pk=claim_id).version == 1 + writers * commands
