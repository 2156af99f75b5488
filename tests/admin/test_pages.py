"""Admin pages: view-only registrations, the review queue, as-of views, indicators, sources."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable
from decimal import Decimal
from io import StringIO

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db.models import Model
from django.test import Client, RequestFactory
from django.utils import timezone

from claims.core import models, services
from claims.core.domain import commands as c
from claims.core.domain.values import Period, Quantity
from tests.admin.conftest import claim_url, event_count, version_of
from tests.factories import DemoIds
from tracker import consumers
from tracker import models as tracker_models

Login = Callable[..., Client]
SHARE = "claim:organized-crime-share"
RATE_2011 = "claim:homicide-rate-2011"
RATE_2012 = "claim:homicide-rate-2012"
REFUTED = "claim:trafficker-killed"
CTX = services.Context(actor="test-editor")


def queued(client: Client, query: str = "") -> list[str]:
    html = client.get(f"/admin/review/{query}").content.decode()
    return re.findall(r'<tr data-claim="([^"]+)"', html)


def add_figure(claim_id: str, source: str, amount: str, unit: str = "per 100,000 people") -> None:
    command = c.AddFigure(
        figure_id=services.new_id(), source=source, value=Quantity.of(amount, unit, "exact")
    )
    services.add_figure(claim_id, command, CTX, version_of(claim_id))


# --- View-only registrations -------------------------------------------------------------------

VIEW_ONLY: list[type[Model]] = [
    models.Event,
    models.Source,
    models.Claim,
    models.ClaimVersion,
    models.Figure,
    models.Dispute,
    models.Evidence,
    tracker_models.IndicatorPoint,
    tracker_models.SourceReliability,
]


@pytest.mark.parametrize("model", VIEW_ONLY, ids=lambda m: m.__name__)
def test_events_and_read_models_are_view_only_even_for_superusers(
    login: Login, demo: DemoIds, model: type[Model]
) -> None:
    model_admin = admin.site._registry[model]
    request = RequestFactory().get("/")
    request.user = get_user_model().objects.get(username="admin")
    assert request.user.is_superuser
    assert not model_admin.has_add_permission(request)
    assert not model_admin.has_change_permission(request)
    assert not model_admin.has_delete_permission(request)
    client = login("admin")
    meta = model._meta
    base = f"/admin/{meta.app_label}/{meta.model_name}/"
    assert client.get(base).status_code == 200
    # (a claim is reported and a source registered on their own pages, which "add" leads to)
    leads_to = {
        models.Claim: "/admin/claims/claim/report/",
        models.Source: "/admin/claims/source/register/",
    }
    added = client.get(f"{base}add/")
    if model in leads_to:
        assert (added.status_code, added["Location"]) == (302, leads_to[model])
    else:
        assert added.status_code == 403
    assert client.post(f"{base}add/", {}).status_code == 403


def test_event_change_and_delete_urls_are_refused(login: Login, demo: DemoIds) -> None:
    client = login("admin")
    event = models.Event.objects.order_by("position").first()
    assert event is not None
    base = f"/admin/claims/event/{event.position}"
    before = event_count()
    assert client.get(f"{base}/change/").status_code == 200  # a read-only view
    assert client.post(f"{base}/change/", {"event_type": "ClaimRefuted"}).status_code == 403
    assert client.get(f"{base}/delete/").status_code == 403
    assert client.post(f"{base}/delete/", {"post": "yes"}).status_code == 403
    assert client.post("/admin/claims/event/", {"action": "delete_selected"}).status_code in (
        200,
        302,
    )
    assert event_count() == before
    assert models.Event.objects.get(pk=event.pk).event_type == event.event_type


def test_the_event_list_sorted_by_recorded_at_is_in_log_order(login: Login, demo: DemoIds) -> None:
    # The log has no index on recorded_at (it never runs backwards along position): the column
    # sorts by position, which is the same order, ties aside.
    client = login("admin")
    page = client.get("/admin/claims/event/").content.decode()
    header = re.search(r'column-recorded.*?href="\?o=(\d+)', page, re.S)
    assert header is not None, "the column is sortable"
    for sign, reverse in (("", False), ("-", True)):
        html = client.get(f"/admin/claims/event/?o={sign}{header.group(1)}").content.decode()
        shown = [int(p) for p in re.findall(r'href="/admin/claims/event/(\d+)/change/', html)]
        assert shown, "the page lists events"
        assert shown == sorted(shown, reverse=reverse)
        times = [models.Event.objects.get(pk=p).recorded_at for p in shown]
        assert times == sorted(times, reverse=reverse)
    assert "Recorded at" in page


def test_every_registered_page_renders_for_a_reader(login: Login, demo: DemoIds) -> None:
    consumers.catch_up()
    client = login("reader")
    pages: list[type[Model]] = [*VIEW_ONLY, tracker_models.Indicator]
    for model in pages:
        meta = model._meta
        assert client.get(f"/admin/{meta.app_label}/{meta.model_name}/").status_code == 200
    assert client.get("/admin/").status_code == 200


# --- Admin index and review queue --------------------------------------------------------------


def test_the_index_links_the_queue_with_counts(login: Login, demo: DemoIds) -> None:
    html = login("editor").get("/admin/").content.decode()
    assert 'href="/admin/review/"' in html
    assert re.search(r'id="queue-total">1<', html)
    assert re.search(r'id="queue-mine">0<', html)
    assert "Your recent events" in html


def test_the_queue_holds_disputed_claims_but_not_final_ones(login: Login, demo: DemoIds) -> None:
    client = login("editor")
    assert queued(client) == [demo[SHARE]]
    html = client.get("/admin/review/").content.decode()
    assert "Open dispute" in html
    # The refutation closed the refuted claim's dispute (superseded): no open question is left.
    assert models.Claim.objects.get(pk=demo[REFUTED]).open_disputes == 0
    assert demo[REFUTED] not in queued(client)


def test_resolving_takes_the_claim_out_of_the_queue(login: Login, demo: DemoIds) -> None:
    client = login("editor")
    response = client.post(
        claim_url(demo[SHARE], "resolve"),
        {"expected_version": "2", "resolution": "rejected", "reason": "It stands."},
    )
    assert response.status_code == 302
    assert queued(client) == []
    assert "Nothing waits for a decision" in client.get("/admin/review/").content.decode()


def test_competing_figures_beyond_the_tolerance_join_the_queue_oldest_first(
    login: Login, demo: DemoIds
) -> None:
    client = login("editor")
    # 2012 is confirmed, so its competing figure is settled; 2011 has no decision yet.
    add_figure(demo[RATE_2011], demo["source:insight-crime"], "39.5")  # within 5 %
    assert demo[RATE_2011] not in queued(client)
    add_figure(demo[RATE_2011], demo["source:wilson"], "45")  # now far apart
    assert queued(client) == [demo[SHARE], demo[RATE_2011]]
    html = client.get("/admin/review/").content.decode()
    assert "apart (tolerance 5 %)" in html
    add_figure(demo[RATE_2012], demo["source:wilson"], "45")
    assert demo[RATE_2012] not in queued(client)


def test_a_figure_for_another_period_does_not_compete(login: Login, demo: DemoIds) -> None:
    """A figure given for another year feeds that year's point: it is no disagreement with the
    claim's own figure (it had put the claim in the queue, 'Figures 50 % apart')."""
    client = login("editor")
    command = c.AddFigure(
        figure_id=services.new_id(),
        source=demo["source:wilson"],
        value=Quantity.of("45", "per 100,000 people", "exact"),
        period=Period(dt.date(2009, 1, 1), dt.date(2009, 12, 31)),
    )
    services.add_figure(demo[RATE_2011], command, CTX, version_of(demo[RATE_2011]))
    assert demo[RATE_2011] not in queued(client)
    page = client.get(claim_url(demo[RATE_2011])).content.decode()
    assert "a spread of" not in page


