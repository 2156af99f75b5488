"""Indicator definitions, computed indicator points, and consumer checkpoints."""

from django.db import models


class Indicator(models.Model):
    """A series: subject + measure + unit, e.g. Guatemala / homicide rate / per 100,000 people."""

    key = models.SlugField(primary_key=True, max_length=100)
    subject = models.CharField(max_length=200)
    measure = models.CharField(max_length=200)
    unit = models.CharField(max_length=100)
    tolerance_pct = models.DecimalField(
        max_digits=7,
        decimal_places=3,
        help_text="Spread between sources (percent of the median) above which a point is disputed.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.CharField(max_length=150, blank=True)

    class Meta:
        ordering = ["key"]

    def __str__(self) -> str:
        return f"{self.subject}: {self.measure} ({self.unit})"
