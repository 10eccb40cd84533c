"""Doing something right after a widget's first paint, from the event loop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Calls `then` once, from the event loop, after `target` has been painted the first time."""

    def __init__(self, target: QWidget, then: Callable[[], object]) -> None:
        super().__init__(target)
        self._then = then
        target.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False
