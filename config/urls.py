"""URL routes: admin, REST API v1, OpenAPI schema and docs, health."""

from django.conf import settings
from django.contrib import admin
from django.urls import path

from claims.health import healthz

urlpatterns = [
    path(settings.ADMIN_URL, admin.site.urls),
    path("healthz", healthz, name="healthz"),
]
