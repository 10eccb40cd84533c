"""„Sitzung auswählen“: an OParl file or address that lists several meetings; she picks one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...formats.oparl import MeetingChoice


class MeetingChoiceDialog(QDialog):
    """A list of the meetings (date, time, name); Enter or double click takes one."""

    def __init__(self, parent: QWidget | None, choices: Sequence[MeetingChoice]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sitzung auswählen"))
        self.setObjectName("oparlMeetingChoice")
        self.resize(620, 380)
        label = QLabel(
            self.tr("Die Datei enthält {0} Sitzungen. Welche soll gelesen werden?").format(
                len(choices)
            )
        )
        label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("oparlMeetingList")
        for choice in choices:
            entry = QListWidgetItem(choice.label)
            entry.setData(Qt.ItemDataRole.UserRole, choice.id)
            entry.setToolTip(choice.id)
            self.list.addItem(entry)
        self.list.setCurrentRow(0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lesen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, str) else None

    @classmethod
    def choose(cls, parent: QWidget | None, choices: Sequence[MeetingChoice]) -> str | None:
        """The id of the chosen meeting, or None if she cancels."""
        dialog = cls(parent, choices)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.chosen()
        finally:
            dialog.deleteLater()
