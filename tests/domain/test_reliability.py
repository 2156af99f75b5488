"""Source reliability from the whole record (tracker/indicators.py): the formula, its prior and
its explanation. Pure: no Django, no database."""

from __future__ import annotations

import dataclasses
from decimal import Decimal as D
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker import indicators as ind

COUNT = st.integers(0, 10**6)
RECORDS = st.builds(
    ind.SourceCounts,
    reported=COUNT,
    confirmed=COUNT,
    corrected=COUNT,
    refuted=COUNT,
    retracted=COUNT,
    disputed=COUNT,
    figures_accepted=COUNT,
    figures_superseded=COUNT,
    disputes_upheld=COUNT,
    disputes_rejected=COUNT,
)
HELD = ("confirmed", "figures_accepted", "disputes_upheld")
FAILED = ("refuted", "retracted", "disputes_rejected", "corrected", "figures_superseded")
NEUTRAL = ("reported", "disputed")


def exact(counts: ind.SourceCounts) -> Fraction:
    """The formula written out with fractions, as the README gives it."""
    held = counts.confirmed + counts.figures_accepted + counts.disputes_upheld
    failed = (
        counts.refuted
        + counts.retracted
        + counts.disputes_rejected
        + Fraction(1, 2) * (counts.corrected + counts.figures_superseded)
    )
    return (held + 2) / (held + failed + 4)


def rounded(value: Fraction) -> D:
    return (D(value.numerator) / D(value.denominator)).quantize(D("0.0001"))


def test_the_whole_record_counts() -> None:
    # held 1 + 2 + 1 = 4, failed 1 + 1 + ½·2 = 3: (4 + 2) / (4 + 3 + 2 + 2) = 6 / 11
    counts = ind.SourceCounts(
        reported=3,
        confirmed=1,
        refuted=1,
        figures_accepted=2,
        figures_superseded=2,
        disputes_upheld=1,
        disputes_rejected=1,
    )
    assert ind.reliability(counts) == D("0.5455")
    # Only figures and disputes: a source that never had a claim attributed to it is scored.
    assert ind.reliability(ind.SourceCounts(disputes_upheld=3)) == D("0.7143")
    assert ind.reliability(ind.SourceCounts(disputes_rejected=3)) == D("0.2857")
    assert ind.reliability(ind.SourceCounts(figures_accepted=1)) == D("0.6")
    assert ind.reliability(ind.SourceCounts(figures_superseded=2)) == D("0.4")


def test_a_source_with_no_decided_item_sits_at_the_prior_mean() -> None:
    assert ind.reliability(ind.SourceCounts(reported=9, disputed=4)) == D("0.5")
    why = ind.explain(ind.SourceCounts(reported=9, disputed=4))
    assert (why["held"], why["failed"], why["reliability"]) == ("0", "0", "0.5000")
    assert why["prior"] == {"alpha": "2", "beta": "2"}


@settings(deadline=None, max_examples=300)
@given(RECORDS)
def test_reliability_is_the_written_formula(counts: ind.SourceCounts) -> None:
    assert ind.reliability(counts) == rounded(exact(counts))


@settings(deadline=None, max_examples=200)
@given(RECORDS, st.sampled_from(HELD), st.sampled_from(FAILED), st.sampled_from(NEUTRAL))
def test_each_decision_moves_the_score_its_way(
    counts: ind.SourceCounts, held: str, failed: str, neutral: str
) -> None:
    score = exact(counts)
    assert 0 < score < 1

    def plus_one(name: str) -> Fraction:
        return exact(dataclasses.replace(counts, **{name: getattr(counts, name) + 1}))

    assert plus_one(held) > score
    assert plus_one(failed) < score
    assert plus_one(neutral) == score


@settings(deadline=None, max_examples=200)
@given(RECORDS)
def test_the_explanation_adds_up(counts: ind.SourceCounts) -> None:
    why = ind.explain(counts)
    assert why["reliability"] == str(ind.reliability(counts))
    sums = {"held": D(0), "failed": D(0)}
    for term in why["terms"]:
        assert term["n"] == getattr(counts, term["count"])
        sums[term["side"]] += term["n"] * D(term["weight"])
    assert (ind.decimal_str(sums["held"]), ind.decimal_str(sums["failed"])) == (
        why["held"],
        why["failed"],
    )
    # Every count that weighs is listed, and only those.
    assert {t["count"] for t in why["terms"]} == set(HELD) | set(FAILED)


def test_counts_from_statuses_takes_the_rest_of_the_record() -> None:
    counts = ind.counts_from_statuses(
        {"confirmed": 1, "reported": 2}, {"figures_accepted": 3, "disputes_rejected": 4}
    )
    assert counts == ind.SourceCounts(
        reported=3, confirmed=1, figures_accepted=3, disputes_rejected=4
    )
