"""Indicator definitions, computed indicator points, and consumer checkpoints."""

from django.db import models

from claims.core.fields import ExactDecimalField, OptionalExactDecimalField


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
    hedge_band_pct = models.DecimalField(
        max_digits=11,
        decimal_places=8,
        null=True,
        blank=True,
        help_text="How far 'about X' or 'nearly X' reaches, in percent of X, for this series "
        "(empty: CLAIMS_HEDGE_BAND_PCT, 10 unless set).",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.CharField(max_length=150, blank=True)

    class Meta:
        ordering = ["key"]

    def __str__(self) -> str:
        return f"{self.subject}: {self.measure} ({self.unit})"


# --- Derived results: disposable, rebuilt by `manage.py recompute_indicators` --------------------


class IndicatorPoint(models.Model):
    """One computed point of a series (see tracker/indicators.py for every field's meaning)."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="points")
    period_key = models.CharField(max_length=32)
    period_start = models.DateField()
    period_end = models.DateField()
    best = ExactDecimalField()
    low = ExactDecimalField()
    low_inclusive = models.BooleanField()
    high = ExactDecimalField()
    high_inclusive = models.BooleanField()
    n_sources = models.PositiveIntegerField()
    disputed = models.BooleanField()
    spread_pct = OptionalExactDecimalField()
    change = OptionalExactDecimalField()
    change_pct = OptionalExactDecimalField()
    change_lower = OptionalExactDecimalField()
    change_lower_inclusive = models.BooleanField(null=True, blank=True)
    change_upper = OptionalExactDecimalField()
    change_upper_inclusive = models.BooleanField(null=True, blank=True)
    change_pct_lower = OptionalExactDecimalField()
    change_pct_lower_inclusive = models.BooleanField(null=True, blank=True)
    change_pct_upper = OptionalExactDecimalField()
    change_pct_upper_inclusive = models.BooleanField(null=True, blank=True)
    explanation = models.JSONField(default=dict)
    as_of_position = models.BigIntegerField(help_text="The last event position this reflects.")
    computed_at = models.DateTimeField()

    class Meta:
        ordering = ["indicator", "period_start", "period_end"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "period_key"], name="point_indicator_period"
            )
        ]

    def __str__(self) -> str:
        return f"{self.indicator_id} {self.period_key}: {self.best}"


class SourceReliability(models.Model):
    """Per source: its record (claims by current status, figures and disputes by outcome) and
    the reliability score derived from it."""

    source_id = models.CharField(primary_key=True, max_length=64)
    reported = models.PositiveIntegerField(default=0)
    confirmed = models.PositiveIntegerField(default=0)
    corrected = models.PositiveIntegerField(default=0)
    refuted = models.PositiveIntegerField(default=0)
    retracted = models.PositiveIntegerField(default=0)
    disputed = models.PositiveIntegerField(default=0)
    figures_accepted = models.PositiveIntegerField(default=0)
    figures_superseded = models.PositiveIntegerField(default=0)
    disputes_upheld = models.PositiveIntegerField(default=0)
    disputes_rejected = models.PositiveIntegerField(default=0)
    reliability = ExactDecimalField()
    as_of_position = models.BigIntegerField()
    computed_at = models.DateTimeField()

    class Meta:
        verbose_name_plural = "source reliability"

    def __str__(self) -> str:
        return f"{self.source_id}: {self.reliability}"


# --- Machinery -----------------------------------------------------------------------------------


class ConsumerCheckpoint(models.Model):
    """The last event position a consumer has fully processed (written with its results)."""

    name = models.CharField(primary_key=True, max_length=100)
    position = models.BigIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"{self.name} @ {self.position}"


class WorkerHeartbeat(models.Model):
    """Written by each Celery worker every few seconds (the `heartbeat` beat task)."""

    worker = models.CharField(primary_key=True, max_length=200)
    beat_at = models.DateTimeField()

    class Meta:
        ordering = ["-beat_at"]

    def __str__(self) -> str:
        return f"{self.worker} @ {self.beat_at:%Y-%m-%d %H:%M:%S}"


class VerificationRun(models.Model):
    """One comparison of the stored (incremental) results with a from-scratch recompute."""

    started_at = models.DateTimeField()
    finished_at = models.DateTimeField()
    as_of_position = models.BigIntegerField()
    differences = models.PositiveIntegerField()
    details = models.JSONField(default=list)

    class Meta:
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"{self.started_at:%Y-%m-%d %H:%M} @ {self.as_of_position}: {self.differences}"
