"""Citations: what a story, chart or dataset relied on, and whether the claim changed since.

- `POST /api/v1/citations/` `{"claim", "url", "title"?, "published_at"?, "version"?}`
  (contributors, editors) → 201: the claim version relied on is pinned (default: its current
  one).
- `GET /api/v1/citations/?claim=&url=&stale=true` lists them; `GET /api/v1/citations/{id}/`.
- `GET /api/v1/citations/{id}/diff/` → `as_published` (the claim at the cited version), `now`,
  `changes` (each material field that differs: `field`, `from`, `to`) and `events` (the
  claim's events after the cited version, as in its history, with who, when and why).
- `POST /api/v1/citations/{id}/acknowledge/` → the citation, up to date with the claim's current
  version until the claim changes materially again.

A citation is stale when its claim's status, statement, value or bounds changed after the
version it cited or was last acknowledged at. Citing and acknowledging are events.
"""

from __future__ import annotations

from typing import ClassVar

from django.urls import re_path, reverse
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response

from claims.api import serializers as s
from claims.api.base import ApiView, validated
from claims.api.choices import ChoiceField
from claims.api.filters import CitationListQuery, citation_filters
from claims.api.idempotency import idempotent
from claims.api.inputs import INPUTS
from claims.api.pagination import paginate
from claims.api.schema import (
    CREATE_ERRORS,
    DETAIL_ERRORS,
    ETAG,
    ETAG_CREATED,
    IDEMPOTENCY_KEY,
    LOCATION,
    READ_ERRORS,
    RETRY_AFTER_READ,
    RETRY_AFTER_WRITE,
    responses,
)
from claims.api.views import events_for
from claims.core import selectors
from claims.core.commands import COMMANDS
from claims.core.domain.citation import MATERIAL_FIELDS

CITATION_ID = r"(?P<citation_id>[A-Za-z0-9][A-Za-z0-9._:-]{0,63})"
ACKNOWLEDGE_ERRORS = (400, 401, 403, 404, 409, 413, 415, 422, 429, 503)


# --- Shapes ---------------------------------------------------------------------------------------


class CitationOutput(serializers.Serializer):
    """Something published that relied on a claim, and whether the claim changed since."""

    id = serializers.CharField()
    version = serializers.IntegerField(help_text="The citation's own version (1, then 2…).")
    claim = serializers.CharField(help_text="Id of the claim relied on.")
    url = serializers.CharField()
    title = serializers.CharField(allow_blank=True)
    published_at = serializers.DateTimeField(allow_null=True)
    cited_version = serializers.IntegerField(help_text="The claim version relied on.")
    acknowledged_version = serializers.IntegerField(
        allow_null=True, help_text="The claim version it was last acknowledged at."
    )
    current_version = serializers.IntegerField(help_text="The claim's version now.")
    stale = serializers.BooleanField(
        help_text="The claim changed materially (status, statement, value or bounds) after "
        "the cited or acknowledged version."
    )
    changed_in_version = serializers.IntegerField(
        help_text="The claim's last version with a material change."
    )
    cited_by = serializers.CharField(allow_blank=True, help_text="Who recorded the citation.")
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()


class CitationPageOutput(serializers.Serializer):
    count = serializers.IntegerField()
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    results = CitationOutput(many=True)


FieldChangeOutput = type(
    "FieldChangeOutput",
    (serializers.Serializer,),
    {
        "__doc__": "A material field whose value differs between the cited version and now.",
        "field": ChoiceField(choices=list(MATERIAL_FIELDS)),
        "from": serializers.CharField(allow_null=True),
        "to": serializers.CharField(allow_null=True),
    },
)


class CitationDiffOutput(serializers.Serializer):
    citation = CitationOutput()
    as_published = s.ClaimOutput(help_text="The claim at the cited version.")
    now = s.ClaimOutput(help_text="The claim now.")
    changes = FieldChangeOutput(many=True)
    events = s.EventOutput(many=True, help_text="The claim's events after the cited version.")


def citation_response(
    citation_id: str, *, code: int = 200, request: Request | None = None
) -> Response:
    row = selectors.citation(citation_id)
    if row is None:
        raise NotFound("No such citation.")
    headers = {"ETag": f'"{row.version}"'}
    if request is not None:
        headers["Location"] = request.build_absolute_uri(
            reverse("api-citation-detail", args=[citation_id])
        )
    body = CitationOutput(selectors.citation_document(row)).data
    return Response(body, status=code, headers=headers)


