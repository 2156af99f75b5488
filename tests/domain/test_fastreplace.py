"""The generated replace functions behave as dataclasses.replace on the state classes."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from claims.core.domain.claim import ClaimState, ClaimStatus, Dispute, Figure
from claims.core.domain.fastreplace import replacer
from claims.core.domain.values import Quantity


def _state() -> ClaimState:
    return ClaimState(
        claim_id="c-1",
        version=1,
        status=ClaimStatus.REPORTED,
        statement="The rate fell.",
        subject="Guatemala",
        value=Quantity.of("34.5", "per 100,000"),
        attributed_to="src",
        figures=(Figure(figure_id="primary", source="src", value=Quantity.of("34.5", "x")),),
    )


def test_same_result_as_dataclasses_replace() -> None:
    state = _state()
    fast = replacer(ClaimState)
    changes: dict[str, Any] = {"version": 2, "status": ClaimStatus.DISPUTED, "notes": 3}
    got = fast(state, **changes)
    assert got == dataclasses.replace(state, **changes)
    assert type(got) is ClaimState
    assert state.version == 1  # the original is untouched
    assert fast(state) == state
    assert fast(state) is not state


def test_unknown_field_is_refused() -> None:
    with pytest.raises(TypeError, match="unknown fields"):
        replacer(Dispute)(Dispute(dispute_id="d", reason="r"), colour="red")


def test_classes_that_run_code_in_init_are_refused() -> None:
    with pytest.raises(TypeError, match=r"dataclasses\.replace"):
        replacer(Quantity)  # Quantity validates itself in __post_init__
