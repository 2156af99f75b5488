"""Template tags for the admin index: the review queue's counts and the user's recent events."""

from __future__ import annotations

from typing import Any

from django import template
from django.urls import reverse

from claims.core import models
from claims.workspace import display, links, queue

register = template.Library()

RECENT_WINDOW = 5000  # look for the user's events among the latest positions only


@register.simple_tag
def review_summary(user: Any) -> dict[str, Any]:
    counts = queue.counts(user.get_username())
    return {"counts": counts, "url": reverse("admin:review_queue")}


@register.simple_tag
def recent_events(user: Any, limit: int = 8) -> list[dict[str, Any]]:
    """The user's latest events (actor = username) with a link to the claim or source."""
    head = models.Event.objects.order_by("-position").values_list("position", flat=True).first()
    rows = list(
        models.Event.objects.filter(
            position__gt=(head or 0) - RECENT_WINDOW, metadata__actor=user.get_username()
        ).order_by("-position")[:limit]
    )
    titles = dict(
        models.Claim.objects.filter(pk__in=[r.stream_id for r in rows]).values_list(
            "id", "statement"
        )
    )
    titles.update(
        models.Source.objects.filter(pk__in=[r.stream_id for r in rows]).values_list("id", "name")
    )
    found = []
    for row in rows:
        found.append(
            {
                "label": display.EVENT_LABELS.get(row.event_type, row.event_type),
                "url": links.stream_url(row.stream_type, row.stream_id),
                "recorded_at": row.recorded_at,
                "title": titles.get(row.stream_id, row.stream_id),
            }
        )
    return found
