"""System checks of the production profile (registered by config/production.py).

- ``claims.W001`` (deploy): the admin is still mounted at /admin/, where every scanner looks.
- ``claims.W002``–``W004`` (database, PostgreSQL): the runtime role could rewrite history: it is
  a superuser (can bypass triggers with ``session_replication_role``), owns the event table (can
  ``DISABLE TRIGGER``), or holds UPDATE/DELETE/TRUNCATE on it. Run with
  ``manage.py check --database default`` (``migrate`` runs them too); see ``setup_db_roles``.

The functions are plain, so tests can call them without registering them globally.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from django.conf import settings
from django.core import checks
from django.db import connections

EVENT_TABLE = "claims_event"
FORBIDDEN_EVENT_PRIVILEGES = ("UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER")


def admin_url_moved(app_configs: Sequence[Any] | None = None, **kwargs: Any) -> list[Any]:
    """Warn while the admin stays at /admin/."""
    if str(settings.ADMIN_URL).strip("/").lower() != "admin":
        return []
    return [
        checks.Warning(
            "The admin is mounted at /admin/, the first place scanners and password sprayers try.",
            hint="Set ADMIN_URL to an unguessable path, e.g. ADMIN_URL=desk-4f9c2a/.",
            id="claims.W001",
        )
    ]


def runtime_role_privileges(facts: dict[str, Any]) -> list[Any]:
    """Turn facts about the runtime role (see `role_facts`) into warnings."""
    role = facts["role"]
    found = []
    if facts["superuser"]:
        found.append(
            checks.Warning(
                f"The application connects as {role!r}, a PostgreSQL superuser: it can bypass "
                "the event table's triggers (session_replication_role = replica).",
                hint="Connect as a role that owns nothing: manage.py setup_db_roles --help.",
                id="claims.W002",
            )
        )
    if facts["owner"] == role:
        found.append(
            checks.Warning(
                f"The application connects as {role!r}, the owner of {EVENT_TABLE}: an owner can "
                "ALTER TABLE ... DISABLE TRIGGER and then rewrite events.",
                hint="Run migrations as the owner (DATABASE_OWNER_URL in the release job only) "
                "and the application as a role made by manage.py setup_db_roles.",
                id="claims.W003",
            )
        )
    extra = [p for p in FORBIDDEN_EVENT_PRIVILEGES if facts["privileges"].get(p)]
    if extra and not facts["superuser"] and facts["owner"] != role:
        found.append(
            checks.Warning(
                f"The application role {role!r} holds {', '.join(extra)} on {EVENT_TABLE}; "
                "it needs only SELECT and INSERT.",
                hint=f"REVOKE {', '.join(extra)} ON {EVENT_TABLE} FROM {role}; "
                "or re-run manage.py setup_db_roles.",
                id="claims.W004",
            )
        )
    return found


def role_facts(alias: str) -> dict[str, Any] | None:
    connection = connections[alias]
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT current_user, r.rolsuper, pg_get_userbyid(c.relowner) "
            "FROM pg_roles r LEFT JOIN pg_class c ON c.oid = to_regclass(%s) "
            "WHERE r.rolname = current_user",
            [EVENT_TABLE],
        )
        role, superuser, owner = cursor.fetchone()
        privileges: dict[str, bool] = {}
        if owner is not None:
            for privilege in FORBIDDEN_EVENT_PRIVILEGES:
                cursor.execute(
                    "SELECT has_table_privilege(current_user, %s, %s)", [EVENT_TABLE, privilege]
                )
                privileges[privilege] = bool(cursor.fetchone()[0])
    return {"role": role, "superuser": bool(superuser), "owner": owner, "privileges": privileges}


def runtime_role_cannot_rewrite_events(
    app_configs: Sequence[Any] | None = None,
    databases: Iterable[str] | None = None,
    **kwargs: Any,
) -> list[Any]:
    """Warn when the `default` connection's role could change or delete events."""
    if not databases or "default" not in databases:
        return []
    if getattr(settings, "DATABASE_OWNER_URL", ""):
        return []  # the release job: it connects as the owner on purpose
    facts = role_facts("default")
    return [] if facts is None else runtime_role_privileges(facts)


def register_production_checks() -> None:
    checks.register(admin_url_moved, checks.Tags.security, deploy=True)
    checks.register(runtime_role_cannot_rewrite_events, checks.Tags.database)
