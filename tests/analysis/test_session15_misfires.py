"""Misfires found in session fifteen (a reviewer's invented resumes, and the first look at set
25), each on invented lines.

- An IT-services or bank title ("IT Analyst", "Technology Analyst", "Associate, Engineering")
  or any title whose own lines build software is engineering, not "other work".
- A certificate "in progress", "preparing for" or "expired" is not held: partly, not met.
- Thousands of events a second are scale; "Wrote the design doc" is documentation; a Polish
  "B2B contract" for one company is employment, not freelance; "Supervised three Master's
  students" is mentoring, and "onboard a new limit rule" is not.
- A section heading written like a bullet ("• Education") is still the heading; a resume from
  Japan that writes its name and employer in Japanese shows Japanese; "SQL and Python or Scala"
  asks for SQL and one of the other two; a "Data Engineer" title is data engineering, and
  services that consume Kafka topics are not; "dbt models" are data modelling and masking
  personal data under a data-protection law is data governance."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analysis.judge_helpers import judge

RESUME = """
Arjun Pillai
Chennai, India | arjun.p@example.com

EXPERIENCE
{title}, Vellaikar Systems, Chennai    Jun 2020 - Present
- Built Java microservices on AWS Lambda and DynamoDB for a retail client, handling {scale}
- Developed REST APIs for order tracking used by 3 regional warehouses
- {extra}

EDUCATION
B.E. Computer Science, 2020

CERTIFICATIONS
{cert}

SKILLS
Java, Spring Boot, AWS, DynamoDB, SQL
"""

POSTING = """
Software Development Engineer II
Amazon

Key job responsibilities
- Write design documents and review the designs of others
- Mentor SDE Is and interns

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
- Experience programming with at least one software programming language

PREFERRED QUALIFICATIONS
- Experience with distributed systems at scale (thousands of requests per second)
- AWS Certified Developer - Associate or AWS Certified Solutions Architect - Associate
"""


def _judged(tmp_path: Path, title: str = "Software Engineer", scale: str = "200 requests per second",
            extra: str = "Fixed flaky integration tests", cert: str = "None") -> object:
    text = RESUME.format(title=title, scale=scale, extra=extra, cert=cert)
    return judge(tmp_path, text, POSTING)


@pytest.mark.parametrize("title", ["IT Analyst", "Technology Analyst", "Associate, Engineering",
                                   "Senior Consultant, Cloud Engineering", "Associate Consultant"])
def test_titles_whose_lines_build_software_are_engineering(tmp_path: Path, title: str) -> None:
    j = _judged(tmp_path, title=title)
    assert j.of("3+ years of non-internship") == "met", (title, j.why("3+ years"))
    assert j.years is not None and j.years >= 6


def test_an_analyst_of_reports_stays_an_analyst(tmp_path: Path) -> None:
    text = RESUME.format(title="IT Analyst", scale="", extra="", cert="None").replace(
        "- Built Java microservices on AWS Lambda and DynamoDB for a retail client, handling \n",
        "- Prepared weekly Excel reports on ticket volumes for the service desk\n").replace(
        "- Developed REST APIs for order tracking used by 3 regional warehouses",
        "- Gathered requirements from business users and wrote test cases")
    assert judge(tmp_path, text, POSTING).of("3+ years of non-internship") != "met"


@pytest.mark.parametrize("cert", ["AWS Certified Developer - Associate (in progress)",
                                  "Preparing for AWS Certified Developer - Associate (exam booked Feb 2027)",
                                  "AWS Certified Solutions Architect - Associate (expired 2023)"])
def test_a_certificate_not_held_today_is_partly(tmp_path: Path, cert: str) -> None:
    j = _judged(tmp_path, cert=cert)
    assert j.of("AWS Certified Developer") == "partly", j.why("AWS Certified Developer")
    held = _judged(tmp_path, cert="AWS Certified Developer - Associate (2024)")
    assert held.of("AWS Certified Developer") == "met"


def test_thousands_of_events_a_second_are_scale() -> None:
    from app.analysis.resume_lines import _BIG_NUMBER, SCALE_WORDS
    from app.analysis.text import find_phrases

    def scaled(text: str) -> bool:
        return bool(find_phrases(text, SCALE_WORDS) or _BIG_NUMBER.search(text))

    assert scaled("Ingest crash reports (8,000 events per second) into ClickHouse")
    assert scaled("Served 2,500 requests a second at p99 under 40 ms")
    assert scaled("Kafka consumers handling 3,000 messages per minute")
    assert not scaled("Built the invoicing page used by 1,200 customers")


def test_the_design_doc_singular_is_documentation(tmp_path: Path) -> None:
    j = _judged(tmp_path, extra="Wrote the design doc adopted for moving orders to DynamoDB")
    assert j.of("Write design documents") != "not-met", j.why("Write design documents")


def test_onboarding_a_rule_is_no_mentoring(tmp_path: Path) -> None:
    j = _judged(tmp_path, extra="Reduced the time to onboard a new limit rule from 2 weeks to 3 days")
    assert j.of("Mentor SDE Is and interns") == "not-met", j.why("Mentor SDE Is and interns")
    from app.analysis.resume_lines import IMPLIED_SKILLS

    implied = [name for rx, name in IMPLIED_SKILLS
               if rx.search("Supervised three Master's students on their theses")]
    assert implied == ["Mentoring"]


def test_b2b_contract_is_employment() -> None:
    from app.analysis.role_titles import FREELANCE

    assert not FREELANCE.search("Backend Engineer (B2B contract)")
    assert FREELANCE.search("Backend Engineer (contract)")
    assert FREELANCE.search("Freelance Backend Engineer")


DATA_POSTING = """
Senior Data Engineer
Mbegu Payments, Nairobi

