"""The editors' workspace for propositions, reopening and the attribution chain."""

from __future__ import annotations

from collections.abc import Callable

from django.test import Client

from claims.core.models import Claim, Event
from tests.admin.conftest import claim_url, event_count, last_event, version_of
from tests.factories import DemoIds

Login = Callable[..., Client]
TRAFFICKER = "claim:trafficker-killed"
SHARE = "claim:organized-crime-share"
RATE_2011 = "claim:homicide-rate-2011"


def test_the_refuted_cartel_leader_report_is_reopened_from_its_page(
    login: Login, demo: DemoIds
) -> None:
    client = login("editor")
    claim_id = demo[TRAFFICKER]
    page = client.get(claim_url(claim_id)).content.decode()
    assert 'id="op-reopen"' in page
    assert "A statement without a figure" in page  # a proposition
    assert 'id="op-add-figure"' not in page  # figures do not apply
    assert 'id="op-recast"' not in page  # already a proposition
    assert not Claim.objects.filter(pk=claim_id, status="disputed").exists()
    version = version_of(claim_id)
    response = client.post(
        claim_url(claim_id, "reopen"),
        {
            "expected_version": str(version),
            "reason": "A body has been identified as the trafficker's.",
            "by": demo["source:gt-gov"],
            "evidence": "https://example.org/identified",
        },
        follow=True,
    )
    html = response.content.decode()
    assert "Claim reopened: it is disputed again." in html
    assert 'id="claim-status" title="Challenged: an editor has to decide.">disputed<' in html
    assert 'data-event-type="ClaimReopened"' in html
    assert "The refuted verdict is questioned again" in html
    assert last_event().event_type == "ClaimReopened"
    row = Claim.objects.get(pk=claim_id)
    assert (row.status, row.open_disputes) == ("disputed", 1)
    # Now disputed, it can be resolved; reopening it again is not offered.
    assert 'id="op-resolve"' in html
    assert 'id="op-reopen"' not in html
    queue = client.get("/admin/review/")
    assert queue.status_code == 200
    assert claim_id in queue.content.decode()


def test_reopen_is_for_editors_only(login: Login, demo: DemoIds) -> None:
    claim_id = demo[TRAFFICKER]
    contributor = login("contributor")
    assert 'id="op-reopen"' not in contributor.get(claim_url(claim_id)).content.decode()
    before = event_count()
    refused = contributor.post(
        claim_url(claim_id, "reopen"),
        {"expected_version": str(version_of(claim_id)), "reason": "New evidence."},
    )
    assert refused.status_code == 403
    assert event_count() == before


def test_a_proposition_is_reported_from_the_report_form(login: Login, demo: DemoIds) -> None:
    client = login("contributor")
    response = client.post(
        "/admin/claims/claim/report/",
        {
            "statement": "The army took part in the Totonicapán shooting.",
            "subject": "Totonicapán killings",
            "qualifier": "exact",
            "attributed_to": demo["source:wilson"],
            "said_by": "Witnesses",
            "relayed_1": demo["source:insight-crime"],
            "relayed_2": demo["source:wpr"],
            "language": "en",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    claim = Claim.objects.get(statement__startswith="The army took part")
    assert claim.amount is None
    assert claim.unit is None
    assert claim.document["relayed_by"] == [demo["source:insight-crime"], demo["source:wpr"]]
    page = login("editor").get(claim_url(claim.pk)).content.decode()
    assert "A proposition has no figures." in page
    assert "Witnesses" in page
    assert "InSight Crime" in page
    # Forms that would take a figure lay out only what applies.
    dispute = login("editor").get(claim_url(claim.pk, "dispute"))
    assert dispute.status_code == 200
    assert "counter_amount" not in dispute.content.decode()
    correct = login("editor").get(claim_url(claim.pk, "correct"))
    assert correct.status_code == 200
    add = login("editor").post(
        claim_url(claim.pk, "add-figure"),
        {
            "expected_version": "1",
            "source": demo["source:un"],
            "amount": "3",
            "qualifier": "exact",
        },
    )
    assert add.status_code == 200  # the form again, with the domain's refusal
    html = add.content.decode()
    assert "This claim is a proposition" in html, html[
        html.find("errorlist") - 200 : html.find("errorlist") + 400
    ]


def test_a_unit_without_a_figure_is_refused(login: Login, demo: DemoIds) -> None:
    before = event_count()
    response = login("contributor").post(
        "/admin/claims/claim/report/",
        {
            "statement": "Something happened.",
            "subject": "Guatemala",
            "qualifier": "exact",
            "unit": "people",
            "attributed_to": demo["source:wilson"],
        },
    )
    assert response.status_code == 200
    assert "A unit goes with a figure" in response.content.decode()
    assert event_count() == before


def test_the_share_page_shows_its_attribution_chain(login: Login, demo: DemoIds) -> None:
    html = login("reader").get(claim_url(demo[SHARE])).content.decode()
    said = html.split('id="claim-said-by">', 1)[1].split("<", 1)[0]
    assert said == "Guatemalan officials"
    relayed = html.split('id="claim-relayed-by">', 1)[1].split("</td>", 1)[0]
    assert "Wilson Center, Latin America Program" in relayed
    assert "Christine Zaino and Cynthia Arnson" in html


def test_a_figure_with_its_own_period_and_chain_from_the_add_figure_form(
    login: Login, demo: DemoIds
) -> None:
    client = login("contributor")
    claim_id = demo[RATE_2011]
    response = client.post(
        claim_url(claim_id, "add-figure"),
        {
            "expected_version": str(version_of(claim_id)),
            "source": demo["source:insight-crime"],
            "amount": "38",
            "qualifier": "approximately",
            "period_start": "2011-07-01",
            "period_end": "2011-12-31",
            "said_by": "Police statisticians",
            "relayed_1": demo["source:wpr"],
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    event = last_event()
    assert event.event_type == "FigureAdded"
    assert event.data["said_by"] == "Police statisticians"
    assert event.data["relayed_by"] == [demo["source:wpr"]]
    assert event.data["period"] == {"start": "2011-07-01", "end": "2011-12-31"}
    html = client.get(claim_url(claim_id)).content.decode()
    assert "Police statisticians" in html
    assert "2011-07-01 – 2011-12-31" in html


def test_recast_from_the_claim_page(login: Login, demo: DemoIds) -> None:
    client = login("editor")
    claim_id = demo["claim:totonicapan-killed"]
    assert 'id="op-recast"' in client.get(claim_url(claim_id)).content.decode()
    response = client.post(
        claim_url(claim_id, "recast"),
        {"expected_version": str(version_of(claim_id)), "reason": "Stood for a statement."},
        follow=True,
    )
    html = response.content.decode()
    assert "Claim recast as a proposition." in html
    assert 'data-event-type="ClaimRecast"' in html
    assert Event.objects.filter(stream_id=claim_id, event_type="ClaimRecast").count() == 1
    assert Claim.objects.get(pk=claim_id).amount is None
