"""Read endpoints and the claim and source collections (the token endpoints: tokens.py).

Every read goes through `claims.core.selectors`: claims are served from their stored documents
(now, or the version valid at `as_of`), as the JSON text the database holds. Writes go through
`claims.core.services` only (see commands.py for the commands on one claim).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any, ClassVar

import orjson
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiResponse,
    extend_schema,
)
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response

from claims.api import publish
from claims.api import serializers as s
from claims.api.base import ApiView, expected_version, validated
from claims.api.choices import ChoiceField
from claims.api.claimreview import claim_review, is_reviewed, public_address
from claims.api.filters import AsOfQuery, ClaimListQuery, SourceListQuery, claim_filters
from claims.api.idempotency import idempotent
from claims.api.inputs import INPUTS
from claims.api.pagination import paginate
from claims.api.query import Query
from claims.api.renderers import JsonLdRenderer, JSONRenderer, StoredDocument
from claims.api.schema import (
    CREATE_ERRORS,
    DETAIL_ERRORS,
    ETAG,
    ETAG_CREATED,
    IDEMPOTENCY_KEY,
    IF_MATCH,
    IF_NONE_MATCH,
    LOCATION,
    NOT_MODIFIED,
    PATCH_ERRORS,
    READ_ERRORS,
    RETRY_AFTER_READ,
    RETRY_AFTER_WRITE,
    responses,
)
from claims.core import registry, selectors, services
from claims.core.commands import COMMANDS
from claims.core.roles import roles_of
from claims.core.selectors import EventView

MAX_POSITION = 2**63 - 1
MAX_EVENTS_PER_PAGE = 1000


# --- Shared helpers -----------------------------------------------------------------------------


def stored_claim(
    claim_id: str, as_of: dt.datetime | None = None, known_at: dt.datetime | None = None
) -> tuple[int, StoredDocument]:
    """The claim's version and stored document now, as of a moment or known at one, not
    decoded, or 404.

    One indexed query. The version (for the ETag) is the row's column, the document's own."""
    stored = selectors.stored_claim(claim_id, as_of, known_at)
    if stored is None:
        if known_at is not None and selectors.claim_exists(claim_id):
            raise NotFound("Nothing the claim reports had happened yet then.")
        raise NotFound("No such claim." if as_of is None else "The claim did not exist yet then.")
    return stored.version, StoredDocument(stored.text)


def claim_document(
    claim_id: str, as_of: dt.datetime | None = None, known_at: dt.datetime | None = None
) -> dict[str, Any]:
    """Return the claim's document now, as of or known at a moment, or raise 404."""
    return stored_claim(claim_id, as_of, known_at)[1].value


def claim_response(
    claim_id: str,
    *,
    code: int = 200,
    request: Request | None = None,
    result: services.Result | None = None,
) -> Response:
    """Answer with the claim at the version a command wrote (else as stored now), its ETag,
    and for a creation its Location."""
    if result is not None:
        # The document the command's transaction stored, without reading it back.
        stored = selectors.claim_after(result)
        version, doc = stored.version, StoredDocument(stored.text)
    else:
        version, doc = stored_claim(claim_id)
    headers = {"ETag": f'"{version}"'}
    if request is not None:
        headers["Location"] = request.build_absolute_uri(
            reverse("api-claim-detail", args=[claim_id])
        )
    # The stored document is already in ClaimOutput's shape, so its text is served as is.
    return Response(doc, status=code, headers=headers)


def source_response(source_id: str, *, code: int = 200, request: Request | None = None) -> Response:
    row = selectors.source(source_id)
    if row is None:
        raise NotFound("No such source.")
    headers = {"ETag": f'"{row.version}"'}
    if request is not None:
        headers["Location"] = request.build_absolute_uri(
            reverse("api-source-detail", args=[source_id])
        )
    document = selectors.source_document(row)
    return Response(s.SourceOutput(document).data, status=code, headers=headers)


def etag_matches(request: Request, etag: str) -> bool:
    """Whether the request's If-None-Match names this ETag (or is `*`): answer 304."""
    header = request.headers.get("If-None-Match", "")
    if not header:
        return False
    tags = {t.strip().removeprefix("W/") for t in header.split(",")}
    return "*" in tags or etag in tags


