"""The claim and source list filters: validated here (400 naming each bad one), documented as
OpenAPI query parameters from their declarations, and applied by the selectors."""

from __future__ import annotations

from typing import Any, cast

from django import forms
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request

from claims.api.serializers import CLAIM_STATUSES
from claims.core import selectors
from claims.core.domain.source import SOURCE_KINDS

BOOLEANS = ["true", "false"]


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


class SourceFilters(forms.Form):
    kind = forms.ChoiceField(
        choices=_choices(list(SOURCE_KINDS)), required=False, label="Sources of this kind."
    )
    q = forms.CharField(max_length=200, required=False, label="Text in the name.")


def validated(form_class: type[forms.Form], request: Request) -> dict[str, Any]:
    """The request's filters, cleaned, or a 400 naming each bad one."""
    form = form_class(request.query_params)
    if not form.is_valid():
        raise ValidationError(
            {name: [str(e) for e in errors] for name, errors in form.errors.items()}
        )
    return dict(form.cleaned_data)


def claim_filters(request: Request, **extra: Any) -> selectors.ClaimFilters:
    """What the claim list shows for this request (plus `extra`, e.g. `as_of`)."""
    data = validated(ClaimFilters, request)
    disputed = {"true": True, "false": False}.get(data.pop("disputed"))
    return selectors.ClaimFilters(disputed=disputed, **data, **extra)


def parameters(form_class: type[forms.Form]) -> list[OpenApiParameter]:
    """Describe a filter form's fields as OpenAPI query parameters."""
    params = []
    for name, form_field in form_class.base_fields.items():
        extra: dict[str, Any] = {}
        kind: Any = OpenApiTypes.STR
        if isinstance(form_field, forms.ChoiceField):
            choices = cast(list[tuple[str, str]], form_field.choices)
            extra["enum"] = [value for value, _ in choices if value]
        elif isinstance(form_field, forms.DateField):
            kind = OpenApiTypes.DATE
        params.append(
            OpenApiParameter(
                name, kind, OpenApiParameter.QUERY, description=str(form_field.label), **extra
            )
        )
    return params
