"""Suggesting a registered source for an attribution: simple normalisation, no guessing."""

from __future__ import annotations

import pytest

from claims.importing.documents import SourceIndex, normalise_name, storable

SOURCES = [
    ("un", "United Nations"),
    ("gt-gov", "Government of Guatemala"),
    ("wilson", "Wilson Center, Latin America Program"),
    ("insight", "InSight Crime"),
    ("reuters", "Reuters"),
    ("ap1", "Associated Press"),
    ("ap2", "Action Plan"),
]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("the U.N.", "un"),
        ("The United Nations", "un"),
        ("UN", "un"),
        ("united  nations", "un"),
        ("the Government of Guatemala", "gt-gov"),
        ("the Wilson Center", "wilson"),
        ("Insight Crime", "insight"),
        ("Reuters", "reuters"),
        ("Reuters'", "reuters"),
        ("AP", None),  # two sources share the acronym: no suggestion
        ("officials", None),
        ("", None),
        (None, None),
        ("...", None),
    ],
)
def test_names_match_registered_sources(name: str | None, expected: str | None) -> None:
    assert SourceIndex.of(SOURCES).match(name) == expected


def test_a_source_id_resolves_to_itself() -> None:
    index = SourceIndex.of(SOURCES)
    assert index.resolve("reuters") == "reuters"
    assert index.resolve("Associated Press") == "ap1"
    assert index.resolve("") is None


def test_normalisation() -> None:
    assert normalise_name("The U.N.’s") == "un"
    assert normalise_name("Médecins Sans Frontières") == "medecins sans frontieres"


def test_unstorable_characters_are_replaced_one_for_one() -> None:
    text = "a\x00b\ud800c"
    assert storable(text) == "a\ufffdb\ufffdc"
    assert len(storable(text)) == len(text)
