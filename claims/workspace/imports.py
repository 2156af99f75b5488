"""Admin: "Import an article" — paste an article, review the claims it proposes, accept or reject.

Shaped like the workspace's operations (claims/workspace/views.py): check the role, validate a
dedicated form, call one service (`claims.importing.documents`), add a message, redirect.

- /admin/claims/importeddocument/import/      paste text, URL, publisher, publication date
- /admin/claims/importeddocument/<id>/change/ the candidates, each with a checkbox and its fields
- /admin/claims/importeddocument/<id>/decide/ POST: accept the selected ones (each an ordinary
                                              report through services.report) or reject them
- /admin/claims/importeddocument/<id>/match/  POST: accept one candidate on a claim it matches
                                              (cite, support, dispute, correct: one command)
- /admin/claims/importeddocument/<id>/register-source/ POST: register the source a candidate
                                              names, and suggest it for the document's candidates
- /admin/claims/importeddocument/<id>/add-other-name/ POST (editors): give a registered source
                                              that name as another of its names, and suggest it
- /admin/claims/importeddocument/             the documents you imported (editors: everyone's)

Contributors, editors and superusers may import; readers do not see these pages. A document is
visible only to its importer and to editors (404 for anyone else), as in the API.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.options import ModelAdmin
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Page, Paginator
from django.db.models import OuterRef, QuerySet, Subquery
from django.db.models.functions import Substr
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html, strip_tags

from claims.core import commands, registry, selectors
from claims.core.domain.errors import CommandRejected
from claims.core.domain.values import Period, Quantity
from claims.core.eventstore import ConcurrencyError
from claims.core.models import Source
from claims.importing import documents, readmodels
from claims.importing.models import (
    CandidateAction,
    CandidateStatus,
    DocumentCandidate,
    ImportedDocument,
)
from claims.workspace import display
from claims.workspace.bases import ReadOnlyAdmin, Route
from claims.workspace.forms import QUALIFIER_CHOICES, OperationForm, date_field, source_choices
from claims.workspace.links import claim_url

CANDIDATES_PER_PAGE = 25


# --- Forms ------------------------------------------------------------------------------------


class ImportArticleForm(forms.Form):
    text = forms.CharField(
        label="Article text",
        strip=False,
        max_length=documents.MAX_TEXT_CHARS,
        widget=forms.Textarea(attrs={"rows": 16, "placeholder": "Paste the article here."}),
        help_text=f"Plain text or HTML, at most {documents.MAX_TEXT_CHARS:,} characters.",
    )
    url = forms.CharField(
        label="URL",
        required=False,
        max_length=2000,
        widget=forms.URLInput(attrs={"placeholder": "https://"}),
    )
    publisher = forms.ChoiceField(label="Publisher", required=False, choices=())
    published_at = date_field("Published on", "Resolves “last year”, “last month”… in the text.")
    language = forms.ChoiceField(
        label="Language",
        required=False,
        choices=[("", "Detect"), ("en", "English"), ("es", "Spanish")],
        help_text="Texts in other languages are refused.",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        publisher = self.fields["publisher"]
        assert isinstance(publisher, forms.ChoiceField)
        publisher.choices = source_choices("— (not registered)")

    def clean_text(self) -> str:
        try:
            return documents.check_text(self.cleaned_data.get("text", ""))
        except documents.ImportRefused as exc:
            raise forms.ValidationError(exc.message) from None

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        text = cleaned.get("text")
        if text:
            try:
                cleaned["language"] = documents.check_language(
                    text, cleaned.get("language") or None
                )
            except documents.ImportRefused as exc:
                self.add_error("language" if exc.field == "language" else "text", exc.message)
        return cleaned


def form_prefix(n: int) -> str:
    """The prefix of candidate n's fields on the article's page."""
    return f"c{n}"


class CandidateForm(OperationForm):
    """One candidate as the user confirms it: the report it becomes when accepted."""

    field_map: ClassVar[dict[str, str]] = {
        "value": "amount",
        "period": "period_start",
        "reported_in": "attributed_to",
    }

    selected = forms.BooleanField(label="Select", required=False)
    statement = forms.CharField(
        label="Statement", max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )
    subject = forms.CharField(label="Subject", max_length=200)
    amount = forms.CharField(label="Figure", max_length=40)
    qualifier = forms.ChoiceField(label="Qualifier", choices=QUALIFIER_CHOICES)
    unit = forms.CharField(label="Unit", max_length=100)
    period_start = date_field("From")
    period_end = date_field("To")
    place = forms.CharField(label="Place", required=False, max_length=200)
    attributed_to = forms.ChoiceField(label="Attributed to", choices=())
    indicator = forms.ChoiceField(label="Indicator", required=False, choices=())

    def __init__(
        self,
        *args: Any,
        candidate: DocumentCandidate,
        sources: list[tuple[str, str]],
        indicators: list[tuple[str, str]],
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("prefix", form_prefix(candidate.n))
        kwargs.setdefault("initial", initial_of(candidate))
        super().__init__(*args, **kwargs)
        self.candidate = candidate
        self.edits: dict[str, Any] = {}
        self.set_choices("attributed_to", sources)
        self.set_choices("indicator", indicators)

    def build(self) -> Any:
        d = self.cleaned_data
        start, end = d.get("period_start"), d.get("period_end")
        if bool(start) != bool(end):
            raise CommandRejected("Give both ends of the period, or neither.", "period")
        self.edits = {
            "statement": d["statement"],
            "subject": d["subject"],
            "indicator": d.get("indicator") or None,
            "value": Quantity.of(d["amount"], d["unit"], d["qualifier"]),
            "period": Period(start, end) if start and end else None,
            "place": d.get("place", ""),
            "attributed_to": d["attributed_to"],
        }
        return documents.build_report(self.candidate, self.edits, "preview")


def initial_of(candidate: DocumentCandidate) -> dict[str, Any]:
    return {
        "indicator": candidate.indicator,
        "statement": candidate.get("statement", ""),
        "subject": documents.default_subject(candidate),
        "amount": candidate.get("amount", ""),
        "qualifier": candidate.get("qualifier", "exact"),
        "unit": candidate.get("unit", ""),
        "period_start": candidate.get("period_start"),
        "period_end": candidate.get("period_end"),
        "place": candidate.get("place") or "",
        "attributed_to": candidate.suggested_source,
    }


def posted_initial(form: CandidateForm, data: Mapping[str, Any]) -> dict[str, Any]:
    """What the user had typed into a form that was not submitted for a decision."""
    return {name: data.get(form.add_prefix(name)) for name in form.fields if name != "selected"}


# --- Access -----------------------------------------------------------------------------------


def require_importer(request: HttpRequest) -> None:
    if not documents.can_import(request.user):
        raise PermissionDenied


def visible(request: HttpRequest, object_id: str) -> ImportedDocument:
    """The document if this user may see it; 404 otherwise, as if it did not exist."""
    try:
        found = documents.visible_documents(request.user).filter(pk=object_id).first()
    except (ValidationError, ValueError) as exc:  # not a UUID
        raise Http404("No such document.") from exc
    if found is None:
        raise Http404("No such document.")
    return found


def document_url(document_id: Any) -> str:
    return reverse("admin:claims_importeddocument_change", args=[document_id])


# --- Pages ------------------------------------------------------------------------------------


def context(request: HttpRequest, model_admin: ModelAdmin[Any], title: str, **extra: Any) -> dict:
    return {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": title,
        "changelist_url": reverse("admin:claims_importeddocument_changelist"),
        **extra,
    }


def import_article(request: HttpRequest, model_admin: ModelAdmin[Any]) -> HttpResponse:
    """GET: the form. POST: import the text, then show its candidates."""
    require_importer(request)
    if request.method == "POST":
        form = ImportArticleForm(request.POST)
        if form.is_valid():
            d = form.cleaned_data
            imported = documents.import_document(
                d["text"],
                importer=request.user,
                url=d.get("url") or "",
                publisher=d.get("publisher") or "",
                published_at=d.get("published_at"),
                language=d.get("language") or None,
            )
            kept = len(imported.candidates)
            note = f" (the first {kept} are kept)" if imported.found > kept else ""
            messages.success(
                request,
                f"Found {imported.found} candidate claim{'s' if imported.found != 1 else ''} in "
                f"the article{note}. Check each one, then accept or reject it.",
            )
            return HttpResponseRedirect(document_url(imported.document.pk))
    else:
        form = ImportArticleForm()
    ctx = context(request, model_admin, "Import an article", form=form)
    return TemplateResponse(request, "admin/claims/import_article.html", ctx)


def _choices() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    sources = source_choices("Choose a source")
    indicators = [("", "—"), *((k, k) for k in sorted(registry.indicator_tolerances()))]
    return sources, indicators


def _page(request: HttpRequest, document: ImportedDocument) -> Page:
    rows = DocumentCandidate.objects.filter(document=document).order_by("n")
    return Paginator(rows, CANDIDATES_PER_PAGE).get_page(request.GET.get("p"))


def _highlight(text: str, candidate: DocumentCandidate) -> dict[str, str] | None:
    """The sentence split around the figure, when the text holds it as plain text."""
    s, e = int(candidate.get("sentence_start", 0)), int(candidate.get("sentence_end", 0))
    vs, ve = int(candidate.get("value_start", 0)), int(candidate.get("value_end", 0))
    if not (0 <= s <= vs <= ve <= e <= len(text)) or text[s:e] != candidate.get("statement"):
        return None
    return {"before": text[s:vs], "value": text[vs:ve], "after": text[ve:e]}


def _period_text(candidate: DocumentCandidate) -> str:
    start, end = candidate.get("period_start"), candidate.get("period_end")
    return display.period_text({"start": start, "end": end}) if start and end else ""


_RELATION_WORDS = {
    "same": "same claim — accepting it would duplicate it",
    "agrees": "agrees (another source, within the tolerance)",
    "conflicts": "conflicts (another source, same period, outside the tolerance)",
    "updates": "updates (the same source gives a new value)",
}
_ACTION_LABELS = {
    "cite": "Cite as evidence",
    "support": "Add as supporting evidence",
    "dispute": "Add competing figure (dispute)",
    "correct": "Apply as correction",
}


def _entries(
    document: ImportedDocument, page: Page, forms_by_n: Mapping[int, CandidateForm]
) -> list[dict[str, Any]]:
    names = display.source_names(c.suggested_source for c in page if c.suggested_source)
    labels = readmodels.claim_labels(m.get("claim", "") for c in page for m in (c.matches or []))
    entries = []
    for candidate in page:
        matches = []
        for m in candidate.matches or []:
            statement, status = labels.get(m.get("claim", ""), ("(claim no longer found)", ""))
            action = str(documents.ACTION_OF.get(m.get("relation", ""), ""))
            matches.append(
                {
                    "claim": m.get("claim", ""),
                    "relation": m.get("relation", ""),
                    "relation_words": _RELATION_WORDS.get(m.get("relation", ""), ""),
                    "reason": m.get("reason", ""),
                    "statement": statement,
                    "status": status,
                    "url": claim_url(m["claim"]) if m.get("claim") else None,
                    "action": action,
                    "action_label": _ACTION_LABELS.get(action, ""),
                    # A dispute or a correction is an editor's: the article can always be
                    # cited on the claim instead, by anyone who imports.
                    "cite_instead": action in documents.EDITOR_ACTIONS,
                }
            )
        entries.append(
            {
                "candidate": candidate,
                "form": forms_by_n.get(candidate.n),
                "highlight": _highlight(document.text, candidate),
                "suggested_name": names.get(candidate.suggested_source, ""),
                "qualifier": display.qualifier_word(candidate.get("qualifier", "")) or "exactly",
                "claim_url": claim_url(candidate.claim_id) if candidate.claim_id else None,
                "period": _period_text(candidate),
                "matches": matches,
                "to_register": documents.source_to_register(candidate),
                "action_words": dict(CandidateAction.choices).get(candidate.action, ""),
                "indicator_url": registry.indicator_url(candidate.indicator or None),
            }
        )
    return entries


def _document_page(
    request: HttpRequest,
    model_admin: ModelAdmin[Any],
    document: ImportedDocument,
    page: Page,
    forms_by_n: Mapping[int, CandidateForm],
    *,
    status: int = 200,
) -> HttpResponse:
    counts = documents.counts_of(document)
    publisher_name = (
        display.source_names([document.publisher_source]).get(document.publisher_source, "")
        if document.publisher_source
        else document.publisher
    )
    ctx = context(
        request,
        model_admin,
        document.title,
        document=document,
        publisher_name=publisher_name,
        counts=counts,
        warnings=documents.warnings_of(document),
        page=page,
        entries=_entries(document, page, forms_by_n),
        decide_url=reverse("admin:claims_importeddocument_decide", args=[document.pk]),
        match_url=reverse("admin:claims_importeddocument_match", args=[document.pk]),
        register_url=reverse("admin:claims_importeddocument_register_source", args=[document.pk]),
        alias_url=reverse("admin:claims_importeddocument_add_other_name", args=[document.pk])
        if commands.can(request.user, "update_source")
        else "",
        alias_sources=selectors.sources_by_name(),
        import_url=reverse("admin:claims_importeddocument_import"),
    )
    return TemplateResponse(request, "admin/claims/import_candidates.html", ctx, status=status)


def document_page(
    request: HttpRequest, model_admin: ModelAdmin[Any], object_id: str
) -> HttpResponse:
    """The candidates of one document, a page at a time, each with its fields."""
    require_importer(request)
    if request.method not in ("GET", "HEAD"):
        raise PermissionDenied
    document = visible(request, object_id)
    page = _page(request, document)
    sources, indicators = _choices()
    forms_by_n = {
        c.n: CandidateForm(candidate=c, sources=sources, indicators=indicators)
        for c in page
        if c.status != CandidateStatus.ACCEPTED
    }
    return _document_page(request, model_admin, document, page, forms_by_n)


def decide(request: HttpRequest, model_admin: ModelAdmin[Any], object_id: str) -> HttpResponse:
    """POST: accept the selected candidates (each one report) or reject them; then redirect."""
    require_importer(request)
    document = visible(request, object_id)
    if request.method != "POST":
        return HttpResponseRedirect(document_url(document.pk))
    action = request.POST.get("action")
    if action not in ("accept", "reject"):
        messages.error(request, "Choose to accept or to reject the selected candidates.")
        return HttpResponseRedirect(document_url(document.pk))
    page = _page(request, document)
    sources, indicators = _choices()
    forms_by_n: dict[int, CandidateForm] = {}
    chosen: list[CandidateForm] = []
    done: list[int] = []  # selected, but accepted already (a form sent twice, another tab)
    for candidate in page:
        if candidate.status == CandidateStatus.ACCEPTED:
            if request.POST.get(f"{form_prefix(candidate.n)}-selected"):
                done.append(candidate.n)
            continue
        form = CandidateForm(
            request.POST, candidate=candidate, sources=sources, indicators=indicators
        )
        if request.POST.get(form.add_prefix("selected")):
            chosen.append(form)
        else:
            form = CandidateForm(
                candidate=candidate,
                sources=sources,
                indicators=indicators,
                initial=posted_initial(form, request.POST),
            )
        forms_by_n[candidate.n] = form
    back = f"{document_url(document.pk)}?p={page.number}" if page.number > 1 else None
    if done:
        numbers = ", ".join(str(n) for n in done)
        which = f"Candidates {numbers} were" if len(done) > 1 else f"Candidate {numbers} was"
        messages.info(request, f"{which} accepted already: nothing was done again.")
    if not chosen:
        if not done:
            messages.warning(request, "Select at least one candidate first.")
        return HttpResponseRedirect(back or document_url(document.pk))
    if action == "reject":
        for form in chosen:
            try:
                documents.reject_candidate(form.candidate, user=request.user)
            except documents.CandidateDecided as exc:
                messages.warning(request, exc.message)
        messages.success(
            request, f"Rejected {len(chosen)} candidate{'s' if len(chosen) > 1 else ''}."
        )
        return HttpResponseRedirect(back or document_url(document.pk))
    accepted: list[str] = []
    failed = False
    for form in chosen:
        if not form.is_valid():
            failed = True
            continue
        try:
            result = documents.accept_candidate(
                form.candidate,
                user=request.user,
                edits=form.edits,
                request_id=getattr(request, "request_id", None),
            )
        except CommandRejected as exc:
            form.add_domain_error(exc)
            failed = True
        except documents.CandidateDecided as exc:
            messages.warning(request, exc.message)
        else:
            accepted.append(result.claim_id)
            forms_by_n.pop(form.candidate.n, None)
    if accepted:
        links = format_html(
            ", ".join(['<a href="{}">{}</a>'] * len(accepted)),
            *[x for claim_id in accepted for x in (claim_url(claim_id), claim_id[:8])],
        )
        messages.success(
            request,
            format_html(
                "Accepted {} candidate{} as claim{}: {}. Each is a report by {}.",
                len(accepted),
                "s" if len(accepted) > 1 else "",
                "s" if len(accepted) > 1 else "",
                links,
                request.user.get_username(),
            ),
        )
    if failed:
        messages.error(request, "Some selected candidates need corrections; see below.")
        page = _page(request, document)
        return _document_page(request, model_admin, document, page, forms_by_n, status=400)
    return HttpResponseRedirect(back or document_url(document.pk))


def match(request: HttpRequest, model_admin: ModelAdmin[Any], object_id: str) -> HttpResponse:
    """POST: accept one candidate on a claim it matches: one command on that claim."""
    require_importer(request)
    document = visible(request, object_id)
    if request.method != "POST":
        return HttpResponseRedirect(document_url(document.pk))
    raw = str(request.POST.get("match", ""))
    n_text, _, rest = raw.partition(":")
    claim_id, _, asked = rest.partition(":")
    action = asked if asked in documents.MATCH_ACTIONS else None
    candidate = (
        DocumentCandidate.objects.select_related("document")
        .filter(document=document, n=int(n_text))
        .first()
        if n_text.isdigit() and len(n_text) < 10
        else None
    )
    back = document_url(document.pk) + (f"#candidate-{candidate.n}" if candidate else "")
    if (
        candidate is None
        or not claim_id
        or not any(m.get("claim") == claim_id for m in candidate.matches or [])
    ):
        messages.error(request, "Choose one of the candidate's matches.")
        return HttpResponseRedirect(back)
    source = str(request.POST.get(f"c{candidate.n}-attributed_to", "") or "") or None
    try:
        done = documents.act_on_match(
            candidate,
            claim_id=claim_id,
            user=request.user,
            action=action,
            attributed_to=source,
            request_id=getattr(request, "request_id", None),
        )
    except CommandRejected as exc:
        messages.error(request, f"Candidate {candidate.n}: {exc}")
    except documents.CandidateDecided as exc:
        messages.warning(request, exc.message)
    else:
        messages.success(
            request,
            format_html(
                'Candidate {}: {} on <a href="{}">claim {}</a>.',
                candidate.n,
                dict(CandidateAction.choices).get(done.action, done.action),
                claim_url(claim_id),
                claim_id[:8],
            ),
        )
    return HttpResponseRedirect(back)


def _offered(
    request: HttpRequest, document: ImportedDocument, field: str
) -> tuple[DocumentCandidate, dict[str, str]] | None:
    """The candidate whose number the POST's `field` gives, with the source it offers to
    register; None when there is no such candidate or it offers none."""
    n_text = str(request.POST.get(field, ""))
    if not (n_text.isdigit() and len(n_text) < 10):
        return None
    candidate = DocumentCandidate.objects.filter(document=document, n=int(n_text)).first()
    offer = documents.source_to_register(candidate) if candidate is not None else None
    return (candidate, offer) if candidate is not None and offer is not None else None


def register_source(
    request: HttpRequest, model_admin: ModelAdmin[Any], object_id: str
) -> HttpResponse:
    """POST: register the source a candidate names and suggest it for the document's candidates."""
    require_importer(request)
    document = visible(request, object_id)
    if request.method != "POST":
        return HttpResponseRedirect(document_url(document.pk))
    found = _offered(request, document, "register")
    if found is None:
        messages.error(request, "This candidate names no source to register.")
        return HttpResponseRedirect(document_url(document.pk))
    candidate, offer = found
    try:
        source_id, linked = documents.register_named_source(
            document, offer["name"], offer["kind"], user=request.user
        )
    except CommandRejected as exc:
        messages.error(request, f"Could not register “{offer['name']}”: {exc}")
    else:
        messages.success(
            request,
            f"Registered “{offer['name']}” as a source ({offer['kind']}); it is suggested for "
            f"{linked} candidate{'s' if linked != 1 else ''} of this article.",
        )
        del source_id
    return HttpResponseRedirect(f"{document_url(document.pk)}#candidate-{candidate.n}")


