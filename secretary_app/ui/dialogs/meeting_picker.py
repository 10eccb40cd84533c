"""Open a meeting: most recent first, filter as you type, pages loaded on demand."""

from __future__ import annotations

from enum import IntEnum
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import MeetingSummary


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


class MeetingListModel(QAbstractTableModel):
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

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Datum"),
            self.tr("Nr."),
            self.tr("Gremium"),
            self.tr("TOPs"),
            self.tr("Status"),
        )
        return titles[section] if 0 <= section < len(titles) else None

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


class MeetingFilter(QSortFilterProxyModel):
    """Every word typed must appear in date, number, committee or status."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        words = text.casefold().split()
        if hasattr(self, "endFilterChange"):  # Qt ≥ 6.10; invalidateFilter is deprecated
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = words
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        if isinstance(model, MeetingListModel):
            haystack = model.search_text(source_row)
        else:
            haystack = str(model.index(source_row, 0, source_parent).data(MeetingRole.SEARCH_TEXT))
        return all(word in haystack for word in self._words)


class _FilterEdit(QLineEdit):
    """The filter line passes ↑ ↓ Bild↑ Bild↓ to the list, so the hands stay on the keys."""

    def __init__(self, view: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = view

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self._view.keyPressEvent(event)
            return
        super().keyPressEvent(event)


class MeetingPicker(QDialog):
    """Pick a meeting to open."""

    def __init__(self, source: MeetingSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sitzung öffnen"))
        self.resize(720, 480)
        self.chosen: int | None = None
        self.model = MeetingListModel(source, parent=self)
        self.proxy = MeetingFilter(self)
        self.proxy.setSourceModel(self.model)

        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(False)
        header = self.view.horizontalHeader()
        # sized once from the first rows: ResizeToContents would measure thousands of rows
        # on every keystroke of the filter
        header.setResizeContentsPrecision(30)
        self.view.resizeColumnsToContents()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

        self.filter_edit = _FilterEdit(self.view)
        self.filter_edit.setPlaceholderText(
            self.tr("Suchen: Gremium, Datum (z. B. 06.2016) oder Nummer …")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setEnabled(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setText(self.tr("Öffnen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)

        self.filter_edit.textChanged.connect(self._filter)
        self.view.activated.connect(lambda _index: self.open_selected())
        self.buttons.accepted.connect(self.open_selected)
        self.buttons.rejected.connect(self.reject)
        self.proxy.rowsInserted.connect(self._update_count)
        self._select_first()
        self._update_count()
        self.filter_edit.setFocus()

    @classmethod
    def choose(cls, parent: QWidget | None, source: MeetingSource) -> int | None:
        """Show the picker; the chosen meeting's id, or None."""
        dialog = cls(source, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen

    def _filter(self, text: str) -> None:
        if text.strip():
            # a search covers the whole archive, not only the pages shown so far
            self.model.fetch_all()
        self.proxy.set_text(text)
        self._select_first()
        self._update_count()

    def _select_first(self) -> None:
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    def _update_count(self) -> None:
        shown = self.proxy.rowCount()
        if self.model.canFetchMore():
            text = self.tr("{n} neueste Sitzungen – weitere beim Blättern").format(n=shown)
        elif self.filter_edit.text().strip():
            text = self.tr("{n} von {total} Sitzungen").format(n=shown, total=self.model.rowCount())
        elif shown == 1:
            text = self.tr("1 Sitzung")
        else:
            text = self.tr("{n} Sitzungen").format(n=shown)
        if not self.model.rowCount():
            text = self.tr("Noch keine Sitzungen gespeichert – legen Sie eine neue an.")
        self.count_label.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(shown > 0)

    def selected_id(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        value = index.data(MeetingRole.MEETING_ID)
        return int(value) if value is not None else None

    def open_selected(self) -> None:
        meeting_id = self.selected_id()
        if meeting_id is None:
            return
        self.chosen = meeting_id
        self.accept()
