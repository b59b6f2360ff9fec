"""The stories as DOCX reopen in python-docx with headings, principles and marked placeholders."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_COLOR_INDEX
from export_helpers import KNOWLEDGE
from report_factory import TRICKY, make_report

from app.export import write_stories_docx
from app.models.session import SCHEMA_VERSION, Session

ROOT = Path(__file__).resolve().parents[2]


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


@pytest.fixture(params=["kept parts", "python-docx"])
def parts_path(request, monkeypatch, tmp_path):  # noqa: ANN001, ANN201
    """Both ways the export writes the document: from the parts kept between runs (built
    here afresh, in a folder of the test's own) and, without them, through python-docx."""
    from app.export import docx_parts

    docx_parts.skeleton.cache_clear()
    if request.param == "python-docx":
        monkeypatch.setenv("LOOPREADY_DOCX_CACHE", "0")
    else:
        monkeypatch.setattr(docx_parts, "CACHE_PATH", tmp_path / "kept" / "stories-docx.bin")
    yield request.param
    docx_parts.skeleton.cache_clear()


def test_the_same_parts_as_python_docx_builds(parts_path: str) -> None:
    """Every part the same bytes as python-docx's own calls make, for texts with tabs, line
    breaks, edge spaces, markup characters, non-ASCII text, placeholders and empty fields,
    both from the kept parts (built, then read back) and through python-docx."""
    from app.export import docx_parts, render_stories_docx

    if parts_path == "kept parts":
        assert docx_parts.skeleton() is not None and docx_parts.CACHE_PATH.is_file()
        docx_parts.skeleton.cache_clear()  # read back from the file below

    report = make_report()
    odd = ["\ttabbed\tthen\r\nbroken\nlines ", " edge spaces ", "a\u00a0b\u00a0", "<b>&amp;\"'</b>",
           "", "[Add: a gap] and [add what was at stake] \t", "\n", "plain",
           "Zoë · 東京 → “quoted” ]]> &#x41;"]
    stories = [dataclasses.replace(story, situation=odd[i % len(odd)],
                                   task=odd[(i + 1) % len(odd)], result=odd[(i + 3) % len(odd)],
                                   probes=tuple(odd[:3]) if i % 2 else story.probes)
               for i, story in enumerate(report.stories)]
    for variant in (report, dataclasses.replace(report, stories=stories),
                    dataclasses.replace(report, stories=[])):
        assert _parts(render_stories_docx(variant, KNOWLEDGE)) == \
            _parts(_with_python_docx(variant, KNOWLEDGE))



def test_kept_parts_are_rebuilt_when_damaged_and_python_docx_is_not_imported(tmp_path) -> None:
    """A damaged or foreign file of kept parts is built again (never used); with good ones,
    a process writes the stories without importing python-docx."""
    import subprocess
    import sys

    from app.export import docx_parts

    path = tmp_path / "stories-docx.bin"
    code = f"""
import sys
from app.export import docx_parts
docx_parts.CACHE_PATH = __import__("pathlib").Path({str(path)!r})
sys.path.insert(0, "tests/export")
from report_factory import make_report
from app.knowledge import load_knowledge
from app.export import render_stories_docx
data = render_stories_docx(make_report(), load_knowledge())
print("docx" in sys.modules, len(data) > 1000)
"""
    env = {**__import__("os").environ, "PYTHONPATH": str(ROOT)}
    run = [sys.executable, "-c", code]
    first = subprocess.run(run, env=env, cwd=ROOT, capture_output=True, text=True, check=True)
    assert first.stdout.split() == ["True", "True"]  # built with python-docx, and kept
    good = path.read_bytes()
    for damaged in (good[:-1] + bytes([good[-1] ^ 1]), good[: len(good) // 2], b"not kept"):
        path.write_bytes(damaged)
        again = subprocess.run(run, env=env, cwd=ROOT, capture_output=True, text=True,
                               check=True)
        assert again.stdout.split() == ["True", "True"] and path.read_bytes() == good
    kept = subprocess.run(run, env=env, cwd=ROOT, capture_output=True, text=True, check=True)
    assert kept.stdout.split() == ["False", "True"]
    assert docx_parts._read(path, "another key") is None


def test_a_title_too_long_is_refused_as_python_docx_refuses_it(parts_path: str) -> None:
    """python-docx refuses a core property over 255 characters; so does the export from the
    kept parts, with the same error."""
    from app.export import render_stories_docx

    report = make_report()
    long_name = dataclasses.replace(report, resume=dataclasses.replace(
        report.resume, name="Jordan " + "Q" * 300))
    with pytest.raises(ValueError, match="exceeded 255 char limit") as got:
        render_stories_docx(long_name, KNOWLEDGE)
    with pytest.raises(ValueError) as expected:
        _with_python_docx(long_name, KNOWLEDGE)
    assert str(got.value) == str(expected.value)
