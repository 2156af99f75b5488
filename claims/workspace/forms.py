"""One form per command of the editors' workspace (the command table names each one).

A form lays out its command's inputs for people (labels, choices, a figure's parts) and hands
them to the table, which builds exactly one domain command in `clean()`; a refusal from the
domain becomes an error on the field it names. Each claim form carries the version the page was
opened at (a hidden field). Forms never save anything: the admin view passes `form.command` to
the command's service.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any, ClassVar

from django import forms
from django.contrib.auth import get_user_model
from django.core.validators import URLValidator
from django.db.models import Q

from claims.core import registry, selectors
from claims.core.commands import Spec
from claims.core.domain import commands as c
from claims.core.domain.claim import LANGUAGES
from claims.core.domain.errors import CommandRejected
from claims.core.domain.source import MAX_ALIASES, SOURCE_KINDS
from claims.core.domain.values import Qualifier
from claims.workspace.display import qualifier_word, value_text

QUALIFIER_CHOICES = [(q.value, qualifier_word(q.value) or "exactly") for q in Qualifier]
REASON_ROWS = 3


def source_choices(blank: str = "—") -> list[tuple[str, str]]:
    return [("", blank), *selectors.sources_by_name()]


def reviewer_choices() -> list[tuple[str, str]]:
    """Active users who may decide: superusers and members of the editor group."""
    users = (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(is_superuser=True) | Q(groups__name="editor"))
        .distinct()
        .order_by("username")
    )
    return [(u.get_username(), u.get_username()) for u in users]


def _text(
    label: str, *, required: bool = True, rows: int = 0, max_length: int = 2000, help_text: str = ""
) -> forms.CharField:
    widget = forms.Textarea(attrs={"rows": rows}) if rows else forms.TextInput()
    return forms.CharField(
        label=label, required=required, max_length=max_length, widget=widget, help_text=help_text
    )


def _reason(
    label: str = "Reason", *, required: bool = True, help_text: str = ""
) -> forms.CharField:
    return _text(label, required=required, rows=REASON_ROWS, help_text=help_text)


# Dates are read as the date inputs send them, year first: "04/03/2013" is 3 April to Django's
# English formats and 4 March to a Spanish-speaking editor, so it is refused, not guessed.
ISO_DATE = ["%Y-%m-%d"]


def date_field(label: str, help_text: str = "") -> forms.DateField:
    return forms.DateField(
        label=label,
        required=False,
        input_formats=ISO_DATE,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=help_text,
        error_messages={"invalid": "Enter a date as YYYY-MM-DD."},
    )


def _url(label: str, help_text: str = "", *, validate: bool = False) -> forms.CharField:
    """A URL field; `validate` for URLs the domain stores without checking (documents)."""
    return forms.CharField(
        label=label,
        required=False,
        max_length=2000,
        widget=forms.URLInput(attrs={"placeholder": "https://"}),
        help_text=help_text,
        validators=[URLValidator(schemes=["http", "https"])] if validate else [],
    )


class OperationForm(forms.Form):
    """Build one command in clean(); show the domain's refusals on the fields they name."""

    # Domain field name -> form field name, where they differ.
    field_map: ClassVar[dict[str, str]] = {}

    def __init__(self, *args: Any, spec: Spec | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.spec = spec
        self.command: c.Command | None = None

    def inputs(self) -> dict[str, Any]:
        """The command's inputs as plain data: by default the fields named like them."""
        return dict(self.cleaned_data)

    def build(self) -> c.Command:
        """Return the command this form asks for, built by the command table."""
        if self.spec is None:
            raise NotImplementedError(f"{type(self).__name__} needs its command's spec")
        return self.spec.build(self.inputs())

    def set_choices(self, name: str, choices: list[tuple[str, str]]) -> None:
        field = self.fields[name]
        assert isinstance(field, forms.ChoiceField)
        field.choices = choices

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if not self.errors:
            try:
                self.command = self.build()
            except CommandRejected as exc:
                self.add_domain_error(exc)
        return cleaned

    def add_domain_error(self, exc: CommandRejected) -> None:
        name = self.field_map.get(exc.field or "", exc.field or "")
        if name == "occurred_at":  # the valid time: "Happened on", or a report's publication day
            name = "occurred_on" if "occurred_on" in self.fields else "doc_published"
        self.add_error(name if name in self.fields else None, exc.message)

    def occurred_at(self) -> dt.datetime | None:
        """The valid time the user gave (midnight UTC of that day), if any."""
        day = self.cleaned_data.get("occurred_on")
        return dt.datetime.combine(day, dt.time.min, tzinfo=dt.UTC) if day else None

    def document(self, prefix: str = "doc_") -> dict[str, Any] | None:
        """The document input from the doc_* fields (None when all are empty)."""
        d = self.cleaned_data
        url, title = d.get(f"{prefix}url") or "", d.get(f"{prefix}title") or ""
        published, publisher = d.get(f"{prefix}published"), d.get(f"{prefix}publisher") or None
        if not (url or title or published or publisher):
            return None
        return {"url": url, "publisher": publisher, "published_at": published, "title": title}


# '2.800', '1.234.567': how a Spanish text writes thousands, which the amount reads as decimals.
_SPANISH_THOUSANDS = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")


def _value(
    amount: str,
    unit: str,
    qualifier: str | None,
    language: object = "en",
    field: str = "value",
) -> dict[str, Any]:
    """The value input from a figure's parts. For a claim in Spanish, an amount written as
    Spanish writes thousands ('2.800') is refused rather than read as 2.8: the amount takes a
    point for decimals only, whatever the claim's language."""
    if language == "es" and _SPANISH_THOUSANDS.fullmatch(amount.strip()):
        whole = amount.strip().replace(".", "")
        raise CommandRejected(
            f"“{amount.strip()}” reads as {amount.strip().rstrip('0').rstrip('.')} here (a "
            f"point marks decimals): write {whole} for the Spanish {amount.strip()}.",
            field,
        )
    return {"amount": amount, "unit": unit, "qualifier": qualifier or "exact"}


def _period(d: Mapping[str, Any]) -> dict[str, Any] | None:
    """The period input from its two dates (None when neither is given)."""
    start, end = d.get("period_start"), d.get("period_end")
    if bool(start) != bool(end):
        raise CommandRejected("Give both ends of the period, or neither.", "period")
    return {"start": start, "end": end} if start and end else None


# The attribution chain in a form: who was quoted, and up to three relaying sources in order.
RELAYS = ("relayed_1", "relayed_2", "relayed_3")


def _said_by() -> forms.CharField:
    return _text(
        "Said by",
        required=False,
        max_length=200,
        help_text="The person or body quoted, when not the source itself.",
    )


def _relayed(d: Mapping[str, Any]) -> list[str]:
    """The relaying sources chosen, in order (empty choices skipped)."""
    return [d[name] for name in RELAYS if d.get(name)]


def valid_time_field() -> forms.DateField:
    return date_field(
        "Happened on",
        "Valid time: when it happened or was published, at the latest today, and not before "
        "what it acts on. Leave empty for today's decisions.",
    )


# --- Claim operations -------------------------------------------------------------------------


class ClaimOperationForm(OperationForm):
    """A command on one claim, based on the version the page showed."""

    expected_version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)

    def __init__(self, *args: Any, claim: Mapping[str, Any], **kwargs: Any) -> None:
        kwargs["initial"] = {"expected_version": claim["version"], **kwargs.get("initial", {})}
        super().__init__(*args, **kwargs)
        self.claim = claim
        self.setup()

    def setup(self) -> None:
        """Fill choices that depend on the claim or the database."""

    @property
    def claim_unit(self) -> str:
        """The claim's unit ("" for a proposition, which has no figure)."""
        value = self.claim.get("value")
        return str(value["unit"]) if value else ""

    @property
    def is_proposition(self) -> bool:
        return self.claim.get("value") is None

    def _figure_choices(self, blank: str) -> list[tuple[str, str]]:
        names = selectors.source_names()
        choices = [("", blank)]
        for f in self.claim.get("figures", []):
            if f["status"] in ("rejected", "withdrawn"):
                continue
            own = " — the claim's own" if f["is_primary"] else ""
            source = names.get(f["source"], f["source"])
            choices.append((f["id"], f"{value_text(f['value'])} ({source}{own})"))
        return choices


