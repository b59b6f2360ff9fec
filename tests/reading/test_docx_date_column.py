"""A DOCX whose roles sit in a table, the role's title, employer and bullets in one cell and
its dates alone in the cell beside it: each role keeps its own dates (read cell by cell, the
dates came after the bullets and went to the next role: held-back set 20, a consultancy
data scientist's four years read as one). Invented person."""

from __future__ import annotations

from pathlib import Path

from app.reading.resume import read_resume


def _cv(path: Path, dates_left: bool) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph().add_run("Wairimu Kabogo-Lind").bold = True
    d.add_paragraph("Perth, WA | wairimu.kl@example.com")
    d.add_paragraph().add_run("PROFESSIONAL EXPERIENCE").bold = True
    t = d.add_table(rows=0, cols=2)
    roles = (
        ("Senior Analyst", "Baobab Metrics, Kisumu", "Aug 2022 – Oct 2026",
         ("Built the loan-default scorecard in Python for 3 lenders.",
          "Cut the monthly portfolio report from 5 days to 1 with dbt and Power BI.")),
        ("Analyst", "Baobab Metrics, Kisumu", "Feb 2020 – Jul 2022",
         ("Cleaned survey data for 9 programmes in R.",)),
    )
    for title, org, when, bullets in roles:
        cells = t.add_row().cells
        body, side = (cells[1], cells[0]) if dates_left else (cells[0], cells[1])
        body.paragraphs[0].add_run(title).bold = True
        body.add_paragraph(org)
        for b in bullets:
            body.add_paragraph(b, style="List Bullet")
        side.text = when
    d.save(str(path))


def test_dates_in_the_cell_beside_a_role_are_that_roles(tmp_path: Path) -> None:
    for left in (False, True):
        path = tmp_path / f"cv_{left}.docx"
        _cv(path, dates_left=left)
        resume = read_resume(path)
        got = [(r.title, r.period) for r in resume.roles]
        assert got == [("Senior Analyst", "2022-08/2026-10"), ("Analyst", "2020-02/2022-07")], got
        first = [b.text for b in resume.bullets if b.role == 0]
        assert first[0].startswith("Built the loan-default scorecard"), first


def test_dates_beside_a_cell_of_achievements_do_not_make_one_the_employer(
        tmp_path: Path) -> None:
    """The title in a row of its own across both cells, then [dates | achievements]: the
    dates belong to the title above, and no achievement becomes the employer."""
    import docx

    d = docx.Document()
    d.add_paragraph("Maja Lindkvist-Oduya")
    d.add_paragraph("maja.lo@example.com · Stockholm")
    d.add_paragraph("EXPERIENCE")
    t = d.add_table(rows=0, cols=2)
    for title, when, paras in (
            ("Senior Data Scientist, Nordbank", "Mar 2021 – Present",
             ("Built the credit-risk model in Python and XGBoost for 2M retail customers.",
              "Ran A/B tests on the pricing page with 400k users.")),
            ("Data Analyst, Klarhet AB", "Jan 2018 – Feb 2021",
             ("Wrote SQL reports in Snowflake for the finance team.",
              "Built Tableau dashboards used by 40 managers."))):
        cells = t.add_row().cells
        cells[0].merge(cells[1]).text = title
        cells = t.add_row().cells
        cells[0].text = when
        cells[1].text = paras[0]
        cells[1].add_paragraph(paras[1])
    path = tmp_path / "cv.docx"
    d.save(str(path))
    resume = read_resume(path)
    got = [(r.title, r.organization, r.period) for r in resume.roles]
    assert got == [("Senior Data Scientist", "Nordbank", "2021-03/present"),
                   ("Data Analyst", "Klarhet AB", "2018-01/2021-02")], got
    assert len(resume.bullets) == 4


def test_titles_that_start_like_verbs_or_end_in_inc_keep_their_dates(tmp_path: Path) -> None:
    import docx

    for i, head in enumerate(("Lead Software Engineer, Nordbank", "Applied Scientist, Nordbank",
                              "Senior Software Engineer, Nordbank Inc.")):
        d = docx.Document()
        d.add_paragraph("Maja Lindkvist-Oduya")
        d.add_paragraph("maja.lo@example.com · Stockholm")
        d.add_paragraph().add_run("EXPERIENCE").bold = True
        t = d.add_table(rows=0, cols=2)
        cells = t.add_row().cells
        cells[0].paragraphs[0].add_run(head).bold = True
        for b in ("Built the credit-risk model in Python for 2M customers.",
                  "Ran the model-release review for four teams."):
            cells[0].add_paragraph(b, style="List Bullet")
        cells[1].text = "Mar 2019 – Present"
        path = tmp_path / f"cv{i}.docx"
        d.save(str(path))
        roles = read_resume(path).roles
        assert roles and roles[0].period == "2019-03/present", (head, [
            (r.title, r.period) for r in roles])
