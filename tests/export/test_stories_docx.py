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
