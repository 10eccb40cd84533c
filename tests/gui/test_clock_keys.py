"""The meeting clock by keyboard: a planned begin is no begin, ending asks, no key beside Strg+Q."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QToolButton

from secretary_app.ui.dialogs.new_meeting_dialog import NewMeetingDialog

from .window_fixtures import in_modal, key

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard"),
]

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def stored(window):
    return window.ops.store.load_meeting(window.meeting.id)


def begin(window, qtbot, monkeypatch, at: str = "17:04") -> None:
    monkeypatch.setattr(window.meeting_bar, "_clock", lambda: at)
    key(window, Qt.Key.Key_B, CTRL_SHIFT)  # Sitzung beginnen
    assert stored(window).start == at


def test_the_begin_time_of_a_new_meeting_is_a_plan(typing_window, qtbot, monkeypatch):
    window = typing_window
    dialog = NewMeetingDialog(window.ops, window)
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(QDate(2026, 12, 9))
    dialog.start_edit.setTime(dialog.start_edit.time().fromString("17:00", "HH:mm"))
    dialog.number_spin.setValue(5)
    dialog.create_meeting()
    assert dialog.meeting_id is not None
    window.open_meeting(dialog.meeting_id)
    bar = window.meeting_bar
    assert bar.clock_text() == "nicht begonnen (geplant 17:00)"
    assert bar.start_action.isEnabled()  # she begins it on the day
    begin(window, qtbot, monkeypatch, "17:06")
    assert stored(window).start == "17:06"
    assert bar.clock_text() == "Beginn 17:06"


def test_ending_is_asked_and_no_key_beside_ctrl_q_ends_it(typing_window, qtbot, monkeypatch):
    window = typing_window
    begin(window, qtbot, monkeypatch)
    keys = window.meeting_bar.end_action.shortcut().toString()
    assert keys == "Ctrl+Shift+X"
    key(window, Qt.Key.Key_Q, CTRL_SHIFT)  # beside Strg+Q: nothing
    assert stored(window).end is None
    asked = in_modal(lambda box: QTest.keyClick(box, Qt.Key.Key_Escape))
    key(window, Qt.Key.Key_X, CTRL_SHIFT)
    assert asked == []
    assert stored(window).end is None  # "Nein": it goes on
    assert window.meeting_bar.pause_action.isEnabled()

    def yes(box):
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    in_modal(yes)
    key(window, Qt.Key.Key_X, CTRL_SHIFT)
    assert stored(window).end == "17:04"


def test_shift_tab_and_space_from_the_count_end_nothing(typing_window, qtbot, monkeypatch):
    window = typing_window
    begin(window, qtbot, monkeypatch)
    key(window, Qt.Key.Key_F8)  # the Zustimmung number
    end_button = next(
        b
        for b in window.meeting_bar.findChildren(QToolButton)
        if b.defaultAction() is window.meeting_bar.end_action
    )
    for _ in range(12):  # back through the chain to the clock's button
        if QApplication.focusWidget() is end_button:
            break
        focused = QApplication.focusWidget()
        assert focused is not None
        key(focused, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is end_button and end_button is not None
    answered: list[str] = []

    def stray_space(box):
        # her next Space goes to the question's focused button: the default, "Nein"
        focused = box.focusWidget()
        answered.append("Nein" if focused is box.button(QMessageBox.StandardButton.No) else "?")
        assert focused is not None
        QTest.keyClick(focused, Qt.Key.Key_Space)

    questions = in_modal(stray_space)
    QTest.keyClick(end_button, Qt.Key.Key_Space)  # one stray Space: a question, "Nein" first
    assert questions == []
    assert answered == ["Nein"]
    assert stored(window).end is None
