"""manage.py commands: load_demo and recompute_indicators."""
