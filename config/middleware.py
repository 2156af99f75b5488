"""Give every request an id that travels into event metadata and logs."""

import logging
import re
import time
import uuid
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from config.logging import actor_of, bind_request, unbind_request

_SAFE_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")
access_log = logging.getLogger("claims.requests")


class RequestIdMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        given = request.headers.get("X-Request-Id", "")
        request_id = given if _SAFE_ID.match(given) else uuid.uuid4().hex
        request.request_id = request_id  # type: ignore[attr-defined]
        # Log records written while serving this request carry its id and actor (config/logging).
        token = bind_request(request)
        started = time.monotonic()
        try:
            response = self.get_response(request)
            response["X-Request-Id"] = request_id
            if getattr(settings, "LOG_REQUESTS", False):
                access_log.info(
                    "%s %s %s",
                    request.method,
                    request.path,
                    response.status_code,
                    extra={
                        "method": request.method,
                        "path": request.path,
                        "status": response.status_code,
                        "duration_ms": round((time.monotonic() - started) * 1000, 1),
                        "actor": actor_of(request) or "-",
                    },
                )
            return response
        finally:
            unbind_request(token)
