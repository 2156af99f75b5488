"""The command table: each command once, with its service, least role, API route, admin form
and input fields. The API routes, the admin operations and the role checks are read from it.

Read a row left to right and one name greps the whole flow: `correct` is the domain's
`CorrectClaim`, run by `services.correct`, open to editors, served at
`POST /api/v1/claims/{id}/correct/` and by the admin's `CorrectClaimForm`. A command's inputs
are listed once here: the API's input serializer is generated from them, and the API and the
admin forms both turn plain input data into the command with `Spec.build`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from claims.core import services
from claims.core.domain import commands as c
from claims.core.domain.claim import LANGUAGES, MAX_RELAYS
from claims.core.domain.source import MAX_ALIASES
from claims.core.domain.values import (
    HTTP_URL_MESSAGE,
    HTTP_URL_REGEX,
    VISIBLE_REGEX,
    Document,
    Period,
    Qualifier,
    Quantity,
    parse_amount,
)
from claims.core.roles import CONTRIBUTOR, EDITOR, roles_of

# Kinds of input: how a field arrives as plain data, and what the command gets from it.
TEXT = "text"  # a string (matching `pattern` when the input has one)
CHOICE = "choice"  # a string from a named set of choices (`choices`)
VALUE = "value"  # {"amount", "unit", "qualifier"?} -> Quantity
PERIOD = "period"  # {"start", "end"} (dates) -> Period
DOCUMENT = "document"  # {"url"?, "publisher"?, "published_at"?, "title"?} -> Document
IDS = "ids"  # a list of ids, in order (of the kind `refers` names) -> tuple
TEXTS = "texts"  # a list of texts, in order (each at most `max_length`) -> tuple
INTEGER = "integer"  # a whole number (e.g. a version)
DATETIME = "datetime"  # an ISO 8601 date-time with its offset -> its ISO text


@dataclass(frozen=True, slots=True)
class Input:
    """One field a client sends for a command.

    Absent, null and (unless `keep_blank`) empty values leave the command's field at its
    default; `to` names the command's field where the input is named differently.
    """

    name: str
    kind: str = TEXT
    max_length: int | None = None
    required: bool = True
    blank: bool = False  # "" is accepted
    null: bool = False  # null is accepted
    help: str = ""
    choices: str = ""  # the named set of choices, for CHOICE
    to: str | None = None
    keep_blank: bool = False  # "" is a value (clears the field), not "unchanged"
    shape: Shape | None = None  # a text's form, beyond its length (a URL, a Wikidata id)
    refers: str = ""  # the kind of thing whose id this is ("source"), when it names one
    max_items: int | None = None  # the most items a list (IDS, TEXTS) takes


@dataclass(frozen=True, slots=True)
class Shape:
    """A form the domain requires of a text: a regular expression for the whole text (without
    anchors; written so that Python and JSON Schema's ECMA-262 read it alike), which the API
    checks and its schema declares, and what to tell a client whose text does not match."""

    regex: str
    message: str


# An http(s) URL (any case in the scheme), as the domain accepts for evidence and sources.
URL = Shape(HTTP_URL_REGEX, HTTP_URL_MESSAGE)
# A text with something to read: a statement or a name of zero-width spaces says nothing.
# (The messages are the domain's own: values.visible_text.)
VISIBLE_STATEMENT = Shape(VISIBLE_REGEX, "A statement needs a visible character.")
VISIBLE_NAME = Shape(VISIBLE_REGEX, "A name needs a visible character.")
# A Wikidata item id, as the domain accepts (it stores it upper-cased).
WIKIDATA_ID = Shape(r"[Qq][1-9][0-9]{0,11}", "A Wikidata id looks like Q42.")


def text(name: str, max_length: int, help: str = "", **kw: Any) -> Input:
    """A required text."""
    return Input(name, TEXT, max_length, help=help, **kw)


def optional(name: str, max_length: int, help: str = "", **kw: Any) -> Input:
    """A text that may be left out or empty."""
    return Input(name, TEXT, max_length, required=False, blank=True, help=help, **kw)


def optional_id(name: str, help: str = "", *, max_length: int = 64, **kw: Any) -> Input:
    """An id (of a source, a dispute, a figure) that may be left out, empty or null."""
    return Input(name, TEXT, max_length, required=False, blank=True, null=True, help=help, **kw)


SOURCE = "source"
CLAIM = "claim"


def source(name: str, help: str) -> Input:
    """The id of a registered source (the service refuses one that is not)."""
    return Input(name, TEXT, 64, help=help, refers=SOURCE)


def sources(name: str, help: str, max_items: int) -> Input:
    """An ordered list of registered sources' ids (the service refuses one that is not)."""
    return Input(
        name, IDS, 64, required=False, null=True, help=help, refers=SOURCE, max_items=max_items
    )


def names(name: str, help: str, max_items: int, **kw: Any) -> Input:
    """An ordered list of names (each a non-empty text of up to 200 characters)."""
    return Input(name, TEXTS, 200, required=False, help=help, max_items=max_items, **kw)


def by(help: str) -> Input:
    """The id of the registered source that did something, if one did."""
    return optional_id("by", help, refers=SOURCE)


def url(name: str, help: str = "", *, required: bool = False, **kw: Any) -> Input:
    """An http(s) URL (optional unless `required`: then it may be left out or empty)."""
    if required:
        return Input(name, TEXT, 2000, help=help, shape=URL, **kw)
    return optional(name, 2000, help, shape=URL, **kw)


@dataclass(frozen=True, slots=True)
class Spec:
    """One command: what it is called, what it builds and runs, and who may run it."""

    name: str  # also the admin's URL segment (with '-' for '_') and the role check's key
    command: type[c.Command]
    service: str  # its function in claims.core.services
    role: str  # the least role that may run it (each role includes those below it)
    stream: str  # "claim", "source" or "citation"
    inputs: tuple[Input, ...]
    creates: bool = False  # starts a new stream: no version to base it on
    new_id: str | None = None  # the command's field that gets a fresh id
    valid_time: bool = True  # takes `occurred_at`, when the reported thing happened
    api_slug: str | None = None  # POST /api/v1/claims/{id}/<slug>/ (None: served elsewhere)
    form: str | None = None  # the admin form, by dotted path (the core never imports it)

    def run(self, *args: Any) -> services.Result:
        """Call the command's service: (command, context) for a command that starts a stream,
        else (stream id, command, context, expected version). Looked up at each call, so the
        service module stays the one place that says what running a command means."""
        service: Callable[..., services.Result] = getattr(services, self.service)
        return service(*args)

    def build(self, data: Mapping[str, Any]) -> c.Command:
        """The command from plain input data (validated API data, or an admin form's)."""
        fields: dict[str, Any] = {}
        for item in self.inputs:
            raw = data.get(item.name)
            if raw is None or (raw == "" and not item.keep_blank):
                continue
            fields[item.to or item.name] = CONVERT[item.kind](raw)
        if self.new_id is not None:
            fields[self.new_id] = services.new_id()
        return self.command(**fields)


def quantity(raw: Mapping[str, Any]) -> Quantity:
    """A figure from {"amount", "unit", "qualifier"?} (amount as a decimal string or number)."""
    return Quantity(
        parse_amount(raw.get("amount")),
        raw.get("unit", ""),
        Qualifier.parse(raw.get("qualifier") or "exact"),
    )


def period(raw: Mapping[str, Any] | None) -> Period | None:
    """The valid time a figure is about, from {"start", "end"}; None when not given."""
    return Period(raw["start"], raw["end"]) if raw else None


def document(raw: Mapping[str, Any] | None) -> Document | None:
    """Where a claim was seen; None when nothing is given."""
    if not raw:
        return None
    return Document(
        url=raw.get("url") or "",
        publisher=raw.get("publisher") or None,
        published_at=raw.get("published_at"),
        title=raw.get("title") or "",
    )


def moment(raw: Any) -> str:
    """A date-time (validated input: a datetime; else ISO text) as ISO 8601 text."""
    return raw.isoformat() if isinstance(raw, dt.datetime) else str(raw)


CONVERT: dict[str, Callable[[Any], Any]] = {
    TEXT: lambda raw: raw,
    INTEGER: int,
    DATETIME: moment,
    CHOICE: lambda raw: raw,
    VALUE: quantity,
    PERIOD: period,
    DOCUMENT: document,
    IDS: tuple,
    TEXTS: tuple,
}

_FORMS = "claims.workspace.forms"

ALIASES = (
    'Other names the source is known by, e.g. in another language ("Ministerio Público"); the '
    "article intake matches attributions against them too."
)

# The attribution chain's inputs, shared by a claim's report and a figure.
SAID_BY = optional_id(
    "said_by",
    'The person or body quoted (free text), when not the source itself: "Guatemalan officials".',
    max_length=200,
)
RELAYED_BY = (
    "Ids of the registered sources that passed the figure on, in order (nearest to the origin "
    "first): not the source it is attributed to, each at most once."
)
LANGUAGE = f"ISO 639-1 code of the statement's language: {', '.join(LANGUAGES)} (default en)."

COMMANDS: dict[str, Spec] = {
    spec.name: spec
    for spec in (
        Spec(
            name="report",
            command=c.ReportClaim,
            service="report",
            role=CONTRIBUTOR,
            stream="claim",
            inputs=(
                text("statement", 2000, shape=VISIBLE_STATEMENT),
                text("subject", 200),
                optional_id("indicator", max_length=100),
                Input(
                    "value",
                    VALUE,
                    required=False,
                    null=True,
                    help="The figure the claim reports; left out or null, the claim is a "
                    "proposition (a statement without a figure, which feeds no indicator).",
                ),
                Input("period", PERIOD, required=False, null=True),
                optional("place", 200),
                source("attributed_to", "Id of the source that made the claim."),
                SAID_BY,
                sources("relayed_by", RELAYED_BY, MAX_RELAYS),
                Input("reported_in", DOCUMENT, required=False, null=True),
                Input("language", CHOICE, required=False, choices="language", help=LANGUAGE),
                optional("note", 2000),
            ),
            creates=True,
            new_id="claim_id",
            form=f"{_FORMS}.ReportClaimForm",
        ),
        Spec(
            name="add_figure",
            command=c.AddFigure,
            service="add_figure",
            role=CONTRIBUTOR,
            stream="claim",
            inputs=(
                source("source", "Id of the source giving this figure."),
                Input("value", VALUE),
                Input(
                    "period",
                    PERIOD,
                    required=False,
                    null=True,
                    help="The period this figure is about, when not the claim's.",
                ),
                SAID_BY,
                sources("relayed_by", RELAYED_BY, MAX_RELAYS),
                Input("reported_in", DOCUMENT, required=False, null=True),
                optional("reason", 2000),
            ),
            new_id="figure_id",
            api_slug="add-figure",
            form=f"{_FORMS}.AddFigureForm",
        ),
        Spec(
            name="dispute",
            command=c.DisputeClaim,
            service="dispute",
            role=EDITOR,
            stream="claim",
            inputs=(
                text("reason", 2000),
                by("Id of the source that disputes the claim."),
                Input("counter_value", VALUE, required=False, null=True),
                url("evidence", "A URL of the evidence."),
            ),
            new_id="dispute_id",
            api_slug="dispute",
            form=f"{_FORMS}.DisputeClaimForm",
        ),
        Spec(
            name="resolve",
            command=c.ResolveDispute,
            service="resolve_dispute",
            role=EDITOR,
            stream="claim",
            inputs=(
                Input("resolution", CHOICE, choices="resolution"),
                text("reason", 2000),
                optional_id("accepted_figure"),
                optional_id(
                    "dispute",
                    "Id of the dispute to resolve; may be left out when only one is open.",
                    to="dispute_id",
                ),
            ),
            api_slug="resolve-dispute",
            form=f"{_FORMS}.ResolveDisputeForm",
        ),
        Spec(
            name="confirm",
            command=c.ConfirmClaim,
            service="confirm",
            role=EDITOR,
            stream="claim",
            inputs=(
                optional("reason", 2000),
                by("Id of the source that confirms the claim."),
                url("evidence", "A URL of the evidence."),
            ),
            api_slug="confirm",
            form=f"{_FORMS}.ConfirmClaimForm",
        ),
        Spec(
            name="correct",
            command=c.CorrectClaim,
            service="correct",
            role=EDITOR,
            stream="claim",
            inputs=(
                text("reason", 2000),
                Input("value", VALUE, required=False, null=True),
                optional_id("statement", max_length=2000, shape=VISIBLE_STATEMENT),
                by("Id of the source of the correction."),
            ),
            api_slug="correct",
            form=f"{_FORMS}.CorrectClaimForm",
        ),
        Spec(
            name="refute",
            command=c.RefuteClaim,
            service="refute",
            role=EDITOR,
            stream="claim",
            inputs=(
                text("reason", 2000),
                by("Id of the source that refutes the claim."),
                url("evidence", "A URL of the evidence."),
            ),
            api_slug="refute",
            form=f"{_FORMS}.RefuteClaimForm",
        ),
        Spec(
            name="retract",
            command=c.RetractClaim,
            service="retract",
            role=EDITOR,
            stream="claim",
            inputs=(
                text("reason", 2000),
                by("Id of the source that retracts the claim."),
            ),
            api_slug="retract",
            form=f"{_FORMS}.RetractClaimForm",
        ),
        Spec(
            name="reopen",
            command=c.ReopenClaim,
            service="reopen",
            role=EDITOR,
            stream="claim",
            inputs=(
                text("reason", 2000, "Why the verdict is questioned again."),
                by("Id of the source whose new evidence reopens the claim."),
                url("evidence", "A URL of the new evidence."),
            ),
            new_id="dispute_id",
            api_slug="reopen",
            form=f"{_FORMS}.ReopenClaimForm",
        ),
        Spec(
            name="recast",
            command=c.RecastAsProposition,
            service="recast",
            role=EDITOR,
            stream="claim",
            inputs=(
                text("reason", 2000, "Why the figure only stood for a statement."),
                by("Id of the source of the recast, if any."),
            ),
            api_slug="recast",
            form=f"{_FORMS}.RecastForm",
        ),
        Spec(
            name="attach_evidence",
            command=c.AttachEvidence,
            service="attach_evidence",
            role=CONTRIBUTOR,
            stream="claim",
            inputs=(
                url("url", required=True),
                optional("title", 400),
                optional("kind", 50),
                optional("note", 2000),
            ),
            new_id="evidence_id",
            api_slug="attach-evidence",
            form=f"{_FORMS}.AttachEvidenceForm",
        ),
        Spec(
            name="assign",
            command=c.AssignReview,
            service="assign",
            role=EDITOR,
            stream="claim",
            inputs=(text("assignee", 150, "Username of the editor to review the claim."),),
            api_slug="assign",
            form=f"{_FORMS}.AssignReviewForm",
        ),
        Spec(
            name="note",
            command=c.AddNote,
            service="note",
            role=CONTRIBUTOR,
            stream="claim",
            inputs=(text("text", 10_000),),
            api_slug="note",
            form=f"{_FORMS}.AddNoteForm",
        ),
        Spec(
            name="register_source",
            command=c.RegisterSource,
            service="register_source",
            role=CONTRIBUTOR,
            stream="source",
            inputs=(
                text("name", 200, shape=VISIBLE_NAME),
                Input("kind", CHOICE, choices="source_kind"),
                url("url"),
                optional("wikidata_id", 20, shape=WIKIDATA_ID),
                names("aliases", ALIASES, MAX_ALIASES),
            ),
            creates=True,
            new_id="source_id",
            valid_time=False,
            form=f"{_FORMS}.RegisterSourceForm",
        ),
        Spec(
            name="update_source",
            command=c.UpdateSource,
            service="update_source",
            role=EDITOR,
            stream="source",
            inputs=(
                Input("name", TEXT, 200, required=False, shape=VISIBLE_NAME),
                Input("kind", CHOICE, required=False, choices="source_kind"),
                url("url", keep_blank=True),
                optional("wikidata_id", 20, keep_blank=True, shape=WIKIDATA_ID),
                names(
                    "aliases", f"{ALIASES} The whole new list: [] removes them all.", MAX_ALIASES
                ),
            ),
            form=f"{_FORMS}.UpdateSourceForm",
        ),
        # Citations: served at /api/v1/citations/ (claims/api/citations.py).
        Spec(
            name="cite",
            command=c.CiteClaim,
            service="cite",
            role=CONTRIBUTOR,
            stream="citation",
            inputs=(
                text("claim", 64, "Id of the claim relied on.", refers=CLAIM),
                url("url", "Where it was published (http or https).", required=True),
                optional("title", 400, "The story's, chart's or dataset's title."),
                Input(
                    "published_at",
                    DATETIME,
                    required=False,
                    null=True,
                    help="When it was published (ISO 8601 with an offset).",
                ),
                Input(
                    "version",
                    INTEGER,
                    required=False,
                    null=True,
                    help="The claim version relied on; by default its current one.",
                ),
            ),
            creates=True,
            new_id="citation_id",
            valid_time=False,
        ),
        Spec(
            name="acknowledge_citation",
            command=c.AcknowledgeCitation,
            service="acknowledge_citation",
            role=CONTRIBUTOR,
            stream="citation",
            inputs=(),
        ),
    )
}

CLAIM_COMMANDS: tuple[Spec, ...] = tuple(s for s in COMMANDS.values() if s.api_slug)


# --- Who may run what ------------------------------------------------------------------------


def can(user: Any, name: str) -> bool:
    """Whether the user's role allows the command (an unknown name: never)."""
    spec = COMMANDS.get(name)
    return spec is not None and spec.role in roles_of(user)


def allowed(user: Any) -> frozenset[str]:
    """The names of the commands the user may run."""
    held = roles_of(user)
    return frozenset(name for name, spec in COMMANDS.items() if spec.role in held)
