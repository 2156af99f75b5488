"""Reading numbers written in words or digits into exact Decimals, and word lists the readers
share."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from typing import Final

from text_to_num import text2num  # type: ignore[import-untyped,unused-ignore]

from claims.importing.extraction.gates import compiled


def word_set(text: str) -> frozenset[str]:
    """Return the whitespace-separated words of a literal as a set."""
    return frozenset(text.split())


# What follows an English verb, not a noun: an infinitive's 'to' or a determiner of the verb's
# object ('62 percent of teachers plan to leave', '55 percent of adults support the ban'); the
# figure reader ends a share's base there, and the subject builder reads the verb's clause.
VERB_OBJECT_LEADS_EN: Final = word_set(
    "to the a an their his her its this that these those them it"
)


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of the literal words, the longest first, shaped as a trie.

    '(?:Niger|Nigeria)' makes the engine try each word at every position; the trie
    'Niger(?:ia)?' shares their prefix, so a long list costs about as much as a short one.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _pattern(trie)


def _pattern(node: dict[str, dict]) -> str:
    ends = "" in node
    branches = [re.escape(char) + _pattern(child) for char, child in node.items() if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body


MAX_DIGITS: Final = 20
SCALES: Final[dict[str, int]] = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
}
_SMALL: Final = [
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
_TENS: Final = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS: Final = frozenset([*_SMALL, *_TENS, "hundred", *SCALES])
_WORD: Final = "(?:" + alternation(NUMBER_WORDS) + ")"
# A run of number words, in lower case (figures reads it case-blind). Bounded repetition keeps
# matching linear on adversarial input.
WORD_NUMBER_SOURCE: Final = rf"(?<![\w-]){_WORD}(?:(?:\s+and\s+|\s+|-){_WORD}){{0,12}}(?![\w-])"
_SPLIT: Final = compiled(r"[\s-]+")


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


def _split_runs(
    phrase: str, token: re.Pattern[str], joiner: str, read: Callable[[str], int | None]
) -> list[tuple[int, int, int]]:
    """Split a run of number words into the longest valid numbers, left to right.

    Each number is the longest run of tokens from the current one that `read` accepts; a run
    never ends on the joining word ('and', 'y'), which belongs to the number only inside it.
    """
    tokens = [(m.start(), m.end()) for m in token.finditer(phrase)]
    result: list[tuple[int, int, int]] = []
    index = 0
    while index < len(tokens):
        for last in range(len(tokens) - 1, index - 1, -1):
            if phrase[tokens[last][0] : tokens[last][1]].lower() == joiner:
                continue
            value = read(phrase[tokens[index][0] : tokens[last][1]])
            if value is not None:
                result.append((tokens[index][0], tokens[last][1], value))
                index = last + 1
                break
        else:
            index += 1
    return result


_EN_TOKEN: Final = compiled(r"[A-Za-z]+")
_ES_TOKEN: Final = compiled(r"[^\W\d_]+")


def split_words(phrase: str) -> list[tuple[int, int, int]]:
    """Split a run of number words into valid numbers: (start, end, value) within the phrase."""
    return _split_runs(phrase, _EN_TOKEN, "and", words_value)


def small_number(token: str | None) -> int | None:
    """Read a small count written in digits or words, as in 'the past five years'."""
    if not token:
        return None
    if token.isdigit():
        return int(token)
    return words_value(token) or es_words_value(token)


# --- Spanish ----------------------------------------------------------------------------------

ES_SCALES: Final[dict[str, int]] = {"mil": 10**3, "millón": 10**6, "millones": 10**6}
_ES_UNITS: Final = (
    "cero uno una un dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce "
    "quince dieciséis dieciseis diecisiete dieciocho diecinueve veinte veintiuno veintiuna "
    "veintiún veintidós veintidos veintitrés veintitres veinticuatro veinticinco veintiséis "
    "veintiseis veintisiete veintiocho veintinueve treinta cuarenta cincuenta sesenta setenta "
    "ochenta noventa cien ciento doscientos doscientas trescientos trescientas cuatrocientos "
    "cuatrocientas quinientos quinientas seiscientos seiscientas setecientos setecientas "
    "ochocientos ochocientas novecientos novecientas mil millón millones"
)
ES_NUMBER_WORDS: Final = frozenset(_ES_UNITS.split())
# As a trie: each word must end at a space or the phrase's end, so the order does not matter.
_ES_WORD: Final = "(?:" + alternation(ES_NUMBER_WORDS) + ")"
ES_WORD_NUMBER_SOURCE: Final = (
    rf"(?<![\w-]){_ES_WORD}(?:(?:\s+y\s+|\s+){_ES_WORD}){{0,12}}(?![\w-])"
)
# Articles and pronouns that are also number words: never a figure on their own.
_ES_ALONE: Final = frozenset({"un", "una", "uno", "mil", "millón", "millones", "cero"})


def es_words_value(phrase: str) -> int | None:
    """Read a Spanish number phrase such as 'treinta y cuatro' or 'mil doscientos'."""
    normalized = " ".join(phrase.lower().split())
    if not normalized or normalized in _ES_ALONE - {"mil"}:
        return None
    if normalized.split()[-1] in ("y",):
        return None
    try:
        value = text2num(normalized, "es")
    except (ValueError, TypeError, IndexError, KeyError):
        return None
    return value if isinstance(value, int) else None


def es_split_words(phrase: str) -> list[tuple[int, int, int]]:
    """Split a run of Spanish number words into valid numbers: (start, end, value)."""
    return _split_runs(phrase, _ES_TOKEN, "y", es_words_value)


# --- Digits in either convention ----------------------------------------------------------------

# A decimal digit anywhere, and everything else (compiled once for every module).
DIGIT: Final = compiled(r"\d")
NOT_DIGIT: Final = compiled(r"\D")

DigitStyle = str  # "en": 1,300.5 (comma thousands); "eu": 1.300,5 (dot thousands)
_EU_EVIDENCE: Final = compiled(
    r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.,]\d)|\d,\d{1,2}(?![\d])"
)
_EN_EVIDENCE: Final = compiled(
    r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d.,]\d)|\d\.\d{1,2}(?![\d])"
)


def digit_style(text: str, language: str) -> DigitStyle:
    """The digit convention of a text: English texts use 'en'; Spanish ones mostly 'eu'.

    Spanish-language news from Mexico and Central America often writes 1,300.5; a Spanish text
    is read as 'en' only when it shows that convention and never the other.
    """
    if language != "es":
        return "en"
    # One mark of either convention settles it: no need to count them all in a long text.
    if _EU_EVIDENCE.search(text) is not None:
        return "eu"
    return "en" if _EN_EVIDENCE.search(text) is not None else "eu"


_GROUP_SPACES: Final = compiled(r"[\u00a0\u202f\u2009 ]")
_DOT_GROUPS: Final = compiled(r"\d{1,3}(?:\.\d{3})+")


def parse_styled(token: str, style: DigitStyle) -> Decimal | None:
    """Read '1.300', '34,5', '1,300' or '10.245,6' by the text's convention."""
    token = _GROUP_SPACES.sub("", token)
    if style == "eu":
        if "," in token and "." in token:
            cleaned = token.replace(".", "").replace(",", ".")
        elif "," in token:
            head, _, tail = token.rpartition(",")
            # '1,300' in a text that writes 1.300 is still a thousands mark when grouped by 3
            # and there is more than one group ('1,300,000'); one group reads as a decimal.
            cleaned = token.replace(",", "") if token.count(",") > 1 else f"{head}.{tail}"
        else:
            cleaned = token.replace(".", "") if _DOT_GROUPS.fullmatch(token) else token
    else:
        cleaned = token.replace(",", "")
    if len(cleaned) > MAX_DIGITS:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


# A Spanish verb that changes its object by the figure after it: 'redujo los homicidios en un',
# 'ha recortado el presupuesto de salud en' (a change, of the object: group 'o').
CHANGED_OBJECT_ES: Final = compiled(
    r"\b(?:(?P<down>redu(?:jo|jeron|cido|ce|cen|cir|ciendo)|recort(?:ó|aron|ado|ar)|"
    r"disminu(?:yó|yeron|ido|ir)|baj(?:ó|aron|ado|ar))|aument(?:ó|aron|ado|ar)|"
    r"increment(?:ó|aron|ado|ar)|elev(?:ó|aron|ado|ar)|sub(?:ió|ieron|ido|ir))"
    r"\s+(?P<o>(?:el|la|los|las|sus?|nuestr[oa]s?)\s+[^,;:\d]{2,50}?)\s+"
    r"en\s+(?:(?:un|el|casi|más\s+de|cerca\s+de|alrededor\s+del?)\s+)?$",
    re.IGNORECASE,
)
