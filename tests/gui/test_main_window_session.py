"""A whole session driven by the keyboard, like the secretary: nothing typed may be lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from secretary_app.session import Operations
from secretary_app.store import Store
from secretary_app.ui import messages
from secretary_app.ui.main_window import MainWindow
from secretary_app.ui.panes import minutes_document as md
from tests.typing_helper import type_text

from .window_fixtures import in_modal, key, prepare_store

# The offscreen platform cannot raise a popup or grab the keyboard for it (the completion list)
pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard"),
]

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def open_window(qtbot, store: Store) -> MainWindow:
    window = MainWindow(Operations(store), open_results=False)
    qtbot.addWidget(window)
    window.open_start_meeting()
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    return window


def activate(qtbot, window: QWidget) -> None:
    """After a modal dialog the offscreen platform leaves no window active; a desktop would."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def fill_item_dialog(number: str, title: str, paper: str) -> list[str]:
    def fill(dialog: QWidget) -> None:
        fields = {w.objectName(): w for w in dialog.findChildren(QLineEdit)}
        fields["number"].selectAll()
        type_text(fields["number"], number)
        fields["title"].selectAll()
        type_text(fields["title"], title)
        type_text(fields["paper"], paper)
        key(fields["paper"], Qt.Key.Key_Return)

    return in_modal(fill)


def block_texts(window: MainWindow) -> list[tuple[str, str]]:
    doc = window.editor.document()
    out = []
    block = doc.firstBlock()
    while block.isValid():
        out.append((md.block_kind(block), block.text()))
        block = block.next()
    return out


