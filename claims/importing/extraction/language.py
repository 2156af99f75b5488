"""Which language a text is written in: English and Spanish are read, others are named and refused.

Detection counts frequent function words of each language; it is deterministic and says why
(the counts). A text too short to tell is read as English.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

SUPPORTED = ("en", "es")
NAMES = {
    "en": "English",
    "es": "Spanish",
    "pt": "Portuguese",
    "fr": "French",
    "de": "German",
    "it": "Italian",
    "nl": "Dutch",
}
# Function words frequent in news prose and rare in the other languages listed.
_MARKERS = {
    "en": "the of and to is was were are for that with said has have from by this which it "
    "its their been would will than after who according",
    "es": "el la los las del que y en por con para una un al se según fue fueron son está más "
    "sus entre este esta como desde también dijo informó sobre hasta años han ha personas",
    "pt": "o os da das do dos não são uma com também foi pelo pela mais segundo "
    "anos até disse em ao",
    "fr": "le les des du est une pour dans avec été sont selon cette aussi plus qui ont par "
    "au aux ans",
    "de": "der die das und ist nicht mit für von den dem sich auch wurde sind nach bei "
    "einer eine ein",
    "it": "il della delle che non sono gli anche più nel alla dalla anni stato degli",
    "nl": "het een van niet met voor zijn werd ook naar bij dat deze door",
}
_WORDS = {lang: frozenset(words.split()) for lang, words in _MARKERS.items()}
_TOKEN = re.compile(r"[^\W\d_]+")
# Below this many marker words the text is too short to tell; it is read as English.
MIN_EVIDENCE = 2
# Letters only some of the languages use count as marker words too, once a word is found.
_LETTERS = {
    "es": re.compile(r"[ñ¿¡]|[áéíóú]|\w(?:aron|ieron)\b"),
    "pt": re.compile(r"[ãõç]"),
    "fr": re.compile(r"[èêàùç]|\w+eux\b"),
    "de": re.compile(r"[äöüß]"),
}
SAMPLE_CHARS = 20_000


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
    tokens = [t.lower() for t in _TOKEN.findall(text[:SAMPLE_CHARS])]
    counts: Counter[str] = Counter()
    for token in tokens:
        for lang, words in _WORDS.items():
            if token in words:
                counts[lang] += 1
    sample = text[:SAMPLE_CHARS]
    for lang, pattern in _LETTERS.items():
        if counts[lang]:
            # Letters back up words; on their own ('çù') they say nothing.
            counts[lang] += min(len(pattern.findall(sample)), max(2, len(tokens) // 10))
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


class UnsupportedLanguage(ValueError):
    """The text is in a language the extractor does not read."""

    def __init__(self, language: str, name: str) -> None:
        super().__init__(f"The text is in {name}; the importer reads English and Spanish.")
        self.language = language
        self.name = name
