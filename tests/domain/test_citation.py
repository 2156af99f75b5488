"""Citations: given events -> when command -> then events; and what counts as material."""

from __future__ import annotations

import json

import pytest

from claims.core.domain import citation as ct
from claims.core.domain import commands as c
from claims.core.domain import events as e
from claims.core.domain.claim import ClaimStatus
from claims.core.domain.errors import CommandRejected
from tests.domain.scenario import disputed, given, qty, reported

STORY = "https://news.example.org/2013/02/22/cartel-leader"


def cite(**fields: object) -> c.CiteClaim:
    defaults: dict[str, object] = {
        "citation_id": "cit-1",
        "claim": "claim-1",
        "url": STORY,
        "claim_version": 3,
    }
    return c.CiteClaim(**{**defaults, **fields})  # type: ignore[arg-type]


def cited(**fields: object) -> ct.CitationState:
    state = None
    for event in ct.decide(None, cite(**fields)):
        state = ct.evolve(state, event)
    assert state is not None
    return state


# --- decide / evolve --------------------------------------------------------------------------


def test_citing_pins_the_current_version_by_default() -> None:
    events = ct.decide(None, cite(title=" The story ", published_at="2013-02-22T10:00:00+00:00"))
    assert events == [
        e.ClaimCited(
            citation_id="cit-1",
            claim_id="claim-1",
            url=STORY,
            cited_version=3,
            title="The story",
            published_at="2013-02-22T10:00:00Z",
        )
    ]


def test_an_earlier_version_may_be_cited() -> None:
    assert cited(version=1).cited_version == 1


@pytest.mark.parametrize("version", [0, 4, -1])
def test_a_version_the_claim_never_had_is_refused(version: int) -> None:
    with pytest.raises(CommandRejected) as refused:
        ct.decide(None, cite(version=version))
    assert refused.value.field == "version"


def test_a_missing_claim_is_refused() -> None:
    with pytest.raises(CommandRejected) as refused:
        ct.decide(None, cite(claim_version=0))
    assert refused.value.field == "claim"


@pytest.mark.parametrize("url", ["", "   ", "ftp://example.org/x", "javascript:alert(1)"])
def test_the_url_must_be_http(url: str) -> None:
    with pytest.raises(CommandRejected) as refused:
        ct.decide(None, cite(url=url))
    assert refused.value.field == "url"


@pytest.mark.parametrize("moment", ["yesterday", "2013-02-22T10:00:00"])
def test_published_at_is_an_iso_moment_with_its_offset(moment: str) -> None:
    with pytest.raises(CommandRejected) as refused:
        ct.decide(None, cite(published_at=moment))
    assert refused.value.field == "published_at"


def test_a_citation_is_created_once() -> None:
    with pytest.raises(CommandRejected):
        ct.decide(cited(), cite())


def test_acknowledging_moves_the_basis_to_the_claims_current_version() -> None:
    state = cited(claim_version=3)
    events = ct.decide(state, c.AcknowledgeCitation(claim_version=5))
    assert events == [e.CitationAcknowledged(claim_version=5)]
    after = ct.evolve(state, events[0])
    assert (after.version, after.acknowledged_version, after.basis_version) == (2, 5, 5)


def test_nothing_to_acknowledge_when_up_to_date() -> None:
    with pytest.raises(CommandRejected):
        ct.decide(cited(claim_version=3), c.AcknowledgeCitation(claim_version=3))


def test_acknowledging_a_missing_citation_is_refused() -> None:
    with pytest.raises(CommandRejected):
        ct.decide(None, c.AcknowledgeCitation(claim_version=2))


def test_stale_means_a_material_change_after_the_basis() -> None:
    state = cited(claim_version=3)
    assert not state.stale_at(3)
    assert not state.stale_at(2)
    assert state.stale_at(4)
    acked = ct.evolve(state, e.CitationAcknowledged(claim_version=6))
    assert not acked.stale_at(6)
    assert acked.stale_at(7)


def test_events_survive_the_store() -> None:
    for event in ct.decide(None, cite(title="t", published_at="2013-02-22T10:00:00Z")):
        stored = e.decode(event.event_type, json.loads(json.dumps(event.to_data())))
        assert stored == event


# --- What is material ---------------------------------------------------------------------------


