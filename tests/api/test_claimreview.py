"""ClaimReview JSON-LD, checked against a hand-written subset of the schema.org vocabulary."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

import pytest
from rest_framework.test import APIClient

from claims.api.claimreview import RATINGS

Api = Callable[[str], APIClient]
Ids = dict[str, str]

# schema.org types used by a ClaimReview: property -> accepted value kinds (a type name, or
# Text/URL/Date/Number), and the properties each type requires for this use. Google's
# ClaimReview guidelines require claimReviewed, reviewRating (with alternateName) and url.
VOCABULARY: dict[str, dict[str, tuple[str, ...]]] = {
    "ClaimReview": {
        "claimReviewed": ("Text",),
        "itemReviewed": ("Claim",),
        "reviewRating": ("Rating",),
        "author": ("Organization", "Person"),
        "datePublished": ("Date",),
        "dateModified": ("Date",),
        "url": ("URL",),
        "reviewBody": ("Text",),
    },
    "DataFeed": {
        "name": ("Text",),
        "url": ("URL",),
        "dateModified": ("Date",),
        "dataFeedElement": ("ClaimReview",),
    },
    "Claim": {
        # A Claim is a CreativeWork: who said it (author), who relayed it (contributor).
        "author": ("Organization", "Person"),
        "contributor": ("Organization", "Person"),
        "appearance": ("CreativeWork",),
        "datePublished": ("Date",),
        "inLanguage": ("Text",),
    },
    "CreativeWork": {
        "url": ("URL",),
        "headline": ("Text",),
        "datePublished": ("Date",),
        "publisher": ("Organization", "Person"),
    },
    "Rating": {
        "ratingValue": ("Number",),
        "bestRating": ("Number",),
        "worstRating": ("Number",),
        "alternateName": ("Text",),
    },
    "Organization": {
        "name": ("Text",),
        "alternateName": ("Text",),
        "url": ("URL",),
        "sameAs": ("URL",),
    },
    "Person": {
        "name": ("Text",),
        "alternateName": ("Text",),
        "url": ("URL",),
        "sameAs": ("URL",),
    },
}
REQUIRED = {
    "ClaimReview": {
        "claimReviewed",
        "itemReviewed",
        "reviewRating",
        "author",
        "datePublished",
        "url",
    },
    "Claim": {"author", "appearance"},
    "DataFeed": {"dataFeedElement"},
    "Rating": {"ratingValue", "bestRating", "worstRating", "alternateName"},
    "Organization": {"name"},
    "Person": {"name"},
    "CreativeWork": {"url"},
}


def _check_value(value: Any, kinds: tuple[str, ...], where: str) -> None:
    if isinstance(value, list):
        for item in value:
            _check_value(item, kinds, where)
        return
    if isinstance(value, dict):
        assert value.get("@type") in kinds, f"{where}: {value.get('@type')} not in {kinds}"
        check_node(value, where)
        return
    if "Text" in kinds:
        assert isinstance(value, str), where
        assert value, where
    elif "URL" in kinds:
        assert isinstance(value, str), where
        assert re.match(r"^https?://\S+$", value), f"{where}: {value!r} is not a URL"
    elif "Date" in kinds:
        assert isinstance(value, str), where
        dt.date.fromisoformat(value)
    elif "Number" in kinds:
        assert isinstance(value, int | float), where
        assert not isinstance(value, bool), where
    else:
        raise AssertionError(f"{where}: expected a node of type {kinds}, got {value!r}")


def check_node(node: dict[str, Any], where: str = "") -> None:
    """Fail unless node uses only known properties of its type, with values of the right kind."""
    kind = node.get("@type")
    assert kind in VOCABULARY, f"{where}: unknown @type {kind!r}"
    missing = REQUIRED.get(kind, set()) - set(node)
    assert not missing, f"{where}/{kind} lacks {missing}"
    for prop, value in node.items():
        if prop.startswith("@"):
            continue
        assert prop in VOCABULARY[kind], f"{where}: {kind} has no property {prop!r}"
        _check_value(value, VOCABULARY[kind][prop], f"{where}/{prop}")


def test_claimreview_has_the_schema_org_shape(api: Api, demo: Ids) -> None:
    claim_id = demo["claim:trafficker-killed"]
    response = api("anonymous").get(f"/api/v1/claims/{claim_id}/claimreview/")
    assert response.status_code == 200
    review = response.json()
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    check_node(review)
    assert review["reviewRating"]["alternateName"] == "False"
    assert review["reviewRating"]["ratingValue"] == 1
    assert review["itemReviewed"]["author"]["name"] == "Initial press reports"
    assert review["itemReviewed"]["appearance"]["url"].startswith("https://")
    # The review is published on the claim's public page, not the API.
    assert review["url"].endswith(f"/claims/{claim_id}/")
    assert "/api/" not in review["url"]
    # First verdict recorded (the dispute) and the latest change: both dates of events.
    assert review["datePublished"] <= review["dateModified"]


def test_the_claim_is_dated_when_it_was_made_never_when_it_was_recorded(
    api: Api, demo: Ids
) -> None:
    """itemReviewed.datePublished is when the claim was made: its occurred_at, else the day
    the document that reported it was published; without either it is left out (the day the
    tracker recorded it says nothing about the claim). inLanguage is the claim's language."""
    trafficker = api("anonymous").get(
        f"/api/v1/claims/{demo['claim:trafficker-killed']}/claimreview/"
    )
    claim = api("anonymous").get(f"/api/v1/claims/{demo['claim:trafficker-killed']}/").json()
    assert trafficker.json()["itemReviewed"]["datePublished"] == claim["occurred_at"][:10]

    def reviewed(**extra: Any) -> dict[str, Any]:
        body = {
            "statement": "La tasa de homicidios fue de 34,5 por cada 100.000 habitantes.",
            "subject": "Guatemala",
            "attributed_to": demo["source:un"],
            "language": "es",
            **extra,
        }
        made = api("editor").post("/api/v1/claims/", body, format="json")
        assert made.status_code == 201, made.json()
        claim_id = made.json()["id"]
        confirmed = api("editor").post(
            f"/api/v1/claims/{claim_id}/confirm/",
            {"expected_version": 1, "reason": "The ministry's own series says so."},
            format="json",
        )
        assert confirmed.status_code == 200, confirmed.json()
        review = api("anonymous").get(f"/api/v1/claims/{claim_id}/claimreview/").json()
        check_node(review)
        return dict(review["itemReviewed"])

    published = reviewed(
        reported_in={"url": "https://prensa.example/nota", "published_at": "2013-03-05"}
    )
    assert published["datePublished"] == "2013-03-05"
    assert published["inLanguage"] == "es"
    undated = reviewed(reported_in={"url": "https://prensa.example/otra"})
    assert "datePublished" not in undated


