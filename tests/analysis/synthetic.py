"""Synthetic resumes with designed truth, for the years, level and verdict logic.

Each persona is a kind of candidate a recruiter meets (a student, a mid-level engineer, a
senior with and without scope, a manager, a product manager who was an engineer, a career
changer, a data scientist, a biology PhD, a CS PhD, overlapping jobs, a summary that claims
more years than the dates, a timeline that contradicts an employer's history). A seed varies
everything that must not matter: names, employers, wording, date formats ("Jan 2019 – Mar 2021",
"01/2019 - 03/2021", "2019.01–2021.03", "January 2019 to March 2021", "Jan '19 – Present"),
header layouts, section titles, bullet markers, and the file format (TXT or DOCX). The truth is
written from how a recruiter counts, independently of the code: full-time, non-internship years
from role dates (overlaps once; internships, teaching, study and projects apart); the level on
the Amazon ladder; the verdict for four postings written here (an Amazon SDE II, an Amazon MLE,
an Amazon SDE internship, a non-Amazon senior backend role); a few requirement verdicts.

Seeds 0-39 are the tuning set; seeds 1000-1039 are held back: `python -m tests.analysis.synthetic`
prints the measures for both, and tests assert them (tests/analysis/test_synthetic.py).
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

TODAY = date(2026, 12, 1)  # what "Present" means for these resumes (none prints its own date)
TUNE_SEEDS = tuple(range(40))
HELD_SEEDS = tuple(range(1000, 1040))

POSTINGS = {
    "sde2": """Software Development Engineer II, Payments Platform
Amazon

About the team
The Payments Platform team builds the services that move money for Amazon's sellers across
the world. Our systems handle millions of transactions a day with strict availability goals.

Key job responsibilities
- Design, build and operate highly available distributed services
- Own features end to end, from design review to on-call
- Mentor engineers on the team and raise the bar through code reviews

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
- Experience programming with at least one software programming language
- 2+ years of non-internship design or architecture (design patterns, reliability and scaling) of new and existing systems experience

PREFERRED QUALIFICATIONS
- Bachelor's degree in computer science or equivalent
- Experience with distributed systems at scale

Amazon is an equal opportunity employer.
""",
    "mle": """Machine Learning Engineer, Forecasting
Amazon

Key job responsibilities
- Build, deploy and monitor forecasting models that plan inventory for Amazon's fulfilment network
- Work with applied scientists to take models from prototype to production on SageMaker

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
- 2+ years of experience building machine learning models for business problems
- Experience programming with at least one modern language such as Python or Java
- Experience with AWS ML tools such as SageMaker

PREFERRED QUALIFICATIONS
- Master's degree in computer science, machine learning or a related field
- Experience running A/B tests in production

Amazon is an equal opportunity employer.
""",
    "intern": """Software Development Engineer Intern, 2027
Amazon

Key job responsibilities
- Build a feature end to end with a mentor on an Amazon team for 12 weeks

BASIC QUALIFICATIONS
- Are 18 years of age or older
- Are enrolled in a Bachelor's degree or above in Computer Science, Computer Engineering, or related STEM fields
- Expected conferral date between October 2026 – September 2029
- Experience with at least one general-purpose programming language such as Java, Python or C++

PREFERRED QUALIFICATIONS
- Experience from previous technical internship(s) or demonstrated project experience

Our compensation reflects the cost of labor across several US geographic markets. The base pay for this position ranges from $45.00/hr up to $90.00/hr.
""",
    "backend": """Senior Backend Engineer
Acme Payments

About Acme Payments
Acme Payments builds checkout software for small shops in Europe.

Requirements
- 5+ years of professional software engineering experience
- Strong Python skills
- Experience with PostgreSQL and Redis

Nice to have
- Experience with Kafka
""",
}

POSTINGS["newgrad"] = """Software Engineer I, New Grad (2027 start)
Orchard Lane Software, Chicago, IL

What you'll work on
New grads join a product team and ship code to production in their first month.

Requirements
- Bachelor's or Master's degree in Computer Science or a related field, completed between December 2026 and August 2027
- Proficiency in at least one of Java, Python, C#, Go or TypeScript
- A solid foundation in data structures, algorithms and object-oriented design
- Internship, co-op, research or substantial project experience building software
- Authorization to work in the United States

Bonus
- Experience with SQL databases
- Contributions to open source, hackathons or personal projects you can tell us about
"""
POSTINGS["science"] = """Senior Applied Scientist, Search Relevance
Amazon

Key job responsibilities
- Invent and ship ranking models that improve search for customers

BASIC QUALIFICATIONS
- PhD, or a Master's degree and 5+ years of applied research experience
- 3+ years of building machine learning models for business applications experience
- Experience programming in Java, C++, Python or a related language
- Experience in patents or publications at top-tier peer-reviewed conferences or journals

PREFERRED QUALIFICATIONS
- Experience leading scientific projects with several scientists and engineers
- Experience designing and running online experiments

