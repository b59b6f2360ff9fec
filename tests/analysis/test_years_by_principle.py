"""Professional years the way a recruiter counts them, one principle per test, on resumes
written here (real TXT, DOCX and PDF files read back by the real reader):

- role dates in a date column whose range runs over two rows ('2022 –' above 'Present');
- jobs written as sentences ('Working as ... in ... from Aug 2021 to till date');
- research counts when it built software or ML systems as its main work, in any field; a
  post-doctoral appointment in a computing field counts; lab work with an analysis script does
  not;
- IT administration is not software engineering unless it builds software;
- a highlighted project at the same employer, or a client project inside a job, is that job's
  work (its lines are work evidence, its months are not counted twice);
- a minor is not a degree's field; "Language Technologies" is a computing field.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.analysis.education import field_of
from app.analysis.experience import estimate
from app.reading.resume import read_resume

TODAY = 2026 * 12 + 5  # June 2026


def _txt(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / f"{name}.txt"
    path.write_text(text.strip() + "\n", encoding="utf-8")
    return path


def _years(path: Path) -> tuple[float | None, dict]:
    exp = estimate(read_resume(path), TODAY)
    return exp.years, {(w.title, w.kind): w.counted for w in exp.work}


def _timeline_pdf(path: Path, rows: list[tuple[str, str, str, str, list[str]]]) -> Path:
    """A designed PDF: a narrow date column on the left whose range takes two rows, the title
    (bold) and the employer beside it, bullets drawn as shapes to the right."""
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((72, 60), "Jamie Rivera", fontsize=20, fontname="hebo")
    page.insert_text((72, 80), "jamie.rivera@example.com | Denver, CO", fontsize=9)
    page.insert_text((72, 115), "EXPERIENCE", fontsize=12, fontname="hebo")
    y = 140.0
    for start, end, title, org, bullets in rows:
        page.insert_text((72, y), f"{start} -", fontsize=9, fontname="hebo")
        page.insert_text((72, y + 11), end, fontsize=9)
        page.insert_text((140, y), title, fontsize=10, fontname="hebo")
        page.insert_text((140, y + 11), org, fontsize=9)
        y += 26
        for b in bullets:
            page.draw_circle((146, y - 3), 1.5, color=(0, 0, 0), fill=(0, 0, 0))
            page.insert_text((154, y), b, fontsize=9)
            y += 13
        y += 10
    page.insert_text((72, y + 10), "EDUCATION", fontsize=12, fontname="hebo")
    page.insert_text((140, y + 30), "B.S. Computer Science, Colorado State University, 2016",
                     fontsize=9)
    doc.save(str(path))
    return path


def test_a_date_column_whose_range_runs_over_two_rows(tmp_path: Path) -> None:
    path = _timeline_pdf(tmp_path / "timeline.pdf", [
        ("2021", "Present", "Senior Backend Engineer", "Northwind Systems · Denver, CO",
         ["Built the order service in Go handling 3M requests a day.",
          "Led the move of billing to Kubernetes with zero downtime."]),
        ("2017", "2021", "Software Engineer", "Brightpath Labs · Boulder, CO",
         ["Wrote REST APIs in Java for the scheduling product."]),
    ])
    resume = read_resume(path)
    dates = {r.title: r.dates for r in resume.roles}
    assert dates.get("Senior Backend Engineer", "").replace(" ", "") == "2021-Present", dates
    assert dates.get("Software Engineer", "").replace(" ", "") == "2017-2021", dates
    exp = estimate(resume, TODAY)
    assert exp.years is not None and 9.0 <= exp.years <= 9.5, exp.reason


def test_jobs_written_as_sentences(tmp_path: Path) -> None:
    path = _txt(tmp_path, "sentences", """
RAVI KUMAR
ravi.kumar@example.com | Pune

Work Experience:
• Working as Senior Software Engineer in Keystone Infotech, Pune from Aug 2022 to till date.
• Worked as Software Engineer in Granite Softworks, Pune from Jun 2019 to Jul 2022.

Project Details:
Project #2: Claims Portal
Client: US based insurance company
Role: Senior Software Engineer
Duration: Aug 2022 – Till date
• Developed REST API's for claim submission using Spring Boot.
• Fixed production issues, L3 support in rotation.

Educational Qualification:
B.Tech (Computer Science) JNTU 2019 72%
""")
    resume = read_resume(path)
    roles = {r.title: r for r in resume.roles}
    assert roles["Senior Software Engineer"].organization == "Keystone Infotech"
    assert "Software Engineer" in roles
    exp = estimate(resume, TODAY)
    # Jun 2019 to June 2026: seven years; the client project inside the job adds nothing
    assert exp.years == pytest.approx(7.0, abs=0.15), exp.reason
    project = next(w for w in exp.work if "Claims Portal" in w.title)
    assert project.counted and project.kind == "engineering", project.note


def test_research_that_built_software_counts_in_any_field(tmp_path: Path) -> None:
    built = _txt(tmp_path, "built", """
Ana Duarte
ana@example.com

EXPERIENCE
Graduate Research Assistant, Marine Ecology Lab, University of Oregon
Sep 2019 – Aug 2024
• Built a Python pipeline (NumPy, PyTorch) that processes 20 TB of sonar recordings on the campus cluster.
• Trained a convolutional network to classify whale calls; F1 0.91 against 0.78 for the old method.
• Ran field surveys on two research vessels.

EDUCATION
Ph.D., Marine Biology, University of Oregon, 2019 – 2024
""")
    years, work = _years(built)
    assert years == pytest.approx(4.9, abs=0.15)
    assert work[("Graduate Research Assistant", "research")]

    lab = _txt(tmp_path, "lab", """
Ana Duarte
ana@example.com

