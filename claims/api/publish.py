"""Publishing endpoints: the ClaimReview feed, CSV exports of the claim list, and CSV imports.

The claim list's CSV is the list endpoint's (same filters, as_of and known_at) in another format;
rows are written as the database yields them, so an export's memory does not grow with it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from django.http import StreamingHttpResponse
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import exceptions, serializers
from rest_framework.parsers import BaseParser, MultiPartParser
from rest_framework.renderers import BaseRenderer
from rest_framework.request import Request
from rest_framework.response import Response

from claims.api.base import ApiView, validated
from claims.api.claimreview import chain_sources, claim_review, data_feed, public_address
from claims.api.pagination import PageQuery, paginate
from claims.api.renderers import JsonLdRenderer, JSONRenderer
from claims.api.schema import READ_ERRORS, RETRY_AFTER_READ, responses
from claims.core import imports, selectors, spreadsheet
from claims.core.commands import COMMANDS


class ClaimReviewFeedView(ApiView):
    """Every reviewed claim's ClaimReview, as a schema.org DataFeed (paged)."""

    renderer_classes = [JSONRenderer, JsonLdRenderer]  # JSON unless JSON-LD is asked for

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
        sources = selectors.sources(i for d in documents for i in chain_sources(d))
        reported = selectors.as_reported(d["id"] for d in documents)
        reviews = [
            claim_review(
                d,
                public_address(request, reverse("public-claim", args=[d["id"]])),
                first.get(d["id"]),
                sources,
                reported,
            )
            for d in documents
        ]
        modified = max((str(d["updated_at"])[:10] for d in documents), default=None)
        feed = data_feed(reviews, public_address(request, reverse("public-claims")), modified)
        return Response(
            {**feed, "count": page["count"], "next": page["next"], "previous": page["previous"]}
        )


# --- CSV out --------------------------------------------------------------------------------------


