"""What the editors' pages need from the indicator app, filled in by `tracker/admin.py`.

claims never imports tracker (STYLE.md); the tracker's admin module, loaded by the admin's
autodiscovery, sets these. While they are unset the pages still work: claims without a known
tolerance count any disagreement between figures, and indicator names are shown without links.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal

# indicator key -> tolerance in percent of the median (spread above it needs a decision)
indicator_tolerances: Callable[[], Mapping[str, Decimal]] | None = None
# indicator key -> URL of its page in the admin, or None
indicator_url: Callable[[str], str | None] | None = None


def tolerances() -> Mapping[str, Decimal]:
    return indicator_tolerances() if indicator_tolerances is not None else {}


def url_of_indicator(key: str | None) -> str | None:
    if not key or indicator_url is None:
        return None
    return indicator_url(key)
