"""A model evaluated with the metrics practitioners name (macro-F1, ROC-AUC, precision and
recall) shows model evaluation: 'knowledge of machine learning fundamentals, such as supervised
learning, model evaluation' is met by a line that trained and scored a model, even though none of
the posting's example words is written on the resume."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analysis.judge_helpers import judge

POSTING = """
Machine Learning Engineer I, Edge Devices
Amazon

BASIC QUALIFICATIONS
- Bachelor's degree in computer science or a related field
- Knowledge of machine learning fundamentals, such as supervised learning, model evaluation and overfitting
"""

RESUME = """
Marisol Okonkwo-Lind
marisol.ol@example.com

EXPERIENCE
Machine Learning Intern | Quayside Acoustics | Jun 2025 – Aug 2025
- Trained a bird-call detector in PyTorch on 40k clips and {metric}.

EDUCATION
B.S. Computer Science, Harwick University, 2026
"""


@pytest.mark.parametrize("metric", ["raised macro-F1 from 0.68 to 0.79",
                                    "lifted ROC-AUC from 0.81 to 0.88",
                                    "reported precision and recall per species"])
def test_a_model_scored_with_named_metrics_shows_model_evaluation(tmp_path: Path, metric: str) -> None:
    judged = judge(tmp_path, RESUME.replace("{metric}", metric), POSTING, "metric")
    line = "Knowledge of machine learning fundamentals"
    assert judged.of(line) != "not-met", judged.why(line)


def test_no_model_no_evaluation(tmp_path: Path) -> None:
    plain = RESUME.replace("Trained a bird-call detector in PyTorch on 40k clips and {metric}.",
                           "Labelled 40k bird-call clips for the research team.")
    judged = judge(tmp_path, plain, POSTING, "plain")
    assert judged.of("Knowledge of machine learning fundamentals") == "not-met"
