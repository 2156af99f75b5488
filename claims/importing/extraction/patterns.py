"""What a regular expression can start with, read from its syntax.

A scan that tries a long alternation of named patterns at many positions can try, at each
position, only the alternatives that can start with the character there: the same alternative
wins, in the same order, and the others are never tried. Whatever the analysis does not know
(a class such as `\\w`, a back-reference, a pattern that can match nothing at all) counts as
"any character", so an alternative is never left out where it could match.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

try:
    # The standard library's own reader of regular-expression syntax (public as the deprecated
    # `sre_parse` until Python 3.13).
    from re import _constants, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - a Python without it: every alternative is tried
    _constants = _parser = None

# Character ranges longer than this count as "any character".
_MAX_RANGE = 256


def first_chars(source: str) -> frozenset[str] | None:
    """The ASCII characters a match of `source` can start with, or None when it may start with
    any character or match the empty string.

    Only ASCII is described: a non-ASCII character may be missing from the set even where it
    can start a match, so callers ask about ASCII characters only."""
    if _parser is None:
        return None
    try:
        parsed = _parser.parse(source, 0)
    except Exception:  # (anything the reader does not take: no claim about the start)
        return None
    chars, nullable = _first(parsed.data, parsed.state.flags)
    if chars is None or nullable:
        return None
    return frozenset(c for c in chars if c.isascii())


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


class FirstCharDispatch:
    """The alternation of some named patterns, cut down to those that can start with a given
    character (built on first use for each character; non-ASCII characters get them all)."""

    def __init__(
        self,
        patterns: Sequence[tuple[str, str]],
        source: Callable[[tuple[str, str]], str],
        build: Callable[[tuple[tuple[str, str], ...]], re.Pattern[str]],
    ) -> None:
        self._patterns = tuple(patterns)
        self._firsts = [first_chars(source(p)) for p in self._patterns]
        self._build = build
        self._everything = build(self._patterns)
        self._by_char: dict[str, re.Pattern[str]] = {}
        self._by_subset: dict[tuple[str, ...], re.Pattern[str]] = {}

    def __getitem__(self, char: str) -> re.Pattern[str]:
        found = self._by_char.get(char)
        if found is None:
            found = self._by_char[char] = self._for(char)
        return found

    def _for(self, char: str) -> re.Pattern[str]:
        if not char.isascii():
            return self._everything
        subset = tuple(
            p for p, first in zip(self._patterns, self._firsts, strict=True)
            if first is None or char in first
        )  # fmt: skip
        key = tuple(name for name, _ in subset)
        if key not in self._by_subset:
            self._by_subset[key] = self._build(subset)
        return self._by_subset[key]
