"""Upcasters: lift stored event data of old schema versions to the current shape.

Stored rows are never rewritten; each load passes old data through the chain
(event_type, from_version) -> function, one version step at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from claims.core.domain.events import EVENT_TYPES

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
    target = current_version(event_type)
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
