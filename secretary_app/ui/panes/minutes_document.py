"""An item's minutes as a QTextDocument: one block per paragraph, votes as inline objects.

The paragraph kind lives in the block format (so toggling it is undoable), the stored row id in
the block's user data (so it is neither undone nor copied), and a vote in the character format of
a single object character that is drawn as a compact box: it cannot be edited, only selected,
moved and deleted as a whole.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRect, QRectF, QSizeF
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPyTextObject,
    QTextBlock,
    QTextBlockFormat,
    QTextBlockUserData,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextDocumentLayout

from ...domain import vote_json
from ...domain.model import Paragraph, Vote
from ..qt_namespace import solid_brush

KIND_PROPERTY = int(QTextFormat.Property.UserProperty) + 1
SPEAKER_PROPERTY = int(QTextFormat.Property.UserProperty) + 2
VOTE_PROPERTY = int(QTextFormat.Property.UserProperty) + 3
VOTE_OBJECT = int(QTextFormat.ObjectTypes.UserObject) + 1
OBJECT_CHAR = "\ufffc"
# Qt's values by number for the first frame (qt_namespace.py; tests/gui/test_qt_numbers.py)
WORD_WRAP = 0x1000  # Qt.TextFlag.TextWordWrap
LEFT_CENTRED_WRAPPED = 0x0001 | 0x0080 | WORD_WRAP  # Qt.AlignmentFlag.AlignLeft | AlignVCenter
TRANSPARENT = QColor(0, 0, 0, 0)

BOLD_KINDS = ("motion", "resolution")
METHOD_LABELS = {"open": "offen", "roll-call": "namentlich", "secret": "geheim"}


class BlockData(QTextBlockUserData):
    """The stored id of the paragraph a block shows (None until first saved)."""

    def __init__(self, paragraph_id: int | None = None) -> None:
        super().__init__()
        self.id = paragraph_id


def vote_to_json(vote: Vote) -> str:
    """The vote as the block keeps it: the same JSON as stored (time and override too)."""
    return vote_json.vote_to_json(vote) or "{}"


def vote_from_json(text: str) -> Vote:
    vote = vote_json.vote_from_json(text)
    assert vote is not None
    return vote


def block_kind(block: QTextBlock) -> str:
    kind = block.blockFormat().property(KIND_PROPERTY)
    return kind if isinstance(kind, str) and kind else "text"


def block_vote(block: QTextBlock) -> Vote | None:
    """The vote shown in a block, if the block holds a vote object."""
    if OBJECT_CHAR not in block.text():
        return None
    it = block.begin()
    while not it.atEnd():
        fmt = it.fragment().charFormat()
        if fmt.objectType() == VOTE_OBJECT:
            raw = fmt.property(VOTE_PROPERTY)
            if isinstance(raw, str):
                return vote_from_json(raw)
        it += 1
    return None


def char_format(kind: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if kind in BOLD_KINDS else QFont.Weight.Normal)
    return fmt


def vote_char_format(vote: Vote) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setObjectType(VOTE_OBJECT)
    fmt.setProperty(VOTE_PROPERTY, vote_to_json(vote))
    return fmt


def block_format(kind: str, speaker: str | None = None) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setProperty(KIND_PROPERTY, kind)
    if speaker:
        fmt.setProperty(SPEAKER_PROPERTY, speaker)
    return fmt


def set_block_kind(cursor: QTextCursor, kind: str) -> None:
    """Give the cursor's block a kind, including its bold/normal text (one undo step)."""
    cursor.beginEditBlock()
    fmt = cursor.blockFormat()
    fmt.setProperty(KIND_PROPERTY, kind)
    cursor.setBlockFormat(fmt)
    whole = QTextCursor(cursor.block())
    whole.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    weight = char_format(kind)
    whole.mergeCharFormat(weight)
    cursor.mergeBlockCharFormat(weight)
    cursor.setCharFormat(char_format(kind))
    cursor.endEditBlock()


def new_document(parent: QObject | None = None) -> QTextDocument:
    doc = QTextDocument(parent)
    doc.setDocumentLayout(QPlainTextDocumentLayout(doc))
    doc.setDocumentMargin(8)
    return doc


def fill_document(doc: QTextDocument, paragraphs: list[Paragraph]) -> None:
    """Show `paragraphs` in `doc`, without undo history, marked as unmodified."""
    doc.setUndoRedoEnabled(False)
    doc.clear()
    cursor = QTextCursor(doc)
    # one change for the layout, not four per paragraph (format, text, data): each would lay the
    # paragraph out again (30 paragraphs: 0.3 instead of 2.8 ms; the editor lays them out once)
    cursor.beginEditBlock()
    for i, p in enumerate(paragraphs):
        if i:
            cursor.insertBlock()
        cursor.setBlockFormat(block_format(p.kind, p.speaker))
        if p.kind == "vote" and p.vote is not None:
            cursor.insertText(OBJECT_CHAR, vote_char_format(p.vote))
        else:
            cursor.setBlockCharFormat(char_format(p.kind))
            cursor.insertText(p.text, char_format(p.kind))
        cursor.block().setUserData(BlockData(p.id))
    if not paragraphs:
        cursor.setBlockFormat(block_format("text"))
    cursor.endEditBlock()
    doc.setUndoRedoEnabled(True)
    doc.setModified(False)


