"""The editors' workspace: review queue, claim page, one view per operation, sources, as-of.

Every write follows `UserAdmin.user_change_password`: check the role, validate a dedicated form,
call one service, add a message, redirect. The form carries the claim version the page showed;
a stale one is refused by the event store and nothing is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

from django.contrib import admin, messages
from django.contrib.admin.options import ModelAdmin
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.module_loading import import_string

from claims.core import commands, models, registry, roles, selectors, services
from claims.core.commands import COMMANDS, Spec
from claims.core.domain.errors import CommandRejected
from claims.core.eventstore import ConcurrencyError
from claims.workspace import display, links, queue
from claims.workspace.forms import ClaimOperationForm, OperationForm, UpdateSourceForm
from claims.workspace.links import claim_url, source_url, workspace_links
from claims.workspace.operations import OPERATIONS, Operation

STALE_MESSAGE = "This claim changed since you opened it: version {current} is current."
FIGURE_STATUS_ORDER = {
    "confirmed": 0,
    "reported": 1,
    "superseded": 2,
    "rejected": 3,
    "withdrawn": 4,
}


def stale_message(current: int) -> str:
    return STALE_MESSAGE.format(current=current)


# --- Shared helpers ---------------------------------------------------------------------------


def page_context(
    request: HttpRequest, model_admin: ModelAdmin[Any], title: str, **extra: Any
) -> dict[str, Any]:
    """What every workspace page's template gets: the admin's site context and our links."""
    links = workspace_links()
    return {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": title,
        "links": links,
        "review_url": links["review"],
        **extra,
    }


def require_view(request: HttpRequest, model_admin: ModelAdmin[Any]) -> None:
    if not model_admin.has_view_permission(request):
        raise PermissionDenied


def require_read(request: HttpRequest, model_admin: ModelAdmin[Any]) -> None:
    """Pages that only show: a POST to them (a change form's URL) is refused like the admin."""
    if request.method not in ("GET", "HEAD"):
        raise PermissionDenied
    require_view(request, model_admin)


def require_role(request: HttpRequest, command: str) -> None:
    if not commands.can(request.user, command):
        raise PermissionDenied


def request_context(request: HttpRequest, occurred_at: dt.datetime | None) -> services.Context:
    """Who asks: the signed-in user and this request, never anything from the form."""
    return services.Context(
        actor=request.user.get_username(),
        request_id=getattr(request, "request_id", None),
        occurred_at=occurred_at,
    )


def as_of_from(request: HttpRequest) -> tuple[dt.datetime | None, str]:
    raw = request.GET.get("as_of", "")
    try:
        return display.parse_as_of(raw), raw
    except ValueError:
        messages.error(request, f"“{raw[:40]}” is not a date and time; showing now instead.")
        return None, ""


def picker_value(as_of: dt.datetime | None) -> str:
    """The value of a datetime-local input: as-of (or now) in UTC, to the second."""
    return (as_of or timezone.now()).astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S")


# --- The claim page ----------------------------------------------------------------------------


def _doc_view(doc: Mapping[str, Any] | None, names: Mapping[str, str]) -> dict[str, Any] | None:
    if not doc or not any(doc.get(k) for k in ("url", "title", "publisher", "published_at")):
        return None
    publisher = doc.get("publisher")
    return {
        "url": display.http_url(doc.get("url")),
        "title": doc.get("title") or doc.get("url") or "",
        "publisher": names.get(publisher, publisher) if publisher else "",
        "publisher_url": source_url(publisher),
        "published_at": doc.get("published_at"),
    }


def source_ids_of(doc: Mapping[str, Any]) -> set[str]:
    ids = {doc.get("attributed_to"), *(doc.get("relayed_by") or [])}
    ids |= {f.get("source") for f in doc.get("figures", [])}
    ids |= {r for f in doc.get("figures", []) for r in f.get("relayed_by") or []}
    ids |= {d.get("by") for d in doc.get("disputes", [])}
    ids |= {(f.get("reported_in") or {}).get("publisher") for f in doc.get("figures", [])}
    ids.add((doc.get("reported_in") or {}).get("publisher"))
    return {i for i in ids if i}


def _relays(ids: Any, names: Mapping[str, str]) -> list[dict[str, str]]:
    """The sources that relayed a claim or figure, in order, with their names and links."""
    return [{"name": names.get(i, i), "url": source_url(i) or ""} for i in ids or []]


def claim_view(doc: Mapping[str, Any], names: Mapping[str, str]) -> dict[str, Any]:
    """The claim document with names, words and links the template shows."""
    figure_labels = {}
    figures = []
    for f in doc.get("figures", []):
        label = f"{display.value_text(f['value'])} — {names.get(f['source'], f['source'])}"
        figure_labels[f["id"]] = label
        figures.append(
            {
                **f,
                "source_name": names.get(f["source"], f["source"]),
                "source_url": source_url(f["source"]),
                "value_text": display.value_text(f["value"]),
                "bounds": display.bounds_text(f["value"]),
                "qualifier": display.qualifier_word(f["value"]["qualifier"]) or "exact",
                "document": _doc_view(f.get("reported_in"), names),
                "added": display.moment(f.get("added_at")),
                "said_by": f.get("said_by") or "",
                "relays": _relays(f.get("relayed_by"), names),
                "period_text": display.period_text(f["period"]) if f.get("period") else "",
            }
        )
    figures.sort(key=lambda f: (not f["is_primary"], FIGURE_STATUS_ORDER.get(f["status"], 9)))
    disputes = [
        {
            **d,
            "by_name": names.get(d["by"], d["by"]) if d.get("by") else "",
            "by_url": source_url(d.get("by")),
            "evidence": display.http_url(d.get("evidence")),
            "counter_text": display.value_text(d["counter_value"])
            if d.get("counter_value")
            else "",
            "accepted_label": figure_labels.get(d.get("accepted_figure") or "", ""),
            "opened": display.moment(d.get("opened_at")),
            "resolved": display.moment(d.get("resolved_at")),
        }
        for d in doc.get("disputes", [])
    ]
    disputes.sort(key=lambda d: (d["status"] != "open", d["opened"] or timezone.now()))
    # (a figure given for another period is that period's: it does not compete with the claim's)
    live = [
        f
        for f in figures
        if f["status"] not in ("rejected", "withdrawn")
        and (not f.get("period") or f.get("period") == doc.get("period"))
    ]
    spread = None
    if len(live) > 1:
        amounts = [Decimal(f["value"]["amount"]) for f in live]
        pct = selectors.spread_pct(amounts)
        spread = {
            "low": min(amounts).normalize(),
            "high": max(amounts).normalize(),
            "pct": pct,
            "tolerance": registry.indicator_tolerances().get(doc.get("indicator") or ""),
        }
    value = doc.get("value")
    return {
        **doc,
        "is_proposition": value is None,
        "value_text": display.value_text(value) if value else display.PROPOSITION,
        "bounds": display.bounds_text(value),
        "qualifier": (display.qualifier_word(value["qualifier"]) or "exact") if value else "",
        "period_text": display.period_text(doc.get("period")),
        "attributed_name": names.get(doc["attributed_to"], doc["attributed_to"]),
        "attributed_url": source_url(doc["attributed_to"]),
        "said_by": doc.get("said_by") or "",
        "relays": _relays(doc.get("relayed_by"), names),
        "document_view": _doc_view(doc.get("reported_in"), names),
        "indicator_url": registry.indicator_url(doc.get("indicator")),
        "status_help": display.status_help(doc),
        "figures": figures,
        "disputes": disputes,
        "evidence": [
            {
                **ev,
                "url": display.http_url(ev.get("url")),
                "text": ev.get("title") or ev.get("url"),
                "origin": display.evidence_origin(ev),
            }
            for ev in doc.get("evidence", [])
        ],
        "spread": spread,
        "created": display.moment(doc.get("created_at")),
        "updated": display.moment(doc.get("updated_at")),
        "occurred": display.moment(doc.get("occurred_at")),
    }


def _form_for(
    op: Operation, doc: Mapping[str, Any], data: Any = None, user: Any = None
) -> ClaimOperationForm:
    initial = {}
    if op.name == "assign" and user is not None and commands.can(user, "assign"):
        initial["assignee"] = user.get_username()  # "assign to me" is the usual choice
    return op.form(data, claim=doc, spec=op.spec, auto_id=f"id_{op.slug}_%s", initial=initial)


def available_operations(request: HttpRequest, doc: Mapping[str, Any]) -> list[Operation]:
    allowed = commands.allowed(request.user)
    return [op for op in OPERATIONS if op.name in allowed and op.applies(doc)]


def claim_page(request: HttpRequest, model_admin: ModelAdmin[Any], claim_id: str) -> HttpResponse:
    """Current state (or as of a moment), figures, disputes, evidence, timeline, operations."""
    require_read(request, model_admin)
    as_of, raw_as_of = as_of_from(request)
    current = selectors.claim_document(claim_id)
    if current is None:
        raise Http404("No such claim.")
    doc = current if as_of is None else selectors.claim_document(claim_id, as_of)
    records = selectors.stream_events(claim_id, until=as_of)
    shown = doc or current
    names = display.source_names(
        source_ids_of(current) | source_ids_of(shown) | display.sources_named(records)
    )
    operations = [] if as_of is not None else available_operations(request, current)
    held = roles.roles_of(request.user)
    from claims.workspace import citations  # it builds on this module's helpers

    ctx = page_context(
        request,
        model_admin,
        current["statement"],
        claim=claim_view(shown, names),
        current_version=current["version"],
        existed=doc is not None,
        as_of=as_of,
        as_of_raw=raw_as_of,
        picker=picker_value(as_of),
        timeline=display.timeline(records, names),
        operations=[
            {
                "op": op,
                "form": _form_for(op, current, user=request.user),
                "url": links.admin_url(models.Claim, op.slug, claim_id),
            }
            for op in operations
        ],
        decisions=[op for op in operations if op.decision],
        role=(
            "editor" if "editor" in held else "contributor" if "contributor" in held else "reader"
        ),
        stale_panel=citations.stale_panel(request, claim_id),
        cited_by=citations.cited_by(claim_id),
    )
    return TemplateResponse(request, "claims/admin/claim.html", ctx)


# --- One view per operation ---------------------------------------------------------------------


def operation_view(
    request: HttpRequest, model_admin: ModelAdmin[Any], claim_id: str, op: Operation
) -> HttpResponse:
    """GET: the operation's own page. POST: one service call, message, redirect."""
    require_view(request, model_admin)
    require_role(request, op.name)
    doc = selectors.claim_document(claim_id)
    if doc is None:
        raise Http404("No such claim.")
    if request.method != "POST":
        return _operation_page(request, model_admin, op, doc, _form_for(op, doc, user=request.user))
    opened_at = _int(request.POST.get("expected_version"))
    if opened_at is not None and opened_at != doc["version"]:
        # Stale before anything else: the form's choices follow the claim as it is now.
        return _stale(request, model_admin, op, doc, opened_at)
    form = _form_for(op, doc, request.POST)
    if not form.is_valid():
        return _operation_page(request, model_admin, op, doc, form)
    expected = form.cleaned_data["expected_version"]
    try:
        result = op.run(claim_id, form, request_context(request, form.occurred_at()), expected)
    except ConcurrencyError:
        # Another decision landed between reading the claim and appending (a race).
        return _stale(request, model_admin, op, selectors.claim_document(claim_id) or doc, expected)
    except CommandRejected as exc:
        form.add_domain_error(exc)
        return _operation_page(request, model_admin, op, doc, form)
    messages.success(
        request,
        f"{op.done} Recorded as version {result.version} by {request.user.get_username()}.",
    )
    return HttpResponseRedirect(claim_url(claim_id))


def _int(raw: str | None) -> int | None:
    try:
        return int(raw) if raw is not None else None
    except ValueError:
        return None


def _stale(
    request: HttpRequest,
    model_admin: ModelAdmin[Any],
    op: Operation,
    doc: dict[str, Any],
    opened_at: int,
) -> HttpResponse:
    """Refuse a decision based on an old version: say which is current, write nothing."""
    messages.error(
        request,
        f"{stale_message(doc['version'])} Nothing was saved. Review what changed, then "
        "submit again if your decision still holds.",
    )
    # The form comes back on the current version: submitting it again is a new decision.
    data = request.POST.copy()
    data["expected_version"] = str(doc["version"])
    form = _form_for(op, doc, data)
    changes = _changes_since(str(doc["id"]), opened_at)
    return _operation_page(request, model_admin, op, doc, form, changes=changes, status=409)


def _operation_page(
    request: HttpRequest,
    model_admin: ModelAdmin[Any],
    op: Operation,
    doc: dict[str, Any],
    form: ClaimOperationForm,
    *,
    changes: Sequence[display.TimelineRow] = (),
    status: int = 200,
) -> HttpResponse:
    names = display.source_names(source_ids_of(doc))
    ctx = page_context(
        request,
        model_admin,
        op.title,
        operation=op,
        form=form,
        claim=claim_view(doc, names),
        claim_url=claim_url(str(doc["id"])),
        changes=changes,
        applies=op.applies(doc),
    )
    return TemplateResponse(request, "claims/admin/operation.html", ctx, status=status)


def _changes_since(claim_id: str, version: int) -> list[display.TimelineRow]:
    records = selectors.stream_events(claim_id, after_version=version)
    names = display.source_names(display.sources_named(records))
    return display.timeline(records, names)


# --- Creating claims and sources ----------------------------------------------------------------


def _create_view(
    request: HttpRequest,
    model_admin: ModelAdmin[Any],
    *,
    spec: Spec,
    title: str,
    intro: str,
    done: str,
    redirect_to: Callable[[Any], str],
) -> HttpResponse:
    """A page that starts a new claim or source: the command's form, its service, a redirect."""
    require_view(request, model_admin)
    require_role(request, spec.name)
    assert spec.form is not None
    form_class: type[OperationForm] = import_string(spec.form)
    if request.method == "POST":
        form = form_class(request.POST, spec=spec)
        if form.is_valid():
            try:
                result = spec.run(form.command, request_context(request, form.occurred_at()))
            except CommandRejected as exc:
                form.add_domain_error(exc)
            else:
                messages.success(request, done)
                return HttpResponseRedirect(redirect_to(result.state))
    else:
        form = form_class(spec=spec)
    ctx = page_context(request, model_admin, title, form=form, intro=intro)
    return TemplateResponse(request, "claims/admin/create.html", ctx)


def report_claim(request: HttpRequest, model_admin: ModelAdmin[Any]) -> HttpResponse:
    return _create_view(
        request,
        model_admin,
        spec=COMMANDS["report"],
        title="Report a claim",
        intro="Record a claim a report makes: the figure, who made it and where it was seen.",
        done="Claim reported.",
        redirect_to=lambda state: claim_url(state.claim_id),
    )


def register_source(request: HttpRequest, model_admin: ModelAdmin[Any]) -> HttpResponse:
    return _create_view(
        request,
        model_admin,
        spec=COMMANDS["register_source"],
        title="Register a source",
        intro="Who says things: an organization, government body, person, publication or NGO.",
        done="Source registered.",
        redirect_to=lambda state: links.admin_url(models.Source, "change", state.source_id),
    )


def edit_source(request: HttpRequest, model_admin: ModelAdmin[Any], source_id: str) -> HttpResponse:
    """GET: the source's fields as they stand. POST: one update, as of the version opened."""
    require_view(request, model_admin)
    spec = COMMANDS["update_source"]
    require_role(request, spec.name)
    row = selectors.source(source_id)
    if row is None:
        raise Http404("No such source.")
    page = links.admin_url(models.Source, "change", source_id)
    status = 200
    changes: list[tuple[str, str]] = []
    if request.method != "POST":
        form = UpdateSourceForm(initial=_source_initial(row), spec=spec)
    else:
        form = UpdateSourceForm(request.POST, spec=spec)
        if form.is_valid():
            expected = form.cleaned_data["expected_version"]
            try:
                result = spec.run(source_id, form.command, request_context(request, None), expected)
            except ConcurrencyError:
                # Someone changed the source since the form was opened (or between reading it
                # and appending): save nothing, keep what the editor typed, and base a second
                # submit on the version now current, after they have looked at it.
                status = 409
                current = selectors.source(source_id) or row
                messages.error(
                    request,
                    f"This source changed since you opened it: version {current.version} is "
                    "current. Nothing was saved. Your changes are kept below; check the source "
                    "as it stands, then save again if they still hold.",
                )
                data = request.POST.copy()
                data["expected_version"] = str(current.version)
                form = UpdateSourceForm(data, spec=spec)
                changes = _source_now(current)
            except CommandRejected as exc:
                form.add_domain_error(exc)
            else:
                messages.success(
                    request,
                    f"Source updated. Recorded as version {result.version} by "
                    f"{request.user.get_username()}.",
                )
                return HttpResponseRedirect(page)
    ctx = page_context(
        request,
        model_admin,
        f"Edit {row.name}",
        form=form,
        intro="Change what the tracker knows about this source. Articles that name it by one of "
        "its other names are matched to it on import. Its record of claims stays as it is.",
        submit="Save changes",
        cancel_url=page,
        current=changes,
    )
    return TemplateResponse(request, "claims/admin/create.html", ctx, status=status)


def _source_now(current: models.Source) -> list[tuple[str, str]]:
    """The source as it stands now, field by field (label, value), for an editor whose form was
    based on an older version."""
    shown = _source_initial(current)
    labels = {"name": "Name", "kind": "Kind", "url": "Website", "wikidata_id": "Wikidata id"}
    rows = [(label, str(shown[key]) or "—") for key, label in labels.items()]
    rows.append(("Other names", " · ".join(selectors.source_aliases(current)) or "—"))
    return rows


def _source_initial(row: models.Source) -> dict[str, Any]:
    """The edit form's values: the source as it stands, at its version."""
    return {
        "name": row.name,
        "kind": row.kind,
        "url": row.url,
        "wikidata_id": row.wikidata_id,
        "aliases": "\n".join(selectors.source_aliases(row)),
        "expected_version": row.version,
    }


# --- Review queue -------------------------------------------------------------------------------


def _choice_counts(
    entries: Sequence[selectors.QueueItem], key: Any, names: Mapping[str, str] | None = None
) -> list[tuple[str, str, int]]:
    counted: dict[str, int] = {}
    for entry in entries:
        for value in key(entry):
            if value:
                counted[value] = counted.get(value, 0) + 1
    label = (lambda v: names.get(v, v)) if names else (lambda v: v)
    return sorted(((v, label(v), n) for v, n in counted.items()), key=lambda t: t[1].lower())


def review_queue(request: HttpRequest, model_admin: ModelAdmin[Any]) -> HttpResponse:
    """Claims that need a decision, oldest first, with filters."""
    require_view(request, model_admin)
    from claims.workspace import citations  # it builds on this module's helpers

    username = request.user.get_username()
    filters = queue.Filters.from_query(request.GET)
    everything = selectors.review_queue()
    shown = queue.apply(everything, filters, username)
    names = display.source_names(s for e in everything for s in e.sources)
    rows = [
        {
            "item": e,
            "claim": e.claim,
            "url": claim_url(e.claim.pk),
            "value_text": display.value_text(e.claim.document.get("value")),
            "period_text": display.period_text(e.claim.document.get("period")),
            "source_name": names.get(e.claim.attributed_to_id, e.claim.attributed_to_id),
            "n_sources": len(e.sources),
            "indicator_url": registry.indicator_url(e.claim.indicator),
        }
        for e in shown
    ]

    def link(**changes: str) -> str:
        params = {
            "mine": "1" if filters.mine else "",
            "indicator": filters.indicator,
            "subject": filters.subject,
            "source": filters.source,
            **changes,
        }
        query = urlencode({k: v for k, v in params.items() if v})
        return f"?{query}" if query else "?"

    facets = [
        (
            "Indicator",
            "indicator",
            filters.indicator,
            _choice_counts(everything, lambda e: [e.claim.indicator]),
        ),
        (
            "Subject",
            "subject",
            filters.subject,
            _choice_counts(everything, lambda e: [e.claim.subject]),
        ),
        (
            "Source",
            "source",
            filters.source,
            _choice_counts(everything, lambda e: e.sources, names),
        ),
    ]
    facet_links = [
        {
            "title": title,
            "all": {"url": link(**{param: ""}), "selected": not current},
            "choices": [
                {
                    "url": link(**{param: value}),
                    "label": label,
                    "count": n,
                    "selected": value == current,
                }
                for value, label, n in choices
            ],
        }
        for title, param, current, choices in facets
    ]
    mine_count = sum(1 for e in everything if e.claim.assignee == username)
    ctx = page_context(
        request,
        model_admin,
        "Review queue",
        rows=rows,
        total=len(everything),
        filters=filters,
        facets=facet_links,
        mine_links={
            "all": link(mine=""),
            "mine": link(mine="1"),
            "count": mine_count,
        },
        clear_url="?",
        can_decide=commands.can(request.user, "resolve"),
        stale_panel=citations.stale_panel(request),
    )
    return TemplateResponse(request, "claims/admin/review_queue.html", ctx)


# --- The changelist as of a moment ---------------------------------------------------------------


def claims_as_of(request: HttpRequest, model_admin: ModelAdmin[Any]) -> HttpResponse:
    """The claims as the tracker held them at a moment of transaction time (ClaimVersion)."""
    require_view(request, model_admin)
    as_of, _ = as_of_from(request)
    if as_of is None:
        return HttpResponseRedirect(workspace_links()["claims"])
    status = request.GET.get("status", "")[:20]
    query = request.GET.get("q", "").strip()[:200]
    claims = selectors.claim_list(selectors.ClaimFilters(status=status, q=query, as_of=as_of))
    page = Paginator(claims, 100).get_page(request.GET.get("p"))
    docs: list[dict[str, Any]] = list(page)
    current = selectors.current_versions(d["id"] for d in docs)
    names = display.source_names(d["attributed_to"] for d in docs)
    entries = [
        {
            "claim": d,
            "url": claim_url(d["id"], as_of),
            "value_text": display.value_text(d.get("value")),
            "source_name": names.get(d["attributed_to"], d["attributed_to"]),
            "current_version": current.get(d["id"]),
            "valid_from": display.moment(d.get("updated_at")),
        }
        for d in docs
    ]
    ctx = page_context(
        request,
        model_admin,
        "Claims as of a moment",
        entries=entries,
        page=page,
        as_of=as_of,
        picker=picker_value(as_of),
        status=status,
        query=query,
        statuses=list(display.STATUS_HELP),
        now_count=selectors.claim_count(),
    )
    return TemplateResponse(request, "claims/admin/claims_as_of.html", ctx)


# --- Sources ------------------------------------------------------------------------------------


def _reported_figure(reported: selectors.AsReported | None, claim: models.Claim) -> str:
    """'45 percent' when the claim's figure is no longer the one its source reported, else ''."""
    value = claim.document.get("value")
    if reported is None or reported.amount is None or value is None:  # a recast is no correction
        return ""
    if not reported.figure_differs(value):
        return ""
    return display.value_text(
        {
            "amount": reported.amount.normalize(),
            "unit": reported.unit,
            "qualifier": reported.qualifier,
        }
    )


def source_page(request: HttpRequest, model_admin: ModelAdmin[Any], source_id: str) -> HttpResponse:
    """A source's track record: counts, reliability, and its claims, figures and disputes."""
    require_read(request, model_admin)
    record = selectors.track_record(source_id)
    if record is None:
        raise Http404("No such source.")
    source = record.source
    as_reported = selectors.as_reported(cl.pk for cl in record.claims)
    ctx = page_context(
        request,
        model_admin,
        source.name,
        source=source,
        source_link=display.http_url(source.url),
        stats=record.stats,
        reliability=record.reliability,
        claims=[
            {
                "claim": cl,
                "url": claim_url(cl.pk),
                "value_text": display.value_text(cl.document.get("value")),
                # The figure the source gave, when a correction replaced it: the list is the
                # source's record, and the claim's value now is not what it said.
                "reported_text": _reported_figure(as_reported.get(str(cl.pk)), cl),
                "period_text": display.period_text(cl.document.get("period")),
            }
            for cl in record.claims
        ],
        figures=[
            {
                "figure": f,
                "url": claim_url(f.claim_id),
                "value_text": display.value_text(
                    {"amount": f.amount.normalize(), "unit": f.unit, "qualifier": f.qualifier}
                ),
            }
            for f in record.figures
        ],
        disputes=[{"dispute": d, "url": claim_url(d.claim_id)} for d in record.disputes],
        timeline=display.timeline(selectors.stream_events(source_id), {}),
        can_register=commands.can(request.user, "register_source"),
        aliases=selectors.source_aliases(source),
        edit_url=links.admin_url(models.Source, "edit", source_id)
        if commands.can(request.user, "update_source")
        else "",
    )
    return TemplateResponse(request, "claims/admin/source.html", ctx)


def site_review_queue(request: HttpRequest) -> HttpResponse:
    """The queue at /admin/review/, served by the Claim admin's permissions."""
    return review_queue(request, admin.site._registry[models.Claim])
