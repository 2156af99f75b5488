"""Verdicts close the open disputes; a verdict can be reopened when new evidence arrives."""

from dataclasses import replace

import pytest

from claims.core.domain import commands as c
from claims.core.domain import events as e
from claims.core.domain.claim import ClaimStatus, DisputeStatus, Evidence, FigureStatus, evolve
from tests.domain.scenario import disputed, given, qty, refused, reported, then, when

CONFIRMED = e.ClaimConfirmed(reason="Checked.")
REFUTED = e.ClaimRefuted(reason="Shown false.")
RETRACTED = e.ClaimRetracted(reason="Withdrawn.")
RESOLVED_D1 = e.DisputeResolved(dispute_id="d1", resolution="rejected", reason="No.")

# --- Verdicts close the open disputes -------------------------------------------------------------

VERDICTS = [
    (
        c.RefuteClaim(reason=" He was alive. ", by="gt-gov"),
        e.ClaimRefuted(reason="He was alive.", by="gt-gov", superseded_disputes=("d2", "d3")),
        ClaimStatus.REFUTED,
    ),
    (
        c.RetractClaim(reason="Withdrawn by its source."),
        e.ClaimRetracted(reason="Withdrawn by its source.", superseded_disputes=("d2", "d3")),
        ClaimStatus.RETRACTED,
    ),
    (
        c.ConfirmClaim(reason="The death certificate.", evidence="https://example.org/c"),
        e.ClaimConfirmed(
            reason="The death certificate.",
            evidence="https://example.org/c",
            superseded_disputes=("d2", "d3"),
        ),
        ClaimStatus.CONFIRMED,
    ),
]


@pytest.mark.parametrize(
    ("command", "event", "status"), VERDICTS, ids=["refute", "retract", "confirm"]
)
def test_a_verdict_supersedes_every_open_dispute_with_its_reason(command, event, status):
    state = given(reported(), disputed("d1"), RESOLVED_D1, disputed("d2"), disputed("d3"))

    assert when(state, command) == [event]
    after = then(state, command)
    assert after.status is status
    assert after.open_disputes == ()
    assert [
        (d.dispute_id, d.status, d.resolution_reason, d.resolved_in_version) for d in after.disputes
    ] == [
        ("d1", DisputeStatus.REJECTED, "No.", 3),
        ("d2", DisputeStatus.SUPERSEDED, event.reason, 6),
        ("d3", DisputeStatus.SUPERSEDED, event.reason, 6),
    ]


@pytest.mark.parametrize(
    ("command", "event", "status"), VERDICTS, ids=["refute", "retract", "confirm"]
)
def test_a_verdict_without_open_disputes_supersedes_none(command, event, status):
    state = given(reported())

    (got,) = when(state, command)

    assert got.superseded_disputes == ()  # type: ignore[attr-defined]
    assert then(state, command).status is status


def test_a_verdict_event_closes_only_the_disputes_it_names():
    state = given(reported(), disputed("d1"), disputed("d2"))

    after = evolve(state, e.ClaimRefuted(reason="False.", superseded_disputes=("d2",)))

    assert [d.status for d in after.disputes] == [DisputeStatus.OPEN, DisputeStatus.SUPERSEDED]


def test_a_confirmation_event_closes_only_the_disputes_it_names():
    state = given(reported(), disputed("d1"), disputed("d2"))

    after = evolve(state, e.ClaimConfirmed(reason="Checked.", superseded_disputes=("d1",)))

    assert [(d.status, d.resolution_reason) for d in after.disputes] == [
        (DisputeStatus.SUPERSEDED, "Checked."),
        (DisputeStatus.OPEN, ""),
    ]


def test_a_verdict_event_that_did_not_record_its_list_closes_every_open_one():
    state = given(reported(), disputed("d1"), RESOLVED_D1, disputed("d2"))

    after = evolve(state, e.ClaimRetracted(reason="Gone.", superseded_disputes=None))

    assert [(d.status, d.resolution_reason) for d in after.disputes] == [
        (DisputeStatus.REJECTED, "No."),
        (DisputeStatus.SUPERSEDED, "Gone."),
    ]


def test_confirming_over_a_counter_figure_confirms_the_claims_own_figure_only():
    state = given(reported(), disputed("d1", by="wilson", counter_value=qty("30")))

    after = then(state, c.ConfirmClaim(reason="The register says 45."))

    assert [(f.figure_id, f.status) for f in after.figures] == [
        ("primary", FigureStatus.CONFIRMED),
        ("d1", FigureStatus.REPORTED),
    ]
    assert after.value == qty("45")


# --- Reopen ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("verdict", "status"),
    [
        (REFUTED, ClaimStatus.REFUTED),
        (RETRACTED, ClaimStatus.RETRACTED),
        (CONFIRMED, ClaimStatus.CONFIRMED),
    ],
    ids=["refuted", "retracted", "confirmed"],
)
def test_reopening_a_verdict_opens_a_dispute_with_the_reason(verdict, status):
    state = given(reported(), disputed("d1"), replace(verdict, superseded_disputes=("d1",)))
    command = c.ReopenClaim(
        dispute_id=" r1 ",
        reason=" The body was identified. ",
        by="gt-gov",
        evidence="https://example.org/id",
    )

    assert when(state, command) == [
        e.ClaimReopened(
            dispute_id="r1",
            reason="The body was identified.",
            verdict=status.value,
            by="gt-gov",
            evidence="https://example.org/id",
        )
    ]
    after = then(state, command)
    assert after.status is ClaimStatus.DISPUTED
    assert after.status_before_dispute is status
    assert [(d.dispute_id, d.reason, d.by, d.status) for d in after.open_disputes] == [
        ("r1", "The body was identified.", "gt-gov", DisputeStatus.OPEN)
    ]
    assert after.dispute("r1").opened_in_version == 4  # type: ignore[union-attr]
    assert after.dispute("r1").evidence == "https://example.org/id"  # type: ignore[union-attr]
    assert after.version == 4


