"""Claim intake end to end: units, sources and matches of imported articles, in both languages.

The acceptance of the intake work: the seed interview proposes the 45 % figure as the demo
holds it and matches the demo's claim; importing an article twice proposes matches, not
duplicates; a Spanish paragraph is read in Spanish and matches the demo's indicator; other
languages are refused; each matching action is one ordinary command on the matched claim.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from django.test import Client
from rest_framework.test import APIClient

from claims.core.models import Claim, Source
from claims.importing import documents
from claims.importing.models import DocumentCandidate, ImportedDocument
from tests.documents.conftest import (
    SEED_INTERVIEW,
    SEED_PUBLISHED,
    SEED_URL,
    SPANISH_RATE,
    DemoIds,
)

Api = Callable[[str], APIClient]
DOCS = "/api/v1/documents/"
# A figure of another source for the demo's organized-crime share, far from it: `conflicts`.
WILSON_60 = (
    "Organized crime was behind 60 percent of homicides in Guatemala in 2012, the Wilson Center "
    "said."
)


def post(api: Api, text: str, role: str = "contributor", **extra: Any) -> dict[str, Any]:
    body = {"text": text, "published_at": SEED_PUBLISHED, **extra}
    response = api(role).post(DOCS, body, format="json")
    assert response.status_code == 201, response.content
    result: dict[str, Any] = response.json()
    return result


def by_amount(body: dict[str, Any], amount: str) -> dict[str, Any]:
    (found,) = [c for c in body["candidates"] if c["value"]["amount"] == amount]
    return found


def relations(candidate: dict[str, Any]) -> dict[str, str]:
    return {m["claim"]: m["relation"] for m in candidate["matches"]}


def test_seed_interview_proposes_the_45_percent_figure_and_matches_the_demo_claim(
    api: Api, demo: DemoIds
) -> None:
    body = post(api, SEED_INTERVIEW, url=SEED_URL, publisher="World Politics Review")
    assert body["language"] == "en"
    share = by_amount(body, "45")
    assert share["value"]["unit"] == "percent of homicides"
    assert share["value"]["qualifier"] == "up_to"
    assert share["value"]["text"] == "up to 45"
    assert share["attributed_name"] == "Guatemalan officials"
    assert share["attributed_to"] == demo["source:gt-officials"]
    assert share["source_to_register"] is None
    assert share["period"] == {"start": "2012-01-01", "end": "2012-12-31"}
    assert share["indicator"] == "gt-homicides-organized-crime-share"
    assert relations(share) == {demo["claim:organized-crime-share"]: "same"}
    (match,) = share["matches"]
    assert match["action"] == "cite"
    assert "duplicate" in match["reason"]
    # The homicide rates are the demo's too.
    assert relations(by_amount(body, "39")) == {demo["claim:homicide-rate-2011"]: "same"}
    assert relations(by_amount(body, "34.5")) == {demo["claim:homicide-rate-2012"]: "same"}
    for candidate in body["candidates"]:
        assert candidate["language"] == "en"
        assert candidate["subject"], candidate


def test_posting_the_same_article_twice_proposes_matches_not_duplicates(
    api: Api, demo: DemoIds
) -> None:
    first = post(api, SEED_INTERVIEW, url=SEED_URL)
    client = api("contributor")
    claims_before = Claim.objects.count()
    share = by_amount(first, "45")
    cited = client.post(
        f"{DOCS}{first['id']}/candidates/{share['n']}/match/",
        {"claim": demo["claim:organized-crime-share"]},
        format="json",
    )
    assert cited.status_code == 200, cited.content
    assert cited.json()["id"] == demo["claim:organized-crime-share"]
    assert any(e["url"] == SEED_URL for e in cited.json()["evidence"])
    assert Claim.objects.count() == claims_before  # cited, not duplicated
    police = by_amount(first, "200")
    assert police["matches"] == []
    reported = client.post(
        f"{DOCS}{first['id']}/candidates/{police['n']}/accept/",
        {"attributed_to": demo["source:wilson"]},
        format="json",
    )
    assert reported.status_code == 201, reported.content
    new_claim = reported.json()["id"]

    again = post(api, SEED_INTERVIEW, url=SEED_URL)
    assert relations(by_amount(again, "45")) == {demo["claim:organized-crime-share"]: "same"}
    assert relations(by_amount(again, "200")) == {new_claim: "same"}
    for candidate in again["candidates"]:
        if candidate["value"]["unit"] != "percent of cocaine":
            assert "same" in relations(candidate).values(), candidate
    detail = client.get(f"{DOCS}{first['id']}/").json()
    decided = {c["n"]: (c["status"], c["accepted_as"], c["claim_id"]) for c in detail["candidates"]}
    assert decided[share["n"]] == ("accepted", "cite", demo["claim:organized-crime-share"])
    assert decided[police["n"]] == ("accepted", "report", new_claim)


def test_what_was_done_from_one_copy_of_an_article_is_not_done_again_from_another(
    api: Api, demo: DemoIds
) -> None:
    """Two copies of one article (imported twice before either was decided): their matches were
    found at import, so the second copy does not know what the first one's decisions made.
    Reporting the same figure again, citing the same article again or adding the same
    competing figure again is refused, naming what the claim holds; the copy's matches are
    brought up to date."""
    first = post(api, SEED_INTERVIEW, url=SEED_URL)
    second = post(api, SEED_INTERVIEW, url=SEED_URL)
    client = api("contributor")
    police = {"attributed_to": demo["source:wilson"]}
    n = by_amount(first, "200")["n"]
    reported = client.post(f"{DOCS}{first['id']}/candidates/{n}/accept/", police, format="json")
    assert reported.status_code == 201, reported.content
    claims = Claim.objects.count()
    again = client.post(f"{DOCS}{second['id']}/candidates/{n}/accept/", police, format="json")
    assert again.status_code == 400, again.content
    assert again.json()["code"] == "command_rejected"
    assert reported.json()["id"] in again.json()["claim"][0]
    assert Claim.objects.count() == claims
    # Another figure, said to be one by its edited fields, is reported as asked.
    edited = {**police, "place": "Quetzaltenango"}
    other = client.post(f"{DOCS}{second['id']}/candidates/{n}/accept/", edited, format="json")
    assert other.status_code == 201, other.content

    share = by_amount(first, "45")["n"]
    claim_id = demo["claim:organized-crime-share"]
    cite = {"claim": claim_id}
    assert (
        client.post(
            f"{DOCS}{first['id']}/candidates/{share}/match/", cite, format="json"
        ).status_code
        == 200
    )
    cited_again = client.post(
        f"{DOCS}{second['id']}/candidates/{share}/match/", cite, format="json"
    )
    assert cited_again.status_code == 400, cited_again.content
    assert "already cites" in cited_again.json()["claim"][0]
    evidence = api("contributor").get(f"/api/v1/claims/{claim_id}/").json()["evidence"]
    assert [e["url"] for e in evidence].count(SEED_URL) == 1

    disputes = [_candidate_for(api, WILSON_60, "60") for _ in range(2)]
    editor = api("editor")
    open_before = editor.get(f"/api/v1/claims/{claim_id}/").json()["open_disputes"]
    (doc_a, candidate_a), (doc_b, candidate_b) = disputes
    url_a = f"{DOCS}{doc_a}/candidates/{candidate_a['n']}/match/"
    assert editor.post(url_a, cite, format="json").status_code == 200
    disputed_again = editor.post(
        f"{DOCS}{doc_b}/candidates/{candidate_b['n']}/match/", cite, format="json"
    )
    assert disputed_again.status_code == 400, disputed_again.content
    assert "already holds this figure" in disputed_again.json()["claim"][0]
    claim = api("editor").get(f"/api/v1/claims/{claim_id}/").json()
    assert len([f for f in claim["figures"] if f["source"] == demo["source:wilson"]]) == 1
    assert claim["open_disputes"] == open_before + 1


def test_a_spanish_paragraph_is_read_in_spanish_and_matches_the_demo_indicator(
    api: Api, demo: DemoIds
) -> None:
    # The demo's United Nations is known to Wikidata (Q1065): "la ONU" names it.
    assert Source.objects.get(pk=demo["source:un"]).wikidata_id == "Q1065"
    body = post(api, SPANISH_RATE)
    assert body["language"] == "es"
    rate = by_amount(body, "34.5")
    assert rate["language"] == "es"
    assert rate["value"]["text"] == "casi 34,5"
    assert rate["value"]["unit"] == "per 100,000 people"
    assert rate["value"]["qualifier"] == "nearly"
    assert rate["period"] == {"start": "2012-01-01", "end": "2012-12-31"}
    assert rate["attributed_name"] == "la Organización de las Naciones Unidas (ONU)"
    assert rate["attributed_to"] == demo["source:un"]
    assert rate["place"] == "Guatemala"
    assert rate["subject"] == "tasa de homicidios en Guatemala"
    assert rate["indicator"] == "gt-homicide-rate"
    # Same source, same period, "nearly 34.5" against "34.5": a revised value.
    assert relations(rate) == {demo["claim:homicide-rate-2012"]: "updates"}
    earlier = by_amount(body, "38.6")
    assert earlier["value"]["unit"] == "per 100,000 people"
    assert earlier["indicator"] == "gt-homicide-rate"
    assert earlier["attributed_to"] == demo["source:un"]  # "el organismo": the ONU
    assert relations(earlier) == {demo["claim:homicide-rate-2011"]: "updates"}
    stored = ImportedDocument.objects.get(pk=body["id"])
    assert stored.language == "es"


FRENCH_RATE = (
    "Selon le ministère public du Guatemala, le taux d'homicides est tombé de près de 39 à "
    "34,5 pour 100 000 habitants en 2013. Les autorités ont annoncé que la criminalité organisée "
    "serait responsable de jusqu'à 45 pour cent des meurtres. Le gouvernement a déclaré que la "
    "baisse était due à une meilleure coordination entre la police et les procureurs."
)


def test_the_language_can_be_given_and_other_languages_are_refused(api: Api, demo: DemoIds) -> None:
    client = api("contributor")
    portuguese = (
        "O número de homicídios caiu para 3.000 em 2023, segundo a polícia. Não houve "
        "mudanças nas regiões do norte, disse o ministro, e os dados também mostram que a "
        "taxa foi de 16,7 por 100 mil habitantes."
    )
    refused = client.post(DOCS, {"text": portuguese}, format="json")
    assert refused.status_code == 400
    assert "Portuguese" in refused.json()["text"][0]
    # A well-formed text in a language not read has a code of its own (the schema cannot say
    # which prose it takes); a language code outside the schema's choices is invalid input.
    assert refused.json()["code"] == "language_refused"
    french = client.post(DOCS, {"text": SPANISH_RATE, "language": "fr"}, format="json")
    assert french.status_code == 400
    assert french.json()["code"] == "validation_error"
    assert french.json()["language"] == [
        "Texts in French ('fr') are not read: the importer reads English ('en') and Spanish ('es')."
    ]
    unknown = client.post(DOCS, {"text": SPANISH_RATE, "language": "xx"}, format="json")
    assert unknown.json()["language"] == [
        "'xx' is not a language the importer reads: the importer reads English ('en') and "
        "Spanish ('es')."
    ]
    # A French article without a language is refused, not read as Spanish: French writes
    # 'la', 'que' and 'en' as Spanish does, and words Spanish does not ('le', 'des', 'à').
    french_text = client.post(DOCS, {"text": FRENCH_RATE}, format="json")
    assert french_text.status_code == 400
    assert french_text.json()["code"] == "language_refused"
    assert "French" in french_text.json()["text"][0]
    assert not ImportedDocument.objects.filter(text=FRENCH_RATE).exists()
    forced = client.post(DOCS, {"text": SPANISH_RATE, "language": "es"}, format="json")
    assert forced.status_code == 201
    assert ImportedDocument.objects.filter(language="es").count() == 1


def _candidate_for(api: Api, text: str, amount: str) -> tuple[str, dict[str, Any]]:
    body = post(api, text, url=SEED_URL)
    return body["id"], by_amount(body, amount)


def test_a_conflicting_figure_opens_a_dispute_with_a_competing_figure(
    api: Api, demo: DemoIds
) -> None:
    doc_id, candidate = _candidate_for(api, WILSON_60, "60")
    claim_id = demo["claim:organized-crime-share"]
    assert candidate["indicator"] == "gt-homicides-organized-crime-share"
    assert relations(candidate) == {claim_id: "conflicts"}
    assert candidate["matches"][0]["action"] == "dispute"
    contributor = api("contributor").post(
        f"{DOCS}{doc_id}/candidates/{candidate['n']}/match/", {"claim": claim_id}, format="json"
    )
    assert contributor.status_code == 403  # disputes are editors' commands
    assert "editor" in contributor.json()["detail"]
    response = api("editor").post(
        f"{DOCS}{doc_id}/candidates/{candidate['n']}/match/", {"claim": claim_id}, format="json"
    )
    assert response.status_code == 200, response.content
    claim = response.json()
    assert claim["status"] == "disputed"
    competing = [f for f in claim["figures"] if f["source"] == demo["source:wilson"]]
    assert [Decimal(f["value"]["amount"]) for f in competing] == [Decimal(60)]
    assert competing[0]["value"]["unit"] == "percent"  # in the claim's unit
    row = DocumentCandidate.objects.get(document__pk=doc_id, n=candidate["n"])
    assert (row.status, row.action, row.claim_id) == ("accepted", "dispute", claim_id)
    again = api("editor").post(
        f"{DOCS}{doc_id}/candidates/{candidate['n']}/match/", {"claim": claim_id}, format="json"
    )
    assert again.status_code == 409


def test_an_update_from_the_same_source_is_a_correction(api: Api, demo: DemoIds) -> None:
    text = "Guatemala's homicide rate was 35.1 per 100,000 in 2012, according to the U.N."
    doc_id, candidate = _candidate_for(api, text, "35.1")
    claim_id = demo["claim:homicide-rate-2012"]
    assert relations(candidate)[claim_id] == "updates"
    response = api("editor").post(
        f"{DOCS}{doc_id}/candidates/{candidate['n']}/match/", {"claim": claim_id}, format="json"
    )
    assert response.status_code == 200, response.content
    assert response.json()["value"]["amount"] == "35.1"
    assert response.json()["status"] == "corrected"


def test_agreeing_sources_add_evidence_and_unrelated_claims_need_an_action(
    api: Api, demo: DemoIds
) -> None:
    text = "InSight Crime put Guatemala's homicide rate at 34.9 per 100,000 in 2012."
    doc_id, candidate = _candidate_for(api, text, "34.9")
    claim_id = demo["claim:homicide-rate-2012"]
    assert relations(candidate)[claim_id] == "agrees"
    client = api("contributor")
    unrelated = client.post(
        f"{DOCS}{doc_id}/candidates/{candidate['n']}/match/",
        {"claim": demo["claim:police-purged"]},
        format="json",
    )
    assert unrelated.status_code == 400
    assert "claim" in unrelated.json()
    response = client.post(
        f"{DOCS}{doc_id}/candidates/{candidate['n']}/match/", {"claim": claim_id}, format="json"
    )
    assert response.status_code == 200, response.content
    evidence = response.json()["evidence"]
    assert any(e["kind"] == "supporting" and e["url"] == SEED_URL for e in evidence)


def test_an_unknown_source_is_offered_for_registration(
    api: Api, demo: DemoIds, login: Callable[[str], Client]
) -> None:
    text = "The Lakeport Transport Ministry said road deaths fell from 61 in 2023 to 52 in 2024."
    body = post(api, text, published_at="2025-02-10")
    first = by_amount(body, "61")
    assert first["attributed_to"] is None
    assert first["source_to_register"] == {
        "name": "Lakeport Transport Ministry",
        "kind": "government",
    }
    assert first["value"]["unit"] == "road deaths"
    assert by_amount(body, "52")["value"]["unit"] == "road deaths"
    client = login("contributor")
    page = client.get(f"/admin/claims/importeddocument/{body['id']}/change/").content.decode()
    assert "Register “Lakeport Transport Ministry” as a source" in page
    response = client.post(
        f"/admin/claims/importeddocument/{body['id']}/register-source/", {"register": first["n"]}
    )
    assert response.status_code == 302
    source = Source.objects.get(name="Lakeport Transport Ministry")
    assert source.kind == "government"
    linked = DocumentCandidate.objects.filter(document_id=body["id"], suggested_source=source.pk)
    assert linked.count() == 2
    after = api("contributor").get(f"{DOCS}{body['id']}/").json()
    assert all(c["source_to_register"] is None for c in after["candidates"])


def test_a_source_registered_after_the_import_is_the_one_accepted(api: Api, demo: DemoIds) -> None:
    """Registered through the API, not from the article's page: accepting without a source
    finds it by the name the article gives, as the import would have."""
    text = "The Lakeport Transport Ministry said road deaths fell from 61 in 2023 to 52 in 2024."
    body = post(api, text, published_at="2025-02-10")
    first = by_amount(body, "61")
    accept = f"{DOCS}{body['id']}/candidates/{first['n']}/accept/"
    refused = api("contributor").post(accept, {}, format="json")
    assert refused.status_code == 400
    assert "Lakeport Transport Ministry" in refused.json()["attributed_to"][0]
    registered = api("contributor").post(
        "/api/v1/sources/",
        {"name": "Lakeport Transport Ministry", "kind": "government"},
        format="json",
    )
    assert registered.status_code == 201, registered.content
    accepted = api("contributor").post(accept, {}, format="json")
    assert accepted.status_code == 201, accepted.content
    assert accepted.json()["attributed_to"] == registered.json()["id"]
    # The candidate says whom it was accepted as, and offers no registration any more.
    after = by_amount(api("contributor").get(f"{DOCS}{body['id']}/").json(), "61")
    assert (after["status"], after["attributed_to"], after["source_to_register"]) == (
        "accepted",
        registered.json()["id"],
        None,
    )


def test_a_source_is_offered_without_the_article_the_sentence_put_before_it(
    api: Api, demo: DemoIds, login: Callable[[str], Client]
) -> None:
    text = (
        "Las muertes viales en Lakeport bajaron de 61 en 2023 a 52 en 2024, según el Ministerio "
        "de Transporte de Lakeport. En 2024 hubo 55 muertes viales, según El Periódico de Lakeport."
    )
    body = post(api, text, published_at="2025-02-10")
    first = by_amount(body, "61")
    assert first["attributed_name"] == "el Ministerio de Transporte de Lakeport"
    assert first["source_to_register"] == {
        "name": "Ministerio de Transporte de Lakeport",
        "kind": "government",
    }
    # A capitalised article may be the name's own.
    assert by_amount(body, "55")["source_to_register"]["name"] == "El Periódico de Lakeport"
    response = login("contributor").post(
        f"/admin/claims/importeddocument/{body['id']}/register-source/", {"register": first["n"]}
    )
    assert response.status_code == 302
    source = Source.objects.get(name="Ministerio de Transporte de Lakeport")
    linked = DocumentCandidate.objects.filter(document_id=body["id"], suggested_source=source.pk)
    assert linked.count() == 2, "both figures the ministry gave, named with its article"


def test_an_editor_adds_an_articles_name_for_a_known_source_as_its_other_name(
    api: Api, demo: DemoIds, login: Callable[[str], Client]
) -> None:
    # The tracker knows the US State Department by its English names only.
    text = (
        "El Departamento de Estado informó que Guatemala decomisó 4,2 toneladas de cocaína en "
        "2012. Según el Departamento de Estado, en 2011 fueron 3,5 toneladas."
    )
    body = post(api, text, published_at="2013-03-01")
    first = by_amount(body, "4.2")
    assert first["attributed_to"] is None
    assert first["source_to_register"]["name"] == "Departamento de Estado"
    page_url = f"/admin/claims/importeddocument/{body['id']}/change/"
    alias_url = f"/admin/claims/importeddocument/{body['id']}/add-other-name/"
    state = demo["source:us-state"]
    contributor = login("contributor")
    assert 'name="alias"' not in contributor.get(page_url).content.decode()  # an editor's edit
    form = {"alias": first["n"], f"alias_source_{first['n']}": state}
    assert contributor.post(alias_url, form).status_code == 403
    editor = login("editor")
    assert f'id="alias-{first["n"]}"' in editor.get(page_url).content.decode()
    unchosen = editor.post(alias_url, {"alias": first["n"]}, follow=True)
    assert "Choose the registered source" in unchosen.content.decode()
    added = editor.post(alias_url, form, follow=True)
    assert "“Departamento de Estado” is now another name of US Department of State" in (
        added.content.decode()
    )
    assert Source.objects.get(pk=state).aliases.split("\n")[-1] == "Departamento de Estado"
    after = api("contributor").get(f"{DOCS}{body['id']}/").json()
    assert [c["attributed_to"] for c in after["candidates"]] == [state, state]
    assert all(c["source_to_register"] is None for c in after["candidates"])
    again = editor.post(alias_url, form, follow=True)  # nothing offered any more
    assert "names no source to add" in again.content.decode()


def test_a_person_named_after_their_office_is_offered_as_a_person(api: Api, demo: DemoIds) -> None:
    body = post(
        api,
        "Interior Minister Mauricio López Bonilla said 4,000 soldiers and police officers were "
        "deployed in 2012.",
    )
    offered = by_amount(body, "4000")["source_to_register"]
    assert offered == {"name": "Mauricio López Bonilla", "kind": "person"}


def _cite_from_the_admin(client: Client, doc_id: str, n: int, match: str, claim_id: str) -> None:
    """Post the admin page's match button; the claim gains the article as evidence and the
    candidate is accepted as a citation."""
    evidence_before = len(Claim.objects.get(pk=claim_id).document["evidence"])
    response = client.post(f"/admin/claims/importeddocument/{doc_id}/match/", {"match": match})
    assert response.status_code == 302
    assert len(Claim.objects.get(pk=claim_id).document["evidence"]) == evidence_before + 1
    row = DocumentCandidate.objects.get(document__pk=doc_id, n=n)
    assert (row.status, row.action) == ("accepted", "cite")


def test_the_admin_page_shows_matches_and_cites_with_one_click(
    api: Api, demo: DemoIds, login: Callable[[str], Client]
) -> None:
    body = post(api, SEED_INTERVIEW, url=SEED_URL)
    share = by_amount(body, "45")
    client = login("contributor")
    page = client.get(f"/admin/claims/importeddocument/{body['id']}/change/").content.decode()
    assert f'id="matches-{share["n"]}"' in page
    assert 'data-relation="same"' in page
    assert "Cite as evidence" in page
    assert "gt-homicides-organized-crime-share" in page
    claim_id = demo["claim:organized-crime-share"]
    _cite_from_the_admin(client, body["id"], share["n"], f"{share['n']}:{claim_id}", claim_id)
    after = client.get(f"/admin/claims/importeddocument/{body['id']}/change/").content.decode()
    assert "cited as evidence for the same claim" in after


def test_a_contributor_cites_a_conflicting_figure_instead_from_the_admin(
    api: Api, demo: DemoIds, login: Callable[[str], Client]
) -> None:
    """A conflicting figure's action is a dispute, an editor's: the admin page also offers a
    contributor to cite the article on the claim instead, as the API's `action` does."""
    doc_id, candidate = _candidate_for(api, WILSON_60, "60")
    claim_id = demo["claim:organized-crime-share"]
    assert relations(candidate) == {claim_id: "conflicts"}
    client = login("contributor")
    page = client.get(f"/admin/claims/importeddocument/{doc_id}/change/").content.decode()
    assert f'value="{candidate["n"]}:{claim_id}:cite"' in page
    assert "Cite as evidence instead" in page
    n = candidate["n"]
    _cite_from_the_admin(client, doc_id, n, f"{n}:{claim_id}:cite", claim_id)


