"""The right-hand pane: vote tally above attendance where the height allows, else two tabs.

On a 1366×768 or 1280×720 laptop the two do not fit above each other without squeezing the
roll-call list to a row or two; there they become tabs ("Abstimmung" | "Anwesenheit"), and F8 /
F7 bring their tab to the front. On a taller screen they stand one above the other in a
splitter whose sizes are remembered.

On half a screen (`narrow_layout`) the agenda joins them as the first tab ("Tagesordnung" |
"Abstimmung" | "Anwesenheit"): a guest the pane holds until the window is wide again.
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
    QStyle,
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
                    lambda _c=False, w=widget, f=(focus if wants_focus else None): self.reveal(w, f)
                )
        self._tabbed = False
        self._guest: tuple[QWidget, str] | None = None
        self._min_width = 0  # the parts' widest minimum, kept: counting never changes it

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        body = self.scroller.widget()
        if new is not None and body is not None and body.isAncestorOf(new):
            self.scroller.ensureWidgetVisible(new, 8, 8)

    def is_tabbed(self) -> bool:
        return self._tabbed

    def guest(self) -> QWidget | None:
        return self._guest[0] if self._guest is not None else None

    def take_guest(self, widget: QWidget, title: str) -> None:
        """Half a screen: `widget` (the agenda) becomes the first tab; the pane stays tabbed."""
        self._guest = (widget, title)
        self._arrange(rebuild=True)

    def release_guest(self) -> QWidget | None:
        """The window is wide again: the guest leaves the tabs (the caller gives it its place)."""
        if self._guest is None:
            return None
        widget = self._guest[0]
        index = self.tabs.indexOf(widget)
        if index >= 0:
            self.tabs.removeTab(index)
        self._guest = None
        self._arrange(rebuild=True)
        return widget

    def _tab_parts(self) -> list[tuple[QWidget, str]]:
        return ([self._guest] if self._guest is not None else []) + self._parts

    def _needed(self) -> int:
        """The height at which the parts can stand above each other."""
        # the preferred heights, not the minimum ones: word-wrapped labels (the roll-call hint)
        # need more than their minimum claims, and a splitter knows nothing of that
        handles = self.splitter.handleWidth() * (len(self._parts) - 1)
        return sum(w.sizeHint().height() for w, _t in self._parts) + handles + ROOM

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._min_width = 0  # another text size: measured again
        super().changeEvent(event)

    def natural_width(self) -> int:
        """The least width at which the parts show whole: the widest they ever asked for, not
        what they ask for now — a result, a name or a roll-call list never moves the minutes
        beside (they wrap instead) — and room for the scroll bar a short window needs."""
        now = max((w.minimumSizeHint().width() for w, _t in self._parts), default=0)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        now += max(bar, self.scroller.verticalScrollBar().sizeHint().width()) + 2
        self._min_width = max(self._min_width, now)
        return self._min_width

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        width = self.natural_width()
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

    def _arrange(self, rebuild: bool = False) -> None:
        tabbed = self._guest is not None or self.height() < self._needed()
        if tabbed == self._tabbed and not rebuild:
            return
        self._tabbed = tabbed
        focused = QApplication.focusWidget()
        current = self.tabs.currentWidget()
        while self.tabs.count():
            self.tabs.removeTab(0)
        parts = self._tab_parts()
        self.tabs.setAccessibleName(" / ".join(title for _w, title in parts))
        if tabbed:
            for widget, title in parts:
                self.tabs.addTab(widget, title)
            # the tab with the keyboard in it, else the one in front before, else the tally
            showing = [w for w, _t in parts if focused is not None and w.isAncestorOf(focused)]
            index = self.tabs.indexOf(showing[0] if showing else current)
            self.tabs.setCurrentIndex(index if index >= 0 else self.tabs.indexOf(self._parts[0][0]))
            self._stack.setCurrentWidget(self.tabs)
        else:
            for widget, _title in self._parts:
                self.splitter.addWidget(widget)
                widget.show()
            self._stack.setCurrentWidget(self.splitter)
            first = self._parts[0][0].sizeHint().height()
            self.splitter.setSizes([first, max(1, self.height() - first)])
        self.updateGeometry()
        if focused is not None and focused.isVisible():
            focused.setFocus()

    def reveal(self, widget: QWidget, focus: Callable[[], None] | None) -> None:
        """Bring the part's tab to the front; for F7 / F8 put the keyboard there as well (the
        window's F5 reveals the agenda, a guest on half a screen)."""
        shown = self.tabs.currentWidget() is widget
        if self._tabbed and self.tabs.indexOf(widget) >= 0 and not shown:
            self.tabs.setCurrentWidget(widget)
            if focus is not None:
                focus()

    def saveState(self) -> QByteArray:  # noqa: N802
        return self.splitter.saveState()

    def restoreState(self, state: QByteArray) -> bool:  # noqa: N802
        return self.splitter.restoreState(state)
