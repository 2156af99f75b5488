"""Citations in the editors' workspace: who relied on a claim, which of them are stale, the diff
of what they published against what is known now, and the acknowledge operation.

The "Stale citations" panel sits on the review queue (every stale citation) and on each claim
page (that claim's), with the changed fields side by side; the claim page also lists everyone
who cited the claim. Acknowledging is an operation like the others: role check, one service
call (the command table's `acknowledge_citation`), a message, a redirect.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.admin.options import ModelAdmin
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST

from claims.core import commands, models, selectors
from claims.core.commands import COMMANDS
from claims.core.domain.errors import CommandRejected
from claims.core.eventstore import ConcurrencyError
from claims.workspace import display, links, views

FIELD_LABELS = {
    "status": "Status",
    "statement": "Statement",
    "value.amount": "Amount",
    "value.unit": "Unit",
    "value.qualifier": "Qualifier",
    "value.lower": "Lower bound",
    "value.upper": "Upper bound",
}


def citation_url(citation_id: str) -> str:
    return links.admin_url(models.Citation, "change", citation_id)


def acknowledge_url(citation_id: str) -> str:
    return links.admin_url(models.Citation, "acknowledge", citation_id)


def _changes(changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**c, "label": FIELD_LABELS.get(c["field"], c["field"])} for c in changes]


def stale_panel(request: HttpRequest, claim_id: str | None = None) -> dict[str, Any]:
    """The "Stale citations" panel: each stale citation (of one claim, or all) with what changed
    in its claim since the version it relied on."""
    rows = []
    for row in selectors.stale_citations(claim_id):
        diff = selectors.citation_diff(row.pk)
        rows.append(
            {
                "citation": row,
                "url": citation_url(row.pk),
                "claim_url": links.claim_url(row.claim_id),
                "statement": row.claim.statement,
                "changes": _changes(diff.changes) if diff else [],
                "acknowledge_url": acknowledge_url(row.pk),
            }
        )
    return {
        "rows": rows,
        "can_acknowledge": commands.can(request.user, "acknowledge_citation"),
        "claim_id": claim_id,
    }


def cited_by(claim_id: str) -> list[dict[str, Any]]:
    """Everyone who cited the claim, oldest first, stale or not."""
    return [
        {"citation": row, "url": citation_url(row.pk)}
        for row in selectors.citation_list(claim=claim_id)
    ]


def citation_page(
    request: HttpRequest, model_admin: ModelAdmin[Any], citation_id: str
) -> HttpResponse:
    """The claim as the citation relied on it beside the claim now, and the events between."""
    views.require_read(request, model_admin)
    diff = selectors.citation_diff(citation_id)
    if diff is None:
        raise Http404("No such citation.")
    names = display.source_names(
        views.source_ids_of(diff.as_published)
        | views.source_ids_of(diff.now)
        | display.sources_named(diff.events)
    )
    row = diff.citation
    ctx = views.page_context(
        request,
        model_admin,
        f"Citation: {row.title or row.url}",
        citation=row,
        then=views.claim_view(diff.as_published, names),
        now=views.claim_view(diff.now, names),
        changes=_changes(diff.changes),
        changed_fields={c["field"] for c in diff.changes},
        timeline=display.timeline(diff.events, names),
        claim_url=links.claim_url(row.claim_id),
        acknowledge_url=acknowledge_url(row.pk),
        can_acknowledge=commands.can(request.user, "acknowledge_citation"),
    )
    return TemplateResponse(request, "claims/admin/citation.html", ctx)


@require_POST
def acknowledge(
    request: HttpRequest, model_admin: ModelAdmin[Any], citation_id: str
) -> HttpResponse:
    """The acknowledge operation: the citation is up to date with its claim's current version."""
    views.require_view(request, model_admin)
    views.require_role(request, "acknowledge_citation")
    row = selectors.citation(citation_id)
    if row is None:
        raise Http404("No such citation.")
    spec = COMMANDS["acknowledge_citation"]
    back = request.POST.get("next") or citation_url(citation_id)
    if not back.startswith("/") or back.startswith("//"):
        back = citation_url(citation_id)
    try:
        result = spec.run(
            citation_id, spec.build({}), views.request_context(request, None), row.version
        )
    except (CommandRejected, ConcurrencyError) as exc:
        messages.error(request, f"Nothing was acknowledged: {getattr(exc, 'message', exc)}")
        return HttpResponseRedirect(back)
    messages.success(
        request,
        f"Acknowledged at version {result.state.acknowledged_version} of the claim, by "
        f"{request.user.get_username()}.",
    )
    return HttpResponseRedirect(back)
