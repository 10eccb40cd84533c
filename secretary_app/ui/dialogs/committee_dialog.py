"""Committees and their members: who sits in the room, how they are addressed, who votes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import COMMITTEE_KINDS, ROLE_LABELS, ROLES, Committee
from ...errors import KnownError
from ..models.members_model import (
    MemberColumn,
    MembersModel,
)
from ..translations import role_label
from .form_parts import error_label, show_error

if TYPE_CHECKING:
    from ...session import Operations

ModelIndex = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor for salutation and role, showing German labels."""

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        for value, label in self.choices:
            combo.addItem(label, value)
        combo.installEventFilter(self)
        return combo

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # A letter typed on the closed box would pick an entry unseen ("V" = Verwaltung, and
        # the vote right gone): it opens the list instead, where the choice is visible.
        if (
            isinstance(watched, QComboBox)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.text().strip()
            and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            and not watched.view().isVisible()
        ):
            watched.showPopup()
            return True
        return super().eventFilter(watched, event)

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class CommitteeDialog(QDialog):
    """Edit committees and their members; every change is saved through the operations."""

    def __init__(
        self, operations: Operations, parent: QWidget | None = None, new: bool = False
    ) -> None:
        super().__init__(parent)
        self.ops = operations
        self.saved_any = False
        self._discard_confirmed = False
        self._committees: list[Committee] = []
        self._current: Committee | None = None
        self.setWindowTitle(self.tr("Gremien und Mitglieder"))
        self.resize(860, 520)
        self._build()
        self._connect_signals()
        self._load_committees()
        if new or not self._committees:
            self.new_committee()
        else:
            self._show_committee(0)

    @classmethod
    def edit(cls, parent: QWidget | None, operations: Operations, new: bool = False) -> bool:
        """Show the dialog; True when something was saved."""
        dialog = cls(operations, parent, new=new)
        dialog.exec()
        return dialog.saved_any

    # -- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        self.committee_combo = QComboBox()
        self.committee_combo.setMinimumContentsLength(30)
        self.new_button = QPushButton(self.tr("Neues Gremium"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Gremium:")))
        top.addWidget(self.committee_combo, 1)
        top.addWidget(self.new_button)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("z. B. Ausschuss für Gesundheit und Soziales"))
        self.kind_combo = QComboBox()
        kind_labels = {
            "advisory": self.tr("beratend (empfiehlt der Stadtverordnetenversammlung)"),
            "deciding": self.tr("beschließend (entscheidet selbst)"),
        }
        for kind in COMMITTEE_KINDS:
            self.kind_combo.addItem(kind_labels[kind], kind)
        self.assembly_edit = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Art:"), self.kind_combo)
        form.addRow(self.tr("&Vertretung:"), self.assembly_edit)

        self.model = MembersModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        salutations = [("", "—"), ("Frau", "Frau"), ("Herr", "Herr")]
        roles = [(r, role_label(r)) for r in ROLES if r in ROLE_LABELS]
        self.salutation_delegate = ChoiceDelegate(salutations, self.view)
        self.role_delegate = ChoiceDelegate(roles, self.view)
        self.view.setItemDelegateForColumn(MemberColumn.SALUTATION, self.salutation_delegate)
        self.view.setItemDelegateForColumn(MemberColumn.ROLE, self.role_delegate)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MemberColumn.NAME, QHeaderView.ResizeMode.Stretch)

        self.add_button = QPushButton(self.tr("Mitglied &hinzufügen"))
        self.remove_button = QPushButton(self.tr("Mitglied &entfernen"))
        self.up_button = QPushButton(self.tr("Nach &oben"))
        self.down_button = QPushButton(self.tr("Nach &unten"))
        self.add_button.setToolTip(self.tr("Strg+N"))
        self.up_button.setToolTip(self.tr("Alt+Pfeil hoch"))
        self.down_button.setToolTip(self.tr("Alt+Pfeil runter"))
        self.remove_button.setToolTip(self.tr("Strg+Entf"))
        member_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            member_buttons.addWidget(button)
        member_buttons.addStretch(1)
        QShortcut(QKeySequence("Ctrl+N"), self, self.add_member)
        QShortcut(QKeySequence("Alt+Up"), self.view, lambda: self.move_selected(-1))
        QShortcut(QKeySequence("Alt+Down"), self.view, lambda: self.move_selected(1))
        QShortcut(QKeySequence("Ctrl+Del"), self.view, self.remove_selected)

        self.error_label = error_label()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Speichern"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Schließen"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Mitglieder (in der Reihenfolge der Niederschrift):")))
        layout.addWidget(self.view, 1)
        layout.addLayout(member_buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.committee_combo.activated.connect(self._switch_committee)
        self.new_button.clicked.connect(self.new_committee)
        self.add_button.clicked.connect(self.add_member)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(
            self._save_and_close
        )
        self.buttons.rejected.connect(self.reject)

    # -- committees ------------------------------------------------------------------------

    def _load_committees(self, select_id: int | None = None) -> None:
        self._committees = self.ops.committees()
        self.committee_combo.clear()
        for c in self._committees:
            self.committee_combo.addItem(c.name, c.id)
        if select_id is not None:
            self.committee_combo.setCurrentIndex(self.committee_combo.findData(select_id))

    def _show_committee(self, position: int) -> None:
        if not 0 <= position < len(self._committees):
            return
        self._current = self._committees[position]
        self.committee_combo.setCurrentIndex(position)
        self._fill(self._current)

    def _fill(self, committee: Committee) -> None:
        self.name_edit.setText(committee.name)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(committee.kind), 0))
        self.assembly_edit.setText(committee.assembly)
        self.model.set_members(committee.members)
        self._show_error("")

    def _switch_committee(self, position: int) -> None:
        if self._current is not None and self._is_dirty() and not self.save():
            # keep the one with the problem on screen
            if self._current.id is not None:
                self.committee_combo.setCurrentIndex(
                    self.committee_combo.findData(self._current.id)
                )
            return
        self._show_committee(position)

    def new_committee(self) -> None:
        """Start a new committee (saved with "Speichern")."""
        if self._current is not None and self._is_dirty() and not self.save():
            return
        self._current = Committee(name="")
        self.committee_combo.setCurrentIndex(-1)
        self._fill(self._current)
        self.name_edit.setFocus()

    def current_committee(self) -> Committee:
        """What the form shows now, as a domain object (not yet saved)."""
        base = self._current or Committee(name="")
        return Committee(
            name=self.name_edit.text().strip(),
            kind=str(self.kind_combo.currentData() or "advisory"),
            assembly=self.assembly_edit.text().strip(),
            members=self.model.members(),
            id=base.id,
        )

    def _is_dirty(self) -> bool:
        if self._current is None:
            return False
        now = self.current_committee()
        before = self._current
        return (now.name, now.kind, now.assembly, now.members) != (
            before.name,
            before.kind,
            before.assembly,
            before.members,
        ) and not (before.id is None and not now.name and not now.members)

    # -- members ---------------------------------------------------------------------------

    def add_member(self) -> None:
        row = self.model.add_member()
        index = self.model.index(row, MemberColumn.NAME)
        self.view.setCurrentIndex(index)
        self.view.setFocus()
        self.view.edit(index)

    def selected_row(self) -> int:
        return self.view.currentIndex().row()

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row < 0:
            return
        self.model.remove_member(row)
        if self.model.rowCount():
            self.view.setCurrentIndex(
                self.model.index(min(row, self.model.rowCount() - 1), MemberColumn.NAME)
            )

    def move_selected(self, delta: int) -> None:
        row = self.selected_row()
        if row < 0:
            return
        column = max(self.view.currentIndex().column(), 0)
        target = self.model.move_member(row, delta)
        self.view.setCurrentIndex(self.model.index(target, column))

    # -- validation and saving -------------------------------------------------------------

    def problems(self) -> list[str]:
        """German messages for what keeps the committee from being saved; empty when fine."""
        return self.ops.committee_problems(self.current_committee())

    def save(self) -> bool:
        """Validate and write the committee shown; False (with a message) when it cannot."""
        problems = self.problems()
        if problems:
            self._show_error("\n".join(problems))
            return False
        committee = self.current_committee()
        try:
            committee_id = self.ops.save_committee(committee)
        except KnownError as exc:
            self._show_error(str(exc))
            return False
        self.saved_any = True
        self._load_committees(select_id=committee_id)
        position = self.committee_combo.findData(committee_id)
        self._current = self._committees[position]
        self._fill(self._current)
        return True

    def _save_and_close(self) -> None:
        if self._is_dirty() and not self.save():
            return
        self.accept()

    def reject(self) -> None:
        """Closing saves what is valid; with a problem shown, closing again discards."""
        if self._is_dirty() and not self._discard_confirmed and not self.save():
            self._discard_confirmed = True
            self._show_error(
                self.error_label.text()
                + "\n"
                + self.tr("Noch einmal „Schließen“ verwirft die nicht gespeicherten Änderungen.")
            )
            return
        super().reject()

    def _show_error(self, text: str) -> None:
        if not text:
            self._discard_confirmed = False
        show_error(self.error_label, text)
