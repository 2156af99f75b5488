"""Run under DJANGO_ENV=production: request a few pages, print what came back as JSON.

Used by test_production.py in a subprocess, so the real production profile is loaded exactly as
a deployment loads it (settings read once at start-up), not patched into the test process.
Touches no database.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.test import Client
    from django.test.utils import override_settings

    host = settings.ALLOWED_HOSTS[0]
    admin = "/" + settings.ADMIN_URL.lstrip("/")
    out: dict[str, Any] = {"DEBUG": settings.DEBUG, "admin": admin}
    with override_settings(ROOT_URLCONF="tests.security.boom_urls"):
        client = Client(HTTP_HOST=host, raise_request_exception=False)
        for name, path, secure in [
            ("docs", "/api/docs/", True),
            ("docs_http", "/api/docs/", False),
            ("admin_login", admin + "login/", True),
            ("boom_html", "/boom/", True),
            ("boom_api", "/api/v1/boom/", True),
        ]:
            response = client.get(path, secure=secure)
            cookies = {
                key: {"secure": bool(c["secure"]), "samesite": c["samesite"]}
                for key, c in response.cookies.items()
            }
            out[name] = {
                "status": response.status_code,
                "headers": dict(response.headers),
                "cookies": cookies,
                "body": response.content.decode("utf-8", "replace")[:20000],
            }
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
