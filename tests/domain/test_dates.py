"""Valid time: back-dating is allowed, what cannot have happened is refused.

A moment later than now (beyond the clock skew) is refused; a decision may not be dated before
the claim was made (both dates given), nor before what it acts on happened."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.core.domain import commands as c
from claims.core.domain import events as e
from claims.core.domain.claim import ClaimState, Dated, check_dates, decide, replay
from claims.core.domain.errors import CommandRejected
from claims.core.domain.values import MAX_CLOCK_SKEW, happened_by
from tests.domain.scenario import disputed, qty, reported

UTC = dt.UTC
NOW = dt.datetime(2026, 12, 8, 12, 0, tzinfo=UTC)


def day(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=UTC)


# --- Not later than now ---------------------------------------------------------------------------


def test_a_moment_later_than_now_is_refused_naming_occurred_at() -> None:
    with pytest.raises(CommandRejected) as caught:
        happened_by(day("2031-01-01"), NOW)

    assert caught.value.field == "occurred_at"
    assert "2031-01-01T00:00:00Z is in the future" in caught.value.message


@pytest.mark.parametrize(
    "moment",
    [None, NOW, NOW - dt.timedelta(days=4000), NOW + MAX_CLOCK_SKEW],
    ids=["none", "now", "long-ago", "within-the-skew"],
)
def test_now_the_past_and_a_clock_a_little_ahead_are_accepted(moment: dt.datetime | None) -> None:
    happened_by(moment, NOW)


def test_the_clock_skew_allowed_is_a_few_minutes() -> None:
    assert dt.timedelta(minutes=5) == MAX_CLOCK_SKEW
    with pytest.raises(CommandRejected):
        happened_by(NOW + MAX_CLOCK_SKEW + dt.timedelta(seconds=1), NOW)


# --- Not before what a decision acts on ---------------------------------------------------------


def _history(*dated: tuple[e.Event, str | None, str]) -> list[tuple[e.Event, Dated]]:
    """Events with their valid time: (event, occurred_at or None, recorded_at)."""
    return [
        (event, Dated(day(occurred or recorded), occurred is not None))
        for event, occurred, recorded in dated
    ]


def _check(history: list[tuple[e.Event, Dated]], command: c.Command, moment: str) -> None:
    state = replay([event for event, _ in history])
    assert isinstance(state, ClaimState)
    check_dates(state, decide(state, command), day(moment), history)


def _refused(history: list[tuple[e.Event, Dated]], command: c.Command, moment: str) -> str:
    with pytest.raises(CommandRejected) as caught:
        _check(history, command, moment)
    assert caught.value.field == "occurred_at"
    return caught.value.message


DISPUTED = _history(
    (reported(), "2013-03-01", "2026-12-01"),
    (disputed("d1", by="un", counter_value=qty("50")), "2013-06-01", "2026-12-02"),
)
RESOLVE = c.ResolveDispute(resolution="rejected", reason="The count stands.")


def test_a_resolution_before_the_dispute_it_resolves_is_refused_naming_both_dates() -> None:
    message = _refused(DISPUTED, RESOLVE, "2013-05-01")

    assert "2013-05-01T00:00:00Z" in message
    assert "before the dispute it resolves was opened (2013-06-01T00:00:00Z)" in message


def test_a_resolution_on_or_after_its_dispute_is_accepted() -> None:
    _check(DISPUTED, RESOLVE, "2013-06-01")
    _check(DISPUTED, RESOLVE, "2014-01-01")


def test_two_things_on_one_day_may_be_dated_in_either_order() -> None:
    """A date without a time of day (an article's publication date, the workspace's 'Happened
    on') is that day's midnight: a dispute from the article published the day a claim was made
    at noon, or a resolution 'on' the day of a dispute recorded that morning, is taken."""
    noon = _history((reported(), "2013-03-01T12:00:00", "2026-12-01"))
    _check(noon, c.DisputeClaim(dispute_id="d1", reason="Other counts."), "2013-03-01")
    morning = _history(
        (reported(), "2013-03-01", "2026-12-01"), (disputed("d1"), None, "2026-12-08T09:30:00")
    )
    _check(morning, RESOLVE, "2026-12-08")
    assert "before the claim was made" in _refused(
        noon, c.DisputeClaim(dispute_id="d1", reason="Other counts."), "2013-02-28"
    )


def test_an_undated_dispute_counts_from_when_it_was_recorded() -> None:
    history = _history(
        (reported(), "2013-03-01", "2026-12-01"), (disputed("d1"), None, "2026-12-02")
    )

    message = _refused(history, RESOLVE, "2013-05-01")

    assert "(2026-12-02T00:00:00Z, when it was recorded: it gave no date)" in message


def test_accepting_a_figure_before_it_was_given_is_refused() -> None:
    history = _history(
        (reported(), "2013-03-01", "2026-12-01"),
        (disputed("d1"), "2013-04-01", "2026-12-02"),
        (e.FigureAdded(figure_id="f1", source="un", value=qty("50")), "2013-08-01", "2026-12-03"),
    )
    command = c.ResolveDispute(resolution="upheld", reason="UN.", accepted_figure="f1")

    assert "the figure it accepts was given (2013-08-01" in _refused(history, command, "2013-05-01")
    _check(history, command, "2013-08-02")


@pytest.mark.parametrize(
    "command",
    [
        c.RefuteClaim(reason="False."),
        c.ConfirmClaim(reason="Checked."),
        c.RetractClaim(reason="Withdrawn."),
    ],
    ids=["refute", "confirm", "retract"],
)
def test_a_verdict_before_a_dispute_it_closes_is_refused(command: c.Command) -> None:
    message = _refused(DISPUTED, command, "2013-05-01")

    assert "before dispute d1, which it closes, was opened (2013-06-01" in message
    _check(DISPUTED, command, "2013-07-01")


def test_a_reopening_before_the_verdict_it_reopens_is_refused() -> None:
    history = _history(
        (reported(), "2013-03-01", "2026-12-01"),
        (e.ClaimRefuted(reason="False."), "2013-09-01", "2026-12-02"),
    )
    command = c.ReopenClaim(dispute_id="d2", reason="A new count.")

    assert "before the refuted verdict it reopens was given (2013-09-01" in _refused(
        history, command, "2013-08-01"
    )
    _check(history, command, "2013-09-02")


@pytest.mark.parametrize(
    "command",
    [
        c.DisputeClaim(dispute_id="d1", reason="Doubtful."),
        c.RefuteClaim(reason="False."),
        c.CorrectClaim(reason="Revised.", value=qty("40")),
    ],
    ids=["dispute", "refute", "correct"],
)
def test_no_decision_comes_before_the_claim_was_made(command: c.Command) -> None:
    history = _history((reported(), "2013-03-01", "2026-12-01"))

    message = _refused(history, command, "2013-02-01")

    assert "would come before the claim was made (2013-03-01T00:00:00Z)" in message


def test_a_claim_recorded_without_a_date_takes_decisions_of_any_date() -> None:
    # Recorded today, said at some unknown time before: a dated refutation is back-dating.
    history = _history((reported(), None, "2026-12-01"))

    _check(history, c.RefuteClaim(reason="False."), "2013-02-01")


def test_figures_and_evidence_may_be_older_than_the_claim() -> None:
    history = _history((reported(), "2013-03-01", "2026-12-01"))

    _check(history, c.AddFigure(figure_id="f1", source="un", value=qty("50")), "2012-01-01")
    _check(history, c.AttachEvidence(evidence_id="v1", url="https://e.org/r"), "2012-01-01")