def snapshot(doc: QTextDocument) -> list[tuple[BlockData, Paragraph]]:
    """The document's paragraphs for saving, each with the block data that receives its id.

    Empty text paragraphs are left out (an empty line is not minutes); a block whose vote was
    deleted counts as text. A block id seen twice (a split block) is saved as a new paragraph.
    """
    out: list[tuple[BlockData, Paragraph]] = []
    seen: set[int] = set()
    block = doc.firstBlock()
    while block.isValid():
        data = block.userData()
        if not isinstance(data, BlockData):
            data = BlockData()
            block.setUserData(data)
        elif data.id is not None and data.id in seen:
            data = BlockData()
            block.setUserData(data)
        kind = block_kind(block)
        speaker = block.blockFormat().property(SPEAKER_PROPERTY)
        speaker = speaker if isinstance(speaker, str) and speaker else None
        vote = block_vote(block) if kind == "vote" else None
        text = block.text().replace(OBJECT_CHAR, "").strip() if vote is None else ""
        if vote is None and kind == "vote":
            kind = "text"
        if vote is not None or text:
            out.append(
                (data, Paragraph(kind=kind, text=text, speaker=speaker, vote=vote, id=data.id))
            )
            if data.id is not None:
                seen.add(data.id)
        block = block.next()
    return out


class VoteRenderer(QPyTextObject):
    """Draws a vote paragraph as one compact box: label, counts, method and result."""

    def __init__(
        self,
        parent: QObject,
        width: Callable[[], float],
        result: Callable[[Vote], str],
    ) -> None:
        super().__init__(parent)
        self._width = width
        self._result = result
        self._sizes: dict[tuple[str, float, str], QSizeF] = {}
        self._pictures: dict[tuple[str, int, int, str, float], QPixmap] = {}
        self._fill = solid_brush("#eef2f7")
        self._border = QPen(solid_brush("#8a9bb0"), 1.0)

    def forget_sizes(self) -> None:
        """The result wording changed (majority rule): sizes are measured again."""
        self._sizes.clear()
        self._pictures.clear()

    @staticmethod
    def describe(vote: Vote, result: str) -> str:
        label = f" {vote.label}" if vote.label else ""
        method = METHOD_LABELS.get(vote.method, vote.method)
        when = f" um {vote.time} Uhr" if vote.time else ""
        text = (
            f"Abstimmung{label} ({method}){when}: Zustimmung {vote.yes} · Ablehnung {vote.no} · "
            f"Stimmenthaltung {vote.abstain} – {result}"
        )
        if vote.override:  # recorded although it did not fit the room: say so, with why
            text += f" · trotz Abweichung eingetragen: {vote.override}"
        return text

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:  # noqa: N802
        # asked again whenever a block is laid out: answer from a cache, not from JSON
        width = max(120.0, self._width())
        raw = fmt.property(VOTE_PROPERTY)
        key = (raw if isinstance(raw, str) else "", width, doc.defaultFont().key())
        size = self._sizes.get(key)
        if size is None:
            metrics = QFontMetricsF(doc.defaultFont())
            height = metrics.height()
            if isinstance(raw, str):  # as many lines as the wrapped text needs (a long label)
                vote = vote_from_json(raw)
                height = metrics.boundingRect(
                    QRectF(0, 0, width - 16, 10_000),
                    WORD_WRAP,
                    self.describe(vote, self._result(vote)),
                ).height()
            size = QSizeF(width, max(height, metrics.height()) + 10)
            if len(self._sizes) > 500:
                self._sizes.clear()
            self._sizes[key] = size
        return size

    def drawObject(  # noqa: N802
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        pos: int,
        fmt: QTextFormat,
    ) -> None:
        raw = fmt.property(VOTE_PROPERTY)
        if not isinstance(raw, str):
            return
        area = QRectF(rect)
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        key = (raw, round(area.width()), round(area.height()), doc.defaultFont().key(), ratio)
        picture = self._pictures.get(key)
        if picture is None:  # drawn once per vote and size; a keystroke repaints from the cache
            if len(self._pictures) > 256:
                self._pictures.clear()
            picture = QPixmap(round(area.width() * ratio), round(area.height() * ratio))
            picture.setDevicePixelRatio(ratio)
            picture.fill(TRANSPARENT)
            canvas = QPainter(picture)
            canvas.setRenderHints(painter.renderHints())
            self._paint(canvas, QRectF(0, 0, area.width(), area.height()), doc, raw)
            canvas.end()
            self._pictures[key] = picture
        painter.drawPixmap(area.topLeft(), picture)

    def _paint(self, painter: QPainter, rect: QRectF, doc: QTextDocument, raw: str) -> None:
        """The box on a fresh picture, whose painter writes black: dark text on the light box
        whatever the palette. Painted with brushes and paths only, so that a vote in the first
        frame does not build PySide's `Qt` namespace (qt_namespace.py)."""
        vote = vote_from_json(raw)
        result = self._result(vote)
        painter.save()
        box = QPainterPath()
        box.addRoundedRect(QRectF(rect).adjusted(0.5, 1.5, -0.5, -1.5), 4, 4)
        painter.fillPath(box, self._fill)
        painter.strokePath(box, self._border)
        painter.setFont(doc.defaultFont())  # the size was measured with this font
        painter.drawText(
            box.boundingRect().adjusted(8, 0, -8, 0),
            LEFT_CENTRED_WRAPPED,
            self.describe(vote, result),
        )
        painter.restore()
