"""Read endpoints, the claim and source collections, and the token endpoint.

Claims are served from their stored API documents: `Claim.document` now, `ClaimVersion.document`
for `as_of` (the row valid at that moment of transaction time). Writes go through
`claims.core.services` only (see commands.py for the commands on one claim).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, ClassVar

from django.db import connection
from django.db.models import Q, QuerySet, TextField
from django.db.models.functions import Cast
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.authtoken.serializers import AuthTokenSerializer
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.exceptions import NotFound
from rest_framework.parsers import FormParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from claims.api import filters, hooks
from claims.api import serializers as s
from claims.api.claimreview import claim_review
from claims.api.errors import PreconditionRequired, field_error
from claims.api.idempotency import idempotent
from claims.api.pagination import PageQuery, paginate
from claims.api.parsers import StrictJSONParser
from claims.api.permissions import CONTRIBUTOR, EDITOR, Anyone, ReadOrRole
from claims.api.renderers import JSONRenderer, StoredDocument
from claims.api.schema import (
    CREATE_ERRORS,
    DETAIL_ERRORS,
    ETAG,
    ETAG_CREATED,
    IDEMPOTENCY_KEY,
    IF_MATCH,
    LOCATION,
    PATCH_ERRORS,
    READ_ERRORS,
    RETRY_AFTER_READ,
    RETRY_AFTER_WRITE,
    ApiSchema,
    responses,
)
from claims.api.throttles import AnonThrottle, LoginThrottle, UserThrottle, WritesThrottle
from claims.core import eventstore, fastsql, models, projections, services
from claims.core.domain import commands as c
from claims.core.domain.upcasters import current_version, upcast
from claims.core.domain.values import Document, Period, Qualifier, Quantity
from claims.core.eventstore import RecordedEvent

MAX_POSITION = 2**63 - 1
MAX_EVENTS_PER_PAGE = 1000
_IF_MATCH = re.compile(r'^\s*(?:W/)?"?([0-9]{1,10})"?\s*$')


class ApiView(APIView):
    """Base of every claims API view: strict JSON in, JSON out, roles, throttles."""

    parser_classes = [StrictJSONParser]
    renderer_classes = [JSONRenderer]
    permission_classes = [ReadOrRole]
    throttle_classes = [AnonThrottle, UserThrottle, WritesThrottle]
    schema = ApiSchema()
    required_roles: ClassVar[dict[str, str]] = {}

    def context(self, request: Request, data: dict[str, Any]) -> services.Context:
        """Describe who asks: the actor and request id come from the server, never the body."""
        return services.Context(
            actor=request.user.get_username(),
            request_id=getattr(request, "request_id", None),
            occurred_at=data.get("occurred_at"),
        )


# --- Shared helpers -----------------------------------------------------------------------------


def expected_version(request: Request, data: dict[str, Any]) -> int:
    """Return the version a command is based on, from If-Match or expected_version (428 if none)."""
    header = request.headers.get("If-Match")
    from_header = None
    if header is not None:
        match = _IF_MATCH.match(header)
        if match is None or int(match.group(1)) > s.MAX_VERSION:
            raise field_error("If-Match", 'Send the version as If-Match: "<version>".')
        from_header = int(match.group(1))
    from_body = data.get("expected_version")
    if from_header is not None and from_body is not None and from_header != from_body:
        raise field_error("expected_version", "It differs from the If-Match header.")
    version = from_header if from_header is not None else from_body
    if version is None:
        raise PreconditionRequired()
    return int(version)


def quantity(data: dict[str, Any] | None) -> Quantity | None:
    if not data:
        return None
    return Quantity(data["amount"], data["unit"], Qualifier(data.get("qualifier", "exact")))


def period(data: dict[str, Any] | None) -> Period | None:
    return Period(data["start"], data["end"]) if data else None


def document(data: dict[str, Any] | None) -> Document | None:
    if not data:
        return None
    return Document(
        url=data.get("url", ""),
        publisher=data.get("publisher") or None,
        published_at=data.get("published_at"),
        title=data.get("title", ""),
    )


# The stored document as the JSON text the database holds (SQLite keeps the text; PostgreSQL
# writes jsonb back as text, with a space after ':' and ','): served without being decoded.
DOCUMENT_TEXT = Cast("document", output_field=TextField())

# One indexed statement each, run raw (fastsql.execute: a prepared statement on PostgreSQL):
# building the same query through the ORM cost more than the rest of the view. The as-of one
# walks the (claim_id, recorded_from) index newest first and stops at the one row valid then,
# however long the claim's history.
_CLAIM_NOW = 'SELECT "version", CAST("document" AS text) FROM "claims_claim" WHERE "id" = %s'
_CLAIM_AS_OF = (
    'SELECT "version", CAST("document" AS text) FROM "claims_claimversion"'
    ' WHERE "claim_id" = %s AND "recorded_from" <= %s'
    ' AND ("recorded_to" IS NULL OR "recorded_to" > %s)'
    ' ORDER BY "recorded_from" DESC LIMIT 1'
)


def _document_texts(rows: QuerySet[Any]) -> QuerySet[Any]:
    return rows.values_list(DOCUMENT_TEXT, flat=True)


def stored_claim(claim_id: str, as_of: dt.datetime | None = None) -> tuple[int, StoredDocument]:
    """The claim's version and stored document now or as of a moment, not decoded, or 404.

    One indexed query. The version (for the ETag) is the row's column, the document's own."""
    if as_of is None:
        rows = fastsql.execute(_CLAIM_NOW, [claim_id], fetch=True)
    else:
        # The value the ORM would compare with (naive UTC text on SQLite).
        moment = connection.ops.adapt_datetimefield_value(as_of)
        rows = fastsql.execute(_CLAIM_AS_OF, [claim_id, moment, moment], fetch=True)
    if not rows:
        raise NotFound("No such claim." if as_of is None else "The claim did not exist yet then.")
    version, text = rows[0]
    return int(version), StoredDocument(text)


def claim_document(claim_id: str, as_of: dt.datetime | None = None) -> dict[str, Any]:
    """Return the claim's document now or as of a moment (one indexed query), or raise 404."""
    return stored_claim(claim_id, as_of)[1].value


