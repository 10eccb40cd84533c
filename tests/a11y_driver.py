"""Drives the real main window while a screen reader's view of it is read through AT-SPI.

Run by tests/test_accessibility_atspi.py as `python -m tests.a11y_driver DB` on an X display,
inside a session D-Bus (`dbus-run-session`) with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1. At each
moment of a meeting it has the system python's pyatspi (tests/atspi_walker.py) walk the window
as Orca would, and prints one JSON line per moment: {"moment": ..., "controls": [...]}; for the
live changes it has the walker listen while a vote is recorded, an empty vote is refused, a
paragraph becomes a motion, a member is marked biased and the session begins:
{"moment": "announcements", "events": [...]}.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from secretary_app.formats import meeting_file
from secretary_app.session import Operations
from secretary_app.store import Store
from secretary_app.store.meetings import import_meeting
from secretary_app.ui.main_window import MainWindow
from secretary_app.ui.translations import install_translator

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "resources" / "demo" / "reference-meeting.json"
WALKER = [
    os.environ.get("ATSPI_PYTHON", "/usr/bin/python3"),
    str(ROOT / "tests" / "atspi_walker.py"),
]


def settle(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def run_walker(app: QApplication, args: list[str], act: Callable[[], None] | None = None) -> dict:
    """Run the walker while this process's event loop answers the bus; `act` once it listens."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        walker = subprocess.Popen([*WALKER, *args], stdout=out, stderr=err, text=True)
        end = time.monotonic() + 60
        pending = [act] if act is not None else []
        loop = QEventLoop()

        def look() -> None:
            if walker.poll() is not None or time.monotonic() > end:
                loop.quit()
            elif pending:
                out.seek(0)
                if "ready" in out.read():
                    pending.pop()()

        timer = QTimer()
        timer.timeout.connect(look)
        timer.start(50)
        loop.exec()  # (not a polling loop: a bus request is answered the moment it comes)
        timer.stop()
        if walker.poll() is None:
            walker.kill()
        walker.wait()
        out.seek(0)
        err.seek(0)
        lines = [line for line in out.read().splitlines() if line.startswith("{")]
        if walker.returncode != 0 or not lines:
            raise SystemExit(f"walker failed ({walker.returncode}): {err.read()[-2000:]}")
        return json.loads(lines[-1])


def walk(app: QApplication, moment: str) -> None:
    settle(app, 0.5)
    begun = time.monotonic()
    found = run_walker(app, ["walk", str(os.getpid())])
    print(f"{moment}: walked in {time.monotonic() - begun:.1f} s", file=sys.stderr)
    print(json.dumps({"moment": moment, **found}, ensure_ascii=False), flush=True)


def main(db: str) -> int:
    app = QApplication(sys.argv[:1])
    install_translator(app, "de")  # as the program: German key names ("Strg+Umschalt+N")
    store = Store.open(Path(db))
    meeting = meeting_file.read_file(DEMO).meeting
    meeting.start = meeting.end = ""  # the session happens now
    store.set_setting("last_meeting", import_meeting(store, meeting))
    window = MainWindow(Operations(store), open_results=False)
    window.open_start_meeting()
    window.show()
    window.activateWindow()
    settle(app, 1.5)
    clock = iter(f"{h}:{m:02d}" for h in range(17, 23) for m in range(0, 60, 7))
    bar = window.meeting_bar
    bar._clock = lambda: next(clock)
    window.agenda.select_row(0)
    tally = window.tally
    tally.set_counts(4, 2, 1)
    walk(app, "counting")

    focus = next(a for a in window.attendance.actions() if a.objectName().endswith("_focus"))
    focus.trigger()  # F7: in tabs, the attendance tab comes to the front
    panel = window.attendance
    panel.view.setCurrentIndex(panel.model.index(1, 1))
    next(a for a in panel.actions() if a.objectName().endswith("_exclude")).trigger()
    walk(app, "attendance")

    tally.set_method("roll-call")
    next(a for a in tally.actions() if a.objectName().endswith("_focus")).trigger()  # F8
    for row, answer in enumerate(["yes", "no", "abstain"]):
        tally.roll_call_model.set_ballot(row, answer)
    walk(app, "roll-call")
    tally.set_method("open")

    editor = window.editor

    def act() -> None:
        bar.start()  # the clock shows "Beginn 17:00"
        settle(app, 0.3)
        editor.setFocus()
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        editor.new_paragraph("motion")  # Strg+Umschalt+A: the margin shows "A"
        settle(app, 0.3)
        tally.fill_unanimous()
        tally.record()  # Strg+Eingabe: the vote box appears in the minutes
        settle(app, 0.3)
        tally.reset()
        tally.record()  # refused: nothing counted
        settle(app, 0.3)
        panel.view.setCurrentIndex(panel.model.index(2, 1))
        panel.toggle_excluded()  # the name is struck through
        settle(app, 0.3)

    heard = run_walker(app, ["listen", str(os.getpid()), "4"], act)
    print(json.dumps({"moment": "announcements", **heard}, ensure_ascii=False), flush=True)
    walk(app, "after")
    window.close()
    settle(app, 0.3)
    store.close()
    return 0


def contrast(db: str) -> int:
    """The window as the desktop's contrast setting leaves it: one JSON line of its colours."""
    from PySide6.QtGui import QPalette

    from secretary_app.ui.accessibility import follow_contrast, high_contrast

    app = QApplication(sys.argv[:1])
    store = Store.open(Path(db))
    meeting = meeting_file.read_file(DEMO).meeting
    store.set_setting("last_meeting", import_meeting(store, meeting))
    window = MainWindow(Operations(store), open_results=False)
    window.open_start_meeting()
    window.show()
    settle(app, 1.0)
    follow_contrast()
    window.tally.set_counts(2, 5, 0)  # rejected: the result's colour would be red
    settle(app, 0.5)
    palette = app.palette()
    line = {
        "high_contrast": high_contrast(),
        "window": palette.color(QPalette.ColorRole.Window).name(),
        "text": palette.color(QPalette.ColorRole.WindowText).name(),
        "result": window.tally.result_label.text(),
        "result_style": window.tally.result_label.styleSheet(),
        "margin_contrast": window.editor._margin.contrast,
    }
    print(json.dumps(line), flush=True)
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--contrast"]:
        sys.exit(contrast(sys.argv[2]))
    sys.exit(main(*sys.argv[1:]))
