"""The window's safety nets: backups on open/close, restoring one, one window per database,
a full disk while typing, and the audit trail after an export."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QApplication

from secretary_app.session import Operations
from secretary_app.store import DiskFullError, Store
from secretary_app.store import backup as bk
from secretary_app.store.lock import WriterLock
from secretary_app.store.meetings import import_meeting
from secretary_app.ui import autosave
from secretary_app.ui.dialogs.restore_dialog import RestoreDialog
from secretary_app.ui.main_window import MainWindow
from secretary_app.ui.panes import minutes_document as md
from tests.cli_helpers import another_name
from tests.typing_helper import type_text

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard"),
]


@pytest.fixture(autouse=True)
def _no_modal_dialogs(monkeypatch):
    """A question left open (e.g. on closing with unsaved text) must fail a test, not hang it."""
    from secretary_app.ui import messages

    asked: list[str] = []

    def say_yes(parent: object, text: str, title: str | None = None) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(messages, "confirm", say_yes)
    monkeypatch.setattr(messages, "error", lambda parent, text, title=None: asked.append(text))
    return asked


def open_window(qtbot, store: Store) -> MainWindow:
    window = MainWindow(Operations(store), open_results=False)
    qtbot.addWidget(window)
    window.open_start_meeting()
    window.show()
    qtbot.waitExposed(window)
    return window


def stored_minutes(db_path, meeting_id) -> list[str]:
    s = Store.open(db_path)
    try:
        return [p.text for p in s.load_meeting(meeting_id).agenda[0].minutes]
    finally:
        s.close()


def editor_texts(window: MainWindow) -> list[str]:
    doc = window.editor.document()
    return [doc.findBlockByNumber(i).text() for i in range(doc.blockCount())]


def test_opening_and_closing_a_meeting_make_backups(qtbot, store, db_path, demo_meeting):
    import_meeting(store, demo_meeting)
    window = open_window(qtbot, store)
    window.backups.wait()
    assert [b.reason for b in bk.list_backups(db_path)] == ["open"]
    assert window.backups.timer.isActive()
    assert window.backups.timer.interval() == 10 * 60 * 1000
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    type_text(window.editor, " Nachtrag.")
    window.close()
    backups = bk.list_backups(db_path)
    assert [b.reason for b in backups] == ["close", "open"]
    with bk.opened_backup(backups[0].path) as plain:
        copy = Store.open(plain)
        try:
            assert copy.load_meeting(1).agenda[0].minutes[-1].text.endswith("Nachtrag.")
        finally:
            copy.close()


def test_restore_from_the_menu_brings_back_the_backed_up_minutes(
    qtbot, store, db_path, demo_meeting, monkeypatch
):
    meeting_id = import_meeting(store, demo_meeting)
    window = open_window(qtbot, store)
    window.backups.wait()
    opened = bk.list_backups(db_path)[0]
    before = stored_minutes(db_path, meeting_id)
    window.editor.selectAll()
    type_text(window.editor, "Alles versehentlich überschrieben.")
    assert window.autosaver.flush_and_wait()
    assert stored_minutes(db_path, meeting_id) == ["Alles versehentlich überschrieben."]

    monkeypatch.setattr(RestoreDialog, "ask", classmethod(lambda cls, path, parent: opened.path))
    action = window.actions_by_name["restore_backup"]
    assert action.text() == "Sicherung &wiederherstellen …"
    assert action in window.menuBar().actions()[0].menu().actions()  # type: ignore[attr-defined]  # menu() is typed QObject
    action.trigger()

    assert stored_minutes(db_path, meeting_id) == before
    assert [p.text for _, p in md.snapshot(window.editor.document())] == before
    reasons = [b.reason for b in bk.list_backups(db_path)]
    assert "restore" in reasons  # the overwritten state can be brought back in turn
    window.close()


def test_a_second_window_on_the_same_database_is_refused(qapp, db_path, capsys):
    from secretary_app.cli import main

    Store.open(db_path).close()
    with WriterLock(db_path):
        code = main(["--db", str(db_path)])
    assert code == 1
    err = capsys.readouterr().err
    assert "bereits in einem anderen Protokollant-Fenster geöffnet" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("kind", ["symlink", "hardlink"])
def test_a_second_window_through_another_name_is_refused(qapp, db_path, tmp_path, capsys, kind):
    from secretary_app.cli import main

    Store.open(db_path).close()
    alias = another_name(db_path, kind)
    for first, second in ((db_path, alias), (alias, db_path)):
        with WriterLock(first):  # what the first window holds (app.py _lock_database)
            code = main(["--db", str(second)])
        assert code == 1
        err = capsys.readouterr().err
        assert "bereits in einem anderen Protokollant-Fenster geöffnet" in err
        assert f"unter dem Namen „{first}“" in err
        assert "Traceback" not in err


def test_a_window_on_a_schema_that_is_not_utf8_is_refused_naming_the_backup(
    qapp, db_path, demo_meeting, capsys
):
    from secretary_app.cli import main
    from tests.store.test_damage import damage_schema, with_backup

    _, backup = with_backup(db_path, demo_meeting)
    damage_schema(db_path)
    assert main(["--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert "ist beschädigt" in err and str(backup) in err and "restore" in err
    assert "Interner Fehler" not in err and "Traceback" not in err


def test_damaged_pages_are_named_at_start_and_nothing_is_written(
    qtbot, db_path, demo_meeting, _no_modal_dialogs
):
    from tests.store.test_damage import damage_pages, with_backup

    meeting_id, backup = with_backup(db_path, demo_meeting)
    damage_pages(db_path, "followups")  # a table the window does not read on opening
    store = Store.open(db_path)
    window = open_window(qtbot, store)
    with qtbot.waitSignal(window.backups.damaged, timeout=10000):
        window.backups.wait()
    qtbot.waitUntil(lambda: any("ist beschädigt" in m for m in _no_modal_dialogs))
    assert all(str(backup) in m and "restore" in m for m in _no_modal_dialogs)
    from secretary_app.store import StoreError

    with pytest.raises(StoreError, match="beschädigt"):  # the window's own writes
        window.ops.store.record_export(meeting_id, "Test")
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    type_text(window.editor, " Nachtrag.")
    window.autosaver.flush_and_wait()  # the writer thread checks before it writes
    assert "Nicht gespeichert" in window.status_line.save_label.text()
    assert "beschädigt" in window.statusBar().currentMessage()
    window.close()
    store.close()
    assert "Nachtrag" not in " ".join(stored_minutes(db_path, meeting_id))


def test_export_is_recorded_and_later_typing_audited(qtbot, store, db_path, demo_meeting, tmp_path):
    from secretary_app.settings import Settings

    meeting_id = import_meeting(store, demo_meeting)
    settings = Settings.load(store)
    settings.output_dir = str(tmp_path / "out")
    settings.save(store)
    window = open_window(qtbot, store)
    window.export_commands.export_minutes(public=True)
    assert [a["action"] for a in store.audit(meeting_id)] == ["export"]
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    type_text(window.editor, " Nach dem Export ergänzt.")
    assert window.autosaver.flush_and_wait()
    trail = store.audit(meeting_id)
    assert trail[-1]["action"] == "paragraph-added"  # the last paragraph is a vote: a new one
    assert trail[-1]["new"].endswith("Nach dem Export ergänzt.")
    window.close()


# -- disk full while typing -------------------------------------------------------------------


def _status(window: MainWindow) -> str:
    """What the status bar tells: the save label (and its tooltip) and the message area."""
    label = window.save_label
    return " ".join((label.text(), label.toolTip(), window.statusBar().currentMessage()))


def _wait_status(qtbot, window: MainWindow, text: str) -> None:
    qtbot.waitUntil(lambda: text in _status(window), timeout=15000)


def _wait_saved(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.save_label.text().startswith("Gespeichert"), timeout=15000)


def test_disk_full_keeps_the_text_says_so_and_saves_when_space_returns_injected(
    qtbot, store, db_path, demo_meeting, monkeypatch
):
    """The write fails as SQLite fails on a full disk (the store's own translation is tested
    with real full filesystems in tests/store/test_faults.py)."""
    meeting_id = import_meeting(store, demo_meeting)
    monkeypatch.setattr(autosave, "RETRY_MS", 200)
    real_save = Store.save_paragraphs
    disk = {"full": True}

    def save(self, item_id, paragraphs):
        if disk["full"]:
            raise DiskFullError(
                "Der Datenträger ist voll – die Änderung konnte nicht gespeichert werden."
            )
        return real_save(self, item_id, paragraphs)

    monkeypatch.setattr(Store, "save_paragraphs", save)
    window = open_window(qtbot, store)
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    type_text(window.editor, " Wichtiger Satz.")
    _wait_status(qtbot, window, "Datenträger ist voll")
    assert "Neuer Versuch" in _status(window)
    assert editor_texts(window)[-1].endswith("Wichtiger Satz.")
    disk["full"] = False
    _wait_saved(qtbot, window)
    assert stored_minutes(db_path, meeting_id)[-1].endswith("Wichtiger Satz.")
    window.close()


def test_disk_full_on_a_real_small_filesystem_while_typing(
    qtbot, small_filesystem, demo_meeting, monkeypatch
):
    monkeypatch.setattr(autosave, "RETRY_MS", 200)
    db = small_filesystem / "p.sqlite"
    store = Store.open(db)
    meeting_id = import_meeting(store, demo_meeting)
    window = open_window(qtbot, store)
    try:
        window.backups.wait()
        for p in (small_filesystem / "backups").iterdir():  # room for the test, not for backups
            p.unlink()
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        filler = small_filesystem / "filler"
        fd = os.open(filler, os.O_CREAT | os.O_WRONLY, 0o600)
        try:
            while True:
                os.write(fd, b"\0" * 4096)
        except OSError:
            pass
        finally:
            os.close(fd)
        window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
        long_text = " Ein Beitrag zur Sache, während die Platte voll ist."
        type_text(window.editor, long_text)
        _wait_status(qtbot, window, "Datenträger ist voll")
        assert editor_texts(window)[-1].endswith(long_text.strip()[-40:])
        filler.unlink()
        _wait_saved(qtbot, window)
        assert stored_minutes(db, meeting_id)[-1].endswith(long_text.strip()[-40:])
    finally:
        window.close()
        QApplication.processEvents()
        store.close()


@pytest.mark.parametrize("length", [100_000, 1_000_000])
def test_a_stored_title_of_any_length_leaves_the_window_at_its_size(
    qtbot, store, demo_meeting, length
):
    """An old database may hold such a title (no reader takes it now): the window shows what
    fits and stays as wide as without it."""
    import copy

    normal_id = import_meeting(store, copy.deepcopy(demo_meeting))
    demo_meeting.number += 1
    demo_meeting.agenda[0].title = "Xx" * (length // 2)  # nothing to wrap at
    demo_meeting.agenda[0].number = "7" * 5000
    long_id = import_meeting(store, demo_meeting)
    window = open_window(qtbot, store)
    assert window.open_meeting(normal_id)
    normal = window.minimumSizeHint().width(), window.width()
    assert window.open_meeting(long_id)
    qtbot.wait(50)
    assert (window.minimumSizeHint().width(), window.width()) == normal
    assert len(window.item_header.text()) < 400
    assert len(window.windowTitle()) < 200
    model = window.agenda.model
    index = model.index(0, 0)
    from secretary_app.ui.qt_namespace import Qt

    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
        assert len(str(model.data(index, role))) < 600
    window.close()


def test_an_emptied_database_with_backups_is_offered_its_latest_backup(
    qapp, db_path, demo_meeting, monkeypatch
):
    from secretary_app import app
    from secretary_app.ui.dialogs import restore_dialog
    from tests.store.test_damage import with_backup

    meeting_id, backup = with_backup(db_path, demo_meeting)
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    db_path.write_bytes(b"")
    offered: list[str] = []

    def offer(parent, path, message):
        offered.append(message)
        bk.restore(path, backup)  # she says yes
        return True

    monkeypatch.setattr(app, "_headless", lambda: False)
    monkeypatch.setattr(restore_dialog, "offer_latest_backup", offer)
    import argparse

    opened = app._open_or_offer_backup(argparse.Namespace(db=str(db_path)))
    assert offered and "leer (0 Bytes)" in offered[0] and str(backup) in offered[0]
    assert opened is not None
    try:
        assert opened.store.load_meeting(meeting_id).title
    finally:
        opened.close()
