"""Claims as spreadsheet rows (CSV): the export's columns, written from stored documents, and
the import's validation of rows against the same columns.

Amounts stay the exact decimal text the claim holds (empty, with unit and qualifier, for a
proposition); times are ISO 8601 in UTC. A free-text cell the export wrote after an apostrophe,
so that a spreadsheet program would not read it as a formula (`'=...`), is read without it
(TEXT_COLUMNS, `eventstore.export.unformula`). The import turns
each row into an ordinary report (`claims.core.domain.commands.ReportClaim`) and gives it an id
derived from the row's content, so importing the same file again reports nothing new.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import itertools
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import orjson
from django.utils import timezone

from claims.core import selectors
from claims.core.domain import claim as claim_domain
from claims.core.domain import commands as c
from claims.core.domain.errors import DomainError
from claims.core.domain.values import (
    Document,
    Period,
    Qualifier,
    Quantity,
    happened_by,
    http_url,
)
from claims.core.eventstore import export

COLUMNS = tuple(column.name for column in selectors.EXPORT_COLUMNS)
# Columns the export writes that an import reads past: they describe the tracker's copy.
IGNORED_ON_IMPORT = frozenset(
    {
        "id",
        "version",
        "status",
        "lower",
        "upper",
        "created_at",
        "updated_at",
        "attributed_to_name",
        "relayed_by_names",
    }
)
# Columns added to the export later: an empty cell leaves a row's key what it was in a file
# written before they existed, so re-importing such a file still skips its rows.
LATER_COLUMNS = frozenset({"said_by", "relayed_by", "language"})
# A later column's cell that says what an empty one means counts as empty in a row's key too, so
# that a row exported with it keeps the key the same row had in a file written without it.
LATER_DEFAULTS = {"language": "en"}
# Free-text columns: the export escapes a cell that would start a formula, the import unescapes.
TEXT_COLUMNS = frozenset(column.name for column in selectors.EXPORT_COLUMNS if column.text)
# The sources in a relayed_by cell, in order.
RELAY_SEPARATOR = selectors.RELAY_SEPARATOR
ROW_NAMESPACE = uuid.UUID("5f0c8a52-7d1b-4c6e-9a3f-c50000000001")


def csv_chunks(
    header: Iterable[str], rows: Iterable[Sequence[Any]], rows_per_chunk: int = 1000
) -> Iterator[bytes]:
    """A CSV file (header first, CRLF line ends, UTF-8) in chunks of rows, lazily."""
    it = iter(rows)
    return csv_batches(header, iter(lambda: list(itertools.islice(it, rows_per_chunk)), []))


def csv_batches(
    header: Iterable[str], batches: Iterable[Iterable[Sequence[Any]]]
) -> Iterator[bytes]:
    """A CSV file (header first, CRLF line ends, UTF-8), a chunk per batch of rows, lazily:
    written through one csv writer into one reused buffer."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(list(header))
    for batch in batches:
        writer.writerows(batch)
        text = buffer.getvalue()
        if text:
            buffer.seek(0)
            buffer.truncate()
            yield text.encode()
    rest = buffer.getvalue()
    if rest:
        yield rest.encode()


def claim_csv(claims: selectors.ClaimList) -> Iterator[bytes]:
    """A claim list as CSV chunks (COLUMNS), streamed as they are read."""
    return claims.iter_csv()


# --- Import --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RowError:
    row: int  # 1-based data row (the header is row 0)
    field: str
    message: str

    def to_data(self) -> dict[str, Any]:
        return {"row": self.row, "field": self.field, "message": self.message}


@dataclass(frozen=True, slots=True)
class ParsedRow:
    row: int
    command: c.ReportClaim
    occurred_at: dt.datetime | None
    key: str  # what makes the row the same row when imported again
    # The tracker's claim the row was exported from, and the version it showed (its `id` and
    # `version` cells; None when empty or not a version)
    held_id: str = ""
    held_version: int | None = None


class BadFile(ValueError):
    """The file as a whole cannot be read (not CSV text, no header, unknown columns)."""

    def __init__(self, message: str, field: str = "file") -> None:
        super().__init__(message)
        self.field = field


MAX_ROWS = 100_000


