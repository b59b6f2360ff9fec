"""The mechanisms that decide a qualification verdict, on invented lines: a category shown by
one of its members, an area's alternatives named apart from the area, years written in words,
and the paraphrase generator (tests/analysis/paraphrase.py) as a held-back check of them all."""

from __future__ import annotations

import json
from pathlib import Path

import paraphrase
import pytest

from app.errors import KnowledgeError
from app.knowledge.base import load_skill_taxonomy

ENGINEER = paraphrase.RESUMES["engineer"]
GRADUATE = paraphrase.RESUMES["graduate"]


def _verdicts(tmp_path: Path, resume: str, lines: list[str]) -> list[tuple[str, str]]:
    return [(m.verdict, m.reason) for m in paraphrase.judge_lines(resume, lines, tmp_path)]


def test_a_member_of_a_category_shows_the_category(tmp_path: Path) -> None:
    """A bullet that builds with pgvector shows vector databases; one on MySQL shows SQL and
    relational databases; GitHub Actions is CI/CD (the taxonomy's kind_of)."""
    resume = """Ilka Marsh
ilka@example.com

EXPERIENCE
Software Engineer, Quarry Lane Books, Jan 2019 - Present
- Built the catalogue search on pgvector with nightly re-embedding of 2M titles.
- Designed the order schema in MySQL and moved its deploys to GitHub Actions.

EDUCATION
B.S. in Computer Science, Hollin University, 2018
"""
    got = _verdicts(tmp_path, resume, ["Experience with vector databases",
                                       "Working knowledge of SQL and relational databases",
                                       "Experience with CI/CD pipelines"])
    assert [v for v, _ in got] == ["met", "met", "met"], got
    assert "pgvector" in got[0][1]


def test_a_category_with_no_member_on_the_resume_is_not_met(tmp_path: Path) -> None:
    got = _verdicts(tmp_path, paraphrase.RESUMES["analyst"], ["Experience with vector databases"])
    assert got[0][0] == "not-met", got


def test_the_taxonomy_rejects_a_kind_of_that_names_no_skill(tmp_path: Path) -> None:
    path = tmp_path / "skills.json"
    path.write_text(json.dumps({"version": "1", "skills": [
        {"name": "pgvector", "category": "database", "synonyms": [],
         "kind_of": ["Vektor Databases"]}]}), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"kind_of.*'Vektor Databases' is not another skill"):
        load_skill_taxonomy(path)
    path.write_text(json.dumps({"version": "2", "skills": [
        {"name": "pgvector", "category": "database", "synonyms": [],
         "kind_of": ["Vector Databases"]},
        {"name": "Vector Databases", "category": "database", "synonyms": []}]}),
        encoding="utf-8")
    assert load_skill_taxonomy(path)[0].kind_of == ("Vector Databases",)


def test_an_alternative_of_an_area_is_not_called_the_area(tmp_path: Path) -> None:
    """"distributed systems, databases, or cloud services": a PostgreSQL project meets the
    line as a database; the reason does not say it shows distributed systems."""
    resume = """Rafe Okonta
rafe@example.com

PROJECTS
- Shift-swap web app for hourly workers (React, Node.js, PostgreSQL), used by 120 people.

EDUCATION
B.S. in Computer Science, Hollin University, expected May 2026
"""
    got = _verdicts(tmp_path, resume, [
        "Experience with distributed systems, databases, or cloud services such as AWS"])
    assert got[0][0] == "met", got
    assert "distributed systems" not in got[0][1].lower(), got


@pytest.mark.parametrize("line", ["three or more years of experience as a software engineer",
                                  "3 or more years of experience as a software engineer",
                                  "Five (5) years of experience as a software engineer"])
def test_years_written_in_words_are_read_as_years(tmp_path: Path, line: str) -> None:
    """The posting's reader reads "three or more years"; the verdict reads it the same way:
    ten years of engineering meet it, a new graduate's internships do not."""
    assert _verdicts(tmp_path, ENGINEER, [line])[0][0] == "met"
    assert _verdicts(tmp_path, GRADUATE, [line])[0][0] in ("partly", "not-met")


def test_paraphrases_of_every_mechanism_get_the_known_answer() -> None:
    scores, misses = paraphrase.evaluate()
    total = sum(n for _, n in scores.values())
    agreed = sum(a for a, _ in scores.values())
    assert total >= 300
    assert agreed / total >= 0.99, misses
    for mech, (ok, n) in scores.items():
        assert ok / n >= 0.95, (mech, [m for m in misses if m[0].mechanism == mech])


ML_LINE = "2+ years of experience building and deploying machine learning models in production"


