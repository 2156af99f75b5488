"""Run as the application's PostgreSQL role (DATABASE_URL): do what the app does, print JSON.

Used by test_s9_roles.py in a subprocess: appends through the services (the BEFORE INSERT
trigger's advisory lock included), projections, a rebuild, the hash-chain walk, the indicator
consumer, sessions and tokens; then tries to rewrite an event through Django's connection.
"""

from __future__ import annotations

import json
import os
import sys
import uuid


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.contrib.sessions.backends.db import SessionStore
    from django.core.management import call_command
    from django.db import DatabaseError, connection, transaction

    from claims.core import eventstore, services
    from claims.core.domain import commands as c
    from claims.core.models import Event
    from claims.tokens.models import ApiToken
    from tests import factories
    from tracker import consumers
    from tracker.services import define_indicator

    out: dict[str, object] = {}
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user")
        out["role"], out["superuser"] = cursor.fetchone()
    key = f"probe-{uuid.uuid4().hex[:8]}"
    define_indicator(
        key=key, subject="Guatemala", measure="homicide rate", unit="per 100,000 people",
        tolerance_pct="5", actor="probe",
    )  # fmt: skip
    source = factories.source("Probe source")
    report = factories.report(source, indicator=key)
    claim_id = report.state.claim_id
    services.note(claim_id, c.AddNote(text="as the app role"), factories.ctx, report.version)
    out["events_appended"] = 3
    out["stream_version"] = eventstore.stream_head(claim_id)[0]
    batch = consumers.process_batch()
    out["consumer_position"] = batch.position
    out["head"] = eventstore.head_position()

    session = SessionStore()
    session["probe"] = True
    session.create()
    user = get_user_model().objects.create_user(f"probe-{uuid.uuid4().hex[:8]}")
    ApiToken.objects.issue(user)
    out["session_and_token"] = True

    call_command("rebuild_projections", no_progress=True, stdout=sys.stderr)
    call_command("verify_events", no_progress=True, stdout=sys.stderr)
    out["rebuilt_and_verified"] = True

    refused: dict[str, str | None] = {}
    position = Event.objects.filter(stream_id=claim_id).values_list("position", flat=True)[0]
    for name, statement in {
        "UPDATE": f"UPDATE claims_event SET data = '{{}}' WHERE position = {position}",
        "DELETE": f"DELETE FROM claims_event WHERE position = {position}",
    }.items():
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute(statement)
            refused[name] = None
        except DatabaseError as exc:
            refused[name] = str(exc).splitlines()[0]
    out["django_refused"] = refused
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
