"""The admin's "Import an article": paste, review the candidates, accept or reject them."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from django.test import Client

from claims.core.models import Claim, Event
from claims.importing import documents
from claims.importing.models import DocumentCandidate, ImportedDocument
from claims.workspace.imports import initial_of
from tests.documents.conftest import DEMO_SENTENCE, SEED_INTERVIEW, DemoIds

Login = Callable[[str], Client]
IMPORT = "/admin/claims/importeddocument/import/"


def page_of(doc: ImportedDocument) -> str:
    return f"/admin/claims/importeddocument/{doc.pk}/change/"


def decide_url(doc: ImportedDocument) -> str:
    return f"/admin/claims/importeddocument/{doc.pk}/decide/"


def fields_of(candidate: DocumentCandidate, selected: bool = True, **changes: Any) -> dict:
    """The POST data of a candidate's form, as the page pre-fills it."""
    values = {**initial_of(candidate), **changes}
    data = {f"c{candidate.n}-{k}": "" if v is None else v for k, v in values.items()}
    if selected:
        data[f"c{candidate.n}-selected"] = "on"
    return data


def paste(client: Client, text: str = DEMO_SENTENCE, **extra: str) -> ImportedDocument:
    response = client.post(IMPORT, {"text": text, "published_at": "2013-03-01", **extra})
    assert response.status_code == 302, response.content.decode()[:2000]
    doc = ImportedDocument.objects.order_by("-created_at").first()
    assert doc is not None
    assert response["Location"] == page_of(doc)
    return doc


def test_a_contributor_imports_the_demo_sentence_and_accepts_one(
    login: Login, demo: DemoIds
) -> None:
    client = login("contributor")
    index = client.get("/admin/").content.decode()
    assert f'href="{IMPORT}"' in index
    form = client.get(IMPORT)
    assert form.status_code == 200
    assert 'name="text"' in form.content.decode()

    doc = paste(client, publisher=demo["source:wpr"], url="https://example.org/gt")
    assert doc.importer.username == "contributor"
    assert doc.publisher_source == demo["source:wpr"]
    page = client.get(page_of(doc))
    assert page.status_code == 200
    html = page.content.decode()
    assert re.findall(r'id="candidate-(\d+)"', html) == ["0", "1"]
    assert "Found 2 candidate claims" in html
    assert "<mark>nearly 39</mark>" in html
    assert "<mark>34.5</mark>" in html
    assert "United Nations" in html  # the suggested source for "the U.N."
    assert 'name="c1-selected"' in html

    candidates = list(doc.candidates.order_by("n"))
    data = {"action": "accept", **fields_of(candidates[1], subject="Guatemala")}
    data.update(fields_of(candidates[0], selected=False))
    before = Event.objects.count()
    response = client.post(decide_url(doc), data)
    assert response.status_code == 302
    assert response["Location"] == page_of(doc)

    accepted = DocumentCandidate.objects.get(pk=candidates[1].pk)
    assert accepted.status == "accepted"
    assert accepted.decided_by is not None
    assert accepted.decided_by.username == "contributor"
    assert DocumentCandidate.objects.get(pk=candidates[0].pk).status == "proposed"
    claim = Claim.objects.get(pk=accepted.claim_id)
    assert claim.subject == "Guatemala"
    assert claim.attributed_to_id == demo["source:un"]
    assert claim.document["value"]["amount"] == "34.5"
    assert claim.document["period"] == {"start": "2012-01-01", "end": "2012-12-31"}
    assert claim.document["reported_in"]["publisher"] == demo["source:wpr"]
    events = list(Event.objects.order_by("position")[before:])
    assert events
    assert {e.stream_id for e in events} == {claim.pk}
    for event in events:
        assert event.metadata["actor"] == "contributor"
        assert event.metadata["document"] == str(doc.pk)
        assert event.metadata["candidate"] == 1
        assert event.metadata["offsets"] == {
            "sentence": [0, len(DEMO_SENTENCE)],
            "value": [61, 65],
        }
    after = client.get(page_of(doc)).content.decode()
    assert "Accepted 1 candidate as claim" in after
    assert f"/admin/claims/claim/{claim.pk}/change/" in after
    assert 'name="c1-selected"' not in after  # accepted: no form any more
    assert 'name="c0-selected"' in after


