"""Operations: `manage.py status` (lag alert, S14's "an alert fires when lag exceeds 30 s"),
and backup + restore with the hash chains verified on the restored copy."""

from __future__ import annotations

import io
import json
import secrets
import subprocess
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, connections
from django.utils import timezone

from claims.core import eventstore
from claims.core.eventstore import NewEvent
from claims.core.eventstore.postgres import pg_client_bindir
from claims.core.models import Event
from tests import factories
from tests.integration.test_eventstore import _reported
from tests.reliability.conftest import figure, manage, pg_admin_execute, pg_url
from tracker.consumers import CONSUMER
from tracker.models import ConsumerCheckpoint, WorkerHeartbeat


def status(*args: str) -> tuple[dict[str, Any], str | None]:
    """Run `status --json`; return the report and the alert (None when it exits 0)."""
    out = io.StringIO()
    try:
        call_command("status", "--json", *args, stdout=out)
        alert = None
    except CommandError as exc:
        alert = str(exc)
    return json.loads(out.getvalue()), alert


@pytest.fixture
def healthy(db: None, settings: Any, redis_url: str) -> int:
    """Redis up, a worker that just beat, every consumer at the head; return the head."""
    settings.REDIS_URL = redis_url
    factories.report(factories.source())
    head = eventstore.head_position()
    WorkerHeartbeat.objects.update_or_create(
        worker="status-test", defaults={"beat_at": timezone.now()}
    )
    ConsumerCheckpoint.objects.update_or_create(name=CONSUMER, defaults={"position": head})
    return head


def test_status_is_ok_when_everything_is_caught_up(healthy: int) -> None:
    report, alert = status("--verify")
    assert alert is None, report["problems"]
    assert report["ok"] is True
    assert report["events"]["head_position"] == healthy
    assert report["consumers"][CONSUMER] == {
        "position": healthy,
        "lag_events": 0,
        "lag_seconds": 0.0,
    }
    assert report["verify"] == {"ok": True, "checked": Event.objects.count()}
    assert {"database", "redis", "worker", "consumers"} <= set(report["checks"])


def test_status_alerts_when_a_consumer_lags_past_the_bound(healthy: int) -> None:
    """S14 at CI speed: a consumer 1 event behind, for longer than --max-lag, is an alert."""
    ConsumerCheckpoint.objects.update_or_create(
        name="s14-probe", defaults={"position": healthy - 1}
    )
    report, alert = status("--max-lag", "30")
    assert alert is None, report["problems"]  # behind, but for less than 30 s
    time.sleep(1.2)
    report, alert = status("--max-lag", "1")
    assert alert is not None
    assert "consumer s14-probe lags" in alert
    assert report["ok"] is False
    assert report["consumers"]["s14-probe"]["lag_events"] == 1
    assert report["consumers"]["s14-probe"]["lag_seconds"] > 1


def test_status_alerts_when_the_worker_is_silent(healthy: int, settings: Any) -> None:
    WorkerHeartbeat.objects.all().delete()
    report, alert = status()
    assert alert == "worker check failed"
    assert report["checks"]["worker"]["ok"] is False


def test_status_prints_a_readable_summary(healthy: int) -> None:
    out = io.StringIO()
    call_command("status", stdout=out)
    text = out.getvalue()
    assert f"events     head {healthy}" in text
    assert f"consumer   {CONSUMER}: position {healthy}, 0 events / 0.0 s behind" in text
    assert text.rstrip().endswith("OK")


# --- Backup and restore ---------------------------------------------------------------------------


def _append_while(stop: threading.Event, appended: list[int]) -> None:
    try:
        while not stop.is_set():
            sid = f"backup-{uuid.uuid4()}"
            appended.append(eventstore.append("claim", sid, [NewEvent(_reported(sid))], 0).version)
    finally:
        connections.close_all()


@pytest.mark.usefixtures("committed")
def test_backup_while_writing_then_restore_and_verify(tmp_path: Path) -> None:
    factories.report(factories.source())
    head_before = eventstore.head_position()
    stop, appended = threading.Event(), list[int]()
    writer = threading.Thread(target=_append_while, args=(stop, appended))
    writer.start()
    try:
        time.sleep(0.2)
        backup = tmp_path / ("claims.sqlite3" if connection.vendor == "sqlite" else "claims.dump")
        call_command("backup", "--to", str(backup), stdout=io.StringIO())
        time.sleep(0.2)
    finally:
        stop.set()
        writer.join()
    assert appended, "nothing was written during the backup: not an online backup"

    if connection.vendor == "sqlite":
        url = f"sqlite:///{backup}"  # restoring = putting the file in place (README)
        verified = manage("verify_events", "--no-progress", DATABASE_URL=url)
        restored_status = manage("status", "--json", DATABASE_URL=url)
    else:
        name = f"restored_{secrets.token_hex(4)}"
        pg_admin_execute(f'CREATE DATABASE "{name}"')
        try:
            url = pg_url(name)
            params = connection.settings_dict
            restore = subprocess.run(
                [
                    str(pg_client_bindir() / "pg_restore"),
                    "--no-owner",
                    "--no-privileges",
                    "--exit-on-error",
                    "--dbname",
                    name,
                    str(backup),
                ],
                env={
                    "PGHOST": str(params["HOST"]),
                    "PGPORT": str(params["PORT"]),
                    "PGUSER": str(params["USER"]),
                    "PGPASSWORD": str(params["PASSWORD"]),
                },
                capture_output=True,
                text=True,
                check=False,
            )
            assert restore.returncode == 0, restore.stderr
            verified = manage("verify_events", "--no-progress", DATABASE_URL=url)
            restored_status = manage("status", "--json", DATABASE_URL=url)
        finally:
            pg_admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    assert verified.returncode == 0, verified.stderr
    checked = int(verified.stdout.split("OK: ")[1].split()[0])
    restored_head = json.loads(restored_status.stdout)["events"]["head_position"]
    figure(
        "Backup",
        f"online backup while {len(appended)} appends ran, restored: verify_events "
        f"{verified.stdout.strip()!r}; restored head {restored_head} "
        f"(≥ {head_before} before the backup started, ≤ {eventstore.head_position()} after)",
    )
    assert checked == Event.objects.filter(position__lte=restored_head).count()
    assert head_before <= restored_head <= eventstore.head_position()


@pytest.mark.django_db
def test_backup_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "exists"
    target.write_text("keep me")
    with pytest.raises(CommandError, match="exists"):
        call_command("backup", "--to", str(target))
    assert target.read_text() == "keep me"