class ResolveDisputeForm(ClaimOperationForm):
    dispute = forms.ChoiceField(label="Dispute", choices=(), required=False)
    resolution = forms.ChoiceField(
        label="Decision",
        widget=forms.RadioSelect,
        choices=[
            ("rejected", "Reject the challenge — the claim stands"),
            ("upheld", "Uphold the challenge — the claim does not stand as reported"),
        ],
    )
    accepted_figure = forms.ChoiceField(
        label="Accepted figure",
        required=False,
        widget=forms.RadioSelect,
        choices=(),
        help_text="The figure you accept as right. Upholding with another source's figure "
        "replaces the claim's own; rejecting with the claim's own confirms it.",
    )
    reason = _reason(help_text="Shown in the timeline and the public history.")

    def setup(self) -> None:
        names = selectors.source_names()
        open_ = [d for d in self.claim.get("disputes", []) if d["status"] == "open"]
        self.set_choices(
            "dispute",
            [
                (d["id"], d["reason"][:90] + (f" ({names.get(d['by'], '')})" if d["by"] else ""))
                for d in open_
            ],
        )
        if len(open_) == 1:
            # The only open dispute: the domain resolves it when none is named.
            self.fields["dispute"].widget = forms.HiddenInput()
            self.fields["dispute"].initial = open_[0]["id"]
        else:
            self.fields["dispute"].required = True
        self.set_choices("accepted_figure", self._figure_choices("No figure"))


