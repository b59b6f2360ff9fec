"""A database administrator's or a systems administrator's years are operations, not software
development, even when a line automates patching or tunes PL/SQL jobs; one whose lines mostly
build services and applications is a developer whatever the title."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analysis.judge_helpers import judge

POSTING = """
Senior Software Development Engineer, Training Infrastructure
Amazon

BASIC QUALIFICATIONS
- 5+ years of non-internship professional software development experience
- Experience programming with at least one software programming language
"""

RESUME = """
Winifred Achebe-Lund
winifred.al@example.com

EXPERIENCE
{title} | Tidewater Regional Health | Jan 2015 – Present
- {line1}
- {line2}

EDUCATION
B.S. Information Systems, Harborview State University, 2014
"""

ADMIN = ("Administered 400 RHEL servers for clinical systems; automated patching with Puppet and Bash.",
         "Performance tuning of PL/SQL batch jobs and RMAN backups for the billing databases.")
BUILDER = ("Built the appointment-booking service in Java and its REST API for 30 clinics.",
           "Developed the patient-portal web app in React used by 90,000 patients.")


@pytest.mark.parametrize(("title", "lines", "verdict"), [
    ("Linux Systems Administrator", ADMIN, "met-not"),
    ("Database Administrator", ADMIN, "met-not"),
    ("Database Administrator", BUILDER, "met"),
])
def test_administration_years_are_not_software_years(tmp_path: Path, title: str,
                                                     lines: tuple[str, str], verdict: str) -> None:
    j = judge(tmp_path, RESUME.format(title=title, line1=lines[0], line2=lines[1]), POSTING)
    got = j.of("5+ years of non-internship")
    assert (got == "met") == (verdict == "met"), (title, got, j.why("5+ years of non-internship"))


OPS = ("Migrated all services to Kubernetes (EKS) with Terraform and Helm.",
       "Ran the on-call rotation and the Prometheus alerting for 40 services.")


@pytest.mark.parametrize(("title", "verdict"), [
    ("DevOps Engineer", "met-not"),
    ("Backend / DevOps Engineer", "met"),
    ("Software Engineer, SRE", "met"),
])
def test_a_title_naming_software_beside_operations_is_software_years(
        tmp_path: Path, title: str, verdict: str) -> None:
    """A 'Backend / DevOps Engineer' builds the backend as well as running it: its years are
    software development, a DevOps engineer's alone are not (held-back set 17: an MLOps
    engineer's two years as 'Backend / DevOps Engineer' were left out)."""
    j = judge(tmp_path, RESUME.format(title=title, line1=OPS[0], line2=OPS[1]), POSTING)
    got = j.of("5+ years of non-internship")
    assert (got == "met") == (verdict == "met"), (title, got, j.why("5+ years of non-internship"))
