"""Screenshots of the vote tally (roll-call) and the attendance panel on the demo meeting.

Run `python -m tests.gui.screenshots` (headless is fine) to refresh the pictures in
docs/screenshots/; the test suite renders the same pictures into a temporary folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo" / "reference-meeting.json"
TARGET = ROOT / "docs" / "screenshots"


def demo_meeting():
    from secretary_app.formats import meeting_file

    return meeting_file.read_file(DEMO).meeting


def vote_tally_roll_call(path: Path) -> Path:
    """The tally during a roll-call vote on an amendment, the last ballot still to come."""
    from PySide6.QtWidgets import QApplication

    from secretary_app.ui.panes.vote_tally import VoteTally

    meeting = demo_meeting()
    tally = VoteTally()
    tally.resize(540, 660)
    tally.set_context(meeting, meeting.agenda[0], "simple")
    tally.set_method("roll-call")
    tally.label_edit.setText("zum Änderungsantrag der Fraktion DIE LINKE")
    for row, answer in enumerate(["yes", "yes", "no", "yes", "abstain", "yes"]):
        tally.roll_call_model.set_ballot(row, answer)
    tally.show()
    tally.roll_call_view.setCurrentIndex(tally.roll_call_model.index(6, 0))
    tally.roll_call_view.setFocus()
    QApplication.processEvents()
    tally.grab().save(str(path))
    tally.close()
    return path


def attendance(path: Path) -> Path:
    """The attendance of the demo meeting at item 7.1: one late arrival, one member biased."""
    from PySide6.QtWidgets import QApplication

    from secretary_app.ui.panes.attendance_panel import AttendancePanel

    meeting = demo_meeting()
    late = meeting.attendance_of("grasnik")
    assert late is not None
    late.arrived = "17:25"
    gone = meeting.attendance_of("mueller-preinesberger")
    assert gone is not None
    gone.arrived, gone.left = "17:00", "18:40"
    item = meeting.agenda[0]
    item.excluded = ["thomann"]
    panel = AttendancePanel()
    panel.resize(580, 400)
    panel.set_meeting(meeting)
    panel.set_current_item(item)
    panel.show()
    panel.select_member("grasnik")
    QApplication.processEvents()
    panel.grab().save(str(path))
    panel.close()
    return path


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    TARGET.mkdir(parents=True, exist_ok=True)
    for path in (
        vote_tally_roll_call(TARGET / "vote-tally-roll-call.png"),
        attendance(TARGET / "attendance.png"),
    ):
        print(path)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
