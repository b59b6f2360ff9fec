"""A quiet notice above the resume pane: what the reader was unsure about.

The reader lists its doubts in plain words (`Resume.warnings`: no section heading found,
few bullets for the page count, columns it could not order...). Rather than let a misread
resume turn silently into an empty kit, the window shows the first doubt in one line, with
the others one click away, and the user can dismiss it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget


class ReadingNotice(QFrame):
    """One line of what to check, a 'more' toggle for the rest, and a close button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.views import icons as qta  # qtawesome's glyphs without its import cost

        self.setObjectName("Banner")  # the info banner's look (see app.qss)
        self.setProperty("kind", "info")
        self.setAccessibleName("Reading notice")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        icon = QLabel(self)
        icon.setPixmap(qta.icon("fa5s.info-circle").pixmap(16, 16))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.more = QToolButton(self)
        self.more.setAutoRaise(True)
        self.more.setCheckable(True)
        self.more.setAccessibleName("Show all reading notes")
        self.more.toggled.connect(self._render)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setAccessibleName("Dismiss reading notice")
        close.clicked.connect(self.hide)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.warnings: tuple[str, ...] = ()
        self.hide()

    def show_warnings(self, warnings: Sequence[str]) -> None:
        """Show the reader's doubts (hidden when there are none)."""
        self.warnings = tuple(w for w in warnings if w.strip())
        self.more.setChecked(False)
        self._render()
        self.setVisible(bool(self.warnings))

    def _render(self, *_args: object) -> None:
        extra = len(self.warnings) - 1
        self.more.setVisible(extra > 0)
        self.more.setText("Less" if self.more.isChecked() else f"{extra} more")
        shown = self.warnings if self.more.isChecked() else self.warnings[:1]
        self.text.setText("\n\n".join(shown))
        self.setAccessibleDescription(" ".join(self.warnings))
        self.setToolTip("\n\n".join(self.warnings) if extra > 0 else "")
