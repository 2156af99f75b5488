"""Cheap necessary conditions tried before a costly regular-expression search.

A pattern that must end its window ('rose by ' before a figure) or that starts with a case-blind
alternation costs the regex engine a full attempt at every position of the window. Where a plain
string test shows that the pattern cannot match, the search is skipped; where it cannot tell, the
pattern runs as before, so what is found never changes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_BLANKS = " \t\u00a0"


def odd_case(word: str) -> bool:
    """Whether a text holds a character beyond Latin-1: the engine's case-blind matching equates
    some of them with an ASCII letter that str.lower() does not give ('ſ' and 's', 'ı' and 'i'),
    so a test on lower-cased text cannot rule a match out."""
    return not word.isascii() and max(word) > "\xff"


class EndWord:
    """A pattern that matches only at the end of its window, its last word one of `words`
    followed by blanks: `search` answers as the pattern's own search does.

    `blanks` are the characters allowed after the last word (None: any whitespace, as `\\s`);
    `blank_required` says whether at least one must be there."""

    __slots__ = ("_blanks", "_required", "_words", "pattern")

    def __init__(
        self,
        pattern: re.Pattern[str],
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
