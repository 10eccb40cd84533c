"""A one-line label with shorter forms of its text: the longest form that fits is shown.

"Stimmenthaltung" becomes "Enthaltung" in a narrow tally, "Beginn 17:00 · Unterbrechung
17:07–17:14 · … · Ende 19:30" becomes "Beginn 17:00 · 3 Unterbrechungen · Ende 19:30" in a narrow
meeting bar: what matters stays whole instead of being cut at its end ("Ende 1…"). Only where
even the shortest form does not fit is it elided. `text()` and the accessible name are always the
whole text.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from .elided_label import ElidedLabel


class FittingLabel(ElidedLabel):
    """Shows the first of its forms (whole text first) that fits its width."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._forms: list[str] = [text]

    def set_forms(self, whole: str, *shorter: str) -> None:
        """The whole text and shorter forms of it, longest first."""
        self._forms = [whole, *(s for s in shorter if s and s != whole)]
        self.setText(whole)
        self.updateGeometry()
        self.update()

    def setText(self, text: str) -> None:  # noqa: N802
        if not getattr(self, "_forms", None) or self._forms[0] != text:
            self._forms = [text]
        super().setText(text)

    def _width_of(self, text: str) -> int:
        margins = self.contentsMargins()
        return self.fontMetrics().horizontalAdvance(text) + margins.left() + margins.right() + 1

    def shown_text(self) -> str:
        """The form the label shows at its present width (elided if even the shortest is
        too long)."""
        width = self.contentsRect().width()
        for form in self._forms:
            if self.fontMetrics().horizontalAdvance(form) <= width:
                return form
        return self.fontMetrics().elidedText(self._forms[-1], Qt.TextElideMode.ElideRight, width)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._width_of(self._forms[0]), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._width_of(self._forms[-1]), super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        flags = int(self.alignment() | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(self.contentsRect(), flags, self.shown_text())
        painter.end()
