"""An exact decimal column: stored as canonical text, read back as `Decimal`.

SQLite stores a DecimalField through REAL (Django reads it back via a 15-digit float), so a
computed figure would not survive the round trip exactly; text does, on every backend.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import models

from claims.core.domain.values import decimal_str

if TYPE_CHECKING:  # django-stubs types fields by their generic parameters (set, get)
    _Base = models.Field[Decimal | str | int, Decimal]
    _OptionalBase = models.Field[Decimal | str | int | None, Decimal | None]
else:
    _Base = _OptionalBase = models.Field

MAX_LENGTH = 100


def _to_decimal(value: Any) -> Decimal | None:
    if value is None or isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        raise ValidationError("Give a decimal, not a float.")
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise ValidationError(f"{value!r} is not a decimal number.") from None


class _ExactDecimal:
    """The conversions shared by both fields (a varchar holding the canonical decimal string)."""

    def get_internal_type(self) -> str:
        return "CharField"

    def from_db_value(self, value: Any, expression: Any, connection: Any) -> Decimal | None:
        return None if value is None else Decimal(value)

    def to_python(self, value: Any) -> Decimal | None:
        return _to_decimal(value)

    def get_prep_value(self, value: Any) -> str | None:
        number = _to_decimal(value)
        return decimal_str(number) if number is not None else None


class ExactDecimalField(_ExactDecimal, _Base):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", MAX_LENGTH)
        super().__init__(*args, **kwargs)


class OptionalExactDecimalField(_ExactDecimal, _OptionalBase):
    """The nullable variant (null=True, blank=True)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", MAX_LENGTH)
        kwargs.setdefault("null", True)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)
