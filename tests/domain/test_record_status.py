"""What a claim counts as on its source's record (`ClaimState.record_status`): its status, but a
claim whose report was corrected stays corrected (half failed) whatever follows short of a
refutation or a retraction. Pure: no Django, no database."""

import pytest

from claims.core.domain import commands as c
from claims.core.domain import events as e
from claims.core.domain.claim import PRIMARY_FIGURE, ClaimStatus, FigureStatus
from tests.domain.scenario import disputed, given, qty, reported, then

COUNTER_30 = disputed("d1", by="wilson", counter_value=qty("30"))
ACCEPT_30 = e.DisputeResolved(
    dispute_id="d1", resolution="upheld", reason="Wilson is right.", accepted_figure="d1"
)
CORRECT_TO_30 = e.ClaimCorrected(reason="Revised.", old_value=qty("45"), new_value=qty("30"))
CONFIRM = c.ConfirmClaim(reason="Checked.")


def test_an_unchecked_or_confirmed_report_counts_by_its_status():
    state = given(reported())
    assert state.record_status is ClaimStatus.REPORTED
    assert not state.report_corrected
    confirmed = then(state, CONFIRM)
    assert confirmed.record_status is ClaimStatus.CONFIRMED


@pytest.mark.parametrize(
    "correction",
    [(COUNTER_30, ACCEPT_30), (CORRECT_TO_30,)],
    ids=["an upheld dispute accepted another figure", "the value was corrected"],
)
def test_confirming_a_corrected_claim_leaves_its_source_corrected(correction):
    corrected = given(reported(), *correction)
    assert corrected.record_status is ClaimStatus.CORRECTED

    confirmed = then(corrected, CONFIRM)

    # The claim is confirmed at 30, but its source said 45: it stays half failed.
    assert confirmed.status is ClaimStatus.CONFIRMED
    assert confirmed.value == qty("30")
    assert (confirmed.reported_value, confirmed.reported_statement) == (
        qty("45"),
        reported().statement,
    )
    assert confirmed.report_corrected
    assert confirmed.record_status is ClaimStatus.CORRECTED


def test_the_confirmation_confirms_the_figure_accepted_not_the_claims_own():
    confirmed = then(given(reported(), COUNTER_30, ACCEPT_30), CONFIRM)

    assert [(f.figure_id, f.source, f.status) for f in confirmed.figures] == [
        (PRIMARY_FIGURE, "gt-officials", FigureStatus.REJECTED),
        ("d1", "wilson", FigureStatus.CONFIRMED),
    ]


def test_a_reworded_statement_counts_as_corrected_once_confirmed():
    reworded = given(
        reported(),
        e.ClaimCorrected(
            reason="Misquoted.", old_statement=reported().statement, new_statement="Another."
        ),
    )

    assert then(reworded, CONFIRM).record_status is ClaimStatus.CORRECTED


def test_a_corrected_claim_disputed_or_reopened_stays_corrected():
    corrected = given(reported(), CORRECT_TO_30)
    assert then(corrected, c.DisputeClaim(dispute_id="d2", reason="Hm.")).record_status is (
        ClaimStatus.CORRECTED
    )
    confirmed = then(corrected, CONFIRM)
    reopened = then(confirmed, c.ReopenClaim(dispute_id="r1", reason="New data."))
    assert reopened.status is ClaimStatus.DISPUTED
    assert reopened.record_status is ClaimStatus.CORRECTED


@pytest.mark.parametrize(
    ("verdict", "status"),
    [
        (c.RefuteClaim(reason="False."), ClaimStatus.REFUTED),
        (c.RetractClaim(reason="Withdrawn."), ClaimStatus.RETRACTED),
    ],
)
def test_a_refutation_or_retraction_outweighs_a_correction(verdict, status):
    assert then(given(reported(), CORRECT_TO_30), verdict).record_status is status


def test_a_correction_undone_leaves_the_report_as_it_was():
    back = given(
        reported(),
        CORRECT_TO_30,
        e.ClaimCorrected(reason="Our mistake.", old_value=qty("30"), new_value=qty("45")),
    )

    assert not back.report_corrected
    assert back.record_status is ClaimStatus.CORRECTED  # by its status, as before
    # Confirmed: the figure the source gave is the one confirmed.
    assert then(back, CONFIRM).record_status is ClaimStatus.CONFIRMED


def test_a_recast_is_no_correction_of_the_report():
    recast = given(
        reported(),
        e.ClaimRecast(reason="A statement.", old_value=qty("45"), withdrawn_figures=("primary",)),
    )

    assert not recast.report_corrected
    assert then(recast, CONFIRM).record_status is ClaimStatus.CONFIRMED


def test_a_proposition_corrected_then_confirmed_counts_as_corrected():
    proposition = given(reported(value=None))
    reworded = then(proposition, c.CorrectClaim(reason="Misquoted.", statement="Another."))

    assert then(reworded, CONFIRM).record_status is ClaimStatus.CORRECTED


def test_a_unit_tidied_is_no_correction_of_the_report():
    """'Per 100,000 People' for 'per 100,000 people' tidies the editor's typing: the source
    said the same figure, so it is not half failed once the claim is confirmed."""
    tidied = given(
        reported(value=qty("45", "percent")),
        e.ClaimCorrected(
            reason="Capitals.", old_value=qty("45", "percent"), new_value=qty("45", " Percent ")
        ),
    )
    assert not tidied.report_corrected
    assert then(tidied, CONFIRM).record_status is ClaimStatus.CONFIRMED
