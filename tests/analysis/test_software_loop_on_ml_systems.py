"""A software posting on machine-learning infrastructure (a training service, a model
registry) is a software loop: the kit asks about the person's code, services and mistakes,
not about "a model you owned in production", unless the posting itself asks for models built
and run. An ML posting still gets its model questions."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

STUDENT = """
Lucinda Oyelaran-Marsh
Pittsburgh, PA | lucinda.om@example.net

EDUCATION
Carnegie Mellon University, M.S. in Computer Science, expected May 2027

EXPERIENCE
Software Engineering Intern, Brackwater Logistics, Chicago, IL    Jun 2026 - Aug 2026
- Built a Java service that batches shipment status updates, cutting database writes by 40%
- Added integration tests and a canary release for the service; wrote its on-call runbook

Teaching Assistant, Operating Systems, Carnegie Mellon University    Jan 2026 - May 2026
- Held weekly office hours for 60 students and wrote autograder tests for the threads lab

PROJECTS
- Raft-based replicated key-value store in Go with leader election and log compaction

SKILLS
Java, Go, Python, SQL, Docker, Git
"""

BACKEND = """
Tomasz Wilkowski-Baines
Denver, CO | t.wilkbaines@example.org

EXPERIENCE
Senior Software Engineer, Cobbleridge Payments, Denver, CO    Mar 2019 - Present
- Lead the settlement team (5 engineers); designed the ledger service that moves $2B a year
- Built a rules engine that blocks risky transfers, cutting chargebacks by 18%
- Migrated batch jobs from cron to Airflow and cut failed nightly runs from 9 to 1 a month

Software Engineer, Lattimer Health, Boulder, CO    Jun 2016 - Feb 2019
- Built REST services in Go and PostgreSQL for appointment booking used by 40 clinics

EDUCATION
B.S. Computer Science, University of Colorado Boulder, 2016

SKILLS
Go, Java, Kafka, PostgreSQL, AWS, Airflow
"""

PLATFORM_SDE = """
Software Development Engineer I, Model Training Platform
Amazon

DESCRIPTION
Join the team that builds the managed service data scientists use to train machine learning
models. You will design, build and operate distributed services for training jobs, work on
scheduling, storage and reliability, and join the on-call rotation after ramp-up.

BASIC QUALIFICATIONS
- Currently enrolled in or graduated from a Bachelor's or Master's degree in computer science
- Experience programming with at least one modern language such as Java, Python, Go or C++
- Knowledge of computer science fundamentals such as data structures and algorithms

PREFERRED QUALIFICATIONS
- Previous technical internship experience
- Experience with distributed systems or cloud services
- Coursework in machine learning
"""

MODEL_SDE = PLATFORM_SDE.replace("Software Development Engineer I, Model Training Platform",
                                 "Software Development Engineer II, Ranking Models").replace(
    "- Previous technical internship experience",
    "- 2+ years of experience building, deploying and operating machine learning models "
    "in production")

MLE = PLATFORM_SDE.replace("Software Development Engineer I, Model Training Platform",
                           "Machine Learning Engineer II, Demand Forecasting")

MODEL_PRODUCTION = "Tell me about a model you owned in production that started to degrade"


def _texts(judged) -> tuple[list[str], list[str]]:
    report = judged.report
    return [q.text for q in report.questions], [r.title + " " + r.why for r in report.risks]


def test_a_software_loop_on_ml_infrastructure_asks_about_software(tmp_path: Path) -> None:
    for name, resume in (("student", STUDENT), ("backend", BACKEND)):
        questions, risks = _texts(judge(tmp_path, resume, PLATFORM_SDE, name))
        assert not any(MODEL_PRODUCTION in q or "model error that hurt" in q for q in questions), \
            (name, questions)
        assert not any("owning models in production" in r for r in risks), (name, risks)
        assert not any("model you owned" in r for r in risks), (name, risks)


def test_a_posting_that_asks_for_models_still_gets_the_model_questions(tmp_path: Path) -> None:
    from app.analysis.questions import ML_MIN, asks_for_model
    from tests.analysis.judge_helpers import knowledge

    k = knowledge()
    bank = {q.id: q for q in k.questions}
    for posting in (MODEL_SDE, MLE):
        report = judge(tmp_path, BACKEND, posting, "b").report
        about_models = [q.text for q in report.questions if asks_for_model(bank[q.id], k)]
        assert len(about_models) >= ML_MIN, [q.text for q in report.questions]
    platform = judge(tmp_path, BACKEND, PLATFORM_SDE, "p").report
    assert sum(asks_for_model(bank[q.id], k) for q in platform.questions) < ML_MIN