def claim_response(
    claim_id: str,
    *,
    code: int = 200,
    request: Request | None = None,
    result: services.Result | None = None,
) -> Response:
    """Answer with the claim at the version a command wrote (else as stored now), its ETag,
    and for a creation its Location."""
    if result is not None and result.times is not None:
        # The document the projection stored in the command's transaction, built again from
        # the same state and times by the same function: no read back from the database.
        version = int(result.state.version)
        doc = StoredDocument(
            fastsql.dump_text(projections.claim_document(result.state, result.times))
        )
    else:
        version, doc = stored_claim(claim_id)
    headers = {"ETag": f'"{version}"'}
    if request is not None:
        headers["Location"] = request.build_absolute_uri(
            reverse("api-claim-detail", args=[claim_id])
        )
    # The stored document is already in ClaimOutput's shape (tests/api/test_document_shape.py
    # checks it), so its text is served as is: decoding and re-encoding it cost more than the
    # rest of the view.
    return Response(doc, status=code, headers=headers)


def source_document(row: models.Source) -> dict[str, Any]:
    stats = projections.row_stats(row)
    return {
        "id": row.pk,
        "version": row.version,
        "name": row.name,
        "kind": row.kind,
        "url": row.url,
        "wikidata_id": row.wikidata_id,
        "created_at": row.created_at,
        "updated_at": row.updated_at,
        "stats": stats,
        "reliability": hooks.reliability_of(stats),
    }


