"""What every flat table model of the window shares: its rows, its columns and their titles.

Qt asks a model for `rowCount`, `columnCount` and `headerData` in the same way for every flat
table; a model here says only how many rows it has (`row_count`), how many columns
(`COLUMNS`) and what each column is called (`header`, and `header_tip` for a tooltip), with
its own translation context.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class TableModel(QAbstractTableModel):
    """A flat table: `row_count()`, `COLUMNS` and `header(section)` are what a subclass gives."""

    COLUMNS = 0

    def row_count(self) -> int:
        """How many rows the table has now."""
        raise NotImplementedError

    def header(self, section: int) -> str | None:
        """The title of column `section` (None: none)."""
        raise NotImplementedError

    def header_tip(self, section: int) -> str | None:
        """The tooltip of column `section`'s title (None: none)."""
        return None

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tip(section)
        return None
