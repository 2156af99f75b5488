"""The server-rendered series chart and the workspace's wording (no database)."""

from __future__ import annotations

import datetime as dt
import uuid
import xml.dom.minidom
from decimal import Decimal as D
from typing import Any

from claims.core.selectors import EventView
from claims.workspace import charts, display


def point(
    year: int, best: str, low: str, high: str, *, disputed: bool = False
) -> charts.ChartPoint:
    return charts.ChartPoint(
        label=str(year),
        start=dt.date(year, 1, 1),
        end=dt.date(year, 12, 31),
        best=D(best),
        low=D(low),
        high=D(high),
        disputed=disputed,
    )


def _text(element: xml.dom.minidom.Element) -> str:
    return "".join(
        node.data for node in element.childNodes if isinstance(node, xml.dom.minidom.Text)
    )


def test_the_chart_is_well_formed_svg_with_every_layer() -> None:
    svg = charts.series_svg(
        [point(2011, "40.1", "39", "41.2", disputed=True), point(2012, "34.7", "34.7", "34.7")],
        [charts.Correction(dt.date(2012, 1, 1), dt.date(2012, 12, 31), D("34.5"), D("34.7"))],
        unit="per 100,000 people",
        title="Guatemala: homicide rate",
    )
    doc = xml.dom.minidom.parseString(str(svg))  # noqa: S318 - our own markup
    classes = [el.getAttribute("class") for el in doc.getElementsByTagName("*")]
    assert "band" in classes  # low–high
    assert "best" in classes  # the line
    assert classes.count("dis") == 1  # one disputed period
    assert "old" in classes  # the corrected figure
    texts = [_text(t) for t in doc.getElementsByTagName("text")]
    assert {"2011", "2012", "40.1", "34.7", "was 34.5", "per 100,000 people"} <= set(texts)
    desc = _text(doc.getElementsByTagName("desc")[0])
    assert "2011: 40.1 (range 39 to 41.2), disputed" in desc


def test_one_point_and_no_points() -> None:
    svg = str(charts.series_svg([point(2012, "45", "45", "45", disputed=True)], unit="percent"))
    xml.dom.minidom.parseString(svg)  # noqa: S318 - our own markup
    assert 'class="band"' not in svg  # a band needs two points; the range bar is drawn
    assert str(charts.series_svg([])) == ""


def test_text_is_escaped() -> None:
    svg = str(charts.series_svg([point(2012, "1", "1", "1")], unit="<script>", title="a & b"))
    assert "<script>" not in svg
    assert "&lt;script&gt;" in svg
    assert "a &amp; b" in svg


def test_axis_steps_are_round() -> None:
    assert charts.nice_step(7.0) == 2
    assert charts.y_domain([34.5, 41.2])[2] in (1, 2, 2.5)
    lo, hi, _ = charts.y_domain([0.0, 0.0])
    assert lo <= 0 <= hi
    assert charts.amount_text(D("1200")) == "1,200"
    assert charts.amount_text(D("34.50")) == "34.5"


def test_values_bounds_and_periods_in_words() -> None:
    up_to = {"amount": "45", "unit": "percent", "qualifier": "up_to", "upper": "45"}
    assert display.value_text(up_to) == "up to 45 percent"
    assert display.bounds_text({**up_to, "upper_inclusive": True}) == "≤ 45"
    more = {"amount": "80", "qualifier": "more_than", "lower": "80", "lower_inclusive": False}
    assert display.bounds_text(more) == "> 80"
    exact = {"amount": "34.5", "qualifier": "exact", "lower": "34.5", "upper": "34.5"}
    assert display.bounds_text(exact) == "= 34.5"
    assert display.period_text({"start": "2012-01-01", "end": "2012-12-31"}) == "2012"
    assert display.period_text({"start": "2012-10-04", "end": "2012-10-04"}) == "2012-10-04"


def test_as_of_moments() -> None:
    assert display.parse_as_of("") is None
    end_of_day = display.parse_as_of("2013-03-02")
    assert end_of_day == dt.datetime(2013, 3, 2, 23, 59, 59, 999999, tzinfo=dt.UTC)
    assert display.parse_as_of("2013-03-02T10:00") == dt.datetime(2013, 3, 2, 10, tzinfo=dt.UTC)
    moment = dt.datetime(2013, 3, 2, 10, 0, 0, 123456, tzinfo=dt.UTC)
    assert display.parse_as_of(display.as_of_param(moment)) == moment


def test_an_event_this_code_cannot_read_typed_is_shown_without_a_summary() -> None:
    def view(event_type: str, data: dict[str, Any]) -> EventView:
        return EventView(
            position=1,
            event_id=uuid.uuid4(),
            stream_type="claim",
            stream_id="c1",
            version=1,
            event_type=event_type,
            schema_version=1,
            data=data,
            metadata={"actor": "legacy", "reason": "why"},
            recorded_at=dt.datetime(2013, 3, 1, tzinfo=dt.UTC),
            occurred_at=None,
        )

    unknown, malformed = view("ClaimWhispered", {}), view("ClaimDisputed", {"reason": "x"})
    assert unknown.event is None
    assert malformed.event is None  # no dispute_id
    rows = display.timeline([unknown, malformed], {})
    assert [(r.label, r.summary, r.reason, r.actor) for r in rows] == [
        ("ClaimWhispered", "", "why", "legacy"),
        ("Disputed", "", "why", "legacy"),
    ]
