"""Misfires a second reviewer found in the session's rules and in their first mend, each on an
invented resume: chip designers with integration or platform titles are hardware; a gate
driver circuit and a convolution kernel in Verilog are not software; vehicle pricing, phone
subscribers and edge cases are no edge deployment, and a model shipped to a car's ECU or inside
a phone app is one; 'Set technical direction' and a standard seven teams adopted are direction,
a bug bash with two teams is not; the common ways of writing 'DevOps, SRE or software
engineering' years; an intern's tests and CI are practice; a ranking or forecasting model is
a machine-learning model; loan servicing is not serving; a scale word on one choice of a list
is that choice's."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

SOFTWARE_YEARS = """
Senior Software Engineer
Tallowmere Systems
Requirements
- 5+ years of professional software development experience
- Strong C or C++ skills
- Bachelor's degree in computer science, computer engineering or a related field
"""

CHIP = """
Ana Ruiz-Okafor
EXPERIENCE
{title}, Voltix, Jan 2019 - Present
- {line}
- Ran UVM verification of the memory subsystem and signed off gate-level simulation
Software Engineer, Brightline, Jan 2017 - Dec 2018
- Built REST APIs in C++ for the billing service
EDUCATION
BSc Electrical Engineering, State University, 2016
"""


def test_chip_designers_are_hardware_whatever_the_title_says(tmp_path: Path) -> None:
    rtl = "Wrote the RTL in SystemVerilog for the PCIe controller and closed timing at 1 GHz"
    cases = [(t, rtl) for t in ("SoC Integration Engineer", "Hardware Integration Engineer",
                                "Hardware Platform Engineer", "Silicon Platform Architect")]
    cases += [("Power Electronics Hardware Engineer",
               "Developed the isolated gate driver circuit for the 800 V SiC traction inverter"),
              ("FPGA Design Engineer",
               "Implemented the convolution kernel in Verilog on a Xilinx UltraScale FPGA")]
    for i, (title, line) in enumerate(cases):
        got = judge(tmp_path, CHIP.format(title=title, line=line), SOFTWARE_YEARS, name=f"c{i}")
        assert got.of("5+ years") != "met", (title, got.why("5+ years"))


EDGE_POSTING = """
Machine Learning Engineer
Orvell Mobility
Requirements
- 3+ years of experience building machine learning models
- Experience deploying models on edge devices
- Proficiency in Python
"""

EDGE = """
Jonas Whitlock-Mbeki
EXPERIENCE
Machine Learning Engineer, Carwise, Jan 2020 - Present
- {line}
- Built REST APIs in Python for the quoting service
Data Scientist, Lendwise, Jan 2017 - Dec 2019
- Trained churn models in scikit-learn for 2M customers
EDUCATION
BSc Statistics, State University, 2016
"""


def test_edge_deployment_is_a_model_run_on_a_device(tmp_path: Path) -> None:
    wrong = ("Built vehicle pricing models in Python for insurance quotes",
             "Deployed the churn model for phone subscribers to a batch scoring job on Airflow",
             "Handled edge cases in the fraud model's feature pipeline")
    right = ("Trained the lane-detection network in PyTorch and shipped it to the car's ECU",
             "Shipped a wake-word model inside our iOS and Android apps, running locally on "
             "iPhones")
    for i, line in enumerate(wrong):
        got = judge(tmp_path, EDGE.format(line=line), EDGE_POSTING, name=f"w{i}")
        assert got.of("Experience deploying models on edge") != "met", line
    for i, line in enumerate(right):
        got = judge(tmp_path, EDGE.format(line=line), EDGE_POSTING, name=f"r{i}")
        assert got.of("Experience deploying models on edge") == "met", line


def test_firmware_for_embedded_devices_asks_no_model(tmp_path: Path) -> None:
    posting = """
    Firmware Engineer
    Volta Devices
    Requirements
    - Experience writing C firmware for embedded devices
    - 5+ years of professional software development experience
    - Strong C or C++ skills
    """
    resume = """
    Priya Holloway-Sen
    EXPERIENCE
    Firmware Engineer, Volta Devices, Jan 2018 - Present
    - Wrote RTOS firmware in C for battery management systems on embedded devices
    Software Engineer, Brightline, Jan 2015 - Dec 2017
    - Built REST APIs in C++ for the billing service
    EDUCATION
    BSc Computer Engineering, State University, 2014
    """
    got = judge(tmp_path, resume, posting)
    assert got.of("Experience writing C firmware") == "met", got.why("Experience writing C")


DIRECTION_POSTING = """
Principal Software Engineer
Bluefin
Requirements
- Experience setting technical direction across multiple teams
- 8+ years of professional software development experience
- Experience with Go or Java and with distributed systems at scale
"""

LEAD = """
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


