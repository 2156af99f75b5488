"""Carry the tokens of DRF's authtoken app over, hashed, and remove its plaintext table.

Deployments from before this app kept DRF tokens in `authtoken_token`, in plain text and without
expiry. Each becomes an ApiToken with the SHA-256 of its key (so clients keep working) that
expires CLAIMS_TOKEN_TTL_HOURS after this migration; then the old table and its migration records
are removed (the authtoken app is no longer installed), so no plaintext key stays behind.
"""

import datetime as dt
import hashlib
import uuid

from django.conf import settings
from django.db import migrations

OLD_TABLE = "authtoken_token"


def _aware(value):
    """A raw cursor gives SQLite's text or a naive datetime; the model wants an aware one."""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if value is not None and value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value


def import_drf_tokens(apps, schema_editor):
    connection = schema_editor.connection
    if OLD_TABLE not in connection.introspection.table_names():
        return
    ApiToken = apps.get_model("tokens", "ApiToken")
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {quote('key')}, user_id, created FROM {quote(OLD_TABLE)}")
        rows = cursor.fetchall()
    now = dt.datetime.now(dt.UTC)
    expires = now + dt.timedelta(hours=int(getattr(settings, "CLAIMS_TOKEN_TTL_HOURS", 720)))
    ApiToken.objects.bulk_create(
        ApiToken(
            id=uuid.uuid4(),
            user_id=user_id,
            digest=hashlib.sha256(key.encode()).hexdigest(),
            prefix=key[:8],
            created_at=_aware(created) or now,
            expires_at=expires,
        )
        for key, user_id, created in rows
    )
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE {quote(OLD_TABLE)}")
        cursor.execute("DELETE FROM django_migrations WHERE app = %s", ["authtoken"])


class Migration(migrations.Migration):
    dependencies = [("tokens", "0001_initial")]

    operations = [
        migrations.RunPython(import_drf_tokens, migrations.RunPython.noop, elidable=True),
    ]
