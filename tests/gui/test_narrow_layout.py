"""Half a screen, a side pane that keeps its width, a meeting bar that keeps the end time.

Snapped beside the agenda PDF (≈ 860 px) the minutes editor kept ~130 px and broke words in the
middle, while the tally kept its width; the side pane changed width while she counted (the
minutes re-wrapped under her eyes); the meeting bar cut the end time ("Ende 1…") and the place
while there was room beside them.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from secretary_app.domain.model import Committee, Interruption, Meeting, Member
from secretary_app.ui.fitting_label import FittingLabel
from secretary_app.ui.panes.meeting_bar import MeetingBar

from .window_fixtures import prepare_store, show_main_window

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
SCREEN = {"screens": [{"name": "wide", "x": 0, "y": 0, "width": 1920, "height": 1080}]}


@pytest.fixture(scope="module")
def measured(tmp_path_factory):
    """The child's report: widths at each size through every tally state, and the keys."""
    tmp = tmp_path_factory.mktemp("narrow")
    screen = tmp / "screen.json"
    screen.write_text(json.dumps(SCREEN))
    # (relative to the child's folder: Qt splits the platform's options at ':', and a Windows
    # path has one after its drive letter)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen:configfile=screen.json")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp / name.lower())
    done = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "gui" / "narrow_child.py"), str(tmp / "t.sqlite")],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp,
        timeout=120,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert done.returncode == 0 and lines, done.stderr[-3000:]
    return json.loads(lines[-1])


def test_at_half_a_screen_the_minutes_keep_half_the_width_and_the_agenda_is_a_tab(measured):
    narrow = measured["sizes"]["860x700"]
    assert narrow["window"] == 860
    for state in narrow["states"]:
        assert state["editor"] >= 430, state  # at least half of 860
        assert state["tabs"] == ["Tagesordnung", "Abstimmung", "Anwesenheit"]
        assert not state["agenda_column"]
    for size in ("1366x768", "1280x720"):  # wide: side by side, as always
        first = measured["sizes"][size]["states"][0]
        assert first["agenda_column"] and "Tagesordnung" not in first["tabs"], size
        assert first["editor"] >= 500, size
        assert first["caption"] == "Stimmenthaltung", size  # whole where there is room
    assert {s["caption"] for s in narrow["states"]} == {"Enthaltung"}  # the same, shorter


def test_the_side_pane_and_the_minutes_keep_their_width_while_she_counts(measured):
    for size, seen in measured["sizes"].items():
        states = seen["states"]
        # the counts were really shown (the result changed) …
        assert {"angenommen", "abgelehnt"} <= {s["shown"] for s in states}, size
        # … and neither the pane nor the minutes beside it moved by a pixel
        assert len({s["side"] for s in states}) == 1, (size, states)
        assert len({s["editor"] for s in states}) == 1, (size, states)
        # nor what the pane asks for: at the window's least width that is where it stands
        assert len({tuple(s["least"]) for s in states}) == 1, (size, states)


def test_on_half_a_screen_f5_f8_f7_bring_their_tab_and_the_keyboard_f6_goes_back(measured):
    """And Ctrl+Tab steps to the next tab, the keyboard with it."""
    keys = measured["keys"]
    assert keys["F5"] == "Tagesordnung / QListView"
    assert keys["F8"] == "Abstimmung / QSpinBox"  # the Zustimmung count
    assert keys["Ctrl+Tab"] == "Anwesenheit / AttendanceView"  # the next tab
    assert keys["F7"] == "Anwesenheit / AttendanceView"
    assert keys["F6"].endswith("/ MinutesEditor")


def test_switching_width_keeps_the_keyboard_where_it_was(measured):
    wide, narrow = measured["wide_again"], measured["narrow_again"]
    assert wide["agenda_column"] and wide["focus"] == "QListView"
    assert not narrow["agenda_column"]
    assert narrow["front"] == "Tagesordnung" and narrow["focus"] == "QListView"


def test_started_again_on_half_a_screen_and_widened_the_agenda_is_back_in_its_column(measured):
    assert measured["restarted"]["width"] == 860 and measured["restarted"]["narrow"], measured[
        "restarted"
    ]
    assert measured["restarted"]["agenda_shown"] == [True, True, 0]


