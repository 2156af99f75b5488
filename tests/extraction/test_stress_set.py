"""Floors on the development stress set (not a timing test).

`dev_stress.jsonl` holds news texts written to vary what the other development sets say in few
ways: periods ("through September", "hasta septiembre", "the week to Sept. 10", fiscal years,
"the following year", "el último trimestre"), Spanish subjects and attributions (a speaker in
the sentence before or after a quotation, "informó la entidad"). The rules are tuned on it like
on any development set; these floors keep a change from quietly undoing what it taught them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.importing.extraction.evaluate import Report, evaluate_texts, format_report

STRESS = Path(__file__).parent / "eval" / "dev_stress.jsonl"

FLOORS = {
    "qualifier": 0.95,
    "unit": 0.95,
    "attribution": 0.95,
    "period": 0.9,
    "subject": 0.8,
}


@pytest.fixture(scope="module")
def stress() -> dict[tuple[str, str], Report]:
    return evaluate_texts([STRESS])


@pytest.mark.parametrize("language", ["en", "es"])
def test_stress_set_is_large_enough(stress: dict[tuple[str, str], Report], language: str) -> None:
    report = stress[("development", language)]
    assert report.texts >= 45, format_report(report)
    assert report.gold >= 95, format_report(report)


@pytest.mark.parametrize("language", ["en", "es"])
def test_stress_set_figures(stress: dict[tuple[str, str], Report], language: str) -> None:
    report = stress[("development", language)]
    summary = format_report(report) + "\n" + "\n".join(report.errors)
    assert report.recall >= 0.95, summary
    assert report.precision >= 0.95, summary


@pytest.mark.parametrize("field", sorted(FLOORS))
@pytest.mark.parametrize("language", ["en", "es"])
def test_stress_set_fields(
    stress: dict[tuple[str, str], Report], language: str, field: str
) -> None:
    report = stress[("development", language)]
    summary = format_report(report) + "\n" + "\n".join(report.errors)
    assert report.fields[field].accuracy >= FLOORS[field], summary
