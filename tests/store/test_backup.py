"""Backups: consistent private copies beside the database, rotation, listing, restoring."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from secretary_app.domain.model import AgendaItem, Paragraph
from secretary_app.store import Store, StoreError
from secretary_app.store import backup as bk
from secretary_app.store.meetings import import_meeting
from tests.privacy import assert_private


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def _digest_of_backup(path: Path) -> list:
    with bk.opened_backup(path) as plain:
        copy = Store.open(plain)
        try:
            return copy.content_digest()
        finally:
            copy.close()


def test_backup_is_a_private_compressed_consistent_copy_beside_the_database(
    store, db_path, demo_meeting
):
    import_meeting(store, demo_meeting)
    b = bk.create_backup(db_path, store.conn, "open")
    assert b.path.parent == db_path.parent / "backups"
    assert b.path.name.startswith("test-000001-") and b.path.name.endswith("-open.sqlite.gz")
    assert b.sequence == 1 and b.compressed
    assert_private(b.path)
    assert_private(b.path.parent)
    with bk.opened_backup(b.path) as plain:
        assert _integrity(plain) == "ok"
        assert b.size < plain.stat().st_size / 3
    assert _digest_of_backup(b.path) == store.content_digest()
    assert bk.list_backups(db_path) == [b]
    assert sorted(p.name for p in b.path.parent.iterdir()) == [b.path.name]  # no temporaries
    assert "beim Öffnen einer Sitzung" in b.describe()


def test_default_database_keeps_its_backups_in_the_user_data_folder():
    from secretary_app import paths

    assert bk.backup_dir_for(paths.default_db_path()) == paths.backup_dir()


def test_backup_while_a_write_transaction_is_open_holds_only_committed_data(
    store, db_path, demo_meeting
):
    meeting_id = import_meeting(store, demo_meeting)
    committed = store.content_digest()
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE meetings SET location = 'halb geschrieben' WHERE id = ?", (meeting_id,))
    try:
        b = bk.create_backup(db_path, reason="manual")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert _digest_of_backup(b.path) == committed


def test_two_databases_in_one_folder_keep_their_backups_apart(tmp_path):
    a, a2 = Store.open(tmp_path / "rat.sqlite"), Store.open(tmp_path / "rat-2.sqlite")
    try:
        bk.create_backup(a.path, a.conn, "manual")
        bk.create_backup(a2.path, a2.conn, "manual")
        bk.create_backup(a2.path, a2.conn, "timer")
    finally:
        a.close()
        a2.close()
    assert len(bk.list_backups(tmp_path / "rat.sqlite")) == 1
    assert len(bk.list_backups(tmp_path / "rat-2.sqlite")) == 2


def _fake(folder: Path, when: dt.datetime) -> bk.Backup:
    return bk.Backup(folder / f"x-{when:%Y%m%d-%H%M%S-%f}-timer.sqlite", when, "timer")


def test_rotation_keeps_the_last_twenty_and_one_per_day_for_thirty_days(tmp_path):
    now = dt.datetime(2026, 11, 25, 18, 0)
    today = [_fake(tmp_path, now - dt.timedelta(minutes=10 * i)) for i in range(30)]
    older = [
        _fake(tmp_path, now - dt.timedelta(days=d, hours=h)) for d in range(1, 45) for h in (1, 3)
    ]
    kept, dropped = bk.backups_to_keep(today + older, now)
    assert today[:20] == kept[:20]
    days = {b.created.date() for b in kept}
    expected_days = {(now - dt.timedelta(days=d)).date() for d in range(30)}
    assert days == expected_days
    # per older day exactly the newest one survives
    for d in range(1, 30):
        of_day = [b for b in kept if b.created.date() == (now - dt.timedelta(days=d)).date()]
        assert of_day == [_fake(tmp_path, now - dt.timedelta(days=d, hours=1))]
    assert len(kept) == 20 + 29
    assert len(kept) + len(dropped) == len(today) + len(older)


def test_rotation_deletes_files_on_disk(store, db_path):
    for _ in range(bk.KEEP_LAST + 5):
        bk.create_backup(db_path, store.conn, "timer")
    backups = bk.list_backups(db_path)
    assert len(backups) == bk.KEEP_LAST
    files = [p for p in (db_path.parent / "backups").iterdir() if p.name.endswith(".sqlite.gz")]
    assert len(files) == bk.KEEP_LAST
    assert [b.sequence for b in backups] == list(range(bk.KEEP_LAST + 5, 5, -1))


def test_restore_brings_back_exactly_the_backed_up_content(store, db_path, demo_meeting):
    meeting_id = import_meeting(store, demo_meeting)
    saved = store.content_digest()
    b = bk.create_backup(db_path, store.conn, "close")
    item = store.load_meeting(meeting_id).agenda[0]
    store.save_paragraphs(item.id, [Paragraph(text="Alles überschrieben.")])
    store.add_item(meeting_id, AgendaItem("9", "Später hinzugefügt"))
    changed = store.content_digest()
    assert changed != saved

    result = bk.restore(db_path, b.path, store.conn)

    assert store.content_digest() == saved
    assert _integrity(db_path) == "ok"
    # the state before the restore is itself a backup, and restoring it undoes the restore
    assert result.safety_copy is not None and result.safety_copy.name.endswith("-restore.sqlite.gz")
    bk.restore(db_path, result.safety_copy, store.conn)
    assert store.content_digest() == changed


def test_restore_without_an_open_connection(db_path, demo_meeting):
    s = Store.open(db_path)
    import_meeting(s, demo_meeting)
    saved = s.content_digest()
    b = bk.create_backup(db_path, s.conn, "manual")
    s.delete_meeting(1)
    s.close()
    bk.restore(db_path, b.path)
    again = Store.open(db_path)
    try:
        assert again.content_digest() == saved
    finally:
        again.close()


def test_restore_over_a_damaged_database_keeps_the_damaged_bytes(db_path, demo_meeting):
    s = Store.open(db_path)
    import_meeting(s, demo_meeting)
    saved = s.content_digest()
    b = bk.create_backup(db_path, s.conn, "manual")
    s.close()
    garbage = os.urandom(3 * 4096)
    db_path.write_bytes(garbage)
    with pytest.raises(StoreError, match="Die letzte Sicherung ist vom"):
        Store.open(db_path)

    result = bk.restore(db_path, b.path)

    assert result.safety_copy is not None and result.safety_copy.read_bytes() == garbage
    assert_private(db_path)
    again = Store.open(db_path)
    try:
        assert again.content_digest() == saved
    finally:
        again.close()
    assert [x.path for x in bk.list_backups(db_path)] == [b.path]  # damaged copy not listed


def test_a_damaged_backup_is_refused_and_nothing_changes(store, db_path, demo_meeting, tmp_path):
    import_meeting(store, demo_meeting)
    before = store.content_digest()
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"kein SQLite" * 500)
    with pytest.raises(StoreError, match="keine lesbare Sicherung"):
        bk.restore(db_path, bad, store.conn)
    with pytest.raises(StoreError, match="gibt es nicht"):
        bk.restore(db_path, tmp_path / "fehlt.sqlite", store.conn)
    with pytest.raises(StoreError, match="ist ein Ordner"):
        bk.restore(db_path, tmp_path, store.conn)
    assert store.content_digest() == before
    assert bk.list_backups(db_path) == []


def test_keeper_skips_backups_when_only_settings_changed(store, db_path, demo_meeting):
    keeper = bk.BackupKeeper(db_path)
    try:
        assert keeper.backup("open").reason == "open"
        assert keeper.periodic() is None
        store.set_setting("last_meeting", 1)  # settings are not content
        assert keeper.periodic() is None
        import_meeting(store, demo_meeting)  # written through another connection
        timed = keeper.periodic()
        assert timed is not None and timed.reason == "timer"
        assert keeper.periodic() is None
    finally:
        keeper.close()
    assert [b.reason for b in bk.list_backups(db_path)] == ["timer", "open"]
    assert _digest_of_backup(bk.list_backups(db_path)[0].path) == store.content_digest()


def test_a_clock_a_year_ahead_and_corrected_neither_reorders_nor_deletes_good_backups(
    store, db_path, monkeypatch
):
    real_now = dt.datetime.now()
    clock = {"offset": dt.timedelta(0)}
    monkeypatch.setattr(bk, "_now", lambda: real_now + clock["offset"])
    before = [bk.create_backup(db_path, store.conn, "timer") for _ in range(3)]
    clock["offset"] = dt.timedelta(days=365)  # the laptop's clock is a year ahead ...
    ahead = [bk.create_backup(db_path, store.conn, "timer") for _ in range(25)]
    clock["offset"] = dt.timedelta(minutes=5)  # ... and is corrected
    after = [bk.create_backup(db_path, store.conn, "timer") for _ in range(6)]

    listed = bk.list_backups(db_path)
    assert [b.path for b in listed[:6]] == [b.path for b in reversed(after)]  # newest first
    assert all(b.path.exists() for b in after)  # none of the correctly dated ones deleted
    assert [b.path for b in listed[6:20]] == [b.path for b in reversed(ahead)][:14]
    assert len(listed) == bk.KEEP_LAST
    assert bk.latest_backup(db_path) == after[-1]
    assert not any(b.path.exists() for b in before)  # 31 newer ones: out of the last 20


def test_a_damaged_database_is_not_backed_up_and_keeps_the_rotation(store, db_path, demo_meeting):
    import_meeting(store, demo_meeting)
    good = [bk.create_backup(db_path, store.conn, "timer") for _ in range(3)]
    store.close()
    _damage_an_index(db_path)
    with pytest.raises(StoreError, match="beschädigt"):
        bk.create_backup(db_path, reason="timer")
    assert bk.list_backups(db_path) == list(reversed(good))
    assert [p.name for p in (db_path.parent / "backups").iterdir() if p.name.startswith(".")] == []


def _damage_an_index(path: Path) -> None:
    """Overwrite the pages of the paragraphs' index: the file opens, quick_check fails."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'idx_paragraphs_item_id_position'"
    ).fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size + 8)
        handle.write(b"\xff" * 64)


