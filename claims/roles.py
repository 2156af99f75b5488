"""Which role may perform which operation, for the admin workspace.

Roles are the API's (`claims.api.permissions`): Django groups reader < contributor < editor, each
including the rights of those before it; superusers hold every role. The API names the role per
view (`required_roles`); the admin names it per operation in `ACTIONS` below, with the same
answers: contributors add figures, evidence and notes, report claims and register sources;
editors decide.
"""

from __future__ import annotations

from typing import Any

from claims.api.permissions import CONTRIBUTOR, EDITOR, READER, roles_of

__all__ = ["ACTIONS", "CONTRIBUTOR", "EDITOR", "READER", "allowed_actions", "can", "roles_of"]

# Operation -> the least role that may perform it.
ACTIONS: dict[str, str] = {
    "report": CONTRIBUTOR,
    "register_source": CONTRIBUTOR,
    "add_figure": CONTRIBUTOR,
    "attach_evidence": CONTRIBUTOR,
    "note": CONTRIBUTOR,
    "dispute": EDITOR,
    "resolve": EDITOR,
    "confirm": EDITOR,
    "correct": EDITOR,
    "refute": EDITOR,
    "retract": EDITOR,
    "assign": EDITOR,
}


def can(user: Any, action: str) -> bool:
    """Tell whether the user's role allows the operation (unknown operations: never)."""
    needed = ACTIONS.get(action)
    return needed is not None and needed in roles_of(user)


def allowed_actions(user: Any) -> frozenset[str]:
    held = roles_of(user)
    return frozenset(action for action, role in ACTIONS.items() if role in held)
