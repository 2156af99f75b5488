"""Known at (valid time): the claim as its events that happened by a moment give it, bitemporally.

The valid-time rows are checked against a plain replay of the log (events recorded by `as_of`
whose occurred_at is at or before `known_at`, folded in version order), after commands whose
valid times arrive in order and backdated, and after a rebuild.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from typing import Any

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.core import eventstore, projections, selectors, services, validtime
from claims.core.domain import commands as c
from claims.core.domain.errors import CommandRejected
from claims.core.models import ClaimKnown
from tests import factories

pytestmark = pytest.mark.django_db
UTC = dt.UTC
DAY0 = dt.datetime(2013, 2, 1, tzinfo=UTC)


def _replayed(claim_id: str, known_at: dt.datetime, as_of: dt.datetime | None) -> Any:
    state = None
    for record in eventstore.load(claim_id):
        if as_of is not None and record.recorded_at > as_of:
            break
        if validtime.occurred(record) <= known_at:
            state = validtime._evolve(state, record)
    return state


def _commands(rng: random.Random, n: int) -> c.Command:
    match rng.randrange(5):
        case 0:
            return c.DisputeClaim(dispute_id=f"d{n}", reason="Doubted.")
        case 1:
            return c.CorrectClaim(reason="Typo.", statement=f"Reworded {n}.")
        case 2:
            return c.RefuteClaim(reason="False.")
        case 3:
            return c.AddNote(text=f"note {n}")
        case _:
            return c.ConfirmClaim(reason="Checked.")


HANDLERS: dict[type, Any] = {
    c.DisputeClaim: services.dispute,
    c.CorrectClaim: services.correct,
    c.RefuteClaim: services.refute,
    c.AddNote: services.note,
    c.ConfirmClaim: services.confirm,
}


def _workload(rng: random.Random) -> list[str]:
    source = factories.source()
    claims = []
    for i in range(3):
        at = DAY0 + dt.timedelta(days=rng.randrange(10))
        claims.append(factories.report(source, amount=str(i + 1), occurred_at=at).state.claim_id)
    for n in range(12):
        claim_id = rng.choice(claims)
        # Mostly in order; sometimes backdated, sometimes without a valid time.
        when: dt.datetime | None = rng.choice([DAY0 + dt.timedelta(days=rng.randrange(14)), None])
        command = _commands(rng, n)
        try:
            with transaction.atomic():
                HANDLERS[type(command)](
                    claim_id, command, services.Context(actor="t", occurred_at=when), None
                )
        except CommandRejected:
            pass
    return claims


def _moments(rng: random.Random) -> list[dt.datetime]:
    return [DAY0 + dt.timedelta(days=d, hours=rng.randrange(24)) for d in range(-1, 16)]


def _check(claims: list[str], rng: random.Random) -> None:
    recorded = sorted({r.recorded_at for cid in claims for r in eventstore.load(cid)})
    for as_of in [None, *rng.sample(recorded, min(4, len(recorded)))]:
        for known_at in _moments(rng):
            for claim_id in claims:
                expected = _replayed(claim_id, known_at, as_of)
                got = selectors.claim_document(claim_id, as_of, known_at)
                if expected is None:
                    assert got is None, (claim_id, known_at, as_of)
                    continue
                assert got is not None, (claim_id, known_at, as_of)
                assert (got["version"], got["status"], got["statement"]) == (
                    expected.version,
                    expected.status.value,
                    expected.statement,
                ), (claim_id, known_at, as_of)
            listed = selectors.claim_list(selectors.ClaimFilters(known_at=known_at, as_of=as_of))
            ids = sorted(doc["id"] for doc in listed[:])
            assert ids == sorted(
                cid for cid in claims if _replayed(cid, known_at, as_of) is not None
            )


def _rows() -> list[str]:
    return sorted(
        json.dumps(row, sort_keys=True, default=str)
        for row in ClaimKnown.objects.values(
            "claim_id",
            "version",
            "known_from",
            "known_to",
            "recorded_from",
            "recorded_to",
            "status",
        )
    )


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rng=st.randoms(use_true_random=False))
def test_known_at_reads_equal_a_replay_of_the_log_and_survive_a_rebuild(rng: random.Random) -> None:
    with transaction.atomic():
        claims = _workload(rng)
        _check(claims, rng)
        incremental = _rows()
        projections.rebuild(eventstore.iter_all(0))
        assert _rows() == incremental, "the rebuilt valid-time rows differ"
        _check(claims, rng)
        transaction.set_rollback(True)


def test_the_demo_tells_the_traffickers_story(demo: dict[str, str]) -> None:
    claim_id = demo["claim:trafficker-killed"]

    def status(moment: dt.datetime | dt.date) -> str | None:
        doc = selectors.claim_document(claim_id, known_at=validtime.known_moment(moment))
        return doc["status"] if doc else None

    assert status(dt.date(2013, 2, 21)) is None, "not reported before the morning of the 22nd"
    assert status(dt.datetime(2013, 2, 22, 12, tzinfo=UTC)) == "reported"
    assert status(dt.date(2013, 2, 22)) == "disputed", "the doubt came that evening"
    assert status(dt.date(2013, 2, 23)) == "refuted"
    assert status(dt.datetime(2030, 1, 1, tzinfo=UTC)) == "refuted"


def test_a_bare_date_is_the_end_of_that_day_utc() -> None:
    end = validtime.known_moment(dt.date(2013, 2, 22))
    assert end == dt.datetime(2013, 2, 22, 23, 59, 59, 999999, tzinfo=UTC)
    assert validtime.known_moment(dt.date.max).year == 9999