@pytest.mark.parametrize(
    ("key", "status"),
    [
        ("homicide-rate-2012", "confirmed"),
        ("homicide-rate-2011", "reported"),
        ("organized-crime-share", "disputed"),
        ("trafficker-killed", "refuted"),
    ],
)
def test_ratings_follow_the_documented_mapping(api: Api, demo: Ids, key: str, status: str) -> None:
    response = api("reader").get(f"/api/v1/claims/{demo['claim:' + key]}/claimreview/")
    if status == "reported":
        # Nobody reviewed it: no rating, and the answer says why.
        assert response.status_code == 404
        assert "reviewed" in response.json()["detail"]
        return
    review = response.json()
    check_node(review)
    value, label = RATINGS[status]
    assert (review["reviewRating"]["ratingValue"], review["reviewRating"]["alternateName"]) == (
        value,
        label,
    )


def test_every_status_has_a_rating_within_the_scale() -> None:
    from claims.core.domain.claim import ClaimStatus

    assert set(RATINGS) == {s.value for s in ClaimStatus} - {"reported"}
    assert all(1 <= value <= 5 for value, _ in RATINGS.values())


def test_the_vocabulary_check_catches_mistakes() -> None:
    with pytest.raises(AssertionError):
        check_node({"@type": "ClaimReview", "claimReviewed": "x"})
    with pytest.raises(AssertionError):
        check_node(
            {
                "@type": "Rating",
                "ratingValue": "five",
                "bestRating": 5,
                "worstRating": 1,
                "alternateName": "x",
            }
        )


