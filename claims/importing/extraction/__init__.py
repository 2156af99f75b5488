"""Deterministic, explainable extraction of checkable figures from news text.

Pure Python with no Django imports, so it can be unit-tested without a database. English and
Spanish texts are read; `detect` names the language of a text, and `extract` refuses others
with `UnsupportedLanguage`.

The modules that do the work run compiled when a build for their current sources exists
(native.py); `native.install()` must run before any of them is imported.

`extract` is loaded on first use: building the extractor's regular expressions takes about a
second on this project's machine (most of it the time expressions), which every process that
imports the package — each `manage.py` command, the workers — would otherwise pay at start-up,
read a document or not. `from claims.importing.extraction import extract` loads it at once, and
`warm()` loads it and reads a sentence in each language: web processes call it before they
serve (config/wsgi.py, unless CLAIMS_WARM_EXTRACTOR=false), since they are what reads articles.
"""

from typing import TYPE_CHECKING, Any

from claims.importing.extraction import native

native.install()

from claims.importing.extraction.language import (  # noqa: E402
    SUPPORTED,
    Detected,
    UnsupportedLanguage,
    detect,
)
from claims.importing.extraction.model import QUALIFIERS, Candidate, Qualifier  # noqa: E402

if TYPE_CHECKING:
    from claims.importing.extraction.extractor import extract


def warm() -> None:
    """Load the extractor now (what its first use would do), and read a sentence in each
    language: a web process calls this before it serves (config/wsgi.py)."""
    extract = __getattr__("extract")
    extract("Homicides fell to 16.1 per 100,000 people in 2024.", language="en")
    extract("Los homicidios bajaron a 16,1 por cada 100.000 habitantes en 2024.", language="es")


def __getattr__(name: str) -> Any:
    if name == "extract":
        from claims.importing.extraction.extractor import extract

        globals()["extract"] = extract
        return extract
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "QUALIFIERS",
    "SUPPORTED",
    "Candidate",
    "Detected",
    "Qualifier",
    "UnsupportedLanguage",
    "detect",
    "extract",
    "warm",
]
