"""Roles as Django groups: reader < contributor < editor, each including the rights of those
before it; superusers hold every role. The least role each command needs is in the command
table (`claims.core.commands`, which also answers `can(user, command)`)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection

from claims.core import fastsql

READER, CONTRIBUTOR, EDITOR = "reader", "contributor", "editor"
ROLES = (READER, CONTRIBUTOR, EDITOR)  # each includes the rights of those before it


def roles_of(user: Any) -> frozenset[str]:
    """Return every role the user holds, counting the ones a higher role implies."""
    if user is None or not user.is_authenticated or not user.is_active:
        return frozenset()
    if user.is_superuser:
        return frozenset(ROLES)
    cached = getattr(user, "_claims_roles", None)
    if cached is None:
        names = _group_names(user.pk)
        top = max((ROLES.index(name) for name in names), default=-1)
        cached = frozenset(ROLES[: top + 1])
        user._claims_roles = cached
    return cached


def top_role_sql(user_pk: str) -> str:
    """A scalar subquery: the position in ROLES of the highest role group the user whose pk is
    the SQL expression `user_pk` is in (NULL for none), so that a query reading the user reads
    its roles too (authentication does: one statement instead of two per request)."""
    through = get_user_model().groups.through
    qn = connection.ops.quote_name
    user_col = through._meta.get_field("user").column
    group_col = through._meta.get_field("group").column
    name = f"g.{qn('name')}"
    cases = " ".join(f"WHEN '{role}' THEN {i}" for i, role in enumerate(ROLES))
    names = ", ".join(f"'{role}'" for role in ROLES)
    return (
        f"(SELECT MAX(CASE {name} {cases} END) FROM {qn(Group._meta.db_table)} g"  # noqa: S608
        f" JOIN {qn(through._meta.db_table)} ug ON ug.{qn(group_col)} = g.{qn('id')}"
        f" WHERE ug.{qn(user_col)} = {user_pk} AND {name} IN ({names}))"
    )


def remember_roles(user: Any, top: int | None) -> None:
    """Keep on the user the roles read with it (`top`: what top_role_sql gave), for roles_of."""
    user._claims_roles = frozenset(ROLES[: (-1 if top is None else int(top)) + 1])


_GROUPS_SQL: str | None = None


def _group_names(user_pk: Any) -> set[str]:
    """The role groups a user is in: one raw query (it runs on every write request; the ORM's
    related-manager query cost several times the statement)."""
    global _GROUPS_SQL
    if _GROUPS_SQL is None:
        through = get_user_model().groups.through
        qn = connection.ops.quote_name
        user_col = through._meta.get_field("user").column
        group_col = through._meta.get_field("group").column
        _GROUPS_SQL = (
            f"SELECT g.{qn('name')} FROM {qn(Group._meta.db_table)} g"  # noqa: S608 (model names)
            f" JOIN {qn(through._meta.db_table)} ug ON ug.{qn(group_col)} = g.{qn('id')}"
            f" WHERE ug.{qn(user_col)} = %s AND g.{qn('name')} IN (%s, %s, %s)"
        )
    rows = fastsql.execute(_GROUPS_SQL, [user_pk, *ROLES], fetch=True)
    return {str(row[0]) for row in rows}