# Metadata that names an imported document: only its importer and editors may see those ids
# (an article's import is private to them), so the public feed and histories leave them out for
# others.
DOCUMENT_METADATA = ("document", "candidate", "offsets")


def for_public(request: Request) -> bool:
    """Whether the request is an anonymous reader's (or a user's with no role): it is shown
    the claims' public record, without the editors' notes and review assignments."""
    return not roles_of(request.user)


def readable(request: Request, document: StoredDocument) -> StoredDocument:
    """The stored claim document as this reader may see it: as stored, unless its review is
    assigned to someone and the reader is anonymous. (A stored text that says so is not decoded:
    an anonymous read of a list stays a pass-through of the stored texts.)"""
    if not for_public(request) or selectors.NO_ASSIGNEE.search(document.text):
        return document
    if not selectors.has_internal(document.value):
        return document
    return StoredDocument(orjson.dumps(selectors.without_internal(document.value)).decode())


def events_for(request: Request, records: list[EventView]) -> list[dict[str, Any]]:
    """Represent events for this user, hiding document ids they may not see, and from an
    anonymous reader the editors' notes and assignments (emptied, still in their places)."""
    public = for_public(request)
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
    return [event_document(r, visible, internal=not public) for r in records]


def event_document(
    record: EventView, visible_documents: set[str], *, internal: bool = True
) -> dict[str, Any]:
    """Show an event in its current schema version, with who recorded it and why (for a
    reader who may not see `internal` events' contents: neither what nor why)."""
    meta = record.metadata
    data = record.data
    if meta.get("document") and str(meta["document"]) not in visible_documents:
        meta = {k: v for k, v in meta.items() if k not in DOCUMENT_METADATA}
    if not internal and record.event_type in selectors.INTERNAL_EVENT_TYPES:
        data = {}
        meta = {k: v for k, v in meta.items() if k == "actor"}
    return {
        "position": record.position,
        "event_id": record.event_id,
        "stream_type": record.stream_type,
        "stream_id": record.stream_id,
        "version": record.version,
        "event_type": record.event_type,
        "schema_version": record.schema_version,
        "data": data,
        "actor": meta.get("actor"),
        "reason": meta.get("reason"),
        "metadata": meta,
        "recorded_at": record.recorded_at,
        "occurred_at": record.occurred_at,
    }


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


class ClaimCollectionView(publish.CsvCapable, ApiView):
    """GET lists claims (now, as of or known at a moment; JSON pages or one CSV file); POST
    reports a new claim."""

    required_roles: ClassVar[dict[str, str]] = {"POST": COMMANDS["report"].role}
    command_ids = True  # its command takes a command_id (claims/api/idempotency.py)

    @extend_schema(
        operation_id="claims_list",
        summary="List claims",
        parameters=[ClaimListQuery, publish.CSV_FORMAT, RETRY_AFTER_READ],
        responses={
            (200, "application/json"): s.ClaimPageOutput,
            (200, "text/csv"): publish.CSV_RESPONSE,
            # Errors are JSON whichever format was asked for.
            **publish.json_only(responses({}, READ_ERRORS)),
        },
    )
    def get(self, request: Request) -> Any:
        query = validated(ClaimListQuery, request.query_params)
        claims = selectors.claim_list(claim_filters(query))
        if publish.wants_csv(request):
            # The whole filtered list, streamed: pages are for JSON.
            return publish.claims_csv(claims)
        page = paginate(request, claims, query, selectors.ClaimList.texts)
        # Stored documents, already in ClaimOutput's shape: their text is served as is.
        page["results"] = [readable(request, StoredDocument(text)) for text in page["results"]]
        return Response(page)

    @extend_schema(
        operation_id="claims_report",
        summary="Report a claim",
        request=INPUTS["report"],
        parameters=[IDEMPOTENCY_KEY, ETAG_CREATED, LOCATION, RETRY_AFTER_WRITE],
        examples=[CLAIM_EXAMPLE],
        responses=responses({201: s.ClaimOutput}, CREATE_ERRORS),
    )
    @idempotent
    def post(self, request: Request) -> Response:
        data = validated(INPUTS["report"], request.data)
        report = COMMANDS["report"]
        command = report.build(data)
        result = report.run(command, self.context(request, data))
        return claim_response(result.state.claim_id, code=201, request=request, result=result)


