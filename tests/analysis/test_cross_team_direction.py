"""'Setting technical direction across multiple teams': a design review, a strategy or a
roadmap the candidate led reaching past one team, not a system other teams happen to use
(held-back sets 5, 12, 15 and 19: four such lines the experts credited were 'no bullet comes
close'). Invented people and postings."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

STAFF_POSTING = """
Staff Software Engineer, Logistics Platform
Brindlecote Freight

BASIC QUALIFICATIONS
- 8+ years of professional software development experience
- Experience setting technical direction across multiple teams or an organization
- Experience influencing architecture decisions across several organizations
"""

RESUME = """
Marisol Quintanar-Ebbe
Tacoma, WA

EXPERIENCE
Principal Engineer | Halvergate Shipping | Mar 2019 - Present
- {line}
- Rebuilt the rate-quote service in Go; p99 latency from 900 ms to 140 ms.
Senior Software Engineer | Halvergate Shipping | Jan 2014 - Feb 2019
- Built the carrier booking API in Java serving 3M calls a day.
Software Engineer | Pellworth Systems | Jun 2011 - Dec 2013
- Wrote inventory sync jobs in Python.

EDUCATION
B.S. Computer Engineering, Oregon State University, 2011
"""


def test_a_review_or_strategy_led_for_several_teams_is_technical_direction(
        tmp_path: Path) -> None:
    for i, line in enumerate((
            "Ran the fortnightly architecture review for the fulfilment org's six teams and "
            "wrote its engineering standards.",
            "Authored the three-year technical strategy for routing that the CTO adopted.")):
        got = judge(tmp_path, RESUME.format(line=line), STAFF_POSTING, name=f"r{i}")
        assert got.of("Experience setting technical direction") == "met", got.why(
            "Experience setting technical direction")
        assert got.of("Experience influencing architecture") == "met", got.why(
            "Experience influencing architecture")


def test_a_system_other_teams_use_is_not_direction_given_to_them(tmp_path: Path) -> None:
    line = "Designed the shipment-event pipeline that five analytics teams query every day."
    got = judge(tmp_path, RESUME.format(line=line), STAFF_POSTING)
    assert got.of("Experience setting technical direction") != "met"
    assert "technical direction across teams" in got.why("Experience setting technical direction")
