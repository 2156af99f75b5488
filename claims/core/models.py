"""The event log (the source of truth) and the read models projected from it."""

from __future__ import annotations

from typing import Any, NoReturn

from django.db import models

from claims.core.fields import ExactDecimalField, OptionalExactDecimalField


class ImmutableEventError(Exception):
    """Events are facts: they are never updated or deleted."""


class EventQuerySet(models.QuerySet["Event"]):
    def update(self, **kwargs: Any) -> NoReturn:
        raise ImmutableEventError("Events cannot be updated.")

    def delete(self) -> NoReturn:
        raise ImmutableEventError("Events cannot be deleted.")

    def bulk_update(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise ImmutableEventError("Events cannot be updated.")

    def update_or_create(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise ImmutableEventError("Events are only written by the event store's append().")


class Event(models.Model):
    """One immutable event; `position` is the global order, `version` the order in its stream."""

    position = models.BigAutoField(primary_key=True)
    event_id = models.UUIDField(unique=True)
    stream_type = models.CharField(max_length=32)
    stream_id = models.CharField(max_length=64)
    version = models.PositiveIntegerField()
    event_type = models.CharField(max_length=64)
    schema_version = models.PositiveSmallIntegerField(default=1)
    data = models.JSONField()
    metadata = models.JSONField(default=dict)
    recorded_at = models.DateTimeField(help_text="Transaction time: when the tracker learned it.")
    occurred_at = models.DateTimeField(
        null=True, blank=True, help_text="Valid time: when it happened or was published."
    )
    hash = models.CharField(max_length=64)
    # The log-wide chain: sha256(previous position's log_hash + hash + position).
    log_hash = models.CharField(max_length=64, default="")

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(fields=["stream_id", "version"], name="event_stream_version")
        ]
        # No index on recorded_at: nothing reads events by it (it never runs backwards along
        # position, so a cut at a recorded_at is a range of positions), and every append paid
        # for one (migration 0017).
        indexes = [
            models.Index(fields=["event_type", "position"], name="event_type_pos"),
        ]

    def __str__(self) -> str:
        return f"#{self.position} {self.event_type} {self.stream_id}@{self.version}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise ImmutableEventError("Events cannot be updated.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise ImmutableEventError("Events cannot be deleted.")


# --- Read models: disposable, rebuilt from the log by `manage.py rebuild_projections` ------------


class Source(models.Model):
    id = models.CharField(primary_key=True, max_length=64)
    version = models.PositiveIntegerField()
    name = models.CharField(max_length=200, db_index=True)
    kind = models.CharField(max_length=30, db_index=True)
    url = models.CharField(max_length=2000, blank=True)
    wikidata_id = models.CharField(max_length=20, blank=True)
    # Its other names, one a line (a text both databases search alike; selectors splits it).
    aliases = models.TextField(blank=True, default="")
    # Its name and other names as a search compares them, one a line: letter case and accents
    # aside ('ministerio publico' finds 'Ministerio Público'; projections.search_text).
    search = models.TextField(blank=True, default="", editable=False)
    claims_reported = models.PositiveIntegerField(default=0)
    claims_confirmed = models.PositiveIntegerField(default=0)
    claims_corrected = models.PositiveIntegerField(default=0)
    claims_refuted = models.PositiveIntegerField(default=0)
    claims_retracted = models.PositiveIntegerField(default=0)
    claims_disputed = models.PositiveIntegerField(default=0)
    # The rest of its record, in other claims: figures it gave by outcome, disputes it raised
    # by resolution (claims/core/projections.py, record_counts).
    figures_accepted = models.PositiveIntegerField(default=0)
    figures_superseded = models.PositiveIntegerField(default=0)
    disputes_upheld = models.PositiveIntegerField(default=0)
    disputes_rejected = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()
    last_position = models.BigIntegerField()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Claim(models.Model):
    """A claim as it stands now; `document` is its full API representation."""

    id = models.CharField(primary_key=True, max_length=64)
    version = models.PositiveIntegerField()
    # Filtered columns are indexed together with the list order (created_at, id): a filtered
    # page is then read in order and stops after one page, instead of sorting every match
    # (on SQLite that sort read each matching row's documents, which precede created_at).
    status = models.CharField(max_length=20)
    # What the claim counts as on its source's record (ClaimState.record_status): the status,
    # but `corrected` for a claim whose report was corrected, unless refuted or retracted.
    record_status = models.CharField(max_length=20, default="reported")
    statement = models.TextField()
    subject = models.CharField(max_length=200)
    indicator = models.CharField(max_length=100, null=True, blank=True)
    # The claim's figure; all three are null for a proposition (a claim without a figure).
    amount = OptionalExactDecimalField()
    unit = models.CharField(max_length=100, null=True, blank=True)
    qualifier = models.CharField(max_length=20, null=True, blank=True)
    period_start = models.DateField(null=True, blank=True)
    period_end = models.DateField(null=True, blank=True)
    place = models.CharField(max_length=200, blank=True)
    attributed_to = models.ForeignKey(
        Source,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        db_index=False,
        related_name="claims",
    )
    assignee = models.CharField(max_length=150, null=True, blank=True)
    open_disputes = models.PositiveIntegerField(default=0)
    n_figures = models.PositiveIntegerField(default=1)
    # The last version that changed the claim materially (status, statement, value or bounds:
    # claims.core.domain.citation): a citation of an earlier version is stale.
    material_version = models.PositiveIntegerField(default=1)
    document = models.JSONField()
    # The aggregate state at `version` (see claims/core/domain/snapshots.py): commands start from it
    # instead of replaying the stream. Written in the append's transaction, so never stale.
    snapshot = models.JSONField(default=dict)
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()
    occurred_at = models.DateTimeField(null=True, blank=True)
    last_position = models.BigIntegerField()

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [
            models.Index(fields=[name, "created_at", "id"], name=f"claim_{short}_list")
            for name, short in (
                ("status", "status"),
                ("subject", "subject"),
                ("indicator", "indicator"),
                ("attributed_to", "source"),
                ("assignee", "assignee"),
            )
        ] + [
            # The list's order, ties included: claims imported together share created_at, and
            # an index on created_at alone left the database to sort each run of them by id
            # (the whole list, held by the database, before a CSV export's first row).
            models.Index(fields=["created_at", "id"], name="claim_created_list"),
            # The list's other order (?ordering=updated_at, recently changed first with "-").
            models.Index(fields=["updated_at", "id"], name="claim_updated_list"),
        ]

    def __str__(self) -> str:
        return self.statement[:80]


class Figure(models.Model):
    """One figure for a claim: its own (`primary`) or a competing one from another source."""

    claim = models.ForeignKey(
        Claim, on_delete=models.DO_NOTHING, db_constraint=False, related_name="figures"
    )
    figure_id = models.CharField(max_length=64)
    source = models.ForeignKey(
        Source, on_delete=models.DO_NOTHING, db_constraint=False, related_name="figures"
    )
    amount = ExactDecimalField()
    unit = models.CharField(max_length=100)
    qualifier = models.CharField(max_length=20)
    status = models.CharField(max_length=20)
    is_primary = models.BooleanField(default=False)
    reported_in = models.JSONField(null=True, blank=True)
    reason = models.TextField(blank=True)
    added_in_version = models.PositiveIntegerField()
    added_at = models.DateTimeField()
    # The figure's own period, when it is about another one than its claim's.
    period_start = models.DateField(null=True, blank=True)
    period_end = models.DateField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["claim", "figure_id"], name="figure_claim_figure_id")
        ]

    def __str__(self) -> str:
        return f"{self.amount} {self.unit} ({self.qualifier})"


