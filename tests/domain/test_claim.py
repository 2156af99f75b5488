"""The Claim aggregate: given events -> when a command -> then events (or a refusal)."""

from decimal import Decimal

import pytest

from claims.core.domain import commands as c
from claims.core.domain import events as e
from claims.core.domain.claim import (
    PRIMARY_FIGURE,
    ClaimState,
    ClaimStatus,
    Dispute,
    DisputeStatus,
    Evidence,
    Figure,
    FigureStatus,
    decide,
    evolve,
    replay,
)
from claims.core.domain.errors import CommandRejected
from claims.core.domain.values import Document, Period, Qualifier
from tests.domain.scenario import (
    disputed,
    given,
    qty,
    refused,
    report,
    reported,
    story,
    then,
    when,
)

CONFIRMED = e.ClaimConfirmed(reason="Checked.")
REFUTED = e.ClaimRefuted(reason="Shown false.")
RETRACTED = e.ClaimRetracted(reason="Withdrawn.")
COUNTER = disputed("d1", by="wilson", counter_value=qty("30"))


# --- Report -------------------------------------------------------------------------------------


def test_reporting_a_claim():
    command = c.ReportClaim(
        claim_id=" claim-1 ",
        statement="  Organized crime plays a part in 45 percent of homicides. ",
        subject="Guatemala",
        value=qty("45"),
        attributed_to="gt-officials",
        indicator="",
        period=Period.from_data({"start": "2012-01-01", "end": "2012-12-31"}),
        place=" Guatemala ",
    )

    events = when(None, command)

    assert events == [reported(indicator=None, place="Guatemala")]
    state = then(None, command)
    assert state.version == 1
    assert state.status is ClaimStatus.REPORTED
    assert [(f.figure_id, f.source, f.value) for f in state.figures] == [
        (PRIMARY_FIGURE, "gt-officials", qty("45"))
    ]


def test_reporting_twice_is_refused():
    assert refused(given(reported()), report()).field == "claim_id"


@pytest.mark.parametrize("field", ["claim_id", "statement", "subject", "attributed_to"])
def test_reporting_without_a_required_text_is_refused(field):
    assert refused(None, report(**{field: "   "})).field == field


def test_reporting_text_with_a_nul_is_refused():
    assert refused(None, report(statement="Six\x00 killed.")).field == "statement"


ALL_OTHER_COMMANDS = [
    c.AddFigure(figure_id="f1", source="un", value=qty("40")),
    c.DisputeClaim(dispute_id="d1", reason="Contested."),
    c.ResolveDispute(resolution="rejected", reason="Stands."),
    c.ConfirmClaim(),
    c.CorrectClaim(reason="Typo.", value=qty("40")),
    c.RefuteClaim(reason="False."),
    c.RetractClaim(reason="Withdrawn."),
    c.ReopenClaim(dispute_id="d2", reason="New evidence."),
    c.RecastAsProposition(reason="Not a figure."),
    c.AttachEvidence(evidence_id="v1", url="https://example.org"),
    c.AssignReview(assignee="editor"),
    c.AddNote(text="Look again."),
]


@pytest.mark.parametrize("command", ALL_OTHER_COMMANDS, ids=lambda cmd: type(cmd).__name__)
def test_any_command_on_a_missing_claim_is_refused(command):
    refusal = refused(None, command)

    assert refusal.field is None
    assert refusal.message == "No such claim."


@pytest.mark.parametrize(
    "command",
    [c.RegisterSource(source_id="un", name="UN", kind="organization"), c.UpdateSource(name="UN")],
    ids=lambda cmd: type(cmd).__name__,
)
def test_a_source_command_does_not_apply_to_a_claim(command):
    refused(given(reported()), command)


# --- Dispute ------------------------------------------------------------------------------------


def test_disputing_a_reported_claim():
    state = given(reported())

    events = when(state, c.DisputeClaim(dispute_id="d1", reason=" Contested. ", by="wilson"))

    assert events == [e.ClaimDisputed(dispute_id="d1", reason="Contested.", by="wilson")]
    after = then(state, c.DisputeClaim(dispute_id="d1", reason="Contested.", by="wilson"))
    assert after.status is ClaimStatus.DISPUTED
    assert [d.dispute_id for d in after.open_disputes] == ["d1"]
    assert after.dispute("d1").opened_in_version == 2  # type: ignore[union-attr]


