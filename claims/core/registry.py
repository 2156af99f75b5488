"""The one registry through which other apps extend claims, which never imports them.

An app registers from its `AppConfig.ready()`: what it knows about indicators (which keys exist,
their tolerances, the page of each), how a source is scored from its record, what runs
after each committed append, and its health checks. Until something registers, claims works on
its own: any indicator key is accepted, no tolerance is known (any disagreement between figures
counts), indicators have no page, reliability is null, nothing listens, and the health endpoint
checks only the database and Redis.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

log = logging.getLogger(__name__)

HealthCheck = Callable[[], dict[str, Any]]  # returns a dict with at least "ok" (bool)
CommitListener = Callable[[Sequence[Any]], None]  # receives the committed RecordedEvents
SourceScorer = Callable[[Mapping[str, int]], Decimal | str | None]
SourceExplainer = Callable[[Mapping[str, int]], dict[str, Any]]


@dataclass(slots=True)
class Extensions:
    """What has been registered (one instance, `extensions`; tests may patch its fields)."""

    indicator_exists: Callable[[str], bool] | None = None
    indicator_tolerances: Callable[[], Mapping[str, Decimal]] | None = None
    indicator_url: Callable[[str], str | None] | None = None
    indicators_api_url: Callable[[], str] | None = None
    public_indicator_url: Callable[[str | None], str | None] | None = None
    source_scorer: SourceScorer | None = None
    source_explainer: SourceExplainer | None = None
    commit_listeners: dict[str, CommitListener] = field(default_factory=dict)
    health_checks: dict[str, HealthCheck] = field(default_factory=dict)
    critical_checks: set[str] = field(default_factory=set)


extensions = Extensions()


# --- Registering (from AppConfig.ready) ----------------------------------------------------------


def register_indicators(
    *,
    exists: Callable[[str], bool],
    tolerances: Callable[[], Mapping[str, Decimal]],
    url: Callable[[str], str | None] | None = None,
    api_url: Callable[[], str] | None = None,
) -> None:
    """Tell claims which indicator keys exist, each one's tolerance (percent of the median
    above which competing figures need a decision), where its page is in the admin, and where
    the API lists them (`api_url()`, a path: the API's index links it)."""
    extensions.indicator_exists = exists
    extensions.indicator_tolerances = tolerances
    extensions.indicator_url = url
    extensions.indicators_api_url = api_url


def register_public_indicators(url: Callable[[str | None], str | None]) -> None:
    """Tell claims' public pages where an indicator's public page is (`url(key)`), and the
    list of indicators (`url(None)`)."""
    extensions.public_indicator_url = url


def register_source_scorer(score: SourceScorer, explain: SourceExplainer | None = None) -> None:
    """Score a source from its record (the stats: claims attributed to it by status —
    reported, confirmed, corrected, refuted, retracted, disputed — and figures_accepted,
    figures_superseded, disputes_upheld, disputes_rejected): served as `reliability` by the API
    and shown in the admin; `explain(stats)` says how (the API's `explanation`)."""
    extensions.source_scorer = score
    extensions.source_explainer = explain


def register_commit_listener(name: str, listener: CommitListener) -> None:
    """Call `listener(records)` after each transaction that appended events has committed.

    Registering the same name again replaces the listener."""
    extensions.commit_listeners[name] = listener


def register_health_check(name: str, check: HealthCheck, *, critical: bool = False) -> None:
    """Add a check to /healthz: a callable returning a dict with "ok" (bool).

    critical=True makes its failure answer 503 (take the node out of rotation); leave it False
    for anything the node can serve requests without, whose failure only reports `degraded`.
    """
    extensions.health_checks[name] = check
    if critical:
        extensions.critical_checks.add(name)
    else:
        extensions.critical_checks.discard(name)


# --- Asking (from claims) ------------------------------------------------------------------------


def indicator_exists(key: str) -> bool:
    """Whether an indicator with this key is defined (every key, while nobody registered)."""
    exists = extensions.indicator_exists
    return True if exists is None else bool(exists(key))


def indicator_tolerances() -> Mapping[str, Decimal]:
    """Every known indicator key with its tolerance in percent (empty while nobody registered)."""
    tolerances = extensions.indicator_tolerances
    return tolerances() if tolerances is not None else {}


def indicator_url(key: str | None) -> str | None:
    """The page of the indicator with this key, if there is one."""
    url = extensions.indicator_url
    if not key or url is None:
        return None
    return url(key)


def indicators_api_url() -> str | None:
    """The path of the API's indicator list, if an app serves one."""
    url = extensions.indicators_api_url
    return url() if url is not None else None


def public_indicator_url(key: str | None) -> str | None:
    """The public page of an indicator (of the list for None), if an app publishes them."""
    url = extensions.public_indicator_url
    return url(key) if url is not None else None


def source_reliability(stats: Mapping[str, int]) -> str | None:
    """A source's reliability score as a decimal string, or None while nobody scores sources."""
    scorer = extensions.source_scorer
    if scorer is None:
        return None
    score = scorer(stats)
    return None if score is None else str(score)


def source_explanation(stats: Mapping[str, int]) -> dict[str, Any] | None:
    """How a source's score was reached, or None while nobody scores or explains scores."""
    explain = extensions.source_explainer
    if explain is None or extensions.source_scorer is None:
        return None
    return explain(stats)


def events_committed(records: Sequence[Any]) -> None:
    """Tell every listener about events whose transaction has committed.

    The events are stored whatever a listener does, so a failing listener is logged and the
    others still run: the write it follows must not answer as failed.
    """
    for name, listener in list(extensions.commit_listeners.items()):
        try:
            listener(records)
        except Exception:
            log.exception("commit listener %r failed", name)


def health_checks() -> dict[str, HealthCheck]:
    """The registered health checks by name, in registration order."""
    return dict(extensions.health_checks)


def is_critical(name: str) -> bool:
    """Whether a registered health check's failure takes the node out of rotation."""
    return name in extensions.critical_checks
