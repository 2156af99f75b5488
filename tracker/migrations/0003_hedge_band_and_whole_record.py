"""An indicator's own hedge band; a source's whole record in the stored scores (the stored
results are recomputed: the worker starts again from the beginning of the log)."""

from typing import Any

from django.db import migrations, models


def recompute(apps: Any, schema_editor: Any) -> None:
    apps.get_model("tracker", "SourceReliability").objects.all().delete()
    apps.get_model("tracker", "ConsumerCheckpoint").objects.update(position=0)


class Migration(migrations.Migration):
    dependencies = [
        ("tracker", "0002_points_checkpoints_heartbeats"),
    ]

    operations = [
        migrations.AddField(
            model_name="indicator",
            name="hedge_band_pct",
            field=models.DecimalField(
                blank=True,
                decimal_places=8,
                help_text="How far 'about X' or 'nearly X' reaches, in percent of X, for this series (empty: CLAIMS_HEDGE_BAND_PCT, 10 unless set).",
                max_digits=11,
                null=True,
            ),
        ),
        migrations.AddField(
            model_name="sourcereliability",
            name="disputes_rejected",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.AddField(
            model_name="sourcereliability",
            name="disputes_upheld",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.AddField(
            model_name="sourcereliability",
            name="figures_accepted",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.AddField(
            model_name="sourcereliability",
            name="figures_superseded",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.RunPython(recompute, migrations.RunPython.noop),
    ]