def source_response(source_id: str, *, code: int = 200, request: Request | None = None) -> Response:
    row = models.Source.objects.filter(pk=source_id).first()
    if row is None:
        raise NotFound("No such source.")
    headers = {"ETag": f'"{row.version}"'}
    if request is not None:
        headers["Location"] = request.build_absolute_uri(
            reverse("api-source-detail", args=[source_id])
        )
    return Response(s.SourceOutput(source_document(row)).data, status=code, headers=headers)


# Metadata that names an imported document: only its importer and editors may see those ids
# (RELIABILITY.md, security item 2), so the public feed and histories leave them out for others.
DOCUMENT_METADATA = ("document", "candidate", "offsets")


def events_for(request: Request, records: list[RecordedEvent]) -> list[dict[str, Any]]:
    """Represent events for this user, hiding document ids they may not see."""
    named = {
        str(r.metadata["document"]) for r in records if r.metadata and r.metadata.get("document")
    }
    visible: set[str] = set()
    if named:
        from claims.importing.documents import visible_documents

        visible = {
            str(pk)
            for pk in visible_documents(request.user)
            .filter(pk__in=list(named))
            .values_list("pk", flat=True)
        }
    return [event_document(r, visible) for r in records]


def event_document(record: RecordedEvent, visible_documents: set[str]) -> dict[str, Any]:
    """Show an event in its current schema version, with who recorded it and why."""
    try:
        data = upcast(record.event_type, record.schema_version, record.data)
        version = current_version(record.event_type)
    except LookupError:
        data, version = record.data, record.schema_version
    meta = record.metadata or {}
    if meta.get("document") and str(meta["document"]) not in visible_documents:
        meta = {k: v for k, v in meta.items() if k not in DOCUMENT_METADATA}
    return {
        "position": record.position,
        "event_id": record.event_id,
        "stream_type": record.stream_type,
        "stream_id": record.stream_id,
        "version": record.version,
        "event_type": record.event_type,
        "schema_version": version,
        "data": data,
        "actor": meta.get("actor"),
        "reason": meta.get("reason"),
        "metadata": meta,
        "recorded_at": record.recorded_at,
        "occurred_at": record.occurred_at,
    }


def _validated(serializer_class: type[serializers.Serializer], data: Any) -> dict[str, Any]:
    serializer = serializer_class(data=data)
    serializer.is_valid(raise_exception=True)
    return dict(serializer.validated_data)


class AsOfQuery(serializers.Serializer):
    as_of = serializers.DateTimeField(
        required=False,
        help_text="Answer as the tracker held it at this moment of transaction time.",
    )


class ClaimListQuery(PageQuery, AsOfQuery):
    """Pagination and as_of for the claim list."""


CLAIM_EXAMPLE = OpenApiExample(
    "A figure with its qualifier",
    value={
        "statement": "Guatemala's homicide rate in 2012 was 34.5 per 100,000 people.",
        "subject": "Guatemala",
        "indicator": "gt-homicide-rate",
        "value": {"amount": "34.5", "unit": "per 100,000 people", "qualifier": "exact"},
        "period": {"start": "2012-01-01", "end": "2012-12-31"},
        "place": "Guatemala",
        "attributed_to": "a0c1e6f8-2b1c-5d7e-9f00-000000000001",
        "reported_in": {"url": "https://example.org/report", "published_at": "2013-03-01"},
        "occurred_at": "2013-03-01T00:00:00Z",
    },
    request_only=True,
)


# --- Claims -------------------------------------------------------------------------------------