def test_a_long_word_goes_to_the_next_line_whole(qtbot, db_path, tmp_path):
    from secretary_app.domain.model import AgendaItem
    from secretary_app.store import Store

    from .window_fixtures import add_meeting

    store = Store.open(db_path)
    prepare_store(store, tmp_path / "out")
    add_meeting(store, 1, [AgendaItem(number="1", title="Haushalt")])
    window = show_main_window(qtbot, store)
    try:
        words = "Die Verpflichtungsermächtigungen des Nachtragshaushaltsplans werden " * 6
        window.editor.insertPlainText(words)
        window.editor.resize(180, 400)  # narrower than "Verpflichtungsermächtigungen"
        qtbot.wait(50)
        block = window.editor.document().firstBlock()
        layout = block.layout()
        text = block.text()
        starts = [layout.lineAt(i).textStart() for i in range(layout.lineCount())]
        assert len(starts) > 6
        broken = [text[s - 1 : s + 8] for s in starts[1:] if text[s - 1] != " "]
        assert broken == []  # every line starts with a word's beginning
    finally:
        window.close()
        store.close()


def _meeting(**fields) -> Meeting:
    committee = Committee(
        name="Ausschuss für Gesundheit, Soziales und Inklusion",
        members=[Member(key="a", salutation="Frau", name="Eisenblätter")],
    )
    return Meeting(
        committee=committee,
        number=21,
        date=dt.date(2016, 6, 14),
        location="Stadthaus, Raum 3.025",
        **fields,
    )


EVENING = [
    Interruption("17:07", "17:14"),
    Interruption("17:21", "17:28"),
    Interruption("17:35", "17:42"),
]


@pytest.mark.parametrize(
    ("width", "place_shown"), [(1366, True), (1280, True), (860, True), (700, False), (640, False)]
)
def test_the_meeting_bar_never_cuts_the_end_time_and_shows_the_place_where_it_fits(
    qtbot, tmp_path, width, place_shown
):
    from secretary_app.session import Operations
    from secretary_app.store import Store

    store = Store.open(tmp_path / "bar.sqlite")
    bar = MeetingBar()
    qtbot.addWidget(bar)
    # ended, in a window that may change it: its one button is „Ende zurücknehmen“
    bar.set_meeting(
        Operations(store), _meeting(start="17:00", end="19:30", interruptions=list(EVENING))
    )
    bar.resize(width - 8, bar.sizeHint().height())  # as wide as in the window (its margins)
    bar.show()
    qtbot.wait(20)
    head, times = bar._head.shown_text(), bar._times.shown_text()
    assert times.endswith("Ende 19:30") and times.startswith("Beginn 17:00"), times
    assert "…" not in times and "…" not in head
    assert ("Stadthaus, Raum 3.025" in head) is place_shown, head
    assert bar.clock_text().count("Unterbrechung") == 3  # the whole clock, for the tooltip
    assert "Stadthaus" in bar._head.toolTip()  # the place is never lost, even where left out
    store.close()


def test_the_meeting_bar_says_since_when_it_is_interrupted_where_the_list_does_not_fit(qtbot):
    bar = MeetingBar()
    qtbot.addWidget(bar)
    open_pause = [*EVENING[:2], Interruption("17:35", None)]
    bar.set_meeting(None, _meeting(start="17:00", interruptions=open_pause))
    bar.resize(852, bar.sizeHint().height())
    bar.show()
    qtbot.wait(20)
    assert bar._times.shown_text().endswith("unterbrochen seit 17:35")


def test_a_fitting_label_shows_its_longest_form_that_fits_and_is_read_whole(qtbot):
    label = FittingLabel()
    qtbot.addWidget(label)
    label.set_forms("Stimmenthaltung", "Enthaltung")
    wide = label.form_widths()
    assert wide[0] > wide[1] >= label.minimumSizeHint().width()
    label.resize(wide[0], 30)
    assert label.shown_text() == "Stimmenthaltung"
    label.resize(wide[1], 30)
    assert label.shown_text() == "Enthaltung"
    label.resize(wide[1] // 2, 30)
    assert label.shown_text().endswith("…")
    assert label.text() == "Stimmenthaltung"  # what a screen reader reads
    assert isinstance(label, QLabel)


def test_during_a_roll_call_the_result_and_the_record_button_stay_in_view(measured):
    """On 1280×720 and on half a screen, less title bar and panel: with four of seven ballots
    in, "läuft …" and "Abstimmung eintragen" are whole in view, not below the pane's edge."""
    for size, (button_whole, result_whole, shown) in measured["record_in_view"].items():
        assert button_whole, size
        assert result_whole, size
        assert shown == "läuft …", size


def test_the_result_stands_on_one_line_in_every_state(measured):
    """ "noch keine Stimmen", "angenommen", "läuft …": one line in the big font, not a word a
    line down the pane."""
    for size in ("1366x768", "1280x720", "860x700"):
        for state in measured["sizes"][size]["states"]:
            assert state["result_lines"] == 1, (size, state["state"], state["shown"])
