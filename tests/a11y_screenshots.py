"""Screenshots of the real window in a contrast theme and at 200 % scaling (Xvfb + openbox).

    python -m tests.a11y_screenshots [DISPLAY_NUMBER]

writes docs/screenshots/a11y-contrast-<moment>.png (the system says "high contrast": a desktop
portal that answers as GNOME's does, tests/fake_portal.py) and a11y-200-<moment>.png
(QT_SCALE_FACTOR=2 on a 1366×768 screen). The window runs as `python -m tests.a11y_screenshots
--window DB TARGET PREFIX` inside its own session D-Bus.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.test_real_window import ROOT, stop_x

TARGET = ROOT / "docs" / "screenshots"


def window(db: str, target: str, prefix: str) -> int:
    from PySide6.QtWidgets import QApplication

    from secretary_app.formats import meeting_file
    from secretary_app.session import Operations
    from secretary_app.store import Store
    from secretary_app.store.meetings import import_meeting
    from secretary_app.ui.accessibility import follow_contrast, show_focus
    from secretary_app.ui.main_window import MainWindow
    from secretary_app.ui.translations import install_translator
    from tests.a11y_driver import DEMO, settle

    app = QApplication(sys.argv[:1])
    install_translator(app, "de")
    store = Store.open(Path(db))
    meeting = meeting_file.read_file(DEMO).meeting
    meeting.start = meeting.end = ""
    store.set_setting("last_meeting", import_meeting(store, meeting))
    win = MainWindow(Operations(store), open_results=False)
    win.open_start_meeting()
    win.show()
    win.activateWindow()
    follow_contrast()
    show_focus()
    settle(app, 1.5)

    def shoot(moment: str) -> None:
        settle(app, 1.0)
        path = Path(target) / f"a11y-{prefix}-{moment}.png"
        subprocess.run(["import", "-window", "root", str(path)], check=True)
        print(path, flush=True)

    clock = iter(f"{h}:{m:02d}" for h in range(17, 23) for m in range(0, 60, 7))
    win.meeting_bar._clock = lambda: next(clock)
    win.meeting_bar.start()
    win.agenda.select_row(0)
    editor = win.editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.new_paragraph("motion")
    editor.insertPlainText("Der Ausschuss empfiehlt die Vorlage.")
    tally = win.tally
    tally.set_counts(4, 2, 0)  # one member not counted: the warning shows
    win.agenda.view.setFocus()  # the focused agenda row and its frame
    shoot("tally")
    focus = next(a for a in win.attendance.actions() if a.objectName().endswith("_focus"))
    focus.trigger()
    panel = win.attendance
    panel.view.setCurrentIndex(panel.model.index(1, 1))
    next(a for a in panel.actions() if a.objectName().endswith("_exclude")).trigger()
    shoot("attendance")
    win.tally.record_button.setFocus()
    next(a for a in tally.actions() if a.objectName().endswith("_focus")).trigger()
    tally.record_button.setFocus()  # the keyboard on a button: is its focus visible?
    shoot("record-button")
    win.close()
    settle(app, 0.3)
    store.close()
    return 0


def run(display: str, prefix: str, env_extra: dict[str, str], portal: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_STATE_HOME": str(home / "state"),
            **env_extra,
        }
        inner = (
            f"{sys.executable} -m tests.a11y_screenshots --window {home / 't.db'} {TARGET} {prefix}"
        )
        if portal:  # the portal first, then the window, in one session bus
            inner = (
                f"/usr/bin/python3 {ROOT / 'tests' / 'fake_portal.py'} > {home / 'portal'} & "
                f"for i in $(seq 50); do grep -qs ready {home / 'portal'} && break; "
                "sleep 0.1; done; " + inner
            )
        subprocess.run(
            ["dbus-run-session", "--", "sh", "-c", inner],
            env=env,
            cwd=ROOT,
            check=True,
            timeout=180,
        )


def main(number: str = "29") -> int:
    display = f":{number}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"])
    time.sleep(1)
    wm = subprocess.Popen(["openbox", "--sm-disable"], env={**os.environ, "DISPLAY": display})
    time.sleep(1)
    try:
        run(display, "contrast", {"QT_QPA_PLATFORMTHEME": "xdgdesktopportal"}, portal=True)
        run(display, "200", {"QT_SCALE_FACTOR": "2"}, portal=False)
    finally:
        stop_x(xvfb, wm)
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--window"]:
        sys.exit(window(*sys.argv[2:5]))
    sys.exit(main(*sys.argv[1:2]))
