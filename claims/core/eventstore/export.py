"""CSV files of stored JSON documents, as a backend's `export_csv` writes them: what a column
holds (`CsvColumn`), and the one CSV dialect both backends write.

The dialect is what Python's `csv.writer` writes by default (RFC 4180): a field is quoted only
when it holds a comma, a double quote or a line break, with its double quotes doubled; lines end
with CRLF; UTF-8. JSON null, an absent path and the empty string are all an empty field, a JSON
number its digits. PostgreSQL's COPY writes the same CSV (its line ends aside, which its backend
turns into CRLF), so an export is the same bytes on either database.

A cell of a free-text column (`CsvColumn.text`: what a person typed) whose text begins with one
of FORMULA_STARTS is written with an apostrophe before it (`'=HYPERLINK(...)`), so that a
spreadsheet program shows it as text rather than evaluating it as a formula (OWASP's "CSV
injection"); `unformula` takes that apostrophe off again on import. Only the first character is
looked at: a joined column's joined text, a looked-up column's name.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from django.db import connection

LINE_END = "\r\n"
# What a spreadsheet program reads as the start of a formula (=, +, -, @) or skips before one
# (TAB, CR); a text cell beginning with one is written after FORMULA_ESCAPE.
FORMULA_STARTS = frozenset("=+-@\t\r")
FORMULA_ESCAPE = "'"
_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass(frozen=True, slots=True)
class CsvLookup:
    """In place of a key, the `value` column of the row of `table` whose `key` column holds it
    (an empty field when no row does)."""

    table: str
    key: str
    value: str


@dataclass(frozen=True, slots=True)
class CsvColumn:
    """One column of an export: the value at `path` in each document. With `separator`, the
    path holds a list of text, written joined by it (an empty list: an empty field); with
    `lookup`, each key found there is written as what the lookup gives. A `text` column holds
    free text (what a person typed): a cell beginning with one of FORMULA_STARTS is written
    after FORMULA_ESCAPE."""

    name: str
    path: tuple[str, ...]
    separator: str | None = None
    lookup: CsvLookup | None = None
    text: bool = False

    def __post_init__(self) -> None:
        # Paths and names are written into SQL: plain identifiers only.
        for part in (*self.path, self.name):
            if not _KEY.fullmatch(part):
                raise ValueError(f"Not a plain key: {part!r}")


def lookup_tables(columns: Sequence[CsvColumn]) -> dict[CsvLookup, dict[str, str]]:
    """Each lookup's table as a mapping (read before the export's rows, the way a list's
    page reads the names it shows: a source's name as it is now)."""
    tables: dict[CsvLookup, dict[str, str]] = {}
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for lookup in {c.lookup for c in columns if c.lookup is not None}:
            cursor.execute(
                f"SELECT {quote(lookup.key)}, {quote(lookup.value)}"  # noqa: S608 (model names)
                f" FROM {quote(lookup.table)}"
            )
            tables[lookup] = {str(k): str(v) for k, v in cursor.fetchall()}
    return tables


def unformula(value: str) -> str:
    """A text cell as it was before the export wrote it (the formula escape taken off)."""
    if value[:1] == FORMULA_ESCAPE and value[1:2] in FORMULA_STARTS:
        return value[1:]
    return value


def escaped(value: str) -> str:
    """A text cell as the export writes it."""
    return FORMULA_ESCAPE + value if value[:1] in FORMULA_STARTS else value


def names_of(column: CsvColumn, tables: Mapping[CsvLookup, Mapping[str, str]]) -> Mapping[str, str]:
    """What a lookup column's keys are written as. A text column that writes one name per cell
    gets its names escaped here, once per export, rather than in every row; a joined one is
    escaped on its joined text."""
    if column.lookup is None:
        raise ValueError(f"Not a lookup column: {column.name}")
    names = tables[column.lookup]
    if column.text and column.separator is None:
        return {key: escaped(name) for key, name in names.items()}
    return names


