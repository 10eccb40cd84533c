"""The program's start: the editor with the current item first, everything else right after.

She can type into the first frame; what she types there is kept when the panes arrive and is
saved like any other text. The first frame loads neither the document nor the database
libraries, nor the spelling dictionary, nor the panes (checked in a real start of the program).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMenu

from secretary_app.domain.model import AgendaItem, Paragraph
from secretary_app.session import Operations
from secretary_app.store import Store
from secretary_app.ui.main_window import MainWindow
from tests.typing_helper import type_text

from .window_fixtures import add_meeting, prepare_store

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def store(db_path, tmp_path):
    s = Store.open(db_path)
    prepare_store(s, tmp_path / "out")
    opening = [Paragraph(text="Die Vorsitzende eröffnet die Sitzung.")]
    agenda = [
        AgendaItem(number="1", title="Eröffnung", minutes=opening),
        AgendaItem(number="2", title="Haushalt 2027", paper="26/SVV/0100"),
    ]
    add_meeting(s, 4, agenda)
    yield s
    s.close()


def top_menus(window: MainWindow) -> list[str]:
    bar = window.menuBar()
    return [a.text() for a in bar.actions() if isinstance(a.menu(), QMenu)]


def test_first_frame_takes_typing_and_the_panes_follow(qtbot, store):
    window = MainWindow(Operations(store), open_results=False, staged=True)
    qtbot.addWidget(window)
    window.open_start_meeting()
    # the first frame: the current item's minutes in the editor, the menus' titles, no panes
    assert not window.built
    assert not hasattr(window, "agenda")
    assert "eröffnet die Sitzung" in window.editor.toPlainText()
    assert "TOP 1  Eröffnung" in window.item_header.text()
    titles = top_menus(window)
    assert titles[:2] == ["&Datei", "&Bearbeiten"] and len(titles) == 10
    assert all(not window.menuBar().actions()[i].menu().actions() for i in range(10))  # type: ignore[attr-defined]  # menu() is typed QObject
    # she types before the rest is there (the keys are handled by the editor at once)
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    type_text(window.editor, " Sie begrüßt alle.")
    window.show()
    qtbot.waitUntil(lambda: window.built, timeout=5000)  # right after the first paint
    # the panes are there, the menus filled once (no second set of titles), her text kept
    assert window.agenda.model.rowCount() == 2
    assert window.agenda.view.currentIndex().row() == 0
    assert top_menus(window) == titles
    assert all(window.menuBar().actions()[i].menu().actions() for i in range(10))  # type: ignore[attr-defined]  # menu() is typed QObject
    assert window.editor.toPlainText().endswith("eröffnet die Sitzung. Sie begrüßt alle.")
    assert not window.windowIcon().isNull()  # the title bar's icon came with the rest
    window.close()
    saved = store.load_meeting(window.meeting.id if window.meeting else 1).agenda[0].minutes
    assert saved[0].text == "Die Vorsitzende eröffnet die Sitzung. Sie begrüßt alle."


def test_closing_within_the_first_frame_keeps_the_text(qtbot, store):
    window = MainWindow(Operations(store), open_results=False, staged=True)
    qtbot.addWidget(window)
    window.open_start_meeting()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    type_text(window.editor, " Schnell.")
    window.close()  # before the panes were ever built (no first paint)
    QApplication.processEvents()
    assert not window.built
    minutes = store.load_meeting(store.list_meetings(limit=1)[0].id).agenda[0].minutes
    assert minutes[0].text == "Die Vorsitzende eröffnet die Sitzung. Schnell."


def test_without_a_meeting_the_first_run_page_is_built_at_once(qtbot, db_path, tmp_path):
    s = Store.open(db_path)
    try:
        window = MainWindow(Operations(s), open_results=False, staged=True)
        qtbot.addWidget(window)
        window.open_start_meeting()
        assert window.built
        assert window.pages.currentWidget() is window.first_run
        window.close()
    finally:
        s.close()


def test_the_first_frame_of_the_program_loads_no_documents_database_library_or_panes(tmp_path):
    """A real start (as `secretary-app --db FILE`): what is loaded when she can type."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())
    db = tmp_path / "demo.sqlite"
    probe = [sys.executable, str(ROOT / "benchmarks" / "probe.py"), "app", "--", "--db", str(db)]

    def start(*extra: str, **more_env: str) -> dict:
        done = subprocess.run(
            probe + list(extra),
            capture_output=True,
            text=True,
            env=dict(env, **more_env),
            timeout=120,
            cwd=ROOT,
        )
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        assert done.returncode == 0 and lines, done.stderr[-2000:]
        return json.loads(lines[-1])

    start("--demo")  # the demo meeting in the database, as on the daily start
    first = start()
    assert first["ready_for_typing"] and first["focus"] == "MinutesEditor"
    assert first["loaded"] == []
    complete = start(PROBE_UNTIL_COMPLETE="1")
    assert complete["ready_for_typing"]
    assert "secretary_app.ui.panes.agenda_panel" in complete["loaded"]
    assert "docx" not in complete["loaded"] and "sqlite_utils" not in complete["loaded"]


