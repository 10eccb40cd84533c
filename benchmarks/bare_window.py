"""The baseline of the installed-program benchmark: a bare PySide6 window with one
QPlainTextEdit, frozen by PyInstaller the same way as the app, reporting when it is ready
the same way (PROTOKOLLANT_READY_FILE): after the window's first paint, when the event loop is
idle — as the app's `AfterFirstPaint` and the probe do. (A 0-ms timer started right after
`show()` fires before the first paint.)"""

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit


class AfterFirstPaint(QObject):
    """Calls `then` once, from the event loop, after `target` has been painted the first time."""

    def __init__(self, target: QMainWindow, then: object) -> None:
        super().__init__(target)
        self._then = then
        target.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # type: ignore[call-overload]
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    editor = QPlainTextEdit(window)
    window.setCentralWidget(editor)
    window.resize(1280, 720)
    window.show()
    editor.setFocus()
    target = os.environ.get("PROTOKOLLANT_READY_FILE")
    if target:

        def write() -> None:
            with open(target, "w", encoding="ascii") as handle:
                handle.write(repr(time.monotonic()))

        AfterFirstPaint(window, write)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
