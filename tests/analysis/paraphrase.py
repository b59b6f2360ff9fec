"""Invented requirement lines in many paraphrases, against a few invented resumes, with the
answer a recruiter would give known by construction: a held-back check of the mechanisms that
decide a qualification verdict, not of any one posting's words.

Each case is (mechanism, resume, requirement line, accepted verdicts). The mechanisms:

- years: "N+ years of <kind of work>" in every way a posting writes a number ("3+", "three or
  more", "at least 3", "a minimum of 3", "3 or more", "3+ yrs"), counted only from full-time
  work of that kind (a student with internships, an analyst, a short career: not met);
- member: a category asked ("vector databases", "relational databases", "CI/CD", "infrastructure
  as code") shown by a bullet that uses one of its members (pgvector, MySQL, GitHub Actions,
  Terraform);
- area: an area of work ("distributed systems") shown by a bullet that does it, not by its
  name on a skills line;
- ml-years: years of building and deploying models count the roles that build models of
  their own (a machine-learning title, or most of the role's lines), not a data engineer whose
  pipelines feed others' models and who once trained one;
- any-of: "one or more of the following: A, B or C" met by one of them;
- confirm: what a resume cannot show (work authorisation, clearance) is for the candidate to
  confirm;
- degree: a degree's level and field.

`evaluate()` reads each resume once with the real reader and judges every line with the real
qualification code (no classifier, no report), so the whole set runs in well under a second.
`python tests/analysis/paraphrase.py` prints the agreement per mechanism and every miss.
"""

from __future__ import annotations

import itertools
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

TODAY = date(2026, 6, 1)
MET = frozenset({"met"})
NOT_MET = frozenset({"partly", "not-met"})

RESUMES = {
    # ten years of backend engineering; every tool in a bullet of full-time work
    "engineer": """Nadia Quellbrook
nadia.quellbrook@example.com

EXPERIENCE
Senior Software Engineer, Larchmont Parcel, Denver, CO, Mar 2019 - Present
- Built the shipment-events service in Go that consumes 40k Kafka events a second across 64 partitions, with idempotent retries and a dead-letter queue.
- Added semantic search over carrier notes with pgvector in PostgreSQL; p95 query time 35 ms.
- Moved every service's deploys to GitHub Actions and wrote the Terraform modules for its AWS accounts.
Software Engineer, Tamsworth Bank, Chicago, IL, Jun 2016 - Feb 2019
- Wrote the statement service in Java (Spring Boot) on MySQL; cut month-end batch time from 9 hours to 2.

SKILLS
Go, Java, Python, Scala, Kubernetes, Apache Spark

EDUCATION
B.S. in Computer Science, University of Colorado, 2016
""",
    # a new graduate: internships and projects, the areas only on a skills line
    "graduate": """Tomas Ferreira-Lind
tomas.fl@example.com

EXPERIENCE
Software Engineering Intern, Orchard Lane Software, Jun 2024 - Aug 2024
- Wrote a Flask endpoint that exports invoices to CSV and its unit tests.
Software Engineering Intern, Bellcourt Games, Jun 2023 - Aug 2023
- Fixed UI bugs in the level editor (C#).

PROJECTS
- Course-planner web app (React, Node.js) used by 200 students.

SKILLS
Distributed systems, Python, C#, JavaScript, Docker

EDUCATION
B.S. in Computer Science, Ridgeway University, May 2025
""",
    # an ML engineer: years of training and deploying models of their own
    "ml_engineer": """Jun Ito-Baptiste
jun.ib@example.com

EXPERIENCE
Machine Learning Engineer, Fernhill Travel, Jan 2021 - Present
- Trained the hotel ranking model (LightGBM) and deployed it behind the search API; +3% bookings in an A/B test.
- Built the nightly retraining pipeline and the drift alarms for the ranking features.
- Cut p99 inference latency from 80 ms to 30 ms by moving the ranker to ONNX Runtime.

SKILLS
Python, PyTorch, SQL, Airflow

EDUCATION
M.S. in Computer Science, Westbrook University, 2020
""",
    # a data engineer whose pipelines feed others' models; one model of their own, once
    "data_engineer": """Odile Varga
odile.varga@example.com

EXPERIENCE
Senior Data Engineer, Kestrel Foods, Apr 2019 - Present
- Built the streaming feature pipeline (Kafka, Flink) that feeds the data science team's demand model.
- Moved 200 batch jobs from Hive to Spark on Databricks; the nightly run from 6 hours to 2.
- Own on-call for the data platform one week in five.
- Trained a small churn model in a hack week; the retention team used its scores for a quarter.
- Designed the warehouse model in Snowflake for finance reporting.

SKILLS
Python, Scala, SQL, Spark, Kafka, Airflow

EDUCATION
B.S. in Computer Science, Lakeshore College, 2018
""",
    # an analyst: full-time years, but of analysis work, not software
    "analyst": """Priya Oduya
priya.oduya@example.com

EXPERIENCE
Data Analyst, Hartfield Grocers, Feb 2020 - Present
- Built the weekly sales dashboards in Tableau used by 40 store managers.
- Wrote the SQL that reconciles promotions against sales; found 1.2M in missed vendor credits.

SKILLS
SQL, Tableau, Excel

EDUCATION
B.A. in Economics, Lakeshore College, 2019
""",
}

