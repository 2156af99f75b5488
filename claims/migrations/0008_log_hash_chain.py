"""The log-wide hash chain: every event's `log_hash` links the previous position's to its own
hash and position, so a deleted or altered tail, a deleted stream or a reordered log breaks the
chain at the first position after the change (`manage.py verify_events`), and a published head
(`verify_events --head`) pins everything before it.

Existing logs get the chain computed once, in position order (the event table's guards are
lifted for that UPDATE only, inside this migration's transaction). PostgreSQL's claims_append()
computes the links under the append lock.
"""

import hashlib
from importlib import import_module

from django.db import migrations, models

LOCK_KEY = 72013112013  # the append lock (0002_event_log_guards)
GENESIS = "0" * 64
# The guards of 0002_event_log_guards on SQLite.
SQLITE_TRIGGERS = {"claims_event_no_update": "UPDATE", "claims_event_no_delete": "DELETE"}

APPEND = f"""
CREATE OR REPLACE FUNCTION claims_append(
    p_stream_type text,
    p_stream_id text,
    p_expected integer,
    p_event_ids uuid[],
    p_event_types text[],
    p_schema_versions integer[],
    p_data text[],
    p_metadata text[],
    p_occurred timestamptz[],
    p_bodies text[],
    p_token text,
    p_position_token bigint
) RETURNS TABLE (
    positions bigint[], recorded_at timestamptz, hashes text[], log_hashes text[], head integer
)
LANGUAGE plpgsql AS $$
DECLARE
    n integer := cardinality(p_event_ids);
    v_version integer;
    v_hash text;
    v_last timestamptz;
    v_at timestamptz;
    v_iso text;
    v_positions bigint[];
    v_hashes text[] := '{{}}';
    v_log text;
    v_logs text[] := '{{}}';
BEGIN
    PERFORM pg_advisory_xact_lock({LOCK_KEY});
    SELECT e.version, e.hash INTO v_version, v_hash
        FROM claims_event e WHERE e.stream_id = p_stream_id ORDER BY e.version DESC LIMIT 1;
    IF NOT FOUND THEN
        v_version := 0;
        v_hash := repeat('0', 64);
    END IF;
    IF p_expected IS NOT NULL AND v_version <> p_expected THEN
        RAISE EXCEPTION 'stream % is at version %, not %', p_stream_id, v_version, p_expected
            USING ERRCODE = 'CL409', DETAIL = v_version::text;
    END IF;
    -- Transaction time: taken under the lock, after the log's last, never shared by two appends.
    SELECT e.recorded_at, e.log_hash INTO v_last, v_log
        FROM claims_event e ORDER BY e.position DESC LIMIT 1;
    IF NOT FOUND THEN
        v_log := repeat('0', 64);
    END IF;
    v_at := clock_timestamp();
    IF v_last IS NOT NULL AND v_at <= v_last THEN
        v_at := v_last + interval '1 microsecond';
    END IF;
    -- As Python's isoformat() writes it (no fraction when the microseconds are 0).
    v_iso := to_char(v_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
        || CASE WHEN date_part('microseconds', v_at)::bigint % 1000000 = 0 THEN ''
                ELSE to_char(v_at AT TIME ZONE 'UTC', '.US') END;
    SELECT array_agg(nextval(pg_get_serial_sequence('claims_event', 'position')) ORDER BY k)
        INTO v_positions FROM generate_series(1, n) AS k;
    FOR k IN 1..n LOOP
        v_hash := encode(
            sha256(convert_to(v_hash || replace(p_bodies[k], p_token, v_iso), 'UTF8')), 'hex'
        );
        v_hashes := v_hashes || v_hash;
        -- The log-wide chain: the previous position's link, this hash, this position.
        v_log := encode(sha256(convert_to(v_log || v_hash || v_positions[k]::text, 'UTF8')), 'hex');
        v_logs := v_logs || v_log;
    END LOOP;
    INSERT INTO claims_event (position, event_id, stream_type, stream_id, version, event_type,
                              schema_version, data, metadata, recorded_at, occurred_at, hash,
                              log_hash)
    SELECT v_positions[k], p_event_ids[k], p_stream_type, p_stream_id, v_version + k,
           p_event_types[k], p_schema_versions[k], p_data[k]::jsonb, p_metadata[k]::jsonb,
           v_at, p_occurred[k], v_hashes[k], v_logs[k]
    FROM generate_series(1, n) AS k;
    PERFORM set_config('claims.append_at', v_at::text, true),
            set_config('claims.append_iso', v_iso, true),
            set_config('claims.append_token', p_token, true),
            set_config('claims.append_positions', v_positions::text, true),
            set_config('claims.append_position_token', p_position_token::text, true);
    RETURN QUERY SELECT v_positions, v_at, v_hashes, v_logs, v_version;
END $$
"""


OLD_SIGNATURE = (
    "claims_append(text, text, integer, uuid[], text[], integer[], text[], text[],"
    " timestamptz[], text[], text, bigint)"
)


def chain_existing_log(apps, schema_editor):
    connection = schema_editor.connection
    vendor = connection.vendor
    with connection.cursor() as cursor:
        if vendor == "postgresql":
            cursor.execute("ALTER TABLE claims_event DISABLE TRIGGER claims_event_no_update_delete")
        elif vendor == "sqlite":
            # Adding the column rebuilt the table on SQLite, without its triggers: they come
            # back below, after the update.
            for trigger in SQLITE_TRIGGERS:
                cursor.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        cursor.execute("SELECT position, hash FROM claims_event ORDER BY position")
        link = GENESIS
        updates = []
        for position, digest in cursor.fetchall():
            link = hashlib.sha256(f"{link}{digest}{position}".encode("ascii")).hexdigest()
            updates.append((link, position))
        cursor.executemany("UPDATE claims_event SET log_hash = %s WHERE position = %s", updates)
        if vendor == "postgresql":
            cursor.execute("ALTER TABLE claims_event ENABLE TRIGGER claims_event_no_update_delete")
            cursor.execute(f"DROP FUNCTION IF EXISTS {OLD_SIGNATURE}")
            cursor.execute(APPEND)
        elif vendor == "sqlite":
            for trigger, operation in SQLITE_TRIGGERS.items():
                cursor.execute(
                    f"CREATE TRIGGER {trigger} BEFORE {operation} ON claims_event BEGIN SELECT "
                    f"RAISE(ABORT, 'claims_event is append-only: {operation} refused'); END"
                )


def restore_previous_append(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        previous = import_module("claims.migrations.0007_history_columns")
        schema_editor.execute(f"DROP FUNCTION IF EXISTS {OLD_SIGNATURE}", params=None)
        schema_editor.execute(previous.APPEND, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0007_history_columns"),
    ]

    operations = [
        migrations.AddField(
            model_name="event",
            name="log_hash",
            field=models.CharField(default="", max_length=64),
        ),
        migrations.RunPython(chain_existing_log, restore_previous_append),
    ]
