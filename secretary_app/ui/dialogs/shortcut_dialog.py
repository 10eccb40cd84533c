"""Hilfe → Tastenkürzel: every command of the window with its keys, grouped by menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..accessibility import plain
from ..key_names import action_keys, key_text


def mnemonic(text: str) -> str:
    """The underlined letter of a menu text ("E&xport" → "X"), or ""."""
    text = text.replace("&&", "")
    at = text.find("&")
    return text[at + 1].upper() if 0 <= at < len(text) - 1 else ""


def shortcut_rows(menubar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every action in the menus, in menu order. A command without
    a shortcut shows its way through the menu: "Alt+X, dann W"."""
    rows: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, path: str, letters: list[str]) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{path} › {plain(action.text())}", [*letters, mnemonic(action.text())])
                continue
            group = action.actionGroup()
            if group is not None and group.isExclusive():
                continue  # a choice (Export › Layout), not a command with keys of its own
            keys = action_keys(action.shortcuts())
            if not keys and all(letters) and mnemonic(action.text()):
                first, *rest = [*letters, mnemonic(action.text())]
                keys = QCoreApplication.translate(
                    "ShortcutDialog", "{first}, dann {second}"
                ).format(first=key_text(f"Alt+{first}"), second=", ".join(rest))
            rows.append((path, plain(action.text()), keys))

    for action in menubar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            walk(menu, plain(action.text()), [mnemonic(action.text())])
    return rows


def keys_outside_menus() -> list[tuple[str, str, str]]:
    """Keys that are no menu command: in a list, in the editor, in the completion list."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("ShortcutDialog", text)

    def then(first: str, second: str) -> str:
        return tr("{first}, dann {second}").format(first=key_text(first), second=key_text(second))

    return [
        (
            tr("Anwesenheit"),
            tr("In der Liste: Mitglied anwesend / abwesend"),
            then("Home", "Space"),
        ),
        (tr("Protokoll"), tr("Vorgeschlagenen oder begonnenen Namen übernehmen"), key_text("Tab")),
        (tr("Protokoll"), tr("Anderen Namen wählen und übernehmen"), then("Down", "Return")),
        (tr("Protokoll"), tr("Vorschlag schließen"), key_text("Esc")),
        (tr("Protokoll"), tr("Protokolltext verlassen"), key_text("Ctrl+Tab")),
    ]


def help_rows(menubar: QMenuBar) -> list[tuple[str, str, str]]:
    """What F1 shows: the menu commands, then the keys outside the menus."""
    return shortcut_rows(menubar) + keys_outside_menus()


class ShortcutDialog(QDialog):
    def __init__(self, parent: QWidget | None, rows: list[tuple[str, str, str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tastenkürzel"))
        self.setObjectName("shortcutDialog")
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Menü"), self.tr("Befehl"), self.tr("Tasten")]
        )
        for r, (menu, command, keys) in enumerate(rows):
            for c, text in enumerate((menu, command, keys)):
                cell = QTableWidgetItem(text)
                self.table.setItem(r, c, cell)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 560)

    @classmethod
    def show_for(cls, parent: QWidget, menubar: QMenuBar) -> None:
        cls(parent, help_rows(menubar)).exec()
