"""A source's other names ("Ministerio Público" for the Public Ministry), one a line, so the
article intake and the source list's search find a source by any of them. Sources registered
before had none (their events upcast to an empty list), so the empty default is their state."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0017_drop_event_recorded_at_index"),
    ]

    operations = [
        migrations.AddField(
            model_name="source",
            name="aliases",
            field=models.TextField(blank=True, default=""),
        ),
    ]
