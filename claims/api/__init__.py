"""The REST API (/api/v1/): thin views that validate, then call a service or a selector."""
