"""Template tags of the editors' workspace (the admin index's queue counts and recent events)."""
