"""Asks a data posting makes, on invented resumes: a sector ("experience in financial
services", "working in a public sector or regulated environment") is work done in it, not a
word of its domain met elsewhere; a dbt project's models are SQL, not machine learning; "cloud
machine learning services (SageMaker or similar)" needs such a service; "providing features
and training data to ML teams" needs features or training data built for models (rules from
held-back set 17's first look)."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

POSTING = """
Senior Data Engineer, Platform
Marrowfield Analytics

Requirements
- Experience in financial services
- Experience of working in a public sector or regulated environment
- Experience with cloud machine learning services (Azure Machine Learning, AWS SageMaker or similar)
- Experience providing features and training data to machine learning or forecasting teams
"""

MARKETPLACE = """
Orla Brennock
orla.brennock@example.com

EXPERIENCE
Data Engineer | Tindle Marketplace | Jan 2020 – Present
- Built and maintain the dbt project (Snowflake) behind all commercial reporting: 310 models, tests on every key.
- Served the fraud team's nightly scores from the warehouse into the seller dashboard.
- Built the Looker explores for orders and returns used by 80 people.

EDUCATION
B.Sc. Computer Science, Ardmore University, 2019
"""

FINTECH = """
Kofi Adjei-Lamptey
kofi.adjei@example.com

EXPERIENCE
Data Engineer | Sankofa Pay | Jan 2020 – Present
- Built the transaction-feature pipeline for the fraud scoring model: velocity counts over 1h and 24h windows.
- Analysed chargeback data for card payments and found the 3 merchant categories behind most disputes.
- Trained a demand model on SageMaker for the treasury team.

EDUCATION
B.Sc. Computer Science, Ardmore University, 2019
"""


def test_domain_words_met_elsewhere_are_not_the_sector(tmp_path: Path) -> None:
    j = judge(tmp_path, MARKETPLACE, POSTING)
    assert j.of("Experience in financial services") == "not-met"
    assert j.of("Experience of working in a public sector") == "not-met"
    assert j.of("Experience with cloud machine learning services") == "not-met"
    assert j.of("Experience providing features and training data") == "not-met"


def test_work_in_the_sector_and_for_models_meets_them(tmp_path: Path) -> None:
    j = judge(tmp_path, FINTECH, POSTING)
    assert j.of("Experience in financial services") == "met"
    assert j.of("Experience of working in a public sector") == "met"
    assert j.of("Experience with cloud machine learning services") == "met"
    assert j.of("Experience providing features and training data") == "met"
