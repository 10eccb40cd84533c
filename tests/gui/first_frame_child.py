"""Run by tests/gui/test_first_frame.py in a fresh process: a staged main window on DB, as the
program starts it, with PySide6's `Qt` namespace not yet built. Prints one JSON line: whether
the namespace was built at the first paint, and how many pixels of the margin's letter column
show ink once the whole window is there (taken from what the window shows, its backing store,
right after the margin's first paint once the window is complete: no poll racing the repaint).

    python tests/gui/first_frame_child.py DB
"""

from __future__ import annotations

import json
import sys


def main(db: str) -> int:
    from secretary_app import app

    app._import_qt_free_modules()
    from PySide6.QtWidgets import QApplication

    app._spare_pyside_the_source_scan()
    qt_app = QApplication(sys.argv[:1])
    from secretary_app.session import Operations
    from secretary_app.store import Store
    from secretary_app.ui import qt_namespace
    from secretary_app.ui.first_paint import AfterFirstPaint
    from secretary_app.ui.main_window import MainWindow
    from secretary_app.ui.panes.minutes_editor import MARGIN_WIDTH

    store = Store.open(db)
    window = MainWindow(Operations(store), open_results=False, staged=True)
    window.remember_layout = False
    window.open_start_meeting()
    window.resize(1280, 720)
    window.splitter.setSizes([1, 2000, 1])
    report: dict[str, object] = {}

    def at_first_paint() -> None:
        report["qt_namespace_built_at_first_paint"] = qt_namespace.is_built()

    def measure() -> None:
        margin = window.editor._margin
        corner = margin.mapTo(window, margin.rect().topLeft())
        shown = window.screen().grabWindow(window.winId()).toImage()
        # the letters' column, left of the bars: blue-grey "A" and "∑" on white paper
        report["letter_ink"] = sum(
            colour.blue() - colour.red() > 25
            for x in range(MARGIN_WIDTH - 6)
            for y in range(margin.height())
            for colour in [shown.pixelColor(corner.x() + x, corner.y() + y)]
        )
        qt_app.quit()

    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaintOfTheCompleteWindow(QObject):
        """The margin's first paint after `finish_building` returned: measured once it is on
        the backing store (the next turn of the event loop), as `AfterFirstPaint` does."""

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and window.built:
                obj.removeEventFilter(self)
                QTimer.singleShot(0, measure)
            return False

    waiter = FirstPaintOfTheCompleteWindow()
    window.editor._margin.installEventFilter(waiter)
    window.show()
    AfterFirstPaint(window, at_first_paint)
    QTimer.singleShot(20_000, qt_app.quit)  # never painted again: no "letter_ink", the test says so
    qt_app.exec()
    window.autosaver.flush_and_wait()
    store.close()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
