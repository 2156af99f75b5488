"""The token lifecycle: log in, list, revoke (by the owner or an admin), expire; no key stored."""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
from collections.abc import Callable
from typing import Any

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.utils import timezone
from rest_framework.test import APIClient

from claims.tokens.models import ApiToken, digest_of

Api = Callable[[str], APIClient]
PASSWORD = "claims-demo-2013"


def _login(username: str = "editor", password: str = PASSWORD) -> Any:
    return APIClient().post(
        "/api/v1/auth/token/", {"username": username, "password": password}, format="json"
    )


def _client(key: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


def test_login_keeps_its_contract_and_adds_the_id_and_expiry(demo: Any, settings: Any) -> None:
    settings.CLAIMS_TOKEN_TTL_HOURS = 48
    before = timezone.now()
    response = _login()
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"token", "id", "expires_at"}
    expires = dt.datetime.fromisoformat(body["expires_at"].replace("Z", "+00:00"))
    assert before + dt.timedelta(hours=48) <= expires <= timezone.now() + dt.timedelta(hours=48)
    assert _client(body["token"]).get("/api/v1/auth/tokens/").status_code == 200
    # Each login is a new token: the key cannot be shown again, so it is never handed out twice.
    assert _login().json()["token"] != body["token"]


def test_wrong_credentials_are_401_without_a_token(demo: Any) -> None:
    response = _login(password="wrong")
    assert response.status_code == 401
    assert response.json()["code"] == "authentication_failed"
    assert response["WWW-Authenticate"] == "Token"
    assert "token" not in response.json()
    assert ApiToken.objects.count() == 0


def test_credentials_are_json_only(demo: Any) -> None:
    form = APIClient().post(
        "/api/v1/auth/token/", {"username": "editor", "password": "claims-demo-2013"}
    )
    assert form.status_code == 415
    assert form.json()["code"] == "unsupported_media_type"


def test_owners_list_their_working_tokens_never_the_keys(demo: Any) -> None:
    first, second = _login().json(), _login().json()
    other = _login("reader").json()
    expired = ApiToken.objects.issue(
        get_user_model().objects.get(username="editor"),
        now=timezone.now() - dt.timedelta(days=365),
    )
    response = _client(second["token"]).get("/api/v1/auth/tokens/")
    assert response.status_code == 200
    listed = response.json()["results"]
    assert [t["id"] for t in listed] == [second["id"], first["id"]]  # newest first
    assert [t["current"] for t in listed] == [True, False]
    assert {t["prefix"] for t in listed} == {first["token"][:8], second["token"][:8]}
    text = response.content.decode()
    for key in (first["token"], second["token"], other["token"], expired.key):
        assert key not in text
    assert str(expired.pk) not in text
    assert other["id"] not in text


def test_an_owner_revokes_a_token_and_it_answers_401_at_once(demo: Any) -> None:
    keep, drop = _login().json(), _login().json()
    client = _client(keep["token"])
    assert client.delete(f"/api/v1/auth/tokens/{drop['id']}/").status_code == 204
    refused = _client(drop["token"]).get("/api/v1/claims/")
    assert refused.status_code == 401
    assert refused.json()["code"] == "token_revoked"
    assert [t["id"] for t in client.get("/api/v1/auth/tokens/").json()["results"]] == [keep["id"]]
    again = client.delete(f"/api/v1/auth/tokens/{drop['id']}/")
    assert again.status_code == 404
    assert again.json()["code"] == "not_found"
    stored = ApiToken.objects.get(pk=drop["id"])
    assert stored.revoked_by == "editor"
    assert stored.revoked_at is not None


