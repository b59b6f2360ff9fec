"""Degrees read as a recruiter reads them: a Latin-American "Ingeniería de Sistemas" is a
computing degree, also when a two-column layout puts it after another section; a master's in
mechanical engineering does not meet "computer science, electrical engineering or
equivalent"; a degree whose dates end after the file was saved was still under way when the
resume was written; and a consulting manager whose lines build data lakes and pipelines did
data engineering."""

from __future__ import annotations

from pathlib import Path

import docx

from tests.analysis.judge_helpers import TODAY, judge, knowledge

POSTING = """
Machine Learning Engineer II, Speech
Amazon

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
- Bachelor's degree in computer science, electrical engineering or equivalent
"""

SISTEMAS = """
Valentina Ospina Gallego
valentina.og@example.com

WORK EXPERIENCE
Machine Learning Engineer | Pagos Andinos S.A.S. | Mar 2019 – Present
- Built the real-time fraud scoring service in Python, 2,000 requests per second.

EDUCATION

TALKS
"Fraude en tiempo real" — PyCon Colombia 2024
Ingeniería de Sistemas (B.S. Systems Engineering, 5 years) 2012 – 2017
Universidad del Norte Andino
"""

MECHANICAL = """
Henrik Dalgaard-Moss
henrik.dm@example.com

EXPERIENCE
Data Scientist | Northfell Turbines | Jan 2019 – Present
- Built a bearing-failure detector on vibration data with an autoencoder in PyTorch.

EDUCATION
M.Sc. Mechanical Engineering, Aalborg Technical University, 2010
"""


def test_sistemas_is_a_computing_degree_wherever_the_layout_puts_it(tmp_path: Path) -> None:
    j = judge(tmp_path, SISTEMAS, POSTING)
    assert j.of("Bachelor's degree") == "met", j.why("Bachelor's degree")


def test_a_named_engineering_field_is_not_any_engineering(tmp_path: Path) -> None:
    j = judge(tmp_path, MECHANICAL, POSTING)
    assert j.of("Bachelor's degree") != "met", j.why("Bachelor's degree")


def test_a_degree_ending_after_the_file_was_saved_is_under_way(tmp_path: Path) -> None:
    from datetime import datetime

    from app.analysis.pipeline import analyze
    from app.reading.jobs import read_job
    from app.reading.resume import read_resume

    d = docx.Document()
    for line in ("Owen Lachance-Nguyen", "owen.ln@example.com", "EDUCATION",
                 "Bachelor of Applied Science, Computer Engineering (Co-op)",
                 "Sep 2021 – Apr 2026", "Harbourside University", "EXPERIENCE",
                 "Software Developer (Co-op) | Tidewater Robotics | Jan 2025 – Apr 2025",
                 "Wrote the sensor-logging service in Python."):
        d.add_paragraph(line)
    d.core_properties.modified = datetime(2025, 9, 19)
    d.core_properties.created = datetime(2025, 9, 19)
    path = tmp_path / "owen.docx"
    d.save(str(path))
    jp = tmp_path / "job.txt"
    jp.write_text(POSTING.strip() + "\n", encoding="utf-8")
    k = knowledge()
    job = read_job(jp, k)
    report = analyze(read_resume(path), job, k, role="auto", today=TODAY)
    texts = {r.id: r.text for r in job.requirements}
    got = {texts[m.requirement_id]: m for m in report.requirement_matches}
    degree = next(m for t, m in got.items() if t.startswith("Bachelor's degree"))
    assert degree.verdict == "partly", degree.reason


DE_POSTING = """
Data Engineer II, Retail Analytics
Amazon

BASIC QUALIFICATIONS
- 3+ years of data engineering experience
- Experience with SQL
- Experience with data modeling, warehousing and building ETL pipelines
"""

CONSULTANT = """
Renske Vroegindeweij
renske.v@example.com

EXPERIENCE
Manager, Data & Analytics Advisory | Brightwater Partners LLP | Jan 2021 – Present
- Led a team of 5 to build a retailer's AWS data lake: 90 source tables ingested with Glue and Spark into S3.
- Wrote the core PySpark jobs for the sales facts and the Airflow DAGs that run them.
- Built an Azure Data Factory pipeline and SQL Server data mart for a hospital's finance team.

EDUCATION
B.S. Information Systems, Kestrel State University, 2016
"""


def test_an_analytics_consultant_who_builds_data_systems_did_data_engineering(
        tmp_path: Path) -> None:
    j = judge(tmp_path, CONSULTANT, DE_POSTING)
    assert j.of("3+ years of data engineering") == "met", j.why("3+ years of data engineering")


HIPAA_POSTING = """
Data Engineer II, Pharmacy Analytics
Amazon

BASIC QUALIFICATIONS
- 3+ years of data engineering experience
- Experience with SQL

PREFERRED QUALIFICATIONS
- Experience working with healthcare or other regulated data (HIPAA, PHI)
"""

QA_AT_HEALTH_IT = """
Yolanda Achterberg-Ruiz
yolanda.ar@example.com

EXPERIENCE
QA Engineer II | Brightfield Health IT | Apr 2018 – Present
- Automated regression tests for the patient-portal web app with Selenium and Java.
- Wrote SQL checks for the release database before each deploy.

EDUCATION
B.S. Computer Science, Orrin State University, 2017
"""


def test_regulated_data_is_handled_in_a_line_not_shown_by_an_employer(tmp_path: Path) -> None:
    line = "Experience working with healthcare or other regulated data"
    qa = judge(tmp_path, QA_AT_HEALTH_IT, HIPAA_POSTING, "qa")
    assert qa.of(line) == "not-met", qa.why(line)
    handled = QA_AT_HEALTH_IT.replace(
        "Wrote SQL checks for the release database before each deploy.",
        "Built the nightly pipeline that de-identifies PHI in claims data before analysts query it.")
    assert judge(tmp_path, handled, HIPAA_POSTING, "phi").of(line) == "met"


ANALYST = """
Imelda Castaneda-Roos
imelda.cr@example.com

EXPERIENCE
Senior Healthcare Data Analyst | Larkspur Health System | Jan 2019 – Present
- Write and maintain the SQL that feeds the sepsis-bundle compliance dashboard from Epic Clarity.
- Built the weekly readmissions report in Tableau for 6 hospitals.
Data Analyst | Fenmore Clinics | Jan 2016 – Dec 2018
- SQL Server reporting for clinic scheduling and no-shows.

EDUCATION
M.S. Health Informatics, Orrin State University, 2015
"""


def test_an_analysts_data_years_beside_a_data_engineering_line_are_a_stretch(
        tmp_path: Path) -> None:
    """Years of SQL analysis work are next to data engineering, not nothing: stretch, not
    'not yet'."""
    j = judge(tmp_path, ANALYST, DE_POSTING)
    assert j.verdict == "stretch", j.verdict


def test_quantitative_fields_in_the_language_the_degree_is_printed_in() -> None:
    from app.analysis.education import field_of

    assert field_of("M.Sc. Statistik, Universität Lindenau") == "quantitative"
    assert field_of("Licence de mathématiques, Université de Valmont") == "quantitative"
    assert field_of("Máster en Estadística, Universidad de Tordesal") == "quantitative"
    assert field_of("B.A. Art History") == "other"
