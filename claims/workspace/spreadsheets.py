"""The editors' spreadsheet pages: "Import a spreadsheet" (check every row, then commit) and the
claim list's "Export selected as CSV" action."""

from __future__ import annotations

import base64
import binascii
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.admin.options import ModelAdmin
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, StreamingHttpResponse
from django.template.response import TemplateResponse

from claims.core import commands, imports, models, selectors, spreadsheet
from claims.workspace import links
from claims.workspace.views import page_context

MAX_FILE = 10 * 1024 * 1024
SHOWN_ROWS = 20


class UploadForm(forms.Form):
    file = forms.FileField(label="CSV file", help_text="The columns of the CSV export.")


def import_page(request: HttpRequest, model_admin: ModelAdmin[Any]) -> HttpResponse:
    """Upload a CSV, see the row report (every bad row, or what would be reported), commit."""
    if not commands.can(request.user, "report"):
        raise PermissionDenied
    title = "Import a spreadsheet"
    report = None
    payload = ""
    form = UploadForm()
    if request.method == "POST" and request.POST.get("payload"):
        try:
            data = base64.b64decode(request.POST["payload"], validate=True)
        except (binascii.Error, ValueError):
            data = b""
        report = imports.import_file(data, request.user.get_username())
        if report.ok:
            messages.success(
                request, f"Imported {report.created} claim(s); skipped {report.skipped}."
            )
            return HttpResponseRedirect(links.admin_url(models.Claim, "changelist"))
    elif request.method == "POST":
        form = UploadForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            if upload.size > MAX_FILE:
                form.add_error("file", "The file is too large.")
            else:
                data = upload.read()
                report = imports.check(data)
                if report.ok:
                    payload = base64.b64encode(data).decode()
    ctx = page_context(
        request,
        model_admin,
        title,
        form=form,
        report=report,
        payload=payload,
        planned=(report.planned[:SHOWN_ROWS] if report else []),
        columns=", ".join(spreadsheet.COLUMNS),
    )
    return TemplateResponse(request, "claims/admin/import_csv.html", ctx)


def export_selected(
    model_admin: ModelAdmin[Any], request: HttpRequest, queryset: QuerySet[models.Claim]
) -> StreamingHttpResponse:
    """The selected claims as a CSV file (the API export's columns)."""
    ids = list(queryset.values_list("id", flat=True))
    claims = selectors.claim_list_of(ids)
    response = StreamingHttpResponse(
        spreadsheet.claim_csv(claims),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="claims.csv"'
    return response


export_selected.short_description = "Export selected as CSV"  # type: ignore[attr-defined]
