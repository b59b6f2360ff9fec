"""The job description with each requirement marked met (and by which bullet) or not met.

Requirements are grouped by kind (what you'd do, basic, preferred); the posting's full text
follows. Met/unmet is shown by a glyph and a word, never by colour alone.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QMouseEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.models.report import Report, RequirementMatch
from app.views.resume_view import TipTextBrowser

GROUPS = (
    ("responsibility", "What you would do"),
    ("basic", "Basic qualifications"),
    ("preferred", "Preferred qualifications"),
)


class _JobBrowser(TipTextBrowser):
    requirement_clicked = Signal(str)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        key = self.key_at(event.position().toPoint())
        if key and not self.textCursor().hasSelection():
            self.requirement_clicked.emit(key)


class JobView(QWidget):
    """The posting pane of Resume & JD. Clicking a met requirement lights its bullets."""

    requirement_clicked = Signal(str, tuple)  # requirement id, bullet ids that meet it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Job description")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        head = QHBoxLayout()
        head.setContentsMargins(8, 6, 8, 0)
        self.title = QLabel("The job", self)
        self.title.setObjectName("PaneTitle")
        self.title.setWordWrap(True)
        self.title.setMinimumWidth(120)
        self.summary = QLabel(self)
        self.summary.setObjectName("MutedLabel")
        head.addWidget(self.title, 1)
        head.addWidget(self.summary, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        self.browser = _JobBrowser(self)
        self.browser.setAccessibleName("Job requirements")
        self.browser.requirement_clicked.connect(self._clicked)
        layout.addWidget(self.browser, 1)
        self._matches: dict[str, RequirementMatch] = {}
        self._blocks: dict[str, int] = {}

    def set_content(self, report: Report, good: str = "#1a7f37", bad: str = "#c62828",
                    muted: str = "#5b6677") -> None:
        job = report.job
        self._matches = {m.requirement_id: m for m in report.requirement_matches}
        bullets = {b.id: b.text for b in report.resume.bullets}
        met = sum(1 for r in job.requirements if self._matches.get(r.id) and self._matches[r.id].met)
        total = len(job.requirements)
        self.title.setText(" · ".join(x for x in (job.title, job.company) if x) or "The job")
        self.summary.setText(f"{met} of {total} requirements met" if total else "No requirements found")
        self.summary.setAccessibleName(self.summary.text())

        doc = self.browser.new_document()
        cursor = QTextCursor(doc)
        self._blocks.clear()
        first = [True]

        def block(text: str, *, bold: bool = False, size: float = 0, colour: str = "",
                  top: float = 0, indent: int = 0) -> int:
            bf = QTextBlockFormat()
            bf.setTopMargin(top)
            bf.setBottomMargin(3)
            bf.setIndent(indent)
            cf = QTextCharFormat()
            if bold:
                cf.setFontWeight(QFont.Weight.Bold)
            if size:
                cf.setFontPointSize(size)
            if colour:
                cf.setForeground(QColor(colour))
            if first[0]:
                cursor.setBlockFormat(bf)
                cursor.setBlockCharFormat(cf)
                first[0] = False
            else:
                cursor.insertBlock(bf, cf)
            if text:
                cursor.insertText(text, cf)
            return cursor.block().blockNumber()

        kinds = {k for k, _ in GROUPS}
        groups = list(GROUPS) + [("other", "Other requirements")]
        for kind, label in groups:
            reqs = [r for r in job.requirements if (r.kind == kind if kind != "other" else r.kind not in kinds)]
            if not reqs:
                continue
            n_met = sum(1 for r in reqs if self._matches.get(r.id) and self._matches[r.id].met)
            block(f"{label}  ({n_met}/{len(reqs)} met)", bold=True, size=11.5, top=8)
            for r in reqs:
                m = self._matches.get(r.id)
                ok = bool(m and m.met)
                bf = QTextBlockFormat()
                bf.setBottomMargin(4)
                bf.setLeftMargin(4)
                mark = QTextCharFormat()
                mark.setFontWeight(QFont.Weight.Bold)
                mark.setForeground(QColor(good if ok else bad))
                cursor.insertBlock(bf, QTextCharFormat())
                cursor.insertText("✓ Met  " if ok else "✗ Not met  ", mark)
                cursor.insertText(r.text, QTextCharFormat())
                number = cursor.block().blockNumber()
                self.browser.block_keys[number] = r.id
                self.browser.block_tips[number] = _tip(ok, m, bullets)
                self._blocks[r.id] = number
        if job.text.strip():
            block("Full posting", bold=True, size=11.5, top=14)
            for line in job.text.splitlines():
                if line.strip():
                    block(line.strip(), colour=muted)
        self.browser.setDocument(doc)

    def requirement_ids(self) -> list[str]:
        return list(self._blocks)

    def tooltip_for(self, rid: str) -> str:
        number = self._blocks.get(rid)
        return self.browser.block_tips.get(number, "") if number is not None else ""

    def scroll_to(self, rid: str) -> None:
        if rid in self._blocks:
            self.browser.scroll_to_block(self._blocks[rid])

    def _clicked(self, rid: str) -> None:
        m = self._matches.get(rid)
        self.requirement_clicked.emit(rid, tuple(m.bullet_ids) if m else ())

    def block_at(self, pos: QPoint) -> str:
        return self.browser.key_at(pos)


def _tip(ok: bool, m: RequirementMatch | None, bullets: dict[str, str]) -> str:
    parts: list[str] = []
    if ok and m is not None:
        shown = [bullets[b] for b in m.bullet_ids if b in bullets][:2]
        if shown:
            parts.append("<b>Met by your bullet:</b>")
            parts += [f"• {html.escape(t)}" for t in shown]
        if m.skills:
            parts.append("<b>Skills:</b> " + html.escape(", ".join(m.skills)))
    else:
        parts.append("<b>Not met by anything in your resume.</b>")
        if m is not None and m.missing_skills:
            parts.append("<b>Missing:</b> " + html.escape(", ".join(m.missing_skills)))
    if m is not None and m.reason:
        parts.append(f"<i>{html.escape(m.reason)}</i>")
    if ok:
        parts.append("Click to light the bullet in your resume.")
    return "<div style='max-width:420px'>" + "<br>".join(parts) + "</div>"
