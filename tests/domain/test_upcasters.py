"""Upcasters: stored data of an old schema version loads as the current event."""

import copy
import json
from typing import Any

import pytest

from claims.core.domain import commands as c
from claims.core.domain import events as e
from claims.core.domain.claim import ClaimState, DisputeStatus, FigureStatus, replay
from claims.core.domain.upcasters import UPCASTERS, current_version, upcast, upcaster
from claims.core.domain.values import Quantity
from tests.domain.scenario import qty, report, story

V1_CLAIM_REPORTED = {
    "claim_id": "organized-crime-share",
    "statement": "Organized crime plays a part in as many as 45 percent of homicides.",
    "subject": "Guatemala",
    "amount": "45",
    "unit": "percent",
    "qualifier": "up_to",
    "source": "gt-officials",
    "indicator": "gt-homicides-organized-crime-share",
    "period": {"start": "2012-01-01", "end": "2012-12-31"},
    "place": "Guatemala",
    "reported_in": None,
    "note": "",
}

V2_CLAIM_REPORTED = {
    "claim_id": "organized-crime-share",
    "statement": "Organized crime plays a part in as many as 45 percent of homicides.",
    "subject": "Guatemala",
    "value": {"amount": "45", "unit": "percent", "qualifier": "up_to"},
    "attributed_to": "gt-officials",
    "indicator": "gt-homicides-organized-crime-share",
    "period": {"start": "2012-01-01", "end": "2012-12-31"},
    "place": "Guatemala",
    "reported_in": None,
    "note": "",
}


def test_claim_reported_is_at_version_2():
    assert current_version("ClaimReported") == 2


def test_a_v1_claim_reported_upcasts_to_the_v2_shape():
    assert upcast("ClaimReported", 1, V1_CLAIM_REPORTED) == V2_CLAIM_REPORTED


def test_a_v1_claim_reported_decodes_like_the_v2_one():
    from_v1 = e.decode("ClaimReported", upcast("ClaimReported", 1, V1_CLAIM_REPORTED))
    from_v2 = e.decode("ClaimReported", upcast("ClaimReported", 2, V2_CLAIM_REPORTED))

    assert from_v1 == from_v2
    assert isinstance(from_v1, e.ClaimReported)
    assert from_v1.value == Quantity.of("45", "percent", "up_to")
    assert from_v1.attributed_to == "gt-officials"


def test_a_v1_claim_reported_without_a_qualifier_was_exact():
    data = {k: v for k, v in V1_CLAIM_REPORTED.items() if k != "qualifier"}

    assert upcast("ClaimReported", 1, data)["value"]["qualifier"] == "exact"


def test_upcasting_does_not_change_the_stored_data():
    stored = copy.deepcopy(V1_CLAIM_REPORTED)

    upcast("ClaimReported", 1, stored)

    assert stored == V1_CLAIM_REPORTED


def test_data_at_the_current_version_passes_through():
    assert upcast("NoteAdded", 1, {"text": "x"}) == {"text": "x"}


def test_a_missing_upcaster_raises_lookup_error(monkeypatch):
    # A schema bumped without an upcaster for the old version.
    monkeypatch.setattr(e.ClaimDisputed, "SCHEMA_VERSION", 2)

    with pytest.raises(LookupError, match="No upcaster for ClaimDisputed v1"):
        upcast("ClaimDisputed", 1, {"dispute_id": "d1", "reason": "x"})


def test_an_upcaster_is_registered_for_its_type_and_version_and_chained(monkeypatch):
    monkeypatch.setattr(e.NoteAdded, "SCHEMA_VERSION", 3)
    monkeypatch.setitem(UPCASTERS, ("NoteAdded", 1), lambda data: {**data, "v2": True})

    @upcaster("NoteAdded", 2)
    def rename(data: dict[str, Any]) -> dict[str, Any]:
        data["body"] = data.pop("text")
        return data

    try:
        assert UPCASTERS[("NoteAdded", 2)] is rename
        assert upcast("NoteAdded", 1, {"text": "x"}) == {"body": "x", "v2": True}
        assert upcast("NoteAdded", 2, {"text": "x"}) == {"body": "x"}
    finally:
        del UPCASTERS[("NoteAdded", 2)]


