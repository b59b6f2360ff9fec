"""A fraud ML engineer's resume read for a fintech posting: a spoken language on a languages
line meets 'Spanish or Portuguese' (and 'Latin America' is no tool to look for); 'graph
features' are graph-based features; 'low-latency model serving' is one thing asked, met by a
model scored live with a latency figure, in milliseconds or in nanoseconds."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analysis.judge_helpers import judge

POSTING = """
Senior Machine Learning Engineer, Fraud
Kestrelpay

What you'll need
- 5+ years of experience building and shipping machine learning systems to production
- Experience with real-time or low-latency model serving
- Graph-based features or graph ML
- Spanish or Portuguese (we are expanding our team in Latin America)
"""

RESUME = """
Mateo Quintero Salazar
mateo.qs@example.com

EXPERIENCE
Machine Learning Engineer | Pagora S.A.S. | Jan 2018 – Present
- {line}
- Built the weekly retraining pipeline on SageMaker with drift alerts in Grafana.

EDUCATION
B.S. Computer Science, Universidad del Valle Andino, 2017

LANGUAGES
{languages}
"""

SCORED = ("Owned the card-fraud model (LightGBM + graph features of devices and accounts), "
          "scoring 2,000 transactions per second with p99 of 40 ms.")
NANO = ("Productionized the gradient-boosted signal models (exported to a C++ inference path, "
        "900 ns per prediction).")


@pytest.mark.parametrize("line", [SCORED, NANO])
def test_live_scoring_with_a_latency_figure_is_low_latency_serving(tmp_path: Path, line: str) -> None:
    j = judge(tmp_path, RESUME.format(line=line, languages="Spanish — native"), POSTING)
    assert j.of("Experience with real-time") == "met", j.why("Experience with real-time")


def test_graph_features_and_a_spoken_language(tmp_path: Path) -> None:
    j = judge(tmp_path, RESUME.format(line=SCORED, languages="Spanish — native\nEnglish — C1"),
              POSTING)
    assert j.of("Graph-based features") == "met", j.why("Graph-based features")
    assert j.of("Spanish or Portuguese") == "met", j.why("Spanish or Portuguese")
    none = judge(tmp_path, RESUME.format(line=SCORED, languages="English — native"), POSTING, "en")
    assert none.of("Spanish or Portuguese") == "not-met"
    assert "Latin" not in none.why("Spanish or Portuguese")
