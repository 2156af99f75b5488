"""The raw-query token authentication answers exactly as DRF's TokenAuthentication."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth import get_user_model
from rest_framework import authentication, exceptions
from rest_framework.authtoken.models import Token
from rest_framework.test import APIRequestFactory

from claims.api.authentication import TokenAuthentication

pytestmark = pytest.mark.django_db


def _request(key: str) -> Any:
    from rest_framework.request import Request

    return Request(APIRequestFactory().get("/", HTTP_AUTHORIZATION=f"Token {key}"))


def _fields(obj: Any) -> dict[str, Any]:
    return {f.attname: getattr(obj, f.attname) for f in obj._meta.concrete_fields}


def test_same_user_and_token_as_drf() -> None:
    user = get_user_model().objects.create_user("tok-user", password="x-123-secret", email="a@b.c")
    token = Token.objects.create(user=user)
    ours = TokenAuthentication().authenticate(_request(token.key))
    theirs = authentication.TokenAuthentication().authenticate(_request(token.key))
    assert ours is not None
    assert theirs is not None
    assert _fields(ours[0]) == _fields(theirs[0])
    assert _fields(ours[1]) == _fields(theirs[1])
    assert ours[1].user is ours[0]
    assert ours[0]._state.adding is False
    assert ours[0].date_joined.tzinfo is not None  # converted like the ORM's


def test_unknown_token_is_refused() -> None:
    with pytest.raises(exceptions.AuthenticationFailed, match="Invalid token"):
        TokenAuthentication().authenticate(_request("0" * 40))


def test_inactive_user_is_refused() -> None:
    user = get_user_model().objects.create_user("tok-gone", password="x-123-secret")
    token = Token.objects.create(user=user)
    user.is_active = False
    user.save()
    with pytest.raises(exceptions.AuthenticationFailed, match="inactive"):
        TokenAuthentication().authenticate(_request(token.key))


def test_no_or_other_credentials_are_not_ours() -> None:
    from rest_framework.request import Request

    assert TokenAuthentication().authenticate(Request(APIRequestFactory().get("/"))) is None