def test_a_counter_value_becomes_a_competing_figure_named_after_the_dispute():
    state = given(reported(value=qty("45")))

    after = then(
        state,
        c.DisputeClaim(
            dispute_id="d1", reason="Lower.", by="wilson", counter_value=qty("30", "Percent")
        ),
    )

    counter = after.figure("d1")
    assert counter is not None
    assert (counter.source, counter.value, counter.status) == (
        "wilson",
        qty("30", "Percent"),
        FigureStatus.REPORTED,
    )
    assert after.value == qty("45")


@pytest.mark.parametrize("reason", ["", "   ", "\n\t"])
@pytest.mark.parametrize(
    "make",
    [
        lambda r: c.DisputeClaim(dispute_id="d9", reason=r),
        lambda r: c.CorrectClaim(reason=r, value=qty("40")),
        lambda r: c.RefuteClaim(reason=r),
        lambda r: c.RetractClaim(reason=r),
        lambda r: c.ResolveDispute(resolution="rejected", reason=r),
    ],
    ids=["dispute", "correct", "refute", "retract", "resolve"],
)
def test_a_reason_is_required(make, reason):
    state = given(reported(), disputed("d1"))

    assert refused(state, make(reason)).field == "reason"


def test_a_counter_value_needs_the_source_that_gives_it():
    command = c.DisputeClaim(dispute_id="d1", reason="Lower.", counter_value=qty("30"))

    assert refused(given(reported()), command).field == "by"


def test_a_counter_value_must_be_in_the_claims_unit():
    command = c.DisputeClaim(
        dispute_id="d1", reason="Lower.", by="wilson", counter_value=qty("30", "people")
    )

    assert refused(given(reported()), command).field == "counter_value"


@pytest.mark.parametrize("dispute_id", ["d1", PRIMARY_FIGURE, ""])
def test_a_dispute_needs_a_new_id(dispute_id):
    state = given(reported(), disputed("d1"))

    assert refused(state, c.DisputeClaim(dispute_id=dispute_id, reason="X.")).field == "dispute_id"


def test_dispute_evidence_must_be_a_web_address():
    command = c.DisputeClaim(dispute_id="d1", reason="X.", evidence="file:///etc/passwd")

    assert refused(given(reported()), command).field == "evidence"


def test_a_second_dispute_keeps_the_status_from_before_the_first():
    state = given(reported(), CONFIRMED, disputed("d1"), disputed("d2"))

    assert state.status is ClaimStatus.DISPUTED
    assert state.status_before_dispute is ClaimStatus.CONFIRMED


# --- Resolve ------------------------------------------------------------------------------------


def test_upholding_a_dispute_with_its_figure_corrects_the_claim():
    state = given(reported(value=qty("45")), COUNTER)
    command = c.ResolveDispute(resolution="upheld", reason="Right.", accepted_figure="d1")

    assert when(state, command) == [
        e.DisputeResolved(
            dispute_id="d1", resolution="upheld", reason="Right.", accepted_figure="d1"
        )
    ]
    after = then(state, command)
    assert after.status is ClaimStatus.CORRECTED
    assert after.value == qty("30")
    assert after.figure(PRIMARY_FIGURE).status is FigureStatus.REJECTED  # type: ignore[union-attr]
    assert after.figure("d1").status is FigureStatus.CONFIRMED  # type: ignore[union-attr]
    assert after.dispute("d1").status is DisputeStatus.UPHELD  # type: ignore[union-attr]
    assert after.open_disputes == ()


def test_upholding_a_dispute_without_a_figure_leaves_the_claim_disputed():
    state = given(reported(value=qty("45")), COUNTER)

    after = then(state, c.ResolveDispute(resolution="upheld", reason="Cannot be verified."))

    assert after.status is ClaimStatus.DISPUTED
    assert after.open_disputes == ()
    assert after.value == qty("45")


