"""Exact decimal columns live in claims.fields; this name stays for tracker's migrations."""

from claims.fields import ExactDecimalField, OptionalExactDecimalField

__all__ = ["ExactDecimalField", "OptionalExactDecimalField"]
