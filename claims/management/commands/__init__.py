"""manage.py commands: rebuilds, verification, backups, database roles, status, article import."""