def test_a_bearer_token_is_a_token(demo: Any) -> None:
    """Clients that send any token as 'Bearer' are read as its owner, refusals alike; another
    scheme is no token."""
    issued = _login().json()
    bearer = APIClient()
    bearer.credentials(HTTP_AUTHORIZATION=f"Bearer {issued['token']}")
    mine = bearer.get("/api/v1/auth/tokens/")
    assert mine.status_code == 200, mine.json()
    assert issued["id"] in [t["id"] for t in mine.json()["results"]]
    wrong = APIClient()
    wrong.credentials(HTTP_AUTHORIZATION="Bearer not-a-token")
    assert wrong.get("/api/v1/claims/").status_code == 401
    spaced = APIClient()
    spaced.credentials(HTTP_AUTHORIZATION="Bearer")
    assert spaced.get("/api/v1/claims/").json()["code"] == "authentication_failed"
    other = APIClient()
    other.credentials(HTTP_AUTHORIZATION=f"Digest {issued['token']}")
    assert other.get("/api/v1/auth/tokens/").status_code == 401  # anonymous: no credentials


def test_a_token_can_revoke_itself(demo: Any) -> None:
    issued = _login().json()
    client = _client(issued["token"])
    assert client.delete(f"/api/v1/auth/tokens/{issued['id']}/").status_code == 204
    assert client.get("/api/v1/auth/tokens/").status_code == 401


def test_another_users_token_is_404_and_stays_valid(demo: Any) -> None:
    theirs = _login("reader").json()
    mine = _login("admin").json()  # even a superuser revokes others' tokens in the admin only
    response = _client(mine["token"]).delete(f"/api/v1/auth/tokens/{theirs['id']}/")
    assert response.status_code == 404
    assert _client(theirs["token"]).get("/api/v1/auth/tokens/").status_code == 200


def test_session_users_need_csrf_to_revoke(demo: Any, users: dict[str, Any]) -> None:
    issued = _login().json()
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(users["editor"])
    assert client.get("/api/v1/auth/tokens/").status_code == 200
    response = client.delete(f"/api/v1/auth/tokens/{issued['id']}/")
    assert response.status_code == 403
    assert response.json()["code"] == "permission_denied"


def test_anonymous_and_malformed_ids(demo: Any) -> None:
    anonymous = APIClient().get("/api/v1/auth/tokens/")
    assert anonymous.status_code == 401
    assert anonymous.json()["code"] == "not_authenticated"
    client = _client(_login().json()["token"])
    response = client.delete("/api/v1/auth/tokens/not-a-uuid/")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_an_expired_token_is_401_with_when_it_expired(demo: Any, settings: Any) -> None:
    issued = _login().json()
    ApiToken.objects.filter(pk=issued["id"]).update(
        expires_at=timezone.now() - dt.timedelta(seconds=1)
    )
    response = _client(issued["token"]).get("/api/v1/claims/")
    assert response.status_code == 401
    body = response.json()
    assert body["code"] == "token_expired"
    assert body["detail"].startswith("Token expired at ")
    assert "POST /api/v1/auth/token/" in body["detail"]


def test_logins_stay_throttled(demo: Any, settings: Any) -> None:
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {
            **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
            "login": "3/min",
        },
    }
    statuses = [_login(password="wrong").status_code for _ in range(4)]
    assert statuses == [401, 401, 401, 429]
    throttled = _login()
    assert throttled.status_code == 429
    assert throttled.json()["code"] == "throttled"
    assert int(throttled["Retry-After"]) >= 1


def test_ended_tokens_are_purged_when_their_owner_logs_in_again(demo: Any) -> None:
    user = get_user_model().objects.get(username="editor")
    old = ApiToken.objects.issue(user, now=timezone.now() - dt.timedelta(days=400))
    recent = ApiToken.objects.issue(user, now=timezone.now() - dt.timedelta(days=40))
    _login()
    assert not ApiToken.objects.filter(pk=old.pk).exists()  # ended over 30 days ago
    assert ApiToken.objects.filter(pk=recent.pk).exists()  # ended 10 days ago: still explains


def _dump_database() -> str:
    """Every row of every table, as text."""
    out: list[str] = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            out.extend(repr(row) for row in cursor.fetchall())
    return "\n".join(out)


def test_the_database_holds_no_plaintext_token(demo: Any) -> None:
    keys = [_login(name).json()["token"] for name in ("editor", "reader", "admin")]
    keys.append(ApiToken.objects.issue(get_user_model().objects.get(username="editor")).key)
    dump = _dump_database()
    assert "tokens_apitoken" in connection.introspection.table_names()
    assert ApiToken.objects.count() == 4
    for key in keys:
        assert key not in dump
        assert digest_of(key) in dump  # the table was dumped: its digests are there


