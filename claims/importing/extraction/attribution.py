"""Who a sentence attributes its figures to: 'according to X', 'X said', 'said X'."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.importing.extraction.words import word_set

_VERBS = (
    "said|says|say|stated|states|state|reported|reports|report|estimated|estimates|estimate|"
    "found|finds|find|announced|announces|announce|told|tells|claimed|claims|claim|noted|notes|"
    "added|adds|warned|warns|warn|wrote|writes|showed|shows|show|indicated|indicates|indicate|"
    "revealed|reveals|reveal|confirmed|confirms|confirm|believe|believes|calculated|calculates|"
    "calculate|concluded|concludes|acknowledged|acknowledges|admitted|admits|insisted|insists|"
    "explained|predicted|predicts|predict|projected|projects|forecast|forecasts|suggested|"
    "suggests|suggest|put\\s+the\\s+(?:figure|number|toll)\\s+at"
)
_AUX = (
    r"(?:\s+(?:have|has|had|also|previously|recently|earlier|separately|already|now|later|"
    r"last\s+\w+|on\s+\w+day|would|will|may|might|could))*"
)
_VERB_RE = re.compile(rf"(?P<aux>{_AUX})\s+(?P<verb>{_VERBS})\b")
_DETERMINER_END = re.compile(
    r"\b(?:an|the|a|its|their|his|her|our|is|are|was|were|be|been|being)\s*$", re.IGNORECASE
)
_VERB_NEXT = re.compile(rf"\s+(?:{_VERBS}|is|are|was|were|has|have|had)\b")
_ACCORDING = re.compile(r"\baccording\s+to\s+(?P<src>[^,;:()]{1,200})", re.IGNORECASE)
_SAID_AFTER = re.compile(
    r"(?:^|[,\"”’]\s*)(?:said|says|added|reported|wrote)\s+(?P<src>[^,;:()\"“”]{1,120})"
)
_SRC_PREFIX = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:report|study|survey|count|tally|analysis|data|"
    r"figures|estimates?|statistics|census|review|poll|assessment|tabulation|investigation)\s+"
    r"(?:by|from|of|compiled\s+by|released\s+by|published\s+by|issued\s+by)\s+",
    re.IGNORECASE,
)
# "for" and "in" end a source only before a lower-case word: keep "Organization for Migration".
_SRC_CUT = re.compile(
    r"\s(?:(?:in|on|at|for|and)\s+(?=[a-z])|(?:published|released|issued|last|this|since|during"
    r"|which|who|that|based|when|while|as)\s)",
)
_POSSESSIVE_DOC = re.compile(
    r"^(?P<owner>.+?)['’]s\s+(?:(?:latest|new|annual|recent|own|monthly|quarterly|weekly|"
    r"preliminary|final|official|most\s+recent)\s+)*(?:report|data|figures|statistics|study|"
    r"survey|estimates?|analysis|count|tally|census|records)\b.*$",
    re.IGNORECASE,
)
_LEFT_BOUNDARY = re.compile(
    r"(?:[,;:\"“”(]|\s—|\s–|\b(?:that|but|while|which|who|whom|because|when|where|although|"
    r"though|whereas|if|after|before|since|and(?=\s+[a-z])))\s*(?=[^,;:\"“”(]*$)"
)
_CONTRAST = re.compile(r"\b(?:though|although|but|while|whereas)\s*$")
_LEADING_JUNK = re.compile(
    r"^(?:(?:in|on|at|last|this|since|during|for|by|after|before|meanwhile|still|officially|"
    r"nationwide|overall|separately|also|now|year|month|week|\w+day|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|\d{4})\s+)+",
    re.IGNORECASE,
)
_PRONOUNS = word_set(
    "it they he she we i you this that these those there which who some others many most "
    "one all both each"
)
_CAP_STOP = word_set(
    "the a an this that these those there it its in on at last still officially but and "
    "however meanwhile"
)
_SOURCE_NOUNS = word_set(
    "official officials police authorities authority experts expert researchers researcher "
    "analysts analyst scientists scientist economists economist ministry ministries government "
    "governments spokesman spokeswoman spokesperson agency agencies department office data "
    "report reports study studies survey surveys figures statistics results census groups group "
    "organisations organizations organisation organization residents witnesses doctors activists "
    "media sources investigators prosecutors lawmakers officers court bank commission institute "
    "council union observers monitors ngo ngos army military minister president mayor governor "
    "secretary director chief spokespeople estimates records count tally poll polls "
    "administration regulator regulators watchdog charity charities network"
)


@dataclass(frozen=True, slots=True)
class Attribution:
    """A source named in a sentence (local offsets of the evidence) and the figures it covers."""

    source: str
    evidence: str
    start: int
    end: int
    scope_start: int


def _clean_source(raw: str, *, cut_tail: bool) -> str | None:
    """Trim a raw source phrase down to the source's name as written."""
    source = " ".join(raw.split()).strip()
    source = _SRC_PREFIX.sub("", source)
    cut = _SRC_CUT.search(source) if cut_tail else None
    if cut:
        source = source[: cut.start()]
    owner = _POSSESSIVE_DOC.match(source)
    if owner:
        source = owner.group("owner")
    source = source.strip(" \"'“”‘’")
    if source.endswith(".") and not re.search(r"(?:\b[A-Za-z]\.){2,}$", source):
        source = source[:-1].rstrip()
    return source or None


def _acceptable(source: str) -> bool:
    """Reject pronouns, bare function words and phrases too long to be a name."""
    words = source.split()
    if not words or len(words) > 12:
        return False
    if source.lower() in _PRONOUNS or words[-1].lower() in _PRONOUNS:
        return False
    for index, word in enumerate(words):
        bare = word.strip(".,'’\"()").lower()
        if bare in _SOURCE_NOUNS or bare.rstrip("s") in _SOURCE_NOUNS:
            return True
        if word[:1].isupper() and not (index == 0 and bare in _CAP_STOP) and bare not in _CAP_STOP:
            return True
    return False


def find_attribution(sentence: str) -> Attribution | None:
    """Return the first attribution in a sentence, preferring 'according to'."""
    match = _ACCORDING.search(sentence)
    if match:
        source = _clean_source(match.group("src"), cut_tail=True)
        if source and _acceptable(source):
            return Attribution(source, match.group(0).strip(), match.start(), match.end(), 0)
    for verb in _VERB_RE.finditer(sentence):
        window = max(0, verb.start() - 200)
        left = sentence[window : verb.start()]
        if _DETERMINER_END.search(left) or _VERB_NEXT.match(sentence, verb.end()):
            # "an estimated 300", "the report said": here the word is a noun or an adjective.
            continue
        boundaries = list(_LEFT_BOUNDARY.finditer(left, max(0, len(left) - 160)))
        boundary = boundaries[-1] if boundaries else None
        np_start = boundary.end() if boundary else max(0, len(left) - 160)
        phrase = left[np_start:]
        stripped = _LEADING_JUNK.sub("", phrase)
        np_start += len(phrase) - len(stripped)
        source = _clean_source(stripped, cut_tail=False)
        if not source or not _acceptable(source):
            continue
        np_start += window
        scope = 0
        if boundary is not None and _CONTRAST.search(left[: boundary.end()]):
            scope = np_start
        evidence = sentence[np_start : verb.end()]
        return Attribution(source, evidence, np_start, verb.end(), scope)
    match = _SAID_AFTER.search(sentence)
    if match:
        source = _clean_source(match.group("src"), cut_tail=True)
        if source and _acceptable(source):
            return Attribution(source, match.group(0).strip(' ,"”’'), match.start(), match.end(), 0)
    return None