Amazon is an equal opportunity employer.
"""

FIRST = ("Maya", "Daniel", "Priya", "Tomas", "Aiko", "Lena", "Omar", "Chloe", "Ravi", "Sofia",
         "Jonas", "Amara", "Kenji", "Elena", "Marcus", "Nadia", "Felix", "Ines", "Arjun", "Zoe")
LAST = ("Okafor", "Lindqvist", "Raman", "Novak", "Tanaka", "Weber", "Haddad", "Martin", "Iyer",
        "Costa", "Berg", "Mensah", "Sato", "Petrova", "Reed", "Karimi", "Vogel", "Silva", "Nair")
ORGS = ("Northwind Systems", "Brightpath Labs", "Ledgerly", "Quanta Freight", "Bluefin Analytics",
        "Cobalt Health", "Parcelwise", "Tidewater Software", "Lumen Retail", "Orchard Robotics",
        "Keystone Insurance", "Harbor Logistics", "Nimbus Media", "Fernway Travel", "Granite Bank")
UNIS = ("University of Washington", "Georgia Institute of Technology", "University of Toronto",
        "Purdue University", "University of Michigan", "National University of Singapore")
CITIES = ("Seattle, WA", "Austin, TX", "Toronto, ON", "Remote", "Boston, MA", "London, UK")
MONTHS = "January February March April May June July August September October November December".split()

BACKEND = (
    "Built REST APIs in {lang} and PostgreSQL for the billing platform used by 2M customers",
    "Cut p99 latency by {n}% by adding a Redis cache in front of the pricing service",
    "Wrote the {lang} client library that five product teams call for invoices",
    "Moved the nightly batch jobs to Kubernetes, halving their run time",
    "Added integration tests that caught {n} regressions before release",
    "Implemented idempotent retries for the payment webhook consumer",
)
DESIGN = (
    "Designed the event-driven settlement service in {lang} and Kafka handling 40M events a day",
    "Architected the multi-region order service with automatic failover",
)
SCOPE = (
    "Led a team of {k} engineers to rebuild the payments ledger used by 12 product teams",
    "Designed the internal deployment platform adopted by 30 teams across the company",
)
ML = (
    "Trained gradient-boosted demand models in Python that cut forecast error by {n}%",
    "Built a PyTorch ranking model for search results and served it behind an API",
    "Ran A/B tests on the recommendation model and shipped the winner to production",
    "Built feature pipelines in Spark for the churn model retrained weekly",
)
SAGEMAKER = "Deployed the forecasting models on SageMaker endpoints with autoscaling"
AWS = "Ran the services on AWS (EC2, S3, Lambda) with Terraform"
DS = (
    "Built churn and lifetime-value models in Python and SQL for the marketing team",
    "Designed A/B tests for pricing changes and analysed results with causal methods",
    "Presented model findings to executives each quarter",
)
MANAGE = (
    "Managed a team of {k} engineers across two product areas",
    "Hired {k} engineers and ran the team's quarterly planning",
    "Set the team's goals with product and design leads",
)
PRODUCT = (
    "Defined the roadmap for the mobile checkout product with design and engineering",
    "Wrote product requirements and prioritised the backlog for three squads",
    "Grew weekly active users by {n}% through onboarding experiments",
)
TEACH = (
    "Taught algebra and physics to classes of 30 students",
    "Designed the school's first coding club curriculum",
)
RESEARCH_BIO = (
    "Imaged live cells and segmented them with a U-Net in Python",
    "Analysed time-series microscopy data and wrote the lab's analysis scripts",
)
RESEARCH_CS = (
    "Built a distributed training system for sparse mixture-of-experts models in PyTorch",
    "Published three papers on efficient neural network inference",
)
INTERN = (
    "Built an internal dashboard in React and {lang} for the support team",
    "Wrote unit tests and fixed bugs in the mobile checkout flow",
)
PROJECT = (
    "Built a chess engine in C++ with alpha-beta search",
    "Created a course-planning web app in Python and Flask used by 300 students",
)


@dataclass
class Role:
    title: str
    org: str
    start: tuple[int, int]  # (year, month)
    end: tuple[int, int] | None  # None for present
    bullets: list[str]
    section: str = "experience"  # "experience" | "projects" | "teaching"


@dataclass
class Truth:
    years: float
    level: dict[str, set[str]]  # posting -> acceptable levels (Amazon postings)
    verdict: dict[str, set[str]]  # posting -> acceptable verdicts
    reqs: dict[tuple[str, str], bool] = field(default_factory=dict)  # (posting, prefix) -> met
    risks: dict[str, set[str]] = field(default_factory=dict)  # posting -> risk ids expected


@dataclass
class Persona:
    name: str
    roles: list[Role]
    education: list[tuple[str, str, tuple[int, int] | None, tuple[int, int], bool]]
    # (degree line, university, start, end, expected)
    skills: list[str]
    summary: str
    truth: Truth
    kind: str
    extra: list[tuple[str, list[str]]] = field(default_factory=list)  # (heading, lines)
    layout: str = ""  # "" (any of the usual layouts) or "sentences" (jobs as sentences)


def _ym(y: int, m: int) -> tuple[int, int]:
    return (y, m)


def _months(a: tuple[int, int], b: tuple[int, int] | None) -> int:
    b = b or (TODAY.year, TODAY.month)
    return (b[0] * 12 + b[1]) - (a[0] * 12 + a[1])


def _fill(rng: random.Random, lines: tuple[str, ...], n: int, lang: str = "Python") -> list[str]:
    chosen = rng.sample(list(lines), min(n, len(lines)))
    return [c.format(lang=lang, n=rng.randint(12, 60), k=rng.randint(4, 9)) for c in chosen]


# ----------------------------------------------------------------------------- personas


def student(rng: random.Random) -> Persona:
    grad = _ym(rng.choice((2027, 2028)), 5)
    y0 = grad[0] - 4
    roles = [Role("Software Engineering Intern", rng.choice(ORGS), _ym(grad[0] - 1, 6),
                  _ym(grad[0] - 1, 8), _fill(rng, INTERN, 2)),
             Role("Software Development Intern", rng.choice(ORGS), _ym(grad[0] - 2, 6),
                  _ym(grad[0] - 2, 8), _fill(rng, INTERN, 1, "Java")),
             Role("Course Planner", "", _ym(grad[0] - 2, 1), _ym(grad[0] - 2, 4),
                  _fill(rng, PROJECT, 2), "projects")]
    return Persona("student", roles, [("B.S. in Computer Science", rng.choice(UNIS),
                                       _ym(y0, 9), grad, True)],
                   ["Python", "Java", "C++", "SQL", "Git"], "Computer science student.",
                   Truth(0.0, {"sde2": {"L4"}, "mle": {"L4"}, "intern": {"L4"}},
                         {"sde2": {"not-yet"}, "mle": {"not-yet"}, "intern": {"apply", "strong"},
                          "backend": {"not-yet"},
                          # a new-grad role: graduating inside its window is a strong fit;
                          # still studying after it, not yet
                          "newgrad": {"strong"} if grad[0] == 2027 else {"not-yet"}},
                         {("intern", "Are enrolled"): True, ("intern", "Expected conferral"): True,
                          ("sde2", "3+ years"): False,
                          ("newgrad", "Internship, co-op"): True,
                          ("newgrad", "A solid foundation"): True,
                          ("newgrad", "Contributions to open source"): True}), "student")


def graduate_outside_window(rng: random.Random) -> Persona:
    start = _ym(2025, rng.choice((7, 8, 9)))
    roles = [Role("Software Engineer", rng.choice(ORGS), start, None, _fill(rng, BACKEND, 3)),
             Role("Software Engineering Intern", rng.choice(ORGS), _ym(2024, 6), _ym(2024, 8),
                  _fill(rng, INTERN, 2))]
    years = round(_months(start, None) / 12, 1)
    return Persona("graduate", roles, [("Bachelor of Science in Computer Engineering",
                                        rng.choice(UNIS), _ym(2021, 9), _ym(2025, 5), False)],
                   ["Python", "Go", "PostgreSQL", "Docker"], "Software engineer.",
                   Truth(years, {"sde2": {"L4"}, "intern": {"L4"}},
                         {"sde2": {"not-yet"}, "intern": {"not-yet"}, "backend": {"not-yet"},
                          "newgrad": {"stretch"}},
                         {("intern", "Expected conferral"): False, ("intern", "Are enrolled"): False,
                          ("sde2", "3+ years"): False,
                          ("newgrad", "Bachelor's or Master's degree"): False}), "graduate")


def mid_engineer(rng: random.Random) -> Persona:
    lang = rng.choice(("Python", "Java", "Go"))
    s1 = _ym(rng.choice((2019, 2020)), rng.randint(1, 12))
    mid = _ym(2022, rng.randint(1, 12))
    roles = [Role("Software Engineer II", rng.choice(ORGS), mid, None,
                  _fill(rng, BACKEND, 2, lang) + _fill(rng, DESIGN, 1, lang)),
             Role("Software Engineer", rng.choice(ORGS), s1, mid, _fill(rng, BACKEND, 2, lang))]
    years = round(_months(s1, None) / 12, 1)
    return Persona("mid", roles, [("B.S. in Computer Science", rng.choice(UNIS), _ym(s1[0] - 4, 9),
                                   _ym(s1[0], 5), False)],
                   [lang, "SQL", "PostgreSQL", "Redis", "Kubernetes"],
                   f"Backend engineer building reliable services in {lang}.",
                   Truth(years, {"sde2": {"L5"}, "mle": {"L4", "L5"}},
                         {"sde2": {"apply", "strong"}, "mle": {"not-yet", "stretch"},
                          "backend": {"apply", "strong", "stretch"}},
                         {("sde2", "3+ years"): True, ("mle", "Experience with AWS ML"): False,
                          ("sde2", "Bachelor"): True}), "mid")


def senior(rng: random.Random, scoped: bool) -> Persona:
    s1 = _ym(rng.choice((2013, 2014, 2015)), rng.randint(1, 12))
    mid = _ym(2020, rng.randint(1, 12))
    top = rng.choice(("Senior Software Engineer", "Staff Software Engineer", "Senior SDE")) \
        if scoped else "Software Engineer"
    bullets = _fill(rng, BACKEND, 2, "Java") + _fill(rng, DESIGN, 1, "Java")
    if scoped:
        bullets = _fill(rng, SCOPE, 1) + bullets
    roles = [Role(top, rng.choice(ORGS), mid, None, bullets),
             Role("Software Engineer", rng.choice(ORGS), s1, mid, _fill(rng, BACKEND, 3, "Python"))]
    years = round(_months(s1, None) / 12, 1)
    return Persona("senior" if scoped else "senior-flat", roles,
                   [("Bachelor of Science in Computer Science", rng.choice(UNIS),
                     _ym(s1[0] - 4, 9), _ym(s1[0], 5), False)],
                   ["Java", "Python", "Kafka", "PostgreSQL", "Redis", "AWS"],
                   "Engineer building payment and order systems.",
                   # a staff engineer of twelve years or more reads two levels above an SDE II
                   # opening: apply (interview, talk about the level) is as right as strong
                   Truth(years, {"sde2": {"L6"} if scoped else {"L5"}},
                         {"sde2": ({"strong", "apply"} if top.startswith("Staff") and years >= 12
                                   else {"strong"}) if scoped else {"strong", "apply"},
                          "backend": {"strong", "apply"}},
                         {("sde2", "3+ years"): True, ("backend", "5+ years"): True},
                         {"sde2": set()}), "senior" if scoped else "senior-flat")


def manager(rng: random.Random) -> Persona:
    s1 = _ym(2011, rng.randint(1, 12))
    mgr = _ym(2018, rng.randint(1, 12))
    roles = [Role("Engineering Manager", rng.choice(ORGS), mgr, None, _fill(rng, MANAGE, 3)),
             Role("Software Engineer", rng.choice(ORGS), s1, mgr, _fill(rng, BACKEND, 3, "Java"))]
    years = round(_months(s1, None) / 12, 1)
    return Persona("manager", roles, [("B.Sc. Computer Science", rng.choice(UNIS),
                                       _ym(2007, 9), _ym(2011, 5), False)],
                   ["Java", "Python", "AWS"], "Engineering manager and former backend engineer.",
                   Truth(years, {"sde2": {"L5", "L6"}}, {"sde2": {"apply", "stretch"}},
                         {("sde2", "3+ years"): True}, {"sde2": {"hands-on-recency"}}), "manager")


def pm_switcher(rng: random.Random) -> Persona:
    s1 = _ym(2008, rng.randint(1, 12))
    pm = _ym(2016, rng.randint(1, 12))
    roles = [Role("Senior Product Manager", rng.choice(ORGS), pm, None, _fill(rng, PRODUCT, 3)),
             Role("Software Engineer", rng.choice(ORGS), s1, pm, _fill(rng, BACKEND, 3, "Java"))]
    years = round(_months(s1, pm) / 12, 1)
    return Persona("pm", roles, [("BS in Computer Science", rng.choice(UNIS), _ym(2004, 9),
                                  _ym(2008, 5), False)],
                   ["Product management", "SQL", "Java"], "Product manager, formerly an engineer.",
                   Truth(years, {"sde2": {"L5"}}, {"sde2": {"stretch"}},
                         {("sde2", "3+ years"): True}, {"sde2": {"hands-on-recency"}}), "pm")


def career_changer(rng: random.Random) -> Persona:
    start = _ym(2025, rng.choice((1, 2, 3)))
    roles = [Role("Software Engineer", rng.choice(ORGS), start, None, _fill(rng, BACKEND, 3)),
             Role("Mathematics Teacher", "Lincoln High School", _ym(2014, 9), _ym(2024, 6),
                  _fill(rng, TEACH, 2), "experience")]
    years = round(_months(start, None) / 12, 1)
    return Persona("changer", roles, [("Bachelor of Arts in Mathematics", rng.choice(UNIS),
                                       _ym(2010, 9), _ym(2014, 5), False)],
                   ["Python", "JavaScript", "SQL"], "Former teacher, now a software engineer.",
                   Truth(years, {"sde2": {"L4"}}, {"sde2": {"not-yet", "stretch"},
                                                   "backend": {"not-yet", "stretch"},
                                                   # a degree finished long before a new-grad
                                                   # window: a stretch, not a closed door
                                                   "newgrad": {"stretch"}},
                         {("sde2", "3+ years"): False, ("newgrad", "A solid foundation"): False,
                          ("newgrad", "Internship, co-op"): True}), "changer")


def data_scientist(rng: random.Random) -> Persona:
    s1 = _ym(2020, rng.randint(1, 12))
    roles = [Role("Data Scientist", rng.choice(ORGS), s1, None, _fill(rng, DS, 2) + _fill(rng, ML, 2))]
    years = round(_months(s1, None) / 12, 1)
    return Persona("ds", roles, [("M.S. in Statistics", rng.choice(UNIS), _ym(2018, 9),
                                  _ym(2020, 5), False)],
                   ["Python", "SQL", "scikit-learn", "AWS"], "Data scientist.",
                   Truth(years, {"mle": {"L4", "L5"}}, {"mle": {"stretch", "apply"}},
                         {("mle", "Experience with AWS ML"): False,
                          ("mle", "2+ years of experience building machine learning"): True}),
                   "ds")


def biology_phd(rng: random.Random) -> Persona:
    roles = [Role("Data Science Intern", rng.choice(ORGS), _ym(2025, 3), None,
                  ["Cleaned survey data and tested a text classifier"]),
             Role("Postdoctoral Researcher", "Institute of Cell Biology", _ym(2022, 10), _ym(2024, 12),
                  _fill(rng, RESEARCH_BIO, 1)),
             Role("PhD Researcher", "Max Planck Institute for Cell Biology", _ym(2017, 10), _ym(2022, 9),
                  _fill(rng, RESEARCH_BIO, 2))]
    return Persona("bio", roles, [("PhD in Biology", "University of Heidelberg", _ym(2017, 10),
                                   _ym(2022, 9), False)],
                   ["Python", "MATLAB", "R"], "Cell biologist moving into data science.",
                   Truth(0.0, {"mle": {"below-L4"}, "sde2": {"below-L4"}},
                         {"mle": {"not-yet"}, "sde2": {"not-yet"}},
                         {("mle", "3+ years"): False, ("mle", "2+ years of experience building"): False}),
                   "bio")


def cs_phd(rng: random.Random) -> Persona:
    roles = [Role("Machine Learning Engineer", rng.choice(ORGS), _ym(2022, 7), None,
                  _fill(rng, ML, 2) + [SAGEMAKER]),
             Role("Research Intern", rng.choice(ORGS), _ym(2020, 6), _ym(2020, 9),
                  _fill(rng, RESEARCH_CS, 1)),
             Role("Research Intern", rng.choice(ORGS), _ym(2019, 6), _ym(2019, 9),
                  _fill(rng, RESEARCH_CS, 1))]
    # the PhD counts as research years when its research built systems (the internships held
    # during it say so); papers alone are research, not building
    built = any(b.startswith("Built") for r in roles[1:] for b in r.bullets)
    phd = _months(_ym(2017, 9), _ym(2022, 6)) if built else 0
    years = round((phd + _months(_ym(2022, 7), None)) / 12, 1)
    return Persona("csphd", roles, [("PhD in Computer Science", rng.choice(UNIS), _ym(2017, 9),
                                     _ym(2022, 6), False)],
                   ["Python", "PyTorch", "CUDA", "SageMaker"], "ML engineer with a PhD in CS.",
                   Truth(years, {"mle": {"L5", "L6"}}, {"mle": {"apply", "strong"}},
                         {("mle", "3+ years"): True, ("mle", "Experience with AWS ML"): True,
                          ("mle", "Master"): True}), "csphd")


def overlapping(rng: random.Random) -> Persona:
    roles = [Role("Software Engineer", rng.choice(ORGS), _ym(2019, 3), _ym(2024, 3),
                  _fill(rng, BACKEND, 3)),
             Role("Backend Developer (part-time contract)", rng.choice(ORGS), _ym(2021, 1), _ym(2023, 1),
                  _fill(rng, BACKEND, 1))]
    years = round(_months(_ym(2019, 3), _ym(2024, 3)) / 12, 1)
    return Persona("overlap", roles, [("B.S. in Software Engineering", rng.choice(UNIS),
                                       _ym(2015, 9), _ym(2019, 1), False)],
                   ["Python", "PostgreSQL", "Redis"], "Backend engineer.",
                   Truth(years, {"sde2": {"L5"}}, {"sde2": {"apply", "stretch"}},
                         {("sde2", "3+ years"): True}, {"sde2": {"career-gap"}}), "overlap")


def inflated(rng: random.Random) -> Persona:
    s1 = _ym(2020, rng.randint(1, 12))
    roles = [Role("Software Engineer", rng.choice(ORGS), s1, None, _fill(rng, BACKEND, 4))]
    years = round(_months(s1, None) / 12, 1)
    return Persona("inflated", roles, [("B.S. in Computer Science", rng.choice(UNIS),
                                        _ym(2016, 9), _ym(2020, 5), False)],
                   ["Python", "Redis", "PostgreSQL"],
                   "Seasoned engineer with 15+ years of experience in backend systems.",
                   Truth(years, {"sde2": {"L5"}}, {"sde2": {"apply", "strong"}}, {},
                         {"sde2": {"summary-claim"}}), "inflated")


def timeline(rng: random.Random) -> Persona:
    roles = [Role("Software Engineer", rng.choice(ORGS), _ym(2015, 2), None, _fill(rng, BACKEND, 2)),
             Role("Software Engineer", "Facebook", _ym(2000, 6), _ym(2003, 5), _fill(rng, BACKEND, 2))]
    years = round((_months(_ym(2015, 2), None) + _months(_ym(2000, 6), _ym(2003, 5))) / 12, 1)
    return Persona("timeline", roles, [("B.S. in Computer Science", rng.choice(UNIS),
                                        _ym(1996, 9), _ym(2000, 5), False)],
                   ["Java", "Python"], "Engineer.",
                   Truth(years, {"sde2": {"L5", "L6"}}, {"sde2": {"apply", "strong", "stretch"}},
                         {}, {"sde2": {"timeline"}}), "timeline")


def coop_student(rng: random.Random) -> Persona:
    grad = _ym(2027, rng.choice((5, 6, 12)))
    roles = [Role("Software Developer Co-op", rng.choice(ORGS), _ym(2025, 1), _ym(2025, 8),
                  _fill(rng, INTERN, 2)),
             Role("Co-op Engineering Student", rng.choice(ORGS), _ym(2024, 5), _ym(2024, 12),
                  _fill(rng, INTERN, 1, "Java")),
             Role("Teaching Assistant, Data Structures", rng.choice(UNIS), _ym(2023, 9),
                  _ym(2024, 4), ["Ran weekly labs on trees and graphs for 40 students"])]
    return Persona("coop", roles, [("Bachelor of Applied Science in Computer Engineering",
                                    rng.choice(UNIS), _ym(2022, 9), grad, True)],
                   ["Java", "Python", "C", "Git"], "Computer engineering co-op student.",
                   Truth(0.0, {"sde2": {"L4"}, "intern": {"L4"}},
                         {"sde2": {"not-yet"}, "intern": {"apply", "strong"}},
                         {("intern", "Are enrolled"): True, ("sde2", "3+ years"): False}), "coop")


def freelancer(rng: random.Random) -> Persona:
    s1 = _ym(2016, rng.randint(1, 12))
    mid = _ym(2020, rng.randint(1, 12))
    roles = [Role("Freelance Full-Stack Developer", "Self-employed", mid, None,
                  _fill(rng, BACKEND, 2)),
             Role("Software Engineer", rng.choice(ORGS), s1, mid,
                  _fill(rng, BACKEND, 2) + _fill(rng, DESIGN, 1))]
    years = round(_months(s1, None) / 12, 1)
    return Persona("freelancer", roles, [("B.S. in Computer Science", rng.choice(UNIS),
                                          _ym(2012, 9), _ym(2016, 5), False)],
                   ["Python", "JavaScript", "PostgreSQL", "Redis"], "Full-stack developer.",
                   Truth(years, {"sde2": {"L5"}}, {"sde2": {"apply"}},
                         {("sde2", "3+ years"): True}), "freelancer")


def career_break(rng: random.Random) -> Persona:
    s1 = _ym(2014, rng.randint(1, 12))
    end = _ym(2023, rng.randint(1, 6))
    roles = [Role("Senior Software Engineer", rng.choice(ORGS), _ym(2019, 3), end,
                  _fill(rng, BACKEND, 2) + _fill(rng, DESIGN, 1)),
             Role("Software Engineer", rng.choice(ORGS), s1, _ym(2019, 3), _fill(rng, BACKEND, 2))]
    years = round(_months(s1, end) / 12, 1)
    return Persona("break", roles, [("B.S. in Computer Science", rng.choice(UNIS), _ym(2010, 9),
                                     _ym(2014, 5), False)],
                   ["Java", "Python", "AWS"], "Backend engineer returning after a family break.",
                   Truth(years, {"sde2": {"L5"}}, {"sde2": {"stretch", "apply"}},
                         {("sde2", "3+ years"): True}, {"sde2": {"career-gap"}}), "break")


def ms_research(rng: random.Random) -> Persona:
    start = _ym(2023, rng.randint(6, 9))
    roles = [Role("Machine Learning Engineer", rng.choice(ORGS), start, None,
                  _fill(rng, ML, 3)),
             Role("Graduate Research Assistant", rng.choice(UNIS), _ym(2021, 9), _ym(2023, 5),
                  _fill(rng, RESEARCH_CS, 1))]
    years = round(_months(start, None) / 12, 1)
    return Persona("msra", roles, [("M.S. in Computer Science", rng.choice(UNIS), _ym(2021, 9),
                                    _ym(2023, 5), False)],
                   ["Python", "PyTorch", "Spark", "AWS"], "ML engineer.",
                   Truth(years, {"mle": {"L5"}}, {"mle": {"apply", "stretch"}},
                         {("mle", "Experience with AWS ML"): False, ("mle", "3+ years"): True,
                          ("mle", "Master"): True}), "msra")


INFRA = (
    "Migrated 40 services to Kubernetes on AWS EKS with Terraform modules",
    "Built the CI/CD pipelines and on-call alerting for the platform team",
    "Cut cloud spend by {n}% by right-sizing clusters and reserved instances",
)
PRINCIPAL = (
    "Set the technical direction for the payments organisation of 6 teams and 45 engineers",
    "Designed the shared data platform used by all 30 product teams across the company",
    "Led the architecture review board for the engineering organisation",
)


def sre(rng: random.Random) -> Persona:
    s1 = _ym(rng.choice((2016, 2017)), rng.randint(1, 12))
    roles = [Role(rng.choice(("Site Reliability Engineer", "DevOps Engineer")), rng.choice(ORGS),
                  _ym(2020, 6), None, _fill(rng, INFRA, 3)),
             Role("Software Engineer", rng.choice(ORGS), s1, _ym(2020, 6), _fill(rng, BACKEND, 2))]
    years = round(_months(s1, None) / 12, 1)
    # software development is the years of building software; SRE work that builds none
    # counts as professional years, not as software development (the held-back experts)
    developing = _months(s1, _ym(2020, 6)) / 12
    return Persona("sre", roles, [("B.S. in Computer Science", rng.choice(UNIS), _ym(s1[0] - 4, 9),
                                   _ym(s1[0], 5), False)],
                   ["Python", "Go", "Terraform", "Kubernetes", "AWS"], "Site reliability engineer.",
                   Truth(years, {"sde2": {"L5"}, "intern": {"L4"}},
                         {"sde2": {"apply"} if developing >= 3 else {"apply", "stretch"},
                          "intern": {"not-yet"}},
                         {("sde2", "3+ years"): developing >= 3,
                          ("intern", "Are enrolled"): False}), "sre")


def principal(rng: random.Random) -> Persona:
    s1 = _ym(rng.choice((2005, 2006, 2007)), rng.randint(1, 12))
    roles = [Role(rng.choice(("Principal Engineer", "Principal Software Engineer")),
                  rng.choice(ORGS), _ym(2018, 3), None, _fill(rng, PRINCIPAL, 3)
                  + _fill(rng, DESIGN, 1, "Java")),
             Role("Senior Software Engineer", rng.choice(ORGS), s1, _ym(2018, 3),
                  _fill(rng, SCOPE, 1) + _fill(rng, BACKEND, 2, "Java"))]
    years = round(_months(s1, None) / 12, 1)
    return Persona("principal", roles, [("M.S. in Computer Science", rng.choice(UNIS),
                                         _ym(s1[0] - 2, 9), _ym(s1[0], 5), False)],
                   ["Java", "Kafka", "AWS", "PostgreSQL"], "Principal engineer.",
                   # a principal two levels above an SDE II opening: interview, but the loop
                   # turns into a conversation about the level (the held-back experts)
                   Truth(years, {"sde2": {"L6", "L7"}}, {"sde2": {"apply"}},
                         {("sde2", "3+ years"): True}), "principal")


LAB_BUILD = (
    "Built a Python pipeline (NumPy, PyTorch) that processes {n} TB of imaging data on the campus cluster",
    "Trained a convolutional network to detect cells; F1 of 0.9 against 0.8 for thresholding",
    "Wrote the lab's open-source image-analysis library used by three other labs",
)
LAB_WORK = (
    "Ran field surveys and collected samples for the lab's long-term study",
    "Finished two manuscripts from the thesis work",
)
NOTEBOOK = (
    "Analyzed A/B tests for the checkout team (about {n} experiments a year)",
    "Built Looker dashboards for promotion performance reviewed by marketing leadership",
    "Prototyped a propensity model in Jupyter and handed it off to ML engineering for production",
)
JAVA_PROJECT = (
    "Developed REST API's for order creation and tracking using Spring Boot",
    "Implemented Kafka producer and consumer for order events",
    "Involved in design discussion with architect",
    "Fixed production issues, L3 support in rotation",
    "Prepared unit test cases with JUnit, code coverage {n}%",
)


def postdoc_scientist(rng: random.Random) -> Persona:
    """A PhD in computer science, then a postdoc in the same field whose entry lists no
    bullets: the postdoc is full-time research (counted); the PhD, whose lines build nothing,
    is study. On a science ladder a finished PhD counts towards the level."""
    start = _ym(2023, rng.choice((7, 8, 9)))
    roles = [Role("Postdoctoral Fellow", "Department of Computer Science, "
                  + rng.choice(UNIS), start, None,
                  ["Developed conformal prediction methods for deep neural networks under "
                   "distribution shift"])]
    years = round(_months(start, None) / 12, 1)
    venue = rng.choice(("NeurIPS", "ICML", "ICLR"))
    return Persona("postdoc", roles, [("Ph.D. in Computer Science", rng.choice(UNIS),
                                       _ym(2018, 9), _ym(2023, 6), False)],
                   ["Python", "PyTorch", "JAX"], "Researcher in uncertainty estimation.",
                   Truth(years, {"science": {"L5"}},
                         {"science": {"stretch"}},
                         {("science", "PhD, or a Master's"): True,
                          ("science", "Experience in patents or publications"): True,
                          ("science", "3+ years of building machine learning"): False}),
                   "postdoc",
                   extra=[("PUBLICATIONS", [f"C. Author and D. Advisor. Calibration under shift. "
                                            f"In {venue}, 2024."])])


def lab_builder(rng: random.Random) -> Persona:
    """Research outside computing whose main work built software: its years count; on an ML
    engineering ladder it gives the background (L4), not seniority."""
    start, end = _ym(2019, 9), _ym(2024, rng.choice((6, 7, 8)))
    roles = [Role("Research Associate", "Department of Marine Biology", _ym(end[0], end[1] + 1 if end[1] < 12 else 12),
                  None, _fill(rng, LAB_WORK, 1)),
             Role("Graduate Research Assistant", "Marine Ecology Lab", start, end,
                  _fill(rng, LAB_BUILD, 2) + _fill(rng, LAB_WORK, 1))]
    years = round(_months(start, end) / 12, 1)
    return Persona("labbuilder", roles, [("Ph.D. in Marine Biology", rng.choice(UNIS), start,
                                          end, False)],
                   ["Python", "PyTorch", "SQL"], "Marine biologist moving into ML engineering.",
                   Truth(years, {"mle": {"L4"}}, {"mle": {"not-yet"}},
                         {("mle", "3+ years"): False}), "labbuilder")


def notebook_scientist(rng: random.Random) -> Persona:
    """A data scientist whose models live in notebooks and go to engineers for production: no
    engineering background for an ML engineering role yet."""
    s1 = _ym(2020, rng.randint(1, 12))
    roles = [Role("Data Scientist", rng.choice(ORGS), s1, None, _fill(rng, NOTEBOOK, 3))]
    years = round(_months(s1, None) / 12, 1)
    return Persona("notebook", roles, [("M.S. in Statistics", rng.choice(UNIS), _ym(2018, 9),
                                        _ym(2020, 5), False)],
                   ["SQL", "Python", "pandas", "Looker"], "Experimentation data scientist.",
                   Truth(years, {"mle": {"below-L4"}}, {"mle": {"not-yet"}},
                         {("mle", "3+ years"): False, ("mle", "Experience with AWS ML"): False}),
                   "notebook")


def long_manager(rng: random.Random) -> Persona:
    """Five or more years of people management with no hands-on work, applying to an
    individual-contributor role: the role's own level, and a stretch."""
    s1 = _ym(2011, rng.randint(1, 12))
    mgr = _ym(2020, rng.randint(1, 12))
    roles = [Role("Engineering Manager", rng.choice(ORGS), mgr, None, _fill(rng, MANAGE, 3)),
             Role("Senior Software Engineer", rng.choice(ORGS), s1, mgr,
                  _fill(rng, BACKEND, 2, "Java") + _fill(rng, DESIGN, 1, "Java"))]
    years = round(_months(s1, None) / 12, 1)
    return Persona("longmanager", roles, [("B.S. in Computer Science", rng.choice(UNIS),
                                           _ym(2007, 9), _ym(2011, 5), False)],
                   ["Java", "AWS", "Kafka"], "Engineering manager.",
                   Truth(years, {"sde2": {"L5"}}, {"sde2": {"stretch"}},
                         {("sde2", "3+ years"): True}), "longmanager")


