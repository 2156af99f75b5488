"""Exact decimal columns live in claims.core.fields; this name stays for tracker's migrations."""

from claims.core.fields import ExactDecimalField, OptionalExactDecimalField

__all__ = ["ExactDecimalField", "OptionalExactDecimalField"]
