"""A resume pasted from a web application form (invented lines): each job is a run of labelled
fields ("Job title:", "Employer:", "City:", "Period:", "Description:"); the labels are not part
of the title or the employer, and the period is the role's dates."""

from __future__ import annotations

from pathlib import Path

from app.reading.resume import read_resume

FORM = (
    "Full name: Maeve Oduya\r\n"
    "Email: maeve.oduya@example.com\r\n"
    "\r\n"
    "Work experience\r\n"
    "Job title: Data Engineer\r\n"
    "Employer: Larchfield Foods Ltd\r\n"
    "City: Galway\r\n"
    "Period: April 2022 - present\r\n"
    "Description:\r\n"
    "* Built the Airflow pipelines that load 40 supplier feeds into BigQuery.\r\n"
    "* Wrote the dbt models behind the sales dashboards.\r\n"
    "\r\n"
    "Job title: Reporting Analyst\r\n"
    "Employer: Corrib Energy\r\n"
    "City: Galway\r\n"
    "Period: June 2019 - March 2022\r\n"
    "Description:\r\n"
    "* Built monthly billing reports in SQL and Power BI.\r\n"
    "\r\n"
    "Education\r\n"
    "School: Atlantic University\r\n"
    "Qualification: BSc Computing, 2019\r\n"
)


def test_a_web_forms_fields_make_the_roles(tmp_path: Path) -> None:
    path = tmp_path / "application form.txt"
    path.write_bytes(FORM.encode("utf-8"))
    resume = read_resume(path)
    got = [(r.title, r.organization, r.dates) for r in resume.roles]
    assert got[:2] == [("Data Engineer", "Larchfield Foods Ltd", "April 2022 - present"),
                       ("Reporting Analyst", "Corrib Energy", "June 2019 - March 2022")], got
    first = [b.text for b in resume.bullets if b.role == 0]
    assert len(first) == 2 and first[0].startswith("Built the Airflow pipelines"), first
