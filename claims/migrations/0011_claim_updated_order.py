"""An index for the claim list read in `updated_at` order (`?ordering=updated_at`, and the
recently changed first with `-updated_at`), with the id that breaks ties."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0010_claim_known"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(fields=["updated_at", "id"], name="claim_updated_list"),
        ),
    ]
