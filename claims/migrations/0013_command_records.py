"""Client command ids, remembered for good (claims/api/idempotency.py)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0012_source_record_counters"),
    ]

    operations = [
        migrations.CreateModel(
            name="CommandRecord",
            fields=[
                ("command_id", models.UUIDField(primary_key=True, serialize=False)),
                ("user_id", models.BigIntegerField()),
                ("method", models.CharField(max_length=10)),
                ("path", models.CharField(max_length=500)),
                ("request_hash", models.CharField(max_length=64)),
                ("status_code", models.PositiveSmallIntegerField()),
                ("response_body", models.JSONField()),
                ("response_headers", models.JSONField(default=dict)),
                ("created_at", models.DateTimeField()),
            ],
        ),
    ]
