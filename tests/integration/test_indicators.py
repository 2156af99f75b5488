"""The indicator consumer against a real database: incremental = rebuild, atomic checkpoints."""

from __future__ import annotations

import random
from decimal import Decimal as D
from typing import Any

import pytest
from django.core.management import call_command
from django_celery_beat.models import PeriodicTask

from claims.core import demo, eventstore, services
from claims.core.domain import commands as c
from claims.core.domain.values import Period, Quantity
from tests.reliability.conftest import figure
from tests.system import workload
from tracker import consumers, schedule, tasks
from tracker.models import (
    ConsumerCheckpoint,
    IndicatorPoint,
    SourceReliability,
    VerificationRun,
)
from tracker.services import define_indicator

CTX = services.Context(actor="test-editor")


def point(key: str, period: str) -> IndicatorPoint:
    return IndicatorPoint.objects.get(indicator_id=key, period_key=period)


def rows() -> dict[str, list[tuple[Any, ...]]]:
    """Every stored result, stamps included (to show that nothing was rewritten)."""
    return {
        "points": sorted(
            (p.indicator_id, p.period_key, str(p.best), p.as_of_position, p.computed_at)
            for p in IndicatorPoint.objects.all()
        ),
        "sources": sorted(
            (s.source_id, s.refuted, str(s.reliability), s.as_of_position, s.computed_at)
            for s in SourceReliability.objects.all()
        ),
        "checkpoints": sorted(ConsumerCheckpoint.objects.values_list("name", "position")),
    }


@pytest.fixture
def demo_ids(db: Any) -> dict[str, str]:
    demo.load(define_indicator=define_indicator)
    return {
        "2011": demo.demo_id("claim", "homicide-rate-2011"),
        "2012": demo.demo_id("claim", "homicide-rate-2012"),
        "share": demo.demo_id("claim", "organized-crime-share"),
        "un": demo.demo_id("source", "un"),
    }


pytestmark = pytest.mark.django_db


def test_the_demo_series_after_catching_up(demo_ids: dict[str, str]) -> None:
    result = consumers.catch_up()
    assert result.caught_up
    assert consumers.checkpoint_position() == eventstore.head_position()
    p2011, p2012 = point("gt-homicide-rate", "2011"), point("gt-homicide-rate", "2012")
    # "nearly 39": [35.1, 39) with the 10 % hedge band, best point 37.05.
    assert (p2011.best, p2011.low, p2011.high, p2011.high_inclusive) == (
        D("37.05"),
        D("35.1"),
        D(39),
        False,
    )
    assert (p2012.best, p2012.change, p2012.change_pct) == (D("34.5"), D("-2.55"), D("-6.88"))
    assert (p2012.change_lower, p2012.change_lower_inclusive) == (D("-4.5"), False)
    assert (p2012.change_pct_lower, p2012.change_pct_lower_inclusive) == (D("-11.54"), False)
    assert (p2012.change_upper, p2012.change_upper_inclusive) == (D("-0.6"), True)
    assert point("gt-homicides-organized-crime-share", "2012").disputed
    assert consumers.compare(consumers.stored(), consumers.full_recompute()) == []


def test_a_correction_reaches_the_next_period_and_a_refutation_the_source(
    demo_ids: dict[str, str],
) -> None:
    consumers.catch_up()
    new_value = Quantity.of("38.6", workload.UNIT)
    services.correct(
        demo_ids["2011"], c.CorrectClaim(reason="UN revision.", value=new_value), CTX, None
    )
    services.refute(demo_ids["share"], c.RefuteClaim(reason="No evidence."), CTX, None)
    batch = consumers.process_batch()
    assert batch.events == 2
    assert set(batch.indicators) == {"gt-homicide-rate", "gt-homicides-organized-crime-share"}
    p2012 = point("gt-homicide-rate", "2012")
    assert (p2012.change, p2012.change_pct) == (D("-4.1"), D("-10.62"))
    assert p2012.as_of_position == eventstore.head_position()
    assert not IndicatorPoint.objects.filter(indicator_id="gt-homicides-organized-crime-share")
    officials = SourceReliability.objects.get(source_id=demo.demo_id("source", "gt-officials"))
    assert (officials.refuted, officials.reliability) == (1, D("0.4"))
    assert consumers.compare(consumers.stored(), consumers.full_recompute()) == []


def test_incremental_batches_give_exactly_the_rebuild(settings: Any) -> None:
    settings.CLAIMS_CONSUMER_BATCH = 7
    rng = random.Random(2013)
    w = workload.world(n_indicators=3, n_sources=5)
    for _ in range(4):
        workload.run(w, rng, 40)
        consumers.catch_up()  # a catch-up between workloads, in batches of 7 events
    assert consumers.checkpoint_position() == eventstore.head_position()
    incremental = consumers.stored()
    assert len([k for k in incremental.points if k[0] in w.indicators]) >= 6
    assert consumers.compare(incremental, consumers.full_recompute()) == []
    rebuilt = consumers.rebuild()
    assert consumers.compare(incremental, rebuilt) == []
    assert consumers.compare(consumers.stored(), rebuilt) == []