class ConfirmClaimForm(ClaimOperationForm):
    reason = _reason(required=False, help_text="What you checked.")
    by = forms.ChoiceField(label="Confirmed by", required=False, choices=())
    evidence = _url("Evidence URL")
    occurred_on = valid_time_field()

    def setup(self) -> None:
        self.set_choices("by", source_choices("— (the editors)"))


class CorrectClaimForm(ClaimOperationForm):
    field_map: ClassVar[dict[str, str]] = {"value": "amount"}

    amount = forms.CharField(label="New figure", required=False, max_length=40)
    qualifier = forms.ChoiceField(label="Qualifier", choices=QUALIFIER_CHOICES)
    unit = forms.CharField(label="Unit", max_length=100)
    statement = _text("Statement", rows=2, help_text="Change the wording only if it is wrong.")
    reason = _reason(help_text="Why the claim is corrected.")
    by = forms.ChoiceField(label="Correction from", required=False, choices=())
    occurred_on = valid_time_field()

    def setup(self) -> None:
        value = self.claim.get("value")
        if value is None:
            # A proposition: only its wording can be corrected.
            for name in ("amount", "qualifier", "unit"):
                del self.fields[name]
        else:
            self.fields["amount"].initial = value["amount"]
            self.fields["qualifier"].initial = value["qualifier"]
            self.fields["unit"].initial = value["unit"]
        self.fields["statement"].initial = self.claim["statement"]
        self.set_choices("by", source_choices("— (the editors)"))

    def inputs(self) -> dict[str, Any]:
        d = self.cleaned_data
        value = (
            _value(d["amount"], d["unit"], d["qualifier"], self.claim.get("language"))
            if d.get("amount")
            else None
        )
        return {**d, "value": value}


class ReopenClaimForm(ClaimOperationForm):
    reason = _reason(help_text="What new evidence questions the verdict.")
    by = forms.ChoiceField(label="New evidence from", required=False, choices=())
    evidence = _url("Evidence URL")
    occurred_on = valid_time_field()

    def setup(self) -> None:
        self.set_choices("by", source_choices("— (the editors)"))


class RecastForm(ClaimOperationForm):
    reason = _reason(help_text="Why the figure only stood for a statement.")


class RefuteClaimForm(ClaimOperationForm):
    reason = _reason(help_text="What shows the claim false.")
    by = forms.ChoiceField(label="Shown false by", required=False, choices=())
    evidence = _url("Evidence URL")
    occurred_on = valid_time_field()

    def setup(self) -> None:
        self.set_choices("by", source_choices())


class RetractClaimForm(ClaimOperationForm):
    reason = _reason(help_text="How the source withdrew it.")
    by = forms.ChoiceField(label="Withdrawn by", required=False, choices=())
    occurred_on = valid_time_field()

    def setup(self) -> None:
        self.set_choices("by", source_choices())
        self.fields["by"].initial = self.claim.get("attributed_to")


