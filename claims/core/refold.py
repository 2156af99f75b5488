"""A refold of the read models that migrations ask for, done once when `migrate` has finished.

A migration that changes what the projection writes has the read models folded again from the
log. Folding with the current code inside that migration would write columns that only later
migrations add (a database several releases behind would fail part-way), and a run of several
such migrations would fold the whole log once per migration. So such a migration runs
`request` (as its RunPython code) and `migrate`'s post_migrate signal folds once, with the whole
schema in place (claims.apps connects `run_requested`).
"""

from __future__ import annotations

from typing import Any

# The databases (aliases) whose migrations asked for a fold.
_requested: set[str] = set()


def request(apps: Any = None, schema_editor: Any = None) -> None:
    """Ask for the read models to be folded again from the log once migrate has finished."""
    _requested.add(schema_editor.connection.alias if schema_editor is not None else "default")


def run_requested(using: str = "default", **kwargs: Any) -> None:
    """post_migrate: fold the read models from the log if a migration of this database asked
    for it (the read models and the log live in the default database)."""
    if using not in _requested:
        return
    _requested.discard(using)
    from claims.core import eventstore, projections

    projections.rebuild(eventstore.iter_all(0))
