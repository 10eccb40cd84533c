"""Half a screen: snapped beside the agenda PDF (≈ 860 px wide) the minutes keep half the width.

Wide, as always: agenda | minutes | tally and attendance, side by side. Where the minutes would
get less than `EDITOR_SHARE` of the window beside the other panes at their least width, the
window turns narrow: minutes | one tabbed pane "Tagesordnung" | "Abstimmung" | "Anwesenheit".
F5, F8 and F7 bring their tab to the front and put the keyboard there, F6 goes back to the
minutes, Strg+Tab steps through the tabs. The switch follows every resize (with a little
hysteresis, so that a border dragged to and fro does not flicker), and the keyboard stays where
it was: a pane that becomes a tab comes to the front if the keyboard is in it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QWidget

from .window_layout import DEFAULT_WIDTHS

if TYPE_CHECKING:
    from .panes.side_pane import SidePane

EDITOR_SHARE = 0.4  # the least share of the window's width the minutes get while wide
HYSTERESIS = 40  # pixels wider than the switching point before the window is wide again
MARGINS = 8  # the session page's left and right margins around the splitter
# splitter properties while narrow, for window_layout.save: the wide sizes and state
WIDE_SIZES, WIDE_STATE = "wideSizes", "wideState"


class NarrowLayout(QObject):
    """Moves the agenda between its column and the side pane's tabs as the width asks."""

    def __init__(
        self,
        window: QMainWindow,
        splitter: QSplitter,
        agenda: QWidget,
        side: SidePane,
        title: str,
    ) -> None:
        super().__init__(window)
        self._window, self._splitter = window, splitter
        self._agenda, self._side, self._title = agenda, side, title
        self._narrow = False
        self._wide_state = QByteArray()
        window.installEventFilter(self)
        agenda.installEventFilter(self)  # its tool buttons arrive: it needs more room
        self.arrange()

    def is_narrow(self) -> bool:
        return self._narrow

    def _handles(self, count: int) -> int:
        return self._splitter.handleWidth() * count

    def least_width(self) -> int:
        """The splitter's least width: minutes and the tabbed pane (the window may be this
        narrow, whichever layout it shows now)."""
        center = self._splitter.widget(self._splitter.count() - 2)
        side = self._side.minimumSizeHint().width()
        return center.minimumSizeHint().width() + side + self._handles(1)

    def _side_width(self) -> int:
        """The tabbed pane's width while narrow: whole, if the minutes keep half the window."""
        half = self._splitter.width() - self._handles(1) - self._window.width() // 2
        least = self._side.minimumSizeHint().width()  # (at 200 % text the pane scrolls)
        return max(least, min(self._side.natural_width(), half))

    def switch_width(self) -> int:
        """The window's width below which it is narrow: where the minutes would get less than
        `EDITOR_SHARE` beside the agenda and the side pane showing whole."""
        panes = self._agenda.minimumSizeHint().width() + self._side.natural_width()
        return MARGINS + int((panes + self._handles(2)) / (1 - EDITOR_SHARE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._window and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.arrange()
        elif watched is self._agenda and event.type() == QEvent.Type.LayoutRequest:
            self.arrange()
        return False

    def arrange(self) -> None:
        self._splitter.setMinimumWidth(self.least_width())
        width, switch = self._window.width(), self.switch_width()
        narrow = width < switch + (HYSTERESIS if self._narrow else 0)
        if narrow == self._narrow:
            return
        focused = QApplication.focusWidget()
        if narrow:
            self._wide_state = self._splitter.saveState()
            self._splitter.setProperty(WIDE_SIZES, ",".join(map(str, self._splitter.sizes())))
            self._splitter.setProperty(WIDE_STATE, self._wide_state)
            self._side.take_guest(self._agenda, self._title)
            available = self._splitter.width() - self._handles(1)
            side = self._side_width()
            self._splitter.setSizes([max(1, available - side), side])
        else:
            self._side.release_guest()
            self._splitter.insertWidget(0, self._agenda)
            self._agenda.show()
            self._splitter.restoreState(self._wide_state)
            agenda, _center, side = self._splitter.sizes()
            if agenda < self._agenda.minimumSizeHint().width():  # it started narrow
                width = self._splitter.width() - self._handles(2)
                side = max(side, DEFAULT_WIDTHS[2])
                self._splitter.setSizes([DEFAULT_WIDTHS[0], width - DEFAULT_WIDTHS[0] - side, side])
            self._splitter.setProperty(WIDE_SIZES, None)
            self._splitter.setProperty(WIDE_STATE, None)
        self._narrow = narrow
        if focused is not None and focused.isVisible() and not focused.hasFocus():
            focused.setFocus()
