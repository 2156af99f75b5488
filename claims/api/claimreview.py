"""schema.org ClaimReview JSON-LD for a reviewed claim, and the DataFeed of every one.

Only a claim an editor has reviewed has a ClaimReview: one whose status is anything but
`reported` (a report nobody has judged is not a review, so it gets no rating).

Status to rating (ratingValue on a 1-5 scale, bestRating 5, worstRating 1):

| status | ratingValue | alternateName |
|---|---|---|
| confirmed | 5 | True |
| corrected | 3 | Corrected |
| disputed | 2 | Disputed |
| refuted | 1 | False |
| retracted | 1 | Retracted |

A claim confirmed after a correction (its figure or wording no longer as claimed) is rated as
corrected: `claimReviewed` is the claim as made, which was not true as made. A Spanish claim's
`alternateName` and `reviewBody` are in Spanish (SPANISH_LABELS).

`author` is the tracker organisation (`settings.CLAIMS_ORGANIZATION_NAME`, default
"Claims Tracker", and `settings.CLAIMS_ORGANIZATION_URL` if set). `itemReviewed` (a schema.org
Claim) carries the attribution chain:

- `author`: who said it. The source the claim is attributed to (a Person for kind "person",
  else an Organization); when the claim names the person or body quoted (`said_by`) and that is
  not the source's own name, a list of both, the one quoted first.
- `contributor`: the sources that relayed it, in order (`relayed_by`).
- `appearance`: the document it was reported in (with its publisher).
- `claimReviewed` is the statement as first reported; when a correction reworded the claim,
  `reviewBody` says so ("Corrected: <the statement now>"), and when it corrected the figure
  alone, it gives the figure now ("Corrected: the figure is about 16.1 per 100,000 people.");
  a claim corrected back to what was reported has none.
- `datePublished`: when the claim was made — its `occurred_at`, else the day the document that
  reported it was published (absent when neither is known); `inLanguage`: the claim's language.

`url` is the claim's public
page; `datePublished` is when the first verdict was recorded (the first event that took the
claim out of `reported`) and `dateModified` when its latest event was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from django.conf import settings
from django.http import HttpRequest

from claims.core import selectors
from claims.core.domain.values import QUALIFIER_WORDS, QUALIFIER_WORDS_ES
from claims.core.models import Source

RATINGS: dict[str, tuple[int, str]] = {
    "confirmed": (5, "True"),
    "corrected": (3, "Corrected"),
    "disputed": (2, "Disputed"),
    "refuted": (1, "False"),
    "retracted": (1, "Retracted"),
}
BEST_RATING, WORST_RATING = 5, 1
# A rating's words in a Spanish claim's review: search engines show `alternateName` as the
# verdict, in the review's language.
SPANISH_LABELS: dict[str, str] = {
    "True": "Verdadero",
    "Corrected": "Corregido",
    "Disputed": "En disputa",
    "False": "Falso",
    "Retracted": "Retractado",
}


def public_address(request: HttpRequest, path: str) -> str:
    """The absolute address of a public page: under CLAIMS_PUBLIC_BASE_URL when it is set (a
    review names the page where readers find it, whichever host the request came in by), else
    on the request's own host."""
    base = settings.CLAIMS_PUBLIC_BASE_URL
    if base:
        return base + path
    return request.build_absolute_uri(path)


def _date(iso: str | None) -> str | None:
    return iso[:10] if iso else None


def _source(source_id: str | None, sources: dict[str, Source]) -> dict[str, Any] | None:
    source = sources.get(source_id or "")
    if source is None:
        return None
    node: dict[str, Any] = {
        "@type": "Person" if source.kind == "person" else "Organization",
        "name": source.name,
    }
    aliases = selectors.source_aliases(source)
    if aliases:
        node["alternateName"] = aliases
    same_as = [u for u in (source.url, _wikidata(source.wikidata_id)) if u]
    if same_as:
        node["sameAs"] = same_as
    return node


def _wikidata(qid: str) -> str:
    return f"https://www.wikidata.org/wiki/{qid}" if qid else ""


def chain_sources(document: dict[str, Any]) -> list[str]:
    """The ids of the sources a claim's review names: its source, relays and publisher."""
    reported_in = document.get("reported_in") or {}
    ids = [document.get("attributed_to"), *(document.get("relayed_by") or [])]
    ids.append(reported_in.get("publisher"))
    return [str(i) for i in ids if i]


def _author(document: dict[str, Any], sources: dict[str, Source]) -> Any:
    """Who said it: the source, and the person or body quoted when that is someone else."""
    source = _source(document.get("attributed_to"), sources)
    said_by = str(document.get("said_by") or "").strip()
    if not said_by or (source is not None and said_by.casefold() == source["name"].casefold()):
        return source
    # Free text cannot tell a person from a body: typed like the source it is attributed to.
    quoted = {"@type": source["@type"] if source is not None else "Organization", "name": said_by}
    return [quoted, source] if source is not None else quoted


UNREVIEWED = "reported"


def is_reviewed(document: dict[str, Any]) -> bool:
    """Whether an editor has given the claim a verdict (it then has a ClaimReview)."""
    return str(document.get("status")) != UNREVIEWED


