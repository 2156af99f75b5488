"""A source's name and other names folded for search (letter case and accents aside), so that
"Publico" finds "Ministerio Público" on both databases: SQLite's LIKE folds ASCII letters only
and neither database drops accents. Existing rows are filled here; the projection writes it from
then on (and a rebuild writes it from the events)."""

import unicodedata

from django.db import migrations, models


def _fold(*names: str) -> str:
    # The same folding as claims.core.projections.search_text, frozen here as migrations are.
    decomposed = unicodedata.normalize("NFKD", "\n".join(" ".join(n.split()) for n in names))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def fill(apps, schema_editor):  # type: ignore[no-untyped-def]
    source = apps.get_model("claims", "Source")
    rows = source.objects.only("id", "name", "aliases")
    changed = []
    for row in rows.iterator(chunk_size=2000):
        row.search = _fold(row.name, *[a for a in row.aliases.split("\n") if a])
        changed.append(row)
        if len(changed) >= 2000:
            source.objects.bulk_update(changed, ["search"])
            changed = []
    if changed:
        source.objects.bulk_update(changed, ["search"])


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0019_document_detected_language"),
    ]

    operations = [
        migrations.AddField(
            model_name="source",
            name="search",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
