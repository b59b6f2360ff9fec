"""Technical topics count what the posting itself stresses: its description, duties and
requirements. A recruiter called 'Harrowmere Search Partners', a privacy notice about
'security' and an equal-opportunity paragraph are not the job; 'causal inference' is
statistics, not serving a model."""

from __future__ import annotations

from app.analysis.plan import technical_topics
from app.analysis.posting import is_ml_posting
from app.knowledge import load_knowledge
from app.reading.jobs import read_job_text

POSTING = """Senior Data Scientist, Clinical Outcomes
Harrowmere Search Partners on behalf of a health-analytics company

About the role
You will design observational studies and causal inference analyses of treatment outcomes
from claims and registry data, and present them to clinical leads.

Requirements
- 4+ years applying statistics and causal inference to health data
- Python or R, and SQL
- Experience with experiment design and A/B tests

About Harrowmere Search Partners
Harrowmere Search Partners is a search firm for data and analytics roles. We search across
Europe; our search consultants treat your data with security and care, and our security
policy is on our website.

Equal opportunities
We welcome applications from everyone and keep your data secure.
"""


def test_topics_come_from_the_job_not_the_recruiter_or_the_legal_text() -> None:
    k = load_knowledge()
    pack = k.roles["amazon-mle"]
    job = read_job_text(POSTING, k)
    topics = technical_topics(job, pack, "pandas", is_ml_posting(job, pack))
    names = [t.name for t in topics[:3]]
    assert "Recommendation and search ranking system design" not in names, names
    assert "Fraud and anomaly detection system design" not in names, names
    serving = {t.id: t for t in topics}["serving-architecture"]
    assert "inference" not in serving.why, serving.why
    ab = {t.id: t for t in topics}["ab-testing"]
    assert "A/B testing" in ab.why and "a/B" not in ab.why, ab.why


def test_the_body_keeps_the_description_and_requirements_only() -> None:
    job = read_job_text(POSTING, load_knowledge())
    assert "observational studies" in job.body and "4+ years applying statistics" in job.body
    assert "search consultants" not in job.body and "welcome applications" not in job.body


WAREHOUSE_SDE = """Software Development Engineer I, Fulfilment Scheduling
Amazon

DESCRIPTION
You will build the services that schedule dock doors and trailer arrivals at fulfilment centres,
keep them available around the clock, and join the on-call rotation after ramp-up.

BASIC QUALIFICATIONS
- Experience programming with at least one modern language such as Java, Python or C++
- Knowledge of data structures, algorithms and object-oriented design

PREFERRED QUALIFICATIONS
- Experience with distributed systems and databases
"""

CHECKOUT_SDE = WAREHOUSE_SDE.replace("schedule dock doors and trailer arrivals at fulfilment "
                                     "centres", "authorise card payments and refunds at checkout")


def test_a_domain_nobody_names_is_not_offered_as_a_regular_topic() -> None:
    """Payments, identity or LLM features are domains: a dock-scheduling posting and a resume
    about Java services name none of them, so none is listed; a checkout posting that names
    payments gets the payments topic, and a resume that built an LLM feature keeps that topic
    (the interviewer may ask about the candidate's own project)."""
    k = load_knowledge()
    pack = k.roles["amazon-sde"]
    resume = "Built Java services on PostgreSQL for a student housing portal; wrote unit tests."
    dock = read_job_text(WAREHOUSE_SDE, k)
    ids = [t.id for t in technical_topics(dock, pack, resume, is_ml_posting(dock, pack))]
    assert not {"payments-money", "identity-access", "llm-features"} & set(ids), ids
    assert {"distributed-system-design", "arrays-strings-hashing", "trees-graphs"} <= set(ids), ids
    checkout = read_job_text(CHECKOUT_SDE, k)
    ids = [t.id for t in technical_topics(checkout, pack, resume, is_ml_posting(checkout, pack))]
    assert "payments-money" in ids and "identity-access" not in ids, ids
    llm_resume = resume + " Added an LLM summary feature to the admin tool."
    ids = [t.id for t in technical_topics(dock, pack, llm_resume, is_ml_posting(dock, pack))]
    assert "llm-features" in ids and "payments-money" not in ids, ids
