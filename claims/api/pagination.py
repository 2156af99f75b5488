"""Page-number pagination with `count`, `next` and `previous`; `page_size` is capped at 200."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.utils.urls import remove_query_param, replace_query_param

from claims.api.query import Query

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 200
MAX_PAGE = 1_000_000


class PageQuery(Query):
    page = serializers.IntegerField(min_value=1, max_value=MAX_PAGE, required=False, default=1)
    page_size = serializers.IntegerField(
        min_value=1,
        required=False,
        default=DEFAULT_PAGE_SIZE,
        help_text=f"Items per page (default {DEFAULT_PAGE_SIZE}; larger values are capped at "
        f"{MAX_PAGE_SIZE}).",
    )


class Rows(Protocol):
    """What a page is cut from: a queryset, or a selector's list (count, then a slice)."""

    def count(self) -> int: ...

    def __getitem__(self, window: slice) -> Any: ...


def paginate(
    request: Request,
    queryset: Rows,
    query: dict[str, Any],
    select: Callable[[Any], Rows] | None = None,
) -> dict[str, Any]:
    """Return one page of rows as {count, next, previous, results}.

    `select` (e.g. the stored texts of a claim list) shapes the page's query only: the count
    stays the bare one, and an empty page builds nothing more."""
    page = query.get("page", 1)
    size = min(query.get("page_size", DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE)
    count = queryset.count()
    start = (page - 1) * size
    rows: list[Any] = []
    if start < count:
        rows = list((queryset if select is None else select(queryset))[start : start + size])
    url = request.build_absolute_uri()
    next_url = replace_query_param(url, "page", page + 1) if start + size < count else None
    if page <= 1:
        previous = None
    elif page == 2:
        previous = remove_query_param(url, "page")
    else:
        previous = replace_query_param(url, "page", min(page - 1, max(1, -(-count // size))))
    return {"count": count, "next": next_url, "previous": previous, "results": rows}
