"""One claim, one value: competing figures, which one is confirmed, and corrections of the unit."""

import pytest

from claims.core.domain import commands as c
from claims.core.domain import events as e
from claims.core.domain.claim import (
    PRIMARY_FIGURE,
    ClaimState,
    ClaimStatus,
    DisputeStatus,
    FigureStatus,
    evolve,
)
from claims.core.domain.values import Document, Period
from tests.domain.scenario import disputed, given, qty, refused, report, reported, story, then, when

ACCEPT_D1 = e.DisputeResolved(
    dispute_id="d1", resolution="upheld", reason="Right.", accepted_figure="d1"
)
D1_COUNTER = disputed("d1", by="wilson", counter_value=qty("30"))


def statuses(state: ClaimState) -> list[tuple[str, FigureStatus]]:
    return [(f.figure_id, f.status) for f in state.figures]


# --- Disputes and their figures -------------------------------------------------------------------


def test_a_dispute_naming_a_source_without_a_counter_value_adds_no_figure():
    state = given(reported())

    after = then(state, c.DisputeClaim(dispute_id="d1", reason="Unverifiable.", by="wilson"))

    assert [f.figure_id for f in after.figures] == [PRIMARY_FIGURE]
    assert after.dispute("d1").by == "wilson"  # type: ignore[union-attr]


def test_a_counter_value_without_a_source_in_an_event_adds_no_figure():
    after = evolve(given(reported()), disputed("d1", counter_value=qty("30")))

    assert [f.figure_id for f in after.figures] == [PRIMARY_FIGURE]


def test_resolving_records_who_won_and_when():
    state = given(reported(), D1_COUNTER, disputed("d2"))

    after = then(
        state,
        c.ResolveDispute(
            dispute_id="d1", resolution="upheld", reason="Right.", accepted_figure="d1"
        ),
    )

    d1 = after.dispute("d1")
    assert d1 is not None
    assert (d1.resolution_reason, d1.accepted_figure, d1.resolved_in_version) == ("Right.", "d1", 4)
    assert after.dispute("d2").resolved_in_version is None  # type: ignore[union-attr]
    assert after.status is ClaimStatus.CORRECTED  # another dispute is open, the value changed


# --- Rejecting a dispute keeps the claim's own figure ---------------------------------------------


@pytest.mark.parametrize("competing", ["d1", "f1"])
def test_a_rejected_dispute_cannot_accept_a_competing_figure(competing):
    state = given(
        reported(), e.FigureAdded(figure_id="f1", source="un", value=qty("40")), D1_COUNTER
    )
    command = c.ResolveDispute(resolution="rejected", reason="No.", accepted_figure=competing)

    refusal = refused(state, command)

    assert refusal.field == "accepted_figure"
    assert "competing" in refusal.message


def test_a_rejected_dispute_may_accept_the_figure_that_replaced_the_primary():
    state = given(reported(), D1_COUNTER, ACCEPT_D1, disputed("d2"))

    after = then(
        state, c.ResolveDispute(resolution="rejected", reason="30 holds.", accepted_figure="d1")
    )

    assert after.status is ClaimStatus.CONFIRMED
    assert after.value == qty("30")
    assert statuses(after) == [
        (PRIMARY_FIGURE, FigureStatus.REJECTED),
        ("d1", FigureStatus.CONFIRMED),
    ]


def test_upholding_cannot_accept_the_figure_that_is_already_the_value():
    state = given(reported(), D1_COUNTER, ACCEPT_D1, disputed("d2"))
    command = c.ResolveDispute(resolution="upheld", reason="X.", accepted_figure="d1")

    assert refused(state, command).field == "accepted_figure"


# --- Competing disputes: one whose figure another resolution accepted -----------------------------

# The government says 1200; IC disputes with 1000, STATE with 1500; D1 is upheld accepting 1500.
GOV = reported(value=qty("1200", "people"), attributed_to="gov")
TWO_COUNTERS = (
    disputed("d1", by="ic", counter_value=qty("1000", "people")),
    disputed("d2", by="state", counter_value=qty("1500", "people")),
    e.DisputeResolved(dispute_id="d1", resolution="upheld", reason="1500.", accepted_figure="d2"),
)


