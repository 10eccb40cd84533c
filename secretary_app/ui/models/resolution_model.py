"""The resolution register (Beschlusskontrolle): one row per resolution with its follow-up."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ...domain.followups import Resolution
from .table_model import TableModel

if TYPE_CHECKING:
    pass


class ResolutionModel(TableModel):
    """The register's rows; a model, so 20,000 resolutions of a ten-year archive show at once."""

    COLUMNS = 8  # date, committee, item, paper, outcome, wording, follow-up, done

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Resolution] = []
        self.today = dt.date.today()

    def set_rows(self, rows: list[Resolution], today: dt.date) -> None:
        self.beginResetModel()
        self.rows, self.today = rows, today
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.rows)

    def header(self, section: int) -> str | None:
        return _header(section)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == 5:
            return r.wording
        if role == Qt.ItemDataRole.ForegroundRole:
            if (col == 6 and r.is_due(self.today)) or (col == 2 and not r.public):
                return QBrush(QColor("#a00000"))
        if role == Qt.ItemDataRole.UserRole:
            return r.item_id
        return None

    def _text(self, r: Resolution, col: int) -> str:
        if col == 0:
            return f"{r.meeting_date:%d.%m.%Y}"
        if col == 1:
            return QCoreApplication.translate(
                "RegisterDialog", "{committee}\n{number}. Sitzung"
            ).format(committee=r.committee, number=r.meeting_number)
        if col == 2:
            part = (
                ""
                if r.public
                else "\n" + QCoreApplication.translate("RegisterDialog", "nichtöffentlich")
            )
            return f"TOP {r.item_number} {r.item_title}{part}"
        if col == 3:
            return r.paper
        if col == 4:
            return r.outcome
        if col == 5:
            return r.wording
        if col == 6:
            follow = f"{r.due:%d.%m.%Y}" if r.due else "–"
            if r.due and r.edited:
                follow += " " + QCoreApplication.translate("RegisterDialog", "(geändert)")
            elif r.due and r.is_due(self.today):
                follow += " " + QCoreApplication.translate("RegisterDialog", "fällig")
            return follow
        return QCoreApplication.translate("RegisterDialog", "erledigt") if r.done else ""


def _header(section: int) -> str:
    labels = (
        QT_TRANSLATE_NOOP("RegisterDialog", "Datum"),
        QT_TRANSLATE_NOOP("RegisterDialog", "Gremium"),
        QT_TRANSLATE_NOOP("RegisterDialog", "TOP"),
        QT_TRANSLATE_NOOP("RegisterDialog", "Vorlage"),
        QT_TRANSLATE_NOOP("RegisterDialog", "Ergebnis"),
        QT_TRANSLATE_NOOP("RegisterDialog", "Beschluss"),
        QT_TRANSLATE_NOOP("RegisterDialog", "Wiedervorlage"),
        QT_TRANSLATE_NOOP("RegisterDialog", "Erledigt"),
    )
    return QCoreApplication.translate("RegisterDialog", str(labels[section]))
