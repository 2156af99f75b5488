"""Accuracy targets on the annotated evaluation sets (not a timing test).

The held-out sets (heldout_en, heldout_es, matching_heldout) were written from
docs/extraction-annotation.md before the extractor was changed, and are never tuned on: these
tests only read their aggregate scores. They fail when a change makes the extractor or the
matcher worse than the targets, so `make test` enforces them.

The text sets in use were written on 5 December 2026 by writers who had read only the guideline,
and checked by a second annotator, before any of that day's rules; they were read twice that
day (before and after the rules), and three times on 6 December, each time after the rules
taught by eight or nine more development sets written the same way (a sixth, after four more,
changed nothing); the fifth reading gives the floors in KNOWN_GAPS.
The sets they replaced were opened on 5 December and became development files
(`dev_former_heldout_*.jsonl`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from claims.importing.extraction.evaluate import (
    Report,
    evaluate_matching,
    evaluate_texts,
    format_matching,
    format_report,
    main,
)

EVAL_DIR = Path(__file__).parent / "eval"
HELDOUT = [EVAL_DIR / "heldout_en.jsonl", EVAL_DIR / "heldout_es.jsonl"]
DEVELOPMENT = [EVAL_DIR / "main.jsonl", EVAL_DIR / "dev_en.jsonl", EVAL_DIR / "dev_es.jsonl"]

# Targets on the held-out texts (per language): figures, then each field's accuracy.
FIGURE_RECALL = 0.95
FIGURE_PRECISION = 0.9
FIELD_TARGETS = {
    "qualifier": 0.95,
    "attribution": 0.95,
    "unit": 0.9,
    "period": 0.9,
    "subject": 0.8,
}
RELATION_TARGET = 0.9


@pytest.fixture(scope="module")
def heldout() -> dict[tuple[str, str], Report]:
    return evaluate_texts(HELDOUT)


@pytest.fixture(scope="module")
def development() -> dict[tuple[str, str], Report]:
    return evaluate_texts(DEVELOPMENT)


def _summary(report: Report) -> str:
    return format_report(report)


@pytest.mark.parametrize("language", ["en", "es"])
def test_heldout_figures_meet_targets(
    heldout: dict[tuple[str, str], Report], language: str
) -> None:
    report = heldout[("held-out", language)]
    assert report.texts >= (27 if language == "en" else 13), _summary(report)
    assert report.recall >= FIGURE_RECALL, _summary(report)
    assert report.precision >= FIGURE_PRECISION, _summary(report)


# Held-out scores still below their target (README, "Known gaps"): the score may not drop below
# today's (the floor), and the target is a strict expected failure, so that meeting it fails
# until the entry is removed here.
# The floors are the fifth reading (6 December 2026, after the rules of nine more development
# sets written like the held-out ones, dev_g24* and dev_g25*): English period 0.875 -> 0.883
# (113 of 128; the target needs 116), Spanish period 0.883 unchanged (53 of 60; it needs 54).
# English subject met its target at 0.805 (103 of 128) and left this table; the third reading
# had met English attribution at 0.953 the same way. A sixth reading the same day, after four
# more sets written to vary how periods are said (dev_g26*), gave the same scores; so did a
# seventh and an eighth reading in the next session (after dev_g27*, dev_g28* and rules that set
# right 77 periods of the earlier development files), which raised other fields only, and a
# ninth and a tenth in the session after (dev_g29* and the lead's rules), unchanged, and an
# eleventh and a twelfth in the session after that (a convention settled, the lead's rules from
# paraphrased wire copy), unchanged. The thirteenth, in the next session, after the lead's rules
# taught by the residual mistakes of the former held-out files (a part singled out of a dated
# toll, what an event was, an old first period that frames its paragraph), raised English period
# to 0.898 (115 of 128), the floor since; the fourteenth, after two more sets (dev_g30*) and more
# of the lead's rules, kept it and raised English subject to 0.812.
KNOWN_GAPS: dict[tuple[str, str], float] = {
    ("period", "en"): 0.898,
    ("period", "es"): 0.883,
}


def _field_cases() -> list[Any]:
    cases = []
    for field in sorted(FIELD_TARGETS):
        for language in ("en", "es"):
            gap = (field, language) in KNOWN_GAPS
            marks = (
                [pytest.mark.xfail(strict=True, reason=f"known gap: held-out {field} ({language})")]
                if gap
                else []
            )
            cases.append(pytest.param(field, language, marks=marks, id=f"{field}-{language}"))
    return cases


@pytest.mark.parametrize(("field", "language"), _field_cases())
def test_heldout_fields_meet_targets(
    heldout: dict[tuple[str, str], Report], language: str, field: str
) -> None:
    report = heldout[("held-out", language)]
    assert report.fields[field].accuracy >= FIELD_TARGETS[field], _summary(report)


@pytest.mark.parametrize(("field", "language"), sorted(KNOWN_GAPS))
def test_heldout_known_gaps_do_not_widen(
    heldout: dict[tuple[str, str], Report], language: str, field: str
) -> None:
    report = heldout[("held-out", language)]
    floor = KNOWN_GAPS[(field, language)]
    assert round(report.fields[field].accuracy, 3) >= floor, _summary(report)


def test_heldout_matching_meets_target() -> None:
    report = evaluate_matching(EVAL_DIR / "matching_heldout.jsonl")
    summary = format_matching(report)
    assert report.cases >= 40, summary
    assert report.precision >= RELATION_TARGET, summary
    assert report.recall >= RELATION_TARGET, summary


def test_heldout_errors_are_never_listed(heldout: dict[tuple[str, str], Report]) -> None:
    # Nobody tunes on the held-out sets: their disagreements are not even collected.
    assert all(not report.errors for report in heldout.values())
    assert not evaluate_matching(EVAL_DIR / "matching_heldout.jsonl").errors


def test_development_sets_are_large_enough(development: dict[tuple[str, str], Report]) -> None:
    english, spanish = development[("development", "en")], development[("development", "es")]
    # With the held-out parts: at least 40 English and 15 Spanish annotated texts.
    assert english.texts + 27 >= 40
    assert spanish.texts >= 8
    assert spanish.texts + 13 >= 15


@pytest.mark.parametrize("language", ["en", "es"])
def test_development_sets_stay_good(
    development: dict[tuple[str, str], Report], language: str
) -> None:
    report = development[("development", language)]
    summary = _summary(report) + "\n" + "\n".join(report.errors)
    assert report.recall >= 0.95, summary
    assert report.precision >= 0.95, summary
    for field in ("qualifier", "unit", "attribution"):
        assert report.fields[field].accuracy >= 0.9, summary


def test_development_matching_set() -> None:
    report = evaluate_matching(EVAL_DIR / "matching_dev.jsonl")
    summary = format_matching(report) + "\n" + "\n".join(report.errors)
    assert report.cases >= 30, summary
    assert report.precision >= 0.95, summary
    assert report.recall >= 0.95, summary
    assert report.indicator_accuracy >= 0.95, summary


def test_command_line_prints_tables_per_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(EVAL_DIR)]) == 0
    out = capsys.readouterr().out
    assert "held-out · English" in out
    assert "held-out · Spanish" in out
    assert "development · Spanish" in out
    assert "matching_heldout.jsonl" in out
    assert "attribution" in out
    assert "subject" in out


def test_verbose_lists_development_errors_only(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(EVAL_DIR / "heldout_en.jsonl"), "--verbose"]) == 0
    out = capsys.readouterr().out
    assert "held-out · English" in out
    assert not [line for line in out.splitlines() if line.startswith("  ") and line[2:3].strip()]