def test_claims_of_other_sources_far_apart_on_one_indicator_and_period_join_the_queue(
    login: Login, demo: DemoIds
) -> None:
    """Two sources' claims for the indicator's 2014 point, 28.57 % apart against a 5 %
    tolerance: the series marks the point disputed, and each claim waits for an editor until
    it is confirmed (the queue had listed neither)."""
    client = login("editor")
    made = []
    for source, amount in (("source:un", "30"), ("source:gt-gov", "40")):
        claim_id = services.new_id()
        services.report(
            c.ReportClaim(
                claim_id=claim_id,
                statement=f"The homicide rate in 2014 was {amount} per 100,000 people.",
                subject="Guatemala",
                attributed_to=demo[source],
                value=Quantity.of(amount, "per 100,000 people", "exact"),
                indicator="gt-homicide-rate",
                period=Period(dt.date(2014, 1, 1), dt.date(2014, 12, 31)),
            ),
            CTX,
        )
        made.append(claim_id)
    assert set(made) <= set(queued(client))
    html = client.get("/admin/review/").content.decode()
    assert "Competes with 1 other claim on gt-homicide-rate for its period" in html
    services.confirm(made[0], c.ConfirmClaim(), CTX, version_of(made[0]))
    assert made[0] not in queued(client)
    assert made[1] in queued(client)


