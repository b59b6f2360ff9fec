"""Two readings of a qualification and a line, each on invented text: where the experience may
come from ("through professional work, internships or research") is no skill asked; and the
pipelines behind another team's models are no model of one's own."""

from __future__ import annotations

from pathlib import Path

from app.analysis.areas import BY_ID, shows
from tests.analysis.judge_helpers import judge

POSTING = """
Machine Learning Engineer I
Amazon

BASIC QUALIFICATIONS
- Experience building machine learning models, including training and evaluation, through professional work, internships or research
- Experience deploying machine learning models to production
- Experience programming in Python
"""


def test_where_the_experience_comes_from_is_not_asked(tmp_path: Path) -> None:
    ask = "Experience building machine learning models"
    got = judge(tmp_path, """
        Priyanka Desrosiers-Amankwah
        p.desrosiers@example.org

        EXPERIENCE
        Machine Learning Engineer, Coldwater Freight, Columbus OH    Mar 2022 - Present
        - Trained a LightGBM delivery-delay model on 3 years of shipments and deployed it behind
          the booking API; late deliveries flagged a day earlier for 70% of orders.
        - Wrote the Python evaluation harness that compares each retrained model with the last.

        EDUCATION
        B.S. Computer Science, Ohio Fenmarsh University, 2021
        """, POSTING)
    assert got.of(ask) == "met", got.why(ask)
    assert "Research" not in got.why(ask)


def test_the_pipelines_behind_another_teams_models_are_not_models_built() -> None:
    for area in ("ml-work", "ml-production"):
        a = BY_ID[area]
        assert not shows(a, "Own the feature pipelines behind the data science team's "
                            "churn and fraud models: 90 features computed daily in production."), area
        assert not shows(a, "Built the data feeding the pricing team's production models."), area
        assert shows(a, "Trained and deployed our team's churn model to production on SageMaker."), area


def test_routes_that_are_the_ask_stay() -> None:
    """'through internships or co-ops' alone is what the line asks for: only a list of routes
    that names paid work among them is dropped."""
    from app.analysis.asks import without_tails

    for text in ("Experience building software through internships or co-ops",
                 "Experience contributing to software through open-source or hackathons"):
        assert without_tails(text) == text, text
    assert without_tails("Experience with SQL gained through professional work or coursework"
                         ) == "Experience with SQL"


def test_deploying_another_teams_models_is_production_work() -> None:
    assert shows(BY_ID["ml-production"], "Deployed the data scientists' fraud models to "
                                         "production on SageMaker endpoints with drift monitoring.")
    assert shows(BY_ID["ml-work"], "Trained and deployed the team's first production churn model.")
    assert not shows(BY_ID["ml-work"], "Deployed the data scientists' fraud models to production.")
