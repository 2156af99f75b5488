"""Query parameters: validated by serializers, which also document them in the schema.

A parameter sent with an empty value (`?as_of=`, `?page=`) is refused with a 400 naming it,
unless it is free text (where an empty value filters nothing): left to DRF, an empty value
would count as absent, although the schema (a date, a number, one of a list) does not allow it.

`ordering_field` makes the `ordering` parameter of a list from the orders its selector can
serve: each name ascending, or descending with a leading `-`; any other value is a 400.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from rest_framework import serializers

from claims.api.choices import ChoiceField

EMPTY_VALUE = "Give a value, or leave the parameter out."
NOT_WHOLE = "A whole number, in digits."
_WHOLE = re.compile(r"[+-]?[0-9]+")


class Query(serializers.Serializer):
    """The base of every query-parameter serializer.

    An integer parameter is digits (with a sign): DRF's IntegerField also reads '25.0' and
    '25.000' as 25, where the schema says integer."""

    def to_internal_value(self, data: Any) -> Any:
        if isinstance(data, Mapping):
            empty = {
                name: [EMPTY_VALUE]
                for name, field in self.fields.items()
                if data.get(name) == "" and not getattr(field, "allow_blank", False)
            }
            if empty:
                raise serializers.ValidationError(empty)
            not_whole = {
                name: [NOT_WHOLE]
                for name, field in self.fields.items()
                if isinstance(field, serializers.IntegerField)
                and isinstance(data.get(name), str)
                and data.get(name) != ""
                and not _WHOLE.fullmatch(str(data.get(name)))
            }
            if not_whole:
                raise serializers.ValidationError(not_whole)
        return super().to_internal_value(data)


class OrderingField(ChoiceField):
    """A list's `ordering` (the schema names its values for generated clients: `-status` is
    `STATUS_DESC`)."""

    def enum_names(self) -> list[str]:
        return [
            f"{value.removeprefix('-').upper()}{'_DESC' if value.startswith('-') else ''}"
            for value in self.choices
        ]


def ordering_field(orders: Iterable[str], default: str) -> OrderingField:
    """The `ordering` parameter of a list that can be read in these orders."""
    names = list(orders)
    choices = [form for name in names for form in (name, f"-{name}")]
    shown = ", ".join(f"`{name}`" for name in names)
    return OrderingField(
        choices=choices,
        required=False,
        default=default,
        help_text=f"The order of the list: {shown}, ascending, or descending with a leading `-` "
        f"(default `{default}`). Ties are broken by id, so pages never overlap.",
    )
