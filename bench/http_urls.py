"""The project's URLs plus the peers of figure (e): plain Django `JsonResponse` views.

`/bench/plain/claims/<id>/` reads the same `Claim.document` row as the API's claim detail;
`/bench/plain/claims/` reads the same first page as the API's filtered list; the POST appends
one row to the plain events table (see bench/workload.py) in a transaction.
"""

from __future__ import annotations

import json
import uuid

from django.db import connection, transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import path
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt

from bench.workload import BASELINE_TABLE
from claims.core.models import Claim
from config.urls import urlpatterns as project_urls


def plain_detail(request: HttpRequest, claim_id: str) -> HttpResponse:
    doc = Claim.objects.filter(pk=claim_id).values_list("document", flat=True).first()
    if doc is None:
        return JsonResponse({"detail": "No such claim."}, status=404)
    return JsonResponse(doc)


def plain_list(request: HttpRequest) -> HttpResponse:
    rows = Claim.objects.order_by("created_at", "id")
    status = request.GET.get("status")
    if status:
        rows = rows.filter(status=status)
    docs = list(rows.values_list("document", flat=True)[:50])
    return JsonResponse({"count": rows.count(), "results": docs})


@csrf_exempt
def plain_post(request: HttpRequest) -> HttpResponse:
    body = json.loads(request.body or b"{}")
    stream_id = uuid.uuid4().hex
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {BASELINE_TABLE} (stream_id, version, event_type, data, recorded_at)"
            " VALUES (%s, 1, 'ClaimReported', %s, %s)",
            [stream_id, json.dumps(body), timezone.now()],
        )
    return JsonResponse({"id": stream_id, "version": 1}, status=201)


urlpatterns = [
    path("bench/plain/claims/<str:claim_id>/", plain_detail),
    path("bench/plain/claims/", plain_list),
    path("bench/plain/post/", plain_post),
    *project_urls,
]