def add_other_name(
    request: HttpRequest, model_admin: ModelAdmin[Any], object_id: str
) -> HttpResponse:
    """POST: give a registered source the name a candidate gives it, as another of its names
    (an editor's edit of the source), and suggest it for the document's candidates."""
    require_importer(request)
    if not commands.can(request.user, "update_source"):
        raise PermissionDenied
    document = visible(request, object_id)
    if request.method != "POST":
        return HttpResponseRedirect(document_url(document.pk))
    found = _offered(request, document, "alias")
    if found is None:
        messages.error(request, "This candidate names no source to add.")
        return HttpResponseRedirect(document_url(document.pk))
    candidate, offer = found
    back = f"{document_url(document.pk)}#candidate-{candidate.n}"
    source_id = str(request.POST.get(f"alias_source_{candidate.n}", ""))
    source = selectors.source(source_id) if source_id else None
    if source is None:
        messages.error(request, "Choose the registered source this name is another name of.")
        return HttpResponseRedirect(back)
    name = source.name
    try:
        linked = documents.add_other_name(document, offer["name"], source, user=request.user)
    except (CommandRejected, ConcurrencyError) as exc:
        messages.error(request, f"Could not add “{offer['name']}” to {name}: {exc}")
    else:
        messages.success(
            request,
            f"“{offer['name']}” is now another name of {name}; it is suggested for {linked} "
            f"candidate{'s' if linked != 1 else ''} of this article.",
        )
    return HttpResponseRedirect(back)


