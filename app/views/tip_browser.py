"""A read-only rich-text view with hover tooltips per block: the resume's text view and the
posting's view are built on it. On its own so that the window's first screen loads it
without the resume view (imported once the window is shown)."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QPoint, QPointF
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget


class TipTextBrowser(QTextBrowser):
    """A read-only rich-text view whose blocks can carry hover tooltips and keys."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setReadOnly(True)
        self.block_tips: dict[int, str] = {}
        self.block_keys: dict[int, str] = {}
        self.viewport().setMouseTracking(True)

    def new_document(self) -> QTextDocument:
        """An empty document for this view (set it with `setDocument` once written); the
        block tips and keys of the old one are forgotten."""
        doc = QTextDocument(self)
        doc.setDocumentMargin(14)
        self.block_tips.clear()
        self.block_keys.clear()
        return doc

    def key_at(self, pos: QPoint) -> str:
        return self.block_keys.get(self.cursorForPosition(pos).block().blockNumber(), "")

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.ToolTip:
            event = cast(QHelpEvent, event)
            block = self.cursorForPosition(event.pos()).block()
            tip = self.block_tips.get(block.blockNumber(), "")
            rect = self.document().documentLayout().blockBoundingRect(block)
            inside = rect.translated(0, -self.verticalScrollBar().value()).contains(QPointF(event.pos()))
            if tip and inside:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def scroll_to_block(self, number: int) -> None:
        block = self.document().findBlockByNumber(number)
        if not block.isValid():
            return
        top = self.document().documentLayout().blockBoundingRect(block).top()
        self.verticalScrollBar().setValue(max(0, int(top) - 24))
