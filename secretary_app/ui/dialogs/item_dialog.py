"""Add or edit one agenda item: number, title, paper and its kind, part, outcome."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import AgendaItem
from .form_parts import ok_cancel


class ItemDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        item: AgendaItem,
        outcomes: Sequence[str],
        heading: str,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(heading)
        self.setObjectName("itemDialog")
        self.number = QLineEdit(item.number, self)
        self.number.setObjectName("number")
        self.title = QLineEdit(item.title, self)
        self.title.setObjectName("title")
        self.title.setMinimumWidth(380)
        self.paper = QLineEdit(item.paper, self)
        self.paper.setObjectName("paper")
        self.paper.setPlaceholderText(self.tr("z. B. 15/SVV/0743"))
        self.paper_type = QLineEdit(item.paper_type, self)
        self.paper_type.setObjectName("paperType")
        self.paper_type.setPlaceholderText(self.tr("z. B. Beschlussvorlage"))
        self.public = QCheckBox(self.tr("öffentlich"), self)
        self.public.setChecked(item.public)
        self.outcome = QComboBox(self)
        self.outcome.setEditable(True)
        self.outcome.addItems(["", *outcomes])
        self.outcome.setCurrentText(item.outcome)
        self._problem = QLabel(self)
        self._problem.setStyleSheet("color: #a4262c")
        form = QFormLayout()
        form.addRow(self.tr("&Nummer:"), self.number)
        form.addRow(self.tr("&Titel:"), self.title)
        form.addRow(self.tr("&Drucksache:"), self.paper)
        form.addRow(self.tr("A&rt der Drucksache:"), self.paper_type)
        form.addRow(self.tr("Sitzungsteil:"), self.public)
        form.addRow(self.tr("&Ergebnis:"), self.outcome)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._problem)
        layout.addWidget(buttons)
        self._item = item

    def accept(self) -> None:
        if not self.number.text().strip() or not self.title.text().strip():
            self._problem.setText(self.tr("Bitte Nummer und Titel angeben."))
            (self.number if not self.number.text().strip() else self.title).setFocus()
            return
        super().accept()

    def result_item(self) -> AgendaItem:
        item = self._item
        item.number = self.number.text().strip()
        item.title = self.title.text().strip()
        item.paper = self.paper.text().strip()
        item.paper_type = " ".join(self.paper_type.text().split())
        item.public = self.public.isChecked()
        item.outcome = self.outcome.currentText().strip()
        return item

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        item: AgendaItem,
        outcomes: Sequence[str],
        heading: str,
    ) -> AgendaItem | None:
        """Edit `item` in a dialog; the changed item, or None when cancelled."""
        dialog = cls(parent, item, outcomes, heading)
        focus = dialog.title if item.number else dialog.number
        focus.setFocus()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_item()
