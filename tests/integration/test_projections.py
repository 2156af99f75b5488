"""Read models: incremental projections equal a rebuild from the log; as-of history works."""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.core import eventstore, projections, services
from claims.core.domain import commands as c
from claims.core.domain import snapshots
from claims.core.domain.errors import CommandRejected
from claims.core.domain.values import Quantity
from claims.core.eventstore import ConcurrencyError
from claims.core.models import Claim, ClaimVersion, Source
from tests import factories

pytestmark = pytest.mark.django_db

UNIT = "per 100,000 people"


def _random_command(rng: random.Random, sources: list[str], n: int) -> c.Command:
    amount = Quantity.of(str(rng.randint(1, 80)), UNIT, rng.choice(["exact", "nearly", "up_to"]))
    by = rng.choice([*sources, None])
    reason = rng.choice(["Checked the record.", "", "Source withdrew it."])
    match rng.randrange(11):
        case 0:
            return c.AddFigure(figure_id=f"f{n}", source=rng.choice(sources), value=amount)
        case 1:
            counter = amount if by and rng.random() < 0.5 else None
            return c.DisputeClaim(dispute_id=f"d{n}", reason=reason, by=by, counter_value=counter)
        case 2:
            accepted = rng.choice([None, "primary", f"f{n - 1}", f"d{n - 1}"])
            return c.ResolveDispute(
                resolution=rng.choice(["upheld", "rejected"]),
                reason=reason,
                accepted_figure=accepted,
            )
        case 3:
            return c.ConfirmClaim(reason=reason, by=by, evidence=_verdict_evidence(reason))
        case 4:
            return c.CorrectClaim(reason=reason, value=amount, by=by)
        case 5:
            return c.RefuteClaim(reason=reason, by=by, evidence=_verdict_evidence(reason))
        case 6:
            return c.RetractClaim(reason=reason, by=by)
        case 7:
            return c.AttachEvidence(evidence_id=f"e{n}", url="https://example.org/e", title="E")
        case 8:
            return c.CorrectClaim(reason=reason, statement=f"Reworded {n}.")
        case _:
            return c.AddNote(text=f"note {n}")


def _verdict_evidence(reason: str) -> str:
    """A verdict's evidence link, given with some verdicts (no draw: the workload stays put)."""
    return "https://example.org/v" if reason.startswith("Checked") else ""


HANDLERS = {
    c.AddFigure: services.add_figure,
    c.DisputeClaim: services.dispute,
    c.ResolveDispute: services.resolve_dispute,
    c.ConfirmClaim: services.confirm,
    c.CorrectClaim: services.correct,
    c.RefuteClaim: services.refute,
    c.RetractClaim: services.retract,
    c.AttachEvidence: services.attach_evidence,
    c.AddNote: services.note,
}


def _workload(rng: random.Random, n_claims: int, n_commands: int) -> int:
    sources = [factories.source(f"Source {i}") for i in range(3)]
    claims = [
        factories.report(rng.choice(sources), amount=str(rng.randint(1, 80))).state.claim_id
        for _ in range(n_claims)
    ]
    accepted = 0
    for n in range(n_commands):
        claim_id = rng.choice(claims)
        command = _random_command(rng, sources, n)
        try:
            with transaction.atomic():
                handler: Any = HANDLERS[type(command)]
                handler(claim_id, command, factories.ctx, None)
            accepted += 1
        except (CommandRejected, ConcurrencyError):
            pass
    return accepted


def _rebuild() -> int:
    with transaction.atomic():
        return projections.rebuild(eventstore.iter_all(0, batch=37), batch=5)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rng=st.randoms(use_true_random=False))
def test_rebuild_equals_the_incremental_read_models(rng: random.Random) -> None:
    with transaction.atomic():
        accepted = _workload(rng, n_claims=4, n_commands=40)
        incremental = factories.read_model_snapshot()
        for claim_id, snapshot in Claim.objects.values_list("id", "snapshot"):
            replayed = services.load_claim(claim_id)
            assert snapshots.claim_from_data(snapshot["state"]) == replayed, "stale snapshot"
        _rebuild()
        rebuilt = factories.read_model_snapshot()
        for table in incremental:
            assert rebuilt[table] == incremental[table], f"{table} differs after rebuild"
        _rebuild()
        assert factories.read_model_snapshot() == rebuilt, "a second replay changed rows"
        assert accepted >= 0
        transaction.set_rollback(True)


def test_as_of_reads_come_from_the_history_table() -> None:
    source_id = factories.source()
    first = factories.report(source_id, amount="39", qualifier="nearly", year=2011)
    claim_id = first.state.claim_id
    reported_at = first.records[-1].recorded_at
    corrected = services.correct(
        claim_id,
        c.CorrectClaim(reason="UN revised it.", value=Quantity.of("38.6", UNIT)),
        factories.ctx,
        first.version,
    )
    corrected_at = corrected.records[-1].recorded_at
    rows = ClaimVersion.objects.filter(claim_id=claim_id).order_by("version")
    assert [(r.version, r.recorded_to) for r in rows] == [(1, corrected_at), (2, None)]

    def as_of(moment):
        return (
            ClaimVersion.objects.filter(claim_id=claim_id, recorded_from__lte=moment)
            .exclude(recorded_to__lte=moment)
            .get()
            .document
        )

    assert as_of(reported_at)["value"]["amount"] == "39"
    assert as_of(reported_at)["value"]["upper_inclusive"] is False
    assert as_of(corrected_at)["value"]["amount"] == "38.6"
    assert Claim.objects.get(pk=claim_id).amount == Decimal("38.6")


def test_source_stats_follow_claim_statuses() -> None:
    source_id = factories.source("Initial press reports", "media")
    refuted = factories.report(source_id, amount="1", unit="people")
    factories.report(source_id, amount="2", unit="people")
    services.refute(refuted.state.claim_id, c.RefuteClaim(reason="It was false."), factories.ctx, 1)
    source = Source.objects.get(pk=source_id)
    assert (source.claims_reported, source.claims_refuted, source.claims_confirmed) == (2, 1, 0)