def test_direction_set_or_a_standard_teams_adopted_and_not_a_bug_bash(tmp_path: Path) -> None:
    for i, line in enumerate(("Set technical direction for the payments platform across four "
                              "teams",
                              "Authored the engineering standard for API design, adopted by "
                              "seven teams")):
        got = judge(tmp_path, LEAD.format(line=line), DIRECTION_POSTING, name=f"d{i}")
        assert got.of("Experience setting technical direction") == "met", line
    bash = judge(tmp_path, LEAD.format(
        line="Led a bug bash with engineers from two teams before the checkout launch"),
        DIRECTION_POSTING, name="bash")
    assert bash.of("Experience setting technical direction") != "met"


def test_the_ways_of_writing_devops_sre_or_software_years(tmp_path: Path) -> None:
    resume = """
    Marco Bellweather
    EXPERIENCE
    Senior Backend Engineer, Ledgerly, Jan 2019 - Present
    - Built the order API in Go handling 2k requests per second
    Backend Engineer, Pinecrest, Jan 2016 - Dec 2018
    - Built REST APIs in Java and Spring Boot for the billing service
    EDUCATION
    BSc Computer Science, State University, 2015
    """
    for i, line in enumerate(("5+ years of experience in DevOps, SRE, or software engineering "
                              "roles",
                              "5+ years of DevOps, SRE or software development experience",
                              "5+ years of experience in software engineering, DevOps, or site "
                              "reliability")):
        posting = f"""
        Senior Platform Engineer
        Quarry
        Requirements
        - {line}
        - Proficiency in Go or Python
        - Experience with Kubernetes
        """
        got = judge(tmp_path, resume, posting, name=f"o{i}")
        assert got.of("5+ years") == "met", (line, got.why("5+ years"))


def test_an_interns_tests_and_ci_are_engineering_practice(tmp_path: Path) -> None:
    resume = """
    Wen Adebayo-Lind
    EXPERIENCE
    Software Engineering Intern, Shopwise, Jun 2025 - Aug 2025
    - Wrote unit tests with pytest for the billing service in Python
    - Set up CI/CD with GitHub Actions for the team's three services
    EDUCATION
    BSc Computer Science, State University, expected 2026
    """
    posting = """
    Software Engineer
    Harbor Labs
    Requirements
    - Solid software engineering practices: testing, code review, CI/CD
    - Proficiency in Python and experience building backend services
    - Bachelor's degree in computer science or a related field
    """
    got = judge(tmp_path, resume, posting)
    assert got.of("Solid software engineering practices") == "met", got.why("Solid software")


def test_a_ranking_or_forecasting_model_is_a_machine_learning_model() -> None:
    from app.analysis.years_asked import MODEL_LINE

    for line in ("Improved search click-through 12% with a new learning-to-rank model",
                 "Lifted basket size 8% with a new recommender for the checkout page",
                 "Cut stockouts 20% with a new demand forecasting model in Python"):
        assert MODEL_LINE.search(line), line
    for line in ("Raised subscription revenue 8% with a new pricing model for annual plans",
                 "Cut p99 checkout latency 40% with a new concurrency model"):
        assert not MODEL_LINE.search(line), line


def test_loan_servicing_is_not_serving_and_scale_belongs_to_its_choice(tmp_path: Path) -> None:
    posting = """
    Senior Machine Learning Engineer
    Lendwise
    Requirements
    - Experience building loan servicing models for our online lending business
    - Experience with AWS SageMaker, distributed training or large-scale batch inference
    - Proficiency in Python and SQL
    """
    resume = """
    Tariq Oduya-Lam
    EXPERIENCE
    Machine Learning Engineer, Lendwise Credit, Jan 2020 - Present
    - Built loan servicing models in Python predicting delinquency for 300k borrowers
    - Trained the models in SageMaker Pipelines and deployed them to SageMaker endpoints
    EDUCATION
    BSc Statistics, State University, 2019
    """
    got = judge(tmp_path, resume, posting)
    assert "serving models online" not in got.why("Experience building loan servicing")
    assert got.of("Experience with AWS SageMaker") == "met", got.why("Experience with AWS")
