"""Documents: import an article's text, get the claims it proposes, accept or reject them.

- `POST /documents/` stores the text and answers 201 with its candidates: for each, the
  statement (its sentence) with offsets, the value with qualifier and unit and offsets, the
  period, place, subject, the attribution as written and the registered source it suggests, and
  why it was proposed. Offsets are Python string indices (code points) into `text` as sent.
- `GET /documents/` and `GET /documents/{id}/`: importers see their own documents, editors and
  superusers everyone's; another user's document is a 404, never a 403 (not even its existence
  is told).
- `POST /documents/{id}/candidates/{n}/accept/` reports the candidate as an ordinary claim
  (the body can change any field), answering as `POST /claims/` does; every event of the report
  carries the document id, the candidate number and its offsets in its metadata.
- `POST /documents/{id}/candidates/{n}/reject/` sets it aside.
- `POST /documents/{id}/candidates/{n}/match/` accepts it as an action on a claim it matches
  instead of a new claim: same -> cite, agrees -> supporting evidence, conflicts -> a competing
  figure (a dispute), updates -> a correction.

Each candidate says which indicator it measures and how it relates to the claims the tracker
holds (`matches`), and, when its attribution names no registered source, which source it
offers to register (`source_to_register`). Texts are read in English or Spanish (`language`,
detected when not given); others are refused with a 400.

Everything here needs the contributor role (readers 403, anonymous 401), reads included.
The work is done by `claims.importing.documents`, shared with the admin page and
`manage.py import_article`.
"""

from __future__ import annotations

from typing import Any, NoReturn

from django.contrib.auth import get_user_model
from django.db.models.functions import Length
from django.urls import path, reverse
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiParameter,
    extend_schema,
    extend_schema_field,
)
from rest_framework import serializers, status
from rest_framework.exceptions import APIException, NotFound, PermissionDenied
from rest_framework.permissions import BasePermission
from rest_framework.request import Request
from rest_framework.response import Response

from claims.api import serializers as s
from claims.api.base import ApiView, validated
from claims.api.choices import ChoiceField
from claims.api.errors import LANGUAGE_REFUSED, field_error
from claims.api.idempotency import idempotent
from claims.api.inputs import field_of
from claims.api.pagination import PageQuery, paginate
from claims.api.parsers import PayloadTooLarge
from claims.api.schema import CREATE_ERRORS, DETAIL_ERRORS, IDEMPOTENCY_KEY, READ_ERRORS, ApiSchema
from claims.api.schema import responses as with_errors
from claims.api.views import claim_response
from claims.core import commands
from claims.core.commands import document, period, quantity
from claims.importing import documents
from claims.importing.extraction import SUPPORTED
from claims.importing.extraction.language import NAMES
from claims.importing.matching import RELATIONS
from claims.importing.models import (
    CandidateAction,
    CandidateStatus,
    DocumentCandidate,
    ImportedDocument,
)

DECIDE_ERRORS = (400, 401, 403, 404, 409, 413, 415, 422, 429, 503)
MAX_CANDIDATE_NUMBER = 2**31 - 1
STATUSES = [choice.value for choice in CandidateStatus]
ACTIONS = [choice.value for choice in CandidateAction]


# --- Access -----------------------------------------------------------------------------------


class ImporterRole(BasePermission):
    """Contributors, editors and superusers, for every method (documents are never public)."""

    message = "Importing articles needs the contributor or editor role."

    def has_permission(self, request: Request, view: Any) -> bool:
        return documents.can_import(request.user)


class DocumentSchema(ApiSchema):
    """As ApiSchema, but reads need credentials too."""

    def get_auth(self) -> list[dict[str, Any]]:
        auths: list[dict[str, Any]] = AutoSchema.get_auth(self)
        return auths


class DocumentView(ApiView):
    permission_classes = [ImporterRole]
    schema = DocumentSchema()


class TextTooLarge(PayloadTooLarge):
    default_detail = "The text is too long to import."


