"""Beschlusskontrolle and Wiedervorlagen: every resolution with its follow-up, and what is due.

One dialog, two views: the register of all resolutions (committee, date, item, paper, outcome,
wording, follow-up) and, with "Nur fällige Wiedervorlagen", the follow-ups due by the end of this
week that are not done. The follow-up dates are suggestions found in the wording
(`domain.followups`): the words that gave the date are marked in the wording, and the follow-up
says whether it is the start, the middle or the end of the period they name, or a day. The
secretary changes one with „Wiedervorlage ändern …“ (or F2) and ticks it off with „Erledigt“
(Space); a recurring one ("jährlich") then moves on to its next date. Both views export as CSV
and Word.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.followups import Resolution
from ...errors import KnownError
from ...session import Operations
from ...session.followups import FollowUps, week_end
from .. import messages
from ..messages import shows_errors
from ..models.resolution_model import WORDING, ResolutionModel, edge_text, every_text
from .html_delegate import HtmlDelegate

if TYPE_CHECKING:
    from ..window_view import WindowView


class FollowUpDialog(QDialog):
    """Change one follow-up: a date, or none; done or not."""

    def __init__(self, resolution: Resolution, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Wiedervorlage ändern"))
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        due = resolution.due or dt.date.today()
        self.date.setDate(QDate(due.year, due.month, due.day))
        self.none = QCheckBox(self.tr("keine Wiedervorlage"), self)
        self.none.setChecked(resolution.due is None)
        self.date.setEnabled(resolution.due is not None)
        self.none.toggled.connect(lambda on: self.date.setEnabled(not on))
        self.done_box = QCheckBox(self.tr("erledigt"), self)
        self.done_box.setChecked(resolution.done)
        found = QLabel(
            self.tr("Gefunden im Beschlusstext: „{phrase}“").format(phrase=resolution.phrase)
            + (f" – {edge_text(resolution)}" if edge_text(resolution) else "")
            if resolution.phrase
            else ""
        )
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                self.tr("TOP {number} {title}").format(
                    number=resolution.item_number, title=resolution.item_title
                )
            )
        )
        form.addRow(found)
        form.addRow(self.tr("Wiedervorlage am"), self.date)
        form.addRow("", self.none)
        form.addRow("", self.done_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> tuple[dt.date | None, bool]:
        due = None if self.none.isChecked() else self.date.date().toPython()
        return due, self.done_box.isChecked()  # type: ignore[return-value]

    @classmethod
    def ask(
        cls, resolution: Resolution, parent: QWidget | None
    ) -> tuple[dt.date | None, bool] | None:
        dialog = cls(resolution, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class RegisterDialog(QDialog):
    """The register; `due_only` opens the Wiedervorlagen view."""

    def __init__(
        self,
        operations: Operations,
        parent: QWidget | None = None,
        *,
        due_only: bool = False,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = operations
        self.today = today or dt.date.today()
        self.rows: list[Resolution] = []
        self.resize(1260, 700)
        self.due_only = QCheckBox(self.tr("Nur fällige &Wiedervorlagen"), self)
        self.due_only.setChecked(due_only)
        self.summary = QLabel(self)
        self.model = ResolutionModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        # two lines a row, fixed: sizing 20,000 rows to their contents would take seconds
        line = self.table.fontMetrics().lineSpacing()
        self.table.verticalHeader().setDefaultSectionSize(2 * line + 8)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        for col, width in enumerate((80, 150, 210, 95, 120, 0, 150, 65)):
            if width:
                self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(WORDING, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(WORDING, HtmlDelegate(self.table, wrap=True))
        self.edit_button = QPushButton(self.tr("Wiedervorlage ä&ndern …"), self)
        self.done_button = QPushButton(self.tr("&Erledigt"), self)
        self.csv_button = QPushButton(self.tr("Als &CSV speichern …"), self)
        self.docx_button = QPushButton(self.tr("Als W&ord-Datei speichern …"), self)
        close = QPushButton(self.tr("Schließen"), self)
        buttons = QHBoxLayout()
        for b in (self.edit_button, self.done_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.csv_button, self.docx_button, close):
            buttons.addWidget(b)
        top = QHBoxLayout()
        top.addWidget(self.due_only)
        top.addStretch(1)
        top.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        close.clicked.connect(self.accept)
        self._connect_signals()
        self.reload()

    def _connect_signals(self) -> None:
        self.due_only.toggled.connect(lambda _on: self.reload())
        self.edit_button.clicked.connect(self.edit_current)
        self.done_button.clicked.connect(self.toggle_done)
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.docx_button.clicked.connect(lambda: self.export("docx"))
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        QShortcut(QKeySequence("F2"), self.table, self.edit_current)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self.table, self.toggle_done)

    # -- showing -------------------------------------------------------------------------------

    def reload(self, keep_item: int | None = None) -> None:
        due = self.due_only.isChecked()
        self.setWindowTitle(self.tr("Wiedervorlagen") if due else self.tr("Beschlusskontrolle"))
        # the due view: what is due by Sunday, as the window's notice counted at start
        until = week_end(self.today) if due else self.today
        try:
            self.rows = FollowUps(self.ops).resolutions(due_only=due, today=until)
        except KnownError as exc:
            messages.error(self, str(exc))
            self.rows = []
        self.model.set_rows(self.rows, self.today)
        target = next((i for i, r in enumerate(self.rows) if r.item_id == keep_item), 0)
        if self.rows:
            self.table.setCurrentIndex(self.model.index(target, 0))
        due_now = sum(1 for r in self.rows if r.is_due(self.today))
        self.summary.setText(
            self.tr("{n} Beschlüsse, davon {due} Wiedervorlagen fällig").format(
                n=len(self.rows), due=due_now
            )
        )

    def current(self) -> Resolution | None:
        row = self.table.currentIndex().row()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # -- changing ------------------------------------------------------------------------------

    def edit_current(self) -> None:
        r = self.current()
        if r is None:
            return
        answer = FollowUpDialog.ask(r, self)
        if answer is None:
            return
        self._save(r, *answer)

    def toggle_done(self) -> None:
        r = self.current()
        if r is None:
            return
        following = self._tick_off(r)
        self.reload(keep_item=r.item_id)
        if following is not None:
            self.summary.setText(
                self.tr(
                    "Erledigt. Nächste Wiedervorlage ({every}) am {date} – mit F2 zu ändern."
                ).format(every=every_text(r.every_months), date=f"{following:%d.%m.%Y}")
            )

    def _tick_off(self, r: Resolution) -> dt.date | None:
        """Done or undone through the session; a recurring duty moves on (its next date)."""
        try:
            return FollowUps(self.ops).tick_off(r)
        except KnownError as exc:
            messages.error(self, str(exc))
            return None

    @shows_errors
    def _save(self, r: Resolution, due: dt.date | None, done: bool) -> None:
        self.ops.set_followup(r.item_id, due, done)
        self.reload(keep_item=r.item_id)

    # -- export --------------------------------------------------------------------------------

    @classmethod
    def ask_target(cls, parent: QWidget, suggested: Path, kind: str) -> Path | None:
        """The file to write (tests replace this)."""
        pattern = "CSV (*.csv)" if kind == "csv" else "Word (*.docx)"
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("RegisterDialog", "Speichern unter"),
            str(suggested),
            pattern,
        )
        return Path(name) if name else None

    def export(self, kind: str) -> None:
        title = self.windowTitle()
        suggested = Path.home() / f"{title} {self.today:%Y-%m-%d}.{kind}"
        target = self.ask_target(self, suggested, kind)
        if target is None:
            return
        self._export(target, title, kind)

    @shows_errors
    def _export(self, target: Path, title: str, kind: str) -> None:
        self.ops.export_register(self.rows, target, title=title, docx=kind != "csv")
        self.summary.setText(self.tr("Geschrieben: {path}").format(path=target))


def show_register(window: WindowView, *, due_only: bool = False) -> RegisterDialog:
    """Beschlusskontrolle (or, with `due_only`, Wiedervorlagen) over the window's archive."""
    dialog = RegisterDialog(window.ops, window.widget(), due_only=due_only)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
