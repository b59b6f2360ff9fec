"""The STAR stories as a Word document, so users can keep editing them outside the app.

Placeholders ("[Add: ...]") are bold runs with a yellow highlight: easy to find and replace.
"""

from __future__ import annotations

import io
import re
from typing import Any

from app.display import display_name
from app.export.render import split_placeholders
from app.export.view import Names
from app.models.knowledge import Knowledge
from app.models.report import Report

_XML_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
STAR = (("situation", "Situation"), ("task", "Task"), ("action", "Action"), ("result", "Result"))


def xml_safe(text: str) -> str:
    """Drop characters Word's XML cannot hold (control characters from odd PDFs)."""
    return _XML_BAD.sub("", text or "")


def _add_marked(paragraph: Any, text: str) -> None:
    from docx.enum.text import WD_COLOR_INDEX

    for seg, is_ph in split_placeholders(xml_safe(text)):
        run = paragraph.add_run(seg)
        if is_ph:
            run.bold = True
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW


class _Paragraphs:
    """`document.add_paragraph` / `add_heading` with each style's id looked up once.

    python-docx resolves a style name on every paragraph (two XPath scans of the styles
    part: the name, then the default style), two thirds of this export's time; the same id
    is then written to the paragraph, so the document is the same."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self.ids: dict[str, str | None] = {}

    def add(self, text: str = "", style: str | None = None) -> Any:
        paragraph = self.document.add_paragraph(text)
        if style is not None:
            if style not in self.ids:
                from docx.enum.style import WD_STYLE_TYPE

                self.ids[style] = self.document.part.get_style_id(style,
                                                                  WD_STYLE_TYPE.PARAGRAPH)
            paragraph._p.style = self.ids[style]  # what `paragraph.style = style` writes
        return paragraph

    def heading(self, text: str, level: int) -> Any:
        return self.add(text, "Title" if level == 0 else f"Heading {level}")


def render_stories_docx(report: Report, knowledge: Knowledge) -> bytes:
    """The stories as DOCX bytes: title, principles, S/T/A/R headings, probes."""
    import docx
    from docx.shared import Pt, RGBColor

    names = Names(report, knowledge)
    who = xml_safe(display_name(report.resume.name)) or "Candidate"
    role = xml_safe(" ".join(report.job.title.split())) or "the role"
    company = xml_safe(" ".join(report.job.company.split()))
    document = docx.Document()
    props = document.core_properties
    props.title = f"STAR stories: {who}"
    props.author = who
    props.comments = "Written by LoopReady from your resume; edit freely."
    style = document.styles["Normal"]
    style.font.size = Pt(11)

    add = _Paragraphs(document)
    add.heading(f"STAR stories: {who}", level=0)
    intro = add.add()
    intro.add_run(f"{role}{' · ' + company if company else ''}. ").bold = True
    intro.add_run("Drafted from your own resume bullets; nothing is invented. ")
    _add_marked(intro, "Text like [Add: the result you measured] is a placeholder: "
                       "replace it with what really happened.")
    if not report.stories:
        add.add("No stories could be drafted: add achievement bullets with "
                               "results to your resume and analyse again.")
    for n, story in enumerate(report.stories, start=1):
        add.heading(xml_safe(f"Story {n}: {story.title or 'Untitled'}"), level=1)
        if story.principles:
            p = add.add()
            p.add_run("Principles: ").bold = True
            p.add_run(xml_safe(", ".join(names.name(pid) for pid in story.principles)))
        for field, label in STAR:
            add.heading(label, level=2)
            _add_marked(add.add(), getattr(story, field))
        if story.probes:
            add.heading("Follow-ups to expect", level=2)
            for probe in story.probes:
                add.add(xml_safe(probe), style="List Bullet")
        bullets = {b.id: b.text for b in report.resume.bullets}
        sources = [bullets[b] for b in story.bullet_ids if b in bullets]
        if sources:
            p = add.add()
            run = p.add_run("From your resume: " + xml_safe(" · ".join(sources)))
            run.italic = True
            run.font.size = Pt(9)
            run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()
