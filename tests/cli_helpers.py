"""Running the command line in-process, and comparing a database's content before and after."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from secretary_app.cli import main
from secretary_app.store import Store


def run_cli(*args: str, capsys: Any) -> tuple[int, str, str]:
    """`secretary-app ARGS` in this process: exit status, stdout, stderr."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def db_digest(db: Path) -> list:
    """Every row of every table of the database at `db`."""
    s = Store.open(db)
    try:
        return s.content_digest()
    finally:
        s.close()


def as_before_search(db: Path) -> None:
    """Turn a current database back into one written before search existed (schema 2)."""
    import sqlite3

    from secretary_app.store import schema

    conn = sqlite3.connect(db, isolation_level=None)
    try:
        for table in ("paragraphs", "agenda_items"):
            conn.execute(f"DROP TABLE {table}_fts")
            for suffix in ("ai", "ad", "au"):
                conn.execute(f"DROP TRIGGER {table}_{suffix}")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm003_search'")
        for table, column in schema.PAPER_DETAIL_COLUMNS:  # m004 came later still
            conn.execute(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm004_paper_details'")
        conn.execute("PRAGMA user_version = 2")
    finally:
        conn.close()
