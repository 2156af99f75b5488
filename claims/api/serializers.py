"""Input serializers (validation only: views turn them into domain commands) and output
serializers (the documented shape of each answer; every field listed explicitly)."""

from __future__ import annotations

import copy
import re
from decimal import Decimal
from typing import Any

from django.core.validators import RegexValidator
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.api.choices import ChoiceField
from claims.api.errors import ERROR_CODE_CHOICES, ERROR_CODES, INVALID_COMBINATION
from claims.core.domain import claim as claim_domain
from claims.core.domain.claim import LANGUAGES
from claims.core.domain.errors import InvalidValue
from claims.core.domain.events import EVENT_TYPES
from claims.core.domain.source import SOURCE_KINDS
from claims.core.domain.values import (
    HTTP_URL_MESSAGE,
    HTTP_URL_REGEX,
    MAX_DECIMALS,
    Qualifier,
    parse_amount,
)

QUALIFIERS = [q.value for q in Qualifier]
CLAIM_STATUSES = [s.value for s in claim_domain.ClaimStatus]
FIGURE_STATUSES = [s.value for s in claim_domain.FigureStatus]
DISPUTE_STATUSES = [s.value for s in claim_domain.DisputeStatus]
RESOLUTIONS = [claim_domain.DisputeStatus.UPHELD.value, claim_domain.DisputeStatus.REJECTED.value]
EVENT_TYPE_NAMES = sorted(EVENT_TYPES)
EVIDENCE_VERDICTS = [s.value for s in claim_domain.VERDICT_EVIDENCE]
MAX_VERSION = 2**31 - 1
AMOUNT_PATTERN = rf"^-?[0-9]{{1,20}}(\.[0-9]{{1,{MAX_DECIMALS}}})?$"


def _enum(name: str, values: list[str], doc: str) -> type[serializers.ChoiceField]:
    """Make a ChoiceField documented inline as a string enum (no shared enum components)."""
    field = type(name, (ChoiceField,), {"__doc__": doc})
    return extend_schema_field({"type": "string", "enum": values})(field)


ClaimStatusField = _enum("ClaimStatusField", CLAIM_STATUSES, "A claim's status.")
FigureStatusField = _enum("FigureStatusField", FIGURE_STATUSES, "A figure's status.")
DisputeStatusField = _enum("DisputeStatusField", DISPUTE_STATUSES, "A dispute's status.")
ResolutionField = _enum("ResolutionField", RESOLUTIONS, "How a dispute was resolved.")
SourceKindField = _enum("SourceKindField", list(SOURCE_KINDS), "What kind of source.")
LanguageField = _enum("LanguageField", list(LANGUAGES), "ISO 639-1 code of a language.")
EventTypeField = _enum("EventTypeField", EVENT_TYPE_NAMES, "An event type.")
EvidenceVerdictField = _enum(
    "EvidenceVerdictField", EVIDENCE_VERDICTS, "The verdict a piece of evidence came with."
)


@extend_schema_field(
    {
        "oneOf": [
            {"type": "string", "pattern": AMOUNT_PATTERN, "example": "34.5"},
            {"type": "integer", "minimum": -(10**20) + 1, "maximum": 10**20 - 1},
        ],
        "description": 'A decimal as a string ("34.5") or an integer. JSON numbers with a '
        "fraction or an exponent are refused: figures are exact decimals end to end.",
    }
)
class AmountField(serializers.Field):
    """An exact decimal amount: a string or an integer, never a float."""

    default_error_messages = {
        "float": 'Give the amount as a string or an integer (e.g. "34.5"), not a JSON number '
        "with a fraction or exponent: those are not exact.",
    }

    def to_internal_value(self, data: Any) -> Decimal:
        # The strict JSON parser turns every number with a fraction or exponent into a Decimal.
        if isinstance(data, Decimal | float):
            self.fail("float")
        try:
            return parse_amount(data)
        except InvalidValue as exc:
            raise serializers.ValidationError(exc.message) from None

    def to_representation(self, value: Any) -> str:
        return str(value)


