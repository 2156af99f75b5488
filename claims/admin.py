"""Where Django's admin autodiscovery finds the editors' workspace (claims.workspace.admin)."""

from claims.workspace import admin as workspace_admin  # noqa: F401
