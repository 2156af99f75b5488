"""Deterministic, explainable extraction of checkable figures from news text.

Pure Python with no Django imports, so it can be unit-tested without a database.
"""

from claims.importing.extraction.extractor import extract
from claims.importing.extraction.model import QUALIFIERS, Candidate, Qualifier

__all__ = ["QUALIFIERS", "Candidate", "Qualifier", "extract"]
