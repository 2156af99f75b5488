"""Regression tests: each one failed against the domain before the fix named in its docstring."""

from decimal import Decimal

import pytest

from claims.core.domain import commands as c
from claims.core.domain import events as e
from claims.core.domain.claim import ClaimStatus, FigureStatus
from claims.core.domain.errors import InvalidValue
from claims.core.domain.values import Document, Quantity, parse_amount
from tests.domain.scenario import disputed, given, qty, refused, reported, then

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


# --- Rejecting the last dispute returns to the status the claim has earned meanwhile --------------


def test_a_correction_made_during_a_dispute_survives_rejecting_the_dispute():
    """Rejecting the dispute used to restore 'confirmed' although the figure had been corrected
    (and its confirmation cleared) while the dispute was open."""
    state = given(
        reported(value=qty("45")),
        e.ClaimConfirmed(),
        disputed("d1"),
        e.ClaimCorrected(reason="Typo.", old_value=qty("45"), new_value=qty("40")),
    )

    after = then(state, c.ResolveDispute(resolution="rejected", reason="The claim stands."))

    assert after.status is ClaimStatus.CORRECTED
    assert after.value == qty("40")


def test_a_figure_accepted_from_one_dispute_survives_rejecting_another():
    state = given(
        reported(value=qty("45")),
        disputed("d1", by="wilson", counter_value=qty("30")),
        disputed("d2"),
        e.DisputeResolved(dispute_id="d1", resolution="upheld", reason="Ok.", accepted_figure="d1"),
    )
    assert state is not None
    assert state.status is ClaimStatus.CORRECTED

    after = then(state, c.ResolveDispute(dispute_id="d2", resolution="rejected", reason="No."))

    assert after.status is ClaimStatus.CORRECTED
    assert after.value == qty("30")


def test_the_status_after_resolving_two_disputes_does_not_depend_on_their_order():
    """Upholding d1 (without a figure) then rejecting d2 used to end 'reported', while rejecting
    d2 first then upholding d1 ended 'disputed'."""
    two_open = (reported(), disputed("d1"), disputed("d2"))
    uphold_d1 = c.ResolveDispute(dispute_id="d1", resolution="upheld", reason="It stands.")
    reject_d2 = c.ResolveDispute(dispute_id="d2", resolution="rejected", reason="No.")

    upheld_first = then(then(given(*two_open), uphold_d1), reject_d2)
    rejected_first = then(then(given(*two_open), reject_d2), uphold_d1)

    assert upheld_first.status is rejected_first.status is ClaimStatus.DISPUTED


def test_accepting_the_primary_figure_counts_even_when_another_dispute_is_still_open():
    """Rejecting d1 by accepting the primary figure, then d2, used to end 'reported'; the other
    order ended 'confirmed'."""
    two_open = (reported(), disputed("d1"), disputed("d2"))
    keep_primary = c.ResolveDispute(
        dispute_id="d1", resolution="rejected", reason="Checked.", accepted_figure="primary"
    )
    reject_d2 = c.ResolveDispute(dispute_id="d2", resolution="rejected", reason="No.")

    primary_first = then(then(given(*two_open), keep_primary), reject_d2)
    other_first = then(then(given(*two_open), reject_d2), keep_primary)

    assert primary_first.status is other_first.status is ClaimStatus.CONFIRMED


# --- The primary figure keeps its own story -------------------------------------------------------


def test_confirming_after_an_upheld_dispute_does_not_confirm_the_rejected_figure():
    """Confirming used to mark the replaced (rejected) primary figure as confirmed, so the
    claim had a confirmed figure with the old, disputed value."""
    state = given(
        reported(value=qty("45")),
        disputed("d1", by="wilson", counter_value=qty("30")),
        e.DisputeResolved(dispute_id="d1", resolution="upheld", reason="Ok.", accepted_figure="d1"),
    )

    after = then(state, c.ConfirmClaim(reason="Checked."))

    primary, counter = after.figure("primary"), after.figure("d1")
    assert primary is not None
    assert counter is not None
    assert primary.status is FigureStatus.REJECTED
    assert counter.status is FigureStatus.CONFIRMED
    assert after.value == counter.value == qty("30")


