"""Roles as Django groups: reader < contributor < editor; superusers hold every role.

A view names the role each unsafe method needs in `required_roles` (e.g. `{"POST": "editor"}`).
Safe methods are open to everyone while `settings.CLAIMS_PUBLIC_READ` is true (read at request
time) and need a signed-in user with any role otherwise. Without credentials the answer is 401
(TokenAuthentication comes first, so DRF sends WWW-Authenticate), with a lesser role 403.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.request import Request

from claims.core.roles import CONTRIBUTOR, EDITOR, READER, ROLES, roles_of

__all__ = ["CONTRIBUTOR", "EDITOR", "READER", "ROLES", "Anyone", "ReadOrRole", "roles_of"]


def public_read() -> bool:
    return bool(getattr(settings, "CLAIMS_PUBLIC_READ", True))


class ReadOrRole(BasePermission):
    """Allow reads per CLAIMS_PUBLIC_READ and each unsafe method to the role the view names."""

    message = "Your role does not allow this."

    def has_permission(self, request: Request, view: Any) -> bool:
        if request.method in SAFE_METHODS:
            return public_read() or bool(roles_of(request.user))
        if not hasattr(view, str(request.method).lower()):
            return True  # a method the view does not serve: DRF answers 405, whoever asks
        needed = getattr(view, "required_roles", {}).get(request.method)
        if needed is None:
            # A view that forgot to name a role for a write refuses it rather than allowing it.
            return bool(request.user and request.user.is_superuser)
        return needed in roles_of(request.user)


class Anyone(BasePermission):
    """Allow every request (the token endpoint, whose credentials are in the body)."""

    def has_permission(self, request: Request, view: Any) -> bool:
        return True