def test_running_again_changes_nothing(demo_ids: dict[str, str]) -> None:
    consumers.catch_up()
    before = rows()
    for _ in range(3):
        assert consumers.process_batch().events == 0
        assert consumers.catch_up().events == 0
    assert rows() == before


def test_s12_a_failure_before_commit_leaves_results_and_checkpoint_unchanged(
    demo_ids: dict[str, str],
) -> None:
    consumers.catch_up()
    new_value = Quantity.of("38.6", workload.UNIT)
    services.correct(
        demo_ids["2011"], c.CorrectClaim(reason="UN revision.", value=new_value), CTX, None
    )
    before = rows()
    seen: list[D | None] = []

    def crash() -> None:
        # The new results are written (visible inside the transaction) when the failure hits.
        seen.append(point("gt-homicide-rate", "2012").change_pct)
        raise RuntimeError("worker died before commit")

    with pytest.raises(RuntimeError):
        consumers.process_batch(before_commit=crash)
    assert seen == [D("-10.62")]
    assert rows() == before
    assert point("gt-homicide-rate", "2012").change_pct == D("-6.88")
    assert consumers.process_batch().events == 1
    assert point("gt-homicide-rate", "2012").change_pct == D("-10.62")
    assert consumers.compare(consumers.stored(), consumers.full_recompute()) == []
    figure(
        "S12",
        "exception after the result write, before commit: checkpoint and results unchanged; "
        "the next run gives the rebuild's values (0 differences)",
    )


def test_verify_reports_a_tampered_result_and_recompute_repairs_it(
    demo_ids: dict[str, str],
) -> None:
    consumers.catch_up()
    assert consumers.verify().differences == []
    IndicatorPoint.objects.filter(indicator_id="gt-homicide-rate", period_key="2012").update(
        best=D("99")
    )
    result = tasks.nightly_verify()
    assert result["differences"] == 1
    run = VerificationRun.objects.latest("started_at")
    assert run.differences == 1
    assert run.details[0] == {
        "kind": "point",
        "key": "gt-homicide-rate/2012",
        "field": "best",
        "stored": "99",
        "computed": "34.5",
    }
    with pytest.raises(SystemExit):
        call_command("recompute_indicators", "--check", "--no-progress")
    call_command("recompute_indicators", "--no-progress")
    call_command("recompute_indicators", "--check", "--no-progress")
    assert point("gt-homicide-rate", "2012").best == D("34.5")


def test_a_source_with_no_claims_sits_at_the_prior(db: Any) -> None:
    w = workload.world(n_indicators=1, n_sources=1)
    consumers.catch_up()
    row = SourceReliability.objects.get(source_id=w.sources[0])
    assert (row.reported, row.reliability) == (0, D("0.5"))


def test_decimals_are_stored_exactly_beyond_float_precision(db: Any) -> None:
    w = workload.world(n_indicators=1, n_sources=2)
    for source, amount in zip(
        w.sources, ["1234567890123.12345678", "1234567890123.12345679"], strict=True
    ):
        services.report(
            c.ReportClaim(
                claim_id=workload.fresh("claim"),
                statement="A very precise figure.",
                subject="Guatemala",
                indicator=w.indicators[0],
                value=Quantity.of(amount, workload.UNIT),
                period=Period.from_data({"start": "2012-01-01", "end": "2012-12-31"}),
                attributed_to=source,
            ),
            CTX,
        )
    consumers.catch_up()
    stored = point(w.indicators[0], "2012")
    computed = consumers.full_recompute().points[(w.indicators[0], "2012")]
    assert stored.best == computed.best
    assert consumers.compare(consumers.stored(), consumers.full_recompute()) == []


def test_the_beat_schedule_exists_after_migrate(db: Any) -> None:
    schedule.ensure_periodic_tasks()  # idempotent: migrate already ran it
    tasks_by_name = dict(PeriodicTask.objects.values_list("name", "task"))
    assert tasks_by_name[schedule.SWEEP] == "tracker.tasks.sweep"
    assert tasks_by_name[schedule.HEARTBEAT] == "tracker.tasks.heartbeat"
    assert tasks_by_name[schedule.NIGHTLY_VERIFY] == "tracker.tasks.nightly_verify"
    sweep = PeriodicTask.objects.get(name=schedule.SWEEP)
    assert sweep.interval is not None
    assert sweep.interval.every >= 1