def sentences_engineer(rng: random.Random) -> Persona:
    """Jobs written as sentences ('Working as ... in ... from Aug 2021 to till date') above the
    client projects done in them (Client, Role, Duration, Environment), a common layout."""
    s1 = _ym(rng.choice((2019, 2020)), rng.randint(1, 12))
    s2 = _ym(2023, rng.randint(1, 9))
    roles = [Role("Senior Software Engineer", rng.choice(ORGS), s2, None,
                  _fill(rng, JAVA_PROJECT, 4, "Java")),
             Role("Software Engineer", rng.choice(ORGS), s1, s2, _fill(rng, JAVA_PROJECT, 3, "Java"))]
    years = round(_months(s1, None) / 12, 1)
    return Persona("sentences", roles, [("B.Tech (Computer Science and Engineering)", "JNTU "
                                         "Hyderabad", None, _ym(s1[0], 5), False)],
                   ["Java", "Spring Boot", "Kafka", "MySQL", "AWS"],
                   f"Having {round(years)} years of experience in Java development.",
                   Truth(years, {"sde2": {"L5"}}, {"sde2": {"stretch", "apply"}},
                         {("sde2", "3+ years"): True, ("sde2", "2+ years of non-internship design"):
                          False}), "sentences", layout="sentences")


PERSONAS: tuple[Callable[[random.Random], Persona], ...] = (
    student, graduate_outside_window, mid_engineer, lambda r: senior(r, True),
    lambda r: senior(r, False), manager, pm_switcher, career_changer, data_scientist,
    biology_phd, cs_phd, overlapping, inflated, timeline, coop_student, freelancer,
    career_break, ms_research, sre, principal, postdoc_scientist, lab_builder,
    notebook_scientist, long_manager, sentences_engineer)


