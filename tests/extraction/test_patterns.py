"""What a pattern can start with (patterns.py), and the time patterns cut down by first letter."""

from __future__ import annotations

import json
import re
import string
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.importing.extraction import periods
from claims.importing.extraction.patterns import FirstCharDispatch, first_chars
from claims.importing.extraction.text import split_sentences

EVAL_DIR = Path(__file__).parent / "eval"


def test_first_chars_of_literals_classes_and_optional_parts() -> None:
    assert first_chars("abc") == {"a"}
    assert first_chars("(?i:ab)") == {"a", "A"}
    assert first_chars(r"(?:the\s+)?year") == {"t", "y"}
    assert first_chars(r"\b(?<!\w)[0-9]x") == set("0123456789")
    assert first_chars(r"(?:a|b)*c") == {"a", "b", "c"}


def test_what_may_start_anywhere_or_match_nothing_is_any() -> None:
    assert first_chars(r"\w+") is None
    assert first_chars(r"[^a]") is None
    assert first_chars("a?") is None
    assert first_chars(".x") is None
    assert first_chars("(") is None  # not a pattern: no claim about its start


@given(st.text(alphabet=string.printable + "áéíóúñÁÉÍÓÚÑ", max_size=12))
def test_a_match_starts_with_one_of_the_first_chars(text: str) -> None:
    for source in (r"(?:the\s+)?(?i:past|last)\s+\d", r"(?i:ab|c[d-f])+x?", r"[A-Z]\w*|\d{2}"):
        found = re.match(source, text)
        first = first_chars(source)
        if found is not None and found.end() > 0 and text[0].isascii():
            assert first is not None
            assert text[0] in first


def _texts(language: str) -> list[str]:
    return [
        row["text"]
        for path in sorted(EVAL_DIR.glob("*.jsonl"))
        if not path.name.startswith(("heldout", "matching"))
        for row in map(json.loads, path.read_text(encoding="utf-8").splitlines())
        if row.get("language", "en") == language
    ]


@pytest.mark.parametrize("language", ["en", "es"])
def test_cut_down_time_patterns_find_what_all_of_them_find(language: str) -> None:
    profile = periods._PROFILES[language]
    starting: FirstCharDispatch = periods._STARTING[language]
    tried = 0
    for text in _texts(language):
        for start, end in split_sentences(text):
            sentence = text[start:end]
            for trigger in profile.trigger.finditer(sentence):
                char = sentence[trigger.start()]
                every = profile.time_re.match(sentence, trigger.start())
                some = starting[char].match(sentence, trigger.start())
                assert (every and (every.span(), every.lastgroup)) == (
                    some and (some.span(), some.lastgroup)
                ) or (every is None and some is not None and some.end() == some.start())
                tried += 1
    assert tried > 1000