@pytest.mark.parametrize(
    ("history", "status"),
    [
        ((), ClaimStatus.REPORTED),
        ((CONFIRMED,), ClaimStatus.CONFIRMED),
        ((e.ClaimCorrected(reason="Typo.", new_statement="New."),), ClaimStatus.CORRECTED),
    ],
)
def test_rejecting_a_dispute_returns_to_the_previous_status(history, status):
    state = given(reported(), *history, disputed("d1"))

    after = then(state, c.ResolveDispute(resolution="rejected", reason="The claim stands."))

    assert after.status is status
    assert after.dispute("d1").status is DisputeStatus.REJECTED  # type: ignore[union-attr]


def test_rejecting_a_dispute_by_accepting_the_primary_figure_confirms_the_claim():
    state = given(reported(), COUNTER)
    command = c.ResolveDispute(
        resolution="rejected", reason="Checked.", accepted_figure=PRIMARY_FIGURE
    )

    after = then(state, command)

    assert after.status is ClaimStatus.CONFIRMED
    assert after.figure(PRIMARY_FIGURE).status is FigureStatus.CONFIRMED  # type: ignore[union-attr]
    assert after.value == qty("45")


def test_resolving_one_of_several_disputes_keeps_the_claim_disputed():
    state = given(reported(), disputed("d1"), disputed("d2"))

    after = then(state, c.ResolveDispute(dispute_id="d2", resolution="rejected", reason="No."))

    assert after.status is ClaimStatus.DISPUTED
    assert [d.dispute_id for d in after.open_disputes] == ["d1"]


def test_resolving_with_no_open_dispute_is_refused():
    command = c.ResolveDispute(resolution="rejected", reason="X.")

    assert refused(given(reported()), command).field == "dispute"


@pytest.mark.parametrize("dispute_id", ["d1", "nope"])
def test_resolving_a_dispute_that_is_not_open_is_refused(dispute_id):
    state = given(
        reported(),
        disputed("d1"),
        e.DisputeResolved(dispute_id="d1", resolution="rejected", reason="No."),
        disputed("d2"),
    )
    command = c.ResolveDispute(dispute_id=dispute_id, resolution="rejected", reason="X.")

    assert refused(state, command).field == "dispute"


def test_resolving_without_naming_one_of_several_open_disputes_is_refused():
    state = given(reported(), disputed("d1"), disputed("d2"))

    assert refused(state, c.ResolveDispute(resolution="upheld", reason="X.")).field == "dispute"


@pytest.mark.parametrize("resolution", ["", "Upheld", "accepted", "open"])
def test_a_resolution_is_upheld_or_rejected(resolution):
    state = given(reported(), disputed("d1"))

    assert refused(state, c.ResolveDispute(resolution=resolution, reason="X.")).field == (
        "resolution"
    )


@pytest.mark.parametrize(
    ("history", "resolution", "accepted"),
    [
        ((), "upheld", "nope"),
        ((), "upheld", PRIMARY_FIGURE),
        (
            (
                e.DisputeResolved(
                    dispute_id="d1", resolution="upheld", reason="X.", accepted_figure="d1"
                ),
            ),
            "rejected",
            PRIMARY_FIGURE,
        ),
    ],
    ids=["unknown", "upholding-accepts-the-disputed-figure", "rejected-figure"],
)
def test_an_accepted_figure_must_be_acceptable(history, resolution, accepted):
    state = given(reported(), COUNTER, *history, disputed("d2"))
    command = c.ResolveDispute(
        dispute_id="d2", resolution=resolution, reason="X.", accepted_figure=accepted
    )

    assert refused(state, command).field == "accepted_figure"


def test_an_empty_accepted_figure_means_none():
    state = given(reported(), COUNTER)

    events = when(state, c.ResolveDispute(resolution="upheld", reason="X.", accepted_figure=""))

    assert events[0].accepted_figure is None  # type: ignore[attr-defined]


# --- Confirm ------------------------------------------------------------------------------------


def test_confirming_a_reported_claim():
    state = given(reported())
    command = c.ConfirmClaim(reason="Matches UN statistics.", by="un", evidence="https://un.org")

    assert when(state, command) == [
        e.ClaimConfirmed(reason="Matches UN statistics.", by="un", evidence="https://un.org")
    ]
    after = then(state, command)
    assert after.status is ClaimStatus.CONFIRMED
    assert after.figure(PRIMARY_FIGURE).status is FigureStatus.CONFIRMED  # type: ignore[union-attr]


