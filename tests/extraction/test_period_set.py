"""Floors on the development set of period expressions and Spanish subjects (not a timing test).

`dev_periods.jsonl` holds news texts about Guatemala written to exercise how periods are said
(fiscal years, ranges, quarters, four-month periods, weeks of a month, weekends, "del año
pasado", "de enero a la fecha", a year that names a law) and how Spanish subjects are phrased
(a measure as a share of a base, a bare "la reducción", a reported clause after "estimó que").
It was written in batches, each before the extractor was run on it; the rules are tuned on it
like on any development set, and these floors keep a change from quietly undoing what it taught.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.importing.extraction.evaluate import Report, evaluate_texts, format_report

PERIODS = Path(__file__).parent / "eval" / "dev_periods.jsonl"

FLOORS = {
    "qualifier": 0.95,
    "unit": 0.9,
    "attribution": 0.9,
    "period": 0.9,
    "subject": 0.8,
}


@pytest.fixture(scope="module")
def periods() -> dict[tuple[str, str], Report]:
    return evaluate_texts([PERIODS])


@pytest.mark.parametrize("language", ["en", "es"])
def test_period_set_is_large_enough(periods: dict[tuple[str, str], Report], language: str) -> None:
    report = periods[("development", language)]
    assert report.texts >= 40, format_report(report)
    assert report.gold >= 85, format_report(report)


@pytest.mark.parametrize("language", ["en", "es"])
def test_period_set_figures(periods: dict[tuple[str, str], Report], language: str) -> None:
    report = periods[("development", language)]
    summary = format_report(report) + "\n" + "\n".join(report.errors)
    assert report.recall >= 0.95, summary
    assert report.precision >= 0.95, summary


@pytest.mark.parametrize("field", sorted(FLOORS))
@pytest.mark.parametrize("language", ["en", "es"])
def test_period_set_fields(
    periods: dict[tuple[str, str], Report], language: str, field: str
) -> None:
    report = periods[("development", language)]
    summary = format_report(report) + "\n" + "\n".join(report.errors)
    assert report.fields[field].accuracy >= FLOORS[field], summary