def test_the_feed_holds_every_reviewed_claim_and_no_other(api: Api, demo: Ids) -> None:
    from claims.core.models import Claim

    feed = api("anonymous").get("/api/v1/claimreview/?page_size=2")
    assert feed.status_code == 200
    body = feed.json()
    check_node({k: v for k, v in body.items() if k not in ("count", "next", "previous")})
    assert body["@type"] == "DataFeed"
    reviewed = set(Claim.objects.exclude(status="reported").values_list("id", flat=True))
    seen: list[str] = []
    while True:
        for review in body["dataFeedElement"]:
            check_node(review)
            seen.append(review["url"].rstrip("/").rsplit("/", 1)[-1])
        if not body["next"]:
            break
        body = api("anonymous").get(body["next"]).json()
    assert sorted(seen) == sorted(reviewed)
    assert demo["claim:homicide-rate-2011"] not in seen


def test_the_reviews_tag_changes_when_a_source_it_names_is_renamed(api: Api, demo: Ids) -> None:
    """The review shows its sources' names, which change apart from the claim: a client that
    kept the old tag gets the new name, not a 304."""
    url = f"/api/v1/claims/{demo['claim:homicide-rate-2012']}/claimreview/"
    first = api("anonymous").get(url)
    tag = first["ETag"]
    assert api("anonymous").get(url, HTTP_IF_NONE_MATCH=tag).status_code == 304
    source = f"/api/v1/sources/{demo['source:un']}/"
    version = api("editor").get(source).json()["version"]
    renamed = api("editor").patch(
        source, {"name": "UNODC"}, format="json", HTTP_IF_MATCH=f'"{version}"'
    )
    assert renamed.status_code == 200, renamed.json()
    again = api("anonymous").get(url, HTTP_IF_NONE_MATCH=tag)
    assert again.status_code == 200
    assert again.json()["itemReviewed"]["author"]["name"] == "UNODC"
    assert again["ETag"] != tag


def test_a_source_is_named_in_the_review_with_its_other_names(api: Api, demo: Ids) -> None:
    review = api("anonymous").get(
        f"/api/v1/claims/{demo['claim:organized-crime-share']}/claimreview/"
    )
    assert review.status_code == 200
    author = review.json()["itemReviewed"]["author"]
    check_node(author, "author")
    assert author["name"] == "Guatemalan officials"
    assert author["alternateName"] == [
        "funcionarios guatemaltecos",
        "autoridades guatemaltecas",
        "Guatemalan authorities",
    ]
    un = api("anonymous").get(f"/api/v1/claims/{demo['claim:homicide-rate-2012']}/claimreview/")
    assert "alternateName" not in un.json()["itemReviewed"]["author"]  # the UN has none


def test_a_reworded_claim_is_reviewed_as_it_was_made(api: Api, demo: Ids) -> None:
    """A correction that rewords the claim is the review's finding: claimReviewed stays what
    the source said (its author is still that source), reviewBody tells the correction; the
    feed says the same."""
    claim_id = demo["claim:organized-crime-share"]
    before = api("anonymous").get(f"/api/v1/claims/{claim_id}/").json()
    corrected = api("editor").post(
        f"/api/v1/claims/{claim_id}/correct/",
        {
            "expected_version": before["version"],
            "reason": "The officials' own report says about 40 percent.",
            "value": {"amount": "40", "unit": "percent", "qualifier": "approximately"},
            "statement": "Organized crime plays a part in about 40 percent of Guatemala's "
            "homicides.",
        },
        format="json",
    )
    assert corrected.status_code == 200, corrected.json()
    review = api("anonymous").get(f"/api/v1/claims/{claim_id}/claimreview/").json()
    check_node(review)
    assert review["claimReviewed"] == before["statement"]
    assert review["reviewBody"] == f"Corrected: {corrected.json()['statement']}"
    feed = api("anonymous").get("/api/v1/claimreview/?page_size=100").json()
    (listed,) = [r for r in feed["dataFeedElement"] if r["url"] == review["url"]]
    assert listed["claimReviewed"] == before["statement"]
    untouched = api("anonymous").get(
        f"/api/v1/claims/{demo['claim:trafficker-killed']}/claimreview/"
    )
    assert "reviewBody" not in untouched.json()


