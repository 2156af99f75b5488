"""The cheap tests in front of costly patterns never skip a window the pattern matches."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.importing.extraction import attribution, extractor, figures, periods, places, subjects
from claims.importing.extraction import text as text_module
from claims.importing.extraction.gates import (
    EndMark,
    EndWord,
    compiled,
    first_char_guard,
    first_chars,
    may_contain,
    odd_case,
    word_start,
)
from claims.importing.extraction.text import _last_token, lower, split_sentences

EVAL_DIR = Path(__file__).resolve().parent / "eval"
_WORD_START = re.compile(r"(?<!\w)\w")


def _sentences() -> list[str]:
    """Every sentence of the development texts (never the held-out ones)."""
    found: list[str] = []
    for path in sorted(EVAL_DIR.glob("*.jsonl")):
        if path.name.startswith(("heldout", "matching")):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            found += [text[start:end] for start, end in split_sentences(text)]
    return found


# Windows as the extractor reads them: the characters right before a word, up to this many.
_GATED: dict[str, tuple[EndWord | EndMark, int]] = {
    "figures._DETERMINER_BEFORE[en]": (figures._DETERMINER_BEFORE["en"], 12),
    "figures._DETERMINER_BEFORE[es]": (figures._DETERMINER_BEFORE["es"], 12),
    "figures._PER_BEFORE[en]": (figures._PER_BEFORE["en"], 14),
    "figures._PER_BEFORE[es]": (figures._PER_BEFORE["es"], 14),
    "figures._MAGNITUDE_BEFORE": (figures._MAGNITUDE_BEFORE, 14),
    "figures._THE_BEFORE": (figures._THE_BEFORE, 8),
    "figures._CHANGE_BEFORE": (figures._CHANGE_BEFORE, 60),
    "figures._COUNT_CHANGE_BEFORE": (figures._COUNT_CHANGE_BEFORE, 60),
    "extractor._BASELINE_BEFORE": (extractor._BASELINE_BEFORE, 30),
    "extractor._THAN_TIME": (extractor._THAN_TIME, 30),
    "extractor._MULTIPLIED_TO": (extractor._MULTIPLIED_TO, 30),
    "periods._SEASON_ENDED_LEAD": (periods._SEASON_ENDED_LEAD, 70),
    "periods._TEXT_BEFORE_YEAR_GATED": (periods._TEXT_BEFORE_YEAR_GATED, 80),
    "periods._TEXT_OF_YEAR_GATED": (periods._TEXT_OF_YEAR_GATED, 80),
    "subjects._ESTIMATED_AT_ES": (subjects._ESTIMATED_AT_ES, 120),
    "subjects._GIVEN_TO_ES": (subjects._GIVEN_TO_ES, 90),
    "subjects._MOST_OF_COUNT_ES": (subjects._MOST_OF_COUNT_ES, 60),
    "extractor._OF_WHICH_PART_ES": (extractor._OF_WHICH_PART_ES, 30),
    "extractor._MOST_BARE_ES": (extractor._MOST_BARE_ES, 20),
    "extractor._MOST_OF_THE_ES": (extractor._MOST_OF_THE_ES, 60),
    "extractor._THAN_EVENT": (extractor._THAN_EVENT, 60),
    "extractor._FROM_LEVEL_IN": (extractor._FROM_LEVEL_IN, 40),
    "periods._FROM_AGO": (periods._FROM_AGO, 16),
}


@pytest.mark.parametrize("name", sorted(_GATED))
def test_gate_finds_what_the_pattern_finds(name: str) -> None:
    gate, width = _GATED[name]
    matched = 0
    for sentence in _sentences():
        for word in _WORD_START.finditer(sentence):
            end = word.start()
            start = max(0, end - width)
            expected = gate.pattern.search(sentence, start, end)
            found = gate.search(sentence, start, end)
            assert (found and found.span()) == (expected and expected.span()), (sentence, end)
            matched += expected is not None
    assert matched, f"{name} matched nowhere in the development texts: the test shows nothing"


@pytest.mark.parametrize(
    ("window", "words", "blanks", "required", "matches"),
    [
        ("prices rose by ", ("by",), " ", True, True),
        ("prices rose by", ("by",), " ", True, False),
        ("prices rose BY \n", ("by",), " ", True, True),  # '$' before a final line break
        ("prices rose by\n", ("by",), None, True, True),  # the break is the blank
        ("prices rose nearby ", ("by",), " ", True, False),
        ("magnitude-", ("magnitude",), "-", False, True),
        ("magnitude", ("magnitude",), "-", False, True),
        ("rose ſ ", ("s",), " ", True, True),  # a long s: left to the pattern
    ],
)
def test_end_word(
    window: str, words: tuple[str, ...], blanks: str | None, required: bool, matches: bool
) -> None:
    pattern = re.compile(
        rf"\b(?:{'|'.join(words)})"
        + (r"\s+$" if blanks is None else rf"[{blanks}]" + "+*"[not required] + "$"),
        re.IGNORECASE,
    )
    gate = EndWord(pattern, words, blanks, blank_required=required)
    assert (gate.search(window) is not None) == matches
    assert (pattern.search(window) is not None) == matches


_TEXTS = st.text(alphabet=st.sampled_from([*"ab.U\n \t\u00a0,;", "ſ", "İ"]), max_size=60)


@given(_TEXTS, st.integers(min_value=0, max_value=60))
def test_last_token_is_the_pattern_s(text: str, end: int) -> None:
    end = min(end, len(text))
    found = re.compile(r"(\S{1,40})$").search(text, max(0, end - 40), end)
    assert _last_token(text, end) == (found.group(1) if found else "")


_WORDS = st.sampled_from(
    [
        "en",
        "EN",
        "al",
        "in",
        "In",
        "during",
        "hasta",
        "por",
        "de",
        "del",
        "of",
        "on",
        "by",
        "x",
        "enero",
        "ſince",
        "İn",
        "ın",
    ]
)


@given(st.lists(st.tuples(_WORDS, st.sampled_from([" ", "  ", "\n", "(", "-", ""])), max_size=8))
def test_stranded_test_never_skips_what_the_pattern_takes_out(parts: list[tuple[str, str]]) -> None:
    subject = "".join(word + gap for word, gap in parts)
    if subjects._STRANDED.search(subject):
        assert subjects._STRANDED_FOLDED.search(lower(subject)) or odd_case(subject)


def test_gazetteer_finds_what_its_two_part_form_finds() -> None:
    """The gazetteer checks its class of first letters before looking back, once for both a
    name and a demonym; written as two alternatives that each look back it finds the same."""
    two_part = re.compile(
        rf"(?<![\w.])(?=[A-Zts])(?:the\s+)?(?P<name>{places._NAME_ALTS})(?![\w$€£]|\.\w)"
        rf"|(?<![\w.])(?=[A-Z])(?<!Inter-)(?<!Pan-)(?P<demonym>{places._DEMONYM_ALTS})"
        rf"(?:s|es)?(?![\w])"
    )
    found = 0
    for sentence in _sentences():
        expected = [(m.span(), m.group("name")) for m in two_part.finditer(sentence)]
        assert [(m.span(), m.group("name")) for m in places._GAZETTEER.finditer(sentence)] == (
            expected
        )
        found += len(expected)
    assert found


@pytest.mark.parametrize("letter", [*"abcdefghijklmnopqrstuvwxyz", *"áéíóúñ"])
def test_case_class_is_the_case_blind_letter(letter: str) -> None:
    """The class _any_case writes for a first letter matches what (?i:letter) matches."""
    blind = re.compile(f"(?i:{letter})")
    expected = {chr(code) for code in range(0x10000) if blind.fullmatch(chr(code))}
    written = re.compile(periods._any_case(letter))
    assert {chr(code) for code in range(0x10000) if written.fullmatch(chr(code))} == expected


_TRIGGER_WORDS = "in|since|the|so|sept|septiembre|a|an|último|kilo|is"


@given(
    st.text(alphabet=st.sampled_from([*"inscetphoaIlkSKÚú ɪ\u0130\u0131\u017f\u212a"]), max_size=14)
)
def test_any_case_matches_as_the_case_blind_words(text: str) -> None:
    after = r"(?=\s|$)"
    blind = re.compile(f"(?:(?i:{_TRIGGER_WORDS}){after})")
    written = re.compile(f"(?:{periods._any_case(_TRIGGER_WORDS, after)})")
    for start in range(len(text) + 1):
        expected, found = blind.match(text, start), written.match(text, start)
        assert (found and found.span()) == (expected and expected.span())


def test_first_chars_of_literals_classes_and_optional_parts() -> None:
    assert first_chars("abc") == {"a"}
    assert first_chars("(?i:ab)") == {"a", "A"}
    assert first_chars(r"(?:the\s+)?year") == {"t", "y"}
    assert first_chars(r"\b(?<!\w)[0-9]x") == set("0123456789")
    assert first_chars(r"(?:a|b)*c") == {"a", "b", "c"}


def test_what_may_start_anywhere_or_match_nothing_has_no_guard() -> None:
    for source in (r"\w+", "[^a]", "a?", ".x", "("):
        assert first_chars(source) is None
        assert first_char_guard(source) == ""


@given(st.text(alphabet=st.sampled_from([*"abcdpltsxAPLT 1\u017f\u0131\u0130áÁ"]), max_size=12))
def test_a_guarded_pattern_matches_as_the_pattern(text: str) -> None:
    for source in (r"(?:the\s+)?(?i:past|last)\s+\d", r"(?i:ab|c[d-f])+x?", r"[A-Z]\w*|\d{2}"):
        guarded = re.compile(first_char_guard(source) + f"(?:{source})")
        for start in range(len(text) + 1):
            expected, found = re.compile(source).match(text, start), guarded.match(text, start)
            assert (found and found.span()) == (expected and expected.span())


# Sources as the extractor writes them after a leading word boundary: alternations of words,
# case-blind (flag or inline), verbose, a top-level alternation, a class, a look-behind, and
# letters the case-blind engine pairs with another ('ſ' and 's', 'K' and 'k').
_BOUNDARY_SOURCES: tuple[tuple[str, int], ...] = (
    (r"\b(?:is|are|says?|k(?<!\bto\sk)eeps)\b", 0),
    (r"\b(?:is|are|says?|keeps)\b", re.IGNORECASE),
    (r"\b(?i:según|dijo)\s+(?P<who>\w+)", 0),
    (r"\b (?: past | last ) \s+ \d  # a comment", re.VERBOSE | re.IGNORECASE),
    (r"\bpast|last\b", 0),
    (r"\b[A-Z][a-z]+", 0),
    (r"\b(?<![\w-])(?:sub|baj)[a-zó]+", re.IGNORECASE),
    (r"\b(?:ſ|k)i", re.IGNORECASE),
    (r"\b(?:\w+ly)?\s", 0),  # may start with a blank: no guard, as re.compile
)


def test_a_boundary_pattern_gets_its_guard_and_the_rest_is_compiled_as_is() -> None:
    guarded = compiled(r"\b(?:is|are)\b")
    # (the ASCII characters that cannot start it, barred case-sensitively)
    assert guarded.pattern == r"\b(?-i:(?![\x00-\x60\x62-\x68\x6a-\x7f]))(?:is|are)\b"
    assert compiled(r"\b\w+").pattern == r"\b\w+"
    assert compiled("(?:is|are)").pattern == "(?:is|are)"
    assert compiled(r"\b(?=\d)\d+").pattern == r"\b(?=\d)\d+", "an opening look-ahead is kept"
    assert compiled(r"\bis", re.IGNORECASE).flags & re.IGNORECASE


@given(st.text(alphabet=st.sampled_from([*"isareyk KIS-ſ\u212aıİpltaub 1\nxó#"]), max_size=24))
def test_a_compiled_boundary_pattern_finds_what_re_compile_finds(text: str) -> None:
    for source, flags in _BOUNDARY_SOURCES:
        plain, guarded = re.compile(source, flags), compiled(source, flags)
        assert [(m.span(), m.groups()) for m in guarded.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ], (source, text)


# Letters that start month, weekday and period words in both languages, their case partners
# beyond ASCII, digits and the blanks and marks between them.
_WORDY_ALPHABET = "0129 ,.-/:aAeEdDfFjJlLmMnNoOpPsStTyYwWqQ\u0131\u0130\u017fé"


@pytest.mark.parametrize("language", ["en", "es"])
def test_guarded_time_patterns_find_what_the_bare_ones_find(language: str) -> None:
    profile = periods._PROFILES[language]
    patterns = periods._PATTERNS if language == "en" else periods._PATTERNS_ES
    any_case = periods._ANY_CASE if language == "en" else periods._ALL_ES
    bare = re.compile(
        "|".join(
            f"(?P<{name}>(?i:{body}))" if name in any_case else f"(?P<{name}>{body})"
            for name, body in patterns
        )
    )
    tried = 0
    for sentence in _sentences():
        for trigger in profile.trigger.finditer(sentence):
            expected = bare.match(sentence, trigger.start())
            found = profile.time_re.match(sentence, trigger.start())
            assert (found and (found.span(), found.lastgroup)) == (
                expected and (expected.span(), expected.lastgroup)
            )
            tried += 1
    assert tried > 1000


_WHOLE: dict[str, re.Pattern[str]] = {}


def _same_match(regex: periods.TimeRegex, text: str, at: int) -> None:
    whole = _WHOLE.get(regex.pattern) or _WHOLE.setdefault(regex.pattern, re.compile(regex.pattern))
    expected, found = whole.match(text, at), regex.match(text, at)
    assert (found and (found.span(), found.lastgroup)) == (
        expected and (expected.span(), expected.lastgroup)
    ), (text, at)
    if found is not None and expected is not None:
        # every group the smaller alternation holds reads as in the whole one
        assert {name: found[name] for name in found.re.groupindex} == {
            name: expected[name] for name in found.re.groupindex
        }


@pytest.mark.parametrize("language", ["en", "es"])
def test_time_patterns_by_first_character_match_as_the_whole_alternation(language: str) -> None:
    profile = periods._PROFILES[language]
    tried = 0
    for sentence in _sentences():
        for at in range(len(sentence) + 1):
            _same_match(profile.time_re, sentence, at)
            if "0" <= sentence[at : at + 1] <= "9":
                _same_match(profile.digit_re, sentence, at)
            tried += 1
    assert tried > 100_000


@given(
    st.text(alphabet=st.sampled_from([*_WORDY_ALPHABET]), max_size=24),
    st.sampled_from(["en", "es"]),
)
def test_time_patterns_by_first_character_on_any_text(text: str, language: str) -> None:
    profile = periods._PROFILES[language]
    for at in range(len(text) + 1):
        _same_match(profile.time_re, text, at)
        _same_match(profile.digit_re, text, at)


def _texts() -> list[str]:
    return [
        json.loads(line)["text"]
        for path in sorted(EVAL_DIR.glob("*.jsonl"))
        if not path.name.startswith(("heldout", "matching"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]


_PLAIN_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)|\n[ \t\r\f\v]*\n")


@given(st.text(alphabet=st.sampled_from([*".!?\"')]” \n\t\rab"]), max_size=20))
def test_sentence_boundaries_are_the_plain_pattern_s(text: str) -> None:
    assert [m.span() for m in text_module._BOUNDARY.finditer(text)] == [
        m.span() for m in _PLAIN_BOUNDARY.finditer(text)
    ]


def test_sentence_boundaries_of_the_development_texts() -> None:
    every = "\n\n".join(_texts())
    assert [m.span() for m in text_module._BOUNDARY.finditer(every)] == [
        m.span() for m in _PLAIN_BOUNDARY.finditer(every)
    ]


def test_us_context_words_are_looked_for_before_whole_words() -> None:
    for text in [*_texts(), "the federalist", "U.S. aid", "Americans", "Trumpet"]:
        found = extractor._US_CONTEXT.search(text) is not None
        assert found <= (extractor._US_CONTEXT_ANYWHERE.search(text) is not None)


# Characters that make the digit test, the reported-clause test and the connective test say
# yes or no: digits (ASCII and not), clock and ordinal letters, the first letters of units and
# months, blanks of several kinds, case partners beyond ASCII and punctuation.
_DIGIT_ALPHABET = [*"0123 4589:apmoAPMOhHsStTnNrRdDyYwWjJfFeEiIbc.,-–'’\t\n\u00a0\u0660\u017f"]


@pytest.mark.parametrize("language", ["en", "es"])
def test_digit_test_keeps_every_time_the_patterns_find(language: str) -> None:
    """Wherever a digit-first expression matches in the development texts, the plain test in
    front of it says it may."""
    digit_re = periods._PROFILES[language].digit_re
    matched = 0
    for sentence in _sentences():
        for at, char in enumerate(sentence):
            if "0" <= char <= "9" and digit_re.match(sentence, at):
                assert periods._digits_may_start(sentence, at), (sentence, at)
                matched += 1
    assert matched > 500


@given(
    st.text(alphabet=st.sampled_from(_DIGIT_ALPHABET), max_size=16), st.sampled_from(["en", "es"])
)
def test_digit_test_never_skips_a_match(text: str, language: str) -> None:
    digit_re = periods._PROFILES[language].digit_re
    for at, char in enumerate(text):
        match = digit_re.match(text, at)
        if "0" <= char <= "9" and match is not None and match.end() > match.start():
            assert periods._digits_may_start(text, at), (text, at)


def test_digit_test_turns_down_plain_figures() -> None:
    for text in ["2,109 homicides", "20.4 per 100,000", "61 in 2023", "12345", "1300 km", "45%"]:
        assert not periods._digits_may_start(text, 0), text
    kept = {
        "en": ["2023", "1990s", "10:30", "10 a.m.", "10pm", "10 o'clock", "3 years ago",
               "2 weeks ago", "5 days ago", "3 decades later", "18 months to June", "15 March",
               "4th quarter", "2nd-quarter", "1999-12-31", "1850", "10 p.m.", "15 January",
               "15 February", "15 November", "10am", "10o'clock", "1st quarter", "3rd quarter",
               "15th March"],
        "es": ["10 horas", "10h", "10 hrs", "2 años antes", "3 meses antes", "2 semanas después",
               "5 días antes", "15 de marzo", "2024", "9 a. m."],
    }  # fmt: skip
    for language, texts in kept.items():
        for text in texts:
            assert periods._PROFILES[language].digit_re.match(text), text
            assert periods._digits_may_start(text, 0), text


_REPORTED_ALPHABET = [*"saidwrneoxplthqu THATQUE”»\u201c,.\u017f\u0131\u212a"]


@given(st.text(alphabet=st.sampled_from(_REPORTED_ALPHABET), max_size=24))
def test_reported_test_never_skips_a_lead(text: str) -> None:
    if extractor._REPORTED_LEAD.search(text):
        assert extractor._may_report(text)


def test_reported_test_of_the_development_texts() -> None:
    found = 0
    for sentence in _sentences():
        for end in range(0, len(sentence), 7):
            window = sentence[max(0, end - 80) : end]
            if extractor._REPORTED_LEAD.search(window):
                assert extractor._may_report(window), window
                found += 1
    assert found > 100


_BARE_CONNECTIVE = re.compile(r"(?:^|,)\s*" + extractor._CONNECTIVE_WORDS + r"\s*,", re.IGNORECASE)


@given(
    st.lists(
        st.sampled_from(
            [
                ",",
                ", ",
                " ",
                "however",
                "HOWEVER",
                "sin embargo",
                "Meanwhile",
                "a su vez",
                "x",
                "por otra parte",
                "ınstead",
                "\u017fin embargo",
                "además",
                "in  turn",
                ",,",
            ]
        ),
        max_size=10,
    )
)
def test_connectives_are_the_bare_pattern_s(parts: list[str]) -> None:
    text = "".join(parts)
    assert extractor._connectives(text) == [m.span("c") for m in _BARE_CONNECTIVE.finditer(text)]


def test_connectives_of_the_development_texts() -> None:
    found = 0
    for sentence in _sentences():
        expected = [m.span("c") for m in _BARE_CONNECTIVE.finditer(sentence)]
        assert extractor._connectives(sentence) == expected, sentence
        found += len(expected)
    assert found >= 5


@given(st.text(alphabet=st.sampled_from([*"0123456789-()+ .,\u0660"]), max_size=20))
def test_phone_numbers_have_the_tail_looked_for(text: str) -> None:
    if figures._PHONE.search(text):
        assert figures._PHONE_TAIL.search(text)


_FLAT_TRIGGERS = {
    "en": re.compile(rf"(?<!\w)(?:{periods._TRIGGER_ALTERNATIVES})"),
    "es": re.compile(rf"(?<!\w)(?:{periods._TRIGGER_ALTERNATIVES_ES})"),
}


@pytest.mark.parametrize("language", ["en", "es"])
def test_grouped_triggers_are_the_flat_ones(language: str) -> None:
    """The trigger with its alternatives grouped by first letter finds what the written list
    of alternatives finds, with the same spans, in every development sentence."""
    grouped, flat = periods._PROFILES[language].trigger, _FLAT_TRIGGERS[language]
    assert grouped.pattern != flat.pattern
    found = 0
    for sentence in _sentences():
        expected = [m.span() for m in flat.finditer(sentence)]
        assert [m.span() for m in grouped.finditer(sentence)] == expected, sentence
        found += len(expected)
    assert found > 5000


@given(
    st.lists(
        st.sampled_from(
            [
                "in ",
                "In ",
                "İn ",
                "ın ",
                "from ",
                "From ",
                "Feb ",
                "Fri",
                "fiscal ",
                "1st ",
                "12 ",
                "the ",
                "year",
                "ſince ",
                "March ",
                "mid-",
                "el ",
                "año ",
                "de ",
                "2024",
                " ",
                "a",
                "últimos ",
                "Q3 ",
                "FY",
                "H1 ",
                "weekend",
                "semana ",
                "hace ",
            ]
        ),
        max_size=8,
    ),
    st.sampled_from(["en", "es"]),
)
def test_grouped_triggers_on_generated_text(parts: list[str], language: str) -> None:
    text = "".join(parts)
    grouped, flat = periods._PROFILES[language].trigger, _FLAT_TRIGGERS[language]
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_alternatives_grouped_by_the_characters_that_start_them() -> None:
    source = r"[0-9]|F(?:eb)|[fF](?i:rom)\b|[1](?i:st)|[dD]e|Q[1-4]"
    grouped = periods._by_first_class(source)
    assert (
        grouped == r"[0123456789]|[Dd](?:e)|[F](?:(?:eb)|(?i:rom)\b)|[Q](?:[1-4])|[f](?:(?i:rom)\b)"
    )
    for text in ["Feb", "from", "From", "FROM", "1st", "12", "de", "De", "Q3", "fx", "x", ""]:
        expected, found = re.match(source, text), re.match(grouped, text)
        assert (found and found.span()) == (expected and expected.span()), text


def _aux_cut(left: str, lang: str) -> int:
    """Where _AUX_TAIL cuts `left` (its length when it takes nothing off)."""
    aux = attribution._AUX_TAIL[lang].search(left, max(0, len(left) - 120))
    return aux.start() if aux is not None else len(left)


@pytest.mark.parametrize("language", ["en", "es"])
def test_aux_test_keeps_every_cut_of_the_development_texts(language: str) -> None:
    cuts = 0
    for sentence in _sentences():
        for verb in attribution._VERB_RE[language].finditer(sentence):
            left = sentence[max(0, verb.start() - 200) : verb.start()].rstrip()
            if _aux_cut(left, language) < len(left):
                assert attribution._may_end_in_aux(left, language), left
                cuts += 1
    assert cuts > 10


@given(
    st.lists(
        st.sampled_from(
            [
                "the ministry",
                " ",
                "  ",
                "\n",
                "has",
                "Has",
                "also",
                "last",
                "week",
                "on",
                "Tuesday",
                "ya",
                "YA",
                "había",
                "este",
                "lunes",
                "el",
                "Este",
                "x",
                "ſe",
                "hAS",
                "later",
            ]
        ),
        max_size=7,
    ),
    st.sampled_from(["en", "es"]),
)
def test_aux_test_never_skips_a_cut(words: list[str], language: str) -> None:
    left = " ".join(words).rstrip()
    if _aux_cut(left, language) < len(left):
        assert attribution._may_end_in_aux(left, language), left


def test_demonyms_are_found_in_any_case() -> None:
    found = places.find_places("Los GUATEMALTECOS y las hondureñas viajan con Salvadoreños", "es")
    assert [(p.text, p.canonical) for p in found if p.how == "demonym"] == [
        ("GUATEMALTECOS", "Guatemala"),
        ("hondureñas", "Honduras"),
        ("Salvadoreños", "El Salvador"),
    ]


@pytest.mark.parametrize("language", ["en", "es"])
def test_since_test_keeps_every_match_of_the_development_texts(language: str) -> None:
    profile = periods._PROFILES[language]
    found = 0
    for sentence in _sentences():
        for word in _WORD_START.finditer(sentence):
            window = sentence[max(0, word.start() - 96) : word.start()]
            if profile.since.search(window):
                assert may_contain(window, (profile.since_word,)), window
                found += 1
    assert found > 20


def _indexed_by_matches(text: str) -> tuple[list[int], list[int], list[str]]:
    matches = list(subjects._WORD.finditer(text))
    return [m.start() for m in matches], [m.end() for m in matches], [m.group() for m in matches]


def test_word_offsets_are_the_matches_of_the_development_texts() -> None:
    for sentence in _sentences():
        assert subjects._indexed(sentence) == _indexed_by_matches(sentence), sentence


@given(
    st.lists(
        st.sampled_from(
            [*"ab1.,'’-_ \u0301\u0663é²ſ()“”;:\n", "U.S.", "1,300.", "a_b", "--", "(PNC)", "año,"]
        ),
        max_size=16,
    )
)
def test_word_offsets_are_the_matches(parts: list[str]) -> None:
    text = "".join(parts)
    assert subjects._indexed(text) == _indexed_by_matches(text)


@given(st.text(alphabet=st.sampled_from([*"La mayoría de los casos,\n\t x"]), max_size=40))
def test_end_mark_answers_as_its_pattern(text: str) -> None:
    gate = extractor._MOST_BARE_ES
    for end in range(len(text) + 1):
        for start in (0, max(0, end - 20)):
            expected = gate.pattern.search(text, start, end)
            found = gate.search(text, start, end)
            assert (found and found.span()) == (expected and expected.span()), (text, start, end)


# Patterns that run only where the lower-cased text holds one of their words: the pattern,
# the words, and pieces to build texts from (cases, and letters the case-blind engine equates
# with ASCII ones: 'ſ', 'ı', 'İ').
_WORD_GATES: dict[
    str, tuple[re.Pattern[str] | text_module.CaseBlind, tuple[str, ...], list[str]]
] = {
    "now": (
        extractor._NOW,
        extractor._NOW_WORDS,
        ["NOW", "Currently", "at", "present", "AHORA", "x", ","],
    ),
    "the unit": (
        extractor._THE_UNIT,
        extractor._THE_UNIT_WORDS,
        ["in", "the", "Quarter", "HALF", "month", "12-month", "period", "of", "x"],
    ),
    "turnout": (extractor._TURNOUT, ("turnout",), ["TURNOUT", "Turnout", "x"]),
    "descriptive (en)": (
        extractor._DESCRIPTIVE_EN,
        extractor._DESCRIPTIVE_EN_WORDS,
        [
            "accounts",
            "Makes",
            "up",
            "for",
            "to",
            "REPRESENTS",
            "equivalent",
            "Equals",
            "amount",
            "works",
            "out",
            "is",
            "a",
            "an",
            "rate",
            "AVERAGE",
            "of",
            "x",
            ",",
        ],
    ),
    "descriptive (es)": (
        extractor._DESCRIPTIVE_ES,
        extractor._DESCRIPTIVE_ES_WORDS,
        [
            "equivale",
            "REPRESENTAN",
            "corresponde",
            "se",
            "concentran",
            "provienen",
            "proceden",
            "ſuponen",
            "significa",
            "Son",
            "sON",
            "la",
            "x",
            ",",
        ],
    ),
    "according (en)": (
        attribution._ACCORDING["en"],
        attribution._CITES["en"],
        ["according", "ACCORDING", "to", "citing", "CİTING", "cıting", "the ministry", ","],
    ),
    "according (es)": (
        attribution._ACCORDING["es"],
        attribution._CITES["es"],
        ["según", "SEGÚN", "ſegún", "de", "acuerdo", "ACUERDO", "con", "el ministerio", ","],
    ),
    "since (en)": (
        periods._PROFILES["en"].since,
        (periods._PROFILES["en"].since_word,),
        ["since", "SINCE", "ſince", "sınce", "the", "began", "start", "of", "in", "mid-", "x"],
    ),
    "since (es)": (
        periods._PROFILES["es"].since,
        (periods._PROFILES["es"].since_word,),
        ["desde", "DESDE", "deſde", "el", "que", "comenzó", "inicio", "de", "en", "x"],
    ),
}


@pytest.mark.parametrize("name", sorted(_WORD_GATES))
def test_word_gates_keep_every_match_of_the_development_texts(name: str) -> None:
    pattern, words, _pieces = _WORD_GATES[name]
    for sentence in _sentences():
        if pattern.search(sentence):
            assert may_contain(sentence, words), sentence


@given(st.sampled_from(sorted(_WORD_GATES)), st.data())
def test_word_gates_never_skip_a_match(name: str, data: st.DataObject) -> None:
    pattern, words, pieces = _WORD_GATES[name]
    parts = data.draw(st.lists(st.sampled_from([*pieces, " "]), max_size=8))
    text = " ".join(parts) + " "
    if pattern.search(text):
        assert may_contain(text, words), text


# The organisation patterns as they read with a plain leading word boundary: what the rewritten
# forms (gates.word_start) must find, with the same groups.
_ORG_TAIL = r"(?:\s+(?:[A-ZÁÉÍÓÚÑ][\w-]*|de|del|la|las|los|y|e|para))*)"
_ORG_ACRONYM = r"(?:\s*\((?P<acr>[A-ZÁÉÍÓÚÑ][\w-]{1,9})\))?"
_BOUNDED_ORGS = {
    "_NAMED_ORG_ES": re.compile(
        rf"\b(?P<name>(?P<h>{extractor._ORG_HEADS_ES.title()}){_ORG_TAIL}{_ORG_ACRONYM}"
    ),
    "_ANY_NAMED_ORG_ES": re.compile(
        rf"\b(?P<name>(?P<h>{extractor._ANY_ORG_HEADS_ES}){_ORG_TAIL}{_ORG_ACRONYM}"
    ),
    "_ACRONYM_ES": re.compile(r"\b(?P<article>el|la|del|al)\s+(?P<acr>[A-ZÁÉÍÓÚÑ]{2,8})\b"),
}


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", sorted(_BOUNDED_ORGS))
def test_organisations_are_found_as_with_a_word_boundary(name: str) -> None:
    pattern = getattr(extractor, name)
    every = "\n\n".join(_texts())
    expected = _found(_BOUNDED_ORGS[name], every)
    assert expected, f"{name} matched nowhere in the development texts: the test shows nothing"
    assert _found(pattern, every) == expected


_ORG_PIECES = [
    *("Instituto", "Banco", "Corte", "el", "la", "del", "al", "IGSS", "PNC", "de", "Nacional"),
    *("xInstituto", "3Banco", "_el", "á", "(", ")", "-", ".", ",", "\n", " ", "  "),
]


@given(
    st.lists(
        st.sampled_from(_ORG_PIECES),
        max_size=10,
    ),
    st.sampled_from(sorted(_BOUNDED_ORGS)),
)
def test_organisations_on_generated_text(parts: list[str], name: str) -> None:
    text = "".join(parts)
    assert _found(getattr(extractor, name), text) == _found(_BOUNDED_ORGS[name], text)


@given(st.text(alphabet=st.sampled_from([*"ab1_á \n.-A"]), max_size=14))
def test_word_start_is_a_word_boundary(text: str) -> None:
    words = "ab|a1|b|1a|áb|Ab"
    bounded = re.compile(rf"\b(?:{words})")
    rewritten = re.compile(rf"(?:{word_start(words)})")
    spans = [m.span() for m in bounded.finditer(text)]
    assert [m.span() for m in rewritten.finditer(text)] == spans
    for start in range(len(text) + 1):
        found = rewritten.search(text, start)
        expected = bounded.search(text, start)
        assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize("words", ["a|(b)", "a|.b", "-x", "", "a||b"])
def test_word_start_takes_plain_words_only(words: str) -> None:
    with pytest.raises(ValueError):
        word_start(words)


def _case_blind_patterns() -> dict[str, text_module.CaseBlind]:
    """Every CaseBlind of the extractor's modules, alone, in a dict of them, or behind a gate."""
    found: dict[str, text_module.CaseBlind] = {}
    for module in (attribution, extractor, figures, periods, places, subjects):
        for name, value in vars(module).items():
            if isinstance(value, EndWord):
                value = value.pattern
            if isinstance(value, text_module.CaseBlind):
                found[f"{module.__name__.rsplit('.', 1)[-1]}.{name}"] = value
            elif isinstance(value, dict):
                for key, item in value.items():
                    if isinstance(item, text_module.CaseBlind):
                        found[f"{module.__name__.rsplit('.', 1)[-1]}.{name}[{key}]"] = item
    return found


