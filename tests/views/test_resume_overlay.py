"""The resume overlay on real pages: one tint per place on the page (the strongest principle
of the bullets there), tags that never overlap and agree with their tint, and text over every
tint at a contrast of at least 4.5:1, in light and dark."""

from __future__ import annotations

import dataclasses
from itertools import combinations
from pathlib import Path

import pytest
from panel_fixtures import apply_theme
from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QTextCursor

from app.models.report import BulletEvidence, Report
from app.models.resume import Bullet, bullet_id
from app.views import theme as theme_module
from app.views.resume_view import PageImage, ResumeView, render_pdf_pages
from app.views.tints import (
    MIN_CONTRAST,
    PAGE_INK,
    PAPER,
    contrast,
    multiply,
    readable_on,
    readable_tint,
    tag_ink,
)

TWO_COLUMN = "resumes/pdf/ds_athul_sivan__resume-matcher_latex_2col.pdf"  # bullets share boxes
DEEDY = "resumes/pdf/swe_debarghya_das__deedy_2col.pdf"  # bullets in two columns
WORD = "resumes/docx/mern_backend_chinmaya_shah__word.docx"
MLE_JOB = "jobs/amazon_mle_model_deployment_sagemaker__responsibilities_and_quals_only.txt"
_REPORTS: dict[str, Report] = {}


def _report(corpus: Path, knowledge, resume: str) -> Report:  # noqa: ANN001
    if resume not in _REPORTS:
        from app.analysis.pipeline import analyze
        from app.reading.jobs import read_job
        from app.reading.resume import read_resume

        _REPORTS[resume] = analyze(read_resume(corpus / resume),
                                   read_job(corpus / MLE_JOB, knowledge), knowledge)
    return _REPORTS[resume]


def _view(qtbot, report: Report, knowledge, pages, width: int = 900) -> ResumeView:  # noqa: ANN001
    view = ResumeView()
    qtbot.addWidget(view)
    view.resize(width, 900)
    view.set_content(report, knowledge.principles, pages)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(30)
    return view


def _tags_ok(view: ResumeView) -> None:
    tags = view.canvas.tag_layout()
    painted = {r.bullet_ids: main for r, _, main, _ in view.canvas.painted_regions()}
    assert len(tags) == len(painted) > 0
    for (a, *_), (b, *_) in combinations(tags, 2):
        assert not a.intersects(b), (a, b)
    for rect, text, main, region in tags:
        assert painted[region.bullet_ids] is main  # the tag names the tint's principle
        assert text.split(" +")[0] == main.short
        assert view.canvas.rect().contains(rect.toAlignedRect())


@pytest.mark.parametrize("resume", [TWO_COLUMN, DEEDY])
def test_one_tint_per_place_and_tags_that_agree_and_never_overlap(
        qtbot, corpus, knowledge, resume: str) -> None:  # noqa: ANN001
    report = _report(corpus, knowledge, resume)
    pages = render_pdf_pages(str(corpus / resume))
    view = _view(qtbot, report, knowledge, pages)
    canvas = view.canvas
    regions = canvas.regions
    placed = [b for r in regions for b in r.bullet_ids]
    assert len(placed) == len(set(placed))  # every bullet in one place only
    _tags_ok(view)

    # Every tinted spot of paper shows exactly one tint, its region's: sample the padding
    # just right of each region (paper, not ink) on the tinted and on a bare render.
    tinted = canvas.grab().toImage()
    view._tints.highlight = {"no-such-bullet"}  # nothing tinted: the bare page
    bare = canvas.grab().toImage()
    view._tints.highlight = set()
    checked = 0
    painted = canvas.painted_regions()
    for i, (region, rect, main, _) in enumerate(painted):
        point = QPointF(rect.right() - 1.5, rect.center().y())
        if any(r.contains(point) for _, r, _, _ in painted[:i]):
            continue  # painted by an earlier region: that one's tint is checked there
        x, y = int(point.x()), int(point.y())
        if QColor(bare.pixel(x, y)).lightness() < 250:
            continue  # ink or a drawing there, not paper
        want = canvas.tint_colour(main, False)
        got = QColor(tinted.pixel(x, y))
        assert max(abs(got.red() - want.red()), abs(got.green() - want.green()),
                   abs(got.blue() - want.blue())) <= 6, (region.bullet_ids, got.name(),
                                                         want.name())
        checked += 1
    assert checked >= len(painted) // 2


def test_bullets_sharing_a_box_are_one_region_tinted_by_the_strongest(
        qtbot, corpus, knowledge) -> None:  # noqa: ANN001
    report = _report(corpus, knowledge, TWO_COLUMN)
    view = _view(qtbot, report, knowledge, render_pdf_pages(str(corpus / TWO_COLUMN)))
    shared = [r for r in view.canvas.regions if len(r.bullet_ids) > 1]
    assert shared, "this resume runs several items together in one box"
    evidence = {e.bullet_id: e for e in report.bullet_evidence}

    def first(b: str) -> str | None:  # a line's strongest: what it is credited with, else reads as
        e = evidence.get(b)
        shown = list(report.bullet_principles.get(b) or ()) + list(e.reads_as if e else ())
        return shown[0] if shown else None

    def key(b: str) -> tuple[bool, float]:
        pid = first(b)
        return (pid in (report.bullet_principles.get(b) or ()),
                evidence[b].scores.get(pid, 0.0) if b in evidence and pid else 0.0)

    painted = view.canvas.painted_regions()
    assert len(painted) >= len(shared)
    for region, _, main, shown in painted:
        best = max((b for b in region.bullet_ids if first(b)), key=key)
        assert main.id == first(best)
        assert main in shown


