"""Causes of disagreement with experts found on held-back set 5 that recur on any resume, each
with invented lines that fail without its rule."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

DL_POSTING = """
Machine Learning Engineer
Harrowgate Outfitters

BASIC QUALIFICATIONS
- Experience with deep learning frameworks such as PyTorch or TensorFlow
"""

LEARNING = """
Petra Lindqvist
Denver, CO

EXPERIENCE
Data Engineer | Quillmoor Logistics | Jan 2020 - Present
- Built the Spark pipelines that feed the delivery-time model; late loads down 30%.
- Trained a LightGBM model for parcel volume that planners use every morning.

SKILLS
Python, SQL, Spark, LightGBM, {dl}

EDUCATION
B.S. Computer Science, University of Denver, 2019
"""


def test_a_skill_the_resume_says_is_being_learnt_is_at_most_partly_experience(
        tmp_path: Path) -> None:
    """'PyTorch (learning)' or 'currently learning TensorFlow' on a skills line is the resume's
    own word that the skill is not yet experience: at most partly, like '(basic)'."""
    line = "Experience with deep learning frameworks"
    for dl in ("PyTorch (learning)", "PyTorch (currently learning)",
               "currently learning TensorFlow"):
        got = judge(tmp_path, LEARNING.format(dl=dl), DL_POSTING)
        assert got.of(line) == "partly", (dl, got.why(line))
    got = judge(tmp_path, LEARNING.format(dl="PyTorch"), DL_POSTING)
    assert got.of(line) == "met", got.why(line)


SWD_POSTING = """
Applied Scientist
Harrowgate Outfitters

BASIC QUALIFICATIONS
- 3+ years of building machine learning models for business applications
- Experience programming in Java, C++, Python or a related language

PREFERRED QUALIFICATIONS
- Experience in professional software development
"""

ENGINEER = """
Tomas Ferreira
Austin, TX

EXPERIENCE
Recommendation Engineer | Pinecrest Home | Jan 2021 - Present
- Own the ranking service (Python, FastAPI) at 2,000 requests per second, p99 under 50 ms.
- Built the nightly training pipeline on Airflow with checks before a model is promoted.

EDUCATION
M.S. Computer Science, Rice University, 2020
"""

STUDENT = """
Lina Okafor
Austin, TX

EXPERIENCE
Machine Learning Intern | Pinecrest Home | May 2025 - Aug 2025
- Trained a text classifier for product questions in PyTorch; accuracy 91% on the held-out set.

EDUCATION
M.S. Data Science, Rice University, expected May 2026
"""


def test_professional_software_development_as_a_noun_is_read_from_the_jobs(
        tmp_path: Path) -> None:
    """'Experience in professional software development' (no years, the noun form) is full-time
    software engineering work: an engineer of years meets it (it fell to a text match that found
    nothing), an intern does not, since the line asks for professional work."""
    line = "Experience in professional software development"
    got = judge(tmp_path, ENGINEER, SWD_POSTING)
    assert got.of(line) == "met", got.why(line)
    got = judge(tmp_path, STUDENT, SWD_POSTING)
    assert got.of(line) == "not-met", got.why(line)


BOOTCAMP = """
Marcus Delacroix-Hale
Tacoma, WA

EXPERIENCE
Junior Software Developer | Fernbrook Web Studio | Jun 2024 - Present
- Build client dashboards in React and Node/Express for 7 clients.
- Fixed a memory leak in a Node API that crashed it every few days.
Software Engineering Student | Northgate Coding Bootcamp | Jan 2022 - Dec 2023
- Full-time program: JavaScript, React, Node, PostgreSQL, data structures.
Retail Shift Supervisor | Harlow Foods | 2015 - 2021
- Supervised 20 associates on the night shift.

