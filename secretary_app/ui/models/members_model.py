"""A committee's members as the committee dialog edits them."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QWidget,
)

from ...domain.model import ROLES, Member
from ..translations import role_label
from .table_model import TableModel

ModelIndex = QModelIndex | QPersistentModelIndex

if TYPE_CHECKING:
    pass

SALUTATIONS = ("Frau", "Herr", "")
NON_VOTING_ROLES = ("administration", "guest", "advisory")


def votes_by_role(role: str) -> bool:
    """Whether a member of this role has a vote unless the secretary says otherwise."""
    return role not in NON_VOTING_ROLES


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def member_key(name: str) -> str:
    """A stable, readable key from a name: "Müller-Preinesberger" → "mueller-preinesberger"."""
    text = name.strip().lower().translate(_UMLAUTS)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


class MemberRole(IntEnum):
    """Extra data roles of the members model."""

    MEMBER = int(Qt.ItemDataRole.UserRole) + 1
    KEY = int(Qt.ItemDataRole.UserRole) + 2


class MemberColumn(IntEnum):
    SALUTATION = 0
    TITLE = 1
    NAME = 2
    FACTION = 3
    ROLE = 4
    VOTING = 5
    KEY = 6


class MembersModel(TableModel):
    """The members of one committee, edited in place; order is the order of the minutes."""

    COLUMNS = len(MemberColumn)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._members: list[Member] = []
        # keys that were set by hand (or stored) and must not follow the name any more
        self._fixed_keys: set[int] = set()
        # members whose vote right was set by hand: it no longer follows the role
        self._fixed_votes: set[int] = set()

    def set_members(self, members: list[Member]) -> None:
        self.beginResetModel()
        self._members = [dataclasses.replace(m) for m in members]
        self._fixed_keys = {id(m) for m in self._members}
        self._fixed_votes = {id(m) for m in self._members if m.voting != votes_by_role(m.role)}
        self.endResetModel()

    def members(self) -> list[Member]:
        return [dataclasses.replace(m) for m in self._members]

    def add_member(self) -> int:
        row = len(self._members)
        self.beginInsertRows(QModelIndex(), row, row)
        self._members.append(Member(key="", name="", salutation=""))  # no guess at Frau/Herr
        self.endInsertRows()
        return row

    def remove_member(self, row: int) -> None:
        if 0 <= row < len(self._members):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._members[row]
            self.endRemoveRows()

    def move_member(self, row: int, delta: int) -> int:
        target = row + delta
        if not (0 <= row < len(self._members) and 0 <= target < len(self._members)):
            return row
        dest = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest)
        self._members.insert(target, self._members.pop(row))
        self.endMoveRows()
        return target

    # -- Qt model interface ----------------------------------------------------------------

    def row_count(self) -> int:
        return len(self._members)

    def header(self, section: int) -> str | None:
        titles = (
            self.tr("Anrede"),
            self.tr("Titel"),
            self.tr("Name"),
            self.tr("Fraktion"),
            self.tr("Funktion"),
            self.tr("Stimmrecht"),
            self.tr("Kürzel"),
        )
        return titles[section]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == MemberColumn.VOTING:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._members):
            return None
        m = self._members[index.row()]
        column = index.column()
        if role == MemberRole.MEMBER:
            return m
        if role == MemberRole.KEY:
            return m.key
        if column == MemberColumn.VOTING:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if m.voting else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("ja") if m.voting else self.tr("nein")
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if column == MemberColumn.SALUTATION:
            if role == Qt.ItemDataRole.DisplayRole and not m.salutation:
                return "—"
            return m.salutation
        if column == MemberColumn.ROLE:
            return role_label(m.role) if role == Qt.ItemDataRole.DisplayRole else m.role
        values = {
            MemberColumn.TITLE: m.title,
            MemberColumn.NAME: m.name,
            MemberColumn.FACTION: m.faction,
            MemberColumn.KEY: m.key,
        }
        return values.get(MemberColumn(column))

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._members):
            return False
        m = self._members[index.row()]
        column = index.column()
        if column == MemberColumn.VOTING and role == Qt.ItemDataRole.CheckStateRole:
            m.voting = Qt.CheckState(value) == Qt.CheckState.Checked
            self._fixed_votes.add(id(m))
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif column == MemberColumn.SALUTATION:
            text = str(value or "").strip()
            m.salutation = text if text in SALUTATIONS else ""
        elif column == MemberColumn.TITLE:
            m.title = str(value or "").strip()
        elif column == MemberColumn.NAME:
            m.name = str(value or "").strip()
            if id(m) not in self._fixed_keys:
                m.key = member_key(m.name)
                key_index = self.index(index.row(), MemberColumn.KEY)
                self.dataChanged.emit(key_index, key_index)
        elif column == MemberColumn.FACTION:
            m.faction = str(value or "").strip()
        elif column == MemberColumn.ROLE:
            if value not in ROLES:
                return False
            m.role = str(value)
            if id(m) not in self._fixed_votes and m.voting != votes_by_role(m.role):
                m.voting = votes_by_role(m.role)  # Verwaltung: no vote; Vorsitz again: a vote
                voting = self.index(index.row(), MemberColumn.VOTING)
                self.dataChanged.emit(voting, voting)
        elif column == MemberColumn.KEY:
            m.key = member_key(str(value or ""))
            self._fixed_keys.add(id(m))
        else:
            return False
        self.dataChanged.emit(index, index)
        return True
