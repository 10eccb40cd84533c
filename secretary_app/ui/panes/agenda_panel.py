"""The agenda pane: items in order, public and non-public parts separated, current item marked."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import AgendaItem
from ..models.agenda_model import AgendaModel, AgendaRole, part_label

ModelIndex = QModelIndex | QPersistentModelIndex
HEADER_HEIGHT = 26
PAD = 6
OUTCOME_COLOURS = {
    "beschlossen": ("#dcefe0", "#1b5e2f"),
    "geändert beschlossen": ("#dcefe0", "#1b5e2f"),
    "abgelehnt": ("#f6dcdc", "#8a1f24"),
    "zur Kenntnis genommen": ("#e4e9f2", "#2f4466"),
}
NON_PUBLIC_TINT = QColor("#fbf3e4")


class AgendaDelegate(QStyledItemDelegate):
    """Two lines per item (number + title; paper + outcome badge), a band before each part."""

    def _line(self, option: QStyleOptionViewItem) -> int:
        return QFontMetrics(option.font).height()

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:  # noqa: N802
        height = 2 * self._line(option) + 3 * PAD
        if index.data(AgendaRole.SECTION_START):
            height += HEADER_HEIGHT
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        painter.save()
        rect = QRect(option.rect)
        palette = option.palette
        public = bool(index.data(AgendaRole.PUBLIC))
        if index.data(AgendaRole.SECTION_START):
            band = QRect(rect.left(), rect.top(), rect.width(), HEADER_HEIGHT)
            painter.fillRect(band, palette.color(QPalette.ColorRole.Window))
            font = QFont(option.font)
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 0.9)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                band.adjusted(PAD, 0, -PAD, 0),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                part_label(public).upper(),
            )
            painter.drawLine(band.bottomLeft(), band.bottomRight())
            rect.setTop(rect.top() + HEADER_HEIGHT)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        elif not public:
            painter.fillRect(rect, NON_PUBLIC_TINT)
        if index.data(AgendaRole.CURRENT):
            painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), QColor("#2d6cdf"))
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        line = self._line(option)
        number_width = QFontMetrics(option.font).horizontalAdvance("00.00a") + PAD
        top = QRect(rect.left() + PAD + 4, rect.top() + PAD, rect.width() - 2 * PAD - 4, line)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        painter.drawText(
            QRect(top.left(), top.top(), number_width, line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            str(index.data(AgendaRole.NUMBER) or ""),
        )
        title_rect = top.adjusted(number_width, 0, 0, 0)
        painter.setFont(option.font if not index.data(AgendaRole.CURRENT) else bold)
        title = QFontMetrics(painter.font()).elidedText(
            str(index.data(AgendaRole.TITLE) or ""), Qt.TextElideMode.ElideRight, title_rect.width()
        )
        painter.drawText(
            title_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title
        )
        second = QRect(top.left() + number_width, top.bottom() + PAD, title_rect.width(), line)
        painter.setFont(option.font)
        paper = str(index.data(AgendaRole.PAPER) or "")
        part = "" if public else "nichtöffentlich"
        if part and paper:
            part = f"  · {part}"
        metrics = QFontMetrics(option.font)
        part_width = metrics.horizontalAdvance(part)
        outcome = str(index.data(AgendaRole.OUTCOME) or "")
        # the badge never covers "nichtöffentlich": it shrinks (elided) before the part does
        badge_width = 0
        if outcome:
            badge_width = min(
                self._badge_width(option, outcome), max(0, second.width() - part_width - 6)
            )
        room = second.width() - (badge_width + 6 if badge_width else 0)
        text = metrics.elidedText(paper, Qt.TextElideMode.ElideRight, max(0, room - part_width))
        painter.setPen(
            text_colour if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        )
        painter.drawText(
            QRect(second.left(), second.top(), room, second.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            text + part,
        )
        if badge_width > 12:
            self._badge(painter, option, second, outcome, badge_width)
        painter.restore()

    @staticmethod
    def _badge_font(option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        return font

    @classmethod
    def _badge_width(cls, option: QStyleOptionViewItem, text: str) -> int:
        return QFontMetrics(cls._badge_font(option)).horizontalAdvance(text) + 12

    @classmethod
    def _badge(
        cls, painter: QPainter, option: QStyleOptionViewItem, row: QRect, text: str, width: int
    ) -> None:
        fill, ink = OUTCOME_COLOURS.get(text, ("#ececec", "#444444"))
        font = cls._badge_font(option)
        shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width - 12)
        badge = QRect(row.right() - width, row.top(), width, row.height())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(badge, 7, 7)
        painter.setFont(font)
        painter.setPen(QColor(ink))
        painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), shown)


class AgendaPanel(QWidget):
    """The agenda list with its tool buttons; selecting a row makes it the current item."""

    currentItemChanged = Signal(object)  # AgendaItem | None
    editRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AgendaModel(self)
        self.view = QListView(self)
        self.view.setObjectName("agendaView")
        self.view.setAccessibleName(self.tr("Tagesordnung"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(AgendaDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformItemSizes(False)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setMouseTracking(True)
        self._title = QLabel(self.tr("Tagesordnung"), self)
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        self._buttons = QHBoxLayout()
        self._buttons.setContentsMargins(0, 0, 0, 0)
        self._buttons.setSpacing(2)
        head = QHBoxLayout()
        head.addWidget(self._title)
        head.addStretch(1)
        head.addLayout(self._buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.view)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.view.doubleClicked.connect(lambda _index: self.editRequested.emit())

    def add_tool_actions(self, actions: Sequence[QAction]) -> None:
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            self._buttons.addWidget(button)

    def set_items(self, items: list[AgendaItem]) -> None:
        self.model.set_items(items)

    def current_item(self) -> AgendaItem | None:
        return self.model.item_at(self.view.currentIndex().row())

    def select_item(self, item_id: int | None) -> None:
        row = self.model.row_of(item_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.scrollTo(self.model.index(row, 0))

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, 0))

    def insert_item(self, row: int, item: AgendaItem) -> None:
        """A new item shown at `row` and selected."""
        self.model.insert_item(row, item)
        self.select_item(item.id)

    def remove_item(self, item_id: int) -> None:
        """The item's row is gone; the one after it (or the last) is selected."""
        row = self.model.row_of(item_id)
        self.model.remove_item(row)
        self.select_row(min(row, self.model.rowCount() - 1))

    def move_item(self, item_id: int | None, delta: int) -> bool:
        """The item one row up (-1) or down (1), still selected; False at either end."""
        row = self.model.row_of(item_id)
        if not self.model.move_item(row, row + delta):
            return False
        self.select_item(item_id)
        return True

    def step(self, delta: int) -> None:
        """Go to the next (+1) or previous (-1) item."""
        row = self.view.currentIndex().row()
        self.select_row(max(0, min(self.model.rowCount() - 1, row + delta)))

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.model.item_at(current.row())
        self.model.set_current(item.id if item else None)
        self.currentItemChanged.emit(item)
