"""Regression tests: each one failed against the domain before the fix named in its docstring."""

from claims.domain import commands as c
from claims.domain import events as e
from tests.domain.scenario import disputed, given, qty, refused, reported

# --- A refuted or retracted claim stays so -------------------------------------------------------


def test_a_dispute_on_a_refuted_claim_cannot_be_resolved_back_to_life():
    """Resolving a dispute left open by a refutation used to put the claim back to 'reported'
    (or 'corrected'), after which it could even be confirmed."""
    state = given(reported(), disputed("d1", by="gt-gov"), e.ClaimRefuted(reason="False."))

    refusal = refused(state, c.ResolveDispute(resolution="rejected", reason="It stands."))

    assert refusal.field == "status"


def test_a_retracted_claim_cannot_be_corrected_through_an_upheld_dispute():
    state = given(
        reported(value=qty("45")),
        disputed("d1", by="wilson", counter_value=qty("30")),
        e.ClaimRetracted(reason="Withdrawn by its source."),
    )

    refusal = refused(
        state, c.ResolveDispute(resolution="upheld", reason="Right.", accepted_figure="d1")
    )

    assert refusal.field == "status"
