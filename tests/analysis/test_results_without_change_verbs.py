"""A measured result needs no change verb: "it caught 96% of the defects the rules missed",
"98.7% recall", "from 410 ms to 95 ms", "agreement rose from 0.61 to 0.79" are outcomes a Bar
Raiser credits as Deliver Results, and lines that say them read as stories, not descriptions.
A percentage that is no outcome ("20% of my time", "a 2% sample") is not one."""

from __future__ import annotations

import pytest

from tests.analysis.judge_helpers import knowledge


@pytest.mark.parametrize("line", [
    "Built a fraud classifier on 40,000 labelled claims; it caught 91% of the fraud the rules missed",
    "Trained a wake-word detector that reached 97.5% recall at one false wake a day",
    "Moved the nightly scoring to Spark; the run went from 5 hours to 40 minutes",
    "Ran monthly calibration for the labelling team; agreement rose from 0.58 to 0.81",
])
def test_a_measured_result_shows_an_outcome(line: str) -> None:
    from app.analysis.evidence import substance

    rules = knowledge().evidence
    assert rules.shows("deliver-results", line)
    assert substance(line, rules) >= 0.75


@pytest.mark.parametrize("line", [
    "Spent 20% of my time on internal tooling for the support team",
    "Reviewed a 2% sample of annotations each week",
])
def test_a_percentage_that_is_no_outcome(line: str) -> None:
    assert not knowledge().evidence.shows("deliver-results", line)
