"""The right-hand pane: vote tally above attendance where the height allows, else two tabs.

On a 1366×768 or 1280×720 laptop the two do not fit above each other without squeezing the
roll-call list to a row or two; there they become tabs ("Abstimmung" | "Anwesenheit"), and F8 /
F7 bring their tab to the front. On a taller screen they stand one above the other in a
splitter whose sizes are remembered.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QScrollArea,
    QSplitter,
    QStackedLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

# extra height, beyond both parts' minimum, before they stand above each other again
ROOM = 80
SMALL_SCREEN = 1000  # points


class SidePane(QWidget):
    """Holds the parts in a vertical splitter or in tabs, whichever the height allows."""

    def __init__(
        self,
        parts: Sequence[tuple[QWidget, str, Callable[[], None] | None]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sidePane")
        self._parts = [(w, title) for w, title, _focus in parts]
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("sideSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setMinimumSize(1, 1)  # its parts' minimum is no minimum of the pane
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("sideTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(" / ".join(title for _w, title, _f in parts))
        # at 200 % text size the parts need more room than the screen has: the pane scrolls
        body = QWidget(self)
        self._stack = QStackedLayout(body)
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("sideScroll")
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard goes to the parts
        self.scroller.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroller)
        app = QApplication.instance()
        if isinstance(app, QApplication):  # the keyboard's place is scrolled into view
            app.focusChanged.connect(self._follow_focus)
        self._stack.addWidget(self.splitter)
        self._stack.addWidget(self.tabs)
        for widget, _title in self._parts:
            self.splitter.addWidget(widget)
            widget.installEventFilter(self)
        for widget, _title, focus in parts:
            # any of a part's commands (Alt+J, F9 …) brings its tab to the front; F8 / F7 also
            # put the keyboard there, which a hidden tab could not take
            for action in widget.actions():
                wants_focus = action.objectName().endswith("_focus")
                action.triggered.connect(
                    lambda _c=False, w=widget, f=(focus if wants_focus else None): self._reveal(
                        w, f
                    )
                )
        self._tabbed = False

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        body = self.scroller.widget()
        if new is not None and body is not None and body.isAncestorOf(new):
            self.scroller.ensureWidgetVisible(new, 8, 8)

    def is_tabbed(self) -> bool:
        return self._tabbed

    def _needed(self) -> int:
        """The height at which the parts can stand above each other."""
        # the preferred heights, not the minimum ones: word-wrapped labels (the roll-call hint)
        # need more than their minimum claims, and a splitter knows nothing of that
        handles = self.splitter.handleWidth() * (len(self._parts) - 1)
        return sum(w.sizeHint().height() for w, _t in self._parts) + handles + ROOM

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        width = max((w.minimumSizeHint().width() for w, _t in self._parts), default=0)
        height = max((w.minimumSizeHint().height() for w, _t in self._parts), default=0)
        height += self.tabs.tabBar().sizeHint().height()
        screen = self.screen()
        if screen is not None:  # never more than the screen can give: the rest scrolls
            room = screen.availableGeometry()
            # (a screen under 1000 points wide is a laptop at 200 %: the editor needs the room)
            share = 3 if room.width() < SMALL_SCREEN else 4
            width = min(width, room.width() * share // 10)
            height = min(height, room.height() // 2)
        return QSize(width, height)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.splitter.sizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._arrange()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LayoutRequest:  # e.g. the roll-call list appeared
            self._arrange()
        return False

    def _arrange(self) -> None:
        tabbed = self.height() < self._needed()
        if tabbed == self._tabbed:
            return
        self._tabbed = tabbed
        focused = self.focusWidget()
        current = self.tabs.currentIndex()
        if tabbed:
            for widget, title in self._parts:
                self.tabs.addTab(widget, title)
            self.tabs.setCurrentIndex(max(current, 0))
            self._stack.setCurrentWidget(self.tabs)
        else:
            while self.tabs.count():
                self.tabs.removeTab(0)
            for widget, _title in self._parts:
                self.splitter.addWidget(widget)
                widget.show()
            self._stack.setCurrentWidget(self.splitter)
            first = self._parts[0][0].sizeHint().height()
            self.splitter.setSizes([first, max(1, self.height() - first)])
        self.updateGeometry()
        if focused is not None and focused.isVisible():
            focused.setFocus()

    def _reveal(self, widget: QWidget, focus: Callable[[], None] | None) -> None:
        """Bring the part's tab to the front; for F7 / F8 put the keyboard there as well."""
        if self._tabbed and self.tabs.currentWidget() is not widget:
            self.tabs.setCurrentWidget(widget)
            if focus is not None:
                focus()

    def saveState(self) -> QByteArray:  # noqa: N802
        return self.splitter.saveState()

    def restoreState(self, state: QByteArray) -> bool:  # noqa: N802
        return self.splitter.restoreState(state)
