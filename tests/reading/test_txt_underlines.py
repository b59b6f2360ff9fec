"""A plain-text resume with setext underlines under its headings ("EXPERIENCE" over a row of
dashes) and "Title | Employer | Place | Dates" role lines: the underline is no text of the
first title, a bullet that ends in a year in brackets is no role header, and the sections after
an underlined heading are their own (projects are not teaching)."""

from __future__ import annotations

from pathlib import Path

from app.reading.resume import read_resume

RESUME = """JANE DOE-WRIGHTSON
Platform Engineer
jane.dw@example.com

EXPERIENCE
----------
Senior Platform Engineer | Acme Corp, Cloud Team | Denver, CO | Since March 2022
  * Built the deploy service in Go used by 40 teams.
  * On-call rotation; postmortems for every outage (4 in 2024).
Platform Engineer | Acme Corp, IT | Denver, CO | 2017 - Feb 2022
  * Wrote Python tools for usage accounting.

PROJECTS
------
Budget tracker (2023)
  * Wrote a Flask app that 30 neighbours use to split bills.

SKILLS
------
Go, Python
"""


def test_underlined_headings_and_pipe_roles(tmp_path: Path) -> None:
    path = tmp_path / "resume.txt"
    path.write_text(RESUME, encoding="utf-8")
    r = read_resume(path)
    got = [(ro.title, ro.organization) for ro in r.roles]
    assert got[:2] == [("Senior Platform Engineer", "Acme Corp, Cloud Team"),
                       ("Platform Engineer", "Acme Corp, IT")], got
    on_call = next(b for b in r.bullets if b.text.startswith("On-call rotation"))
    assert on_call.section == "EXPERIENCE"
    flask = next(b for b in r.bullets if "Flask" in b.text)
    assert flask.section == "PROJECTS"


def test_a_year_in_brackets_does_not_make_a_role_line() -> None:
    from app.reading.wording import is_role_line

    assert not is_role_line("On-call rotation; postmortems for every outage (4 in 2024).")
    assert is_role_line("Member of the Literacy Team (2011 - 2013)")
    assert is_role_line("Northwind Traders, 2018 - 2020")


def test_a_heading_in_two_languages_names_its_section() -> None:
    from app.reading.headings import known_heading

    assert known_heading("BERUFSERFAHRUNG / EXPERIENCE") == "experience"
    assert known_heading("AUSBILDUNG / EDUCATION") == "education"
    assert known_heading("Compétences | Skills") == "skills"


CONSULTANT = """MORWENNA QUILLBY-ASHE
Independent Data Scientist
morwenna@example.com

CLIENT ENGAGEMENTS (Quillby Analytics LLC, 04/2019-present)
===========================================================

Churn modelling | client "Project Birch" (B2B software) | remote | 05/2022-04/2023
  > Survival models for account churn; the early-warning list is still used by the client.

Demand forecasting | regional grocery chain | Denver, CO | 03/2024-09/2024
  > Store-by-SKU weekly forecasts with LightGBM for 38 stores; waste down 12% in the pilot.

EDUCATION
=========

M.S. Applied Statistics | Front Range University | 2014
"""


def test_a_long_underlined_heading_and_quote_marked_bullets(tmp_path: Path) -> None:
    path = tmp_path / "consultant.txt"
    path.write_text(CONSULTANT, encoding="utf-8")
    r = read_resume(path)
    assert [ro.title for ro in r.roles] == ["Churn modelling", "Demand forecasting"]
    texts = [b.text for b in r.bullets]
    assert any(t.startswith("Survival models for account churn") for t in texts), texts
    assert any(t.startswith("Store-by-SKU weekly forecasts") for t in texts), texts


def test_a_pasted_page_footer_and_a_title_wrapped_over_two_lines(tmp_path) -> None:  # noqa: ANN001
    """A TXT resume pasted from a two-page PDF: its running footer ('Name | Resume | Page 1 of
    2') sat between an entry's dates and its bullets and became part of the entry, and the
    entry's title, wrapped at '&', was read as a paragraph of achievement text."""
    from app.reading.resume import read_resume

    path = tmp_path / "r.txt"
    path.write_text(
        "MIRREN ASHCOMBE\nmirren@example.org\n\nEXPERIENCE\n\n"
        "Data Analyst – Harrowgate Mutual\nCanberra ACT  Jul 2021 – Present\n"
        "• Produced weekly claims reporting in Excel and Tableau.\n\n"
        "Reporting Analyst – University of the Western Plains, Planning &\nPerformance Office\n"
        "Canberra ACT  Feb 2019 – Jun 2021\nMirren Ashcombe | Resume | Page 1 of 2\n"
        "• Built student load and attrition reports in SQL Server Reporting\nServices and Excel.\n"
        "• Cleaned and reconciled enrolment data for government submissions.\n\n"
        "REFEREES\nAvailable on request\nMirren Ashcombe | Resume | Page 2 of 2\n",
        encoding="utf-8")
    resume = read_resume(path)
    assert [(r.title, r.organization, r.dates) for r in resume.roles] == [
        ("Data Analyst", "Harrowgate Mutual", "Jul 2021 – Present"),
        ("Reporting Analyst", "University of the Western Plains, Planning & Performance Office",
         "Feb 2019 – Jun 2021")]
    assert [b.text for b in resume.bullets] == [
        "Produced weekly claims reporting in Excel and Tableau.",
        "Built student load and attrition reports in SQL Server Reporting Services and Excel.",
        "Cleaned and reconciled enrolment data for government submissions."]
    assert "Page 1 of 2" not in resume.text
