"""Attendance: who is in the room, arrivals and departures with times, bias on the current item.

The panel never writes the database. It keeps its own copy of the attendance so the table and the
quorum line answer at once, emits `attendanceChanged` / `excludedChanged`, and the window writes
the database and calls `set_meeting` again with what was stored.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeyEvent,
    QRegularExpressionValidator,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from ...domain import rules
from ...domain.model import AgendaItem, Attendance, Meeting
from ...session.base import now_hhmm
from ..dialogs.form_parts import window_actions
from ..models.attendance_model import (
    AttendanceColumn,
    AttendanceModel,
    AttendanceRole,
)
from ..shown_text import shown
from ..translations import quorum_text

ModelIndex = QModelIndex | QPersistentModelIndex


class TimeDelegate(QStyledItemDelegate):
    """Edits a time as "HH:MM"; an empty cell starts with the current time."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setValidator(
            QRegularExpressionValidator(
                QRegularExpression(r"^(([01]?\d|2[0-3])([:.]?[0-5]?\d?)?)?$"), editor
            )
        )
        editor.setPlaceholderText("hh:mm")
        return editor

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or "") or now_hhmm())
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class AttendanceView(QTableView):
    """The attendance table keeps F2 (edit the time) even where the window binds F2 itself."""

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_F2
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and self.currentIndex().flags() & Qt.ItemFlag.ItemIsEditable
        ):
            event.accept()
            return True
        return super().event(event)