@pytest.mark.django_db
def test_admins_revoke_every_token_of_chosen_users(demo: Any, users: dict[str, Any]) -> None:
    editor, reader = _login().json(), _login("reader").json()
    kept = _login("contributor").json()
    client = Client()
    client.force_login(users["superuser"])
    response = client.post(
        "/admin/auth/user/",
        {
            "action": "revoke_api_tokens",
            "_selected_action": [users["editor"].pk, users["reader"].pk],
        },
        follow=True,
    )
    assert response.status_code == 200
    assert "Revoked 2 token(s) of 2 user(s)." in response.content.decode()
    for issued, status in ((editor, 401), (reader, 401), (kept, 200)):
        assert _client(issued["token"]).get("/api/v1/auth/tokens/").status_code == status
    assert ApiToken.objects.get(pk=editor["id"]).revoked_by == users["superuser"].username
    page = client.get(f"/admin/auth/user/{users['editor'].pk}/change/").content.decode()
    assert editor["token"][:8] in page  # the user's tokens, by prefix, on their page
    assert editor["token"] not in page


@pytest.mark.django_db
def test_the_token_admin_lists_and_revokes_but_cannot_add(demo: Any, users: dict[str, Any]) -> None:
    issued = _login().json()
    client = Client()
    client.force_login(users["superuser"])
    listing = client.get("/admin/tokens/apitoken/").content.decode()
    assert issued["token"][:8] in listing
    assert issued["token"] not in listing
    assert client.get("/admin/tokens/apitoken/add/").status_code == 403
    client.post(
        "/admin/tokens/apitoken/",
        {"action": "revoke", "_selected_action": [issued["id"]]},
    )
    assert _client(issued["token"]).get("/api/v1/auth/tokens/").status_code == 401
    # An editor without the token permissions sees neither the list nor the user action.
    client.force_login(users["editor"])
    assert client.get("/admin/tokens/apitoken/").status_code == 403


@pytest.mark.django_db
def test_drf_tokens_of_an_older_deployment_are_hashed_and_their_table_dropped(
    demo: Any, users: dict[str, Any], settings: Any
) -> None:
    """Migration tokens/0002 on a database that still has DRF's plaintext table."""
    settings.CLAIMS_TOKEN_TTL_HOURS = 24
    key = "0123456789abcdef0123456789abcdef01234567"
    user_table = get_user_model()._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE TABLE authtoken_token (key varchar(40) PRIMARY KEY, created timestamp "
            f"NOT NULL, user_id integer NOT NULL UNIQUE REFERENCES {user_table} (id))"
        )
        cursor.execute(
            "INSERT INTO authtoken_token VALUES (%s, %s, %s)",
            [key, "2020-01-02 03:04:05", users["editor"].pk],
        )
        cursor.execute(
            "INSERT INTO django_migrations (app, name, applied) VALUES (%s, %s, %s)",
            ["authtoken", "0001_initial", timezone.now()],
        )
    migration = importlib.import_module("claims.tokens.migrations.0002_hash_drf_tokens")

    class Editor:
        pass

    editor = Editor()
    editor.connection = connection  # type: ignore[attr-defined]
    migration.import_drf_tokens(apps, editor)

    assert "authtoken_token" not in connection.introspection.table_names()
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM django_migrations WHERE app = 'authtoken'")
        assert cursor.fetchone() == (0,)
    moved = ApiToken.objects.get(digest=hashlib.sha256(key.encode()).hexdigest())
    assert moved.user_id == users["editor"].pk
    assert moved.prefix == key[:8]
    assert moved.created_at == dt.datetime(2020, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    assert timezone.now() < moved.expires_at <= timezone.now() + dt.timedelta(hours=24)
    assert key not in _dump_database()
    # The client that held the old key keeps working until the new expiry.
    assert _client(key).get("/api/v1/auth/tokens/").status_code == 200
