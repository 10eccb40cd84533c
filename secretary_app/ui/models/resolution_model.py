"""The resolution register (Beschlusskontrolle): one row per resolution with its follow-up.

The wording column is HTML (the words that gave the follow-up marked, shown by an HtmlDelegate);
the follow-up says whether it is the start, the middle or the end of the period they name.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ...domain.followups import Resolution, phrase_spans
from .table_model import TableModel

WORDING = 5
_MARK = "<span style='background-color:#ffe08a; color:#000000'><b>{}</b></span>"
_LEAD = 60  # characters of the wording shown before the marked words, so they are in view

# where in the period the wording names the follow-up lies (short: the column is narrow; the
# marked words beside it say which period)
EDGE_TEXT = {
    "start": QT_TRANSLATE_NOOP("RegisterDialog", "Anfang"),
    "middle": QT_TRANSLATE_NOOP("RegisterDialog", "Mitte"),
    "end": QT_TRANSLATE_NOOP("RegisterDialog", "Ende"),
    "day": QT_TRANSLATE_NOOP("RegisterDialog", "Stichtag"),
    "next_meeting": QT_TRANSLATE_NOOP("RegisterDialog", "nächste Sitzung"),
}


def wording_html(r: Resolution) -> str:
    """The wording with the words that gave the follow-up marked; when they stand far into
    it, from shortly before them (the row shows two lines)."""
    text = r.wording.replace("\n", " ")
    spans = phrase_spans(text, r.phrase)
    if not spans:
        return html.escape(text)
    start = spans[0][0] - _LEAD if spans[0][0] > _LEAD else 0
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < spans[0][0] else start
    out, pos = ["… " if start else ""], start
    for s, e in spans:
        out += [html.escape(text[pos:s]), _MARK.format(html.escape(text[s:e]))]
        pos = e
    out.append(html.escape(text[pos:]))
    return "".join(out)


def edge_text(r: Resolution) -> str:
    """Start, middle or end of the period the wording names (or a day), and how often."""
    parts = []
    if r.edge:
        parts.append(QCoreApplication.translate("RegisterDialog", str(EDGE_TEXT[r.edge])))
    if r.every_months and r.due:
        parts.append(every_text(r.every_months))
    return " · ".join(parts)


def every_text(months: int) -> str:
    """How often a duty recurs: "jährlich", "alle 24 Monate" …"""
    named = {
        12: QT_TRANSLATE_NOOP("RegisterDialog", "jährlich"),
        6: QT_TRANSLATE_NOOP("RegisterDialog", "halbjährlich"),
        3: QT_TRANSLATE_NOOP("RegisterDialog", "vierteljährlich"),
    }
    if months in named:
        return QCoreApplication.translate("RegisterDialog", str(named[months]))
    return QCoreApplication.translate("RegisterDialog", "alle {n} Monate").format(n=months)


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
            return wording_html(r) if col == WORDING else self._text(r, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == WORDING:
            return r.wording
        if role == Qt.ItemDataRole.ToolTipRole and col == 6 and r.phrase:
            return QCoreApplication.translate(
                "RegisterDialog", "Gefunden im Beschlusstext: „{phrase}“"
            ).format(phrase=r.phrase)
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
            edge = edge_text(r) if r.due else ""
            return f"{follow}\n{edge}" if edge else follow
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
