"""Open a meeting: most recent first, filter as you type, pages loaded on demand."""

from __future__ import annotations

from PySide6.QtCore import (
    QObject,
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

from ..models.meeting_list_model import (
    MeetingListModel,
    MeetingRole,
    MeetingSource,
    ModelIndex,
)


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
