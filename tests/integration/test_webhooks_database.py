"""On SQLite the webhook tables live in a database file of their own (config/routers.py):
the webhook worker's writes take neither the claims' write lock nor their page caches.

`manage.py migrate` sets both files up; an older database's webhook rows are copied into the
new file once; `manage.py backup` copies both; on PostgreSQL everything stays in one database.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.db import connection, connections

from claims.webhooks import relocate
from claims.webhooks import services as webhooks
from claims.webhooks.models import Subscription
from tests.reliability.conftest import manage

sqlite_only = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="the webhook tables have a file of their own on SQLite"
)


@pytest.fixture
def allow_local(settings: Any) -> None:
    settings.CLAIMS_WEBHOOK_ALLOW_HTTP = True
    settings.CLAIMS_WEBHOOK_ALLOW_PRIVATE = True


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


@sqlite_only
@pytest.mark.django_db
def test_webhook_rows_go_to_their_own_file_and_nothing_else_does(allow_local: None) -> None:
    registered = webhooks.register("http://127.0.0.1:9/hook", ["*"], None, "editor")
    assert Subscription.objects.db == "webhooks"
    assert Subscription.objects.using("webhooks").filter(pk=registered.subscription.pk).exists()
    with connections["webhooks"].cursor() as cursor:
        cursor.execute("SELECT count(*) FROM webhooks_subscription")
        assert cursor.fetchone()[0] == 1
    assert not {t for t in connection.introspection.table_names() if t.startswith("webhooks_")}
    assert "claims_event" not in connections["webhooks"].introspection.table_names()


@pytest.mark.django_db
def test_on_postgresql_everything_stays_in_one_database() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only")
    assert set(connections) == {"default"}
    assert Subscription.objects.db == "default"


@sqlite_only
def test_migrate_sets_up_both_files_and_a_second_run_changes_nothing(tmp_path: Path) -> None:
    main = tmp_path / "claims.sqlite3"
    for _ in range(2):
        result = manage("migrate", "--noinput", "-v", "0", DATABASE_URL=f"sqlite:///{main}")
        assert result.returncode == 0, result.stderr[-4000:]
    side = tmp_path / "claims-webhooks.sqlite3"
    assert set(relocate.TABLES) <= _tables(side)
    assert not set(relocate.TABLES) & _tables(main)
    assert "claims_event" in _tables(main)
    assert "claims_event" not in _tables(side)
    with sqlite3.connect(main) as conn:  # the beat rows are written once, in the claims' file
        names = [r[0] for r in conn.execute("SELECT name FROM django_celery_beat_periodictask")]
    assert len(names) == len(set(names))
    assert any(n.startswith("webhooks") for n in names)


def _old_layout(tmp_path: Path, template: Path) -> Path:
    """A claims' file as older versions had it: the webhook tables in it, with rows."""
    old = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(old)
    conn.execute("ATTACH DATABASE ? AS t", (str(template),))
    for table in relocate.TABLES:
        conn.execute(f'CREATE TABLE "{table}" AS SELECT * FROM t."{table}" WHERE 0')
    conn.execute("DETACH DATABASE t")
    conn.execute(
        "INSERT INTO webhooks_subscription (id, url, events, claim_id, secret_encrypted, active,"
        " created_by, created_at, after_position, lease_owner)"
        " VALUES ('0b6a8f8e6f7e4b0e9f3ac1a7e0d5e213', 'https://example.org/h', '[\"*\"]', NULL,"
        " 'sealed', 1, 'editor', '2026-01-01 00:00:00', 41, '')"
    )
    conn.execute(
        "INSERT INTO webhooks_checkpoint (name, position, updated_at, watcher)"
        " VALUES ('webhooks', 41, '2026-01-01 00:00:00', '')"
    )
    conn.commit()
    conn.close()
    return old


@sqlite_only
def test_an_older_database_webhook_rows_are_copied_into_the_new_file_once(tmp_path: Path) -> None:
    fresh = tmp_path / "claims.sqlite3"
    result = manage("migrate", "--noinput", "-v", "0", DATABASE_URL=f"sqlite:///{fresh}")
    assert result.returncode == 0, result.stderr[-4000:]
    side = tmp_path / "claims-webhooks.sqlite3"
    old = _old_layout(tmp_path, side)
    conn = sqlite3.connect(side, isolation_level=None)
    try:
        copied = relocate.copy_tables(conn, str(old))
        assert copied["webhooks_subscription"] == 1
        assert copied["webhooks_checkpoint"] == 1
        row = conn.execute("SELECT url, after_position FROM webhooks_subscription").fetchone()
        assert row == ("https://example.org/h", 41)
        assert relocate.copy_tables(conn, str(old)) == {}  # not empty any more: never twice
    finally:
        conn.close()


@sqlite_only
@pytest.mark.django_db(transaction=True)
def test_backup_copies_the_webhook_file_too(tmp_path: Path, allow_local: None) -> None:
    webhooks.register("http://127.0.0.1:9/hook", ["*"], None, "editor")
    target = tmp_path / "backup.sqlite3"
    call_command("backup", to=target)
    copy = tmp_path / "backup-webhooks.sqlite3"
    assert "claims_event" in _tables(target)
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT count(*) FROM webhooks_subscription").fetchone()[0] == 1


@sqlite_only
def test_upgrading_an_older_database_moves_its_webhooks_with_the_first_migrate(
    tmp_path: Path,
) -> None:
    main = tmp_path / "claims.sqlite3"
    url = f"sqlite:///{main}"
    # An older layout: everything in one file (what SQLITE_WEBHOOKS_APART=false still gives).
    result = manage(
        "migrate", "--noinput", "-v", "0", DATABASE_URL=url, SQLITE_WEBHOOKS_APART="false"
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert set(relocate.TABLES) <= _tables(main)
    with sqlite3.connect(main) as conn:
        conn.execute(
            "INSERT INTO webhooks_subscription (id, url, events, claim_id, secret_encrypted,"
            " active, created_by, created_at, after_position, lease_owner)"
            " VALUES ('0b6a8f8e6f7e4b0e9f3ac1a7e0d5e213', 'https://example.org/h', '[\"*\"]',"
            " NULL, 'sealed', 1, 'editor', '2026-01-01 00:00:00', 41, '')"
        )
    side = tmp_path / "claims-webhooks.sqlite3"
    assert not side.exists()
    result = manage("migrate", "--noinput", "-v", "0", DATABASE_URL=url)
    assert result.returncode == 0, result.stderr[-4000:]
    with sqlite3.connect(side) as conn:
        rows = conn.execute("SELECT url, after_position FROM webhooks_subscription").fetchall()
    assert rows == [("https://example.org/h", 41)]
