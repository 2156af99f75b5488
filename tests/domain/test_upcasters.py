"""Upcasters: stored data of an old schema version loads as the current event."""

import copy

import pytest

from claims.core.domain import events as e
from claims.core.domain.upcasters import UPCASTERS, current_version, upcast
from claims.core.domain.values import Quantity

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
