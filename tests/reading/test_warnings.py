"""The reader says when it is unsure: real files read back, each with the doubt a careful
reader would have, and clean layouts with none."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from app.reading.resume import read_resume

from .layouts.families_pdf import build_sidebar, build_word_tabs

NO_HEADINGS = """Jordan Castellanos
jordan@example.com | Austin, TX

Senior Software Engineer, Northwind Freight, 2020 - Present
- Cut checkout latency by 38% by moving session lookups to a Redis cache
- Led a team of five engineers through the migration of 40 cron jobs to Airflow
Data Engineer, Saltmarsh Bank, 2017 - 2020
- Migrated a 12 TB Oracle warehouse to Snowflake with no unplanned downtime
"""


def test_no_heading_found_is_said(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text(NO_HEADINGS, encoding="utf-8")
    resume = read_resume(path)
    assert resume.bullets  # the bullets are still read
    assert any("section headings" in w for w in resume.warnings), resume.warnings
    assert resume.to_dict()["warnings"] == list(resume.warnings)


def test_achievements_under_another_heading_are_pointed_out(tmp_path: Path) -> None:
    text = (
        "Ines Carvalho\nines@example.com\n\nSUMMARY\nAnalyst who likes clean data.\n\n"
        "SKILLS\n"
        "- Built a churn model in Python that flagged 35 at-risk accounts each quarter\n"
        "- Automated invoice reconciliation, saving the finance team 45 hours a month\n"
        "- Designed a dashboard in Looker used weekly by 120 account managers\n"
        "\nEDUCATION\nB.A. Economics, Redbrook College, 2016\n"
    )
    path = tmp_path / "skills.txt"
    path.write_text(text, encoding="utf-8")
    resume = read_resume(path)
    assert not resume.bullets
    joined = " ".join(resume.warnings)
    assert "Experience section" in joined and "'SKILLS' holds 3 points" in joined


def test_few_bullets_for_the_pages_and_roles_without_dates(tmp_path: Path) -> None:
    import pymupdf

    doc = pymupdf.open()
    for page_no in range(2):
        page = doc.new_page()
        y = 72
        if page_no == 0:
            for text, size in (("Kwame Mensah", 18), ("EXPERIENCE", 12), ("Data Analyst, Copperleaf", 11)):
                page.insert_text((72, y), text, fontsize=size, fontname="hebo" if size > 11 else "helv")
                y += 24
            page.insert_text((72, y), "• Automated monthly churn reports in Python and SQL", fontsize=10)
        else:
            page.insert_text((72, y), "EDUCATION", fontsize=12, fontname="hebo")
            page.insert_text((72, y + 20), "B.S. Statistics, Oregon State University", fontsize=10)
    path = tmp_path / "thin.pdf"
    doc.save(path)
    resume = read_resume(path)
    joined = " ".join(resume.warnings)
    assert "only 1 bullet in this 2-page resume" in joined, resume.warnings
    assert "no dates on your roles" in joined


def test_side_by_side_columns_that_cannot_be_ordered_are_named(tmp_path: Path) -> None:
    """Two prose columns with a gutter that wanders (no clear gap runs down the page): the
    rows cannot be told apart, and the page is named in the warning."""
    import pymupdf

    left = "Led the analytics team that rebuilt the weekly revenue forecast for all stores"
    right = "Partnered with finance to publish a planning guide for every regional manager"
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 60), "EXPERIENCE", fontsize=12, fontname="hebo")
    for i in range(8):
        split = 300 if i % 2 else 260  # the column edge moves from row to row
        y = 90 + 14 * i
        words = left.split()
        while pymupdf.get_text_length(" ".join(words), fontsize=9) > split - 50:
            words.pop()
        page.insert_text((40, y), " ".join(words), fontsize=9)
        page.insert_text((split, y), right, fontsize=9)
    path = tmp_path / "columns.pdf"
    doc.save(path)
    resume = read_resume(path)
    assert any(w.startswith("Page 1 has text side by side") for w in resume.warnings), resume.warnings


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_clean_generated_layouts_raise_no_warning(tmp_path: Path, seed: int) -> None:
    for build in (build_sidebar, build_word_tabs):
        path = tmp_path / f"{build.__name__}_{seed}.pdf"
        build(path, random.Random(f"warn/{seed}"), "tune")
        assert read_resume(path).warnings == (), path.name
