"""The bulk import path writes the rows a rebuild from the log writes (and, times apart, the rows
the command path writes for the same commands), with valid hash chains."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random
from typing import Any

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.core import bulk, eventstore, models, projections, services
from claims.core.domain import claim as claim_domain
from claims.core.domain import commands as c
from claims.core.domain.errors import CommandRejected
from claims.core.domain.values import Period, Quantity
from claims.core.eventstore import ConcurrencyError
from claims.core.models import Claim, ClaimVersion, Event
from tests import factories
from tests.integration import test_projections
from tests.integration.test_projections import _random_command

pytestmark = pytest.mark.django_db

CTX = services.Context(actor="importer")


def _report(claim_id: str, source: str, n: int) -> c.ReportClaim:
    return c.ReportClaim(
        claim_id=claim_id,
        statement=f"Claim {n}.",
        subject="Guatemala",
        value=Quantity.of(str(10 + n), "per 100,000 people", "exact"),
        period=Period(dt.date(2012, 1, 1), dt.date(2012, 12, 31)),
        attributed_to=source,
    )


def _valid_commands(
    rng: random.Random, sources: list[str], claim_id: str, n: int
) -> list[c.Command]:
    """A report and a random history, keeping only the commands the domain accepts."""
    commands: list[c.Command] = [_report(claim_id, rng.choice(sources), n)]
    state = claim_domain.replay(claim_domain.decide(None, commands[0]))
    for k in range(rng.randint(0, 12)):
        cmd = _random_command(rng, sources, k)
        try:
            events = claim_domain.decide(state, cmd)
        except CommandRejected:
            continue
        state = claim_domain.replay(events, state)
        commands.append(cmd)
    return commands


def _snapshot() -> dict[str, list[str]]:
    return factories.read_model_snapshot()


@pytest.mark.parametrize("batch", [7, 1000])
def test_bulk_import_equals_rebuild(batch: int) -> None:
    rng = random.Random(batch)
    new_sources = [services.new_id() for _ in range(3)]
    items: list[bulk.StreamCommands] = [
        bulk.StreamCommands(
            "source", sid, [c.RegisterSource(source_id=sid, name=f"S{i}", kind="organization")]
        )
        for i, sid in enumerate(new_sources)
    ]
    existing = factories.source("Existing")
    sources = [*new_sources, existing]
    claim_ids = [services.new_id() for _ in range(12)]
    for n, claim_id in enumerate(claim_ids):
        commands = _valid_commands(rng, sources, claim_id, n)
        # Split some streams in two: the second part continues the stream in a later batch.
        cut = len(commands) // 2 if n % 3 == 0 else len(commands)
        items.append(bulk.StreamCommands("claim", claim_id, commands[:cut]))
        if cut < len(commands):
            items.append(bulk.StreamCommands("claim", claim_id, commands[cut:]))
    result = bulk.import_streams(items, CTX, batch=batch)
    assert result.events == Event.objects.count() - 1  # the existing source's event
    assert result.streams == 15
    before = _snapshot()
    assert all(link is None for _, link in eventstore.verify())
    projections.rebuild(eventstore.iter_all(0))
    assert _snapshot() == before
    # Commands then go on from the bulk-written snapshot through the service path.
    claim = Claim.objects.get(pk=claim_ids[1])
    if claim.status not in ("refuted", "retracted"):
        services.note(claim.pk, c.AddNote(text="after import"), CTX, claim.version)
        assert ClaimVersion.objects.filter(claim_id=claim.pk).count() == claim.version + 1


@pytest.mark.parametrize("batch", [2, 1000])
def test_bulk_imported_citations_and_material_versions_equal_rebuild(batch: int) -> None:
    """Citation streams go through the one writer too: their rows, and the claims' material
    versions, as a rebuild writes them; a citation is stale after a later correction."""
    source = factories.source("Agency")
    claim_id, cited_id, acked_id = services.new_id(), services.new_id(), services.new_id()
    correction = c.CorrectClaim(reason="Revised.", value=Quantity.of("12", "per 100,000 people"))
    items = [
        bulk.StreamCommands("claim", claim_id, [_report(claim_id, source, 1)]),
        bulk.StreamCommands(
            "citation",
            cited_id,
            [c.CiteClaim(citation_id=cited_id, claim=claim_id, url="https://news.example/a")],
        ),
        bulk.StreamCommands(
            "citation",
            acked_id,
            [c.CiteClaim(citation_id=acked_id, claim=claim_id, url="https://news.example/b")],
        ),
        bulk.StreamCommands("claim", claim_id, [c.AddNote(text="Not material."), correction]),
        bulk.StreamCommands("citation", acked_id, [c.AcknowledgeCitation()]),
    ]
    result = bulk.import_streams(items, CTX, batch=batch)
    assert result.events == 6
    claim = Claim.objects.get(pk=claim_id)
    assert (claim.version, claim.material_version) == (3, 3)
    rows = {row.pk: row for row in models.Citation.objects.all()}
    assert (rows[cited_id].cited_version, rows[cited_id].basis_version) == (1, 1)
    assert rows[cited_id].cited_by == "importer"
    assert (rows[acked_id].acknowledged_version, rows[acked_id].basis_version) == (3, 3)
    before = _snapshot()
    projections.rebuild(eventstore.iter_all(0))
    assert _snapshot() == before


def test_bulk_import_refuses_existing_stream_and_unknown_source() -> None:
    source = factories.source()
    claim_id = factories.report(source).state.claim_id
    with pytest.raises(ConcurrencyError):
        bulk.import_streams([("claim", claim_id, [_report(claim_id, source, 1)])], CTX)
    with pytest.raises(CommandRejected):
        bulk.import_streams(
            [("claim", services.new_id(), [_report("x", "no-such-source", 1)])], CTX
        )


# --- bulk import == incremental == rebuild, on random histories -------------------------------

# What differs between two runs of the same commands: times, positions, surrogate ids.
_RUN_DEPENDENT = {
    "id",
    "recorded_from",
    "recorded_to",
    "position",
    "last_position",
    "version_times",
    "known_since",  # when its events happened or were recorded: a time, like version_times
}


def _normalized(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            k: _normalized(v)
            for k, v in value.items()
            if k not in _RUN_DEPENDENT and not k.endswith("_at")
        }
    if isinstance(value, list):
        return [_normalized(v) for v in value]
    return value


def _state_of_the_read_models(*, history_documents: bool) -> dict[str, list[str]]:
    """Every read-model row without what depends on when it was written."""
    out: dict[str, list[str]] = {}
    for model in projections.READ_MODELS:
        if model is models.ClaimKnown:
            # Valid time falls back on recording time, which an import shares across a
            # stream's events and commands do not: its rows differ by design (the rebuild
            # check compares them exactly).
            continue
        rows = []
        for row in model.objects.values():
            natural = {"id": row["id"]} if model in (Claim, models.Source) else {}
            if model is ClaimVersion and not history_documents:
                row.pop("document")
            rows.append(json.dumps({**natural, **_normalized(row)}, sort_keys=True, default=str))
        out[model.__name__] = sorted(rows)
    return out


def _rebuild_gives_the_same_rows() -> None:
    before = factories.read_model_snapshot()
    projections.rebuild(eventstore.iter_all(0, batch=53), batch=11)
    assert factories.read_model_snapshot() == before


def _with_id(report: c.Command, claim_id: str) -> c.Command:
    assert isinstance(report, c.ReportClaim)
    return dataclasses.replace(report, claim_id=claim_id)


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rng=st.randoms(use_true_random=False), batch=st.integers(1, 40))
def test_bulk_import_equals_incremental_equals_rebuild(rng: random.Random, batch: int) -> None:
    sources = [f"src-{rng.randrange(10**9)}-{i}" for i in range(3)]
    histories = {
        f"claim-{rng.randrange(10**9)}-{n}": _valid_commands(rng, sources, f"c{n}", n)
        for n in range(5)
    }
    histories = {
        claim_id: [_with_id(cmds[0], claim_id), *cmds[1:]] for claim_id, cmds in histories.items()
    }
    registrations = [
        c.RegisterSource(source_id=sid, name=f"S{i}", kind="organization")
        for i, sid in enumerate(sources)
    ]
    results = {}
    for path in ("incremental", "bulk"):
        with transaction.atomic():
            if path == "incremental":
                for registration in registrations:
                    services.register_source(registration, CTX)
                for claim_id, commands in histories.items():
                    services.report(commands[0], CTX)  # type: ignore[arg-type]
                    for command in commands[1:]:
                        handler: Any = test_projections.HANDLERS[type(command)]
                        handler(claim_id, command, CTX, None)
            else:
                items: list[bulk.StreamCommands] = [
                    bulk.StreamCommands("source", cmd.source_id, [cmd]) for cmd in registrations
                ]
                for claim_id, commands in histories.items():
                    cut = rng.randint(1, len(commands))  # some streams continued later
                    items.append(bulk.StreamCommands("claim", claim_id, commands[:cut]))
                    if cut < len(commands):
                        items.append(bulk.StreamCommands("claim", claim_id, commands[cut:]))
                bulk.import_streams(items, CTX, batch=batch)
            results[path] = _state_of_the_read_models(history_documents=False)
            _rebuild_gives_the_same_rows()
            transaction.set_rollback(True)
    for table, rows in results["incremental"].items():
        bulk_rows = results["bulk"][table]
        missing = sorted(set(rows) - set(bulk_rows))
        extra = sorted(set(bulk_rows) - set(rows))
        assert (missing, extra) == ([], []), f"{table} differs"
