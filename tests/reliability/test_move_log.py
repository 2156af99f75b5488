"""Moving a whole log: export_events from a SQLite database, import_events into a fresh one (on
the PostgreSQL pass, a PostgreSQL database), verify_events, and every API read answers the same.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from tests.reliability.conftest import figure, manage, python_module, scratch_database


def _ok(result: object) -> str:
    assert result.returncode == 0, result.stderr[-4000:]  # type: ignore[attr-defined]
    return str(result.stdout)  # type: ignore[attr-defined]


def test_a_sqlite_log_moves_to_a_fresh_database_whole(tmp_path: Path) -> None:
    source = f"sqlite:///{tmp_path / 'source.sqlite3'}"
    _ok(manage("migrate", "--noinput", "-v", "0", DATABASE_URL=source))
    _ok(manage("load_demo", DATABASE_URL=source))
    dump = tmp_path / "events.jsonl"
    _ok(manage("export_events", str(dump), "--no-progress", DATABASE_URL=source))
    lines = dump.read_bytes().splitlines()
    assert json.loads(lines[0])["format"] == "claims-tracker-events"
    before = python_module("tests.reliability.api_reads", DATABASE_URL=source)

    with scratch_database("moved") as target:
        out = _ok(manage("import_events", str(dump), "--no-progress", DATABASE_URL=target))
        assert f"Imported {len(lines) - 1} events" in out
        verified = _ok(manage("verify_events", "--no-progress", DATABASE_URL=target))
        assert f"OK: {len(lines) - 1} events" in verified
        after = python_module("tests.reliability.api_reads", DATABASE_URL=target)
        reads_before, reads_after = json.loads(before), json.loads(after)
        assert reads_before.keys() == reads_after.keys()
        for url, answer in reads_before.items():
            assert reads_after[url] == answer, f"{url} answers differently after the move"
        # A second import into the now non-empty database is refused, writing nothing.
        again = manage("import_events", str(dump), "--no-progress", DATABASE_URL=target)
        assert again.returncode != 0
        assert "not empty" in again.stderr
        engine = "PostgreSQL" if target.startswith("postgres") else "SQLite"
    figure(
        "Move a log",
        f"SQLite → {engine}: {len(lines) - 1} events, {len(reads_before)} API reads identical",
    )


def test_a_tampered_log_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    source = f"sqlite:///{tmp_path / 'source.sqlite3'}"
    _ok(manage("migrate", "--noinput", "-v", "0", DATABASE_URL=source))
    _ok(manage("load_demo", DATABASE_URL=source))
    dump = tmp_path / "events.jsonl"
    _ok(manage("export_events", str(dump), "--no-progress", DATABASE_URL=source))
    lines = dump.read_bytes().splitlines()
    event = json.loads(lines[5])
    event["metadata"]["actor"] = "someone-else"
    tampered = tmp_path / "tampered.jsonl"
    tampered.write_bytes(b"\n".join([*lines[:5], json.dumps(event).encode(), *lines[6:]]) + b"\n")
    with tempfile.TemporaryDirectory() as tmp:
        target = f"sqlite:///{Path(tmp) / 'target.sqlite3'}"
        _ok(manage("migrate", "--noinput", "-v", "0", DATABASE_URL=target))
        refused = manage("import_events", str(tampered), "--no-progress", DATABASE_URL=target)
        assert refused.returncode != 0
        assert "hash does not match" in refused.stderr
        # (status exits non-zero without a worker; its JSON still says where the log is)
        status = json.loads(manage("status", "--json", DATABASE_URL=target).stdout)
        assert status["events"]["head_position"] == 0