_CASE_BLIND = _case_blind_patterns()


def test_the_case_blind_patterns_are_found() -> None:
    # (the test below would pass on nothing if the search for them broke)
    assert {"figures._CHANGE_BEFORE_ES", "attribution._VERB_RE[es]", "figures._CHANGE_BEFORE"} <= (
        set(_CASE_BLIND)
    )


@pytest.mark.parametrize("name", sorted(_CASE_BLIND))
def test_a_case_blind_pattern_finds_what_the_case_blind_engine_finds(name: str) -> None:
    """On every development sentence, upper-cased too, and in windows that end at each word."""
    pattern = _CASE_BLIND[name]
    for sentence in _sentences():
        for text in (sentence, sentence.upper()):
            found = [m.span() for m in pattern.finditer(text)]
            assert found == [m.span() for m in pattern.blind.finditer(text)], text
            for word in _WORD_START.finditer(text):
                start = max(0, word.start() - 60)
                got = pattern.search(text, start, word.start())
                expected = pattern.blind.search(text, start, word.start())
                assert (got and got.span()) == (expected and expected.span()), text


_CASE_TEXT = st.text(
    # (with the Kelvin and Ångström signs, 'ſ', 'ı', 'İ', 'µ' and 'ß')
    alphabet=st.sampled_from(list("aeiouskncdlrtAEIOUSKNCDLRT áéíóúÁÉÍÓÚñÑüÜ,.;ſıİµß\u212a\u212b")),
    max_size=40,
)


