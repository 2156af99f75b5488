"""Every error answered under /api/ is JSON with `detail` and `code`, in DEBUG too.

The API's views answer JSON themselves; what reaches a client from elsewhere does not: a path
that matches no route (Django's HTML 404, its debug page under DEBUG), a method Django refuses
before DRF sees it, a 400 for a request Django cannot read, or a crash's debug page. This
middleware, outermost, rewrites such an answer as JSON with the same status and headers.
"""

from __future__ import annotations

from collections.abc import Callable
from http import HTTPStatus

from django.http import HttpRequest, HttpResponse, JsonResponse

from claims.api.errors import code_for_status

API_PREFIX = "/api/"
# Headers of the original answer that still mean something for the JSON one.
KEPT_HEADERS = ("Allow", "Retry-After", "WWW-Authenticate", "X-Request-Id", "Vary")
MESSAGES = {
    404: "Not found.",
    405: "Method not allowed.",
    500: "Internal server error.",
}


def is_json(response: HttpResponse) -> bool:
    media_type = response.get("Content-Type", "").split(";")[0].strip().lower()
    return media_type == "application/json" or media_type.endswith("+json")


def as_json(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """The same error as a JSON answer (the status and the headers that matter kept)."""
    status = response.status_code
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "Error"
    body: dict[str, object] = {
        "detail": MESSAGES.get(status, f"{phrase}."),
        "code": code_for_status(status),
    }
    if status >= 500:
        body["request_id"] = getattr(request, "request_id", None)
    answer = JsonResponse(body, status=status)
    for name in KEPT_HEADERS:
        if name in response:
            answer[name] = response[name]
    return answer


class ApiErrorsAsJson:
    """Rewrite a non-JSON error answer to a request under /api/ as JSON."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (
            response.status_code >= 400
            and request.path.startswith(API_PREFIX)
            and not is_json(response)
        ):
            return as_json(request, response)
        return response
