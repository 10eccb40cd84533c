"""The editable preview of an agenda being taken over: items, public flag, suggested votes."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QWidget,
)

from ...domain.model import AgendaItem, Paragraph, Vote
from ...formats.oparl import MISSING_PREFIX
from ...formats.prose_result import describe
from .table_model import TableModel

if TYPE_CHECKING:
    pass

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgendaImportDialog", text)


class Column(IntEnum):
    NUMBER = 0
    TITLE = 1
    PAPER = 2
    PUBLIC = 3
    VOTE = 4
    SOURCE = 5


class Role(IntEnum):
    IS_HEADING = Qt.ItemDataRole.UserRole + 1


@dataclass
class _Row:
    """A row of the preview: a part heading, or the item at `item` in the item list."""

    heading: bool
    public: bool
    item: int = -1


class AgendaPreviewModel(TableModel):
    """The items read, with a heading row wherever the part changes; editable in place."""

    # marked for lupdate; translated where the header is shown
    HEADERS = (
        QT_TRANSLATE_NOOP("AgendaImportDialog", "Nr."),
        QT_TRANSLATE_NOOP("AgendaImportDialog", "Titel"),
        QT_TRANSLATE_NOOP("AgendaImportDialog", "Drucksache"),
        QT_TRANSLATE_NOOP("AgendaImportDialog", "öffentlich"),
        QT_TRANSLATE_NOOP("AgendaImportDialog", "Abstimmung (Vorschlag)"),
        QT_TRANSLATE_NOOP("AgendaImportDialog", "Drucksache gefunden"),
    )
    COLUMNS = len(Column)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[AgendaItem] = []
        self._votes: list[Vote | None] = []  # suggested by a prose result, per item
        self._take_vote: list[bool] = []  # ticked: the suggestion becomes a vote paragraph
        self._sources: list[str] = []  # OParl: where the item's paper was found, or why not
        self._rows: list[_Row] = []

    # -- content ---------------------------------------------------------------------------

    def set_items(
        self,
        items: list[AgendaItem],
        votes: dict[int, Vote] | None = None,
        sources: dict[int, str] | None = None,
    ) -> None:
        self.beginResetModel()
        self._items = [copy.deepcopy(it) for it in items]
        self._votes = [(votes or {}).get(i) for i in range(len(items))]
        self._sources = [(sources or {}).get(i, "") for i in range(len(items))]
        self._take_vote = [False] * len(items)
        self._rows = self._layout()
        self.endResetModel()

    def items(self) -> list[AgendaItem]:
        """The items as edited; a ticked suggested vote is in the item's minutes."""
        result = [copy.deepcopy(it) for it in self._items]
        for item, vote, take in zip(result, self._votes, self._take_vote, strict=True):
            if vote is not None and take:
                item.minutes.append(Paragraph(kind="vote", vote=copy.deepcopy(vote)))
        return result

    def suggested_votes(self) -> int:
        return sum(1 for v in self._votes if v is not None)

    def has_sources(self) -> bool:
        """Whether the reader said where papers came from (OParl): the column is worth showing."""
        return any(self._sources)

    def item_count(self) -> int:
        return len(self._items)

    def heading_rows(self) -> list[int]:
        return [r for r, row in enumerate(self._rows) if row.heading]

    def item_at(self, row: int) -> int:
        """Index into the item list of the item shown in `row`; -1 for a heading."""
        if 0 <= row < len(self._rows) and not self._rows[row].heading:
            return self._rows[row].item
        return -1

    def remove_item(self, row: int) -> bool:
        index = self.item_at(row)
        if index < 0:
            return False
        self.beginResetModel()
        del self._items[index]
        del self._votes[index]
        del self._take_vote[index]
        del self._sources[index]
        self._rows = self._layout()
        self.endResetModel()
        return True

    def _layout(self) -> list[_Row]:
        rows: list[_Row] = []
        part: bool | None = None
        for i, it in enumerate(self._items):
            if it.public != part:
                rows.append(_Row(heading=True, public=it.public))
                part = it.public
            rows.append(_Row(heading=False, public=it.public, item=i))
        return rows

    # -- Qt model --------------------------------------------------------------------------

    def row_count(self) -> int:
        return len(self._rows)

    def header(self, section: int) -> str | None:
        return _tr(str(self.HEADERS[section])) if section < len(self.HEADERS) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        row = self._rows[index.row()]
        if row.heading:
            return Qt.ItemFlag.ItemIsEnabled
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == Column.PUBLIC:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == Column.VOTE:
            if self._votes[row.item] is not None:
                return base | Qt.ItemFlag.ItemIsUserCheckable
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Role.IS_HEADING:
            return row.heading
        if row.heading:
            if role == Qt.ItemDataRole.DisplayRole and col == Column.NUMBER:
                return (
                    QCoreApplication.translate("AgendaImportDialog", "Öffentlicher Teil")
                    if row.public
                    else QCoreApplication.translate("AgendaImportDialog", "Nichtöffentlicher Teil")
                )
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor("#dfe8f2") if row.public else QColor("#f2e3d5"))
            return None
        it = self._items[row.item]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == Column.NUMBER:
                return it.number
            if col == Column.TITLE:
                return it.title
            if col == Column.PAPER:
                return it.paper
            if col == Column.VOTE and role == Qt.ItemDataRole.DisplayRole:
                vote = self._votes[row.item]
                return describe(vote) if vote is not None else None
            if col == Column.SOURCE and role == Qt.ItemDataRole.DisplayRole:
                return self._sources[row.item] or None
            return None
        if role == Qt.ItemDataRole.ForegroundRole and col == Column.SOURCE:
            if self._sources[row.item].startswith(MISSING_PREFIX):
                return QBrush(QColor("#a40000"))
            return None
        if role == Qt.ItemDataRole.ToolTipRole and col == Column.PAPER:
            return self._paper_details(it) or None
        if role == Qt.ItemDataRole.ToolTipRole and col == Column.SOURCE:
            return self._sources[row.item] or None
        if role == Qt.ItemDataRole.CheckStateRole and col == Column.PUBLIC:
            return Qt.CheckState.Checked if it.public else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.CheckStateRole and col == Column.VOTE:
            if self._votes[row.item] is None:
                return None
            return Qt.CheckState.Checked if self._take_vote[row.item] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and col == Column.VOTE and self._votes[row.item]:
            return QCoreApplication.translate(
                "AgendaImportDialog",
                "Aus dem Ergebnistext „{0}“ gelesen. Ankreuzen, um die Stimmen als Abstimmung "
                "ins Protokoll des Punktes zu übernehmen.",
            ).format(it.outcome)
        if role == Qt.ItemDataRole.ToolTipRole and col == Column.TITLE and it.outcome:
            return QCoreApplication.translate(
                "AgendaImportDialog", "Ergebnis laut Datei: {0}"
            ).format(it.outcome)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        i = self.item_at(index.row()) if index.isValid() else -1
        if i < 0:
            return False
        it = self._items[i]
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == Column.VOTE:
            if self._votes[i] is None:
                return False
            state = Qt.CheckState(value) if isinstance(value, int) else value
            self._take_vote[i] = state == Qt.CheckState.Checked
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
            return True
        if role == Qt.ItemDataRole.CheckStateRole and col == Column.PUBLIC:
            state = Qt.CheckState(value) if isinstance(value, int) else value
            public = state == Qt.CheckState.Checked
            if public != it.public:
                self.beginResetModel()
                it.public = public
                self._rows = self._layout()
                self.endResetModel()
            return True
        if role != Qt.ItemDataRole.EditRole or col in (Column.PUBLIC, Column.VOTE):
            return False
        text = " ".join(str(value).split())
        if col in (Column.NUMBER, Column.TITLE) and not text:
            return False  # an item needs a number and a title
        if col == Column.NUMBER:
            it.number = text
        elif col == Column.TITLE:
            it.title = text
        else:
            if text != it.paper and self._sources[i]:
                self._sources[i] = QCoreApplication.translate("AgendaImportDialog", "von Hand")
                source = self.index(index.row(), Column.SOURCE)
                self.dataChanged.emit(source, source, [Qt.ItemDataRole.DisplayRole])
            it.paper = text
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    @staticmethod
    def _paper_details(item: AgendaItem) -> str:
        """ "Beschlussvorlage · Federführung: Umweltamt · Verfasser: …" for the paper's tooltip."""
        parts = [item.paper_type] if item.paper_type else []
        if item.department:
            parts.append(
                QCoreApplication.translate("AgendaImportDialog", "Federführung: {0}").format(
                    item.department
                )
            )
        if item.originator:
            parts.append(
                QCoreApplication.translate("AgendaImportDialog", "Verfasser: {0}").format(
                    item.originator
                )
            )
        return " · ".join(parts)