SPANISH_45 = (
    "Según funcionarios guatemaltecos, hasta el 45 por ciento de los homicidios de 2012 "
    "estuvieron vinculados al crimen organizado y al narcotráfico."
)


def test_a_spanish_name_reaches_an_english_named_source_by_its_other_names(
    api: Api, demo: DemoIds
) -> None:
    # The demo's "Guatemalan officials" is also known as "funcionarios guatemaltecos".
    body = post(api, SPANISH_45, url="https://www.prensalibre.com/violencia-2012")
    assert body["language"] == "es"
    share = by_amount(body, "45")
    assert share["attributed_to"] == demo["source:gt-officials"], share
    assert share["source_to_register"] is None
    assert relations(share) == {demo["claim:organized-crime-share"]: "same"}


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Interview: Guatemala's security situation\n\nGuatemala remains violent.", None),
        ("  Homicides fall in Guatemala \nThe rate fell to 34.5 in 2012.", None),
        ("The rate fell to 34.5 in 2012.\nIt had been 39.", ""),
        ("One paragraph, no headline: the rate fell to 34.5", ""),
        ("<b>Homicidios bajan</b>\nLa tasa bajó a 34,5.", "Homicidios bajan"),
        ("GUATEMALA CITY (AP) —\nThe rate fell.", ""),
        ("x" * 201 + "\nmore", ""),
    ],
)
def test_an_articles_headline_is_its_first_line_when_it_stands_alone(
    text: str, headline: str | None
) -> None:
    expected = text.strip().split("\n")[0].strip() if headline is None else headline
    assert ImportedDocument(text=text).headline == expected


