"""What a screen reader hears beyond a widget's own text: names, live announcements, contrast.

`announce` tells a screen reader (NVDA, Orca, VoiceOver) what a sighted user sees change without
moving the keyboard: a recorded vote, a refused one. Qt 6.8 and later send it as an
announcement (AT-SPI "object:announcement", UIA notification); with an older Qt the widget's
accessible description changes instead, which screen readers read as the widget's new state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:  # Qt is imported where it is used: the editor's first frame loads this module
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget


def plain(text: str) -> str:
    """A menu text as it is spoken: without the "&" of its access key and the trailing "…"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(" .…")


def action_name(action: QAction) -> str:
    """The spoken name of a button that shows only a sign ("+", "✎") for this action."""
    return plain(action.text())


def action_description(action: QAction) -> str:
    """The action's tooltip and key ("TOP hinzufügen (Strg+T)")."""
    from .key_names import key_text

    tip = plain(action.toolTip()) or action_name(action)
    keys = key_text(action.shortcut())
    return f"{tip} ({keys})" if keys else tip


def active() -> bool:
    """Whether an assistive technology listens (a screen reader, the AT-SPI test)."""
    from PySide6.QtGui import QAccessible

    return bool(QAccessible.isActive())


def announce(widget: QWidget, text: str, assertive: bool = False) -> None:
    """Have a screen reader say `text` now (nothing happens while none listens)."""
    if not text or not active():
        return
    from PySide6 import QtGui

    event_type = getattr(QtGui, "QAccessibleAnnouncementEvent", None)  # Qt 6.8+
    if event_type is None:  # Qt before 6.8: the description changes, and is read
        widget.setAccessibleDescription(text)
        return
    politeness = QtGui.QAccessible.AnnouncementPoliteness
    event = event_type(widget, text)
    event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
    QtGui.QAccessible.updateAccessibility(event)


def high_contrast() -> bool:
    """Whether the system asks for high contrast (Windows: a contrast theme; GNOME: "Hoher
    Kontrast" through the desktop portal). Colours of our own then give way to the palette,
    which Qt fills with the system's contrast colours."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    hints = QGuiApplication.styleHints()  # (held: the hints' parts live as long as it)
    accessibility = getattr(hints, "accessibility", None)  # Qt 6.10+
    if accessibility is None:
        return False
    return bool(accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast)


# the colours of Windows' "Kontrastdesign Schwarz" (Nacht): what a contrast theme looks like
CONTRAST_COLOURS = {
    "Window": "#000000",
    "WindowText": "#ffffff",
    "Base": "#000000",
    "AlternateBase": "#000000",
    "Text": "#ffffff",
    "Button": "#000000",
    "ButtonText": "#ffffff",
    "BrightText": "#ffff00",
    "Highlight": "#1aebff",
    "HighlightedText": "#000000",
    "Link": "#ffff00",
    "LinkVisited": "#ffff00",
    "ToolTipBase": "#000000",
    "ToolTipText": "#ffffff",
    "PlaceholderText": "#3ff23f",
    "Light": "#ffffff",
    "Midlight": "#ffffff",
    "Mid": "#ffffff",
    "Dark": "#ffffff",
    "Shadow": "#ffffff",
}
DISABLED_TEXT = "#3ff23f"  # Windows' "grayed text" in a contrast theme


def contrast_palette() -> object:
    """A palette of a contrast theme: white on black, cyan selection, green disabled text."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    for role, colour in CONTRAST_COLOURS.items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    for role in ("WindowText", "Text", "ButtonText"):
        palette.setColor(
            QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, role), QColor(DISABLED_TEXT)
        )
    return palette


def follow_contrast() -> None:
    """Follow the system's contrast setting now and whenever it changes.

    Windows and macOS hand Qt the contrast theme's colours themselves; a Linux desktop says
    only that high contrast is on (GNOME's setting, through the desktop portal), so the window
    takes the colours of a contrast theme here. Called after the first frame: asking Qt builds
    PySide's `Qt` namespace (qt_namespace.py)."""
    import sys

    from PySide6.QtGui import QGuiApplication, QPalette

    app = QGuiApplication.instance()
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)  # Qt 6.10+
    if not isinstance(app, QGuiApplication) or accessibility is None:
        return
    if not sys.platform.startswith("linux"):
        return

    def apply() -> None:
        if high_contrast():
            QGuiApplication.setPalette(contrast_palette())  # type: ignore[arg-type]
            app.setProperty("protokollantContrast", True)
        elif app.property("protokollantContrast"):
            QGuiApplication.setPalette(QPalette())  # the platform's own again
            app.setProperty("protokollantContrast", False)

    accessibility().contrastPreferenceChanged.connect(lambda _preference: apply())
    apply()