BASE = ("engineer", "graduate", "analyst")  # the resumes every section but ml-years uses

# how a posting writes "N or more years"
NUMBER_WORDS = {2: "two", 3: "three", 5: "five"}


def years_forms(n: int) -> list[str]:
    return [f"{n}+ years of", f"{NUMBER_WORDS[n]} or more years of", f"at least {n} years of",
            f"a minimum of {n} years of", f"{n} or more years of", f"{n}+ yrs of",
            f"minimum {n} years of", f"{NUMBER_WORDS[n].capitalize()}+ years of"]


SOFTWARE_SUBJECTS = ("professional software development experience",
                     "non-internship professional software development experience",
                     "experience as a software engineer", "software engineering experience")
LEADS = ("Experience with", "Hands-on experience with", "Familiarity with",
         "Practical experience using", "You have worked with", "Working knowledge of")
MEMBER_ASKS = {  # a category, and which resumes show one of its members in a bullet
    ("vector databases", "a vector database", "vector stores"): ("engineer",),
    ("relational databases", "SQL databases", "a relational database"): ("engineer",),
    ("CI/CD pipelines", "CI/CD tooling"): ("engineer",),
    ("infrastructure as code", "infrastructure-as-code tools"): ("engineer",),
}
AREA_LINES = ("Experience building distributed systems",
              "Experience designing and operating distributed systems",
              "You have built distributed systems in production",
              "Hands-on experience with distributed systems",
              "Experience with event-driven systems")
ANY_OF = ("Experience with one or more of the following: {a}, {b} or {c}",
          "Experience in at least one of {a}, {b}, or {c}",
          "Proficiency in any of the following languages: {a}, {b}, {c}",
          "Experience programming in {a}, {b} or {c}")
ANY_OF_SETS = ((("Rust", "Java", "Elixir"), ("engineer",)),
               (("Kotlin", "Scala", "Haskell"), ("engineer",)),
               (("Ruby", "C#", "Swift"), ("graduate",)))
ML_YEARS = ("{f} experience building and deploying machine learning models in production",
            "{f} building and deploying ML models to production",
            "{f} experience putting machine learning models into production",
            "{f} deploying and operating ML models in production environments")
CONFIRM = ("Authorized to work in the United States without sponsorship",
           "Must be legally authorized to work in the country of employment",
           "Ability to obtain and maintain a security clearance",
           "Candidates must have work authorization; we are unable to sponsor visas")
DEGREES = ("Bachelor's degree in Computer Science or Computer Engineering",
           "BS in Computer Science or Computer Engineering",
           "Bachelor's degree in computer science or computer engineering, or equivalent",
           "A bachelor's in Computer Science or Computer Engineering")


@dataclass(frozen=True)
class Case:
    mechanism: str
    resume: str
    text: str
    accepted: frozenset[str]


