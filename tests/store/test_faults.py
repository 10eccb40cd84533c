"""Database faults: each gives a clear German message and loses nothing already stored."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from secretary_app.domain.model import Paragraph
from secretary_app.store import (
    CorruptDatabaseError,
    DiskFullError,
    NewerSchemaError,
    Store,
    StoreError,
)
from secretary_app.store import backup as bk
from secretary_app.store.meetings import import_meeting
from secretary_app.store.schema import SCHEMA_VERSION
from tests.unprivileged import NO_READ_ONLY_FOLDERS, as_root, unprivileged


def _digest_of(path: Path) -> list:
    s = Store.open(path)
    try:
        return s.content_digest()
    finally:
        s.close()


def _type_into_first_item(store: Store, meeting_id: int, text: str) -> list[Paragraph]:
    item = store.load_meeting(meeting_id).agenda[0]
    paragraphs = item.minutes
    paragraphs.append(Paragraph(text=text))
    assert item.id is not None
    store.save_paragraphs(item.id, paragraphs)
    return paragraphs


# -- disk full --------------------------------------------------------------------------------


def _fill(folder: Path) -> Path:
    """Take every free byte of the filesystem; returns the filler file."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_CREAT | os.O_WRONLY, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        return filler
    finally:
        os.close(fd)


def test_disk_full_on_a_real_small_filesystem(small_filesystem, demo_meeting):
    db = small_filesystem / "p.sqlite"
    store = Store.open(db)
    try:
        meeting_id = import_meeting(store, demo_meeting)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        stored = store.content_digest()
        filler = _fill(small_filesystem)

        with pytest.raises(DiskFullError, match="Datenträger ist voll") as exc:
            _type_into_first_item(store, meeting_id, "Lange Ausführungen. " * 3000)
        # the store promises nothing only the window does (it retries; a command does not)
        assert "erneut gespeichert" not in str(exc.value)
        assert "nicht gespeichert" in str(exc.value)

        # nothing already stored is lost, seen from a fresh connection as after a restart
        assert _digest_of(db) == stored
        filler.unlink()
        paragraphs = _type_into_first_item(store, meeting_id, "Nach dem Aufräumen.")
        minutes = store.load_meeting(meeting_id).agenda[0].minutes
        assert [p.text for p in minutes] == [p.text for p in paragraphs]
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        store.close()


def test_disk_full_when_sqlite_reaches_its_size_limit(store, db_path, demo_meeting):
    """SQLite's own page limit gives the same SQLITE_FULL as a full disk, without root."""
    meeting_id = import_meeting(store, demo_meeting)
    stored = store.content_digest()
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")

    with pytest.raises(DiskFullError, match="Datenträger ist voll"):
        _type_into_first_item(store, meeting_id, "Ein sehr langer Beitrag. " * 2000)

    assert store.content_digest() == stored
    assert _digest_of(db_path) == stored
    store.conn.execute("PRAGMA max_page_count = 1073741823")
    _type_into_first_item(store, meeting_id, "Jetzt ist wieder Platz.")
    assert store.load_meeting(meeting_id).agenda[0].minutes[-1].text == "Jetzt ist wieder Platz."


# -- locked by another program ----------------------------------------------------------------


def test_other_program_holding_an_exclusive_transaction(store, db_path, demo_meeting):
    meeting_id = import_meeting(store, demo_meeting)
    stored = store.content_digest()
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    store.conn.execute("PRAGMA busy_timeout = 50")
    try:
        with pytest.raises(StoreError, match="von einem anderen Programm benutzt"):
            _type_into_first_item(store, meeting_id, "Während gesperrt getippt.")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert store.content_digest() == stored
    _type_into_first_item(store, meeting_id, "Während gesperrt getippt.")
    assert store.load_meeting(meeting_id).agenda[0].minutes[-1].text == "Während gesperrt getippt."


def test_other_program_holding_the_file_exclusively_at_start(db_path, demo_meeting):
    s = Store.open(db_path)
    import_meeting(s, demo_meeting)
    s.close()
    stored = _digest_of(db_path)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("COMMIT")  # exclusive locking mode keeps the lock after the transaction
    try:
        with pytest.raises(StoreError, match="von einem anderen Programm benutzt"):
            Store.open(db_path)
    finally:
        other.close()
    assert _digest_of(db_path) == stored


# -- corrupt file -----------------------------------------------------------------------------


def test_garbage_file_is_refused_untouched_and_the_latest_backup_is_offered(db_path, demo_meeting):
    s = Store.open(db_path)
    import_meeting(s, demo_meeting)
    older = bk.create_backup(db_path, s.conn, "open")
    latest = bk.create_backup(db_path, s.conn, "close")
    s.close()
    garbage = os.urandom(64 * 1024)
    db_path.write_bytes(garbage)
    with pytest.raises(CorruptDatabaseError) as exc:
        Store.open(db_path)
    message = str(exc.value)
    assert "keine lesbare Protokollant-Datenbank" in message
    assert str(latest.path) in message and str(older.path) not in message
    assert f"secretary-app --db {db_path} restore {latest.path}" in message
    assert db_path.read_bytes() == garbage