def test_data_older_than_any_upcaster_raises_lookup_error():
    with pytest.raises(LookupError):
        upcast("ClaimReported", 0, V1_CLAIM_REPORTED)


@pytest.mark.parametrize("event_type", sorted(e.EVENT_TYPES))
def test_every_old_version_of_every_event_has_an_upcaster(event_type):
    missing = [
        version
        for version in range(1, current_version(event_type))
        if (event_type, version) not in UPCASTERS
    ]

    assert missing == []


# --- Verdicts and resolutions written before they said what they closed -------------------------


def load(stored: list[tuple[str, int, dict[str, Any]]]) -> ClaimState:
    """Fold events as the store hands them over: (type, schema version, data) through JSON."""
    state = replay(
        [e.decode(t, upcast(t, v, json.loads(json.dumps(data)))) for t, v, data in stored]
    )
    assert state is not None
    return state


REPORTED_V2 = {
    "claim_id": "trafficker-killed",
    "statement": "One of Mexico's most wanted drug traffickers was killed in Guatemala.",
    "subject": "Mexico",
    "value": {"amount": "45", "unit": "percent", "qualifier": "exact"},
    "attributed_to": "early-reports",
}


REPORT = report(**{**REPORTED_V2, "value": qty("45"), "period": None})


def disputed_v1(dispute_id: str, counter: str | None = None, by: str = "gt-gov") -> dict[str, Any]:
    value = {"amount": counter, "unit": "percent", "qualifier": "exact"} if counter else None
    return {"dispute_id": dispute_id, "reason": "No body.", "by": by, "counter_value": value}


@pytest.mark.parametrize("event_type", ["ClaimConfirmed", "ClaimRefuted", "ClaimRetracted"])
def test_a_v1_verdict_did_not_record_the_disputes_it_closed(event_type):
    assert current_version(event_type) == 2
    assert upcast(event_type, 1, {"reason": "X."}) == {
        "reason": "X.",
        "superseded_disputes": None,
    }


@pytest.mark.parametrize(
    ("stored", "command"),
    [
        (("ClaimRefuted", {"reason": "He was alive.", "by": "gt-gov"}), "refute"),
        (("ClaimRetracted", {"reason": "Withdrawn by its source."}), "retract"),
    ],
    ids=["refuted", "retracted"],
)
def test_an_old_log_with_a_verdict_folds_as_the_same_facts_recorded_today(stored, command):
    event_type, data = stored
    old = load(
        [
            ("ClaimReported", 2, REPORTED_V2),
            ("ClaimDisputed", 1, disputed_v1("d1")),
            ("ClaimDisputed", 1, disputed_v1("d2")),
            (event_type, 1, data),
        ]
    )
    verdict = (
        c.RefuteClaim(reason=data["reason"], by=data.get("by"))
        if command == "refute"
        else c.RetractClaim(reason=data["reason"])
    )
    today = story(
        REPORT,
        c.DisputeClaim(dispute_id="d1", reason="No body.", by="gt-gov"),
        c.DisputeClaim(dispute_id="d2", reason="No body.", by="gt-gov"),
        verdict,
    )

    assert old == today
    assert [(d.status, d.resolution_reason, d.resolved_in_version) for d in old.disputes] == [
        (DisputeStatus.SUPERSEDED, data["reason"], 4)
    ] * 2
    assert old.open_disputes == ()


