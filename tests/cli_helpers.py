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
        schema.forget_search(conn)  # and m004's columns, which came between m003 and m005
    finally:
        conn.close()


def another_name(db: Path, kind: str) -> Path:
    """Another name for the database file in another folder: a symlink to it ("symlink"),
    to its folder ("folder-symlink"), or a hard link ("hardlink")."""
    import os

    folder = db.parent / "anderer-ordner"
    folder.mkdir(exist_ok=True)
    if kind == "symlink":
        (folder / "alias.sqlite").symlink_to(db)
        return folder / "alias.sqlite"
    if kind == "folder-symlink":
        (folder / "link").symlink_to(db.parent, target_is_directory=True)
        return folder / "link" / db.name
    os.link(db, folder / "hart.sqlite")
    return folder / "hart.sqlite"
