"""Snapshots: a claim's state as JSON data reads back as the same state, in every part."""

import json

import pytest

from claims.core.domain import events as e
from claims.core.domain import snapshots
from claims.core.domain.claim import ClaimState
from claims.core.domain.values import Document, Period
from tests.domain.scenario import disputed, given, qty, reported

WPR = Document(
    url="https://www.worldpoliticsreview.com/x",
    publisher="wpr",
    published_at=Period.from_data({"start": "2013-03-01", "end": "2013-03-01"}).start,
    title="Guatemala's homicide rate",
)
H1 = Period.from_data({"start": "2012-01-01", "end": "2012-06-30"})


def full_state() -> ClaimState:
    """A state with every field set, and every kind of figure and dispute."""
    return given(
        reported(
            indicator="gt-share",
            place="Guatemala",
            reported_in=WPR,
            note="From an interview.",
            said_by="Guatemalan officials",
            relayed_by=("zaino", "arnson"),
            language="es",
        ),
        e.FigureAdded(
            figure_id="f1",
            source="un",
            value=qty("40", qualifier="approximately"),
            reported_in=WPR,
            reason="UN data.",
            said_by="UNODC",
            relayed_by=("wilson",),
            period=H1,
        ),
        disputed("d1", by="wilson", counter_value=qty("30"), evidence="https://example.org/e"),
        e.DisputeResolved(
            dispute_id="d1", resolution="upheld", reason="Right.", accepted_figure="d1"
        ),
        disputed("d2"),
        e.EvidenceAttached(
            evidence_id="v1", url="https://example.org/r", title="Report", kind="pdf", note="p. 3"
        ),
        e.ReviewAssigned(assignee="ana"),
        e.NoteAdded(text="Check."),
        e.ClaimRefuted(
            reason="False.", evidence="https://example.org/m", superseded_disputes=("d2",)
        ),
    )


def round_trip(state: ClaimState) -> ClaimState:
    return snapshots.claim_from_data(json.loads(json.dumps(snapshots.claim_to_data(state))))


def test_a_state_with_every_field_set_reads_back_as_itself():
    state = full_state()

    assert round_trip(state) == state
    assert round_trip(state).figure("f1").period == H1  # type: ignore[union-attr]
    assert round_trip(state).reported_in == WPR


def test_a_recast_proposition_reads_back_as_itself():
    state = given(
        reported(),
        e.ClaimRecast(reason="A statement.", old_value=qty("45"), withdrawn_figures=("primary",)),
    )

    assert round_trip(state) == state
    assert round_trip(state).value is None


def test_a_snapshot_is_plain_data():
    data = snapshots.claim_to_data(full_state())

    assert data["v"] == snapshots.SNAPSHOT_VERSION == 4
    assert data["period"] == {"start": "2012-01-01", "end": "2012-12-31"}
    assert data["reported_in"]["publisher"] == "wpr"
    assert data["relayed_by"] == ["zaino", "arnson"]
    assert data["figures"][1]["period"] == {"start": "2012-01-01", "end": "2012-06-30"}
    assert data["figures"][1]["reported_in"]["url"] == WPR.url
    assert data["disputes"][0]["counter_value"] == {
        "amount": "30",
        "unit": "percent",
        "qualifier": "exact",
    }
    assert [
        (v["evidence_id"], v["given_with"], v["added_in_version"]) for v in data["evidence"]
    ] == [
        ("v1", None, 6),
        ("refuted-9", "refuted", 9),
    ]


@pytest.mark.parametrize("version", [1, 2, 3, None, 5])
def test_a_snapshot_of_another_version_is_outdated(version):
    data = snapshots.claim_to_data(full_state())
    data["v"] = version

    with pytest.raises(snapshots.OutdatedSnapshot, match=f"Snapshot version {version!r}, not 4"):
        snapshots.claim_from_data(data)
    assert issubclass(snapshots.OutdatedSnapshot, ValueError)
