"""The public claim pages: the list (search, filters, as_of and known_at) and one claim's page.

Every read goes through `claims.core.selectors`; every text a user wrote reaches the page through
the template engine's escaping, and every link is http(s) only (anything else shows as text).
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe

from claims.api.claimreview import claim_review, is_reviewed, public_address
from claims.core import registry, selectors
from claims.public import forms as filters
from claims.public import pages
from claims.workspace import display

PAGE_SIZE = 50
STATUSES = list(display.STATUS_HELP)
# Events whose reason explains the status they leave the claim in.
VERDICTS = {"dispute", "decision", "danger"}


def ld_json(data: Any) -> SafeString:
    """JSON for a <script type="application/ld+json"> block: no character in it can close the
    element or open markup (<, >, & and the line separators are escaped as \\u sequences)."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=False)
    for char, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escaped)
    return mark_safe(text)  # noqa: S308 - no character above can end the script element


def _base(request: HttpRequest, title: str, moments: pages.Moments, **extra: Any) -> dict[str, Any]:
    return {
        "title": title,
        "moments": moments,
        "indicators_url": registry.public_indicator_url(None),
        **extra,
    }


@pages.public_read
def claim_list(request: HttpRequest) -> HttpResponse:
    """Every claim, filtered as the API filters them, now or at a moment."""
    try:
        moments = pages.moments(request)
    except pages.BadMoment as exc:
        return pages.bad_request(request, str(exc))
    form = filters.ClaimFilters(request.GET)
    if not form.is_valid():
        return pages.bad_request(
            request,
            "; ".join(f"{k}: {' '.join(str(m) for m in v)}" for k, v in form.errors.items()),
        )
    csv_url = _csv_address(request, form, moments)
    if request.GET.get("format") == "csv":
        return HttpResponseRedirect(csv_url)  # (the API serves the list as CSV)

    def render() -> HttpResponse:
        data = dict(form.cleaned_data)
        disputed = {"true": True, "false": False}.get(data.pop("disputed"))
        wanted = selectors.ClaimFilters(
            disputed=disputed, as_of=moments.as_of, known_at=moments.known_at, **data
        )
        paginator = Paginator(selectors.claim_list(wanted), PAGE_SIZE)
        try:
            page = paginator.page(request.GET.get("page") or 1)
        except Exception:  # an invalid or out-of-range page number
            page = paginator.page(1)
        documents = list(page.object_list)
        names = selectors.source_names(d.get("attributed_to") for d in documents)
        rows = [
            {
                "doc": d,
                "url": reverse("public-claim", args=[d["id"]]) + moments.query(),
                "value": display.value_text(d.get("value")) if d.get("value") else "no figure",
                "period": display.period_text(d.get("period")),
                "source": names.get(d.get("attributed_to") or "", d.get("attributed_to")),
            }
            for d in documents
        ]
        query = request.GET.copy()
        query.pop("page", None)
        ctx = _base(
            request,
            "Claims",
            moments,
            form=form,
            rows=rows,
            page=page,
            count=paginator.count,
            statuses=STATUSES,
            sources=selectors.sources_by_name(),
            query=query.urlencode(),
            csv_url=csv_url,
        )
        return TemplateResponse(request, "claims/public/claim_list.html", ctx).render()

    return pages.conditional(request, render)


def _csv_address(request: HttpRequest, form: filters.ClaimFilters, moments: pages.Moments) -> str:
    """The API's CSV of the claims this page lists: its filters as given (the API refuses an
    empty one, which a form sends), its moments as date-times."""
    params = {
        name: str(request.GET[name]).strip()
        for name in form.fields
        if str(request.GET.get(name, "")).strip()
    }
    for name, moment in (("as_of", moments.as_of), ("known_at", moments.known_at)):
        if moment is not None:
            params[name] = f"{display.as_of_param(moment)}Z"
    params["format"] = "csv"
    return f"{reverse('api-claim-list')}?{urlencode(params)}"


@pages.public_read
def claim_detail(request: HttpRequest, claim_id: str) -> HttpResponse:
    """One claim: its statement and status, figures, disputes, evidence, the timeline of
    decisions, its sources' track records, and links to what the page said at each moment."""
    try:
        moments = pages.moments(request)
    except pages.BadMoment as exc:
        return pages.bad_request(request, str(exc))

    def render() -> HttpResponse:
        return _render_claim(request, claim_id, moments)

    return pages.conditional(request, render)


def _chain(ids: Any, names: dict[str, str]) -> str:
    """The sources that relayed a claim or figure, in order: 'A, then B'."""
    return ", then ".join(names.get(i, i) for i in ids or [])


