"""AltGr on her German Windows keyboard: the characters it types reach the minutes.

Windows reports AltGr as Ctrl+Alt, so a Ctrl+Alt shortcut swallows the character AltGr types
on that key: with Strg+Alt+E bound, AltGr+E exported a PDF instead of typing "€", and
Strg+Alt+M ate "µ". No command of the window uses Ctrl+Alt.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest

from .session_window import stored_texts

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard"),
]

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier

# the AltGr layer of the German keyboard (T1), as Windows delivers it: key, Ctrl+Alt, character
GERMAN_ALTGR = [
    (Qt.Key.Key_Q, "@"),
    (Qt.Key.Key_E, "€"),
    (Qt.Key.Key_M, "µ"),
    (Qt.Key.Key_2, "²"),
    (Qt.Key.Key_3, "³"),
    (Qt.Key.Key_7, "{"),
    (Qt.Key.Key_8, "["),
    (Qt.Key.Key_9, "]"),
    (Qt.Key.Key_0, "}"),
    (Qt.Key.Key_ssharp, "\\"),
    (Qt.Key.Key_Plus, "~"),
    (Qt.Key.Key_Less, "|"),
]


def altgr(widget, key: Qt.Key, char: str) -> None:
    """AltGr+key as Windows' Qt delivers it: Ctrl+Alt, with the character as the event's text
    (through the shortcut map first, as a real key press goes)."""
    QTest.sendKeyEvent(QTest.KeyAction.Press, widget, key, char, CTRL_ALT)
    QTest.sendKeyEvent(QTest.KeyAction.Release, widget, key, char, CTRL_ALT)


def test_every_altgr_character_lands_in_the_minutes(typing_window, qtbot):
    window = typing_window
    editor = window.editor
    editor.setFocus()
    exported_before = list(window.export_commands.last_export or [])
    for key, char in GERMAN_ALTGR:
        altgr(editor, key, char)
    typed = "".join(char for _, char in GERMAN_ALTGR)
    assert typed in editor.toPlainText()
    assert list(window.export_commands.last_export or []) == exported_before  # nothing exported
    qtbot.waitUntil(lambda: any(typed in t for t in stored_texts(window, 0)), timeout=3000)


def test_no_command_of_the_window_is_on_ctrl_alt(typing_window):
    window = typing_window
    bound = [
        (a.objectName() or a.text(), k.toString())
        for a in window.findChildren(QAction)
        for k in a.shortcuts()
    ] + [(s.objectName(), s.key().toString()) for s in window.findChildren(QShortcut)]
    assert len(bound) > 40  # the window's commands were found
    on_ctrl_alt = [
        (name, keys)
        for name, keys in bound
        if QKeySequence(keys)[0].keyboardModifiers() & CTRL_ALT == CTRL_ALT  # type: ignore[index]
    ]
    assert on_ctrl_alt == []


def test_in_every_menu_a_letter_opens_one_command(typing_window):
    """Alt+X, then a letter, is how she reaches the exports without a shortcut: in a menu, a
    letter shared by two commands only moves between them (Qt), so each letter is one command's."""
    shared: list[tuple[str, list[str]]] = []

    def walk(menu, path):
        letters: dict[str, list[str]] = {}
        for action in menu.actions():
            text = action.text().replace("&&", "")
            if "&" in text:
                letters.setdefault(text[text.index("&") + 1].lower(), []).append(text)
            if action.menu() is not None:
                walk(action.menu(), f"{path} › {text}")
        shared.extend((path, texts) for texts in letters.values() if len(texts) > 1)

    walk(typing_window.menuBar(), "Menüleiste")
    assert shared == []
