"""Importing claims from a spreadsheet (CSV): validate every row, then report them all or none.

Used by `manage.py import_claims`, `POST /api/v1/imports/` and the admin's "Import a
spreadsheet" page. Rows become ordinary reports through the bulk import service, inside one
transaction; a row's claim id is derived from its content, so a row imported before (or twice
in one file) is skipped rather than reported again. A row whose `id` cell names a claim the
tracker holds (its own export) is that claim: skipped when it says what the claim said at the
row's `version`, a bad row when it differs (an import reports; it does not edit); an `id` that
names no claim here is a bad row too (an empty cell reports the row as a new claim).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction

from claims.core import bulk, eventstore, registry, selectors, services
from claims.core.domain import claim as claim_domain
from claims.core.domain.claim import ClaimState
from claims.core.spreadsheet import BadFile, ParsedRow, RowError, parse_rows, read_rows


@dataclass(slots=True)
class Report:
    """What an import found (errors: nothing was written) or did (created, skipped)."""

    rows: int = 0
    created: int = 0
    skipped: int = 0
    errors: list[RowError] = field(default_factory=list)
    planned: list[ParsedRow] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


class _SourceLookup:
    """A source by id, or by its name (case-insensitive) when exactly one has it, or else by
    one of its other names when exactly one source has that."""

    def __init__(self) -> None:
        self.by_id: set[str] = set()
        self.by_name: dict[str, list[str]] = defaultdict(list)
        self.by_alias: dict[str, list[str]] = defaultdict(list)
        for source_id, name, aliases in selectors.sources_known_as():
            self.by_id.add(source_id)
            self.by_name[name.strip().casefold()].append(source_id)
            for alias in aliases:
                self.by_alias[alias.casefold()].append(source_id)

    def _found(self, text: str) -> list[str]:
        key = text.strip().casefold()
        return self.by_name.get(key) or self.by_alias.get(key, [])

    def __call__(self, text: str) -> str | None:
        if text.strip() in self.by_id:
            return text.strip()
        found = self._found(text)
        return found[0] if len(found) == 1 else None

    def refusal(self, text: str) -> str:
        """Why the text names no one source."""
        found = self._found(text)
        if len(found) > 1:
            listed = ", ".join(sorted(found)[:5])
            return f"{len(found)} sources have this name ({listed}): give the id of one."
        return "No source has this id or name."


def check(data: bytes | str) -> Report:
    """Read and validate a file without writing: every bad row, or the reports it would make."""
    try:
        _header, rows = read_rows(data)
    except BadFile as exc:
        return Report(errors=[RowError(0, exc.field, str(exc))])
    parsed, errors = parse_rows(rows, _SourceLookup(), registry.indicator_exists)
    report = Report(rows=len(rows), errors=errors)
    if errors:
        return report
    # (the claims the rows would make and those they were exported from, in one read)
    versions = selectors.current_versions(
        {*(p.command.claim_id for p in parsed), *(p.held_id for p in parsed if p.held_id)}
    )
    for row in parsed:
        if row.held_id in versions:
            differs = _differences(row, versions[row.held_id])
            if differs:
                report.errors.append(_differs_error(row, differs))
        elif row.held_id:
            # (a cell a spreadsheet program damaged, or another tracker's claim: taken as a new
            # claim, it would be a copy of the one it was exported from)
            report.errors.append(
                RowError(
                    row.row,
                    "id",
                    f"No claim here has the id {row.held_id[:64]!r}: empty the cell to report "
                    "the row as a new claim.",
                )
            )
    if report.errors:
        return report
    seen: set[str] = set()
    for row in parsed:
        claim_id = row.command.claim_id
        if row.held_id in versions or claim_id in versions or claim_id in seen:
            report.skipped += 1
        else:
            seen.add(claim_id)
            report.planned.append(row)
    return report


def _differences(row: ParsedRow, current: int) -> list[str]:
    """The columns in which a row exported from a claim the tracker holds (at version `current`)
    differs from that claim as it stood at the row's version (the current one when the row
    names none it had)."""
    version = row.held_version
    if version is None or not 0 < version <= current:
        version = current
    held = claim_domain.replay([r.event for r in eventstore.load(row.held_id, 0, version)])
    row_claim = claim_domain.replay(claim_domain.decide(None, row.command))
    if held is None or row_claim is None:  # pragma: no cover - a held claim has events
        return []
    return [column for column, read in _COMPARED if read(row_claim) != read(held)]


def _value_part(part: str) -> Callable[[ClaimState], Any]:
    return lambda state: getattr(state.value, part) if state.value is not None else None


def _period_part(part: str) -> Callable[[ClaimState], Any]:
    return lambda state: getattr(state.period, part) if state.period is not None else None


def _reported_part(part: str) -> Callable[[ClaimState], Any]:
    return lambda state: (
        getattr(state.reported_in, part) or None if state.reported_in is not None else None
    )


# What a row says of a claim (the columns an import reads), and where the claim holds it.
_COMPARED: tuple[tuple[str, Callable[[ClaimState], Any]], ...] = (
    ("statement", lambda state: state.statement),
    ("subject", lambda state: state.subject),
    ("indicator", lambda state: state.indicator or None),
    ("amount", _value_part("amount")),
    ("unit", _value_part("unit")),
    ("qualifier", _value_part("qualifier")),
    ("period_start", _period_part("start")),
    ("period_end", _period_part("end")),
    ("place", lambda state: state.place),
    ("attributed_to", lambda state: state.attributed_to),
    ("reported_in_url", _reported_part("url")),
    ("reported_in_publisher", _reported_part("publisher")),
    ("reported_in_published_at", _reported_part("published_at")),
    ("said_by", lambda state: state.said_by or None),
    ("relayed_by", lambda state: state.relayed_by),
    ("language", lambda state: state.language),
)


def _differs_error(row: ParsedRow, columns: list[str]) -> RowError:
    listed = ", ".join(columns)
    return RowError(
        row.row,
        columns[0],
        f"The row was exported from claim {row.held_id}, which the tracker holds, and differs "
        f"from it ({listed}): an import reports new claims only. Change the claim with its "
        "commands (correct, add a figure), or empty the row's id cell to report it as a new "
        "claim.",
    )


def import_file(
    data: bytes | str, actor: str, *, progress: Callable[[int], Any] | None = None
) -> Report:
    """Validate, then report every new row in one transaction (nothing when any row is bad)."""
    report = check(data)
    if not report.ok or not report.planned:
        return report
    by_moment: dict[dt.datetime | None, list[ParsedRow]] = defaultdict(list)
    for row in report.planned:
        by_moment[row.occurred_at].append(row)
    with transaction.atomic():
        for moment, rows in by_moment.items():
            ctx = services.Context(actor=actor, occurred_at=moment, extra={"import": "csv"})
            bulk.import_streams(
                (bulk.StreamCommands("claim", row.command.claim_id, [row.command]) for row in rows),
                ctx,
                check=False,
            )
            if progress is not None:
                progress(len(rows))
    report.created = len(report.planned)
    return report
