"""The extractor is loaded on first use, not by every process that imports the project: building
its regular expressions takes about half a second, which each `manage.py` command, web server and
worker would pay at start-up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings"},
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return done.stdout.strip()


def test_the_project_starts_without_loading_the_extractor() -> None:
    out = _run(
        "import sys, django; django.setup(); import config.urls; "
        "from claims.importing import documents; "
        "print('claims.importing.extraction.extractor' in sys.modules)"
    )
    assert out == "False"


def test_the_package_loads_the_extractor_when_extract_is_asked_for() -> None:
    out = _run(
        "import sys, datetime; from claims.importing import extraction; "
        "loaded = 'claims.importing.extraction.extractor' in sys.modules; "
        "found = extraction.extract('Homicides fell to 2,500 in 2024.', "
        "published_at=datetime.date(2025, 1, 10)); "
        "print(loaded, 'claims.importing.extraction.extractor' in sys.modules, "
        "[c.amount for c in found])"
    )
    assert out == "False True [Decimal('2500')]"


def test_a_refused_language_is_the_same_error_from_every_name() -> None:
    from claims.importing import extraction
    from claims.importing.extraction import extractor, language

    assert extraction.UnsupportedLanguage is language.UnsupportedLanguage
    assert extractor.UnsupportedLanguage is language.UnsupportedLanguage
    assert extraction.extract is extractor.extract