def cases() -> Iterator[Case]:
    """Every invented line with its known answer, resume by resume."""
    for form, subject in itertools.product(years_forms(3), SOFTWARE_SUBJECTS):
        line = f"{form} {subject}"
        yield Case("years", "engineer", line, MET)
        yield Case("years", "graduate", line, NOT_MET)
        yield Case("years", "analyst", line, NOT_MET)
    for form in years_forms(5):
        yield Case("years", "engineer", f"{form} software development experience", MET)
    for form in years_forms(2):
        yield Case("years", "analyst", f"{form} experience in data analysis or reporting", MET)
    for lead, (asks, shown) in itertools.product(LEADS, MEMBER_ASKS.items()):
        for ask in asks:
            for name in BASE:
                if name == "analyst" and ("relational" in ask.lower() or "sql" in ask.lower()):
                    continue  # an analyst who writes SQL against a warehouse: not asked here
                yield Case("member", name, f"{lead} {ask}", MET if name in shown else NOT_MET)
    for form, line in itertools.product(years_forms(2), ML_YEARS):
        for name in ("ml_engineer", "data_engineer", "engineer", "analyst"):
            yield Case("ml-years", name, line.format(f=form),
                       MET if name == "ml_engineer" else NOT_MET)
    for line in AREA_LINES:
        for name in BASE:
            yield Case("area", name, line, MET if name == "engineer" else NOT_MET)
    for form, (names, shown) in itertools.product(ANY_OF, ANY_OF_SETS):
        line = form.format(a=names[0], b=names[1], c=names[2])
        for name in BASE:
            yield Case("any-of", name, line, MET if name in shown else NOT_MET)
    for line in CONFIRM:
        for name in BASE:
            yield Case("confirm", name, line, frozenset({"confirm"}))
    for line in DEGREES:
        for name in BASE:
            yield Case("degree", name, line, NOT_MET if name == "analyst" else MET)


def judge_lines(resume_text: str, lines: list[str], folder: Path, name: str = "r",
                kind: str = "basic") -> list[object]:
    """Each line's RequirementMatch against the resume (written to `folder` and read back with
    the real reader), judged by the real qualification code alone."""
    from app.analysis.experience import estimate
    from app.analysis.judgment import broader_skills
    from app.analysis.pipeline import default_skill_finder, default_skill_spans
    from app.analysis.qualifications import build_index, match_requirements
    from app.analysis.skillkinds import taxonomy_kinds
    from app.knowledge import load_knowledge
    from app.models.resume import JobDescription, Requirement, SourceInfo
    from app.reading.resume import read_resume

    k = load_knowledge()
    find, spans = default_skill_finder(k), default_skill_spans(k)
    categories = {s.name.lower(): s.category for s in k.skills}
    path = folder / f"{name}.txt"
    path.write_text(resume_text, encoding="utf-8")
    resume = read_resume(path)
    exp = estimate(resume, TODAY.year * 12 + TODAY.month - 1)
    index = build_index(resume, exp, find, categories, broader_skills(k), taxonomy_kinds(k.skills))
    reqs = tuple(Requirement(f"q{i}", line, kind) for i, line in enumerate(lines))
    job = JobDescription(SourceInfo(str(path), "txt"), requirements=reqs,
                         text="\n".join(lines))
    return list(match_requirements(resume, job, exp, find, spans, categories, index))


def evaluate(folder: Path | None = None) -> tuple[dict[str, tuple[int, int]], list[tuple[Case, str, str]]]:
    """(mechanism -> (agreed, total), the misses with our verdict and reason)."""
    by_resume: dict[str, list[Case]] = {}
    for c in cases():
        by_resume.setdefault(c.resume, []).append(c)
    totals: Counter[str] = Counter()
    agreed: Counter[str] = Counter()
    misses: list[tuple[Case, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, group in by_resume.items():
            found = judge_lines(RESUMES[name], [c.text for c in group], folder or Path(tmp), name)
            for c, m in zip(group, found, strict=True):
                totals[c.mechanism] += 1
                verdict, reason = m.verdict, m.reason  # type: ignore[attr-defined]
                if verdict in c.accepted:
                    agreed[c.mechanism] += 1
                else:
                    misses.append((c, verdict, reason))
    return {m: (agreed[m], totals[m]) for m in totals}, misses


def main() -> int:
    scores, misses = evaluate()
    for mech, (ok, n) in scores.items():
        print(f"{mech:<8} {ok}/{n} ({ok / n:.2f})")
    ok = sum(a for a, _ in scores.values())
    n = sum(b for _, b in scores.values())
    print(f"all      {ok}/{n} ({ok / n:.3f})")
    for c, verdict, reason in misses:
        print(f"  {c.mechanism:<8} {c.resume:<9} ours {verdict:<8} want {'/'.join(sorted(c.accepted))}"
              f": {c.text}\n      {reason[:150]}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    raise SystemExit(main())
