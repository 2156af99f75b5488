"""The public pages, server side: what anonymous readers get, at any moment, and conditional GETs.

(The browser tests in tests/browser check the same pages in Chromium, scripts included.)
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from django.test import Client

from claims.core import validtime

pytestmark = pytest.mark.django_db

LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def _get(client: Client, url: str, **headers: Any) -> Any:
    return client.get(url, headers=headers)


def test_the_claim_list_shows_the_demo_to_anyone(demo: dict[str, str], client: Client) -> None:
    page = _get(client, "/claims/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "One of Mexico&#x27;s most wanted drug traffickers" in html
    assert page["ETag"]
    assert page["Last-Modified"]
    assert "script-src 'none'" in page["Content-Security-Policy"]
    refuted = _get(client, "/claims/?status=refuted").content.decode()
    assert "drug traffickers" in refuted
    reported = _get(client, "/claims/?status=confirmed").content.decode()
    assert "drug traffickers" not in reported
    assert (
        _get(client, "/claims/?known_at=2013-02-21").content.decode().count("drug traffickers") == 0
    )
    assert _get(client, "/claims/?known_at=nonsense").status_code == 400
    assert _get(client, "/claims/?status=bogus").status_code == 400
    # A bad parameter is a page like the others, not a line of plain text.
    for path in (
        "/claims/?as_of=<b>garbage</b>",
        f"/claims/{demo['claim:homicide-rate-2012']}/?as_of=x",
    ):
        bad = _get(client, path)
        assert bad.status_code == 400
        assert bad["Content-Type"].startswith("text/html")
        assert bad["Content-Security-Policy"]
        html = bad.content.decode()
        assert "This page cannot be shown" in html
        assert "as_of: give a date (YYYY-MM-DD) or a date-time." in html
        assert "<b>garbage" not in html
        assert '<meta name="robots" content="noindex">' in html


def test_the_site_root_leads_to_the_claim_list(client: Client) -> None:
    root = _get(client, "/")
    assert root.status_code == 302
    assert root["Location"] == "/claims/"
    assert _get(client, "/?status=refuted")["Location"] == "/claims/", "the root takes no filters"


def test_the_traffickers_page_tells_the_story(demo: dict[str, str], client: Client) -> None:
    url = f"/claims/{demo['claim:trafficker-killed']}/"
    html = _get(client, url).content.decode()
    assert "status-refuted" in html
    assert "The reports were false: the trafficker had not been killed." in html
    assert "Timeline of decisions" in html
    assert html.count("known_at=") >= 3, "each moment of its history is linked"
    noon = _get(client, url + "?known_at=2013-02-22T12:00:00Z").content.decode()
    assert "badge big status-reported" in noon
    assert not LD.search(noon), "an unreviewed claim has no ClaimReview"
    evening = _get(client, url + "?known_at=2013-02-22").content.decode()
    assert "badge big status-disputed" in evening
    # (the sources' record is today's, and a past page says so)
    assert "As it stands today" in evening
    assert "As it stands today" not in html
    assert _get(client, url + "?known_at=2013-02-20").status_code == 404
    review = json.loads(LD.search(html).group(1))  # type: ignore[union-attr]
    assert review["@type"] == "ClaimReview"
    assert review["url"].endswith(url)
    assert review["reviewRating"]["alternateName"] == "False"


def test_a_claims_page_names_its_sources_other_names(demo: dict[str, str], client: Client) -> None:
    html = _get(client, f"/claims/{demo['claim:organized-crime-share']}/").content.decode()
    track = html.split('id="track-h"')[1]
    assert (
        '<span class="aka">also funcionarios guatemaltecos, autoridades guatemaltecas, '
        "Guatemalan authorities</span>" in track
    )


def test_a_past_moment_page_publishes_no_review_and_is_not_indexed(
    demo: dict[str, str], client: Client
) -> None:
    """A page at a past moment is the same claim under another URL, its verdict perhaps another
    (the trafficker's claim was disputed on the evening of 22 February 2013, refuted since): it
    carries no ClaimReview, says noindex, and names the page now as canonical."""
    url = f"/claims/{demo['claim:trafficker-killed']}/"
    now = _get(client, url).content.decode()
    canonical = f'<link rel="canonical" href="http://testserver{url}">'
    assert LD.search(now)
    assert canonical in now
    assert 'name="robots"' not in now
    for moment in ("?known_at=2013-02-22", "?as_of=2099-01-01T00:00:00Z"):
        then = _get(client, url + moment).content.decode()
        assert not LD.search(then), moment
        assert '<meta name="robots" content="noindex">' in then, moment
        assert canonical in then, moment
    assert (
        '<meta name="robots" content="noindex">'
        in _get(client, "/claims/?known_at=2013-02-22").content.decode()
    )
    assert 'name="robots"' not in _get(client, "/claims/").content.decode()


def test_pages_answer_if_none_match_with_304(demo: dict[str, str], client: Client) -> None:
    url = f"/claims/{demo['claim:trafficker-killed']}/"
    first = _get(client, url)
    again = _get(client, url, if_none_match=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""
    assert _get(client, url, if_none_match='"other"').status_code == 200
    listed = _get(client, "/claims/")
    assert _get(client, "/claims/", if_none_match=listed["ETag"]).status_code == 304


def test_an_indicator_page_is_fresh_once_the_worker_has_written_its_points(
    demo: dict[str, str], client: Client
) -> None:  # (the demo defines gt-homicide-rate)
    """The points an indicator page shows are written by the worker after the commit that
    changed them (or by a rebuild), with the log's head where it was: the page's tag follows
    them, so a client holding the tag from before gets the new points, not a 304."""
    from tracker import consumers

    url = "/indicators/gt-homicide-rate/"
    first = _get(client, url)
    assert first.status_code == 200
    assert _get(client, url, if_none_match=first["ETag"]).status_code == 304
    consumers.rebuild()
    after = _get(client, url, if_none_match=first["ETag"])
    assert after.status_code == 200
    assert after["ETag"] != first["ETag"]


def test_the_indicator_pages_draw_the_series(demo: dict[str, str], client: Client) -> None:
    from tracker.consumers import rebuild

    rebuild()
    listing = _get(client, "/indicators/")
    assert listing.status_code == 200
    keys = re.findall(r'href="/indicators/([a-z0-9-]+)/"', listing.content.decode())
    assert keys
    page = _get(client, f"/indicators/{keys[0]}/").content.decode()
    assert "<svg" in page
    assert "Why each best value" in page
    svg = _get(client, f"/indicators/{keys[0]}/series.svg")
    assert svg["Content-Type"].startswith("image/svg+xml")
    assert b"<title" in svg.content
    then = _get(client, f"/indicators/{keys[0]}/?known_at=2013-03-02")
    assert then.status_code == 200


def test_pages_are_only_read(demo: dict[str, str], client: Client) -> None:
    assert client.post("/claims/").status_code == 405
    assert client.head("/claims/").status_code == 200


def test_private_when_public_read_is_off(
    demo: dict[str, str], client: Client, settings: Any
) -> None:
    settings.CLAIMS_PUBLIC_READ = False
    assert _get(client, "/claims/").status_code == 302
    assert _get(client, "/indicators/").status_code == 302


def test_a_bare_known_at_date_is_its_end() -> None:
    assert validtime.known_moment(__import__("datetime").date(2013, 2, 22)).hour == 23


WHY = re.compile(r'<p class="reason"><strong>Why:</strong> (.*?)</p>')


def test_the_why_line_is_the_reason_of_the_decision_that_stands(
    demo: dict[str, str], client: Client
) -> None:
    """'Why' is the reason of the latest decision, never an earlier one its verdict overrode:
    a dispute rejected ('Checked: it stands.') and then a confirmation without a reason showed
    the rejection's reason beside 'confirmed'."""
    from claims.core import services
    from claims.core.domain import commands as c

    ctx = services.Context(actor="editor")
    claim_id = demo["claim:homicide-rate-2011"]
    url = f"/claims/{claim_id}/"
    version = services.load_claim(claim_id).version  # type: ignore[union-attr]
    services.dispute(claim_id, c.DisputeClaim(dispute_id="w1", reason="Doubt."), ctx, version)
    services.resolve_dispute(
        claim_id,
        c.ResolveDispute(resolution="rejected", reason="Checked: it stands."),
        ctx,
        version + 1,
    )
    rejected = _get(client, url).content.decode()
    assert WHY.findall(rejected) == ["Checked: it stands."]
    # (an editor looked at it: not "not yet checked")
    assert "Reported; the dispute against it was rejected. No verdict has been given." in rejected
    assert "not yet checked" not in rejected
    services.confirm(claim_id, c.ConfirmClaim(), ctx, version + 2)
    page = _get(client, url).content.decode()
    assert "badge big status-confirmed" in page
    assert WHY.findall(page) == []


def test_the_evidence_a_verdict_gave_is_on_the_page(demo: dict[str, str], client: Client) -> None:
    from claims.core import services
    from claims.core.domain import commands as c
    from tests import factories

    claim_id = demo["claim:homicide-rate-2011"]
    command = c.RefuteClaim(
        reason="Morgue records show 3,100.", evidence="https://example.org/morgue"
    )
    services.refute(claim_id, command, factories.ctx, None)

    html = _get(client, f"/claims/{claim_id}/").content.decode()
    evidence = html.split('id="evidence-h"', 1)[1].split("</section>", 1)[0]
    assert "None attached." not in evidence
    assert '<a href="https://example.org/morgue" rel="nofollow noopener">' in evidence
    assert "Morgue records show 3,100." in evidence
    assert "given with the refutation" in evidence


def test_the_claim_list_offers_its_claims_as_csv(demo: dict[str, str], client: Client) -> None:
    """The list's filters, as a form sends them (empty ones too), lead to the API's CSV of the
    same claims; `?format=csv` on the page had answered the HTML page."""
    page = _get(client, "/claims/?status=refuted&subject=&q=").content.decode()
    link = re.search(r'<a href="([^"]+)" rel="nofollow">Download these claims as CSV</a>', page)
    assert link is not None
    assert link.group(1).replace("&amp;", "&") == "/api/v1/claims/?status=refuted&format=csv"
    moved = _get(client, "/claims/?status=refuted&subject=&format=csv&as_of=2030-01-01")
    assert moved.status_code == 302
    assert moved["Location"] == (
        "/api/v1/claims/?status=refuted&as_of=2030-01-01T23%3A59%3A59.999999Z&format=csv"
    )
    sheet = _get(client, moved["Location"])
    assert sheet.status_code == 200
    assert sheet["Content-Type"].startswith("text/csv")
    rows = b"".join(sheet.streaming_content).decode().splitlines()
    assert len(rows) == 2
    assert demo["claim:trafficker-killed"] in rows[1]
