"""The claim matcher (pure): a candidate's indicator and its relations to existing claims."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.importing.matching import (
    CandidateFacts,
    ClaimFacts,
    IndicatorFacts,
    match_candidate,
    meanings,
    units_agree,
    within,
)

Y2012 = (datetime.date(2012, 1, 1), datetime.date(2012, 12, 31))
Y2011 = (datetime.date(2011, 1, 1), datetime.date(2011, 12, 31))
RATE = IndicatorFacts(
    "gt-homicide-rate", "Guatemala", "homicide rate", "per 100,000 people", Decimal(5)
)
SHARE = IndicatorFacts(
    "gt-oc-share",
    "Guatemala",
    "share of homicides linked to organized crime",
    "percent",
    Decimal(10),
)


def claim(
    claim_id: str,
    amount: str,
    *,
    source: str | None = "un",
    period: tuple[datetime.date, datetime.date] | None = Y2012,
    qualifier: str = "exact",
    indicator: str | None = "gt-homicide-rate",
    unit: str = "per 100,000 people",
    subject: str = "Guatemala",
    place: str = "Guatemala",
    status: str = "reported",
) -> ClaimFacts:
    return ClaimFacts(
        claim_id, "", subject, indicator, Decimal(amount), unit, qualifier,
        period[0] if period else None, period[1] if period else None, place, source, status,
    )  # fmt: skip


def candidate(
    amount: str,
    *,
    source: str | None = "un",
    period: tuple[datetime.date, datetime.date] | None = Y2012,
    qualifier: str = "exact",
    unit: str = "per 100,000 people",
    subject: str = "homicide rate in Guatemala",
    place: str | None = "Guatemala",
    language: str = "en",
) -> CandidateFacts:
    return CandidateFacts(
        "", Decimal(amount), unit, qualifier, period[0] if period else None,
        period[1] if period else None, place, subject, source, language,
    )  # fmt: skip


def relations(found: CandidateFacts, *claims: ClaimFacts) -> dict[str, str]:
    result = match_candidate(found, claims, [RATE, SHARE])
    return {m.claim: m.relation for m in result.matches}


def test_same_updates_agrees_conflicts() -> None:
    un_2012 = claim("c1", "34.5")
    gov_2012 = claim("c3", "33.9", source="gov")
    assert relations(candidate("34.5"), un_2012, gov_2012) == {"c1": "same", "c3": "agrees"}
    assert relations(candidate("36"), un_2012, gov_2012) == {"c1": "updates", "c3": "conflicts"}
    assert relations(candidate("40", source="insight"), un_2012) == {"c1": "conflicts"}


def test_approximately_and_exact_are_the_same_value_but_nearly_is_not() -> None:
    un_2012 = claim("c1", "39")
    assert relations(candidate("39", qualifier="approximately"), un_2012) == {"c1": "same"}
    assert relations(candidate("39", qualifier="nearly"), un_2012) == {"c1": "updates"}
    at_most = claim("c2", "45", qualifier="up_to")
    assert relations(candidate("45", qualifier="at_most"), at_most) == {"c2": "same"}


def test_tolerance_edge_counts_as_within() -> None:
    base = claim("c4", "45", indicator="gt-oc-share", unit="percent", source="officials")
    subject = "share of homicides linked to organized crime in Guatemala"
    close = candidate("49.5", source="wilson", unit="percent", subject=subject)
    far = candidate("49.6", source="wilson", unit="percent", subject=subject)
    assert relations(close, base) == {"c4": "agrees"}
    assert relations(far, base) == {"c4": "conflicts"}
    assert within(Decimal("49.5"), Decimal(45), Decimal(10))


def test_periods_same_overlapping_or_unrelated() -> None:
    un_2012 = claim("c1", "34.5")
    both_years = (datetime.date(2011, 1, 1), datetime.date(2012, 12, 31))
    assert relations(candidate("35", source="x", period=both_years), un_2012) == {"c1": "agrees"}
    assert relations(candidate("40", source="x", period=both_years), un_2012) == {}
    assert relations(candidate("34.5", period=Y2011), un_2012) == {}  # same source, other year
    assert relations(candidate("34.5", period=None), un_2012) == {}


def test_the_indicator_is_found_by_meaning_in_either_language() -> None:
    spanish = candidate("34.5", subject="tasa de homicidios en Guatemala", language="es")
    assert match_candidate(spanish, [], [RATE, SHARE]).indicator == "gt-homicide-rate"
    murder = candidate("34.5", subject="murder rate in Guatemala")
    assert match_candidate(murder, [], [RATE]).indicator == "gt-homicide-rate"
    femicide = candidate("2.1", subject="tasa de femicidios en Guatemala", language="es")
    assert match_candidate(femicide, [], [RATE]).indicator is None
    honduras = candidate("34.5", place="Honduras")
    assert match_candidate(honduras, [], [RATE]).indicator is None
    nowhere = candidate("34.5", place=None)
    assert match_candidate(nowhere, [], [RATE]).indicator is None


def test_a_narrower_measure_is_another_indicator() -> None:
    poverty = IndicatorFacts("gt-poverty", "Guatemala", "poverty rate", "percent", Decimal(3))
    extreme = candidate("23.4", unit="percent", subject="extreme poverty rate in Guatemala")
    assert match_candidate(extreme, [], [poverty]).indicator is None
    plain = candidate("59.3", unit="percent", subject="poverty rate in Guatemala")
    assert match_candidate(plain, [], [poverty]).indicator == "gt-poverty"


def test_percent_of_a_base_matches_a_percent_indicator_about_that_base() -> None:
    assert units_agree("percent of homicides", SHARE)
    assert not units_agree("percent of voters", SHARE)
    assert not units_agree("percent", RATE)
    seed = candidate(
        "45",
        source="officials",
        qualifier="up_to",
        unit="percent of homicides",
        subject="share of homicides where organized crime was a factor in Guatemala",
    )
    demo = claim(
        "oc", "45", source="officials", qualifier="up_to", indicator="gt-oc-share", unit="percent"
    )
    assert relations(seed, demo) == {"oc": "same"}


def test_claims_without_an_indicator_match_on_unit_place_and_subject() -> None:
    deployed = claim(
        "c6",
        "1300",
        source="gov",
        indicator=None,
        unit="police officers",
        subject="police officers deployed in Guatemala",
    )
    found = candidate(
        "1300",
        source="gov",
        unit="police officers",
        subject="police officers deployed to the capital of Guatemala",
    )
    assert relations(found, deployed) == {"c6": "same"}
    other_unit = candidate("1300", source="gov", unit="officers", subject=found.subject)
    assert relations(other_unit, deployed) == {}


@pytest.mark.parametrize(
    ("unit", "subject", "related"),
    [
        ("homicidios", "homicidios en Guatemala", "same"),
        ("muertes", "homicides in Guatemala", None),  # deaths are not homicides
        ("homicidios", "homicidios de mujeres en Guatemala", None),  # a narrower count
        ("homicidios registrados", "homicidios en Guatemala", None),  # two words against one
    ],
)
def test_the_same_count_in_the_other_language_is_the_same_claim(
    unit: str, subject: str, related: str | None
) -> None:
    """A Spanish article's '2.842 homicidios' against an English claim of 2,842 homicides, from
    the same source: the same figure, which accepting would duplicate."""
    held = claim(
        "c9", "2842", source="gob", indicator=None, unit="homicides",
        subject="homicides in Guatemala",
    )  # fmt: skip
    found = candidate("2842", source="gob", unit=unit, subject=subject, language="es")
    assert relations(found, held) == ({"c9": related} if related else {})


def test_a_change_of_a_count_is_not_the_count() -> None:
    """'5,155 homicides in 2012, 526 fewer than in 2011': the 526 is a fall in homicides, not
    a new value for the 5,155 — never an update of it (whose default action corrects the
    claim) nor a conflict with it, nor a reading of the level's indicator."""
    count = claim(
        "c7",
        "5155",
        source="mp",
        indicator=None,
        unit="homicides",
        subject="homicides in Guatemala",
    )
    for subject in ("fall in homicides in Guatemala", "reducción de homicidios en Guatemala"):
        fall = candidate("526", source="mp", unit="homicides", subject=subject)
        assert relations(fall, count) == {}, subject
        other = claim(
            "c8", "526", source="other", indicator=None, unit="homicides", subject=subject
        )
        assert relations(fall, other) == {"c8": "agrees"}
    level = candidate("5155", source="mp", unit="homicides", subject="homicides in Guatemala")
    assert relations(level, count) == {"c7": "same"}
    rate_fall = candidate("4.4", subject="fall in the homicide rate in Guatemala")
    assert match_candidate(rate_fall, [], [RATE, SHARE]).indicator is None
    assert relations(rate_fall, claim("c9", "39")) == {}


