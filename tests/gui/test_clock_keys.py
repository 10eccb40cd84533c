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


def test_an_end_by_mistake_is_taken_back_with_the_same_keys(typing_window, qtbot, monkeypatch):
    window = typing_window
    begin(window, qtbot, monkeypatch)
    bar = window.meeting_bar

    def yes(box):
        box.button(QMessageBox.StandardButton.Yes).click()

    asked = in_modal(yes)
    monkeypatch.setattr(bar, "_clock", lambda: "17:40")
    key(window, Qt.Key.Key_X, CTRL_SHIFT)
    assert asked == [] and stored(window).end == "17:40"
    # the status bar says how to take it back, and the menu offers it where ending was
    assert window.statusBar().currentMessage() == (
        "Sitzung beendet. Versehen? Strg+Umschalt+X nimmt das Ende zurück."
    )
    assert bar.end_action.isEnabled() and bar.end_action.text() == "&Ende zurücknehmen"
    assert not bar.pause_action.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    key(window, Qt.Key.Key_X, CTRL_SHIFT)  # no question: taking back loses nothing
    assert stored(window).end is None and stored(window).start == "17:04"
    assert bar.clock_text() == "Beginn 17:04"
    assert bar.pause_action.isEnabled() and bar.end_action.text() == "Sitzung b&eenden …"
    assert "läuft weiter" in window.statusBar().currentMessage()


def test_times_pressed_late_are_corrected_through_the_menu(typing_window, qtbot, monkeypatch):
    """Alt+Z, then Z: the begin she pressed at 17:04 is 17:00, an interruption is added; a
    wrong order is said in the dialog, which keeps what she typed."""
    from secretary_app.ui.dialogs.times_dialog import TimesDialog

    from ..typing_helper import type_text

    window = typing_window
    begin(window, qtbot, monkeypatch)  # pressed at 17:04
    seen: dict[str, str] = {}

    def correct(dialog):
        assert isinstance(dialog, TimesDialog)
        assert dialog.focusWidget() is dialog.start_edit and dialog.start_edit.text() == "17:04"
        type_text(dialog.start_edit, "17:00")  # the begin was selected: typing replaces it
        dialog.pauses_edit.setFocus()
        type_text(dialog.pauses_edit, "18:25–18:10")
        QTest.keyClick(dialog.end_edit, Qt.Key.Key_Return)  # OK
        seen["error"] = dialog.error.text() if dialog.error.isVisible() else ""
        dialog.pauses_edit.selectAll()
        type_text(dialog.pauses_edit, "18:10–18:25, Beratung der Fraktionen")
        QTest.keyClick(dialog.end_edit, Qt.Key.Key_Return)

    errors = in_modal(correct)
    key(window, Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    menu = QApplication.activePopupWidget()
    assert menu is not None
    key(menu, Qt.Key.Key_Z)
    assert errors == []
    assert seen["error"] == "Die Unterbrechung 18:25–18:10 endet vor ihrem Anfang."
    meeting = stored(window)
    assert meeting.start == "17:00" and meeting.end is None
    assert [(i.start, i.until, i.note) for i in meeting.interruptions] == [
        ("18:10", "18:25", "Beratung der Fraktionen")
    ]
    assert window.meeting_bar.clock_text() == "Beginn 17:00 · Unterbrechung 18:10–18:25"
    assert window.statusBar().currentMessage() == "Sitzungszeiten gespeichert."


def test_no_tab_from_the_count_or_the_minutes_reaches_the_clock(typing_window, qtbot, monkeypatch):
    """Shift+Tab from the yes count, Tab and Ctrl+Tab from the minutes: the keyboard never
    lands on a clock button, where one stray Space would interrupt or end the session."""
    window = typing_window
    begin(window, qtbot, monkeypatch)
    clock_buttons = [
        b for b in window.meeting_bar.findChildren(QToolButton) if b.defaultAction() is not None
    ]
    assert len(clock_buttons) == 3
    key(window, Qt.Key.Key_F8)  # the Zustimmung number
    reached = []
    for _ in range(40):  # round the whole chain, backwards
        focused = QApplication.focusWidget()
        assert focused is not None
        reached.append(focused)
        key(focused, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert not set(reached) & set(clock_buttons)
    window.editor.setFocus()
    for modifier in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier):
        key(window.editor, Qt.Key.Key_Tab, modifier)
        assert QApplication.focusWidget() not in clock_buttons
        focused = QApplication.focusWidget()
        assert focused is not None
        QTest.keyClick(focused, Qt.Key.Key_Space)
        window.editor.setFocus()
    assert stored(window).end is None
    assert not stored(window).interruptions
    # a click on a clock button leaves the keyboard in the minutes
    QTest.mouseClick(clock_buttons[1], Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is window.editor
    assert stored(window).interruptions