@extend_schema_field(
    {
        "type": "string",
        "enum": QUALIFIERS,
        "description": "How the figure was hedged. The spelled-out forms "
        '("more than", "up to", "at least"...) are accepted too.',
    }
)
class QualifierField(serializers.Field):
    """A qualifier, canonical or spelled out."""

    def to_internal_value(self, data: Any) -> str:
        try:
            return Qualifier.parse(data).value
        except InvalidValue as exc:
            raise serializers.ValidationError(exc.message) from None

    def to_representation(self, value: Any) -> str:
        return str(value)


class NotBlank:
    """Refuse a text that is only white space, for a field that keeps its text as sent
    (`trim_whitespace=False`); the schema declares it as a pattern."""

    def __init__(self, message: str = "This field may not be blank.") -> None:
        self.message = message

    def __call__(self, value: str) -> None:
        if not value.strip():
            raise serializers.ValidationError(self.message, code="blank")


class Text(serializers.CharField):
    """A text input that is a JSON string: DRF's CharField also takes a number (or a nested
    value's str()) and stores its digits, where the schema says string."""

    def to_internal_value(self, data: Any) -> str:
        if not isinstance(data, str):
            self.fail("invalid")
        return str(super().to_internal_value(data))


class IdOf(Text):
    """The id of something a collection holds (`refers_to`: the collection's URL name), so
    that the schema's links can carry ids from that collection's answers into this field."""

    def __init__(self, *, refers_to: str, **kwargs: Any) -> None:
        self.refers_to = refers_to
        super().__init__(**kwargs)


def text(max_length: int, **kwargs: Any) -> serializers.CharField:
    return Text(max_length=max_length, **kwargs)


def optional_text(max_length: int) -> serializers.CharField:
    return Text(max_length=max_length, required=False, allow_blank=True)


def source_ref(help_text: str, *, required: bool = False) -> serializers.CharField:
    if required:
        return Text(max_length=64, help_text=help_text)
    return Text(
        max_length=64, required=False, allow_null=True, allow_blank=True, help_text=help_text
    )


# --- Inputs ---------------------------------------------------------------------------------------


def _fresh(field: serializers.Field) -> serializers.Field:
    """A declared field's copy for one serializer instance to bind.

    DRF deep-copies every declared field for every instance, which re-runs each field's
    `__init__` (two thirds of a POST's validation, profiled). A leaf field keeps nothing of a
    request once bound (its name, parent and source are set anew by `bind`; its validators,
    choices and messages are only read), so a shallow copy of its attributes is a field of its
    own. A nested input serializer's copy leaves out what an instance computes (its bound fields,
    its data and errors), so it binds its own fields in turn. Other fields that hold fields (a
    list's child, another serializer) are deep-copied as DRF does.
    """
    if isinstance(field, Input):
        nested = object.__new__(type(field))
        nested.__dict__.update(
            (k, v) for k, v in field.__dict__.items() if k not in _INSTANCE_STATE
        )
        return nested
    if isinstance(field, serializers.BaseSerializer) or hasattr(field, "child"):
        return copy.deepcopy(field)
    fresh = object.__new__(type(field))
    fresh.__dict__.update(field.__dict__)
    return fresh


# What a serializer instance computes or is given per use (never copied to a fresh nested one).
_INSTANCE_STATE = frozenset(("fields", "initial_data", "_validated_data", "_errors", "_data"))


class Input(serializers.Serializer):
    """Base of the input serializers: each instance binds cheap copies of the declared fields."""

    def get_fields(self) -> dict[str, serializers.Field]:
        return {name: _fresh(field) for name, field in self._declared_fields.items()}


class ValueInput(Input):
    amount = AmountField()
    unit = text(100)
    qualifier = QualifierField(required=False, default="exact")


class PeriodInput(Input):
    start = serializers.DateField()
    end = serializers.DateField()

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if attrs["end"] < attrs["start"]:
            raise serializers.ValidationError(
                {"end": ["The period ends before it starts."]}, code=INVALID_COMBINATION
            )
        return attrs