def test_rejecting_selected_candidates(login: Login, demo: DemoIds) -> None:
    client = login("editor")
    doc = paste(client)
    candidates = list(doc.candidates.order_by("n"))
    data = {"action": "reject", **fields_of(candidates[0]), **fields_of(candidates[1])}
    before = Event.objects.count()
    assert client.post(decide_url(doc), data).status_code == 302
    assert set(doc.candidates.values_list("status", flat=True)) == {"rejected"}
    assert Event.objects.count() == before
    assert "Rejected 2 candidates" in client.get(page_of(doc)).content.decode()


def test_a_candidate_that_needs_corrections_is_shown_again_with_errors(
    login: Login, demo: DemoIds
) -> None:
    client = login("contributor")
    doc = paste(client)
    first, second = doc.candidates.order_by("n")
    data = {
        "action": "accept",
        **fields_of(first, subject="Guatemala"),
        **fields_of(second, subject="", amount="not a number"),
    }
    response = client.post(decide_url(doc), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "need corrections" in html
    assert 'id="id_c1-subject_error"' in html
    assert 'id="id_c0-subject_error"' not in html
    # The valid one was accepted; the invalid one was not, and nothing else was written for it.
    assert DocumentCandidate.objects.get(pk=first.pk).status == "accepted"
    assert DocumentCandidate.objects.get(pk=second.pk).status == "proposed"
    assert Claim.objects.filter(pk=DocumentCandidate.objects.get(pk=first.pk).claim_id).exists()


def test_nothing_selected_or_no_action_writes_nothing(login: Login, demo: DemoIds) -> None:
    client = login("contributor")
    doc = paste(client)
    candidates = list(doc.candidates.order_by("n"))
    before = Event.objects.count()
    unselected = {"action": "accept", **fields_of(candidates[0], selected=False)}
    assert client.post(decide_url(doc), unselected).status_code == 302
    assert client.post(decide_url(doc), fields_of(candidates[0])).status_code == 302
    assert Event.objects.count() == before
    assert set(doc.candidates.values_list("status", flat=True)) == {"proposed"}


def test_empty_and_oversized_text_are_form_errors(
    login: Login, demo: DemoIds, settings: Any
) -> None:
    client = login("contributor")
    empty = client.post(IMPORT, {"text": "   \n  "})
    assert empty.status_code == 200
    assert "errorlist" in empty.content.decode()
    settings.CLAIMS_IMPORT_MAX_CHARS = 1000
    long = client.post(IMPORT, {"text": "The rate was 5 percent. " * 100})
    assert long.status_code == 200
    assert "at most 1,000 characters" in long.content.decode()
    assert ImportedDocument.objects.count() == 0


def test_readers_cannot_import_and_others_cannot_see(login: Login, demo: DemoIds) -> None:
    doc = paste(login("contributor"))
    reader = login("reader")
    assert reader.get(IMPORT).status_code == 403
    assert reader.post(IMPORT, {"text": DEMO_SENTENCE}).status_code == 403
    assert reader.get(page_of(doc)).status_code == 403
    assert reader.get("/admin/claims/importeddocument/").status_code == 403
    assert f'href="{IMPORT}"' not in reader.get("/admin/").content.decode()

    other = login("editor")
    assert other.get(page_of(doc)).status_code == 200  # editors see every document
    listed = other.get("/admin/claims/importeddocument/").content.decode()
    assert page_of(doc) in listed

    # A second contributor: the document does not exist for them.
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user("contributor2", password="pw-2013", is_staff=True)
    user.groups.set([Group.objects.get(name="contributor")])
    stranger = Client()
    assert stranger.login(username="contributor2", password="pw-2013")
    assert stranger.get(page_of(doc)).status_code == 404
    candidate = doc.candidates.get(n=1)
    post = stranger.post(decide_url(doc), {"action": "accept", **fields_of(candidate)})
    assert post.status_code == 404
    assert page_of(doc) not in stranger.get("/admin/claims/importeddocument/").content.decode()
    assert stranger.get("/admin/claims/importeddocument/not-a-uuid/change/").status_code == 404
    assert documents.visible_documents(user).count() == 0


def test_html_and_binary_junk_import_cleanly(login: Login, demo: DemoIds) -> None:
    client = login("contributor")
    doc = paste(client, text="<p>Nearly <b>300</b> people died in 2010, officials said.</p>")
    html = client.get(page_of(doc)).content.decode()
    assert "&lt;b&gt;" not in html.split('id="document-meta"')[0]
    assert doc.candidates.count() == 1
    junk = paste(client, text="".join(chr(c) for c in range(1, 2000) if c not in (0x0D,)))
    assert client.get(page_of(junk)).status_code == 200


def test_a_refused_value_is_shown_on_its_field(login: Login, demo: DemoIds) -> None:
    client = login("contributor")
    doc = paste(client)
    candidate = doc.candidates.get(n=1)
    bad = {"action": "accept", **fields_of(candidate, subject="Guatemala", amount="a lot")}
    response = client.post(decide_url(doc), bad)
    assert response.status_code == 400
    assert 'id="id_c1-amount_error"' in response.content.decode()
    half = fields_of(candidate, subject="Guatemala", period_end="")
    response = client.post(decide_url(doc), {"action": "accept", **half})
    assert response.status_code == 400
    assert "both ends of the period" in response.content.decode()
    assert DocumentCandidate.objects.get(pk=candidate.pk).status == "proposed"


def test_accepting_a_figure_a_claim_holds_is_refused_on_the_page(
    login: Login, demo: DemoIds
) -> None:
    """The seed interview's 45 % is the demo's own claim (same source, period and value): the
    admin's accept, with the form as the page fills it, names that claim instead of reporting
    it again."""
    client = login("contributor")
    doc = paste(client, text=SEED_INTERVIEW)
    (candidate,) = [c for c in doc.candidates.all() if c.get("amount") == "45"]
    assert [m["relation"] for m in candidate.matches] == ["same"]
    claims = Claim.objects.count()
    response = client.post(decide_url(doc), {"action": "accept", **fields_of(candidate)})
    assert response.status_code == 400  # the page again, with the form's error
    assert "already holds this figure" in response.content.decode()
    assert demo["claim:organized-crime-share"] in response.content.decode()
    assert Claim.objects.count() == claims
    assert DocumentCandidate.objects.get(pk=candidate.pk).status == "proposed"


def test_a_date_is_read_year_first_or_refused(login: Login, demo: DemoIds) -> None:
    """'04/03/2013' is 3 April in Django's English formats and 4 March to a Spanish-speaking
    editor: the import form refuses it rather than guess (its date input sends 2013-03-04)."""
    client = login("contributor")
    response = client.post(IMPORT, {"text": DEMO_SENTENCE, "published_at": "04/03/2013"})
    assert response.status_code == 200
    assert "Enter a date as YYYY-MM-DD." in response.content.decode()
    assert not ImportedDocument.objects.exists()
    paste(client)  # "2013-03-01"
    published = ImportedDocument.objects.get().published_at
    assert published is not None
    assert published.isoformat() == "2013-03-01"


def test_the_page_warns_when_the_text_reads_as_another_language(
    login: Login, demo: DemoIds
) -> None:
    client = login("contributor")
    forced = paste(client, language="es")
    html = client.get(page_of(forced)).content.decode()
    assert 'id="document-warnings"' in html
    assert 'data-code="language_mismatch"' in html
    assert "The text reads as English, but it was read as Spanish" in html
    plain = paste(client)
    assert 'id="document-warnings"' not in client.get(page_of(plain)).content.decode()


def test_sending_an_accepted_candidate_again_says_so_and_does_nothing(
    login: Login, demo: DemoIds
) -> None:
    client = login("contributor")
    doc = paste(client)
    candidate = doc.candidates.get(n=1)
    data = {"action": "accept", **fields_of(candidate, subject="Guatemala")}
    assert client.post(decide_url(doc), data).status_code == 302
    before = Event.objects.count()
    again = client.post(decide_url(doc), data, follow=True)
    assert Event.objects.count() == before
    said = [str(m) for m in again.context["messages"]]
    assert "Candidate 1 was accepted already: nothing was done again." in said
    assert "Select at least one candidate first." not in said
