"""Find and replace in the minutes: Ctrl+F in the current item, Ctrl+Shift+S across the meeting.

The bar sits under the editor and never takes room while closed. Searching the whole meeting
walks the items in agenda order from the current one and jumps to the item of the next match.
Replacing all happens in the current item only, as one undo step, and says how many.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

FindFlag = QTextDocument.FindFlag


class FindBar(QWidget):
    """Search field, replace field, "ganze Sitzung" and the count of what was found or replaced."""

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._editor = editor
        self._documents: Callable[[], list[QTextDocument]] = lambda: [editor.document()]
        self._current_row: Callable[[], int] = lambda: 0
        self._select_row: Callable[[int], None] = lambda _row: None

        self.find_edit = QLineEdit(self)
        self.find_edit.setPlaceholderText(self.tr("Suchen"))
        self.find_edit.setClearButtonEnabled(True)
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setPlaceholderText(self.tr("Ersetzen durch"))
        self.whole_meeting = QCheckBox(self.tr("&ganze Sitzung"), self)
        self.whole_meeting.setToolTip(
            self.tr("In allen Tagesordnungspunkten suchen (Strg+Umschalt+S)")
        )
        self.status = QLabel(self)
        self.status.setObjectName("findStatus")
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        previous = QPushButton(self.tr("Zurück"), self)
        nxt = QPushButton(self.tr("Weiter"), self)
        self.replace_button = QPushButton(self.tr("Ersetzen"), self)
        self.replace_all_button = QPushButton(self.tr("Alle ersetzen"), self)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Suche schließen (Esc)"))
        for button in (previous, nxt, self.replace_button, self.replace_all_button):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.find_edit, 0, 0)
        grid.addWidget(previous, 0, 1)
        grid.addWidget(nxt, 0, 2)
        grid.addWidget(self.whole_meeting, 0, 3)
        grid.addWidget(close, 0, 4)
        grid.addWidget(self.replace_edit, 1, 0)
        grid.addWidget(self.replace_button, 1, 1)
        grid.addWidget(self.replace_all_button, 1, 2)
        grid.addWidget(self.status, 1, 3, 1, 2)
        grid.setColumnStretch(0, 1)
        self._replace_row = (self.replace_edit, self.replace_button, self.replace_all_button)

        self.find_action = self._action(
            "find", self.tr("&Suchen …"), [QKeySequence.StandardKey.Find], self.open_find
        )
        self.find_meeting_action = self._action(
            "find_meeting",
            self.tr("In der &ganzen Sitzung suchen …"),
            ["Ctrl+Shift+S"],
            lambda: self.open_find(whole_meeting=True),
        )
        self.replace_action = self._action(
            "replace", self.tr("&Ersetzen …"), ["Ctrl+H"], self.open_replace
        )
        self.next_action = self._action(
            "find_next", self.tr("Weiters&uchen"), ["F3"], lambda: self.find(backward=False)
        )
        self.previous_action = self._action(
            "find_previous",
            self.tr("Rückwär&ts suchen"),
            ["Shift+F3"],
            lambda: self.find(backward=True),
        )

        self.find_edit.returnPressed.connect(lambda: self.find(backward=False))
        self.replace_edit.returnPressed.connect(self.replace_one)
        previous.clicked.connect(lambda: self.find(backward=True))
        nxt.clicked.connect(lambda: self.find(backward=False))
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_all)
        close.clicked.connect(self.close_bar)
        self.find_edit.textChanged.connect(lambda _t: self.status.clear())
        self.hide()

    def _action(
        self,
        name: str,
        text: str,
        keys: list[QKeySequence.StandardKey | str],
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def attach(
        self,
        documents: Callable[[], list[QTextDocument]],
        current_row: Callable[[], int],
        select_row: Callable[[int], None],
    ) -> None:
        """The meeting's documents in agenda order, which one is shown, how to show another."""
        self._documents, self._current_row, self._select_row = documents, current_row, select_row

    # -- opening and closing ---------------------------------------------------------------

    def open_find(self, whole_meeting: bool | None = None) -> None:
        if whole_meeting is not None:
            self.whole_meeting.setChecked(whole_meeting)
        selected = self._editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        for widget in self._replace_row:
            widget.setVisible(False)
        self.show()
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def open_replace(self) -> None:
        self.open_find()
        read_only = self._editor.isReadOnly()
        for widget in self._replace_row:
            widget.setVisible(True)
            widget.setEnabled(not read_only)
        if self.find_edit.text():
            self.replace_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def close_bar(self) -> None:
        self.hide()
        self._editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    # -- finding ---------------------------------------------------------------------------

    def _flags(self, backward: bool) -> QTextDocument.FindFlag:
        return FindFlag.FindBackward if backward else FindFlag(0)

    def find(self, backward: bool = False) -> bool:  # type: ignore[override]
        """The next (or previous) match; across items when "ganze Sitzung" is ticked."""
        needle = self.find_edit.text()
        if not self.isVisible():
            self.open_find()
            if not needle:
                return False
        if not needle:
            return False
        editor = self._editor
        doc = editor.document()
        cursor = doc.find(needle, editor.textCursor(), self._flags(backward))
        if not cursor.isNull():
            editor.setTextCursor(cursor)
            self.status.setText("")
            return True
        if self.whole_meeting.isChecked() and self._find_in_other_items(needle, backward):
            return True
        # wrap around in this item
        start = QTextCursor(doc)
        if backward:
            start.movePosition(QTextCursor.MoveOperation.End)
        cursor = doc.find(needle, start, self._flags(backward))
        if cursor.isNull():
            self.status.setText(self.tr("„{text}“ nicht gefunden").format(text=needle))
            return False
        editor.setTextCursor(cursor)
        self.status.setText(self.tr("Von vorn gesucht") if not backward else "")
        return True

    def _find_in_other_items(self, needle: str, backward: bool) -> bool:
        docs = self._documents()
        here = self._current_row()
        count = len(docs)
        for step in range(1, count):
            row = (here - step if backward else here + step) % count
            start = QTextCursor(docs[row])
            if backward:
                start.movePosition(QTextCursor.MoveOperation.End)
            cursor = docs[row].find(needle, start, self._flags(backward))
            if cursor.isNull():
                continue
            self._select_row(row)
            if self._editor.document() is not docs[row]:
                return False
            self._editor.setTextCursor(cursor)
            self._editor.ensureCursorVisible()
            self.status.setText(self.tr("gefunden in einem anderen TOP"))
            return True
        return False

    # -- replacing -------------------------------------------------------------------------

    def replace_one(self) -> None:
        """Replace the selected match and go to the next one."""
        if self._editor.isReadOnly():
            return
        needle = self.find_edit.text()
        cursor = self._editor.textCursor()
        if needle and cursor.selectedText().lower() == needle.lower():
            cursor.insertText(self.replace_edit.text())
            self._editor.setTextCursor(cursor)
        self.find(backward=False)

    def replace_all(self) -> int:
        """Every match in the current item, as one undo step; the count is shown."""
        needle = self.find_edit.text()
        editor = self._editor
        if not needle or editor.isReadOnly():
            return 0
        doc = editor.document()
        replacement = self.replace_edit.text()
        edit = QTextCursor(doc)
        edit.beginEditBlock()
        count = 0
        cursor = doc.find(needle, 0)
        while not cursor.isNull():
            cursor.insertText(replacement)
            count += 1
            cursor = doc.find(needle, cursor)
        edit.endEditBlock()
        self.status.setText(
            self.tr("{n} ersetzt").format(n=count) if count else self.tr("nichts ersetzt")
        )
        return count
