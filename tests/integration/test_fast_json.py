"""The fast JSON paths (orjson) write and hash exactly what the json module would.

`eventstore.canonical_json` is what every event's hash is taken over: a stored chain must verify
the same whichever encoder wrote it. `fastsql.dump_text` is what the raw writers store in JSON
columns; `eventstore._loads` reads them back.
"""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.core import eventstore, fastsql

# What events and documents carry: text (any code point but lone surrogates), ints, bools,
# null, lists and string-keyed objects. Floats never occur (amounts are decimal strings).
text = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)
scalars = st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | text
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(text, inner, max_size=5),
    max_leaves=30,
)


def _reference(value: object) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


@settings(max_examples=400)
@given(values)
def test_canonical_json_is_the_json_modules_canonical_form(value: object) -> None:
    assert eventstore.canonical_json(value) == _reference(value)


@settings(max_examples=200)
@given(values)
def test_stored_text_reads_back_as_the_same_value(value: object) -> None:
    stored = fastsql.dump_text(value)
    assert json.loads(stored) == value
    assert eventstore._loads(stored) == value


def test_what_orjson_refuses_goes_through_json() -> None:
    big = {"n": 2**70, "k": [1, 2]}
    assert eventstore.canonical_json(big) == _reference(big)
    assert fastsql.dump_text({1: "a"}) == json.dumps({1: "a"})
    assert eventstore._loads('{"n": 1180591620717411303424}') == {"n": 2**70}
    assert eventstore._loads('{"x": NaN}')["x"] != 0  # json reads NaN; orjson does not


def test_control_characters_and_line_separators_match() -> None:
    value = {"t": 'a\x00\x01\x1f\x7f\b\f\n\r\t"\\\u2028\u2029é😀', "z": [None, True, -1]}
    assert eventstore.canonical_json(value) == _reference(value)


def test_the_hash_of_an_event_is_unchanged() -> None:
    """A fixed event hashes to the value the json-module implementation gave (regression)."""
    import datetime as dt
    import hashlib
    import uuid

    when = dt.datetime(2026, 1, 2, 3, 4, 5, 678000, tzinfo=dt.UTC)
    fields = {
        "event_id": "6f1c2a44-0d0b-4c59-9a56-0c5f1a2b3c4d",
        "stream_type": "claim",
        "stream_id": "claim-1",
        "version": 3,
        "event_type": "ClaimCorrected",
        "schema_version": 1,
        "data": {"new_value": {"amount": "34.5", "unit": "per 100,000"}, "reason": "ñ ✓"},
        "metadata": {"actor": "editor", "reason": "typo"},
        "recorded_at": when.isoformat(),
        "occurred_at": None,
    }
    expected = hashlib.sha256(("0" * 64 + _reference(fields)).encode("utf-8")).hexdigest()
    got = eventstore.event_hash(
        prev_hash="0" * 64,
        event_id=uuid.UUID(fields["event_id"]),  # type: ignore[arg-type]
        stream_type="claim",
        stream_id="claim-1",
        version=3,
        event_type="ClaimCorrected",
        schema_version=1,
        data=fields["data"],  # type: ignore[arg-type]
        metadata=fields["metadata"],  # type: ignore[arg-type]
        recorded_at=when,
        occurred_at=None,
    )
    assert got == expected
