"""The full PDF report, read back with PyMuPDF: a cover with the verdict, a one-page summary,
a coverage chart drawn as vectors, one page per question and per story with room to write, the
plan to print, the arithmetic only in the appendix; bookmarks, contents and page numbers."""

from __future__ import annotations

import re
from functools import lru_cache

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

from app.display import VERDICT_LABELS, VERDICT_MEANINGS
from app.export import render_report_pdf, write_report
from app.export.charts import ACCENT, HIGHLIGHT, RULE
from app.export.pdf import REPORT_SECTIONS
from app.models.report import Report
from app.models.session import SCHEMA_VERSION, Session
from app.paths import resource


@pytest.fixture(scope="module")
def letter() -> bytes:
    return render_report_pdf(make_report(), KNOWLEDGE, "letter")


@lru_cache(maxsize=1)
def sample_report() -> Report:
    """The bundled sample analysed for real (verdict, decodes, score details, frames...)."""
    from app.analysis.pipeline import AUTO_ROLE, analyze
    from app.reading.jobs import read_job
    from app.reading.resume import read_resume

    return analyze(read_resume(resource("sample", "sample_resume.pdf")),
                   read_job(resource("sample", "sample_job.txt"), KNOWLEDGE), KNOWLEDGE,
                   AUTO_ROLE)


@pytest.fixture(scope="module")
def sample() -> tuple[Report, object]:
    report = sample_report()
    return report, open_pdf(render_report_pdf(report, KNOWLEDGE, "letter"))


def _close(a, b, tol: float = 0.02) -> bool:
    return a is not None and all(abs(x - y) < tol for x, y in zip(a, b, strict=True))


def _rules(page) -> int:  # noqa: ANN001
    """Ruled lines to write on: horizontal full-width line segments in the rule colour (drawn
    as one path of many segments, or one path each)."""
    n = 0
    for d in page.get_drawings():
        if not _close(d.get("color"), RULE):
            continue
        for item in d["items"]:
            if item[0] == "l" and abs(item[1].y - item[2].y) < 1 and abs(item[2].x - item[1].x) > 400:
                n += 1
    return n


def _toc(doc) -> dict[str, int]:  # noqa: ANN001
    return {t: p for _l, t, p in doc.get_toc()}


@pytest.mark.parametrize("paper", PAPERS)
def test_every_section_heading_and_bookmark(paper: str) -> None:
    report = make_report(long=True)
    doc = open_pdf(render_report_pdf(report, KNOWLEDGE, paper))
    assert_page_size(doc, paper)
    text = flat(all_text(doc))
    toc = doc.get_toc()
    titles = [t for _lvl, t, _pg in toc]
    for heading in REPORT_SECTIONS:
        assert heading in text
        assert heading in titles
    # Bookmarks point at the page that carries the heading; questions and stories are nested
    # under their section, each on the page that shows it.
    for level, title, page in toc:
        shown = flat(page_text(doc[page - 1]))
        if title.startswith("Story "):
            assert level == 2 and title.split(": ", 1)[1][:30] in shown, (title, page)
        elif re.match(r"Q\d+: ", title):
            assert level == 2 and title.split(": ", 1)[1][:30] in shown, (title, page)
        else:
            assert level == 1 and title[:30] in shown, (title, page)
    assert sum(1 for t in titles if t.startswith("Story ")) == 8
    assert sum(1 for t in titles if re.match(r"Q\d+: ", t)) == 12
    assert all("\u2026" not in t for t in titles)  # shortened by choosing, never cut


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


def test_cover_has_the_verdict_fit_level_and_three_risks(sample) -> None:  # noqa: ANN001
    report, doc = sample
    cover = flat(page_text(doc[0]))
    assert report.fit.verdict in ("strong", "apply")  # the sample meets every basic line
    assert VERDICT_LABELS[report.fit.verdict] in cover
    assert flat(VERDICT_MEANINGS[report.fit.verdict])[:30] in cover
    assert "You show 5 of 5 basic qualifications" in cover
    assert f"{report.fit.overall}" in cover and "L5" in cover
    risks = sorted(report.risks, key=lambda r: -r.severity)[:3]
    for risk in risks:
        assert flat(risk.title)[:40] in cover
    # the fit gauge is drawn, not typed: an accent-coloured arc on the cover
    assert any(_close(d.get("color"), ACCENT) for d in doc[0].get_drawings())


