"""Cheap necessary conditions tried before a costly regular-expression search.

A pattern that must end its window ('rose by ' before a figure) or that starts with a case-blind
alternation costs the regex engine a full attempt at every position of the window. Where a plain
string test shows that the pattern cannot match, the search is skipped; where it cannot tell, the
pattern runs as before, so what is found never changes.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from re import _constants, _parser  # type: ignore[attr-defined,unused-ignore]
from typing import Any, Final, Protocol

_BLANKS: Final = " \t\u00a0"


def odd_case(word: str) -> bool:
    """Whether a text holds a character beyond Latin-1: the engine's case-blind matching equates
    some of them with an ASCII letter that str.lower() does not give ('ſ' and 's', 'ı' and 'i'),
    so a test on lower-cased text cannot rule a match out."""
    # (encoding drops every character beyond Latin-1: a C loop, where max() would step through
    # the string's characters as objects)
    return not word.isascii() and len(word.encode("latin-1", "ignore")) != len(word)


# Characters the engine's case-blind matching equates with an ASCII letter that str.lower()
# does not turn them into: 'ſ' (s), 'ı' (i), 'İ' (lower-cased to two characters, 'i' and a dot).
CASE_PARTNERS: Final = "ſıİ"


def may_contain(text: str, words: tuple[str, ...]) -> bool:
    """Whether a case-blind pattern that needs one of these lower-case words can match in
    `text`: the lower-cased text holds one of them, or a character the engine equates with an
    ASCII letter that lower() does not give (then it cannot tell, and says yes)."""
    low = text.lower()
    return any(word in low for word in words) or any(char in text for char in CASE_PARTNERS)


class Searcher(Protocol):
    """What a gate runs once its test passes: a compiled pattern, or text.CaseBlind."""

    def search(
        self, text: str, start: int = 0, end: int = sys.maxsize, /
    ) -> re.Match[str] | None: ...


class EndWord:
    """A pattern that matches only at the end of its window, its last word one of `words`
    followed by blanks: `search` answers as the pattern's own search does.

    `blanks` are the characters allowed after the last word (None: any whitespace, as `\\s`);
    `blank_required` says whether at least one must be there."""

    __slots__ = ("_blanks", "_required", "_words", "pattern")

    def __init__(
        self,
        pattern: Searcher,
        words: Iterable[str],
        blanks: str | None = _BLANKS,
        *,
        blank_required: bool = True,
    ) -> None:
        self.pattern = pattern
        self._words = frozenset(words)
        self._blanks = blanks
        self._required = blank_required

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """pattern.search(text, start, end), skipped when the window cannot end as it must."""
        if end is None or end > len(text):
            end = len(text)
        blanks = self._blanks
        stop = end
        if blanks is not None and "\n" not in blanks and stop > start and text[stop - 1] == "\n":
            stop -= 1  # '$' also matches right before a final line break
        word_end = stop
        if blanks is None:
            while word_end > start and text[word_end - 1].isspace():
                word_end -= 1
        else:
            while word_end > start and text[word_end - 1] in blanks:
                word_end -= 1
        if self._required and word_end == stop:
            return None
        word_start = word_end
        while word_start > start and (
            text[word_start - 1].isalnum() or text[word_start - 1] == "_"
        ):
            word_start -= 1
        word = text[word_start:word_end]
        if word.lower() not in self._words and not odd_case(word):
            return None
        return self.pattern.search(text, start, end)


class EndMark:
    """A pattern that matches only at the end of its window, with `mark` its last character
    before any whitespace ('la mayoría de los casos, '): `search` answers as the pattern's own
    search does, skipped when the window ends otherwise."""

    __slots__ = ("_mark", "pattern")

    def __init__(self, pattern: re.Pattern[str], mark: str) -> None:
        self.pattern = pattern
        self._mark = mark

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """pattern.search(text, start, end), skipped when the window cannot end as it must."""
        if end is None or end > len(text):
            end = len(text)
        last = end
        while last > start and text[last - 1].isspace():
            last -= 1
        if last == start or text[last - 1] != self._mark:
            return None
        return self.pattern.search(text, start, end)


# Character ranges longer than this count as "any character".
_MAX_RANGE: Final = 256


def first_chars(source: str, flags: int = 0) -> frozenset[str] | None:
    """The ASCII characters a match of `source` (compiled with `flags`) can start with, read
    from its syntax; None when it may start with any character or match the empty string.

    Only ASCII is described: a non-ASCII character may be missing from the set even where it
    can start a match. Whatever the reading does not know (a class such as `\\w`, a
    back-reference) counts as "any character"."""
    try:
        parsed = _parser.parse(source, flags)
    except re.error:
        return None
    chars, nullable = _first(parsed.data, parsed.state.flags)
    if chars is None or nullable:
        return None
    return frozenset(c for c in chars if c.isascii())


def first_char_guard(source: str, flags: int = 0) -> str:
    """A look-ahead that fails where `source` cannot start ('' when it may start anywhere):
    put in front of an alternative that is tried at a known position, it turns it down with
    one look at a character instead of a full attempt. Every non-ASCII character passes.

    It is written as the ASCII characters that cannot start a match, case-sensitive whatever
    the pattern's flags (`(?-i:(?![...]))`): a class of every other character (all of Unicode
    beyond ASCII) would cost the regex compiler milliseconds per pattern."""
    chars = first_chars(source, flags)
    if chars is None:
        return ""
    ranges: list[list[int]] = []
    for code in range(128):
        if chr(code) in chars:
            continue
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    if not ranges:
        return ""
    barred = "".join(
        f"\\x{low:02x}" if low == high else f"\\x{low:02x}-\\x{high:02x}" for low, high in ranges
    )
    return f"(?-i:(?![{barred}]))"


_WORD_BOUNDARY: Final = "\\b"


def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(source, flags), with a first-character look-ahead after a leading `\\b`.

    A word boundary holds at the end of every word as well as at its start, so the engine
    starts a full attempt of what follows (most often a long alternation of words) at both;
    the look-ahead turns down, with one look at a character, every position where what follows
    cannot start, such as a word's end. The matches and their groups are the same
    (first_char_guard describes every character a match can start with, and lets every
    non-ASCII one through)."""
    if source.startswith(_WORD_BOUNDARY) and not source.startswith(_WORD_BOUNDARY + "(?="):
        rest = source[len(_WORD_BOUNDARY) :]
        guard = first_char_guard(rest, flags)
        if guard:
            return re.compile(_WORD_BOUNDARY + guard + rest, flags)
    return re.compile(source, flags)


