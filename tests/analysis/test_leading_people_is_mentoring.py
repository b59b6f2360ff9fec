"""Leading or supervising people ('Lead two junior engineers', 'Leading a team of 3 engineers',
'Supervise two junior engineers') shows mentoring, whatever the verb; leading a migration or
managing pipelines does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analysis.judge_helpers import judge

RESUME = """
Marco Bellini
marco.bellini@example.it

EXPERIENCE
Senior Computer Vision Engineer | Lucerna Ottica | Sep 2019 - Present
- {line}
- Built a defect segmentation model in PyTorch that cut escapes by 80%.
"""

POSTING = """
Senior Machine Learning Engineer
Harrowgate Logistics

Basic Qualifications
- Experience as a mentor, tech lead or leading an engineering team
"""


@pytest.mark.parametrize(("line", "verdict"), [
    ("Lead two junior engineers since 2023 (code reviews, training plans).", "met"),
    ("Leading a team of 3 engineers on the inspection platform.", "met"),
    ("Supervise two junior engineers and review their code.", "met"),
    ("Led the migration of 3 services to Kubernetes.", "not-met"),
    ("Managed 4 data pipelines for 2 teams.", "not-met"),
])
def test_people_led_are_mentored(tmp_path: Path, line: str, verdict: str) -> None:
    j = judge(tmp_path, RESUME.format(line=line), POSTING)
    assert j.of("Experience as a mentor") == verdict, j.why("Experience as a mentor")