def test_a_session_typed_by_keyboard_survives_close_and_exports(
    qtbot, db_path, tmp_path, monkeypatch
):
    out = tmp_path / "ausgabe"
    store = Store.open(db_path)
    prepare_store(store, out)
    window = open_window(qtbot, store)
    editor = window.editor

    # create a meeting: Ctrl+N, the dialog's suggestions are fine, Enter
    errors = in_modal(lambda d: key(d.focusWidget() or d, Qt.Key.Key_Return))
    key(window, Qt.Key.Key_N, CTRL)
    assert not errors
    qtbot.waitUntil(lambda: window.meeting is not None)
    activate(qtbot, window)
    meeting_id = window.meeting.id
    assert window.meeting.number == 1
    assert "1. Sitzung" in window.windowTitle()

    # two items, each with Ctrl+Shift+N and the item dialog
    errors = fill_item_dialog("1", "Soziale Arbeit mit Flüchtlingen", "15/SVV/0743")
    key(window, Qt.Key.Key_N, CTRL | SHIFT)
    activate(qtbot, window)
    errors += fill_item_dialog("2", "Seniorenbeirat", "")
    key(window, Qt.Key.Key_N, CTRL | SHIFT)
    activate(qtbot, window)
    assert not errors
    assert [i.title for i in window.meeting.agenda] == [
        "Soziale Arbeit mit Flüchtlingen",
        "Seniorenbeirat",
    ]
    # the new item is current and the editor has the keyboard
    assert window.current.title == "Seniorenbeirat"
    key(window, Qt.Key.Key_PageUp, CTRL)
    assert window.current.title == "Soziale Arbeit mit Flüchtlingen"
    editor.setFocus()

    # Frau Grasnik comes late: mark her absent first (as the panel would), then her arrival
    window.meeting_commands.set_attendance(
        type(window.meeting.attendance[0])(member="grasnik", present=False)
    )
    assert "4 von 5" in window.quorum_label.text()

    # speaker completion: "Schu" + Tab gives "Frau Schulze "
    type_text(editor, "Schu")
    assert editor.speaker_popup_visible()
    key(editor, Qt.Key.Key_Tab)
    type_text(editor, "erklärt, dass der Antrag „Integration vor Ort“ überarbeitet wurde.\n")
    # an absent member is not offered
    type_text(editor, "Gras")
    assert not editor.speaker_popup_visible()
    type_text(editor, "hüpfer sind grün.\n")
    # a paragraph toggled to motion wording
    type_text(editor, "Der Oberbürgermeister wird beauftragt, Hilfsangebote zu erarbeiten.")
    key(editor, Qt.Key.Key_T, CTRL)
    assert editor.current_kind() == "motion"
    key(editor, Qt.Key.Key_Return)
    type_text(editor, "Kr")
    key(editor, Qt.Key.Key_Tab)  # Tab accepts the completion (Return is a new paragraph)
    type_text(editor, "beantragt, den zweiten Absatz zu streichen.")

    # an amendment vote in the middle: label, 3 yes, 1 no, record
    tally = window.tally
    tally.label_edit.setFocus()
    type_text(tally.label_edit, "zum Änderungsantrag von Herrn Dr. Krüger")
    for _ in range(3):
        key(window, Qt.Key.Key_J, ALT)
    key(window, Qt.Key.Key_N, ALT)
    key(window, Qt.Key.Key_Return, CTRL)
    assert editor.hasFocus()
    type_text(editor, "Der Änderungsantrag ist angenommen.")

    # the late arrival: F7 to the attendance list, select her, F9
    window.attendance.select_member("grasnik")
    key(window, Qt.Key.Key_F9)
    assert window.meeting.attendance_of("grasnik").arrived
    assert "5 von 5" in window.quorum_label.text()

    # the final vote at the end: einstimmig (all five present), record
    editor.setFocus()
    key(window, Qt.Key.Key_I, ALT)
    key(window, Qt.Key.Key_Return, CTRL)
    assert window.current.outcome == "geändert beschlossen"

    kinds = [k for k, _ in block_texts(window)]
    texts = [t for _, t in block_texts(window)]
    assert texts[0].startswith("Frau Schulze erklärt, dass der Antrag „Integration vor Ort“")
    assert kinds[2] == "motion"
    assert texts[3].startswith("Herr Dr. Krüger beantragt")
    assert kinds[4] == "vote" and kinds[5] == "text"
    assert texts[5] == "Der Änderungsantrag ist angenommen."
    assert kinds[6] == "vote"

    # the second item, then back: its own minutes
    key(window, Qt.Key.Key_PageDown, CTRL)
    assert window.current.title == "Seniorenbeirat"
    editor.setFocus()
    type_text(editor, "Frau Müller-Preinesberger berichtet über die Wahl des Beirats.")
    key(window, Qt.Key.Key_PageUp, CTRL)
    assert block_texts(window)[0][1].startswith("Frau Schulze erklärt")

    # close: everything written without a save command
    window.close()
    store.close()

    again = Store.open(db_path)
    reopened = open_window(qtbot, again)
    m = reopened.meeting
    assert m.id == meeting_id
    first, second = m.agenda
    assert first.outcome == "geändert beschlossen"
    assert [p.kind for p in first.minutes] == [
        "text",
        "text",
        "motion",
        "text",
        "vote",
        "text",
        "vote",
    ]
    assert first.minutes[0].speaker == "schulze"
    amendment, final = first.votes
    assert (amendment.yes, amendment.no, amendment.label) == (
        3,
        1,
        "zum Änderungsantrag von Herrn Dr. Krüger",
    )
    assert (final.yes, final.no, final.abstain, final.label) == (5, 0, 0, "")
    assert second.minutes[0].text.startswith("Frau Müller-Preinesberger berichtet")
    assert m.attendance_of("grasnik").present and m.attendance_of("grasnik").arrived
    # the editor shows it again, kinds and all
    assert reopened.current.id == first.id
    assert [k for k, _ in block_texts(reopened)] == [p.kind for p in first.minutes]

    # export the extract of the current item (Ctrl+Shift+E) and read it back
    monkeypatch.setattr(messages, "error", lambda *a, **k: pytest.fail(f"error shown: {a}"))
    key(reopened, Qt.Key.Key_E, CTRL | SHIFT)
    assert reopened.export_commands.last_export and reopened.export_commands.last_export[0].exists()
    docx = pytest.importorskip("docx")
    text = [p.text for p in docx.Document(str(reopened.export_commands.last_export[0])).paragraphs]
    joined = "\n".join(text)
    assert "Protokollauszug" in joined
    assert "Frau Schulze erklärt, dass der Antrag „Integration vor Ort“ überarbeitet wurde." in text
    assert "Der Oberbürgermeister wird beauftragt, Hilfsangebote zu erarbeiten." in text
    assert "zum Änderungsantrag von Herrn Dr. Krüger" in joined
    assert "geändert beschlossen" in joined
    assert "Seniorenbeirat" not in joined
    reopened.close()
    again.close()
    assert isinstance(out, Path)
