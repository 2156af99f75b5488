"""Citations: given events -> when command -> then events; and what counts as material."""

from __future__ import annotations

import dataclasses
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


def refusal(state: ct.CitationState | None, command: c.Command) -> CommandRejected:
    """Assert the command is refused with a reason a reader can see; return the refusal."""
    with pytest.raises(CommandRejected) as refused:
        ct.decide(state, command)
    assert isinstance(refused.value.message, str)
    assert refused.value.message.strip()
    return refused.value


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
    assert refusal(None, cite(version=version)).field == "version"


def test_the_first_version_of_a_claim_may_be_cited() -> None:
    assert cited(claim_version=1).cited_version == 1
    assert cited(claim_version=1, version=1).cited_version == 1


def test_a_missing_claim_is_refused() -> None:
    assert refusal(None, cite(claim_version=0)).field == "claim"


@pytest.mark.parametrize(
    "url",
    ["", "   ", "ftp://example.org/x", "javascript:alert(1)", "http://", "https:///a", "http://?q"],
)
def test_the_url_must_be_http(url: str) -> None:
    assert refusal(None, cite(url=url)).field == "url"


@pytest.mark.parametrize(
    "url", ["http://news.example.org/a", "HTTPS://news.example.org/a", "Http://example.org"]
)
def test_an_http_or_https_url_in_any_case_is_accepted(url: str) -> None:
    assert cited(url=url).url == url


@pytest.mark.parametrize("moment", ["yesterday", "2013-02-22T10:00:00"])
def test_published_at_is_an_iso_moment_with_its_offset(moment: str) -> None:
    assert refusal(None, cite(published_at=moment)).field == "published_at"


@pytest.mark.parametrize("moment", [None, ""])
def test_published_at_may_be_left_out(moment: str | None) -> None:
    assert cited(published_at=moment).published_at is None


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"citation_id": ""}, "citation_id"),
        ({"citation_id": "c" * 65}, "citation_id"),
        ({"claim": " "}, "claim"),
        ({"claim": "k" * 65}, "claim"),
        ({"title": "t" * (ct.TITLE_MAX + 1)}, "title"),
        ({"title": "a\x00b"}, "title"),
        ({"url": "https://example.org/" + "p" * ct.URL_MAX}, "url"),
    ],
)
def test_a_bad_field_is_refused_naming_it(fields: dict[str, object], field: str) -> None:
    assert refusal(None, cite(**fields)).field == field


def test_the_longest_ids_and_title_are_kept() -> None:
    state = cited(citation_id="c" * 64, claim="k" * 64, title="t" * ct.TITLE_MAX)
    assert (state.citation_id, state.claim_id, state.title) == ("c" * 64, "k" * 64, "t" * 400)


def test_a_citation_is_created_once() -> None:
    assert refusal(cited(), cite()).field == "citation_id"


def test_citing_builds_the_whole_state_from_the_event() -> None:
    state = cited(
        citation_id="cit-9",
        claim="claim-7",
        url="http://news.example.org/x",
        title="The story",
        published_at="2013-02-22T10:00:00+00:00",
        claim_version=4,
        version=2,
    )
    assert state == ct.CitationState(
        citation_id="cit-9",
        version=1,
        claim_id="claim-7",
        url="http://news.example.org/x",
        cited_version=2,
        title="The story",
        published_at="2013-02-22T10:00:00Z",
        acknowledged_version=None,
    )


def test_acknowledging_moves_the_basis_to_the_claims_current_version() -> None:
    state = cited(claim_version=3)
    events = ct.decide(state, c.AcknowledgeCitation(claim_version=5))
    assert events == [e.CitationAcknowledged(claim_version=5)]
    after = ct.evolve(state, events[0])
    assert (after.version, after.acknowledged_version, after.basis_version) == (2, 5, 5)


@pytest.mark.parametrize("claim_version", [3, 2])
def test_nothing_to_acknowledge_when_up_to_date(claim_version: int) -> None:
    refused = refusal(cited(claim_version=3), c.AcknowledgeCitation(claim_version=claim_version))
    assert refused.field == "claim_version"
    assert "version 3" in refused.message  # the version it is up to date with


def test_acknowledging_a_missing_citation_is_refused() -> None:
    assert refusal(None, c.AcknowledgeCitation(claim_version=2)).field is None


def test_a_claim_command_does_not_apply_to_a_citation() -> None:
    refused = refusal(cited(), c.AddNote(text="Check."))
    assert refused.field is None
    assert "AddNote" in refused.message


def test_evolve_refuses_an_event_a_citation_cannot_apply() -> None:
    with pytest.raises(ValueError, match="NoteAdded"):
        ct.evolve(cited(), e.NoteAdded(text="Check."))
    with pytest.raises(ValueError, match="CitationAcknowledged"):  # nothing to acknowledge
        ct.evolve(None, e.CitationAcknowledged(claim_version=2))


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


def test_the_facts_of_a_figure_claim_are_its_documents_fields() -> None:
    state = given(reported(value=qty("34.5", "per 100,000", "approximately")))
    facts = {
        "status": "reported",
        "statement": state.statement,
        "value.amount": "34.5",
        "value.unit": "per 100,000",
        "value.qualifier": "approximately",
        "value.lower": "31.05",
        "value.upper": "37.95",
    }
    assert ct.material_facts(state) == facts
    # The claim's document (numbers as JSON numbers or strings) reads the same.
    document = {
        "status": "reported",
        "statement": state.statement,
        "subject": "Guatemala",
        "value": {
            "amount": "34.5",
            "unit": "per 100,000",
            "qualifier": "approximately",
            "lower": "31.05",
            "upper": "37.95",
            "lower_inclusive": True,
        },
    }
    assert ct.document_facts(document) == facts


def test_a_unit_correction_is_a_material_change_of_the_unit_alone() -> None:
    base = given(reported())
    corrected = given(
        reported(),
        e.ClaimCorrected(
            reason="Points.", old_value=qty("45"), new_value=qty("45", "percentage points")
        ),
    )
    changes = ct.changes(ct.material_facts(base), ct.material_facts(corrected))
    assert [ch.to_data() for ch in changes] == [
        {"field": "status", "from": "reported", "to": "corrected"},
        {"field": "value.unit", "from": "percent", "to": "percentage points"},
    ]


def test_a_new_statement_alone_is_material() -> None:
    """Same value object and status, another wording: a reader sees another claim."""
    base = given(reported())
    reworded = dataclasses.replace(base, statement="Organized crime plays a part in 4 in 10.")
    assert ct.is_material(base, reworded)
    assert ct.is_material(reworded, base)
    assert not ct.is_material(base, dataclasses.replace(base, version=base.version + 1))


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
