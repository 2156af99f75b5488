"""URL routes: admin, REST API v1, OpenAPI schema and docs, health probes, the public pages."""

from importlib.util import find_spec

from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView

from claims.api.docs import OfflineSwaggerView
from claims.core.health import healthz, livez, readyz

handler404 = "claims.api.errors.not_found"
handler500 = "claims.api.errors.server_error"

urlpatterns = [
    path(settings.ADMIN_URL, admin.site.urls),
    path("livez", livez, name="livez"),
    path("readyz", readyz, name="readyz"),
    path("healthz", healthz, name="healthz"),
    path("api/v1/", include("claims.api.urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", OfflineSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    path("", include("claims.public.urls")),
]
# The indicator endpoints live in the tracker app; mount them once that module exists.
if find_spec("tracker.api.urls") is not None:
    urlpatterns.append(path("api/v1/", include("tracker.api.urls")))
if find_spec("tracker.public") is not None:
    urlpatterns.append(path("", include("tracker.public")))
