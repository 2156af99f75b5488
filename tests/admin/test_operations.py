"""Admin operations: one form, one service call, one event with the editor's name; stale pages,
roles, CSRF and the domain's refusals."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from claims.core.models import Claim, Event
from tests.admin.conftest import claim_url, event_count, last_event, version_of
from tests.factories import DemoIds

SHARE = "claim:organized-crime-share"  # disputed: "as many as 45 percent"
RATE_2011 = "claim:homicide-rate-2011"  # reported
REFUTED = "claim:trafficker-killed"

Login = Callable[..., Client]


def operation_data(ids: DemoIds, slug: str) -> dict[str, str]:
    """Valid form data for each operation (on the claims used below)."""
    return {
        "resolve": {"resolution": "rejected", "accepted_figure": "primary", "reason": "Checked."},
        "confirm": {"reason": "Matches the published statistics."},
        "correct": {
            "amount": "38.6",
            "qualifier": "approximately",
            "unit": "per 100,000 people",
            "statement": "Guatemala's homicide rate in 2011 was about 38.6 per 100,000 people.",
            "reason": "The UN revised the figure.",
        },
        "refute": {"reason": "The series was misread.", "by": ids["source:gt-gov"]},
        "retract": {"reason": "The UN withdrew it.", "by": ids["source:un"]},
        "dispute": {
            "reason": "Other counts differ.",
            "by": ids["source:insight-crime"],
            "counter_amount": "41.2",
            "counter_qualifier": "approximately",
        },
        "assign": {"assignee": "editor"},
        "add-figure": {
            "source": ids["source:insight-crime"],
            "amount": "41.2",
            "qualifier": "approximately",
            "doc_url": "https://example.org/insight-2011",
            "doc_title": "Homicide round-up 2011",
            "doc_published": "2012-01-20",
        },
        "attach-evidence": {
            "url": "https://example.org/un-data",
            "title": "UN data",
            "kind": "dataset",
        },
        "note": {"text": "Check the 2012 revision too."},
    }[slug]


EXPECTED_EVENT = {
    "resolve": "DisputeResolved",
    "confirm": "ClaimConfirmed",
    "correct": "ClaimCorrected",
    "refute": "ClaimRefuted",
    "retract": "ClaimRetracted",
    "dispute": "ClaimDisputed",
    "assign": "ReviewAssigned",
    "add-figure": "FigureAdded",
    "attach-evidence": "EvidenceAttached",
    "note": "NoteAdded",
}


@pytest.mark.parametrize("slug", list(EXPECTED_EVENT))
def test_each_operation_appends_exactly_one_event_carrying_the_editor(
    login: Login, demo: DemoIds, slug: str
) -> None:
    claim_id = demo[SHARE] if slug == "resolve" else demo[RATE_2011]
    client = login("editor")
    before, version = event_count(), version_of(claim_id)
    data = {"expected_version": str(version), **operation_data(demo, slug)}
    response = client.post(claim_url(claim_id, slug), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert response["Location"] == claim_url(claim_id)
    assert event_count() == before + 1
    event = last_event()
    assert (event.stream_id, event.event_type, event.version) == (
        claim_id,
        EXPECTED_EVENT[slug],
        version + 1,
    )
    assert event.metadata["actor"] == "editor"
    assert event.metadata.get("request_id")
    page = client.get(claim_url(claim_id))
    assert page.status_code == 200
    assert f'data-event-type="{EXPECTED_EVENT[slug]}"' in page.content.decode()


def test_resolving_the_45_percent_dispute_confirms_the_claim_and_shows_it(
    login: Login, demo: DemoIds
) -> None:
    client = login("editor")
    claim_id = demo[SHARE]
    response = client.post(
        claim_url(claim_id, "resolve"),
        {
            "expected_version": "2",
            "resolution": "rejected",
            "accepted_figure": "primary",
            "reason": "Officials' share stands as an upper bound.",
        },
        follow=True,
    )
    html = response.content.decode()
    assert "Dispute resolved. Recorded as version 3 by editor." in html
    assert "Dispute rejected: the claim stands" in html
    assert "Officials&#x27; share stands as an upper bound." in html
    assert Claim.objects.get(pk=claim_id).status == "confirmed"


def test_a_stale_page_is_refused_with_the_current_version_and_nothing_is_written(
    login: Login, demo: DemoIds
) -> None:
    claim_id = demo[SHARE]
    first, second = login("editor"), login("admin")
    opened = version_of(claim_id)  # both editors open the claim at this version
    done = second.post(
        claim_url(claim_id, "resolve"),
        {
            "expected_version": str(opened),
            "resolution": "upheld",
            "reason": "The share cannot be verified.",
        },
    )
    assert done.status_code == 302
    before = event_count()
    stale = first.post(
        claim_url(claim_id, "resolve"),
        {
            "expected_version": str(opened),
            "resolution": "rejected",
            "accepted_figure": "primary",
            "reason": "The figure stands.",
        },
    )
    assert stale.status_code == 409
    html = stale.content.decode()
    assert f"This claim changed since you opened it: version {opened + 1} is current." in html
    assert "Nothing was saved" in html
    assert "What changed since you opened the claim" in html
    assert event_count() == before
    # The form comes back based on the current version, so a resubmission is a new decision.
    assert f'name="expected_version" value="{opened + 1}"' in html


def test_a_double_submitted_form_records_one_event(login: Login, demo: DemoIds) -> None:
    client, claim_id = login("editor"), demo[RATE_2011]
    data = {"expected_version": str(version_of(claim_id)), "text": "Once."}
    before = event_count()
    assert client.post(claim_url(claim_id, "note"), data).status_code == 302
    assert client.post(claim_url(claim_id, "note"), data).status_code == 409
    assert event_count() == before + 1


def test_admin_post_without_csrf_token_is_refused(login: Login, demo: DemoIds) -> None:
    client = login("editor", enforce_csrf_checks=True)
    claim_id = demo[SHARE]
    before = event_count()
    response = client.post(
        claim_url(claim_id, "resolve"),
        {"expected_version": "2", "resolution": "rejected", "reason": "No token."},
    )
    assert response.status_code == 403
    assert event_count() == before
    # With the token from the page, the same client succeeds.
    page = client.get(claim_url(claim_id))
    token = page.cookies["csrftoken"].value
    response = client.post(
        claim_url(claim_id, "resolve"),
        {
            "expected_version": "2",
            "resolution": "rejected",
            "reason": "With a token.",
            "csrfmiddlewaretoken": token,
        },
    )
    assert response.status_code == 302
    assert event_count() == before + 1


DECISIONS = ("resolve", "confirm", "correct", "refute", "retract", "dispute", "assign")
CONTRIBUTIONS = ("add-figure", "attach-evidence", "note")


def _forms_on(html: str) -> set[str]:
    return {slug for slug in EXPECTED_EVENT if f'id="op-{slug}"' in html}


def test_buttons_match_the_role(login: Login, demo: DemoIds) -> None:
    url = claim_url(demo[SHARE])
    editor = login("editor").get(url).content.decode()
    contributor = login("contributor").get(url).content.decode()
    reader = login("reader").get(url).content.decode()
    # The disputed claim cannot be confirmed before the dispute is resolved.
    assert _forms_on(editor) == set(EXPECTED_EVENT) - {"confirm"}
    assert _forms_on(contributor) == set(CONTRIBUTIONS)
    assert _forms_on(reader) == set()
    assert "You are a contributor" in contributor
    assert "You can browse" in reader


def test_a_final_claim_offers_no_decisions(login: Login, demo: DemoIds) -> None:
    html = login("editor").get(claim_url(demo[REFUTED])).content.decode()
    assert _forms_on(html) == {"assign", "attach-evidence", "note"}


@pytest.mark.parametrize("slug", DECISIONS)
def test_a_forged_decision_by_a_contributor_is_refused(
    login: Login, demo: DemoIds, slug: str
) -> None:
    client = login("contributor")
    claim_id = demo[SHARE] if slug == "resolve" else demo[RATE_2011]
    before = event_count()
    data = {"expected_version": str(version_of(claim_id)), **operation_data(demo, slug)}
    assert client.post(claim_url(claim_id, slug), data).status_code == 403
    assert client.get(claim_url(claim_id, slug)).status_code == 403
    assert event_count() == before


@pytest.mark.parametrize("slug", CONTRIBUTIONS)
def test_a_reader_cannot_contribute_but_a_contributor_can(
    login: Login, demo: DemoIds, slug: str
) -> None:
    claim_id = demo[RATE_2011]
    data = {"expected_version": str(version_of(claim_id)), **operation_data(demo, slug)}
    before = event_count()
    assert login("reader").post(claim_url(claim_id, slug), data).status_code == 403
    assert event_count() == before
    assert login("contributor").post(claim_url(claim_id, slug), data).status_code == 302
    assert event_count() == before + 1
    assert last_event().metadata["actor"] == "contributor"


def test_anonymous_users_are_sent_to_the_login_page(demo: DemoIds) -> None:
    client = Client()
    before = event_count()
    response = client.post(claim_url(demo[RATE_2011], "note"), {"text": "x"})
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert client.get("/admin/review/").status_code == 302
    assert event_count() == before


def test_the_domains_refusal_is_shown_on_its_field_and_nothing_is_written(
    login: Login, demo: DemoIds
) -> None:
    client, claim_id = login("editor"), demo[RATE_2011]
    before = event_count()
    response = client.post(
        claim_url(claim_id, "attach-evidence"),
        {"expected_version": str(version_of(claim_id)), "url": "ftp://example.org/file"},
    )
    assert response.status_code == 200
    assert "Give an http:// or https:// URL." in response.content.decode()
    confirm_disputed = client.post(
        claim_url(demo[SHARE], "confirm"), {"expected_version": "2", "reason": ""}
    )
    assert confirm_disputed.status_code == 200
    assert "Confirming closes the open dispute: say why" in confirm_disputed.content.decode()
    assert event_count() == before


def test_an_invalid_figure_is_a_form_error(login: Login, demo: DemoIds) -> None:
    claim_id = demo[RATE_2011]
    response = login("contributor").post(
        claim_url(claim_id, "add-figure"),
        {
            "expected_version": str(version_of(claim_id)),
            "source": demo["source:un"],
            "amount": "a lot",
            "qualifier": "exact",
        },
    )
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()


def test_each_operation_has_its_own_page(login: Login, demo: DemoIds) -> None:
    client = login("editor")
    for slug in EXPECTED_EVENT:
        claim_id = demo[SHARE] if slug == "resolve" else demo[RATE_2011]
        page = client.get(claim_url(claim_id, slug))
        assert page.status_code == 200, slug
        assert 'name="expected_version"' in page.content.decode()


def test_the_claim_change_url_is_read_only_even_for_superusers(login: Login, demo: DemoIds) -> None:
    before = event_count()
    response = login("admin").post(claim_url(demo[RATE_2011]), {"status": "confirmed"})
    assert response.status_code == 403
    assert event_count() == before


def test_reporting_a_claim_and_registering_a_source(login: Login, demo: DemoIds) -> None:
    contributor = login("contributor")
    before = event_count()
    registered = contributor.post(
        "/admin/claims/source/register/", {"name": "Insight Data Lab", "kind": "ngo"}
    )
    assert registered.status_code == 302
    source = Event.objects.get(event_type="SourceRegistered", data__name="Insight Data Lab")
    assert source.metadata["actor"] == "contributor"
    reported = contributor.post(
        "/admin/claims/claim/report/",
        {
            "statement": "Extortion complaints rose to 7,000 in 2012.",
            "subject": "Guatemala",
            "amount": "7000",
            "qualifier": "approximately",
            "unit": "complaints",
            "period_start": "2012-01-01",
            "period_end": "2012-12-31",
            "attributed_to": source.stream_id,
        },
    )
    assert reported.status_code == 302, reported.content.decode()[:2000]
    assert event_count() == before + 2
    claim = Claim.objects.get(statement__startswith="Extortion complaints")
    assert reported["Location"] == claim_url(claim.pk)
    assert login("reader").get("/admin/claims/claim/report/").status_code == 403
    assert login("reader").post("/admin/claims/source/register/", {}).status_code == 403
    # A name another source has is refused on the form, the name field named, nothing written.
    again = contributor.post(
        "/admin/claims/source/register/", {"name": "insight data lab", "kind": "ngo"}
    )
    assert again.status_code == 200
    assert "A source named &#x27;Insight Data Lab&#x27; is registered" in again.content.decode()
    assert event_count() == before + 2


def test_a_spanish_claims_amount_written_with_thousands_points_is_refused(
    login: Login, demo: DemoIds
) -> None:
    """'2.800' on a claim in Spanish is two thousand eight hundred; the amount reads a point as
    decimals, so it had been recorded as 2.8 without a word."""
    contributor = login("contributor")
    before = event_count()
    form = {
        "statement": "Honduras registró 2.800 homicidios en 2023.",
        "subject": "Honduras",
        "amount": "2.800",
        "qualifier": "exact",
        "unit": "homicidios",
        "attributed_to": demo["source:un"],
        "language": "es",
    }
    refused = contributor.post("/admin/claims/claim/report/", form)
    assert refused.status_code == 200
    assert "“2.800” reads as 2.8 here (a point marks decimals): write 2800" in (
        refused.content.decode()
    )
    assert event_count() == before
    taken = contributor.post("/admin/claims/claim/report/", {**form, "amount": "2800"})
    assert taken.status_code == 302
    english = contributor.post(
        "/admin/claims/claim/report/", {**form, "language": "en", "statement": "2.800 kg."}
    )
    assert english.status_code == 302  # (an English amount's point is a decimal point)


# --- Sources: registering with other names, and editing ------------------------------------------


def source_page(source_id: str, action: str = "change") -> str:
    return f"/admin/claims/source/{source_id}/{action}/"


def test_a_source_is_registered_with_other_names_one_a_line(login: Login, demo: DemoIds) -> None:
    registered = login("contributor").post(
        "/admin/claims/source/register/",
        {
            "name": "Public Ministry",
            "kind": "government",
            "aliases": "Ministerio Público\r\n\r\n  MP  \r\nFiscalía General",
        },
    )
    assert registered.status_code == 302, registered.content.decode()[:2000]
    event = last_event()
    assert event.event_type == "SourceRegistered"
    assert event.data["aliases"] == ["Ministerio Público", "MP", "Fiscalía General"]
    page = login("reader").get(registered["Location"])
    assert page.status_code == 200
    text = page.content.decode()
    assert "Also known as" in text
    assert "Fiscalía General" in text
    assert 'id="edit-source"' not in text  # a reader cannot edit it


def test_an_editor_edits_a_source_and_its_other_names(login: Login, demo: DemoIds) -> None:
    source_id = demo["source:gt-officials"]
    editor = login("editor")
    page = editor.get(source_page(source_id))
    assert f'href="{source_page(source_id, "edit")}"' in page.content.decode()
    form = editor.get(source_page(source_id, "edit"))
    assert form.status_code == 200
    assert form.context["form"].initial["aliases"] == (
        "funcionarios guatemaltecos\nautoridades guatemaltecas\nGuatemalan authorities"
    )
    before = event_count()
    saved = editor.post(
        source_page(source_id, "edit"),
        {
            "name": "Guatemalan officials",
            "kind": "government",
            "url": "",
            "wikidata_id": "",
            "aliases": "funcionarios guatemaltecos\nfuncionarios del gobierno",
            "expected_version": "1",
        },
    )
    assert saved.status_code == 302, saved.content.decode()[:2000]
    assert saved["Location"] == source_page(source_id)
    assert event_count() == before + 1
    event = last_event()
    assert (event.event_type, event.stream_id, event.version) == ("SourceUpdated", source_id, 2)
    assert event.data["aliases"] == ["funcionarios guatemaltecos", "funcionarios del gobierno"]
    assert event.data["name"] is None  # unchanged fields are not recorded
    assert event.metadata["actor"] == "editor"
    timeline = editor.get(source_page(source_id)).content.decode().split('id="timeline"')[1]
    assert "Changed website —; Wikidata id —" not in timeline  # they were empty: no change
    assert "Changed other names funcionarios guatemaltecos · funcionarios del gobierno" in timeline
    assert "Guatemalan officials (government); also known as funcionarios guatemaltecos" in timeline


def test_editing_a_source_from_an_old_version_saves_nothing(login: Login, demo: DemoIds) -> None:
    source_id = demo["source:gt-officials"]
    editor = login("editor")
    data = {"name": "Guatemalan officials", "kind": "government", "aliases": "", "url": ""}
    first = editor.post(source_page(source_id, "edit"), {**data, "expected_version": "1"})
    assert first.status_code == 302
    before = event_count()
    stale = editor.post(
        source_page(source_id, "edit"), {**data, "kind": "other", "expected_version": "1"}
    )
    assert stale.status_code == 409
    assert event_count() == before
    html = stale.content.decode()
    assert "This source changed since you opened it: version 2 is current." in html
    assert "Nothing was saved" in html
    assert "This claim changed" not in html
    form = stale.context["form"]
    assert form.data["expected_version"] == "2"  # a second submit is based on what is current
    assert form.data["kind"] == "other"  # what the editor typed is kept
    assert 'id="current-source"' in html
    unchanged = editor.post(source_page(source_id, "edit"), {**data, "expected_version": "2"})
    assert unchanged.status_code == 200
    assert "Nothing to change." in unchanged.content.decode()
    assert event_count() == before


def test_an_editor_changes_other_names_of_a_source_whose_website_django_would_refuse(
    login: Login, demo: DemoIds
) -> None:
    # The API takes any http(s) address, as the domain does; the edit page must not refuse it.
    registered = login("contributor").post(
        "/admin/claims/source/register/", {"name": "Intranet desk", "kind": "media"}
    )
    assert registered.status_code == 302
    source_id = last_event().stream_id
    editor = login("editor")
    for version, url in ((1, "http://intranet/page"), (2, "http://intranet/page")):
        saved = editor.post(
            source_page(source_id, "edit"),
            {
                "name": "Intranet desk",
                "kind": "media",
                "url": url,
                "aliases": f"desk {version}",
                "expected_version": str(version),
            },
        )
        assert saved.status_code == 302, saved.content.decode()[:3000]
    assert last_event().data["aliases"] == ["desk 2"]


def test_the_source_list_shows_and_searches_other_names(login: Login, demo: DemoIds) -> None:
    found = login("reader").get("/admin/claims/source/", {"q": "funcionarios"})
    assert found.status_code == 200
    html = found.content.decode()
    assert "Guatemalan officials" in html
    assert "funcionarios guatemaltecos · autoridades guatemaltecas" in html
    assert "InSight Crime" not in html
    # Letter case and accents aside, every word searched.
    folded = login("reader").get("/admin/claims/source/", {"q": "AUTORIDADES guatemaltécas"})
    assert "Guatemalan officials" in folded.content.decode()
    assert (
        "Guatemalan officials"
        not in (
            login("reader").get("/admin/claims/source/", {"q": "autoridades nowhere"})
        ).content.decode()
    )


def test_only_editors_edit_sources(login: Login, demo: DemoIds) -> None:
    path = source_page(demo["source:un"], "edit")
    contributor = login("contributor")
    assert contributor.get(path).status_code == 403
    assert contributor.post(path, {"name": "UN", "expected_version": "1"}).status_code == 403
    assert (
        'id="edit-source"' not in contributor.get(source_page(demo["source:un"])).content.decode()
    )
    assert login("editor").get(source_page("no-such-source", "edit")).status_code == 404


@pytest.mark.parametrize(("slug", "verdict"), [("refute", "refuted"), ("confirm", "confirmed")])
def test_the_evidence_url_of_a_verdict_shows_on_the_claim_page(
    login: Login, demo: DemoIds, slug: str, verdict: str
) -> None:
    claim_id = demo[RATE_2011]
    client = login("editor")
    data = {
        **operation_data(demo, slug),
        "evidence": "https://example.org/morgue",
        "expected_version": str(version_of(claim_id)),
    }

    response = client.post(claim_url(claim_id, slug), data)

    assert response.status_code == 302, response.content.decode()[:2000]
    page = client.get(claim_url(claim_id)).content.decode()
    evidence = page.split('id="evidence"', 1)[1].split("</section>", 1)[0]
    assert "No evidence" not in evidence
    assert f'data-evidence="{verdict}-2"' in evidence
    assert 'href="https://example.org/morgue"' in evidence
    assert f"Given with the {'refutation' if slug == 'refute' else 'confirmation'} (version 2)" in (
        evidence
    )


def test_a_decision_happened_on_a_future_day_is_refused_on_that_field(
    login: Login, demo: DemoIds
) -> None:
    claim_id = demo[RATE_2011]
    client = login("editor")
    before = event_count()
    data = {
        **operation_data(demo, "refute"),
        "occurred_on": "2031-01-01",
        "expected_version": str(version_of(claim_id)),
    }

    response = client.post(claim_url(claim_id, "refute"), data)

    assert response.status_code == 200
    form = response.context["form"]
    assert "2031-01-01T00:00:00Z is in the future" in form.errors["occurred_on"][0]
    assert event_count() == before
