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
