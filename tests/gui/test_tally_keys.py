"""The tally she trusts: a refused count stays for correction, a roll-call shows no early result."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from secretary_app.ui import messages
from secretary_app.ui.panes.vote_tally import VoteTally
from tests.gui.helpers import meeting, show_active
from tests.typing_helper import type_text

from .session_window import stored_texts
from .window_fixtures import in_modal, key

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard"),
]

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def test_escape_at_the_reason_keeps_her_counts_and_label(typing_window, qtbot, monkeypatch):
    window = typing_window
    shown: list[str] = []
    monkeypatch.setattr(messages, "error", lambda _parent, text, *_a: shown.append(text))
    tally = window.tally
    key(window, Qt.Key.Key_F8)  # into the tally: the Zustimmung number
    assert tally.yes_box.spin.hasFocus()
    type_text(tally.yes_box.spin, "9")
    tally.label_edit.setFocus()
    type_text(tally.label_edit, "zur Vorlage")
    tally.yes_box.spin.setFocus()
    asked = in_modal(lambda dialog: QTest.keyClick(dialog, Qt.Key.Key_Escape))
    key(tally.yes_box.spin, Qt.Key.Key_Return, CTRL)  # more votes than members: a reason?
    qtbot.waitUntil(lambda: bool(shown))
    assert asked == []
    assert "nicht eingetragen" in shown[0]
    vote = tally.current_vote()
    assert (vote.yes, vote.no, vote.abstain, vote.label) == (9, 0, 0, "zur Vorlage")
    assert tally.warning_label.isVisible()  # the reason it was refused stays in view
    assert stored_texts(window, 0) == []

    window.activateWindow()  # (the dialogs have gone)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    tally.yes_box.spin.setFocus()
    tally.yes_box.spin.selectAll()
    type_text(tally.yes_box.spin, "5")  # corrected, then recorded
    key(tally.yes_box.spin, Qt.Key.Key_Return, CTRL)
    window.autosaver.flush_and_wait()
    votes = window.ops.store.load_meeting(window.meeting.id).agenda[0].votes
    assert [(v.yes, v.label) for v in votes] == [(5, "zur Vorlage")]
    assert tally.current_vote().yes == 0  # recorded: a fresh count


@pytest.fixture
def tally(qtbot):
    widget = VoteTally()
    widget.resize(520, 640)
    return show_active(qtbot, widget)


def test_a_roll_call_shows_no_result_until_every_ballot_is_in(qtbot, tally):
    m = meeting()
    tally.set_context(m, m.agenda[0], "simple")
    qtbot.keyClick(tally, Qt.Key.Key_2, ALT)  # namentlich
    tally.focus_tally()
    view = tally.roll_call_view
    qtbot.keyClick(view, Qt.Key.Key_J)
    assert tally.result_label.text() == "läuft …"
    assert tally.sum_label.text() == "Summe 1 von 7 Stimmberechtigten"
    assert "angenommen" not in tally.result_label.text()
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert tally.result_label.text() == "läuft …"  # 1:1 is no "abgelehnt" yet
    assert tally.sum_label.text() == "Summe 2 von 7 Stimmberechtigten"
    assert tally.result_label.styleSheet() == ""  # no red while counting
    for letter in (Qt.Key.Key_J, Qt.Key.Key_J, Qt.Key.Key_N, Qt.Key.Key_E, Qt.Key.Key_J):
        qtbot.keyClick(view, letter)
    assert tally.result_label.text() == "angenommen"  # 4:2:1, all seven in