def show_focus() -> None:
    """A frame in the palette's highlight colour around whatever has the keyboard, in every
    window: the style's own focus marks are faint (Fusion: a thin line), in a contrast theme
    a default button looks the same as a focused one. Called after the first frame."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if isinstance(app, QApplication) and app.findChild(QObject, "focusRingKeeper") is None:
        ring = _focus_ring_type()(app)
        ring.setObjectName("focusRingKeeper")
        app.focusChanged.connect(ring.follow)
        ring.follow(None, app.focusWidget())  # the keyboard is somewhere already


def stop_showing_focus() -> None:
    """No focus frame any more (tests end with this)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    ring = app.findChild(QObject, "focusRingKeeper") if app is not None else None
    if ring is not None:
        ring.follow(None, None)  # type: ignore[attr-defined]
        ring.setParent(None)
        ring.deleteLater()


def _focus_ring_type() -> type:
    import functools

    from PySide6.QtCore import QEvent, QObject, QRect, Qt
    from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
    from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

    width = 3

    class Frame(QWidget):
        """The drawn frame: a child of the window, above everything, deaf to the mouse."""

        def __init__(self, parent: QWidget) -> None:
            super().__init__(parent)
            self.setObjectName("focusRing")
            self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
            painter = QPainter(self)
            colour = QApplication.palette().color(QPalette.ColorRole.Highlight)
            painter.setPen(QPen(colour, width))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
            painter.end()

    class Ring(QObject):
        """Keeps the frame on the focused widget as it moves, scrolls, hides or changes."""

        def __init__(self, parent: QObject) -> None:
            super().__init__(parent)
            self._frames: dict[int, Frame] = {}
            self._target: QWidget | None = None

        def follow(self, old: QWidget | None, new: QWidget | None) -> None:
            for widget in (old, self._target):
                if widget is not None:
                    widget.removeEventFilter(self)
            for frame in self._frames.values():
                frame.hide()
            self._target = new
            if new is None or new.window() is new:
                return
            new.installEventFilter(self)
            self.place()

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() in (
                QEvent.Type.Move,
                QEvent.Type.Resize,
                QEvent.Type.Show,
                QEvent.Type.Hide,
                QEvent.Type.Paint,  # (scrolled inside a scroll area: it is painted again)
            ):
                self.place()
            return False

        def place(self) -> None:
            target = self._target
            if target is None:
                return
            window = target.window()
            frame = self._frames.get(id(window))
            if frame is None:
                frame = Frame(window)
                self._frames[id(window)] = frame
                forget = functools.partial(self._frames.pop, id(window), None)
                window.destroyed.connect(lambda _o=None: forget())
            if not target.isVisible():
                frame.hide()
                return
            # a text area's frame is its scroll area's: around the box, not the text
            shown = target
            parent = target.parentWidget()
            if isinstance(parent, QAbstractScrollArea) and parent.viewport() is target:
                shown = parent
            corner = shown.mapTo(window, shown.rect().topLeft())
            area = QRect(corner, shown.size()).adjusted(-width, -width, width, width)
            visible = _visible_part(shown, window)
            if visible is not None:
                area = area.intersected(visible.adjusted(-width, -width, width, width))
            if frame.geometry() != area or frame.isHidden():
                frame.setGeometry(area)
                frame.raise_()
                frame.show()

    def _visible_part(widget: QWidget, window: QWidget) -> QRect | None:
        """The part of `widget` its scrolling ancestors let be seen, in window coordinates."""
        visible: QRect | None = None
        parent = widget.parentWidget()
        while parent is not None and parent is not window:
            if isinstance(parent, QAbstractScrollArea):
                port = parent.viewport()
                rect = QRect(port.mapTo(window, port.rect().topLeft()), port.size())
                visible = rect if visible is None else visible.intersected(rect)
            parent = parent.parentWidget()
        return visible

    return Ring
