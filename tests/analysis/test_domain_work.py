"""Experience in an industry is work in it (invented lines): a project on a public retail
dataset touches retail without being experience in it, and a bank's retail cards are banking,
not the retail industry."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge
from tests.analysis.test_analytics_evidence import _matcher

POSTING = """
Data Scientist, Store Replenishment
Pinecrest Grocers

Requirements
- Experience in grocery, retail or inventory planning
- Python and SQL
"""

STUDENT = """
Imogen Velasquez-Hart
imogen.vh@example.com

EXPERIENCE
Data Science Intern | Larkfield Analytics | Jun 2025 – Aug 2025
- Built churn features in SQL for a telecom client; AUC from 0.71 to 0.76.

PROJECTS
Sales forecasting (course project) | Jan 2025 – Apr 2025
- Forecast daily sales on a public retail dataset with LightGBM in Python; WAPE 18% vs 24% for a seasonal baseline.

EDUCATION
B.S. Statistics, Harwell University, 2026 (expected)
"""

STORE_ANALYST = """
Tobias Ferncliff
tobias.f@example.com

EXPERIENCE
Inventory Analyst | Brightwater Supermarkets | Mar 2021 – Present
- Cut stock-outs on 3,000 grocery SKUs by 12% with a Python reorder model and SQL reports.

EDUCATION
B.Sc. Economics, Harwell University, 2020
"""


def test_an_industry_shown_only_in_a_project_is_partly_met(tmp_path: Path) -> None:
    ask = "Experience in grocery, retail or inventory planning"
    student = judge(tmp_path, STUDENT, POSTING, "student")
    assert student.of(ask) == "partly", student.why(ask)
    assert "project" in student.why(ask)
    analyst = judge(tmp_path, STORE_ANALYST, POSTING, "analyst")
    assert analyst.of(ask) == "met", analyst.why(ask)


def test_retail_banking_is_not_the_retail_industry() -> None:
    m = _matcher()
    assert m.find("Rebuilt the retail card application scorecard with logistic regression") == [
        "Retail Banking", "Regression"]
    assert "Retail" not in m.find("Built credit models for the retail lending book")
    assert "Retail" in m.find("Forecast weekly demand for a retail chain")


DISTRIBUTED_POSTING = """
Software Development Engineer II, Fleet Placement
Amazon

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience

PREFERRED QUALIFICATIONS
- Experience building large-scale distributed systems
"""

SERVICES = """
Anaya Raghunathan
anaya.r@example.com

EXPERIENCE
Software Engineer | Kestrel Pay | Jan 2019 – present
- Developed 6 Spring Boot microservices on AWS with SQS and DynamoDB for standing orders; 1.1 million payments a day.
"""

SYSTEM = SERVICES.replace(
    "- Developed 6 Spring Boot microservices on AWS with SQS and DynamoDB for standing orders; 1.1 million payments a day.",
    "- Built the partitioned ledger store (Kafka, Cassandra, 3 replicas per shard) for 1.1 million payments a day.")


def test_building_distributed_systems_needs_their_mechanisms(tmp_path: Path) -> None:
    """Microservices that call a queue and a managed store use a distributed system's services;
    building one at scale shows its partitions, replicas or streams."""
    line = "Experience building large-scale distributed systems"
    services = judge(tmp_path, SERVICES, DISTRIBUTED_POSTING, "services")
    assert services.of(line) == "partly", services.why(line)
    system = judge(tmp_path, SYSTEM, DISTRIBUTED_POSTING, "system")
    assert system.of(line) == "met", system.why(line)
