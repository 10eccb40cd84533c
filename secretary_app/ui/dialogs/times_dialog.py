"""Sitzung › Sitzungszeiten korrigieren: begin, interruptions and end as the minutes print them.

A clock button pressed late ("it began at 17:00, I pressed at 17:04") is corrected here; the
times are read and checked in `domain.session_times` and written by the session's
`correct_times`, as `secretary-app times` does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.session_times import format_interruptions, parse_interruptions, parse_time
from ...errors import KnownError
from ..accessibility import announce
from .form_parts import error_label, ok_cancel, show_error

if TYPE_CHECKING:
    from ...domain.model import Meeting
    from ...session import Operations


class TimesDialog(QDialog):
    """Three fields filled with the meeting's times; OK stores them or says what is wrong."""

    def __init__(self, operations: Operations, meeting: Meeting, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ops, self.meeting = operations, meeting
        self.setWindowTitle(self.tr("Sitzungszeiten korrigieren"))
        self.start_edit = QLineEdit(meeting.start or "")
        self.start_edit.setPlaceholderText(self.tr("HH:MM"))
        self.pauses_edit = QPlainTextEdit(format_interruptions(meeting.interruptions))
        self.pauses_edit.setPlaceholderText(
            self.tr("eine je Zeile, z. B. 18:10–18:25 (leer: keine)")
        )
        self.pauses_edit.setTabChangesFocus(True)
        self.pauses_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.end_edit = QLineEdit(meeting.end or "")
        self.end_edit.setPlaceholderText(self.tr("leer: die Sitzung läuft noch"))
        form = QFormLayout()
        form.addRow(self.tr("&Beginn:"), self.start_edit)
        form.addRow(self.tr("&Unterbrechungen:"), self.pauses_edit)
        form.addRow(self.tr("&Ende:"), self.end_edit)
        for field, name in (
            (self.start_edit, self.tr("Beginn")),
            (self.pauses_edit, self.tr("Unterbrechungen")),
            (self.end_edit, self.tr("Ende")),
        ):
            field.setAccessibleName(name)
        hint = QLabel(self.tr("So stehen die Zeiten in der Niederschrift."))
        hint.setWordWrap(True)
        self.error = error_label()
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.start_edit.setFocus()
        self.start_edit.selectAll()

    @classmethod
    def edit(cls, parent: QWidget, operations: Operations, meeting: Meeting) -> bool:
        """Show the dialog; True when corrected times were stored."""
        return cls(operations, meeting, parent).exec() == QDialog.DialogCode.Accepted

    def accept(self) -> None:
        try:
            start = parse_time(self.start_edit.text(), self.tr("Beginn"))
            end = parse_time(self.end_edit.text(), self.tr("Ende"))
            pauses = parse_interruptions(self.pauses_edit.toPlainText())
            self.ops.correct_times(self.meeting, start, end, pauses)
        except KnownError as exc:  # said in the dialog, which stays open with what she typed
            show_error(self.error, str(exc))
            announce(self.error, str(exc))
            return
        super().accept()
