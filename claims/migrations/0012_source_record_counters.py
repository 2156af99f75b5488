"""A source's whole record: counters of the figures it gave in claims and of the disputes it
raised, by outcome, filled once from the figure and dispute read models (the projections keep
them from then on, and `rebuild_projections` gives the same counts)."""

from typing import Any

from django.db import migrations, models
from django.db.models import Count

# Figure status / dispute status -> counter (as claims/core/projections.py counts them).
FIGURES = {"confirmed": "figures_accepted", "superseded": "figures_superseded"}
DISPUTES = {"upheld": "disputes_upheld", "rejected": "disputes_rejected"}


def fill(apps: Any, schema_editor: Any) -> None:
    source = apps.get_model("claims", "Source")
    figure = apps.get_model("claims", "Figure")
    dispute = apps.get_model("claims", "Dispute")
    counts: dict[str, dict[str, int]] = {}
    figures = figure.objects.filter(status__in=list(FIGURES), is_primary=False)
    for row in figures.values("source_id", "status").annotate(n=Count("id")):
        counts.setdefault(row["source_id"], {})[FIGURES[row["status"]]] = row["n"]
    disputes = dispute.objects.filter(status__in=list(DISPUTES), by__isnull=False).exclude(by="")
    for row in disputes.values("by", "status").annotate(n=Count("id")):
        counts.setdefault(row["by"], {})[DISPUTES[row["status"]]] = row["n"]
    for source_id, columns in counts.items():
        source.objects.filter(pk=source_id).update(**columns)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0011_claim_updated_order"),
    ]

    operations = [
        migrations.AddField(
            model_name="source",
            name="figures_accepted",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.AddField(
            model_name="source",
            name="figures_superseded",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.AddField(
            model_name="source",
            name="disputes_upheld",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.AddField(
            model_name="source",
            name="disputes_rejected",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