class DisputeClaimForm(ClaimOperationForm):
    field_map: ClassVar[dict[str, str]] = {
        "counter_value": "counter_amount",
        "amount": "counter_amount",
        "qualifier": "counter_qualifier",
    }

    reason = _reason(help_text="What is wrong with the claim, in a sentence.")
    by = forms.ChoiceField(
        label="Challenged by",
        required=False,
        choices=(),
        help_text="The source that disputes it (needed for a counter figure).",
    )
    counter_amount = forms.CharField(label="Counter figure", required=False, max_length=40)
    counter_qualifier = forms.ChoiceField(
        label="Qualifier", required=False, choices=QUALIFIER_CHOICES
    )
    evidence = _url("Evidence URL")
    occurred_on = valid_time_field()

    def setup(self) -> None:
        self.set_choices("by", source_choices())
        if self.is_proposition:
            # No figure to counter: a proposition is disputed in words.
            del self.fields["counter_amount"]
            del self.fields["counter_qualifier"]
        else:
            self.fields["counter_amount"].help_text = f"In {self.claim_unit}; optional."

    def inputs(self) -> dict[str, Any]:
        d = self.cleaned_data
        counter = None
        if d.get("counter_amount"):
            counter = _value(
                d["counter_amount"],
                self.claim_unit,
                d.get("counter_qualifier"),
                self.claim.get("language"),
                "counter_value",
            )
        return {**d, "counter_value": counter}


class AddFigureForm(ClaimOperationForm):
    field_map: ClassVar[dict[str, str]] = {
        "value": "amount",
        "period": "period_start",
        "relayed_by": "relayed_1",
        "reported_in": "doc_publisher",
        "published_at": "doc_published",
    }

    source = forms.ChoiceField(label="Source", choices=())
    amount = forms.CharField(label="Figure", max_length=40)
    qualifier = forms.ChoiceField(label="Qualifier", choices=QUALIFIER_CHOICES)
    period_start = date_field("Period from", "Only when the figure is about another period.")
    period_end = date_field("Period to")
    said_by = _said_by()
    relayed_1 = forms.ChoiceField(label="Relayed by", required=False, choices=())
    relayed_2 = forms.ChoiceField(label="then by", required=False, choices=())
    relayed_3 = forms.ChoiceField(label="then by", required=False, choices=())
    doc_url = _url("Document URL", validate=True)
    doc_title = _text("Document title", required=False, max_length=400)
    doc_published = date_field("Published on", "Also the figure's valid time when given.")
    doc_publisher = forms.ChoiceField(label="Published by", required=False, choices=())
    reason = _reason("Note", required=False, help_text="Where the figure comes from.")

    def setup(self) -> None:
        self.set_choices("source", source_choices("Choose a source"))
        self.set_choices("doc_publisher", source_choices())
        for name in RELAYS:
            self.set_choices(name, source_choices())
        self.fields["amount"].help_text = f"In {self.claim_unit}."

    def inputs(self) -> dict[str, Any]:
        if self.is_proposition:
            # No unit to read the figure in: say what the domain would.
            raise CommandRejected(
                "This claim is a proposition: it has no figure. Report the figure as a claim "
                "of its own.",
                "value",
            )
        d = self.cleaned_data
        value = _value(d["amount"], self.claim_unit, d["qualifier"], self.claim.get("language"))
        return {
            **d,
            "value": value,
            "period": _period(d),
            "relayed_by": _relayed(d),
            "reported_in": self.document(),
        }

    def occurred_at(self) -> dt.datetime | None:
        day = self.cleaned_data.get("doc_published")
        return dt.datetime.combine(day, dt.time.min, tzinfo=dt.UTC) if day else None


class AttachEvidenceForm(ClaimOperationForm):
    url = forms.CharField(
        label="URL", max_length=2000, widget=forms.URLInput(attrs={"placeholder": "https://"})
    )
    title = _text("Title", required=False, max_length=400)
    kind = _text("Kind", required=False, max_length=50, help_text="e.g. report, dataset, statement")
    note = _reason("Note", required=False)


class AssignReviewForm(ClaimOperationForm):
    assignee = forms.ChoiceField(label="Assign to", choices=())

    def setup(self) -> None:
        self.set_choices("assignee", reviewer_choices())
        current = self.claim.get("assignee")
        if current:
            self.fields["assignee"].help_text = f"Now assigned to {current}."


class AddNoteForm(ClaimOperationForm):
    text = _text("Note", rows=4, max_length=10_000)


# --- Creating claims and sources --------------------------------------------------------------


