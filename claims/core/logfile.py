"""A whole event log as a JSON Lines file: written by `export_events`, read by `import_events`.

The first line names the format; every other line is one event, in log order, with everything
its hash covers (so the chain can be checked on the way in) and its position and hash:
`position, event_id, stream_type, stream_id, version, event_type, schema_version, data, metadata,
recorded_at, occurred_at, hash, log_hash` (times ISO 8601 in UTC, to the microsecond; `hash`
chains a stream's events, `log_hash` the whole log's).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Iterator
from typing import IO, Any

import orjson

from claims.core.eventstore import RecordedEvent

FIELDS = (
    "position",
    "event_id",
    "stream_type",
    "stream_id",
    "version",
    "event_type",
    "schema_version",
    "data",
    "metadata",
    "recorded_at",
    "occurred_at",
    "hash",
    "log_hash",
)
FORMAT = "claims-tracker-events"
FORMAT_VERSION = 1


class BadLogFile(ValueError):
    """A line that is not an event of this format (its line number in the message)."""


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.astimezone(dt.UTC).isoformat() if moment is not None else None


def header() -> bytes:
    return orjson.dumps({"format": FORMAT, "version": FORMAT_VERSION}) + b"\n"


def line(record: RecordedEvent) -> bytes:
    """One event as a line of the file."""
    return (
        orjson.dumps(
            {
                "position": record.position,
                "event_id": str(record.event_id),
                "stream_type": record.stream_type,
                "stream_id": record.stream_id,
                "version": record.version,
                "event_type": record.event_type,
                "schema_version": record.schema_version,
                "data": record.data,
                "metadata": record.metadata,
                "recorded_at": _iso(record.recorded_at),
                "occurred_at": _iso(record.occurred_at),
                "hash": record.hash,
                "log_hash": record.log_hash,
            }
        )
        + b"\n"
    )


def write(records: Iterable[RecordedEvent], out: IO[bytes]) -> int:
    out.write(header())
    count = 0
    for record in records:
        out.write(line(record))
        count += 1
    return count


def _moment(raw: Any, n: int, name: str) -> dt.datetime | None:
    if raw is None and name == "occurred_at":
        return None
    try:
        moment = dt.datetime.fromisoformat(str(raw))
    except ValueError as exc:
        raise BadLogFile(f"line {n}: {name} is not an ISO 8601 time") from exc
    if moment.tzinfo is None:
        raise BadLogFile(f"line {n}: {name} has no time zone")
    return moment


def read(lines: Iterable[bytes]) -> Iterator[RecordedEvent]:
    """The events of a file, lazily; BadLogFile names the first line that is not one."""
    it = iter(lines)
    first = next(it, b"")
    try:
        head = orjson.loads(first)
    except orjson.JSONDecodeError as exc:
        raise BadLogFile("line 1: not a claims-tracker events file") from exc
    if not isinstance(head, dict) or head.get("format") != FORMAT:
        raise BadLogFile("line 1: not a claims-tracker events file")
    if head.get("version") != FORMAT_VERSION:
        raise BadLogFile(f"line 1: format version {head.get('version')} is not {FORMAT_VERSION}")
    for n, raw in enumerate(it, start=2):
        if not raw.strip():
            continue
        try:
            item = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            raise BadLogFile(f"line {n}: not JSON") from exc
        if not isinstance(item, dict) or set(item) != set(FIELDS):
            raise BadLogFile(f"line {n}: an event has exactly {', '.join(FIELDS)}")
        try:
            yield RecordedEvent(
                position=int(item["position"]),
                event_id=uuid.UUID(str(item["event_id"])),
                stream_type=str(item["stream_type"]),
                stream_id=str(item["stream_id"]),
                version=int(item["version"]),
                event_type=str(item["event_type"]),
                schema_version=int(item["schema_version"]),
                data=dict(item["data"]),
                metadata=dict(item["metadata"]),
                recorded_at=_moment(item["recorded_at"], n, "recorded_at"),  # type: ignore[arg-type]
                occurred_at=_moment(item["occurred_at"], n, "occurred_at"),
                hash=str(item["hash"]),
                log_hash=str(item["log_hash"]),
            )
        except (TypeError, ValueError) as exc:
            if isinstance(exc, BadLogFile):
                raise
            raise BadLogFile(f"line {n}: {exc}") from exc
