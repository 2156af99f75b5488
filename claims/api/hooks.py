"""Extension points other apps fill in at startup (claims never imports them).

`source_reliability(stats) -> Decimal | str | None` scores a source from its claim counts
(`reported`, `confirmed`, `corrected`, `refuted`, `retracted`, `disputed`); the tracker app sets
it in its `AppConfig.ready()`. While it is unset, `reliability` is served as null rather than a
made-up number.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal

source_reliability: Callable[[Mapping[str, int]], Decimal | str | None] | None = None


def reliability_of(stats: Mapping[str, int]) -> str | None:
    """Return the source's reliability score as a decimal string, or None when not computed."""
    if source_reliability is None:
        return None
    score = source_reliability(stats)
    return None if score is None else str(score)
