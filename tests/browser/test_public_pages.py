"""The public pages in a real browser, anonymous: the claim list, the cartel leader's story at
each moment, the indicator chart, ClaimReview JSON-LD only for reviewed claims; and hostile
statements, units, indicator names and links that must never run a script.

The claim list and the trafficker's page are saved as docs/images/public-claim-list.png and
public-claim-page.png by `make screenshots` (CLAIMS_SCREENSHOT_DIR=docs/images).
"""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from claims.core.demo import demo_id
from tests.api.test_claimreview import check_node
from tests.browser.conftest import PASSWORD, Site
from tests.browser.test_editor_workspace import all_css, by_css

pytestmark = pytest.mark.browser

TRAFFICKER = demo_id("claim", "trafficker-killed")
UNREVIEWED = demo_id("claim", "homicide-rate-2011")  # reported, nobody judged it
HOSTILE = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'


def json_ld(driver: Any) -> list[dict[str, Any]]:
    blocks = all_css(driver, 'script[type="application/ld+json"]')
    return [json.loads(b.get_attribute("textContent")) for b in blocks]


def test_anyone_reads_the_claims_and_the_traffickers_story(
    site: Site, browser: Callable[[], Any], screenshots: Callable[[Any, str], Path]
) -> None:
    driver = browser()
    driver.get(f"{site.url}/claims/")
    by_css(driver, "ol.claims")
    statements = [e.text for e in all_css(driver, "li.claim h2")]
    assert len(statements) == 10, statements
    assert any("drug traffickers" in s for s in statements)
    assert by_css(driver, "main h1").text == "Claims"
    screenshots(driver, "public-claim-list")

    driver.get(f"{site.url}/claims/{TRAFFICKER}/")
    assert by_css(driver, ".verdict .badge").text.lower() == "refuted"
    assert "the trafficker had not been killed" in by_css(driver, ".verdict .reason").text
    labels = [e.text for e in all_css(driver, "ol.timeline li > p:first-child strong")]
    assert labels == ["Reported", "Disputed", "Refuted"]
    assert all_css(driver, "svg.numberline title"), "each figure drawn on a number line"
    reviews = json_ld(driver)
    assert len(reviews) == 1
    check_node(reviews[0])
    assert reviews[0]["url"] == f"{site.url}/claims/{TRAFFICKER}/"
    screenshots(driver, "public-claim-page")

    # "What this page said when it happened": the first moment is the morning report.
    by_css(driver, "ol.timeline li .moments a").click()
    by_css(driver, "aside.moment")
    assert by_css(driver, ".verdict .badge").text.lower() == "reported"
    driver.get(f"{site.url}/claims/{TRAFFICKER}/?known_at=2013-02-22T12:00:00Z")
    assert by_css(driver, ".verdict .badge").text.lower() == "reported"
    assert json_ld(driver) == [], "a report nobody had judged yet has no ClaimReview"
    driver.get(f"{site.url}/claims/{TRAFFICKER}/?known_at=2013-02-22")
    assert by_css(driver, ".verdict .badge").text.lower() == "disputed"

    driver.get(f"{site.url}/claims/{UNREVIEWED}/")
    assert by_css(driver, ".verdict .badge").text.lower() == "reported"
    assert json_ld(driver) == []


def test_the_indicator_page_draws_its_chart(site: Site, browser: Callable[[], Any]) -> None:
    driver = browser()
    driver.get(f"{site.url}/indicators/")
    by_css(driver, "main table a").click()
    chart = by_css(driver, "figure.chart svg")
    assert chart.get_attribute("role") == "img"
    assert by_css(driver, "figure.chart svg title").get_attribute("textContent")
    assert all_css(driver, "figure.chart svg circle"), "one point per period"
    assert "Why each best value" in driver.page_source