class ClaimCollectionView(ApiView):
    """GET lists claims (now or as of a moment); POST reports a new claim."""

    required_roles: ClassVar[dict[str, str]] = {"POST": CONTRIBUTOR}

    class ReportClaimInput(serializers.Serializer):
        statement = s.text(2000)
        subject = s.text(200)
        indicator = serializers.CharField(
            max_length=100, required=False, allow_null=True, allow_blank=True
        )
        value = s.ValueInput()
        period = s.PeriodInput(required=False, allow_null=True)
        place = s.optional_text(200)
        attributed_to = s.source_ref("Id of the source that made the claim.", required=True)
        reported_in = s.DocumentInput(required=False, allow_null=True)
        note = s.optional_text(2000)
        occurred_at = serializers.DateTimeField(
            required=False, allow_null=True, help_text="Valid time: when it was said or published."
        )

    @extend_schema(
        operation_id="claims_list",
        summary="List claims",
        parameters=[ClaimListQuery, *filters.parameters(filters.ClaimFilter), RETRY_AFTER_READ],
        responses=responses({200: s.ClaimPageOutput}, READ_ERRORS),
    )
    def get(self, request: Request) -> Response:
        query = _validated(ClaimListQuery, request.query_params)
        as_of = query.get("as_of")
        rows: QuerySet[Any]
        if as_of is None:
            rows = models.Claim.objects.order_by("created_at", "id")
        else:
            rows = models.ClaimVersion.objects.filter(
                Q(recorded_to__isnull=True) | Q(recorded_to__gt=as_of), recorded_from__lte=as_of
            ).order_by("created_at", "claim_id")
        rows = filters.apply(filters.ClaimFilter, request, rows)
        page = paginate(request, rows, query, _document_texts)
        # Stored documents, already in ClaimOutput's shape: their text is served as is.
        page["results"] = [StoredDocument(text) for text in page["results"]]
        return Response(page)

    @extend_schema(
        operation_id="claims_report",
        summary="Report a claim",
        request=ReportClaimInput,
        parameters=[IDEMPOTENCY_KEY, ETAG_CREATED, LOCATION, RETRY_AFTER_WRITE],
        examples=[CLAIM_EXAMPLE],
        responses=responses({201: s.ClaimOutput}, CREATE_ERRORS),
    )
    @idempotent
    def post(self, request: Request) -> Response:
        data = _validated(self.ReportClaimInput, request.data)
        command = c.ReportClaim(
            claim_id=services.new_id(),
            statement=data["statement"],
            subject=data["subject"],
            indicator=data.get("indicator") or None,
            value=quantity(data["value"]),
            period=period(data.get("period")),
            place=data.get("place", ""),
            attributed_to=data["attributed_to"],
            reported_in=document(data.get("reported_in")),
            note=data.get("note", ""),
        )
        result = services.report(command, self.context(request, data))
        return claim_response(command.claim_id, code=201, request=request, result=result)


CLAIM_ID = r"(?P<claim_id>[A-Za-z0-9][A-Za-z0-9._:-]{0,63})"
SOURCE_ID = r"(?P<source_id>[A-Za-z0-9][A-Za-z0-9._:-]{0,63})"


class ClaimDetailView(ApiView):
    """Read a claim now, or as the tracker held it at `as_of`."""

    @extend_schema(
        operation_id="claims_retrieve",
        summary="Read a claim, now or as of a moment",
        parameters=[AsOfQuery, ETAG, RETRY_AFTER_READ],
        responses=responses({200: s.ClaimOutput}, DETAIL_ERRORS),
    )
    def get(self, request: Request, claim_id: str) -> Response:
        query = _validated(AsOfQuery, request.query_params) if request.query_params else {}
        version, doc = stored_claim(claim_id, query.get("as_of"))
        return Response(doc, headers={"ETag": f'"{version}"'})


class ClaimHistoryView(ApiView):
    """List a claim's events in version order, with actor and reason."""

    @extend_schema(
        operation_id="claims_history",
        summary="A claim's events, in order",
        parameters=[ETAG, RETRY_AFTER_READ],
        responses=responses({200: s.HistoryOutput}, DETAIL_ERRORS),
    )
    def get(self, request: Request, claim_id: str) -> Response:
        if not models.Claim.objects.filter(pk=claim_id).exists():
            raise NotFound("No such claim.")
        records = eventstore.load(claim_id)
        body = {"claim_id": claim_id, "results": events_for(request, records)}
        etag = f'"{records[-1].version}"' if records else '"0"'
        return Response(s.HistoryOutput(body).data, headers={"ETag": etag})


