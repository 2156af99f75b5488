"""The Swagger UI page, served entirely from this server (drf-spectacular-sidecar assets)."""

from __future__ import annotations

import json
from typing import Any

from drf_spectacular.settings import spectacular_settings
from drf_spectacular.utils import extend_schema
from drf_spectacular.views import SpectacularSwaggerView
from rest_framework.request import Request
from rest_framework.response import Response


class OfflineSwaggerView(SpectacularSwaggerView):
    """Swagger UI without its validator badge, which would fetch from validator.swagger.io."""

    @extend_schema(exclude=True)
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        response = super().get(request, *args, **kwargs)
        ui_settings = {**spectacular_settings.SWAGGER_UI_SETTINGS, "validatorUrl": None}
        response.data["settings"] = json.dumps(ui_settings, indent=2)
        return response
