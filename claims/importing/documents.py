"""From article to claims: import a document, then accept or reject the candidates found in it.

The API (claims/api/documents.py), the admin page (claims/workspace/imports.py) and
`manage.py import_article` all call these functions.

- `import_document` stores the text exactly as given (offsets point into it), runs the
  extractor, suggests a registered source for each attribution and for the publisher, and
  stores one `DocumentCandidate` per figure.
- `accept_candidate` turns a candidate, with the user's edits, into an ordinary report through
  `claims.core.services.report`. Every event of that report carries in its metadata the document id,
  the candidate's number and its offsets (`{"document", "candidate", "offsets": {"sentence":
  [start, end], "value": [start, end]}}`), and the candidate is marked accepted in the same
  transaction.
- `reject_candidate` marks a candidate rejected (an accepted one cannot be: retract the claim).
- `visible_documents` is the object-level rule: importers see their own documents, editors and
  superusers see every document.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from claims.core import services
from claims.core.domain import commands as c
from claims.core.domain.errors import CommandRejected
from claims.core.domain.values import Document, Period, Quantity
from claims.core.models import Source
from claims.core.roles import CONTRIBUTOR, EDITOR, roles_of
from claims.importing.extraction import extract
from claims.importing.models import CandidateStatus, DocumentCandidate, ImportedDocument

# The longest text the importer takes, in characters (a long feature article is ~50,000).
MAX_TEXT_CHARS = 1_000_000
# At most this many candidates are stored per document; the rest are counted, not stored.
MAX_CANDIDATES = 5_000
_BATCH = 500
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")  # NUL and lone surrogates: no database takes them


class ImportRefused(ValueError):
    """The text cannot be imported (empty, too long); `field` names the input at fault."""

    def __init__(self, message: str, field: str = "text", *, too_large: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.too_large = too_large


class CandidateDecided(Exception):
    """The candidate's fate is already settled (accepted), so it cannot be decided again."""

    def __init__(self, candidate: DocumentCandidate) -> None:
        self.candidate = candidate
        if candidate.status == CandidateStatus.ACCEPTED:
            message = f"Candidate {candidate.n} was already accepted as claim {candidate.claim_id}."
        else:
            message = f"Candidate {candidate.n} was already {candidate.status}."
        super().__init__(message)
        self.message = message


# --- Who may see and import -----------------------------------------------------------------------


def can_import(user: Any) -> bool:
    """Contributors and editors (and superusers) import articles; readers do not."""
    return CONTRIBUTOR in roles_of(user)


def sees_all(user: Any) -> bool:
    return EDITOR in roles_of(user)


def visible_documents(user: Any) -> QuerySet[ImportedDocument]:
    """The documents this user may see: their own, or every one for editors and superusers."""
    rows = ImportedDocument.objects.all()
    if not can_import(user):
        return rows.none()
    if sees_all(user):
        return rows
    return rows.filter(importer_id=user.pk)


def with_counts(rows: QuerySet[ImportedDocument]) -> QuerySet[ImportedDocument]:
    """Annotate candidate counts by status (n_candidates, n_proposed, n_accepted, n_rejected)."""
    return rows.annotate(
        n_candidates=Count("candidates"),
        n_proposed=Count("candidates", filter=Q(candidates__status=CandidateStatus.PROPOSED)),
        n_accepted=Count("candidates", filter=Q(candidates__status=CandidateStatus.ACCEPTED)),
        n_rejected=Count("candidates", filter=Q(candidates__status=CandidateStatus.REJECTED)),
    )


def counts_of(document: ImportedDocument) -> dict[str, int]:
    """The document's candidates by status: total, proposed, accepted, rejected."""
    rows = DocumentCandidate.objects.filter(document=document)
    found = dict(rows.values_list("status").annotate(n=Count("pk")).values_list("status", "n"))
    counts = {status.value: int(found.get(status.value, 0)) for status in CandidateStatus}
    return {"total": sum(counts.values()), **counts}


# --- Matching names to registered sources ---------------------------------------------------------

_STOPWORDS = frozenset({"of", "the", "and", "for", "on", "in", "de", "del", "la", "el", "y"})