def test_a_statement_only_correction_leaves_the_primary_figure_alone():
    """A correction of the wording used to copy the claim's current value (here the challenger's
    accepted 30) into the primary figure, attributing it to the original source, and to
    un-reject and un-confirm that figure."""
    state = given(
        reported(value=qty("45")),
        disputed("d1", by="wilson", counter_value=qty("30")),
        e.DisputeResolved(dispute_id="d1", resolution="upheld", reason="Ok.", accepted_figure="d1"),
    )

    after = then(state, c.CorrectClaim(reason="Wording.", statement="A new wording."))

    primary = after.figure("primary")
    assert primary is not None
    assert primary.value == qty("45")
    assert primary.status is FigureStatus.REJECTED
    assert after.value == qty("30")
    assert after.statement == "A new wording."


def test_a_statement_only_correction_keeps_the_confirmed_figure_confirmed():
    state = given(reported(value=qty("45")), e.ClaimConfirmed())

    after = then(state, c.CorrectClaim(reason="Wording.", statement="A new wording."))

    primary = after.figure("primary")
    assert primary is not None
    assert primary.status is FigureStatus.CONFIRMED
    assert after.status is ClaimStatus.CORRECTED


# --- Identifiers are compared as they will be stored ---------------------------------------------


def test_a_figure_id_padded_with_spaces_is_still_a_duplicate():
    """Duplicate checks used to run on the raw id and the event stored the stripped one, so
    ' f1 ' created a second figure 'f1'."""
    state = given(reported(), e.FigureAdded(figure_id="f1", source="wilson", value=qty("30")))

    refusal = refused(state, c.AddFigure(figure_id=" f1 ", source="un", value=qty("31")))

    assert refusal.field == "figure_id"


def test_a_dispute_id_padded_with_spaces_is_still_a_duplicate():
    state = given(reported(), disputed("d1"))

    assert refused(state, c.DisputeClaim(dispute_id="d1 ", reason="Again.")).field == "dispute_id"
    assert refused(state, c.DisputeClaim(dispute_id=" primary", reason="X.")).field == "dispute_id"


def test_an_evidence_id_padded_with_spaces_is_still_a_duplicate():
    state = given(reported(), e.EvidenceAttached(evidence_id="v1", url="https://example.org/a"))

    refusal = refused(state, c.AttachEvidence(evidence_id=" v1", url="https://example.org/b"))

    assert refusal.field == "evidence_id"


# --- Every value a command accepts survives the event store ---------------------------------------


def test_an_amount_with_a_huge_exponent_is_refused_not_an_arithmetic_error():
    """parse_amount('1E+1000000') used to raise decimal.Overflow instead of InvalidValue."""
    for raw in ("1E+1000000", "-1e99999999", "1e999999999999999999"):
        with pytest.raises(InvalidValue) as caught:
            parse_amount(raw)
        assert caught.value.field == "amount"


@pytest.mark.parametrize("amount", ["1E+30", "-1E+20", "0.123456789"])
def test_a_quantity_built_directly_keeps_the_limits_of_a_parsed_one(amount):
    """Quantity(Decimal(...)) used to accept amounts that Quantity.from_data then refused, so an
    accepted ReportClaim could be stored but never loaded again."""
    with pytest.raises(InvalidValue) as caught:
        Quantity(Decimal(amount), "people")
    assert caught.value.field == "amount"


def test_a_quantity_built_directly_has_a_stripped_unit_and_a_normal_amount():
    value = Quantity(Decimal("34.50"), " per 100,000 people ")

    assert value == Quantity.of("34.5", "per 100,000 people")
    assert value.to_data()["amount"] == "34.5"
    assert Quantity.from_data(value.to_data()) == value


def test_an_event_with_an_empty_publisher_decodes_to_itself():
    """Document(publisher='') came back from the store as publisher=None."""
    event = e.FigureAdded(
        figure_id="f1",
        source="un",
        value=qty("39"),
        reported_in=Document(url="https://example.org", publisher=""),
    )

    assert e.decode(event.event_type, event.to_data()) == event
