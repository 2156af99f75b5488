"""The editor's day in a real browser: find the disputed claim, resolve it, see it recorded;
and two sessions deciding on the same claim, the second refused as stale."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from claims.core.demo import demo_id
from tests.browser.conftest import PASSWORD, WAIT_S, Site

pytestmark = pytest.mark.browser

SHARE = demo_id("claim", "organized-crime-share")  # "as many as 45 percent", disputed
POLICE = demo_id("claim", "police-purged")  # reported, untouched by the other test


def by_css(driver: Any, selector: str) -> Any:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, WAIT_S).until(
        ec.presence_of_element_located((By.CSS_SELECTOR, selector))
    )


def all_css(driver: Any, selector: str) -> list[Any]:
    from selenium.webdriver.common.by import By

    return list(driver.find_elements(By.CSS_SELECTOR, selector))


def log_in(driver: Any, site: Site, username: str) -> None:
    driver.get(f"{site.url}/admin/login/")
    by_css(driver, "input[name=username]").send_keys(username)
    by_css(driver, "input[name=password]").send_keys(PASSWORD)
    by_css(driver, "input[type=submit]").click()
    by_css(driver, "#review-queue-summary")  # the admin index, with the queue's counts


def submit_and_wait(driver: Any, form: Any) -> None:
    """Submit a form and wait for the next page (the old one goes stale)."""
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    button = form.find_element("css selector", "input[type=submit]")
    button.click()

    def gone(_driver: Any) -> bool:
        try:
            button.is_enabled()
        except StaleElementReferenceException:
            return True
        except WebDriverException as exc:
            # Asked while the browser swaps the documents, chromedriver may answer that the
            # node "does not belong to the document" instead of calling it stale: the old
            # page is gone all the same.
            if "does not belong to the document" in str(exc):
                return True
            raise
        return False

    WebDriverWait(driver, WAIT_S).until(gone)
    by_css(driver, "#content")


def timeline(driver: Any) -> list[tuple[str, str]]:
    """(event type, actor) per row of the claim page's timeline."""
    return [
        (row.get_attribute("data-event-type"), row.find_element("css selector", ".ws-actor").text)
        for row in all_css(driver, "#timeline tr[data-event-type]")
    ]


def queued_claims(driver: Any, site: Site) -> list[str]:
    driver.get(f"{site.url}/admin/review/")
    by_css(driver, "#changelist")
    return [row.get_attribute("data-claim") for row in all_css(driver, "tr[data-claim]")]


def test_the_editor_resolves_the_disputed_45_percent_claim(
    site: Site, browser: Callable[[], Any], screenshots: Callable[[Any, str], Path]
) -> None:
    driver = browser()
    log_in(driver, site, "editor")
    assert by_css(driver, "#queue-total").text == "1"

    # The index links the queue; the queue lists the disputed claim.
    by_css(driver, "#review-queue-summary h2 a").click()
    row = by_css(driver, f'tr[data-claim="{SHARE}"]')
    assert "45 percent" in row.text
    assert "Open dispute" in row.text
    screenshots(driver, "review-queue")

    # Its page: the figure, the dispute, the timeline so far.
    row.find_element("css selector", "td.ws-claim a").click()
    assert "up to 45 percent" in by_css(driver, "#claim-value").text
    assert by_css(driver, "#claim-status").text.lower() == "disputed"
    assert "Wilson Center" in by_css(driver, "#disputes").text
    assert timeline(driver) == [("ClaimReported", "editor"), ("ClaimDisputed", "editor")]
    screenshots(driver, "claim-page")

    # Resolve: reject the challenge, accepting the claim's own figure, with a reason.
    resolve = by_css(driver, "details#op-resolve")
    resolve.find_element("css selector", "summary").click()
    resolve.find_element("css selector", "input[name=resolution][value=rejected]").click()
    resolve.find_element("css selector", "input[name=accepted_figure][value=primary]").click()
    resolve.find_element("css selector", "textarea[name=reason]").send_keys(
        "Officials' upper bound stands; the critics gave no other figure."
    )
    submit_and_wait(driver, resolve.find_element("css selector", "form"))

    assert (
        "Dispute resolved. Recorded as version 3 by editor." in by_css(driver, ".messagelist").text
    )
    assert timeline(driver)[-1] == ("DisputeResolved", "editor")
    assert len(timeline(driver)) == 3
    last = all_css(driver, "#timeline tr[data-event-type]")[-1].text
    assert "Dispute rejected: the claim stands" in last
    assert "Officials' upper bound stands" in last
    assert by_css(driver, "#claim-status").text.lower() == "confirmed"
    screenshots(driver, "claim-page-resolved")

    # The queue no longer holds it.
    assert SHARE not in queued_claims(driver, site)
    assert "Nothing waits for a decision" in by_css(driver, "#queue-empty").text

    # The indicator page draws its series from the worker's results.
    driver.get(f"{site.url}/admin/tracker/indicator/gt-homicide-rate/change/")
    chart = by_css(driver, "svg.ws-series-chart")
    assert chart.is_displayed()
    assert by_css(driver, "#as-of-position").text.isdigit()
    screenshots(driver, "indicator-chart")


def test_a_second_decision_from_a_stale_page_is_refused(
    site: Site, browser: Callable[[], Any], screenshots: Callable[[Any, str], Path]
) -> None:
    first, second = browser(), browser()
    log_in(first, site, "editor")
    log_in(second, site, "admin")
    for driver in (first, second):
        driver.get(f"{site.url}/admin/claims/claim/{POLICE}/change/")
        assert by_css(driver, "#claim-version").text == "1"

    # The first editor confirms.
    confirm = by_css(first, "details#op-confirm")
    confirm.find_element("css selector", "summary").click()
    confirm.find_element("css selector", "textarea[name=reason]").send_keys("Matches police data.")
    submit_and_wait(first, confirm.find_element("css selector", "form"))
    assert "Claim confirmed." in by_css(first, ".messagelist").text

    # The second, still looking at version 1, refutes: refused, nothing written.
    refute = by_css(second, "details#op-refute")
    refute.find_element("css selector", "summary").click()
    refute.find_element("css selector", "textarea[name=reason]").send_keys("No purge happened.")
    submit_and_wait(second, refute.find_element("css selector", "form"))
    message = by_css(second, ".messagelist .error").text
    assert "This claim changed since you opened it: version 2 is current." in message
    assert "Nothing was saved" in message
    assert "Confirmed" in by_css(second, "#changes-since").text
    screenshots(second, "stale-decision-refused")

    second.get(f"{site.url}/admin/claims/claim/{POLICE}/change/")
    assert timeline(second) == [("ClaimReported", "editor"), ("ClaimConfirmed", "editor")]
    assert by_css(second, "#claim-status").text.lower() == "confirmed"
