"""Which language a text is written in: English and Spanish are read, others are named and refused.

Detection counts frequent function words of each language; it is deterministic and says why
(the counts). A text too short to tell is read as English.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Final

from claims.importing.extraction.gates import compiled
from claims.importing.extraction.words import word_set

SUPPORTED: Final = ("en", "es")
NAMES: Final = {
    "en": "English",
    "es": "Spanish",
    "pt": "Portuguese",
    "fr": "French",
    "de": "German",
    "it": "Italian",
    "nl": "Dutch",
    # Texts written mostly in another script (told by their letters, not their words)
    "el": "Greek",
    "he": "Hebrew",
    "th": "Thai",
    "ko": "Korean",
    "ja": "Japanese",
    "zh": "Chinese",
    "x-cyrl": "a language written in Cyrillic",
    "x-arab": "a language written in Arabic script",
    "x-deva": "a language written in Devanagari",
    "x-other": "a script other than the Latin alphabet",
}
# Function words frequent in news prose and rare in the other languages listed. The commonest
# words two of them share ('la', 'que', 'un', 'se', 'por', 'para', 'con', 'una') are in no list:
# they would speak for one of the two in the other's texts. Spanish keeps 'en' (French writes it
# too, and more words of its own: 'le', 'des', 'à', elided 'd'' and 'qu'').
_MARKERS: Final = {
    "en": "the of and to is was were are for that with said has have from by this which it "
    "its their been would will than after who according",
    "es": "el los las del y al en según fue fueron son está más sus entre este esta como desde "
    "también dijo informó sobre hasta años han ha personas muy pero cuando donde aunque además "
    "hubo había cada mientras durante tras ellos dijeron aseguró indicó señaló",
    "pt": "o os da das do não são uma com também foi pelo pela mais segundo anos até disse em ao "
    "na nas seu sua foram disseram pelos pelas já há ele ela cento ano ficou pessoas",
    "fr": "le les des du est une pour dans avec été sont selon cette aussi plus qui ont par "
    "au aux ans à et ils elle pas ne ces leur leurs très chez depuis après près était sera "
    "nous d qu deux trois quatre sept huit neuf dix vingt mille environ hausse baisse lors "
    "ainsi encore déjà contre",
    "de": "der die das und ist nicht mit für von den dem sich auch wurde sind nach bei "
    "einer eine ein im zum zur wird werden hat haben war waren als mehr noch aber oder über "
    "seit gegen jahr jahren prozent sagte auf aus dass etwa menschen",
    "it": "il della delle che non sono gli anche più nel alla dalla anni stato degli è di per "
    "dei nella nei alle dal sul sulla hanno secondo rispetto questo questa dopo negli dell all "
    "ed persone anno ogni",
    "nl": "het een van niet met voor zijn werd ook naar bij dat deze door",
}
_WORDS: Final = {lang: frozenset(words.split()) for lang, words in _MARKERS.items()}
_TOKEN: Final = compiled(r"[^\W\d_]+")
# Below this many marker words the text is too short to tell; it is read as English.
MIN_EVIDENCE: Final = 2
# Letters only some of the languages use count as marker words too, once a word is found.
_LETTERS: Final = {
    "es": compiled(r"[ñ¿¡]|[áéíóú]|\w(?:aron|ieron)\b"),
    "pt": compiled(r"[ãõçâêô]"),
    "fr": compiled(r"[èêàùçâîôûëïœ]|\w+eux\b|(?<!\w)[a-zà-öø-ÿ]\w*é(?:es?|s)?\b"),
    "de": compiled(r"[äöüß]"),
    "it": compiled(r"[ìò]|\w[àèù]\b"),
}
SAMPLE_CHARS: Final = 20_000
# Letters outside the Latin alphabet (and its accented forms): a text most of whose letters are
# such is in another script, whatever words of it the marker lists know.
_NON_LATIN: Final = compiled(r"[^\W\d_\x00-\u024f\u1e00-\u1eff]")
# The first word of a letter's Unicode name, and the language or script it says.
_SCRIPTS: Final = {
    "CYRILLIC": "x-cyrl",
    "GREEK": "el",
    "HEBREW": "he",
    "ARABIC": "x-arab",
    "THAI": "th",
    "HANGUL": "ko",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "CJK": "zh",
    "DEVANAGARI": "x-deva",
}
# A short text ('Se decomisaron 30 cilindros de gas en Mixco.') may hold one marker word or none.
# Words Spanish writes and English does not ('era', 'hay', 'sin', 'total' are left out; some,
# 'la', 'en', 'que', are French, Portuguese or Italian too, whose words then count against), its
# month names (written in lower case), ñ, ¿, ¡, '-ción' and 'por ciento' then speak for Spanish
# too, against little English evidence. Read only in texts of at most SHORT_WORDS words.
_SPANISH_ONLY: Final = word_set(
    """de del ellos ellas estos estas esos esas ese esa eso esto cada hubo eran había unos unas
    uno dos tres cuatro cinco seis siete ocho nueve diez mil millones tiene tienen pero porque
    cuando donde aunque además casi cerca menos mitad cifra hoy ayer mes meses semana día días
    muy todos todas otro otros otras sido ser así mientras durante frente alrededor promedio su
    lo tras hacia ya la que en un una se por para con
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre
    diciembre"""
)
# Words that join the parts of a name ('San José de Costa Rica', 'José de la Cruz').
_NAME_PARTICLES: Final = word_set("de del la las los el y da do")
SHORT_WORDS: Final = 60
# Below this many English marker words the Spanish-only evidence is weighed.
SHORT_EVIDENCE: Final = 4
_ACCENTED: Final = frozenset("áéíóúñ")
# Words and letters of short Portuguese texts, which the Spanish-only words would claim
# ('Foram registrados 300 casos de dengue no estado').
_PORTUGUESE_ONLY: Final = word_set(
    "em na nos nas os do da das ao não são foram pelo pela pessoas uma"
)
_PORTUGUESE_LETTERS: Final = frozenset("ãõç")
# Endings of lower-case words only Spanish writes ('decomisaron', 'murieron', 'recaudación').
_SPANISH_ENDINGS: Final = ("ción", "ciones", "aron", "ieron")
_SPANISH_NUMBER: Final = compiled(
    r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,])|(?<![\d.,])\d+,\d{1,2}(?![\d.,])"
)
_SENTENCE_OPENERS: Final = frozenset(".!?¿¡:;\"“‘'(«—-\n")


@dataclass(frozen=True, slots=True)
class Detected:
    """The language found, and the counts of marker words that decided it."""

    language: str
    counts: dict[str, int]

    @property
    def name(self) -> str:
        """The language's English name."""
        return NAMES.get(self.language, self.language)

    @property
    def supported(self) -> bool:
        """Whether the extractor reads this language."""
        return self.language in SUPPORTED