# --- Registration -----------------------------------------------------------------------------


@admin.register(ImportedDocument)
class ImportedDocumentAdmin(ReadOnlyAdmin):
    """The documents you imported (editors: everyone's); add and change go through the pages."""

    list_display = (
        "title_link",
        "publisher_name",
        "published_at",
        "importer",
        "created_at",
        "n_total",
        "n_done",
        "n_set_aside",
    )
    list_display_links = None
    list_per_page = 50
    search_fields = ("url", "publisher")
    date_hierarchy = None

    def get_queryset(self, request: HttpRequest) -> QuerySet[ImportedDocument]:
        rows = documents.with_counts(documents.visible_documents(request.user))
        source_name = Source.objects.filter(pk=OuterRef("publisher_source")).values("name")[:1]
        return (
            rows.annotate(head=Substr("text", 1, 300), source_name=Subquery(source_name))
            .defer("text")
            .select_related("importer")
        )

    def has_module_permission(self, request: HttpRequest) -> bool:
        return documents.can_import(request.user)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return documents.can_import(request.user)

    @admin.display(description="Article")
    def title_link(self, obj: ImportedDocument) -> str:
        head = " ".join(strip_tags(str(getattr(obj, "head", ""))).split())
        label = obj.url or head or str(obj.pk)
        label = label if len(label) <= 70 else label[:69] + "…"
        return format_html('<a href="{}">{}</a>', document_url(obj.pk), label)

    @admin.display(description="Publisher")
    def publisher_name(self, obj: ImportedDocument) -> str:
        return str(getattr(obj, "source_name", None) or obj.publisher or "—")

    @admin.display(description="Candidates", ordering="n_candidates")
    def n_total(self, obj: ImportedDocument) -> int:
        return int(getattr(obj, "n_candidates", 0))

    @admin.display(description="Accepted", ordering="n_accepted")
    def n_done(self, obj: ImportedDocument) -> int:
        return int(getattr(obj, "n_accepted", 0))

    @admin.display(description="Rejected", ordering="n_rejected")
    def n_set_aside(self, obj: ImportedDocument) -> int:
        return int(getattr(obj, "n_rejected", 0))

    def routes(self) -> list[Route]:
        return [
            Route("import/", import_article, "claims_importeddocument_import"),
            Route("<str:object_id>/decide/", decide, "claims_importeddocument_decide"),
            Route("<str:object_id>/match/", match, "claims_importeddocument_match"),
            Route(
                "<str:object_id>/register-source/",
                register_source,
                "claims_importeddocument_register_source",
            ),
            Route(
                "<str:object_id>/add-other-name/",
                add_other_name,
                "claims_importeddocument_add_other_name",
            ),
        ]

    def page(self, request: HttpRequest, object_id: str) -> HttpResponse:
        return document_page(request, self, object_id)

    def list_context(self, request: HttpRequest) -> dict[str, Any]:
        return {"import_url": reverse("admin:claims_importeddocument_import")}
