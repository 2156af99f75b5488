"""Signals the core sends; other apps (tracker) listen without the core importing them."""

from django.dispatch import Signal

# Sent after the transaction that appended events has committed: kwargs `records`.
events_committed = Signal()
