"""The job description with each requirement marked met, partly met, not met or "confirm
yourself", and under it the resume line that decides it.

Requirements are grouped by kind (what you'd do, basic, preferred); the posting's full text
follows. A verdict is shown by a glyph and a word, never by colour alone.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QMouseEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.views.tip_browser import TipTextBrowser

if TYPE_CHECKING:  # the models load with the first result, not with the window
    from app.models.report import Report, RequirementMatch

# verdict -> (mark, words): the glyph and the word carry it, the colour only repeats it
MARKS = {"met": ("\u2713", "Met"), "partly": ("\u25d0", "Partly"),
         "not-met": ("\u2717", "Not met"), "confirm": ("?", "Confirm yourself")}

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
        head = QVBoxLayout()
        head.setContentsMargins(8, 6, 8, 0)
        head.setSpacing(1)
        self.title = QLabel("The job", self)
        self.title.setObjectName("PaneTitle")
        self.title.setWordWrap(True)
        self.title.setMinimumWidth(120)
        self.summary = QLabel(self)  # the tally under the title: the title keeps the width
        self.summary.setObjectName("MutedLabel")
        self.summary.setWordWrap(True)
        head.addWidget(self.title)
        head.addWidget(self.summary)
        layout.addLayout(head)
        self.browser = _JobBrowser(self)
        self.browser.setAccessibleName("Job requirements")
        self.browser.requirement_clicked.connect(self._clicked)
        layout.addWidget(self.browser, 1)
        self._matches: dict[str, RequirementMatch] = {}
        self._blocks: dict[str, int] = {}

    def set_content(self, report: Report, good: str = "#1a7f37", bad: str = "#c62828",
                    muted: str = "#5b6677", warn: str = "#9a6700", confirm: str = "#1f6feb"
                    ) -> None:
        job = report.job
        self._matches = {m.requirement_id: m for m in report.requirement_matches}
        bullets = {b.id: b.text for b in report.resume.bullets}
        colours = {"met": good, "partly": warn, "not-met": bad, "confirm": confirm}
        total = len(job.requirements)
        self.title.setText(" · ".join(x for x in (job.title, job.company) if x) or "The job")
        counts = {v: sum(1 for r in job.requirements if self.verdict(r.id) == v) for v in MARKS}
        said = [f"{counts['met']} met"] + [f"{counts[v]} {MARKS[v][1].lower()}"
                                           for v in ("partly", "not-met") if counts[v]]
        if counts["confirm"]:
            said.append(f"{counts['confirm']} to confirm")
        self.summary.setText(f"{' · '.join(said)} of {total}" if total
                             else "No requirements found")
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
            n_met = sum(1 for r in reqs if self.verdict(r.id) == "met")
            block(f"{label}  ({n_met}/{len(reqs)} met)", bold=True, size=11.5, top=8)
            for r in reqs:
                m = self._matches.get(r.id)
                verdict = self.verdict(r.id)
                glyph, words = MARKS[verdict]
                bf = QTextBlockFormat()
                bf.setTopMargin(3)
                bf.setBottomMargin(1)
                bf.setLeftMargin(4)
                mark = QTextCharFormat()
                mark.setFontWeight(QFont.Weight.Bold)
                mark.setForeground(QColor(colours[verdict]))
                cursor.insertBlock(bf, QTextCharFormat())
                cursor.insertText(f"{glyph} {words}  ", mark)
                cursor.insertText(r.text, QTextCharFormat())
                number = cursor.block().blockNumber()
                self.browser.block_keys[number] = r.id
                self.browser.block_tips[number] = _tip(verdict, m, bullets)
                self._blocks[r.id] = number
                line = deciding_line(m)
                if line:
                    lf = QTextBlockFormat()
                    lf.setLeftMargin(22)
                    lf.setBottomMargin(3)
                    cf = QTextCharFormat()
                    cf.setForeground(QColor(muted))
                    cursor.insertBlock(lf, cf)
                    cursor.insertText(line, cf)
                    self.browser.block_keys[cursor.block().blockNumber()] = r.id
                    self.browser.block_tips[cursor.block().blockNumber()] = _tip(verdict, m,
                                                                                 bullets)
        if job.text.strip():
            block("Full posting", bold=True, size=11.5, top=14)
            for line in job.text.splitlines():
                if line.strip():
                    block(line.strip(), colour=muted)
        self.browser.setDocument(doc)

    def verdict(self, rid: str) -> str:
        """The requirement's verdict: met, partly, not-met or confirm."""
        m = self._matches.get(rid)
        if m is None:
            return "not-met"
        return m.verdict if m.verdict in MARKS else ("met" if m.met else "not-met")

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


def deciding_line(m: RequirementMatch | None) -> str:
    """The line under a requirement: the resume line that decides it, quoted, or (when no
    line does) why, in one sentence."""
    if m is None:
        return "\u21b3 Nothing on your resume shows it."
    if m.evidence:
        return f"\u21b3 \u201c{' '.join(m.evidence.split())}\u201d"
    return f"\u21b3 {m.reason}" if m.reason else ""


def _tip(verdict: str, m: RequirementMatch | None, bullets: dict[str, str]) -> str:
    parts: list[str] = [f"<b>{MARKS[verdict][1]}.</b>"]
    if m is not None and m.reason:
        parts.append(html.escape(m.reason))
    if m is not None and m.bullet_ids:
        shown = [bullets[b] for b in m.bullet_ids if b in bullets][:2]
        if shown:
            parts.append("<b>From your resume:</b>")
            parts += [f"• {html.escape(t)}" for t in shown]
    if m is not None and m.missing_skills:
        parts.append("<b>Missing:</b> " + html.escape(", ".join(m.missing_skills)))
    if verdict == "confirm":
        parts.append("A resume cannot show this: check it yourself before you apply.")
    if m is not None and m.score_detail:
        parts.append(f"<span style='color:gray'>How this is scored: "
                     f"{html.escape(m.score_detail)}</span>")
    if m is not None and m.bullet_ids:
        parts.append("Click to light the line in your resume.")
    return "<div style='max-width:420px'>" + "<br>".join(parts) + "</div>"
