"""Filters for the claim and source lists (django-filter), documented from their declarations.

`ClaimFilter` works on both the current claims (`Claim`) and the history table (`ClaimVersion`,
for `as_of`), whose denormalised columns carry the same names.
"""

from __future__ import annotations

from typing import Any

import django_filters as df
from django.db.models import Q, QuerySet
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request

from claims.api.serializers import CLAIM_STATUSES
from claims.core import models
from claims.core.domain.source import SOURCE_KINDS

BOOLEAN_CHOICES = [("true", "true"), ("false", "false")]


class ClaimFilter(df.FilterSet):
    status = df.ChoiceFilter(
        choices=[(s, s) for s in CLAIM_STATUSES], label="Claims with this status."
    )
    subject = df.CharFilter(max_length=200, label="Claims about this subject (exact).")
    indicator = df.CharFilter(max_length=100, label="Claims feeding this indicator key.")
    attributed_to = df.CharFilter(max_length=64, label="Claims made by this source id.")
    disputed = df.ChoiceFilter(
        choices=BOOLEAN_CHOICES,
        method="filter_disputed",
        label="true: claims with an open dispute or status disputed; false: the others.",
    )
    period_start = df.DateFilter(
        field_name="period_end", lookup_expr="gte", label="Claims whose period ends on or after."
    )
    period_end = df.DateFilter(
        field_name="period_start",
        lookup_expr="lte",
        label="Claims whose period starts on or before.",
    )
    q = df.CharFilter(
        max_length=200, method="filter_text", label="Text in the statement, subject or place."
    )

    def filter_disputed(self, queryset: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        disputed = Q(open_disputes__gt=0) | Q(status="disputed")
        return queryset.filter(disputed) if value == "true" else queryset.exclude(disputed)

    def filter_text(self, queryset: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        place = "place" if queryset.model is models.Claim else "document__place"
        return queryset.filter(
            Q(statement__icontains=value)
            | Q(subject__icontains=value)
            | Q(**{f"{place}__icontains": value})
        )


class SourceFilter(df.FilterSet):
    kind = df.ChoiceFilter(choices=[(k, k) for k in SOURCE_KINDS], label="Sources of this kind.")
    q = df.CharFilter(
        field_name="name", lookup_expr="icontains", max_length=200, label="Text in the name."
    )


def apply(filterset_class: type[df.FilterSet], request: Request, queryset: QuerySet[Any]) -> Any:
    """Filter a queryset by the request's query string, or raise a 400 naming each bad filter."""
    filterset = filterset_class(request.query_params, queryset=queryset, request=request)
    if not filterset.is_valid():
        raise ValidationError({name: list(errors) for name, errors in filterset.errors.items()})
    return filterset.qs


def parameters(filterset_class: type[df.FilterSet]) -> list[OpenApiParameter]:
    """Describe a filterset's filters as OpenAPI query parameters."""
    params = []
    for name, filt in filterset_class.base_filters.items():
        extra: dict[str, Any] = {}
        kind: Any = OpenApiTypes.STR
        if isinstance(filt, df.ChoiceFilter):
            extra["enum"] = [value for value, _ in filt.extra["choices"]]
        elif isinstance(filt, df.DateFilter):
            kind = OpenApiTypes.DATE
        params.append(
            OpenApiParameter(
                name, kind, OpenApiParameter.QUERY, description=str(filt.label), **extra
            )
        )
    return params