class DocumentInput(Input):
    url = Text(
        max_length=2000,
        required=False,
        allow_blank=True,
        # (the domain's link rule, which the schema declares: an http(s) address with a host)
        validators=[RegexValidator(f"^(?:{HTTP_URL_REGEX})?$", HTTP_URL_MESSAGE)],
    )
    publisher = source_ref("Id of the source that published the document.")
    published_at = serializers.DateField(required=False, allow_null=True)
    title = optional_text(400)


# Python's datetimes span years 1 to 9999, and the server holds every moment in UTC: a date-time on
# the first day of year 1 with a positive offset, or on the last day of 9999 with a negative one,
# has no UTC value. Those two days are refused whatever the offset, and the schema says so.
MOMENT_PATTERN = r"^(?!0001-01-01|9999-12-31)"
_MOMENT_EDGE = re.compile(r"\s*(?:0001-01-01|9999-12-31)")


@extend_schema_field({"type": "string", "format": "date-time", "pattern": MOMENT_PATTERN})
class Moment(serializers.DateTimeField):
    """An input date-time (ISO 8601, with its offset), on a day every offset can reach in UTC."""

    default_error_messages = {
        "edge": "Give a date-time between 0001-01-02 and 9999-12-30 (the first and last days of "
        "the calendar cannot be held in UTC with every offset)."
    }

    def to_internal_value(self, value: Any) -> Any:
        if isinstance(value, str) and _MOMENT_EDGE.match(value):
            self.fail("edge")
        return super().to_internal_value(value)


class CommandInput(Input):
    """Fields every command on an existing claim or source accepts."""

    expected_version = serializers.IntegerField(
        min_value=0,
        max_value=MAX_VERSION,
        required=False,
        help_text='The version the change is based on (or send If-Match: "<version>").',
    )
    occurred_at = Moment(
        required=False,
        allow_null=True,
        help_text="Valid time: when it happened or was said; not later than now, nor before "
        "what it acts on (docs/domain.md, Valid time).",
    )


# --- Outputs --------------------------------------------------------------------------------------


class ValueOutput(serializers.Serializer):
    amount = serializers.CharField(help_text="Exact decimal, as a string.")
    unit = serializers.CharField()
    qualifier = serializers.CharField()
    lower = serializers.CharField(allow_null=True, help_text="Least value allowed, if any.")
    lower_inclusive = serializers.BooleanField(allow_null=True)
    upper = serializers.CharField(allow_null=True, help_text="Greatest value allowed, if any.")
    upper_inclusive = serializers.BooleanField(allow_null=True)


class PeriodOutput(serializers.Serializer):
    start = serializers.DateField()
    end = serializers.DateField()


class DocumentOutput(serializers.Serializer):
    url = serializers.CharField(allow_blank=True)
    publisher = serializers.CharField(allow_null=True)
    published_at = serializers.DateField(allow_null=True)
    title = serializers.CharField(allow_blank=True)


class FigureOutput(serializers.Serializer):
    id = serializers.CharField()
    source = serializers.CharField()  # type: ignore[assignment]
    value = ValueOutput()
    status = FigureStatusField(choices=FIGURE_STATUSES)
    is_primary = serializers.BooleanField()
    said_by = serializers.CharField(
        allow_null=True, help_text="The person or body quoted, when not the source itself."
    )
    relayed_by = serializers.ListField(
        child=serializers.CharField(),
        help_text="Ids of the sources that passed the figure on, in order.",
    )
    reported_in = DocumentOutput(allow_null=True)
    period = PeriodOutput(
        allow_null=True, help_text="The period the figure is about; null: the claim's."
    )
    reason = serializers.CharField(allow_blank=True)
    added_in_version = serializers.IntegerField()
    added_at = serializers.DateTimeField(allow_null=True)


class DisputeOutput(serializers.Serializer):
    id = serializers.CharField()
    status = DisputeStatusField(choices=DISPUTE_STATUSES)
    reason = serializers.CharField()
    by = serializers.CharField(allow_null=True)
    counter_value = ValueOutput(allow_null=True)
    evidence = serializers.CharField(allow_blank=True)
    resolution_reason = serializers.CharField(allow_blank=True)
    accepted_figure = serializers.CharField(allow_null=True)
    opened_at = serializers.DateTimeField(allow_null=True)
    resolved_at = serializers.DateTimeField(allow_null=True)