@pytest.mark.parametrize("final", [REFUTED, RETRACTED], ids=["refuted", "retracted"])
def test_a_refuted_or_retracted_claim_cannot_be_confirmed(final):
    assert refused(given(reported(), final), c.ConfirmClaim()).field == "status"


def test_confirming_a_claim_with_an_open_dispute_needs_a_reason():
    refusal = refused(given(reported(), disputed("d1")), c.ConfirmClaim(reason="  "))

    assert refusal.field == "reason"


def test_a_confirmed_claim_cannot_be_confirmed_again():
    assert refused(given(reported(), CONFIRMED), c.ConfirmClaim()).field == "status"


def test_a_claim_settled_as_disputed_can_be_confirmed_later():
    state = given(
        reported(),
        disputed("d1"),
        e.DisputeResolved(dispute_id="d1", resolution="upheld", reason="Stands for now."),
    )

    assert then(state, c.ConfirmClaim(reason="New data.")).status is ClaimStatus.CONFIRMED


def test_confirming_a_claim_an_upheld_dispute_stands_against_needs_a_reason():
    """No dispute is open, but one was upheld against the claim: a bare confirmation would
    leave the page saying 'confirmed' beside the reason it was found unsupported."""
    state = given(
        reported(),
        disputed("d1"),
        e.DisputeResolved(dispute_id="d1", resolution="upheld", reason="Not supported."),
    )
    assert state.status is ClaimStatus.DISPUTED
    assert not state.open_disputes
    assert refused(state, c.ConfirmClaim()).field == "reason"


# --- Correct ------------------------------------------------------------------------------------


def test_correcting_the_value():
    state = given(reported(value=qty("45")), CONFIRMED)
    command = c.CorrectClaim(reason="Typo.", value=qty("40"), by="editor")

    assert when(state, command) == [
        e.ClaimCorrected(reason="Typo.", old_value=qty("45"), new_value=qty("40"), by="editor")
    ]
    after = then(state, command)
    assert after.status is ClaimStatus.CORRECTED
    assert after.value == qty("40")
    primary = after.figure(PRIMARY_FIGURE)
    assert primary is not None
    assert (primary.value, primary.status) == (qty("40"), FigureStatus.REPORTED)


def test_correcting_the_statement():
    state = given(reported(statement="Old."))

    events = when(state, c.CorrectClaim(reason="Wording.", statement=" New. "))

    assert events == [
        e.ClaimCorrected(reason="Wording.", old_statement="Old.", new_statement="New.")
    ]
    assert replay(events, state).statement == "New."  # type: ignore[union-attr]


def test_correcting_both_value_and_statement():
    state = given(reported(statement="Old.", value=qty("45")))

    events = when(state, c.CorrectClaim(reason="Both.", statement="New.", value=qty("40")))

    assert events == [
        e.ClaimCorrected(
            reason="Both.",
            old_value=qty("45"),
            new_value=qty("40"),
            old_statement="Old.",
            new_statement="New.",
        )
    ]


def test_a_correction_records_only_what_changed():
    state = given(reported(statement="Old.", value=qty("45")))

    events = when(
        state, c.CorrectClaim(reason="X.", statement="Old.", value=qty("45.0", "percent", "up_to"))
    )

    assert events == [
        e.ClaimCorrected(reason="X.", old_value=qty("45"), new_value=qty("45", qualifier="up_to"))
    ]


@pytest.mark.parametrize(
    "command",
    [
        c.CorrectClaim(reason="Nothing."),
        c.CorrectClaim(reason="Same.", value=qty("45.00")),
        c.CorrectClaim(reason="Same.", statement="  Old. "),
        c.CorrectClaim(reason="Blank.", statement="   "),
    ],
    ids=["nothing", "same-value", "same-statement", "blank-statement"],
)
def test_a_correction_that_changes_nothing_is_refused(command):
    state = given(reported(statement="Old.", value=qty("45")))

    assert refused(state, command).field is None