@given(_CASE_TEXT, st.integers(0, 40), st.integers(0, 40))
def test_a_case_blind_pattern_matches_as_re_ignorecase(text: str, start: int, end: int) -> None:
    """Whatever the letters, and with the characters lower() and the engine fold differently."""
    for source in (r"\b(?:sube|caída|as|kilos|ión)\b", r"[a-zñ]+\s*$", r"(?<![\w])s[aeiou]+(?=,)"):
        blind = re.compile(source, re.IGNORECASE)
        pattern = text_module.CaseBlind(source)
        for got, expected in (
            (pattern.search(text, start, end), blind.search(text, start, end)),
            (pattern.match(text, start, end), blind.match(text, start, end)),
            (pattern.fullmatch(text, start, end), blind.fullmatch(text, start, end)),
        ):
            assert (got and got.span()) == (expected and expected.span())
        assert [m.span() for m in pattern.finditer(text, start, end)] == [
            m.span() for m in blind.finditer(text, start, end)
        ]


def test_a_case_blind_pattern_is_written_in_lower_case() -> None:
    with pytest.raises(ValueError, match="lower case"):
        text_module.CaseBlind(r"\bSube\b")
    text_module.CaseBlind(r"(?P<verb>sube)(?P=verb)\S")  # (group names and escapes may)


