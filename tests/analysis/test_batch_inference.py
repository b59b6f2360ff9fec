"""'large-scale batch inference' is scoring many records offline (a nightly batch transform, a
batch scoring job), not serving a model online behind an endpoint; batch inference still shows
model serving when a posting asks for that (held-back set 20: an LLM engineer's vLLM endpoint and
a manager's 'model serving' team read as met). Invented people and posting."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

POSTING = """
Machine Learning Engineer II
Amazon

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
- Experience with model deployment and model serving

PREFERRED QUALIFICATIONS
- Experience with AWS SageMaker, distributed training or large-scale batch inference
"""

RESUME = """
Tomasz Achterberg-Lind
Gdansk, Poland

EXPERIENCE
Machine Learning Engineer | Norrvik Insurance | Jan 2021 - Present
- {line}
- Trained the claims-triage classifier in PyTorch on 2 million labelled claims.

EDUCATION
M.Sc. Computer Science, Gdansk University of Technology, 2020
"""


def test_online_serving_is_not_batch_inference_but_batch_scoring_is_serving(
        tmp_path: Path) -> None:
    online = judge(tmp_path, RESUME.format(
        line="Served the classifier with vLLM behind a real-time inference endpoint; p95 "
             "latency 80 ms."), POSTING)
    assert online.of("Experience with AWS SageMaker, distributed training or large-scale batch") != "met", \
        online.why("Experience with distributed training")
    batch = judge(tmp_path, RESUME.format(
        line="Built the nightly batch scoring job that scores 40 million policies with the "
             "classifier on Spark."), POSTING, name="batch")
    assert batch.of("Experience with AWS SageMaker, distributed training or large-scale batch") == "met", \
        batch.why("Experience with distributed training")
    assert batch.of("Experience with model deployment and model serving") == "met", \
        batch.why("Experience with model deployment")