def test_restoring_an_uncompressed_backup_of_an_earlier_version(store, db_path, demo_meeting):
    import_meeting(store, demo_meeting)
    saved = store.content_digest()
    folder = db_path.parent / "backups"
    folder.mkdir(mode=0o700)
    old = folder / "test-20261125-101010-000000-close.sqlite"
    copy = sqlite3.connect(old)
    store.conn.backup(copy)
    copy.close()
    store.delete_meeting(1)
    new = bk.create_backup(db_path, store.conn, "manual")
    assert bk.list_backups(db_path) == [
        new,
        bk.Backup(old, dt.datetime(2026, 11, 25, 10, 10, 10), "close"),
    ]
    bk.restore(db_path, old, store.conn)
    assert store.content_digest() == saved


def test_leftovers_are_removed_at_start(store, db_path, tmp_path, monkeypatch):
    import os
    import tempfile
    import time

    folder = db_path.parent / "backups"
    folder.mkdir()
    partial = folder / ".test-000003-20261125-101010-timer.sqlite.partial"
    journal = folder / ".test-000003-20261125-101010-timer.sqlite.partial-journal"
    packing = folder / ".test-000003-20261125-101010-timer.sqlite.gz.partial"
    unpacked = folder / ".entpackt-k2j4.sqlite"
    other_db = folder / ".test-2-000003-20261125-101010-timer.sqlite.partial"  # test-2.sqlite's
    for p in (partial, journal, packing, unpacked, other_db):
        p.write_bytes(b"halb")
    exports = tmp_path / "Protokollant"
    (exports / "Sitzung 21").mkdir(parents=True)
    old_tmp = exports / "Sitzung 21" / ".~2016-06-14_TOP_07.1-abc.tmp"
    fresh_tmp = exports / ".~Niederschrift-def.tmp"  # an export running right now
    kept = exports / "Niederschrift.docx"
    old_pending = exports / ".~2016-06-14_Niederschrift_21.4711.pending.docx"
    old_staging = exports / ".~protokollant-abc"  # all extracts, staged when it was killed
    old_staging.mkdir()
    (old_staging / "2016-06-14_TOP_07.1.docx").write_bytes(b"x")
    for p in (old_tmp, fresh_tmp, kept, old_pending):
        p.write_bytes(b"x")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    stale_demo = tmp_path / "tmp" / "protokollant-demo-abc123"
    stale_demo.mkdir()
    (stale_demo / "demo.sqlite").write_bytes(b"")
    running_demo = tmp_path / "tmp" / "protokollant-demo-running"
    running_demo.mkdir()
    pdf_work = tmp_path / "tmp" / "protokollant-pdf-k1ll3d"  # a conversion killed mid-way
    pdf_work.mkdir()
    (pdf_work / "niederschrift.pdf").write_bytes(b"%PDF nichtoeffentlich")
    from secretary_app.store.lock import acquire_writer_lock

    lock = acquire_writer_lock(running_demo / "demo.sqlite")
    hour_ago = time.time() - 2 * bk.STALE_SECONDS
    for p in (old_tmp, stale_demo, running_demo, old_pending, old_staging):
        os.utime(p, (hour_ago, hour_ago))
    try:
        removed = bk.remove_leftovers(db_path, [exports])
    finally:
        lock.release()
    assert set(removed) == {
        partial,
        journal,
        packing,
        unpacked,
        old_tmp,
        stale_demo,
        pdf_work,
        old_pending,
        old_staging,
    }
    assert fresh_tmp.exists() and kept.exists() and running_demo.exists() and other_db.exists()


