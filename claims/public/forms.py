"""The public claim list's search form: the API's claim filters, as an HTML form submits them
(an empty field filters nothing, where the API refuses an empty typed value)."""

from __future__ import annotations

from django import forms

from claims.api.filters import BOOLEANS
from claims.api.serializers import CLAIM_STATUSES


def _choices(values: list[str]) -> list[tuple[str, str]]:
    return [("", "")] + [(v, v) for v in values]


class ClaimFilters(forms.Form):
    status = forms.ChoiceField(
        choices=_choices(CLAIM_STATUSES), required=False, label="Claims with this status."
    )
    subject = forms.CharField(
        max_length=200, required=False, label="Claims about this subject (exact)."
    )
    indicator = forms.CharField(
        max_length=100, required=False, label="Claims feeding this indicator key."
    )
    attributed_to = forms.CharField(
        max_length=64, required=False, label="Claims made by this source id."
    )
    disputed = forms.ChoiceField(
        choices=_choices(BOOLEANS),
        required=False,
        label="true: claims with an open dispute or status disputed; false: the others.",
    )
    period_start = forms.DateField(required=False, label="Claims whose period ends on or after.")
    period_end = forms.DateField(required=False, label="Claims whose period starts on or before.")
    q = forms.CharField(
        max_length=200, required=False, label="Text in the statement, subject or place."
    )
