"""„Sicherung wiederherstellen …“: the list of backups, choosing one, and the restore itself."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from secretary_app.store import backup as bk
from secretary_app.store.meetings import import_meeting
from secretary_app.ui.dialogs.restore_dialog import RestoreDialog


@pytest.fixture
def dialog_for(qtbot):
    def make(db_path):
        dialog = RestoreDialog(db_path)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def test_without_backups_the_dialog_says_so_and_cannot_restore(dialog_for, store, db_path):
    dialog = dialog_for(db_path)
    assert dialog.empty.isVisible()
    assert "Es gibt noch keine Sicherung" in dialog.empty.text()
    assert not dialog.restore_button.isEnabled()
    assert dialog.chosen() is None


def test_backups_are_listed_newest_first_and_the_keyboard_chooses(
    qtbot, dialog_for, store, db_path, demo_meeting
):
    import_meeting(store, demo_meeting)
    opened = bk.create_backup(db_path, store.conn, "open")
    timed = bk.create_backup(db_path, store.conn, "timer")
    dialog = dialog_for(db_path)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert len(texts) == 2
    assert "automatisch (alle 10 Minuten)" in texts[0]
    assert "beim Öffnen einer Sitzung" in texts[1]
    assert dialog.chosen() == timed.path
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    assert dialog.chosen() == opened.path
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)


@pytest.fixture
def damaged(db_path, demo_meeting):
    """A database with one backup whose file has since been overwritten with garbage."""
    from secretary_app.store import Store

    s = Store.open(db_path)
    import_meeting(s, demo_meeting)
    saved = s.content_digest()
    bk.create_backup(db_path, s.conn, "close")
    s.close()
    for side in ("-wal", "-shm"):
        db_path.with_name(db_path.name + side).unlink(missing_ok=True)
    db_path.write_bytes(b"\x13garbage" * 2000)
    return saved


def _start_args(db_path):
    import argparse

    return argparse.Namespace(db=str(db_path))


def test_damaged_database_at_start_offers_its_latest_backup(qapp, db_path, damaged, monkeypatch):
    from secretary_app import app
    from secretary_app.ui import messages

    asked: list[str] = []
    monkeypatch.setattr(app, "_headless", lambda: False)

    def say_yes(parent: object, text: str, title: str | None = None) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(messages, "confirm", say_yes)
    ops = app._open_or_offer_backup(_start_args(db_path))
    try:
        assert ops.store.content_digest() == damaged
    finally:
        ops.close()
    assert "keine lesbare Protokollant-Datenbank" in asked[0]
    assert "Jetzt die letzte Sicherung vom" in asked[0]
    assert any(p.suffix == ".damaged" for p in (db_path.parent / "backups").iterdir())


def test_declining_the_offer_changes_nothing(qapp, db_path, damaged, monkeypatch, capsys):
    from secretary_app import app
    from secretary_app.ui import messages

    before = db_path.read_bytes()
    monkeypatch.setattr(app, "_headless", lambda: False)
    monkeypatch.setattr(messages, "confirm", lambda parent, text, title=None: False)
    assert app._open_or_offer_backup(_start_args(db_path)) is None
    assert db_path.read_bytes() == before
    assert "keine lesbare Protokollant-Datenbank" in capsys.readouterr().err


def test_without_a_screen_the_damaged_database_is_only_reported(qapp, db_path, damaged):
    from secretary_app import app
    from secretary_app.store import CorruptDatabaseError

    with pytest.raises(CorruptDatabaseError, match="restore"):
        app._open_or_offer_backup(_start_args(db_path))
