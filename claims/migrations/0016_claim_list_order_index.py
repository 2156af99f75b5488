"""The claim list's order as one index, (created_at, id): claims imported together share
created_at, and the index on created_at alone left the database to sort each run of them by id
(a CSV export of the whole list was sorted in full before its first row). The old index is
dropped by name, not by altering the field, which on SQLite would copy the whole table."""

from typing import Any

from django.db import migrations, models


def _drop_created_at_index(apps: Any, schema_editor: Any) -> None:
    claim = apps.get_model("claims", "Claim")
    for name in schema_editor._constraint_names(claim, ["created_at"], index=True):
        schema_editor.execute(schema_editor._delete_index_sql(claim, name))


def _create_created_at_index(apps: Any, schema_editor: Any) -> None:
    claim = apps.get_model("claims", "Claim")
    field = claim._meta.get_field("created_at")
    schema_editor.execute(schema_editor._create_index_sql(claim, fields=[field]))


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0015_propositions_and_figure_periods"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(fields=["created_at", "id"], name="claim_created_list"),
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="claim", name="created_at", field=models.DateTimeField()
                ),
            ],
            database_operations=[
                migrations.RunPython(_drop_created_at_index, _create_created_at_index),
            ],
        ),
    ]