@pytest.mark.parametrize("final", [REFUTED, RETRACTED], ids=["refuted", "retracted"])
def test_a_refuted_or_retracted_claim_cannot_be_corrected(final):
    command = c.CorrectClaim(reason="X.", value=qty("40"))

    assert refused(given(reported(), final), command).field == "status"


# --- Refute and retract -------------------------------------------------------------------------


def test_refuting_a_claim():
    state = given(reported())
    command = c.RefuteClaim(reason="False.", by="gt-gov", evidence="https://example.org/x")

    assert when(state, command) == [
        e.ClaimRefuted(reason="False.", by="gt-gov", evidence="https://example.org/x")
    ]
    assert then(state, command).status is ClaimStatus.REFUTED


def test_retracting_a_claim():
    state = given(reported(), CONFIRMED)
    command = c.RetractClaim(reason="Withdrawn by its source.", by="gt-officials")

    assert when(state, command) == [
        e.ClaimRetracted(reason="Withdrawn by its source.", by="gt-officials")
    ]
    assert then(state, command).status is ClaimStatus.RETRACTED


def test_a_claim_is_retracted_by_its_own_source_or_one_that_relayed_it():
    """Another source's word against a claim is a refutation: a retraction 'by' it had the
    claim's own source debited with a withdrawal it never made."""
    state = given(reported(relayed_by=("wpr",)))
    assert refused(state, c.RetractClaim(reason="They withdrew it.", by="un")).field == "by"
    (event,) = when(state, c.RetractClaim(reason="The outlet withdrew its story.", by="wpr"))
    assert event == e.ClaimRetracted(reason="The outlet withdrew its story.", by="wpr")
    assert when(state, c.RetractClaim(reason="Withdrawn.")) == [
        e.ClaimRetracted(reason="Withdrawn.")
    ]


@pytest.mark.parametrize("final", [REFUTED, RETRACTED], ids=["refuted", "retracted"])
@pytest.mark.parametrize(
    "command",
    [
        c.RefuteClaim(reason="Again."),
        c.RetractClaim(reason="Again."),
        c.DisputeClaim(dispute_id="d9", reason="Again."),
        c.AddFigure(figure_id="f9", source="un", value=qty("1")),
    ],
    ids=lambda cmd: type(cmd).__name__,
)
def test_a_refuted_or_retracted_claim_stays_so(final, command):
    assert refused(given(reported(), final), command).field == "status"


# --- Figures, evidence, review, notes -------------------------------------------------------------


def test_adding_a_competing_figure():
    state = given(reported(value=qty("45")))
    command = c.AddFigure(
        figure_id="f1",
        source="insight-crime",
        value=qty("40", "PERCENT", "approximately"),
        reported_in=Document(url="https://insightcrime.org", publisher="insight-crime"),
    )

    after = then(state, command)

    figure = after.figure("f1")
    assert figure is not None
    assert (figure.source, figure.status, figure.added_in_version) == (
        "insight-crime",
        FigureStatus.REPORTED,
        2,
    )
    assert after.value == qty("45")
    assert after.status is ClaimStatus.REPORTED


@pytest.mark.parametrize(
    ("command", "field"),
    [
        (c.AddFigure(figure_id="f1", source="un", value=qty("40", "people")), "value"),
        (c.AddFigure(figure_id=PRIMARY_FIGURE, source="un", value=qty("40")), "figure_id"),
        (c.AddFigure(figure_id="", source="un", value=qty("40")), "figure_id"),
        (c.AddFigure(figure_id="f2", source=" ", value=qty("40")), "source"),
    ],
)
def test_adding_a_figure_is_refused(command, field):
    assert refused(given(reported()), command).field == field


def test_attaching_evidence():
    state = given(reported())
    command = c.AttachEvidence(
        evidence_id="v1", url=" https://example.org/report.pdf ", title="Report", kind="pdf"
    )

    assert when(state, command) == [
        e.EvidenceAttached(
            evidence_id="v1", url="https://example.org/report.pdf", title="Report", kind="pdf"
        )
    ]
    assert [v.evidence_id for v in then(state, command).evidence] == ["v1"]


