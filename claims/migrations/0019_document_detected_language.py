"""The language an imported article reads as, kept beside the language it was read in: an
article imported as Spanish that reads as English gets a warning. Articles imported before have
'' (nothing to compare), and no warning."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0018_source_aliases"),
    ]

    operations = [
        migrations.AddField(
            model_name="importeddocument",
            name="detected_language",
            field=models.CharField(
                blank=True,
                help_text="The language the text reads as, found at import ('' when too short "
                "to tell, and for articles imported before it was kept).",
                max_length=8,
            ),
        ),
    ]