def test_the_queue_filters(login: Login, demo: DemoIds) -> None:
    client = login("editor")
    add_figure(demo[RATE_2011], demo["source:wilson"], "45")
    both = {demo[SHARE], demo[RATE_2011]}
    assert set(queued(client)) == both
    assert queued(client, "?indicator=gt-homicide-rate") == [demo[RATE_2011]]
    assert queued(client, "?subject=Guatemala") == [demo[SHARE], demo[RATE_2011]]
    assert queued(client, "?subject=Nowhere") == []
    assert queued(client, f"?source={demo['source:gt-officials']}") == [demo[SHARE]]
    # Wilson disputed the share and gave a figure for 2011: both involve it.
    assert set(queued(client, f"?source={demo['source:wilson']}")) == both
    assert queued(client, "?mine=1") == []
    services.assign(demo[SHARE], c.AssignReview(assignee="editor"), CTX, version_of(demo[SHARE]))
    assert queued(client, "?mine=1") == [demo[SHARE]]
    assert queued(login("admin"), "?mine=1") == []
    html = client.get("/admin/").content.decode()
    assert re.search(r'id="queue-mine">1<', html)


def test_readers_may_browse_the_queue(login: Login, demo: DemoIds) -> None:
    html = login("reader").get("/admin/review/").content.decode()
    assert "editors make the decisions" in html


# --- Claim page and as-of -------------------------------------------------------------------


def test_the_claim_page_shows_state_figures_disputes_and_timeline(
    login: Login, demo: DemoIds
) -> None:
    add_figure(demo[SHARE], demo["source:insight-crime"], "30", unit="percent")
    html = login("reader").get(claim_url(demo[SHARE])).content.decode()
    assert "up to 45 percent" in html
    assert "≤ 45" in html
    assert "Guatemalan officials" in html
    assert "InSight Crime" in html
    assert "Wilson Center, Latin America Program" in html  # who disputed
    assert "Contested: investigative capacity is weak" in html
    assert "Interview: Guatemala&#x27;s security situation" in html  # the document
    for event_type in ("ClaimReported", "ClaimDisputed", "FigureAdded"):
        assert f'data-event-type="{event_type}"' in html
    assert "test-editor" in html  # who added the figure
    assert "valid 2013-03-01 12:05" in html  # valid time of the dispute
    assert "from 30 to 45" in html


