"""No index on the log's recorded_at: no read looks events up or orders them by it (the log is
read by position, by stream and version, by event id, and by event type and position), and
recorded_at never runs backwards along position, so the one filter on it
(`read_all(until_recorded=...)`) is read along position, as SQLite already planned it, and the
admin sorts its recorded_at column by position. Every event written paid for the index's
b-tree."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0016_claim_list_order_index"),
    ]

    operations = [
        migrations.RemoveIndex(model_name="event", name="event_recorded_at"),
    ]
