"""Damage is found and named before anything is written: a schema that is not UTF-8, pages
that fail SQLite's check, an emptied file with backups beside it. Every refusal is German,
names the latest backup and the command that restores it, and leaves the file as it was."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from secretary_app.store import CorruptDatabaseError, Store
from secretary_app.store import backup as bk
from secretary_app.store.meetings import import_meeting
from tests.cli_helpers import run_cli as run


def damage_schema(db: Path) -> None:
    """A table's name in sqlite_master that is not UTF-8 (as `PRAGMA writable_schema` allows)."""
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_master SET name = CAST(? AS TEXT) WHERE name = 'meetings'",
            (b"meet\xffings",),
        )
    finally:
        conn.close()


def damage_pages(db: Path, table: str = "paragraphs") -> None:
    """Scribble over the header of a table's first page: opening the database still works."""
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()[0]
    finally:
        conn.close()
    with open(db, "r+b") as f:
        f.seek((root - 1) * page_size + 3)
        f.write(b"\xff\xff\xff\xff")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def with_backup(db_path: Path, meeting) -> tuple[int, Path]:
    """`meeting` in a new database at `db_path`, and a backup of it: (meeting id, backup)."""
    store = Store.open(db_path)
    try:
        meeting_id = import_meeting(store, meeting)
        backup = bk.create_backup(db_path, store.conn, "manual")
    finally:
        store.close()
    return meeting_id, backup.path


@pytest.fixture
def archived(db_path: Path, demo_meeting) -> tuple[str, Path]:
    """A database with one meeting and a backup of it: (meeting id, backup path)."""
    meeting_id, backup = with_backup(db_path, demo_meeting)
    return str(meeting_id), backup


def _names_the_backup(message: str, backup: Path, db_path: Path) -> None:
    assert "beschädigt" in message or "leer" in message
    assert str(backup) in message
    assert f"restore {backup}" in message
    assert f"--db {db_path}" in message
    assert "Interner Fehler" not in message and "Traceback" not in message


@pytest.mark.parametrize("damage", [damage_schema, damage_pages])
def test_the_command_line_refuses_to_write_into_a_damaged_database(
    db_path, archived, demo_file, tmp_path, capsys, damage
):
    meeting_id, backup = archived
    damage(db_path)
    before = _digest(db_path)
    for args in (
        ["import", str(demo_file)],
        ["finalize", meeting_id],
        ["minutes", meeting_id, "-o", str(tmp_path / "n.docx")],
    ):
        code, _, err = run("--db", str(db_path), *args, capsys=capsys)
        assert code == 1, (args, err)
        _names_the_backup(err, backup, db_path)
    assert _digest(db_path) == before
    assert not (tmp_path / "n.docx").exists()


def test_a_schema_that_is_not_utf8_is_named_even_for_reading(db_path, archived, capsys):
    _, backup = archived
    damage_schema(db_path)
    code, _, err = run("--db", str(db_path), "list", capsys=capsys)
    assert code == 1
    _names_the_backup(err, backup, db_path)


def test_the_restore_command_the_message_names_brings_it_back(db_path, archived, capsys):
    meeting_id, backup = archived
    damage_pages(db_path)
    code, _, err = run("--db", str(db_path), "finalize", meeting_id, capsys=capsys)
    assert code == 1
    code, out, err = run("--db", str(db_path), "restore", str(backup), capsys=capsys)
    assert code == 0, err
    code, _, err = run("--db", str(db_path), "finalize", meeting_id, capsys=capsys)
    assert code == 0, err


def test_after_an_io_error_the_next_write_checks_first(db_path, archived):
    store = Store.open(db_path)
    try:
        assert not store.check_before_write  # the window checks in the background instead
        damage_pages(db_path)
        store._suspect = True  # as after "disk I/O error" (Store._errors)
        with pytest.raises(CorruptDatabaseError) as exc:
            store.set_setting("x", "1")
        _names_the_backup(str(exc.value), archived[1], db_path)
        with pytest.raises(CorruptDatabaseError):  # and stays refused
            store.set_setting("x", "1")
    finally:
        store.close()


def test_an_emptied_file_with_backups_beside_it_offers_them(db_path, archived, capsys):
    _, backup = archived
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    db_path.write_bytes(b"")
    code, _, err = run("--db", str(db_path), "list", capsys=capsys)
    assert code == 1
    assert "leer (0 Bytes)" in err
    _names_the_backup(err, backup, db_path)
    assert db_path.stat().st_size == 0


def test_an_empty_new_database_without_backups_is_just_new(db_path, capsys):
    db_path.write_bytes(b"")
    code, _, err = run("--db", str(db_path), "list", capsys=capsys)
    assert (code, err) == (0, "")