def test_the_timeline_shows_an_old_event_shape_like_the_current_one(
    login: Login, demo: DemoIds
) -> None:
    """A v1 ClaimReported (flat amount/unit/qualifier, `source`) reads as its upcast v2."""
    claim_id = "legacy-claim-v1"
    models.Event.objects.create(
        event_id=uuid.uuid4(),
        stream_type="claim",
        stream_id=claim_id,
        version=1,
        event_type="ClaimReported",
        schema_version=1,
        data={
            "claim_id": claim_id,
            "statement": "An old shape.",
            "subject": "Guatemala",
            "amount": "39",
            "unit": "per 100,000 people",
            "qualifier": "nearly",
            "source": demo["source:un"],
        },
        metadata={"actor": "legacy"},
        recorded_at=timezone.now(),
        hash="legacy",
    )
    call_command("rebuild_projections", "--no-progress", stdout=StringIO())
    html = login("reader").get(claim_url(claim_id)).content.decode()
    row = re.search(r'<tr[^>]*data-event-type="ClaimReported".*?</tr>', html, re.S)
    assert row is not None
    assert "nearly 39 per 100,000 people, attributed to United Nations" in row.group(0)


def test_the_claim_as_of_an_earlier_moment(login: Login, demo: DemoIds) -> None:
    client = login("editor")
    claim_id = demo[SHARE]
    first = models.ClaimVersion.objects.get(claim_id=claim_id, version=1)
    assert first.recorded_to is not None
    moment = first.recorded_from.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")
    html = client.get(f"{claim_url(claim_id)}?as_of={moment}").content.decode()
    assert 'id="as-of-banner"' in html
    assert 'id="claim-version">1<' in html
    assert 'id="claim-status" title="Reported, not yet checked.">reported<' in html
    assert "version 2 is current" in html
    assert 'id="op-' not in html  # nothing can be decided on the past
    assert html.count("data-event-type=") == 1
    before = client.get(f"{claim_url(claim_id)}?as_of=2000-01-01").content.decode()
    assert "had not recorded this claim yet" in before
    bad = client.get(f"{claim_url(claim_id)}?as_of=yesterday", follow=True).content.decode()
    assert "is not a date and time" in bad
    assert 'id="claim-version">2<' in bad


def test_the_changelist_as_of_a_moment(login: Login, demo: DemoIds) -> None:
    client = login("editor")
    changelist = client.get("/admin/claims/claim/").content.decode()
    assert 'id="as-of-form"' in changelist
    assert 'href="/admin/review/"' in changelist
    services.refute(
        demo[RATE_2011], c.RefuteClaim(reason="Wrong."), CTX, version_of(demo[RATE_2011])
    )
    refuted_at = models.ClaimVersion.objects.get(claim_id=demo[RATE_2011], version=2).recorded_from
    just_before = (refuted_at - dt.timedelta(microseconds=1)).astimezone(dt.UTC)
    html = client.get(
        f"/admin/claims/claim/?as_of={just_before:%Y-%m-%dT%H:%M:%S.%f}&status=refuted"
    ).content.decode()
    assert "Claims as of" in html
    statuses = re.findall(r'<span class="ws-badge ws-(\w+)">', html)
    assert statuses == ["refuted"]  # only the demo's refuted claim; 2011 was not refuted yet
    now = client.get(
        f"/admin/claims/claim/?as_of={refuted_at:%Y-%m-%dT%H:%M:%S.%f}&status=refuted"
    ).content.decode()
    assert len(re.findall(r'<span class="ws-badge ws-refuted">', now)) == 2
    assert client.get("/admin/claims/claim/?as_of=1999-01-01").status_code == 200


# --- Indicator and source pages ------------------------------------------------------------


