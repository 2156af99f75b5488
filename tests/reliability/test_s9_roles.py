"""S9 and checklist #8: event rows cannot be updated or deleted, even by raw SQL.

The production procedure, end to end, on a scratch database of the test cluster: an ordinary
owner role (not a superuser) owns the database; `migrate` runs as the owner (DATABASE_OWNER_URL);
`setup_db_roles` creates the application role; the application then runs as that role. The test
connects as each role with its own credentials.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from psycopg import errors

from tests.reliability.conftest import (
    figure,
    manage,
    pg_admin_execute,
    pg_params,
    pg_url,
    python_module,
)

EVENT_TABLE = "claims_event"
DML = {"SELECT", "INSERT", "UPDATE", "DELETE"}


@dataclass(frozen=True)
class Roles:
    database: str
    owner: str
    owner_password: str
    app: str
    app_password: str

    def connect(self, role: str) -> psycopg.Connection[Any]:
        password = self.owner_password if role == self.owner else self.app_password
        return psycopg.connect(**pg_params(dbname=self.database, user=role, password=password))

    @property
    def owner_url(self) -> str:
        return pg_url(self.database, self.owner, self.owner_password)

    @property
    def app_url(self) -> str:
        return pg_url(self.database, self.app, self.app_password)


def _setup_db_roles(roles: Roles) -> str:
    result = manage(
        "setup_db_roles",
        "--app-role",
        roles.app,
        "--app-password-env",
        "S9_APP_PASSWORD",
        DATABASE_OWNER_URL=roles.owner_url,
        S9_APP_PASSWORD=roles.app_password,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


@pytest.fixture(scope="module")
def roles() -> Iterator[Roles]:
    if connection.vendor != "postgresql":
        pytest.skip("roles and grants are PostgreSQL's; SQLite's triggers are tested elsewhere")
    tag = secrets.token_hex(4)
    roles = Roles(
        database=f"s9_{tag}",
        owner=f"s9_owner_{tag}",
        owner_password=secrets.token_hex(12),
        app=f"s9_app_{tag}",
        app_password=secrets.token_hex(12),
    )
    pg_admin_execute(
        f"CREATE ROLE {roles.owner} LOGIN CREATEROLE PASSWORD '{roles.owner_password}'",
        f"CREATE DATABASE {roles.database} OWNER {roles.owner}",
    )
    try:
        migrated = manage("migrate", "--noinput", "-v", "0", DATABASE_OWNER_URL=roles.owner_url)
        assert migrated.returncode == 0, migrated.stderr[-3000:]
        _setup_db_roles(roles)
        yield roles
    finally:
        pg_admin_execute(
            f"DROP DATABASE IF EXISTS {roles.database} WITH (FORCE)",
            f"DROP ROLE IF EXISTS {roles.app}",
            f"DROP ROLE IF EXISTS {roles.owner}",
        )


@pytest.fixture(scope="module")
def app_run(roles: Roles) -> dict[str, Any]:
    """What the application did, running as the application role (see app_role_probe)."""
    return dict(
        json.loads(python_module("tests.reliability.app_role_probe", DATABASE_URL=roles.app_url))
    )


def _refused(conn: psycopg.Connection[Any], statement: str) -> str | None:
    """Run statement in its own transaction; return the error message, None if it succeeded."""
    try:
        with conn.transaction():
            conn.execute(statement)
    except errors.InsufficientPrivilege as exc:
        return str(exc).splitlines()[0]
    return None


ATTACKS = {
    "UPDATE": f"UPDATE {EVENT_TABLE} SET data = '{{}}'",
    "DELETE": f"DELETE FROM {EVENT_TABLE}",
    "TRUNCATE": f"TRUNCATE {EVENT_TABLE}",
    "DISABLE TRIGGER": f"ALTER TABLE {EVENT_TABLE} DISABLE TRIGGER USER",
}


def test_s9_the_app_role_appends_but_cannot_rewrite_events(
    roles: Roles, app_run: dict[str, Any]
) -> None:
    # The application works as this role: appends (through the trigger's advisory lock),
    # projections, the indicator consumer, sessions, tokens, a rebuild and the chain walk.
    assert app_run["role"] == roles.app
    assert app_run["superuser"] is False
    assert app_run["stream_version"] == 2
    assert app_run["consumer_position"] == app_run["head"] > 0
    assert app_run["rebuilt_and_verified"]
    assert app_run["session_and_token"]
    assert all(app_run["django_refused"].values()), app_run["django_refused"]

    with roles.connect(roles.app) as app:
        count = app.execute(f"SELECT count(*) FROM {EVENT_TABLE}").fetchone()
        assert count is not None
        assert count[0] == app_run["head"]
        refusals = {name: _refused(app, sql) for name, sql in ATTACKS.items()}
        # Superuser-only: the switch that makes triggers not fire.
        replica = _refused(app, "SET session_replication_role = replica")
    assert all(refusals.values()), refusals
    assert "permission denied" in str(refusals["UPDATE"])
    assert "must be owner" in str(refusals["DISABLE TRIGGER"])
    assert replica is not None

    with roles.connect(roles.owner) as owner:
        by_trigger: dict[str, str | None] = {}
        for name in ("UPDATE", "DELETE", "TRUNCATE"):
            try:
                with owner.transaction():
                    owner.execute(ATTACKS[name])
                by_trigger[name] = None
            except errors.InsufficientPrivilege as exc:
                by_trigger[name] = str(exc).splitlines()[0]
        # Why the application must not be the owner: the owner can switch the guard off.
        with owner.transaction(force_rollback=True):
            owner.execute(ATTACKS["DISABLE TRIGGER"])
            owner_can_disable = True
        remaining = owner.execute(f"SELECT count(*) FROM {EVENT_TABLE}").fetchone()
    assert all("append-only" in str(message) for message in by_trigger.values()), by_trigger
    assert remaining is not None
    assert remaining[0] == app_run["head"]
    assert owner_can_disable

    figure(
        "S9",
        f"app role: {sum(map(bool, refusals.values()))} of {len(ATTACKS)} refused "
        f"({', '.join(f'{k}: {v}' for k, v in refusals.items())}); "
        f"owner: {sum(map(bool, by_trigger.values()))} of 3 refused by the trigger; "
        f"the app role appended and rebuilt {app_run['head']} events; 0 rows changed",
    )


def _grants(conn: psycopg.Connection[Any], role: str) -> dict[str, set[str]]:
    rows = conn.execute(
        "SELECT table_name, privilege_type FROM information_schema.role_table_grants "
        "WHERE grantee = %s AND table_schema = 'public'",
        [role],
    ).fetchall()
    found: dict[str, set[str]] = {}
    for table, privilege in rows:
        found.setdefault(table, set()).add(privilege)
    return found


def test_grants_triggers_and_ownership_are_exactly_as_promised(roles: Roles) -> None:
    before = None
    for run in range(2):  # the second run must change nothing: setup_db_roles is idempotent
        if run:
            _setup_db_roles(roles)
        with roles.connect(roles.owner) as owner:
            grants = _grants(owner, roles.app)
            tables = {
                name
                for (name,) in owner.execute(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                ).fetchall()
            }
            owned = owner.execute(
                "SELECT count(*) FROM pg_class WHERE relowner = "
                "(SELECT oid FROM pg_roles WHERE rolname = %s)",
                [roles.app],
            ).fetchone()
            triggers = dict(
                owner.execute(
                    "SELECT tgname, tgenabled FROM pg_trigger "
                    "WHERE tgrelid = %s::regclass AND NOT tgisinternal",
                    [EVENT_TABLE],
                ).fetchall()
            )
        assert before is None or grants == before
        before = grants
    assert grants[EVENT_TABLE] == {"SELECT", "INSERT"}
    assert grants["django_migrations"] == {"SELECT"}
    others = tables - {EVENT_TABLE, "django_migrations"}
    assert {"claims_claim", "django_session", "tokens_apitoken"} <= others
    assert {t: grants.get(t) for t in others} == dict.fromkeys(others, DML)
    assert owned == (0,)
    assert triggers == {
        "claims_event_no_update_delete": "O",
        "claims_event_no_truncate": "O",
        "claims_event_serialise_appends": "O",
    }


def test_tables_the_owner_creates_later_work_for_the_app_at_once(roles: Roles) -> None:
    with roles.connect(roles.owner) as owner:
        owner.execute("CREATE TABLE s9_new_read_model (id bigserial PRIMARY KEY, v text)")
        owner.commit()
    try:
        with roles.connect(roles.app) as app:
            app.execute("INSERT INTO s9_new_read_model (v) VALUES ('a')")
            app.execute("UPDATE s9_new_read_model SET v = 'b'")
            row = app.execute("SELECT v FROM s9_new_read_model").fetchone()
            app.execute("DELETE FROM s9_new_read_model")
            assert row == ("b",)
            assert _refused(app, "DROP TABLE s9_new_read_model") is not None
            # Nor can it create tables of its own (it would own them, and could then alter them).
            assert _refused(app, "CREATE TABLE s9_mine (id int)") is not None
    finally:
        with roles.connect(roles.owner) as owner:
            owner.execute("DROP TABLE s9_new_read_model")


def test_the_production_check_passes_as_the_app_role_and_warns_as_the_owner(
    roles: Roles,
) -> None:
    production: dict[str, Any] = {
        "DJANGO_ENV": "production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "claims.example.org",
        "ADMIN_URL": "desk-s9/",
    }
    args = ("check", "--deploy", "--database", "default", "--fail-level", "WARNING")
    as_app = manage(*args, DATABASE_URL=roles.app_url, **production)
    assert as_app.returncode == 0, as_app.stderr
    as_owner = manage(*args, DATABASE_URL=roles.owner_url, **production)
    assert as_owner.returncode != 0
    assert "claims.W003" in as_owner.stderr


@pytest.mark.django_db
def test_setup_db_roles_explains_itself_on_sqlite() -> None:
    if connection.vendor != "sqlite":
        pytest.skip("SQLite only")
    with pytest.raises(CommandError, match="SQLite has no roles"):
        call_command("setup_db_roles", app_role="claims_app", app_password="x")
