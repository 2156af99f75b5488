"""Roles as Django groups: reader < contributor < editor; superusers hold every role.

A view names the role each unsafe method needs in `required_roles` (e.g. `{"POST": "editor"}`).
Safe methods are open to everyone while `settings.CLAIMS_PUBLIC_READ` is true (read at request
time) and need a signed-in user with any role otherwise. Without credentials the answer is 401
(TokenAuthentication comes first, so DRF sends WWW-Authenticate), with a lesser role 403.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.request import Request

from claims import fastsql

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


def public_read() -> bool:
    return bool(getattr(settings, "CLAIMS_PUBLIC_READ", True))


class ReadOrRole(BasePermission):
    """Allow reads per CLAIMS_PUBLIC_READ and each unsafe method to the role the view names."""

    message = "Your role does not allow this."

    def has_permission(self, request: Request, view: Any) -> bool:
        if request.method in SAFE_METHODS:
            return public_read() or bool(roles_of(request.user))
        needed = getattr(view, "required_roles", {}).get(request.method)
        if needed is None:
            # A view that forgot to name a role for a write refuses it rather than allowing it.
            return bool(request.user and request.user.is_superuser)
        return needed in roles_of(request.user)


class Anyone(BasePermission):
    """Allow every request (the token endpoint, whose credentials are in the body)."""

    def has_permission(self, request: Request, view: Any) -> bool:
        return True