def test_summary_is_one_page(sample) -> None:  # noqa: ANN001
    report, doc = sample
    toc = _toc(doc)
    assert toc["Top risks"] == toc["Summary"] + 1
    summary = flat(page_text(doc[toc["Summary"] - 1]))
    assert f"Your fit: {report.fit.overall} of 100" in summary
    for part in ("Skills", "Experience", "Culture"):
        assert part in summary
    assert "What to do first" in summary
    # the three parts' bars are drawn as vectors
    fills = [d.get("fill") for d in doc[toc["Summary"] - 1].get_drawings()]
    assert sum(1 for f in fills if _close(f, ACCENT)) >= 3


def test_principles_coverage_chart_is_drawn(sample) -> None:  # noqa: ANN001
    report, doc = sample
    toc = _toc(doc)
    page = doc[toc["Leadership Principles"] - 1]
    shown = flat(page_text(page))
    for p in report.principles:  # every row of the chart on its heading's page
        assert p.name in shown
    drawings = page.get_drawings()
    bars = [d for d in drawings if 8 < d["rect"].height < 10 and (
        _close(d.get("color"), ACCENT) or _close(d.get("fill"), ACCENT))]
    rows = {round(d["rect"].y0) for d in bars}
    assert len(rows) >= len(report.principles)  # a bar in every row
    strong = sum(1 for p in report.principles if p.strength == "strong")
    solid = {round(d["rect"].y0) for d in bars if _close(d.get("fill"), ACCENT)}
    assert len(solid) == strong  # solid for strong only; the others are outlined
    hatch = [d for d in drawings if _close(d.get("color"), ACCENT) and d.get("fill") is None]
    assert hatch, "thin principles are hatched"
    # how often each is asked sets the bar's length: the most asked has the longest bar
    widths = {round(d["rect"].y0): d["rect"].width for d in bars}
    assert max(widths.values()) == widths[min(widths)]  # the first row is the most asked


def test_one_page_per_question_with_its_decode_and_room_for_notes(sample) -> None:  # noqa: ANN001
    report, doc = sample
    toc = _toc(doc)
    pages = [p for t, p in toc.items() if re.match(r"Q\d+: ", t)]
    assert len(pages) == len(report.questions) == len(set(pages))  # a page each
    for q, pno in zip(report.questions, sorted(pages), strict=True):
        page = doc[pno - 1]
        shown = flat(page_text(page))
        assert flat(q.text)[:50] in shown
        if q.decode is not None:
            for heading in ("What the interviewer listens for", "A strong answer",
                            "Pitfalls that sink it", "Follow-ups to expect"):
                assert heading in shown, (q.text, heading)
            assert flat(q.decode.pitfalls[0])[:40] in shown
        if q.story_id:
            n = next(i for i, s in enumerate(report.stories, 1) if s.id == q.story_id)
            assert f"Tell Story {n}:" in shown
        else:
            assert "No story yet" in shown
        assert "Your notes" in shown
        assert _rules(page) >= 3, f"room to write on the page of {q.text}"


def test_one_page_per_story_with_room_to_practise(sample) -> None:  # noqa: ANN001
    report, doc = sample
    toc = _toc(doc)
    for n, story in enumerate(report.stories, 1):
        pno = next(p for t, p in toc.items() if t.startswith(f"Story {n}: "))
        page = doc[pno - 1]
        shown = flat(page_text(page))
        assert "Practise it out loud" in shown
        for label in ("Situation", "Task", "Action", "Result"):
            assert label in shown
        assert _rules(page) >= 3
        if story.kind == "frame":
            assert "A frame to fill" in shown


