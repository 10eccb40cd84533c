"""The vote tally: count Zustimmung / Ablehnung / Stimmenthaltung in seconds, checked live.

The widget only counts and displays; who may vote, whether the sum fits the room and whether
the motion is carried are answered by `domain.rules`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import rules
from ...domain.model import BALLOT_ANSWERS, AgendaItem, Meeting, Member, Vote
from ..accessibility import announce, high_contrast, plain
from ..dialogs.form_parts import window_actions
from ..fitting_label import FittingLabel
from ..key_names import key_text
from ..models.roll_call_model import (
    RollCallModel,
)
from ..shown_text import shown
from ..translations import majority_rule_label

ModelIndex = QModelIndex | QPersistentModelIndex

# Colours are used for two things only: the result and the warning.
PASSED_COLOUR = "#1b6e35"
REJECTED_COLOUR = "#a4262c"
WARNING_STYLE = (
    "QLabel { background: #fff4ce; color: #4d3800; border: 1px solid #e0c060;"
    " border-radius: 4px; padding: 6px 8px; }"
)
# in a contrast theme: the palette's colours, a frame of the text colour
CONTRAST_WARNING_STYLE = (
    "QLabel { border: 2px solid palette(window-text); border-radius: 4px; padding: 6px 8px; }"
)


class RollCallView(QTableView):
    """The ballot table: J / N / E set the selected member's ballot and move on; Entf clears."""

    KEYS = {
        Qt.Key.Key_J: "yes",
        Qt.Key.Key_N: "no",
        Qt.Key.Key_E: "abstain",
        Qt.Key.Key_1: "yes",
        Qt.Key.Key_2: "no",
        Qt.Key.Key_3: "abstain",
    }

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        key = Qt.Key(event.key())
        if plain and isinstance(model, RollCallModel) and model.rowCount() > 0:
            row = max(self.currentIndex().row(), 0)
            if key in self.KEYS or key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                model.set_ballot(row, self.KEYS.get(key))
                if key in self.KEYS:
                    row = min(row + 1, model.rowCount() - 1)
                self.setCurrentIndex(model.index(row, 0))
                event.accept()
                return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:
        """No taller than its least height: the pane's room below the table (the result and
        "Abstimmung eintragen") comes first; the table takes what is left (stretch)."""
        hint = super().sizeHint()
        return QSize(hint.width(), self.minimumHeight() or hint.height())


