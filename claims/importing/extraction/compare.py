"""Phrases compared the way the annotation guideline scores them (docs/extraction-annotation.md).

Units, attributions, places and subjects are compared after the normalisations of the
guideline's section 11; the evaluator and the claim matcher share them so that both read a
unit or a place the same way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from claims.importing.extraction.places import canonical
from claims.importing.extraction.words import word_set

_ARTICLES = ("the", "a", "an", "el", "la", "los", "las", "un", "una")
_EDGE_PUNCT = " \t\n.,;:!?\"'“”‘’()[]{}«»"
# English and Spanish function words: never content words of a subject.
STOP_WORDS = word_set(
    "the and for with that this these those from into onto than then there their them they its "
    "it's his her our your who whom whose which what when where while about above after before "
    "below between during over under among across along against around through since until upon "
    "within without per via not nor but are was were been being has have had does did will "
    "would could should may might must can shall also only just more most less least very such "
    "each every some any all both either neither other another same own of in on at by to as or "
    "is be an a del las los por para que con una unos unas uno sus como más menos entre sobre "
    "desde hasta según durante hacia contra sin tras ante bajo este esta estos estas ese esa "
    "esos esas aquel aquella cual cuales quien quienes cuyo cuya donde cuando pero sino también "
    "muy han hay fue fueron son era eran ser sido está están estaba estaban tiene tienen tenía "
    "lo le les se su al de la el en y o e u ni"
)


def fold(text: str) -> str:
    """Lower-case and strip accents."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def norm_phrase(value: str | None) -> str | None:
    """The unit normalisation: lowercase, strip surrounding punctuation, collapse spaces, drop
    one leading article."""
    if value is None:
        return None
    text = " ".join(value.lower().split()).strip(_EDGE_PUNCT)
    first, _, rest = text.partition(" ")
    if rest and first in _ARTICLES:
        text = rest
    return text or None


def _strip_article(text: str) -> str:
    first, _, rest = text.partition(" ")
    return rest if rest and first in _ARTICLES else text


def norm_attribution(value: str | None) -> str | None:
    """Case and accents ignored, surrounding punctuation stripped, leading article removed."""
    if value is None:
        return None
    text = " ".join(fold(value).split()).strip(_EDGE_PUNCT)
    return _strip_article(text) or None


_SPANISH_COUNTRIES = {
    "estados unidos": "united states",
    "eeuu": "united states",
    "ee.uu.": "united states",
    "ee. uu.": "united states",
    "usa": "united states",
    "u.s.": "united states",
    "u.s.a.": "united states",
    "us": "united states",
    "mexico": "mexico",
    "brasil": "brazil",
    "espana": "spain",
    "panama": "panama",
    "peru": "peru",
    "haiti": "haiti",
    "belice": "belize",
    "republica dominicana": "dominican republic",
    "reino unido": "united kingdom",
    "alemania": "germany",
    "francia": "france",
    "italia": "italy",
    "canada": "canada",
    "japon": "japan",
    "turquia": "turkey",
    "siria": "syria",
}


def norm_place(value: str | None) -> str | None:
    """Lowercase, accents removed, leading article removed, countries by their English name."""
    if value is None:
        return None
    text = " ".join(fold(value).split()).strip(_EDGE_PUNCT)
    text = _strip_article(text)
    if text in _SPANISH_COUNTRIES:
        return _SPANISH_COUNTRIES[text]
    named = canonical(value)
    if named is not None:
        text = _strip_article(" ".join(fold(named).split()).strip(_EDGE_PUNCT))
    return _SPANISH_COUNTRIES.get(text, text) or None


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def content_words(text: str | None) -> set[str]:
    """Words of three or more letters that are not stop words, with simple plural folding."""
    if not text:
        return set()
    words: set[str] = set()
    for raw in _WORD.findall(fold(text)):
        for word in re.split(r"[-'’]", raw):
            if len(word) < 3 or word in STOP_WORDS:
                continue
            if word.endswith("es"):
                word = word[:-2]
            elif word.endswith("s"):
                word = word[:-1]
            words.add(word)
    return words


def subject_right(predicted: str | None, subjects: Sequence[str]) -> bool:
    """Section 11's subject rule: equal after normalisation, or enough content words."""
    if not predicted:
        return False
    said = norm_phrase(predicted)
    mine = content_words(predicted)
    for gold in subjects:
        if said is not None and said == norm_phrase(gold):
            return True
        theirs = content_words(gold)
        if not theirs or not mine:
            continue
        if len(mine & theirs) >= 0.6 * len(theirs) and len(mine) <= 2 * len(theirs):
            return True
    return False


def attribution_right(predicted: str | None, gold: str | None) -> bool:
    """Equal after normalisation, or one contains the other as whole words."""
    want, got = norm_attribution(gold), norm_attribution(predicted)
    if want is None or got is None:
        return want is None and got is None
    if want == got:
        return True
    want_words, got_words = want.split(), got.split()
    return _contains(want_words, got_words) or _contains(got_words, want_words)


def _contains(outer: list[str], inner: list[str]) -> bool:
    """Whether `inner` occurs in `outer` as a run of whole words (punctuation ignored)."""
    outer = [w.strip(_EDGE_PUNCT) for w in outer]
    inner = [w.strip(_EDGE_PUNCT) for w in inner]
    inner = [w for w in inner if w]
    if not inner or len(inner) > len(outer):
        return False
    return any(outer[i : i + len(inner)] == inner for i in range(len(outer) - len(inner) + 1))