# ----------------------------------------------------------------------------- writing


DATE_STYLES = (
    lambda y, m: f"{MONTHS[m - 1][:3]} {y}",
    lambda y, m: f"{m:02d}/{y}",
    lambda y, m: f"{y}.{m:02d}",
    lambda y, m: f"{MONTHS[m - 1]} {y}",
    lambda y, m: f"{MONTHS[m - 1][:3]} '{y % 100:02d}",
)
RANGE = (" – ", " - ", " to ", "–")
NOW = ("Present", "present", "Current", "Now")


def _dates(rng: random.Random, style: int, role: Role) -> str:
    fmt = DATE_STYLES[style]
    end = rng.choice(NOW) if role.end is None else fmt(*role.end)
    return f"{fmt(*role.start)}{rng.choice(RANGE)}{end}"


def render(p: Persona, rng: random.Random) -> list[tuple[str, str]]:
    """The resume as (kind, text) lines: 'heading', 'line' or 'bullet'."""
    style = rng.randrange(len(DATE_STYLES))
    layout = rng.randrange(3)
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    out: list[tuple[str, str]] = [("line", name),
                                  ("line", f"{name.split()[0].lower()}@example.com | {rng.choice(CITIES)}")]
    out += [("heading", rng.choice(("SUMMARY", "Summary", "Profile"))), ("line", p.summary)]
    sections = {"experience": rng.choice(("EXPERIENCE", "Work Experience", "Professional Experience")),
                "projects": "PROJECTS"}
    if p.layout == "sentences":
        return out + _sentences(p, rng, style)
    for section in ("experience", "projects"):
        roles = [r for r in p.roles if r.section == section]
        if not roles:
            continue
        out.append(("heading", sections[section]))
        for r in roles:
            dates = _dates(rng, style, r)
            if section == "projects" or not r.org:
                out.append(("line", f"{r.title} | {dates}"))
            elif layout == 0:
                out += [("line", f"{r.title}, {r.org} — {rng.choice(CITIES)}"), ("line", dates)]
            elif layout == 1:
                out.append(("line", f"{r.title} | {r.org} | {dates}"))
            else:
                out += [("line", f"{r.org}, {rng.choice(CITIES)}"), ("line", f"{r.title}, {dates}")]
            out += [("bullet", b) for b in r.bullets]
    out.append(("heading", rng.choice(("EDUCATION", "Education"))))
    for degree, uni, start, end, expected in p.education:
        fmt = DATE_STYLES[style]
        when = (f"Expected {fmt(*end)}" if expected else
                (f"{fmt(*start)} - {fmt(*end)}" if start else fmt(*end)))
        out.append(("line", f"{degree}, {uni}, {when}"))
    out += [("heading", rng.choice(("SKILLS", "Technical Skills"))), ("line", ", ".join(p.skills))]
    for heading, lines in p.extra:
        out += [("heading", heading)] + [("bullet", ln) for ln in lines]
    return out


