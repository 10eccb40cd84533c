"""Drives the real main window on a real X display (Xvfb + openbox) and reports its geometry.

Run by tests/test_real_window.py as `python -m tests.real_window_driver DB [SHOTS_DIR]` with
DISPLAY set. It prints one JSON line per moment — before, during and after a session with the
longest committee name and meeting-bar text of the test data — with the window's frame (title
bar included), the status bar's rectangle on the screen and the screen's available area. With
SHOTS_DIR it also takes `import -window root` screenshots of the moments the handbook shows.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from secretary_app.domain.model import AgendaItem, Vote
from secretary_app.formats import meeting_file
from secretary_app.session import Operations
from secretary_app.store import Store
from secretary_app.store.meetings import import_meeting
from secretary_app.ui import messages
from secretary_app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "resources" / "demo" / "reference-meeting.json"
SNAPPED = 1000  # a screen narrower stands for the half screen a snapped window has: filled


def settle(app: QApplication, seconds: float = 0.8) -> None:
    """Let the window manager frame, place and resize the window."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def _rows_visible(view) -> int:
    """Ballot rows wholly inside the roll-call list's viewport (0 while it is hidden)."""
    if not view.isVisible():
        return 0
    area = view.viewport().rect()
    model = view.model()
    return sum(
        1 for row in range(model.rowCount()) if area.contains(view.visualRect(model.index(row, 0)))
    )


def _vote_boxes_clipped(window) -> int:
    """Vote boxes in the editor whose text needs more height than the box has."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFontMetricsF

    from secretary_app.ui.panes import minutes_document as md

    editor = window.editor
    doc = editor.document()
    metrics = QFontMetricsF(doc.defaultFont())
    clipped = 0
    block = doc.firstBlock()
    while block.isValid():
        vote = md.block_vote(block)
        if vote is not None:
            box = editor.blockBoundingRect(block)
            text = md.VoteRenderer.describe(vote, "angenommen")
            need = metrics.boundingRect(
                QRectF(0, 0, editor.viewport().width() - 28 - 16, 10_000),
                int(Qt.TextFlag.TextWordWrap),
                text,
            ).height()
            clipped += need > box.height()
        block = block.next()
    return clipped


def settle_frame(app: QApplication, window: MainWindow, timeout: float = 4.0) -> None:
    """Settle, then wait until the frame stops changing (a busy machine delays the WM)."""
    settle(app)
    end = time.monotonic() + timeout
    last = rect(window.frameGeometry())
    while time.monotonic() < end:
        settle(app, 0.3)
        now = rect(window.frameGeometry())
        if now == last:
            return
        last = now


def report(app: QApplication, window: MainWindow, moment: str, shots: Path | None) -> None:
    settle_frame(app, window)
    bar = window.statusBar()
    status = QRect(bar.mapToGlobal(bar.rect().topLeft()), bar.size())
    screen = window.screen()
    line = {
        "moment": moment,
        "frame": rect(window.frameGeometry()),
        "client": rect(QRect(window.mapToGlobal(window.rect().topLeft()), window.size())),
        "status": rect(status),
        "available": rect(screen.availableGeometry()),
        "screen": rect(screen.geometry()),
        "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
        "side_tabbed": window.side.is_tabbed(),
        "ballots_visible": _rows_visible(window.tally.roll_call_view),
        "vote_box_lines_clipped": _vote_boxes_clipped(window),
        "meeting_bar": window.meeting_bar.clock_text(),
        # what the bar shows of its head and clock at this width (the whole is in the tooltip)
        "bar_shown": [
            window.meeting_bar._head.shown_text(),
            window.meeting_bar._times.shown_text(),
        ],
        "window_width": window.width(),
        "editor_width": window.editor.width(),
        "side_width": window.side.width(),
        "side_tabs": [window.side.tabs.tabText(i) for i in range(window.side.tabs.count())],
        "side_front": window.side.tabs.tabText(window.side.tabs.currentIndex()),
    }
    print(json.dumps(line, ensure_ascii=False), flush=True)
    if shots is not None:
        size = f"{screen.geometry().width()}x{screen.geometry().height()}"
        target = shots / f"real-{moment}-{size}.png"
        subprocess.run(["import", "-window", "root", str(target)], check=True)


def main(db: str, shots_dir: str | None = None) -> int:
    shots = Path(shots_dir) if shots_dir else None
    app = QApplication(sys.argv[:1])
    store = Store.open(Path(db))
    meeting = meeting_file.read_file(DEMO).meeting
    meeting.start = meeting.end = ""  # the session happens now
    meeting.location = "Stadthaus, Raum 3.025"
    meeting.agenda.append(  # a non-public item with paper and outcome badge in the agenda
        AgendaItem(
            number="9",
            title="Grundstücksangelegenheit Am Kanal",
            paper="16/SVV/0123",
            public=False,
            outcome="zurückgestellt",
        )
    )
    meeting_id = import_meeting(store, meeting)
    store.set_setting("last_meeting", meeting_id)
    window = MainWindow(Operations(store), open_results=False)
    window.open_start_meeting()
    window.show()
    if window.screen().geometry().width() < SNAPPED:  # half of her screen, beside the PDF
        window.showMaximized()
    window.activateWindow()
    report(app, window, "before", None)

    clock = iter(f"{h}:{m:02d}" for h in range(17, 23) for m in range(0, 60, 7))
    bar = window.meeting_bar
    bar._clock = lambda: next(clock)
    bar.start()
    for _ in range(6):  # a long evening: three interruptions, the meeting-bar text grows
        bar.toggle_pause()
    window.agenda.select_row(0)
    editor = window.editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    window.minutes_commands.record_vote(
        Vote(
            yes=4,
            no=2,
            abstain=1,
            label="zum Änderungsantrag der Fraktion DIE LINKE, den zweiten Absatz der "
            "Beschlussvorlage zu streichen und durch eine Berichtspflicht zu ersetzen",
        )
    )
    editor.insertPlainText("Die Vorsitzende stellt die geänderte Vorlage zur Abstimmung.")
    report(app, window, "during", shots)

    tally = window.tally
    next(a for a in tally.actions() if a.objectName().endswith("_focus")).trigger()  # F8
    tally.set_method("roll-call")
    tally.label_edit.setText("zur geänderten Vorlage")
    for row, answer in enumerate(["yes", "yes", "no", "yes"]):
        tally.roll_call_model.set_ballot(row, answer)
    report(app, window, "roll-call", shots)

    # F7 as she would press it: in tabs, the attendance tab comes to the front
    focus = next(a for a in window.attendance.actions() if a.objectName().endswith("_focus"))
    focus.trigger()
    panel = window.attendance  # Frau Schulze is biased on this item (Ctrl+F9 on her row)
    panel.view.setCurrentIndex(panel.model.index(1, 1))
    next(a for a in panel.actions() if a.objectName().endswith("_exclude")).trigger()
    report(app, window, "attendance", shots)

    tally.set_method("open")
    messages.confirm = lambda *_a, **_k: True  # she says yes to ending the session
    bar.end()
    window.showMaximized()
    report(app, window, "maximised", None)
    window.showNormal()
    report(app, window, "after", None)
    window.close()
    settle(app, 0.3)

    # started again: the saved geometry is restored and must lie on the screen as well
    again = MainWindow(Operations(store), open_results=False)
    again.open_start_meeting()
    again.show()
    report(app, again, "restored", None)
    again.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
