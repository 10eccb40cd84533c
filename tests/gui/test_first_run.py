"""The first-run panel: three ways to start, reachable by mouse and keyboard."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from secretary_app.ui.panes.first_run import FirstRunPanel

pytestmark = pytest.mark.gui


DATABASE = Path(
    r"C:\Users\anna\daten\protokollant.sqlite"
    if sys.platform == "win32"
    else "/home/anna/daten/protokollant.sqlite"
)


@pytest.fixture
def panel(qtbot):
    widget = FirstRunPanel(database_path=DATABASE)
    qtbot.addWidget(widget)
    widget.resize(1000, 650)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _button(panel: FirstRunPanel, text: str) -> QPushButton:
    matches = [b for b in panel.findChildren(QPushButton) if b.text() == text]
    assert len(matches) == 1, f"Knopf {text!r} nicht gefunden"
    return matches[0]


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("Beispielsitzung öffnen", "demoRequested"),
        ("Gremium anlegen", "committeeRequested"),
        ("Tagesordnung einfügen", "agendaRequested"),
    ],
)
def test_each_button_announces_its_choice(qtbot, panel, text, signal):
    others = {"demoRequested", "committeeRequested", "agendaRequested"} - {signal}
    fired: list[str] = []
    for name in others:
        getattr(panel, name).connect(lambda name=name: fired.append(name))
    with qtbot.waitSignal(getattr(panel, signal), timeout=1000):
        qtbot.mouseClick(_button(panel, text), Qt.MouseButton.LeftButton)
    assert fired == []


def test_keyboard_alone_reaches_every_choice(qtbot, panel):
    panel.setFocus()
    assert panel.focusWidget() is _button(panel, "Beispielsitzung öffnen")
    qtbot.keyClick(panel.focusWidget(), Qt.Key.Key_Tab)
    assert panel.focusWidget() is _button(panel, "Gremium anlegen")
    qtbot.keyClick(panel.focusWidget(), Qt.Key.Key_Tab)
    assert panel.focusWidget() is _button(panel, "Tagesordnung einfügen")
    with qtbot.waitSignal(panel.agendaRequested, timeout=1000):
        qtbot.keyClick(panel.focusWidget(), Qt.Key.Key_Space)


def test_buttons_are_big_and_the_texts_fit(panel):
    for button in panel.findChildren(QPushButton):
        assert button.height() >= 48
        assert button.width() >= button.fontMetrics().horizontalAdvance(button.text())
    for label in panel.findChildren(QLabel):
        if label.wordWrap() and label.isVisible():
            assert label.height() >= label.heightForWidth(label.width()), label.text()


def test_panel_says_where_the_data_lives(panel):
    texts = " ".join(label.text() for label in panel.findChildren(QLabel))
    assert str(DATABASE) in texts
    assert "keine Sitzung" in texts