def test_a_corrected_figure_is_told_in_the_review_body(api: Api, demo: Ids) -> None:
    """A correction of the figure alone leaves the statement as it was made: the review says
    what the figure is now, or a reader of the review could not tell what was corrected."""
    claim_id = demo["claim:homicide-rate-2012"]
    before = api("anonymous").get(f"/api/v1/claims/{claim_id}/").json()
    corrected = api("editor").post(
        f"/api/v1/claims/{claim_id}/correct/",
        {
            "expected_version": before["version"],
            "reason": "The revised count.",
            "value": {**before["value"], "amount": "35.9", "qualifier": "approximately"},
        },
        format="json",
    )
    assert corrected.status_code == 200, corrected.json()
    review = api("anonymous").get(f"/api/v1/claims/{claim_id}/claimreview/").json()
    assert review["claimReviewed"] == before["statement"]
    assert review["reviewRating"]["alternateName"] == "Corrected"
    assert review["reviewBody"] == (
        f"Corrected: the figure is about 35.9 {before['value']['unit']}."
    )


def test_a_client_that_asks_for_json_ld_gets_it_as_such(api: Api, demo: Ids) -> None:
    url = f"/api/v1/claims/{demo['claim:trafficker-killed']}/claimreview/"
    client = api("anonymous")
    plain = client.get(url)
    assert plain["Content-Type"] == "application/json"
    for path in (url, "/api/v1/claimreview/"):
        ld = client.get(path, HTTP_ACCEPT="application/ld+json")
        assert ld.status_code == 200
        assert ld["Content-Type"] == "application/ld+json"
        assert ld.json()["@context"] == "https://schema.org"
    assert client.get(url, HTTP_ACCEPT="application/ld+json").content == plain.content
    missing = client.get(
        f"/api/v1/claims/{demo['claim:homicide-rate-2011']}/claimreview/",
        HTTP_ACCEPT="application/ld+json",
    )
    assert missing.status_code == 404  # a reported claim has no review, in any type


def test_reviews_name_the_public_address_when_one_is_set(
    api: Api, demo: Ids, settings: Any, client: Any
) -> None:
    claim_id = demo["claim:trafficker-killed"]
    page = f"/claims/{claim_id}/"
    assert api("anonymous").get(f"/api/v1/claims/{claim_id}/claimreview/").json()["url"] == (
        f"http://testserver{page}"
    )
    settings.CLAIMS_PUBLIC_BASE_URL = "https://claims.example.org/tracker"
    review = api("anonymous").get(f"/api/v1/claims/{claim_id}/claimreview/")
    assert review.json()["url"] == f"https://claims.example.org/tracker{page}"
    feed = api("anonymous").get("/api/v1/claimreview/").json()
    assert feed["url"] == "https://claims.example.org/tracker/claims/"
    assert all(
        r["url"].startswith("https://claims.example.org/tracker/claims/")
        for r in feed["dataFeedElement"]
    )
    html = client.get(page).content.decode()
    assert f'<link rel="canonical" href="https://claims.example.org/tracker{page}">' in html
    assert "testserver" not in html


def _verdict(api: Api, claim_id: str, action: str, **fields: Any) -> dict[str, Any]:
    """Run a command on the claim at its current version, as an editor; its answer."""
    now = api("anonymous").get(f"/api/v1/claims/{claim_id}/").json()
    answer = api("editor").post(
        f"/api/v1/claims/{claim_id}/{action}/",
        {"expected_version": now["version"], "reason": "Checked.", **fields},
        format="json",
    )
    assert answer.status_code == 200, answer.json()
    return dict(answer.json())


def _correct(api: Api, claim_id: str, **fields: Any) -> dict[str, Any]:
    return _verdict(api, claim_id, "correct", **fields)


