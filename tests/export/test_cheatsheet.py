"""The one-page cheat sheet, read back with PyMuPDF."""

from __future__ import annotations

import dataclasses

import pytest
from export_helpers import (
    KNOWLEDGE,
    PAPERS,
    all_text,
    assert_page_size,
    assert_text_inside,
    flat,
    open_pdf,
    unembedded_fonts,
)
from report_factory import TRICKY, make_minimal_report, make_report

from app.export import render_cheatsheet_pdf, write_cheatsheet
from app.export.pdf import MARGIN
from app.models.session import SCHEMA_VERSION, Session

HEADINGS = ("Your 8 stories", "Likely questions", "Top risks", "Numbers to remember",
            "Questions to ask")


def _huge_report():
    """Far more text than a page can hold: the fitter must drop and shorten, never overflow."""
    base = make_report(long=True)
    words = " ".join(["scalability"] * 120)
    stories = tuple(dataclasses.replace(s, title=s.title + " " + words[:200], hook=words)
                    for s in base.stories)
    questions = tuple(dataclasses.replace(q, text=q.text + " " + words) for q in base.questions)
    risks = tuple(dataclasses.replace(r, line_to_say=words, title=r.title + words[:100])
                  for r in base.risks)
    return dataclasses.replace(base, stories=stories, questions=questions, risks=risks,
                               numbers_to_remember=base.numbers_to_remember * 4,
                               questions_to_ask=base.questions_to_ask * 4)


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("variant", ["normal", "long", "minimal", "huge"])
def test_exactly_one_page_nothing_off_the_page(paper: str, variant: str) -> None:
    report = {"normal": make_report, "long": lambda: make_report(long=True),
              "minimal": make_minimal_report, "huge": _huge_report}[variant]()
    doc = open_pdf(render_cheatsheet_pdf(report, KNOWLEDGE, paper))
    assert doc.page_count == 1
    assert_page_size(doc, paper)
    assert_text_inside(doc[0], MARGIN - 1)
    text = flat(all_text(doc))
    for n in range(1, len(report.stories) + 1):
        assert f"S{n}" in text  # every story keeps its line, even when the content is huge
    assert unembedded_fonts(doc) == []


@pytest.mark.parametrize("paper", PAPERS)
def test_every_section_and_item_is_on_the_sheet(paper: str) -> None:
    report = make_report()
    text = flat(all_text(open_pdf(render_cheatsheet_pdf(report, KNOWLEDGE, paper))))
    for heading in HEADINGS:
        assert heading in text
    for story in report.stories:
        assert story.title in text
    for q in report.questions:
        assert q.text in text
    for r in report.risks:
        assert r.line_to_say in text
    for number in report.numbers_to_remember:
        assert number in text
    assert report.questions_to_ask[0].text in text
    # Principle tags print as text (readable in greyscale), e.g. "[CO · HDB]".
    assert "[CO · HDB]" in text


def test_user_text_prints_literally() -> None:
    text = flat(all_text(open_pdf(render_cheatsheet_pdf(make_report(), KNOWLEDGE))))
    assert "Jordan <Q> Rivera & Sons" in text
    assert TRICKY[:40] in text  # "<200ms & saved $40k/yr; templated {{ config }}"
    assert "AUC 0.71 vs 0.93 <leak>" in text
    assert "&lt;" not in text and "&amp;" not in text


def test_story_edit_is_exported() -> None:
    session = Session(SCHEMA_VERSION, make_report())
    session = session.with_story_edit("s2", "title", "Rebuilt the feature store & <cut> costs")
    text = flat(all_text(open_pdf(render_cheatsheet_pdf(session.effective_report(), KNOWLEDGE))))
    assert "Rebuilt the feature store & <cut> costs" in text
    assert "Feature store for six teams" not in text


def test_same_report_same_bytes(tmp_path) -> None:
    report = make_report()
    assert render_cheatsheet_pdf(report, KNOWLEDGE, "a4") == render_cheatsheet_pdf(report, KNOWLEDGE, "a4")
    out = tmp_path / "sheet.pdf"
    write_cheatsheet(report, KNOWLEDGE, out, paper="a4")
    assert out.read_bytes() == render_cheatsheet_pdf(report, KNOWLEDGE, "a4")


def test_long_content_shrinks_but_stays_readable() -> None:
    """The fitter shrinks within bounds: the smallest text is still at least 5.5 pt."""
    doc = open_pdf(render_cheatsheet_pdf(_huge_report(), KNOWLEDGE))
    sizes = [span["size"] for block in doc[0].get_text("dict")["blocks"]
             for line in block.get("lines", []) for span in line["spans"] if span["text"].strip()]
    assert min(sizes) >= 5.5


def _reference_fit(ctx: dict, paper: str) -> tuple[float, str, dict]:
    """The fitting search as first written: every probe lays out every arrangement."""
    from app.export.pdf import _apply_plan, _attempts, _cheatsheet_layout

    tries = _attempts()
    cache: dict = {}

    def fits(i: int) -> bool:
        if i not in cache:
            size, plan, modes = tries[i]
            fitted = _apply_plan(ctx, plan)
            best = None
            for mode in modes:
                ok, uneven = _cheatsheet_layout(fitted, size, paper, mode)
                if ok and (best is None or uneven < best[0]):
                    best = (uneven, mode)
            cache[i] = (best[1], fitted) if best else None
        return cache[i] is not None

    last = len(tries) - 1
    assert not fits(0) and fits(last)  # the content below needs the search
    lo, hi = 0, last
    while hi - lo > 1:
        mid = (lo + hi) // 2
        lo, hi = (lo, mid) if fits(mid) else (mid, hi)
    mode, fitted = cache[hi]
    return tries[hi][0], mode, fitted


@pytest.mark.parametrize("paper", PAPERS)
def test_fitting_stops_probes_early_and_still_chooses_the_same(paper: str) -> None:
    """A probe stops at its first arrangement that fits and each plan's text is rendered
    once; the size, arrangement and content chosen are the exhaustive search's."""
    from app.export.pdf import fit_cheatsheet
    from app.export.view import cheatsheet_context

    ctx = cheatsheet_context(make_report(long=True), KNOWLEDGE)
    assert fit_cheatsheet(ctx, paper) == _reference_fit(ctx, paper)


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_the_measured_stories_draw_the_same_sheet(monkeypatch: pytest.MonkeyPatch,
                                                   paper: str) -> None:
    """The sheet is drawn with the Stories the fitting placed in the same rectangles (never
    drawn): the same bytes as with each Story made and placed again for drawing."""
    from app.export import pdf

    report = make_report(long=paper == "a4")
    reused = render_cheatsheet_pdf(report, KNOWLEDGE, paper)
    layout = pdf._cheatsheet_layout

    def fresh(*args, stories=None, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        return layout(*args, **kwargs)

    monkeypatch.setattr(pdf, "_cheatsheet_layout", fresh)
    assert render_cheatsheet_pdf(report, KNOWLEDGE, paper) == reused
