"""Sources are scored again from the refolded counters (claims 0021: a corrected report stays
corrected once confirmed): the stored scores are dropped and the worker starts again from the
beginning of the log."""

from typing import Any

from django.db import migrations


def recompute(apps: Any, schema_editor: Any) -> None:
    apps.get_model("tracker", "SourceReliability").objects.all().delete()
    apps.get_model("tracker", "ConsumerCheckpoint").objects.update(position=0)


class Migration(migrations.Migration):
    dependencies = [
        ("tracker", "0003_hedge_band_and_whole_record"),
        ("claims", "0022_verdict_evidence"),
    ]

    operations = [
        migrations.RunPython(recompute, migrations.RunPython.noop),
    ]
