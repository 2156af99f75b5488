"""The base of every API view (claims' and other apps'): strict JSON, roles, throttles, versions."""

from __future__ import annotations

import re
from typing import Any, ClassVar

from django.utils.cache import patch_vary_headers
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from claims.api.errors import INVALID_COMBINATION, PreconditionRequired, field_error
from claims.api.parsers import StrictJSONParser
from claims.api.permissions import ReadOrRole
from claims.api.renderers import JSONRenderer
from claims.api.schema import IF_MATCH_PATTERN, ApiSchema
from claims.api.throttles import AnonThrottle, UserThrottle, WritesThrottle
from claims.core import services

_IF_MATCH = re.compile(IF_MATCH_PATTERN)


class ApiView(APIView):
    """Base of every API view: strict JSON in, JSON out, roles, throttles."""

    parser_classes = [StrictJSONParser]
    renderer_classes = [JSONRenderer]
    permission_classes = [ReadOrRole]
    throttle_classes = [AnonThrottle, UserThrottle, WritesThrottle]
    schema = ApiSchema()
    required_roles: ClassVar[dict[str, str]] = {}

    def finalize_response(
        self, request: Request, response: Response, *args: Any, **kwargs: Any
    ) -> Response:
        """What a read shows depends on who asks (an anonymous reader is not shown the
        editors' notes, nor an import's ids): a shared cache must keep each reader's apart."""
        response = super().finalize_response(request, response, *args, **kwargs)
        patch_vary_headers(response, ("Authorization", "Cookie"))
        return response

    def context(self, request: Request, data: dict[str, Any]) -> services.Context:
        """Describe who asks: the actor and request id come from the server, never the body."""
        return services.Context(
            actor=request.user.get_username(),
            request_id=getattr(request, "request_id", None),
            occurred_at=data.get("occurred_at"),
        )


def validated(serializer_class: type[serializers.Serializer], data: Any) -> dict[str, Any]:
    """The serializer's validated data, or a 400 naming each bad field."""
    serializer = serializer_class(data=data)
    serializer.is_valid(raise_exception=True)
    return dict(serializer.validated_data)


def expected_version(request: Request, data: dict[str, Any]) -> int:
    """Return the version a command is based on, from If-Match or expected_version (428 if none)."""
    header = request.headers.get("If-Match")
    from_header = None
    if header is not None:
        match = _IF_MATCH.match(header)
        if match is None:
            raise field_error("If-Match", 'Send the version as If-Match: "<version>".')
        from_header = int(match.group(1))
    from_body = data.get("expected_version")
    if from_header is not None and from_body is not None and from_header != from_body:
        raise field_error(
            "expected_version", "It differs from the If-Match header.", INVALID_COMBINATION
        )
    version = from_header if from_header is not None else from_body
    if version is None:
        raise PreconditionRequired()
    return int(version)
