"""A one-line label that elides instead of widening its window ("Ausschuss für Gesundh…")."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from .shown_text import shown


class ElidedLabel(QLabel):
    """Shows as much of its text as fits, with "…"; the whole text is its tooltip.

    Its minimum width is a few characters, so a long committee name or a day of interruptions
    never makes the window wider than the screen.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None, min_chars: int = 6) -> None:
        super().__init__(text, parent)
        self._min_chars = min_chars
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def setText(self, text: str) -> None:  # noqa: N802
        super().setText(text[:2000])  # the most a screen shows in one line, many times over
        self.setToolTip(shown(text, 1000))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        metrics = self.fontMetrics()
        width = min(
            metrics.horizontalAdvance(self.text()), metrics.averageCharWidth() * self._min_chars
        )
        return QSize(width, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), text)
        painter.end()
