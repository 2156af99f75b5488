"""The Source aggregate: who says things."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any

from claims.core.domain import commands as c
from claims.core.domain import events as e
from claims.core.domain.errors import CommandRejected
from claims.core.domain.values import clean_text, http_url, visible_text

SOURCE_KINDS = (
    "organization",
    "government",
    "person",
    "publication",
    "ngo",
    "media",
    "academic",
    "other",
)
_WIKIDATA = re.compile(r"^Q[1-9][0-9]{0,11}$")


@dataclass(frozen=True, kw_only=True, slots=True)
class SourceState:
    source_id: str
    version: int
    name: str
    kind: str
    url: str = ""
    wikidata_id: str = ""
    aliases: tuple[str, ...] = ()


# A source's other names: as many as an organisation is commonly called by, in two languages.
MAX_ALIASES = 20


def _kind(raw: str | None) -> str:
    kind = clean_text(raw, "kind", max_len=30).lower()
    if kind not in SOURCE_KINDS:
        raise CommandRejected(f"Unknown kind; expected one of: {', '.join(SOURCE_KINDS)}.", "kind")
    return kind


def _url(raw: str | None) -> str:
    return http_url(raw, "url", max_len=2000, required=False)


def _wikidata(raw: str | None) -> str:
    qid = clean_text(raw, "wikidata_id", max_len=20, required=False).upper()
    if qid and not _WIKIDATA.match(qid):
        raise CommandRejected("A Wikidata id looks like Q42.", "wikidata_id")
    return qid


def _name(raw: object, field: str) -> str:
    """A name someone can read: stripped, at most 200 characters, with a visible character (a
    zero-width space or a control character alone names nothing)."""
    return visible_text(raw, field, max_len=200, what="A name")


def _folded(name: str) -> str:
    """A name as names are told apart: blanks collapsed, letter case aside."""
    return " ".join(name.split()).casefold()


def _aliases(raw: tuple[str, ...] | list[str], name: str) -> tuple[str, ...]:
    """Other names, each stripped to one line, in the order given, without repeats (letter case
    aside) and without the source's own name."""
    if isinstance(raw, str) or not isinstance(raw, (tuple, list)):
        raise CommandRejected("Give the other names as a list of texts.", "aliases")
    seen = {_folded(name)}
    kept: list[str] = []
    for each in raw:
        # A name is one line: runs of blanks, line breaks included, become one space.
        alias = " ".join(_name(each, "aliases").split())
        if _folded(alias) not in seen:
            seen.add(_folded(alias))
            kept.append(alias)
            if len(kept) > MAX_ALIASES:  # counted once repeats are dropped
                raise CommandRejected(f"At most {MAX_ALIASES} other names.", "aliases")
    return tuple(kept)


def decide(state: SourceState | None, command: c.Command) -> list[e.Event]:
    """Return the events a source command causes, or raise CommandRejected."""
    match command:
        case c.RegisterSource():
            if state is not None:
                raise CommandRejected("This source is already registered.", "source_id")
            name = _name(command.name, "name")
            return [
                e.SourceRegistered(
                    source_id=clean_text(command.source_id, "source_id", max_len=64),
                    name=name,
                    kind=_kind(command.kind),
                    url=_url(command.url),
                    wikidata_id=_wikidata(command.wikidata_id),
                    aliases=_aliases(command.aliases, name),
                )
            ]
        case c.UpdateSource():
            if state is None:
                raise CommandRejected("No such source.")
            new_name: str | None = None
            if command.name is not None:
                new_name = _name(command.name, "name")
            aliases: tuple[str, ...] | None = None
            if command.aliases is not None:
                aliases = _aliases(command.aliases, new_name or state.name)
            elif new_name is not None:
                # Renamed to one of its other names: that name is no longer another one.
                renamed = _folded(new_name)
                if any(_folded(a) == renamed for a in state.aliases):
                    aliases = tuple(a for a in state.aliases if _folded(a) != renamed)
            changes: dict[str, Any] = {
                "name": new_name,
                "kind": _kind(command.kind) if command.kind is not None else None,
                "url": _url(command.url) if command.url is not None else None,
                "wikidata_id": _wikidata(command.wikidata_id)
                if command.wikidata_id is not None
                else None,
                "aliases": aliases,
            }
            changed = {k: v for k, v in changes.items() if v is not None and v != getattr(state, k)}
            if not changed:
                raise CommandRejected("Nothing to change.")
            return [e.SourceUpdated(**changed)]
    raise CommandRejected(f"{type(command).__name__} does not apply to a source.")


def evolve(state: SourceState | None, event: e.Event) -> SourceState:
    """Apply one source event."""
    match event:
        case e.SourceRegistered():
            return SourceState(
                source_id=event.source_id,
                version=1,
                name=event.name,
                kind=event.kind,
                url=event.url,
                wikidata_id=event.wikidata_id,
                aliases=event.aliases,
            )
        case e.SourceUpdated() if state is not None:
            changes: dict[str, Any] = {
                k: v
                for k, v in (
                    ("name", event.name),
                    ("kind", event.kind),
                    ("url", event.url),
                    ("wikidata_id", event.wikidata_id),
                    ("aliases", event.aliases),
                )
                if v is not None
            }
            return dataclasses.replace(state, version=state.version + 1, **changes)
    raise ValueError(f"A source cannot apply {event.event_type}")