def detect(text: str) -> Detected:
    """Guess the language of a text from its function words (the first 20,000 characters)."""
    sample = text[:SAMPLE_CHARS]
    tokens = [t.lower() for t in _TOKEN.findall(sample)]
    if not sample.isascii():
        in_letters = sum(len(t) for t in tokens)
        script = _other_script(sample, in_letters)
        if script is not None:
            # (its letters are its evidence: a text of four or more reads clearly as it)
            return Detected(script, {**dict.fromkeys(_MARKERS, 0), script: in_letters})
    counts: Counter[str] = Counter()
    for token in tokens:
        for lang, words in _WORDS.items():
            if token in words:
                counts[lang] += 1
    # Letters back up words; on their own ('çù') they say nothing.
    letters = {
        lang: min(len(pattern.findall(sample)), max(2, len(tokens) // 10))
        for lang, pattern in _LETTERS.items()
    }
    if len(tokens) <= SHORT_WORDS and counts["en"] < SHORT_EVIDENCE:
        short = _short_spanish(sample, counts, letters)
        if short is not None:
            return short
    for lang, found in letters.items():
        if counts[lang]:
            counts[lang] += found
    total = {lang: counts.get(lang, 0) for lang in _MARKERS}
    best = max(total, key=lambda lang: (total[lang], lang in SUPPORTED, lang == "en"))
    if total[best] < MIN_EVIDENCE:
        return Detected("en", total)
    # Spanish and Portuguese share many words; accents and tildes that only one uses decide.
    if best in ("es", "pt") and {"es", "pt"} <= {k for k, v in total.items() if v}:
        spanish = len(re.findall(r"[ñ¿¡]|\b(?:el|los|del|y)\b", sample))
        portuguese = len(re.findall(r"[ãõç]|\b(?:não|os|do|da|em)\b", sample))
        best = "es" if spanish >= portuguese else "pt"
    return Detected(best, total)


def _other_script(sample: str, letters: int) -> str | None:
    """The language or script of a text most of whose letters are not Latin and most of those
    of one script, or None (a mix of scripts, such as a sweep of code points, says nothing).
    Japanese when it has kana among its Chinese characters."""
    others = _NON_LATIN.findall(sample)
    if len(others) * 2 <= letters:
        return None
    found: Counter[str] = Counter()
    for ch in others[:400]:
        found[_SCRIPTS.get(unicodedata.name(ch, "").split(" ", 1)[0], "x-other")] += 1
    if found["ja"]:
        found["ja"] += found.pop("zh", 0)  # (Japanese writes Chinese characters with its kana)
    script, count = found.most_common(1)[0]
    if count * 5 < sum(found.values()) * 4:
        return None
    return script


def _short_spanish(sample: str, counts: Counter[str], letters: dict[str, int]) -> Detected | None:
    """Spanish, when a short text with little English evidence has more of Spanish: its marker
    words, the words only Spanish writes, '-ción', '-aron', ñ and (one at most) an accented
    vowel, in words that are not names ('Mixco', 'San José de Costa Rica' say nothing), and ¿,
    ¡ or 'por ciento'. None to decide as usual."""
    words = [(m.group(), m.start()) for m in _TOKEN.finditer(sample)]
    spanish = 0
    accented = 0
    portuguese = 0
    for index, (word, start) in enumerate(words):
        low = word.lower()
        if low in _PORTUGUESE_ONLY or any(c in _PORTUGUESE_LETTERS for c in low):
            portuguese += 1
        if word[:1].isupper():
            before = sample[:start].rstrip()
            if before and before[-1] not in _SENTENCE_OPENERS:
                continue  # a name, not a sentence's first word
            # (a first word counts as a word only: 'Nariño: 68,000' is a name's letters, but
            # 'Llegaron' and 'Murieron' are verbs; 'Sharon' and 'Aaron' are names)
            spanish += int(low in _WORDS["es"] or low in _SPANISH_ONLY) + int(
                low.endswith("ieron") or (low.endswith("aron") and len(low) >= 7)
            )
            continue
        if low in _NAME_PARTICLES and _inside_name(words, index):
            continue
        if low in _WORDS["es"] or low in _SPANISH_ONLY:
            spanish += 1
            if low == "de" and _de_joins_words(words, index):
                spanish += 1  # ('libras de marihuana': English writes 'de' in names only)
        if low.endswith(_SPANISH_ENDINGS) or "ñ" in low:
            spanish += 1
        if not accented and any(c in _ACCENTED for c in low):
            accented = 1
    lowered = sample.lower()
    spanish += accented + int("¿" in sample or "¡" in sample) + int("por ciento" in lowered)
    # '3.200 migrantes', '6,3 millones': thousands grouped with dots or a decimal comma, the way
    # Spanish writes numbers (one sign however many numbers)
    spanish += int(_SPANISH_NUMBER.search(sample) is not None)
    # (another language's words count with the letters only it writes: 'Le chômage a baissé de
    # 0,3 point en 2023, selon l'Insee' is French, though Spanish writes 'de' and a decimal comma)
    others = max(
        [portuguese, *(v + letters.get(k, 0) for k, v in counts.items() if k not in ("en", "es"))]
    )
    # (each English marker word outweighs two Spanish signs: a name can bring a 'de')
    # (with two signs of another language, the words of each decide as in a longer text)
    if (
        spanish >= MIN_EVIDENCE
        and spanish > 2 * counts["en"] + 1
        and spanish > others + 1
        and others < MIN_EVIDENCE
    ):
        total = {lang: counts.get(lang, 0) for lang in _MARKERS}
        total["es"] = spanish
        return Detected("es", total)
    return None


def _de_joins_words(words: list[tuple[str, int]], index: int) -> bool:
    """Whether 'de' joins two lower-case words ('libras de marihuana'; not 'de facto')."""
    return (
        0 < index < len(words) - 1
        and words[index - 1][0].islower()
        and words[index + 1][0].islower()
        and words[index + 1][0] != "facto"
    )


def _inside_name(words: list[tuple[str, int]], index: int) -> bool:
    """Whether the particle at `index` joins two capitalised words ('Unidad Nacional de la
    Esperanza'), other particles between."""
    before = index - 1
    while before >= 0 and words[before][0].lower() in _NAME_PARTICLES:
        before -= 1
    after = index + 1
    while after < len(words) and words[after][0].lower() in _NAME_PARTICLES:
        after += 1
    return (
        before >= 0
        and after < len(words)
        and words[before][0][:1].isupper()
        and words[after][0][:1].isupper()
    )


class UnsupportedLanguage(ValueError):
    """The text is in a language the extractor does not read."""

    def __init__(self, language: str, name: str) -> None:
        super().__init__(f"The text is in {name}; the importer reads English and Spanish.")
        self.language = language
        self.name = name
