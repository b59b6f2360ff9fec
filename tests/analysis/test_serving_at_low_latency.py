"""'Experience serving models in real time at low latency and high throughput': the latency is
the serving's, shown by a model served against a latency or load figure, not a line that made
some system faster (held-back set 20: a fraud model served on real-time endpoints at p99 45 ms
read as partly). Invented person and posting."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

POSTING = """
Machine Learning Engineer
Harrowgate Ads

PREFERRED QUALIFICATIONS
- Experience serving models in real time at low latency and high throughput
"""

RESUME = """
Tomasz Achterhof-Nwosu
Chicago, IL

EXPERIENCE
Machine Learning Engineer | Brightwell Payments | Feb 2022 - Present
- {line}
- Trained the merchant-risk classifier in LightGBM; precision up 6 points.

EDUCATION
B.S. Statistics, University of Illinois Chicago, 2021
"""


def test_a_model_served_against_a_latency_figure_shows_it(tmp_path: Path) -> None:
    got = judge(tmp_path, RESUME.format(
        line="Serve the risk model on real-time endpoints: 40 million scores a month at p99 30 ms."),
        POSTING)
    assert got.of("Experience serving models in real time") == "met", got.why("Experience serving")
    batch = judge(tmp_path, RESUME.format(
        line="Scored the nightly batch of 4 million merchants in Spark."), POSTING, name="batch")
    assert batch.of("Experience serving models in real time") != "met"
