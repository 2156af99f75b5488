"""Deterministic, explainable extraction of checkable figures from news text.

Pure Python with no Django imports, so it can be unit-tested without a database. English and
Spanish texts are read; `detect` names the language of a text, and `extract` refuses others
with `UnsupportedLanguage`.

The modules that do the work run compiled when a build for their current sources exists
(native.py); `native.install()` must run before any of them is imported.
"""

from claims.importing.extraction import native

native.install()

from claims.importing.extraction.extractor import UnsupportedLanguage, extract  # noqa: E402
from claims.importing.extraction.language import SUPPORTED, Detected, detect  # noqa: E402
from claims.importing.extraction.model import QUALIFIERS, Candidate, Qualifier  # noqa: E402

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
