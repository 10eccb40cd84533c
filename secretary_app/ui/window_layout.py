"""The window's place on the screen: geometry and splitter sizes kept in QSettings, the icon."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMainWindow, QSplitter

from .. import paths


def window_settings() -> QSettings:
    """Window geometry and splitter sizes (Qt matters, not meeting data)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, paths.APP_NAME, "window"
    )


def app_icon() -> QIcon:
    folder = paths.resources_dir() / "icons"
    icon = QIcon()
    for candidate in sorted(folder.glob("*.png")) + sorted(folder.glob("**/*.png")):
        icon.addFile(str(candidate))
    if icon.isNull():
        svg = next(iter(sorted(folder.glob("**/*.svg"))), None)
        if svg is not None:
            icon = QIcon(str(svg))
    return icon


def restore(window: QMainWindow, splitter: QSplitter, side: QSplitter) -> None:
    qs = window_settings()
    geometry = qs.value("geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        window.resize(1280, 800)
    for part, key in ((splitter, "splitter"), (side, "side")):
        state = qs.value(key)
        if state is not None:
            part.restoreState(state)


def save(window: QMainWindow, splitter: QSplitter, side: QSplitter) -> None:
    qs = window_settings()
    qs.setValue("geometry", window.saveGeometry())
    qs.setValue("splitter", splitter.saveState())
    qs.setValue("side", side.saveState())
    qs.sync()