@pytest.mark.parametrize(
    "history",
    [(), (disputed("d1"),), (e.ClaimCorrected(reason="T.", new_statement="New."),)],
    ids=["reported", "disputed", "corrected"],
)
def test_only_a_verdict_can_be_reopened(history):
    state = given(reported(), *history)

    refusal = refused(state, c.ReopenClaim(dispute_id="r1", reason="Again."))

    assert refusal.field == "status"
    assert state.status.value in refusal.message


@pytest.mark.parametrize(
    ("command", "field"),
    [
        (c.ReopenClaim(dispute_id="d1", reason="Again."), "dispute_id"),
        (c.ReopenClaim(dispute_id="primary", reason="Again."), "dispute_id"),
        (c.ReopenClaim(dispute_id="", reason="Again."), "dispute_id"),
        (c.ReopenClaim(dispute_id="r1", reason="  "), "reason"),
        (c.ReopenClaim(dispute_id="r1", reason="A.", evidence="file:///x"), "evidence"),
        (c.ReopenClaim(dispute_id="r1", reason="A.", by="x" * 65), "by"),
    ],
)
def test_reopening_is_refused(command, field):
    state = given(reported(), disputed("d1"), REFUTED)

    assert refused(state, command).field == field


def test_rejecting_the_reopening_dispute_restores_the_verdict():
    state = then(given(reported(), REFUTED), c.ReopenClaim(dispute_id="r1", reason="New."))

    after = then(state, c.ResolveDispute(resolution="rejected", reason="Still false."))

    assert after.status is ClaimStatus.REFUTED
    assert after.is_final
    assert refused(after, c.ConfirmClaim(reason="X.")).field == "status"


def test_a_reopened_refutation_can_end_confirmed():
    state = then(
        given(reported(), disputed("d1"), replace(REFUTED, superseded_disputes=None)),
        c.ReopenClaim(dispute_id="r1", reason="New."),
    )

    after = then(state, c.ConfirmClaim(reason="Identified."))

    assert after.status is ClaimStatus.CONFIRMED
    assert [d.status for d in after.disputes] == [
        DisputeStatus.SUPERSEDED,
        DisputeStatus.SUPERSEDED,
    ]
    assert after.figure("primary").status is FigureStatus.CONFIRMED  # type: ignore[union-attr]


def test_upholding_the_reopening_dispute_leaves_the_claim_disputed():
    state = then(given(reported(), CONFIRMED), c.ReopenClaim(dispute_id="r1", reason="New."))

    after = then(state, c.ResolveDispute(resolution="upheld", reason="It is contested."))

    assert after.status is ClaimStatus.DISPUTED
    assert after.open_disputes == ()


def test_a_second_dispute_on_a_reopened_claim_keeps_the_verdict_to_return_to():
    state = then(given(reported(), RETRACTED), c.ReopenClaim(dispute_id="r1", reason="New."))

    state = then(state, c.DisputeClaim(dispute_id="d2", reason="Also."))
    state = then(state, c.ResolveDispute(dispute_id="r1", resolution="rejected", reason="No."))
    after = then(state, c.ResolveDispute(dispute_id="d2", resolution="rejected", reason="No."))

    assert after.status is ClaimStatus.RETRACTED


# --- A verdict's evidence is the claim's ----------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "verdict"),
    [
        (
            c.RefuteClaim(reason="Morgue records show 3,100.", evidence="https://e.org/morgue"),
            "refuted",
        ),
        (
            c.ConfirmClaim(reason="Morgue records show 3,100.", evidence="https://e.org/morgue"),
            "confirmed",
        ),
    ],
    ids=["refute", "confirm"],
)
def test_the_evidence_a_verdict_gives_joins_the_claims_evidence(command, verdict):
    state = given(
        reported(),
        e.EvidenceAttached(evidence_id="v1", url="https://e.org/report"),
        disputed("d1", evidence="https://e.org/challenge"),
    )

    after = then(state, command)

    assert after.evidence == (
        Evidence(evidence_id="v1", url="https://e.org/report", added_in_version=2),
        Evidence(
            evidence_id=f"{verdict}-4",
            url="https://e.org/morgue",
            note="Morgue records show 3,100.",
            given_with=verdict,
            added_in_version=4,
        ),
    )
    # A dispute's evidence stays with its dispute.
    assert after.dispute("d1").evidence == "https://e.org/challenge"  # type: ignore[union-attr]


def test_a_verdict_without_evidence_adds_none_and_each_verdict_keeps_its_own():
    state = given(reported(), e.ClaimRefuted(reason="False."))
    assert state.evidence == ()

    state = given(
        reported(),
        e.ClaimRefuted(reason="False.", evidence="https://e.org/a"),
        e.ClaimReopened(dispute_id="d1", reason="New count.", verdict="refuted"),
        e.ClaimConfirmed(reason="The new count holds.", evidence="https://e.org/b"),
    )

    assert [(v.evidence_id, v.url, v.given_with) for v in state.evidence] == [
        ("refuted-2", "https://e.org/a", "refuted"),
        ("confirmed-4", "https://e.org/b", "confirmed"),
    ]


@pytest.mark.parametrize("evidence_id", ["refuted-3", "confirmed-12"])
def test_attached_evidence_cannot_take_a_verdicts_evidence_id(evidence_id):
    command = c.AttachEvidence(evidence_id=evidence_id, url="https://e.org/x")

    assert refused(given(reported()), command).field == "evidence_id"
