"""The one extension registry: what the tracker registers, and what claims does without it."""

from __future__ import annotations

import ast
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from claims.core import registry, services
from claims.core.domain import commands as c
from claims.core.domain.errors import CommandRejected
from claims.core.domain.values import Quantity
from claims.webhooks import health as webhook_health
from claims.webhooks import tasks as webhook_tasks
from tests import factories
from tracker import health, tasks
from tracker import services as tracker_services

TRACKER = Path(__file__).resolve().parents[2] / "tracker"


@pytest.mark.django_db
def test_the_tracker_registers_everything_through_the_registry() -> None:
    ext = registry.extensions
    assert ext.indicator_exists is tracker_services.indicator_exists
    assert ext.indicator_tolerances is tracker_services.indicator_tolerances
    assert ext.source_scorer is tracker_services.source_reliability
    # Besides the tracker, claims' own webhooks app registers the same way.
    assert ext.commit_listeners == {
        "tracker-nudge": tasks.on_events_committed,
        "webhooks-nudge": webhook_tasks.on_events_committed,
    }
    assert registry.health_checks() == {
        "worker": health.worker,
        "consumers": health.consumers,
        "webhooks": webhook_health.webhooks,
    }
    assert (
        registry.indicator_url("gt-homicide-rate")
        == "/admin/tracker/indicator/gt-homicide-rate/change/"
    )


def test_without_registrations_claims_works_on_its_own(monkeypatch: Any) -> None:
    monkeypatch.setattr(registry, "extensions", registry.Extensions())
    assert registry.indicator_exists("anything")
    assert registry.indicator_tolerances() == {}
    assert registry.indicator_url("gt-homicide-rate") is None
    assert registry.source_reliability({"reported": 3}) is None
    assert registry.health_checks() == {}
    registry.events_committed([])  # nobody listens: nothing happens


@pytest.mark.django_db
def test_an_unknown_indicator_is_refused_while_one_is_registered() -> None:
    source_id = factories.source()
    command = c.ReportClaim(
        claim_id="claim-with-unknown-indicator",
        statement="A figure.",
        subject="Guatemala",
        value=Quantity.of("1", "percent"),
        attributed_to=source_id,
        indicator="no-such-indicator",
    )
    with pytest.raises(CommandRejected, match="Unknown indicator") as refused:
        services.report(command, factories.ctx)
    assert refused.value.field == "indicator"


@pytest.mark.django_db
def test_a_failing_listener_neither_fails_the_write_nor_silences_the_others(
    monkeypatch: Any, django_capture_on_commit_callbacks: Any, caplog: Any
) -> None:
    heard: list[Sequence[Any]] = []

    def broken(records: Sequence[Any]) -> None:
        raise RuntimeError("listener down")

    listeners = {"broken": broken, "heard": heard.append}
    monkeypatch.setattr(registry.extensions, "commit_listeners", listeners)
    with django_capture_on_commit_callbacks(execute=True):
        source_id = factories.source()
    assert [r.stream_id for records in heard for r in records] == [source_id]
    assert "commit listener 'broken' failed" in caplog.text


def test_a_scorer_may_answer_a_decimal_or_nothing(monkeypatch: Any) -> None:
    monkeypatch.setattr(registry.extensions, "source_scorer", lambda stats: Decimal("0.5"))
    assert registry.source_reliability({}) == "0.5"
    monkeypatch.setattr(registry.extensions, "source_scorer", lambda stats: None)
    assert registry.source_reliability({}) is None


# The parts of claims the tracker may use: services, selectors, the event feed, the registry,
# the pure domain, and the public faces of the API and the workspace (plus field types for its
# models and the demo loader).
TRACKER_MAY_IMPORT = (
    "claims.core.registry",
    "claims.core.nudges",  # the off-the-write-path publisher a commit listener uses
    "claims.core.selectors",
    "claims.core.services",
    "claims.core.eventstore",
    "claims.core.domain",
    "claims.core.fields",
    "claims.core.demo",
    "claims.api.public",
    "claims.workspace.public",
    "claims.public.pages",  # what every public page shares (the indicator pages build on it)
)
FEED = {"read_all", "RecordedEvent"}  # what it takes from the event store: the feed only


def _claims_imports(path: Path) -> list[tuple[str, set[str]]]:
    found: list[tuple[str, set[str]]] = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("claims"):
            names = {alias.name for alias in node.names}
            if node.module in (
                "claims",
                "claims.core",
                "claims.api",
                "claims.workspace",
                "claims.public",
            ):
                # from a package: each name is a module (from claims.core import selectors)
                found += [(f"{node.module}.{name}", set()) for name in names]
            else:
                found.append((node.module, names))
        elif isinstance(node, ast.Import):
            found += [(a.name, set()) for a in node.names if a.name.startswith("claims")]
    return found


def _attribute_uses(path: Path, module_alias: str) -> set[str]:
    return {
        node.attr
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == module_alias
    }


@pytest.mark.parametrize(
    "path", sorted(TRACKER.rglob("*.py")), ids=lambda p: str(p.relative_to(TRACKER))
)
def test_the_tracker_uses_only_the_public_face_of_claims(path: Path) -> None:
    for module, names in _claims_imports(path):
        assert module.startswith(TRACKER_MAY_IMPORT), f"{path.name} imports {module}"
        if module == "claims.core.eventstore":
            assert names <= FEED, f"{path.name} takes {names - FEED} from the event store"
    if any(
        module == "claims.core.eventstore" and not names for module, names in _claims_imports(path)
    ):
        assert _attribute_uses(path, "eventstore") <= FEED, path.name
