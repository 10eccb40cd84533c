"""Accessibility that Qt's objects show directly: the focus frame, the spoken paragraph kind,
the names of sign buttons, the words for ticks. (What a screen reader receives through the
platform is tested in tests/test_accessibility_atspi.py.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from secretary_app.domain.model import Vote
from secretary_app.ui import accessibility
from secretary_app.ui.models.attendance_model import AttendanceColumn
from secretary_app.ui.panes.agenda_panel import AgendaPanel
from secretary_app.ui.panes.attendance_panel import AttendancePanel
from secretary_app.ui.panes.minutes_editor import MinutesEditor

from .helpers import meeting, show_active

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard"),
]


def test_a_frame_marks_whatever_has_the_keyboard(qtbot):
    window = QWidget()
    layout = QVBoxLayout(window)
    field, button = QLineEdit(), QPushButton("Abstimmung eintragen")
    layout.addWidget(field)
    layout.addWidget(button)
    window.resize(400, 200)
    show_active(qtbot, window)
    accessibility.show_focus()

    def frame_around(widget: QWidget) -> bool:
        frames = [f for f in window.findChildren(QWidget, "focusRing") if f.isVisible()]
        place = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        return len(frames) == 1 and frames[0].geometry().contains(place)

    try:
        field.setFocus()
        qtbot.waitUntil(lambda: frame_around(field))
        button.setFocus()
        qtbot.waitUntil(lambda: frame_around(button))
        assert not frame_around(field)
    finally:
        accessibility.stop_showing_focus()
    assert not [f for f in window.findChildren(QWidget, "focusRing") if f.isVisible()]


def test_the_paragraph_kind_is_the_editors_description(qtbot):
    editor = MinutesEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.new_paragraph("motion")
    assert editor.accessibleDescription() == "Absatz: Antrag (A)"
    editor.toggle_kind()
    assert editor.accessibleDescription() == "Absatz: Beschluss (B)"
    editor.insert_vote(Vote(yes=5, no=1, abstain=0))
    editor.moveCursor(editor.textCursor().MoveOperation.Up)
    assert editor.paragraph_description() == (
        "Absatz: Abstimmung (∑) – Abstimmung (offen): Zustimmung 5 · Ablehnung 1 · "
        "Stimmenthaltung 0 – angenommen"
    )


def test_sign_buttons_are_named_by_their_action(qtbot):
    panel = AgendaPanel()
    qtbot.addWidget(panel)
    action = QAction("TOP &hinzufügen …", panel)
    action.setShortcut("Ctrl+Shift+N")
    action.setIconText("+")
    panel.add_tool_actions([action])
    (button,) = panel.findChildren(QToolButton)
    assert button.accessibleName() == "TOP hinzufügen"
    assert button.accessibleDescription().startswith("TOP hinzufügen (")
    action.setText("TOP &anfügen")  # a changed action renames its button
    assert button.accessibleName() == "TOP anfügen"


def test_ticks_and_strike_through_are_words(qtbot):
    panel = AttendancePanel()
    qtbot.addWidget(panel)
    m = meeting(absent=("oezdemir",))
    panel.set_meeting(m)
    panel.set_current_item(m.agenda[0])
    model = panel.model
    rows = {model.member(r).key: r for r in range(model.rowCount())}
    first = next(k for k in rows if k != "oezdemir")
    panel.select_member(first)
    panel.toggle_excluded()

    def said(key: str, column: AttendanceColumn) -> str:
        return model.index(rows[key], column).data(Qt.ItemDataRole.AccessibleTextRole)

    assert said("oezdemir", AttendanceColumn.PRESENT) == "abwesend"
    assert said(first, AttendanceColumn.PRESENT) == "anwesend"
    assert said(first, AttendanceColumn.EXCLUDED) == "befangen"
    assert said("oezdemir", AttendanceColumn.EXCLUDED) == "nicht befangen"
    assert said(first, AttendanceColumn.NAME).endswith(": anwesend, befangen")
    assert said("oezdemir", AttendanceColumn.ARRIVED) == "Ankunft: keine Zeit"


def test_menu_texts_are_spoken_without_access_key_and_ellipsis():
    assert accessibility.plain("Archiv &durchsuchen …") == "Archiv durchsuchen"
    assert accessibility.plain("Fragen && Antworten") == "Fragen & Antworten"
    assert QApplication.instance() is not None
