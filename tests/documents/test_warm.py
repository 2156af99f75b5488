"""A web process loads the claim extractor before it serves (config/wsgi.py); other processes
(`manage.py` commands, workers) load it only when they read an article.

Each case runs in a fresh interpreter: whether a module is loaded is a fact about a process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXTRACTOR = "claims.importing.extraction.extractor"

PROBE = f"""
import sys
{{imports}}
print("{EXTRACTOR}" in sys.modules)
"""


def loaded_after(imports: str, **env: str) -> bool:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(imports=imports)],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings", **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout.strip().splitlines()[-1] == "True"


def test_the_web_entry_point_loads_the_extractor_before_serving() -> None:
    assert loaded_after("import config.wsgi")


def test_it_can_be_left_to_the_first_article() -> None:
    assert not loaded_after("import config.wsgi", CLAIMS_WARM_EXTRACTOR="false")


def test_a_process_that_reads_no_article_never_loads_it() -> None:
    assert not loaded_after("import django; django.setup(); import claims.importing.extraction")


@pytest.mark.parametrize("language", ["en", "es"])
def test_warm_reads_a_sentence_in_each_language(language: str) -> None:
    from claims.importing.extraction import extract, warm

    warm()
    text = {
        "en": "Road deaths fell to 52 in 2024.",
        "es": "Las muertes viales bajaron a 52 en 2024.",
    }[language]
    [candidate] = extract(text, language=language)
    assert candidate.amount == 52
