"""The editors' workspace in the Django admin (registered in claims/admin.py)."""
