"""The indicator consumer skips the claim events that change nothing it computes from.

A note, a review assignment or a piece of evidence changes only a claim's note count, assignee or
evidence list: no figure, status, dispute, period or indicator. The domain half of the test holds
the claim's evolve to that, for claims in several states (so a future change to those events
that touches anything else fails here); the database half checks that a batch of only such
events advances the checkpoint, recomputes nothing and leaves the results equal to a full
recompute.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from django.contrib.auth import get_user_model

from claims.core import demo, eventstore, services
from claims.core.domain import commands as c
from claims.core.domain import events as e
from claims.core.domain.claim import ClaimState, evolve
from tests.domain.scenario import disputed, given, reported
from tracker import consumers
from tracker.models import IndicatorPoint, SourceReliability
from tracker.services import define_indicator

SKIPPED_EVENTS: dict[str, e.Event] = {
    "NoteAdded": e.NoteAdded(text="Called the ministry; no answer yet."),
    "ReviewAssigned": e.ReviewAssigned(assignee="editor", previous=None),
    "EvidenceAttached": e.EvidenceAttached(
        evidence_id="ev1", url="https://example.org/report.pdf", title="Report", kind="", note=""
    ),
}


def _states() -> list[ClaimState]:
    return [
        given(reported()),
        given(reported(), disputed()),
        given(reported(), e.ClaimRefuted(reason="Shown false.")),
    ]


def test_the_skipped_set_is_exactly_these_claim_events() -> None:
    assert set(SKIPPED_EVENTS) == set(consumers.NO_RESULT_CHANGE)


@pytest.mark.parametrize("event_type", sorted(consumers.NO_RESULT_CHANGE))
def test_a_skipped_event_changes_only_notes_assignee_and_evidence(event_type: str) -> None:
    event = SKIPPED_EVENTS[event_type]
    for before in _states():
        after = evolve(before, event)
        back = dataclasses.replace(
            after,
            version=before.version,
            notes=before.notes,
            assignee=before.assignee,
            evidence=before.evidence,
        )
        assert back == before, event_type


@pytest.mark.django_db
def test_a_batch_of_skipped_events_recomputes_nothing_and_matches_a_recompute(
    settings: Any,
) -> None:
    demo.load(define_indicator=define_indicator)
    consumers.catch_up()
    stamps = sorted(IndicatorPoint.objects.values_list("pk", "computed_at"))
    scores = sorted(SourceReliability.objects.values_list("source_id", "computed_at"))
    claim_id = demo.demo_id("claim", "homicide-rate-2012")
    get_user_model().objects.create_user("skip-editor")
    ctx = services.Context(actor="test-editor")
    services.note(claim_id, c.AddNote(text="A note."), ctx, None)
    services.assign(claim_id, c.AssignReview(assignee="skip-editor"), ctx, None)
    services.attach_evidence(
        claim_id, c.AttachEvidence(evidence_id="skip-ev", url="https://example.org/a"), ctx, None
    )

    result = consumers.process_batch()

    assert result.events == 3
    assert (result.indicators, result.sources) == ((), 0)
    assert consumers.checkpoint_position() == eventstore.head_position()
    assert sorted(IndicatorPoint.objects.values_list("pk", "computed_at")) == stamps
    assert sorted(SourceReliability.objects.values_list("source_id", "computed_at")) == scores
    assert consumers.compare(consumers.stored(), consumers.full_recompute()) == []


@pytest.mark.django_db
def test_a_commit_of_skipped_events_alone_nudges_nobody(
    settings: Any, monkeypatch: pytest.MonkeyPatch, django_capture_on_commit_callbacks: Any
) -> None:
    """The worker is told only about news it computes from; the sweep covers the rest.

    The commits' callbacks run inside the test's transaction (rolled back afterwards), so the
    claim is a fresh one: the post-commit cache never holds a state another test could load."""
    from tests import factories
    from tracker import tasks

    asked: list[int] = []
    monkeypatch.setattr(tasks.nudger, "request", lambda: asked.append(1))
    settings.CLAIMS_NUDGE = True
    claim_id = factories.report(factories.source()).state.claim_id
    get_user_model().objects.create_user("nudge-editor")
    ctx = services.Context(actor="test-editor")
    with django_capture_on_commit_callbacks(execute=True):
        services.note(claim_id, c.AddNote(text="A note."), ctx, None)
        services.assign(claim_id, c.AssignReview(assignee="nudge-editor"), ctx, None)
        services.attach_evidence(
            claim_id,
            c.AttachEvidence(evidence_id="nudge-ev", url="https://example.org/b"),
            ctx,
            None,
        )
    assert asked == []
    with django_capture_on_commit_callbacks(execute=True):
        services.dispute(
            claim_id,
            c.DisputeClaim(dispute_id="nudge-d1", reason="Another source counts differently."),
            ctx,
            None,
        )
    assert asked == [1]
