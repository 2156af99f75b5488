"""A claim as a Django team keeps it without event sourcing: one row, saved per change, with
django-simple-history's HistoricalRecords writing a history row on every save."""

from __future__ import annotations

from django.db import models
from simple_history.models import HistoricalRecords


class HistoryClaim(models.Model):
    statement = models.TextField()
    subject = models.CharField(max_length=200)
    amount = models.CharField(max_length=100)
    unit = models.CharField(max_length=100)
    status = models.CharField(max_length=20, default="reported")
    note = models.TextField(blank=True)
    history = HistoricalRecords()
    objects: models.Manager[HistoryClaim] = models.Manager()

    class Meta:
        app_label = "bench_peers"

    def __str__(self) -> str:
        return self.statement[:80]