class Dispute(models.Model):
    claim = models.ForeignKey(
        Claim, on_delete=models.DO_NOTHING, db_constraint=False, related_name="disputes"
    )
    dispute_id = models.CharField(max_length=64)
    reason = models.TextField()
    by = models.CharField(max_length=64, null=True, blank=True)
    counter_value = models.JSONField(null=True, blank=True)
    evidence = models.CharField(max_length=2000, blank=True)
    status = models.CharField(max_length=20, db_index=True)
    resolution_reason = models.TextField(blank=True)
    accepted_figure = models.CharField(max_length=64, null=True, blank=True)
    opened_at = models.DateTimeField()
    resolved_at = models.DateTimeField(null=True, blank=True)
    opened_in_version = models.PositiveIntegerField()
    resolved_in_version = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["claim", "dispute_id"], name="dispute_claim_dispute_id")
        ]

    def __str__(self) -> str:
        return f"{self.status}: {self.reason[:60]}"


class Evidence(models.Model):
    claim = models.ForeignKey(
        Claim, on_delete=models.DO_NOTHING, db_constraint=False, related_name="evidence"
    )
    evidence_id = models.CharField(max_length=64)
    url = models.CharField(max_length=2000)
    title = models.CharField(max_length=400, blank=True)
    kind = models.CharField(max_length=50, blank=True)
    note = models.TextField(blank=True)
    # The verdict it was given with ("confirmed", "refuted"); blank: attached on its own.
    given_with = models.CharField(max_length=20, blank=True, default="")
    attached_at = models.DateTimeField()

    class Meta:
        verbose_name_plural = "evidence"
        constraints = [
            models.UniqueConstraint(
                fields=["claim", "evidence_id"], name="evidence_claim_evidence_id"
            )
        ]

    def __str__(self) -> str:
        return self.title or self.url