class ReportClaimForm(OperationForm):
    field_map: ClassVar[dict[str, str]] = {
        "value": "amount",
        "period": "period_start",
        "relayed_by": "relayed_1",
        "reported_in": "doc_publisher",
        "published_at": "doc_published",
    }

    statement = _text("Statement", rows=3, help_text="The claim in your own words.")
    subject = _text("Subject", max_length=200, help_text="e.g. Guatemala")
    indicator = forms.ChoiceField(label="Indicator", required=False, choices=())
    amount = forms.CharField(
        label="Figure",
        max_length=40,
        required=False,
        help_text="Leave empty for a statement without a figure (a proposition): “X was killed”.",
    )
    qualifier = forms.ChoiceField(label="Qualifier", choices=QUALIFIER_CHOICES)
    unit = forms.CharField(
        label="Unit", max_length=100, required=False, help_text="e.g. per 100,000 people"
    )
    period_start = date_field("Period from", "The period the claim is about.")
    period_end = date_field("Period to")
    place = _text("Place", required=False, max_length=200)
    attributed_to = forms.ChoiceField(label="Attributed to", choices=())
    said_by = _said_by()
    relayed_1 = forms.ChoiceField(label="Relayed by", required=False, choices=())
    relayed_2 = forms.ChoiceField(label="then by", required=False, choices=())
    relayed_3 = forms.ChoiceField(label="then by", required=False, choices=())
    language = forms.ChoiceField(
        label="Language",
        required=False,
        initial=LANGUAGES[0],
        choices=[(code, code) for code in LANGUAGES],
        help_text="The statement's language.",
    )
    doc_url = _url("Seen in (URL)", validate=True)
    doc_title = _text("Document title", required=False, max_length=400)
    doc_published = date_field("Published on")
    doc_publisher = forms.ChoiceField(label="Published by", required=False, choices=())
    note = _reason("Note", required=False)
    occurred_on = valid_time_field()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.set_choices("attributed_to", source_choices("Choose a source"))
        self.set_choices("doc_publisher", source_choices())
        for name in RELAYS:
            self.set_choices(name, source_choices())
        keys = sorted(registry.indicator_tolerances())
        self.set_choices("indicator", [("", "—"), *((k, k) for k in keys)])

    def inputs(self) -> dict[str, Any]:
        d = self.cleaned_data
        value = None  # no figure: a proposition
        if d.get("amount"):
            value = _value(d["amount"], d["unit"], d["qualifier"], d.get("language"))
        elif d.get("unit"):
            raise CommandRejected("A unit goes with a figure: give the figure too.", "value")
        return {
            **d,
            "value": value,
            "period": _period(d),
            "relayed_by": _relayed(d),
            "reported_in": self.document(),
        }


def _other_names() -> forms.CharField:
    return _text(
        "Other names",
        required=False,
        rows=3,
        max_length=MAX_ALIASES * 202,
        help_text="One a line, e.g. its name in Spanish or its acronym: “Ministerio Público”, "
        "“MP”. Articles that name the source so are matched to it; an other name of three "
        "letters or fewer only when it is the whole name an article gives.",
    )


def other_names(text: str | None) -> list[str]:
    """The other names typed one a line (blank lines skipped)."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class RegisterSourceForm(OperationForm):
    name = _text("Name", max_length=200)
    kind = forms.ChoiceField(label="Kind", choices=[(k, k) for k in SOURCE_KINDS])
    url = _url("Website", validate=True)
    wikidata_id = _text("Wikidata id", required=False, max_length=20, help_text="e.g. Q1065")
    aliases = _other_names()

    def inputs(self) -> dict[str, Any]:
        return {**self.cleaned_data, "aliases": other_names(self.cleaned_data.get("aliases"))}


class UpdateSourceForm(OperationForm):
    """Edit a source's descriptive fields, as of the version the editor opened."""

    name = _text("Name", max_length=200)
    kind = forms.ChoiceField(label="Kind", choices=[(k, k) for k in SOURCE_KINDS])
    # The domain's rule (http or https), as the API checks it: a website the API stored must
    # not stop an editor from changing the source's other fields.
    url = _url("Website")
    wikidata_id = _text("Wikidata id", required=False, max_length=20, help_text="e.g. Q1065")
    aliases = _other_names()
    expected_version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def inputs(self) -> dict[str, Any]:
        d = self.cleaned_data
        return {
            "name": d["name"],
            "kind": d["kind"],
            # An emptied website, Wikidata id or list of other names is a change: it clears them.
            "url": d.get("url") or "",
            "wikidata_id": d.get("wikidata_id") or "",
            "aliases": other_names(d.get("aliases")),
        }
