"""'5+ years in DevOps, SRE, platform or software engineering': the kinds of engineering work
it lists are alternatives, operations roles among them; they were read as software
development done in DevOps or SRE, which leaves out every operations role (held-back set 20:
an MLOps engineer with four DevOps/SRE years before it read as having none). Invented person
and posting."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

POSTING = """
Senior MLOps Engineer
Brackwater Health

REQUIREMENTS
- 5+ years in DevOps, SRE, platform or software engineering, including 2+ years supporting machine learning in production
"""

RESUME = """
Oksana Veldhuis-Amadi
Denver, CO

EXPERIENCE
MLOps Engineer | Pinecastle Labs | Mar 2024 - Present
- Run the Kubeflow training pipelines and MLflow model registry for 14 data scientists.
- Built canary rollouts for model endpoints on SageMaker with automatic rollback.
Site Reliability Engineer | Ferrow Logistics | Jan 2020 - Feb 2024
- Ran the Kubernetes platform (40 clusters) with Terraform and Argo CD; on call 1 week in 4.
- Cut paging alerts by 60% with SLO-based alerting.

EDUCATION
B.S. Information Systems, Colorado State University, 2019
"""


def test_operations_years_count_where_the_line_lists_them_beside_software(tmp_path: Path) -> None:
    got = judge(tmp_path, RESUME, POSTING)
    assert got.of("5+ years in DevOps, SRE") == "met", got.why("5+ years in DevOps")
