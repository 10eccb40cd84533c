"""Archive search (Strg+Umschalt+F): hits grouped by meeting and item, Enter opens the paragraph.

The dialog only shows what `Operations.search` finds; opening a hit is the window's
`open_meeting` plus selecting the item and putting the cursor on the paragraph
(`open_hit`). While the search index of a large archive is still being built
(`search_index.SearchIndexBuilder`), the dialog says so and searches when it is ready.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import KnownError
from ...session.archive import search_marks
from .html_delegate import HtmlDelegate

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from ...session import Operations
    from ...session.archive import SearchHit, SearchResult
    from ..window_view import WindowView

HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the SearchHit of an item or paragraph row


def snippet_html(hit: SearchHit) -> str:
    """The snippet with its matches in bold, everything else escaped."""
    text = html.escape(hit.snippet)
    start, end = search_marks()
    text = text.replace(start, "<b>").replace(end, "</b>")
    return text


class _Results(QTreeWidget):
    chosen = Signal(object)  # SearchHit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setItemDelegate(HtmlDelegate(self))
        self.itemActivated.connect(self._activated)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        current = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current is not None:
            self._activated(current, 0)
            return
        super().keyPressEvent(event)

    def _activated(self, row: QTreeWidgetItem, _column: int) -> None:
        hit = row.data(0, HIT_ROLE)
        if hit is not None:
            self.chosen.emit(hit)


class SearchDialog(QDialog):
    """Type words; the hits appear grouped by meeting and item; Enter opens the hit."""

    hit_chosen = Signal(object)  # SearchHit
    DELAY_MS = 250

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("Archiv durchsuchen"))
        self.resize(900, 600)
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(
            self.tr("Suchwörter, z. B. Parkraum Innenstadt – Umlaute und ß dürfen fehlen")
        )
        self.query.setClearButtonEnabled(True)
        self.committee = QComboBox(self)
        self.committee.addItem(self.tr("Alle Gremien"), "")
        for c in ops.committees():
            self.committee.addItem(c.name, c.name)
        self.use_since = QCheckBox(self.tr("seit"), self)
        self.since = QDateEdit(self)
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("dd.MM.yyyy")
        a_year_ago = dt.date.today().replace(year=dt.date.today().year - 1)
        self.since.setDate(QDate(a_year_ago.year, a_year_ago.month, a_year_ago.day))
        self.since.setEnabled(False)
        self.results = _Results(self)
        self.status = QLabel(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DELAY_MS)

        filters = QHBoxLayout()
        filters.addWidget(self.query, 3)
        filters.addWidget(self.committee, 2)
        filters.addWidget(self.use_since)
        filters.addWidget(self.since)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self._connect_signals()
        self.query.setFocus()

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._enter_in_field)
        self.committee.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.use_since.toggled.connect(self.since.setEnabled)
        self.use_since.toggled.connect(lambda _b: self._timer.start())
        self.since.dateChanged.connect(lambda _d: self._timer.start())
        self.results.chosen.connect(self._choose)

    def _enter_in_field(self) -> None:
        """Enter in the field: search now; a second Enter opens the first hit."""
        if self._timer.isActive() or self.results.topLevelItemCount() == 0:
            self._timer.stop()
            self.run_search()
            if self.results.topLevelItemCount():  # nothing found: she types on in the field
                self.results.setFocus()
            return
        self.results.setFocus()
        row = self.results.currentItem()
        if row is not None:
            self.results._activated(row, 0)

    def _choose(self, hit: SearchHit) -> None:
        self.hit_chosen.emit(hit)
        self.accept()

    def index_ready(self) -> None:
        """The background build finished: search what was typed meanwhile."""
        self.run_search()

    def run_search(self) -> None:
        self._timer.stop()
        text = self.query.text().strip()
        self.results.clear()
        if not text:
            self.status.setText("")
            return
        if self.ops.search_index_pending:
            self.status.setText(
                self.tr("Der Suchindex wird einmalig aufgebaut … die Suche folgt gleich.")
            )
            return
        since: dt.date | None = None
        if self.use_since.isChecked():
            picked = self.since.date()
            since = dt.date(picked.year(), picked.month(), picked.day())
        try:
            result = self.ops.search(
                text,
                committee=self.committee.currentData() or None,
                since=since,
                exact_committee=True,
            )
        except KnownError as exc:  # a locked or damaged database: say so in the dialog
            self.status.setText(str(exc))
            return
        self._show(result)

    def _show(self, result: SearchResult) -> None:
        meeting_row: QTreeWidgetItem | None = None
        item_row: QTreeWidgetItem | None = None
        meeting_id = item_id = None
        first: QTreeWidgetItem | None = None
        inside_shown = False
        for hit in result.hits:
            if hit.inside and not inside_shown:  # whole words above, words in compounds below
                inside_shown, meeting_id = True, None
                label = QTreeWidgetItem(
                    self.results, [html.escape(self.tr("In zusammengesetzten Wörtern:"))]
                )
                label.setFirstColumnSpanned(True)
                label.setFlags(Qt.ItemFlag.NoItemFlags)
            if hit.meeting_id != meeting_id or meeting_row is None:
                meeting_id, item_id = hit.meeting_id, None
                meeting_row = QTreeWidgetItem(
                    self.results,
                    [
                        "<b>"
                        + html.escape(
                            self.tr("{date} · {number}. Sitzung · {committee}").format(
                                date=f"{hit.meeting_date:%d.%m.%Y}",
                                number=hit.meeting_number,
                                committee=hit.committee,
                            )
                        )
                        + "</b>"
                    ],
                )
                meeting_row.setFirstColumnSpanned(True)
                meeting_row.setExpanded(True)
            if hit.item_id != item_id or item_row is None:
                item_id = hit.item_id
                paper = f" · {hit.paper}" if hit.paper else ""
                mark = (
                    ""
                    if hit.public
                    else " <span style='color:#a00000'>[" + self.tr("nichtöffentlich") + "]</span>"
                )
                head = html.escape(f"TOP {hit.item_number} {hit.item_title}{paper}")
                if hit.paragraph_id is None:  # the title or paper matched: show it highlighted
                    head = html.escape("TOP " + hit.item_number + " ") + snippet_html(hit)
                item_row = QTreeWidgetItem(meeting_row, [head + mark])
                item_row.setData(0, HIT_ROLE, hit)
                item_row.setExpanded(True)
                first = first or item_row
            if hit.paragraph_id is not None:
                row = QTreeWidgetItem(item_row, [snippet_html(hit)])
                row.setData(0, HIT_ROLE, hit)
                row.setToolTip(0, hit.plain_snippet("»", "«"))
                first = first or row
        if first is not None:
            self.results.setCurrentItem(first)
        n, meetings = len(result.hits), len({h.meeting_id for h in result.hits})
        if n == 0:
            self.status.setText(self.tr("Nichts gefunden."))
        elif result.more:
            self.status.setText(
                self.tr(
                    "Die neuesten {n} Treffer in {m} Sitzungen – es gibt mehr; weitere Wörter "
                    "oder ein Gremium grenzen die Suche ein."
                ).format(n=n, m=meetings)
            )
        else:
            self.status.setText(self.tr("{n} Treffer in {m} Sitzungen.").format(n=n, m=meetings))


def open_hit(window: WindowView, hit: SearchHit) -> None:
    """Open the hit's meeting in the window, select its item, put the cursor on the paragraph."""
    if window.meeting is None or window.meeting.id != hit.meeting_id:
        if not window.open_meeting(hit.meeting_id):
            return
    window.agenda.select_item(hit.item_id)
    editor = window.editor
    if hit.paragraph_id is not None:
        from PySide6.QtGui import QTextCursor

        block = editor.document().begin()
        while block.isValid():
            data = block.userData()
            if data is not None and getattr(data, "id", None) == hit.paragraph_id:
                editor.setTextCursor(QTextCursor(block))
                editor.ensureCursorVisible()
                break
            block = block.next()
    window.widget().activateWindow()
    editor.setFocus()


def show_search(window: WindowView, index_done: SignalInstance | None = None) -> SearchDialog:
    """Strg+Umschalt+F: the search dialog over the window's archive; a chosen hit is opened.
    While the index is still built, the dialog searches once `index_done` is emitted."""
    dialog = SearchDialog(window.ops, window.widget())
    dialog.hit_chosen.connect(lambda hit: open_hit(window, hit))
    if index_done is not None:
        index_done.connect(lambda _text: dialog.index_ready())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
