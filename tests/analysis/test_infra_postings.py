"""An infrastructure posting (a systems development engineer, an SRE or a platform role) counts
the years of infrastructure and operations work on its ladder, where a software posting counts
only the years that built software; senior levels on either rest on years of building software.
A network operations centre or an administrator's role is operations work, not software
development."""

from __future__ import annotations

from pathlib import Path

from judge_helpers import judge

SYSDE = """
Systems Development Engineer II, Fleet Automation
Amazon

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
- Experience with automation and scripting, and with administering Linux systems in production
"""

SDE = """
Software Development Engineer II, Checkout
Amazon

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
"""

SRE = """
Tomas Vell
tomas@example.com

EXPERIENCE
Site Reliability Engineer, Harbor Payments
Jan 2020 – Present
- Run 4 Kubernetes clusters with 300 nodes; on-call for the card platform.
- Moved alerting to SLO burn rates; pages per week fell from 25 to 6.
- Terraform for 600 resources across 9 AWS accounts.

NOC Engineer (Tier 2), Baltic Telecom
Jan 2017 – Dec 2019
- Monitored the core network and handled BGP incidents for 40 enterprise customers.

EDUCATION
B.Sc. Computer Science, University of Tartu, 2016
"""


def test_an_infrastructure_posting_counts_operations_years(tmp_path: Path) -> None:
    on_infra = judge(tmp_path, SRE, SYSDE, "infra")
    assert on_infra.level == "L5", on_infra.report.fit.level_reason
    on_software = judge(tmp_path, SRE, SDE, "software")
    assert on_software.level == "L4", on_software.report.fit.level_reason


def test_a_noc_role_is_not_software_development(tmp_path: Path) -> None:
    j = judge(tmp_path, SRE, SDE, "noc")
    assert j.of("3+ years of non-internship") != "met", j.why("3+ years of non-internship")
    assert "NOC" not in j.why("3+ years of non-internship")


PROGRAMMING = """
Systems Development Engineer I, Storage Automation
Amazon

BASIC QUALIFICATIONS
- 2+ years of programming with at least one modern language such as Python, Go, Java, C++ or Rust experience
"""

OPS = """
Kit Arden
kit@example.com

EXPERIENCE
DevOps Engineer, Larch Insurance
Jan 2019 – Present
- Terraform modules and Helm charts for 30 services; GitLab CI pipelines for 80 repositories.
- Patching and backups for 400 Linux servers with Ansible.

SKILLS
Terraform, Helm, Ansible, Bash, Python
"""


def test_a_broad_languages_line_needs_an_operations_role_to_name_one(tmp_path: Path) -> None:
    """"2+ years of programming with at least one modern language such as ...": an engineer's
    full-time years are years in their languages; an operations role's count only where its
    own lines name one."""
    ops = judge(tmp_path, OPS, PROGRAMMING, "ops")
    assert ops.of("2+ years of programming") != "met", ops.why("2+ years of programming")
    named = OPS.replace("Patching and backups", "Wrote Python tools for patching and backups")
    coder = judge(tmp_path, named, PROGRAMMING, "coder")
    assert coder.of("2+ years of programming") == "met", coder.why("2+ years of programming")


SECURITY = """
Security Engineer II, Threat Detection
Amazon

Key job responsibilities
- Build and operate detection services and APIs that scan millions of files a day

BASIC QUALIFICATIONS
- 3+ years of experience in security engineering
"""

SEC_RESUME = """
Mara Quill
mara@example.com

EXPERIENCE
Security Engineer, Vantor Bank
Jan 2019 – Present
- Run the SIEM and triage 300 alerts a week; wrote detection rules for lateral movement.
- Led the incident response for a phishing campaign against 2,000 staff.
- Threat modeling and secure code review for 12 product teams.

EDUCATION
B.Sc. Computer Science, University of Leeds, 2018
"""


def test_a_security_posting_is_the_side_of_a_security_engineer(tmp_path: Path) -> None:
    """A security engineer's years are the ladder of a security posting, and its services are
    not 'another side' of engineering to them."""
    j = judge(tmp_path, SEC_RESUME, SECURITY, "sec")
    assert j.level == "L5", j.report.fit.level_reason
    assert "infrastructure and operations" not in j.report.fit.verdict_reason, \
        j.report.fit.verdict_reason
