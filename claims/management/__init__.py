"""Management commands of the claims app (manage.py ...)."""
