"""Database-level guards on the event log: immutability and serialised appends.

SQLite: BEFORE UPDATE / BEFORE DELETE triggers RAISE(ABORT).
PostgreSQL: BEFORE UPDATE OR DELETE row trigger and BEFORE TRUNCATE statement trigger raise;
a BEFORE INSERT statement trigger takes the append advisory lock, so position order equals
commit order for every writer, including any that forgot to take the lock itself.
"""

from django.db import migrations

LOCK_KEY = 72013112013  # claims.core.eventstore.APPEND_LOCK_KEY

SQLITE_UP = [
    """CREATE TRIGGER claims_event_no_update BEFORE UPDATE ON claims_event
       BEGIN SELECT RAISE(ABORT, 'claims_event is append-only: UPDATE refused'); END""",
    """CREATE TRIGGER claims_event_no_delete BEFORE DELETE ON claims_event
       BEGIN SELECT RAISE(ABORT, 'claims_event is append-only: DELETE refused'); END""",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS claims_event_no_update",
    "DROP TRIGGER IF EXISTS claims_event_no_delete",
]

PG_UP = [
    """CREATE OR REPLACE FUNCTION claims_event_refuse_change() RETURNS trigger
       LANGUAGE plpgsql AS $$
       BEGIN
         RAISE EXCEPTION 'claims_event is append-only: % refused', TG_OP
           USING ERRCODE = 'insufficient_privilege';
       END $$""",
    """CREATE TRIGGER claims_event_no_update_delete BEFORE UPDATE OR DELETE ON claims_event
       FOR EACH ROW EXECUTE FUNCTION claims_event_refuse_change()""",
    """CREATE TRIGGER claims_event_no_truncate BEFORE TRUNCATE ON claims_event
       FOR EACH STATEMENT EXECUTE FUNCTION claims_event_refuse_change()""",
    f"""CREATE OR REPLACE FUNCTION claims_event_append_lock() RETURNS trigger
       LANGUAGE plpgsql AS $$
       BEGIN
         PERFORM pg_advisory_xact_lock({LOCK_KEY});
         RETURN NULL;
       END $$""",
    """CREATE TRIGGER claims_event_serialise_appends BEFORE INSERT ON claims_event
       FOR EACH STATEMENT EXECUTE FUNCTION claims_event_append_lock()""",
]
PG_DOWN = [
    "DROP TRIGGER IF EXISTS claims_event_serialise_appends ON claims_event",
    "DROP TRIGGER IF EXISTS claims_event_no_truncate ON claims_event",
    "DROP TRIGGER IF EXISTS claims_event_no_update_delete ON claims_event",
    "DROP FUNCTION IF EXISTS claims_event_append_lock()",
    "DROP FUNCTION IF EXISTS claims_event_refuse_change()",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for sql in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql, params=None)

    return run


class Migration(migrations.Migration):
    dependencies = [("claims", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_UP, "postgresql": PG_UP}),
            _run({"sqlite": SQLITE_DOWN, "postgresql": PG_DOWN}),
        )
    ]
