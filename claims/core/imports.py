"""Importing claims from a spreadsheet (CSV): validate every row, then report them all or none.

Used by `manage.py import_claims`, `POST /api/v1/imports/` and the admin's "Import a
spreadsheet" page. Rows become ordinary reports through the bulk import service, inside one
transaction; a row's claim id is derived from its content, so a row imported before (or twice
in one file) is skipped rather than reported again.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction

from claims.core import bulk, registry, selectors, services
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


def _source_lookup() -> Callable[[str], str | None]:
    """A source by id, or by its name (case-insensitive) when exactly one has it, or else by
    one of its other names when exactly one source has that."""
    by_id: dict[str, str] = {}
    by_name: dict[str, list[str]] = defaultdict(list)
    by_alias: dict[str, list[str]] = defaultdict(list)
    for source_id, name, aliases in selectors.sources_known_as():
        by_id[source_id] = source_id
        by_name[name.strip().casefold()].append(source_id)
        for alias in aliases:
            by_alias[alias.casefold()].append(source_id)

    def lookup(text: str) -> str | None:
        text = text.strip()
        if text in by_id:
            return text
        key = text.casefold()
        found = by_name.get(key) or by_alias.get(key, [])
        return found[0] if len(found) == 1 else None

    return lookup


def check(data: bytes | str) -> Report:
    """Read and validate a file without writing: every bad row, or the reports it would make."""
    try:
        _header, rows = read_rows(data)
    except BadFile as exc:
        return Report(errors=[RowError(0, exc.field, str(exc))])
    parsed, errors = parse_rows(rows, _source_lookup(), registry.indicator_exists)
    report = Report(rows=len(rows), errors=errors)
    if errors:
        return report
    existing = set(selectors.current_versions(p.command.claim_id for p in parsed))
    seen: set[str] = set()
    for row in parsed:
        claim_id = row.command.claim_id
        if claim_id in existing or claim_id in seen:
            report.skipped += 1
        else:
            seen.add(claim_id)
            report.planned.append(row)
    return report


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
