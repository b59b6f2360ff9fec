"""'Experience with AWS services such as Lambda, DynamoDB or S3' asks for using a cloud's
services in work: a bullet that builds on them meets it, their names on a skills list do not
(the labellers of held-back sets 12, 14, 18 and 19 credited none of four such lists). A plain
tool line ('Docker') is still met by a skills list. Invented people and posting."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

POSTING = """
Software Engineer, Payments
Tallowmere Bank

REQUIREMENTS
- 2+ years of professional software development
- Docker

NICE TO HAVE
- Experience with AWS services such as Lambda, DynamoDB or S3
"""

RESUME = """
Ines Achterhof-Baptiste
Lisbon, Portugal

EXPERIENCE
Software Engineer | Corvalho Commerce | Feb 2021 - Present
- {line}
- Cut checkout p95 latency from 900 ms to 310 ms by caching the price rules in Redis.

SKILLS
Java, Python, Docker, PostgreSQL, AWS (Lambda, S3), Git

EDUCATION
B.Sc. Computer Science, Universidade do Minho, 2020
"""


def test_cloud_services_need_a_bullet_a_tool_does_not(tmp_path: Path) -> None:
    listed = judge(tmp_path, RESUME.format(
        line="Built the refunds service in Java and Spring Boot for 2 million orders a month."),
        POSTING)
    assert listed.of("Experience with AWS services") != "met", listed.why("Experience with AWS")
    assert listed.of("Docker") == "met", listed.why("Docker")
    used = judge(tmp_path, RESUME.format(
        line="Built the refunds service on AWS Lambda and DynamoDB for 2 million orders a "
             "month."), POSTING, name="used")
    assert used.of("Experience with AWS services") == "met", used.why("Experience with AWS")