def read_rows(data: bytes | str) -> tuple[list[str], list[dict[str, str]]]:
    """The header and data rows of a CSV file, or BadFile."""
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise BadFile("The file is not UTF-8 text.") from exc
    else:
        text = data.removeprefix("\ufeff")
    if "\x00" in text:
        raise BadFile("The file is not CSV text.")
    try:
        reader = csv.reader(io.StringIO(text, newline=""))
        header = next(reader, None)
        if not header or not any(h.strip() for h in header):
            raise BadFile("The file has no header row.")
        header = [h.strip() for h in header]
        unknown = [h for h in header if h not in COLUMNS]
        if unknown:
            raise BadFile(
                f"Unknown column(s): {', '.join(unknown)[:300]}. The columns are those of the "
                f"export: {', '.join(COLUMNS)}."
            )
        if len(set(header)) != len(header):
            raise BadFile("A column appears twice in the header.")
        texts = [h for h in header if h in TEXT_COLUMNS]
        rows = []
        for n, values in enumerate(reader, start=1):
            if n > MAX_ROWS:
                raise BadFile(f"At most {MAX_ROWS} rows per file.")
            if not any(v.strip() for v in values):
                continue
            if len(values) > len(header):
                values = [*values[: len(header)], "\x00extra"]
            row = dict(zip(header, values, strict=False))
            for name in texts:
                if name in row:
                    row[name] = export.unformula(row[name])
            rows.append(row | {"__row__": str(n)})
    except csv.Error as exc:
        raise BadFile(f"The file is not valid CSV: {exc}") from exc
    return header, rows


def _moment(raw: str) -> dt.datetime:
    text = raw.strip().replace("Z", "+00:00")
    moment = dt.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def row_key(values: Mapping[str, str]) -> str:
    """A digest of what the row says (imported columns only): the same row, the same claim.
    The text is the text as imported (a formula's escape taken off by `read_rows`)."""
    wanted = {
        k: v.strip()
        for k, v in values.items()
        if k in COLUMNS
        and k not in IGNORED_ON_IMPORT
        and (
            k not in LATER_COLUMNS
            or (v or "").strip().lower() not in ("", LATER_DEFAULTS.get(k, ""))
        )
    }
    return hashlib.sha256(orjson.dumps(wanted, option=orjson.OPT_SORT_KEYS)).hexdigest()


class SourceLookup(Protocol):
    """A source's id by its id or a name (None: no one source), and why a text names none."""

    def __call__(self, text: str) -> str | None: ...

    def refusal(self, text: str) -> str: ...


