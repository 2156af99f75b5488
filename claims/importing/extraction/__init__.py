"""Deterministic, explainable extraction of checkable figures from news text.

Pure Python with no Django imports, so it can be unit-tested without a database. English and
Spanish texts are read; `detect` names the language of a text, and `extract` refuses others
with `UnsupportedLanguage`.
"""

from claims.importing.extraction.extractor import UnsupportedLanguage, extract
from claims.importing.extraction.language import SUPPORTED, Detected, detect
from claims.importing.extraction.model import QUALIFIERS, Candidate, Qualifier

__all__ = [
    "QUALIFIERS",
    "SUPPORTED",
    "Candidate",
    "Detected",
    "Qualifier",
    "UnsupportedLanguage",
    "detect",
    "extract",
]
