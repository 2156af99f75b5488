"""Webhooks: signed HTTP deliveries of the event log to registered endpoints."""
