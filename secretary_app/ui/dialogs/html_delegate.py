"""An item delegate that paints a cell's text as a little HTML (bold or marked words)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem


class HtmlDelegate(QStyledItemDelegate):
    """Rows whose text is a little HTML (the bold matches of a snippet); with `wrap`, the text
    wraps at the cell's width."""

    def __init__(self, parent: QObject | None = None, *, wrap: bool = False) -> None:
        super().__init__(parent)
        self.wrap = wrap

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = QTextDocument()
        doc.setDocumentMargin(2)
        doc.setHtml(opt.text)
        if self.wrap:
            doc.setTextWidth(opt.rect.width() - 4)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        rect = opt.rect
        painter.translate(rect.left() + 4, rect.top())
        painter.setClipRect(0, 0, rect.width() - 4, rect.height())
        ctx = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            ctx.palette.setColor(
                ctx.palette.ColorRole.Text,
                opt.palette.color(opt.palette.ColorRole.HighlightedText),
            )
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 8))
