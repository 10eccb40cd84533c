"""The attendance list: one row per member, present or not, from when until when, excluded."""

from __future__ import annotations

import dataclasses
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QPalette,
)
from PySide6.QtWidgets import (
    QWidget,
)

from ...domain.model import Attendance, Member
from ...domain.session_times import normalise_time
from ..translations import role_label
from .table_model import TableModel

ModelIndex = QModelIndex | QPersistentModelIndex


def _palette_brush(role: QPalette.ColorRole) -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.palette().brush(role)


class AttendanceRole(IntEnum):
    """Extra data roles of the attendance model."""

    MEMBER_KEY = int(Qt.ItemDataRole.UserRole) + 1
    PRESENT = int(Qt.ItemDataRole.UserRole) + 2
    VOTING = int(Qt.ItemDataRole.UserRole) + 3
    EXCLUDED = int(Qt.ItemDataRole.UserRole) + 4


class AttendanceColumn(IntEnum):
    PRESENT = 0
    NAME = 1
    ARRIVED = 2
    LEFT = 3
    EXCLUDED = 4
    ROLE = 5


class AttendanceModel(TableModel):
    """The committee's members with their attendance; edits are reported, not applied."""

    COLUMNS = len(AttendanceColumn)

    attendanceEdited = Signal(object)  # Attendance
    excludedEdited = Signal(object)  # list[str]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._members: list[Member] = []
        self._attendance: dict[str, Attendance] = {}
        self._excluded: list[str] = []
        self._has_item = False

    # -- content ---------------------------------------------------------------------------

    def set_content(
        self,
        members: list[Member],
        attendance: dict[str, Attendance],
        excluded: list[str],
        has_item: bool,
    ) -> None:
        same_rows = [m.key for m in members] == [m.key for m in self._members]
        if same_rows and has_item == self._has_item:
            # The usual case (the window hands back what was stored): no reset, so an open
            # time editor and the selection stay where they are.
            self._members = list(members)
            self._attendance = attendance
            self._excluded = list(excluded)
            if self._members:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self._members) - 1, self.columnCount() - 1)
                )
            return
        self.beginResetModel()
        self._members = list(members)
        self._attendance = attendance
        self._excluded = list(excluded)
        self._has_item = has_item
        self.endResetModel()

    def member(self, row: int) -> Member | None:
        return self._members[row] if 0 <= row < len(self._members) else None

    def attendance(self, key: str) -> Attendance:
        return self._attendance.get(key) or Attendance(member=key, present=False)

    def update_row(self, key: str) -> None:
        for row, m in enumerate(self._members):
            if m.key == key:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def set_excluded(self, excluded: list[str]) -> None:
        self._excluded = list(excluded)
        if self._members:
            column = AttendanceColumn.EXCLUDED
            self.dataChanged.emit(self.index(0, column), self.index(len(self._members) - 1, column))

    # -- Qt model interface ----------------------------------------------------------------

    def row_count(self) -> int:
        return len(self._members)

    def header(self, section: int) -> str | None:
        titles = {
            AttendanceColumn.PRESENT: self.tr("Anw."),
            AttendanceColumn.NAME: self.tr("Name"),
            AttendanceColumn.ROLE: self.tr("Funktion"),
            AttendanceColumn.ARRIVED: self.tr("Ankunft"),
            AttendanceColumn.LEFT: self.tr("Abgang"),
            AttendanceColumn.EXCLUDED: self.tr("Befangen"),
        }
        return titles[AttendanceColumn(section)]

    def header_tip(self, section: int) -> str | None:
        tips = {
            AttendanceColumn.PRESENT: self.tr("anwesend"),
            AttendanceColumn.EXCLUDED: self.tr("befangen beim aktuellen Tagesordnungspunkt"),
        }
        return tips.get(AttendanceColumn(section))

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = index.column()
        if column == AttendanceColumn.PRESENT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif column in (AttendanceColumn.ARRIVED, AttendanceColumn.LEFT):
            flags |= Qt.ItemFlag.ItemIsEditable
        elif column == AttendanceColumn.EXCLUDED and self._has_item:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif column == AttendanceColumn.EXCLUDED:
            flags &= ~Qt.ItemFlag.ItemIsEnabled
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        member = self.member(index.row()) if index.isValid() else None
        if member is None:
            return None
        a = self.attendance(member.key)
        excluded = member.key in self._excluded
        column = index.column()
        if role == AttendanceRole.MEMBER_KEY:
            return member.key
        if role == AttendanceRole.PRESENT:
            return a.present and a.left is None
        if role == AttendanceRole.VOTING:
            return member.voting
        if role == AttendanceRole.EXCLUDED:
            return excluded
        if role == Qt.ItemDataRole.ForegroundRole and not (a.present and a.left is None):
            return _palette_brush(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.AccessibleTextRole:  # ticks and strike-through, in words
            return self._spoken(column, member, a, excluded)
        if column == AttendanceColumn.PRESENT and role == Qt.ItemDataRole.CheckStateRole:
            in_room = a.present and a.left is None
            return Qt.CheckState.Checked if in_room else Qt.CheckState.Unchecked
        if column == AttendanceColumn.EXCLUDED and role == Qt.ItemDataRole.CheckStateRole:
            if not self._has_item:
                return None
            return Qt.CheckState.Checked if excluded else Qt.CheckState.Unchecked
        if column == AttendanceColumn.NAME:
            if role == Qt.ItemDataRole.DisplayRole:
                name = member.display_name
                return f"{name} ({member.faction})" if member.faction else name
            if role == Qt.ItemDataRole.FontRole and excluded:
                font = QFont()
                font.setStrikeOut(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._state_text(member, a, excluded)
        if column == AttendanceColumn.ROLE and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            label = role_label(member.role)
            return label if member.voting else self.tr("{role}, ohne Stimmrecht").format(role=label)
        if column in (AttendanceColumn.ARRIVED, AttendanceColumn.LEFT):
            value = a.arrived if column == AttendanceColumn.ARRIVED else a.left
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return value or ""
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
        return None

    def _spoken(self, column: int, member: Member, a: Attendance, excluded: bool) -> str | None:
        """What a screen reader says for a cell: the tick, the time, the bias, in words."""
        if column == AttendanceColumn.PRESENT:
            return self.tr("anwesend") if a.present and a.left is None else self.tr("abwesend")
        if column == AttendanceColumn.NAME:
            return self._state_text(member, a, excluded)
        if column == AttendanceColumn.EXCLUDED:
            if not self._has_item:
                return self.tr("Befangenheit: kein Tagesordnungspunkt gewählt")
            return self.tr("befangen") if excluded else self.tr("nicht befangen")
        if column in (AttendanceColumn.ARRIVED, AttendanceColumn.LEFT):
            arrived = column == AttendanceColumn.ARRIVED
            value = a.arrived if arrived else a.left
            caption = self.tr("Ankunft") if arrived else self.tr("Abgang")
            if value:
                return f"{caption} {value}"
            return self.tr("{caption}: keine Zeit").format(caption=caption)
        return None

    def _state_text(self, member: Member, a: Attendance, excluded: bool) -> str:
        if not a.present:
            state = self.tr("abwesend")
        elif a.left:
            state = self.tr("gegangen um {time}").format(time=a.left)
        elif a.arrived:
            state = self.tr("anwesend seit {time}").format(time=a.arrived)
        else:
            state = self.tr("anwesend")
        if excluded:
            state += self.tr(", befangen")
        return f"{member.display_name}: {state}"

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        member = self.member(index.row()) if index.isValid() else None
        if member is None:
            return False
        column = index.column()
        current = self.attendance(member.key)
        if column == AttendanceColumn.PRESENT and role == Qt.ItemDataRole.CheckStateRole:
            present = Qt.CheckState(value) == Qt.CheckState.Checked
            changed = dataclasses.replace(current, present=present)
            if present:
                changed.left = None
            self.attendanceEdited.emit(changed)
            return True
        if column == AttendanceColumn.EXCLUDED and role == Qt.ItemDataRole.CheckStateRole:
            if not self._has_item:
                return False
            excluded = [k for k in self._excluded if k != member.key]
            if Qt.CheckState(value) == Qt.CheckState.Checked:
                excluded.append(member.key)
            self.excludedEdited.emit(excluded)
            return True
        if column in (AttendanceColumn.ARRIVED, AttendanceColumn.LEFT) and role in (
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.DisplayRole,
        ):
            time = normalise_time(str(value or ""))
            if time is None:
                return False
            if column == AttendanceColumn.ARRIVED:
                changed = dataclasses.replace(current, arrived=time or None)
                if time:
                    changed.present = True
            else:
                changed = dataclasses.replace(current, left=time or None)
            self.attendanceEdited.emit(changed)
            return True
        return False