class AttendancePanel(QWidget):
    """Members present and absent, arrival and departure times, bias; quorum always in view."""

    attendanceChanged = Signal(object)  # Attendance
    excludedChanged = Signal(object)  # list[str]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._meeting: Meeting | None = None
        self._item: AgendaItem | None = None
        self._attendance: dict[str, Attendance] = {}
        self._excluded: list[str] = []
        self._build()
        self._actions = self._build_actions()
        self._connect_signals()
        self._refresh()

    # -- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        self.quorum_label = QLabel()
        font = QFont(self.quorum_label.font())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.15)
        self.quorum_label.setFont(font)
        self.quorum_label.setWordWrap(True)
        self.voting_label = QLabel()
        self.voting_label.setWordWrap(True)

        self.model = AttendanceModel(self)
        self.view = AttendanceView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(30)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.time_delegate = TimeDelegate(self.view)
        self.view.setItemDelegateForColumn(AttendanceColumn.ARRIVED, self.time_delegate)
        self.view.setItemDelegateForColumn(AttendanceColumn.LEFT, self.time_delegate)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the name gives way (elided, full in its tooltip), so every other column stays readable
        # without scrolling sideways: Befangen and Funktion included
        header.setSectionResizeMode(AttendanceColumn.NAME, QHeaderView.ResizeMode.Stretch)
        # "Verwaltung, ohne Stimmrecht" would squeeze the names: the function is elided
        header.setSectionResizeMode(AttendanceColumn.ROLE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(
            AttendanceColumn.ROLE, self.fontMetrics().horizontalAdvance("Mitglied") + 24
        )
        header.setMinimumSectionSize(24)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.arrive_button = QPushButton(self.tr("Ankunft erfassen"))
        self.leave_button = QPushButton(self.tr("Abgang erfassen"))
        for button in (self.arrive_button, self.leave_button):
            button.setMinimumHeight(36)
        buttons = QHBoxLayout()
        buttons.addWidget(self.arrive_button)
        buttons.addWidget(self.leave_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(self.quorum_label)
        layout.addWidget(self.voting_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def _build_actions(self) -> dict[str, QAction]:
        table: list[tuple[str, str, str, Any]] = [
            ("focus", self.tr("Anwesenheit bearbeiten"), "F7", self.focus_list),
            ("arrive", self.tr("Ankunft erfassen"), "F9", self.mark_arrival),
            ("leave", self.tr("Abgang erfassen"), "Shift+F9", self.mark_departure),
            ("exclude", self.tr("Befangenheit umschalten"), "Ctrl+F9", self.toggle_excluded),
        ]
        return window_actions(self, "attendance", table)

    def _connect_signals(self) -> None:
        self.model.attendanceEdited.connect(self._apply_attendance)
        self.model.excludedEdited.connect(self._apply_excluded)
        self.arrive_button.clicked.connect(self.mark_arrival)
        self.leave_button.clicked.connect(self.mark_departure)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

    # -- public API ------------------------------------------------------------------------

    def actions(self) -> list[QAction]:
        """The panel's actions with German texts and shortcuts."""
        return list(self._actions.values())

    def set_meeting(self, meeting: Meeting | None) -> None:
        """Show this meeting's attendance (called again after every stored change)."""
        selected = self.selected_key()
        self._meeting = meeting
        if meeting is None:
            self._attendance = {}
        else:
            self._attendance = {a.member: dataclasses.replace(a) for a in meeting.attendance}
            if self._item is not None:
                # The window may hand over a freshly loaded meeting: follow its copy of the item.
                fresh = _find_item(meeting, self._item)
                if fresh is not None:
                    self._item = fresh
                    self._excluded = list(fresh.excluded)
        self._reload(selected)

    def set_current_item(self, item: AgendaItem | None) -> None:
        """The item whose bias (Befangenheit) is shown and edited."""
        self._item = item
        self._excluded = list(item.excluded) if item is not None else []
        self._reload(self.selected_key())

    def selected_key(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        value = index.data(AttendanceRole.MEMBER_KEY)
        return str(value) if value is not None else None

    def select_member(self, key: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(AttendanceRole.MEMBER_KEY) == key:
                self.view.setCurrentIndex(self.model.index(row, AttendanceColumn.NAME))
                return

    def focus_list(self) -> None:
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, AttendanceColumn.NAME))

    def mark_arrival(self) -> None:
        """The selected member arrives now."""
        key = self.selected_key()
        if key is None or self._meeting is None:
            return
        changed = dataclasses.replace(
            self.model.attendance(key), present=True, arrived=now_hhmm(), left=None
        )
        self._apply_attendance(changed)

    def mark_departure(self) -> None:
        """The selected member leaves now."""
        key = self.selected_key()
        if key is None or self._meeting is None:
            return
        changed = dataclasses.replace(self.model.attendance(key), left=now_hhmm())
        self._apply_attendance(changed)

    def toggle_excluded(self) -> None:
        """Mark or unmark the selected member as excluded for bias on the current item."""
        key = self.selected_key()
        if key is None or self._item is None:
            return
        if key in self._excluded:
            self._apply_excluded([k for k in self._excluded if k != key])
        else:
            self._apply_excluded([*self._excluded, key])

    # -- internals -------------------------------------------------------------------------

    def _apply_attendance(self, attendance: Attendance) -> None:
        self._attendance[attendance.member] = attendance
        self.model.update_row(attendance.member)
        self._refresh()
        self.attendanceChanged.emit(dataclasses.replace(attendance))

    def _apply_excluded(self, excluded: list[str]) -> None:
        self._excluded = list(excluded)
        self.model.set_excluded(self._excluded)
        self._refresh()
        self.excludedChanged.emit(list(self._excluded))

    def _reload(self, selected: str | None) -> None:
        members = self._meeting.committee.members if self._meeting is not None else []
        self.model.set_content(members, self._attendance, self._excluded, self._item is not None)
        if selected is not None:
            self.select_member(selected)
        self._refresh()

    def _current_meeting(self) -> Meeting | None:
        if self._meeting is None:
            return None
        return dataclasses.replace(self._meeting, attendance=list(self._attendance.values()))

    def _refresh(self) -> None:
        meeting = self._current_meeting()
        if meeting is None:
            self.quorum_label.setText(self.tr("Keine Sitzung geöffnet"))
            self.quorum_label.setStyleSheet("")
            self.voting_label.setText("")
            self._update_buttons()
            return
        quorum = rules.quorum(meeting)
        self.quorum_label.setText(quorum_text(quorum))
        self.quorum_label.setStyleSheet("" if quorum.reached else "QLabel { color: #a4262c; }")
        if self._item is None:
            self.voting_label.setText(
                self.tr("Stimmberechtigt anwesend: {n}").format(n=quorum.present)
            )
        else:
            voting = rules.voting_present(meeting, None, self._excluded)
            biased = [
                m.display_name
                for m in meeting.committee.members
                if m.key in self._excluded and m.voting
            ]
            text = self.tr("TOP {number}: {n} stimmberechtigt").format(
                number=shown(self._item.number, 30), n=len(voting)
            )
            if biased:
                text += self.tr(" – befangen: {names}").format(names=", ".join(biased))
            self.voting_label.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_selection = self._meeting is not None and self.selected_key() is not None
        self.arrive_button.setEnabled(has_selection)
        self.leave_button.setEnabled(has_selection)
        self._actions["arrive"].setEnabled(has_selection)
        self._actions["leave"].setEnabled(has_selection)
        self._actions["exclude"].setEnabled(has_selection and self._item is not None)


def _find_item(meeting: Meeting, item: AgendaItem) -> AgendaItem | None:
    for candidate in meeting.agenda:
        if item.id is not None and candidate.id == item.id:
            return candidate
        if item.id is None and candidate.number == item.number:
            return candidate
    return None