class ClaimReviewView(ApiView):
    """Publish the claim as schema.org ClaimReview JSON-LD."""

    @extend_schema(
        operation_id="claims_claimreview",
        summary="The claim as schema.org ClaimReview JSON-LD",
        parameters=[AsOfQuery, ETAG, RETRY_AFTER_READ],
        responses=responses(
            {
                200: OpenApiResponse(
                    OpenApiTypes.OBJECT,
                    description="schema.org ClaimReview (JSON-LD); see claims/api/claimreview.py "
                    "for the mapping from status to rating.",
                )
            },
            DETAIL_ERRORS,
        ),
    )
    def get(self, request: Request, claim_id: str) -> Response:
        query = _validated(AsOfQuery, request.query_params)
        doc = claim_document(claim_id, query.get("as_of"))
        url = request.build_absolute_uri(reverse("api-claim-detail", args=[claim_id]))
        return Response(claim_review(doc, url), headers={"ETag": f'"{doc["version"]}"'})


# --- Events -------------------------------------------------------------------------------------


class EventFeedQuery(serializers.Serializer):
    after = serializers.IntegerField(
        min_value=0,
        max_value=MAX_POSITION,
        required=False,
        default=0,
        help_text="Return events after this position (0: from the start).",
    )
    limit = serializers.IntegerField(
        min_value=1,
        required=False,
        default=100,
        help_text=f"At most this many events (larger values are capped at {MAX_EVENTS_PER_PAGE}).",
    )
    stream_id = serializers.CharField(max_length=64, required=False)
    stream_type = serializers.ChoiceField(choices=["claim", "source"], required=False)
    event_type = s.EventTypeField(choices=s.EVENT_TYPE_NAMES, required=False)


class EventFeedView(ApiView):
    """Page through the global event log in position order."""

    @extend_schema(
        operation_id="events_list",
        summary="The global event feed, in log order",
        description="Loop with `after=<next_after>` to see every event exactly once, in order.",
        parameters=[EventFeedQuery, RETRY_AFTER_READ],
        responses=responses({200: s.EventFeedOutput}, READ_ERRORS),
    )
    def get(self, request: Request) -> Response:
        query = _validated(EventFeedQuery, request.query_params)
        after = query["after"]
        limit = min(query["limit"], MAX_EVENTS_PER_PAGE)
        rows = models.Event.objects.filter(position__gt=after)
        if "stream_id" in query:
            rows = rows.filter(stream_id=query["stream_id"])
        if "stream_type" in query:
            rows = rows.filter(stream_type=query["stream_type"])
        if "event_type" in query:
            rows = rows.filter(event_type=query["event_type"])
        records = [RecordedEvent.from_row(row) for row in rows.order_by("position")[:limit]]
        body = {
            "results": events_for(request, records),
            "next_after": records[-1].position if records else after,
            "head": eventstore.head_position(),
        }
        return Response(s.EventFeedOutput(body).data)


# --- Sources ------------------------------------------------------------------------------------