class BallotDelegate(QStyledItemDelegate):
    """Draws a ballot cell as a centred radio mark (one answer per member) and sets it on click."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        radio = QStyleOptionButton()
        size = style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, None, opt.widget)
        radio.rect = QStyle.alignedRect(
            opt.direction, Qt.AlignmentFlag.AlignCenter, QSize(size, size), opt.rect
        )
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        radio.state = QStyle.StateFlag.State_Enabled | (
            QStyle.StateFlag.State_On if checked else QStyle.StateFlag.State_Off
        )
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorRadioButton, radio, painter)

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: ModelIndex,
    ) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and index.isValid():
            checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
            new = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
            return model.setData(index, new.value, Qt.ItemDataRole.CheckStateRole)
        return False


class _CountBox(QFrame):
    """One count: caption, big number (editable), large − and + buttons."""

    def __init__(self, caption: str, short: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # "Enthaltung" where "Stimmenthaltung" does not fit: the pane is as narrow as its buttons
        self.caption = FittingLabel()
        self.caption.set_forms(caption, short)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption_font = QFont(self.caption.font())
        caption_font.setBold(True)
        self.caption.setFont(caption_font)

        self.spin = QSpinBox()
        self.spin.setRange(0, 999)
        self.spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        number_font = QFont(self.spin.font())
        number_font.setPointSizeF(max(number_font.pointSizeF(), 9.0) * 2.6)
        number_font.setBold(True)
        self.spin.setFont(number_font)
        self.spin.setMinimumHeight(64)
        self.spin.setAccessibleName(caption)

        self.minus = QPushButton("−")
        self.plus = QPushButton("+")
        for button in (self.minus, self.plus):
            f = QFont(button.font())
            f.setPointSizeF(max(f.pointSizeF(), 9.0) * 1.8)
            f.setBold(True)
            button.setFont(f)
            button.setMinimumSize(44, 52)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setAutoRepeat(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.minus.clicked.connect(lambda: self.spin.setValue(self.spin.value() - 1))
        self.plus.clicked.connect(lambda: self.spin.setValue(self.spin.value() + 1))

        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.minus)
        buttons.addWidget(self.plus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.caption)
        layout.addWidget(self.spin)
        layout.addLayout(buttons)

    def set_follow_ballots(self, follow: bool) -> None:
        """In a roll-call vote the number comes from the ballots and is not typed."""
        self.spin.setReadOnly(follow)
        self.spin.setFocusPolicy(Qt.FocusPolicy.NoFocus if follow else Qt.FocusPolicy.StrongFocus)
        self.minus.setVisible(not follow)
        self.plus.setVisible(not follow)
        # the ballots need the room: the number is read, not typed, so it may be smaller
        self.spin.setMinimumHeight(40 if follow else 64)


class VoteTally(QWidget):
    """Count a vote, see at once whether it fits the room and whether it is carried, record it."""

    voteRecorded = Signal(object)

    METHOD_ORDER = ("open", "roll-call", "secret")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._meeting: Meeting | None = None
        self._item: AgendaItem | None = None
        self._rule = "simple"
        self._updating = False
        self._message = ""
        self._kept = False  # the vote just emitted was not recorded: `keep_counts`
        self._warned: list[str] = []  # the warnings a screen reader was told of
        self._build()
        self._actions = self._build_actions()
        self._set_tooltips()
        self._connect_signals()
        self._refresh()

    # -- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self.tr("Abstimmung"))
        heading_font = QFont(self.heading.font())
        heading_font.setBold(True)
        heading_font.setPointSizeF(max(heading_font.pointSizeF(), 9.0) * 1.25)
        self.heading.setFont(heading_font)
        self.heading.setWordWrap(True)

        self.label_edit = QLineEdit()
        self.label_edit.setPlaceholderText(
            self.tr("Bezeichnung (optional), z. B. „zum Änderungsantrag der Fraktion X“")
        )
        self.label_edit.setClearButtonEnabled(True)
        self.label_edit.setAccessibleName(self.tr("Bezeichnung der Abstimmung"))
        self.label_edit.setAccessibleDescription(self.label_edit.placeholderText())
        # what the vote decides: suggested from the label until she chooses herself
        self.kind_box = QComboBox()
        self.kind_box.addItem(self.tr("Schlussabstimmung"), "final")
        self.kind_box.addItem(self.tr("Änderungsantrag"), "amendment")
        self.kind_box.addItem(self.tr("Verfahrensantrag"), "procedural")
        self.kind_box.setAccessibleName(self.tr("Art der Abstimmung"))
        self.kind_box.setToolTip(
            self.tr(
                "Die Schlussabstimmung entscheidet den Tagesordnungspunkt; ein angenommener "
                "Verfahrensantrag (Vertagung, Verweisung) setzt dessen Ergebnis; ein "
                "Änderungsantrag lässt es offen."
            )
        )
        # Linux' accessibility bus names a combo box by its choice ("Schlussabstimmung") and
        # looks for a label beside it, which this one has not: the description says what it is
        self.kind_box.setAccessibleDescription(
            f"{self.kind_box.accessibleName()}. {self.kind_box.toolTip()}"
        )
        self._kind_chosen = False
        # beside the heading, where the pane has room: a row of its own made the window taller
        # than her screen during a roll-call
        heading_row = QHBoxLayout()
        heading_row.setSpacing(8)
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.kind_box)

        self.method_buttons: dict[str, QPushButton] = {}
        self.method_group = QButtonGroup(self)
        self.method_group.setExclusive(True)
        method_row = QHBoxLayout()
        method_row.setSpacing(0)
        method_caption = QLabel(self.tr("Verfahren:"))
        method_row.addWidget(method_caption)
        method_row.addSpacing(8)
        texts = {
            "open": self.tr("offen"),
            "roll-call": self.tr("namentlich"),
            "secret": self.tr("geheim"),
        }
        for i, method in enumerate(self.METHOD_ORDER):
            button = QPushButton(texts[method])
            button.setCheckable(True)
            button.setMinimumHeight(34)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.method_group.addButton(button, i)
            self.method_buttons[method] = button
            method_row.addWidget(button)
        self.method_buttons["open"].setChecked(True)
        method_row.addStretch(1)

        self.yes_box = _CountBox(self.tr("Zustimmung"), self.tr("Ja"))
        self.no_box = _CountBox(self.tr("Ablehnung"), self.tr("Nein"))
        self.abstain_box = _CountBox(self.tr("Stimmenthaltung"), self.tr("Enthaltung"))
        self.boxes = {"yes": self.yes_box, "no": self.no_box, "abstain": self.abstain_box}
        counts = QGridLayout()
        counts.setHorizontalSpacing(8)
        for column, box in enumerate(self.boxes.values()):
            counts.addWidget(box, 0, column)
            counts.setColumnStretch(column, 1)

        self.roll_call_model = RollCallModel(self)
        self.roll_call_view = RollCallView()
        self.roll_call_view.setModel(self.roll_call_model)
        self.roll_call_view.setAccessibleName(self.tr("Namentliche Abstimmung"))
        self.roll_call_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.roll_call_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.roll_call_view.verticalHeader().setVisible(False)
        self.roll_call_view.verticalHeader().setDefaultSectionSize(30)
        self.roll_call_view.setAlternatingRowColors(True)
        self.roll_call_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ballot_delegate = BallotDelegate(self.roll_call_view)
        for column in RollCallModel.ANSWER_COLUMNS:
            self.roll_call_view.setItemDelegateForColumn(column, self.ballot_delegate)
        # at least four ballots in view, and more where there is room: on a 1280×720 screen
        # and on half of one the result and "Abstimmung eintragen" stay in view below it
        self.roll_call_view.setMinimumHeight(
            4 * 30 + self.roll_call_view.horizontalHeader().sizeHint().height() + 4
        )
        header = self.roll_call_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, 84)
        self.roll_call_hint = QLabel(
            self.tr("J / N / E: Ja, Nein, Enthaltung für die markierte Zeile; Entf löscht.")
        )
        self.roll_call_hint.setWordWrap(True)
        self.roll_call_hint.setEnabled(False)
        self.pending_label = QLabel()
        self.pending_label.setWordWrap(True)
        self.pending_label.hide()

        self.sum_label = QLabel()
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(
            CONTRAST_WARNING_STYLE if high_contrast() else WARNING_STYLE
        )
        self.warning_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_label.hide()

        self.result_label = QLabel()
        result_font = QFont(self.result_label.font())
        result_font.setBold(True)
        result_font.setPointSizeF(max(result_font.pointSizeF(), 9.0) * 1.6)
        self.result_label.setFont(result_font)
        self.rule_label = QLabel()
        self.rule_label.setWordWrap(True)
        self.rule_label.setEnabled(False)

        self.unanimous_button = QPushButton(self.tr("einstimmig"))
        self.reset_button = QPushButton(self.tr("Zurücksetzen"))
        self.record_button = QPushButton(self.tr("Abstimmung eintragen"))
        self.record_button.setDefault(True)
        for button in (self.unanimous_button, self.reset_button, self.record_button):
            button.setMinimumHeight(40)
        record_font = QFont(self.record_button.font())
        record_font.setBold(True)
        self.record_button.setFont(record_font)

        # both wrap rather than widen the pane: its width never follows the count (the minutes
        # beside would re-wrap under her eyes)
        for label in (self.result_label, self.sum_label):
            label.setWordWrap(True)
            label.setMinimumWidth(label.fontMetrics().averageCharWidth() * 8)
        self.sum_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # the result takes two thirds of the row whatever it says ("noch keine Stimmen" on one
        # line, not three, with room for wider fonts), the sum the rest: neither widens the pane
        self.result_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        result_row = QHBoxLayout()
        result_row.addWidget(self.result_label, 2)
        result_row.addWidget(self.sum_label, 1)

        buttons = QHBoxLayout()
        buttons.addWidget(self.unanimous_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addLayout(heading_row)
        layout.addWidget(self.label_edit)
        layout.addLayout(method_row)
        layout.addLayout(counts)
        layout.addWidget(self.roll_call_view, 1)
        layout.addWidget(self.roll_call_hint)
        layout.addWidget(self.pending_label)
        layout.addLayout(result_row)
        layout.addWidget(self.rule_label)
        layout.addWidget(self.warning_label)
        layout.addStretch(0)
        layout.addLayout(buttons)
        self.roll_call_view.hide()
        self.roll_call_hint.hide()
        # Tab from the label reaches the kind (it stands above, beside the heading)
        QWidget.setTabOrder(self.label_edit, self.kind_box)

    def _build_actions(self) -> dict[str, QAction]:
        step = self._step
        method = self.set_method
        table: list[tuple[str, str, str, Any]] = [
            ("focus", self.tr("Abstimmung zählen"), "F8", self.focus_tally),
            ("yes+", self.tr("Zustimmung +1"), "Alt+J", lambda: step("yes", 1)),
            ("yes-", self.tr("Zustimmung −1"), "Alt+Shift+J", lambda: step("yes", -1)),
            ("no+", self.tr("Ablehnung +1"), "Alt+N", lambda: step("no", 1)),
            ("no-", self.tr("Ablehnung −1"), "Alt+Shift+N", lambda: step("no", -1)),
            ("abstain+", self.tr("Stimmenthaltung +1"), "Alt+E", lambda: step("abstain", 1)),
            ("abstain-", self.tr("Stimmenthaltung −1"), "Alt+Shift+E", lambda: step("abstain", -1)),
            ("unanimous", self.tr("Einstimmig"), "Alt+I", self.fill_unanimous),
            ("reset", self.tr("Zählung zurücksetzen"), "Alt+0", self.reset),
            ("open", self.tr("Offene Abstimmung"), "Alt+1", lambda: method("open")),
            ("roll-call", self.tr("Namentliche Abstimmung"), "Alt+2", lambda: method("roll-call")),
            ("secret", self.tr("Geheime Abstimmung"), "Alt+3", lambda: method("secret")),
            ("record", self.tr("Abstimmung eintragen"), "Ctrl+Return", self.record),
        ]
        return window_actions(self, "tally", table)

    def _set_tooltips(self) -> None:
        """Every button names its key, so the mouse teaches the keyboard."""

        def tip(widget: QWidget, key: str) -> None:
            action = self._actions[key]
            keys = key_text(action.shortcut())
            widget.setToolTip(f"{action.text()} ({keys})")

        for which, box in self.boxes.items():
            tip(box.plus, f"{which}+")
            tip(box.minus, f"{which}-")
            for button in (box.plus, box.minus):  # "+" and "−" say which count they change
                button.setAccessibleName(plain(button.toolTip().partition(" (")[0]))
        tip(self.unanimous_button, "unanimous")
        tip(self.reset_button, "reset")
        tip(self.record_button, "record")
        for method, button in self.method_buttons.items():
            tip(button, method)

    def _connect_signals(self) -> None:
        for box in self.boxes.values():
            box.spin.valueChanged.connect(self._refresh)
        self.method_group.idClicked.connect(lambda i: self.set_method(self.METHOD_ORDER[i]))
        self.label_edit.textChanged.connect(self._suggest_kind)
        self.kind_box.activated.connect(self._kind_activated)
        self.roll_call_model.ballotsChanged.connect(self._ballots_changed)
        self.unanimous_button.clicked.connect(self.fill_unanimous)
        self.reset_button.clicked.connect(self.reset)
        self.record_button.clicked.connect(self.record)

    # -- public API ------------------------------------------------------------------------

    def actions(self) -> list[QAction]:
        """The tally's actions with German texts and shortcuts, for menus and the key list."""
        return list(self._actions.values())

    def set_context(self, meeting: Meeting | None, item: AgendaItem | None, rule: str) -> None:
        """Who is in the room, which item is voted on, and the majority rule.

        Called again after every change of attendance or bias; the counts stay unless the
        item changes.
        """
        if rule not in rules.MAJORITY_RULES:
            rule = "simple"
        if item is not self._item and _item_identity(item) != _item_identity(self._item):
            self._clear_counts()
        self._meeting = meeting
        self._item = item
        self._rule = rule
        if item is not None:
            # the title stands above the minutes already; here the number is enough
            number = shown(item.number, 30)
            self.heading.setText(self.tr("Abstimmung zu TOP {number}").format(number=number))
            self.heading.setToolTip(
                self.tr("TOP {number} {title}").format(number=number, title=shown(item.title))
            )
        else:
            self.heading.setText(self.tr("Abstimmung"))
            self.heading.setToolTip("")
        self.roll_call_model.set_members(self.eligible_members())
        self._refresh()

    def focus_tally(self) -> None:
        """Put the keyboard into the tally: the ballot table or the Zustimmung number."""
        if self.method() == "roll-call":
            self.roll_call_view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if not self.roll_call_view.currentIndex().isValid() and self.roll_call_model.rowCount():
                self.roll_call_view.setCurrentIndex(self.roll_call_model.index(0, 0))
        else:
            self.yes_box.spin.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.yes_box.spin.selectAll()

    def excluded(self) -> list[str]:
        return list(self._item.excluded) if self._item is not None else []

    def eligible_members(self) -> list[Member]:
        """The voting members present and not excluded for bias on this item."""
        if self._meeting is None:
            return []
        return rules.voting_present(self._meeting, None, self.excluded())

    def method(self) -> str:
        return self.METHOD_ORDER[max(self.method_group.checkedId(), 0)]

    def set_method(self, method: str) -> None:
        if method not in self.METHOD_ORDER:
            return
        self.method_buttons[method].setChecked(True)
        roll_call = method == "roll-call"
        for box in self.boxes.values():
            box.set_follow_ballots(roll_call)
        self.roll_call_view.setVisible(roll_call)
        self.roll_call_hint.setVisible(roll_call)
        if roll_call:
            self._ballots_changed()
        self._refresh()

    def current_vote(self) -> Vote:
        """The vote as counted now."""
        method = self.method()
        return Vote(
            yes=self.yes_box.spin.value(),
            no=self.no_box.spin.value(),
            abstain=self.abstain_box.spin.value(),
            method=method,
            label=self.label_edit.text().strip(),
            ballots=self.roll_call_model.ballots() if method == "roll-call" else {},
            kind=self.kind(),
        )

    def kind(self) -> str:
        """ "final", "amendment" or "procedural", as the box shows it."""
        return str(self.kind_box.currentData())

    def set_kind(self, kind: str) -> None:
        """Choose the vote's kind (as she does with the box): the label no longer suggests it."""
        index = self.kind_box.findData(kind)
        if index >= 0:
            self.kind_box.setCurrentIndex(index)
            self._kind_chosen = True

    def _kind_activated(self, _index: int) -> None:
        self._kind_chosen = True

    def _suggest_kind(self, label: str) -> None:
        if not label.strip():
            self._kind_chosen = False  # a fresh label: the suggestion is back
        if not self._kind_chosen:
            self.kind_box.setCurrentIndex(self.kind_box.findData(rules.suggested_kind(label)))

    def set_counts(self, yes: int, no: int, abstain: int) -> None:
        self._updating = True
        try:
            self.yes_box.spin.setValue(yes)
            self.no_box.spin.setValue(no)
            self.abstain_box.spin.setValue(abstain)
        finally:
            self._updating = False
        self._refresh()

    def problems(self) -> list[str]:
        if self._meeting is None:
            return []
        return rules.tally_problems(self.current_vote(), self._meeting, self.excluded())

    # -- actions ---------------------------------------------------------------------------

    def _step(self, which: str, delta: int) -> None:
        if self.method() == "roll-call" or not self.isEnabled():
            return
        spin = self.boxes[which].spin
        spin.setValue(spin.value() + delta)

    def fill_unanimous(self) -> None:
        """Everyone allowed to vote votes yes."""
        if self._meeting is None:
            return
        if self.method() == "roll-call":
            self.roll_call_model.set_all("yes")
            return
        vote = rules.unanimous(self._meeting, self.excluded())
        self.set_counts(vote.yes, vote.no, vote.abstain)

    def reset(self) -> None:
        self._clear_counts()
        self._refresh()

    def record(self) -> None:
        """Emit the counted vote and start a fresh tally."""
        if self._meeting is None:
            return
        vote = self.current_vote()
        if vote.cast == 0:
            self._message = self.tr(
                "Es sind noch keine Stimmen gezählt – bitte zuerst zählen, dann eintragen."
            )
            self._refresh()
            announce(self.record_button, self._message, assertive=True)
            return
        self._kept = False
        self.voteRecorded.emit(vote)
        if self._kept:  # refused (too many votes, no reason given): her counts stay to correct
            self._refresh()
            return
        self._clear_counts()
        self._refresh()

    def keep_counts(self) -> None:
        """The vote `voteRecorded` just gave was not recorded: the counts and label stay."""
        self._kept = True

    # -- internals -------------------------------------------------------------------------

    def _clear_counts(self) -> None:
        self._updating = True
        try:
            for box in self.boxes.values():
                box.spin.setValue(0)
            self.label_edit.clear()
            self.roll_call_model.set_all(None)
        finally:
            self._updating = False
        self._message = ""
        self.set_method("open")

    def _ballots_changed(self) -> None:
        if self.method() != "roll-call":
            return
        values = list(self.roll_call_model.ballots().values())
        counts = {answer: values.count(answer) for answer in BALLOT_ANSWERS}
        self.set_counts(counts["yes"], counts["no"], counts["abstain"])

    def _refresh(self) -> None:
        if self._updating:
            return
        has_meeting = self._meeting is not None
        for action in self._actions.values():
            action.setEnabled(has_meeting)
        self.setEnabled(has_meeting)
        vote = self.current_vote()
        if vote.cast:
            self._message = ""
        available = len(self.eligible_members())
        self.sum_label.setText(
            self.tr("Summe {cast} von {available} Stimmberechtigten").format(
                cast=vote.cast, available=available
            )
        )
        known = self._rule in rules.MAJORITY_RULES
        ballots = len(self.roll_call_model.ballots())
        running_roll_call = self.method() == "roll-call" and ballots < available
        self.rule_label.setText(majority_rule_label(self._rule) if known else "")
        # the rule explains a result: none while a roll-call runs (its lines go to the ballots)
        self.rule_label.setVisible(not running_roll_call)
        if vote.cast == 0:
            self.result_label.setText(self.tr("noch keine Stimmen"))
            self.result_label.setStyleSheet("")
            self.result_label.setEnabled(False)
        elif running_roll_call:
            # no result while ballots are missing: "angenommen" after the first of seven
            # would be read aloud; the result shows when all are in (or she records it). How
            # many are in stands beside it ("Summe 4 von 7 Stimmberechtigten").
            self.result_label.setText(self.tr("läuft …"))
            self.result_label.setStyleSheet("")
            self.result_label.setEnabled(True)
        else:
            passed = rules.vote_passes(vote, self._rule)
            text = rules.result_label(vote, self._rule)
            self.result_label.setEnabled(True)
            self.result_label.setText(self._result_text(text))
            colour = PASSED_COLOUR if passed else REJECTED_COLOUR
            # the word says it; the colour only repeats it, and gives way to a contrast theme
            style = "" if high_contrast() else f"QLabel {{ color: {colour}; }}"
            self.result_label.setStyleSheet(style)
        self.result_label.setAccessibleName(
            self.tr("Ergebnis: {result}").format(result=self.result_label.text())
        )
        self.sum_label.setAccessibleName(self.sum_label.text())
        self._show_pending()
        lines = self.problems()
        if self._message:
            lines = [self._message, *lines]
        self.warning_label.setText("⚠ " + "\n⚠ ".join(lines) if lines else "")
        self.warning_label.setAccessibleName(
            self.tr("Warnung: {text}").format(text=" ".join(lines)) if lines else ""
        )
        self.warning_label.setVisible(bool(lines))
        new = [line for line in lines if line not in self._warned]
        self._warned = lines
        if new and not self._message:  # a warning that appeared while counting is said once
            announce(self.warning_label, " ".join(new))

    def _show_pending(self) -> None:
        """In a roll-call vote: who has no ballot yet."""
        if self.method() != "roll-call":
            self.pending_label.hide()
            return
        ballots = self.roll_call_model.ballots()
        pending = [m.display_name for m in self.eligible_members() if m.key not in ballots]
        if pending:
            self.pending_label.setText(
                self.tr("Noch ohne Stimme: {names}").format(names=", ".join(pending))
            )
        else:
            self.pending_label.setText(self.tr("Alle Stimmberechtigten haben abgestimmt."))
        self.pending_label.show()

    def _result_text(self, label: str) -> str:
        return {"angenommen": self.tr("angenommen"), "abgelehnt": self.tr("abgelehnt")}.get(
            label, label
        )


def _item_identity(item: AgendaItem | None) -> tuple[Any, ...] | None:
    if item is None:
        return None
    return (item.id, item.number) if item.id is not None else (None, item.number, item.title)