# Tense patterns read on the lower-cased clause (extractor._Tense._has), and the worldwide test
# on the lower-cased sentence: run only where that text holds one of their words. Each with
# pieces to build texts from.
_FOLDED_GATES: dict[str, tuple[re.Pattern[str], tuple[str, ...], list[str]]] = {
    "perfect (en)": (
        extractor._PERFECT["en"],
        extractor._PERFECT_NEEDS["en"],
        ["has", "have", "to", "now", "also", "already", "so", "far", "been", "risen", "killed",
         "toll", "in", "total", "the", "x"],
    ),
    "future (en)": (
        extractor._TENSE_FUTURE["en"],
        extractor._FUTURE_NEEDS["en"],
        ["will", "would", "could", "may", "in", "of", "3", "might", "aims", "plans", "planned",
         "proposed", "the", "a", "is", "are", "forecast", "expected", "projected", "set", "due",
         "to", "x"],
    ),
    "future (es)": (
        extractor._TENSE_FUTURE["es"],
        extractor._FUTURE_NEEDS["es"],
        ["será", "serán", "destinará", "prevé", "planea", "podría", "podrían", "aspira", "busca",
         "pretende", "habrá", "tendrán", "desplegará", "dá", "está", "la", "x"],
    ),
    "habit": (
        extractor._HABIT,
        extractor._HABIT_NEEDS,
        ["cada", "día", "noche", "semana", "mes", "año", "a", "diario", "diariamente",
         "semanalmente", "mensualmente", "each", "every", "day", "week", "weekday", "on", "an",
         "average", "typical", "normal", "ordinary", "usual", "night", "month", "x"],
    ),
    "worldwide": (
        extractor._GLOBAL,
        extractor._GLOBAL_NEEDS,
        ["worldwide", "globally", "global", "world's", "world’s", "around", "across", "in", "the",
         "world", "mundial", "en", "el", "mundo", "x"],
    ),
}  # fmt: skip


