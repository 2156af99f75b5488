"""Random command sequences against one claim: decide, then evolve what was accepted.

A hypothesis state machine sends every claim command, with fields drawn from small pools of
valid and invalid values (so ids collide, units differ, reasons are blank), and checks that:

(a) replaying the accepted events from scratch gives the incrementally folded state, also after
    a trip through JSON and the decoder (checked at every step), and replaying twice gives the
    same (checked from scratch at the end of each run);
(b) a refused command raises CommandRejected (any other exception fails the test), so it emits
    no events, not even some of them, and the state and the log stay as they were;
(c) the version equals the number of events;
(d) a refuted or retracted claim accepts no further status-changing event except a reopening,
    has no open dispute (a verdict closes them), and an open dispute means the claim is
    disputed or corrected;
(e) the claim's value is the primary figure's value, unless a dispute was upheld with an
    accepted figure since the last correction of the value: then it is that figure's value;
    after a recast there is no value and every figure is withdrawn;
(f) never two confirmed figures: at most one figure is confirmed, and it carries the claim's
    value (so never two confirmed figures with different values);
(g) a snapshot of the state reads back as the same state;
(h) the claim counts on its source's record as `corrected` whenever its statement or figure is
    not the one reported (the model tracks both apart from evolve), confirmed or not, unless it
    is refuted or retracted; otherwise by its status;
(i) an open dispute whose counter figure is the claim's value (an earlier resolution accepted
    it) can be upheld, naming its figure or none, with the same outcome: the claim corrected at
    that value; it cannot be rejected.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest
from hypothesis import event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from claims.core.domain import commands as c
from claims.core.domain import events as e
from claims.core.domain import snapshots
from claims.core.domain.claim import (
    PRIMARY_FIGURE,
    ClaimState,
    ClaimStatus,
    DisputeStatus,
    FigureStatus,
    decide,
    evolve,
    replay,
)
from claims.core.domain.errors import CommandRejected
from claims.core.domain.values import Document, Period, Qualifier, Quantity

STATUS_CHANGING = (
    e.ClaimDisputed,
    e.DisputeResolved,
    e.ClaimConfirmed,
    e.ClaimCorrected,
    e.ClaimRefuted,
    e.ClaimRetracted,
)

# --- Pools of valid and invalid field values ----------------------------------------------------

# Valid values are repeated so that most commands are accepted and the claim gets somewhere.
reasons = st.sampled_from(["A reason.", "Another reason.", "A reason.", "", "   ", "bad\x00"])
optional_reasons = st.sampled_from(["", "Checked."])
bys = st.sampled_from(["wilson", " gt-gov ", "wilson", None, "", "wilson\x00"])
values = st.builds(
    Quantity.of,
    st.sampled_from(["30", "40", "45", "45.0", "0.5"]),
    st.sampled_from(["percent", "PERCENT", "percent", "people"]),
    st.sampled_from(Qualifier),
)
optional_values = st.one_of(st.none(), values, values)
statements = st.sampled_from([None, "", "Statement A.", " Statement B. "])
new_ids = st.sampled_from(["d1", "d2", "d3", " d1 ", "f1", "f1 ", PRIMARY_FIGURE, ""])
figure_refs = st.sampled_from([None, "", PRIMARY_FIGURE, "d1", "d2", "d3", "f1", "nope"])
dispute_refs = st.sampled_from([None, None, "d1", "d2", "d3", "f1"])
resolutions = st.sampled_from(["upheld", "rejected", "maybe"])
urls = st.sampled_from(["https://example.org/a", "", "ftp://example.org", "example.org"])

relays = st.sampled_from([(), ("wilson",), ("wilson", "un"), ("gt-officials",), ("un", "un")])
periods = st.sampled_from(
    [
        None,
        Period(dt.date(2012, 1, 1), dt.date(2012, 12, 31)),
        Period(dt.date(2011, 3, 1), dt.date(2011, 3, 1)),
    ]
)
documents = st.sampled_from(
    [None, Document(url="https://example.org/r", publisher="wpr", published_at=dt.date(2013, 3, 1))]
)
valid_reports = st.builds(
    c.ReportClaim,
    claim_id=st.just("claim-1"),
    statement=st.just("Statement A."),
    subject=st.just("Guatemala"),
    value=st.one_of(values, values, values, st.none()),
    attributed_to=st.just("gt-officials"),
    indicator=st.sampled_from([None, "gt-share"]),
    period=periods,
    place=st.sampled_from(["", "Petén"]),
    reported_in=documents,
    note=st.sampled_from(["", "From an interview."]),
    said_by=st.sampled_from([None, "Guatemalan officials"]),
    relayed_by=st.sampled_from([(), ("wilson",), ("wilson", "un")]),
    language=st.sampled_from(["en", "es"]),
).filter(lambda cmd: cmd.value is not None or cmd.indicator is None)  # propositions: none
commands = {
    "report": st.builds(
        c.ReportClaim,
        claim_id=st.sampled_from(["claim-1", "", "claim\x00"]),
        statement=st.sampled_from(["Statement A.", "  "]),
        subject=st.just("Guatemala"),
        value=values,
        attributed_to=st.sampled_from(["gt-officials", ""]),
    ),
    "add_figure": st.builds(
        c.AddFigure,
        figure_id=new_ids,
        source=st.sampled_from(["un", ""]),
        value=values,
        said_by=st.sampled_from([None, "UNODC"]),
        relayed_by=relays,
        reported_in=documents,
        period=periods,
    ),
    "dispute": st.builds(
        c.DisputeClaim,
        dispute_id=new_ids,
        reason=reasons,
        by=bys,
        counter_value=optional_values,
        evidence=st.sampled_from(["", "https://example.org/e", "nope"]),
    ),
    "resolve": st.builds(
        c.ResolveDispute,
        resolution=resolutions,
        reason=reasons,
        dispute_id=dispute_refs,
        accepted_figure=figure_refs,
    ),
    "confirm": st.builds(c.ConfirmClaim, reason=optional_reasons, by=bys),
    "reopen": st.builds(c.ReopenClaim, dispute_id=new_ids, reason=reasons, by=bys),
    "recast": st.builds(c.RecastAsProposition, reason=reasons, by=bys),
    "correct": st.builds(
        c.CorrectClaim, reason=reasons, value=optional_values, statement=statements, by=bys
    ),
    "refute": st.builds(c.RefuteClaim, reason=reasons, by=bys),
    "retract": st.builds(c.RetractClaim, reason=reasons, by=bys),
    "evidence": st.builds(
        c.AttachEvidence, evidence_id=st.sampled_from(["v1", " v1", "v2", ""]), url=urls
    ),
    "assign": st.builds(c.AssignReview, assignee=st.sampled_from(["ana", " ana ", "ben", ""])),
    "note": st.builds(c.AddNote, text=st.sampled_from(["A note.", " ", "\ud800"])),
}


def told_why(refusal: CommandRejected) -> None:
    """A refusal always says why, in words."""
    assert isinstance(refusal.message, str)
    assert refusal.message.strip()


def stored(event: e.Event) -> e.Event:
    """The event as the store gives it back: through JSON text and the decoder."""
    return e.decode(event.event_type, json.loads(json.dumps(event.to_data())))


class ClaimLifecycle(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.state: ClaimState | None = None
        self.events: list[e.Event] = []
        self.reloaded: ClaimState | None = None  # the same fold over events as stored
        # The model for (e): the primary figure's value, and the value an upheld dispute
        # accepted (None when the claim's value is its own primary figure's).
        self.primary_value: Quantity | None = None
        self.accepted_value: Quantity | None = None
        self.recast = False
        # The model for (h): what the source reported, and the statement now.
        self.reported: tuple[str, Quantity | None] | None = None
        self.statement = ""

    def execute(self, command: c.Command) -> None:
        before, n_before = self.state, len(self.events)
        try:
            new = decide(before, command)
        except CommandRejected as refusal:
            event(f"refused {type(command).__name__}")
            told_why(refusal)
            # (b) Refused: nothing was emitted and nothing moved.
            assert self.state is before
            assert len(self.events) == n_before
            return
        assert new, f"{type(command).__name__} was accepted but emitted nothing"
        event(f"accepted {type(command).__name__}")
        if before is not None and before.is_final:
            # (d) A refuted or retracted claim takes no status-changing event but a reopening.
            assert not [ev for ev in new if isinstance(ev, STATUS_CHANGING)], new
        for ev in new:
            self.follow(ev)
            self.state = evolve(self.state, ev)
            self.reloaded = evolve(self.reloaded, stored(ev))
            self.events.append(ev)
        assert self.state is not None
        event(f"status {self.state.status.value}")
        if before is not None and before.is_final and not isinstance(command, c.ReopenClaim):
            assert self.state.status is before.status

    def follow(self, ev: e.Event) -> None:
        """Track, independently of evolve, where the claim's value comes from."""
        match ev:
            case e.ClaimReported():
                self.primary_value, self.accepted_value = ev.value, None
                self.recast = False
                self.reported, self.statement = (ev.statement, ev.value), ev.statement
            case e.ClaimCorrected():
                if ev.new_value is not None:
                    self.primary_value, self.accepted_value = ev.new_value, None
                if ev.new_statement is not None:
                    self.statement = ev.new_statement
            case e.DisputeResolved(resolution="upheld", accepted_figure=str(figure_id)):
                assert self.state is not None
                figure = self.state.figure(figure_id)
                assert figure is not None
                self.accepted_value = figure.value
            case e.ClaimRecast():
                self.recast = True

    # --- Rules: one per claim command -----------------------------------------------------------

    @initialize(command=valid_reports)
    def start(self, command: c.ReportClaim) -> None:
        self.execute(command)

    @rule(command=commands["report"])
    def report(self, command: c.ReportClaim) -> None:
        self.execute(command)

    @rule(command=commands["add_figure"])
    def add_figure(self, command: c.AddFigure) -> None:
        self.execute(command)

    @rule(command=commands["dispute"])
    def dispute(self, command: c.DisputeClaim) -> None:
        self.execute(command)

    @rule(command=commands["resolve"])
    def resolve(self, command: c.ResolveDispute) -> None:
        self.execute(command)

    @rule(command=commands["reopen"])
    def reopen(self, command: c.ReopenClaim) -> None:
        self.execute(command)

    @rule(command=commands["recast"], now=st.integers(0, 2))
    def recast_as_proposition(self, command: c.RecastAsProposition, now: int) -> None:
        """Seldom: a proposition refuses every figure command."""
        if now == 0:
            self.execute(command)

    @rule(
        verdict=st.sampled_from([c.RefuteClaim, c.RetractClaim, c.ConfirmClaim]),
        now=st.integers(0, 2),
    )
    def give_a_verdict(
        self, verdict: type[c.RefuteClaim | c.RetractClaim | c.ConfirmClaim], now: int
    ) -> None:
        """A well-formed verdict, often while disputes are open, so that they are superseded."""
        if now == 0:
            self.execute(verdict(reason="The record shows it."))

    @rule(dispute_id=st.sampled_from(["r1", "r2", "d1"]))
    def reopen_with_a_reason(self, dispute_id: str) -> None:
        self.execute(c.ReopenClaim(dispute_id=dispute_id, reason="New evidence."))

    @rule(
        dispute_id=st.sampled_from(["d1", "d2", "d3", "d4"]),
        amount=st.none() | st.sampled_from(["30", "40", "45"]),
    )
    def dispute_with_a_counter_figure(self, dispute_id: str, amount: str | None) -> None:
        """A well-formed dispute, with a counter figure in the claim's unit when amount is given."""
        assert self.state is not None
        unit = self.state.value.unit if self.state.value is not None else "percent"
        counter = None if amount is None else Quantity.of(amount, unit)
        command = c.DisputeClaim(
            dispute_id=dispute_id, reason="Contested.", by="wilson", counter_value=counter
        )
        self.execute(command)

    @rule(
        data=st.data(),
        resolution=st.sampled_from(["upheld", "rejected"]),
        reason=st.sampled_from(["Settled.", "Settled.", ""]),
    )
    def resolve_an_open_dispute(self, data: st.DataObject, resolution: str, reason: str) -> None:
        """Name an open dispute and an existing figure, so that resolutions get accepted."""
        assert self.state is not None
        open_ids = [d.dispute_id for d in self.state.open_disputes] or ["none-open"]
        figure_ids = [f.figure_id for f in self.state.figures] or ["none"]
        command = c.ResolveDispute(
            resolution=resolution,
            reason=reason,
            dispute_id=data.draw(st.sampled_from(open_ids)),
            accepted_figure=data.draw(st.none() | st.sampled_from(figure_ids)),
        )
        self.execute(command)

    @rule(data=st.data())
    def uphold_accepting_a_competing_disputes_figure(self, data: st.DataObject) -> None:
        """Two disputes with counter figures open: one upheld accepting the other's (for (i))."""
        assert self.state is not None
        open_ids = [d.dispute_id for d in self.state.open_disputes]
        offered = [i for i in open_ids if self.state.figure(i) is not None]
        if len(open_ids) < 2 or not offered:
            return
        accepted = data.draw(st.sampled_from(offered))
        resolved = data.draw(st.sampled_from([i for i in open_ids if i != accepted]))
        self.execute(
            c.ResolveDispute(
                dispute_id=resolved, resolution="upheld", reason="R.", accepted_figure=accepted
            )
        )

    @rule(command=commands["confirm"])
    def confirm(self, command: c.ConfirmClaim) -> None:
        self.execute(command)

    @rule(
        value=values,
        same_unit=st.booleans(),
        reason=st.sampled_from(["Revised.", ""]),
    )
    def correct_the_value(self, value: Quantity, same_unit: bool, reason: str) -> None:
        """A value correction, mostly in the claim's unit, so that corrections get accepted."""
        assert self.state is not None
        if same_unit and self.state.value is not None:
            value = Quantity(value.amount, self.state.value.unit, value.qualifier)
        self.execute(c.CorrectClaim(reason=reason, value=value))

    @rule(command=commands["correct"])
    def correct(self, command: c.CorrectClaim) -> None:
        self.execute(command)

    @rule(command=st.one_of(commands["refute"], commands["retract"]), now=st.integers(0, 2))
    def refute_or_retract(self, command: c.RefuteClaim | c.RetractClaim, now: int) -> None:
        """Only one time in three: a final claim refuses everything else."""
        if now == 0:
            self.execute(command)

    @rule(command=commands["evidence"])
    def attach_evidence(self, command: c.AttachEvidence) -> None:
        self.execute(command)

    @rule(command=commands["assign"])
    def assign(self, command: c.AssignReview) -> None:
        self.execute(command)

    @rule(command=commands["note"])
    def note(self, command: c.AddNote) -> None:
        self.execute(command)

    # --- Invariants -----------------------------------------------------------------------------

    @invariant()
    def events_as_stored_give_the_same_state(self) -> None:  # (a), step by step
        assert self.reloaded == self.state

    def teardown(self) -> None:  # (a), from scratch at the end of each run
        assert replay(self.events) == self.state
        assert replay(self.events) == replay(list(self.events))
        assert replay([stored(ev) for ev in self.events]) == self.state

    @invariant()
    def version_counts_events(self) -> None:  # (c)
        if self.state is None:
            assert self.events == []
        else:
            assert self.state.version == len(self.events)

    @invariant()
    def open_disputes_mean_disputed_or_corrected(self) -> None:  # (d)
        s = self.state
        if s is not None and s.open_disputes:
            assert not s.is_final
            assert s.status in (ClaimStatus.DISPUTED, ClaimStatus.CORRECTED)

    @invariant()
    def value_comes_from_the_primary_or_the_accepted_figure(self) -> None:  # (e)
        s = self.state
        if s is None:
            return
        primary = s.figure(PRIMARY_FIGURE)
        if self.recast or self.primary_value is None:
            assert s.value is None
            assert all(f.status is FigureStatus.WITHDRAWN for f in s.figures)
            assert (primary is None) == (self.primary_value is None)
            return
        assert primary is not None
        assert primary.value == self.primary_value
        assert s.value_figure is not None
        assert s.value == s.value_figure.value
        if self.accepted_value is None:
            assert s.value == primary.value
            assert primary.status is not FigureStatus.REJECTED
        else:
            assert s.value == self.accepted_value
            assert primary.status is FigureStatus.REJECTED

    @invariant()
    def at_most_one_figure_is_confirmed_and_it_is_the_value(self) -> None:  # (f)
        s = self.state
        if s is None:
            return
        confirmed = [f for f in s.figures if f.status is FigureStatus.CONFIRMED]
        assert len(confirmed) <= 1, confirmed
        if confirmed:
            assert confirmed[0] == s.value_figure
            assert confirmed[0].value == s.value

    @invariant()
    def a_confirmed_claim_has_a_confirmed_figure_for_its_value(self) -> None:
        s = self.state
        if s is not None and s.status is ClaimStatus.CONFIRMED:
            assert not s.open_disputes
            if s.value is not None:
                confirmed = [f.value for f in s.figures if f.status is FigureStatus.CONFIRMED]
                assert confirmed == [s.value]

    @invariant()
    def a_snapshot_reads_back_as_the_state(self) -> None:  # (g)
        if self.state is not None:
            data = json.loads(json.dumps(snapshots.claim_to_data(self.state)))
            assert snapshots.claim_from_data(data) == self.state

    @invariant()
    def a_corrected_report_counts_as_corrected(self) -> None:  # (h)
        s = self.state
        if s is None:
            return
        assert self.reported is not None
        statement, value = self.reported
        value_now = self.accepted_value or self.primary_value
        corrected = self.statement != statement or (not self.recast and value_now != value)
        if s.is_final:
            assert s.record_status is s.status
        elif corrected:
            event("record: corrected report")
            assert s.record_status is ClaimStatus.CORRECTED
        else:
            assert s.record_status is s.status

    @invariant()
    def a_dispute_whose_figure_is_the_value_is_upheld_with_it(self) -> None:  # (i)
        s = self.state
        current = s.value_figure if s is not None else None
        if s is None or current is None or s.is_final or s.dispute(current.figure_id) is None:
            return
        if s.dispute(current.figure_id).status is not DisputeStatus.OPEN:  # type: ignore[union-attr]
            return
        event("a dispute's figure is the value while it is open")
        outcomes = [
            replay(
                decide(
                    s,
                    c.ResolveDispute(
                        dispute_id=current.figure_id,
                        resolution="upheld",
                        reason="R.",
                        accepted_figure=a,
                    ),
                ),
                s,
            )
            for a in (None, current.figure_id)
        ]
        assert outcomes[0] == outcomes[1]
        assert outcomes[0] is not None
        assert outcomes[0].value == s.value
        assert outcomes[0].value_figure == replace(current, status=FigureStatus.CONFIRMED)
        if not outcomes[0].open_disputes:
            assert outcomes[0].status is ClaimStatus.CORRECTED
        with pytest.raises(CommandRejected) as refusal:
            decide(
                s,
                c.ResolveDispute(dispute_id=current.figure_id, resolution="rejected", reason="R."),
            )
        assert refusal.value.field == "resolution"

    @invariant()
    def ids_are_unique(self) -> None:
        s = self.state
        if s is None:
            return
        figure_ids = [f.figure_id for f in s.figures]
        assert figure_ids[:1] == ([PRIMARY_FIGURE] if self.primary_value is not None else [])
        assert len(set(figure_ids)) == len(figure_ids)
        assert len({d.dispute_id for d in s.disputes}) == len(s.disputes)
        assert len({v.evidence_id for v in s.evidence}) == len(s.evidence)


ClaimLifecycle.TestCase.settings = settings(max_examples=300, stateful_step_count=30, deadline=None)
test_claim_lifecycle = ClaimLifecycle.TestCase
