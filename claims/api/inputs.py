"""The API's input serializers, generated from the command table, and what the API says
about each command (its input's name in the schema, its summary and description)."""

from __future__ import annotations

from typing import Any

from django.core.validators import RegexValidator
from rest_framework import serializers

from claims.api import serializers as s
from claims.api.idempotency import COMMAND_ID
from claims.core import commands
from claims.core.commands import (
    CHOICE,
    CLAIM,
    DATETIME,
    DOCUMENT,
    IDS,
    INTEGER,
    PERIOD,
    SOURCE,
    TEXT,
    TEXTS,
    VALUE,
    Input,
    Spec,
)

# What the API says about each command; inputs, roles and services come from the table.
# name -> (input serializer's name, summary, description).
DOCS: dict[str, tuple[str, str, str]] = {
    "report": ("ReportClaimInput", "Report a claim", ""),
    "add_figure": (
        "AddFigureInput",
        "Add a competing figure from another source",
        "Add a competing figure from another source",
    ),
    "dispute": (
        "DisputeInput",
        "Dispute a claim",
        "Open a dispute against the claim, optionally with a counter figure",
    ),
    "resolve": (
        "ResolveDisputeInput",
        "Resolve a dispute",
        "Resolve an open dispute: upheld (the challenge stands) or rejected",
    ),
    "confirm": ("ConfirmInput", "Confirm a claim", "Confirm the claim once no dispute is open"),
    "correct": (
        "CorrectInput",
        "Correct a claim's figure or statement",
        "Replace the claim's figure and/or statement; the old one stays in history",
    ),
    "refute": (
        "RefuteInput",
        "Refute a claim (shown false by others)",
        "Mark the claim shown false by others",
    ),
    "retract": (
        "RetractInput",
        "Retract a claim (withdrawn by its source)",
        "Mark the claim withdrawn by its own source",
    ),
    "attach_evidence": (
        "AttachEvidenceInput",
        "Attach evidence to a claim",
        "Attach a piece of evidence (a URL) to the claim",
    ),
    "assign": (
        "AssignInput",
        "Assign the claim's review to a user",
        "Assign the claim's review to a user",
    ),
    "note": ("NoteInput", "Add a note to a claim", "Add a note to the claim"),
    "reopen": (
        "ReopenInput",
        "Reopen a verdict",
        "Question a refuted, retracted or confirmed claim again: a new dispute opens with the "
        "reason and the claim is disputed until it is decided anew",
    ),
    "recast": (
        "RecastInput",
        "Recast a figure claim as a proposition",
        "Turn a claim whose figure only stood for a statement into a proposition: its figures "
        "are withdrawn (the history keeps them) and it stops feeding its indicator",
    ),
    "register_source": ("RegisterSourceInput", "Register a source", ""),
    "update_source": ("UpdateSourceInput", "Edit a source", ""),
    "cite": ("CiteInput", "Record that something published relied on a claim", ""),
    "acknowledge_citation": (
        "AcknowledgeCitationInput",
        "Mark a citation handled at its claim's current version",
        "",
    ),
}

CHOICE_FIELDS: dict[str, tuple[type[serializers.ChoiceField], list[str]]] = {
    "resolution": (s.ResolutionField, s.RESOLUTIONS),
    "source_kind": (s.SourceKindField, list(s.SOURCE_KINDS)),
    "language": (s.LanguageField, list(s.LANGUAGES)),
}
NESTED: dict[str, type[serializers.Serializer]] = {
    VALUE: s.ValueInput,
    PERIOD: s.PeriodInput,
    DOCUMENT: s.DocumentInput,
}


# The collection (by URL name) whose ids an input naming a kind of thing takes.
COLLECTIONS = {SOURCE: "api-source-list", CLAIM: "api-claim-list"}


def field_of(item: Input) -> serializers.Field:
    """The serializer field that validates one input as the table describes it."""
    options: dict[str, Any] = {}
    if not item.required:
        options["required"] = False
    if item.null:
        options["allow_null"] = True
    if item.kind == TEXT:
        if item.blank:
            options["allow_blank"] = True
        if item.help:
            options["help_text"] = item.help
        if item.shape is not None:
            # The schema declares the validator's pattern (an empty text, where allowed, too).
            optional = "?" if item.blank else ""
            pattern = f"^(?:{item.shape.regex}){optional}$"
            options["validators"] = [RegexValidator(pattern, item.shape.message)]
        if item.refers:
            return s.IdOf(refers_to=COLLECTIONS[item.refers], max_length=item.max_length, **options)
        return s.Text(max_length=item.max_length, **options)
    if item.kind == IDS:
        if item.help:
            options["help_text"] = item.help
        child = s.IdOf(refers_to=COLLECTIONS[item.refers], max_length=item.max_length)
        return serializers.ListField(child=child, max_length=item.max_items, **options)
    if item.kind == TEXTS:
        if item.help:
            options["help_text"] = item.help
        return serializers.ListField(
            child=s.Text(max_length=item.max_length), max_length=item.max_items, **options
        )
    if item.kind == INTEGER:
        if item.help:
            options["help_text"] = item.help
        return serializers.IntegerField(min_value=1, max_value=s.MAX_VERSION, **options)
    if item.kind == DATETIME:
        if item.help:
            options["help_text"] = item.help
        return s.Moment(**options)
    if item.kind == CHOICE:
        field_class, choices = CHOICE_FIELDS[item.choices]
        return field_class(choices=choices, **options)
    return NESTED[item.kind](**options)


def input_serializer(spec: Spec) -> type[serializers.Serializer]:
    """The command's input serializer: its inputs in table order, after the version and valid
    time every command on an existing claim or source takes."""
    fields: dict[str, Any] = {item.name: field_of(item) for item in spec.inputs}
    base: type[serializers.Serializer] = s.Input if spec.creates else s.CommandInput
    if spec.creates and spec.valid_time:
        fields["occurred_at"] = s.Moment(
            required=False,
            allow_null=True,
            help_text="Valid time: when it was said or published; not later than now.",
        )
    fields[COMMAND_ID] = serializers.UUIDField(
        required=False,
        allow_null=True,
        help_text="Your id for this command (a UUID), remembered for good: sending the same id "
        "with the same request again replays the first answer and appends nothing, however "
        "late; the same id with another request answers 409 `command_id_reused`.",
    )
    return type(DOCS[spec.name][0], (base,), fields)


INPUTS: dict[str, type[serializers.Serializer]] = {
    name: input_serializer(spec) for name, spec in commands.COMMANDS.items()
}
