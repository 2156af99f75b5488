"""Token authentication: hashed keys found in one query; every refusal is a 401 saying why."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from rest_framework import exceptions
from rest_framework.request import Request
from rest_framework.test import APIClient, APIRequestFactory

from claims.api.authentication import TokenAuthentication
from claims.core import fastsql
from claims.tokens.models import ApiToken, digest_of

pytestmark = pytest.mark.django_db


def _request(key: str) -> Request:
    return Request(APIRequestFactory().get("/", HTTP_AUTHORIZATION=f"Token {key}"))


def _fields(obj: Any) -> dict[str, Any]:
    return {f.attname: getattr(obj, f.attname) for f in obj._meta.concrete_fields}


def _user(name: str) -> Any:
    return get_user_model().objects.create_user(name, password="x-123-secret", email="a@b.c")


def test_same_user_and_token_as_the_orm_in_one_query(
    django_assert_num_queries: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = _user("tok-user")
    issued = ApiToken.objects.issue(user)
    statements: list[str] = []
    execute = fastsql.execute

    def counted(sql: str, params: Any, **kwargs: Any) -> Any:
        statements.append(sql)
        return execute(sql, params, **kwargs)

    monkeypatch.setattr(fastsql, "execute", counted)
    # One statement, through Django's cursor (so query counters and debug tools see it).
    with django_assert_num_queries(1):
        found = TokenAuthentication().authenticate(_request(issued.key))
    assert len(statements) == 1
    assert found is not None
    ours_user, ours_token = found
    orm = ApiToken.objects.select_related("user").get(digest=digest_of(issued.key))
    assert _fields(ours_user) == _fields(orm.user)
    assert _fields(ours_token) == _fields(orm)
    assert ours_token.user is ours_user
    assert ours_user._state.adding is False
    assert ours_user.date_joined.tzinfo is not None  # converted like the ORM's
    assert ours_token.expires_at.tzinfo is not None


def test_the_key_is_not_stored_only_its_digest_and_prefix() -> None:
    issued = ApiToken.objects.issue(_user("tok-hash"))
    stored = ApiToken.objects.get(pk=issued.pk)
    assert len(issued.key) >= 43
    assert stored.key == ""
    assert stored.digest == digest_of(issued.key) != issued.key
    assert stored.prefix == issued.key[:8]
    assert issued.key not in repr(_fields(stored))


def test_unknown_token_is_refused() -> None:
    with pytest.raises(exceptions.AuthenticationFailed, match="Invalid token") as caught:
        TokenAuthentication().authenticate(_request("0" * 43))
    assert caught.value.get_codes() == "authentication_failed"


def test_an_expired_token_is_refused_naming_when() -> None:
    issued = ApiToken.objects.issue(_user("tok-old"), now=timezone.now() - dt.timedelta(days=60))
    with pytest.raises(exceptions.AuthenticationFailed, match="Token expired at 20") as caught:
        TokenAuthentication().authenticate(_request(issued.key))
    assert caught.value.get_codes() == "token_expired"


def test_a_revoked_token_is_refused() -> None:
    issued = ApiToken.objects.issue(_user("tok-revoked"))
    assert ApiToken.objects.filter(pk=issued.pk).revoke(by="someone") == 1
    with pytest.raises(exceptions.AuthenticationFailed, match="revoked") as caught:
        TokenAuthentication().authenticate(_request(issued.key))
    assert caught.value.get_codes() == "token_revoked"


def test_inactive_user_is_refused() -> None:
    user = _user("tok-gone")
    issued = ApiToken.objects.issue(user)
    user.is_active = False
    user.save()
    with pytest.raises(exceptions.AuthenticationFailed, match="inactive"):
        TokenAuthentication().authenticate(_request(issued.key))


def test_no_or_other_credentials_are_not_ours() -> None:
    assert TokenAuthentication().authenticate(Request(APIRequestFactory().get("/"))) is None


@pytest.mark.parametrize(
    ("make", "code", "words"),
    [
        (lambda u: ApiToken.objects.issue(u, now=timezone.now() - dt.timedelta(days=31)).key,
         "token_expired", "expired"),
        (lambda u: _revoked(u), "token_revoked", "revoked"),
        (lambda u: "not-a-token", "authentication_failed", "Invalid token"),
    ],
    ids=["expired", "revoked", "unknown"],
)  # fmt: skip
def test_refusals_over_http_are_401_with_a_message_and_a_code(
    make: Any, code: str, words: str, settings: Any
) -> None:
    settings.CLAIMS_TOKEN_TTL_HOURS = 24 * 30
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {make(_user('tok-http'))}")
    response = client.get("/api/v1/claims/")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"
    body = response.json()
    assert body["code"] == code
    assert words in body["detail"]


def _revoked(user: Any) -> str:
    issued = ApiToken.objects.issue(user)
    ApiToken.objects.filter(pk=issued.pk).revoke(by="test")
    return issued.key