def test_status_statement_and_value_are_material() -> None:
    base = given(reported())
    refuted = given(reported(), e.ClaimRefuted(reason="He is alive."))
    assert ct.is_material(base, refuted)
    assert [
        ch.to_data() for ch in ct.changes(ct.material_facts(base), ct.material_facts(refuted))
    ] == [{"field": "status", "from": "reported", "to": "refuted"}]
    corrected = given(
        reported(), e.ClaimCorrected(reason="Revised.", old_value=qty("45"), new_value=qty("40"))
    )
    fields = [ch.field for ch in ct.changes(ct.material_facts(base), ct.material_facts(corrected))]
    # An exact figure's bounds are the figure itself: they move with it.
    assert fields == ["status", "value.amount", "value.lower", "value.upper"]


def test_notes_assignments_evidence_and_figures_are_not_material() -> None:
    base = given(reported())
    for event in (
        e.NoteAdded(text="Check."),
        e.ReviewAssigned(assignee="ana"),
        e.EvidenceAttached(evidence_id="v1", url="https://example.org/e"),
        e.FigureAdded(figure_id="f1", source="un", value=qty("40")),
    ):
        after = given(reported(), event)
        assert not ct.is_material(base, after), event.event_type
    assert ct.is_material(None, base)


def test_a_second_dispute_on_a_disputed_claim_is_not_material() -> None:
    once = given(reported(), disputed("d1"))
    twice = given(reported(), disputed("d1"), disputed("d2"))
    assert once.status is ClaimStatus.DISPUTED
    assert not ct.is_material(once, twice)


def test_a_qualifier_changes_the_bounds_too() -> None:
    exact = given(reported())
    hedged = given(
        reported(),
        e.ClaimCorrected(
            reason="Up to.", old_value=qty("45"), new_value=qty("45", qualifier="up_to")
        ),
    )
    fields = [ch.field for ch in ct.changes(ct.material_facts(exact), ct.material_facts(hedged))]
    assert "value.qualifier" in fields
    assert ct.material_facts(hedged)["value.upper"] == "45"


# --- Propositions, reopening, verdicts that close disputes ----------------------------------------


def proposition() -> e.ClaimReported:
    return reported(claim_id="killed", statement="X was killed.", value=None, period=None)


def test_a_proposition_has_no_value_facts_and_its_verdict_is_material() -> None:
    base = given(proposition())
    facts = ct.material_facts(base)
    assert facts["status"] == "reported"
    assert all(facts[name] is None for name in ct.MATERIAL_FIELDS if name.startswith("value."))
    # What the document shows for a proposition (value null) reads the same.
    assert ct.document_facts(
        {"status": "reported", "statement": "X was killed.", "value": None}
    ) == ct.material_facts(base)
    refuted = given(proposition(), e.ClaimRefuted(reason="He is alive."))
    assert ct.is_material(base, refuted)
    assert [ch.field for ch in ct.changes(facts, ct.material_facts(refuted))] == ["status"]
    noted = given(proposition(), e.NoteAdded(text="Check."))
    assert not ct.is_material(base, noted)


def test_recasting_a_figure_claim_as_a_proposition_drops_its_value_materially() -> None:
    base = given(reported())
    recast = given(reported(), e.ClaimRecast(reason="A statement.", old_value=qty("45")))
    assert recast.value is None
    assert ct.is_material(base, recast)
    changes = ct.changes(ct.material_facts(base), ct.material_facts(recast))
    amount = next(ch for ch in changes if ch.field == "value.amount")
    assert (amount.before, amount.after) == ("45", None)


def test_reopening_and_a_verdict_closing_disputes_are_material() -> None:
    disputed_state = given(reported(), disputed("d1"))
    refuted = given(
        reported(), disputed("d1"), e.ClaimRefuted(reason="False.", superseded_disputes=("d1",))
    )
    assert refuted.open_disputes == ()
    assert ct.is_material(disputed_state, refuted)
    reopened = given(
        reported(),
        e.ClaimRefuted(reason="False."),
        e.ClaimReopened(dispute_id="r1", reason="A body was found.", verdict="refuted"),
    )
    assert reopened.status is ClaimStatus.DISPUTED
    assert ct.is_material(given(reported(), e.ClaimRefuted(reason="False.")), reopened)