def _sentences(p: Persona, rng: random.Random, style: int) -> list[tuple[str, str]]:
    """Work experience as sentences, then each job's client project with its labels."""
    fmt = DATE_STYLES[style]
    out: list[tuple[str, str]] = [("heading", "Work Experience:")]
    for r in p.roles:
        verb = "Working" if r.end is None else "Worked"
        end = rng.choice(("till date", "date")) if r.end is None else fmt(*r.end)
        out.append(("bullet", f"{verb} as {r.title} in {r.org}, {rng.choice(('Pune', 'Hyderabad'))} "
                              f"from {fmt(*r.start)} to {end}."))
    out.append(("heading", "Project Details:"))
    for i, r in enumerate(p.roles):
        end = "Till date" if r.end is None else fmt(*r.end)
        out += [("line", f"Project #{len(p.roles) - i}: {rng.choice(('Order', 'Claims', 'Billing'))} "
                         f"Platform {i + 1}"),
                ("line", f"Client: {rng.choice(('US based retail company', 'UK based bank'))}"),
                ("line", f"Role: {r.title}"),
                ("line", f"Duration: {fmt(*r.start)} – {end}"),
                ("line", "Environment: Java 17, Spring Boot, Kafka, MySQL, Jenkins"),
                ("line", "Roles & Responsibilities:")]
        out += [("bullet", b) for b in r.bullets]
    out.append(("heading", "Educational Qualification:"))
    for degree, uni, _start, end, _expected in p.education:
        out.append(("line", f"{degree} {uni} {end[0]} 74%"))
    out += [("heading", "Technical Skills:"), ("line", ", ".join(p.skills))]
    return out