EXPERIENCE
Graduate Research Assistant, Marine Ecology Lab, University of Oregon
Sep 2019 – Aug 2024
• Ran field surveys on two research vessels and tagged 40 animals.
• Imaged plankton samples and segmented them with a U-Net in Python.
• Analysed the survey data and wrote the lab's analysis scripts.

EDUCATION
Ph.D., Marine Biology, University of Oregon, 2019 – 2024
""")
    years, work = _years(lab)
    assert years == 0.0
    assert not work[("Graduate Research Assistant", "research")]


def test_a_postdoc_in_a_computing_field_counts_and_a_theory_phd_does_not(tmp_path: Path) -> None:
    path = _txt(tmp_path, "postdoc", """
Claire Martin
claire@example.com

ACADEMIC APPOINTMENTS
Postdoctoral Fellow, Department of Computer Science, University of Toronto
2023 – present

EDUCATION
Ph.D., Computer Science, University of Michigan, 2018 – 2023
Thesis: Calibration of probabilistic predictions under dataset shift.

PUBLICATIONS
• C. Martin. Conformal prediction under shift. ICML, 2024.
""")
    exp = estimate(read_resume(path), TODAY)
    # the postdoc from 2023 counts; the PhD, whose lines build nothing, does not
    assert exp.years == pytest.approx(3.4, abs=0.15), exp.reason
    assert any(w.kind == "research" and w.counted and "post-doctoral" in w.note for w in exp.work)
    assert not any(w.role < 0 and w.counted for w in exp.work)


def test_it_administration_is_not_software_engineering(tmp_path: Path) -> None:
    path = _txt(tmp_path, "admin", """
Sam Okoye
sam@example.com

EXPERIENCE
DevOps Engineer, Harbor Logistics
Jan 2021 – Present
• Built CI/CD pipelines in GitLab for 40 services and moved them to Kubernetes.

Systems Administrator, Lumen Retail
Jan 2018 – Dec 2020
• Linux administration and patching; automated routine tasks with Bash and Python.
""")
    years, work = _years(path)
    assert years == pytest.approx(5.4, abs=0.15)
    assert not work[("Systems Administrator", "other")]


def test_a_highlighted_project_at_the_same_employer_is_that_jobs_work(tmp_path: Path) -> None:
    path = _txt(tmp_path, "highlight", """
Dana Whitfield
dana@example.com

EXPERIENCE
Staff Software Engineer, Ledgerly
Jan 2020 – Present
• Set the architecture for the payments ledger used by 12 teams.

SELECTED TECHNICAL LEADERSHIP
Multi-region ledger, Ledgerly
2021 – 2023
• Led the move to a multi-region design handling 40M transactions a day.
""")
    exp = estimate(read_resume(path), TODAY)
    assert exp.years == pytest.approx(6.4, abs=0.15)
    highlight = next(w for w in exp.work if w.title.startswith("Multi-region"))
    assert highlight.counted and highlight.kind == "engineering"


def test_a_degree_field_is_its_major_not_its_minor() -> None:
    assert field_of("B.A. Economics, minor in Informatics") == "quantitative"
    assert field_of("B.S. Computer Science, Minor in Statistics") == "computing"
    assert field_of("Ph.D., Language Technologies") == "computing"
    assert field_of("B.A., History (minor in Computer Science)") == "other"


def test_a_title_that_names_data_science_as_its_team_is_science_work(tmp_path: Path) -> None:
    """'Associate, Data Science' (the discipline as the title's team) is science work, counted
    like 'Data Scientist'; an 'Associate, Operations' is not."""
    path = _txt(tmp_path, "ds_associate", """
Oluchi Ben
oluchi@example.com

EXPERIENCE
Associate, Data Science - Wrenfield Mutual
Jul 2022 - Present
• Built a lapse-risk model (LightGBM, 90 features) that ranks policies for the retention team.
• Deployed the model as a batch scoring job on AWS with weekly drift checks.
""")
    exp = estimate(read_resume(path), TODAY)
    assert exp.years == pytest.approx(3.9, abs=0.15), exp.reason
    assert any(w.kind == "science" and w.counted for w in exp.work), exp.reason


def test_a_role_whose_lines_build_models_is_science_whatever_its_title(tmp_path: Path) -> None:
    """'Retention Modeling Specialist' and 'Analyst II, Decision Science' whose lines train and
    run models of their own are data-science years; an analyst who reports and presents, or a
    consultant with no model of their own, is not."""
    path = _txt(tmp_path, "modeling", """
Priya Venkat
priya@example.com

EXPERIENCE
Retention Modeling Specialist, Larkmoor Telecom
Mar 2023 - Present
• Built a churn-propensity model (XGBoost, 180 features) that ranks 2M subscribers each week.
• Estimated price elasticity for 5 plans with a hierarchical Bayesian model in PyMC.
• Own the nightly batch scoring job in Airflow that writes scores to the warehouse.

Analyst II, Decision Science, Larkmoor Telecom
Jan 2021 - Feb 2023
• Forecasted weekly store traffic for 200 stores with Prophet and gradient boosting.
• Wrote SQL and Python pipelines behind the marketing dashboards.

Reporting Analyst, Fernhill Bank
Jun 2019 - Dec 2020
• Produced the monthly branch performance pack in Excel for 40 branch managers.
• Presented findings to the regional leadership team each quarter.
""")
    exp = estimate(read_resume(path), TODAY)
    kinds = {w.title.split(",")[0]: (w.kind, w.counted) for w in exp.work}
    assert kinds["Retention Modeling Specialist"] == ("science", True), exp.reason
    assert kinds["Analyst II"][0] == "science", kinds
    assert kinds["Reporting Analyst"][0] == "analytics", kinds
    assert exp.years == pytest.approx(5.4, abs=0.15), exp.reason