def test_an_old_log_of_two_accepted_figures_keeps_only_the_later_confirmed():
    old = load(
        [
            ("ClaimReported", 2, REPORTED_V2),
            ("ClaimDisputed", 1, disputed_v1("d1", "30", by="wilson")),
            (
                "DisputeResolved",
                1,
                {
                    "dispute_id": "d1",
                    "resolution": "upheld",
                    "reason": "A.",
                    "accepted_figure": "d1",
                },
            ),
            ("ClaimDisputed", 1, disputed_v1("d2", "25", by="un")),
            (
                "DisputeResolved",
                1,
                {
                    "dispute_id": "d2",
                    "resolution": "upheld",
                    "reason": "B.",
                    "accepted_figure": "d2",
                },
            ),
        ]
    )
    today = story(
        REPORT,
        c.DisputeClaim(dispute_id="d1", reason="No body.", by="wilson", counter_value=qty("30")),
        c.ResolveDispute(resolution="upheld", reason="A.", accepted_figure="d1"),
        c.DisputeClaim(dispute_id="d2", reason="No body.", by="un", counter_value=qty("25")),
        c.ResolveDispute(resolution="upheld", reason="B.", accepted_figure="d2"),
    )

    assert old == today
    assert [(f.figure_id, f.status) for f in old.figures] == [
        ("primary", FigureStatus.REJECTED),
        ("d1", FigureStatus.SUPERSEDED),
        ("d2", FigureStatus.CONFIRMED),
    ]


def test_an_old_correction_after_an_accepted_figure_supersedes_it_and_says_if_the_unit_changed():
    corrected_v1: dict[str, Any] = {
        "reason": "The report counted people.",
        "old_value": {"amount": "30", "unit": "percent", "qualifier": "exact"},
        "new_value": {"amount": "1200", "unit": "people", "qualifier": "exact"},
    }
    assert upcast("ClaimCorrected", 1, corrected_v1)["unit_changed"] is True
    assert upcast("ClaimCorrected", 1, {"reason": "W.", "new_statement": "S."}) == {
        "reason": "W.",
        "new_statement": "S.",
        "unit_changed": False,
        "superseded_figures": None,
    }
    same_unit = {**corrected_v1, "new_value": {"amount": "31", "unit": " Percent"}}
    assert upcast("ClaimCorrected", 1, same_unit)["unit_changed"] is False

    old = load(
        [
            ("ClaimReported", 2, REPORTED_V2),
            ("ClaimDisputed", 1, disputed_v1("d1", "30", by="wilson")),
            (
                "DisputeResolved",
                1,
                {
                    "dispute_id": "d1",
                    "resolution": "upheld",
                    "reason": "A.",
                    "accepted_figure": "d1",
                },
            ),
            ("ClaimCorrected", 1, corrected_v1),
        ]
    )
    today = story(
        REPORT,
        c.DisputeClaim(dispute_id="d1", reason="No body.", by="wilson", counter_value=qty("30")),
        c.ResolveDispute(resolution="upheld", reason="A.", accepted_figure="d1"),
        c.CorrectClaim(reason=corrected_v1["reason"], value=qty("1200", "people")),
    )

    assert old == today
    assert [f.status for f in old.figures] == [FigureStatus.REPORTED, FigureStatus.SUPERSEDED]


# --- Sources, before they had other names ---------------------------------------------------------


def test_a_v1_source_registered_decodes_with_no_other_names():
    v1 = {
        "source_id": "un",
        "name": "United Nations",
        "kind": "organization",
        "url": "",
        "wikidata_id": "Q1065",
    }

    event = e.decode("SourceRegistered", upcast("SourceRegistered", 1, v1))

    assert event == e.SourceRegistered(
        source_id="un", name="United Nations", kind="organization", wikidata_id="Q1065"
    )
    assert "aliases" not in v1


def test_a_v1_source_update_leaves_the_other_names_as_they_were():
    data = upcast(
        "SourceUpdated", 1, {"name": "UN", "kind": None, "url": None, "wikidata_id": None}
    )

    assert e.decode("SourceUpdated", data) == e.SourceUpdated(name="UN")
    assert data["aliases"] is None
