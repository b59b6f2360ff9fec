"""Two years asked on one line (invented lines): "3+ years of software development; 2+ years of
building ML models and deploying them" asks both, and the models must be the candidate's own,
not the cluster another team serves its models on."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

POSTING = """
Machine Learning Engineer II, Catalogue Ranking
Amazon

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience; 2+ years of experience building machine learning models and deploying them to production
- Experience programming with at least one software programming language
"""

PLATFORM = """
Kieran Ashdown
kieran.ashdown@example.com

EXPERIENCE
Senior Site Reliability Engineer, ML Infrastructure | Tallowby AI | Jan 2021 – present
- Stood up the GPU inference cluster the research team serves its models on (Kubernetes, Triton); p99 under 80 ms.
- Wrote Terraform and Go tooling for GPU capacity across three regions.

Platform Engineer | Quenby Telecom | Jan 2016 – Dec 2020
- Built the deployment pipeline in Python for 40 microservices.
"""

MODELLER = PLATFORM.replace(
    "- Wrote Terraform and Go tooling for GPU capacity across three regions.",
    "- Trained and deployed a gradient-boosted churn model in Python; retention +2 points.")


def test_both_years_of_a_merged_line_are_asked(tmp_path: Path) -> None:
    line = "3+ years of non-internship professional software development experience; 2+ years"
    platform = judge(tmp_path, PLATFORM, POSTING, "platform")
    verdict = next(v for t, v in platform.verdicts.items() if t.startswith(line))
    assert verdict != "met", platform.verdicts
    modeller = judge(tmp_path, MODELLER, POSTING, "modeller")
    verdict = next(v for t, v in modeller.verdicts.items() if t.startswith(line))
    assert verdict == "met", modeller.verdicts


def test_terse_model_lines_are_models_of_ones_own() -> None:
    from app.analysis.years_asked import MODEL_LINE

    assert MODEL_LINE.search("LLM query rewriting: distilled a 7B model into a 1.3B model")
    assert MODEL_LINE.search("LambdaMART ranker in production for all product search; CTR +4.1%")
    assert MODEL_LINE.search("Shipped semantic retrieval (Korean–English bilingual embeddings)")
    assert not MODEL_LINE.search("Moved 40 services into production on Kubernetes")


STARTUP = """
Founding ML Engineer
Quillmere Health

What you'll do
- Build the note-summarising models behind our clinician app

What you'll bring
- 5+ years shipping production software, including 2+ years building ML or LLM systems that real users depend on
- Strong Python
"""

FULL_STACK = """
Iñaki Berrocal
inaki.berrocal@example.com

EXPERIENCE
Full-Stack Engineer, AI features | Pozolito | Jun 2025 – present
- Built an LLM assistant in Python (retrieval over 20k quotes) used by 3,000 shops a week.

Full-Stack Developer | Tablón Studio | Jan 2019 – May 2025
- Built and ran React and Node.js apps for 14 clients, 99.9% uptime.
"""


def test_the_narrower_years_a_line_includes_are_asked_too(tmp_path: Path) -> None:
    """Seven years of software with one of them on an LLM feature: the line's 2+ years of ML
    systems are not there; with three years of it they are."""
    line = "5+ years shipping production software, including 2+ years"
    one = judge(tmp_path, FULL_STACK, STARTUP, "one")
    assert one.of(line) != "met", one.why(line)
    assert "1 year of" in one.why(line)
    three = judge(tmp_path, FULL_STACK.replace("Jun 2025 – present", "Jun 2023 – present")
                  .replace("Jan 2019 – May 2025", "Jan 2019 – May 2023"), STARTUP, "three")
    assert three.of(line) == "met", three.why(line)


OWNED_POSTING = """
Machine Learning Engineer
Brackenfold Health

What you'll do
- Build the models behind our triage app

What you'll bring
- You've owned ML systems end to end, from data to deployment and monitoring, not only the modelling
- Strong Python
"""

CAPSTONE = """
Marnie Oldcastle
marnie.oldcastle@example.com

EXPERIENCE
Data Science Fellow | Kestrel Bootcamp | Jan 2025 – Apr 2025
- Capstone: predicted hospital no-shows from public data with gradient boosting; presented to hiring partners.

Mathematics Teacher | Wendover High School | Aug 2016 – Dec 2024
- Taught algebra and statistics to 150 students a year.
"""

OWNER = CAPSTONE.replace(
    "- Capstone: predicted hospital no-shows from public data with gradient boosting; presented to hiring partners.",
    "- Deployed the no-show model to production behind the booking API, with drift monitoring and weekly retraining.")


def test_owning_ml_systems_end_to_end_needs_a_deployed_model(tmp_path: Path) -> None:
    line = "You've owned ML systems end to end"
    capstone = judge(tmp_path, CAPSTONE, OWNED_POSTING, "capstone")
    assert capstone.of(line) != "met", capstone.why(line)
    owner = judge(tmp_path, OWNER, OWNED_POSTING, "owner")
    assert owner.of(line) == "met", owner.why(line)
