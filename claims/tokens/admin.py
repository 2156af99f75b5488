"""Admin for API tokens: a read-only list with "Revoke selected tokens", the user's tokens on
their page, and "Revoke all API tokens" in the user list (for a lost laptop or a departure).

Only the digest and a short prefix are stored, so nothing here can show or leak a key.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone

from claims.tokens.models import ApiToken

READ_ONLY = ("prefix", "user", "created_at", "expires_at", "revoked_at", "revoked_by")


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ("prefix", "user", "created_at", "expires_at", "state", "revoked_by")
    list_filter = ("revoked_at", "expires_at")
    search_fields = ("prefix", "user__username")
    list_select_related = ("user",)
    readonly_fields = READ_ONLY
    fields = READ_ONLY
    actions = ["revoke"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # tokens are issued by POST /api/v1/auth/token/, which shows the key once

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # revoke instead: a revoked token keeps answering why it is refused

    @admin.display(description="state")
    def state(self, obj: ApiToken) -> str:
        return obj.state()

    @admin.action(description="Revoke selected tokens", permissions=["change"])
    def revoke(self, request: HttpRequest, queryset: QuerySet[ApiToken]) -> None:
        count = queryset.model.objects.filter(pk__in=queryset.values("pk")).revoke(
            by=request.user.get_username(), now=timezone.now()
        )
        self.message_user(request, f"Revoked {count} token(s).", messages.SUCCESS)


class ApiTokenInline(admin.TabularInline):
    model = ApiToken
    fields = ("prefix", "created_at", "expires_at", "revoked_at", "revoked_by")
    readonly_fields = fields
    extra = 0
    can_delete = False
    ordering = ("-created_at",)

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.action(description="Revoke all API tokens of selected users")
def revoke_api_tokens(modeladmin: Any, request: HttpRequest, queryset: QuerySet[Any]) -> None:
    count = ApiToken.objects.filter(user__in=queryset).revoke(
        by=request.user.get_username(), now=timezone.now()
    )
    modeladmin.message_user(
        request, f"Revoked {count} token(s) of {queryset.count()} user(s).", messages.SUCCESS
    )


def _with_token_tools(user_admin: type[admin.ModelAdmin]) -> type[admin.ModelAdmin]:
    """The registered user admin, plus the revoke action and the tokens inline."""

    class UserAdmin(user_admin):  # type: ignore[valid-type,misc]
        actions = [*(user_admin.actions or ()), revoke_api_tokens]
        inlines = [*(user_admin.inlines or ()), ApiTokenInline]

    UserAdmin.__name__ = UserAdmin.__qualname__ = user_admin.__name__
    return UserAdmin


_User = get_user_model()
if admin.site.is_registered(_User):
    _registered = type(admin.site.get_model_admin(_User))
    admin.site.unregister(_User)
    admin.site.register(_User, _with_token_tools(_registered))
