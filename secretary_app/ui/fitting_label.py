"""A one-line label with shorter forms of its text: the longest form that fits is shown.

"Stimmenthaltung" becomes "Enthaltung" in a narrow tally, "Beginn 17:00 · Unterbrechung
17:07–17:14 · … · Ende 19:30" becomes "Beginn 17:00 · 3 Unterbrechungen · Ende 19:30" in a narrow
meeting bar: what matters stays whole instead of being cut at its end ("Ende 1…"). Only where
even the shortest form does not fit is it elided. `text()` and the accessible name are always the
whole text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

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

    def form_widths(self) -> list[int]:
        """The width each form needs, the whole text's first."""
        return [self._width_of(form) for form in self._forms]

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


class FittingRow(QWidget):
    """Labels in a row, sized by what matters rather than by stretch factors.

    Each label first gets its least width (a `FittingLabel` its shortest form, an `ElidedLabel`
    a few characters); then, in the order of `priority`, each gets its longest form that still
    fits, and an elided label what is left, up to its whole text. The last label stands at the
    right end. So the meeting bar shows the place and the end time while the committee's name
    (also in the title bar) is the one that gives way.
    """

    def __init__(
        self,
        labels: list[ElidedLabel],
        priority: list[ElidedLabel],
        gap: int = 12,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._labels, self._priority, self._gap = labels, priority, gap
        for label in labels:
            label.setParent(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _sum(self, widths: list[int]) -> int:
        return sum(widths) + self._gap * (len(widths) - 1)

    def sizeHint(self) -> QSize:  # noqa: N802
        height = max(label.sizeHint().height() for label in self._labels)
        return QSize(self._sum([label.sizeHint().width() for label in self._labels]), height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        widths = [label.minimumSizeHint().width() for label in self._labels]
        return QSize(self._sum(widths), self.sizeHint().height())

    def widths(self, room: int) -> dict[ElidedLabel, int]:
        """Each label's width in a row `room` pixels wide."""
        widths = {label: label.minimumSizeHint().width() for label in self._labels}
        slack = room - self._sum(list(widths.values()))
        for label in self._priority:
            if isinstance(label, FittingLabel):
                for width in label.form_widths():
                    if 0 <= width - widths[label] <= slack:
                        slack -= width - widths[label]
                        widths[label] = width
                        break
            else:
                extra = max(0, min(slack, label.sizeHint().width() - widths[label]))
                widths[label] += extra
                slack -= extra
        return widths

    def _place(self) -> None:
        widths = self.widths(self.width())
        height = self.height()
        x = 0
        for label in self._labels[:-1]:
            label.setGeometry(x, 0, widths[label], height)
            x += widths[label] + self._gap
        last = self._labels[-1]
        width = max(widths[last], self.width() - x)
        last.setGeometry(self.width() - width, 0, width, height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a label's text changed
            self.updateGeometry()
            self._place()
        return super().event(event)