def test_a_backup_cut_off_by_a_crash_is_cleaned_up_by_the_next(store, db_path):
    folder = db_path.parent / "backups"
    folder.mkdir()
    stale = folder / ".test-20261125-101010-000000-timer.sqlite.partial"
    stale.write_bytes(b"halb")
    other = folder / ".anderedb-20261125-101010-000000-timer.sqlite.partial"
    other.write_bytes(b"halb")
    bk.create_backup(db_path, store.conn, "open")
    assert not stale.exists()
    assert other.exists()  # another database's business
    assert [b.reason for b in bk.list_backups(db_path)] == ["open"]
    assert sorted(p.name for p in folder.iterdir()) == [
        ".anderedb-20261125-101010-000000-timer.sqlite.partial",
        bk.list_backups(db_path)[0].path.name,
    ]


def test_backing_up_a_missing_database_creates_nothing(tmp_path):
    missing = tmp_path / "fehlt.sqlite"
    with pytest.raises(StoreError, match="kann nicht gelesen werden"):
        bk.create_backup(missing, reason="manual")
    with pytest.raises(StoreError):
        bk.BackupKeeper(missing)
    assert not missing.exists()


def test_rotation_rule_holds_for_any_set_of_backups(tmp_path):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    now = dt.datetime(2026, 11, 25, 18, 0)
    offsets = st.lists(st.integers(min_value=0, max_value=60 * 24 * 60), unique=True, max_size=80)

    @settings(max_examples=200, deadline=None)
    @given(offsets)
    def check(minutes_ago):
        backups = [_fake(tmp_path, now - dt.timedelta(minutes=m)) for m in minutes_ago]
        kept, dropped = bk.backups_to_keep(backups, now)
        newest = sorted(backups, key=lambda b: b.created, reverse=True)
        assert set(newest[:20]) <= set(kept)
        for day in {b.created.date() for b in backups}:
            of_day = [b for b in newest if b.created.date() == day]
            if (now.date() - day).days < 30:
                assert of_day[0] in kept
        # nothing else survives: each kept one is among the newest 20 or its day's newest
        for b in kept:
            first_of_day = next(x for x in newest if x.created.date() == b.created.date())
            assert b in newest[:20] or (
                b is first_of_day and (now.date() - b.created.date()).days < 30
            )
        assert len(kept) + len(dropped) == len(backups)
        assert len(kept) <= 20 + 30

    check()