def test_a_dispute_whose_figure_is_already_the_value_can_be_upheld_accepting_it():
    state = given(GOV, *TWO_COUNTERS)
    command = c.ResolveDispute(
        dispute_id="d2", resolution="upheld", reason="STATE was right.", accepted_figure="d2"
    )

    (event,) = when(state, command)
    after = then(state, command)

    assert event.superseded_figures == ()  # type: ignore[attr-defined]
    assert (after.status, after.value) == (ClaimStatus.CORRECTED, qty("1500", "people"))
    assert statuses(after) == [
        (PRIMARY_FIGURE, FigureStatus.REJECTED),
        ("d1", FigureStatus.REPORTED),
        ("d2", FigureStatus.CONFIRMED),
    ]
    assert after.dispute("d2").status is DisputeStatus.UPHELD  # type: ignore[union-attr]
    assert after.dispute("d2").accepted_figure == "d2"  # type: ignore[union-attr]


def test_upholding_it_without_a_figure_is_upholding_it_with_its_own():
    state = given(GOV, *TWO_COUNTERS)
    named = c.ResolveDispute(
        dispute_id="d2", resolution="upheld", reason="STATE was right.", accepted_figure="d2"
    )
    unnamed = c.ResolveDispute(dispute_id="d2", resolution="upheld", reason="STATE was right.")

    after = then(state, unnamed)

    assert when(state, unnamed)[0].accepted_figure is None  # type: ignore[attr-defined]
    assert after.status is ClaimStatus.CORRECTED  # not settled as contested
    assert after == then(state, named)


def test_a_dispute_whose_figure_is_already_the_value_cannot_be_rejected():
    state = given(GOV, *TWO_COUNTERS)

    for accepted in (None, "d2"):
        refusal = refused(
            state,
            c.ResolveDispute(
                dispute_id="d2", resolution="rejected", reason="No.", accepted_figure=accepted
            ),
        )
        assert refusal.field == "resolution"
        assert "uphold" in refusal.message


def test_upholding_still_cannot_accept_another_disputes_figure_that_is_the_value():
    # d3 disputes the 1500 itself: upholding it and accepting the 1500 makes no sense.
    state = given(GOV, *TWO_COUNTERS, disputed("d3", by="ic"))
    command = c.ResolveDispute(
        dispute_id="d3", resolution="upheld", reason="X.", accepted_figure="d2"
    )

    refusal = refused(state, command)

    assert refusal.field == "accepted_figure"
    assert "disputed figure itself" in refusal.message
    # Upheld without a figure, it settles the claim as contested, as before.
    unnamed = c.ResolveDispute(dispute_id="d3", resolution="upheld", reason="X.")
    assert then(state, unnamed).status is ClaimStatus.DISPUTED


def test_a_withdrawn_figure_cannot_be_accepted():
    state = given(
        reported(),
        e.ClaimRecast(reason="A statement.", old_value=qty("45"), withdrawn_figures=("primary",)),
        disputed("d1"),
    )

    refusal = refused(
        state, c.ResolveDispute(resolution="rejected", reason="X.", accepted_figure="primary")
    )

    assert refusal.field == "accepted_figure"
    assert "withdrawn" in refusal.message


# --- Never two confirmed figures with different values --------------------------------------------


def test_accepting_a_second_competing_figure_supersedes_the_first():
    state = given(
        reported(), D1_COUNTER, ACCEPT_D1, disputed("d2", by="un", counter_value=qty("25"))
    )
    command = c.ResolveDispute(resolution="upheld", reason="UN data.", accepted_figure="d2")

    assert when(state, command) == [
        e.DisputeResolved(
            dispute_id="d2",
            resolution="upheld",
            reason="UN data.",
            accepted_figure="d2",
            superseded_figures=("d1",),
        )
    ]
    after = then(state, command)
    assert statuses(after) == [
        (PRIMARY_FIGURE, FigureStatus.REJECTED),
        ("d1", FigureStatus.SUPERSEDED),
        ("d2", FigureStatus.CONFIRMED),
    ]
    assert after.value == qty("25")


