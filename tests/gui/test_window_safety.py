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
