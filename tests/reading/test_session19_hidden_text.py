"""Text a reader of a Word resume never sees is left out and said: white letters on a page
without a dark fill, letters under two points, text marked hidden (keywords stuffed in for
scanners). White letters on a dark table cell or inside a text box are read: they show."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from app.reading.resume import read_resume

STUFFED = "SageMaker Kubernetes demand forecasting PyTorch Spark Airflow"


def _resume(path: Path, how: str) -> Path:
    doc = Document()
    doc.add_paragraph("Batbold Ganzorig")
    doc.add_paragraph("EXPERIENCE")
    doc.add_paragraph("BI Developer, Steppe Telecom LLC, Jan 2021 - Present")
    doc.add_paragraph("Built 40 Power BI dashboards for the sales and network teams.",
                      style="List Bullet")
    if how == "dark cell":
        cell = doc.add_table(rows=1, cols=1).rows[0].cells[0]
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:fill"), "1F3864")
        cell._tc.get_or_add_tcPr().append(shd)
        run = cell.paragraphs[0].add_run(STUFFED)
    else:
        run = doc.add_paragraph().add_run(STUFFED)
    if how in ("white", "dark cell"):
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    elif how == "tiny":
        run.font.size = Pt(1)
    elif how == "hidden":
        run.font.hidden = True
    doc.save(str(path))
    return path


def test_hidden_keywords_are_left_out_and_said(tmp_path: Path) -> None:
    for how in ("white", "tiny", "hidden"):
        resume = read_resume(_resume(tmp_path / f"{how}.docx", how))
        assert "SageMaker" not in resume.text, how
        assert any("hidden from a reader" in w for w in resume.warnings), (how, resume.warnings)
        assert "Built 40 Power BI dashboards" in resume.text


def test_white_letters_on_a_dark_cell_are_read(tmp_path: Path) -> None:
    resume = read_resume(_resume(tmp_path / "cell.docx", "dark cell"))
    assert "SageMaker" in resume.text
    assert not any("hidden from a reader" in w for w in resume.warnings)
    plain = read_resume(_resume(tmp_path / "plain.docx", "plain"))
    assert "SageMaker" in plain.text and not plain.warnings


def _pdf(path: Path, how: str) -> Path:
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    lines = ["Batbold Ganzorig", "EXPERIENCE", "BI Developer, Steppe Telecom LLC, Jan 2021 - Present",
             "- Built 40 Power BI dashboards for the sales and network teams."]
    for i, text in enumerate(lines):
        page.insert_text((60, 80 + 18 * i), text, fontsize=11)
    if how == "banner":
        page.draw_rect(pymupdf.Rect(50, 740, 545, 780), color=None, fill=(0.12, 0.22, 0.39))
    size = 1 if how == "tiny" else 9
    colour = (0, 0, 0) if how in ("tiny", "plain") else (1, 1, 1)
    page.insert_text((60, 765), STUFFED, fontsize=size, color=colour)
    doc.save(str(path))
    doc.close()
    return path


def test_hidden_keywords_in_a_pdf_are_left_out_and_said(tmp_path: Path) -> None:
    for how in ("white", "tiny"):
        resume = read_resume(_pdf(tmp_path / f"{how}.pdf", how))
        assert "SageMaker" not in resume.text, how
        assert any("hidden from a reader" in w for w in resume.warnings), (how, resume.warnings)
        assert "Built 40 Power BI dashboards" in resume.text
    for how in ("banner", "plain"):  # white on a dark band shows; black at 9 pt is text
        resume = read_resume(_pdf(tmp_path / f"{how}.pdf", how))
        assert "SageMaker" in resume.text, how
        assert not any("hidden from a reader" in w for w in resume.warnings), how