CLAIM_ID = r"(?P<claim_id>[A-Za-z0-9][A-Za-z0-9._:-]{0,63})"
SOURCE_ID = r"(?P<source_id>[A-Za-z0-9][A-Za-z0-9._:-]{0,63})"


class ClaimDetailView(ApiView):
    """Read a claim now, or as the tracker held it at `as_of`."""

    @extend_schema(
        operation_id="claims_retrieve",
        summary="Read a claim, now or as of a moment",
        parameters=[AsOfQuery, ETAG, IF_NONE_MATCH, RETRY_AFTER_READ],
        responses=responses({200: s.ClaimOutput, **NOT_MODIFIED}, DETAIL_ERRORS),
    )
    def get(self, request: Request, claim_id: str) -> Response:
        query = validated(AsOfQuery, request.query_params) if request.query_params else {}
        version, doc = stored_claim(claim_id, query.get("as_of"), query.get("known_at"))
        etag = f'"{version}"'
        if etag_matches(request, etag):
            return Response(status=304, headers={"ETag": etag})
        return Response(readable(request, doc), headers={"ETag": etag})


class ClaimHistoryView(ApiView):
    """List a claim's events in version order, with actor and reason."""

    @extend_schema(
        operation_id="claims_history",
        summary="A claim's events, in order",
        parameters=[ETAG, RETRY_AFTER_READ],
        responses=responses({200: s.HistoryOutput}, DETAIL_ERRORS),
    )
    def get(self, request: Request, claim_id: str) -> Response:
        if not selectors.claim_exists(claim_id):
            raise NotFound("No such claim.")
        records = selectors.stream_events(claim_id)
        body = {"claim_id": claim_id, "results": events_for(request, records)}
        etag = f'"{records[-1].version}"' if records else '"0"'
        return Response(s.HistoryOutput(body).data, headers={"ETag": etag})


class ClaimReviewView(ApiView):
    """Publish the claim as schema.org ClaimReview JSON-LD."""

    renderer_classes = [JSONRenderer, JsonLdRenderer]  # JSON unless JSON-LD is asked for

    @extend_schema(
        operation_id="claims_claimreview",
        summary="The claim as schema.org ClaimReview JSON-LD",
        parameters=[AsOfQuery, ETAG, IF_NONE_MATCH, RETRY_AFTER_READ],
        responses=responses(
            {
                200: OpenApiResponse(
                    OpenApiTypes.OBJECT,
                    description="schema.org ClaimReview (JSON-LD) of a reviewed claim; see "
                    "claims/api/claimreview.py for the mapping from status to rating. A claim "
                    "nobody has reviewed (status reported) has none: 404.",
                ),
                **NOT_MODIFIED,
            },
            DETAIL_ERRORS,
        ),
    )
    def get(self, request: Request, claim_id: str) -> Response:
        query = validated(AsOfQuery, request.query_params)
        doc = claim_document(claim_id, query.get("as_of"), query.get("known_at"))
        if not is_reviewed(doc):
            raise NotFound(
                "Nobody has reviewed this claim yet (its status is reported): it has no "
                "ClaimReview until an editor gives a verdict."
            )
        url = public_address(request, reverse("public-claim", args=[claim_id]))
        first = selectors.first_reviewed([claim_id]).get(claim_id)
        review = claim_review(doc, url, first)
        # The review also shows the names of the sources it names (renamed apart from the
        # claim) and the reviewing organisation's settings: its tag is of the review itself.
        digest = hashlib.sha256(orjson.dumps(review, option=orjson.OPT_SORT_KEYS)).hexdigest()
        etag = f'"{doc["version"]}-{digest[:16]}"'
        if etag_matches(request, etag):
            return Response(status=304, headers={"ETag": etag})
        return Response(review, headers={"ETag": etag})


# --- Events -------------------------------------------------------------------------------------


