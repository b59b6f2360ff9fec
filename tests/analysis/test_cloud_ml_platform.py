"""'a cloud ML platform such as AWS SageMaker or Azure Machine Learning' asks for a managed
cloud ML service: the singular 'cloud ML platform' was read as any ML infrastructure, so an
MLflow tracking server met it (set 19: both experts partly or not met)."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

POSTING = """
Machine Learning Engineer
Harrowgate Building Society

What you'll need
- Hands-on experience with a cloud ML platform such as AWS SageMaker or Azure Machine Learning
- Strong Python and SQL
- Experience building machine learning models for credit or fraud decisions
"""


def _resume(line: str) -> str:
    return f"""
        Idris Pemberton-Kaur
        idris.pk@example.org

        EXPERIENCE
        Machine Learning Engineer, Coldharbour Lending, Leeds    Apr 2021 - Present
        - Built the affordability model (XGBoost, Python, SQL) used on 20,000 loan decisions a month.
        - {line}

        EDUCATION
        B.Sc. Mathematics, University of Fenmarsh, 2020
        """


def test_a_cloud_ml_platform_is_a_managed_service(tmp_path: Path) -> None:
    ask = "Hands-on experience with a cloud ML platform"
    tracking = judge(tmp_path, _resume("Set up MLflow tracking and GitHub Actions for the team's "
                                       "model experiments."), POSTING, name="mlflow")
    assert tracking.of(ask) != "met", tracking.why(ask)
    managed = judge(tmp_path, _resume("Moved the model's training and endpoints to Azure Machine "
                                      "Learning with a weekly retraining pipeline."),
                    POSTING, name="azure")
    assert managed.of(ask) == "met", managed.why(ask)


INFRA = """
Software Development Engineer II, Inference
Amazon Web Services

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
- Experience with machine learning infrastructure such as model hosting, inference serving, feature stores or training platforms
"""


def test_training_platforms_are_not_shown_by_training_something(tmp_path: Path) -> None:
    """'training platforms' lost 'platforms' as an empty word, so any line with 'Trained' met
    it ('Trained 3 manual testers in automation')."""
    ask = "Experience with machine learning infrastructure"
    got = judge(tmp_path, """
        Wiktor Szafranek-Doyle
        wiktor.sd@example.org

        EXPERIENCE
        Senior QA Automation Engineer, Kalinowo Software, Gdansk    Mar 2019 - Present
        - Trained 3 manual testers in automation; 2 of them now work as automation engineers.
        - Built the team's API test framework in Java and RestAssured used by 6 teams.

        EDUCATION
        M.Sc. Computer Science, Gdansk Fenmarsh University, 2018
        """, INFRA)
    assert got.of(ask) != "met", got.why(ask)