class CsvRenderer(BaseRenderer):
    """Lets `?format=csv` and `Accept: text/csv` choose CSV; the views stream the file
    themselves (a StreamingHttpResponse), so this renders only what reaches it otherwise."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(
        self, data: Any, accepted_media_type: Any = None, renderer_context: Any = None
    ) -> bytes:
        return b"" if data is None else str(data).encode()


class CsvCapable:
    """A view mixin: GET may answer CSV; every error stays JSON whatever was asked for."""

    request: Any

    def get_renderers(self) -> list[BaseRenderer]:
        renderers: list[BaseRenderer] = super().get_renderers()  # type: ignore[misc]
        if getattr(self.request, "method", "GET") == "GET":
            renderers.append(CsvRenderer())
        return renderers

    def perform_content_negotiation(self, request: Request, force: bool = False) -> Any:
        method = str(request.method).lower()
        if not force and (method not in self.http_method_names or not hasattr(self, method)):  # type: ignore[attr-defined]
            # A method the view does not serve is a 405 whatever format was asked for.
            raise exceptions.MethodNotAllowed(str(request.method))
        fmt = request.query_params.get("format")
        if not force and fmt is not None and fmt not in ("json", "csv"):
            raise serializers.ValidationError({"format": ["Give json or csv."]})
        return super().perform_content_negotiation(request, force)  # type: ignore[misc]

    def handle_exception(self, exc: Exception) -> Any:
        request = getattr(self, "request", None)
        if request is not None and isinstance(
            getattr(request, "accepted_renderer", None), CsvRenderer
        ):
            request.accepted_renderer = JSONRenderer()
            request.accepted_media_type = JSONRenderer.media_type
        return super().handle_exception(exc)  # type: ignore[misc]


def json_only(answers: dict[int, Any]) -> dict[tuple[int, str], Any]:
    """Documented answers as JSON only (a view that can also answer CSV)."""
    return {(code, "application/json"): answer for code, answer in answers.items()}


def wants_csv(request: Request) -> bool:
    return isinstance(getattr(request, "accepted_renderer", None), CsvRenderer)


csv_chunks = spreadsheet.csv_chunks


def csv_response(chunks: Iterator[bytes], filename: str) -> StreamingHttpResponse:
    response = StreamingHttpResponse(chunks, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def claims_csv(claims: selectors.ClaimList) -> StreamingHttpResponse:
    """The claim list as a CSV file, streamed (header first)."""
    return csv_response(spreadsheet.claim_csv(claims), "claims.csv")


CSV_FORMAT = OpenApiParameter(
    "format",
    OpenApiTypes.STR,
    OpenApiParameter.QUERY,
    enum=["json", "csv"],
    description="csv: the same list as a CSV file (as `Accept: text/csv` does).",
)
CSV_RESPONSE = OpenApiResponse(
    OpenApiTypes.STR, description="CSV, header row first (with ?format=csv or Accept: text/csv)."
)


# --- CSV in ---------------------------------------------------------------------------------------


class ImportOutput(serializers.Serializer):
    created = serializers.IntegerField()
    skipped = serializers.IntegerField()


class RowErrorOutput(serializers.Serializer):
    row = serializers.IntegerField(help_text="1-based data row (0: the file itself).")
    field = serializers.CharField()
    message = serializers.CharField()


class ImportErrorsOutput(serializers.Serializer):
    detail = serializers.CharField()
    code = serializers.CharField(required=False)
    errors = RowErrorOutput(many=True)  # type: ignore[assignment]


class CsvUpload(serializers.Serializer):
    file = serializers.FileField(help_text="The CSV file, in the export's columns.")


class CsvBodyParser(BaseParser):
    """A text/csv body, kept as bytes for the importer."""

    media_type = "text/csv"

    def parse(self, stream: Any, media_type: Any = None, parser_context: Any = None) -> Any:
        return {"__csv__": stream.read() if stream is not None else b""}


MAX_UPLOAD = 20 * 1024 * 1024


class ImportView(ApiView):
    """POST a CSV in the export's columns: every row reported, or none (400 naming each bad row)."""

    parser_classes = [CsvBodyParser, MultiPartParser]
    required_roles: ClassVar[dict[str, str]] = {"POST": COMMANDS["report"].role}

    @extend_schema(
        operation_id="claims_import",
        summary="Import claims from a CSV file",
        description="The export's columns (`status`, `lower`, `upper`, `created_at`, "
        "`updated_at`, `attributed_to_name` and `relayed_by_names` are ignored on the way in; "
        "`attributed_to` and `reported_in_publisher` are source ids or names; `language` is "
        "`en` or `es`, `en` when empty; a free-text cell the export wrote after an apostrophe, "
        "so that a spreadsheet would not run it as a formula, is read without it). Every row is "
        "validated before anything is written: any bad row answers 400 listing every bad "
        "row, and nothing is written. Rows imported before are skipped. A row whose `id` names "
        "a claim the tracker holds (its own export) is skipped when it says what that claim "
        "said at the row's `version`, and is a bad row when it differs.",
        request={
            "text/csv": OpenApiTypes.BINARY,
            "multipart/form-data": CsvUpload,
        },
        responses=responses(
            {201: ImportOutput, 400: ImportErrorsOutput}, (401, 403, 413, 415, 429)
        ),
    )
    def post(self, request: Request) -> Response:
        data = request.data
        raw: Any = data.get("__csv__") if hasattr(data, "get") else None
        if raw is None:
            upload = request.FILES.get("file") if hasattr(request, "FILES") else None
            if upload is None:
                return _import_errors(
                    [
                        spreadsheet.RowError(
                            0,
                            "file",
                            "Send a CSV file: a text/csv body or the multipart field `file`.",
                        )
                    ]
                )
            if upload.size and upload.size > MAX_UPLOAD:
                return _import_errors([spreadsheet.RowError(0, "file", "The file is too large.")])
            raw = upload.read()
        if len(raw) > MAX_UPLOAD:
            return _import_errors([spreadsheet.RowError(0, "file", "The file is too large.")])
        report = imports.import_file(raw, request.user.get_username())
        if not report.ok:
            return _import_errors(report.errors)
        return Response({"created": report.created, "skipped": report.skipped}, status=201)


def _import_errors(errors: list[spreadsheet.RowError]) -> Response:
    n = len({e.row for e in errors})
    detail = (
        "The file cannot be read; nothing was imported."
        if errors and errors[0].row == 0
        else f"{n} row{'s' if n != 1 else ''} cannot be imported; nothing was written."
    )
    return Response(
        {"detail": detail, "code": "invalid_file", "errors": [e.to_data() for e in errors]},
        status=400,
    )
