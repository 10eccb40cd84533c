"""Type German text into a widget the way a keyboard does, umlauts included.

`QTest.keyClicks` aborts the process on non-ASCII text, so each character is sent as a
KeyPress/KeyRelease pair with `Qt.Key_unknown` and the character as the event's text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Send `text` to `widget` character by character; "\\n" becomes the Return key."""
    for ch in text:
        if ch == "\n":
            key, chars = Qt.Key.Key_Return, "\r"
        elif ch == "\t":
            key, chars = Qt.Key.Key_Tab, "\t"
        elif ch == " ":
            key, chars = Qt.Key.Key_Space, " "
        else:
            key, chars = Qt.Key.Key_unknown, ch
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, chars)
            )
