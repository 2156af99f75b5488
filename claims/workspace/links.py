"""Links between the editors' pages: a claim (now or as of a moment), a source, a model's list."""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlencode

from django.db.models import Model
from django.urls import reverse

from claims.core import models
from claims.workspace.display import as_of_param


def url_name(model: type[Model], view: str) -> str:
    """The name of one of a model's admin pages ("changelist", "change", or one of ours), as
    the admin names its own: `<app label>_<model name>_<view>`."""
    return f"{model._meta.app_label}_{model._meta.model_name}_{view.replace('-', '_')}"


def admin_url(model: type[Model], view: str, *args: Any) -> str:
    """The URL of one of a model's admin pages."""
    return reverse(f"admin:{url_name(model, view)}", args=args)


def claim_url(claim_id: str, as_of: dt.datetime | None = None) -> str:
    """The claim's page, now or as the tracker held it at a moment."""
    url = admin_url(models.Claim, "change", claim_id)
    return f"{url}?{urlencode({'as_of': as_of_param(as_of)})}" if as_of else url


def source_url(source_id: str | None) -> str | None:
    return admin_url(models.Source, "change", source_id) if source_id else None


def stream_url(stream_type: str, stream_id: str) -> str | None:
    """The page of the claim or source an event belongs to."""
    if stream_type == "claim":
        return claim_url(stream_id)
    if stream_type == "source":
        return source_url(stream_id)
    return None


def workspace_links() -> dict[str, str]:
    """Links every workspace page may show (the lists of claims, sources, events, versions)."""
    return {
        "claims": admin_url(models.Claim, "changelist"),
        "sources": admin_url(models.Source, "changelist"),
        "events": admin_url(models.Event, "changelist"),
        "versions": admin_url(models.ClaimVersion, "changelist"),
        "review": reverse("admin:review_queue"),
    }
