"""The window's place on the screen: geometry and splitter sizes kept in QSettings, the icon."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from .. import paths

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

    from .panes.side_pane import SidePane

DEFAULT_WIDTHS = (300, 640, 456)  # agenda, minutes, side pane: the tally's captions whole


def window_settings() -> QSettings:
    """Window geometry and splitter sizes (Qt matters, not meeting data)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, paths.APP_NAME, "window"
    )


def app_icon() -> QIcon:
    """The window's icon, in every size there is (set after the first frame: ~2 ms)."""
    from PySide6.QtGui import QIcon

    folder = paths.resources_dir() / "icons"
    icon = QIcon()
    for candidate in sorted(folder.glob("*.png")) + sorted(folder.glob("**/*.png")):
        icon.addFile(str(candidate))
    if icon.isNull():
        svg = next(iter(sorted(folder.glob("**/*.svg"))), None)
        if svg is not None:
            icon = QIcon(str(svg))
    return icon


def restore_geometry(window: QMainWindow, splitter: QSplitter) -> bool:
    """Geometry and the main splitter's sizes as saved; False on the first start (none saved).

    The first frame calls this, before the side panes exist (`restore_side` follows)."""
    qs = window_settings()
    geometry = qs.value("geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        window.resize(1280, 800)
    state = qs.value("splitter")
    _height, widths = first_frame_places()
    if state is not None and widths[:1] != [0]:  # (closed narrow: the first frame has its places)
        splitter.restoreState(state)
    return geometry is not None


def first_frame_places() -> tuple[int, list[int]]:
    """The meeting bar's height and the agenda's and side panes' widths as the window was last
    closed ((0, []) if never): the first frame keeps their places empty, so that the editor does
    not move when they arrive. On half a screen the agenda's width is 0: it is a tab there."""
    qs = window_settings()
    try:
        height = int(str(qs.value("meeting_bar_height", 0)))
        widths = [int(w) for w in str(qs.value("pane_widths", "")).split(",") if w]
    except ValueError:
        return 0, []
    if not 0 <= height <= 200 or len(widths) != 3 or not all(0 <= w < 10000 for w in widths):
        return 0, []
    return height, widths


def restore_side(side: QSplitter | SidePane) -> None:
    state = window_settings().value("side")
    if state is not None:
        side.restoreState(state)


def save(
    window: QMainWindow, splitter: QSplitter, side: QSplitter | SidePane, bar_height: int = 0
) -> None:
    qs = window_settings()
    qs.setValue("meeting_bar_height", bar_height)
    # on half a screen (narrow_layout) the agenda is a tab: it has no place of its own
    narrow = splitter.property("wideSizes")
    widths = [0, *splitter.sizes()] if narrow else splitter.sizes()
    qs.setValue("pane_widths", ",".join(str(w) for w in widths))
    qs.setValue("geometry", window.saveGeometry())
    # narrow: the sizes the three panes had side by side, for when the window is wide again
    qs.setValue("splitter", splitter.property("wideState") if narrow else splitter.saveState())
    qs.setValue("side", side.saveState())
    qs.sync()
