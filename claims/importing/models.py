"""The article importer's working records: an imported document and the candidates found in it.

These are ordinary rows, not events: they belong to the person who imported the article, who
works through the candidates. What reaches the tracker is the claims accepted from them, each an
ordinary report whose events name the document and the offsets it came from
(`claims.importing.documents.accept_candidate`). Imported by
`claims.models` so Django finds them.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags


class CandidateStatus(models.TextChoices):
    PROPOSED = "proposed", "proposed"
    ACCEPTED = "accepted", "accepted"
    REJECTED = "rejected", "rejected"


class CandidateAction(models.TextChoices):
    """What accepting a candidate did: a new claim, or an action on a claim it matched."""

    REPORT = "report", "reported as a new claim"
    CITE = "cite", "cited as evidence for the same claim"
    SUPPORT = "support", "added as supporting evidence"
    DISPUTE = "dispute", "added as a competing figure (dispute)"
    CORRECT = "correct", "applied as a correction"


class ImportedDocument(models.Model):
    """An article as pasted or uploaded; candidate offsets point into `text` exactly as stored."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    importer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="imported_documents"
    )
    text = models.TextField()
    sha256 = models.CharField(max_length=64, db_index=True, help_text="SHA-256 of the text.")
    url = models.CharField(max_length=2000, blank=True)
    publisher = models.CharField(
        max_length=200, blank=True, help_text="The publisher as given: a name or a source id."
    )
    publisher_source = models.CharField(
        max_length=64, blank=True, help_text="Id of the registered source the publisher matched."
    )
    published_at = models.DateField(null=True, blank=True)
    language = models.CharField(
        max_length=8, default="en", help_text="The text's language: 'en' or 'es'."
    )
    detected_language = models.CharField(
        max_length=8,
        blank=True,
        help_text="The language the text reads as, found at import ('' when too short to tell, "
        "and for articles imported before it was kept).",
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        app_label = "claims"
        ordering = ["-created_at", "id"]
        verbose_name = "imported article"
        verbose_name_plural = "imported articles"
        indexes = [
            models.Index(fields=["importer", "created_at"], name="importeddoc_importer_created")
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def headline(self) -> str:
        """The article's headline: its first line, when that stands alone as one (at most 200
        characters, not ending a sentence or a dateline, with more text after it), else ''."""
        first, _, rest = self.text.lstrip().partition("\n")
        first = " ".join(strip_tags(first).split())
        if (
            3 <= len(first) <= 200
            and not first.endswith((".", ",", ";", ":", "—", "–", "-"))
            and rest.strip()
        ):
            return first
        return ""

    @property
    def title(self) -> str:
        """A short label: the URL if any, else the start of the text."""
        if self.url:
            return self.url if len(self.url) <= 80 else self.url[:77] + "…"
        start = " ".join(strip_tags(self.text[:300]).split())
        return (start[:77] + "…" if len(start) > 80 else start) or str(self.id)


class DocumentCandidate(models.Model):
    """Candidate `n` of a document: what the extractor proposed, and what became of it."""

    document = models.ForeignKey(
        ImportedDocument, on_delete=models.CASCADE, related_name="candidates"
    )
    n = models.PositiveIntegerField(help_text="Position among the document's candidates, from 0.")
    data = models.JSONField(help_text="The extractor's candidate (Candidate.to_dict()).")
    suggested_source = models.CharField(
        max_length=64,
        blank=True,
        help_text="Id of the registered source whose name matches the attribution, if any.",
    )
    indicator = models.CharField(
        max_length=100, blank=True, help_text="Key of the indicator the figure measures, if any."
    )
    matches = models.JSONField(
        default=list,
        blank=True,
        help_text="Claims the candidate relates to when it was imported: "
        "[{claim, relation, reason}].",
    )
    status = models.CharField(
        max_length=10, choices=CandidateStatus.choices, default=CandidateStatus.PROPOSED
    )
    action = models.CharField(
        max_length=10, choices=CandidateAction.choices, blank=True, help_text="How it was accepted."
    )
    claim_id = models.CharField(max_length=64, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    reason = models.CharField(max_length=2000, blank=True, help_text="Why it was rejected.")

    class Meta:
        app_label = "claims"
        ordering = ["document", "n"]
        constraints = [
            models.UniqueConstraint(fields=["document", "n"], name="documentcandidate_doc_n")
        ]

    def __str__(self) -> str:
        return f"{self.document_id} #{self.n} ({self.status})"

    def get(self, key: str, default: Any = None) -> Any:
        """Read a field of the extractor's candidate."""
        return (self.data or {}).get(key, default)