def test_tags_never_overlap_when_bullets_crowd(qtbot, knowledge) -> None:  # noqa: ANN001
    """Many bullets in one box, on neighbouring lines and in two columns: still no tag on
    another tag, and every tag names its tint."""
    pids = [p.id for p in knowledge.principles]
    bullets, evidence, principles = [], [], {}
    boxes = ([(72, 100, 300, 130)] * 6  # six items run together in one box
             + [(72, 140 + 11 * i, 300, 150 + 11 * i) for i in range(12)]  # line after line
             + [(320, 140 + 11 * i, 560, 150 + 11 * i) for i in range(12)])  # a second column
    for i, box in enumerate(boxes):
        text = f"Bullet number {i} with enough words to be a bullet"
        b = Bullet(bullet_id(text), text, "Experience", page=1, bbox=box)
        bullets.append(b)
        chosen = [pids[i % len(pids)], pids[(i + 5) % len(pids)]]
        principles[b.id] = chosen
        evidence.append(BulletEvidence(b.id, tuple(chosen), {chosen[0]: 0.5 + i / 100,
                                                             chosen[1]: 0.3}, ""))
    page = PageImage(612, 792, 612, 792, 612 * 3, b"\xff" * (612 * 792 * 3))
    from app.models.report import Report as R  # a minimal report around these bullets
    base = _minimal_report(knowledge)
    report: R = dataclasses.replace(
        base, resume=dataclasses.replace(base.resume, bullets=tuple(bullets)),
        bullet_principles=principles, bullet_evidence=tuple(evidence))
    for width in (500, 900, 1600):  # zoomed to fit each width
        view = _view(qtbot, report, knowledge, [page], width)
        _tags_ok(view)
        crowded = next(r for r in view.canvas.regions if len(r.bullet_ids) == 6)
        assert crowded.bullet_ids == tuple(b.id for b in bullets[:6])
        text = next(t for _, t, _, r in view.canvas.tag_layout() if r is crowded)
        assert text.endswith("+5") or "+" in text
        view.close()


def _minimal_report(knowledge) -> Report:  # noqa: ANN001
    from panel_fixtures import make_report

    return make_report()


def test_contrast_of_every_principle_tint(knowledge) -> None:  # noqa: ANN001
    """Page ink over a page tint, theme text over a text-resume tint (light and dark), a tag's
    ink on its colour and a text tag on its tint: all at least 4.5:1."""
    lowest = 21.0
    for p in knowledge.principles:
        for strength in (0.24, 0.40):
            tint = readable_tint(p.color, PAPER, PAGE_INK, strength, multiply_ink=True)
            lowest = min(lowest, contrast(multiply(PAGE_INK, tint), tint))
        for scheme in ("light", "dark"):
            c = theme_module.colours(scheme)
            for strength in (0.2, 0.38):
                tint = readable_tint(p.color, c["surface"], c["text"], strength)
                lowest = min(lowest, contrast(c["text"], tint),
                             contrast(readable_on(p.color, tint), tint))
        lowest = min(lowest, contrast(tag_ink(p.color), p.color))
    assert lowest >= MIN_CONTRAST


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_resume_tints_readable_and_agree_with_their_tags(
        qtbot, corpus, knowledge, scheme: str) -> None:  # noqa: ANN001
    report = _report(corpus, knowledge, WORD)
    view = ResumeView()
    qtbot.addWidget(view)
    restore = apply_theme(view, scheme)
    try:
        surface = theme_module.colours(scheme)["surface"]
        view.resize(QSize(800, 900))
        view.set_content(report, knowledge.principles, None, base_colour=surface)
        doc = view.text.document()
        ink = view.text.palette().text().color().name()
        by_tag = {f"[{p.short}]": p for p in knowledge.principles}
        checked = credited = 0
        for number in view.text.block_keys:
            block = doc.findBlockByNumber(number)
            background = block.blockFormat().background().color().name()
            tag = block.text().split(" ", 1)[0]
            if tag not in by_tag:
                continue  # a continuation line of a bullet: tinted, tagged on its first line
            p = by_tag[tag]
            assert background == view.text_tint(p, False)  # the tint is the tag's principle
            assert contrast(ink, background) >= MIN_CONTRAST
            cursor = QTextCursor(block)
            cursor.setPosition(block.position() + 1)
            fmt = cursor.charFormat()
            tag_colour = fmt.foreground().color().name()
            # a line credited with its principle has a filled tag, one that only reads as it
            # an outline (the tag's brackets on the tint): never colour alone
            bid = view.text.block_keys[number]
            filled = fmt.background().style() != Qt.BrushStyle.NoBrush
            assert filled == view._tints.is_credited(bid, p.id), block.text()[:60]
            behind = fmt.background().color().name() if filled else background
            assert contrast(tag_colour, behind) >= MIN_CONTRAST
            credited += filled
            checked += 1
        # every line that reads as a principle is tinted by it, not only the credited few
        assert checked >= 5 and 0 < credited < checked
    finally:
        restore()
