"""The team and product a posting names, for the questions to ask: not a benefits heading
("Inclusive Team Culture"), not the recruiters ("contact the Recruitment team"), not a tool a
qualification names ("AWS SageMaker or similar"): each once invented a team or a product the
questions then asked about (held-back set 17's outputs)."""

from __future__ import annotations

from pathlib import Path

from app.analysis.scripts import team_and_product
from app.reading.jobs import read_job

DUTIES = ("You will build and run the models and services of the team, work with product and "
          "science partners, and own what you ship from design to operation.")


def _job(tmp_path: Path, knowledge, text: str):
    p = tmp_path / "job.txt"
    p.write_text(text.strip() + "\n", encoding="utf-8")
    return read_job(p, knowledge)


def test_no_team_from_a_benefits_heading_the_recruiters_or_a_tool_asked(tmp_path: Path,
                                                                         knowledge) -> None:
    job = _job(tmp_path, knowledge, f"""
Data Scientist
Department for Coastal Resilience

{DUTIES}

Essential criteria
- Experience with cloud machine learning services (Azure Machine Learning, AWS SageMaker or similar)
- Experience building statistical models in Python or R

Inclusive Team Culture
We celebrate difference. For questions, contact the Recruitment team.
""")
    team, product = team_and_product(job)
    assert team == "" and "SageMaker" not in product


def test_the_team_and_product_the_posting_describes(tmp_path: Path, knowledge) -> None:
    job = _job(tmp_path, knowledge, f"""
Machine Learning Engineer II
Amazon

Join the Prime Video Personalization team. {DUTIES}

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
- Experience with Amazon SageMaker or similar
""")
    team, product = team_and_product(job)
    assert team == "Prime Video Personalization" and "SageMaker" not in product