class ClaimVersion(models.Model):
    """One row per claim version, valid in transaction time [recorded_from, recorded_to).

    `document` is the claim's API representation at that version, except for a version
    superseded in the same append (recorded_to == recorded_from): valid at no moment, it keeps
    the columns only (its document is JSON null).
    """

    claim_id = models.CharField(max_length=64)
    version = models.PositiveIntegerField()
    recorded_from = models.DateTimeField()
    recorded_to = models.DateTimeField(null=True, blank=True)
    position = models.BigIntegerField()
    status = models.CharField(max_length=20)
    subject = models.CharField(max_length=200)
    indicator = models.CharField(max_length=100, null=True, blank=True)
    attributed_to = models.CharField(max_length=64)
    period_start = models.DateField(null=True, blank=True)
    period_end = models.DateField(null=True, blank=True)
    statement = models.TextField()
    place = models.CharField(max_length=200, blank=True, default="")
    amount = OptionalExactDecimalField()  # null for a proposition, with unit and qualifier
    unit = models.CharField(max_length=100, null=True, blank=True, default="")
    qualifier = models.CharField(max_length=20, null=True, blank=True, default="")
    open_disputes = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField()
    document = models.JSONField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["claim_id", "version"], name="claimversion_claim_version"
            )
        ]
        indexes = [
            models.Index(fields=["claim_id", "recorded_from"], name="claimversion_claim_from"),
            models.Index(fields=["recorded_from", "recorded_to"], name="claimversion_window"),
        ]

    def __str__(self) -> str:
        return f"{self.claim_id}@{self.version}"


