"""Indicator API shapes: one input serializer, output serializers with every field listed.

Every number is a decimal string ("34.5"), never a JSON float.
"""

from __future__ import annotations

from rest_framework import serializers

from claims.api.public import AmountField, ChoiceField, text


class DefineIndicatorInput(serializers.Serializer):
    key = serializers.SlugField(
        max_length=100, help_text="Lowercase letters, digits and hyphens, e.g. gt-homicide-rate."
    )
    subject = text(200)
    measure = text(200)
    unit = text(100)
    tolerance_pct = AmountField(
        help_text="Spread between sources (percent of best) above which a point is disputed."
    )
    hedge_band_pct = AmountField(
        required=False,
        allow_null=True,
        help_text="This series' own hedge band: how far 'about X' or 'nearly X' reaches, in "
        "percent of X (0 to 100). Left out or null: the deployment's (CLAIMS_HEDGE_BAND_PCT).",
    )


def decimal_field(help_text: str, *, allow_null: bool = False) -> serializers.CharField:
    return serializers.CharField(allow_null=allow_null, help_text=help_text)


class ChangeBoundOutput(serializers.Serializer):
    value = serializers.CharField(help_text="A decimal string.")
    inclusive = serializers.BooleanField(help_text="Whether the bound itself is allowed.")


class PointPeriodOutput(serializers.Serializer):
    key = serializers.CharField(help_text="'2012' for a calendar year, else 'start/end'.")
    start = serializers.DateField()
    end = serializers.DateField()


class PointOutput(serializers.Serializer):
    period = PointPeriodOutput()
    best = decimal_field("An editor-confirmed figure, else the median of one figure per source.")
    low = decimal_field("Lowest value the sources allow (qualifier bounds honoured).")
    low_inclusive = serializers.BooleanField()
    high = decimal_field("Highest value the sources allow (qualifier bounds honoured).")
    high_inclusive = serializers.BooleanField()
    n_sources = serializers.IntegerField(help_text="Sources with a live figure for the period.")
    disputed = serializers.BooleanField(
        help_text="An open dispute on a contributing claim, or a spread above tolerance."
    )
    spread_pct = decimal_field("(high − low) / |best| × 100; null when best is 0.", allow_null=True)
    change = decimal_field("best − the previous period's best.", allow_null=True)
    change_pct = decimal_field(
        "change / |previous best| × 100, to 0.01; null without a previous period.",
        allow_null=True,
    )
    change_lower = ChangeBoundOutput(
        allow_null=True, help_text="Least change the qualifiers allow; null when unbounded."
    )
    change_upper = ChangeBoundOutput(
        allow_null=True, help_text="Greatest change the qualifiers allow; null when unbounded."
    )
    change_pct_lower = ChangeBoundOutput(allow_null=True, help_text="The same in percent.")
    change_pct_upper = ChangeBoundOutput(allow_null=True, help_text="The same in percent.")
    explanation = serializers.DictField(
        help_text="How best was chosen: method (confirmed | median | single), figures "
        "('<claim id>/<figure id>'), sources, contributing figures, and why it is disputed."
    )
    as_of_position = serializers.IntegerField(
        allow_null=True,
        help_text="The last event position reflected (null: computed on the spot for as_of or "
        "known_at).",
    )
    computed_at = serializers.DateTimeField(allow_null=True)


class IndicatorOutput(serializers.Serializer):
    key = serializers.CharField()
    subject = serializers.CharField()
    measure = serializers.CharField()
    unit = serializers.CharField()
    tolerance_pct = decimal_field("Spread (percent of best) above which a point is disputed.")
    hedge_band_pct = decimal_field(
        "The hedge band the series is computed with, in percent of a figure's amount: the "
        "indicator's own, else the deployment's (CLAIMS_HEDGE_BAND_PCT)."
    )
    hedge_band_own = serializers.BooleanField(
        help_text="Whether the indicator sets its own hedge band (false: the deployment's)."
    )
    created_at = serializers.DateTimeField()
    n_points = serializers.IntegerField(help_text="Computed periods in the series.")
    latest = PointOutput(allow_null=True, help_text="The latest period's point, if any.")


class IndicatorPageOutput(serializers.Serializer):
    count = serializers.IntegerField()
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    results = IndicatorOutput(many=True)


class LeftOutOutput(serializers.Serializer):
    figure = serializers.CharField(help_text="'<claim id>/<figure id>'.")
    claim = serializers.CharField()
    figure_id = serializers.CharField()
    reason = ChoiceField(
        choices=[
            "unit",
            "claim_refuted",
            "claim_retracted",
            "figure_rejected",
            "figure_withdrawn",
            "no_period",
        ],
        help_text="Why the series leaves the figure out: `unit` (a correction changed its "
        "claim's unit, or it was reported in another unit), its claim refuted or retracted, "
        "the figure rejected or withdrawn, or no period.",
    )
    why = serializers.CharField(help_text="The reason in words.")
    period = serializers.CharField(
        allow_null=True, help_text="The period the figure is about (for `unit`)."
    )
    unit = serializers.CharField(allow_null=True, help_text="The figure's unit (for `unit`).")


class SeriesOutput(serializers.Serializer):
    indicator = IndicatorOutput()
    consumer_position = serializers.IntegerField(
        help_text="The event position the indicator worker has processed up to."
    )
    head_position = serializers.IntegerField(help_text="The latest event position in the log.")
    results = PointOutput(many=True)
    left_out = LeftOutOutput(
        many=True,
        help_text="Every figure of the indicator's claims that the series leaves out, with why "
        "(at `as_of`/`known_at` when given, else now).",
    )
