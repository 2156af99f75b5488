"""Claims that are propositions, recasting a figure claim as one, and what a claim reports about
itself: its attribution chain and its language."""

import pytest

from claims.core.domain import commands as c
from claims.core.domain import events as e
from claims.core.domain.claim import ClaimStatus, DisputeStatus, FigureStatus
from tests.domain.scenario import disputed, given, qty, refused, report, reported, story, then, when

KILLED = "One of Mexico's most wanted drug traffickers was killed in a shootout in Guatemala."


def proposition(**fields: object) -> e.ClaimReported:
    return reported(
        **{"claim_id": "killed", "statement": KILLED, "value": None, "period": None, **fields}
    )


# --- Reporting a proposition ----------------------------------------------------------------------


def test_reporting_a_proposition():
    command = report(**{"claim_id": "killed", "statement": KILLED, "value": None, "place": "Petén"})

    (event,) = when(None, command)

    assert event.value is None  # type: ignore[attr-defined]
    state = then(None, command)
    assert state.is_proposition
    assert state.value is None
    assert state.figures == ()
    assert state.value_figure is None


def test_a_proposition_cannot_feed_an_indicator():
    command = report(value=None, indicator="gt-homicide-rate")

    assert refused(None, command).field == "indicator"


@pytest.mark.parametrize(
    ("command", "field"),
    [
        (c.AddFigure(figure_id="f1", source="un", value=qty("1", "people")), "value"),
        (
            c.DisputeClaim(
                dispute_id="d1", reason="X.", by="gt-gov", counter_value=qty("0", "people")
            ),
            "counter_value",
        ),
        (c.CorrectClaim(reason="X.", value=qty("1", "people")), "value"),
        (c.RecastAsProposition(reason="Again."), "value"),
    ],
    ids=["add-figure", "counter-value", "correct-value", "recast"],
)
def test_commands_that_need_a_figure_are_refused_on_a_proposition(command, field):
    refusal = refused(given(proposition()), command)

    assert refusal.field == field
    assert "proposition" in refusal.message


def test_a_proposition_goes_through_its_lifecycle():
    state = story(
        report(**{"claim_id": "killed", "statement": KILLED, "value": None}),
        c.DisputeClaim(dispute_id="d1", reason="No body identified.", by="gt-gov"),
        c.CorrectClaim(reason="Place.", statement=KILLED.replace("Guatemala", "Petén")),
        c.ResolveDispute(resolution="upheld", reason="Unverified."),
        c.ConfirmClaim(reason="Identified."),
    )

    assert state.status is ClaimStatus.CONFIRMED
    assert state.value is None
    assert state.figures == ()


def test_a_proposition_accepts_no_figure_when_a_dispute_is_resolved():
    state = given(proposition(), disputed("d1"))
    command = c.ResolveDispute(resolution="rejected", reason="X.", accepted_figure="primary")

    assert refused(state, command).field == "accepted_figure"


# --- Recasting a figure claim as a proposition ----------------------------------------------------


def test_the_cartel_leader_report_is_recast_as_a_proposition_keeping_its_verdict():
    state = story(
        report(
            claim_id="trafficker-killed",
            statement=KILLED,
            value=qty("1", "people"),
            attributed_to="early-reports",
            period=None,
        ),
        c.DisputeClaim(dispute_id="d1", by="gt-gov", reason="No body identified."),
        c.RefuteClaim(by="gt-gov", reason="The trafficker had not been killed."),
    )
    command = c.RecastAsProposition(reason=" '1 people' stood for 'was killed'. ", by="editor")

    assert when(state, command) == [
        e.ClaimRecast(
            reason="'1 people' stood for 'was killed'.",
            old_value=qty("1", "people"),
            withdrawn_figures=("primary",),
            by="editor",
        )
    ]
    after = then(state, command)
    assert after.is_proposition
    assert after.status is ClaimStatus.REFUTED
    assert after.version == 4
    assert [(f.figure_id, f.status, f.value) for f in after.figures] == [
        ("primary", FigureStatus.WITHDRAWN, qty("1", "people"))
    ]
    assert [d.status for d in after.disputes] == [DisputeStatus.SUPERSEDED]
    reopened = then(after, c.ReopenClaim(dispute_id="r1", reason="A body was found."))
    assert (reopened.status, len(reopened.open_disputes)) == (ClaimStatus.DISPUTED, 1)


def test_recasting_withdraws_every_figure_and_leaves_the_indicator():
    state = given(
        reported(indicator="gt-share"),
        e.FigureAdded(figure_id="f1", source="un", value=qty("40")),
        disputed("d1", by="wilson", counter_value=qty("30")),
    )

    (event,) = when(state, c.RecastAsProposition(reason="A statement."))

    assert event.withdrawn_figures == ("primary", "f1", "d1")  # type: ignore[attr-defined]
    assert event.old_indicator == "gt-share"  # type: ignore[attr-defined]
    after = then(state, c.RecastAsProposition(reason="A statement."))
    assert after.indicator is None
    assert {f.status for f in after.figures} == {FigureStatus.WITHDRAWN}
    assert after.open_disputes == after.disputes  # the question stands, about the statement


def test_recasting_needs_a_reason():
    assert refused(given(reported()), c.RecastAsProposition(reason=" ")).field == "reason"


def test_a_recast_event_withdraws_only_the_figures_it_names():
    state = given(
        reported(),
        e.FigureAdded(figure_id="f1", source="un", value=qty("40")),
        e.ClaimRecast(reason="X.", old_value=qty("45"), withdrawn_figures=("f1",)),
    )

    assert [f.status for f in state.figures] == [FigureStatus.REPORTED, FigureStatus.WITHDRAWN]


# --- Attribution and language ---------------------------------------------------------------------


def test_a_claim_carries_its_attribution_chain_and_language():
    command = report(
        said_by=" Guatemalan officials ",
        relayed_by=(" wilson-zaino ", "wilson-arnson"),
        language=" ES ",
    )

    (event,) = when(None, command)

    assert (event.said_by, event.relayed_by, event.language) == (  # type: ignore[attr-defined]
        "Guatemalan officials",
        ("wilson-zaino", "wilson-arnson"),
        "es",
    )
    state = then(None, command)
    assert (state.said_by, state.relayed_by, state.language) == (
        "Guatemalan officials",
        ("wilson-zaino", "wilson-arnson"),
        "es",
    )


def test_a_claim_without_a_chain_or_language_has_none_and_english():
    state = given(reported())

    assert (state.said_by, state.relayed_by, state.language) == (None, (), "en")


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"relayed_by": ("gt-officials",)}, "relayed_by"),
        ({"relayed_by": ("wilson", "wilson")}, "relayed_by"),
        ({"relayed_by": ("",)}, "relayed_by"),
        ({"relayed_by": tuple(f"s{i}" for i in range(11))}, "relayed_by"),
        ({"relayed_by": "wilson"}, "relayed_by"),
        ({"relayed_by": None}, "relayed_by"),
        ({"said_by": "x" * 201}, "said_by"),
        ({"language": "fr"}, "language"),
        ({"language": ""}, "language"),
        ({"language": "english"}, "language"),
    ],
)
def test_a_bad_chain_or_language_is_refused(fields, field):
    assert refused(None, report(**fields)).field == field


def test_ten_relays_are_allowed():
    relays = tuple(f"s{i}" for i in range(10))

    assert then(None, report(relayed_by=list(relays))).relayed_by == relays
