"""The window and the command line perform the same operations with the same result, and the
window keeps the operations' rules: votes that do not fit the room, undo, speakers."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from secretary_app.domain.model import Attendance, Vote
from secretary_app.formats import meeting_file
from secretary_app.session import Operations
from secretary_app.store import Store
from secretary_app.store.meetings import import_meeting
from secretary_app.ui import messages
from secretary_app.ui.main_window import MainWindow
from tests.cli_helpers import run_cli
from tests.typing_helper import type_text

from .window_fixtures import key

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard"),
]

RICH = Path(__file__).parent.parent / "data" / "rich-meeting.json"
CTRL = Qt.KeyboardModifier.ControlModifier


def rich_database(path: Path) -> int:
    """The rich test meeting, not yet begun (no start and end time)."""
    store = Store.open(path)
    meeting = meeting_file.read_file(RICH).meeting
    meeting.start = meeting.end = None
    meeting_id = import_meeting(store, meeting)
    store.close()
    return meeting_id


def content(path: Path, meeting_id: int) -> tuple[str, list[tuple[str, str, str, str]]]:
    """What a user can see of a meeting: its file as dumped, and its audit trail without times."""
    store = Store.open(path)
    try:
        dumped = meeting_file.dumps(store.load_meeting(meeting_id))
        audit = [(r["action"], r["detail"], r["old"], r["new"]) for r in store.audit(meeting_id)]
    finally:
        store.close()
    return dumped, audit


def open_window(qtbot, path: Path, meeting_id: int) -> MainWindow:
    window = MainWindow(Operations(Store.open(path)), open_results=False)
    qtbot.addWidget(window)
    window.open_meeting(meeting_id)
    window.show()
    qtbot.waitExposed(window)
    return window


def select(window: MainWindow, number: str) -> None:
    numbers = [it.number for it in window.agenda.model.items()]
    window.agenda.select_row(numbers.index(number))
    window.editor.moveCursor(QTextCursor.MoveOperation.End)


def test_the_same_operations_by_command_line_and_by_window_give_the_same_database(
    qtbot, tmp_path, monkeypatch, capsys
):
    by_cli, by_window = tmp_path / "cli.sqlite", tmp_path / "window.sqlite"
    meeting_id = rich_database(by_cli)
    assert rich_database(by_window) == meeting_id
    db = ["--db", str(by_cli)]
    m = str(meeting_id)
    for args in (
        ["clock", m, "beginnen", "--at", "17:02"],
        ["attendance", m, "haas", "--until", "19:00"],
        ["clock", m, "unterbrechen", "--at", "18:10"],
        ["clock", m, "fortsetzen", "--at", "18:25"],
        ["vote", m, "9", "--ja", "3", "--nein", "1", "--time", "18:30"],
        ["delete-item", m, "1", "--force"],
        ["clock", m, "beenden", "--at", "19:12"],
        ["finalize", m],
    ):
        code, _, err = run_cli(*db, *args, capsys=capsys)
        assert code == 0, (args, err)

    window = open_window(qtbot, by_window, meeting_id)
    monkeypatch.setattr(messages, "confirm", lambda *_a, **_k: True)
    times = iter(["17:02", "18:10", "18:25", "19:12"])
    monkeypatch.setattr(window.meeting_bar, "_clock", lambda: next(times))
    window.meeting_bar.start()
    window.meeting_commands.set_attendance(Attendance(member="haas", present=True, left="19:00"))
    window.meeting_bar.toggle_pause()
    window.meeting_bar.toggle_pause()
    select(window, "9")
    window.tally.voteRecorded.emit(Vote(yes=3, no=1, time="18:30"))
    select(window, "1")
    window.agenda_commands.delete_item()
    window.meeting_bar.end()
    window.meeting_commands.finalize()
    window.close()
    window.ops.store.close()

    assert content(by_window, meeting_id) == content(by_cli, meeting_id)
    dumped, audit = content(by_cli, meeting_id)
    assert '"interruptions"' in dumped and '"time": "18:30"' in dumped
    assert [a[0] for a in audit] == ["item-deleted", "finalize"]


def test_a_vote_that_does_not_fit_the_room_needs_a_reason_in_the_window(
    qtbot, tmp_path, monkeypatch
):
    path = tmp_path / "w.sqlite"
    meeting_id = rich_database(path)
    window = open_window(qtbot, path, meeting_id)
    select(window, "9")
    asked: list[str] = []

    def no_reason(_parent, _title, label, _text=""):
        asked.append(label)
        return None

    before = window.ops.store.load_meeting(meeting_id).item("9").votes
    monkeypatch.setattr(messages, "ask_text", no_reason)
    monkeypatch.setattr(messages, "error", lambda *_a, **_k: None)
    window.tally.voteRecorded.emit(Vote(yes=8, time="18:00"))
    assert "8 Stimmen gezählt" in asked[0]
    window.autosaver.flush_and_wait()
    assert window.ops.store.load_meeting(meeting_id).item("9").votes == before

    monkeypatch.setattr(messages, "ask_text", lambda *_a, **_k: "Nachzählung")
    window.tally.voteRecorded.emit(Vote(yes=8, time="18:00"))
    window.autosaver.flush_and_wait()
    stored = window.ops.store.load_meeting(meeting_id).item("9").votes[-1]
    assert (stored.yes, stored.override) == (8, "Nachzählung")
    window.close()


def test_ctrl_z_on_a_recorded_vote_takes_its_outcome_back(qtbot, tmp_path):
    path = tmp_path / "w.sqlite"
    meeting_id = rich_database(path)
    window = open_window(qtbot, path, meeting_id)
    select(window, "9")
    item = window.current
    assert item is not None
    item.outcome = "vertagt"
    window.ops.store.update_item(item)
    window.tally.voteRecorded.emit(Vote(yes=1, no=3, time="18:00"))
    assert window.ops.store.load_meeting(meeting_id).item("9").outcome == "abgelehnt"
    window.activateWindow()
    window.editor.setFocus()
    key(window.editor, Qt.Key.Key_Z, CTRL)
    window.autosaver.flush_and_wait()
    stored = window.ops.store.load_meeting(meeting_id).item("9")
    assert stored.outcome == "vertagt"
    assert len(stored.votes) == 1  # the one of the file, not the one taken back
    window.close()


def test_return_never_copies_the_speaker_to_the_next_paragraph(qtbot, tmp_path):
    path = tmp_path / "w.sqlite"
    meeting_id = rich_database(path)
    window = open_window(qtbot, path, meeting_id)
    select(window, "1")
    window.editor.setFocus()
    key(window.editor, Qt.Key.Key_Return)
    type_text(window.editor, "Frau Özdemir beantragt Vertagung.")
    key(window.editor, Qt.Key.Key_Return)
    type_text(window.editor, "Die Verwaltung sagt einen Bericht zu.")
    window.autosaver.flush_and_wait()
    minutes = window.ops.store.load_meeting(meeting_id).item("1").minutes
    spoken = {p.text: p.speaker for p in minutes}
    assert spoken["Frau Özdemir beantragt Vertagung."] == "oezdemir"
    assert spoken["Die Verwaltung sagt einen Bericht zu."] is None
    window.close()


def test_an_export_shows_the_contradictions_first_and_she_decides(qtbot, tmp_path, monkeypatch):
    from secretary_app.ui.dialogs.findings_dialog import FindingsDialog

    path = tmp_path / "w.sqlite"
    meeting_id = rich_database(path)
    store = Store.open(path)
    item = store.load_meeting(meeting_id).item("9")
    assert item is not None
    item.outcome = "beschlossen"  # the vote of TOP 9 has no Ja and 2 Nein
    store.update_item(item)
    store.close()
    window = open_window(qtbot, path, meeting_id)
    window.ops.settings.output_dir = str(tmp_path / "out")
    seen = []

    def review(_parent, findings, what, answer):
        seen.append((what, [str(f) for f in findings]))
        return answer

    monkeypatch.setattr(
        FindingsDialog, "review", classmethod(lambda c, p, f, w: review(p, f, w, False))
    )
    window.export_commands.export_minutes()
    assert seen[0][0] == "Niederschrift" and seen[0][1][0].startswith("TOP 9: Ergebnis")
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
    monkeypatch.setattr(
        FindingsDialog, "review", classmethod(lambda c, p, f, w: review(p, f, w, True))
    )
    window.export_commands.export_minutes()
    assert [p.name for p in (tmp_path / "out").iterdir()] == [
        window.export_commands.last_export[0].name
    ]
    window.close()
