"""Imported documents keep their language; candidates keep their indicator, their matches with
existing claims, and how they were accepted (a new claim, or an action on a matched claim)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0008_log_hash_chain"),
    ]

    operations = [
        migrations.AddField(
            model_name="importeddocument",
            name="language",
            field=models.CharField(
                default="en", help_text="The text's language: 'en' or 'es'.", max_length=8
            ),
        ),
        migrations.AddField(
            model_name="documentcandidate",
            name="indicator",
            field=models.CharField(
                blank=True,
                help_text="Key of the indicator the figure measures, if any.",
                max_length=100,
            ),
        ),
        migrations.AddField(
            model_name="documentcandidate",
            name="matches",
            field=models.JSONField(
                blank=True,
                default=list,
                help_text="Claims the candidate relates to when it was imported: "
                "[{claim, relation, reason}].",
            ),
        ),
        migrations.AddField(
            model_name="documentcandidate",
            name="action",
            field=models.CharField(
                blank=True,
                choices=[
                    ("report", "reported as a new claim"),
                    ("cite", "cited as evidence for the same claim"),
                    ("support", "added as supporting evidence"),
                    ("dispute", "added as a competing figure (dispute)"),
                    ("correct", "applied as a correction"),
                ],
                help_text="How it was accepted.",
                max_length=10,
            ),
        ),
    ]
