"""A posting's domain asks read as a recruiter reads them: remote sensing, satellite imagery and
the tools of GIS are geospatial work; crops, farms and agronomy are agriculture (a domain the
taxonomy lacked); and "cloud tools (AWS or GCP) or deep learning frameworks" is one ask of
alternatives, met by PyTorch alone."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge
from tests.analysis.test_analytics_evidence import _asks, _matcher

POSTING = """
Junior Data Scientist, Field Analytics
Tillerwood Labs

What you bring
- Experience with geospatial or remote-sensing data (satellite or drone imagery)
- Familiarity with agriculture or agronomy
- Exposure to cloud tools (AWS or GCP) or deep learning frameworks
"""

RESUME = """
Odalys Pennington-Reyes
odalys.pr@example.com

EXPERIENCE
Research Assistant | Soil & Canopy Imaging Group, Marlow State University | Jan 2025 – Present
- Classified cover crops from Landsat time series with a random forest; 86% accuracy on held-out fields.
- Trained a segmentation network in PyTorch to outline irrigation pivots in aerial imagery.

Intern | Redbank Farmers' Cooperative | Summer 2024
- Cleaned harvest records from 140 member farms and built a delivery dashboard.

EDUCATION
B.S. Data Science, Marlow State University, 2026 (expected)
"""


def test_domain_asks_and_an_or_after_examples(tmp_path: Path) -> None:
    j = judge(tmp_path, RESUME, POSTING)
    assert j.of("Experience with geospatial") == "met", j.why("Experience with geospatial")
    assert j.of("Familiarity with agriculture") == "met", j.why("Familiarity with agriculture")
    assert j.of("Exposure to cloud tools") == "met", j.why("Exposure to cloud tools")


def test_examples_then_or_are_one_ask() -> None:
    assert _asks("Exposure to cloud tools (AWS or GCP) or deep learning frameworks") == [
        ("AWS", "GCP", "kind:dl-framework")]
    # an "and" after the examples still asks for both
    assert len(_asks("Experience with cloud platforms (AWS or GCP) and Docker")) == 2


def test_domain_words_that_mean_something_else_elsewhere() -> None:
    m = _matcher()
    assert "Agriculture" not in m.find("Applied random crop and flip augmentation to the images")
    assert "Agriculture" not in m.find("Added fine-grained access control to the server farm")
    assert "Manufacturing" not in m.find("Built pipelines in Azure Data Factory")
    assert "Geospatial" in m.find("Pulled cloud-masked Sentinel-2 imagery with Google Earth Engine")


INSURANCE_POSTING = """
Backend Engineer, Claims Platform
Oakhollow Mutual

Requirements
- Experience in insurance, banking or another regulated industry

Nice to have
- Experience in the insurance industry
"""

PAYMENTS = """
Idris Calloway-Venn
idris.cv@example.com

EXPERIENCE
Software Engineer | Quillstone Payments | Jun 2019 – Present
- Built the payout reconciliation service in Go; settles 2M card transactions a day.
"""

ACTUARIAL = """
Mirela Ashdown-Kato
mirela.ak@example.com

EXPERIENCE
Software Engineer | Fernvale Insurance Group | Jun 2019 – Present
- Built the claims intake API that underwriters and adjusters use for 40,000 policyholders.
"""


def test_insurance_is_its_own_domain_and_one_of_a_list(tmp_path: Path) -> None:
    (tmp_path / "pay").mkdir()
    (tmp_path / "ins").mkdir()
    pay = judge(tmp_path / "pay", PAYMENTS, INSURANCE_POSTING)
    assert pay.of("Experience in insurance, banking") == "met", pay.why("Experience in insurance")
    assert pay.of("Experience in the insurance industry") == "not-met", pay.why(
        "Experience in the insurance industry")
    ins = judge(tmp_path / "ins", ACTUARIAL, INSURANCE_POSTING)
    assert ins.of("Experience in insurance, banking") == "met", ins.why("Experience in insurance")
    assert ins.of("Experience in the insurance industry") == "met", ins.why(
        "Experience in the insurance industry")


LITERAL_POSTING = """
Senior QA Engineer, Mobile Checkout
Brindlecove

Preferred qualifications
- Contract testing (Pact) or performance testing experience
- Camera, AVFoundation or Metal experience
- You have worked with weather, sensor or energy-market data
- Experience in fraud, risk or another adversarial domain
"""

LITERAL_RESUME = """
Teodora Vasquez-Lindqvist
teodora.vl@example.com

