"""Upcasters: lift stored event data of old schema versions to the current shape.

Stored rows are never rewritten; each load passes old data through the chain
(event_type, from_version) -> function, one version step at a time. An upcaster sees one event's
data and nothing else, so where the current shape lists what the event closed (open disputes,
confirmed figures) it writes None, "not recorded", and evolve() works the list out from the
state: folding an old log gives the state a current log of the same facts gives.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from claims.core.domain.events import EVENT_TYPES
from claims.core.domain.values import units_match

Data = dict[str, Any]
Upcaster = Callable[[Data], Data]

UPCASTERS: dict[tuple[str, int], Upcaster] = {}


def upcaster(event_type: str, from_version: int) -> Callable[[Upcaster], Upcaster]:
    def register(fn: Upcaster) -> Upcaster:
        UPCASTERS[(event_type, from_version)] = fn
        return fn

    return register


def current_version(event_type: str) -> int:
    return EVENT_TYPES[event_type].SCHEMA_VERSION


def upcast(event_type: str, schema_version: int, data: Data) -> Data:
    """Bring data written at schema_version up to the event's current version."""
    target = EVENT_TYPES[event_type].SCHEMA_VERSION
    while schema_version < target:
        step = UPCASTERS.get((event_type, schema_version))
        if step is None:
            raise LookupError(f"No upcaster for {event_type} v{schema_version}")
        data = step(dict(data))
        schema_version += 1
    return data


@upcaster("ClaimReported", 1)
def _claim_reported_v1_to_v2(data: Data) -> Data:
    """v1 stored the figure flat (amount, unit, qualifier) and named the source `source`."""
    data["value"] = {
        "amount": data.pop("amount"),
        "unit": data.pop("unit"),
        "qualifier": data.pop("qualifier", "exact"),
    }
    data["attributed_to"] = data.pop("source")
    return data


def _disputes_not_recorded(data: Data) -> Data:
    """v1 verdicts left open disputes open; v2 closes them and lists them."""
    data["superseded_disputes"] = None  # "those open at this point": evolve works them out
    return data


for _verdict in ("ClaimConfirmed", "ClaimRefuted", "ClaimRetracted"):
    upcaster(_verdict, 1)(_disputes_not_recorded)


@upcaster("DisputeResolved", 1)
def _figures_not_recorded(data: Data) -> Data:
    """A v1 accepted figure left a figure confirmed earlier confirmed too; v2 supersedes it."""
    data["superseded_figures"] = None  # "those confirmed at this point"
    return data


@upcaster("ClaimCorrected", 1)
def _claim_corrected_v1_to_v2(data: Data) -> Data:
    """v1 neither said that the unit changed nor which confirmed figures the new value replaced
    (the figure accepted from an upheld dispute stayed confirmed beside the new value)."""
    old, new = data.get("old_value"), data.get("new_value")
    data["unit_changed"] = (
        old is not None and new is not None and not units_match(old["unit"], new["unit"])
    )
    data["superseded_figures"] = None
    return data


@upcaster("SourceRegistered", 1)
def _source_registered_v1_to_v2(data: Data) -> Data:
    """v1 sources had no other names."""
    data["aliases"] = []
    return data


@upcaster("SourceUpdated", 1)
def _source_updated_v1_to_v2(data: Data) -> Data:
    """A v1 edit could not touch the other names: they stay as they were."""
    data["aliases"] = None
    return data
