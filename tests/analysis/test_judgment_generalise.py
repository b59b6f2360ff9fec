"""Rules that make the judgment hold on resumes the rules were not written from: each test
writes its own invented resume lines into a real file and reads it back with the real reader."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.analysis.experience import estimate
from app.reading.resume import read_resume

TODAY = date(2026, 6, 1)
TODAY_MONTH = TODAY.year * 12 + TODAY.month - 1


def _company_dates_title_pdf(path: Path) -> Path:
    """A layout that prints the employer (bold), the dates on their own line, then the title
    (bold as well, in a size close to the employer's); two titles share one employer line."""
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((50, 60), "Priya Vandermeer", fontsize=20, fontname="hebo")
    page.insert_text((50, 100), "EXPERIENCE", fontsize=12, fontname="hebo")
    y = 122
    entries = [
        ("Quillfeather Archives, Denver, CO", [
            ("April 2019 - Present", "Staff Software Engineer",
             ["Designed the tiered cache for the manuscript search service in Go.",
              "Cut cold-start time of the indexer from 40 minutes to 6 minutes."]),
            ("May 2016 - March 2019", "Software Engineer",
             ["Wrote the ingestion workers for scanned ledgers in Python."]),
        ]),
        ("Bramblewick Freight, Boulder, CO", [
            ("June 2012 - April 2016", "Software Engineer",
             ["Built the route-pricing service in Java used by dispatch."]),
        ]),
    ]
    for employer, roles in entries:
        page.insert_text((50, y), employer, fontsize=10.5, fontname="hebo")
        y += 14
        for dates, title, bullets in roles:
            page.insert_text((50, y), dates, fontsize=9.4, fontname="heit")
            y += 13
            page.insert_text((50, y), title, fontsize=10.8, fontname="tibo")
            y += 14
            for text in bullets:
                page.insert_text((58, y), "•", fontsize=10, fontname="helv")
                page.insert_text((68, y), text, fontsize=10, fontname="tiro")
                y += 13
        y += 6
    doc.save(str(path))
    return path


def test_a_title_under_its_employer_and_dates_line_is_one_role(tmp_path: Path) -> None:
    """'Employer' / 'dates' / 'Title': the title belongs to the employer's entry, so every
    role keeps its dates and its years count (they were lost when the title read as a second,
    undated entry)."""
    r = read_resume(_company_dates_title_pdf(tmp_path / "under.pdf"))
    got = [(x.title, x.organization, x.dates) for x in r.roles]
    assert got == [
        ("Staff Software Engineer", "Quillfeather Archives", "April 2019 - Present"),
        ("Software Engineer", "Quillfeather Archives", "May 2016 - March 2019"),
        ("Software Engineer", "Bramblewick Freight", "June 2012 - April 2016"),
    ]
    exp = estimate(r, TODAY_MONTH)
    assert exp.years is not None and exp.years >= 13.5


NEW_GRAD_SDE = """
Software Development Engineer I (Campus 2027)
Amazon

We are hiring recent university graduates into full-time software roles starting in 2027.

BASIC QUALIFICATIONS
- Experience with at least one general-purpose programming language such as Java or Python
- Bachelor's degree in Computer Science or a related field

PREFERRED QUALIFICATIONS
- Previous technical internship(s) or project experience
"""

EXPERIENCED_ENGINEER = """
Tomasz Weatherby
tomasz@example.org

EXPERIENCE
Software Engineer, Larkspur Tiles
March 2020 – Present
- Wrote the order-intake service in Java and Spring Boot that replaced faxed orders for 300 shops.
- Moved the stock database from a single server to PostgreSQL with read replicas.

Junior Developer, Gullwing Travel
July 2018 – February 2020
- Built the fare-search page in TypeScript and React.

EDUCATION
B.S. Computer Science, University of Toledo, 2014 – 2018
"""


def test_a_new_graduate_posting_offers_its_entry_level(tmp_path: Path) -> None:
    """Years before do not raise the level a new-graduate requisition offers: it hires at L4."""
    from judge_helpers import judge

    got = judge(tmp_path, EXPERIENCED_ENGINEER, NEW_GRAD_SDE, "ng")
    assert got.years is not None and got.years >= 7
    assert got.level == "L4", got.report.fit.level_reason
    assert "new graduates" in got.report.fit.level_reason
    senior = judge(tmp_path, EXPERIENCED_ENGINEER, NEW_GRAD_SDE.replace(
        "Software Development Engineer I (Campus 2027)", "Software Development Engineer II").replace(
        "We are hiring recent university graduates into full-time software roles starting in "
        "2027.", "You will own services end to end."), "sde2")
    assert senior.level in ("L5", "L6"), senior.report.fit.level_reason
