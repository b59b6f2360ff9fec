"""Qualification lines the eighteenth set's experts read differently, judged on invented
resumes: object-oriented design shown by full-time work in a class-based language (never by a
JavaScript front end), and an employer's legal form that is no skill ("Colivrai SAS")."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

SDE = """
Software Development Engineer I, Payments
Amazon

BASIC QUALIFICATIONS
- Experience programming with at least one modern language such as Java, C++, C# or Python, including object-oriented design
- Experience with SAS or R
"""

JAVA = """
Ravi Kulkarni
ravi.kulkarni@example.org

EXPERIENCE
Software Engineer, Trellis Payments Pvt. Ltd., Pune    Jul 2022 - Present
Project: Settlement Engine
- Built the settlement reconciliation service in Java 17 and Spring Boot; 3 million records a day.
- Cut the nightly batch from 5 hours to 70 minutes by partitioning the ledger reads.
"""

FRONTEND = """
Dana Whitlock
dana.whitlock@example.org

EXPERIENCE
Frontend Developer, Pinegrove Media, Denver CO    Mar 2021 - Present
- Built the subscription checkout in React and JavaScript used by 40,000 readers a month.
- Cut the home page's load time by 30% with lazy loading.
"""

FRENCH = """
Maëlle Rivaud
maelle.rivaud@example.org

EXPERIENCE
Machine Learning Engineer (CDI), Brocéliande Data SAS, Rennes    janv. 2023 – aujourd'hui
- Built the parcel-volume forecasting service with LightGBM; planners use it every night.
- Deployed the models on GCP with FastAPI and Docker, with drift monitoring.
"""


def test_object_oriented_design_is_shown_by_class_based_work(tmp_path: Path) -> None:
    ask = "Experience programming with at least one modern language"
    java = judge(tmp_path, JAVA, SDE, name="java")
    # the Java line sits under an undated project heading of the job: still the job's work
    assert java.of(ask) == "met", java.why(ask)
    assert "through Java" in java.why(ask), java.why(ask)
    front = judge(tmp_path, FRONTEND, SDE, name="front")
    assert front.of(ask) == "partly", front.why(ask)


def test_an_employers_legal_form_is_no_skill(tmp_path: Path) -> None:
    j = judge(tmp_path, FRENCH, SDE, name="fr")
    ask = "Experience with SAS or R"
    assert j.of(ask) == "not-met", j.why(ask)
