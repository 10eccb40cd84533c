"""Run by tests/gui/test_narrow_layout.py in a fresh process on a 1920×1080 offscreen screen
(a screen of its own: the test process's offscreen screen is 800×600): the main window with the
demo meeting at 1366×768, 1280×720, 860×700 (snapped beside the agenda PDF) and its least
width, each time
counting a vote through every state the tally shows, and at 860 the keys F5 / F8 / F7 / F6.
Prints one JSON line.

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json python tests/gui/narrow_child.py DB
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SIZES = ((1366, 768), (1280, 720), (860, 700))


def main(db: str) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from secretary_app.formats import meeting_file
    from secretary_app.session import Operations
    from secretary_app.store import Store
    from secretary_app.store.meetings import import_meeting
    from secretary_app.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    store = Store.open(Path(db))
    meeting = meeting_file.read_file(ROOT / "resources" / "demo" / "reference-meeting.json").meeting
    store.set_setting("last_meeting", import_meeting(store, meeting))
    window = MainWindow(Operations(store), open_results=False)
    window.remember_layout = False
    window.open_start_meeting()
    window.show()
    window.activateWindow()
    tally = window.tally

    def settle() -> None:
        for _ in range(10):
            app.processEvents()

    def widths(state: str) -> dict[str, Any]:
        settle()
        return {
            "state": state,
            "editor": window.editor.width(),
            "side": window.side.width(),
            # the least widths the splitter keeps: at the window's least width they are its layout
            "least": [window.side.minimumSizeHint().width(), tally.minimumSizeHint().width()],
            "tabs": [window.side.tabs.tabText(i) for i in range(window.side.tabs.count())],
            "agenda_column": window.splitter.indexOf(window.agenda) == 0,
            "shown": tally.result_label.text(),
            "result_lines": tally.result_label.height()
            // tally.result_label.fontMetrics().lineSpacing(),
            "caption": tally.abstain_box.caption.shown_text(),
        }

    def count_through_every_state() -> list[dict[str, Any]]:
        seen = [widths("open")]
        for state, counts in (
            ("angenommen", (5, 0, 0)),
            ("abgelehnt", (1, 3, 0)),
            ("too many", (9, 0, 0)),  # the warning: more votes than members
        ):
            tally.set_counts(*counts)
            seen.append(widths(state))
        tally.reset()
        tally.set_method("roll-call")
        tally.label_edit.setText("zum Änderungsantrag der Fraktion DIE LINKE, Absatz 2")
        seen.append(widths("roll-call"))
        for row, answer in enumerate(["yes", "no", "yes", "abstain", "yes", "yes", "no"]):
            tally.roll_call_model.set_ballot(row, answer)
            seen.append(widths(f"roll-call {row + 1}"))
        tally.set_method("secret")
        seen.append(widths("secret"))
        tally.reset()
        seen.append(widths("reset"))
        return seen

    def key(k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> str:
        """Press `k` where the keyboard is; which tab is in front and where the keyboard went."""
        target = QApplication.focusWidget() or window
        QTest.keyClick(target, k, mods)
        settle()
        focus = QApplication.focusWidget()
        return f"{window.side.tabs.tabText(window.side.tabs.currentIndex())} / " + (
            type(focus).__name__ if focus is not None else "-"
        )

    report: dict[str, Any] = {"sizes": {}}
    least = window.minimumSizeHint().width()  # where the issue saw the pane jump: at the least
    for width, height in (*SIZES, (least, 700)):
        window.resize(width, height)
        settle()
        report["sizes"][f"{width}x{height}"] = {
            "window": window.width(),
            "states": count_through_every_state(),
        }
    # her laptop's screens less the title bar and the panel (as the real window measured them):
    # during a roll-call with ballots missing, the result and the record button are in view
    report["record_in_view"] = {}
    for width, height in ((1240, 640), (860, 660)):
        window.resize(width, height)
        tally.reset()
        tally.set_method("roll-call")
        for row, answer in enumerate(["yes", "no", "yes", "yes"]):
            tally.roll_call_model.set_ballot(row, answer)
        settle()
        button, result = tally.record_button, tally.result_label
        report["record_in_view"][f"{width}x{height}"] = [
            button.visibleRegion().boundingRect().height() == button.height(),
            result.visibleRegion().boundingRect().height() == result.height(),
            result.text(),
        ]
    tally.reset()
    window.editor.setFocus()
    settle()
    report["keys"] = {name: key(k) for name, k in (("F5", Qt.Key.Key_F5), ("F8", Qt.Key.Key_F8))}
    report["keys"]["Ctrl+Tab"] = key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    report["keys"]["F7"] = key(Qt.Key.Key_F7)
    report["keys"]["F6"] = key(Qt.Key.Key_F6)
    window.agenda.view.setFocus()
    settle()
    window.resize(1366, 768)  # wide again, the keyboard in the agenda: it stays there
    settle()
    report["wide_again"] = widths("wide again")
    report["wide_again"]["focus"] = type(QApplication.focusWidget()).__name__
    window.resize(860, 700)  # and narrow, the keyboard still in the agenda: its tab in front
    settle()
    report["narrow_again"] = widths("narrow again")
    report["narrow_again"]["front"] = window.side.tabs.tabText(window.side.tabs.currentIndex())
    report["narrow_again"]["focus"] = type(QApplication.focusWidget()).__name__
    window.remember_layout = True  # closed on half a screen, started again, then widened
    window.close()
    again = MainWindow(Operations(store), open_results=False)
    again.open_start_meeting()
    again.show()
    settle()
    report["restarted"] = {"width": again.width(), "narrow": again.side.guest() is not None}
    again.resize(1366, 768)
    settle()
    report["restarted"]["agenda_shown"] = [
        again.agenda.isVisible(),
        again.agenda.width() >= again.agenda.minimumSizeHint().width(),
        again.splitter.indexOf(again.agenda),
    ]
    again.close()
    print(json.dumps(report, ensure_ascii=False))
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