Minimum requirements
- At least 4 years' hands-on experience in data engineering
- Excellent SQL and Python or Scala skills
- Knowledge of the Kenya Data Protection Act and of data governance practices
- Experience with dbt and data modelling for analytics
"""

DATA_RESUME = """
Wanjiru Otieno
Nairobi, Kenya | wanjiru.o@example.com

EXPERIENCE
{title}, Jumla Wallet Ltd, Nairobi    Jan 2020 - Present
- {line1}
- {line2}
- Cut the nightly reconciliation job from 3 hours to 40 minutes
- Took part in the platform on-call rotation

EDUCATION
BSc Computer Science, 2019
"""


def test_data_engineering_years_come_from_the_title_or_pipelines(tmp_path: Path) -> None:
    de = DATA_RESUME.format(
        title="Senior Data Engineer",
        line1="Own the feature tables behind credit scoring for the data science team",
        line2="Applied the Kenya Data Protection Act to the lake: masked personal data columns")
    j = judge(tmp_path, de, DATA_POSTING)
    assert j.of("At least 4 years") == "met", j.why("At least 4 years")
    assert j.of("Knowledge of the Kenya Data Protection Act") == "met"
    backend = DATA_RESUME.format(
        title="Senior Software Engineer",
        line1="Built Kotlin services consuming 14 Kafka topics for shipment tracking",
        line2="Moved booking events from RabbitMQ to Kafka with the transactional outbox")
    j = judge(tmp_path, backend, DATA_POSTING, name="b")
    assert j.of("At least 4 years") != "met", j.why("At least 4 years")
    assert j.of("Excellent SQL and Python or Scala") != "met", j.why("Excellent SQL")


def test_dbt_models_are_data_modelling(tmp_path: Path) -> None:
    de = DATA_RESUME.format(title="Data Engineer",
                            line1="Built the agent float tables and dbt models that 40 account "
                                  "managers use", line2="Wrote Airflow DAGs for the daily loads")
    j = judge(tmp_path, de, DATA_POSTING)
    assert j.of("Experience with dbt and data modelling") == "met", j.why("Experience with dbt")


TOKYO_POSTING = """
Machine Learning Engineer, Search
Amazon Japan G.K., Tokyo

BASIC QUALIFICATIONS
- Bachelor's degree in computer science, engineering or a related field

