"""Evidence read for what it means: a model scored with the metrics practitioners name
(macro-F1, ROC-AUC, precision and recall) shows model evaluation, so 'knowledge of machine
learning fundamentals, such as supervised learning, model evaluation' is met by a line that
trained and scored a model though none of the posting's example words is on the resume; and a
posting line naming device hardware is not a mobile app team's."""

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


def test_mobile_hardware_is_no_mobile_app_side() -> None:
    """'Mobile-class CPUs' and 'mobile phones, microcontrollers or DSPs' ask for work on device
    hardware: the posting does not centre on mobile app engineering, so an embedded engineer's
    seniority is not capped as if it were; an app team's lines still name the mobile side."""
    from app.analysis.areas import posting_side

    edge = ["Machine Learning Engineer I, Edge AI",
            "Benchmark models for on-device inference on DSPs, NPUs and mobile-class CPUs",
            "Experience deploying models to mobile phones, microcontrollers or other edge devices"]
    assert posting_side(edge) is None
    app = ["Senior iOS Engineer", "5+ years building and shipping native iOS apps in Swift",
           "Experience publishing mobile apps to the App Store"]
    side = posting_side(app)
    assert side is not None and side.id == "mobile"


def test_fitting_code_into_memory_cpu_or_battery_is_optimising_it(tmp_path: Path) -> None:
    """'Profile and optimize code for latency, memory or power': freeing CPU budget or cutting
    a model's memory is that work, though no latency figure is given; a line with no budget
    made smaller is not."""
    posting = POSTING + "- Demonstrated ability to profile and optimize code for latency, memory or power\n"
    line = "Demonstrated ability to profile and optimize code"
    for work in ("Profiled the audio pipeline cycle by cycle and moved the FFT to CMSIS-DSP, "
                 "freeing 22% of the CPU budget",
                 "Cut the detector's peak memory from 310 KB to 120 KB so it fits the wearable"):
        resume = RESUME.replace("Trained a bird-call detector in PyTorch on 40k clips and {metric}.",
                                work + ".")
        judged = judge(tmp_path, resume, posting, "perf")
        assert judged.of(line) != "not-met", (work, judged.why(line))
    plain = RESUME.replace("Trained a bird-call detector in PyTorch on 40k clips and {metric}.",
                           "Wrote the settings screen of the companion app.")
    assert judge(tmp_path, plain, posting, "perf0").of(line) == "not-met"


SENIOR = RESUME.replace("Machine Learning Intern | Quayside Acoustics | Jun 2025 – Aug 2025",
                        "Senior Machine Learning Engineer | Quayside Acoustics | Jun 2018 – present")


def test_setting_technical_direction_is_leading_initiatives(tmp_path: Path) -> None:
    """'Experience leading technical initiatives and mentoring scientists or engineers': setting
    the technical direction across teams, or leading a rewrite, is leading an initiative."""
    posting = POSTING + "- Experience leading technical initiatives and mentoring scientists or engineers\n"
    line = "Experience leading technical initiatives"
    for lead in ("Set the technical direction for search ranking across three teams",
                 "Led the rewrite of the bidding service from a rules engine to a learned model"):
        resume = SENIOR.replace("Trained a bird-call detector in PyTorch on 40k clips and {metric}.",
                                lead + ".\n- Mentor two junior engineers through their first launches."
                                "\n- Own the ranking service end to end, on call included.")
        judged = judge(tmp_path, resume, posting, "lead")
        assert judged.of(line) == "met", (lead, judged.why(line))
    alone = SENIOR.replace("Trained a bird-call detector in PyTorch on 40k clips and {metric}.",
                           "Wrote the ranking service.\n- Mentor two junior engineers."
                           "\n- Own the ranking service end to end, on call included.")
    assert judge(tmp_path, alone, posting, "lead0").of(line) != "met"


SR_MLE = """
Sr. Machine Learning Engineer, Search Relevance
Amazon

BASIC QUALIFICATIONS
- 5+ years of non-internship professional software development experience
- Experience in machine learning, data mining, information retrieval, statistics or natural language processing
"""

ENGINEER = """
Tamsin Okafor-Reyes
tamsin.or@example.com

EXPERIENCE
Senior {title} | Brackenfold | Jan 2017 – present
- {ml}
- Own the platform used by 7 product teams; mentor three engineers.
- Cut the p99 latency of the main page from 900 ms to 300 ms.
- Led the accessibility push to WCAG 2.1 AA across the app.
- Wrote the testing guide and cut flaky end-to-end runs from one in five to one in fifty.

EDUCATION
B.S. Computer Science, 2016
"""


def test_ml_levels_rest_on_years_of_ml_work(tmp_path: Path) -> None:
    """On an ML engineering posting, nine years of frontend work with scope, one line of which
    runs another team's model, are not a senior ML engineer's (L5 at most, not L6); the same
    years as a search-relevance engineer are; and training a reinforcement-learning agent in PyTorch
    is ML work in a job, however the line is spelled."""
    shipped = ENGINEER.replace("{title}", "Frontend Engineer").replace(
        "{ml}", "Shipped in-browser background removal: ran the ML team’s segmentation model "
                "with ONNX Runtime Web")
    frontend = judge(tmp_path, shipped, SR_MLE, "fe")
    assert frontend.level == "L5", frontend.report.fit.level_reason
    ranking = ENGINEER.replace("{title}", "Search Relevance Engineer").replace(
        "{ml}", "Rebuilt the learning-to-rank models on XGBoost with daily retraining").replace(
        "- Cut the p99 latency of the main page from 900 ms to 300 ms.",
        "- Moved product search from hand-tuned boosts to a learned ranker; conversion +3%.")
    assert judge(tmp_path, ranking, SR_MLE, "rk").level == "L6"
    trained = ENGINEER.replace("{title}", "Gameplay Programmer").replace(
        "{ml}", "Designed and trained a reinforcement-learning playtest agent (PPO in PyTorch)")
    assert judge(tmp_path, trained, SR_MLE, "rl").level not in ("L4", "below-L4")


BIE_POSTING = """
Business Intelligence Engineer, Returns Analytics
Amazon

BASIC QUALIFICATIONS
- 3+ years of analyzing and interpreting data with Redshift, Oracle, NoSQL etc. experience
- Experience with data visualization using Tableau, Quicksight, or similar tools
"""

DATA_SCIENTIST = """
Odell Frampton-Ashe
odell.fa@example.com

EXPERIENCE
Data Scientist | Harrowgate Analytics | Jun 2021 – present
- Built the demand-forecasting models in R and SQL on Redshift for 40 warehouses.
- Designed the QuickSight dashboards the operations leads review every week.

EDUCATION
M.S. Statistics, 2021
"""


def test_a_business_intelligence_engineer_is_no_software_engineer(tmp_path: Path) -> None:
    """A 'Business Intelligence Engineer' posting is its own family, not a software engineering
    one: a data scientist of five years is levelled on it from those years, not 'below L4' for
    lacking software engineering work."""
    judged = judge(tmp_path, DATA_SCIENTIST, BIE_POSTING, "bie")
    assert judged.level == "L5", judged.report.fit.level_reason
