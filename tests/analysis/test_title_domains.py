"""A machine-learning posting whose title names its domain (speech recognition, computer
vision) is a stretch for a resume that shows none of that domain's work, however many lines
it meets; the loop probes that domain in depth."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analysis.judge_helpers import judge

POSTING = """
Machine Learning Engineer II, {domain}
Amazon

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
- 2+ years of building machine learning models in production experience
- Experience programming with at least one software programming language

PREFERRED QUALIFICATIONS
- Master's degree in computer science or a related field
"""

RESUME = """
Tomasz Wierzbicki-Hale
tomasz.wh@example.com

EXPERIENCE
Senior Machine Learning Engineer | Quillfeather Payments | Jan 2018 – Present
- Built and own the real-time fraud model (LightGBM) scoring 3,000 transactions per second in production.
- Designed the feature pipeline (Kafka into Redis) and the weekly retraining job on SageMaker.
- {line}

EDUCATION
M.S. Computer Science, Larchmont University, 2017
"""


@pytest.mark.parametrize(("domain", "line", "capped"), [
    ("Alexa Speech Recognition", "Mentored two engineers on model monitoring.", True),
    ("Alexa Speech Recognition", "Trained a keyword-spotting model for the call-centre speech recognition pilot.", False),
    ("Computer Vision, Prime Video", "Mentored two engineers on model monitoring.", True),
    ("Computer Vision, Prime Video", "Built an object detection model for scanned receipts (YOLO).", False),
    # a product's name is not a domain: "Video" names the service, the work is forecasting
    ("Prime Video Live Events Forecasting", "Mentored two engineers on model monitoring.", False),
])
def test_a_title_domain_the_resume_never_shows_is_a_stretch(tmp_path: Path, domain: str, line: str,
                                                             capped: bool) -> None:
    j = judge(tmp_path, RESUME.format(line=line), POSTING.format(domain=domain))
    assert (j.verdict == "stretch") == capped, (domain, j.verdict)


def test_a_transaction_in_a_title_is_not_a_database_transaction() -> None:
    """'Transaction Risk' in a title names payments, not consistency and replication: the
    words that define a topic for the title gate are its own, and 'transaction' is only a
    neighbour of that one (a posting titled '... Transaction Risk ML Platform' was capped at
    stretch for not showing database consistency work)."""
    from app.analysis.text import count_phrase
    from app.analysis.verdict import DEFINING_WORDS
    from tests.analysis.judge_helpers import knowledge

    title = "Software Development Manager, Transaction Risk ML Platform"
    for pack in knowledge().roles.values():  # type: ignore[attr-defined]
        for t in pack.topics:
            if t.id == "consistency-replication":
                assert not any(count_phrase(title, k) for k in t.keywords[:DEFINING_WORDS])