def checked_in_rows(column: CsvColumn) -> bool:
    """Whether a row's cell of the column is escaped as the row is written (a text column but
    a looked-up single name, whose names `names_of` has escaped)."""
    return column.text and (column.lookup is None or column.separator is not None)


def paths_of(columns: Sequence[CsvColumn]) -> list[tuple[str, ...]]:
    """The distinct paths the columns read, in the order of their first column."""
    return list(dict.fromkeys(c.path for c in columns))


class _Sink:
    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, text: str) -> None:
        self.parts.append(text)


def header(columns: Sequence[CsvColumn]) -> bytes:
    """The header line: the columns' names."""
    return (",".join(c.name for c in columns) + LINE_END).encode()


class RowWriter:
    """CSV lines from each document's values at `paths_of(columns)` (a list, as a database's
    JSON array of them decodes), with the lookups' tables given as mappings.

    Byte for byte what `csv.writer` writes, whose cost is per character (about 30 ns each on
    Python 3.11, most of a row's time): a line is joined from its fields, and only a line that
    holds a double quote or a line break goes through `csv.writer`; when commas are its only
    specials, the fields holding one are quoted here. The formula escape looks at the first
    character of each text field only."""

    def __init__(
        self, columns: Sequence[CsvColumn], tables: Mapping[CsvLookup, Mapping[str, str]]
    ) -> None:
        paths = {path: i for i, path in enumerate(paths_of(columns))}
        order: list[int] = []
        # Columns written from a transformed value: (where the value is, separator, names),
        # each appended after the paths' values.
        self._derived: list[tuple[int, str | None, Mapping[str, str] | None]] = []
        for column in columns:
            if column.separator is None and column.lookup is None:
                order.append(paths[column.path])
                continue
            order.append(len(paths) + len(self._derived))
            names = names_of(column, tables) if column.lookup is not None else None
            self._derived.append((paths[column.path], column.separator, names))
        self._pick = itemgetter(*order)
        self._texts = [i for i, column in enumerate(columns) if checked_in_rows(column)]
        # A str: `char in str` is the quickest test of one character (measured: 0.5 us a row
        # for the claim export's eleven text columns, against a set's 0.65 and a regex's 3.7).
        self._starts = "".join(sorted(FORMULA_STARTS))
        self._commas = len(columns) - 1
        self._sink = _Sink()
        # Its own line end, taken off each line: with lineterminator="" Python 3.11's writer
        # would not quote a field holding a line break without a comma or a double quote.
        self._csv = csv.writer(self._sink, lineterminator=LINE_END)

    def lines(self, rows: Iterable[list[Any]]) -> bytes:
        """These rows' lines, each ended, as UTF-8."""
        derived, pick, commas, texts = self._derived, self._pick, self._commas, self._texts
        starts, escape = self._starts, FORMULA_ESCAPE
        out: list[str] = []
        append = out.append
        for values in rows:
            for at, separator, names in derived:
                value = values[at]
                if separator is not None:
                    if not value:
                        value = None
                    elif names is not None:
                        value = separator.join([names.get(key, "") for key in value])
                    else:
                        value = separator.join(value)
                elif names is not None:
                    value = names.get(value, "")
                values.append(value)
            fields = [
                "" if v is None else v if v.__class__ is str else str(v) for v in pick(values)
            ]
            for i in texts:
                field = fields[i]
                if field and field[0] in starts:
                    fields[i] = escape + field
            line = ",".join(fields)
            if '"' in line or "\n" in line or "\r" in line:
                line = self._quoted(fields)
            elif line.count(",") != commas:
                line = ",".join([f'"{f}"' if "," in f else f for f in fields])
            append(line)
        append("")
        return LINE_END.join(out).encode()

    def _quoted(self, fields: list[str]) -> str:
        self._csv.writerow(fields)
        line = "".join(self._sink.parts)
        self._sink.parts.clear()
        return line[: -len(LINE_END)]
