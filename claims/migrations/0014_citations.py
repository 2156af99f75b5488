"""Citations (what published work relied on a claim) and each claim's material version.

Existing claims get their material version from their history rows: the last version whose
material fields (status, statement and the value's amount, unit and qualifier, which imply its
bounds: claims.core.domain.citation) differ from the version before it. The rows' columns are
read, not their documents: a version superseded in the same append keeps no document.
"""

import django.db.models.deletion
from django.db import migrations, models


def material_versions(apps, schema_editor):
    Claim = apps.get_model("claims", "Claim")
    ClaimVersion = apps.get_model("claims", "ClaimVersion")
    found = {}
    previous = {}
    rows = ClaimVersion.objects.order_by("claim_id", "version").values_list(
        "claim_id", "version", "status", "statement", "amount", "unit", "qualifier"
    )
    for claim_id, version, status, statement, amount, unit, qualifier in rows.iterator(
        chunk_size=2000
    ):
        amount_text = format(amount, "f") if amount is not None else None
        facts = (status, statement, amount_text, unit or None, qualifier or None)
        if previous.get(claim_id) != facts:
            found[claim_id] = version
        previous[claim_id] = facts
    for claim_id, version in found.items():
        if version != 1:
            Claim.objects.filter(pk=claim_id).update(material_version=version)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0013_command_records"),
    ]

    operations = [
        migrations.AddField(
            model_name="claim",
            name="material_version",
            field=models.PositiveIntegerField(default=1),
        ),
        migrations.CreateModel(
            name="Citation",
            fields=[
                ("id", models.CharField(max_length=64, primary_key=True, serialize=False)),
                ("version", models.PositiveIntegerField()),
                ("url", models.CharField(max_length=2000)),
                ("url_digest", models.CharField(max_length=64)),
                ("title", models.CharField(blank=True, max_length=400)),
                ("published_at", models.DateTimeField(blank=True, null=True)),
                ("cited_version", models.PositiveIntegerField()),
                ("acknowledged_version", models.PositiveIntegerField(blank=True, null=True)),
                ("basis_version", models.PositiveIntegerField()),
                ("cited_by", models.CharField(blank=True, max_length=150)),
                (
                    "cited_position",
                    models.BigIntegerField(help_text="Log position of the citing event."),
                ),
                ("created_at", models.DateTimeField()),
                ("updated_at", models.DateTimeField()),
                ("last_position", models.BigIntegerField()),
                (
                    "claim",
                    models.ForeignKey(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="citations",
                        to="claims.claim",
                    ),
                ),
            ],
            options={
                "ordering": ["created_at", "id"],
                "indexes": [
                    models.Index(fields=["claim", "basis_version"], name="citation_claim_basis"),
                    models.Index(fields=["url_digest"], name="citation_url"),
                    models.Index(fields=["created_at", "id"], name="citation_list"),
                ],
            },
        ),
        migrations.RunPython(material_versions, migrations.RunPython.noop, elidable=True),
    ]