@pytest.mark.parametrize(
    ("command", "field"),
    [
        (c.AttachEvidence(evidence_id="v2", url=""), "url"),
        (c.AttachEvidence(evidence_id="v2", url="javascript:alert(1)"), "url"),
        (c.AttachEvidence(evidence_id="v2", url="example.org"), "url"),
        (c.AttachEvidence(evidence_id="v1", url="https://example.org/other"), "evidence_id"),
        (c.AttachEvidence(evidence_id="v2", url=" https://example.org "), "url"),  # attached
    ],
)
def test_attaching_evidence_is_refused(command, field):
    state = given(reported(), e.EvidenceAttached(evidence_id="v1", url="https://example.org"))

    assert refused(state, command).field == field


def test_evidence_can_still_be_attached_to_a_refuted_claim():
    state = given(reported(), REFUTED)

    after = then(state, c.AttachEvidence(evidence_id="v1", url="https://example.org"))

    assert after.status is ClaimStatus.REFUTED


def test_assigning_and_reassigning_a_review():
    state = given(reported())

    assert when(state, c.AssignReview(assignee=" ana ")) == [
        e.ReviewAssigned(assignee="ana", previous=None)
    ]
    state = then(state, c.AssignReview(assignee="ana"))
    assert when(state, c.AssignReview(assignee="ben")) == [
        e.ReviewAssigned(assignee="ben", previous="ana")
    ]
    assert then(state, c.AssignReview(assignee="ben")).assignee == "ben"


@pytest.mark.parametrize(
    ("assignee", "field"), [("ana", "assignee"), (" ana ", "assignee"), ("", "assignee")]
)
def test_assigning_the_same_or_no_reviewer_is_refused(assignee, field):
    state = given(reported(), e.ReviewAssigned(assignee="ana"))

    assert refused(state, c.AssignReview(assignee=assignee)).field == field


def test_adding_notes():
    state = given(reported())

    assert when(state, c.AddNote(text=" Check the 2012 report. ")) == [
        e.NoteAdded(text="Check the 2012 report.")
    ]
    state = then(then(state, c.AddNote(text="One.")), c.AddNote(text="Two."))
    assert state.notes == 2
    assert state.version == 3


def test_an_empty_note_is_refused():
    assert refused(given(reported()), c.AddNote(text=" ")).field == "text"


# --- Evolve -------------------------------------------------------------------------------------


def test_the_version_counts_the_events():
    state = given(reported(), disputed("d1"), e.NoteAdded(text="x"), e.ReviewAssigned(assignee="a"))

    assert state.version == 4


# One event of every type after ClaimReported, each with the history it needs.
EVERY_LATER_EVENT: list[tuple[tuple[e.Event, ...], e.Event]] = [
    ((), e.FigureAdded(figure_id="f1", source="un", value=qty("40"))),
    ((), disputed("d1")),
    ((disputed("d1"),), e.DisputeResolved(dispute_id="d1", resolution="rejected", reason="No.")),
    ((), CONFIRMED),
    ((), e.ClaimCorrected(reason="Typo.", old_value=qty("45"), new_value=qty("40"))),
    ((), REFUTED),
    ((), RETRACTED),
    ((REFUTED,), e.ClaimReopened(dispute_id="d9", reason="New.", verdict="refuted")),
    ((), e.ClaimRecast(reason="A statement.", old_value=qty("45"), withdrawn_figures=("primary",))),
    ((), e.EvidenceAttached(evidence_id="v1", url="https://example.org")),
    ((), e.ReviewAssigned(assignee="ana")),
    ((), e.NoteAdded(text="x")),
]


def test_every_later_event_type_is_listed_here():
    listed = {type(event) for _, event in EVERY_LATER_EVENT}

    assert listed == set(e.CLAIM_EVENTS) - {e.ClaimReported}


@pytest.mark.parametrize(
    ("history", "event"), EVERY_LATER_EVENT, ids=lambda x: getattr(x, "event_type", "")
)
def test_every_event_adds_one_to_the_version_and_keeps_the_claim_id(history, event):
    before = given(reported(), *history)

    after = evolve(before, event)

    assert after.version == before.version + 1
    assert after.claim_id == before.claim_id == "claim-1"
    assert (after.subject, after.attributed_to, after.period) == (
        before.subject,
        before.attributed_to,
        before.period,
    )