def test_damaged_pages_inside_a_valid_file_are_reported_with_the_backup(db_path, demo_meeting):
    s = Store.open(db_path)
    import_meeting(s, demo_meeting)
    bk.create_backup(db_path, s.conn, "close")
    s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = s.conn.execute("PRAGMA page_size").fetchone()[0]
    s.close()
    data = bytearray(db_path.read_bytes())
    for page in range(1, len(data) // page_size):  # every page but the header page
        data[page * page_size : (page + 1) * page_size] = b"\xa5" * page_size
    db_path.write_bytes(bytes(data))
    with pytest.raises(CorruptDatabaseError, match="Die letzte Sicherung ist vom"):
        s = Store.open(db_path)
        try:
            s.list_meetings()
        finally:
            s.close()


def test_corrupt_database_without_backup_says_so(tmp_path):
    path = tmp_path / "kaputt.sqlite"
    path.write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(CorruptDatabaseError, match="Eine Sicherung dieser Datenbank gibt es nicht"):
        Store.open(path)


# -- newer schema -----------------------------------------------------------------------------


def test_newer_schema_is_refused_untouched_and_its_backup_is_not_restored(store, db_path, tmp_path):
    newer = tmp_path / "neuer.sqlite"
    conn = sqlite3.connect(newer)
    conn.execute("CREATE TABLE meetings (id INTEGER PRIMARY KEY)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    before = newer.read_bytes()
    with pytest.raises(NewerSchemaError, match="neueren Version von Protokollant"):
        Store.open(newer)
    assert newer.read_bytes() == before
    stored = store.content_digest()
    with pytest.raises(StoreError, match="neueren Version"):
        bk.restore(db_path, newer, store.conn)
    assert store.content_digest() == stored


# -- read-only file and folder (permission bits need a non-root user) -------------------------


@pytest.fixture
def reachable_tmp():
    """A folder another user can reach (pytest's own tmp folders are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="protokollant-faults-"))
    folder.chmod(0o755)
    yield folder
    for p in folder.rglob("*"):
        p.chmod(0o700) if p.is_dir() else p.chmod(0o600)
    shutil.rmtree(folder)


def _open_as_user(db: Path) -> subprocess.CompletedProcess[str]:
    """Open the store in a process to which permission bits apply (as root: no capabilities)."""
    script = (
        "import sys\n"
        "from secretary_app.store import Store, StoreError\n"
        "from secretary_app.store.lock import acquire_writer_lock\n"
        "try:\n"
        "    lock = acquire_writer_lock(sys.argv[1])\n"
        "    Store.open(sys.argv[1]).close()\n"
        "except StoreError as exc:\n"
        "    print(exc)\n"
        "    sys.exit(1)\n"
    )
    cmd = unprivileged([sys.executable, "-c", script, str(db)])
    return subprocess.run(cmd, capture_output=True, text=True, check=False)


def _prepare(folder: Path, demo_meeting) -> Path:
    db = folder / "p.sqlite"
    s = Store.open(db)
    import_meeting(s, demo_meeting)
    s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    s.close()
    for side in ("-wal", "-shm"):
        db.with_name(db.name + side).unlink(missing_ok=True)
    db.chmod(0o644)
    return db


def test_read_only_database_file(reachable_tmp, demo_meeting):
    db = _prepare(reachable_tmp, demo_meeting)
    os.chown(db, 65534, 65534) if as_root() else None
    reachable_tmp.chmod(0o777)
    db.chmod(0o444)
    before = db.read_bytes()
    done = _open_as_user(db)
    assert done.returncode == 1, done.stderr
    assert "schreibgeschützt" in done.stdout
    assert "Traceback" not in done.stderr
    assert db.read_bytes() == before


@NO_READ_ONLY_FOLDERS
def test_read_only_database_folder(reachable_tmp, demo_meeting):
    db = _prepare(reachable_tmp, demo_meeting)
    os.chown(db, 65534, 65534) if as_root() else None
    db.chmod(0o644)
    reachable_tmp.chmod(0o555)
    before = db.read_bytes()
    done = _open_as_user(db)
    assert done.returncode == 1, done.stderr
    assert "schreibgeschützt" in done.stdout
    assert "Traceback" not in done.stderr
    assert db.read_bytes() == before
    assert sorted(p.name for p in reachable_tmp.iterdir()) == ["p.sqlite"]


def test_a_full_disk_at_start_up_is_named_as_such(small_filesystem, demo_meeting):
    db = small_filesystem / "p.sqlite"
    store = Store.open(db)
    import_meeting(store, demo_meeting)
    store.close()  # the last connection checkpoints and removes -wal and -shm
    filler = small_filesystem / "filler"
    with open(filler, "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
                handle.flush()
        except OSError:
            pass
    with pytest.raises(DiskFullError, match="Datenträger mit der Datenbank ist voll") as caught:
        Store.open(db)
    assert "existiert" not in str(caught.value)
    filler.unlink()
    again = Store.open(db)
    again.close()


def test_a_read_only_shm_left_beside_the_database_is_named(reachable_tmp, demo_meeting):
    db = _prepare(reachable_tmp, demo_meeting)
    reachable_tmp.chmod(0o777)
    shm = db.with_name(db.name + "-shm")
    shm.write_bytes(b"\0" * 32768)  # as a run under another account leaves it
    shm.chmod(0o444)
    db.chmod(0o644)  # her own database, writable; only the -shm beside it is not
    done = _open_as_user(db)
    assert done.returncode == 1, done.stderr
    assert "p.sqlite-shm" in done.stdout, done.stdout
    assert "Traceback" not in done.stderr


def test_read_only_messages_name_the_database_not_the_lock(reachable_tmp, demo_meeting):
    db = _prepare(reachable_tmp, demo_meeting)
    os.chown(db, 65534, 65534) if as_root() else None
    reachable_tmp.chmod(0o777)
    db.chmod(0o444)
    done = _open_as_user(db)
    assert f"Die Datenbank {db}" in done.stdout, done.stdout
