"""„Sicherung wiederherstellen …“: the list of backups, choosing one, and the restore itself."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from secretary_app.domain.model import Paragraph
from secretary_app.store import backup as bk
from secretary_app.store.meetings import import_meeting
from secretary_app.ui.restore_dialog import RestoreDialog, restore_into


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


def test_restore_into_the_open_store_brings_back_the_chosen_state(store, db_path, demo_meeting):
    meeting_id = import_meeting(store, demo_meeting)
    saved = store.content_digest()
    b = bk.create_backup(db_path, store.conn, "open")
    item = store.load_meeting(meeting_id).agenda[0]
    store.save_paragraphs(item.id, [Paragraph(text="Versehentlich alles gelöscht.")])
    result = restore_into(store, b.path)
    assert store.content_digest() == saved
    assert result.safety_copy in [x.path for x in bk.list_backups(db_path)]