class CandidateDecidedConflict(APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "This candidate was already decided."
    default_code = "candidate_decided"


def visible_document(request: Request, document_id: Any) -> ImportedDocument:
    """The document if this user may see it; otherwise 404, as if it did not exist."""
    found = documents.visible_documents(request.user).filter(pk=document_id).first()
    if found is None:
        raise NotFound("No such document.")
    return found


def visible_candidate(request: Request, document_id: Any, n: int) -> DocumentCandidate:
    row = visible_document(request, document_id)
    found = None
    if 0 <= n <= MAX_CANDIDATE_NUMBER:
        found = (
            DocumentCandidate.objects.select_related("document").filter(document=row, n=n).first()
        )
    if found is None:
        raise NotFound(f"The document has no candidate {n}.")
    return found


# --- Answers, built as plain data (a 200 KB article has thousands of candidates) ----------------


def candidate_body(row: DocumentCandidate, usernames: dict[int, str]) -> dict[str, Any]:
    d = row.data or {}
    start, end = d.get("period_start"), d.get("period_end")
    return {
        "n": row.n,
        "status": row.status,
        "language": d.get("language", "en"),
        "statement": d.get("statement", ""),
        "sentence": {"start": d.get("sentence_start", 0), "end": d.get("sentence_end", 0)},
        "value": {
            "text": d.get("value_text", ""),
            "amount": d.get("amount", "0"),
            "unit": d.get("unit", ""),
            "qualifier": d.get("qualifier", "exact"),
            "start": d.get("value_start", 0),
            "end": d.get("value_end", 0),
        },
        "period": {"start": start, "end": end} if start or end else None,
        "place": d.get("place"),
        "subject": d.get("subject"),
        "attributed_name": d.get("attributed_to"),
        "attributed_to": row.suggested_source or None,
        "source_to_register": documents.source_to_register(row),
        "indicator": row.indicator or None,
        "matches": [
            {**m, "action": documents.ACTION_OF.get(m.get("relation", ""), "")}
            for m in (row.matches or [])
        ],
        "reasons": list(d.get("reasons") or []),
        "accepted_as": row.action or None,
        "claim_id": row.claim_id or None,
        "decided_by": usernames.get(row.decided_by_id) if row.decided_by_id else None,
        "decided_at": row.decided_at,
        "reason": row.reason,
    }


def _usernames(rows: list[DocumentCandidate], extra: set[int]) -> dict[int, str]:
    ids = {r.decided_by_id for r in rows if r.decided_by_id} | extra
    if not ids:
        return {}
    users = get_user_model().objects.filter(pk__in=ids)
    return {int(pk): name for pk, name in users.values_list("pk", "username")}


def summary_body(row: ImportedDocument, usernames: dict[int, str]) -> dict[str, Any]:
    counts = {
        "total": getattr(row, "n_candidates", 0),
        "proposed": getattr(row, "n_proposed", 0),
        "accepted": getattr(row, "n_accepted", 0),
        "rejected": getattr(row, "n_rejected", 0),
    }
    length = getattr(row, "length", None)
    return {
        "id": row.pk,
        "url": row.url,
        "publisher": row.publisher,
        "publisher_source": row.publisher_source or None,
        "published_at": row.published_at,
        "language": row.language,
        "detected_language": row.detected_language or None,
        "warnings": documents.warnings_of(row),
        "importer": usernames.get(row.importer_id, ""),
        "created_at": row.created_at,
        "sha256": row.sha256,
        "length": length if length is not None else len(row.text),
        "counts": counts,
    }


def document_body(
    row: ImportedDocument,
    candidates: list[DocumentCandidate],
    *,
    found: int | None = None,
    with_text: bool = False,
) -> dict[str, Any]:
    usernames = _usernames(candidates, {row.importer_id})
    for name in ("proposed", "accepted", "rejected"):
        setattr(row, f"n_{name}", sum(1 for c in candidates if c.status == name))
    row.n_candidates = len(candidates)  # type: ignore[attr-defined]
    body = summary_body(row, usernames)
    body["found"] = len(candidates) if found is None else found
    body["candidates"] = [candidate_body(c, usernames) for c in candidates]
    if with_text:
        body["text"] = row.text
    return body


# --- Documented shapes (the views build the same data directly) ---------------------------------


@extend_schema_field({"type": "string", "enum": list(s.QUALIFIERS)})
class CandidateQualifierField(serializers.CharField):
    """The qualifier the extractor read."""


@extend_schema_field({"type": "string", "enum": STATUSES})
class CandidateStatusField(serializers.CharField):
    """What became of a candidate."""


@extend_schema_field({"type": "string", "enum": list(SUPPORTED)})
class LanguageField(serializers.CharField):
    """The language a text was read in."""


@extend_schema_field({"type": "string", "enum": list(RELATIONS)})
class RelationField(serializers.CharField):
    """How a candidate relates to a claim."""


@extend_schema_field({"type": "string", "enum": [str(a) for a in documents.MATCH_ACTIONS]})
class ActionField(serializers.CharField):
    """What accepting the candidate on a matched claim does."""


@extend_schema_field({"type": "string", "enum": ACTIONS})
class AcceptedAsField(serializers.CharField):
    """How a candidate was accepted: a new claim (report), or an action on a matched claim."""


class MatchOutput(serializers.Serializer):
    claim = serializers.CharField(help_text="Id of the claim the candidate relates to.")
    relation = RelationField(
        help_text="same: accepting would duplicate it; agrees: another source within the "
        "tolerance; conflicts: another source outside it, same period; updates: the same "
        "source gives a new value for the same period."
    )
    reason = serializers.CharField(help_text="Why, in words.")
    action = ActionField(help_text="What accepting it on this claim does (the match endpoint).")


class SourceToRegisterOutput(serializers.Serializer):
    name = serializers.CharField(help_text="The attribution as written.")
    kind = serializers.CharField(help_text="A suggested kind for POST /sources/.")


class CandidateSpanOutput(serializers.Serializer):
    start = serializers.IntegerField(help_text="Offset of the first character (code points).")
    end = serializers.IntegerField(help_text="Offset just past the last character.")


class CandidateValueOutput(serializers.Serializer):
    text = serializers.CharField(help_text="The figure as written, with its qualifier.")
    amount = serializers.CharField(help_text="Exact decimal, as a string.")
    unit = serializers.CharField(allow_blank=True)
    qualifier = CandidateQualifierField()
    start = serializers.IntegerField()
    end = serializers.IntegerField()


class CandidatePeriodOutput(serializers.Serializer):
    start = serializers.DateField(allow_null=True)
    end = serializers.DateField(allow_null=True)


class CandidateOutput(serializers.Serializer):
    """A proposed claim, with where in the text each part was read and why."""

    n = serializers.IntegerField(help_text="Its number in the document, from 0.")
    status = CandidateStatusField()
    language = LanguageField(help_text="The language of the text it was read in.")
    statement = serializers.CharField(help_text="The sentence, as plain text.")
    sentence = CandidateSpanOutput(help_text="Offsets of the sentence in the text.")
    value = CandidateValueOutput()
    period = CandidatePeriodOutput(allow_null=True)
    place = serializers.CharField(allow_null=True)
    subject = serializers.CharField(allow_null=True)
    attributed_name = serializers.CharField(
        allow_null=True, help_text="Who the article says made the claim, as written."
    )
    attributed_to = serializers.CharField(
        allow_null=True, help_text="Id of the registered source whose name matches, if any."
    )
    source_to_register = SourceToRegisterOutput(
        allow_null=True,
        help_text="When the attribution names no registered source: the source to register "
        "(POST /sources/) before accepting.",
    )
    indicator = serializers.CharField(
        allow_null=True, help_text="Key of the indicator whose subject, measure and unit match."
    )
    matches = MatchOutput(many=True, help_text="Existing claims the candidate relates to.")
    reasons = serializers.ListField(child=serializers.CharField())
    accepted_as = AcceptedAsField(
        allow_null=True,
        help_text="How it was accepted: report (a new claim), or cite, support, dispute, "
        "correct (on the claim it matched).",
    )
    claim_id = serializers.CharField(
        allow_null=True, help_text="The claim: the new one, or the one it was matched to."
    )
    decided_by = serializers.CharField(allow_null=True)
    decided_at = serializers.DateTimeField(allow_null=True)
    reason = serializers.CharField(allow_blank=True, help_text="Why it was rejected.")


@extend_schema_field({"type": "string", "enum": list(documents.WARNING_CODES)})
class WarningCodeField(serializers.CharField):
    """What a warning is about."""


class DocumentWarningOutput(serializers.Serializer):
    code = WarningCodeField()
    message = serializers.CharField()


class DocumentCountsOutput(serializers.Serializer):
    total = serializers.IntegerField()
    proposed = serializers.IntegerField()
    accepted = serializers.IntegerField()
    rejected = serializers.IntegerField()


class ImportedDocumentSummaryOutput(serializers.Serializer):
    id = serializers.UUIDField()
    url = serializers.CharField(allow_blank=True)
    publisher = serializers.CharField(allow_blank=True, help_text="As given: a name or an id.")
    publisher_source = serializers.CharField(
        allow_null=True, help_text="Id of the registered source the publisher matched."
    )
    published_at = serializers.DateField(allow_null=True)
    language = LanguageField(help_text="The language the text was read in.")
    detected_language = serializers.CharField(
        allow_null=True,
        help_text="The language the text reads as (an ISO 639-1 code, or x-cyrl, x-arab, "
        "x-deva or x-other for a text in a script whose language is not told; null when it was "
        "too short to tell, or imported before this was kept).",
    )
    warnings = DocumentWarningOutput(
        many=True,
        help_text="What the importer has to say about how it read the text; empty when "
        "nothing. `language_mismatch`: the text reads as another language than the one given.",
    )
    importer = serializers.CharField()
    created_at = serializers.DateTimeField()
    sha256 = serializers.CharField(help_text="SHA-256 of the text (UTF-8).")
    length = serializers.IntegerField(help_text="Length of the text in characters.")
    counts = DocumentCountsOutput()


class ImportedDocumentOutput(ImportedDocumentSummaryOutput):
    found = serializers.IntegerField(
        help_text=f"Candidates found; at most {documents.MAX_CANDIDATES} are kept."
    )
    candidates = CandidateOutput(many=True)


class ImportedDocumentDetailOutput(ImportedDocumentOutput):
    text = serializers.CharField(allow_blank=True, help_text="The text the offsets point into.")


class ImportedDocumentPageOutput(serializers.Serializer):
    count = serializers.IntegerField()
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    results = ImportedDocumentSummaryOutput(many=True)


DOCUMENT_EXAMPLE = OpenApiExample(
    "A sentence with two figures",
    value={
        "text": "The homicide rate fell from nearly 39 per 100,000 in 2011 to 34.5 per 100,000 "
        "in 2012, according to the U.N.",
        "url": "https://example.org/2013/03/guatemala",
        "publisher": "World Politics Review",
        "published_at": "2013-03-01",
    },
    request_only=True,
)

DOCUMENT_ID = OpenApiParameter(
    "document_id", OpenApiTypes.UUID, OpenApiParameter.PATH, description="The document's id."
)
CANDIDATE_N = OpenApiParameter(
    "n",
    {"type": "integer", "minimum": 0, "maximum": MAX_CANDIDATE_NUMBER},
    OpenApiParameter.PATH,
    description="The candidate's number in the document, from 0.",
)


# --- Views ------------------------------------------------------------------------------------


EMPTY_TEXT = "The text is empty: paste the article's text."


class ReadLanguageField(ChoiceField):
    """The language to read a text in; a refusal names the language asked for ("Texts in
    French ('fr') are not read: …")."""

    def fail(self, key: str, **kwargs: Any) -> NoReturn:
        if key == "invalid_choice":
            given = str(kwargs.get("input"))
            if given in NAMES:
                refused = f"Texts in {NAMES[given]} ('{given}') are not read"
            else:
                refused = f"'{given}' is not a language the importer reads"
            raise serializers.ValidationError(
                f"{refused}: the importer reads English ('en') and Spanish ('es').", code=key
            )
        super().fail(key, **kwargs)


class DocumentCollectionView(DocumentView):
    """GET lists the documents you may see; POST imports one and proposes its claims."""

    class ImportDocumentInput(serializers.Serializer):
        text = s.Text(
            trim_whitespace=False,
            validators=[s.NotBlank(EMPTY_TEXT)],
            error_messages={"blank": EMPTY_TEXT},
            help_text=f"The article as plain text or HTML, at most "
            f"{documents.MAX_TEXT_CHARS:,} characters; stored as sent, offsets point into it.",
        )
        url = field_of(
            commands.url(
                "url",
                "The article's address (http:// or https://), the claims' and evidence's link.",
            )
        )
        publisher = s.Text(
            max_length=200,
            required=False,
            allow_blank=True,
            allow_null=True,
            help_text="Who published it: a registered source's id, or a name matched against "
            "the registered sources.",
        )
        published_at = serializers.DateField(
            required=False,
            allow_null=True,
            help_text="Publication date: resolves 'last year', 'last month'...",
        )
        language = ReadLanguageField(
            choices=list(SUPPORTED),
            required=False,
            allow_null=True,
            help_text="'en' or 'es'; detected when not given. Texts in other languages are "
            "refused.",
        )

    @extend_schema(
        operation_id="documents_list",
        summary="List imported documents (yours; editors see all)",
        parameters=[PageQuery],
        responses=with_errors({200: ImportedDocumentPageOutput}, READ_ERRORS),
    )
    def get(self, request: Request) -> Response:
        query = validated(PageQuery, request.query_params)
        rows = (
            documents.with_counts(documents.visible_documents(request.user))
            .annotate(length=Length("text"))
            .defer("text")
            .order_by("-created_at", "id")
        )
        page = paginate(request, rows, query)
        found: list[ImportedDocument] = page["results"]
        usernames = _usernames([], {r.importer_id for r in found})
        page["results"] = [summary_body(r, usernames) for r in found]
        return Response(page)

    @extend_schema(
        operation_id="documents_import",
        summary="Import an article and get the claims it proposes",
        request=ImportDocumentInput,
        parameters=[IDEMPOTENCY_KEY],
        examples=[DOCUMENT_EXAMPLE],
        responses=with_errors({201: ImportedDocumentOutput}, CREATE_ERRORS),
    )
    @idempotent
    def post(self, request: Request) -> Response:
        raw = request.data.get("text") if isinstance(request.data, dict) else None
        if isinstance(raw, str) and len(raw) > documents.max_text_chars():
            # Before the field validators walk megabytes of text.
            self._refuse(raw)
        data = validated(self.ImportDocumentInput, request.data)
        try:
            imported = documents.import_document(
                data["text"],
                importer=request.user,
                url=data.get("url") or "",
                publisher=data.get("publisher") or "",
                published_at=data.get("published_at"),
                language=data.get("language") or None,
            )
        except documents.ImportRefused as exc:
            if exc.too_large:
                raise TextTooLarge(exc.message) from None
            raise field_error(
                exc.field, exc.message, LANGUAGE_REFUSED if exc.language_refused else None
            ) from None
        row = imported.document
        body = document_body(row, imported.candidates, found=imported.found)
        location = request.build_absolute_uri(reverse("api-document-detail", args=[row.pk]))
        return Response(body, status=status.HTTP_201_CREATED, headers={"Location": location})

    @staticmethod
    def _refuse(text: str) -> None:
        try:
            documents.check_text(text)
        except documents.ImportRefused as exc:
            raise TextTooLarge(exc.message) from None


class DocumentDetailView(DocumentView):
    """Read one document: its text and every candidate with what became of it."""

    @extend_schema(
        operation_id="documents_retrieve",
        summary="Read an imported document and its candidates",
        parameters=[DOCUMENT_ID],
        responses=with_errors({200: ImportedDocumentDetailOutput}, DETAIL_ERRORS),
    )
    def get(self, request: Request, document_id: Any) -> Response:
        row = visible_document(request, document_id)
        candidates = list(DocumentCandidate.objects.filter(document=row).order_by("n"))
        return Response(document_body(row, candidates, with_text=True))


class AcceptCandidateView(DocumentView):
    """Report a candidate as a claim, with your corrections; its events name the document."""

    class AcceptCandidateInput(serializers.Serializer):
        statement = serializers.CharField(max_length=2000, required=False)
        subject = serializers.CharField(
            max_length=200, required=False, help_text="Default: the subject or place read."
        )
        indicator = serializers.CharField(
            max_length=100, required=False, allow_null=True, allow_blank=True
        )
        value = s.ValueInput(required=False, help_text="Default: the value read.")
        period = s.PeriodInput(
            required=False, allow_null=True, help_text="Default: the period read; null for none."
        )
        place = s.optional_text(200)
        attributed_to = s.source_ref(
            "Id of the source that made the claim. Default: the suggested source."
        )
        reported_in = s.DocumentInput(
            required=False,
            allow_null=True,
            help_text="Default: the document's URL, publisher and date.",
        )
        note = s.optional_text(2000)
        occurred_at = s.Moment(
            required=False,
            allow_null=True,
            help_text="Valid time. Default: the publication date.",
        )

    @extend_schema(
        operation_id="documents_accept_candidate",
        summary="Accept a candidate: report it as a claim",
        description="Every field is optional and defaults to what the extractor read. Answers "
        "as `POST /claims/` does; a candidate already accepted is a 409.",
        request=AcceptCandidateInput,
        parameters=[DOCUMENT_ID, CANDIDATE_N, IDEMPOTENCY_KEY],
        responses=with_errors({201: s.ClaimOutput}, DECIDE_ERRORS),
    )
    @idempotent
    def post(self, request: Request, document_id: Any, n: int) -> Response:
        candidate = visible_candidate(request, document_id, n)
        data = validated(self.AcceptCandidateInput, request.data)
        edits: dict[str, Any] = {
            key: data[key]
            for key in ("statement", "subject", "indicator", "attributed_to", "note")
            if data.get(key)
        }
        if "place" in data:
            edits["place"] = data["place"]
        if data.get("value"):
            edits["value"] = quantity(data["value"])
        if "period" in data:
            edits["period"] = period(data["period"])
        if "reported_in" in data:
            edits["reported_in"] = document(data["reported_in"])
        try:
            accepted = documents.accept_candidate(
                candidate,
                user=request.user,
                edits=edits,
                occurred_at=data.get("occurred_at"),
                request_id=getattr(request, "request_id", None),
            )
        except documents.CandidateDecided as exc:
            raise CandidateDecidedConflict(exc.message) from None
        return claim_response(accepted.claim_id, code=201, request=request)


class RejectCandidateView(DocumentView):
    """Set a candidate aside (one already accepted stays: retract its claim instead)."""

    class RejectCandidateInput(serializers.Serializer):
        reason = s.optional_text(2000)

    @extend_schema(
        operation_id="documents_reject_candidate",
        summary="Reject a candidate",
        request=RejectCandidateInput,
        parameters=[DOCUMENT_ID, CANDIDATE_N, IDEMPOTENCY_KEY],
        responses=with_errors({200: CandidateOutput}, DECIDE_ERRORS),
    )
    @idempotent
    def post(self, request: Request, document_id: Any, n: int) -> Response:
        candidate = visible_candidate(request, document_id, n)
        data = validated(self.RejectCandidateInput, request.data)
        try:
            documents.reject_candidate(candidate, user=request.user, reason=data.get("reason", ""))
        except documents.CandidateDecided as exc:
            raise CandidateDecidedConflict(exc.message) from None
        candidate.refresh_from_db()
        return Response(candidate_body(candidate, _usernames([candidate], set())))


class MatchCandidateView(DocumentView):
    """Accept a candidate as an action on a claim it matches, instead of a duplicate claim."""

    class MatchCandidateInput(serializers.Serializer):
        claim = serializers.CharField(max_length=64, help_text="Id of the matched claim.")
        action = ChoiceField(
            choices=[str(a) for a in documents.MATCH_ACTIONS],
            required=False,
            help_text="cite (same), support (agrees), dispute (conflicts: adds a competing "
            "figure), correct (updates). Default: the action of the candidate's relation to "
            "the claim as it stands now.",
        )
        attributed_to = s.source_ref(
            "Id of the source that gives the figure (dispute, correct). Default: the suggested "
            "source."
        )
        reason = s.optional_text(2000)
        url = field_of(commands.url("url", "Evidence link. Default: the document's URL."))
        occurred_at = s.Moment(
            required=False, allow_null=True, help_text="Valid time. Default: the publication date."
        )

    @extend_schema(
        operation_id="documents_match_candidate",
        summary="Accept a candidate on a claim it matches (cite, support, dispute, correct)",
        description="The matching action is an ordinary command on the claim: evidence or a "
        "note (cite, support), a dispute with a competing figure (dispute), a correction "
        "(correct). Answers with the claim as it stands after it; a candidate already accepted "
        "is a 409; a claim the candidate no longer relates to needs an explicit `action`.",
        request=MatchCandidateInput,
        parameters=[DOCUMENT_ID, CANDIDATE_N, IDEMPOTENCY_KEY],
        responses=with_errors({200: s.ClaimOutput}, DECIDE_ERRORS),
    )
    @idempotent
    def post(self, request: Request, document_id: Any, n: int) -> Response:
        candidate = visible_candidate(request, document_id, n)
        data = validated(self.MatchCandidateInput, request.data)
        try:
            matched = documents.act_on_match(
                candidate,
                claim_id=data["claim"],
                user=request.user,
                action=data.get("action"),
                attributed_to=data.get("attributed_to") or None,
                reason=data.get("reason", ""),
                url=data.get("url", ""),
                occurred_at=data.get("occurred_at"),
                request_id=getattr(request, "request_id", None),
            )
        except documents.CandidateDecided as exc:
            raise CandidateDecidedConflict(exc.message) from None
        except documents.NotAllowed as exc:
            raise PermissionDenied(exc.message) from None
        return claim_response(matched.claim_id, code=200, request=request, result=matched.result)


# Mounted by claims/api/urls.py.
urlpatterns = [
    path("documents/", DocumentCollectionView.as_view(), name="api-document-list"),
    path(
        "documents/<uuid:document_id>/",
        DocumentDetailView.as_view(),
        name="api-document-detail",
    ),
    path(
        "documents/<uuid:document_id>/candidates/<int:n>/accept/",
        AcceptCandidateView.as_view(),
        name="api-document-candidate-accept",
    ),
    path(
        "documents/<uuid:document_id>/candidates/<int:n>/reject/",
        RejectCandidateView.as_view(),
        name="api-document-candidate-reject",
    ),
    path(
        "documents/<uuid:document_id>/candidates/<int:n>/match/",
        MatchCandidateView.as_view(),
        name="api-document-candidate-match",
    ),
]