def _folded_gate_passes(name: str, text: str) -> bool:
    pattern, words, _pieces = _FOLDED_GATES[name]
    low = lower(text)
    return pattern.search(low) is None or any(word in low for word in words)


@pytest.mark.parametrize("name", sorted(_FOLDED_GATES))
def test_folded_word_gates_keep_every_match_of_the_development_texts(name: str) -> None:
    assert [s for s in _sentences() if not _folded_gate_passes(name, s)] == []


@given(st.sampled_from(sorted(_FOLDED_GATES)), st.data())
def test_folded_word_gates_never_skip_a_match(name: str, data: st.DataObject) -> None:
    pieces = _FOLDED_GATES[name][2]
    parts = data.draw(st.lists(st.sampled_from(pieces), min_size=1, max_size=8))
    glue = data.draw(st.sampled_from([" ", "  ", ", ", " \u00a0", "\t"]))
    assert _folded_gate_passes(
        name, glue.join(parts).upper() if data.draw(st.booleans()) else glue.join(parts)
    )


@given(
    st.lists(
        st.sampled_from(["Pérez", "mayor", "the", "said", ",", " ", "\u00a0", "61", "7", "a", "é"]),
        max_size=12,
    )
)
def test_age_gate_never_skips_an_apposed_age(parts: list[str]) -> None:
    text = "".join(parts)
    if subjects._AGE_APPOSED.search(text) is not None:
        assert subjects._AGE_COMMAS.search(text) is not None, text


def test_age_gate_keeps_every_apposed_age_of_the_development_texts() -> None:
    ages = [s for s in _sentences() if subjects._AGE_APPOSED.search(s) is not None]
    assert ages, "no apposed age in the development texts: the test shows nothing"
    assert [s for s in ages if subjects._AGE_COMMAS.search(s) is None] == []
