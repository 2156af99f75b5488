"""The event catalogue: every event survives to_data -> JSON -> decode unchanged."""

import dataclasses
import datetime as dt
import json
import typing
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.core.domain import events as e
from claims.core.domain.errors import InvalidValue
from claims.core.domain.values import MAX_AMOUNT, Document, Period, Qualifier, Quantity

# --- Strategies: a random event of any type, optional fields None or not -------------------------

texts = st.text(max_size=30)
units = st.text(min_size=1, max_size=20).filter(lambda u: u.strip() and "\x00" not in u)
amounts = st.one_of(
    st.decimals(min_value=-1000, max_value=1000, places=2),
    st.decimals(min_value=-MAX_AMOUNT, max_value=MAX_AMOUNT, places=8),
    st.integers(-(10**6), 10**6).map(Decimal),
)
quantities = st.one_of(
    st.builds(Quantity, amounts, units, st.sampled_from(Qualifier)),
    st.builds(Quantity.of, amounts.map(str), units, st.sampled_from(list(Qualifier))),
)
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
periods = st.tuples(dates, dates).map(lambda ab: Period(min(ab), max(ab)))
documents = st.builds(
    Document, url=texts, publisher=st.none() | texts, published_at=st.none() | dates, title=texts
)

BY_TYPE: dict[Any, st.SearchStrategy[Any]] = {
    str: texts,
    int: st.integers(0, 2**31 - 1),
    bool: st.booleans(),
    tuple[str, ...]: st.lists(texts, max_size=3).map(tuple),
    Quantity: quantities,
    Period: periods,
    Document: documents,
}


def strategy_for(annotation: Any) -> st.SearchStrategy[Any]:
    args = typing.get_args(annotation)
    if type(None) in args:
        (inner,) = (a for a in args if a is not type(None))
        return st.none() | BY_TYPE[inner]
    return BY_TYPE[annotation]


def event_strategy(cls: type[e.Event]) -> st.SearchStrategy[e.Event]:
    hints = typing.get_type_hints(cls)
    fields = {f.name: strategy_for(hints[f.name]) for f in dataclasses.fields(cls)}
    return st.builds(cls, **fields)


any_event = st.one_of([event_strategy(cls) for cls in e.EVENT_TYPES.values()])


def leaves(data: Any) -> list[Any]:
    if isinstance(data, dict):
        return [leaf for value in data.values() for leaf in leaves(value)]
    if isinstance(data, list):
        return [leaf for value in data for leaf in leaves(value)]
    return [data]


# --- Properties ---------------------------------------------------------------------------------


@pytest.mark.parametrize("cls", e.EVENT_TYPES.values(), ids=lambda cls: cls.__name__)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_every_event_type_round_trips(cls, data):
    event = data.draw(event_strategy(cls))

    assert e.decode(event.event_type, event.to_data()) == event


@settings(max_examples=300, deadline=None)
@given(any_event)
def test_an_event_round_trips_through_json(event):
    text = json.dumps(event.to_data())  # no default=: a Decimal, float or date would fail here

    assert e.EVENT_TYPES[event.event_type] is type(event)
    assert e.decode(event.event_type, json.loads(text)) == event


@settings(max_examples=200, deadline=None)
@given(any_event)
def test_event_data_is_plain_json_with_amounts_as_strings(event):
    data = event.to_data()

    assert set(data) == {f.name for f in dataclasses.fields(event)}
    # Amounts are strings; the only numbers are versions (of a claim a citation relied on).
    assert all(leaf is None or type(leaf) in (str, bool, int) for leaf in leaves(data))
    assert not any(isinstance(leaf, tuple) for leaf in leaves(data))


# --- Examples -----------------------------------------------------------------------------------


def test_the_catalogue_names_every_event_by_its_class():
    assert set(e.EVENT_TYPES) == {
        cls.__name__ for cls in e.CLAIM_EVENTS + e.SOURCE_EVENTS + e.CITATION_EVENTS
    }
    assert e.NoteAdded(text="x").event_type == "NoteAdded"


