"""Given events -> when command -> then events: small builders for the pure domain tests."""

from __future__ import annotations

import dataclasses

import pytest

from claims.core.domain import commands as c
from claims.core.domain import events as e
from claims.core.domain.claim import ClaimState, decide, replay
from claims.core.domain.errors import CommandRejected
from claims.core.domain.values import Period, Quantity


def qty(amount: str, unit: str = "percent", qualifier: str = "exact") -> Quantity:
    return Quantity.of(amount, unit, qualifier)


def reported(**fields: object) -> e.ClaimReported:
    """A ClaimReported event with plausible defaults; override any field."""
    defaults: dict[str, object] = {
        "claim_id": "claim-1",
        "statement": "Organized crime plays a part in 45 percent of homicides.",
        "subject": "Guatemala",
        "value": qty("45"),
        "attributed_to": "gt-officials",
        "period": Period.from_data({"start": "2012-01-01", "end": "2012-12-31"}),
    }
    return e.ClaimReported(**{**defaults, **fields})  # type: ignore[arg-type]


def report(**fields: object) -> c.ReportClaim:
    """The ReportClaim command that yields `reported(**fields)`."""
    event = reported(**fields)
    return c.ReportClaim(**{f.name: getattr(event, f.name) for f in dataclasses.fields(event)})


def disputed(dispute_id: str = "d1", **fields: object) -> e.ClaimDisputed:
    fields = {"reason": "Contested.", **fields}
    return e.ClaimDisputed(dispute_id=dispute_id, **fields)  # type: ignore[arg-type]


def given(first: e.Event, *events: e.Event) -> ClaimState:
    """The state a claim is in after these events."""
    state = replay([first, *events])
    assert state is not None
    return state


def when(state: ClaimState | None, command: c.Command) -> list[e.Event]:
    return decide(state, command)


def then(state: ClaimState | None, command: c.Command) -> ClaimState:
    """Decide and apply: the state after the command was accepted."""
    after = replay(when(state, command), state)
    assert after is not None
    return after


def story(*commands: c.Command) -> ClaimState:
    """The state after accepting each command in turn, from no claim at all."""
    state: ClaimState | None = None
    for command in commands:
        state = then(state, command)
    assert state is not None
    return state


def refused(state: ClaimState | None, command: c.Command) -> CommandRejected:
    """Assert the command is refused and return the refusal."""
    with pytest.raises(CommandRejected) as caught:
        decide(state, command)
    assert isinstance(caught.value.message, str)
    assert caught.value.message.strip()  # a reader is told why
    return caught.value
