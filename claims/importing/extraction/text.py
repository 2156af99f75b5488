"""Input cleaning (junk characters, HTML) and sentence splitting with stable offsets."""

from __future__ import annotations

import html
import re
import sys
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from claims.importing.extraction.gates import CASE_PARTNERS, compiled
from claims.importing.extraction.words import word_set

# Replaced one-for-one by a space so that offsets into the caller's text stay valid.
_JUNK: Final = compiled("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")

_HTML_TAGS: Final = (
    "a|abbr|article|aside|audio|b|blockquote|body|br|button|caption|cite|code|dd|div|dl|dt|em|"
    "figcaption|figure|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|label|li|link|"
    "main|meta|nav|noscript|ol|p|picture|pre|q|s|script|section|small|source|span|strong|style|"
    "sub|sup|table|tbody|td|tfoot|th|thead|time|title|tr|u|ul|video"
)
_LOOKS_HTML: Final = compiled(rf"</?(?:{_HTML_TAGS})\b[^<>]{{0,2000}}>", re.IGNORECASE)
_MARKUP: Final = compiled(
    rf"<!--|<(?P<close>/?)(?P<tag>{_HTML_TAGS}|[a-zA-Z][a-zA-Z0-9-]{{0,30}})\b[^<>]{{0,2000}}>"
    r"|<!DOCTYPE[^<>]{0,2000}>"
    r"|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});",
    re.IGNORECASE,
)
_BLOCK: Final = word_set(
    "article aside blockquote body br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr html li main nav ol p pre section table tbody td tfoot th thead title tr ul"
)
_SKIP_CONTENT: Final = {
    "script": compiled(r"</script\s*>", re.IGNORECASE),
    "style": compiled(r"</style\s*>", re.IGNORECASE),
}


# Escapes and group names, which say nothing about the case of what a pattern matches.
_ESCAPE: Final = compiled(r"\\.|\(\?P<\w+>|\(\?P=\w+\)")
# (the `endpos` a compiled pattern's search takes when none is given)
_END: Final = sys.maxsize
_CAPITAL: Final = compiled(r"[A-Z]")


def folded(pattern: str) -> re.Pattern[str]:
    """Compile a lower-case pattern to run on `lower(text)`.

    It finds what the same pattern with re.IGNORECASE finds in the text, at the same offsets,
    several times faster: a case-blind alternation cannot use the regex engine's literal
    prefilters.
    """
    if _CAPITAL.search(_ESCAPE.sub("", pattern)):
        raise ValueError(f"a folded pattern is written in lower case: {pattern!r}")
    return compiled(pattern)


@lru_cache(maxsize=32)
def lower(text: str) -> str:
    """The text in lower case, one character for one so that offsets stay valid (kept for the
    last few texts: each sentence is lower-cased for a dozen patterns and tests)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(char.lower()[:1] for char in text)


def _partnered(text: str) -> bool:
    """Whether a text holds a character that the case-blind engine equates with an ASCII
    letter other than the one lower() gives it (gates.CASE_PARTNERS). Three searches for a
    character beyond Latin-1, which in a text without one end at once."""
    return CASE_PARTNERS[0] in text or CASE_PARTNERS[1] in text or CASE_PARTNERS[2] in text


class CaseBlind:
    """A case-blind pattern with the calls of a compiled one, run as `folded` runs it: written
    in lower case, on `lower(text)`, the same matches at the same offsets, sooner. The engine
    compares case-blind character by character, lower-casing each (a tenth of an article's
    instructions went there), and cannot use its literal prefilters.

    A text with a character the case-blind engine equates with an ASCII letter that lower()
    does not give ('ſ', 'ı', 'İ') is searched case-blind, as before. A match's
    own text is lower-cased: read what it covers from the caller's text, by its offsets."""

    __slots__ = ("blind", "folded")

    def __init__(self, pattern: str) -> None:
        self.folded = folded(pattern)
        self.blind = compiled(pattern, re.IGNORECASE)

    def search(self, text: str, start: int = 0, end: int = _END) -> re.Match[str] | None:
        """pattern.search(text, start, end), case-blind."""
        if _partnered(text):
            return self.blind.search(text, start, end)
        return self.folded.search(lower(text), start, end)

    def match(self, text: str, start: int = 0, end: int = _END) -> re.Match[str] | None:
        """pattern.match(text, start, end), case-blind."""
        if _partnered(text):
            return self.blind.match(text, start, end)
        return self.folded.match(lower(text), start, end)

    def fullmatch(self, text: str, start: int = 0, end: int = _END) -> re.Match[str] | None:
        """pattern.fullmatch(text, start, end), case-blind."""
        if _partnered(text):
            return self.blind.fullmatch(text, start, end)
        return self.folded.fullmatch(lower(text), start, end)

    def finditer(self, text: str, start: int = 0, end: int = _END) -> Iterator[re.Match[str]]:
        """pattern.finditer(text, start, end), case-blind."""
        if _partnered(text):
            return self.blind.finditer(text, start, end)
        return self.folded.finditer(lower(text), start, end)


