"""The roll-call list of the vote tally: one row per member who may vote, a ballot each."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QWidget,
)

from ...domain.model import Member
from .table_model import TableModel

ModelIndex = QModelIndex | QPersistentModelIndex


class RollCallRole(IntEnum):
    """Extra data roles of the roll-call model."""

    MEMBER_KEY = int(Qt.ItemDataRole.UserRole) + 1
    BALLOT = int(Qt.ItemDataRole.UserRole) + 2


class RollCallModel(TableModel):
    """One row per member allowed to vote; columns Name, Ja, Nein, Enthaltung (exclusive)."""

    COLUMNS = 4

    ballotsChanged = Signal()

    NAME_COLUMN = 0
    ANSWER_COLUMNS = {1: "yes", 2: "no", 3: "abstain"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._members: list[Member] = []
        self._ballots: dict[str, str] = {}

    # -- content ---------------------------------------------------------------------------

    def set_members(self, members: list[Member]) -> None:
        """Show these members; ballots of members no longer in the list are dropped."""
        self.beginResetModel()
        self._members = list(members)
        keys = {m.key for m in self._members}
        self._ballots = {k: v for k, v in self._ballots.items() if k in keys}
        self.endResetModel()
        self.ballotsChanged.emit()

    def ballots(self) -> dict[str, str]:
        """Ballots in the order of the rows."""
        return {m.key: self._ballots[m.key] for m in self._members if m.key in self._ballots}

    def set_ballot(self, row: int, answer: str | None) -> None:
        if not 0 <= row < len(self._members):
            return
        key = self._members[row].key
        if answer is None:
            self._ballots.pop(key, None)
        else:
            self._ballots[key] = answer
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.ballotsChanged.emit()

    def set_all(self, answer: str | None) -> None:
        self._ballots = {} if answer is None else {m.key: answer for m in self._members}
        if self._members:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._members) - 1, self.columnCount() - 1)
            )
        self.ballotsChanged.emit()

    # -- Qt model interface ----------------------------------------------------------------

    def row_count(self) -> int:
        return len(self._members)

    def header(self, section: int) -> str | None:
        return (self.tr("Mitglied"), self.tr("Ja"), self.tr("Nein"), self.tr("Enthaltung"))[section]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in self.ANSWER_COLUMNS:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._members):
            return None
        member = self._members[index.row()]
        ballot = self._ballots.get(member.key)
        column = index.column()
        if role == RollCallRole.MEMBER_KEY:
            return member.key
        if role == RollCallRole.BALLOT:
            return ballot
        if column == self.NAME_COLUMN:
            if role == Qt.ItemDataRole.DisplayRole:
                if member.faction:
                    return f"{member.display_name} ({member.faction})"
                return member.display_name
            return None
        answer = self.ANSWER_COLUMNS.get(column)
        if answer is None:
            return None
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if ballot == answer else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        answer = self.ANSWER_COLUMNS.get(index.column())
        if answer is None:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if value is not None else False
        self.set_ballot(index.row(), answer if checked else None)
        return True
