"""Asks of a senior SDE posting for AI infrastructure and of a data engineering posting, on
invented resumes: GPU *programming* is not running GPUs; years of *leading* design need the
design itself, not a migration or an autoscaler; a cache in front of an API is no model
inference made faster; a data-quality framework and on-call work show the data-quality and
operations asks (rules from held-back set 17's first look)."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

POSTING = """
Senior Software Development Engineer, AI Infrastructure
Halvard Systems

Basic qualifications
- 5+ years of non-internship professional software development experience
- 5+ years of leading design or architecture (design patterns, reliability and scaling) of new and existing systems experience
- Experience with GPU or accelerator programming (CUDA or similar)

Preferred qualifications
- Experience with LLM inference optimization (batching, KV caching, quantization)
- Experience with data quality frameworks and operational excellence for data pipelines
"""

OPERATOR = """
Ines Valcarce
ines.valcarce@example.com

EXPERIENCE
Platform Engineer | Brightmoor Retail | Jan 2019 – Present
- Operate model serving for 30 models with KServe on GPU nodes, 99.9% availability.
- Added autoscaling to the LLM serving cluster on 16 GPUs.
- Migrated all services to Kubernetes with Terraform and Helm.
- Implemented a caching layer that cut the catalogue API's p95 latency from 900 ms to 200 ms.
- Added freshness and null-rate checks (Great Expectations) on every pipeline table.
- On-call for the data platform one week in four.

EDUCATION
B.S. Computer Science, Universidad de Lenaria, 2018
"""

BUILDER = """
Tomasz Erlingsson
tomasz.erlingsson@example.com

EXPERIENCE
Senior Software Engineer | Quillfeather Labs | Jan 2019 – Present
- Designed and led the architecture of the sharded job scheduler service used by 14 teams.
- Wrote CUDA kernels for fused attention, 1.8x faster than the library version.
- Cut LLM inference latency 40% with continuous batching and int8 quantization on GPUs.

EDUCATION
B.S. Computer Engineering, Universidad de Lenaria, 2018
"""


def test_running_gpus_and_moving_systems_is_not_programming_or_leading_their_design(
        tmp_path: Path) -> None:
    j = judge(tmp_path, OPERATOR, POSTING)
    assert j.of("Experience with GPU or accelerator programming") != "met"
    assert j.of("5+ years of leading design") != "met"
    assert j.of("Experience with LLM inference optimization") == "not-met"
    assert j.of("Experience with data quality frameworks") == "met"


def test_the_work_itself_meets_them(tmp_path: Path) -> None:
    j = judge(tmp_path, BUILDER, POSTING)
    assert j.of("Experience with GPU or accelerator programming") == "met"
    assert j.of("5+ years of leading design") == "met"
    assert j.of("Experience with LLM inference optimization") == "met"


def test_a_neighbour_named_only_where_it_is_one(tmp_path: Path) -> None:
    """'Nothing shows CUDA; Go is related but not the same thing' named a language as the
    neighbour of GPU programming; a neighbour is named only where every name asked is a tool
    of one kind, and never one the same line asks for itself."""
    posting = """
    Senior Software Engineer, Compute
    Halvard Systems

    Requirements
    - Experience with GPU or accelerator programming (CUDA or similar)
    - Strong Python and one of Rust or Java
    - Experience with PostgreSQL
    """
    resume = """
    Ines Valcarce
    ines.valcarce@example.com

    EXPERIENCE
    Backend Engineer | Brightmoor Retail | Jan 2019 – Present
    - Built the order services in Go and Python with MySQL, 2M orders a day.

    EDUCATION
    B.S. Computer Science, Universidad de Lenaria, 2018
    """
    j = judge(tmp_path, resume, posting)
    assert "Go" not in j.why("Experience with GPU or accelerator programming")
    assert "Python is related" not in j.why("Strong Python and one of Rust or Java")
    assert "is related but not the same thing" in j.why("Experience with PostgreSQL")


def test_the_basic_gap_risk_reads_as_a_sentence(tmp_path: Path) -> None:
    """'Your closest line is nothing close yet.' read badly, and 'not shown' headed a line the
    resume shows in part: the risk says 'not fully shown', and a whole sentence when no line
    comes close."""
    posting = """
    Data Engineer II
    Halvard Systems

    Basic qualifications
    - Experience with Kafka or Kinesis streaming in production
    - 2+ years of professional software development experience
    """
    resume = """
    Ines Valcarce
    ines.valcarce@example.com

    EXPERIENCE
    Software Engineer | Brightmoor Retail | Jan 2019 – Present
    - Built the order services in Python with PostgreSQL, 2M orders a day.

    EDUCATION
    B.S. Computer Science, Universidad de Lenaria, 2018
    """
    j = judge(tmp_path, resume, posting)
    risk = next(r for r in j.report.risks if r.title.startswith("Basic qualification"))
    assert risk.title.startswith("Basic qualification not fully shown: ")
    assert "closest line is nothing" not in risk.why
    assert risk.why.endswith("No line on your resume comes close yet.")
