"""The stored meetings for „Sitzung öffnen“, newest first, fetched one page at a time."""

from __future__ import annotations

from enum import IntEnum
from typing import Any, Protocol

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ...domain.model import MeetingSummary
from .table_model import TableModel


class MeetingSource(Protocol):
    """Where the list comes from: `session.Operations` (anything with `list_meetings`)."""

    def list_meetings(self, limit: int | None = None, offset: int = 0) -> list[MeetingSummary]:
        """A page of the stored meetings, newest first."""
        ...


ModelIndex = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 200


class MeetingRole(IntEnum):
    """Extra data roles of the meeting list."""

    MEETING_ID = int(Qt.ItemDataRole.UserRole) + 1
    SEARCH_TEXT = int(Qt.ItemDataRole.UserRole) + 2


class MeetingListModel(TableModel):
    """The stored meetings, newest first, fetched one page at a time."""

    COLUMNS = 5

    def __init__(
        self, source: MeetingSource, page_size: int | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.page_size = page_size or PAGE_SIZE
        self._rows: list[MeetingSummary] = []
        self._search: list[str] = []  # one lower-case line per row, built once for filtering
        self._exhausted = False
        self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = self.source.list_meetings(limit=self.page_size, offset=len(self._rows))
        if len(page) < self.page_size:
            self._exhausted = True
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self._search.extend(self._search_text(m) for m in page)
            self.endInsertRows()

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    def row_count(self) -> int:
        return len(self._rows)

    def header(self, section: int) -> str | None:
        titles = (
            self.tr("Datum"),
            self.tr("Nr."),
            self.tr("Gremium"),
            self.tr("TOPs"),
            self.tr("Status"),
        )
        return titles[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        m = self._rows[index.row()]
        if role == MeetingRole.MEETING_ID:
            return m.id
        if role == MeetingRole.SEARCH_TEXT:
            return self._search[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                f"{m.date:%d.%m.%Y}",
                f"{m.number}.",
                m.committee,
                str(m.items),
                self._status(m),
            )
            return values[index.column()] if 0 <= index.column() < len(values) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (1, 3):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def search_text(self, row: int) -> str:
        return self._search[row]

    def _search_text(self, m: MeetingSummary) -> str:
        return f"{m.date:%d.%m.%Y} {m.number}. {m.committee} {self._status(m)}".casefold()

    def _status(self, m: MeetingSummary) -> str:
        return self.tr("abgeschlossen") if m.finalized else self.tr("offen")
