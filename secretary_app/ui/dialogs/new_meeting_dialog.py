"""A new meeting: committee, number (last + 1), date, start, place, public/non-public parts."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...errors import KnownError
from .committee_dialog import CommitteeDialog
from .form_parts import error_label, show_error

if TYPE_CHECKING:
    from ...session import Operations


class NewMeetingDialog(QDialog):
    """Asks for the head of a new meeting and creates it with every member present."""

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = operations
        self.meeting_id: int | None = None
        self.setWindowTitle(self.tr("Neue Sitzung"))
        self._build()
        self._connect_signals()
        self._load_committees()

    @classmethod
    def ask(cls, parent: QWidget | None, operations: Operations) -> int | None:
        """Show the dialog; the new meeting's id, or None when cancelled."""
        dialog = cls(operations, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.meeting_id

    # -- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        self.committee_combo = QComboBox()
        self.committee_combo.setMinimumContentsLength(32)
        self.new_committee_button = QPushButton(self.tr("Gremium &anlegen…"))
        committee_row = QHBoxLayout()
        committee_row.addWidget(self.committee_combo, 1)
        committee_row.addWidget(self.new_committee_button)

        self.number_spin = QSpinBox()
        self.number_spin.setRange(1, 9999)
        self.number_spin.setSuffix(".")
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.start_edit = QTimeEdit(_rounded_now())
        self.start_edit.setDisplayFormat("HH:mm")
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("z. B. Rathaus, Raum 3.025"))
        self.public_check = QCheckBox(self.tr("ö&ffentlicher Teil"))
        self.public_check.setChecked(True)
        self.non_public_check = QCheckBox(self.tr("&nichtöffentlicher Teil"))
        parts = QHBoxLayout()
        parts.addWidget(self.public_check)
        parts.addWidget(self.non_public_check)
        parts.addStretch(1)

        form = QFormLayout()
        committee_label = QLabel(self.tr("&Gremium:"))
        committee_label.setBuddy(self.committee_combo)  # a row of two widgets has no buddy
        form.addRow(committee_label, committee_row)
        form.addRow(self.tr("N&ummer:"), self.number_spin)
        form.addRow(self.tr("&Datum:"), self.date_edit)
        # the invitation's time: the session begins with "Sitzung beginnen" (Strg+Umschalt+B)
        form.addRow(self.tr("&Beginn (geplant):"), self.start_edit)
        form.addRow(self.tr("&Ort:"), self.place_edit)
        form.addRow(self.tr("Teile:"), parts)

        self.error_label = error_label()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sitzung anlegen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.committee_combo.currentIndexChanged.connect(self._suggest_number)
        self.new_committee_button.clicked.connect(self.create_committee)
        self.buttons.accepted.connect(self.create_meeting)
        self.buttons.rejected.connect(self.reject)

    # -- behaviour -------------------------------------------------------------------------

    def _load_committees(self, select_id: int | None = None) -> None:
        committees = self.ops.committees()
        self.committee_combo.blockSignals(True)
        self.committee_combo.clear()
        for c in committees:
            self.committee_combo.addItem(c.name, c.id)
        if select_id is not None:
            self.committee_combo.setCurrentIndex(self.committee_combo.findData(select_id))
        elif committees:
            self.committee_combo.setCurrentIndex(self._most_recent_committee())
        self.committee_combo.blockSignals(False)
        self._suggest_number()
        if not committees:
            self._show_error(self.tr("Es gibt noch kein Gremium. Bitte legen Sie zuerst eines an."))

    def _most_recent_committee(self) -> int:
        """The committee of the latest meeting is the likeliest one again."""
        latest = self.ops.list_meetings(limit=1)
        if latest:
            position = self.committee_combo.findText(latest[0].committee)
            if position >= 0:
                return position
        return 0

    def _suggest_number(self) -> None:
        committee_id = self.committee_combo.currentData()
        if committee_id is not None:
            self.number_spin.setValue(self.ops.next_meeting_number(int(committee_id)))

    def create_committee(self) -> None:
        """Create a committee in the committee editor and select it here."""
        before = {c.id for c in self.ops.committees()}
        if not CommitteeDialog.edit(self, self.ops, new=True):
            return
        added = [c.id for c in self.ops.committees() if c.id is not None and c.id not in before]
        current = self.committee_combo.currentData()
        self._load_committees(select_id=max(added) if added else current)
        self._show_error("")

    def parts(self) -> list[str]:
        parts = []
        if self.public_check.isChecked():
            parts.append("public")
        if self.non_public_check.isChecked():
            parts.append("non-public")
        return parts

    def problems(self) -> list[str]:
        problems = []
        if self.committee_combo.currentData() is None:
            problems.append(self.tr("Bitte wählen Sie ein Gremium oder legen Sie eines an."))
        if not self.parts():
            problems.append(
                self.tr(
                    "Bitte wählen Sie den öffentlichen, den nichtöffentlichen oder beide Teile."
                )
            )
        return problems

    def create_meeting(self) -> None:
        """Store the meeting with all committee members present; close on success."""
        problems = self.problems()
        if problems:
            self._show_error("\n".join(problems))
            return
        try:
            qdate = self.date_edit.date()
            self.meeting_id = self.ops.new_meeting(
                int(self.committee_combo.currentData()),
                self.number_spin.value(),
                dt.date(qdate.year(), qdate.month(), qdate.day()),
                planned_start=self.start_edit.time().toString("HH:mm"),
                location=self.place_edit.text(),
                parts=self.parts(),
            )
        except KnownError as exc:
            self._show_error(str(exc))
            return
        self.accept()

    def _show_error(self, text: str) -> None:
        show_error(self.error_label, text)


def _rounded_now() -> QTime:
    """Now, rounded down to five minutes: meetings start at 17:00, not 17:03."""
    now = QTime.currentTime()
    return QTime(now.hour(), now.minute() - now.minute() % 5)
