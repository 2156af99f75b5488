"""Checklist #9: every route the resolver knows is in the OpenAPI schema or a named non-API page.

tests/api/test_schema.py checks the routes under /api/v1/; this walks the whole resolver, so a
route added anywhere else (a second API version, a debug view) fails until it is documented or
deliberately listed here.
"""

from __future__ import annotations

import pytest
from django.conf import settings
from rest_framework.test import APIClient

from tests.factories import as_openapi, url_routes

# Pages that are not part of the API contract, each for a reason.
NOT_API = {
    "livez": "liveness probe (claims/core/health.py)",
    "readyz": "readiness probe (claims/core/health.py)",
    "healthz": "the full health report (claims/core/health.py)",
    "api/schema/": "the OpenAPI document itself",
    "api/docs/": "Swagger UI over the schema",
    # The public pages (HTML for readers; the same reads as the API's claims and indicators).
    "": "the site's root: a redirect to the public claim list (claims/public)",
    "claims/": "public claim list (claims/public)",
    "claims/{claim_id}/": "public claim page (claims/public)",
    "indicators/": "public indicator list (tracker/public.py)",
    "indicators/{key}/": "public indicator page (tracker/public.py)",
    "indicators/{key}/series\\.svg": "embeddable indicator chart (tracker/public.py)",
}


@pytest.mark.django_db
def test_no_route_is_undocumented() -> None:
    schema = APIClient().get("/api/schema/", HTTP_ACCEPT="application/json").json()
    documented = set(schema["paths"])
    admin = str(settings.ADMIN_URL)
    routes = url_routes()
    undocumented = sorted(
        route
        for route in routes
        if not route.startswith(admin)
        and route not in NOT_API
        and as_openapi(route).lstrip("/") not in NOT_API
        and as_openapi(route) not in documented
    )
    print(
        f"inventory: {len(routes)} routes, {len(documented)} documented paths, "
        f"{len(undocumented)} undocumented"
    )
    assert undocumented == []
    # The schema lists nothing that does not exist either (old versions are removed).
    known = {as_openapi(route) for route in routes}
    assert documented <= known, documented - known
