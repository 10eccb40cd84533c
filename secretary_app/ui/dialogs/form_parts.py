"""Small pieces several widgets and dialogs share: the inline error line, window-wide actions."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

ERROR_STYLE = (
    "QLabel { background: #fde7e9; color: #6e0b12; border: 1px solid #e8a0a6;"
    " border-radius: 4px; padding: 6px 8px; }"
)


def error_label() -> QLabel:
    """A hidden, word-wrapping line for German validation messages inside a dialog."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK and Abbrechen, wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def show_error(label: QLabel, text: str) -> None:
    """Show `text` in the error line, or hide it when `text` is empty."""
    label.setText(text)
    label.setVisible(bool(text))


def window_actions(
    owner: QWidget, prefix: str, table: Iterable[tuple[str, str, str, Callable[..., Any]]]
) -> dict[str, QAction]:
    """Actions whose shortcuts work anywhere in the owner's window, keyed by the table's names."""
    actions = {}
    for key, text, shortcut, slot in table:
        action = QAction(text, owner)
        action.setObjectName(f"{prefix}_{key}")
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        owner.addAction(action)
        actions[key] = action
    return actions
