"""manage.py import_article: store an article from a file or stdin and print its candidates."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from claims.core.models import Claim, Event
from claims.importing.models import ImportedDocument
from tests.documents.conftest import DEMO_SENTENCE, DemoIds


def run(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("import_article", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(DEMO_SENTENCE, encoding="utf-8")
    return path


def test_prints_the_candidates_and_stores_the_document(article: Path, demo: DemoIds) -> None:
    out, err = run(
        str(article),
        "--user",
        "contributor",
        "--published-at",
        "2013-03-01",
        "--publisher",
        "World Politics Review",
        "--url",
        "https://example.org/gt",
    )
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["n", "figure", "unit"]
    assert "39 (nearly)" in lines[2]
    assert "2011-01-01..2011-12-31" in lines[2]
    assert "the U.N. → United Nations" in lines[2]
    assert "34.5" in lines[3]
    doc = ImportedDocument.objects.get()
    assert f"Stored document {doc.pk}" in err
    assert doc.importer.username == "contributor"
    assert doc.publisher_source == demo["source:wpr"]
    assert doc.url == "https://example.org/gt"
    assert doc.candidates.count() == 2


def test_warns_when_the_text_reads_as_another_language(article: Path, demo: DemoIds) -> None:
    out, err = run(str(article), "--user", "contributor", "--language", "es", "--json")
    assert "Warning: The text reads as English, but it was read as Spanish" in err
    assert '"code": "language_mismatch"' in out
    _, quiet = run(str(article), "--user", "contributor")
    assert "Warning" not in quiet


def test_reads_stdin_and_prints_json(monkeypatch: Any, demo: DemoIds) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(DEMO_SENTENCE.encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    out, _ = run("-", "--user", "editor", "--json")
    assert '"suggested_source"' in out
    assert ImportedDocument.objects.get().importer.username == "editor"


def test_accept_all_reports_every_candidate_with_its_provenance(
    article: Path, demo: DemoIds
) -> None:
    before = Event.objects.count()
    _, err = run(
        str(article),
        "--user",
        "editor",
        "--accept-all",
        "--attributed-to",
        demo["source:un"],
        "--subject",
        "Guatemala",
    )
    assert "Accepted 2 of 2 candidates." in err
    doc = ImportedDocument.objects.get()
    claim_ids = list(doc.candidates.order_by("n").values_list("claim_id", flat=True))
    assert all(claim_ids)
    assert Claim.objects.filter(pk__in=claim_ids, subject="Guatemala").count() == 2
    for event in Event.objects.order_by("position")[before:]:
        assert event.metadata["document"] == str(doc.pk)
        assert event.metadata["actor"] == "editor"


def test_accept_all_skips_candidates_without_a_source(tmp_path: Path, demo: DemoIds) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Unemployment in Spain rose to 26 percent in 2012, the office said.")
    _, err = run(str(path), "--user", "contributor", "--accept-all")
    assert "candidate 0 skipped: Choose the source" in err
    assert "Accepted 0 of 1 candidates." in err


def test_refusals_are_command_errors(tmp_path: Path, article: Path, demo: DemoIds) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    with pytest.raises(CommandError, match="empty"):
        run(str(empty), "--user", "contributor")
    with pytest.raises(CommandError, match="may not import"):
        run(str(article), "--user", "reader")
    with pytest.raises(CommandError, match="No active user"):
        run(str(article), "--user", "nobody")
    with pytest.raises(CommandError, match="Cannot read"):
        run(str(tmp_path / "missing.txt"), "--user", "contributor")
    with pytest.raises(CommandError, match="not a date"):
        run(str(article), "--published-at", "2013-02-30")
    with pytest.raises(CommandError, match="No source"):
        run(str(article), "--accept-all", "--attributed-to", "nope")
    assert ImportedDocument.objects.count() == 0


def test_binary_files_import_cleanly(tmp_path: Path, demo: DemoIds) -> None:
    path = tmp_path / "blob.bin"
    path.write_bytes(bytes(range(256)) * 64 + b" 34 people died in 2012.")
    out, err = run(str(path))  # the first superuser imports by default
    doc = ImportedDocument.objects.get()
    assert doc.importer.username == "admin"
    assert "\x00" not in doc.text
    assert "Stored document" in err
    assert out