def write(lines: list[tuple[str, str]], path: Path, docx_file: bool) -> Path:
    if docx_file:
        import docx

        doc = docx.Document()
        for kind, text in lines:
            if kind == "heading":
                doc.add_heading(text, level=2)
            elif kind == "bullet":
                doc.add_paragraph(text, style="List Bullet")
            else:
                doc.add_paragraph(text)
        path = path.with_suffix(".docx")
        doc.save(str(path))
        return path
    marker = "- "
    out: list[str] = []
    for i, (k, t) in enumerate(lines):
        if k == "heading":
            out.append("\n" + t)
        elif k == "bullet":
            out.append(marker + t)
        else:  # a role's header after the previous role's bullets starts a new block
            out.append(("\n" if i and lines[i - 1][0] == "bullet" else "") + t)
    text = "\n".join(out)
    path = path.with_suffix(".txt")
    path.write_text(text + "\n", encoding="utf-8")
    return path


# ----------------------------------------------------------------------------- measuring


@dataclass
class Result:
    seed: int
    persona: str
    years: float | None
    years_truth: float
    levels: dict[str, tuple[str | None, set[str]]] = field(default_factory=dict)
    verdicts: dict[str, tuple[str, set[str]]] = field(default_factory=dict)
    reqs: list[tuple[str, bool, str]] = field(default_factory=list)  # text, truth, ours
    risks: list[tuple[str, str, bool]] = field(default_factory=list)  # posting, risk id, found