@dataclass(frozen=True, slots=True)
class Prepared:
    """Text ready for rule matching, with a map back to the caller's offsets when it differs."""

    text: str
    starts: array[int] | None = None
    ends: array[int] | None = None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the prepared text to the caller's text."""
        if self.starts is None or self.ends is None or end <= start:
            return start, end
        return self.starts[start], self.ends[end - 1]


def sanitize(text: str) -> str:
    """Replace control characters and lone surrogates by spaces, keeping every offset."""
    return _JUNK.sub(" ", text)


def prepare(text: str) -> Prepared:
    """Sanitize the text and, when it is HTML, strip markup while recording offsets."""
    clean = sanitize(text)
    if not _LOOKS_HTML.search(clean):
        return Prepared(clean)
    return _strip_html(clean)


def _strip_html(source: str) -> Prepared:
    """Remove tags, comments, scripts and styles; decode entities; keep an offset map."""
    out: list[str] = []
    starts: array[int] = array("q")
    ends: array[int] = array("q")

    def emit(chunk: str, begin: int, finish: int, *, spread: bool) -> None:
        out.append(chunk)
        for index in range(len(chunk)):
            # Verbatim text maps char by char; synthetic text (entities, breaks) maps to its source.
            if spread:
                starts.append(begin + index)
                ends.append(begin + index + 1)
            else:
                starts.append(begin)
                ends.append(finish)

    pos = 0
    length = len(source)
    while pos < length:
        match = _MARKUP.search(source, pos)
        if match is None:
            emit(source[pos:], pos, length, spread=True)
            break
        if match.start() > pos:
            emit(source[pos : match.start()], pos, match.start(), spread=True)
        markup = match.group(0)
        if markup == "<!--":
            close = source.find("-->", match.end())
            pos = length if close < 0 else close + 3
            continue
        if markup.startswith("&"):
            emit(html.unescape(markup), match.start(), match.end(), spread=False)
            pos = match.end()
            continue
        tag = (match.group("tag") or "").lower()
        pos = match.end()
        if tag in _SKIP_CONTENT and not match.group("close"):
            closer = _SKIP_CONTENT[tag].search(source, pos)
            pos = length if closer is None else closer.end()
            continue
        if tag in _BLOCK:
            emit("\n\n", match.start(), match.end(), spread=False)
    return Prepared("".join(out), starts, ends)


# Abbreviations after which a full stop does not end a sentence.
_NEVER_END: Final = word_set(
    "mr mrs ms dr prof gen col lt sgt capt cpl maj adm gov sen rep rev st mt ft jr sr no nos "
    "vs approx fig jan feb mar apr jun jul aug sep sept oct nov dec est dept univ e.g i.e "
    "pres supt insp cmdr sra srta lic ing arq dra núm pág aprox gral cnel tte lcdo lcda"
)
# Words that start a new sentence even right after an abbreviation such as "U.N.".
_STARTERS: Final = word_set(
    "a an and as at but by despite during for from he her his however i if in it its last "
    "meanwhile more most my no nor now of on one only other our she since so some still such "
    "than that the their then there these they this those though thus to under we what when "
    "where while who why with yet you el la los las en de del según por para con un una "
    "este esta desde hasta y pero además también se su sus"
)
_WEEKDAYS: Final = word_set("monday tuesday wednesday thursday friday saturday sunday")
# Capitalised words that continue an institution's name after "U.S." and similar.
_NAME_CONTINUERS: Final = word_set(
    "army navy air congress senate house embassy treasury government department agency "
    "mission forces military marines coast court supreme federal state census bureau "
    "president ambassador secretary attorney general district security council assembly "
    "dollar dollars open office commission committee high special envoy secretary-general "
    "peacekeepers peacekeeping human refugee development food population environment relief "
    "rapporteur programme program fund world economic children's "
    # ("the U.S. Centers for Disease Control and Prevention", "the U.S. Geological Survey")
    "centers center centre centres institute institutes geological chamber customs "
    "citizenship immigration"
)
MAX_SENTENCE: Final = 1000
# (Every alternative starts with a single character, so the engine skips to the next one of
# them instead of trying the pattern at each position of the text.)
_BOUNDARY: Final = compiled(r"(?:\.|!|\?)[.!?]*[\"'”’)\]]*(?=\s)|\n[ \t\r\f\v]*\n")
_ACRONYM: Final = compiled(r"(?:[A-Za-z]\.)+[A-Za-z]?$")
# Two initials that name a place or a body, which may close a sentence ("... in the U.S. The
# ..."), unlike a person's ("O.B. Curtis", "J.P. Morgan")
_PLACE_INITIALS: Final = word_set(
    "u.s u.k u.n e.u d.c n.y l.a s.f n.j n.c s.c n.h n.m n.d s.d w.va"
)
_NEXT_WORD: Final = compiled(r"\s+([\"'“‘(\[]?)(\S{0,40})")