def test_a_claim_and_evidence_from_an_article_carry_its_headline(api: Api, demo: DemoIds) -> None:
    body = post(api, SEED_INTERVIEW, url=SEED_URL)
    headline = SEED_INTERVIEW.split("\n")[0]
    client = api("contributor")
    police = by_amount(body, "200")
    reported = client.post(
        f"{DOCS}{body['id']}/candidates/{police['n']}/accept/",
        {"attributed_to": demo["source:wilson"]},
        format="json",
    )
    assert reported.status_code == 201, reported.content
    assert reported.json()["reported_in"]["title"] == headline
    share = by_amount(body, "45")
    cited = client.post(
        f"{DOCS}{body['id']}/candidates/{share['n']}/match/",
        {"claim": demo["claim:organized-crime-share"]},
        format="json",
    )
    assert cited.status_code == 200, cited.content
    (evidence,) = [e for e in cited.json()["evidence"] if e["url"] == SEED_URL]
    assert evidence["title"] == headline


@pytest.mark.parametrize(
    "url", ["notaurl", "javascript:alert(1)", "ftp://example.org/a", "http://", "https:///a"]
)
def test_an_article_address_that_is_no_web_address_is_refused(
    api: Api, demo: DemoIds, url: str
) -> None:
    """Its candidates could not be accepted (a claim's link is http(s)): refused at once, with
    the field named, and nothing stored."""
    answer = api("contributor").post(DOCS, {"text": SPANISH_RATE, "url": url}, format="json")
    assert answer.status_code == 400, answer.content
    assert answer.json()["code"] == "validation_error"
    assert answer.json()["url"] == ["Give an http:// or https:// URL."]
    assert not ImportedDocument.objects.exists()
    with pytest.raises(documents.ImportRefused, match="http:// or https://"):
        documents.import_document(SPANISH_RATE, importer=None, url=url)


def test_a_text_in_cyrillic_is_refused_and_warned_about_when_read_as_asked(
    api: Api, demo: DemoIds
) -> None:
    russian = "В 2023 году число убийств в Гватемале снизилось до 2842 человек, сообщила полиция."
    refused = api("contributor").post(DOCS, {"text": russian}, format="json")
    assert refused.status_code == 400, refused.content
    assert refused.json()["code"] == "language_refused"
    assert "a language written in Cyrillic" in refused.json()["text"][0]
    read = api("contributor").post(DOCS, {"text": russian, "language": "en"}, format="json")
    assert read.status_code == 201, read.content
    assert read.json()["detected_language"] == "x-cyrl"
    assert [w["code"] for w in read.json()["warnings"]] == ["language_mismatch"]
    assert (
        "The importer does not read a language written in Cyrillic."
        in (read.json()["warnings"][0]["message"])
    )
