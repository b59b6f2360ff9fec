"""Bullets marked with guillemet-like glyphs ('›', '»') are bullets in every format: a PDF
whose lines start with '›' was read as one run-on line before (a real résumé template uses it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.reading.resume import read_resume

LINES = (
    "Led the migration of 40 services to a shared deployment pipeline.",
    "Cut the monthly cloud bill by 22% by rightsizing idle clusters.",
    "Coached three new engineers through their first on-call rotation.",
)


def _pdf(path: Path, glyph: str) -> Path:
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    font = pymupdf.Font("helv")
    y = 60
    writer = pymupdf.TextWriter(page.rect)
    for text, size in (("Robin Aldana", 20), ("robin@example.com", 9), ("EXPERIENCE", 12),
                       ("Platform Engineer, Larchmont Systems    2019 - 2024", 10)):
        writer.append((50, y), text, font=font, fontsize=size)
        y += 22
    for line in LINES:
        writer.append((56, y), f"{glyph} {line}", font=font, fontsize=10)
        y += 14
    writer.write_text(page)
    doc.save(path)
    return path


@pytest.mark.parametrize("glyph", ["\u203a", "\u00bb"])
def test_guillemet_bullets_in_a_pdf_are_one_bullet_each(tmp_path: Path, glyph: str) -> None:
    resume = read_resume(_pdf(tmp_path / "r.pdf", glyph))
    assert [b.text for b in resume.bullets] == list(LINES)


@pytest.mark.parametrize("glyph", ["\u203a", "\u00bb"])
def test_guillemet_bullets_in_text(tmp_path: Path, glyph: str) -> None:
    path = tmp_path / "r.txt"
    path.write_text("Robin Aldana\nrobin@example.com\n\nEXPERIENCE\n"
                    "Platform Engineer, Larchmont Systems, 2019 - 2024\n"
                    + "".join(f"{glyph} {line}\n" for line in LINES), encoding="utf-8")
    assert [b.text for b in read_resume(path).bullets] == list(LINES)


def _plus_pdf(path: Path, plus_bullets: bool) -> Path:
    """Bulleted items whose text wraps at a '+' ('with an item2vec' / '+ LightGBM re-ranker'),
    or, with `plus_bullets`, a resume that uses '+' as its bullet glyph."""
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    y = 60
    for text, size in (("Robin Aldana", 20), ("robin@example.com", 9), ("EXPERIENCE", 12),
                       ("Platform Engineer, Larchmont Systems    2019 - 2024", 10)):
        page.insert_text((50, y), text, fontsize=size, fontname="helv")
        y += 22
    glyph = "+" if plus_bullets else "\u2022"
    rows = (("Replaced the hand-tuned ranking rules with a gradient-boosted", "+ pairwise re-ranker; revenue per session up 4%."),
            ("Cut the monthly cloud bill by 22% by rightsizing idle clusters.", None))
    for first, wrap in rows:
        page.insert_text((56, y), glyph, fontsize=10, fontname="helv")
        page.insert_text((66, y), first, fontsize=10, fontname="helv")
        y += 13
        if wrap:
            page.insert_text((66, y), wrap, fontsize=10, fontname="helv")
            y += 13
    doc.save(path)
    return path


def test_a_wrap_that_starts_with_a_plus_sign_stays_in_its_bullet(tmp_path: Path) -> None:
    r = read_resume(_plus_pdf(tmp_path / "wrap.pdf", plus_bullets=False))
    assert [b.text for b in r.bullets] == [
        "Replaced the hand-tuned ranking rules with a gradient-boosted + pairwise re-ranker; revenue per session up 4%.",
        "Cut the monthly cloud bill by 22% by rightsizing idle clusters.",
    ]


def test_plus_signs_used_as_the_bullet_glyph_still_start_bullets(tmp_path: Path) -> None:
    r = read_resume(_plus_pdf(tmp_path / "plus.pdf", plus_bullets=True))
    assert len(r.bullets) == 3  # with '+' as the glyph, the '+' row at the text's edge is an item


def _wrapped_pdf(path: Path) -> Path:
    """Bullets whose text wraps inside a parenthesis at a number ('(60 fps on iPhone' / '8) by
    moving ...') and across a hyphenated word before a date range ('award for machine-' /
    'learning-accelerated design studies (2024 - 2027).'), then a numbered list of its own."""
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    font = pymupdf.Font("helv")
    writer = pymupdf.TextWriter(page.rect)
    y = 60
    for text, size in (("Robin Aldana", 20), ("robin@example.com", 9), ("EXPERIENCE", 12),
                       ("iOS Engineer, Larchmont Systems    2019 - 2024", 10)):
        writer.append((50, y), text, font=font, fontsize=size)
        y += 22
    rows = [("\u2022", "Improved scrolling of the workout library (60 fps on iPhone"),
            ("", "8) by moving image decoding off the main thread."),
            ("\u2022", "Principal investigator of a 3-year award for machine-"),
            ("", "learning-accelerated design studies (2024 - 2027)."),
            ("\u2022", "Cut the app's cold start from 2.1 s to 0.9 s.")]
    for glyph, text in rows:
        if glyph:
            writer.append((56, y), glyph, font=font, fontsize=10)
        writer.append((66, y), text, font=font, fontsize=10)
        y += 14
    y += 20
    writer.append((50, y), "PROJECTS", font=font, fontsize=12)
    y += 22
    for n, text in enumerate(("Built a habit tracker in SwiftUI (2 screens) for 300 users.",
                              "Wrote a Core ML demo that tags 12 kinds of exercise."), start=1):
        writer.append((56, y), f"{n}) {text}", font=font, fontsize=10)
        y += 14
    writer.write_text(page)
    doc.save(path)
    return path


def test_a_wrap_at_a_number_or_a_broken_word_stays_in_its_bullet(tmp_path: Path) -> None:
    texts = [b.text for b in read_resume(_wrapped_pdf(tmp_path / "r.pdf")).bullets]
    assert texts[:3] == [
        "Improved scrolling of the workout library (60 fps on iPhone 8) by moving image decoding "
        "off the main thread.",
        "Principal investigator of a 3-year award for machine-learning-accelerated design "
        "studies (2024 - 2027).",
        "Cut the app's cold start from 2.1 s to 0.9 s."], texts
    # a list numbered '1)', '2)' is still a list
    assert texts[3:] == ["Built a habit tracker in SwiftUI (2 screens) for 300 users.",
                         "Wrote a Core ML demo that tags 12 kinds of exercise."], texts