# A wire dateline before the first sentence: "LIMA, Peru (AP) — ", "NEW DELHI (Reuters) - ",
# "Guatemala, 15 ene (EFE).- ". It is no part of the sentence: not its subject, not a figure.
_DATELINE: Final = compiled(
    r"[ \t]*(?:[A-ZÁÉÍÓÚÑ][\w.'’-]*(?:[ \t]+(?:[A-ZÁÉÍÓÚÑ][\w.'’-]*|de|del|la|el))*)"
    r"(?:,[ \t]*[\w.'’ -]{1,30}?)?[ \t]*"
    r"\((?i:AP|Reuters|AFP|EFE|ACAN-EFE|Bloomberg|UPI|dpa|Xinhua|ANSA|Europa Press|EP|"
    r"Prensa Latina|Colprensa|Notimex|Andina|Télam|Sputnik|IPS|Servimedia|Kyodo|Yonhap)\)"
    r"[ \t]*\.?[ \t]*[—–-]{1,2}[ \t]*"
)


# A newspaper's or a national agency's own dateline: "CIUDAD DE GUATEMALA, 14 may (AGN).- ",
# "TAPACHULA (México), 11 jun (Prensa Libre).- ". Any source in the brackets will do when the
# place is set in capitals or a day and month follow it, as only a dateline is written.
_DATELINE_ANY: Final = compiled(
    r"[ \t]*(?P<place>[A-ZÁÉÍÓÚÑ][\w.'’-]*(?:[ \t]+(?:[A-ZÁÉÍÓÚÑ][\w.'’-]*|de|del|la|el))*)"
    r"(?:[ \t]*\([A-ZÁÉÍÓÚÑ][\w.'’ -]{1,30}\))?"
    r"(?:,[ \t]*[A-ZÁÉÍÓÚÑ][\w.'’ ]{0,20}(?=,[ \t]*\d))?"
    r"(?:,[ \t]*(?P<when>[\w.'’ -]{1,30}?))?[ \t]*"
    r"\([A-ZÁÉÍÓÚÑ][^()\n]{0,40}\)"
    r"[ \t]*\.?[ \t]*[—–-]{1,2}[ \t]*"
)
_DAY_MONTH: Final = compiled(r"\d{1,2}[ \t]+[A-Za-záéíóú]{3}")
# A newspaper's dateline with no source in brackets, the place in capitals and a day and month
# after it: "CIUDAD DE MÉXICO, 3 mar.- ", "SANTIAGO, 8 abr. - ".
_DATELINE_BARE: Final = compiled(
    r"[ \t]*(?P<place>[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ.'’-]+(?:[ \t]+[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ.'’-]*)*)"
    r"(?:,[ \t]*\d{1,2}[ \t]+[A-Za-záéíóú]{3,10}\.?[ \t]*[—–-]{1,2}[ \t]*"
    # ("SAN JOSÉ — ", "GUATEMALA CITY - ", "KINGSTON, Jamaica — ": a newspaper's dateline, a
    # city in capitals and its country, with no agency)
    r"|(?<=[A-ZÁÉÍÓÚÑ]{4})(?:,[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})?[ \t]+[—–-][ \t]+)"
)


# A newspaper's dateline of a place alone in capitals, closed by a full stop: "MANAGUA. ",
# "SAN SALVADOR. ", "CIUDAD DE MÉXICO. " (the place names at least four capitals).
# ("SAN SALVADOR.- ", "GUADALAJARA, Jal.- ": the Latin American press closes it with '.-', a
# Mexican city with its state abbreviated)
_DATELINE_STOP: Final = compiled(
    r"[ \t]*(?P<place>[A-ZÁÉÍÓÚÑ]{2,}(?:[ \t]+[A-ZÁÉÍÓÚÑ]{2,})*)"
    r"(?:\.(?:[ \t]*[—–-]{1,2})?|,[ \t]*[A-Z][a-záéíóú]{1,4}\.[ \t]*[—–-]{1,2})"
    r"[ \t]+(?=[A-ZÁÉÍÓÚÑ¿¡\"“«])"
)