def parse_rows(
    rows: Iterable[dict[str, str]],
    source_of: SourceLookup,
    indicator_exists: Callable[[str], bool],
) -> tuple[list[ParsedRow], list[RowError]]:
    """Validate every row (all of them, reporting each bad one) into report commands."""
    parsed: list[ParsedRow] = []
    errors: list[RowError] = []
    for values in rows:
        n = int(values.pop("__row__"))
        found: list[RowError] = []

        def bad(field: str, message: str, n: int = n, found: list[RowError] = found) -> None:
            found.append(RowError(n, field, message))

        if any(v == "\x00extra" for v in values.values()):
            bad("row", "The row has more cells than the header has columns.")
            errors += found
            continue
        get = {k: (v or "").strip() for k, v in values.items()}
        for name in ("statement", "subject", "attributed_to"):
            if not get.get(name):
                bad(name, "This column is required.")
        source = source_of(get.get("attributed_to", "")) if get.get("attributed_to") else None
        if get.get("attributed_to") and source is None:
            bad("attributed_to", source_of.refusal(get["attributed_to"]))
        publisher = None
        if get.get("reported_in_publisher"):
            publisher = source_of(get["reported_in_publisher"])
            if publisher is None:
                bad("reported_in_publisher", source_of.refusal(get["reported_in_publisher"]))
        relays: list[str] = []
        for relay in (r.strip() for r in get.get("relayed_by", "").split(";")):
            found_relay = source_of(relay) if relay else None
            if relay and found_relay is None:
                bad("relayed_by", f"{source_of.refusal(relay)[:-1]}: {relay[:100]}.")
            elif found_relay is not None:
                relays.append(found_relay)
        indicator = get.get("indicator") or None
        if indicator and not indicator_exists(indicator):
            bad("indicator", "No indicator has this key.")
        value = _value(get, bad)
        period = _period(get, bad)
        if get.get("language"):
            try:  # (the domain's own check, to be named with the row's other bad columns)
                claim_domain.language_code(get["language"])
            except DomainError as exc:
                bad("language", str(exc))
        occurred = None
        if get.get("occurred_at"):
            try:
                occurred = _moment(get["occurred_at"])
            except ValueError:
                bad("occurred_at", "Give an ISO 8601 date-time.")
            else:
                try:  # (the domain's own rule, as the import's services apply it)
                    happened_by(occurred, timezone.now())
                except DomainError as exc:
                    bad("occurred_at", str(exc))
        reported_in = None
        url = get.get("reported_in_url", "")
        published = get.get("reported_in_published_at", "")
        if url or publisher or published:
            try:
                http_url(url, "reported_in_url", max_len=2000, required=False)
            except DomainError as exc:
                bad("reported_in_url", str(exc))
            try:
                reported_in = Document.from_data(
                    {"url": url, "publisher": publisher, "published_at": published or None}
                )
            except (DomainError, ValueError) as exc:
                bad("reported_in_published_at", str(exc) or "Give a date as YYYY-MM-DD.")
        if found:
            errors += found
            continue
        key = row_key(values)
        command = c.ReportClaim(
            claim_id=str(uuid.uuid5(ROW_NAMESPACE, key)),
            statement=get["statement"],
            subject=get["subject"],
            indicator=indicator,
            value=value,
            period=period,
            place=get.get("place", ""),
            attributed_to=str(source),
            reported_in=reported_in,
            said_by=get.get("said_by") or None,
            relayed_by=tuple(relays),
            language=get.get("language") or LATER_DEFAULTS["language"],
        )
        try:
            # The domain's own checks (lengths, control characters, links), before any write.
            claim_domain.decide(None, command)
        except DomainError as exc:
            field = getattr(exc, "field", None) or "row"
            errors.append(RowError(n, FIELD_COLUMNS.get(field, field), str(exc)))
            continue
        version = get.get("version", "")
        parsed.append(
            ParsedRow(
                n,
                command,
                occurred,
                key,
                held_id=get.get("id", ""),
                held_version=int(version)
                if version.isascii() and version.isdigit() and len(version) < 10
                else None,  # ('²' is a digit to isdigit, and no int)
            )
        )
    return parsed, errors


def _value(get: Mapping[str, str], bad: Callable[[str, str], None]) -> Quantity | None:
    """The row's figure (None: no amount and no unit, a proposition), each bad column named."""
    amount, unit, qualifier = get.get("amount", ""), get.get("unit", ""), get.get("qualifier")
    try:
        Qualifier.parse(qualifier or "exact")
    except DomainError as exc:
        bad("qualifier", str(exc))
        return None
    if not amount:
        if unit:
            bad("amount", "A unit goes with an amount: give the amount too.")
        return None
    if not unit:
        bad("unit", "A figure needs its unit ('percent', 'homicides', 'per 100,000 people').")
        return None
    try:
        return Quantity.of(amount, unit, qualifier or "exact")
    except DomainError as exc:
        field = getattr(exc, "field", None) or "amount"
        bad(FIELD_COLUMNS.get(field, field), str(exc))
    except (ValueError, ArithmeticError):
        bad("amount", "Not an amount: give a decimal number such as 34.5 or -5.")
    return None


def _period(get: Mapping[str, str], bad: Callable[[str, str], None]) -> Period | None:
    """The row's period (None: neither date), each bad date's column named."""
    if not (get.get("period_start") or get.get("period_end")):
        return None
    dates: list[dt.date] = []
    for column in ("period_start", "period_end"):
        raw = get.get(column, "")
        if not raw:
            bad(column, "Give both ends of the period, as YYYY-MM-DD.")
            continue
        try:
            dates.append(dt.date.fromisoformat(raw))
        except ValueError:
            bad(column, f"Not a date: give YYYY-MM-DD ({raw[:20]!r} is none).")
    if len(dates) < 2:
        return None
    try:
        return Period(dates[0], dates[1])
    except DomainError as exc:  # (it ends before it starts)
        bad("period_end", str(exc))
        return None


# A domain field named by the column that gave it.
FIELD_COLUMNS = {"reported_in": "reported_in_url", "value": "amount", "period": "period_start"}