def claim_review(
    document: dict[str, Any],
    url: str,
    first_reviewed: dt.datetime | None = None,
    sources: dict[str, Source] | None = None,
    reported: Mapping[str, selectors.AsReported] | None = None,
) -> dict[str, Any]:
    """Build the ClaimReview for a reviewed claim's API document, published at url.

    `first_reviewed`: when its first verdict was recorded (the claim's latest change if not
    given); `sources`: the sources it names, and `reported`: claims as first reported
    (selectors.as_reported), when the caller has them already.

    `claimReviewed` is the claim as it was made: a correction that reworded it is the
    review's finding, told in `reviewBody`, not words put in the source's mouth."""
    if reported is None:
        reported = selectors.as_reported([document["id"]])
    first = reported.get(str(document["id"]))
    as_made = first.statement if first is not None else document["statement"]
    reported_in = document.get("reported_in") or {}
    relays = [r for r in document.get("relayed_by") or [] if r]
    if sources is None:
        sources = selectors.sources(i for i in chain_sources(document) if i)
    spanish = document.get("language") == "es"
    body = _correction(document, first, spanish=spanish)
    # A claim confirmed after a correction is confirmed as corrected: the claim as it was made
    # (claimReviewed) had another figure or wording, so it is not rated true.
    status = "corrected" if body and document["status"] == "confirmed" else document["status"]
    rating, label = RATINGS.get(status, (3, str(status).capitalize()))
    if spanish:
        label = SPANISH_LABELS.get(label, label)
    item: dict[str, Any] = {"@type": "Claim"}
    author = _author(document, sources)
    if author is not None:
        item["author"] = author
    contributors = [node for node in (_source(r, sources) for r in relays) if node is not None]
    if contributors:
        item["contributor"] = contributors
    if reported_in.get("url") or reported_in.get("published_at"):
        appearance: dict[str, Any] = {"@type": "CreativeWork"}
        if reported_in.get("url"):
            appearance["url"] = reported_in["url"]
        if reported_in.get("title"):
            appearance["headline"] = reported_in["title"]
        if reported_in.get("published_at"):
            appearance["datePublished"] = reported_in["published_at"]
        publisher = _source(reported_in.get("publisher"), sources)
        if publisher is not None:
            appearance["publisher"] = publisher
        item["appearance"] = appearance
    # When the claim was made: when it happened or was said, else the day the document that
    # reported it was published; never the day the tracker recorded it.
    said_on = _date(document.get("occurred_at")) or reported_in.get("published_at")
    if said_on:
        item["datePublished"] = said_on
    if document.get("language"):
        item["inLanguage"] = document["language"]
    organisation: dict[str, Any] = {
        "@type": "Organization",
        "name": getattr(settings, "CLAIMS_ORGANIZATION_NAME", "Claims Tracker"),
    }
    org_url = getattr(settings, "CLAIMS_ORGANIZATION_URL", "")
    if org_url:
        organisation["url"] = org_url
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": as_made,
        "itemReviewed": item,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": rating,
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
            "alternateName": label,
        },
        "author": organisation,
        "datePublished": first_reviewed.date().isoformat()
        if first_reviewed is not None
        else _date(document["updated_at"]),
        "dateModified": _date(document["updated_at"]),
    }
    if body:
        review["reviewBody"] = body
    return review


def _correction(
    document: Mapping[str, Any], first: selectors.AsReported | None, *, spanish: bool = False
) -> str:
    """What a correction found, told against the claim as it was reported: the statement
    now, when it was reworded; else the figure now, when a correction changed it and the
    claim stands corrected or confirmed ('' when nothing reported was changed: a claim
    corrected back, say). In Spanish for a Spanish claim."""
    if first is None:
        return ""
    lead = "Corregido" if spanish else "Corrected"
    if first.statement != document["statement"]:
        return f"{lead}: {document['statement']}"
    if document["status"] not in ("corrected", "confirmed"):
        return ""
    value = document.get("value")
    if value and first.figure_differs(value):
        if spanish:
            return f"{lead}: la cifra es {_figure_words(value, spanish=True)}."
        return f"{lead}: the figure is {_figure_words(value)}."
    return ""


def _figure_words(value: Mapping[str, Any], *, spanish: bool = False) -> str:
    """'about 16.1 per 100,000 people' from a claim document's value ('alrededor de 16,1 …'
    in Spanish, its decimal point a comma)."""
    words = QUALIFIER_WORDS_ES if spanish else QUALIFIER_WORDS
    hedge = words.get(str(value.get("qualifier") or ""), "")
    amount = str(value.get("amount"))
    if spanish:
        amount = amount.replace(".", ",")
    return " ".join(w for w in (hedge, amount, str(value.get("unit"))) if w)


def data_feed(reviews: list[dict[str, Any]], url: str, modified: str | None) -> dict[str, Any]:
    """A schema.org DataFeed holding ClaimReviews (one page of them)."""
    feed: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "DataFeed",
        "name": f"{getattr(settings, 'CLAIMS_ORGANIZATION_NAME', 'Claims Tracker')}: claim reviews",
        "url": url,
        "dataFeedElement": [{k: v for k, v in r.items() if k != "@context"} for r in reviews],
    }
    if modified:
        feed["dateModified"] = modified
    return feed
