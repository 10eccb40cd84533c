"""„Tagesordnung einfügen“: paste or open an agenda, check it in an editable preview, take it over.

The dialog only shows and edits; reading is done by `session.agenda`. Nothing is stored here:
`AgendaImportDialog.ask` hands the items and the "replace" choice to the caller.
Small inputs are read at once (a few milliseconds); bigger ones and OParl addresses in a
worker thread, with a busy bar and „Abbrechen“, so that the window never freezes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import AgendaItem
from ...errors import KnownError
from ...formats.agenda import AgendaReadResult, looks_like_agenda
from ...formats.oparl import MeetingListError, is_url
from ...session import agenda as reading
from ..models.agenda_preview_model import (
    AgendaPreviewModel,
    Column,
)
from .oparl_meeting_choice import MeetingChoiceDialog

if TYPE_CHECKING:
    from ...session import Operations

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex
PARSE_DELAY_MS = 150
INLINE_LIMIT = 200_000  # characters or bytes read in the GUI thread; more go to the worker
SOURCE_COLUMN_WIDTH = 260  # pixels: the column that says where each paper was found


@dataclass
class _Job:
    """One reading: what kind, of what, and the call that reads it (in either thread)."""

    kind: str  # "text" | "file" | "fetch"
    source: str | Path
    read: Callable[[], AgendaReadResult]
    future: Future[AgendaReadResult] | None = None


class AgendaImportDialog(QDialog):
    """Paste or open the Tagesordnung; the preview shows and edits what will be taken over."""

    def __init__(self, parent: QWidget | None = None, operations: Operations | None = None) -> None:
        super().__init__(parent)
        self.ops = operations  # remembers the folder a file was opened from
        self._source_file: Path | None = None
        self.setWindowTitle(self.tr("Tagesordnung einfügen"))
        self.setObjectName("agendaImportDialog")
        self.resize(1100, 640)

        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("agendaText")
        self._placeholder = self.tr(
            "Tagesordnung aus der Einladung hier einfügen (Strg+V), zum Beispiel:\n\n"
            "Öffentlicher Teil\n"
            "7.1  Parkraumkonzept Innenstadt  24/SVV/0422\n"
            "Nichtöffentlicher Teil\n"
            "9.1  Grundstücksangelegenheit\n\n"
            "Auch CSV-Tabellen und OParl-JSON können eingefügt werden."
        )
        self.text_edit.setPlaceholderText(self._placeholder)
        # Tab leaves the text area (keyboard only); pasted tabs are kept as column separators.
        self.text_edit.setTabChangesFocus(True)
        # One line of the invitation is one line here, so "Zeile 7" in a note is easy to find.
        self.text_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text_edit.setTabStopDistance(self.text_edit.fontMetrics().horizontalAdvance(" ") * 6)
        self.open_button = QPushButton(self.tr("&Datei öffnen …"))
        self.open_button.setObjectName("agendaOpenButton")
        self.fetch_button = QPushButton(self.tr("A&brufen"))
        self.fetch_button.setObjectName("agendaFetchButton")
        self.fetch_button.setToolTip(self.tr("OParl-Sitzung von dieser Adresse abrufen (Netz)"))
        self.fetch_button.hide()
        self._pool: ThreadPoolExecutor | None = None
        self._job: _Job | None = None  # reading in the worker thread
        self._meeting_id: str | None = None  # chosen from an OParl list of meetings
        self._poll = QTimer(self)
        self._poll.setInterval(50)
        self.progress = QProgressBar()
        self.progress.setObjectName("agendaProgress")
        self.progress.setRange(0, 0)  # busy: the readers cannot tell how far they are
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.cancel_read_button = QPushButton(self.tr("Lesen a&bbrechen"))
        self.cancel_read_button.setObjectName("agendaCancelRead")
        self.cancel_read_button.hide()
        self.format_box = QComboBox()
        self.format_box.setObjectName("agendaFormat")
        for code, label in (
            (None, self.tr("Format erkennen")),
            ("text", self.tr("Text")),
            ("csv", self.tr("CSV-Tabelle")),
            ("oparl", self.tr("OParl (JSON)")),
        ):
            self.format_box.addItem(label, code)
        self.format_box.setToolTip(self.tr("Falls das Format falsch erkannt wird"))
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        # a long file name must not push the splitter around
        self.source_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.model = AgendaPreviewModel(self)
        self.table = QTableView()
        self.table.setObjectName("agendaPreview")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.PAPER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.PUBLIC, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.VOTE, QHeaderView.ResizeMode.ResizeToContents)
        # a long "where from" wraps in its row instead of squeezing the titles
        header.setSectionResizeMode(Column.SOURCE, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(Column.SOURCE, SOURCE_COLUMN_WIDTH)
        self.table.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("Punkt ent&fernen"))
        self.remove_button.setObjectName("agendaRemoveButton")
        self.count_label = QLabel()
        self.count_label.setObjectName("agendaCount")
        self.notes_label = QLabel()
        self.notes_label.setObjectName("agendaNotes")
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label = QLabel()
        self.error_label.setObjectName("agendaError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a40000; font-weight: bold;")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()

        self.replace_box = QCheckBox(self.tr("Vorhandene Tagesordnung &ersetzen"))
        self.replace_box.setObjectName("agendaReplace")
        self.replace_box.setToolTip(
            self.tr("Sonst werden die Punkte hinten an die Tagesordnung angefügt.")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Übernehmen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PARSE_DELAY_MS)

        self._build_layout()
        self._connect_signals()
        self._show_result(None, "")
        self._prefill_from_clipboard()
        # the field says "hier einfügen (Strg+V)": Ctrl+V at once goes there
        self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_layout(self) -> None:
        left = self._pane(
            self.tr("Eingefügter Text"),
            [self.format_box, self.fetch_button, self.open_button],
            [self.text_edit, self.source_label],
        )
        right = self._pane(
            self.tr("Vorschau – Zellen lassen sich ändern"),
            [self.count_label, self.remove_button],
            [self.table, self.error_label, self.notes_label],
        )

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([380, 700])

        bottom = QHBoxLayout()
        bottom.addWidget(self.progress)
        bottom.addWidget(self.cancel_read_button)
        bottom.addWidget(self.replace_box)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    @staticmethod
    def _pane(title: str, tools: list[QWidget], body: list[QWidget]) -> QWidget:
        """A bold heading with tool buttons on the right, then the body; the first grows."""
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(title)
        heading.setStyleSheet("font-weight: bold;")
        row = QHBoxLayout()
        row.addWidget(heading)
        row.addStretch(1)
        for tool in tools:
            row.addWidget(tool)
        layout.addLayout(row)
        for i, widget in enumerate(body):
            layout.addWidget(widget, 1 if i == 0 else 0)
        return pane

    def _connect_signals(self) -> None:
        self.text_edit.textChanged.connect(self._text_changed)
        self._timer.timeout.connect(self.refresh)
        self.open_button.clicked.connect(self.open_file)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.fetch_button.clicked.connect(self.fetch)
        self._poll.timeout.connect(self._check_job)
        self.cancel_read_button.clicked.connect(self.cancel_reading)
        self.remove_button.clicked.connect(self.remove_current)
        self.model.modelReset.connect(self._after_reset)
        self.model.dataChanged.connect(self._update_count)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        remove = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_current)

    # -- reading ---------------------------------------------------------------------------

    def _prefill_from_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        text = clipboard.text() if clipboard is not None else ""
        if looks_like_agenda(text):
            self.text_edit.setPlainText(text)
            self.source_label.setText(self.tr("Aus der Zwischenablage übernommen."))
            self.refresh()

    def _text_changed(self) -> None:
        self._meeting_id = None  # another text: another list of meetings, if any
        self._timer.start()

    def refresh(self) -> None:
        """Read the text area now and show the result (the timer calls this while typing)."""
        self._timer.stop()
        text = self.text_edit.toPlainText()
        if not text.strip():
            if self._source_file is None:
                self._show_result(None, "")
            return
        if self._source_file is not None:
            self._source_file = None
            self.text_edit.setPlaceholderText(self._placeholder)
            self.source_label.setText("")
        self.fetch_button.setVisible(is_url(text))
        if is_url(text):
            self._show_result(None, "")
            self.source_label.setText(
                self.tr("Eine OParl-Adresse: „Abrufen“ holt die Sitzung aus dem Netz.")
            )
            return
        fmt, meeting = self.format_box.currentData(), self._meeting_id
        self._read(_Job("text", text, lambda: reading.read_agenda(text, fmt, meeting)), len(text))

    def _format_changed(self) -> None:
        if self._source_file is not None:
            self.load_file(self._source_file)
        else:
            self.refresh()

    def fetch(self) -> None:
        """Fetch the OParl meeting at the URL in the text area, without freezing the window."""
        url = self.text_edit.toPlainText().strip()
        if not is_url(url) or self._job is not None:
            return
        self.fetch_button.setEnabled(False)
        self.source_label.setText(self.tr("Wird abgerufen: {0} …").format(url))
        meeting = self._meeting_id
        self._read(_Job("fetch", url, lambda: reading.fetch_agenda(url, meeting_id=meeting)), None)

    def _executor(self) -> ThreadPoolExecutor:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="agenda-read")
        return self._pool

    def _read(self, job: _Job, size: int | None) -> None:
        """Small inputs at once; big ones (size None: always) in the worker with a busy bar."""
        self._drop_job()  # a new reading replaces one still running
        if size is not None and size <= INLINE_LIMIT:
            try:
                result: AgendaReadResult | BaseException = job.read()
            except KnownError as exc:
                result = exc
            self._finish(job, result)
            return
        job.future = self._executor().submit(job.read)
        self._job = job
        self.progress.show()
        self.cancel_read_button.show()
        self.ok_button.setEnabled(False)
        if job.kind != "fetch":
            self.source_label.setText(self.tr("Wird gelesen …"))
        self._poll.start()

    def cancel_reading(self) -> None:
        """Stop waiting for the worker; its result, when it comes, is thrown away.

        Every reader ends by itself within its limits (size, deadline), so the thread is
        not killed, only no longer listened to.
        """
        if self._drop_job():
            self.source_label.setText(self.tr("Lesen abgebrochen."))
            self._update_count()

    def _drop_job(self) -> bool:
        """Forget the reading in the worker, if any; whether there was one."""
        if self._job is None:
            return False
        job, self._job = self._job, None
        if job.future is not None:
            job.future.cancel()
        self._poll.stop()
        self.progress.hide()
        self.cancel_read_button.hide()
        self.fetch_button.setEnabled(True)
        return True

    def is_reading(self) -> bool:
        return self._job is not None

    def _check_job(self) -> None:
        job = self._job
        if job is None or job.future is None or not job.future.done():
            return
        self._poll.stop()
        self._job = None
        self.progress.hide()
        self.cancel_read_button.hide()
        self.fetch_button.setEnabled(True)
        if job.future.cancelled():
            return
        error = job.future.exception()
        self._finish(job, error if error is not None else job.future.result())

    def _finish(self, job: _Job, result: AgendaReadResult | BaseException) -> None:
        """Show what a reading gave: the items, a German message, or the list of meetings."""
        if isinstance(result, MeetingListError) and self._meeting_id is None:
            chosen = MeetingChoiceDialog.choose(self, result.choices)
            if chosen is not None:
                self._meeting_id = chosen
                self._again(job)
                return
        if isinstance(result, KnownError):
            if job.kind == "fetch":
                self.source_label.setText("")
            self._show_result(None, str(result))
            return
        if isinstance(result, BaseException):  # a bug in a reader: the excepthook tells her
            self.source_label.setText("")
            raise result
        if job.kind == "file" and isinstance(job.source, Path):
            self._took_file(job.source)
        self._show_result(result, "")
        if job.kind == "fetch":
            self.source_label.setText(self.tr("Abgerufen: {0}").format(job.source))
        elif job.kind == "file" and isinstance(job.source, Path):
            self.source_label.setText(self.tr("Datei: {0}").format(job.source.name))
        elif self.source_label.text() == self.tr("Wird gelesen …"):
            self.source_label.setText("")

    def _again(self, job: _Job) -> None:
        """Read the same source again, now with the meeting she chose."""
        if job.kind == "fetch":
            self.fetch()
        elif job.kind == "file" and isinstance(job.source, Path):
            self.load_file(job.source, keep_meeting=True)
        else:
            self.refresh()

    def done(self, code: int) -> None:
        self._poll.stop()
        self._job = None
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
        super().done(code)

    def open_file(self) -> None:
        folder = self.ops.import_folder() if self.ops is not None else ""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Tagesordnung öffnen"),
            folder,
            self.tr("Tagesordnung (*.txt *.csv *.json *.docx);;Alle Dateien (*)"),
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path, keep_meeting: bool = False) -> None:
        """Read a file (its folder may hold OParl papers too) and show what was read."""
        if not keep_meeting and path != self._source_file:
            self._meeting_id = None
        try:
            size: int | None = path.stat().st_size
        except OSError:
            size = 0  # read at once: the reader says what is wrong in German
        fmt, meeting = self.format_box.currentData(), self._meeting_id
        self._read(_Job("file", path, lambda: reading.read_agenda(path, fmt, meeting)), size)

    def _took_file(self, path: Path) -> None:
        """A file was read: remember its folder, show its name instead of the text."""
        if self.ops is not None:
            self.ops.remember_import_folder(path.parent)
        self.text_edit.blockSignals(True)
        self.text_edit.clear()
        self.text_edit.blockSignals(False)
        self._source_file = path
        self.text_edit.setPlaceholderText(
            self.tr("Gelesen aus {0}. Hier eingefügter Text ersetzt die Datei.").format(path.name)
        )

    def _show_result(self, result: AgendaReadResult | None, error: str) -> None:
        self.model.set_items(
            result.items if result else [],
            result.suggested_votes if result else None,
            result.paper_sources if result else None,
        )
        self.error_label.setText(error)
        self.error_label.setVisible(bool(error))
        notes = result.notes if result else []
        if notes:
            self.notes_label.setText(
                self.tr("Hinweise:") + "\n" + "\n".join(f"• {n}" for n in notes)
            )
        else:
            self.notes_label.setText("")
        self.notes_label.setVisible(bool(notes))
        self._update_count()

    # -- editing ---------------------------------------------------------------------------

    def remove_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            row = index.row()
            if self.model.remove_item(row):
                self.table.setCurrentIndex(
                    self.model.index(min(row, self.model.rowCount() - 1), Column.TITLE)
                )

    def _after_reset(self) -> None:
        self.table.clearSpans()
        for row in self.model.heading_rows():
            self.table.setSpan(row, 0, 1, len(Column))
        # the column of suggested votes only where a prose result named counts
        self.table.setColumnHidden(Column.VOTE, self.model.suggested_votes() == 0)
        # where each paper came from only where a reader said so (OParl)
        self.table.setColumnHidden(Column.SOURCE, not self.model.has_sources())
        self.table.resizeRowsToContents()
        self._update_count()

    def _update_count(self) -> None:
        n = self.model.item_count()
        public = sum(1 for it in self.model.items() if it.public)
        if n:
            self.count_label.setText(
                self.tr("{0} Punkte ({1} öffentlich, {2} nichtöffentlich)").format(
                    n, public, n - public
                )
            )
        else:
            self.count_label.setText(self.tr("Noch keine Punkte"))
        self.ok_button.setEnabled(n > 0 and self._job is None)
        self.remove_button.setEnabled(n > 0)

    # -- result ----------------------------------------------------------------------------

    def accept(self) -> None:
        if self._timer.isActive():  # typed a moment ago: take what is in the text area now
            self.refresh()
        if self.model.item_count() == 0 or self._job is not None:
            return  # nothing read yet, or still reading
        super().accept()

    def result_value(self) -> tuple[list[AgendaItem], bool]:
        return self.model.items(), self.replace_box.isChecked()

    @classmethod
    def ask(
        cls, parent: QWidget | None, operations: Operations | None = None
    ) -> tuple[list[AgendaItem], bool] | None:
        """Show the dialog; the items and "replace existing agenda", or None if cancelled."""
        dialog = cls(parent, operations)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            items, replace = dialog.result_value()
            return (items, replace) if items else None
        finally:
            dialog.deleteLater()