def test_evolve_needs_a_report_first():
    with pytest.raises(ValueError, match="before ClaimReported"):
        evolve(None, e.NoteAdded(text="x"))


def test_evolve_refuses_a_source_event():
    with pytest.raises(ValueError, match="cannot apply"):
        evolve(given(reported()), e.SourceUpdated(name="UN"))


def test_decide_never_both_refuses_and_emits():
    state = given(reported())
    with pytest.raises(CommandRejected):
        decide(state, c.DisputeClaim(dispute_id="d1", reason="X.", counter_value=qty("1")))
    assert state == given(reported())


# --- The demo stories -----------------------------------------------------------------------------


def test_demo_up_to_45_percent_disputed_by_the_wilson_center():
    state = story(
        report(
            claim_id="organized-crime-share",
            statement="Organized crime plays a part in as many as 45 percent of homicides.",
            value=qty("45", "percent", "up to"),
            attributed_to="gt-officials",
        ),
        c.DisputeClaim(
            dispute_id="d1",
            by="wilson",
            reason="Investigative capacity is weak; the share cannot be verified.",
        ),
    )

    assert state.status is ClaimStatus.DISPUTED
    assert state.value is not None
    assert state.value.qualifier is Qualifier.UP_TO
    assert state.value.lower is None
    assert state.value.upper is not None
    assert (state.value.upper.value, state.value.upper.inclusive) == (Decimal("45"), True)
    assert state.value.allows(Decimal("30"))
    assert not state.value.allows(Decimal("46"))
    assert [(d.by, d.status) for d in state.disputes] == [("wilson", DisputeStatus.OPEN)]
    assert refused(state, c.ConfirmClaim()).field == "reason"


def test_demo_cartel_leader_killed_disputed_then_refuted():
    state = story(
        report(
            claim_id="trafficker-killed",
            statement="One of Mexico's most wanted drug traffickers was killed in Guatemala.",
            value=qty("1", "people"),
            attributed_to="early-reports",
            place="Petén, Guatemala",
        ),
        c.DisputeClaim(dispute_id="d1", by="gt-gov", reason="No body identified."),
        c.RefuteClaim(by="gt-gov", reason="The trafficker had not been killed."),
    )

    assert state.status is ClaimStatus.REFUTED
    assert state.version == 3
    assert state.open_disputes == ()
    assert [(d.status, d.resolution_reason) for d in state.disputes] == [
        (DisputeStatus.SUPERSEDED, "The trafficker had not been killed.")
    ]
    assert refused(state, c.ConfirmClaim(reason="Sure?")).field == "status"
    resolve = c.ResolveDispute(resolution="rejected", reason="The report stands.")
    assert refused(state, resolve).field == "status"
    assert refused(state, c.CorrectClaim(reason="X.", value=qty("2", "people"))).field == "status"


# --- Evolve keeps everything the events say -----------------------------------------------------


