"""Rules written from the seventeenth held-back set, each on invented lines:

- an internship named in another language (Portuguese "Estágio", Spanish "Becario", Italian
  "Tirocinio", Dutch "Stagiair", German "Praktikant", Finnish "harjoittelija") is an
  internship, never full-time years;
- a doctorate still under way (expected, or running to the resume's date) is study, and so is
  the research assistantship held in it; a finished one that built systems still counts;
- a research assistant who built a dataset (images collected and annotated) built no software;
  "Red River" names no R code;
- a compact entry of earlier roles ("Earlier roles 2009 – 2018" over employers with years and a
  line saying what they were) counts as that kind of work, its employers' names as no titles;
- a network engineer runs networks: not software years, except on an infrastructure or network
  posting; military service (a platoon leader running tactical networks) is not engineering
  years, whatever its lines say; a software developer in uniform who builds software is;
- on a data-engineering ladder an analytics engineer's years count by the share of the role's
  lines that build data systems (dbt models, warehouse loads), not its dashboards and readouts.
"""

from __future__ import annotations

from pathlib import Path

from app.analysis.dates import month_index
from app.analysis.experience import _title_kind, estimate, for_posting
from app.reading.resume import read_resume
from tests.analysis.judge_helpers import judge

AS_OF = month_index(2026, 10)


def _estimate(tmp_path: Path, text: str, name: str = "cv"):  # type: ignore[no-untyped-def]
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return estimate(read_resume(path), AS_OF)

SOFTWARE = "Developed REST services in Java for the billing system \n Wrote unit tests with JUnit"


def test_internships_named_in_other_languages_are_internships() -> None:
    for title in ("Estágio em Desenvolvimento de Software", "Estagiária de Engenharia de Dados",
                  "Becario de Ingeniería de Software", "Pasante de Desarrollo",
                  "Desarrollador en prácticas", "Tirocinio in Sviluppo Software",
                  "Stagista Software Engineer", "Stagiaire Développeur Java",
                  "Stagiair Software Engineering", "Praktikant Softwareentwicklung",
                  "Ohjelmistokehittäjä, kesäharjoittelija", "Stażysta, programista Java"):
        assert _title_kind(title, "Experience", "experience", SOFTWARE)[0] == "internship", title
    # an English "stage" and a full-time developer's title are no internships
    for title in ("Software Engineer, Early Stage Products", "Desarrollador de Software"):
        assert _title_kind(title, "Experience", "experience", SOFTWARE)[0] == "engineering", title


CANDIDATE = """
Ilse Marwick
ilse.marwick@example.com

EDUCATION
Ph.D. in Computer Science (Machine Learning), Harrowgate University, Sep 2021 – {end}
Thesis: Sparse attention for edge devices. Built and trained efficient transformer models in PyTorch.
B.S. Computer Science, Harrowgate University, 2017 – 2021

RESEARCH EXPERIENCE
Graduate Research Assistant, Sparse Systems Lab, Harrowgate University, Sep 2021 – {ra_end}
- Implemented a CUDA kernel for block-sparse attention in the lab's inference library.
- Built the benchmarking harness the lab uses on three GPU types.

Research Intern, Quillfeather AI, Summer 2024
- Trained a 4-bit quantized speech model for phones.
"""


def test_a_doctorate_still_under_way_is_study(tmp_path: Path) -> None:
    ongoing = _estimate(tmp_path, CANDIDATE.format(end="May 2027 (expected)", ra_end="Present"))
    assert ongoing.years == 0.0, [(w.title, w.kind, w.counted) for w in ongoing.work]
    assert {w.kind for w in ongoing.work if "Ph.D." in w.title or "Assistant" in w.title} == {"study"}
    finished = _estimate(tmp_path, CANDIDATE.format(end="Aug 2025", ra_end="Aug 2025"), "done")
    assert finished.years is not None and finished.years >= 3.5, finished.years


