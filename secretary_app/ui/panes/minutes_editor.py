"""The minutes editor: where the secretary types for three hours, so every keystroke stays cheap.

Per key the editor does no more than a plain QPlainTextEdit plus a look at the last few
characters before the cursor (speaker completion). Saving is somebody else's job: the editor
only emits `contentsChanged` through its document.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, QRectF, QSize, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPainterPath,
    QPalette,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from ...text import completion, typography
from .. import accessibility, qt_namespace
from ..qt_namespace import Qt, solid_brush
from . import minutes_document as md
from .spelling_underline import SpellingUnderline

if TYPE_CHECKING:  # (PySide makes each class's Python type when first named: ~0.1-2 ms each,
    # so what the first frame does not use is imported where it is used)
    from PySide6.QtCore import QMimeData, QStringListModel
    from PySide6.QtGui import (
        QContextMenuEvent,
        QFocusEvent,
        QKeyEvent,
        QMouseEvent,
        QPaintEvent,
        QResizeEvent,
        QStandardItemModel,
    )
    from PySide6.QtWidgets import QAbstractItemView, QCompleter

    from ...domain.model import Member, Vote

_WORD_BEFORE_CURSOR = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w-]*)$")
# Qt's values by number: naming them builds PySide's `Qt` namespace, which the first frame
# leaves for later (qt_namespace.py); tests/gui/test_qt_numbers.py holds them equal to Qt's
USER_ROLE = 0x0100  # Qt.ItemDataRole.UserRole
NAME_ROLE = USER_ROLE + 1
KEY_ROLE = USER_ROLE + 2
KIND_CYCLE = ("text", "motion", "resolution")
MARKERS = {"motion": ("A", "#5b7fa6"), "resolution": ("B", "#4f8a5b"), "vote": ("∑", "#8a9bb0")}
# what the margin's letters say, for a screen reader (the letters are paint only)
KIND_NAMES = {
    "text": "Text",
    "motion": "Antrag (A)",
    "resolution": "Beschluss (B)",
    "vote": "Abstimmung (∑)",
}
MARGIN_WIDTH = 22
MIN_TEXT_WIDTH = 320  # the editor's least width where the screen has room for it
RULE_COLOUR = "#d4d4d4"
MARKER_ALIGNMENT = 0x0082  # Qt.AlignmentFlag.AlignRight | AlignVCenter
# the least typed name a list is offered for: one letter, after "Frau" or "Herr"
MIN_PREFIX = completion.MIN_PREFIX_AFTER_SALUTATION
_WORD_AT_END = re.compile(r"[\w-]*$")
TYPOGRAPHY_KEYS = frozenset("\"'. ")
# typed right after a taken suggestion's space, these take its place ("Frau Schulze, die …")
CLOSING_PUNCTUATION = frozenset(",.;:!?)")
WATCHED = "protokollantMarginWatched"
# a character typed with one of these goes the long way through keyPressEvent (Shift: short)
# (Control 0x04000000 | Alt 0x08000000 | Meta 0x10000000 | Keypad 0x20000000 | GroupSwitch)
COMMAND_MODIFIERS = 0x7C000000
# the keys of an open completion list: Escape, Tab, Backtab, Return, Enter, Up, Down
LIST_KEYS = frozenset(
    (0x01000000, 0x01000001, 0x01000002, 0x01000004, 0x01000005, 0x01000013, 0x01000015)
)


class _Typing:
    """A run of letters typed one after another (`MinutesEditor.keyPressEvent`'s short path),
    and whether a member's name may end at the cursor. A plain object: its attributes are
    found faster than a Qt widget's, and a key's every microsecond counts."""

    __slots__ = ("doc", "prefixes", "revision", "word")

    def __init__(self, doc: QTextDocument) -> None:
        self.doc = doc
        self.revision = -1  # the document's revision after the run's last letter; -1: no run
        self.prefixes: frozenset[str] = frozenset()  # of the present members' names, lower-case
        # the word at the cursor if it begins with a capital (a name may be typed), else None
        self.word: str | None = None

    def arm(self, before: str) -> bool:
        """Start a run after the text `before` the cursor; whether a name may end there.

        True wherever `completion.speaker_prefix` could find a name in `prefixes` (the test
        `test_the_letter_fast_path_never_skips_a_name_the_list_would_offer` holds this): its
        name is the word at the cursor, letters, digits and hyphens, begun with a capital."""
        # (a name is shorter than 60 characters: a longer word is none, whatever its start)
        found = _WORD_AT_END.search(before[-60:])  # (it matches, if only the empty word)
        word = found.group().lstrip("_") if found else ""
        self.word = word if not word or word[:1].isupper() else None  # "": a word may begin
        return bool(self.word) and self.word.lower() in self.prefixes

    def add(self, typed: str) -> bool:
        """The next letter, or a space, of the run; whether a name may end there."""
        if typed == " ":
            self.word = ""  # the next word may be a name
            return False
        word = self.word
        if word is None or (not word and not typed[:1].isupper()):
            self.word = None  # a word begun in lower case is no name
            return False
        word += typed
        self.word = word
        return word.lower() in self.prefixes


class _Margin(QWidget):
    """The quiet left margin that marks motion (A), resolution (B) and vote (∑) paragraphs."""

    def __init__(self, editor: MinutesEditor) -> None:
        super().__init__(editor)
        self._editor = editor
        # filled with the editor's paper colour by Qt, and so opaque: what lies beneath (the
        # editor's frame, the splitter, the window) need not be painted first
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self.brushes = {colour: solid_brush(colour) for _, colour in MARKERS.values()}
        self.brushes[RULE_COLOUR] = solid_brush(RULE_COLOUR)
        self.contrast = False  # a contrast theme: bars and letters in the text colour
        self.ink = solid_brush("#000000")
        self.checked = False  # whether the contrast setting was asked for

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange and qt_namespace.is_built():
            self.follow_contrast()  # (a palette set in the first frame waits for its end)
        super().changeEvent(event)

    def follow_contrast(self) -> None:
        """Take the system's contrast setting (asking builds PySide's `Qt`: not before the
        first frame is on the screen)."""
        self.checked = True
        self.contrast = accessibility.high_contrast()
        self.ink = self.palette().brush(QPalette.ColorRole.Text)
        self._editor.vote_contrast(self.contrast)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(MARGIN_WIDTH, 0)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        self._editor.paint_margin(self, event)


_type_key = QPlainTextEdit.keyPressEvent  # the letter itself, as a plain editor types it


def _fill(painter: QPainter, rect: QRectF, brush: QBrush) -> None:
    """`painter.fillRect(rect, brush)`, whose overloads would build PySide's `Qt` namespace
    in the first frame (qt_namespace.py); `fillPath` has one."""
    path = QPainterPath()
    path.addRect(rect)
    painter.fillPath(path, brush)


def _take_block(block: QTextBlock) -> tuple[QTextBlockFormat, QTextDocumentFragment, int | None]:
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    data = block.userData()
    return (
        block.blockFormat(),
        cursor.selection(),
        (data.id if isinstance(data, md.BlockData) else None),
    )


def _put_block(
    doc: QTextDocument,
    number: int,
    content: tuple[QTextBlockFormat, QTextDocumentFragment, int | None],
) -> None:
    fmt, fragment, paragraph_id = content
    block = doc.findBlockByNumber(number)
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    cursor.insertFragment(fragment)
    cursor.setBlockFormat(fmt)  # after the fragment, which brings a block format of its own
    doc.findBlockByNumber(number).setUserData(md.BlockData(paragraph_id))


class MinutesEditor(QPlainTextEdit):
    """Paragraph-aware plain text editor for one item's minutes at a time."""

    speakerInserted = Signal(str)  # member key
    undone = Signal()  # Ctrl+Z in the editor: a recorded vote may have been taken back

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("minutesEditor")
        self.setAccessibleName(self.tr("Protokolltext"))
        self.setTabChangesFocus(False)
        self.setCenterOnScroll(False)
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.5) + 1)
        self.setFont(font)
        self._margin = _Margin(self)
        self.setViewportMargins(MARGIN_WIDTH, 0, 0, 0)
        # the margin follows scrolling and line-count changes, not every repaint of a keystroke
        # (connected slot to slot: no Python runs for it)
        self.verticalScrollBar().valueChanged.connect(self._margin.update)
        self._result: Callable[[Vote], str] = lambda v: (
            "angenommen" if v.yes > v.no else "abgelehnt"
        )
        self._renderer = md.VoteRenderer(
            self,
            width=lambda: float(self._text_width() - 28),
            result=lambda v: self._result(v),
        )
        self._positions: dict[int, int] = {}
        self._speaker_names: list[str] = []  # lower-case, in the rows' order
        self._shown_rows: tuple[int, ...] = ()  # the speaker rows the open list shows
        self._prefix = ""  # the typed text a chosen speaker replaces ("Frau Sch")
        self._deliberate = False  # the list was asked for or moved in: Return takes its row
        # where a taken suggestion's own space ends (its document's revision then): a space
        # typed there by habit is not doubled; -1: none
        self._gap_at = -1
        self._gap_revision = -1
        self.typography = True  # „…“, – and … as she types (settings)
        self._describing = False  # the accessible description follows the cursor

        first = md.new_document(self)
        self._typing = _Typing(first)
        self._members: list[Member] = []  # who may speak: set_speakers
        self._verb_list: list[str] = []
        # the completion lists (their models and windows) are made when first needed, not for
        # the first frame: a completer's case sensitivity is one of `Qt`'s enums (qt_namespace.py)
        self._popup_pairs: tuple[tuple[QCompleter, QAbstractItemView], ...] = ()
        self._speakers: QStandardItemModel | None = None
        self._verbs: QStringListModel | None = None
        self.spelling = SpellingUnderline(self)
        self.set_document(first)

    @property
    def _popups(self) -> tuple[tuple[QCompleter, QAbstractItemView], ...]:
        """(speaker completer, its list), (verb completer, its list)."""
        if not self._popup_pairs:
            from PySide6.QtCore import QStringListModel
            from PySide6.QtGui import QStandardItemModel
            from PySide6.QtWidgets import QCompleter

            self._speakers = QStandardItemModel(self)
            self._fill_speakers()
            self._verbs = QStringListModel(self._verb_list, self)
            speakers = QCompleter(self._speakers, self)
            speakers.setWidget(self)
            speakers.setCompletionRole(NAME_ROLE)
            speakers.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            speakers.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            speakers.activated[QModelIndex].connect(self._insert_speaker)  # type: ignore[index]
            verbs = QCompleter(self._verbs, self)
            verbs.setWidget(self)
            verbs.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
            verbs.activated[QModelIndex].connect(self._insert_verb)  # type: ignore[index]
            pairs = []
            for completer in (speakers, verbs):
                popup = completer.popup()
                assert popup is not None
                # in a real window the open list has the keyboard, and QCompleter would move
                # through it its own way (Down on the only name: no name chosen): the list's
                # keys are the editor's (installed last, this filter is asked first)
                popup.installEventFilter(self)
                pairs.append((completer, popup))
            self._popup_pairs = tuple(pairs)
        return self._popup_pairs

    @property
    def _speaker_completer(self) -> QCompleter:
        return self._popups[0][0]

    @property
    def _verb_completer(self) -> QCompleter:
        return self._popups[1][0]

    # -- documents -------------------------------------------------------------------------

    def set_document(self, doc: QTextDocument) -> None:
        """Show another item's minutes, keeping each document's cursor where it was."""
        old = self.document()
        if old is not None:
            self._positions[id(old)] = self.textCursor().position()
        doc.setDefaultFont(self.font())  # vote boxes are measured and drawn in this font
        layout = doc.documentLayout()
        layout.registerHandler(md.VOTE_OBJECT, self._renderer)
        if not doc.property(WATCHED):  # a paragraph got a line more or less: markers move
            doc.setProperty(WATCHED, True)
            layout.documentSizeChanged.connect(self._margin.update)
        self.setDocument(doc)
        self._typing.doc = doc
        cursor = QTextCursor(doc)
        cursor.setPosition(
            min(self._positions.get(id(doc), doc.characterCount() - 1), doc.characterCount() - 1)
        )
        self.setTextCursor(cursor)
        self.setCurrentCharFormat(md.char_format(md.block_kind(cursor.block())))
        self._margin.update()
        self.spelling.document_changed()

    # -- what ends a run of letters (keyPressEvent): the cursor may have moved without the
    # -- document changing, so the next letter looks at its paragraph again -------------------

    def setTextCursor(self, cursor: QTextCursor) -> None:  # noqa: N802
        self._typing.revision = -1
        super().setTextCursor(cursor)

    def moveCursor(  # noqa: N802
        self,
        operation: QTextCursor.MoveOperation,
        mode: QTextCursor.MoveMode = QTextCursor.MoveMode.MoveAnchor,
    ) -> None:
        self._typing.revision = -1
        super().moveCursor(operation, mode)

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802
        self._typing.revision = -1
        super().setReadOnly(read_only)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._typing.revision = -1
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self._typing.revision = -1
        if not self._describing and accessibility.active():
            # only while a screen reader listens: the paragraph's kind follows the cursor
            self._describing = True
            self.cursorPositionChanged.connect(self._describe_paragraph)
            self._describe_paragraph()
        super().focusInEvent(event)

    def vote_contrast(self, contrast: bool) -> None:
        """Vote boxes in the palette's colours (a contrast theme) or their own."""
        renderer = getattr(self, "_renderer", None)  # (the margin is made before it)
        if renderer is None:
            return
        palette = self.palette()
        renderer.set_contrast(
            (palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text))
            if contrast
            else None
        )
        self.viewport().update()

    def paragraph_description(self) -> str:
        """The kind of the paragraph at the cursor, as a screen reader says it."""
        block = self.textCursor().block()
        kind = md.block_kind(block)
        text = self.tr("Absatz: {kind}").format(kind=KIND_NAMES.get(kind, kind))
        vote = md.block_vote(block) if kind == "vote" else None
        if vote is not None:
            text += " – " + md.VoteRenderer.describe(vote, self._result(vote))
        return text

    def _describe_paragraph(self, say: bool = False) -> None:
        text = self.paragraph_description()
        if text != self.accessibleDescription():
            self.setAccessibleDescription(text)
        if say:
            accessibility.announce(self, text)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """Room for a few words a line: the panes beside give way first (200 % text size on a
        laptop screen), up to nearly 40 % of the screen's width."""
        hint = super().minimumSizeHint()
        screen = self.screen()
        if screen is None:
            return hint
        width = min(MIN_TEXT_WIDTH, screen.availableGeometry().width() * 38 // 100)
        return QSize(max(hint.width(), width), hint.height())

    def _text_width(self) -> int:
        """The viewport's width, without asking for the viewport (PySide's first `viewport()`
        creates the Python types of all of QtWidgets, ~9 ms, which the first frame need not pay).
        The scroll bar counts when it is not hidden, even before the window is on screen."""
        bar = self.verticalScrollBar()
        return self.maximumViewportSize().width() - (0 if bar.isHidden() else bar.width())

    def set_result_function(self, result: Callable[[Vote], str]) -> None:
        """How a vote's result is worded (follows the configured majority rule)."""
        self._result = result
        self._renderer.forget_sizes()
        if self.isVisible():  # (not before the first paint: `viewport()` costs PySide ~9 ms once)
            self.viewport().update()

    # -- speakers and verbs ----------------------------------------------------------------

    def set_speakers(self, members: Sequence[Member]) -> None:
        """The members present, offered as speakers ("Frau Schulze") after two letters."""
        self._members = list(members)
        if self._speakers is not None:
            self._fill_speakers()
        prefixes: set[str] = set()
        for m in members:
            low = m.name.lower()
            prefixes.update(low[:n] for n in range(MIN_PREFIX, len(low) + 1))
        self._speaker_names = [m.name.lower() for m in members]
        self._shown_rows = ()
        self._typing.prefixes = frozenset(prefixes)

    def _fill_speakers(self) -> None:
        from PySide6.QtGui import QStandardItem

        assert self._speakers is not None
        self._speakers.clear()
        for m in self._members:
            row = QStandardItem(m.display_name)
            row.setData(m.name, NAME_ROLE)
            row.setData(m.key, KEY_ROLE)
            row.setEditable(False)
            self._speakers.appendRow(row)

    def _rows_for(self, name: str) -> tuple[int, ...]:
        """The speaker rows the list shows for a typed name (as the completer filters them)."""
        low = name.lower()
        return tuple(i for i, n in enumerate(self._speaker_names) if n.startswith(low))

    def set_verbs(self, verbs: Sequence[str]) -> None:
        self._verb_list = list(verbs)
        if self._verbs is not None:
            self._verbs.setStringList(self._verb_list)

    def speaker_popup_visible(self) -> bool:
        return bool(self._popup_pairs) and self._popup_pairs[0][1].isVisible()

    def verb_popup_visible(self) -> bool:
        return bool(self._popup_pairs) and self._popup_pairs[1][1].isVisible()

    def show_speakers(self) -> None:
        """Offer every present member (Strg+Leertaste), filtered by a name begun at the cursor."""
        found = completion.speaker_prefix(self._text_before_cursor())
        if found is not None:
            self._prefix, name = found.typed, found.name
        else:
            self._prefix = name = self._word_before_cursor()
        self._deliberate = True
        self._open_popup(self._speaker_completer, name)

    def show_verbs(self) -> None:
        """Offer the reporting verbs of German minutes at the cursor."""
        if self.isReadOnly():
            return
        self._deliberate = True
        self._open_popup(self._verb_completer, "")

    def _open_popup(self, completer: QCompleter, prefix: str) -> None:
        self._typing.revision = -1  # the letters go through the list now
        completer.setCompletionPrefix(prefix)
        if completer is self._speaker_completer:
            self._shown_rows = self._rows_for(prefix)
        if completer.completionCount() == 0:
            completer.popup().hide()
            return
        popup = completer.popup()
        popup.setCurrentIndex(completer.completionModel().index(0, 0))
        rect = self.cursorRect()
        rect.setWidth(
            max(220, popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width())
        )
        completer.complete(rect)

    def _text_before_cursor(self, limit: int = 80) -> str:
        cursor = self.textCursor()
        pos = cursor.positionInBlock()
        return cursor.block().text()[max(0, pos - limit) : pos]

    def _word_before_cursor(self) -> str:
        match = _WORD_BEFORE_CURSOR.search(self._text_before_cursor(40))
        return match.group(1) if match else ""

    def _maybe_complete_speaker(self) -> None:
        found = completion.speaker_prefix(self._text_before_cursor())
        popup = self._speaker_completer.popup()
        if (
            found is None
            or not found.long_enough()
            or found.name.lower() not in self._typing.prefixes
        ):
            if popup.isVisible():
                popup.hide()
            return
        self._prefix = found.typed
        if popup.isVisible():  # narrow the open list; showing it again costs a window move
            rows = self._rows_for(found.name)
            if rows == self._shown_rows:
                return  # the same names still fit ("Frau Schu" → "Frau Schul"): nothing to redo
            self._shown_rows = rows
            self._speaker_completer.setCompletionPrefix(found.name)
            popup.setCurrentIndex(self._speaker_completer.completionModel().index(0, 0))
            return
        self._deliberate = False
        self._open_popup(self._speaker_completer, found.name)

    def _insert_speaker(self, index: QModelIndex) -> None:
        name = index.data(Qt.ItemDataRole.DisplayRole)
        key = index.data(KEY_ROLE)
        cursor = self.textCursor()
        cursor.beginEditBlock()
        if self._prefix:
            cursor.movePosition(
                QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len(self._prefix)
            )
        at_start = cursor.selectionStart() == cursor.block().position()
        # a space follows the name, unless one follows already (a name completed mid-text)
        spaced = cursor.block().text()[cursor.selectionEnd() - cursor.block().position() :][:1]
        cursor.insertText(name if spaced == " " else f"{name} ")
        if spaced == " ":
            cursor.movePosition(QTextCursor.MoveOperation.Right)
        if at_start and isinstance(key, str):
            fmt = cursor.blockFormat()
            fmt.setProperty(md.SPEAKER_PROPERTY, key)
            cursor.setBlockFormat(fmt)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        if spaced != " ":
            self._remember_gap()
        self._prefix = ""
        self._speaker_completer.popup().hide()
        if isinstance(key, str):
            self.speakerInserted.emit(key)

    def _insert_verb(self, index: QModelIndex) -> None:
        verb = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        self._verb_completer.popup().hide()
        if not verb:
            return
        cursor = self.textCursor()
        before = cursor.block().text()[: cursor.positionInBlock()]
        text = verb if not before or before.endswith(" ") else f" {verb}"
        gap = text.find("…")
        start = cursor.position()
        cursor.insertText(text if gap >= 0 else f"{text} ")
        if gap >= 0:  # "stellt … zur Abstimmung.": select the gap so typing fills it
            cursor.setPosition(start + gap)
            cursor.setPosition(start + gap + 1, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        if gap < 0:
            self._remember_gap()

    # -- paragraph operations --------------------------------------------------------------

    def current_kind(self) -> str:
        return md.block_kind(self.textCursor().block())

    def toggle_kind(self) -> None:
        """text → motion → resolution → text, for the paragraph(s) at the cursor."""
        if self.isReadOnly():
            return
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        kind = md.block_kind(first)
        if kind == "vote":
            return
        new = KIND_CYCLE[(KIND_CYCLE.index(kind) + 1) % len(KIND_CYCLE)]
        edit = QTextCursor(doc)
        edit.beginEditBlock()
        block = first
        while block.isValid():
            if md.block_kind(block) != "vote":
                c = QTextCursor(block)
                md.set_block_kind(c, new)
            if block == last:
                break
            block = block.next()
        edit.endEditBlock()
        self.setCurrentCharFormat(md.char_format(new))
        self._margin.update()
        self._describe_paragraph(say=True)

    def new_paragraph(self, kind: str = "text") -> None:
        """Start a new paragraph of `kind` after the current one."""
        if self.isReadOnly():
            return
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.clearSelection()
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        if cursor.block().text():
            cursor.insertBlock(md.block_format(kind), md.char_format(kind))
        md.set_block_kind(cursor, kind)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.setCurrentCharFormat(md.char_format(kind))
        self._describe_paragraph(say=True)

    def insert_vote(self, vote: Vote) -> None:
        """Put a vote paragraph at the cursor and continue typing below it."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.clearSelection()
        block = cursor.block()
        if block.text() and cursor.positionInBlock() == 0:
            cursor.insertBlock()
            cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
        elif block.text():
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            cursor.insertBlock()
        cursor.setBlockFormat(md.block_format("vote"))
        cursor.setBlockCharFormat(md.char_format("text"))
        cursor.insertText(md.OBJECT_CHAR, md.vote_char_format(vote))
        nxt = cursor.block().next()
        if nxt.isValid() and not nxt.text() and md.block_kind(nxt) == "text":
            cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
        else:
            cursor.insertBlock(md.block_format("text"), md.char_format("text"))
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.setCurrentCharFormat(md.char_format("text"))
        # a sighted user sees the box appear; a screen reader hears what it says
        said = md.VoteRenderer.describe(vote, self._result(vote))
        accessibility.announce(self, self.tr("Eingetragen: {vote}").format(vote=said))

    def move_paragraph(self, delta: int) -> None:
        """Swap the paragraph at the cursor with the one above (-1) or below (+1); one undo step."""
        if self.isReadOnly():
            return
        doc = self.document()
        block = self.textCursor().block()
        other = block.previous() if delta < 0 else block.next()
        if not other.isValid():
            return
        offset = self.textCursor().positionInBlock()
        target_number = block.blockNumber() + (-1 if delta < 0 else 1)
        mine, theirs = _take_block(block), _take_block(other)
        edit = QTextCursor(doc)
        edit.beginEditBlock()
        later, earlier = (block, other) if delta < 0 else (other, block)
        later_content, earlier_content = (theirs, mine) if delta < 0 else (mine, theirs)
        later_number, earlier_number = later.blockNumber(), earlier.blockNumber()
        _put_block(doc, later_number, later_content)
        _put_block(doc, earlier_number, earlier_content)
        edit.endEditBlock()
        moved = doc.findBlockByNumber(target_number)
        result = QTextCursor(moved)
        result.setPosition(moved.position() + min(offset, moved.length() - 1))
        self.setTextCursor(result)
        self._margin.update()

    # -- keys ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        text = event.text()
        # Most keys are the next letter of a word, or the space after it, in the paragraph the
        # last letter went into. If the document has not changed since (by any other means:
        # undo from a menu, paste, a recorded vote) and nothing moved the cursor (see "what
        # ends a run of letters"), that is still a text paragraph, no list is open and nothing
        # is selected: the key is typed without asking the paragraph anything (0.33 instead of
        # 0.42 ms a key press). Only the word typed so far is kept, to see whether it begins a
        # member's name. (What can be is done before the key is typed: after it, the caches
        # are cold.)
        run = self._typing
        if (
            run.revision >= 0
            and (text.isalpha() or text == " ")  # a space after a letter or space: no typography
            and run.doc.revision() == run.revision
        ):
            name = run.add(text)
            _type_key(self, event)
            run.revision += 1  # a typed character is one revision of the document
            if name:
                self._maybe_complete_speaker()
            return
        run.revision = -1
        if self._gap_at >= 0 and self._typed_after_gap(text):
            return
        # The common case first, with as few calls as possible (each costs microseconds when
        # the caches are cold between two keys): a character typed into running text, no popup
        # open (completion lists, menus), not on a vote paragraph. A letter can open the speaker
        # list only where the word at the cursor, begun with a capital, begins a member's name
        # (`_Typing.arm`); quotes, full stops and spaces may take German typography.
        if (
            text
            and text.isprintable()  # not Return, Tab, Backspace, Delete, Escape
            and not event.keyCombination().toCombined() & COMMAND_MODIFIERS
            and QApplication.activePopupWidget() is None
        ):
            cursor = self.textCursor()
            line = cursor.block().text()
            if md.OBJECT_CHAR not in line:
                if not text.isalpha():
                    QPlainTextEdit.keyPressEvent(self, event)
                    if self.typography and text in TYPOGRAPHY_KEYS and not self.isReadOnly():
                        self._apply_typography()
                    return
                if not cursor.hasSelection():
                    at = cursor.positionInBlock()
                    QPlainTextEdit.keyPressEvent(self, event)
                    if self.isReadOnly():
                        return
                    run.revision = run.doc.revision()  # the next letter: above
                    if run.arm(line[:at] + text):
                        self._maybe_complete_speaker()
                    return
        if event.matches(qt_namespace.key_sequence().StandardKey.Undo):
            super().keyPressEvent(event)
            self.undone.emit()
            return
        key = event.key()
        for completer, popup in self._popups:
            if not popup.isVisible():
                continue
            returned = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            # Return takes a suggestion only when she chose it; otherwise it is a new paragraph
            if key == Qt.Key.Key_Tab or (returned and self._deliberate):
                index = popup.currentIndex()
                popup.hide()
                if index.isValid():
                    source = completer.completionModel().mapToSource(index)  # type: ignore[attr-defined]
                    completer.activated[QModelIndex].emit(source)  # type: ignore[index]
                return
            if returned:
                popup.hide()
                break
            if key == Qt.Key.Key_Escape:
                popup.hide()
                return
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                row = popup.currentIndex().row() + (1 if key == Qt.Key.Key_Down else -1)
                count = completer.completionCount()
                popup.setCurrentIndex(completer.completionModel().index(row % count, 0))
                self._deliberate = True
                return
            if completer is self._verb_completer:
                popup.hide()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self._tab(event)
            return
        erasing = key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
        if not text or erasing or self.isReadOnly():
            super().keyPressEvent(event)
            if not text:  # undo/redo may change a kind without changing any line
                self._margin.update()
            return
        cursor = self.textCursor()
        block = cursor.block()
        if (
            md.OBJECT_CHAR in block.text()
            and md.block_kind(block) == "vote"
            and not cursor.hasSelection()
        ):
            self._leave_vote_block(cursor)
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            super().keyPressEvent(event)
            new = self.textCursor()
            if not new.block().text() and md.block_kind(new.block()) != "text":
                md.set_block_kind(new, "text")
                self.setTextCursor(new)
            self._margin.update()
            return
        super().keyPressEvent(event)
        if text.isalpha():
            self._maybe_complete_speaker()
            return
        speaker_popup = self._popups[0][1]
        if speaker_popup.isVisible():
            speaker_popup.hide()
        if self.typography and text in TYPOGRAPHY_KEYS:
            self._apply_typography()

    def _tab(self, event: QKeyEvent) -> None:
        """A tab character has no place in minutes (it would stand in the printed text):
        Tab takes the name begun at the cursor if there is one, else does nothing, so that
        her next words still go into the minutes; Strg+Tab leaves the editor."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            QWidget.focusNextPrevChild(self, event.key() == Qt.Key.Key_Tab)
            return
        if event.key() != Qt.Key.Key_Tab or self.isReadOnly():
            return
        found = completion.speaker_prefix(self._text_before_cursor())
        if found is None or not found.long_enough():
            return
        rows = self._rows_for(found.name)
        if not rows:
            return
        self._prefix = found.typed
        if len(rows) == 1:  # the one name the list would show: taken at once
            self._popups  # noqa: B018 (makes the speaker model)
            assert self._speakers is not None
            self._insert_speaker(self._speakers.index(rows[0], 0))
            return
        self._deliberate = True
        self._open_popup(self._speaker_completer, found.name)

    def _typed_after_gap(self, text: str) -> bool:
        """A key right after a taken suggestion and its space: her habitual space is not
        doubled, and a comma or full stop takes the space's place. Whether the key is done."""
        at, self._gap_at = self._gap_at, -1
        cursor = self.textCursor()
        if (
            not text
            or cursor.hasSelection()
            or cursor.position() != at
            or self.document().revision() != self._gap_revision
            or self.isReadOnly()
        ):
            return False
        if text == " ":
            return True
        if (
            text in CLOSING_PUNCTUATION
            and cursor.block().text()[: cursor.positionInBlock()][-1:] == " "
        ):
            cursor.deletePreviousChar()
            self.setTextCursor(cursor)
        return False

    def _remember_gap(self) -> None:
        """The cursor stands after a space the editor put there: `_typed_after_gap`."""
        self._gap_at = self.textCursor().position()
        self._gap_revision = self.document().revision()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """The open completion list's keys (it has the keyboard in a real window) are the
        editor's: moving, taking and closing as `keyPressEvent` does; letters go on to it."""
        if (
            event.type() == QEvent.Type.KeyPress
            and self._popup_pairs
            and any(watched is popup for _, popup in self._popup_pairs)
        ):
            from PySide6.QtGui import QKeyEvent

            if isinstance(event, QKeyEvent) and event.key() in LIST_KEYS:
                self.keyPressEvent(event)
                return True
        return super().eventFilter(watched, event)

    def _apply_typography(self) -> None:
        """„…“, – and … as Word makes them: a step of its own, so one Ctrl+Z takes it back."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            return
        rule = typography.replacement(self._text_before_cursor(200))
        if rule is None:
            return
        cursor.beginEditBlock()
        cursor.movePosition(
            QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, rule.length
        )
        cursor.insertText(rule.text)
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def _leave_vote_block(self, cursor: QTextCursor) -> None:
        """Typing on a vote paragraph starts a new text paragraph next to it."""
        cursor.beginEditBlock()
        if cursor.positionInBlock() == 0:
            cursor.insertBlock()
            cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
            cursor.setBlockFormat(md.block_format("text"))
        else:
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            cursor.insertBlock(md.block_format("text"), md.char_format("text"))
        cursor.setBlockCharFormat(md.char_format("text"))
        cursor.endEditBlock()
        cursor.setCharFormat(md.char_format("text"))
        self.setTextCursor(cursor)
        self.setCurrentCharFormat(md.char_format("text"))

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        """Pasted text without tab characters (a row of a Word table, a cell from Excel): they
        would stand in the printed minutes; a tab and the spaces around it become one space."""
        text = source.text() if source.hasText() else ""
        if "\t" in text and not self.isReadOnly():
            self.insertPlainText(re.sub(r" *\t[ \t]*", " ", text))
            return
        super().insertFromMimeData(source)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        menu = self.createStandardContextMenu(event.pos())
        self.spelling.add_actions(menu, self.cursorForPosition(event.pos()).position())
        menu.exec(event.globalPos())
        menu.deleteLater()
        self._typing.revision = -1  # "Alles auswählen" moves the cursor, changing nothing

    # -- margin ----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        rect = self.contentsRect()
        self._margin.setGeometry(QRect(rect.left(), rect.top(), MARGIN_WIDTH, rect.height()))

    def paint_margin(self, margin: _Margin, event: QPaintEvent) -> None:
        """Rules between paragraphs, and a coloured bar with its letter beside motions (A),
        resolutions (B) and votes (∑). The letters need a coloured pen, which builds PySide's
        `Qt` namespace (qt_namespace.py): the first frame paints the bars, and the letters
        follow when the complete window shows the meeting again (test_first_frame.py)."""
        painter = QPainter(margin)
        letters = qt_namespace.is_built()
        if letters and not margin.checked:
            margin.follow_contrast()
        block = self.firstVisibleBlock()
        offset = self.contentOffset()
        bottom_limit = event.rect().bottom()
        while block.isValid():
            geometry = self.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > bottom_limit:
                break
            if block.next().isValid():  # where one paragraph ends: a short rule in the margin
                _fill(
                    painter,
                    QRectF(2, int(geometry.bottom()) - 1, 7, 1),
                    margin.brushes[RULE_COLOUR],
                )
            kind = md.block_kind(block)
            marker = MARKERS.get(kind)
            if block.isVisible() and marker and (kind != "vote" or md.OBJECT_CHAR in block.text()):
                letter, colour = marker
                top = int(geometry.top())
                _fill(
                    painter,
                    QRectF(MARGIN_WIDTH - 4, top + 1, 2, int(geometry.height()) - 3),
                    margin.ink if margin.contrast else margin.brushes[colour],
                )
                if letters:
                    painter.setPen(margin.ink.color() if margin.contrast else QColor(colour))
                    painter.drawText(
                        QRect(0, top, MARGIN_WIDTH - 6, self.fontMetrics().height() + 2),
                        MARKER_ALIGNMENT,
                        letter,
                    )
            block = block.next()
        painter.end()