def normalise_name(name: str) -> str:
    """Fold case, accents, dots and a leading 'the': 'the U.N.' -> 'un', 'Reuters' -> 'reuters'."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[.']", "", text)
    text = re.sub(r"[\W_]+", " ", text).strip()
    return re.sub(r"^the\s+", "", text)


def _acronym(normalised: str) -> str:
    words = [w for w in normalised.split() if w not in _STOPWORDS]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


@dataclass
class SourceIndex:
    """Registered sources by normalised name, short name (before a comma) and acronym.

    A name matches when its normalised form equals one of those; the full name wins over the
    short name, which wins over the acronym. A form shared by two sources matches neither.
    """

    ids: set[str] = field(default_factory=set)
    tiers: list[dict[str, set[str]]] = field(default_factory=lambda: [{}, {}, {}])
    _seen: dict[str, str | None] = field(default_factory=dict)  # an article repeats its sources

    @classmethod
    def load(cls) -> SourceIndex:
        return cls.of(Source.objects.values_list("id", "name"))

    @classmethod
    def of(cls, rows: Iterable[tuple[str, str]]) -> SourceIndex:
        index = cls()
        for source_id, name in rows:
            index.ids.add(source_id)
            full = normalise_name(name)
            short = normalise_name(name.split(",")[0])
            for tier, key in zip(index.tiers, (full, short, _acronym(full)), strict=True):
                if key:
                    tier.setdefault(key, set()).add(source_id)
        return index

    def match(self, name: str | None) -> str | None:
        """The id of the one source this name designates, or None."""
        if not name:
            return None
        if name not in self._seen:
            self._seen[name] = self._lookup(normalise_name(name))
        return self._seen[name]

    def _lookup(self, key: str) -> str | None:
        if not key:
            return None
        for tier in self.tiers:
            found = tier.get(key)
            if found:
                return next(iter(found)) if len(found) == 1 else None
        return None

    def resolve(self, ref: str | None) -> str | None:
        """A source id given as such, or the source a name designates."""
        if not ref:
            return None
        return ref if ref in self.ids else self.match(ref)


# --- Importing ------------------------------------------------------------------------------------


def storable(text: str) -> str:
    """Replace NUL characters and lone surrogates with U+FFFD, one for one (offsets hold)."""
    return _UNSTORABLE.sub("\ufffd", text)


def max_text_chars() -> int:
    return int(getattr(settings, "CLAIMS_IMPORT_MAX_CHARS", MAX_TEXT_CHARS))


def check_text(text: object) -> str:
    """Refuse what cannot be imported: not a string, empty, or longer than the limit."""
    if not isinstance(text, str):
        raise ImportRefused("Send the article's text as a string.")
    limit = max_text_chars()
    if len(text) > limit:
        raise ImportRefused(
            f"The text is {len(text):,} characters long; the importer takes at most "
            f"{limit:,} characters (about {limit / 1_000_000:g} MB). Split the article and "
            "import it in parts.",
            too_large=True,
        )
    if not text.strip():
        raise ImportRefused("The text is empty: paste the article's text.")
    return text


@dataclass(frozen=True, slots=True)
class Imported:
    document: ImportedDocument
    candidates: list[DocumentCandidate]
    found: int  # candidates the extractor proposed (more than stored when over MAX_CANDIDATES)


def import_document(
    text: str,
    *,
    importer: Any,
    url: str = "",
    publisher: str = "",
    published_at: dt.date | None = None,
) -> Imported:
    """Store the text, extract its candidates, and suggest sources for their attributions."""
    text = storable(check_text(text))
    url, publisher = storable(url or ""), storable(publisher or "")
    found = extract(text, published_at=published_at, url=url or None, publisher=publisher or None)
    index = SourceIndex.load()
    document = ImportedDocument(
        importer=importer,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        url=url,
        publisher=publisher,
        publisher_source=index.resolve(publisher) or "",
        published_at=published_at,
        created_at=timezone.now(),
    )
    rows = [
        DocumentCandidate(
            document=document,
            n=n,
            data=candidate.to_dict(),
            suggested_source=index.match(candidate.attributed_to) or "",
        )
        for n, candidate in enumerate(found[:MAX_CANDIDATES])
    ]
    with transaction.atomic():
        document.save(force_insert=True)
        DocumentCandidate.objects.bulk_create(rows, batch_size=_BATCH)
    return Imported(document, rows, len(found))


# --- Accepting and rejecting ----------------------------------------------------------------------


def offsets(candidate: DocumentCandidate) -> dict[str, list[int]]:
    return {
        "sentence": [
            int(candidate.get("sentence_start", 0)),
            int(candidate.get("sentence_end", 0)),
        ],
        "value": [int(candidate.get("value_start", 0)), int(candidate.get("value_end", 0))],
    }


def candidate_period(candidate: DocumentCandidate) -> Period | None:
    start, end = candidate.get("period_start"), candidate.get("period_end")
    if not (start and end):
        return None
    return Period(dt.date.fromisoformat(start), dt.date.fromisoformat(end))


def default_subject(candidate: DocumentCandidate) -> str:
    return str(candidate.get("subject") or candidate.get("place") or "")


def build_report(
    candidate: DocumentCandidate, edits: Mapping[str, Any], claim_id: str
) -> c.ReportClaim:
    """The report the candidate proposes, with every field the user gave in `edits` instead.

    `edits` may hold statement, subject, indicator, value (a Quantity), period (a Period or None
    for none), place ("" for none), attributed_to (a source id), reported_in (a Document or None),
    note. An absent key (or an empty statement, subject or source) keeps the candidate's
    proposal; the document's URL, publisher and date make the default `reported_in`.
    """
    document = candidate.document

    def given(key: str, default: Any) -> Any:
        return edits.get(key, default)

    subject = given("subject", None) or default_subject(candidate)
    if not subject:
        raise CommandRejected("Say whom or what the figure is about.", "subject")
    attributed_to = given("attributed_to", None) or candidate.suggested_source
    if not attributed_to:
        named = candidate.get("attributed_to")
        hint = f" The article attributes it to {named!r}." if named else ""
        raise CommandRejected(
            f"Choose the source the claim is attributed to.{hint}", "attributed_to"
        )
    value = given("value", None)
    if value is None:
        value = Quantity.of(
            candidate.get("amount"), candidate.get("unit") or "", candidate.get("qualifier")
        )
    default_doc = None
    if document.url or document.publisher_source or document.published_at:
        default_doc = Document(
            url=document.url,
            publisher=document.publisher_source or None,
            published_at=document.published_at,
        )
    return c.ReportClaim(
        claim_id=claim_id,
        statement=given("statement", None) or str(candidate.get("statement") or ""),
        subject=subject,
        indicator=given("indicator", None) or None,
        value=value,
        period=given("period", candidate_period(candidate)),
        place=given("place", str(candidate.get("place") or "")) or "",
        attributed_to=attributed_to,
        reported_in=given("reported_in", default_doc),
        note=given("note", None) or "",
    )


def default_occurred_at(document: ImportedDocument) -> dt.datetime | None:
    """Valid time of a claim read in the document: its publication day, midnight UTC."""
    if document.published_at is None:
        return None
    return dt.datetime.combine(document.published_at, dt.time.min, tzinfo=dt.UTC)


@dataclass(frozen=True, slots=True)
class Accepted:
    candidate: DocumentCandidate
    claim_id: str
    result: services.Result


def accept_candidate(
    candidate: DocumentCandidate,
    *,
    user: Any,
    edits: Mapping[str, Any] | None = None,
    occurred_at: dt.datetime | None = None,
    request_id: str | None = None,
) -> Accepted:
    """Report the candidate as a claim (with the user's edits) and mark it accepted, atomically.

    Raises CandidateDecided if it was accepted meanwhile, CommandRejected if the report is
    refused (a missing source, a bad value...).
    """
    edits = edits or {}
    with transaction.atomic():
        locked = (
            DocumentCandidate.objects.select_for_update()
            .select_related("document")
            .get(pk=candidate.pk)
        )
        if locked.status == CandidateStatus.ACCEPTED:
            raise CandidateDecided(locked)
        command = build_report(locked, edits, services.new_id())
        ctx = services.Context(
            actor=user.get_username(),
            request_id=request_id,
            occurred_at=occurred_at or default_occurred_at(locked.document),
            extra={
                "document": str(locked.document_id),
                "candidate": locked.n,
                "offsets": offsets(locked),
            },
        )
        result = services.report(command, ctx)
        locked.status = CandidateStatus.ACCEPTED
        locked.claim_id = command.claim_id
        locked.decided_by = user
        locked.decided_at = timezone.now()
        locked.reason = ""
        locked.save(update_fields=["status", "claim_id", "decided_by", "decided_at", "reason"])
    return Accepted(locked, command.claim_id, result)


def reject_candidate(candidate: DocumentCandidate, *, user: Any, reason: str = "") -> None:
    """Mark the candidate rejected (again: the latest reason stands). Accepted ones stay."""
    with transaction.atomic():
        locked = DocumentCandidate.objects.select_for_update().get(pk=candidate.pk)
        if locked.status == CandidateStatus.ACCEPTED:
            raise CandidateDecided(locked)
        locked.status = CandidateStatus.REJECTED
        locked.decided_by = user
        locked.decided_at = timezone.now()
        locked.reason = storable(reason)[:2000]
        locked.save(update_fields=["status", "decided_by", "decided_at", "reason"])
    candidate.status, candidate.decided_by = locked.status, locked.decided_by
    candidate.decided_at, candidate.reason = locked.decided_at, locked.reason