def test_a_claims_state_holds_everything_its_events_said():
    wpr = Document(url="https://wpr.example/x", publisher="wpr", title="Interview")
    h1 = Period.from_data({"start": "2012-01-01", "end": "2012-06-30"})
    events = [
        reported(
            indicator="gt-share",
            place="Guatemala",
            reported_in=wpr,
            note="From an interview.",
            said_by="Guatemalan officials",
            relayed_by=("zaino",),
            language="es",
        ),
        e.FigureAdded(
            figure_id="f1",
            source="un",
            value=qty("40"),
            reported_in=wpr,
            reason="UN data.",
            said_by="UNODC",
            relayed_by=("wilson",),
            period=h1,
        ),
        disputed("d1", by="wilson", counter_value=qty("30"), evidence="https://e.org/d"),
        e.EvidenceAttached(
            evidence_id="v1", url="https://e.org/r", title="Report", kind="pdf", note="p. 3"
        ),
        e.ReviewAssigned(assignee="ana"),
        e.NoteAdded(text="Check."),
    ]

    state = given(*events)

    assert state == ClaimState(
        claim_id="claim-1",
        version=6,
        status=ClaimStatus.DISPUTED,
        statement=reported().statement,
        subject="Guatemala",
        value=qty("45"),
        attributed_to="gt-officials",
        indicator="gt-share",
        period=reported().period,
        place="Guatemala",
        reported_in=wpr,
        note="From an interview.",
        figures=(
            Figure(
                figure_id=PRIMARY_FIGURE,
                source="gt-officials",
                value=qty("45"),
                reported_in=wpr,
                said_by="Guatemalan officials",
                relayed_by=("zaino",),
            ),
            Figure(
                figure_id="f1",
                source="un",
                value=qty("40"),
                reported_in=wpr,
                reason="UN data.",
                added_in_version=2,
                said_by="UNODC",
                relayed_by=("wilson",),
                period=h1,
            ),
            Figure(
                figure_id="d1",
                source="wilson",
                value=qty("30"),
                reason="Contested.",
                added_in_version=3,
            ),
        ),
        disputes=(
            Dispute(
                dispute_id="d1",
                reason="Contested.",
                by="wilson",
                counter_value=qty("30"),
                evidence="https://e.org/d",
                opened_in_version=3,
            ),
        ),
        evidence=(
            Evidence(
                evidence_id="v1",
                url="https://e.org/r",
                title="Report",
                kind="pdf",
                note="p. 3",
                added_in_version=4,
            ),
        ),
        assignee="ana",
        status_before_dispute=ClaimStatus.REPORTED,
        notes=1,
        said_by="Guatemalan officials",
        relayed_by=("zaino",),
        language="es",
        reported_statement=reported().statement,
        reported_value=qty("45"),
    )
    assert report(reported_in=wpr, indicator="gt-share").reported_in == wpr
    (event,) = when(None, report(reported_in=wpr, indicator="gt-share"))
    assert (event.reported_in, event.indicator) == (wpr, "gt-share")  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "url", ["ftp://example.org/x", "javascript:alert(1)", "https://e.org/" + "p" * 2000]
)
def test_where_a_claim_or_figure_was_reported_is_an_http_link(url):
    document = Document(url=url, publisher="wpr")

    assert refused(None, report(reported_in=document)).field == "reported_in"
    figure = c.AddFigure(figure_id="f1", source="un", value=qty("40"), reported_in=document)
    assert refused(given(reported()), figure).field == "reported_in"


def test_a_publication_may_be_named_without_a_link():
    document = Document(publisher="wpr", title="Interview")

    (event,) = when(None, report(reported_in=document))
    assert event.reported_in == document  # type: ignore[attr-defined]
    state = then(None, report(reported_in=Document(url="http://wpr.example/x")))
    assert state.reported_in == Document(url="http://wpr.example/x")


def test_a_value_correction_keeps_the_statement_and_a_wording_one_the_value():
    state = given(reported(statement="Old.", value=qty("45")))

    assert then(state, c.CorrectClaim(reason="R.", value=qty("40"))).statement == "Old."
    assert then(state, c.CorrectClaim(reason="R.", statement="New.")).value == qty("45")


def test_confirming_needs_no_reason_when_no_dispute_is_open():
    (event,) = when(given(reported()), c.ConfirmClaim(evidence="http://e.org/x"))

    assert event == e.ClaimConfirmed(evidence="http://e.org/x")


def test_a_resolution_without_a_figure_supersedes_none():
    state = given(reported(), disputed("d1"))

    assert when(state, c.ResolveDispute(resolution="upheld", reason="Stands.")) == [
        e.DisputeResolved(dispute_id="d1", resolution="upheld", reason="Stands.")
    ]


def test_a_rejected_dispute_after_a_correction_keeps_the_claim_corrected():
    """With a second dispute still open, rejecting the first used to put a corrected claim back
    to disputed."""
    state = given(
        reported(value=qty("45")),
        disputed("d1"),
        disputed("d2"),
        e.ClaimCorrected(reason="Typo.", old_value=qty("45"), new_value=qty("40")),
    )
    assert state.status is ClaimStatus.CORRECTED

    after = then(state, c.ResolveDispute(dispute_id="d1", resolution="rejected", reason="No."))

    assert after.status is ClaimStatus.CORRECTED
    assert [d.dispute_id for d in after.open_disputes] == ["d2"]
