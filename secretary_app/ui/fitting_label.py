"""A one-line label with shorter forms of its text: the longest form that fits is shown.

"Stimmenthaltung" becomes "Enthaltung" in a narrow tally, "Beginn 17:00 · Unterbrechung
17:07–17:14 · … · Ende 19:30" becomes "Beginn 17:00 · 3 Unterbrechungen · Ende 19:30" in a narrow
meeting bar: what matters stays whole instead of being cut at its end ("Ende 1…"). Only where
even the shortest form does not fit is it elided. `text()` and the accessible name are always the
whole text.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget

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
        # a few characters, like any elided label: a `FittingRow` gives it its shortest form
        # whole wherever the window has room (it never makes the window wider than the screen)
        least = super().minimumSizeHint()
        return QSize(min(least.width(), self._width_of(self._forms[-1])), least.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        flags = int(self.alignment() | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(self.contentsRect(), flags, self.shown_text())
        painter.end()


class FittingRow(QLayout):
    """Labels in a row, sized by what matters rather than by stretch factors.

    Each label first gets its least width (a few characters). Then the `essential` labels, in
    their order, get their shortest form whole; then the `extras`, in their order, their longest
    form that still fits (an elided label: up to its whole text, or as `(label, n)` up to n
    characters). Only a window too narrow for
    the essentials elides them. The last label stands at the right end. So the meeting bar
    shows the end time and the place while the committee's name (also in the title bar) is the
    one that gives way.
    """

    def __init__(
        self,
        labels: list[ElidedLabel],
        essential: list[FittingLabel],
        extras: list[ElidedLabel | tuple[ElidedLabel, int]],
        gap: int = 12,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._labels, self._essential, self._extras, self._gap = labels, essential, extras, gap
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)
        for label in labels:
            self.addWidget(label)

    # -- QLayout ---------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation.Horizontal

    def _sum(self, widths: list[int]) -> int:
        return sum(widths) + self._gap * (len(widths) - 1)

    def sizeHint(self) -> QSize:  # noqa: N802
        height = max(label.sizeHint().height() for label in self._labels)
        return QSize(self._sum([label.sizeHint().width() for label in self._labels]), height)

    def minimumSize(self) -> QSize:  # noqa: N802
        widths = [label.minimumSizeHint().width() for label in self._labels]
        return QSize(self._sum(widths), self.sizeHint().height())

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        widths = self.widths(rect.width())
        x = rect.x()
        for label in self._labels[:-1]:
            label.setGeometry(x, rect.y(), widths[label], rect.height())
            x += widths[label] + self._gap
        last = self._labels[-1]
        width = max(widths[last], rect.right() + 1 - x)
        last.setGeometry(rect.right() + 1 - width, rect.y(), width, rect.height())

    # -- the allocation --------------------------------------------------------------------

    def widths(self, room: int) -> dict[ElidedLabel, int]:
        """Each label's width in a row `room` pixels wide."""
        widths = {label: label.minimumSizeHint().width() for label in self._labels}
        slack = room - self._sum(list(widths.values()))

        def grow(label: ElidedLabel, target: int) -> None:
            nonlocal slack
            extra = max(0, min(slack, target - widths[label]))
            widths[label] += extra
            slack -= extra

        for essential in self._essential:  # its shortest form whole, else what there is
            grow(essential, essential.form_widths()[-1])
        for extra in self._extras:
            label, chars = extra if isinstance(extra, tuple) else (extra, 0)
            if chars:  # a start of the text: "Ausschuss für Ge…", not "Aus…"
                grow(label, label.fontMetrics().averageCharWidth() * chars)
            elif isinstance(label, FittingLabel):
                fitting = [w for w in label.form_widths() if w - widths[label] <= slack]
                grow(label, max(fitting, default=0))
            else:
                grow(label, label.sizeHint().width())
        return widths