def test_the_indicator_page_draws_the_series(login: Login, demo: DemoIds) -> None:
    add_figure(demo[RATE_2011], demo["source:insight-crime"], "41.2")
    services.correct(
        demo[RATE_2012],
        c.CorrectClaim(reason="Revised.", value=Quantity.of("34.7", "per 100,000 people")),
        CTX,
        version_of(demo[RATE_2012]),
    )
    consumers.catch_up()
    html = login("reader").get("/admin/tracker/indicator/gt-homicide-rate/change/").content.decode()
    assert "<svg" in html
    assert 'class="ws-series-chart"' in html
    assert 'class="band"' in html  # the low–high band
    assert 'class="dis"' in html  # 2011 is disputed (39 and 41.2 are 5.49 % apart)
    assert "was 34.5" in html  # the correction stays visible
    assert "34.5 → 34.7" in html
    position = max(
        tracker_models.IndicatorPoint.objects.filter(indicator_id="gt-homicide-rate").values_list(
            "as_of_position", flat=True
        )
    )
    assert f'id="as-of-position">{position}<' in html
    assert "range 35.1 to 41.2" in html  # "nearly 39" allows [35.1, 39)
    assert "-13.47 %" in html


def test_an_indicator_without_results_says_so(login: Login, demo: DemoIds) -> None:
    html = login("editor").get("/admin/tracker/indicator/gt-homicide-rate/change/").content
    assert b"No points yet" in html


def test_the_source_page_shows_its_track_record(login: Login, demo: DemoIds) -> None:
    html = login("reader").get(f"/admin/claims/source/{demo['source:un']}/change/").content
    text = html.decode()
    assert "United Nations" in text
    assert claim_url(demo[RATE_2011]) in text
    assert claim_url(demo[RATE_2012]) in text
    assert 'id="reliability">0.6000<' in text  # one confirmation over the 0.5 prior
    listing = login("reader").get("/admin/claims/source/").content.decode()
    assert "0.6000" in listing
    gov = login("reader").get(f"/admin/claims/source/{demo['source:gt-gov']}/change/").content
    assert b"Disputes it raised" in gov
    assert b"No body identified" in gov


def test_the_source_page_shows_the_figure_a_source_gave_before_its_correction(
    login: Login,
) -> None:
    from tests import factories

    x = factories.source("Source X")
    claim = factories.report(x, amount="45", unit="percent").state.claim_id
    ctx = services.Context(actor="test-editor")
    services.correct(
        claim, c.CorrectClaim(reason="30.", value=Quantity.of("30", "percent")), ctx, 1
    )
    services.confirm(claim, c.ConfirmClaim(reason="30 checked."), ctx, 2)

    text = login("reader").get(f"/admin/claims/source/{x}/change/").content.decode()

    assert "45 percent as reported, corrected to 30 percent" in text
    assert "counts as corrected" in text
    assert 'id="reliability">0.4444<' in text


def test_the_spread_rule_matches_the_tracker() -> None:
    from claims.core.selectors import spread_pct

    assert spread_pct([Decimal(39), Decimal("41.2")]) == Decimal("5.49")
    assert spread_pct([Decimal(0), Decimal(0), Decimal(1)]) is None


def test_stored_urls_that_are_not_http_are_not_links(login: Login, demo: DemoIds) -> None:
    from claims.core.domain import events as ev
    from claims.core.domain.values import Document
    from tests.factories import append_unchecked

    # Commands refuse such a link now; one already in the log still shows as text.
    append_unchecked(
        demo[SHARE],
        ev.FigureAdded(
            figure_id="f-js",
            source=demo["source:insight-crime"],
            value=Quantity.of("30", "percent", "exact"),
            reported_in=Document(url="javascript:alert(1)", title="Odd document"),
        ),
    )
    html = login("editor").get(claim_url(demo[SHARE])).content.decode()
    assert "Odd document" in html
    assert "javascript:" not in html
    refused = login("contributor").post(
        claim_url(demo[SHARE], "add-figure"),
        {
            "expected_version": str(version_of(demo[SHARE])),
            "source": demo["source:un"],
            "amount": "31",
            "qualifier": "exact",
            "doc_url": "javascript:alert(1)",
        },
    )
    assert refused.status_code == 200
    assert "Enter a valid URL." in refused.content.decode()
