"""Reading numbers written in words or digits into exact Decimals."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from text_to_num import text2num  # type: ignore[import-untyped,unused-ignore]


def word_set(text: str) -> frozenset[str]:
    """Return the whitespace-separated words of a literal as a set."""
    return frozenset(text.split())


MAX_DIGITS = 20
SCALES: dict[str, int] = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
}
_SMALL = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS = frozenset([*_SMALL, *_TENS, "hundred", *SCALES])
_WORD = "(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
# Bounded repetition keeps matching linear on adversarial input.
WORD_NUMBER = re.compile(
    rf"(?<![\w-]){_WORD}(?:(?:\s+and\s+|\s+|-){_WORD}){{0,12}}(?![\w-])", re.IGNORECASE
)
_SPLIT = re.compile(r"[\s-]+")


def parse_digits(token: str) -> Decimal | None:
    """Read '1,300', '34.5' or '1 300' (with a no-break space) as a Decimal."""
    cleaned = re.sub(r"[,\u00a0\u202f\u2009]", "", token)
    if len(cleaned) > MAX_DIGITS:
        # Longer digit strings are identifiers or junk, and would exceed Decimal's precision.
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def words_value(phrase: str) -> int | None:
    """Read an English number phrase such as 'twenty-seven' or 'one hundred and five'."""
    normalized = " ".join(_SPLIT.split(phrase.lower().strip()))
    if not normalized:
        return None
    if normalized in SCALES or normalized == "hundred":
        return None
    try:
        value = text2num(normalized, "en")
    except (ValueError, TypeError):
        return None
    return value if isinstance(value, int) else None


def split_words(phrase: str) -> list[tuple[int, int, int]]:
    """Split a run of number words into valid numbers: (start, end, value) within the phrase."""
    tokens = [(m.start(), m.end()) for m in re.finditer(r"[A-Za-z]+", phrase)]
    result: list[tuple[int, int, int]] = []
    index = 0
    while index < len(tokens):
        for last in range(len(tokens) - 1, index - 1, -1):
            if phrase[tokens[last][0] : tokens[last][1]].lower() == "and":
                continue
            span = phrase[tokens[index][0] : tokens[last][1]]
            value = words_value(span)
            if value is not None:
                result.append((tokens[index][0], tokens[last][1], value))
                index = last + 1
                break
        else:
            index += 1
    return result


def small_number(token: str | None) -> int | None:
    """Read a small count written in digits or words, as in 'the past five years'."""
    if not token:
        return None
    if token.isdigit():
        return int(token)
    return words_value(token)