class EventFeedQuery(Query):
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
    stream_type = ChoiceField(choices=["claim", "source", "citation"], required=False)
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
        query = validated(EventFeedQuery, request.query_params)
        after = query["after"]
        limit = min(query["limit"], MAX_EVENTS_PER_PAGE)
        records = selectors.event_page(
            after,
            limit,
            stream_id=query.get("stream_id"),
            stream_type=query.get("stream_type"),
            event_type=query.get("event_type"),
        )
        body = {
            "results": events_for(request, records),
            "next_after": records[-1].position if records else after,
            "head": selectors.head_position(),
        }
        return Response(s.EventFeedOutput(body).data)


# --- The index -----------------------------------------------------------------------------------

# (name in the index, URL name), in the order the index gives them; the indicators, which are
# another app's, come from the registry.
_INDEX: tuple[tuple[str, str], ...] = (
    ("claims", "api-claim-list"),
    ("sources", "api-source-list"),
    ("events", "api-event-list"),
    ("documents", "api-document-list"),
    ("citations", "api-citation-list"),
    ("webhooks", "api-webhook-list"),
    ("claimreview", "api-claimreview-feed"),
    ("token", "api-token"),
    ("schema", "api-schema"),
    ("docs", "api-docs"),
)


class ApiIndexView(ApiView):
    """GET /api/v1/: where each part of the API is, so that a client (or someone trying the
    address in a browser) can start from the root instead of a 404."""

    @extend_schema(
        operation_id="api_index",
        summary="Where each part of the API is",
        parameters=[RETRY_AFTER_READ],
        responses=responses({200: s.ApiIndexOutput}, READ_ERRORS),
    )
    def get(self, request: Request) -> Response:
        links: dict[str, str | None] = {
            key: request.build_absolute_uri(reverse(name)) for key, name in _INDEX
        }
        indicators = registry.indicators_api_url()
        links["indicators"] = request.build_absolute_uri(indicators) if indicators else None
        return Response(s.ApiIndexOutput(links).data)


# --- Sources ------------------------------------------------------------------------------------


class SourceCollectionView(ApiView):
    """GET lists sources; POST registers one."""

    required_roles: ClassVar[dict[str, str]] = {"POST": COMMANDS["register_source"].role}
    command_ids = True  # its command takes a command_id (claims/api/idempotency.py)

    @extend_schema(
        operation_id="sources_list",
        summary="List sources",
        parameters=[SourceListQuery, RETRY_AFTER_READ],
        responses=responses({200: s.SourcePageOutput}, READ_ERRORS),
    )
    def get(self, request: Request) -> Response:
        query = validated(SourceListQuery, request.query_params)
        rows = selectors.source_list(
            kind=query.get("kind", ""), q=query.get("q", ""), ordering=query["ordering"]
        )
        page = paginate(request, rows, query)
        return Response(s.SourcePageOutput(page).data)

    @extend_schema(
        operation_id="sources_register",
        summary="Register a source",
        request=INPUTS["register_source"],
        parameters=[IDEMPOTENCY_KEY, ETAG_CREATED, LOCATION, RETRY_AFTER_WRITE],
        responses=responses({201: s.SourceOutput}, CREATE_ERRORS),
    )
    @idempotent
    def post(self, request: Request) -> Response:
        data = validated(INPUTS["register_source"], request.data)
        register = COMMANDS["register_source"]
        result = register.run(register.build(data), self.context(request, data))
        return source_response(result.state.source_id, code=201, request=request)


class SourceDetailView(ApiView):
    """GET reads a source with its claim counts; PATCH edits it (editors)."""

    required_roles: ClassVar[dict[str, str]] = {"PATCH": COMMANDS["update_source"].role}
    command_ids = True  # its command takes a command_id (claims/api/idempotency.py)

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
        request=INPUTS["update_source"],
        parameters=[IF_MATCH, ETAG, RETRY_AFTER_WRITE],
        responses=responses({200: s.SourceOutput}, PATCH_ERRORS),
    )
    @idempotent
    def patch(self, request: Request, source_id: str) -> Response:
        if not selectors.source_exists(source_id):
            raise NotFound("No such source.")
        data = validated(INPUTS["update_source"], request.data)
        version = expected_version(request, data)
        update = COMMANDS["update_source"]
        update.run(source_id, update.build(data), self.context(request, data), version)
        return source_response(source_id)