RESEARCH_ASSISTANT = """
Tomas Ferreira-Lund
tomas.fl@example.com

EXPERIENCE
Research Assistant, Computer Vision Group, Red River Institute of Technology, Jul 2022 – Jun 2024
- {line}

EDUCATION
B.S. Computer Science, Red River Institute of Technology, 2018 – 2022
"""


def test_a_dataset_built_is_not_software_built(tmp_path: Path) -> None:
    dataset = _estimate(tmp_path, RESEARCH_ASSISTANT.format(
        line="Built a dataset of 12k annotated street images for vehicle detection."))
    assert dataset.years == 0.0, [(w.title, w.note) for w in dataset.work]
    detector = _estimate(tmp_path, RESEARCH_ASSISTANT.format(
        line="Built a vehicle detection pipeline in Python and trained its YOLO detector."), "det")
    assert detector.years is not None and detector.years >= 1.9, detector.years


EARLIER = """
Corentin Abara
corentin.abara@example.com

EXPERIENCE
Staff Engineer, Payments Platform | Lindqvist Pay | 2018 – Present
- Designed the ledger service in Go that 14 teams post payments to.
- Led the migration of settlement jobs to Kafka streams.

Previous roles | 2009 – 2018
Osterley Analytics 2009–2012 · Brightwater Freight 2012–2015 · Pell & Marsh 2015–2018
{what}
"""


def test_a_compact_line_of_earlier_roles_counts(tmp_path: Path) -> None:
    exp = _estimate(tmp_path, EARLIER.format(
        what="Backend and data pipeline engineering in Java and Scala, senior engineer from 2013."))
    assert exp.years is not None and exp.years >= 16.5, [(w.title, w.kind) for w in exp.work]
    # an employer called "... Analytics" on that line is no analyst's title
    assert not any(w.kind == "analytics" for w in exp.work)
    sales = _estimate(tmp_path, EARLIER.format(
        what="Sales and account management roles at freight firms."), "sales")
    assert sales.years is not None and sales.years < 9, [(w.title, w.kind) for w in sales.work]


VETERAN = """
Darnell Okafor-Hayes
darnell.oh@example.com

EXPERIENCE
Software Engineer | Halvard Avionics | Mar 2024 – Present
- Develop Java microservices for flight-plan validation; p95 latency from 900 ms to 200 ms.
- Wrote the integration test suite with Testcontainers.

Network Engineer | Halvard Avionics | Jan 2019 – Feb 2024
- Designed and operated the campus network for 600 users across 3 sites.
- Automated switch configuration with Ansible and Python scripts.
- Led the firewall refresh and two security accreditations.

MILITARY EXPERIENCE
Systems Engineer, 2nd Signal Battalion | United States Army | 2014 – 2018
- Led a platoon of 28 soldiers running tactical network nodes in field exercises.
- Built the battalion's network status board and restored command post links within an hour.
"""


def test_network_and_military_years_are_not_software_years(tmp_path: Path) -> None:
    exp = _estimate(tmp_path, VETERAN)
    assert exp.years is not None and exp.years < 3, [(w.title, w.kind, w.note) for w in exp.work]
    assert any("military" in w.note for w in exp.work)
    # on a network or infrastructure posting the network engineer's years are the work asked
    infra = for_posting(exp, "Systems Development Engineer II, Networking")
    assert infra.years is not None and infra.years >= 7.5, infra.years
    assert for_posting(exp, "Software Development Engineer II").years == exp.years


UNIFORM = """
Priya Castellanos
priya.c@example.com

EXPERIENCE
Software Developer | U.S. Air Force | Jun 2019 – May 2023
- Built a React and Go web app for tanker refuelling schedules used by 12 bases.
- Developed the REST API and its PostgreSQL schema.
"""


def test_a_software_developer_in_uniform_builds_software(tmp_path: Path) -> None:
    exp = _estimate(tmp_path, UNIFORM)
    assert exp.years is not None and exp.years >= 3.9, [(w.title, w.kind, w.note) for w in exp.work]


