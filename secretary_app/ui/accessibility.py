"""What a screen reader hears beyond a widget's own text: names, live announcements, contrast.

`announce` tells a screen reader (NVDA, Orca, VoiceOver) what a sighted user sees change without
moving the keyboard: a recorded vote, a refused one. Qt 6.8 and later send it as an
announcement (AT-SPI "object:announcement", UIA notification); with an older Qt the widget's
accessible description changes instead, which screen readers read as the widget's new state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    from PySide6.QtGui import QKeySequence

    tip = plain(action.toolTip()) or action_name(action)
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
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

    accessibility = getattr(QGuiApplication.styleHints(), "accessibility", None)  # Qt 6.10+
    if accessibility is None:
        return False
    return bool(accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast)