def _token(site: Site, username: str) -> str:
    request = urllib.request.Request(  # noqa: S310 (the test site on loopback)
        f"{site.url}/api/v1/auth/token/",
        data=json.dumps({"username": username, "password": PASSWORD}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as answer:  # noqa: S310 (loopback)
        return str(json.load(answer)["token"])


def _post(site: Site, token: str, path: str, body: dict[str, Any]) -> tuple[int, Any]:
    request = urllib.request.Request(  # noqa: S310 (the test site on loopback)
        f"{site.url}{path}",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Token {token}"},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:  # noqa: S310 (loopback)
            return answer.status, json.load(answer)
    except urllib.error.HTTPError as refused:
        return refused.code, json.load(refused)


def _no_script_ran(driver: Any) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    assert driver.execute_script("return window.__pwned === undefined"), "a script ran"
    with pytest.raises(NoAlertPresentException):
        _ = driver.switch_to.alert.text
    assert not all_css(driver, "main img"), "markup from a stored text became an element"
    assert not all_css(driver, 'a[href^="javascript"], a[href^="data"]')


def test_hostile_texts_and_links_never_run(site: Site, browser: Callable[[], Any]) -> None:
    editor = _token(site, "editor")
    status, _ = _post(
        site,
        editor,
        "/api/v1/indicators/",
        {
            "key": "hostile-rate",
            "subject": f"Hostile {HOSTILE}",
            "measure": f"measure {HOSTILE}",
            "unit": "pct <b onmouseover=alert(1)>",
            "tolerance_pct": "5",
        },
    )
    assert status == 201
    un = demo_id("source", "un")
    report = {
        "statement": f"Statement {HOSTILE}",
        "subject": f"Subject {HOSTILE}",
        "indicator": "hostile-rate",
        "value": {"amount": "12.5", "unit": "pct <b onmouseover=alert(1)>", "qualifier": "exact"},
        "period": {"start": "2012-01-01", "end": "2012-12-31"},
        "place": f"Place {HOSTILE}",
        "attributed_to": un,
        "reported_in": {"url": "https://example.org/a?b=<script>alert(3)</script>"},
    }
    status, claim = _post(site, editor, "/api/v1/claims/", report)
    assert status == 201, claim
    refused, body = _post(
        site, editor, "/api/v1/claims/", {**report, "reported_in": {"url": "javascript:alert(5)"}}
    )
    assert refused == 400
    assert "reported_in" in json.dumps(body)
    status, _ = _post(
        site,
        editor,
        f"/api/v1/claims/{claim['id']}/dispute/",
        {"expected_version": 1, "reason": f"Reason {HOSTILE}"},
    )
    assert status == 200
    # A link no command accepts any more, stored by an older release: shown as text.
    site.manage(
        "shell",
        "-c",
        "from claims.core.domain import events as ev; "
        "from claims.core.domain.values import Document, Quantity; "
        "from tests.factories import append_unchecked; "
        f"append_unchecked('{claim['id']}', ev.FigureAdded(figure_id='f-js', source='{un}', "
        "value=Quantity.of('13', 'pct <b onmouseover=alert(1)>', 'exact'), "
        "reported_in=Document(url='javascript:window.__pwned=3')))",
    )
    site.manage("recompute_indicators")

    driver = browser()
    for path in (
        "/claims/",
        f"/claims/?q={urllib.parse.quote('<script>')}",
        f"/claims/{claim['id']}/",
        "/indicators/",
        "/indicators/hostile-rate/",
        "/indicators/hostile-rate/series.svg",
    ):
        driver.get(f"{site.url}{path}")
        by_css(driver, "body, svg")
        _no_script_ran(driver)
    driver.get(f"{site.url}/claims/{claim['id']}/")
    assert "Statement <script>" in by_css(driver, "h1#statement").text
    assert "javascript:window.__pwned=3" in by_css(driver, "ul.figures").text
    ld = json_ld(driver)
    assert ld, "a disputed claim has its ClaimReview"
    assert "<script>" in ld[0]["claimReviewed"], "the JSON-LD holds the text, escaped"
