"""Accuracy targets on the hand-annotated evaluation set (not a timing test)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.importing.extraction.evaluate import evaluate_file, format_report, main

EVAL_DIR = Path(__file__).parent / "eval"


def test_main_set_meets_targets() -> None:
    report = evaluate_file(EVAL_DIR / "main.jsonl")
    summary = format_report(report) + "\n" + "\n".join(report.errors)
    assert report.texts >= 24, summary
    assert report.recall >= 0.9, summary
    assert report.precision >= 0.8, summary
    assert report.fields["qualifier"].accuracy >= 0.9, summary
    assert report.fields["attribution"].accuracy >= 0.8, summary


def test_heldout_set_is_scored() -> None:
    report = evaluate_file(EVAL_DIR / "heldout.jsonl")
    assert report.texts >= 8
    assert report.gold > 0


def test_command_line_prints_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(EVAL_DIR)]) == 0
    out = capsys.readouterr().out
    assert "main.jsonl" in out
    assert "heldout.jsonl" in out
    assert "attribution" in out
