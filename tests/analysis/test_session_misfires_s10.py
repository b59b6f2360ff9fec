"""Misfires a reviewer found in this session's new rules, each on an invented resume: a
pricing or concurrency model is not a machine-learning model; a SoC software or security
operations engineer is no hardware designer; a system other teams use and a document shown to
the CTO are not technical direction across teams; an A/B testing framework and a programme
manager's releases are not engineering practice; DevOps or SRE teams as the users of tools are
no kind of years; last-mile fibre, a drone's route planning and a grocery-list feature are not
logistics or retail."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge


def test_a_pricing_or_concurrency_model_is_not_a_machine_learning_model(tmp_path: Path) -> None:
    resume = """
    Dana Reyes-Holm
    EXPERIENCE
    Backend Engineer, Shopline, Jan 2021 - Present
    - Cut p99 checkout latency 40% with a new concurrency model for the order service
    - Raised subscription revenue 8% with a new pricing model for annual plans
    Software Engineer, Acme Corp, Jan 2018 - Dec 2020
    - Reduced release lead time 50% with a new branching model for 30 engineers
    - Lowered cloud costs 25% using a tiered storage model on S3
    EDUCATION
    BSc Computer Science, State University, 2017
    """
    posting = """
    Machine Learning Engineer
    Fintrail
    Requirements
    - 3+ years of experience building and deploying machine learning models in production
    """
    got = judge(tmp_path, resume, posting)
    assert got.of("3+ years of experience building") == "not-met", got.why("3+ years")


def test_software_and_security_titles_with_hardware_words_keep_their_years(
        tmp_path: Path) -> None:
    soc = """
    Tomas Bergqvist
    EXPERIENCE
    SoC Software Engineer, Ardent Semiconductors, Jan 2020 - Present
    - Wrote the Linux kernel drivers in C for the camera ISP and DMA engine
    - Built the bootloader and power-management firmware in C for three chip generations
    Embedded Software Engineer, Volta Devices, Jan 2017 - Dec 2019
    - Wrote RTOS firmware in C for battery management systems
    EDUCATION
    BSc Computer Engineering, KTH, 2016
    """
    posting = """
    Senior Embedded Software Engineer
    Lumen Robotics
    Requirements
    - 7+ years of professional software development experience
    - Strong C or C++ skills and experience writing Linux device drivers
    - Bachelor's degree in computer engineering, computer science or a related field
    """
    got = judge(tmp_path, soc, posting)
    assert got.of("7+ years") == "met", got.why("7+ years")
    for title in ("FPGA Software Engineer", "Electronic Trading Engineer",
                  "AI Chip Compiler Engineer"):
        alt = judge(tmp_path, soc.replace("SoC Software Engineer", title), posting, name="alt")
        assert alt.of("7+ years") == "met", (title, alt.why("7+ years"))


def test_a_system_teams_use_or_a_doc_shown_to_the_cto_is_not_direction(tmp_path: Path) -> None:
    resume = """
    Lena Ortiz-Wray
    EXPERIENCE
    Senior Software Engineer, Cartwheel, Jan 2020 - Present
    - {line}
    - Built the order API in Go handling 2k requests per second
    Software Engineer, Pinecrest, Jan 2016 - Dec 2019
    - Built REST APIs in Java and Spring Boot for the billing service
    EDUCATION
    BSc Computer Science, State University, 2015
    """
    posting = """
    Principal Software Engineer
    Bluefin
    Requirements
    - Experience setting technical direction across multiple teams
    - 8+ years of professional software development experience
    - Experience with Go or Java and with distributed systems at scale
    """
    for i, line in enumerate((
            "Set up the AWS architecture for the checkout service used by 4 product teams",
            "Wrote the architecture doc for our team's search service and presented it to the CTO")):
        got = judge(tmp_path, resume.format(line=line), posting, name=f"r{i}")
        assert got.of("Experience setting technical direction") != "met", line


def test_ab_tests_and_a_programme_managers_releases_are_not_engineering_practice(
        tmp_path: Path) -> None:
    posting = """
    Software Engineer
    Harbor Labs
    Requirements
    - Solid software engineering practices: testing, code review, CI/CD
    - Proficiency in Python and experience building backend services
    - Bachelor's degree in computer science or a related field
    """
    scientist = """
    Omar Haddad-Lowe
    EXPERIENCE
    Data Scientist, Brightcart, Jan 2021 - Present
    - Built the A/B testing framework in Python that product teams use to size experiments
    - Kept the team's analysis notebooks in Git
    EDUCATION
    MSc Statistics, State University, 2017
    """
    manager = """
    Sofia Marin-Achebe
    EXPERIENCE
    Technical Program Manager, Brightwave, Jan 2020 - Present
    - Coordinated monthly releases for the mobile app across 6 teams
    - Maintained the brand style guide and the launch checklist
    EDUCATION
    BA Communications, State University, 2016
    """
    for name, resume in (("ds", scientist), ("tpm", manager)):
        got = judge(tmp_path, resume, posting, name=name)
        assert got.of("Solid software engineering practices") != "met", name


def test_devops_teams_as_the_users_of_tools_are_no_kind_of_years(tmp_path: Path) -> None:
    resume = """
    Ravi Menon-Start
    EXPERIENCE
    Site Reliability Engineer, Cloudnest, Jan 2020 - Present
    - Ran the on-call rotation for 40 production services and cut pages 50%
    - Managed Kubernetes clusters and Terraform for three AWS regions
    Systems Engineer, Datahall, Jan 2017 - Dec 2019
    - Administered 300 Linux servers and the Prometheus monitoring stack
    EDUCATION
    BSc Information Technology, State University, 2016
    """
    posting = """
    Senior Software Engineer, Developer Tools
    Quarry
    Requirements
    - 5+ years of software development experience building internal tools for DevOps or SRE teams
    """
    got = judge(tmp_path, resume, posting)
    assert got.of("5+ years of software development") != "met", got.why("5+ years")


def test_fibre_drones_and_grocery_lists_are_not_logistics_or_retail(tmp_path: Path) -> None:
    resume = """
    Kofi Asante-Berg
    EXPERIENCE
    Software Engineer, Fibrelink Broadband, Jan 2020 - Present
    - Built the last-mile provisioning service in Go that activates 5k home fibre connections
    - Built the shared grocery list feature in SwiftUI used by 200k households
    Robotics Software Engineer, Skyward Drones, Jan 2017 - Dec 2019
    - Wrote route planning and obstacle avoidance in C++ for survey drones
    EDUCATION
    BSc Computer Science, State University, 2016
    """
    posting = """
    Senior Software Engineer
    Parcelway
    Requirements
    - Experience in logistics or supply chain
    - Experience in retail or grocery
    """
    got = judge(tmp_path, resume, posting)
    assert got.of("Experience in logistics") == "not-met", got.why("Experience in logistics")
    assert got.of("Experience in retail") == "not-met", got.why("Experience in retail")
