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
