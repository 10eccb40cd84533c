"""Keys named as her keyboard labels them ("Strg+Umschalt+B", "Pfeil runter", "Eingabe").

Qt's own names depend on the platform and on whether Qt's German translation is found ("Herunter",
"Return", "Verlassen"); a platform's standard keys also include keys no PC keyboard has (the
Sun keyboard's F14 for Undo, XF86's New and Quit keys). The help, the tooltips and the key list
show the keys of a German keyboard, the same on every system.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QKeyCombination
from PySide6.QtGui import QKeySequence

_KEY_ESCAPE, _KEY_F12, _KEY_MENU = 0x01000000, 0x0100003B, 0x01000055
_CTRL, _SHIFT, _ALT, _META = 0x04000000, 0x02000000, 0x08000000, 0x10000000

# Qt's portable names (the keys of a PC keyboard), as a German keyboard labels them
GERMAN = {
    "Esc": "Esc",
    "Tab": "Tab",
    "Backtab": "Umschalt+Tab",
    "Backspace": "Rücktaste",
    "Return": "Eingabe",
    "Enter": "Eingabe",
    "Ins": "Einfg",
    "Del": "Entf",
    "Home": "Pos1",
    "End": "Ende",
    "Left": "Pfeil links",
    "Up": "Pfeil hoch",
    "Right": "Pfeil rechts",
    "Down": "Pfeil runter",
    "PgUp": "Bild auf",
    "PgDown": "Bild ab",
    "Space": "Leertaste",
    "Menu": "Menütaste",
}
_MAC = sys.platform == "darwin"
# in Qt's order; on a Mac Qt's Ctrl is the command key (⌘) and its Meta the control key
MODIFIERS = (
    ((_META, "Ctrl"), (_CTRL, "⌘"), (_ALT, "⌥"), (_SHIFT, "⇧"))
    if _MAC
    else ((_CTRL, "Strg"), (_ALT, "Alt"), (_SHIFT, "Umschalt"), (_META, "Win"))
)


def _combinations(keys: QKeySequence) -> list[QKeyCombination]:
    return [keys[i] for i in range(keys.count())]  # type: ignore[index]  # (stubs lack it)


def _on_keyboard(key: int) -> bool:
    return key < _KEY_ESCAPE or _KEY_ESCAPE <= key <= _KEY_F12 or key == _KEY_MENU


def on_keyboard(keys: QKeySequence) -> bool:
    """Whether every key of the sequence is on a PC keyboard (no F13–F35, no media keys)."""
    return not keys.isEmpty() and all(
        _on_keyboard(combination.key().value) for combination in _combinations(keys)
    )


def key_text(keys: QKeySequence | str) -> str:
    """The keys as her keyboard labels them: "Strg+Umschalt+B", "Alt+Pfeil hoch", "F8"."""
    if isinstance(keys, str):
        keys = QKeySequence(keys)
    parts = []
    for combination in _combinations(keys):
        modifiers = combination.keyboardModifiers().value
        key = combination.key().value
        name = QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)
        held = [label for flag, label in MODIFIERS if modifiers & flag]
        parts.append("+".join([*held, GERMAN.get(name, name)]))
    return ", ".join(parts)


def action_keys(shortcuts: list[QKeySequence]) -> str:
    """An action's keys for the help: those on her keyboard, as it labels them."""
    return ", ".join(key_text(s) for s in shortcuts if on_keyboard(s))
