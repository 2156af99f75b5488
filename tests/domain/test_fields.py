"""Every text a claim command takes: its longest allowed value is kept as given, one character
more or a NUL is refused naming that field."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from claims.core.domain import commands as c
from claims.core.domain import events as e
from claims.core.domain.claim import ClaimState
from tests.domain.scenario import disputed, given, qty, refused, report, reported, when


@dataclass(frozen=True)
class Field:
    name: str  # the field a refusal names
    longest: int
    build: Callable[[str], c.Command]  # the command carrying the text
    stored: Callable[[Any], object]  # where the event keeps it
    state: Callable[[], ClaimState | None] = lambda: given(reported())
    url: bool = False

    def text(self, length: int) -> str:
        prefix = "https://e.org/" if self.url else ""
        return prefix + "a" * (length - len(prefix))


def _disputed() -> ClaimState:
    return given(reported(), disputed("d1"))


def _refuted() -> ClaimState:
    return given(reported(), e.ClaimRefuted(reason="False."))


FIELDS = [
    Field("claim_id", 64, lambda t: report(claim_id=t), lambda ev: ev.claim_id, lambda: None),
    Field("statement", 2000, lambda t: report(statement=t), lambda ev: ev.statement, lambda: None),
    Field("subject", 200, lambda t: report(subject=t), lambda ev: ev.subject, lambda: None),
    Field(
        "attributed_to",
        64,
        lambda t: report(attributed_to=t),
        lambda ev: ev.attributed_to,
        lambda: None,
    ),
    Field("indicator", 100, lambda t: report(indicator=t), lambda ev: ev.indicator, lambda: None),
    Field("place", 200, lambda t: report(place=t), lambda ev: ev.place, lambda: None),
    Field("note", 2000, lambda t: report(note=t), lambda ev: ev.note, lambda: None),
    Field("said_by", 200, lambda t: report(said_by=t), lambda ev: ev.said_by, lambda: None),
    Field(
        "relayed_by",
        64,
        lambda t: report(relayed_by=(t,)),
        lambda ev: ev.relayed_by[0],
        lambda: None,
    ),
    Field(
        "figure_id",
        64,
        lambda t: c.AddFigure(figure_id=t, source="un", value=qty("1")),
        lambda ev: ev.figure_id,
    ),
    Field(
        "source",
        64,
        lambda t: c.AddFigure(figure_id="f", source=t, value=qty("1")),
        lambda ev: ev.source,
    ),
    Field(
        "reason",
        2000,
        lambda t: c.AddFigure(figure_id="f", source="un", value=qty("1"), reason=t),
        lambda ev: ev.reason,
    ),
    Field(
        "said_by",
        200,
        lambda t: c.AddFigure(figure_id="f", source="un", value=qty("1"), said_by=t),
        lambda ev: ev.said_by,
    ),
    Field(
        "relayed_by",
        64,
        lambda t: c.AddFigure(figure_id="f", source="un", value=qty("1"), relayed_by=(t,)),
        lambda ev: ev.relayed_by[0],
    ),
    Field(
        "dispute_id",
        64,
        lambda t: c.DisputeClaim(dispute_id=t, reason="R."),
        lambda ev: ev.dispute_id,
    ),
    Field("reason", 2000, lambda t: c.DisputeClaim(dispute_id="d", reason=t), lambda ev: ev.reason),
    Field("by", 64, lambda t: c.DisputeClaim(dispute_id="d", reason="R.", by=t), lambda ev: ev.by),
    Field(
        "evidence",
        2000,
        lambda t: c.DisputeClaim(dispute_id="d", reason="R.", evidence=t),
        lambda ev: ev.evidence,
        url=True,
    ),
    Field(
        "reason",
        2000,
        lambda t: c.ResolveDispute(resolution="rejected", reason=t),
        lambda ev: ev.reason,
        _disputed,
    ),
    Field("reason", 2000, lambda t: c.ConfirmClaim(reason=t), lambda ev: ev.reason),
    Field("by", 64, lambda t: c.ConfirmClaim(by=t), lambda ev: ev.by),
    Field("evidence", 2000, lambda t: c.ConfirmClaim(evidence=t), lambda ev: ev.evidence, url=True),
    Field(
        "reason", 2000, lambda t: c.CorrectClaim(reason=t, statement="New."), lambda ev: ev.reason
    ),
    Field(
        "statement",
        2000,
        lambda t: c.CorrectClaim(reason="R.", statement=t),
        lambda ev: ev.new_statement,
    ),
    Field(
        "by", 64, lambda t: c.CorrectClaim(reason="R.", statement="New.", by=t), lambda ev: ev.by
    ),
    Field("reason", 2000, lambda t: c.RefuteClaim(reason=t), lambda ev: ev.reason),
    Field("by", 64, lambda t: c.RefuteClaim(reason="R.", by=t), lambda ev: ev.by),
    Field(
        "evidence",
        2000,
        lambda t: c.RefuteClaim(reason="R.", evidence=t),
        lambda ev: ev.evidence,
        url=True,
    ),
    Field("reason", 2000, lambda t: c.RetractClaim(reason=t), lambda ev: ev.reason),
    Field(
        "by",
        64,
        lambda t: c.RetractClaim(reason="R.", by=t),
        lambda ev: ev.by,
        lambda: given(reported(attributed_to="a" * 64)),  # (its own source retracts it)
    ),
    Field(
        "dispute_id",
        64,
        lambda t: c.ReopenClaim(dispute_id=t, reason="R."),
        lambda ev: ev.dispute_id,
        _refuted,
    ),
    Field(
        "reason",
        2000,
        lambda t: c.ReopenClaim(dispute_id="r", reason=t),
        lambda ev: ev.reason,
        _refuted,
    ),
    Field(
        "by",
        64,
        lambda t: c.ReopenClaim(dispute_id="r", reason="R.", by=t),
        lambda ev: ev.by,
        _refuted,
    ),
    Field(
        "evidence",
        2000,
        lambda t: c.ReopenClaim(dispute_id="r", reason="R.", evidence=t),
        lambda ev: ev.evidence,
        _refuted,
        url=True,
    ),
    Field("reason", 2000, lambda t: c.RecastAsProposition(reason=t), lambda ev: ev.reason),
    Field("by", 64, lambda t: c.RecastAsProposition(reason="R.", by=t), lambda ev: ev.by),
    Field(
        "evidence_id",
        64,
        lambda t: c.AttachEvidence(evidence_id=t, url="https://e.org"),
        lambda ev: ev.evidence_id,
    ),
    Field(
        "url", 2000, lambda t: c.AttachEvidence(evidence_id="v", url=t), lambda ev: ev.url, url=True
    ),
    Field(
        "title",
        400,
        lambda t: c.AttachEvidence(evidence_id="v", url="https://e.org", title=t),
        lambda ev: ev.title,
    ),
    Field(
        "kind",
        50,
        lambda t: c.AttachEvidence(evidence_id="v", url="https://e.org", kind=t),
        lambda ev: ev.kind,
    ),
    Field(
        "note",
        2000,
        lambda t: c.AttachEvidence(evidence_id="v", url="https://e.org", note=t),
        lambda ev: ev.note,
    ),
    Field("assignee", 150, lambda t: c.AssignReview(assignee=t), lambda ev: ev.assignee),
    Field("text", 10_000, lambda t: c.AddNote(text=t), lambda ev: ev.text),
]


def _id(field: Field) -> str:
    return f"{type(field.build('x')).__name__}.{field.name}"


@pytest.mark.parametrize("field", FIELDS, ids=_id)
def test_the_longest_text_is_kept_as_given(field: Field) -> None:
    text = field.text(field.longest)

    (event, *_) = when(field.state(), field.build(f"  {text} "))

    assert field.stored(event) == text


@pytest.mark.parametrize("field", FIELDS, ids=_id)
def test_one_character_more_is_refused_naming_the_field(field: Field) -> None:
    refusal = refused(field.state(), field.build(field.text(field.longest + 1)))

    assert refusal.field == field.name
    assert str(field.longest) in refusal.message


@pytest.mark.parametrize("field", FIELDS, ids=_id)
def test_a_nul_is_refused_naming_the_field(field: Field) -> None:
    assert refused(field.state(), field.build(field.text(10) + "\x00")).field == field.name


@pytest.mark.parametrize(
    ("command", "verb"),
    [
        (c.AddFigure(figure_id="f", source="un", value=qty("1")), "given new figures"),
        (c.DisputeClaim(dispute_id="d9", reason="R."), "disputed"),
        (c.ResolveDispute(resolution="rejected", reason="R."), "resolved"),
        (c.ConfirmClaim(reason="R."), "confirmed"),
        (c.CorrectClaim(reason="R.", statement="New."), "corrected"),
        (c.RefuteClaim(reason="R."), "refuted"),
        (c.RetractClaim(reason="R."), "retracted"),
    ],
    ids=lambda x: x if isinstance(x, str) else type(x).__name__,
)
def test_a_refuted_claim_says_what_it_cannot_be(command: c.Command, verb: str) -> None:
    refusal = refused(_refuted(), command)

    assert (refusal.field, refusal.message) == ("status", f"A refuted claim cannot be {verb}.")
