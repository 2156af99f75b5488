"""The token endpoints: log in for a token, list your tokens, revoke one.

- `POST /api/v1/auth/token/` `{"username", "password"}` (JSON) → 200 `{"token", "id",
  "expires_at"}`: a new token each time (the key is shown only in this answer), throttled per
  client address; wrong credentials answer 401 `authentication_failed`.
- `GET /api/v1/auth/tokens/` → your tokens that still work (never their keys).
- `DELETE /api/v1/auth/tokens/{id}/` → 204: revoked at once; another user's token is a 404.

Admins revoke every token of chosen users from the admin's user list (claims/tokens/admin.py).
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import authenticate
from django.urls import path
from django.utils import timezone
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import AuthenticationFailed, NotFound
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from claims.api.parsers import StrictJSONParser
from claims.api.permissions import Anyone
from claims.api.renderers import JSONRenderer
from claims.api.schema import RETRY_AFTER_READ, RETRY_AFTER_WRITE, ApiSchema, responses
from claims.api.throttles import AnonThrottle, LoginThrottle, UserThrottle, WritesThrottle
from claims.tokens.models import ApiToken


class TokenCredentials(serializers.Serializer):
    username = serializers.CharField(max_length=150, write_only=True)
    password = serializers.CharField(max_length=4096, trim_whitespace=False, write_only=True)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        user = authenticate(
            request=self.context.get("request"),
            username=attrs["username"],
            password=attrs["password"],
        )
        if user is None:
            raise AuthenticationFailed("Unable to log in with provided credentials.")
        attrs["user"] = user
        return attrs


class IssuedToken(serializers.Serializer):
    token = serializers.CharField(help_text="Send it as `Authorization: Token <token>`.")
    id = serializers.UUIDField(help_text="Revoke it with DELETE /api/v1/auth/tokens/{id}/.")
    expires_at = serializers.DateTimeField(
        help_text="After this moment the token answers 401 (CLAIMS_TOKEN_TTL_HOURS after issue)."
    )


class TokenOutput(serializers.Serializer):
    id = serializers.UUIDField()
    prefix = serializers.CharField(help_text="The key's first characters, to tell tokens apart.")
    created_at = serializers.DateTimeField()
    expires_at = serializers.DateTimeField()
    current = serializers.BooleanField(help_text="Whether this request was made with it.")


class TokenList(serializers.Serializer):
    results = TokenOutput(many=True)


class PrivateSchema(ApiSchema):
    """Tokens are personal: no anonymous access, even to reads."""

    def get_auth(self) -> list[dict[str, Any]]:
        auths: list[dict[str, Any]] = AutoSchema.get_auth(self)
        return auths


class ObtainTokenView(APIView):
    """A new token for a username and password, with bounded inputs and the `login` throttle."""

    parser_classes = [StrictJSONParser]
    renderer_classes = [JSONRenderer]
    authentication_classes = []
    permission_classes = [Anyone]
    throttle_classes = [LoginThrottle]
    schema = ApiSchema()

    def get_authenticate_header(self, request: Request) -> str:
        # A 401 names the scheme the token is then sent with (without one DRF would say 403).
        return "Token"

    @extend_schema(
        operation_id="auth_token",
        summary="Exchange a username and password for a new API token",
        request=TokenCredentials,
        parameters=[RETRY_AFTER_READ],
        responses=responses({200: IssuedToken}, (400, 401, 413, 415, 429)),
    )
    def post(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        credentials = TokenCredentials(data=request.data, context={"request": request})
        credentials.is_valid(raise_exception=True)
        token = ApiToken.objects.issue(credentials.validated_data["user"])
        return Response({"token": token.key, "id": token.id, "expires_at": token.expires_at})


class _OwnTokens(APIView):
    parser_classes = [StrictJSONParser]
    renderer_classes = [JSONRenderer]
    permission_classes = [IsAuthenticated]
    throttle_classes = [AnonThrottle, UserThrottle, WritesThrottle]
    schema = PrivateSchema()


class TokenListView(_OwnTokens):
    @extend_schema(
        operation_id="auth_tokens_list",
        summary="Your tokens that still work (never their keys)",
        parameters=[RETRY_AFTER_READ],
        responses=responses({200: TokenList}, (401, 403, 429)),
    )
    def get(self, request: Request) -> Response:
        current = getattr(request.auth, "pk", None)
        owner: Any = request.user.pk  # IsAuthenticated: a signed-in user
        tokens = ApiToken.objects.active().filter(user_id=owner).order_by("-created_at", "id")
        return Response(
            {
                "results": [
                    {
                        "id": t.id,
                        "prefix": t.prefix,
                        "created_at": t.created_at,
                        "expires_at": t.expires_at,
                        "current": t.pk == current,
                    }
                    for t in tokens
                ]
            }
        )


class TokenDetailView(_OwnTokens):
    @extend_schema(
        operation_id="auth_tokens_revoke",
        summary="Revoke one of your tokens (it answers 401 from now on)",
        parameters=[RETRY_AFTER_WRITE],
        responses=responses(
            {204: OpenApiResponse(description="Revoked.")}, (401, 403, 404, 429, 503)
        ),
    )
    def delete(self, request: Request, token_id: Any) -> Response:
        owner: Any = request.user.pk
        revoked = ApiToken.objects.filter(pk=token_id, user_id=owner).revoke(
            by=request.user.get_username(), now=timezone.now()
        )
        if not revoked:
            raise NotFound("You have no such token, or it was already revoked.")
        return Response(status=204)


urlpatterns = [
    path("auth/token/", ObtainTokenView.as_view(), name="api-token"),
    path("auth/tokens/", TokenListView.as_view(), name="api-token-list"),
    path("auth/tokens/<uuid:token_id>/", TokenDetailView.as_view(), name="api-token-detail"),
]
