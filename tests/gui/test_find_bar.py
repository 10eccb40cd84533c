"""Ctrl+F in the current item, Ctrl+Shift+S across the meeting, Ctrl+H replaces in one step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.typing_helper import type_text

from .session_window import stored_texts
from .window_fixtures import key

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard"),
]

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _type_in_items(window, texts: list[str]) -> None:
    for row, text in enumerate(texts):
        window.agenda.select_row(row)
        window.editor.setFocus()
        type_text(window.editor, text)
    window.agenda.select_row(0)
    window.editor.setFocus()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.Start)


def test_ctrl_f_finds_in_the_current_item_and_wraps(typing_window):
    window = typing_window
    _type_in_items(window, ["Der Kita-Ausbau.\nNoch einmal Kita.", "Kita im zweiten TOP", ""])
    key(window, Qt.Key.Key_F, CTRL)
    bar = window.find_bar
    assert bar.isVisible() and bar.find_edit.hasFocus()
    type_text(bar.find_edit, "kita\n")  # Return finds; case does not matter
    cursor = window.editor.textCursor()
    assert (cursor.selectedText(), cursor.blockNumber()) == ("Kita", 0)
    key(bar.find_edit, Qt.Key.Key_F3)
    assert window.editor.textCursor().blockNumber() == 1
    key(bar.find_edit, Qt.Key.Key_F3)  # not across items: back to the first in this one
    assert window.current.number == "1"
    assert window.editor.textCursor().blockNumber() == 0
    key(bar.find_edit, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.editor.hasFocus()


def test_whole_meeting_jumps_to_the_next_item_with_a_match(typing_window):
    window = typing_window
    _type_in_items(window, ["Kita hier.", "Nichts davon.", "Die Kita dort."])
    key(window, Qt.Key.Key_S, CTRL | SHIFT)  # in the whole meeting
    bar = window.find_bar
    assert bar.whole_meeting.isChecked()
    type_text(bar.find_edit, "Kita\n")
    assert window.current.number == "1"
    key(bar.find_edit, Qt.Key.Key_F3)
    assert window.current.number == "3"  # item 2 has none
    assert window.editor.textCursor().selectedText() == "Kita"
    key(bar.find_edit, Qt.Key.Key_F3, SHIFT)  # backwards: to item 1 again
    assert window.current.number == "1"


def test_ctrl_h_replaces_all_with_a_count_in_one_undo_step(typing_window, qtbot):
    window = typing_window
    _type_in_items(
        window, ["Herr Meier sagt ja.\nHerr Meier sagt nein. Meier!", "Meier bleibt", ""]
    )
    key(window, Qt.Key.Key_H, CTRL)
    bar = window.find_bar
    assert bar.replace_edit.isVisible()
    type_text(bar.find_edit, "Meier")
    type_text(bar.replace_edit, "Maier")
    bar.replace_all_button.click()
    assert bar.status.text() == "3 ersetzt"
    want = ["Herr Maier sagt ja.", "Herr Maier sagt nein. Maier!"]
    qtbot.waitUntil(lambda: stored_texts(window, 0) == want, timeout=3000)
    assert stored_texts(window, 1) == ["Meier bleibt"]  # only the current item
    window.editor.setFocus()
    key(window.editor, Qt.Key.Key_Z, CTRL)
    assert window.editor.toPlainText() == "Herr Meier sagt ja.\nHerr Meier sagt nein. Meier!"