class EvidenceOutput(serializers.Serializer):
    """A link the claim is checked against: attached, or given with a verdict."""

    id = serializers.CharField(
        help_text="Evidence given with a verdict is named '<verdict>-<version>' (refuted-7)."
    )
    url = serializers.CharField()
    title = serializers.CharField(allow_blank=True)
    kind = serializers.CharField(allow_blank=True)
    note = serializers.CharField(
        allow_blank=True, help_text="For evidence given with a verdict: the verdict's reason."
    )
    given_with = EvidenceVerdictField(
        choices=EVIDENCE_VERDICTS,
        allow_null=True,
        help_text="The verdict the evidence was given with; null: attached on its own.",
    )
    added_in_version = serializers.IntegerField(help_text="The claim version it came with.")
    added_at = serializers.DateTimeField(allow_null=True)


class ClaimOutput(serializers.Serializer):
    """A claim as the tracker holds it (now, or as of a past moment)."""

    id = serializers.CharField()
    version = serializers.IntegerField()
    status = ClaimStatusField(choices=CLAIM_STATUSES)
    statement = serializers.CharField()
    subject = serializers.CharField()
    indicator = serializers.CharField(allow_null=True)
    value = ValueOutput(
        allow_null=True,
        help_text="The claim's figure; null for a proposition (a statement without a figure).",
    )
    period = PeriodOutput(allow_null=True)
    place = serializers.CharField(allow_blank=True)
    attributed_to = serializers.CharField(help_text="Id of the source the claim is attributed to.")
    said_by = serializers.CharField(
        allow_null=True, help_text="The person or body quoted, when not the source itself."
    )
    relayed_by = serializers.ListField(
        child=serializers.CharField(),
        help_text="Ids of the sources that passed the claim on, in order.",
    )
    reported_in = DocumentOutput(allow_null=True)
    language = LanguageField(choices=list(LANGUAGES))
    note = serializers.CharField(allow_blank=True)
    assignee = serializers.CharField(allow_null=True)
    figures = FigureOutput(many=True)
    disputes = DisputeOutput(many=True)
    evidence = EvidenceOutput(many=True)
    open_disputes = serializers.IntegerField()
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()
    occurred_at = serializers.DateTimeField(allow_null=True)
    last_position = serializers.IntegerField(help_text="Log position of the claim's last event.")


class ClaimPageOutput(serializers.Serializer):
    count = serializers.IntegerField()
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    results = ClaimOutput(many=True)


class SourceStatsOutput(serializers.Serializer):
    """A source's record: the claims attributed to it by status, then its figures in claims
    and the disputes it raised by outcome."""

    reported = serializers.IntegerField(help_text="Claims attributed to the source.")
    confirmed = serializers.IntegerField()
    corrected = serializers.IntegerField()
    refuted = serializers.IntegerField()
    retracted = serializers.IntegerField()
    disputed = serializers.IntegerField()
    figures_accepted = serializers.IntegerField(
        help_text="Figures it gave in claims (not its own claims' figure) that were accepted."
    )
    figures_superseded = serializers.IntegerField(
        help_text="Figures it gave that were accepted, then replaced by a correction or "
        "another accepted figure."
    )
    disputes_upheld = serializers.IntegerField(help_text="Disputes it raised that were upheld.")
    disputes_rejected = serializers.IntegerField(help_text="Disputes it raised that were rejected.")


class ReliabilityTermOutput(serializers.Serializer):
    count = serializers.CharField(help_text="The stats key counted.")
    n = serializers.IntegerField()
    side = ChoiceField(choices=["held", "failed"])
    weight = serializers.CharField(help_text="A decimal string.")
    what = serializers.CharField()


class ReliabilityExplanationOutput(serializers.Serializer):
    method = serializers.CharField()
    formula = serializers.CharField()
    prior = serializers.DictField(child=serializers.CharField())
    held = serializers.CharField(help_text="The weighted decisions for the source.")
    failed = serializers.CharField(help_text="The weighted decisions against it.")
    terms = ReliabilityTermOutput(many=True)
    reliability = serializers.CharField()


