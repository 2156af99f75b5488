"""History rows carry the figure and place as columns (what readers of every version need), and
a version superseded in the same append keeps no document (JSON null); existing rows get the new
columns from their documents.

PostgreSQL: `claims_append()`, a command's append in one statement. Under the append lock it
checks the stream's head, takes recorded_at (clamped above the log's last) and the positions,
hashes the events (sha256 over the canonical bodies the client sent, with the time filled in),
inserts them, and leaves the time and positions in transaction-local settings for the
read-model statements sent in the same round trip; `claims_pending()` fills them into JSON text.
A stale head raises SQLSTATE CL409 with the current version as the error's detail.
"""

from django.db import migrations, models

import claims.core.fields

LOCK_KEY = 72013112013  # the append lock (0002_event_log_guards)

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
) RETURNS TABLE (positions bigint[], recorded_at timestamptz, hashes text[], head integer)
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
    SELECT e.recorded_at INTO v_last FROM claims_event e ORDER BY e.position DESC LIMIT 1;
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
    END LOOP;
    INSERT INTO claims_event (position, event_id, stream_type, stream_id, version, event_type,
                              schema_version, data, metadata, recorded_at, occurred_at, hash)
    SELECT v_positions[k], p_event_ids[k], p_stream_type, p_stream_id, v_version + k,
           p_event_types[k], p_schema_versions[k], p_data[k]::jsonb, p_metadata[k]::jsonb,
           v_at, p_occurred[k], v_hashes[k]
    FROM generate_series(1, n) AS k;
    PERFORM set_config('claims.append_at', v_at::text, true),
            set_config('claims.append_iso', v_iso, true),
            set_config('claims.append_token', p_token, true),
            set_config('claims.append_positions', v_positions::text, true),
            set_config('claims.append_position_token', p_position_token::text, true);
    RETURN QUERY SELECT v_positions, v_at, v_hashes, v_version;
END $$
"""

PENDING = """
CREATE OR REPLACE FUNCTION claims_pending(t text) RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
    v_positions bigint[] := current_setting('claims.append_positions')::bigint[];
    v_base bigint := current_setting('claims.append_position_token')::bigint;
BEGIN
    t := replace(t, current_setting('claims.append_token'), current_setting('claims.append_iso'));
    FOR k IN 1..cardinality(v_positions) LOOP
        t := replace(t, (v_base + k - 1)::text, v_positions[k]::text);
    END LOOP;
    RETURN t;
END $$
"""

DROP = [
    "DROP FUNCTION IF EXISTS claims_pending(text)",
    "DROP FUNCTION IF EXISTS claims_append(text, text, integer, uuid[], text[], integer[],"
    " text[], text[], timestamptz[], text[], text, bigint)",
]


def create_functions(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(APPEND, params=None)
        schema_editor.execute(PENDING, params=None)


def drop_functions(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in DROP:
            schema_editor.execute(sql, params=None)


def fill_columns(apps, schema_editor):
    ClaimVersion = apps.get_model("claims", "ClaimVersion")
    rows = ClaimVersion.objects.only("pk", "document").order_by("pk")
    batch = []
    for row in rows.iterator(chunk_size=2000):
        doc = row.document or {}
        value = doc.get("value") or {}
        row.place = doc.get("place") or ""
        row.amount = value.get("amount")
        row.unit = value.get("unit") or ""
        row.qualifier = value.get("qualifier") or ""
        batch.append(row)
        if len(batch) >= 2000:
            ClaimVersion.objects.bulk_update(batch, ["place", "amount", "unit", "qualifier"])
            batch = []
    if batch:
        ClaimVersion.objects.bulk_update(batch, ["place", "amount", "unit", "qualifier"])


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0006_list_order_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="claimversion",
            name="amount",
            field=claims.core.fields.OptionalExactDecimalField(
                blank=True, max_length=100, null=True
            ),
        ),
        migrations.AddField(
            model_name="claimversion",
            name="place",
            field=models.CharField(blank=True, default="", max_length=200),
        ),
        migrations.AddField(
            model_name="claimversion",
            name="qualifier",
            field=models.CharField(blank=True, default="", max_length=20),
        ),
        migrations.AddField(
            model_name="claimversion",
            name="unit",
            field=models.CharField(blank=True, default="", max_length=100),
        ),
        migrations.RunPython(fill_columns, migrations.RunPython.noop),
        # The event table keeps its name, now Django's default for the model (no SQL).
        migrations.AlterModelTable(name="event", table=None),
        migrations.RunPython(create_functions, drop_functions),
    ]