DATA_ENGINEER_POSTING = """
Data Engineer II, Amazon Freight Analytics
Amazon

Basic Qualifications
- 3+ years of data engineering experience
- Experience with SQL

Preferred Qualifications
- Experience with Spark or EMR
"""

ANALYTICS_ENGINEER = """
Rhiannon Vasquez-Bell
rhiannon.vb@example.com

EXPERIENCE
{title} | Millbrook Grocers | Jan 2022 – Present
- {first}
- Designed the Looker metrics layer for orders and deliveries.
- Wrote the readouts for 25 A/B tests on the checkout.
- Presented the weekly trading dashboard to the leadership team.
- Looker admin: permissions, folders and usage audits.

EDUCATION
B.Sc. Computer Science, Tidewater University, 2017 – 2021
"""


def test_an_analytics_engineers_years_on_a_data_engineering_ladder(tmp_path: Path) -> None:
    analytics = judge(tmp_path, ANALYTICS_ENGINEER.format(
        title="Analytics Engineer", first="Built the dbt project on Snowflake: 180 models."),
        DATA_ENGINEER_POSTING, "ae")
    assert analytics.level == "L4", analytics.level
    data = judge(tmp_path, ANALYTICS_ENGINEER.format(
        title="Data Engineer", first="Built the Airflow and Spark pipelines into Snowflake."),
        DATA_ENGINEER_POSTING, "de")
    assert data.level == "L5", data.level


def test_a_department_line_read_as_a_title_is_the_engineering_job_held_there(tmp_path) -> None:
    """A grid record (a Japanese rirekisho's table) can put the employer and department where
    the title goes and the project beside it ('Kumoi Denki Co., Ltd. / Advanced Safety
    Systems'), which reads as a role of no kind: during the engineering job held at that
    employer, its work is engineering work (the roles read from a real file, the grid's
    order of title and organisation applied to the second)."""
    from dataclasses import replace

    from app.analysis.experience import _department_lines, estimate
    from app.reading.resume import read_resume

    text = """
Aoi Tachibana
aoi.tachibana@example.com

EXPERIENCE
Embedded Software Engineer | Kumoi Denki Co., Ltd. | Apr 2018 – Present
- Wrote CAN diagnostics modules for the body control ECU in C.

Driver monitoring prototype | Kumoi Denki Co., Ltd. / Advanced Safety Systems | Oct 2024 – Present
- Ported the drowsiness detection model to the in-vehicle computer with TensorRT.
"""
    p = tmp_path / "r.txt"
    p.write_text(text.strip() + "\n", encoding="utf-8")
    work = list(estimate(read_resume(p), 2026 * 12 + 6).work)
    grid = [replace(w, title=w.organization, organization=w.title, kind="other", counted=False)
            if w.title.startswith("Driver") else w for w in work]
    dept = [w for w in _department_lines(grid) if w.title.startswith("Kumoi Denki")]
    assert dept and all(w.kind == "engineering" and w.counted for w in dept), grid


def test_a_research_job_beside_a_part_time_doctorate_still_counts(tmp_path) -> None:
    """A doctorate under way makes its own posts study (an assistantship, a doctoral
    researcher's), not a research job a working adult holds beside a part-time doctorate."""
    from app.analysis.experience import estimate
    from app.reading.resume import read_resume

    text = """
Hiroko Tanabe-Ellis
hiroko.te@example.com

EXPERIENCE
Researcher | Kasumi Communication Labs | Apr 2021 – Present
- Built the speech enhancement models behind the call product, deployed to 3M handsets.

Research Assistant | Hokuriku Institute of Science | Apr 2020 – Mar 2021
- Built the dataset loader for the lab's speech corpus.

EDUCATION
PhD in Computer Science (part-time), Hokuriku Institute of Science, 2020 – expected 2027
"""
    p = tmp_path / "r.txt"
    p.write_text(text.strip() + "\\n", encoding="utf-8")
    work = {w.title: w for w in estimate(read_resume(p), 2026 * 12 + 6).work}
    assert work["Researcher"].counted, work["Researcher"]
    assert not work["Research Assistant"].counted
