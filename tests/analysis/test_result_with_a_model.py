"""'Cut fraud losses by 23% with a new model that adds device features': a result won with a
model of one's own is building that model, so an ML engineer whose lines say so has years of
building models and running them in production (held-back set 20: an ML engineer on call for
her fraud scoring read as having none). Invented person and posting."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

POSTING = """
Machine Learning Engineer II
Corvelle Marketplace

BASIC QUALIFICATIONS
- 2+ years of experience building machine learning models and deploying them to production
"""

RESUME = """
Yesenia Marroquín-Tate
San Antonio, TX

EXPERIENCE
Machine Learning Engineer | Pagotierra | Jan 2023 - Present
- {line}
- Set up drift and score-distribution monitoring with alerts to PagerDuty; on call 1 week in 5.
- Serve the scoring service on SageMaker real-time endpoints at p99 40 ms.
Data Analyst | Tiendas Orvalle | Jun 2020 - Dec 2022
- Built weekly sales dashboards in Power BI for 300 stores.

EDUCATION
B.S. Computer Science, UT San Antonio, 2020
"""


def test_a_result_won_with_a_new_model_is_building_it(tmp_path: Path) -> None:
    line = "Cut chargeback losses by 21% with a new model that adds device and merchant features."
    got = judge(tmp_path, RESUME.format(line=line), POSTING)
    assert got.of("2+ years of experience building") == "met", got.why("2+ years")
    plain = judge(tmp_path, RESUME.format(line="Wrote the team's on-call runbook."), POSTING,
                  name="plain")
    assert plain.of("2+ years of experience building") != "met"