EXPERIENCE
QA Engineer | Pellmarsh Mobile | Feb 2020 – Present
- Built consumer-driven contract tests with Pact between the app's gateway and the orders API.
- Ran k6 load tests before each holiday release.
- Rewrote the photo capture screen on Metal shaders for the scanner feature.
"""


def test_a_bullet_naming_one_of_the_listed_alternatives_meets_the_line(tmp_path: Path) -> None:
    j = judge(tmp_path, LITERAL_RESUME, LITERAL_POSTING)
    assert j.of("Contract testing (Pact)") == "met", j.why("Contract testing (Pact)")
    assert j.of("Camera, AVFoundation or Metal") == "met", j.why("Camera, AVFoundation")
    # nothing on this resume names weather, sensors, energy markets, fraud or risk
    assert j.of("You have worked with weather") == "not-met", j.why("You have worked with")
    assert j.of("Experience in fraud, risk") != "met", j.why("Experience in fraud, risk")


def test_performance_testing_is_not_making_a_system_faster() -> None:
    from app.analysis.areas import asked

    assert [a.id for a in asked("Performance testing (k6, Locust, JMeter)")] == []
    assert "performance" in [a.id for a in asked("Experience improving performance of services")]


CHECKS_POSTING = """
Human Data Operations Lead
Larkspur AI

Requirements
- Experience recruiting and managing domain experts for specialist tasks
- Databricks or Azure data engineering certification
- Strong SQL
- Experience applying theoretical models in an applied environment
"""

CHECKS_RESUME = """
Bartholomew Ikeji-Sandoval
bart.is@example.com

EXPERIENCE
Data Engineer | Center for Freight Data, Lakeshore Logistics | Jan 2020 – Present
- Developed and maintain the feature tables for the delivery-time prediction model owned by the data science team.

CERTIFICATIONS
Microsoft Certified: Azure Data Fundamentals (2024)

SKILLS
Python, SQL (basic, SQLite), Airflow
"""


def test_entry_certificates_other_teams_models_and_basic_marks(tmp_path: Path) -> None:
    j = judge(tmp_path, CHECKS_RESUME, CHECKS_POSTING)
    # "domain experts" are people, not an industry: no employer's name meets it
    assert j.of("Experience recruiting and managing") != "met", j.why("Experience recruiting")
    assert j.of("Databricks or Azure data engineering") == "partly", j.why("Databricks or Azure")
    assert j.of("Strong SQL") == "partly", j.why("Strong SQL")
    assert j.of("Experience applying theoretical") != "met", j.why("Experience applying")


ROBOT_POSTING = """
Perception Engineer II
Harrowgate Field Robotics

Requirements
- 3+ years developing perception software for robots or autonomous vehicles
- Experience in off-road, agricultural, construction or mining environments
- Strong Python and solid software engineering habits (tests, code review, CI)
"""

ROBOT_RESUME = """
Ilse Vantongeren-Obi
ilse.vo@example.com

EXPERIENCE
Perception Engineer | Stonecrop Robots | Jan 2021 – Present
- Wrote the point-cloud filtering nodes for our tracked robots in C++17.
- Field tests twice a month on active construction sites.
- Designed the two-stage detector for pallets.
"""


def test_an_unknown_alternative_named_in_a_bullet(tmp_path: Path) -> None:
    j = judge(tmp_path, ROBOT_RESUME, ROBOT_POSTING)
    # "construction" is no skill LoopReady knows; a bullet naming it meets the line
    assert j.of("Experience in off-road") == "met", j.why("Experience in off-road")
    # "(tests, code review, CI)" lists what is asked, all of it: no single word meets it
    assert j.of("Strong Python and solid") != "met", j.why("Strong Python and solid")


REG_POSTING = """
Senior Statistician
Department of Health Analysis

Desirable
- Professional registration with the Royal Statistical Society (GradStat or CStat)
"""


def test_a_registration_needs_the_body_or_its_designation(tmp_path: Path) -> None:
    (tmp_path / "user").mkdir()
    (tmp_path / "member").mkdir()
    user = judge(tmp_path / "user", CHECKS_RESUME.replace("Airflow", "Airflow, statistics"),
                 REG_POSTING)
    assert user.of("Professional registration") == "not-met", user.why("Professional registration")
    member = judge(tmp_path / "member", CHECKS_RESUME.replace(
        "CERTIFICATIONS", "CERTIFICATIONS\nGraduate Statistician (GradStat), Royal Statistical Society"),
        REG_POSTING)
    assert member.of("Professional registration") == "met", member.why("Professional registration")


def test_mobile_money_is_no_mobile_app_and_call_records_are_telecom() -> None:
    from app.analysis.areas import asked

    assert "mobile" not in [a.id for a in asked("Telecom or mobile-money data")]
    assert "mobile" in [a.id for a in asked("Experience shipping mobile apps")]
    assert "Telecommunications" in _matcher().find(
        "Built the real-time call-detail-record (CDR) pipeline on Kafka for 30M subscribers")


def test_what_is_only_a_plus_is_not_asked() -> None:
    assert _asks("Strong Python and SQL; SAS knowledge is a plus") == [("Python",), ("SQL",)]
    assert _asks("Go or Rust; Kubernetes experience would be an advantage") == [("Go", "Rust")]
    # a line that is all "plus" is still read: its kind (preferred) says it is optional
    assert _asks("Experience with Kafka is a plus") == [("Kafka",)]


PUB_POSTING = """
Applied Scientist II, Vision
Amazon

