"""Text fields with a ceiling, enforced where text enters: typing, pasting and dropping.

Qt lays out a paragraph in time that grows with the square of its length: 3,000,000 pasted
characters freeze a QPlainTextEdit for seconds on every keystroke (minutes without spaces). A
bounded field takes at most `max_chars`: a paste or drop beyond it is cut to fit and says so
beside the cursor; what does enter is made writable (no lone surrogate).
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from app.safe_text import utf8_safe

#: pasted job text: the reader's own ceiling (app.reading.jobs.MAX_CHARS; a test holds them
#: equal), kept here so the start screen does not import the reader
JOB_TEXT_MAX_CHARS = 100_000


class BoundedPaste:
    """Mixin for QPlainTextEdit subclasses: `max_chars` caps what typing, paste and drop add."""

    max_chars = 20_000
    limit_note = ""  # the last "cut to fit" message shown (tests read it)

    def _room(self) -> int:
        edit: QPlainTextEdit = self  # type: ignore[assignment]
        cursor = edit.textCursor()
        used = edit.document().characterCount() - 1  # O(1); counts the final paragraph mark
        return max(0, self.max_chars - used + abs(cursor.selectionEnd() - cursor.selectionStart()))

    def _say(self, message: str) -> None:
        edit: QPlainTextEdit = self  # type: ignore[assignment]
        self.limit_note = message
        rect = edit.cursorRect()
        QToolTip.showText(edit.viewport().mapToGlobal(QPoint(rect.left(), rect.bottom())),
                          message, edit.viewport())

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt API)
        edit: QPlainTextEdit = self  # type: ignore[assignment]
        text = utf8_safe(source.text()) if source.hasText() else ""
        room = self._room()
        if len(text) > room:
            self._say(f"This field holds up to {self.max_chars:,} characters: the last "
                      f"{len(text) - room:,} characters pasted were left out.")
            text = text[:room]
        if text:
            edit.textCursor().insertText(text)
            edit.ensureCursorVisible()

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 (Qt API)
        return source.hasText()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.text() and event.text().isprintable() and self._room() < len(event.text()):
            self._say(f"This field holds up to {self.max_chars:,} characters.")
            event.accept()
            return
        super().keyPressEvent(event)  # type: ignore[misc]


class BoundedPlainTextEdit(BoundedPaste, QPlainTextEdit):
    """A QPlainTextEdit that takes at most `max_chars` characters."""

    def __init__(self, parent: QWidget | None = None, max_chars: int = BoundedPaste.max_chars) -> None:
        super().__init__(parent)
        self.max_chars = max_chars
