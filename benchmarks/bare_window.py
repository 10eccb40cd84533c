"""The baseline of the installed-program benchmark: a bare PySide6 window with one
QPlainTextEdit, frozen by PyInstaller the same way as the app, reporting when it is ready
the same way (PROTOKOLLANT_READY_FILE)."""

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit


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

        QTimer.singleShot(0, write)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