def test_the_arithmetic_is_only_in_the_appendix(sample) -> None:  # noqa: ANN001
    report, doc = sample
    start = _toc(doc)["How the scores are computed"]
    body = flat(" ".join(page_text(doc[p]) for p in range(start - 1)))
    details = [report.fit.score_detail] + [q.score_detail for q in report.questions] + [
        r.score_detail for r in report.risks] + [p.score_detail for p in report.principles]
    details = [flat(d) for d in details if d]
    assert details
    appendix = flat(" ".join(page_text(doc[p]) for p in range(start - 1, doc.page_count)))
    for detail in details:
        assert detail[:40] not in body, detail
    assert any(d[:40] in appendix for d in details)
    assert not re.search(r"\d\s*x\s*\d[\d.]*\s*=", body)  # no "1.00 x 1.44 = ..." in the body


def test_user_text_prints_literally(letter: bytes) -> None:
    text = flat(all_text(open_pdf(letter)))
    assert TRICKY in text
    assert "Jordan <Q> Rivera & Sons" in text and "Acme Retail" in text
    assert "&lt;" not in text and "&amp;" not in text and "alert(1)</script>" in text


def test_placeholder_highlights_are_drawn(letter: bytes) -> None:
    doc = open_pdf(letter)
    story_page = doc[_toc(doc)["Story 1: Cutting inference cost on SageMaker & friends"] - 1]
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
    for page in doc:
        assert_text_inside(page, 20)


def test_deterministic_bytes() -> None:
    report = make_report()
    assert render_report_pdf(report, KNOWLEDGE) == render_report_pdf(report, KNOWLEDGE)


def test_long_text_never_runs_off_a_page() -> None:
    """A block that fits on a page is never cut, and nothing is drawn past the margins."""
    report = make_report(long=True)
    for paper in PAPERS:
        doc = open_pdf(render_report_pdf(report, KNOWLEDGE, paper))
        page = flat(page_text(doc[_toc(doc)["Leadership Principles"] - 1]))
        for p in report.principles[:8]:
            assert p.name in page
        for pg in doc:
            assert_text_inside(pg, 20)


def test_a_gap_script_does_not_repeat_its_heading_under_it(sample) -> None:  # noqa: ANN001
    """Under a gap script's heading a line says what it is for ('Risk: ...'), unless the heading
    already says it: the page never reads the same title twice in a row."""
    report, doc = sample
    text = flat(" ".join(page_text(p) for p in doc))
    for g in report.gap_scripts:
        title = flat(g.title)
        assert f"{title} Risk: {title}" not in text, title


def test_each_font_is_embedded_once(letter: bytes) -> None:
    """Cover, contents, body and the drawn footers share one document: one embedded subset
    per face (the cover and contents had their own copy of each while they were written
    apart and merged)."""
    doc = open_pdf(letter)
    fonts = {f[0]: f[3] for pno in range(doc.page_count) for f in doc.get_page_fonts(pno)}
    names = sorted(name.split("+", 1)[-1] for name in fonts.values())
    assert names == sorted(set(names)), names


def test_pdf_bytes_are_what_tobytes_writes(letter: bytes) -> None:
    """The export writes into MuPDF's buffer the bytes Document.tobytes writes."""
    from app.export.pdf import _pdf_bytes

    first, second = open_pdf(letter), open_pdf(letter)
    assert _pdf_bytes(first) == second.tobytes(garbage=3, deflate=True, no_new_id=True)


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_canvas_segments_write_what_draw_line_writes(paper: str) -> None:
    """Ruled lines and hatching go through Canvas.segments: the same path text, bounds and
    pen position as PyMuPDF's Shape.draw_line, line by line (invented coordinates)."""
    import random

    import pymupdf

    from app.export import charts

    rng = random.Random(5)
    size = pymupdf.paper_rect(paper)
    page = pymupdf.open().new_page(width=size.width, height=size.height)
    for _ in range(60):
        pairs = []
        for _ in range(rng.randint(1, 8)):
            a = (rng.choice([rng.uniform(0, 620), 0.0, 42.0, 1e-5]), rng.uniform(0, 850))
            if pairs and rng.random() < 0.3:
                a = pairs[-1][1]  # the pen is already there: no move
            pairs.append((a, (rng.uniform(0, 620), rng.choice([a[1], rng.uniform(0, 850)]))))
        shape, canvas = page.new_shape(), charts.Canvas(page)
        for a, b in pairs:
            shape.draw_line(a, b)
        canvas.segments(pairs)
        assert canvas.shape.draw_cont == shape.draw_cont
        assert tuple(canvas.shape.rect) == tuple(shape.rect)
        assert canvas.shape.last_point == shape.last_point


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_every_page_is_balanced(sample, paper: str) -> None:  # noqa: ANN001
    """The drawing on finished pages is committed without PyMuPDF's wrap_contents check
    (Canvas.commit(balanced=True)): every page's contents must then be balanced q/Q, which
    is what that check would have left them (it adds only the q or Q missing)."""
    report, doc = sample
    if paper != "letter":
        doc = open_pdf(render_report_pdf(report, KNOWLEDGE, paper))
    for page in doc:
        assert page._count_q_balance() == (0, 0), page.number


