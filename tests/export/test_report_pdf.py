"""The full PDF report, read back with PyMuPDF."""

from __future__ import annotations

import re

import pytest
from export_helpers import (
    KNOWLEDGE,
    PAPERS,
    all_text,
    assert_page_size,
    assert_text_inside,
    flat,
    open_pdf,
    page_text,
    unembedded_fonts,
)
from report_factory import TRICKY, make_minimal_report, make_report

from app.export import render_report_pdf, write_report
from app.export.charts import ACCENT, HIGHLIGHT
from app.export.pdf import REPORT_SECTIONS
from app.models.session import SCHEMA_VERSION, Session


@pytest.fixture(scope="module")
def letter() -> bytes:
    return render_report_pdf(make_report(), KNOWLEDGE, "letter")


def _close(a, b, tol: float = 0.02) -> bool:
    return a is not None and all(abs(x - y) < tol for x, y in zip(a, b, strict=True))


@pytest.mark.parametrize("paper", PAPERS)
def test_every_section_heading_and_bookmark(paper: str) -> None:
    doc = open_pdf(render_report_pdf(make_report(long=True), KNOWLEDGE, paper))
    assert doc.page_count >= 8
    assert_page_size(doc, paper)
    text = flat(all_text(doc))
    toc = doc.get_toc()
    titles = [t for _lvl, t, _pg in toc]
    for heading in REPORT_SECTIONS:
        assert heading in text
        assert heading in titles
    # Bookmarks point at the page that carries the heading; stories are nested under theirs.
    for level, title, page in toc:
        assert title[:30] in flat(page_text(doc[page - 1])), (title, page)
        assert level == (2 if title.startswith("Story ") else 1)
    assert sum(1 for t in titles if t.startswith("Story ")) == 8


def test_contents_page_lists_the_bookmark_pages(letter: bytes) -> None:
    doc = open_pdf(letter)
    contents = flat(page_text(doc[1]))
    assert contents.startswith("Contents")
    for _lvl, title, page in doc.get_toc():
        assert re.search(re.escape(title[:30]) + r".*?\s" + str(page) + r"\b", contents), title


def test_cover_footer_and_page_numbers(letter: bytes) -> None:
    doc = open_pdf(letter)
    cover = flat(page_text(doc[0]))
    assert "Jordan <Q> Rivera & Sons" in cover and "Model Deployment" in cover
    assert "Page" not in cover
    total = doc.page_count
    for pno in range(1, total):
        assert f"Page {pno + 1} of {total}" in page_text(doc[pno])
    assert unembedded_fonts(doc) == []
    for page in doc:
        assert_text_inside(page, 20)
        assert page_text(page).strip(), f"page {page.number + 1} is empty"


def test_user_text_prints_literally(letter: bytes) -> None:
    text = flat(all_text(open_pdf(letter)))
    assert TRICKY in text
    assert "Widget Analytics <Labs>" in text
    assert "&lt;" not in text and "&amp;" not in text and "alert(1)</script>" in text


def test_fit_chart_and_placeholder_highlights_are_drawn(letter: bytes) -> None:
    doc = open_pdf(letter)
    toc = {t: p for _l, t, p in doc.get_toc()}
    fit_page = doc[toc["Fit score"] - 1]
    fills = [d.get("fill") for d in fit_page.get_drawings()]
    assert sum(1 for f in fills if _close(f, ACCENT)) >= 3  # three component bars
    strokes = [d.get("color") for d in fit_page.get_drawings()]
    assert any(_close(c, ACCENT) for c in strokes)  # the gauge arc
    story_page = doc[toc["Story 1: Cutting inference cost on SageMaker & friends"] - 1]
    assert "[Add: the deadline or constraint you faced]" in flat(page_text(story_page))
    highlights = [d for d in story_page.get_drawings() if _close(d.get("fill"), HIGHLIGHT)]
    assert highlights, "placeholders must be highlighted"


def test_every_item_of_the_report_is_printed(letter: bytes) -> None:
    report = make_report()
    text = flat(all_text(open_pdf(letter)))
    for q in report.questions:
        assert q.text in text and q.looks_for in text
    for s in report.stories:
        assert s.title in text and s.probes[0] in text
    for g in report.gap_scripts:
        assert g.script in text
    for c in report.checklist:
        assert c.text in text
    for t in report.technical_topics:
        assert t.name in text
    for p in report.principles:
        assert p.name in text


def test_story_edit_is_exported(tmp_path) -> None:
    session = Session(SCHEMA_VERSION, make_report())
    edited = "Latency fell from 420 ms to 95 ms & the on-call pages stopped"
    session = session.with_story_edit("s3", "result", edited)
    out = tmp_path / "report.pdf"
    write_report(session.effective_report(), KNOWLEDGE, out, paper="a4")
    doc = open_pdf(out.read_bytes())
    assert edited in flat(all_text(doc))
    assert_page_size(doc, "a4")


def test_sparse_report_still_renders() -> None:
    doc = open_pdf(render_report_pdf(make_minimal_report(), KNOWLEDGE))
    text = flat(all_text(doc))
    for heading in REPORT_SECTIONS:
        assert heading in text
    assert "No significant risks" in text


def test_deterministic_bytes() -> None:
    report = make_report()
    assert render_report_pdf(report, KNOWLEDGE) == render_report_pdf(report, KNOWLEDGE)


def test_principle_matrix_is_not_split_across_pages() -> None:
    """A block that fits on a page is never cut: the 16-row matrix sits under its heading."""
    report = make_report(long=True)
    doc = open_pdf(render_report_pdf(report, KNOWLEDGE, "a4"))
    toc = {t: p for _l, t, p in doc.get_toc()}
    page = flat(page_text(doc[toc["Leadership Principles"] - 1]))
    for p in report.principles:
        assert p.name in page