def test_the_editor_stays_in_place_when_the_panes_arrive(qtbot, store):
    """From the second start on, the first frame keeps the places of the meeting bar, agenda
    and side panes as they were, so the text she starts typing into does not jump."""
    from secretary_app.ui.first_paint import AfterFirstPaint

    def start() -> tuple[tuple[int, int, int, int], tuple[int, int, int, int]]:
        window = MainWindow(Operations(store), open_results=False, staged=True)
        qtbot.addWidget(window)
        window.open_start_meeting()

        def place() -> tuple[int, int, int, int]:
            corner = window.editor.mapTo(window, window.editor.rect().topLeft())
            return corner.x(), corner.y(), window.editor.width(), window.editor.height()

        first: list[tuple[int, int, int, int]] = []
        window.show()
        AfterFirstPaint(window, lambda: first.append(place()))
        qtbot.waitUntil(lambda: window.built and bool(first), timeout=5000)
        for _ in range(5):
            QApplication.processEvents()
        after = place()
        window.close()
        return first[0], after

    start()  # the first start has nothing to go by: the panes take their usual places
    first, after = start()
    assert first == after


def test_a_vote_box_in_the_first_frame_fits_the_editor(qtbot, db_path, tmp_path):
    """Measured before the window is on screen, the box must still leave room for the scroll
    bar: no horizontal scroll bar in the first frame."""
    from secretary_app.domain.model import Vote
    from secretary_app.ui.first_paint import AfterFirstPaint
    from secretary_app.ui.window_layout import window_settings

    window_settings().clear()  # no narrow places kept by an earlier window
    s = Store.open(db_path)
    prepare_store(s, tmp_path / "out")
    long_minutes = [
        Paragraph(text=f"Absatz {n} mit etwas Text, damit es scrollt.") for n in range(60)
    ]
    long_minutes.append(Paragraph(kind="vote", vote=Vote(yes=5, no=1, abstain=0)))
    add_meeting(s, 5, [AgendaItem(number="1", title="Haushalt", minutes=long_minutes)])
    try:
        window = MainWindow(Operations(s), open_results=False, staged=True)
        qtbot.addWidget(window)
        window.open_start_meeting()
        window.splitter.setSizes([1, 2000, 1])  # the editor wide enough for the box
        seen: list[int] = []
        window.show()
        AfterFirstPaint(window, lambda: seen.append(window.editor.horizontalScrollBar().maximum()))
        qtbot.waitUntil(lambda: bool(seen), timeout=5000)
        assert window.editor.verticalScrollBar().isVisible()
        assert seen == [0]  # nothing to scroll sideways
        window.close()
    finally:
        s.close()


def _meeting_with_a_motion_and_a_vote(db: Path, out: Path) -> None:
    from secretary_app.domain.model import Vote

    s = Store.open(db)
    try:
        prepare_store(s, out)
        minutes = [
            Paragraph(text="Frau Schulze stellt den Entwurf vor."),
            Paragraph(kind="motion", text="Der Ausschuss empfiehlt den Entwurf."),
            Paragraph(kind="vote", vote=Vote(yes=5, no=1, abstain=0)),
        ]
        add_meeting(s, 6, [AgendaItem(number="1", title="Haushalt 2027", minutes=minutes)])
    finally:
        s.close()


def test_the_first_frame_does_not_build_pysides_qt_namespace(tmp_path):
    """A real start on an item with a motion and a vote: the editor, its margin and the vote
    box are painted without the ~12 ms PySide6 takes to build `Qt` (ui/qt_namespace.py)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())
    db = tmp_path / "haushalt.sqlite"
    _meeting_with_a_motion_and_a_vote(db, tmp_path / "out")
    probe = [sys.executable, str(ROOT / "benchmarks" / "probe.py"), "app", "--", "--db", str(db)]
    done = subprocess.run(probe, capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert done.returncode == 0 and lines, done.stderr[-2000:]
    first = json.loads(lines[-1])
    assert first["ready_for_typing"] and first["window"].startswith("6. Sitzung")
    assert first["qt_namespace_built"] is False


def test_the_margin_letters_follow_the_first_frame(tmp_path):
    """The motion's "A" and the vote's "∑" need a coloured pen, which the first frame leaves
    out (it would build PySide6's `Qt`): they are on the screen once the rest of the window is
    there. In a fresh process, where `Qt` is not built yet, as in the program."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())
    db = tmp_path / "haushalt.sqlite"
    _meeting_with_a_motion_and_a_vote(db, tmp_path / "out")
    child = [sys.executable, str(ROOT / "tests" / "gui" / "first_frame_child.py"), str(db)]
    done = subprocess.run(child, capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert done.returncode == 0 and lines, done.stderr[-2000:]
    report = json.loads(lines[-1])
    assert report["qt_namespace_built_at_first_paint"] is False
    assert report.get("letter_ink", 0) >= 10, report


def test_pyside_reads_no_source_for_the_first_frame(tmp_path):
    """PySide6's import hook reads the source of each module an import names for the first
    time (~0.2 ms each); the program tells it beforehand what it would find (app.py). In a
    fresh process, as the program starts: importing the window makes it read nothing."""
    script = """
import json
from secretary_app import app
app._import_qt_free_modules()
import PySide6.QtWidgets
app._spare_pyside_the_source_scan()
from shibokensupport import feature
read = []
scan = feature._mod_uses_pyside
feature._mod_uses_pyside = lambda module: (read.append(module.__name__), scan(module))[1]
import secretary_app.ui.main_window
print(json.dumps(read))
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout.splitlines()[-1]) == []