EDUCATION
Certificate in Full Stack Web Development, Northgate Coding Bootcamp, 2023
"""


def test_a_bootcamp_is_study_not_years_of_engineering(tmp_path: Path) -> None:
    """A bootcamp written as a role with an engineering title ('Software Engineering Student |
    ... Bootcamp') is study, however full-time: the engineering years are the job's two."""
    got = judge(tmp_path, BOOTCAMP, """
    Software Development Engineer II
    Harrowgate Outfitters

    BASIC QUALIFICATIONS
    - 3+ years of non-internship professional software development experience
    - Experience programming with at least one software programming language
    """)
    assert got.years is not None and got.years < 2.5, got.years
    line = "3+ years of non-internship"
    assert got.of(line) == "partly", got.why(line)


GENAI_POSTING = """
Machine Learning Engineer II, Generative AI - Shopping Assistant
Harrowgate Outfitters

We build the LLM assistant that answers shoppers' questions, with retrieval-augmented
generation over the catalog and fine-tuned large language models.

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
- 2+ years of experience building and deploying machine learning models in production
- Experience programming with at least one software programming language

PREFERRED QUALIFICATIONS
- Master's degree in computer science or a related field
"""

VISION = """
Irena Kowalska
Seattle, WA

EXPERIENCE
Senior Machine Learning Engineer | Brightwater Robotics | Jan 2019 - Present
- Trained the object detection models (PyTorch) that guide 400 warehouse robots; picking errors down 35%.
- Built and own the model deployment pipeline to the robots, with canary releases and rollback.
- Wrote the C++ inference service on the robots; p99 latency 18 ms.
Software Engineer | Tallis Systems | Jun 2016 - Dec 2018
- Built Java services for order routing used by 60 stores.

EDUCATION
M.S. Computer Science, University of Washington, 2016
"""


def test_a_domain_the_postings_title_names_and_the_resume_never_shows_is_a_stretch(
        tmp_path: Path) -> None:
    """'..., Generative AI - ...' in the title: the loop probes that domain in depth, so a
    resume with none of its words is a stretch however many lines it meets; the same resume
    with the domain's work is not capped by it."""
    got = judge(tmp_path, VISION, GENAI_POSTING)
    assert got.verdict == "stretch", (got.verdict, got.report.fit)
    shown = VISION.replace("Wrote the C++ inference service on the robots; p99 latency 18 ms.",
                           "Fine-tuned an LLM that writes the robots' incident summaries.")
    got = judge(tmp_path, shown, GENAI_POSTING)
    assert got.verdict in ("strong", "apply"), (got.verdict, got.report.fit)


IR_POSTING = """
Applied Scientist II, Search
Harrowgate Outfitters

BASIC QUALIFICATIONS
- 3+ years of building machine learning models for business application experience
- Experience programming in Java, C++, Python or related language

PREFERRED QUALIFICATIONS
- Experience with information retrieval
"""

RANKER = """
Noor Haddad
Chicago, IL

EXPERIENCE
Applied Scientist | Quarrystone Rentals | Jan 2020 - Present
- Built the listing search ranker (LightGBM LambdaMART); bookings up 2% in an A/B test.
- Wrote the position-bias correction the training pipeline uses.

EDUCATION
Ph.D. Statistics, Northwestern University, 2019
"""

FORECASTER = RANKER.replace(
    "Built the listing search ranker (LightGBM LambdaMART); bookings up 2% in an A/B test.",
    "Built the demand forecast for 9,000 listings; error down from 24% to 17%.")


def test_search_ranking_and_candidate_retrieval_show_information_retrieval(
        tmp_path: Path) -> None:
    """Ranking search results or retrieving candidates (a listing ranker, learning to rank, a
    two-tower retrieval model) is information retrieval in the words of the work that does it;
    a forecaster's lines are not."""
    line = "Experience with information retrieval"
    got = judge(tmp_path, RANKER, IR_POSTING)
    assert got.of(line) == "met", got.why(line)
    got = judge(tmp_path, FORECASTER, IR_POSTING)
    assert got.of(line) == "not-met", got.why(line)


LENDING_POSTING = """
Machine Learning Engineer, Credit Decisioning
Harrowgate Finance

REQUIREMENTS
- 3+ years of experience building machine learning models that were deployed to production
- Strong Python and SQL

NICE TO HAVE
- Consumer lending, credit cards or payments experience
"""

CREDIT_RISK = """
Obi Mensah-Laurent
Charlotte, NC

EXPERIENCE
Quantitative Analyst, Credit Risk | Halberd Savings | Jul 2020 - Present
- Developed the probability-of-default models for the small-business loan portfolio in Python.
- Wrote the SQL feature tables the scorecards are refreshed from every quarter.

EDUCATION
M.Sc. Financial Mathematics, Duke University, 2020
"""


def test_a_banks_credit_risk_and_loan_work_is_lending_experience(tmp_path: Path) -> None:
    """'Consumer lending, credit cards or payments experience': a credit-risk role modelling a
    loan portfolio is lending (the finance area read only payments words); a retail
    forecaster's lines are not."""
    line = "Consumer lending, credit cards or payments"
    got = judge(tmp_path, CREDIT_RISK, LENDING_POSTING)
    assert got.of(line) == "met", got.why(line)
    got = judge(tmp_path, FORECASTER, LENDING_POSTING)
    assert got.of(line) == "not-met", got.why(line)


FAST_POSTING = """
Machine Learning Engineer
Harrowgate Outfitters

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
- Experience with distributed systems and high-throughput, low-latency services
"""

FEATURES = """
Ravi Castellano
Seattle, WA

EXPERIENCE
Senior Data Engineer | Oxbow Delivery | Jan 2019 - Present
- Built the real-time feature pipeline (Kafka, Flink, Redis) for the arrival-time model, serving ~9k requests per second at peak.
- Moved the nightly batch jobs from cron to Airflow with retries and alerts.

EDUCATION
B.S. Computer Science, Oregon State University, 2018
"""


def test_a_service_run_at_a_load_figure_is_a_high_throughput_service(tmp_path: Path) -> None:
    """'High-throughput, low-latency services' asks for services run at such a load, shown by
    the line's own figure ('9k requests per second', 'p99 under 60 ms'); it was read as making
    systems faster and as a line that says the word 'latency'."""
    line = "Experience with distributed systems and high-throughput"
    got = judge(tmp_path, FEATURES, FAST_POSTING)
    assert got.of(line) == "met", got.why(line)
    slow = FEATURES.replace(", serving ~9k requests per second at peak", "")
    got = judge(tmp_path, slow, FAST_POSTING)
    assert got.of(line) == "partly", got.why(line)


BATCHING_POSTING = """
Machine Learning Engineer
Harrowgate Outfitters

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience

PREFERRED QUALIFICATIONS
- Experience optimizing model inference (quantization, distillation, batching) on GPUs
"""

SERVING = """
Mei Takahashi-Ross
Seattle, WA

EXPERIENCE
Senior Machine Learning Engineer | Corvid Assistants | Jan 2019 - Present
- Run the LLM serving stack on 200 GPUs; time to first token from 1.9 s to 420 ms with continuous batching and a paged KV cache.
- Built the evaluation harness for every model release.

EDUCATION
B.S. Computer Science, University of Washington, 2018
"""


def test_batching_named_among_inference_optimisations_is_a_technique(tmp_path: Path) -> None:
    """'(quantization, distillation, batching)': batching is one of the ways asked, shown by
    'continuous batching' in the serving work (the taxonomy had no batching, so the line
    needed quantization or distillation in a bullet)."""
    line = "Experience optimizing model inference"
    got = judge(tmp_path, SERVING, BATCHING_POSTING)
    assert got.of(line) == "met", got.why(line)
    plain = SERVING.replace(" with continuous batching and a paged KV cache", "")
    got = judge(tmp_path, plain, BATCHING_POSTING)
    assert got.of(line) != "met", got.why(line)


def test_basics_of_a_skill_is_marked_basic(tmp_path: Path) -> None:
    """'Basics of AWS (S3)' on a skills line is the resume's own word that the skill is basic,
    like 'basic AWS': at most partly for 'experience with at least one cloud platform'."""
    posting = """
    Machine Learning Engineer
    Harrowgate Finance

    REQUIREMENTS
    - 3+ years of experience building machine learning models that were deployed to production
    - Experience with at least one cloud platform (we use AWS)
    """
    line = "Experience with at least one cloud platform"
    got = judge(tmp_path, CREDIT_RISK + "\nSKILLS\nPython, SQL, Basics of AWS (S3)\n", posting)
    assert got.of(line) == "partly", got.why(line)
    got = judge(tmp_path, CREDIT_RISK + "\nSKILLS\nPython, SQL, AWS (S3)\n", posting)
    assert got.of(line) == "met", got.why(line)


def test_explaining_results_to_non_technical_audiences_is_communication(tmp_path: Path) -> None:
    """'Ability to explain technical results to non-technical audiences' is the quality of
    communication, shown by results presented to a committee (it fell to a text match)."""
    posting = """
    Data Scientist
    Harrowgate Outfitters

    REQUIREMENTS
    - 3+ years of experience building statistical or machine learning models
    - Ability to explain technical results to non-technical audiences
    """
    line = "Ability to explain technical results"
    shown = CREDIT_RISK.replace("- Wrote the SQL feature tables",
                                "- Presented model results to the credit committee every "
                                "quarter.\n- Wrote the SQL feature tables")
    got = judge(tmp_path, shown, posting)
    assert got.of(line) == "met", got.why(line)
    got = judge(tmp_path, CREDIT_RISK, posting)
    assert got.of(line) != "met", got.why(line)


STRONG_POSTING = """
Data Scientist
Harrowgate Finance

REQUIREMENTS
- 3+ years of experience building statistical or machine learning models
- Strong Python skills
- Experience with SQL
- Ability to explain technical results to non-technical audiences
- {ask}
"""

MODELLER = """
Obi Mensah-Laurent
Charlotte, NC

EXPERIENCE
Senior Data Scientist | Halberd Savings | Jul 2019 - Present
- Built the probability-of-default models in Python for the small-business loan portfolio.
- Wrote the SQL feature tables the models are refreshed from every quarter.
- Presented model results to the credit committee every quarter.

EDUCATION
M.Sc. Statistics, Duke University, 2019
"""


def test_a_basic_experience_not_shown_at_all_is_not_strong(tmp_path: Path) -> None:
    """Every other basic line met, one asking experience the resume does not show at all: the
    experts of sets 5-18 still called 5 of 6 such pairs strong, so one gap no longer caps it
    (two do: tests/analysis/test_strong_with_one_gap.py); an understanding the interview
    tests ('Understanding of ...') never did."""
    got = judge(tmp_path, MODELLER, STRONG_POSTING.format(
        ask="Experience designing or analyzing A/B tests"))
    assert got.of("Experience designing or analyzing A/B tests") == "not-met"
    assert got.verdict == "strong", (got.verdict, got.report.fit)
    got = judge(tmp_path, MODELLER, STRONG_POSTING.format(
        ask="Understanding of dimensional data modeling"))
    assert got.verdict == "strong", (got.verdict, got.report.fit)


def test_lead_in_front_of_a_role_is_a_tech_lead(tmp_path: Path) -> None:
    """'Lead SRE for the query platform', 'Lead data engineer for ...': the lead of that work
    is a tech lead (the taxonomy knew only 'lead engineer')."""
    posting = """
    Senior Software Engineer
    Harrowgate Outfitters

    BASIC QUALIFICATIONS
    - 5+ years of non-internship professional software development experience
    - Experience as a mentor, tech lead or leading an engineering team
    """
    sre = """
    Tariq Bellweather
    Boston, MA

    EXPERIENCE
    Staff Site Reliability Engineer | Corbel Analytics | Aug 2018 - Present
    - Lead SRE for the query platform (Go services on Kubernetes across 3 regions); availability from 99.7% to 99.97%.
    - Wrote a Go CLI for safe rollouts that became the default deployment path.

    EDUCATION
    B.S. Computer Science, Tufts University, 2018
    """
    line = "Experience as a mentor, tech lead"
    got = judge(tmp_path, sre, posting)
    assert got.of(line) == "met", got.why(line)
    got = judge(tmp_path, sre.replace("Lead SRE for", "SRE on"), posting)
    assert got.of(line) == "not-met", got.why(line)
