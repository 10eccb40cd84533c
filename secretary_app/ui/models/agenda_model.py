"""The agenda as a Qt item model: one row per item, in meeting order, with drag-and-drop moves."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ...domain.model import AgendaItem
from ..shown_text import shown

ModelIndex = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-protokollant-agenda-rows"


class AgendaRole(IntEnum):
    """Data roles of `AgendaModel` beyond the display text."""

    ITEM_ID = int(Qt.ItemDataRole.UserRole) + 1
    NUMBER = int(Qt.ItemDataRole.UserRole) + 2
    TITLE = int(Qt.ItemDataRole.UserRole) + 3
    PAPER = int(Qt.ItemDataRole.UserRole) + 4
    OUTCOME = int(Qt.ItemDataRole.UserRole) + 5
    PUBLIC = int(Qt.ItemDataRole.UserRole) + 6
    SECTION_START = int(Qt.ItemDataRole.UserRole) + 7  # first row of its part (public/non-public)
    CURRENT = int(Qt.ItemDataRole.UserRole) + 8
    ITEM = int(Qt.ItemDataRole.UserRole) + 9


def part_label(public: bool) -> str:
    if public:
        return QCoreApplication.translate("AgendaModel", "Öffentlicher Teil")
    return QCoreApplication.translate("AgendaModel", "Nichtöffentlicher Teil")


def number_after(number: str) -> str:
    """A number for an item inserted after `number` during the session: "7.1" → "7.1a"."""
    match = re.fullmatch(r"(.*?)([a-z]?)", number.strip())
    base, letter = (match.group(1), match.group(2)) if match else (number, "")
    if letter and letter != "z":
        return base + chr(ord(letter) + 1)
    return f"{number.strip()}a" if number.strip() else ""


class AgendaModel(QAbstractListModel):
    """The meeting's agenda items; the view shows parts separated and the current item marked."""

    rowsReordered = Signal(list)  # item ids in the new order, after a drag-and-drop move

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[AgendaItem] = []
        self._current_id: int | None = None

    # -- content ---------------------------------------------------------------------------

    def set_items(self, items: list[AgendaItem]) -> None:
        self.beginResetModel()
        self._items = list(items)  # its own order; the meeting is changed by the operations
        self.endResetModel()

    def items(self) -> list[AgendaItem]:
        return self._items

    def item_at(self, row: int) -> AgendaItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_id: int | None) -> int:
        for row, item in enumerate(self._items):
            if item.id == item_id:
                return row
        return -1

    def item_ids(self) -> list[int]:
        return [i.id for i in self._items if i.id is not None]

    def set_current(self, item_id: int | None) -> None:
        old = self.row_of(self._current_id)
        self._current_id = item_id
        for row in {old, self.row_of(item_id)}:
            if row >= 0:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)

    def item_changed(self, item: AgendaItem) -> None:
        """An item's head (number, title, outcome, part) changed; sections may shift."""
        row = self.row_of(item.id)
        if row < 0:
            return
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, 0))

    def insert_item(self, row: int, item: AgendaItem) -> None:
        row = max(0, min(row, len(self._items)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(row, item)
        self.endInsertRows()
        self._sections_changed()

    def remove_item(self, row: int) -> AgendaItem | None:
        if not 0 <= row < len(self._items):
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        item = self._items.pop(row)
        self.endRemoveRows()
        self._sections_changed()
        return item

    def move_item(self, row: int, target: int) -> bool:
        """Move the item at `row` so that it ends up at index `target`."""
        if not (0 <= row < len(self._items) and 0 <= target < len(self._items)) or row == target:
            return False
        dest = target + 1 if target > row else target
        if not self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest):
            return False
        self._items.insert(target, self._items.pop(row))
        self.endMoveRows()
        self._sections_changed()
        return True

    def _sections_changed(self) -> None:
        if self._items:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._items) - 1, 0),
                [int(AgendaRole.SECTION_START), int(Qt.ItemDataRole.SizeHintRole)],
            )

    # -- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        # what is shown is bounded: a stored title of any length (an old database) is cut here
        number, title = shown(item.number, 30), shown(item.title)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{number}  {title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [self.tr("TOP {number} {title}").format(number=number, title=title)]
            if item.paper:
                lines.append(self.tr("Drucksache {paper}").format(paper=shown(item.paper, 100)))
            lines.append(part_label(item.public))
            if item.outcome:
                lines.append(self.tr("Ergebnis: {outcome}").format(outcome=shown(item.outcome)))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("TOP {number} {title}, {outcome}").format(
                number=number, title=title, outcome=shown(item.outcome) or self.tr("offen")
            )
        if role == AgendaRole.ITEM_ID:
            return item.id
        if role == AgendaRole.NUMBER:
            return number
        if role == AgendaRole.TITLE:
            return title
        if role == AgendaRole.PAPER:
            return shown(item.paper, 100)
        if role == AgendaRole.OUTCOME:
            return shown(item.outcome, 100)
        if role == AgendaRole.PUBLIC:
            return item.public
        if role == AgendaRole.SECTION_START:
            row = index.row()
            return row == 0 or self._items[row - 1].public != item.public
        if role == AgendaRole.CURRENT:
            return item.id is not None and item.id == self._current_id
        if role == AgendaRole.ITEM:
            return item
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return (
            base
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def moveRows(  # noqa: N802
        self,
        source_parent: ModelIndex,
        source_row: int,
        count: int,
        destination_parent: ModelIndex,
        destination_child: int,
    ) -> bool:
        """One row moved by a view (Qt's internal drag-and-drop move); reports the new order."""
        if source_parent.isValid() or destination_parent.isValid() or count != 1:
            return False
        target = destination_child - 1 if destination_child > source_row else destination_child
        if not self.move_item(source_row, max(0, min(target, len(self._items) - 1))):
            return False
        self.rowsReordered.emit(self.item_ids())
        return True

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        mime.setData(MIME_TYPE, QByteArray(json.dumps(rows).encode()))
        return mime

    def canDropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex
    ) -> bool:
        return data.hasFormat(MIME_TYPE) and action == Qt.DropAction.MoveAction

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex
    ) -> bool:
        """Move the dragged item to the drop position; the view removes nothing itself."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        rows = json.loads(bytes(data.data(MIME_TYPE).data()).decode() or "[]")
        if len(rows) != 1:
            return False
        source = int(rows[0])
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._items)
        target = row - 1 if row > source else row
        if self.move_item(source, max(0, min(target, len(self._items) - 1))):
            self.rowsReordered.emit(self.item_ids())
        # False: the move is done; the view must not also remove the source row
        return False
