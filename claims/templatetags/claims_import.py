"""Template helpers for the article importer's links: `{% if user|can_import_articles %}`."""

from __future__ import annotations

from typing import Any

from django import template

from claims.importing import documents

register = template.Library()


@register.filter
def can_import_articles(user: Any) -> bool:
    """Contributors, editors and superusers may import articles."""
    return documents.can_import(user)