def test_refuted_claims_are_still_matched() -> None:
    refuted = claim("r", "60", source="early", status="refuted")
    assert relations(candidate("60", source="early"), refuted) == {"r": "same"}


def test_meanings_fold_plurals_languages_and_synonyms() -> None:
    assert meanings("homicide rate") == meanings("tasa de homicidios")
    assert meanings("remittances to Guatemala", place="Guatemala") == {"remittance"}
    assert "share" in meanings("proporción de víctimas")


@given(
    st.decimals(min_value=Decimal(1), max_value=Decimal(1000), places=2),
    st.decimals(min_value=Decimal(1), max_value=Decimal(1000), places=2),
)
def test_a_relation_is_at_most_one_and_symmetric_in_value(a: Decimal, b: Decimal) -> None:
    found = relations(candidate(str(a), source="x"), claim("c", str(b)))
    assert len(found) <= 1
    if found:
        expected = "agrees" if within(a, b, Decimal(5)) else "conflicts"
        assert found == {"c": expected}


@pytest.mark.parametrize("status", ["reported", "disputed", "corrected", "confirmed", "retracted"])
def test_status_never_changes_the_relation(status: str) -> None:
    assert relations(candidate("34.5"), claim("c", "34.5", status=status)) == {"c": "same"}


def test_a_reason_gives_the_tolerance_with_the_digits_it_needs() -> None:
    """A tolerance stored as 5.000 reads '5.000%' — five thousand to a Spanish reader."""
    stored = IndicatorFacts(
        "gt-homicide-rate", "Guatemala", "homicide rate", "per 100,000 people", Decimal("5.000")
    )
    far = match_candidate(candidate("60", source="other"), [claim("c1", "39")], [stored])
    near = match_candidate(candidate("39.5", source="other"), [claim("c1", "39")], [stored])
    assert "more than 5% from 39" in far.matches[0].reason
    assert "within 5% of 39" in near.matches[0].reason
    half = IndicatorFacts("k", "Guatemala", "homicide rate", "per 100,000 people", Decimal("2.50"))
    assert (
        "2.5%"
        in match_candidate(
            candidate("39.5", source="other"), [claim("c1", "39", indicator="k")], [half]
        )
        .matches[0]
        .reason
    )
