"""DOCX, TXT, Markdown and generated PDFs: the same structure from every format, types
sniffed from content. Files are built by the tests (an invented candidate)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.reading.resume import extract_document_text, read_resume
from app.reading.sniff import sniff_type

BULLETS = [
    "Built a feature store serving 40 models with p99 latency under 20 ms",
    "Cut training cost by 35% by moving batch jobs to spot instances",
    "Mentored four engineers and wrote the team's on-call guide",
]

TEXT_RESUME = f"""Jordan Rivera
jordan@example.com | +1 555 0100 | Seattle, WA

SUMMARY
Machine learning engineer who ships ranking models.

EXPERIENCE
Senior ML Engineer, Northwind Labs    Jan 2021 - Present
- {BULLETS[0]}
- {BULLETS[1]}
  across three regions
Data Scientist, Contoso    2018 - 2020
* {BULLETS[2]}

EDUCATION
B.S. Computer Science, State University    2014 - 2018

SKILLS
Python, PyTorch, SQL, Kubernetes
"""


def _docx(path: Path) -> Path:
    import docx
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Inches

    d = docx.Document()
    d.add_paragraph("Jordan Rivera", style="Title")
    d.add_heading("Work Experience", level=1)
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Inches(6), WD_TAB_ALIGNMENT.RIGHT)
    p.add_run("Northwind Labs").bold = True
    p.add_run(" — Senior ML Engineer\tJan 2021 – Present")
    for b in BULLETS[:2]:
        d.add_paragraph(b, style="List Bullet")
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Data Scientist, Contoso"
    table.cell(0, 1).text = "2018 – 2020"
    d.add_paragraph(BULLETS[2], style="List Number")
    d.add_heading("Technical Skills", level=1)
    d.add_paragraph("Python, PyTorch, SQL")
    d.save(str(path))
    return path


def _pdf_two_column(path: Path) -> Path:
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((40, 50), "Jordan Rivera", fontsize=22, fontname="hebo")
    # sidebar (left), 150 pt wide
    y = 100
    for text, size, font in [
        ("SKILLS", 12, "hebo"),
        ("Python", 9, "helv"),
        ("PyTorch", 9, "helv"),
        ("Kubernetes", 9, "helv"),
        ("EDUCATION", 12, "hebo"),
        ("State University", 9, "helv"),
        ("B.S. Computer Science", 9, "helv"),
    ]:
        page.insert_text((40, y), text, fontsize=size, fontname=font)
        y += 16
    # main column (right)
    y = 100
    page.insert_text((220, y), "EXPERIENCE", fontsize=12, fontname="hebo")
    y += 18
    page.insert_text((220, y), "Senior ML Engineer, Northwind Labs", fontsize=10, fontname="hebo")
    page.insert_text((500, y), "2021 - Present", fontsize=9, fontname="helv")
    y += 14
    wrapped = [
        ["Built a feature store serving 40 models with p99", "latency under 20 ms"],
        ["Cut training cost by 35% by moving batch jobs to spot", "instances"],
        ["Mentored four engineers and wrote the team's on-call", "guide"],
    ]
    for first, second in wrapped:
        page.insert_text((222, y), "•", fontsize=9, fontname="helv")
        page.insert_text((232, y), first, fontsize=9, fontname="helv")
        y += 12
        page.insert_text((232, y), second, fontsize=9, fontname="helv")
        y += 14
    doc.save(str(path))
    return path


def test_txt_resume(tmp_path: Path) -> None:
    path = tmp_path / "resume.txt"
    path.write_text(TEXT_RESUME, encoding="utf-8")
    r = read_resume(path)
    assert r.source.type == "txt" and r.source.pages is None
    assert [(s.title, s.kind) for s in r.sections] == [
        ("SUMMARY", "summary"),
        ("EXPERIENCE", "experience"),
        ("EDUCATION", "education"),
        ("SKILLS", "skills"),
    ]
    texts = [b.text for b in r.bullets]
    assert texts == [BULLETS[0], BULLETS[1] + " across three regions", BULLETS[2]]
    assert r.roles[0].title == "Senior ML Engineer" and r.roles[0].organization == "Northwind Labs"
    assert r.roles[0].dates == "Jan 2021 - Present"
    assert [b.role for b in r.bullets] == [0, 0, 1]
    assert r.roles[1].organization == "Contoso"
    assert r.name == "Jordan Rivera"
    assert {"Python", "PyTorch", "SQL", "Kubernetes"} <= set(r.skills)
    assert r.bullets[0].page is None and r.bullets[0].bbox is None


def test_markdown_resume(tmp_path: Path) -> None:
    md = (
        "# Jordan Rivera\n\n## Professional Experience\n\n**Senior ML Engineer** | Northwind Labs | 2021 – Present\n\n"
        + "".join(f"- {b}\n" for b in BULLETS)
        + "\n## Projects\n\n### Ranker\n- Open-source learning-to-rank toolkit\n"
    )
    path = tmp_path / "resume.md"
    path.write_text(md, encoding="utf-8")
    r = read_resume(path)
    assert [s.kind for s in r.sections][:2] == ["experience", "projects"]
    assert [b.text for b in r.bullets][:3] == BULLETS
    assert r.roles[0].title == "Senior ML Engineer" and r.roles[0].dates == "2021 – Present"


def test_docx_resume(tmp_path: Path) -> None:
    r = read_resume(_docx(tmp_path / "resume.docx"))
    assert r.source.type == "docx"
    assert [s.kind for s in r.sections] == ["experience", "skills"]
    assert [b.text for b in r.bullets] == BULLETS
    assert r.roles[0].title == "Senior ML Engineer" and r.roles[0].organization == "Northwind Labs"
    assert r.roles[0].dates == "Jan 2021 – Present"
    assert r.roles[1].title == "Data Scientist" and r.roles[1].organization == "Contoso"
    assert r.roles[1].dates == "2018 – 2020"
    assert [b.role for b in r.bullets] == [0, 0, 1]
    assert r.name == "Jordan Rivera"


def test_generated_two_column_pdf(tmp_path: Path) -> None:
    r = read_resume(_pdf_two_column(tmp_path / "two.pdf"))
    assert [s.title for s in r.sections] == ["SKILLS", "EDUCATION", "EXPERIENCE"]
    assert [b.text for b in r.bullets] == BULLETS
    assert r.roles[0].title == "Senior ML Engineer" and r.roles[0].organization == "Northwind Labs"
    assert r.roles[0].dates == "2021 - Present"
    b = r.bullets[0]
    assert b.page == 1 and b.bbox[0] >= 215 and b.bbox[3] - b.bbox[1] > 15  # two lines
    assert {"Python", "PyTorch", "Kubernetes"} <= set(r.skills)


def test_type_is_sniffed_from_content(tmp_path: Path) -> None:
    pdf = _pdf_two_column(tmp_path / "two.pdf")
    renamed = tmp_path / "resume.txt"
    renamed.write_bytes(pdf.read_bytes())
    assert sniff_type(renamed) == "pdf"
    docx_file = _docx(tmp_path / "r.docx")
    odd = tmp_path / "resume.pdf.bin"
    odd.write_bytes(docx_file.read_bytes())
    assert sniff_type(odd) == "docx"
    assert read_resume(odd).source.type == "docx"
    txt = tmp_path / "resume"
    txt.write_text(TEXT_RESUME, encoding="utf-8")
    assert sniff_type(txt) == "txt"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_text_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes(TEXT_RESUME.replace("Contoso", "Contoso Café").encode(encoding))
    r = read_resume(path)
    assert r.roles[1].organization == "Contoso Café"


def test_extract_document_text(tmp_path: Path) -> None:
    text, info = extract_document_text(_docx(tmp_path / "r.docx"))
    assert info.type == "docx"
    assert "Work Experience" in text and BULLETS[0] in text
    text, info = extract_document_text(_pdf_two_column(tmp_path / "two.pdf"))
    assert info.type == "pdf" and info.pages == 1
    assert text.index("SKILLS") < text.index("EXPERIENCE")  # sidebar first, never interleaved
    assert "Built a feature store serving 40 models with p99" in text


def test_mojibake_and_ligatures_repaired(tmp_path: Path) -> None:
    bad = TEXT_RESUME.replace(BULLETS[2], "Led the teamâ€™s eï¬ƒcient ï¬\x81rst launch").replace(
        BULLETS[0], "Built the \ufb01rst e\ufb03cient work\ufb02ow"
    )
    path = tmp_path / "r.txt"
    path.write_text(bad, encoding="utf-8")
    texts = [b.text for b in read_resume(path).bullets]
    assert texts[0] == "Built the first efficient workflow"
    assert texts[2].startswith("Led the team’s")


def test_spaced_small_caps_headings(tmp_path: Path) -> None:
    text = "Jordan Rivera\n\nE X P E R I E N C E\nEngineer, Northwind Labs  2020 - 2022\n- Shipped the ranking service\n"
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    r = read_resume(path)
    assert r.sections[0].title == "EXPERIENCE" and r.sections[0].kind == "experience"
    assert [b.text for b in r.bullets] == ["Shipped the ranking service"]


def test_pdf_bullets_drawn_as_shapes(tmp_path: Path) -> None:
    """Some exports draw the bullet as a small filled circle, with no glyph in the text."""
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((50, 60), "Jordan Rivera", fontsize=20, fontname="hebo")
    page.insert_text((50, 100), "EXPERIENCE", fontsize=12, fontname="hebo")
    page.insert_text((50, 120), "Senior ML Engineer, Northwind Labs", fontsize=10, fontname="hebo")
    page.insert_text((480, 120), "2021 - Present", fontsize=10, fontname="helv")
    y = 136
    for text in BULLETS:
        page.draw_circle((62, y - 3), 1.8, color=(0, 0, 0), fill=(0, 0, 0))
        page.insert_text((70, y), text, fontsize=10, fontname="helv")
        y += 13
    path = tmp_path / "drawn.pdf"
    doc.save(str(path))
    r = read_resume(path)
    assert [b.text for b in r.bullets] == BULLETS
    assert r.roles[0].dates == "2021 - Present"


def test_pdf_section_titles_in_left_margin(tmp_path: Path) -> None:
    """Templates that print section titles in a left column, level with their first entry."""
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((50, 60), "Jordan Rivera", fontsize=20, fontname="hebo")
    page.insert_text((50, 110), "Experience", fontsize=11, fontname="hebo")
    page.insert_text((160, 110), "Senior ML Engineer, Northwind Labs", fontsize=10, fontname="hebo")
    page.insert_text((480, 110), "2021 - Present", fontsize=10, fontname="helv")
    y = 126
    for text in BULLETS:
        page.insert_text((160, y), "•", fontsize=10, fontname="helv")
        page.insert_text((170, y), text[:60], fontsize=10, fontname="helv")
        y += 13
    page.insert_text((50, y + 20), "Education", fontsize=11, fontname="hebo")
    page.insert_text(
        (160, y + 20), "B.S. Computer Science, State University", fontsize=10, fontname="helv"
    )
    page.insert_text((50, y + 50), "Skills", fontsize=11, fontname="hebo")
    page.insert_text((160, y + 50), "Python, PyTorch, SQL", fontsize=10, fontname="helv")
    path = tmp_path / "leftheads.pdf"
    doc.save(str(path))
    r = read_resume(path)
    assert [(s.title, s.kind) for s in r.sections] == [
        ("Experience", "experience"),
        ("Education", "education"),
        ("Skills", "skills"),
    ]
    assert [b.text for b in r.bullets] == [t[:60] for t in BULLETS]
    assert r.roles[0].organization == "Northwind Labs"
    assert {"Python", "PyTorch", "SQL"} <= set(r.skills)


def test_text_headings_with_colons(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(
        "Jordan Rivera\n\nExperience:\nNorthwind Labs - ML Engineer  2020 - 2022\n"
        "- Shipped the ranking service\n\nSkills:\nPython, SQL\n",
        encoding="utf-8",
    )
    r = read_resume(path)
    assert [s.kind for s in r.sections] == ["experience", "skills"]
    assert r.roles[0].title == "ML Engineer" and r.roles[0].organization == "Northwind Labs"
    assert r.skills == ("Python", "SQL")


@given(
    st.lists(
        st.one_of(
            st.sampled_from(["EXPERIENCE", "Skills", "# Projects", "Education:", "", "  ", "---"]),
            st.sampled_from(
                ["- Built it", "• Shipped", "Engineer, Acme  2020 - Present", "Acme | Lead | 2019"]
            ),
            st.text(max_size=40),
        ),
        max_size=30,
    )
)
@settings(max_examples=150, deadline=None)
def test_structure_never_fails_on_odd_text(lines: list[str]) -> None:
    from app.reading.structure import structure
    from app.reading.text import text_lines

    result = structure(text_lines("\n".join(lines)))
    for b in result.bullets:
        assert b.text and b.text == b.text.strip()
        assert b.role is None or 0 <= b.role < len(result.roles)
    for s in result.sections:
        assert s.kind in ("experience", "education", "skills", "projects", "summary", "other")