def test_a_correction_after_an_accepted_figure_supersedes_it():
    """The question the property tests found: accepted 30, corrected to 40, confirmed — two
    confirmed figures (30 and 40) used to remain."""
    state = given(reported(value=qty("45")), D1_COUNTER, ACCEPT_D1)
    command = c.CorrectClaim(reason="The UN revised it.", value=qty("40"))

    assert when(state, command) == [
        e.ClaimCorrected(
            reason="The UN revised it.",
            old_value=qty("30"),
            new_value=qty("40"),
            superseded_figures=("d1",),
        )
    ]
    corrected = then(state, command)
    assert corrected.value == qty("40")
    assert statuses(corrected) == [
        (PRIMARY_FIGURE, FigureStatus.REPORTED),
        ("d1", FigureStatus.SUPERSEDED),
    ]
    confirmed = then(corrected, c.ConfirmClaim(reason="Checked."))
    assert [
        (f.figure_id, f.value) for f in confirmed.figures if f.status is FigureStatus.CONFIRMED
    ] == [(PRIMARY_FIGURE, qty("40"))]


def test_a_correction_event_supersedes_only_what_it_names():
    state = given(reported(), D1_COUNTER, ACCEPT_D1)

    after = evolve(
        state,
        e.ClaimCorrected(
            reason="X.", old_value=qty("30"), new_value=qty("40"), superseded_figures=()
        ),
    )

    assert statuses(after) == [
        (PRIMARY_FIGURE, FigureStatus.REPORTED),
        ("d1", FigureStatus.CONFIRMED),
    ]


def test_a_correction_of_a_confirmed_primary_supersedes_nothing():
    state = given(
        reported(), e.ClaimConfirmed(), e.FigureAdded(figure_id="f1", source="un", value=qty("40"))
    )

    (event,) = when(state, c.CorrectClaim(reason="Typo.", value=qty("44")))

    assert event.superseded_figures == ()  # type: ignore[attr-defined]
    assert statuses(then(state, c.CorrectClaim(reason="Typo.", value=qty("44")))) == [
        (PRIMARY_FIGURE, FigureStatus.REPORTED),
        ("f1", FigureStatus.REPORTED),
    ]


def test_a_statement_correction_supersedes_nothing():
    state = given(reported(), D1_COUNTER, ACCEPT_D1)

    (event,) = when(state, c.CorrectClaim(reason="Wording.", statement="New words."))

    assert (event.superseded_figures, event.unit_changed) == ((), False)  # type: ignore[attr-defined]


# --- Corrections that change the unit -------------------------------------------------------------


def test_a_correction_that_changes_the_unit_says_so():
    state = given(reported(value=qty("45"), indicator="gt-share"))
    command = c.CorrectClaim(reason="It counted people.", value=qty("1200", "people"))

    assert when(state, command) == [
        e.ClaimCorrected(
            reason="It counted people.",
            old_value=qty("45"),
            new_value=qty("1200", "people"),
            unit_changed=True,
        )
    ]
    after = then(state, command)
    assert after.value == qty("1200", "people")
    assert after.indicator == "gt-share"  # the indicator shows the figure as left out for its unit


@pytest.mark.parametrize("unit", ["percent", "Percent", " PERCENT "])
def test_a_correction_in_the_same_unit_written_otherwise_is_no_unit_change(unit):
    (event,) = when(
        given(reported(value=qty("45"))), c.CorrectClaim(reason="X.", value=qty("44", unit))
    )

    assert event.unit_changed is False  # type: ignore[attr-defined]


def test_after_a_unit_change_competing_figures_must_be_in_the_new_unit():
    state = then(given(reported()), c.CorrectClaim(reason="People.", value=qty("1200", "people")))

    assert (
        refused(state, c.AddFigure(figure_id="f1", source="un", value=qty("40"))).field == "value"
    )
    then(state, c.AddFigure(figure_id="f1", source="un", value=qty("1300", "People")))


# --- Attribution chain on figures -----------------------------------------------------------------


def test_a_figure_carries_its_own_chain_and_period():
    period = Period.from_data({"start": "2012-01-01", "end": "2012-06-30"})
    document = Document(url="https://worldpoliticsreview.com/x", publisher="wpr")
    command = c.AddFigure(
        figure_id="f1",
        source="un",
        value=qty("44"),
        reported_in=document,
        said_by=" UNODC statisticians ",
        relayed_by=("zaino", "arnson"),
        period=period,
    )
    state = given(reported())

    assert when(state, command) == [
        e.FigureAdded(
            figure_id="f1",
            source="un",
            value=qty("44"),
            reported_in=document,
            said_by="UNODC statisticians",
            relayed_by=("zaino", "arnson"),
            period=period,
        )
    ]
    figure = then(state, command).figure("f1")
    assert figure is not None
    assert (figure.attributed_to, figure.said_by, figure.relayed_by, figure.period) == (
        "un",
        "UNODC statisticians",
        ("zaino", "arnson"),
        period,
    )
    assert figure.reported_in == document


