"""The stories as DOCX reopen in python-docx with headings, principles and marked placeholders."""

from __future__ import annotations

import dataclasses

import docx
from docx.enum.text import WD_COLOR_INDEX
from export_helpers import KNOWLEDGE
from report_factory import TRICKY, make_report

from app.export import write_stories_docx
from app.models.session import SCHEMA_VERSION, Session


def _open(report, tmp_path):
    out = tmp_path / "stories.docx"
    write_stories_docx(report, KNOWLEDGE, out)
    return docx.Document(str(out))


def test_stories_reopen_with_star_headings(tmp_path) -> None:
    report = make_report()
    document = _open(report, tmp_path)
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    for n, story in enumerate(report.stories, start=1):
        assert f"Story {n}: {story.title}" in headings
    for label in ("Situation", "Task", "Action", "Result", "Follow-ups to expect"):
        assert headings.count(label) == 8
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Principles: Customer Obsession, Hire and Develop the Best" in text
    assert report.stories[0].probes[0] in text
    assert TRICKY in text  # user text stays literal
    assert document.core_properties.title == "STAR stories: Jordan <Q> Rivera & Sons"


def test_placeholders_are_highlighted_runs(tmp_path) -> None:
    document = _open(make_report(), tmp_path)
    marked = [r.text for p in document.paragraphs for r in p.runs
              if r.font.highlight_color == WD_COLOR_INDEX.YELLOW]
    assert "[Add: the deadline or constraint you faced]" in marked
    assert all(m.startswith("[Add: ") for m in marked)
    plain = [r.text for p in document.paragraphs for r in p.runs
             if r.font.highlight_color is None and "[Add: " in r.text]
    assert plain == []


def test_edits_and_control_characters(tmp_path) -> None:
    session = Session(SCHEMA_VERSION, make_report())
    session = session.with_story_edit("s1", "action", "I rewrote the \x0bservice & cut costs\x00")
    report = session.effective_report()
    report = dataclasses.replace(report, stories=report.stories[:1])
    text = "\n".join(p.text for p in _open(report, tmp_path).paragraphs)
    assert "I rewrote the service & cut costs" in text


def test_no_stories_still_writes_a_document(tmp_path) -> None:
    report = dataclasses.replace(make_report(), stories=())
    text = "\n".join(p.text for p in _open(report, tmp_path).paragraphs)
    assert "No stories could be drafted" in text


def _with_python_docx(report, knowledge) -> bytes:
    """The stories document as python-docx's own calls build it (the export before its
    paragraphs were written as one XML text): the reference for the same parts."""
    import io

    from docx.shared import Pt, RGBColor

    from app.display import display_name
    from app.export.docx import STAR, xml_safe
    from app.export.render import split_placeholders
    from app.export.view import Names

    def marked(paragraph, text):
        for seg, is_ph in split_placeholders(xml_safe(text)):
            run = paragraph.add_run(seg)
            if is_ph:
                run.bold = True
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW

    names = Names(report, knowledge)
    who = xml_safe(display_name(report.resume.name)) or "Candidate"
    role = xml_safe(" ".join(report.job.title.split())) or "the role"
    company = xml_safe(" ".join(report.job.company.split()))
    document = docx.Document()
    props = document.core_properties
    props.title = f"STAR stories: {who}"
    props.author = who
    props.comments = "Written by LoopReady from your resume; edit freely."
    document.styles["Normal"].font.size = Pt(11)
    document.add_heading(f"STAR stories: {who}", level=0)
    intro = document.add_paragraph()
    intro.add_run(f"{role}{' · ' + company if company else ''}. ").bold = True
    intro.add_run("Drafted from your own resume bullets; nothing is invented. ")
    marked(intro, "Text like [Add: the result you measured] is a placeholder: "
                  "replace it with what really happened.")
    if not report.stories:
        document.add_paragraph("No stories could be drafted: add achievement bullets with "
                               "results to your resume and analyse again.")
    for n, story in enumerate(report.stories, start=1):
        document.add_heading(xml_safe(f"Story {n}: {story.title or 'Untitled'}"), level=1)
        if story.principles:
            p = document.add_paragraph()
            p.add_run("Principles: ").bold = True
            p.add_run(xml_safe(", ".join(names.name(pid) for pid in story.principles)))
        for field, label in STAR:
            document.add_heading(label, level=2)
            marked(document.add_paragraph(), getattr(story, field))
        if story.probes:
            document.add_heading("Follow-ups to expect", level=2)
            for probe in story.probes:
                document.add_paragraph(xml_safe(probe), style="List Bullet")
        bullets = {b.id: b.text for b in report.resume.bullets}
        sources = [bullets[b] for b in story.bullet_ids if b in bullets]
        if sources:
            run = document.add_paragraph().add_run("From your resume: " + xml_safe(" · ".join(sources)))
            run.italic = True
            run.font.size = Pt(9)
            run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _parts(data: bytes) -> dict[str, bytes]:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {info.filename: z.read(info) for info in z.infolist()}


def test_the_same_parts_as_python_docx_builds(tmp_path) -> None:
    """Every part the same bytes as python-docx's own calls make, for texts with tabs, line
    breaks, edge spaces, markup characters, placeholders and empty fields."""
    from app.export import render_stories_docx

    report = make_report()
    odd = ["\ttabbed\tthen\r\nbroken\nlines ", " edge spaces ", "a\u00a0b\u00a0", "<b>&amp;\"'</b>",
           "", "[Add: a gap] and [add what was at stake] \t", "\n", "plain"]
    stories = [dataclasses.replace(story, situation=odd[i % len(odd)],
                                   task=odd[(i + 1) % len(odd)], result=odd[(i + 3) % len(odd)],
                                   probes=tuple(odd[:3]) if i % 2 else story.probes)
               for i, story in enumerate(report.stories)]
    for variant in (report, dataclasses.replace(report, stories=stories),
                    dataclasses.replace(report, stories=[])):
        assert _parts(render_stories_docx(variant, KNOWLEDGE)) == \
            _parts(_with_python_docx(variant, KNOWLEDGE))
