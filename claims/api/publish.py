"""Publishing endpoints: the ClaimReview feed, CSV exports of the claim list, and CSV imports.

The claim list's CSV is the list endpoint's (same filters, as_of and known_at) in another format;
rows are written as the database yields them, so an export's memory does not grow with it.
"""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework.request import Request
from rest_framework.response import Response

from claims.api.base import ApiView, validated
from claims.api.claimreview import claim_review, data_feed
from claims.api.pagination import PageQuery, paginate
from claims.api.schema import READ_ERRORS, RETRY_AFTER_READ, responses
from claims.core import selectors


class ClaimReviewFeedView(ApiView):
    """Every reviewed claim's ClaimReview, as a schema.org DataFeed (paged)."""

    @extend_schema(
        operation_id="claimreview_feed",
        summary="The ClaimReview of every reviewed claim, as a schema.org DataFeed",
        description="Claims nobody has reviewed (status reported) are left out. Each review's "
        "`url` is the claim's public page; `count`, `next` and `previous` page through it.",
        parameters=[PageQuery, RETRY_AFTER_READ],
        responses=responses(
            {
                200: OpenApiResponse(
                    OpenApiTypes.OBJECT,
                    description="schema.org DataFeed (JSON-LD) whose dataFeedElement holds "
                    "ClaimReviews, with count, next and previous.",
                )
            },
            READ_ERRORS,
        ),
    )
    def get(self, request: Request) -> Response:
        query = validated(PageQuery, request.query_params)
        page = paginate(request, selectors.reviewed_claims(), query)
        documents: list[dict[str, Any]] = page["results"]
        first = selectors.first_reviewed(d["id"] for d in documents)
        sources = selectors.sources(
            i
            for d in documents
            for i in (d.get("attributed_to"), (d.get("reported_in") or {}).get("publisher"))
            if i
        )
        reviews = [
            claim_review(
                d,
                request.build_absolute_uri(reverse("public-claim", args=[d["id"]])),
                first.get(d["id"]),
                sources,
            )
            for d in documents
        ]
        modified = max((str(d["updated_at"])[:10] for d in documents), default=None)
        feed = data_feed(reviews, request.build_absolute_uri(reverse("public-claims")), modified)
        return Response(
            {**feed, "count": page["count"], "next": page["next"], "previous": page["previous"]}
        )