def dateline_end(text: str) -> int:
    """Where a wire dateline that opens the text ends ('LIMA, Peru (AP) — '), else 0."""
    if text[:2].isupper():
        stop = _DATELINE_STOP.match(text)
        if stop is not None and len(stop.group("place").replace(" ", "")) >= 4:
            return stop.end()
    if "(" not in text[:80]:
        bare = _DATELINE_BARE.match(text) if text[:1].isupper() else None
        return bare.end() if bare is not None else 0
    match = _DATELINE.match(text)
    if match is not None:
        return match.end()
    found = _DATELINE_ANY.match(text)
    if found is None:
        return 0
    place, when = found.group("place"), found.group("when")
    if (place.isupper() and len(place) > 2) or (when and _DAY_MONTH.match(when)):
        return found.end()
    return 0


# A first line that reads as a headline: short, with no sentence punctuation at its end, and
# a line of running text after it that starts with a capital.
_HEADLINE_LINE: Final = compiled(
    r"[ \t]*[^\n]{8,200}?[^\n.!?:;,\s][ \t]*\n(?=[ \t]*[A-ZÁÉÍÓÚÑ¿¡\"“«])"
)


def _headline_end(text: str) -> int:
    """Where a headline that stands alone on the first line ends (after its line break), else
    0. A blank line after it is left to the sentence splitter, as before."""
    cut = text.find("\n", 0, 202)
    if cut < 0 or text[cut + 1 : cut + 2] in ("\n", "\r"):
        return 0
    match = _HEADLINE_LINE.match(text, 0, cut + 2)
    return match.end() if match is not None and match.end() == cut + 1 else 0


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return [start, end) spans of sentences, trimmed of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    headline = _headline_end(text)
    if headline:
        # "Desempleo baja a 2,5 % en septiembre\nLa tasa de desocupación ...": a headline on a
        # line of its own is a sentence of its own, though no blank line follows it.
        spans.append((0, headline))
        start = headline
    for match in _BOUNDARY.finditer(text, headline):
        if match.group(0)[0] != "\n" and not _ends_sentence(text, match.start(), match.end()):
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    trimmed: list[tuple[int, int]] = []
    for begin, finish in spans:
        while begin < finish and text[begin].isspace():
            begin += 1
        while finish > begin and text[finish - 1].isspace():
            finish -= 1
        # Cap sentence length so that per-sentence work stays bounded on run-on input.
        while finish - begin > MAX_SENTENCE:
            cut = text.rfind(" ", begin + MAX_SENTENCE // 2, begin + MAX_SENTENCE)
            cut = cut if cut > begin else begin + MAX_SENTENCE
            trimmed.append((begin, cut))
            begin = cut
            while begin < finish and text[begin].isspace():
                begin += 1
        if finish > begin:
            trimmed.append((begin, finish))
    return trimmed


def _last_token(text: str, end: int) -> str:
    r"""The run of non-space characters that text[:end] ends with, up to 40 of them: what
    r"(\S{1,40})$" finds in the 40 characters before `end`, read without trying the pattern at
    each of them."""
    window = text[max(0, end - 40) : end]
    if window.endswith("\n"):
        window = window[:-1]  # ('$' matches before a final line break)
    return window.rsplit(None, 1)[-1] if window and not window[-1].isspace() else ""


def _ends_sentence(text: str, punct_start: int, punct_end: int) -> bool:
    """Decide whether the punctuation at punct_start closes a sentence."""
    following = _NEXT_WORD.match(text, punct_end)
    if following is None:
        return True
    word = following.group(2)
    if not word:
        return True
    first = word[0]
    if first.islower():
        return False
    if text[punct_start] != ".":
        return True
    token = _last_token(text, punct_start)
    token = token.lstrip("\"'“‘([")
    bare = token.lower()
    if bare in _NEVER_END:
        return False
    if first.isdigit():
        return not (_ACRONYM.match(token) or len(token) == 1)
    if _ACRONYM.match(token) or (len(token) == 1 and token.isupper()):
        # "U.N. The" ends a sentence; "U.S. Customs and Border" does not.
        head = word.strip("\"'“”‘’,.;:()").lower()
        if bare in ("a.m", "p.m") and head in _WEEKDAYS:
            return False  # "as of 11 p.m. Tuesday, the count ...": the day of that hour
        if head in _STARTERS:
            return True
        if head in _NAME_CONTINUERS:
            return False
        if (
            len(token) == 3
            and token[1] == "."
            and token[0].isupper()
            and token[2].isupper()
            and bare not in _PLACE_INITIALS
        ):
            return False  # "near the O.B. Curtis treatment plant": a person's initials
        after = _NEXT_WORD.match(text, following.end())
        next_word = after.group(2) if after else ""
        return bool(next_word) and next_word[0].islower() and next_word not in ("and", "of", "de")
    return True