def test_the_suggested_restore_command_is_quoted_for_this_systems_terminal(
    tmp_path, demo_meeting, capsys
):
    """The hint's command, typed as shown (cmd.exe on Windows, a POSIX shell elsewhere), gives
    the program exactly the two paths, and running it restores the database."""
    from tests.cli_helpers import run_cli, split_command

    folder = tmp_path / "Ausschuss O'Neill & Co"
    folder.mkdir()
    db = folder / "rat 2016.sqlite"
    s = Store.open(db)
    import_meeting(s, demo_meeting)
    saved = s.content_digest()
    bk.create_backup(db, s.conn, "close")
    s.close()
    db.write_bytes(os.urandom(3 * 4096))
    with pytest.raises(StoreError) as caught:
        Store.open(db)
    command = str(caught.value).split("Wiederherstellen mit „")[1].split("“")[0]
    argv = split_command(command)
    assert argv[:3] == ["secretary-app", "--db", str(db)]
    assert argv[3] == "restore" and Path(argv[4]) == bk.latest_backup(db).path
    code, _, _ = run_cli(*argv[1:], capsys=capsys)
    assert code == 0
    again = Store.open(db)
    try:
        assert again.content_digest() == saved
    finally:
        again.close()


@pytest.mark.parametrize(
    "exe",
    [
        r"C:\Program Files\Protokollant\Protokollant.exe",
        r"C:\Users\Anna Müller\AppData\Local\Programs\Protokollant\Protokollant.exe",
        r"C:\Protokollant\Protokollant.exe",
    ],
)
def test_the_windows_bundles_restore_hint_names_its_console_program(monkeypatch, exe):
    """The Windows install has no `secretary-app`, and nothing of it is on PATH: the hint names
    protokollant-cli.exe beside the window program, in double quotes that cmd.exe and
    PowerShell both read (PowerShell wants „& “ before a quoted program: the hint says so)."""
    import sys

    from secretary_app import paths

    really_windows = sys.platform == "win32"
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", exe)
    db = r"C:\Users\Anna Müller\Ausschuss O'Neill & Co\rat 2016.sqlite"
    hint = paths.command_hint("--db", db, "restore", db + ".bak")
    cli = exe.replace("Protokollant.exe", "protokollant-cli.exe")
    quoted = f'"{cli}"' if " " in cli else cli
    assert hint.startswith(f'„{quoted} --db "{db}" restore "{db}.bak"“')
    assert hint.endswith("(in der PowerShell mit „& “ davor)") == (" " in cli)
    if really_windows:  # (the Windows lane runs this under Wine)
        from tests.cli_helpers import split_command

        line = hint[1:].split("“")[0]
        assert split_command(line) == [cli, "--db", db, "restore", db + ".bak"]


def test_two_backups_at_once_in_one_program_both_succeed(store, db_path, demo_meeting):
    """The scheduler's worker and an operation (a backup before deleting) may start together."""
    import threading

    import_meeting(store, demo_meeting)
    errors: list[BaseException] = []
    made: list[bk.Backup] = []

    def one(reason: str) -> None:
        try:
            made.append(bk.create_backup(db_path, reason=reason))
        except BaseException as exc:  # reported below; a thread must not swallow it
            errors.append(exc)

    threads = [threading.Thread(target=one, args=(r,)) for r in ("open", "change") * 3]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len({b.sequence for b in made}) == 6
    assert all(b.path.exists() for b in made)