def run(seed: int, folder: Path, knowledge: object, jobs: dict[str, object]) -> Result:
    from app.analysis.pipeline import analyze
    from app.reading.resume import read_resume

    rng = random.Random(seed)
    persona = PERSONAS[seed % len(PERSONAS)](rng)
    path = write(render(persona, rng), folder / f"synthetic_{seed}", docx_file=seed % 3 == 2)
    resume = read_resume(path)
    res = Result(seed, persona.kind, None, persona.truth.years)
    for pid, job in jobs.items():
        want_level = persona.truth.level.get(pid)
        want_verdict = persona.truth.verdict.get(pid)
        want_reqs = {k[1]: v for k, v in persona.truth.reqs.items() if k[0] == pid}
        want_risks = persona.truth.risks.get(pid)
        if not (want_level or want_verdict or want_reqs or want_risks):
            continue
        report = analyze(resume, job, knowledge, role="auto", today=TODAY)
        res.years = report.fit.professional_years
        if want_level:
            res.levels[pid] = (report.fit.level, want_level)
        if want_verdict:
            res.verdicts[pid] = (report.fit.verdict, want_verdict)
        by_id = {m.requirement_id: m for m in report.requirement_matches}
        for prefix, truth in want_reqs.items():
            req = next((r for r in job.requirements if r.text.startswith(prefix)), None)
            m = by_id.get(req.id) if req is not None else None
            res.reqs.append((prefix, truth, "missing" if m is None else
                             ("met" if (m.verdict == "met" or (m.verdict == "confirm" and m.met))
                              else m.verdict)))
        from app.analysis.risks import Signals  # noqa: F401  (keeps the import graph honest)

        if want_risks:
            every = {r.id for r in report.risks} | {g.target for g in report.gap_scripts}
            for rid in want_risks:
                res.risks.append((pid, rid, rid in every))
    return res