BASIC QUALIFICATIONS
- Experience in publications at top-tier peer-reviewed conferences or journals
PREFERRED QUALIFICATIONS
- Publications at CVPR, ICCV, ECCV, NeurIPS or similar venues
"""

CHEMIST = """
Ingeborg Thorvaldsen-Mbeki
ingeborg.tm@example.com

EXPERIENCE
Principal Scientist, Machine Learning | Corvale Therapeutics | Jan 2018 – Present
- Built the graph neural network that ranks compounds for synthesis each week.

PUBLICATIONS (selected, of 12)
I. Thorvaldsen-Mbeki, et al. Message passing for ADMET prediction in a prospective setting.
J. Chem. Inf. Model. 64 (2024).
I. Thorvaldsen-Mbeki, K. Osei. Deep ensembles for active learning in lead optimization. NeurIPS 2023
Workshop on Machine Learning for Drug Discovery.
"""


def test_journal_papers_of_another_field_and_a_wrapped_workshop_paper(tmp_path: Path) -> None:
    j = judge(tmp_path, CHEMIST, PUB_POSTING)
    assert j.of("Experience in publications at top-tier") == "met", j.why("Experience in public")
    # the NeurIPS paper is a workshop paper (its venue wraps onto the next line), and a
    # chemistry journal is not a venue like CVPR or NeurIPS
    assert j.of("Publications at CVPR") == "partly", j.why("Publications at CVPR")


LEAD_POSTING = """
Senior Research Scientist, Speech
Amazon

BASIC QUALIFICATIONS
- Experience leading technical research projects or teams of scientists
"""

PART_TIME_RESEARCHER = """
Rosalind Achterberg-Nwosu
rosalind.an@example.com

EXPERIENCE
Machine Learning Engineer | Veldhaven Logistics | Jan 2021 – Present
- Built the delivery-time model in LightGBM for 40 depots.

Research Engineer (part-time) | Veldhaven University | Feb 2020 – Aug 2020
- Ran ablations for a group's speech-enhancement paper.
"""


def test_a_research_title_does_not_show_leading_research(tmp_path: Path) -> None:
    j = judge(tmp_path, PART_TIME_RESEARCHER, LEAD_POSTING)
    assert j.of("Experience leading technical research") != "met", j.why("Experience leading")


def test_a_list_item_the_taxonomy_does_not_know_keeps_the_or_list_one_ask() -> None:
    """"A, B, <an item no skill names> or C": the "or" before the last item still makes the
    whole list alternatives, however long the unknown item is (up to four words)."""
    for line in ("Experience with recommender systems, learning to rank, embedding-based "
                 "retrieval or contextual bandits",
                 "Hands-on with forecasting, anomaly detection, causal uplift estimation or "
                 "recommender systems",
                 "Experience with recommender systems, learning to rank, two-tower candidate "
                 "generation or contextual bandits"):
        assert len(_asks(line)) == 1, (line, _asks(line))
    # an "and" list with an unknown item still asks for each
    assert len(_asks("Experience with recommender systems, learning to rank, and contextual "
                     "bandits")) == 3


def test_a_short_purpose_keeps_the_examples_with_their_head() -> None:
    """"generative models for control, such as diffusion policies": the examples are of the
    head (one ask, met by either); a purpose that names a skill keeps both asked."""
    assert _asks("Experience with generative models for control, such as diffusion policies or "
                 "vision-language-action models") == [("Generative AI", "Diffusion Models")]
    asks = _asks("Experience with Python for data analysis, such as pandas")
    assert ("Python",) in asks and len(asks) == 2


def test_a_comma_and_before_an_or_asks_for_both_parts(tmp_path: Path) -> None:
    """'Good Python, and Go or Bash for tooling' was met by Python alone (read as any one of the
    three); the ', and' separates what is asked as well. A bare 'and' binds tighter than the
    list ('C# and .NET, Java, or TypeScript': one of the options)."""
    assert _asks("Good Python, and Go or Bash for tooling") == [("Python",), ("Go", "Bash")]
    assert len(_asks("Experience with C# and .NET, Java, or TypeScript")) == 1
    j = judge(tmp_path, """
        Tomas Reyes
        tomas.reyes@example.org

        EXPERIENCE
        Data Engineer, Lumen Grocers, Austin TX    Jan 2020 - Present
        - Built Python pipelines in Airflow that load 40 stores' sales into Snowflake each night.
        - Wrote SQL models for the finance team's weekly margin report.

        SKILLS
        Languages: Python, SQL
        """, """
        Platform Engineer
        Kestrel Freight

        You will run the data platform our routing and billing teams build on, from the
        ingestion jobs to the warehouse, and help the team move its tooling off cron.

        Requirements
        - 3+ years of professional software or data engineering
        - Good Python, and Go or Bash for tooling
        - Experience with Airflow or Dagster
        """)
    ask = "Good Python, and Go or Bash"
    assert j.of(ask) == "partly", j.why(ask)
    # a language the resume has is no near miss for another one ("SQL is related" to Go)
    assert "related" not in j.why(ask) and "Go or Bash" in j.why(ask), j.why(ask)
