"""A new database gets its schema without sqlite-utils, identical to what the migrations make."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from secretary_app.store import Store, schema

ROOT = Path(__file__).resolve().parents[2]


def _master(conn: sqlite3.Connection) -> list[tuple[str, str, str, str | None]]:
    return conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"
    ).fetchall()


def test_fresh_schema_equals_the_migrations(tmp_path: Path) -> None:
    by_migrations = sqlite3.connect(tmp_path / "migrated.sqlite", isolation_level=None)
    schema.apply_migrations(by_migrations)
    fresh = Store.open(tmp_path / "fresh.sqlite")
    try:
        assert _master(fresh.conn) == _master(by_migrations)
        assert fresh.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        recorded = fresh.conn.execute(
            "SELECT migration_set, name FROM _sqlite_migrations ORDER BY id"
        ).fetchall()
        assert (
            recorded
            == by_migrations.execute(
                "SELECT migration_set, name FROM _sqlite_migrations ORDER BY id"
            ).fetchall()
        )
        # sqlite-utils agrees that nothing is pending, so a later migration starts from here
        import sqlite_utils

        migrations = sqlite_utils.Migrations(schema.MIGRATION_SET)
        for name in schema.MIGRATION_NAMES:
            migrations(name=name)(lambda db: None)
        assert list(migrations.pending(sqlite_utils.Database(fresh.conn))) == []
    finally:
        fresh.close()
        by_migrations.close()


def test_creating_a_database_does_not_import_sqlite_utils(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from secretary_app.store import Store\n"
        f"s = Store.open({str(tmp_path / 'new.sqlite')!r})\n"
        "print('sqlite_utils' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"
    s = Store.open(tmp_path / "new.sqlite")
    try:
        assert {r[0] for r in s.conn.execute("SELECT name FROM sqlite_master")} >= {
            "committees",
            "meetings",
            "agenda_items",
            "paragraphs",
        }
    finally:
        s.close()