PREFERRED QUALIFICATIONS
- Master's degree in computer science or a related field
- Business-level Japanese
"""

TOKYO_RESUME = """
Career History
Haruto Sakaki (榊 陽翔)
Meguro-ku, Tokyo · +81 90-5555-0101 · h.sakaki@example.com

EMPLOYMENT HISTORY
Kurobane Optics Co., Ltd. (黒羽光学株式会社) | April 2017 – present
- Trained defect-detection models in PyTorch and deployed them to 12 inspection stations
- Cut inference time from 300 ms to 80 ms with TensorRT

EDUCATION
March 2017: Master of Engineering, Graduate School of Informatics, Hokusei University
March 2015: Bachelor of Engineering, Department of Computer Science, Hokusei University
"""


def test_a_japanese_career_history(tmp_path: Path) -> None:
    j = judge(tmp_path, TOKYO_RESUME, TOKYO_POSTING)
    assert j.of("Bachelor's degree") == "met", j.why("Bachelor's degree")
    assert j.of("Master's degree") == "met", j.why("Master's degree")
    assert j.of("Business-level Japanese") == "met", j.why("Business-level Japanese")
    # the same resume from Seoul, with no Japanese in it, does not show Japanese
    seoul = TOKYO_RESUME.replace("(榊 陽翔)", "").replace("(黒羽光学株式会社)", "").replace(
        "Meguro-ku, Tokyo · +81 90-5555-0101", "Gangnam-gu, Seoul · +82 10-5555-0101")
    assert judge(tmp_path, seoul, TOKYO_POSTING, name="s").of("Business-level Japanese") != "met"


def test_a_heading_written_like_a_bullet_in_a_word_file() -> None:
    """A Japanese career history (set 25, a DOCX) marks its headings with "•": the education
    under "• Education" is still read."""
    from app.analysis.education import degrees
    from app.reading.resume import read_resume

    path = Path(__file__).parents[1] / "heldout25" / "resumes" / "職務経歴書_Kohei_Shinozuka_EN.docx"
    found = degrees(read_resume(path))
    assert [d.level for d in found][:2] == [2, 1], found


def test_a_reason_says_each_thing_once() -> None:
    """Spark, Ray and AWS each shown "but not in building a system": the reason says it once."""
    from app.analysis.pipeline import analyze
    from app.reading.jobs import read_job
    from app.reading.resume import read_resume
    from tests.analysis.judge_helpers import knowledge as kn

    base = Path(__file__).parents[1] / "heldout25"
    k = kn()
    job = read_job(base / "jobs" / "amazon_mle_i_foundation_model_data_evaluation_boston_3351046.docx", k)
    report = analyze(read_resume(base / "resumes" / "Sajan_Maharjan_Resume_MSDS_2026.pdf"), job, k,
                     role="auto")
    for m in report.requirement_matches:
        parts = [p.strip().lower() for p in m.reason.rstrip(".").split(";")]
        assert len(parts) == len(set(parts)), m.reason


def test_a_compound_word_wrapped_at_its_hyphen(tmp_path: Path) -> None:
    from app.reading.jobs import read_job
    from tests.analysis.judge_helpers import knowledge as kn

    path = tmp_path / "job.txt"
    path.write_text("Machine Learning Engineer\nAmazon\n\nPREFERRED QUALIFICATIONS\n"
                    "- Experience with search, ranking or personalization systems in e-\n"
                    "  commerce, and with retrieval-\n  augmented generation\n", encoding="utf-8")
    texts = [r.text for r in read_job(path, kn()).requirements]
    assert any("in e-commerce, and with retrieval-augmented generation" in t for t in texts), texts


def test_training_models_is_not_developing_people() -> None:
    from tests.analysis.judge_helpers import knowledge as kn

    rules = kn().evidence
    assert not rules.shows("hire-and-develop-the-best",
                           "Trained the segmentation and classification models for wire-bond defects")
    assert rules.shows("hire-and-develop-the-best", "Trained the plant's engineers in English on "
                       "retraining; the plant now retrains its own models")


def test_a_title_domain_gap_quotes_the_title_not_a_topic_name(tmp_path: Path) -> None:
    posting = """
    Machine Learning Engineer, Search Relevance
    Amazon

    BASIC QUALIFICATIONS
    - 3+ years of non-internship professional software development experience
    - Experience building machine learning models and deploying them to production
    """
    resume = """
    Dana Whitlock
    Denver, CO

    EXPERIENCE
    Machine Learning Engineer, Pinecone Robotics    Jan 2019 - Present
    - Trained defect-detection models in PyTorch and deployed them to 12 factory lines
    - Built the Python service that serves the models with p99 latency under 50 ms

    EDUCATION
    BSc Computer Science, 2018
    """
    reason = judge(tmp_path, resume, posting).report.fit.verdict_reason
    assert "the posting's title names search work" in reason, reason
    assert "system design" not in reason, reason


def test_a_tool_named_only_by_the_qualifications_is_not_the_team(tmp_path: Path) -> None:
    """A search team whose preferred line names Amazon SageMaker (wrapped over two lines, as a
    PDF prints it) is not the SageMaker team; a team whose description says it builds SageMaker
    is."""
    from app.analysis.scripts import team_and_product
    from app.reading.jobs import read_job
    from tests.analysis.judge_helpers import knowledge as kn

    def product(about: str) -> str:
        path = tmp_path / "job.txt"
        path.write_text("Machine Learning Engineer, Search\nAmazon\n\nDESCRIPTION\n" + about + "\n\n"
                        "BASIC QUALIFICATIONS\n- 3+ years of non-internship professional software "
                        "development experience\n\nPREFERRED QUALIFICATIONS\n- Experience with "
                        "large-scale data processing (Spark, EMR) and AWS machine\n  learning "
                        "services such as Amazon SageMaker\n",
                        encoding="utf-8")
        return team_and_product(read_job(path, kn()))[1]

    assert product("We rank the products customers see when they search.") != "Amazon SageMaker"
    assert product("We build Amazon SageMaker, the service customers train and host models "
                   "with; Amazon SageMaker endpoints serve millions of requests.") == "Amazon SageMaker"


def test_label_quality_in_other_words_is_shown(tmp_path: Path) -> None:
    posting = """
    Machine Learning Engineer I, Data Services
    Amazon

    DESCRIPTION
    Build the data quality and labeling systems behind our models: data quality checks, annotation
    guidelines and labeling workflows, data quality dashboards for every dataset.

    BASIC QUALIFICATIONS
    - Experience with data quality for ML training data, such as deduplication or annotation quality
    - Experience with labeling workflows and data quality tooling
    """
    resume = """
    Rosa Quintanilla
    Austin, TX

    EXPERIENCE
    LLM Evaluation Lead, Brightgrade Data    Jan 2023 - Present
    - Lead a pod of 12 contract annotators grading model answers
    - Ran weekly calibration; inter-annotator agreement rose from 0.61 to 0.79 in six months

    EDUCATION
    BSc Mathematics, 2016
    """
    risks = judge(tmp_path, resume, posting).report.risks
    assert not any("Data quality and label quality" in r.title for r in risks), [r.title for r in risks]


def test_a_career_history_titled_in_japanese_keeps_its_name(tmp_path: Path) -> None:
    """"職務経歴書 / Career History" at the top is the document's title, not an experience section:
    the name under it is the candidate's, and "As of December 1, 2026" is no role."""
    from app.reading.resume import read_resume

    path = tmp_path / "cv.txt"
    path.write_text("職務経歴書 / Career History\nAs of December 1, 2026\nHaruto Sakaki (榊 陽翔)\n"
                    "Meguro-ku, Tokyo · +81 90-5555-0101\n\nEMPLOYMENT HISTORY\nMachine Learning "
                    "Engineer, Kurobane Optics    April 2017 - present\n- Trained defect-detection "
                    "models in PyTorch and deployed them to 12 stations\n", encoding="utf-8")
    resume = read_resume(path)
    assert resume.name == "Haruto Sakaki (榊 陽翔)"
    assert [r.title for r in resume.roles] == ["Machine Learning Engineer"]