class SourceOutput(serializers.Serializer):
    id = serializers.CharField()
    version = serializers.IntegerField()
    name = serializers.CharField()
    kind = SourceKindField(choices=list(SOURCE_KINDS))
    url = serializers.CharField(allow_blank=True)
    wikidata_id = serializers.CharField(allow_blank=True)
    aliases = serializers.ListField(
        child=serializers.CharField(),
        help_text="Other names it is known by, in the order given (the article intake matches "
        "attributions against them too).",
    )
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()
    stats = SourceStatsOutput()
    reliability = serializers.CharField(
        allow_null=True, help_text="Reliability score (decimal string); null until computed."
    )
    explanation = ReliabilityExplanationOutput(
        allow_null=True,
        help_text="How the score was reached from the source's whole record: the formula, its "
        "prior, each counted term with its weight (null while no app scores sources).",
    )


class SourcePageOutput(serializers.Serializer):
    count = serializers.IntegerField()
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    results = SourceOutput(many=True)


class EventOutput(serializers.Serializer):
    position = serializers.IntegerField()
    event_id = serializers.UUIDField()
    stream_type = serializers.CharField()
    stream_id = serializers.CharField()
    version = serializers.IntegerField()
    event_type = EventTypeField(choices=EVENT_TYPE_NAMES)
    schema_version = serializers.IntegerField()
    data = serializers.DictField(  # type: ignore[assignment]
        help_text="The event's fields, in its current schema version."
    )
    actor = serializers.CharField(allow_null=True)
    reason = serializers.CharField(allow_null=True)
    metadata = serializers.DictField(help_text="Actor, request id, reason, as recorded.")
    recorded_at = serializers.DateTimeField(help_text="Transaction time.")
    occurred_at = serializers.DateTimeField(allow_null=True, help_text="Valid time.")


class HistoryOutput(serializers.Serializer):
    claim_id = serializers.CharField()
    results = EventOutput(many=True)


class EventFeedOutput(serializers.Serializer):
    results = EventOutput(many=True)
    next_after = serializers.IntegerField(help_text="Pass as `after` to get the next events.")
    head = serializers.IntegerField(help_text="Position of the latest event in the log.")


class ApiIndexOutput(serializers.Serializer):
    """Where each part of the API is: absolute URLs, to follow rather than to build."""

    claims = serializers.URLField(help_text="The claims: list, filter, report (`POST`).")
    sources = serializers.URLField(help_text="The registered sources.")
    events = serializers.URLField(help_text="The global event feed, in log order.")
    indicators = serializers.URLField(
        allow_null=True, help_text="The derived indicators and their series (null without them)."
    )
    documents = serializers.URLField(help_text="Imported articles and their candidate claims.")
    citations = serializers.URLField(help_text="Where you cite claims, and what changed since.")
    webhooks = serializers.URLField(help_text="Your webhook subscriptions.")
    claimreview = serializers.URLField(help_text="ClaimReview of every reviewed claim.")
    token = serializers.URLField(help_text="Exchange a username and password for a token.")
    schema = serializers.URLField(help_text="This API's OpenAPI schema.")
    docs = serializers.URLField(help_text="The same schema, to read and try in a browser.")


def error_code() -> serializers.ChoiceField:
    """The machine-readable `code` of every error body, documented with each code's meaning."""
    meanings = "\n".join(
        f"- `{code}` ({text.replace(': ', '): ', 1)}" for code, text in ERROR_CODES.items()
    )
    return ChoiceField(
        choices=ERROR_CODE_CHOICES,
        help_text=f"What went wrong, for programs (status and meaning):\n\n{meanings}",
    )


class ErrorOutput(serializers.Serializer):
    """Every 4xx/5xx answer: `detail` for people, `code` for programs, plus a list of messages
    per invalid field."""

    detail = serializers.CharField()
    code = error_code()


class ConflictOutput(serializers.Serializer):
    detail = serializers.CharField()
    code = error_code()
    current_version = serializers.IntegerField(required=False)
