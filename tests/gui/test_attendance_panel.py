"""Attendance: late arrivals with their time, departures, bias, and the quorum line."""

from __future__ import annotations

import dataclasses
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from secretary_app.domain.model import Attendance
from secretary_app.domain.session_times import normalise_time
from secretary_app.ui.models.attendance_model import AttendanceColumn, AttendanceModel
from secretary_app.ui.panes.attendance_panel import AttendancePanel
from secretary_app.ui.panes.vote_tally import VoteTally
from tests.gui.helpers import meeting, show_active
from tests.typing_helper import type_text


@pytest.fixture
def panel(qtbot):
    widget = AttendancePanel()
    widget.resize(560, 420)
    return show_active(qtbot, widget)


def apply_like_the_window(panel: AttendancePanel, m, store=None):
    """What the window does with the panel's signals: write, then hand the meeting back."""

    def on_attendance(a: Attendance) -> None:
        if store is not None:
            store.set_attendance(m.id, a)
            fresh = store.load_meeting(m.id)
            panel.set_meeting(fresh)
            return
        m.attendance = [x for x in m.attendance if x.member != a.member] + [a]
        panel.set_meeting(m)

    panel.attendanceChanged.connect(on_attendance)


def test_late_arrival_gets_the_time_and_the_quorum_follows(qtbot, panel, store):
    m = meeting(absent=("schubert", "grasnik", "oezdemir", "thomann"))
    store.add_meeting(m)
    m = store.load_meeting(m.id)
    panel.set_meeting(m)
    apply_like_the_window(panel, m, store)
    assert panel.quorum_label.text() == "3 von 7 Stimmberechtigten anwesend – nicht beschlussfähig"

    panel.select_member("schubert")
    with qtbot.waitSignal(panel.attendanceChanged) as signal:
        qtbot.keyClick(panel.view, Qt.Key.Key_F9)
    arrival = signal.args[0]
    assert arrival.member == "schubert" and arrival.present
    assert re.fullmatch(r"\d\d:\d\d", arrival.arrived)

    stored = store.load_meeting(m.id).attendance_of("schubert")
    assert stored is not None and stored.present and stored.arrived == arrival.arrived
    assert panel.quorum_label.text() == "4 von 7 Stimmberechtigten anwesend – beschlussfähig"
    row = next(
        r for r in range(panel.model.rowCount()) if "Schubert" in panel.model.index(r, 1).data()
    )
    assert panel.model.index(row, AttendanceColumn.ARRIVED).data() == arrival.arrived
    assert panel.selected_key() == "schubert", "the selection survives the reload"


def test_arrival_time_can_be_typed_and_is_normalised(qtbot, panel):
    # the main window binds F2 to "TOP bearbeiten"; in the table F2 still edits the time
    item_dialog = QAction("TOP bearbeiten", panel)
    item_dialog.setShortcut(QKeySequence("F2"))
    panel.addAction(item_dialog)
    opened = []
    item_dialog.triggered.connect(lambda: opened.append(True))
    m = meeting(absent=("schubert",))
    panel.set_meeting(m)
    apply_like_the_window(panel, m)
    panel.select_member("schubert")
    index = panel.model.index(panel.view.currentIndex().row(), AttendanceColumn.ARRIVED)
    panel.view.setCurrentIndex(index)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    editor = panel.view.focusWidget()
    assert re.fullmatch(r"\d\d:\d\d", editor.text()), "an empty time starts as now"
    editor.selectAll()
    type_text(editor, "17.5")
    assert editor.text() == "17.5"
    type_text(editor, "5\n")
    qtbot.waitUntil(lambda: m.attendance_of("schubert").arrived == "17:55")
    assert not opened
    assert m.attendance_of("schubert").present
    assert "7 von 7" in panel.quorum_label.text()


def test_departure_lowers_the_count(qtbot, panel):
    m = meeting()
    panel.set_meeting(m)
    apply_like_the_window(panel, m)
    for key in ("schubert", "thomann", "grasnik", "oezdemir"):
        panel.select_member(key)
        qtbot.keyClick(panel.view, Qt.Key.Key_F9, Qt.KeyboardModifier.ShiftModifier)
    assert panel.quorum_label.text() == "3 von 7 Stimmberechtigten anwesend – nicht beschlussfähig"
    assert m.attendance_of("thomann").left is not None
    # ticking "anwesend" again brings the member back
    panel.select_member("thomann")
    row = panel.view.currentIndex().row()
    panel.model.setData(
        panel.model.index(row, AttendanceColumn.PRESENT),
        Qt.CheckState.Checked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert m.attendance_of("thomann").left is None
    assert panel.quorum_label.text().startswith("4 von 7")


def test_bias_on_the_current_item_is_reported_and_reaches_the_tally(qtbot, panel):
    m = meeting()
    item = m.agenda[0]
    tally = VoteTally()
    qtbot.addWidget(tally)
    panel.set_meeting(m)
    panel.set_current_item(item)
    tally.set_context(m, item, "simple")

    def on_excluded(keys: list[str]) -> None:
        item.excluded = keys
        panel.set_meeting(m)
        tally.set_context(m, item, "simple")

    panel.excludedChanged.connect(on_excluded)
    panel.select_member("krueger")
    with qtbot.waitSignal(panel.excludedChanged) as signal:
        qtbot.keyClick(panel.view, Qt.Key.Key_F9, Qt.KeyboardModifier.ControlModifier)
    assert signal.args[0] == ["krueger"]
    assert "TOP 7.1: 6 stimmberechtigt – befangen: Herr Dr. Krüger" in panel.voting_label.text()
    # the quorum counts everybody in the room; bias only matters for the vote
    assert panel.quorum_label.text().startswith("7 von 7")
    tally.fill_unanimous()
    assert tally.current_vote().yes == 6


def test_without_an_item_bias_cannot_be_set(panel):
    m = meeting()
    panel.set_meeting(m)
    index = panel.model.index(0, AttendanceColumn.EXCLUDED)
    assert not panel.model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert not panel.model.setData(
        index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert panel.voting_label.text() == "Stimmberechtigt anwesend: 7"


def test_panel_does_not_change_the_meeting_it_was_given(panel):
    m = meeting()
    stored = m.attendance_of("schulze")
    assert stored is not None
    before = dataclasses.replace(stored)
    panel.set_meeting(m)
    panel.select_member("schulze")
    panel.mark_departure()
    assert m.attendance_of("schulze") == before
    assert panel.quorum_label.text().startswith("6 von 7"), "its own view answers at once"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("9.05", "09:05"), ("905", "09:05"), ("17:30", "17:30"), ("", ""), ("25:00", None)],
)
def test_times_are_normalised(typed, stored):
    assert normalise_time(typed) == stored


def test_attendance_model_is_a_sound_qt_model(qtmodeltester):
    m = meeting(absent=("schubert",))
    model = AttendanceModel()
    model.set_content(
        m.committee.members, {a.member: a for a in m.attendance}, ["schulze"], has_item=True
    )
    qtmodeltester.check(model)
