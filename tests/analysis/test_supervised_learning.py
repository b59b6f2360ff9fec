"""Supervised learning is what a classifier, a regression, a tree ensemble or an SVM is trained
by: a posting's "supervised learning" is shown by those (both expert labellers credited it in
sets 6, 15 and 16 where the app found nothing). Self- and semi-supervised learning are other
things: a line of supervised models does not show them, "self-supervision" does."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

POSTING = """
Machine Learning Scientist
Tallowmere Health Analytics

Requirements
- Knowledge of machine learning fundamentals such as supervised learning
- Experience with self-supervised or semi-supervised learning on unlabeled data
"""


def _resume(*bullets: str) -> str:
    lines = "\n".join(f"    - {b}" for b in bullets)
    return f"""
    Ysolde Marchbank
    ysolde.marchbank@example.org

    EXPERIENCE
    Data Scientist, Corriebank Clinics, Glasgow    Feb 2021 - Present
{lines}

    EDUCATION
    M.Sc. Statistics, University of Fenmarsh, 2020
    """


def test_supervised_learning_is_shown_by_the_models_it_trains(tmp_path: Path) -> None:
    ask, other = "Knowledge of machine learning fundamentals", "Experience with self-supervised"
    for i, line in enumerate(("Trained a no-show classifier on 3 years of appointments; it "
                              "flags 400 visits a week for a reminder call.",
                              "Built a LightGBM model of readmission risk used by 12 wards.",
                              "Fitted a logistic regression of referral delays for the board.")):
        j = judge(tmp_path, _resume(line), POSTING, name=f"s{i}")
        assert j.of(ask) == "met", (line, j.why(ask))
        assert j.of(other) == "not-met", (line, j.why(other))
    pre = judge(tmp_path, _resume("Pre-trained an encoder with self-supervision on 2 million "
                                  "unlabelled scans, then fine-tuned it for triage."),
                POSTING, name="ssl")
    assert pre.of(other) == "met", pre.why(other)
    none = judge(tmp_path, _resume("Built the clinic dashboards in Tableau for 12 wards."),
                 POSTING, name="none")
    assert none.of(ask) != "met", none.why(ask)
