"""Derived indicators computed from the claims event log."""