@pytest.mark.parametrize(
    "relays",
    [("un",), ("wilson", "wilson"), ("wilson", " "), tuple(f"s{i}" for i in range(11))],
    ids=["origin", "twice", "blank", "too-many"],
)
def test_a_figures_chain_is_checked(relays):
    command = c.AddFigure(figure_id="f1", source="un", value=qty("44"), relayed_by=relays)

    assert refused(given(reported()), command).field == "relayed_by"


def test_a_primary_figure_carries_the_claims_chain():
    state = story(report(said_by="Guatemalan officials", relayed_by=("zaino", "arnson")))

    primary = state.figure(PRIMARY_FIGURE)
    assert primary is not None
    assert (primary.said_by, primary.relayed_by, primary.period) == (
        "Guatemalan officials",
        ("zaino", "arnson"),
        None,
    )


# --- Logs written before these rules ------------------------------------------------------------

LEGACY_REJECTION = e.DisputeResolved(
    dispute_id="d1",
    resolution="rejected",
    reason="Stands.",
    accepted_figure="d1",
    superseded_figures=None,
)


def test_an_old_rejection_that_accepted_a_competing_figure_folds_as_it_did():
    state = given(reported(), D1_COUNTER, LEGACY_REJECTION)

    assert state.status is ClaimStatus.REPORTED
    assert statuses(state) == [
        (PRIMARY_FIGURE, FigureStatus.REPORTED),
        ("d1", FigureStatus.CONFIRMED),
    ]
    assert state.value_figure == state.figure(PRIMARY_FIGURE)


def test_upholding_a_figure_an_old_rejection_confirmed_supersedes_nothing_else():
    state = given(
        reported(), D1_COUNTER, LEGACY_REJECTION, disputed("d2", by="un", counter_value=qty("25"))
    )
    command = c.ResolveDispute(
        dispute_id="d2", resolution="upheld", reason="30 it is.", accepted_figure="d1"
    )

    (event,) = when(state, command)

    assert event.superseded_figures == ()  # type: ignore[attr-defined]
    after = then(state, command)
    assert statuses(after) == [
        (PRIMARY_FIGURE, FigureStatus.REJECTED),
        ("d1", FigureStatus.CONFIRMED),
        ("d2", FigureStatus.REPORTED),
    ]
    assert after.value == qty("30")


def test_an_acceptance_event_supersedes_only_what_it_names():
    state = given(
        reported(), D1_COUNTER, ACCEPT_D1, disputed("d2", by="un", counter_value=qty("25"))
    )

    after = evolve(
        state,
        e.DisputeResolved(
            dispute_id="d2", resolution="upheld", reason="25.", accepted_figure="d2"
        ),  # superseded_figures=(): an event that supersedes nothing is taken at its word
    )

    assert statuses(after) == [
        (PRIMARY_FIGURE, FigureStatus.REJECTED),
        ("d1", FigureStatus.CONFIRMED),
        ("d2", FigureStatus.CONFIRMED),
    ]


def test_an_old_acceptance_of_a_figure_an_old_rejection_confirmed_keeps_it_confirmed():
    state = given(
        reported(),
        D1_COUNTER,
        LEGACY_REJECTION,
        disputed("d2"),
        e.DisputeResolved(
            dispute_id="d2",
            resolution="upheld",
            reason="30.",
            accepted_figure="d1",
            superseded_figures=None,
        ),
    )

    assert statuses(state) == [
        (PRIMARY_FIGURE, FigureStatus.REJECTED),
        ("d1", FigureStatus.CONFIRMED),
    ]
    assert state.value == qty("30")


def test_an_old_acceptance_supersedes_every_other_confirmed_figure_but_the_primary():
    state = given(
        reported(),
        e.ClaimConfirmed(),
        D1_COUNTER,
        disputed("d2", by="un", counter_value=qty("25")),
        LEGACY_REJECTION,
        e.DisputeResolved(
            dispute_id="d2",
            resolution="upheld",
            reason="25.",
            accepted_figure="d2",
            superseded_figures=None,
        ),
    )

    assert statuses(state) == [
        (PRIMARY_FIGURE, FigureStatus.REJECTED),
        ("d1", FigureStatus.SUPERSEDED),
        ("d2", FigureStatus.CONFIRMED),
    ]
