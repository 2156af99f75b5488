"""`Authorization: Token <key>` against hashed, expiring, revocable tokens, in one query.

The key is hashed (SHA-256, claims/tokens/models.py) and the token row and its user are read by
that digest with one prepared statement (claims.core.fastsql) instead of the ORM's
`select_related` query, whose building and compiling cost a fifth of a whole write request. The
same statement reads the user's highest role group (`roles.top_role_sql`), which the permission
check then uses instead of a query of its own. The model instances are built the way the ORM
builds them (`Model.from_db`), so `request.user` and `request.auth` (the `ApiToken`) are the
usual objects.

Refusals are 401s that say why, each with its own error `code`: an unknown key
(`authentication_failed`), a revoked token (`token_revoked`), an expired one (`token_expired`,
naming when), an inactive user.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.db import connection
from django.utils import timezone
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions

from claims.core import fastsql, roles
from claims.tokens.models import ApiToken, digest_of


class TokenExpired(exceptions.AuthenticationFailed):
    default_code = "token_expired"


class TokenRevoked(exceptions.AuthenticationFailed):
    default_detail = "Token revoked: get a new one from POST /api/v1/auth/token/."
    default_code = "token_revoked"


class TokenAuthentication(authentication.TokenAuthentication):
    keyword = "Token"
    # 'Bearer' is read as 'Token': many HTTP clients send it for any token, and a key they sent
    # was otherwise ignored (a read answered as to anyone, a write "no credentials").
    ALSO = b"bearer"

    def authenticate(self, request: Any) -> tuple[Any, Any] | None:
        """DRF's reading of the header (the same refusals), with either keyword."""
        auth = authentication.get_authorization_header(request).split()
        if not auth or auth[0].lower() not in (self.keyword.lower().encode(), self.ALSO):
            return None
        if len(auth) != 2:
            raise exceptions.AuthenticationFailed(
                "Invalid token header: give the keyword and the token, one space between."
            )
        try:
            key = auth[1].decode()
        except UnicodeError:
            raise exceptions.AuthenticationFailed(
                "Invalid token header. Token string should not contain invalid characters."
            ) from None
        return self.authenticate_credentials(key)

    _sql: str | None = None
    _user_fields: list[str] = []
    _token_fields: list[str] = []

    @classmethod
    def _statement(cls) -> str:
        if cls._sql is None:
            user_model = get_user_model()
            quote = connection.ops.quote_name

            def qn(name: str | None) -> str:
                return quote(str(name))

            user_fields = list(user_model._meta.concrete_fields)
            token_fields = list(ApiToken._meta.concrete_fields)
            user_fk = ApiToken._meta.get_field("user")
            digest = ApiToken._meta.get_field("digest")
            user_pk = user_model._meta.pk
            assert user_pk is not None
            columns = [f"t.{qn(f.column)}" for f in token_fields] + [
                f"u.{qn(f.column)}" for f in user_fields
            ]
            cls._user_fields = [f.attname for f in user_fields]
            cls._token_fields = [f.attname for f in token_fields]
            # The user's roles come with it, for the permission check that follows.
            columns.append(roles.top_role_sql(f"u.{qn(user_pk.column)}"))
            cls._sql = (
                f"SELECT {', '.join(columns)} FROM {qn(ApiToken._meta.db_table)} t"  # noqa: S608
                f" JOIN {qn(user_model._meta.db_table)} u"
                f" ON u.{qn(user_pk.column)} = t.{qn(user_fk.column)}"
                f" WHERE t.{qn(digest.column)} = %s"
            )
        return cls._sql

    def authenticate_credentials(self, key: str) -> tuple[Any, Any]:
        rows = fastsql.execute(self._statement(), [digest_of(key)], fetch=True)
        if not rows:
            raise exceptions.AuthenticationFailed("Invalid token.")
        row = list(rows[0])
        n = len(self._token_fields)
        db = connection.alias
        user_model = get_user_model()
        user = user_model.from_db(db, self._user_fields, _converted(user_model, row[n:-1]))
        token = ApiToken.from_db(db, self._token_fields, _converted(ApiToken, row[:n]))
        token.user = user  # what select_related("user") would have cached
        roles.remember_roles(user, row[-1])
        if token.revoked_at is not None:
            raise TokenRevoked()
        if token.expires_at <= timezone.now():
            when = token.expires_at.isoformat().replace("+00:00", "Z")
            raise TokenExpired(
                f"Token expired at {when}: get a new one from POST /api/v1/auth/token/."
            )
        if not user.is_active:
            raise exceptions.AuthenticationFailed("User inactive or deleted.")
        return (user, token)


def _converted(model: Any, values: list[Any]) -> list[Any]:
    """Apply the backend's and fields' value converters, as the ORM does for each column read."""
    out = list(values)
    for i, converters in _converters(model):
        value = out[i]
        for convert in converters:
            value = convert(value, None, connection)
        out[i] = value
    return out


_CONVERTERS: dict[tuple[str, Any], list[tuple[int, list[Any]]]] = {}


def _converters(model: Any) -> list[tuple[int, list[Any]]]:
    """The model's columns that have converters, by position, with them (once per database)."""
    key = (connection.alias, model)
    found = _CONVERTERS.get(key)
    if found is None:
        found = []
        for i, field in enumerate(model._meta.concrete_fields):
            converters = list(
                connection.ops.get_db_converters(field.get_col(field.model._meta.db_table))
            )
            if hasattr(field, "from_db_value"):
                converters.append(field.from_db_value)
            if converters:
                found.append((i, converters))
        _CONVERTERS[key] = found
    return found


class TokenScheme(OpenApiAuthenticationExtension):
    """The OpenAPI security scheme of TokenAuthentication (replaces drf-spectacular's generic)."""

    target_class = "claims.api.authentication.TokenAuthentication"
    name = "tokenAuth"
    priority = 1

    def get_security_definition(self, auto_schema: Any) -> dict[str, Any]:
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": (
                "`Authorization: Token <token>` (or `Bearer <token>`), with a token from "
                "`POST /api/v1/auth/token/`. "
                "A token expires CLAIMS_TOKEN_TTL_HOURS after it was issued (720 by default) "
                "and can be revoked at any time (`DELETE /api/v1/auth/tokens/{id}/`); both then "
                "answer 401 with the code `token_expired` or `token_revoked`."
            ),
        }
