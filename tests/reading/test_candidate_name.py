"""The candidate's name as a real upload prints it: a web form's "Full name:" field, a title
line ("RESUME") above it, a contacts sidebar read before the page's large name, a name set
in two lines. Every one of these read as no name, or the wrong one, before (held-back set 17
and older sets: 25 resumes)."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from app.reading.resume import read_resume


def _txt(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "r.txt"
    p.write_text(text.strip() + "\n", encoding="utf-8")
    return p


def test_a_forms_full_name_field(tmp_path: Path) -> None:
    p = _txt(tmp_path, """
Full name: Saoirse Delahunt
Headline: Data Engineer
Email: saoirse.d@example.com

Work experience
Job title: Data Engineer
Employer: Kilbrack Foods
Period: March 2022 - present
* Built the orders pipeline in Airflow and dbt.
""")
    assert read_resume(p).name == "Saoirse Delahunt"


def test_a_title_line_is_not_the_name(tmp_path: Path) -> None:
    p = _txt(tmp_path, """
RESUME
VENKATA SRINIVAS PALADUGU
venkata.p@example.com | +91 98480 12345

EXPERIENCE
Software Engineer, Orbix Technologies, 2019 - Present
- Built REST services in Java and Spring Boot.
""")
    assert read_resume(p).name == "VENKATA SRINIVAS PALADUGU"


def _pdf(tmp_path: Path, parts: list[tuple[float, float, str, float]]) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    for x, y, text, size in parts:
        page.insert_text((x, y), text, fontsize=size)
    p = tmp_path / "r.pdf"
    doc.save(p)
    return p


def test_a_sidebar_read_first_and_a_name_in_two_lines(tmp_path: Path) -> None:
    body = [(230, 200 + 14 * i, line, 9) for i, line in enumerate((
        "EXPERIENCE", "Platform Engineer, Norrvik Data, 2020 - Present",
        "- Ran the Kubernetes clusters for 40 services.",
        "- Cut the cloud bill by 30% with spot instances.",
        "EDUCATION", "B.Sc. Computer Science, Vasa University, 2019"))]
    sidebar = [(30, 60, "Contact", 10), (30, 74, "Oslo, Norway", 9),
               (30, 88, "ola@example.com", 9), (30, 110, "Skills", 10),
               (30, 124, "Kubernetes", 9), (30, 138, "Terraform", 9)]
    p = _pdf(tmp_path, sidebar + [(230, 70, "Oddbjørn", 26), (230, 100, "Kvalheim-Strand", 26)]
             + body)
    assert read_resume(p).name == "Oddbjørn Kvalheim-Strand"