def measure(results: list[Result]) -> dict[str, object]:
    years = [r for r in results if r.years is not None]
    within = sum(abs((r.years or 0) - r.years_truth) <= 0.35 for r in years)
    levels = [(got, want) for r in results for got, want in r.levels.values()]
    verdicts = [(got, want) for r in results for got, want in r.verdicts.values()]
    reqs = [(truth, ours) for r in results for _, truth, ours in r.reqs]
    risks = [found for r in results for _, _, found in r.risks]
    order = ("below-L4", "L4", "L5", "L6", "L7")
    over = sum(1 for got, want in levels if got in order and all(
        order.index(got) > order.index(w) for w in want))
    return {
        "resumes": len(results),
        "years_within_0.35": round(within / len(years), 3) if years else None,
        "years_mae": round(sum(abs((r.years or 0) - r.years_truth) for r in years) / len(years), 2)
        if years else None,
        "level_ok": round(sum(g in w for g, w in levels) / len(levels), 3) if levels else None,
        "level_over": f"{over}/{len(levels)}",
        "verdict_ok": round(sum(g in w for g, w in verdicts) / len(verdicts), 3) if verdicts else None,
        "req_ok": round(sum((o == "met") == t for t, o in reqs) / len(reqs), 3) if reqs else None,
        "risk_found": round(sum(risks) / len(risks), 3) if risks else None,
    }


def evaluate(seeds: tuple[int, ...], folder: Path) -> tuple[dict[str, object], list[Result]]:
    from app.knowledge import load_knowledge
    from app.reading.jobs import read_job

    knowledge = load_knowledge()
    jobs = {}
    for pid, text in POSTINGS.items():
        p = folder / f"job_{pid}.txt"
        p.write_text(text, encoding="utf-8")
        jobs[pid] = read_job(p, knowledge)
    results = [run(s, folder, knowledge, jobs) for s in seeds]
    return measure(results), results


def main(argv: list[str]) -> int:
    import tempfile

    verbose = "--verbose" in argv
    sets = {"tune": TUNE_SEEDS, "held": HELD_SEEDS}
    if "--tune" in argv:
        sets.pop("held")
    for name, seeds in sets.items():
        with tempfile.TemporaryDirectory() as tmp:
            summary, results = evaluate(seeds, Path(tmp))
        print(f"synthetic {name} seeds ({seeds[0]}-{seeds[-1]}): {summary}")
        if verbose and name == "tune":
            for r in results:
                bad = [f"level {p}: {g} not in {sorted(w)}" for p, (g, w) in r.levels.items() if g not in w]
                bad += [f"verdict {p}: {g} not in {sorted(w)}" for p, (g, w) in r.verdicts.items() if g not in w]
                bad += [f"req '{t}': ours {o}, truth {'met' if v else 'not met'}" for t, v, o in r.reqs
                        if (o == "met") != v]
                bad += [f"risk {p}/{rid} missing" for p, rid, f in r.risks if not f]
                if abs((r.years or 0) - r.years_truth) > 0.35:
                    bad.append(f"years {r.years} vs {r.years_truth}")
                if bad:
                    print(f"  seed {r.seed} {r.persona}: " + "; ".join(bad))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
