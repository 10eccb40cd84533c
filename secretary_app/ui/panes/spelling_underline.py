"""The wavy red line under misspelt words in the minutes editor, and what to do about them.

Checking never runs on the keystroke path: a change restarts a short timer (the document's
signal is connected to the timer's slot, so no Python runs per keystroke), and when it fires
only the paragraphs on screen are checked (results cached per word by the checker). The lines
are extra selections, whose cursors move with the text typed in between.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import SIGNAL, SLOT, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QLabel

from ... import paths
from ...text.spelling import SpellChecker, Word

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu, QPlainTextEdit

DELAY_MS = 400


class SpellingUnderline(QObject):
    """Marks misspellings in the visible paragraphs; suggestions by context menu and Ctrl+."""

    archive_read = Signal(int, object)  # generation, the archive's words (from a thread)

    def __init__(self, editor: QPlainTextEdit, checker: SpellChecker | None = None) -> None:
        super().__init__(editor)
        self._editor = editor
        self._checker = checker or SpellChecker(
            paths.personal_word_list(), bundled=paths.bundled_dictionaries()
        )
        self._enabled = True
        # the archive's words: read in a thread after the first check, for the open meeting
        self._archive_source: Callable[[], set[str]] | None = None
        self._archive: Callable[[], set[str]] | None = None
        self._archive_generation = 0
        self.archive_read.connect(self._archive_arrived)
        self._underline = QTextCharFormat()
        self._underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self._underline.setUnderlineColor(QColor("#d0021b"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.check_visible)  # which does nothing while switched off
        self._watched: QTextDocument | None = None
        self.menu: QMenu | None = None  # the last suggestions menu (tests look at it)
        self._open_menu: QMenu | None = None  # while it is open: one at a time
        self.state_label = QLabel(editor)  # "Rechtschreibprüfung aus: …" in the status bar
        self.state_label.setObjectName("spellingState")
        self.state_label.hide()
        # QAction(text, parent) would first try QAction(icon, text, …) and so make QIcon's class
        # (~1 ms of the first frame, for its enums); the text is set on its own
        self.next_action = QAction(editor)
        self.next_action.setText(self.tr("Nächster Rechtschreib&fehler …"))
        self.next_action.setObjectName("next_misspelling")
        # by property: `setShortcut`'s overloads and `Qt.ShortcutContext` would build PySide's
        # `Qt` namespace in the first frame (qt_namespace.py); Qt reads the shortcut's text
        self.next_action.setProperty("shortcut", "Ctrl+.")
        self.next_action.setProperty("shortcutContext", 0)  # Qt.ShortcutContext.WidgetShortcut
        self.next_action.triggered.connect(lambda _checked=False: self.next_misspelling())
        editor.addAction(self.next_action)
        # scrolling shows other paragraphs; `start()`, not `start(int)`: the value is no interval
        QObject.connect(
            editor.verticalScrollBar(), SIGNAL("valueChanged(int)"), self._timer, SLOT("start()")
        )

    # -- configuration ---------------------------------------------------------------------

    @property
    def checker(self) -> SpellChecker:
        return self._checker

    def set_checker(self, checker: SpellChecker) -> None:
        """Another dictionary (tests, or a personal list elsewhere)."""
        self._checker = checker
        self.state_label.hide()
        self.schedule()

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        if not enabled:
            self._timer.stop()
            self._editor.setExtraSelections([])
            self.state_label.hide()
        else:
            self.schedule()

    def set_meeting(self, phrases: Iterable[str], archive: Callable[[], set[str]]) -> None:
        """The meeting's names and titles (never flagged), and what reads the words of the
        other meetings: off the window's thread, before the next check, once per `archive`
        (`session.spelling.ArchiveReader`); the last meeting's wins."""
        self._checker.set_known(phrases)
        if archive != self._archive:
            self._archive = archive
            self._archive_generation += 1
            self._archive_source = archive
            self._checker.set_archive(())
        self.schedule()

    def _read_archive(self) -> None:
        source, self._archive_source = self._archive_source, None
        if source is None:
            return
        import threading  # noqa: PLC0415 - after the first frame

        from ...session.background import guarded  # noqa: PLC0415

        generation = self._archive_generation

        def work() -> None:
            outcome = guarded(source, "reading the archive's words for the spelling")
            if outcome.ok:
                try:
                    self.archive_read.emit(generation, outcome.value)
                except RuntimeError:  # the window closed meanwhile
                    pass

        threading.Thread(target=work, name="spelling-archive", daemon=True).start()

    def _archive_arrived(self, generation: int, known: set[str]) -> None:
        if generation == self._archive_generation:
            self._checker.set_archive(known)
            self.schedule()

    def document_changed(self) -> None:
        """The editor shows another document: follow its changes."""
        doc = self._editor.document()
        if self._watched is not doc:
            if self._watched is not None:
                try:
                    self._watched.contentsChanged.disconnect(self._timer.start)
                except (RuntimeError, TypeError):
                    pass
            doc.contentsChanged.connect(self._timer.start)  # slot to slot: no Python per key
            self._watched = doc
        self._editor.setExtraSelections([])
        self.schedule()

    def schedule(self) -> None:
        if self._enabled:
            self._timer.start()

    # -- checking --------------------------------------------------------------------------

    def _available(self) -> bool:
        if self._checker.available:
            return True
        self.state_label.setText(
            self.tr("Rechtschreibprüfung aus: kein deutsches Wörterbuch gefunden")
        )
        self.state_label.setToolTip(self._checker.problem)
        self.state_label.show()
        return False

    def check_visible(self) -> None:
        """Underline the misspelt words of the paragraphs on screen."""
        self._timer.stop()
        editor = self._editor
        if not self._enabled or not self._available():
            return
        self._read_archive()
        from PySide6.QtWidgets import QTextEdit  # (not for the first frame: ~1 ms)

        ExtraSelection = QTextEdit.ExtraSelection  # noqa: N806
        selections = []
        block = editor.firstVisibleBlock()
        bottom = editor.viewport().height()
        offset = editor.contentOffset()
        while block.isValid():
            if editor.blockBoundingGeometry(block).translated(offset).top() > bottom:
                break
            base = block.position()
            for word in self._checker.misspelled(block.text()):
                selection = ExtraSelection()
                cursor = QTextCursor(block)
                cursor.setPosition(base + word.start)
                cursor.setPosition(base + word.end, QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor
                selection.format = self._underline
                selections.append(selection)
            block = block.next()
        editor.setExtraSelections(selections)

    def misspelt_words(self) -> list[str]:
        """The words underlined now (for tests and the status)."""
        return [s.cursor.selectedText() for s in self._editor.extraSelections()]

    def word_at(self, position: int) -> tuple[QTextCursor, Word] | None:
        """The misspelt word at a document position, with a cursor selecting it."""
        if not self._enabled or not self._available():
            return None
        block = self._editor.document().findBlock(position)
        offset = position - block.position()
        for word in self._checker.misspelled(block.text()):
            if word.start <= offset <= word.end:
                cursor = QTextCursor(block)
                cursor.setPosition(block.position() + word.start)
                cursor.setPosition(block.position() + word.end, QTextCursor.MoveMode.KeepAnchor)
                return cursor, word
        return None

    # -- what to do about a word -----------------------------------------------------------

    def add_actions(self, menu: QMenu, position: int) -> bool:
        """Put suggestions and "Zum Wörterbuch hinzufügen" for the word at `position` on top."""
        found = self.word_at(position)
        if found is None:
            return False
        cursor, word = found
        first = menu.actions()[0] if menu.actions() else None
        suggestions = self._checker.suggestions(word.text)
        entries: list[QAction] = []
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            action.triggered.connect(lambda _c=False, s=suggestion: self.replace(start, end, s))
            entries.append(action)
        if not suggestions:
            none = QAction(self.tr("(keine Vorschläge)"), menu)
            none.setEnabled(False)
            entries.append(none)
        add = QAction(self.tr("Zum &Wörterbuch hinzufügen"), menu)
        add.setObjectName("add_to_dictionary")
        add.triggered.connect(lambda _c=False, w=word.text: self.add_word(w))
        entries.append(add)
        separator = QAction(menu)
        separator.setSeparator(True)
        entries.append(separator)
        menu.insertActions(first, entries) if first else menu.addActions(entries)
        return True

    def replace(self, start: int, end: int, text: str) -> None:
        cursor = QTextCursor(self._editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)  # one undo step
        self._editor.setTextCursor(cursor)
        self.check_visible()

    def add_word(self, word: str) -> None:
        self._checker.add(word)
        self.check_visible()

    def next_misspelling(self) -> bool:
        """Ctrl+.: select the next misspelt word after the cursor and offer its suggestions."""
        editor = self._editor
        if not self._enabled or not self._available():
            return False
        if self._open_menu is not None:  # a second Ctrl+.: on to the next word, one menu only
            self._open_menu.close()
        start = editor.textCursor().selectionEnd()
        doc = editor.document()
        block = doc.findBlock(start)
        for _round in range(2):  # to the end, then once from the top
            while block.isValid():
                for word in self._checker.misspelled(block.text()):
                    at = block.position() + word.start
                    if _round == 0 and at < start:
                        continue
                    cursor = QTextCursor(block)
                    cursor.setPosition(at)
                    cursor.setPosition(block.position() + word.end, QTextCursor.MoveMode.KeepAnchor)
                    if _round == 1 and at >= start:
                        return False
                    editor.setTextCursor(cursor)
                    editor.ensureCursorVisible()
                    self._popup_menu(at)
                    return True
                block = block.next()
            block = doc.firstBlock()
        self.state_label.setText(self.tr("Keine Rechtschreibfehler gefunden."))
        self.state_label.show()
        QTimer.singleShot(3000, self.state_label.hide)
        return False

    def _popup_menu(self, position: int) -> None:
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self._editor)
        menu.setObjectName("spellingMenu")
        self.add_actions(menu, position)
        rect = self._editor.cursorRect()
        self.menu = self._open_menu = menu
        menu.aboutToHide.connect(self._menu_closed)
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(self._editor.viewport().mapToGlobal(QPoint(rect.left(), rect.bottom())))
        # the first suggestion chosen, so that Return takes it (as Word's list does)
        first = next((a for a in menu.actions() if a.isEnabled() and not a.isSeparator()), None)
        if first is not None:
            menu.setActiveAction(first)

    def _menu_closed(self) -> None:
        self._open_menu = None
