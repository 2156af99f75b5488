"""Indicators follow issue 15's claims: a figure counts in its own period, a proposition feeds
none, and recasting a claim takes it out of the indicator it fed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from typing import Any

import pytest

from claims.core import demo, services
from claims.core.domain import commands as c
from claims.core.domain.values import Period, Quantity
from tracker import consumers
from tracker.models import IndicatorPoint
from tracker.services import define_indicator

pytestmark = pytest.mark.django_db
CTX = services.Context(actor="test-editor")
RATE = "gt-homicide-rate"


@pytest.fixture
def ids(db: Any) -> dict[str, str]:
    demo.load(define_indicator=define_indicator)
    return {
        "2012": demo.demo_id("claim", "homicide-rate-2012"),
        "insight": demo.demo_id("source", "insight-crime"),
        "wilson": demo.demo_id("source", "wilson"),
    }


def periods(key: str) -> set[str]:
    return set(IndicatorPoint.objects.filter(indicator_id=key).values_list("period_key", flat=True))


def test_a_figure_with_its_own_period_counts_there(ids: dict[str, str]) -> None:
    consumers.catch_up()
    assert periods(RATE) == {"2011", "2012"}
    services.add_figure(
        ids["2012"],
        c.AddFigure(
            figure_id="f-2010",
            source=ids["insight"],
            value=Quantity.of("41.5", "per 100,000 people"),
            period=Period(dt.date(2010, 1, 1), dt.date(2010, 12, 31)),
            relayed_by=(ids["wilson"],),
        ),
        CTX,
        None,
    )
    consumers.catch_up()
    assert periods(RATE) == {"2010", "2011", "2012"}
    p2010 = IndicatorPoint.objects.get(indicator_id=RATE, period_key="2010")
    assert p2010.best == D("41.5")
    assert consumers.compare(consumers.stored(), consumers.full_recompute()) == []


def test_recasting_a_claim_takes_it_out_of_its_indicator(ids: dict[str, str]) -> None:
    consumers.catch_up()
    assert "2012" in periods(RATE)
    services.recast(ids["2012"], c.RecastAsProposition(reason="Stood for a statement."), CTX, None)
    consumers.catch_up()  # the recast claim no longer names the indicator: it is recomputed
    assert periods(RATE) == {"2011"}
    assert consumers.compare(consumers.stored(), consumers.full_recompute()) == []
