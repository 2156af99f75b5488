"""Content negotiation for a JSON-only API: an Accept header naming nothing we write gets JSON.

The API has one representation (there is no browsable HTML API; /api/docs/ is the interactive
page). HTTP lets a server either refuse such a request with 406 or answer in a representation
the client did not list; a browser or a tool sending `Accept: text/html` learns more from the
JSON answer (and its error `code`) than from a 406. Views with several renderers (the schema in
JSON or YAML) still honour the Accept header and `?format=` as DRF does.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rest_framework import exceptions
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.renderers import BaseRenderer
from rest_framework.request import Request


class JSONWhateverAccepted(DefaultContentNegotiation):
    """DRF's negotiation, falling back to the view's first renderer instead of a 406."""

    def select_renderer(
        self, request: Request, renderers: Iterable[BaseRenderer], format_suffix: str | None = None
    ) -> tuple[BaseRenderer, Any]:
        renderers = list(renderers)
        try:
            return super().select_renderer(request, renderers, format_suffix)
        except exceptions.NotAcceptable:
            # An unknown ?format= stays a 404 (DRF raises Http404 for it before this point).
            renderer = renderers[0]
            return renderer, renderer.media_type