# --- Views ----------------------------------------------------------------------------------------


class CitationCollectionView(ApiView):
    """GET lists citations; POST records one (contributors and editors)."""

    required_roles: ClassVar[dict[str, str]] = {"POST": COMMANDS["cite"].role}
    command_ids = True  # its command takes a command_id (claims/api/idempotency.py)

    @extend_schema(
        operation_id="citations_list",
        summary="List citations (of a claim, from a URL, stale or not)",
        parameters=[CitationListQuery, RETRY_AFTER_READ],
        responses=responses({200: CitationPageOutput}, READ_ERRORS),
    )
    def get(self, request: Request) -> Response:
        query = validated(CitationListQuery, request.query_params)
        rows = selectors.citation_list(**citation_filters(query))
        page = paginate(request, rows, query)
        page["results"] = [selectors.citation_document(row) for row in page["results"]]
        return Response(CitationPageOutput(page).data)

    @extend_schema(
        operation_id="citations_create",
        summary="Record that something published relied on a claim",
        request=INPUTS["cite"],
        parameters=[IDEMPOTENCY_KEY, ETAG_CREATED, LOCATION, RETRY_AFTER_WRITE],
        responses=responses({201: CitationOutput}, CREATE_ERRORS),
    )
    @idempotent
    def post(self, request: Request) -> Response:
        data = validated(INPUTS["cite"], request.data)
        cite = COMMANDS["cite"]
        result = cite.run(cite.build(data), self.context(request, {}))
        return citation_response(result.state.citation_id, code=201, request=request)


class CitationDetailView(ApiView):
    """Read one citation."""

    @extend_schema(
        operation_id="citations_retrieve",
        summary="Read a citation",
        parameters=[ETAG, RETRY_AFTER_READ],
        responses=responses({200: CitationOutput}, DETAIL_ERRORS),
    )
    def get(self, request: Request, citation_id: str) -> Response:
        return citation_response(citation_id)


class CitationDiffView(ApiView):
    """The claim as the citation relied on it beside the claim now."""

    @extend_schema(
        operation_id="citations_diff",
        summary="What changed in the claim since it was cited",
        parameters=[RETRY_AFTER_READ],
        responses=responses({200: CitationDiffOutput}, DETAIL_ERRORS),
    )
    def get(self, request: Request, citation_id: str) -> Response:
        diff = selectors.citation_diff(citation_id)
        if diff is None:
            raise NotFound("No such citation.")
        body = {
            "citation": selectors.citation_document(diff.citation),
            "as_published": diff.as_published,
            "now": diff.now,
            "changes": diff.changes,
            "events": events_for(request, diff.events),
        }
        return Response(CitationDiffOutput(body).data)


class AcknowledgeCitationView(ApiView):
    """Mark a citation handled at its claim's current version (contributors and editors)."""

    required_roles: ClassVar[dict[str, str]] = {"POST": COMMANDS["acknowledge_citation"].role}
    command_ids = True  # its command takes a command_id (claims/api/idempotency.py)

    @extend_schema(
        operation_id="citations_acknowledge",
        summary="Acknowledge the claim's changes: the citation is up to date again",
        request=INPUTS["acknowledge_citation"],
        parameters=[IDEMPOTENCY_KEY, ETAG, RETRY_AFTER_WRITE],
        responses=responses({200: CitationOutput}, ACKNOWLEDGE_ERRORS),
    )
    @idempotent
    def post(self, request: Request, citation_id: str) -> Response:
        if not selectors.citation_exists(citation_id):
            raise NotFound("No such citation.")
        data = validated(INPUTS["acknowledge_citation"], request.data)
        spec = COMMANDS["acknowledge_citation"]
        spec.run(
            citation_id, spec.build(data), self.context(request, data), data.get("expected_version")
        )
        return citation_response(citation_id)


urlpatterns = [
    re_path(r"^citations/$", CitationCollectionView.as_view(), name="api-citation-list"),
    re_path(
        rf"^citations/{CITATION_ID}/$", CitationDetailView.as_view(), name="api-citation-detail"
    ),
    re_path(
        rf"^citations/{CITATION_ID}/diff/$", CitationDiffView.as_view(), name="api-citation-diff"
    ),
    re_path(
        rf"^citations/{CITATION_ID}/acknowledge/$",
        AcknowledgeCitationView.as_view(),
        name="api-citation-acknowledge",
    ),
]