def test_a_claim_corrected_back_has_no_review_body(api: Api, demo: Ids) -> None:
    """Reworded and then worded as reported again, or a figure corrected and then corrected
    back: nothing the source said is corrected, so the review tells no correction (it had
    said 'the figure is' the very figure that was claimed)."""
    claim_id = demo["claim:homicide-rate-2012"]
    before = api("anonymous").get(f"/api/v1/claims/{claim_id}/").json()
    _correct(api, claim_id, statement=before["statement"] + " (revised)")
    _correct(api, claim_id, statement=before["statement"])
    review = api("anonymous").get(f"/api/v1/claims/{claim_id}/claimreview/").json()
    assert review["reviewRating"]["alternateName"] == "Corrected"
    assert "reviewBody" not in review
    _correct(api, claim_id, value={**before["value"], "amount": "35.9"})
    moved = api("anonymous").get(f"/api/v1/claims/{claim_id}/claimreview/").json()
    assert moved["reviewBody"] == f"Corrected: the figure is 35.9 {before['value']['unit']}."
    _correct(api, claim_id, value=before["value"])
    back = api("anonymous").get(f"/api/v1/claims/{claim_id}/claimreview/").json()
    assert "reviewBody" not in back


def test_a_claim_confirmed_after_its_figure_was_corrected_is_not_rated_true(
    api: Api, demo: Ids
) -> None:
    """Confirming the corrected figure does not make the claim as made (claimReviewed, with
    its first figure) true: the review stays 'Corrected', and says what the figure is."""
    claim_id = demo["claim:homicide-rate-2012"]
    before = api("anonymous").get(f"/api/v1/claims/{claim_id}/").json()
    _correct(api, claim_id, value={**before["value"], "amount": "35.9"})
    _verdict(api, claim_id, "confirm")
    assert api("anonymous").get(f"/api/v1/claims/{claim_id}/").json()["status"] == "confirmed"
    review = api("anonymous").get(f"/api/v1/claims/{claim_id}/claimreview/").json()
    assert review["claimReviewed"] == before["statement"]
    assert (review["reviewRating"]["ratingValue"], review["reviewRating"]["alternateName"]) == (
        3,
        "Corrected",
    )
    assert review["reviewBody"] == f"Corrected: the figure is 35.9 {before['value']['unit']}."
    feed = api("anonymous").get("/api/v1/claimreview/?page_size=100").json()
    (listed,) = [r for r in feed["dataFeedElement"] if r["url"] == review["url"]]
    assert listed["reviewRating"]["alternateName"] == "Corrected"
    _verdict(api, claim_id, "reopen")
    _correct(api, claim_id, value=before["value"])  # (back to the figure claimed)
    _verdict(api, claim_id, "confirm")
    true = api("anonymous").get(f"/api/v1/claims/{claim_id}/claimreview/").json()
    assert true["reviewRating"]["alternateName"] == "True"
    assert "reviewBody" not in true


def test_a_spanish_claims_review_is_in_spanish(api: Api, demo: Ids) -> None:
    made = api("editor").post(
        "/api/v1/claims/",
        {
            "statement": "La tasa de homicidios fue de 16,1 por cada 100.000 habitantes en 2023.",
            "subject": "Guatemala",
            "value": {"amount": "16.1", "unit": "por cada 100.000 habitantes"},
            "period": {"start": "2023-01-01", "end": "2023-12-31"},
            "attributed_to": demo["source:un"],
            "language": "es",
        },
        format="json",
    )
    assert made.status_code == 201, made.json()
    claim_id = made.json()["id"]
    _correct(
        api,
        claim_id,
        value={
            "amount": "16.7",
            "unit": "por cada 100.000 habitantes",
            "qualifier": "approximately",
        },
    )
    review = api("anonymous").get(f"/api/v1/claims/{claim_id}/claimreview/").json()
    assert review["reviewRating"]["alternateName"] == "Corregido"
    assert review["reviewBody"] == (
        "Corregido: la cifra es alrededor de 16,7 por cada 100.000 habitantes."
    )
    _verdict(api, claim_id, "refute")
    refuted = api("anonymous").get(f"/api/v1/claims/{claim_id}/claimreview/").json()
    assert refuted["reviewRating"]["alternateName"] == "Falso"
    assert "reviewBody" not in refuted
