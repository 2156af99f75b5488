"""Content negotiation for a JSON-only API: a request naming nothing we write gets JSON.

The API has one representation (there is no browsable HTML API; /api/docs/ is the interactive
page). HTTP lets a server either refuse such a request with 406 or answer in a representation
the client did not list; a browser or a tool sending `Accept: text/html` learns more from the
JSON answer (and its error `code`) than from a 406.

`?format=` likewise: where it names one of the view's renderers (the schema in JSON or YAML,
a list as CSV), that renderer answers; where it names none, the view answers as if it were
absent. DRF answers such a request with a bare 404, which says the resource does not exist when
it does, and which no operation documents. (Views that document `format`, the CSV-capable ones,
check its value themselves and answer a 400 naming it: claims/api/publish.py.)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rest_framework import exceptions
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.renderers import BaseRenderer
from rest_framework.request import Request


class JSONWhateverAccepted(DefaultContentNegotiation):
    """DRF's negotiation, falling back to the view's first renderer instead of a 406 or a 404."""

    def filter_renderers(
        self, renderers: Iterable[BaseRenderer], format: str
    ) -> list[BaseRenderer]:
        """The renderers for `?format=`: those it names, else all of them (DRF raises Http404)."""
        every = list(renderers)
        return [renderer for renderer in every if renderer.format == format] or every

    def select_renderer(
        self, request: Request, renderers: Iterable[BaseRenderer], format_suffix: str | None = None
    ) -> tuple[BaseRenderer, Any]:
        renderers = list(renderers)
        try:
            return super().select_renderer(request, renderers, format_suffix)
        except exceptions.NotAcceptable:
            renderer = renderers[0]
            return renderer, renderer.media_type
