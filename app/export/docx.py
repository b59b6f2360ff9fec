"""The STAR stories as a Word document, so users can keep editing them outside the app.

Placeholders ("[Add: ...]") are bold runs with a yellow highlight: easy to find and replace.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from typing import Any

from app.display import display_name, employer
from app.export.render import split_placeholders
from app.export.view import Names
from app.models.knowledge import Knowledge
from app.models.report import Report

_XML_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
STAR = (("situation", "Situation"), ("task", "Task"), ("action", "Action"), ("result", "Result"))


def xml_safe(text: str) -> str:
    """Drop characters Word's XML cannot hold (control characters from odd PDFs)."""
    return _XML_BAD.sub("", text or "")


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# a run's properties as python-docx writes them, in the schema's order
_BOLD = "<w:b/>"
_PLACEHOLDER = '<w:b/><w:highlight w:val="yellow"/>'
_SOURCE = '<w:i/><w:color w:val="555555"/><w:sz w:val="18"/>'  # italic, #555555, 9 pt


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _run(text: str, props: str = "") -> str:
    """`<w:r>` as python-docx's `add_run(text)` (then bold, italic...) writes it: a tab is a
    `<w:tab/>`, a line or carriage return a `<w:br/>`, each other stretch a `<w:t>` kept
    whole (`xml:space="preserve"`) when it starts or ends with white space."""
    out = ["<w:r>", f"<w:rPr>{props}</w:rPr>" if props else ""]
    for piece in _BREAKS.split(text):
        if piece == "\t":
            out.append("<w:tab/>")
        elif piece in ("\r", "\n"):
            out.append("<w:br/>")
        elif piece:
            space = ' xml:space="preserve"' if len(piece.strip()) < len(piece) else ""
            out.append(f"<w:t{space}>{_xml_text(piece)}</w:t>")
    out.append("</w:r>")
    return "".join(out)


_BREAKS = re.compile(r"([\t\r\n])")


def _marked(text: str) -> list[str]:
    """The runs of a text with placeholders: each placeholder bold on a yellow highlight."""
    return [_run(seg, _PLACEHOLDER if is_ph else "")
            for seg, is_ph in split_placeholders(xml_safe(text))]


class _Body:
    """The document's paragraphs as python-docx's `add_paragraph`, `add_run`, `bold`...
    write them, made as one XML text and parsed once: python-docx builds each element in
    Python (every run property placed by scanning for ~40 possible successors), most of this
    export's time. `style_id` gives a paragraph style's id as python-docx looks it up (None:
    the default paragraph style, which a paragraph does not name)."""

    def __init__(self, style_id: Callable[[str], str | None]) -> None:
        self.style_id = style_id
        self.parts: list[str] = []

    def add(self, runs: list[str] | None = None, style: str | None = None) -> None:
        head = ""
        if style is not None:
            sid = self.style_id(style)
            if sid is not None:
                head = f'<w:pPr><w:pStyle w:val="{_xml_text(sid)}"/></w:pPr>'
        body = "".join(runs or ())
        self.parts.append(f"<w:p>{head}{body}</w:p>" if head or body else "<w:p/>")

    def text(self, text: str, style: str | None = None) -> None:
        """`add_paragraph(text, style)`: one run holding the text (none for "")."""
        self.add([_run(text)] if text else [], style)

    def heading(self, text: str, level: int) -> None:
        self.text(text, "Title" if level == 0 else f"Heading {level}")

    def fragment(self) -> str:
        """The paragraphs inside a `<w:body>` declaring the `w` namespace."""
        return f'<w:body xmlns:w="{_W}">{"".join(self.parts)}</w:body>'


def _insert(body: Any, fragment: Any) -> None:
    """The fragment's paragraphs into a document's `<w:body>`, before its section
    properties (where python-docx's add_paragraph puts each)."""
    end = body.find(f"{{{_W}}}sectPr")
    for paragraph in list(fragment):
        if end is not None:
            end.addprevious(paragraph)
        else:
            body.append(paragraph)


def render_stories_docx(report: Report, knowledge: Knowledge) -> bytes:
    """The stories as DOCX bytes: title, principles, S/T/A/R headings, probes.

    Written from the parts python-docx writes for its template (`app.export.docx_parts`:
    kept between runs, no python-docx import), or by python-docx itself when those are not
    at hand: the same parts either way."""
    from app.export import docx_parts

    names = Names(report, knowledge)
    who = xml_safe(display_name(report.resume.name)) or "Candidate"
    role = xml_safe(" ".join(report.job.title.split())) or "the role"
    company = xml_safe(employer(report))
    core = (f"STAR stories: {who}", who, "Written by LoopReady from your resume; edit freely.")
    skeleton = docx_parts.skeleton()
    document = None
    if skeleton is None:
        document = docx_parts.template()
        props = document.core_properties
        props.title, props.author, props.comments = core
        style_id: Callable[[str], str | None] = docx_parts.StyleIds(document)
    else:
        docx_parts.check_core(core)  # what python-docx refuses (a title over 255 characters)
        style_id = skeleton.style_id

    add = _Body(style_id)
    add.heading(f"STAR stories: {who}", level=0)
    add.add([_run(f"{role}{' · ' + company if company else ''}. ", _BOLD),
             _run("Drafted from your own resume bullets; nothing is invented. "),
             *_marked("Text like [Add: the result you measured] is a placeholder: "
                      "replace it with what really happened.")])
    if not report.stories:
        add.text("No stories could be drafted: add achievement bullets with "
                 "results to your resume and analyse again.")
    bullets = {b.id: b.text for b in report.resume.bullets}
    for n, story in enumerate(report.stories, start=1):
        add.heading(xml_safe(f"Story {n}: {story.title or 'Untitled'}"), level=1)
        if story.principles:
            add.add([_run("Principles: ", _BOLD),
                     _run(xml_safe(", ".join(names.name(pid) for pid in story.principles)))])
        for field, label in STAR:
            add.heading(label, level=2)
            add.add(_marked(getattr(story, field)))
        if story.probes:
            add.heading("Follow-ups to expect", level=2)
            for probe in story.probes:
                add.text(xml_safe(probe), style="List Bullet")
        sources = [bullets[b] for b in story.bullet_ids if b in bullets]
        if sources:
            add.add([_run("From your resume: " + xml_safe(" · ".join(sources)), _SOURCE)])
    if skeleton is not None:
        return skeleton.write(core, add.fragment() if add.parts else None, _insert)
    assert document is not None
    if add.parts:
        from docx.oxml.parser import parse_xml

        _insert(document.element.body, parse_xml(add.fragment()))
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()