def test_a_reported_claim_as_stored():
    event = e.ClaimReported(
        claim_id="homicide-rate-2011",
        statement="Guatemala's homicide rate in 2011 was close to 39 per 100,000 people.",
        subject="Guatemala",
        value=Quantity.of("39", "per 100,000 people", "nearly"),
        attributed_to="un",
        period=Period(dt.date(2011, 1, 1), dt.date(2011, 12, 31)),
        reported_in=Document(
            url="https://www.worldpoliticsreview.com/",
            publisher="wpr",
            published_at=dt.date(2013, 3, 1),
        ),
    )

    assert event.to_data() == {
        "claim_id": "homicide-rate-2011",
        "statement": "Guatemala's homicide rate in 2011 was close to 39 per 100,000 people.",
        "subject": "Guatemala",
        "value": {"amount": "39", "unit": "per 100,000 people", "qualifier": "nearly"},
        "attributed_to": "un",
        "indicator": None,
        "period": {"start": "2011-01-01", "end": "2011-12-31"},
        "place": "",
        "reported_in": {
            "url": "https://www.worldpoliticsreview.com/",
            "publisher": "wpr",
            "published_at": "2013-03-01",
            "title": "",
        },
        "note": "",
        "said_by": None,
        "relayed_by": [],
        "language": "en",
    }
    assert e.decode("ClaimReported", event.to_data()) == event


def test_lists_and_flags_are_stored_as_json_and_read_back_as_tuples_and_booleans():
    event = e.ClaimCorrected(
        reason="Unit.",
        old_value=Quantity.of("45", "percent"),
        new_value=Quantity.of("4500", "people"),
        unit_changed=True,
        superseded_figures=("d1", "d2"),
    )

    data = json.loads(json.dumps(event.to_data()))

    assert (data["unit_changed"], data["superseded_figures"]) == (True, ["d1", "d2"])
    decoded = e.decode("ClaimCorrected", data)
    assert decoded == event
    assert isinstance(decoded, e.ClaimCorrected)
    assert decoded.superseded_figures == ("d1", "d2")


def test_a_list_not_recorded_stays_none():
    data = {"reason": "False.", "superseded_disputes": None}

    assert e.decode("ClaimRefuted", data) == e.ClaimRefuted(
        reason="False.", superseded_disputes=None
    )


def test_a_proposition_is_stored_without_a_value():
    event = e.ClaimReported(
        claim_id="c",
        statement="A trafficker was killed.",
        subject="Mexico",
        value=None,
        attributed_to="early-reports",
        said_by="Local police",
        relayed_by=("wire", "paper"),
        language="es",
    )

    data = event.to_data()

    assert (data["value"], data["relayed_by"], data["language"]) == (None, ["wire", "paper"], "es")
    assert e.decode("ClaimReported", data) == event


def test_decoding_an_unknown_event_type_is_refused():
    with pytest.raises(e.UnknownEventType, match="ClaimDeleted"):
        e.decode("ClaimDeleted", {})


def test_decoding_ignores_keys_the_event_does_not_have():
    assert e.decode("NoteAdded", {"text": "x", "added_later": 1}) == e.NoteAdded(text="x")


def test_decoding_fills_defaults_for_missing_optional_fields():
    assert e.decode("ClaimRetracted", {"reason": "Withdrawn."}) == e.ClaimRetracted(
        reason="Withdrawn."
    )


def test_decoding_as_many_keys_but_not_the_same_ones_takes_the_constructor():
    # One field missing, one unknown key: the count matches the fields, the names do not.
    data = {"reason": "Withdrawn.", "by": "un", "retracted_by_later_schema": "x"}
    assert len(data) == len(dataclasses.fields(e.ClaimRetracted))

    assert e.decode("ClaimRetracted", data) == e.ClaimRetracted(reason="Withdrawn.", by="un")


