"""The event-sourced core and the claims domain."""