def _render_claim(request: HttpRequest, claim_id: str, moments: pages.Moments) -> HttpResponse:
    doc = selectors.claim_document(claim_id, moments.as_of, moments.known_at)
    if doc is None:
        if not selectors.claim_exists(claim_id):
            raise Http404("No such claim.")
        raise Http404("Nothing this claim reports had happened or been recorded by then.")
    events = [
        e
        for e in selectors.stream_events(claim_id)
        if e.event_type not in selectors.INTERNAL_EVENT_TYPES  # (the editors' notes: not public)
        and e.version <= doc["version"]
        and (moments.as_of is None or e.recorded_at <= moments.as_of)
        and (moments.known_at is None or (e.occurred_at or e.recorded_at) <= moments.known_at)
    ]
    named = {doc.get("attributed_to"), *(doc.get("relayed_by") or [])}
    named |= {f.get("source") for f in doc.get("figures", [])}
    named |= {r for f in doc.get("figures", []) for r in f.get("relayed_by") or []}
    named |= {d.get("by") for d in doc.get("disputes", [])}
    named |= display.sources_named(events)
    if doc.get("reported_in"):
        named.add(doc["reported_in"].get("publisher"))
    ids = [i for i in named if i]
    names = selectors.source_names(ids)
    timeline = display.timeline(events, names)
    # Why the claim stands as it does: the reason of the decision that left it so (none when
    # that decision gave none; never an earlier decision's, which its verdict overrode).
    verdict = next((r for r in reversed(timeline) if r.tone in VERDICTS), None)
    reason = verdict.reason if verdict is not None else ""
    here = reverse("public-claim", args=[claim_id])
    canonical = public_address(request, here)
    review = None
    # The review is published with the page as it stands now only: a past moment's page (its
    # verdict may differ) is the same claim at another URL, marked noindex, its canonical the
    # page now, and carries no review under that page's URL.
    if moments.now and is_reviewed(doc):
        first = selectors.first_reviewed([claim_id]).get(claim_id)
        review = ld_json(claim_review(doc, canonical, first))
    reported_in = doc.get("reported_in") or {}
    figures = [
        {
            "f": f,
            "source": names.get(f.get("source") or "", f.get("source")),
            "value": display.value_text(f.get("value")),
            "bounds": display.bounds_text(f.get("value")),
            "line": pages.number_line(f.get("value"), names.get(f.get("source") or "", "")),
            "link": pages.safe_link((f.get("reported_in") or {}).get("url")),
            "link_text": (f.get("reported_in") or {}).get("url") or "",
            "said_by": f.get("said_by") or "",
            "relayed": _chain(f.get("relayed_by"), names),
            "period": display.period_text(f["period"]) if f.get("period") else "",
        }
        for f in doc.get("figures", [])
    ]
    rows = sorted(
        selectors.sources(ids).values(), key=lambda r: (r.pk != doc.get("attributed_to"), r.name)
    )
    track = [{"source": row, "doc": selectors.source_document(row)} for row in rows]
    moments_links = [
        {
            "row": row,
            "known_at": f"{here}?known_at={display.as_of_param(row.occurred_at)}Z"
            if row.occurred_at
            else "",
            "as_of": f"{here}?as_of={row.as_of}Z",
        }
        for row in timeline
    ]
    ctx = _base(
        request,
        doc["statement"][:80],
        moments,
        doc=doc,
        status_help=display.status_help(doc),
        reason=reason,
        value=display.value_text(doc.get("value")) if doc.get("value") else "",
        said_by=doc.get("said_by") or "",
        relayed=_chain(doc.get("relayed_by"), names),
        period=display.period_text(doc.get("period")),
        attributed=names.get(doc.get("attributed_to") or "", doc.get("attributed_to")),
        reported_link=pages.safe_link(reported_in.get("url")),
        reported_text=reported_in.get("url") or "",
        reported_publisher=names.get(reported_in.get("publisher") or "", ""),
        reported_date=reported_in.get("published_at") or "",
        figures=figures,
        disputes=[
            {
                "d": d,
                "by": names.get(d.get("by") or "", d.get("by") or ""),
                "counter": display.value_text(d.get("counter_value"))
                if d.get("counter_value")
                else "",
                "link": pages.safe_link(d.get("evidence")),
            }
            for d in doc.get("disputes", [])
        ],
        evidence=[
            {
                "e": ev,
                "link": pages.safe_link(ev.get("url")),
                "given_with": display.GIVEN_WITH.get(ev.get("given_with") or "", ""),
            }
            for ev in doc.get("evidence", [])
        ],
        timeline=moments_links,
        track=track,
        indicator_url=registry.public_indicator_url(doc.get("indicator")),
        claimreview=review,
        canonical=canonical,
        here=here,
    )
    return TemplateResponse(request, "claims/public/claim_detail.html", ctx).render()