class SourceCollectionView(ApiView):
    """GET lists sources; POST registers one."""

    required_roles: ClassVar[dict[str, str]] = {"POST": CONTRIBUTOR}

    class RegisterSourceInput(serializers.Serializer):
        name = s.text(200)
        kind = s.SourceKindField(choices=list(s.SOURCE_KINDS))
        url = s.optional_text(2000)
        wikidata_id = s.optional_text(20)

    @extend_schema(
        operation_id="sources_list",
        summary="List sources",
        parameters=[PageQuery, *filters.parameters(filters.SourceFilter), RETRY_AFTER_READ],
        responses=responses({200: s.SourcePageOutput}, READ_ERRORS),
    )
    def get(self, request: Request) -> Response:
        query = _validated(PageQuery, request.query_params)
        rows = filters.apply(
            filters.SourceFilter, request, models.Source.objects.order_by("name", "id")
        )
        page = paginate(request, rows, query)
        page["results"] = [source_document(row) for row in page["results"]]
        return Response(s.SourcePageOutput(page).data)

    @extend_schema(
        operation_id="sources_register",
        summary="Register a source",
        request=RegisterSourceInput,
        parameters=[IDEMPOTENCY_KEY, ETAG_CREATED, LOCATION, RETRY_AFTER_WRITE],
        responses=responses({201: s.SourceOutput}, CREATE_ERRORS),
    )
    @idempotent
    def post(self, request: Request) -> Response:
        data = _validated(self.RegisterSourceInput, request.data)
        command = c.RegisterSource(
            source_id=services.new_id(),
            name=data["name"],
            kind=data["kind"],
            url=data.get("url", ""),
            wikidata_id=data.get("wikidata_id", ""),
        )
        services.register_source(command, self.context(request, data))
        return source_response(command.source_id, code=201, request=request)


class SourceDetailView(ApiView):
    """GET reads a source with its claim counts; PATCH edits it (editors)."""

    required_roles: ClassVar[dict[str, str]] = {"PATCH": EDITOR}

    class UpdateSourceInput(s.CommandInput):
        name = serializers.CharField(max_length=200, required=False)
        kind = s.SourceKindField(choices=list(s.SOURCE_KINDS), required=False)
        url = serializers.CharField(max_length=2000, required=False, allow_blank=True)
        wikidata_id = serializers.CharField(max_length=20, required=False, allow_blank=True)

    @extend_schema(
        operation_id="sources_retrieve",
        summary="Read a source",
        parameters=[ETAG, RETRY_AFTER_READ],
        responses=responses({200: s.SourceOutput}, DETAIL_ERRORS),
    )
    def get(self, request: Request, source_id: str) -> Response:
        return source_response(source_id)

    @extend_schema(
        operation_id="sources_update",
        summary="Edit a source",
        request=UpdateSourceInput,
        parameters=[IF_MATCH, ETAG, RETRY_AFTER_WRITE],
        responses=responses({200: s.SourceOutput}, PATCH_ERRORS),
    )
    def patch(self, request: Request, source_id: str) -> Response:
        if not models.Source.objects.filter(pk=source_id).exists():
            raise NotFound("No such source.")
        data = _validated(self.UpdateSourceInput, request.data)
        version = expected_version(request, data)
        command = c.UpdateSource(
            name=data.get("name"),
            kind=data.get("kind"),
            url=data.get("url"),
            wikidata_id=data.get("wikidata_id"),
        )
        services.update_source(source_id, command, self.context(request, data), version)
        return source_response(source_id)


# --- Auth ---------------------------------------------------------------------------------------


class TokenCredentials(AuthTokenSerializer):
    username = serializers.CharField(max_length=150, write_only=True)
    password = serializers.CharField(max_length=4096, trim_whitespace=False, write_only=True)


class ObtainTokenView(ObtainAuthToken):
    """DRF's token endpoint, with bounded inputs, JSON errors and the `login` throttle."""

    serializer_class = TokenCredentials
    parser_classes = [StrictJSONParser, FormParser]
    renderer_classes = [JSONRenderer]
    authentication_classes = []
    permission_classes = [Anyone]
    throttle_classes = [LoginThrottle]
    schema = ApiSchema()

    @extend_schema(
        operation_id="auth_token",
        summary="Exchange a username and password for an API token",
        request=s.TokenInput,
        parameters=[RETRY_AFTER_READ],
        responses=responses({200: s.TokenOutput}, (400, 415, 429)),
    )
    def post(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().post(request, *args, **kwargs)