def test_ml_years_count_the_roles_that_build_models(tmp_path: Path) -> None:
    """A data engineer whose pipelines feed others' models and who trained one model in a hack
    week has not spent the role's years building and deploying models; an ML engineer has."""
    got = _verdicts(tmp_path, paraphrase.RESUMES["data_engineer"],
                    [ML_LINE, "2+ years of experience putting ML models into production"])
    assert [v for v, _ in got] == ["partly", "partly"], got
    assert _verdicts(tmp_path, paraphrase.RESUMES["ml_engineer"], [ML_LINE])[0][0] == "met"


MLE_POSTING = """
Machine Learning Engineer II, Grocery Demand
Amazon

Key job responsibilities
- Build, deploy and monitor demand models for the grocery network

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
- 2+ years of experience building and deploying machine learning models in production
- Experience programming with at least one software programming language

PREFERRED QUALIFICATIONS
- Master's degree in computer science or a related field
"""


def test_an_engineer_short_of_ml_years_keeps_the_engineering_level(tmp_path: Path) -> None:
    """Seven years of data engineering with one model of one's own: the ML years line is not
    met, but the level rests on the engineering years (L5), not the entry level."""
    from judge_helpers import judge

    got = judge(tmp_path, paraphrase.RESUMES["data_engineer"], MLE_POSTING)
    assert got.of("2+ years of experience building") == "partly"
    assert got.level == "L5", got.report.fit  # type: ignore[attr-defined]


JUNIOR_ENGINEER = """Lena Osei-Park
lena.op@example.com

EXPERIENCE
Software Engineer, Brightwell Insurance, Jan 2025 - Present
- Wrote the claims-intake API in Java with Spring Boot.

SKILLS
Java, Scala, SQL

EDUCATION
B.S. in Computer Science, Hollin University, 2024
"""


def test_a_listed_language_meets_a_strong_ask_only_for_an_experienced_engineer(
        tmp_path: Path) -> None:
    """"Strong Scala and SQL": ten years of engineering with Scala and SQL on the skills line
    meet it (the list is the languages they work in); a first-year engineer's list does not."""
    line = "Strong Scala and SQL skills"
    assert _verdicts(tmp_path, ENGINEER.replace("Go, Java, Python, Scala",
                                                "Go, Java, Python, Scala, SQL"), [line])[0][0] == "met"
    assert _verdicts(tmp_path, JUNIOR_ENGINEER, [line])[0][0] == "partly"


PLATFORM_ENGINEER = """Maja Korhonen-Blake
maja.kb@example.com

EXPERIENCE
Senior ML Platform Engineer, Quillon Freight, Jan 2022 - Present
- Built the company's ML platform on EKS (Kubeflow, KServe, Feast); 30 models from 6 teams run on it.
- Cut the time from a merged model change to production serving from 9 days to 1 with canary rollouts.
- Trained the second version of the ETA model (XGBoost) myself; it is still in production.
DevOps Engineer, Pellwick Media, Jan 2017 - Dec 2021
- Ran the Jenkins and Terraform estate for 60 services; on call one week in four.
- Migrated the web tier from VMs to ECS with zero downtime.

EDUCATION
B.S. in Information Systems, Lakeshore College, 2016
"""


def test_operations_years_do_not_make_a_senior_level(tmp_path: Path) -> None:
    """Nine years, five of them running infrastructure (DevOps) and four building an ML
    platform used by six teams: L5 on the ML ladder, not L6; the reason says why."""
    from judge_helpers import judge

    got = judge(tmp_path, PLATFORM_ENGINEER, MLE_POSTING)
    assert got.level == "L5", got.report.fit  # type: ignore[attr-defined]
    assert "infrastructure and operations" in got.report.fit.level_reason  # type: ignore[attr-defined]


@pytest.mark.parametrize("bullet,shown", [
    ("Trained 14 support agents on the new ticket triage tool.", True),
    ("Teach introductory statistics to about 90 students a term.", True),
    ("Wrote the team's onboarding guide for the event pipeline.", True),
    ("Trained a gradient boosting model on 3M loan applications.", False),
    ("Wrote runbooks for the on-call rotation.", False),
])
def test_communication_shows_in_teaching_and_writing_for_others(
        tmp_path: Path, bullet: str, shown: bool) -> None:
    """"Explain results to non-technical partners" asks for communication; people trained, a
    class taught or a guide written for others show it; a model trained or an on-call runbook
    does not."""
    resume = f"""Noor Vasquez-Hale
noor@example.com

EXPERIENCE
Analyst, Pemberly Outfitters, Jan 2021 - Present
- {bullet}
- Built the weekly margin report in SQL.
"""
    got = _verdicts(tmp_path, resume, ["Ability to explain results to non-technical partners"])
    assert (got[0][0] == "met") is shown, got