def word_start(words: str) -> str:
    """`\\b(?:words)` for a scan of a whole text, written so that the engine can skip ahead.

    `words` are plain words ("Instituto|Ministerio"), each starting with a letter or a digit. A
    pattern that opens with `\\b` gives the engine nothing to look for, so it starts a full
    attempt at every position; one that opens with a literal character lets it jump from one
    such character to the next. Each word is written as its first character, then a look back
    that fails when a word character stands before that one, then the rest ("I(?<!\\w.)nstituto"):
    before a word character, a word boundary is exactly that. Used in the same place as
    `\\b(?:words)`, it finds the same matches with the same groups."""
    parts = []
    for word in words.split("|"):
        if not word[:1].isalnum() or re.escape(word) != word:
            raise ValueError(f"not a plain word: {word!r}")
        parts.append(f"{word[0]}(?<!\\w.){word[1:]}")
    return "|".join(parts)


def _variants(char: str, ignore_case: bool) -> set[str]:
    """The characters that match `char` (its case forms under IGNORECASE)."""
    if not ignore_case:
        return {char}
    lower, upper = char.lower()[:1], char.upper()[:1]
    # 'ı' and 'I', 'ſ' and 'S' share an upper case: each matches the other case of it.
    return {char, lower, upper, upper.lower()[:1], lower.upper()[:1]}


def _first(data: Sequence[tuple[Any, Any]], flags: int) -> tuple[set[str] | None, bool]:
    """The first characters of a sequence of parsed items, and whether it can match nothing."""
    found: set[str] = set()
    for op, av in data:
        chars, nullable = _first_item(op, av, flags)
        if chars is None:
            return None, False
        found |= chars
        if not nullable:
            return found, False
    return found, True


def _first_item(op: Any, av: Any, flags: int) -> tuple[set[str] | None, bool]:
    c = _constants
    ignore_case = bool(flags & c.SRE_FLAG_IGNORECASE)
    if op is c.LITERAL:
        return _variants(chr(av), ignore_case), False
    if op is c.IN:
        chars: set[str] = set()
        for item, value in av:
            if item is c.LITERAL:
                chars |= _variants(chr(value), ignore_case)
            elif item is c.RANGE and value[1] - value[0] <= _MAX_RANGE:
                for code in range(value[0], value[1] + 1):
                    chars |= _variants(chr(code), ignore_case)
            elif item is c.CATEGORY and value is c.CATEGORY_DIGIT:
                chars |= set("0123456789")  # (other digits are not ASCII: not described)
            else:
                return None, False
        return chars, False
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), True  # zero-width: what follows starts the match
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, pattern = av
        return _first(pattern.data, (flags | add_flags) & ~del_flags)
    if op is c.BRANCH:
        found: set[str] = set()
        nullable = False
        for pattern in av[1]:
            chars_, empty = _first(pattern.data, flags)
            if chars_ is None:
                return None, False
            found |= chars_
            nullable = nullable or empty
        return found, nullable
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _high, pattern = av
        chars_, empty = _first(pattern.data, flags)
        return chars_, chars_ is not None and (empty or low == 0)
    if op is c.ATOMIC_GROUP:
        return _first(av.data, flags)
    return None, False