class Citation(models.Model):
    """Something published (a story, a chart, a dataset) that relied on a claim at a version.

    It is stale while its claim's `material_version` is above `basis_version` (the version it
    cited, or the one it was last acknowledged at): one indexed join, never a replay.
    """

    id = models.CharField(primary_key=True, max_length=64)
    version = models.PositiveIntegerField()
    claim = models.ForeignKey(
        Claim, on_delete=models.DO_NOTHING, db_constraint=False, related_name="citations"
    )
    url = models.CharField(max_length=2000)
    # SHA-256 of the URL: `?url=` is an indexed equality however long the URL.
    url_digest = models.CharField(max_length=64)
    title = models.CharField(max_length=400, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    cited_version = models.PositiveIntegerField()
    acknowledged_version = models.PositiveIntegerField(null=True, blank=True)
    basis_version = models.PositiveIntegerField()
    cited_by = models.CharField(max_length=150, blank=True)
    cited_position = models.BigIntegerField(help_text="Log position of the citing event.")
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()
    last_position = models.BigIntegerField()

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [
            models.Index(fields=["claim", "basis_version"], name="citation_claim_basis"),
            models.Index(fields=["url_digest"], name="citation_url"),
            models.Index(fields=["created_at", "id"], name="citation_list"),
        ]

    def __str__(self) -> str:
        return f"{self.url} ({self.claim_id}@{self.cited_version})"


class IdempotencyRecord(models.Model):
    """The first answer to a POST carrying an Idempotency-Key, replayed for retries."""

    user_id = models.BigIntegerField()
    key = models.CharField(max_length=255)
    method = models.CharField(max_length=10)
    path = models.CharField(max_length=500)
    request_hash = models.CharField(max_length=64)
    status_code = models.PositiveSmallIntegerField()
    response_body = models.JSONField()
    response_headers = models.JSONField(default=dict)
    created_at = models.DateTimeField(db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user_id", "key"], name="idempotency_user_key")
        ]

    def __str__(self) -> str:
        return f"{self.user_id}:{self.key}"


class CommandRecord(models.Model):
    """The first answer to a command sent with a client's `command_id`, kept for good: the
    same id and request replay it whenever they come again."""

    command_id = models.UUIDField(primary_key=True)
    user_id = models.BigIntegerField()
    method = models.CharField(max_length=10)
    path = models.CharField(max_length=500)
    request_hash = models.CharField(max_length=64)
    status_code = models.PositiveSmallIntegerField()
    response_body = models.JSONField()
    response_headers = models.JSONField(default=dict)
    created_at = models.DateTimeField()

    def __str__(self) -> str:
        return str(self.command_id)


class ClaimKnown(models.Model):
    """A claim as the reports said it at each moment of valid time, bitemporally.

    One row per claim and stretch of valid time [known_from, known_to) over which folding the
    claim's events with occurred_at at or before the moment gives the same state, itself valid
    in transaction time [recorded_from, recorded_to): an event recorded later (a backdated one
    especially) closes the rows it changes and adds new ones, so "as of" still finds what the
    tracker held about any moment. Written by claims.core.validtime.
    """

    claim_id = models.CharField(max_length=64)
    version = models.PositiveIntegerField()  # the newest version folded in
    known_from = models.DateTimeField()
    known_to = models.DateTimeField(null=True, blank=True)
    recorded_from = models.DateTimeField()
    recorded_to = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=20)
    statement = models.TextField()
    subject = models.CharField(max_length=200)
    indicator = models.CharField(max_length=100, null=True, blank=True)
    attributed_to = models.CharField(max_length=64)
    period_start = models.DateField(null=True, blank=True)
    period_end = models.DateField(null=True, blank=True)
    place = models.CharField(max_length=200, blank=True)
    open_disputes = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField()
    document = models.JSONField()

    class Meta:
        indexes = [
            models.Index(fields=["claim_id", "known_from"], name="claimknown_claim_from"),
            # What the tracker holds now (most reads): a claim's current stretches, the list's.
            models.Index(
                fields=["claim_id", "known_from"],
                name="claimknown_current",
                condition=models.Q(recorded_to__isnull=True),
            ),
            models.Index(
                fields=["created_at", "claim_id"],
                name="claimknown_current_list",
                condition=models.Q(recorded_to__isnull=True),
            ),
            models.Index(fields=["known_from", "known_to"], name="claimknown_window"),
        ]

    def __str__(self) -> str:
        return f"{self.claim_id}@{self.version} known from {self.known_from}"