def test_positions_read_through_the_pointer_are_the_proxys() -> None:
    """The position callback reads each record's fields with the binding's getters on the
    SWIG pointer (app.export.pdf._positions_callback): the same events as through the Python
    proxy's properties, for ids, headings, text and rectangles."""
    import pymupdf
    from pymupdf import mupdf

    from app.export import pdf

    html = ('<h1 id="sec-a">Summary</h1><div id="blk-0"><p>One <b>two</b> three</p></div>'
            '<h2>No id</h2><table id="t"><tr><td id="c-1">x</td><td>y</td></tr></table>'
            '<p id="empty"></p><h3 id="h">Ünïcode &amp; “quotes”</h3>')
    fast = pdf._positions_callback()
    slow = fast.__mro__[1] if fast.__name__ == "Direct" else fast
    story = pymupdf.Story(html=html)
    story.place(pymupdf.Rect(0, 0, 300, 800))
    got = []
    for kind in (fast, slow):
        collect = kind()
        mupdf.ll_fz_story_positions_director(story.this.m_internal, collect)
        got.append(collect.events)
    assert got[0] == got[1] and len(got[0]) >= 5


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_canvas_text_writes_what_a_text_writer_writes(paper: str) -> None:
    """Footer lines go through Canvas.text and commit (charts._Lines): the same document
    bytes as one TextWriter a line, appended and written as PyMuPDF does, on pages that
    repeat a line (its PDF device output made once) and carry other lines, with colours of
    1, 3 and 4 components, a face with resources already on the page, and a rotated page
    (written through TextWriter itself)."""
    import pymupdf

    from app.export import charts, fonts

    size = pymupdf.paper_rect(paper)
    face = fonts.font()
    lines = [((42.0, size.height - 32.0), "Jordan Rivera · ML Engineer, Acme", 7.5, charts.MUTED),
             ((size.width - 98.25, size.height - 32.0), "Page {n} of 4", 7.5, charts.MUTED),
             ((60.5, 100.125), "Ünïcode “quotes” & <tags> [Add: a number]", 9.0, (0.2,)),
             ((60.5, 140.0), "cmyk", 11.0, (0.1, 0.2, 0.3, 0.4))]

    def build(lean: bool) -> bytes:
        doc = pymupdf.open()
        for n in range(4):
            page = doc.new_page(width=size.width, height=size.height)
            if n == 1:
                page.insert_text((50, 50), "already here", fontname="helv")
            if n == 3:
                page.set_rotation(90)
        canvases = charts.canvases(list(doc)) if lean else None
        for n, page in enumerate(doc):
            todo = [(pos, text.format(n=n + 1), fontsize, color)
                    for pos, text, fontsize, color in lines]
            if lean:
                assert canvases is not None
                for pos, text, fontsize, color in todo:
                    canvases[n].text(face, pos, text, fontsize, color)
                canvases[n].commit(balanced=True)
            else:
                for pos, text, fontsize, color in todo:
                    writer = pymupdf.TextWriter(page.rect)
                    writer.append(pos, text, font=face, fontsize=fontsize)
                    writer.write_text(page, color=color)
        return doc.tobytes(garbage=3, deflate=True, no_new_id=True)

    assert build(lean=True) == build(lean=False)
