"""Template tags for the admin index: the review queue's counts and the user's recent events."""

from __future__ import annotations

from typing import Any

from django import template
from django.urls import reverse

from claims.core import selectors
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
    found = selectors.recent_events_by(user.get_username(), limit=limit, window=RECENT_WINDOW)
    return [
        {
            "label": display.EVENT_LABELS.get(event.event_type, event.event_type),
            "url": links.stream_url(event.stream_type, event.stream_id),
            "recorded_at": event.recorded_at,
            "title": title,
        }
        for event, title in found
    ]
