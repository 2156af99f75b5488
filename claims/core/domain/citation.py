"""The Citation aggregate (something published relied on a claim), and what makes it stale.

A citation pins the claim version it relied on. It is stale once the claim changed
materially after that version, or after the version it was last acknowledged at: its status,
its statement, or its value (amount, unit, qualifier and the bounds they imply). A note, an
assignment, evidence or a competing figure alone are not material.

`material_facts` names the material fields of a claim state (with the text the claim's
document shows for each), so "did this event change a claim materially" and "what changed
between two versions" are one definition.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from claims.core.domain import commands as c
from claims.core.domain import events as e
from claims.core.domain.claim import ClaimState
from claims.core.domain.errors import CommandRejected
from claims.core.domain.values import clean_text, decimal_str, http_url

URL_MAX = 2000
TITLE_MAX = 400

# The material fields, in the order a diff lists them: their names are the claim document's
# paths ("value.amount" is document["value"]["amount"]).
MATERIAL_FIELDS = (
    "status",
    "statement",
    "value.amount",
    "value.unit",
    "value.qualifier",
    "value.lower",
    "value.upper",
)

Facts = dict[str, str | None]


def material_facts(state: ClaimState) -> Facts:
    """The claim's material fields, each as the text its document shows (None: no value)."""
    value = state.value  # None: a proposition
    interval = value.interval() if value is not None else None
    lower = interval.lower if interval is not None else None
    upper = interval.upper if interval is not None else None
    return {
        "status": state.status.value,
        "statement": state.statement,
        "value.amount": decimal_str(value.amount) if value is not None else None,
        "value.unit": value.unit if value is not None else None,
        "value.qualifier": value.qualifier.value if value is not None else None,
        "value.lower": decimal_str(lower.value) if lower is not None else None,
        "value.upper": decimal_str(upper.value) if upper is not None else None,
    }


def document_facts(document: Mapping[str, Any]) -> Facts:
    """The same fields read from a claim's document (its API representation)."""
    value = document.get("value") or {}
    out: Facts = {}
    for name in MATERIAL_FIELDS:
        head, _, tail = name.partition(".")
        raw = value.get(tail) if tail else document.get(head)
        out[name] = None if raw is None else str(raw)
    return out


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    before: str | None
    after: str | None

    def to_data(self) -> dict[str, Any]:
        return {"field": self.field, "from": self.before, "to": self.after}


def changes(before: Facts, after: Facts) -> list[FieldChange]:
    """One entry per material field whose text differs, in MATERIAL_FIELDS order."""
    return [
        FieldChange(name, before.get(name), after.get(name))
        for name in MATERIAL_FIELDS
        if before.get(name) != after.get(name)
    ]


def is_material(before: ClaimState | None, after: ClaimState) -> bool:
    """Whether going from `before` to `after` changed the claim materially (a report does).

    A proposition has no value (None), so only its status and statement can change; a figure
    claim recast as a proposition loses its value, which is material.
    """
    if before is None or before.status is not after.status:
        return True
    if before.statement != after.statement:
        return True
    if before.value is after.value:
        return False  # the usual event (note, evidence, assignment): nothing to compare
    return material_facts(before) != material_facts(after)


# --- The aggregate ----------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class CitationState:
    citation_id: str
    version: int
    claim_id: str
    url: str
    cited_version: int
    title: str = ""
    published_at: str | None = None
    acknowledged_version: int | None = None

    @property
    def basis_version(self) -> int:
        """The claim version this citation is up to date with: acknowledged, else cited."""
        return max(self.cited_version, self.acknowledged_version or 0)

    def stale_at(self, material_version: int) -> bool:
        """Whether a claim last changed materially at `material_version` leaves it stale."""
        return material_version > self.basis_version


def _url(raw: str) -> str:
    return http_url(
        raw,
        "url",
        max_len=URL_MAX,
        required=True,
        message="Give the http:// or https:// URL of what was published.",
    )


def _published_at(raw: str | None) -> str | None:
    if raw is None or raw == "":
        return None
    try:
        moment = dt.datetime.fromisoformat(str(raw))
    except ValueError:
        raise CommandRejected("Give an ISO 8601 date-time.", "published_at") from None
    if moment.tzinfo is None:
        raise CommandRejected("Give the date-time with its offset (e.g. Z).", "published_at")
    return moment.isoformat().replace("+00:00", "Z")


def decide(state: CitationState | None, command: c.Command) -> list[e.Event]:
    """Return the events a citation command causes, or raise CommandRejected."""
    match command:
        case c.CiteClaim():
            return _cite(state, command)
        case c.AcknowledgeCitation():
            if state is None:
                raise CommandRejected("No such citation.")
            if command.claim_version <= state.basis_version:
                raise CommandRejected(
                    f"Nothing to acknowledge: the citation is up to date with version "
                    f"{state.basis_version} of its claim.",
                    "claim_version",
                )
            return [e.CitationAcknowledged(claim_version=command.claim_version)]
    raise CommandRejected(f"{type(command).__name__} does not apply to a citation.")


def _cite(state: CitationState | None, cmd: c.CiteClaim) -> list[e.Event]:
    if state is not None:
        raise CommandRejected("This citation already exists.", "citation_id")
    if cmd.claim_version < 1:
        raise CommandRejected("No such claim.", "claim")
    version = cmd.claim_version if cmd.version is None else cmd.version
    if not 1 <= version <= cmd.claim_version:
        raise CommandRejected(
            f"The claim has versions 1 to {cmd.claim_version}; cite one of them.", "version"
        )
    return [
        e.ClaimCited(
            citation_id=clean_text(cmd.citation_id, "citation_id", max_len=64),
            claim_id=clean_text(cmd.claim, "claim", max_len=64),
            url=_url(cmd.url),
            cited_version=version,
            title=clean_text(cmd.title, "title", max_len=TITLE_MAX, required=False),
            published_at=_published_at(cmd.published_at),
        )
    ]


def evolve(state: CitationState | None, event: e.Event) -> CitationState:
    """Apply one citation event; events are facts, so this never refuses."""
    match event:
        case e.ClaimCited():
            return CitationState(
                citation_id=event.citation_id,
                version=1,
                claim_id=event.claim_id,
                url=event.url,
                cited_version=event.cited_version,
                title=event.title,
                published_at=event.published_at,
            )
        case e.CitationAcknowledged() if state is not None:
            return dataclasses.replace(
                state, version=state.version + 1, acknowledged_version=event.claim_version
            )
    raise ValueError(f"A citation cannot apply {event.event_type}")
