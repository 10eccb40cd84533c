"""Keeps a top-level window, frame and status bar included, on the screen's available area.

On first start and after every restore (saved geometry from a bigger monitor, a docked laptop
now undocked, a maximised state taller than the screen) the window is shrunk and moved so that
its whole frame lies inside `availableGeometry()` — the screen minus panels and task bar.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# frame margins a window manager adds, until the real ones are known (title bar, borders)
ASSUMED_FRAME = QMargins(4, 32, 4, 4)
FIRST_START_MARGINS = QMargins(20, 50, 20, 20)
FIRST_START_LARGEST = QSize(1680, 1050)


def fitted(frame: QMargins, client: QRect, available: QRect) -> QRect:
    """The client rectangle that, with `frame` around it, lies inside `available`."""
    width = min(client.width(), available.width() - frame.left() - frame.right())
    height = min(client.height(), available.height() - frame.top() - frame.bottom())
    x = max(available.left() + frame.left(), client.x())
    y = max(available.top() + frame.top(), client.y())
    x = min(x, available.right() + 1 - frame.right() - width)
    y = min(y, available.bottom() + 1 - frame.bottom() - height)
    return QRect(x, y, width, height)


class ScreenFit(QObject):
    """After show and after a state change, fit a window to the screen.

    Until the window is first shown an event filter waits for its Show event; from then on the
    native window's signals (state changed, shown again) say when, so that no Python runs for
    the many events a window sees while she types (key releases, repaint requests).
    """

    def __init__(self, window: QWidget, first_start: bool = False) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)
        self._follow_native_window()
        if first_start:  # no saved geometry: most of the screen, centred
            available = self.available()
            if not available.isEmpty():
                size = available.size().shrunkBy(FIRST_START_MARGINS)
                size = size.boundedTo(FIRST_START_LARGEST)
                window.resize(size)
                frame = window.frameGeometry()
                frame.moveCenter(available.center())
                window.move(frame.topLeft())
        if not window.isVisible():
            self.fit()

    def _frame(self) -> QMargins:
        w = self._window
        if not w.isVisible():
            return ASSUMED_FRAME
        outer, inner = w.frameGeometry(), w.geometry()
        margins = QMargins(
            inner.left() - outer.left(),
            inner.top() - outer.top(),
            outer.right() - inner.right(),
            outer.bottom() - inner.bottom(),
        )
        return margins if margins.top() > 0 or not w.isVisible() else ASSUMED_FRAME

    def available(self) -> QRect:
        screen = self._window.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry() if screen is not None else QRect()

    def fit(self) -> None:
        w = self._window
        available = self.available()
        if available.isEmpty():
            return
        if w.isMaximized() or w.isFullScreen():
            return  # the window manager sizes it; our minimum size lets it fit
        target = fitted(self._frame(), w.geometry(), available)
        if target != w.geometry():
            w.setGeometry(target)

    def _fit_soon(self) -> None:
        # once the window manager has put its frame around the window
        QTimer.singleShot(0, self.fit)
        QTimer.singleShot(300, self.fit)

    def _follow_native_window(self) -> bool:
        """Watch the native window's signals instead of the widget's events, once it exists."""
        handle = self._window.windowHandle()
        if handle is None:
            return False
        handle.windowStateChanged.connect(lambda _state: self._fit_soon())
        handle.visibleChanged.connect(lambda visible: self._fit_soon() if visible else None)
        self._window.removeEventFilter(self)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._window and event.type() in (
            QEvent.Type.Show,
            QEvent.Type.WindowStateChange,
        ):
            self._fit_soon()
            self._follow_native_window()
        return False