def test_decoding_data_missing_a_required_field_is_refused_as_the_constructor_refuses():
    with pytest.raises(TypeError, match="text"):
        e.decode("NoteAdded", {})


def test_an_event_decoded_from_its_slots_is_frozen_and_equal_to_a_constructed_one():
    event = e.decode("NoteAdded", {"text": "x"})

    assert event == e.NoteAdded(text="x")
    assert hash(event) == hash(e.NoteAdded(text="x"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.text = "y"  # type: ignore[misc]


def test_an_event_type_with_a_post_init_is_always_constructed(monkeypatch):
    @dataclasses.dataclass(frozen=True, kw_only=True, slots=True)
    class Checked(e.Event):
        text: str

        def __post_init__(self) -> None:
            if not self.text:
                raise InvalidValue("A text is required.", "text")

    monkeypatch.setitem(e.EVENT_TYPES, "Checked", Checked)  # the plans are cleared per test

    assert e.decode("Checked", {"text": "x"}) == Checked(text="x")
    with pytest.raises(InvalidValue):
        e.decode("Checked", {"text": ""})


# --- Reading stored values: the unchecked path agrees with the checked one ---------------------

stored_values = st.one_of(
    quantities.map(lambda q: q.to_data()),
    st.fixed_dictionaries(
        {
            "amount": st.one_of(
                st.text(max_size=30), amounts.map(str), st.integers().map(str), st.none()
            ),
            "unit": st.one_of(texts, st.none(), st.integers()),
            "qualifier": st.one_of(st.sampled_from([q.value for q in Qualifier]), texts),
        }
    ),
)


def _read(reader, data):
    try:
        return reader(data)
    except (ValueError, InvalidValue) as exc:
        return type(exc)


@settings(max_examples=400, deadline=None)
@given(data=stored_values)
def test_stored_quantity_reads_as_the_checked_path_reads_it(data):
    """What the store holds reads back as from_data reads it: equal, with the same amount text,
    or refused the same way; the unchecked path only skips checks a stored value has passed."""
    fast, checked = _read(Quantity.from_stored, data), _read(Quantity.from_data, data)
    assert fast == checked
    if isinstance(checked, Quantity):
        assert str(fast.amount) == str(checked.amount)
        assert fast.unit == checked.unit


@settings(max_examples=200, deadline=None)
@given(
    data=st.one_of(
        periods.map(lambda p: p.to_data()),
        st.fixed_dictionaries({"start": st.one_of(texts, dates.map(str)), "end": texts}),
    )
)
def test_stored_period_reads_as_the_checked_path_reads_it(data):
    assert _read(Period.from_stored, data) == _read(Period.from_data, data)


@settings(max_examples=200, deadline=None)
@given(dates, dates)
def test_a_stored_period_of_two_dates_reads_as_the_checked_path_reads_it(start, end):
    data = {"start": start.isoformat(), "end": end.isoformat()}

    assert _read(Period.from_stored, data) == _read(Period.from_data, data)
    if end < start:
        with pytest.raises(InvalidValue, match="ends before it starts"):
            Period.from_stored(data)
    else:
        read = Period.from_stored(data)
        assert (read.start, read.end) == (start, end)
        assert read == Period(start, end)
        assert hash(read) == hash(Period(start, end))


@pytest.mark.parametrize(
    "amount", ["34.50", "-0", "0.0", "1E+2", "007", "1.000000001", "100000000000000000000"]
)
def test_stored_amount_not_in_written_form_takes_the_checks(amount):
    data = {"amount": amount, "unit": "people", "qualifier": "exact"}
    assert _read(Quantity.from_stored, data) == _read(Quantity.from_data, data)
    value = _read(Quantity.from_stored, data)
    if isinstance(value, Quantity):
        assert str(value.amount) == str(Quantity.from_data(data).amount)
