"""The skills taxonomy (knowledge/skills.json) and the skill matcher."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from app.errors import KnowledgeError
from app.knowledge import load_skill_taxonomy
from app.paths import knowledge_dir
from app.skills import SkillMatcher

CATEGORIES = {"language", "ml-framework", "ml-concept", "ml-technique", "mlops", "data", "cloud",
              "aws-service", "database", "devops", "web", "mobile", "tooling", "practice",
              "soft-skill", "domain", "human-language"}


@pytest.fixture(scope="module")
def matcher() -> SkillMatcher:
    return SkillMatcher(load_skill_taxonomy())


def _raw() -> dict:
    return json.loads((knowledge_dir() / "skills.json").read_text(encoding="utf-8"))


def _write(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "skills.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_taxonomy_is_large_versioned_and_categorised() -> None:
    data = _raw()
    assert data["version"] == "1.0" and data["description"]
    skills = load_skill_taxonomy()
    assert len(skills) >= 300
    assert {s.category for s in skills} <= CATEGORIES
    names = {s.name for s in skills}
    for must in ("PyTorch", "scikit-learn", "SageMaker", "Bedrock", "EMR", "AWS Glue", "Kinesis",
                 "AWS Lambda", "S3", "DynamoDB", "RAG", "Fine-Tuning", "RLHF", "Transformers", "LoRA",
                 "vLLM", "Prompt Engineering", "Agentic AI", "Feature Store", "Model Monitoring",
                 "Drift Detection", "A/B Testing", "CI/CD", "Kubeflow", "MLflow", "Airflow", "Java",
                 "C++", "C#", "Go", "Distributed Systems", "Microservices", "REST APIs",
                 "Object-Oriented Design", "PHP", "Laravel", "WordPress", "MySQL", "React"):
        assert must in names, must


def test_taxonomy_is_cached_per_file() -> None:
    assert load_skill_taxonomy() is load_skill_taxonomy()
    assert load_skill_taxonomy(knowledge_dir() / "skills.json") is load_skill_taxonomy()


def test_missing_field_names_file_and_field(tmp_path: Path) -> None:
    data = _raw()
    del data["skills"][12]["category"]
    with pytest.raises(KnowledgeError) as err:
        load_skill_taxonomy(_write(tmp_path, data))
    assert "skills.json" in err.value.message
    assert "skills[12].category is missing" in err.value.message


def test_wrong_type_names_file_and_field(tmp_path: Path) -> None:
    data = _raw()
    data["skills"][3]["synonyms"] = "pytorch, torch"
    with pytest.raises(KnowledgeError, match=r"skills\.json: skills\[3\]\.synonyms must be a list"):
        load_skill_taxonomy(_write(tmp_path, data))


def test_clashing_spellings_are_reported(tmp_path: Path) -> None:
    data = _raw()
    data["skills"].append({"name": "Torch Lighting", "category": "tooling", "synonyms": ["torch"]})
    with pytest.raises(KnowledgeError) as err:
        load_skill_taxonomy(_write(tmp_path, data))
    assert "'torch'" in err.value.message and "PyTorch" in err.value.message


def test_broken_json_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "skills.json"
    path.write_text('{"version": "1.0", "skills": [', encoding="utf-8")
    with pytest.raises(KnowledgeError, match="not valid JSON"):
        load_skill_taxonomy(path)
    with pytest.raises(KnowledgeError, match="missing"):
        load_skill_taxonomy(tmp_path / "nope" / "skills.json")


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Strong PyTorch, pytorch and torch skills", ["PyTorch"], []),
    ("scikit-learn or sklearn", ["scikit-learn"], []),
    ("deploy on k8s with Helm, Terraform", ["Kubernetes", "Helm", "Terraform"], []),
    ("at the helm of a team that will spark innovation and react fast", [],
     ["Helm", "Apache Spark", "React"]),
    ("Spark or Ray; React and Redux", ["Apache Spark", "Ray", "React", "Redux"], []),
    ("NLP and natural language processing", ["NLP"], []),
    ("Experience with running A/B tests in production", ["A/B Testing"], []),
    ("online experiments and a/b testing", ["A/B Testing"], []),
    ("C++, C#, .NET and Node.js services", ["C++", "C#", ".NET", "Node.js"], ["C"]),
    ("ASP.NET MVC", ["ASP.NET"], [".NET"]),
    ("object-oriented design and OOP", ["Object-Oriented Design"], []),
    ("LLMs with RAG, LoRA fine-tuning and RLHF on Amazon Bedrock", ["LLM", "RAG", "LoRA", "Fine-Tuning", "RLHF", "Bedrock"], []),
    # ambiguous spellings need a list of skills around them
    ("Java, Python, C++, C#, Go, Rust, or TypeScript", ["Go", "Rust", "TypeScript"], []),
    ("Golang microservices", ["Go", "Microservices"], []),
    ("Go to market with the team", [], ["Go"]),
    ("Python or R for statistics", ["R"], []),
    ("R&D budget; send us your CV", [], ["R", "Computer Vision"]),
    ("NLP, CV or speech", ["Computer Vision"], []),
    ("computer vision models", ["Computer Vision"], []),
    ("the rest of the team", [], ["REST APIs"]),
    ("REST and gRPC endpoints", ["REST APIs", "gRPC"], []),
    ("Google and Goldman", [], ["Go"]),
    ("AWS Glue, Lambda and S3", ["AWS Glue", "AWS Lambda", "S3"], []),
    ("lambda functions in Python", ["AWS Lambda", "Python"], []),
    ("a glue layer between teams", [], ["AWS Glue"]),
    ("model monitoring for data drift and concept drift", ["Model Monitoring", "Drift Detection"], []),
])
def test_matching(matcher: SkillMatcher, text: str, present: list[str], absent: list[str]) -> None:
    found = matcher.find(text)
    for name in present:
        assert name in found, (text, found)
    for name in absent:
        assert name not in found, (text, found)


def test_spans_point_into_the_text_in_order(matcher: SkillMatcher) -> None:
    text = "Built PyTorch models; deployed them with Docker on AWS SageMaker, then PyTorch again."
    spans = matcher.find_spans(text)
    assert [name for _, _, name in spans] == ["PyTorch", "Docker", "SageMaker", "PyTorch"]
    assert [text[s:e] for s, e, _ in spans] == ["PyTorch", "Docker", "AWS SageMaker", "PyTorch"]
    assert matcher.find(text) == ["PyTorch", "Docker", "SageMaker"]


def test_matching_speed_is_printed(matcher: SkillMatcher, corpus: Path) -> None:
    text = (corpus / "jobs" / "amazon_sde_intern_2026_ml_track__full.txt").read_text(encoding="utf-8")
    start = time.perf_counter()
    for _ in range(10):
        names = matcher.find(text)
    per_call = (time.perf_counter() - start) / 10 * 1000
    print(f"skill matching: {per_call:.2f} ms for {len(text)} characters")
    assert {"Java", "Go", "Rust", "Python"} <= set(names)


def test_no_spelling_runs_across_a_colon_or_a_bracket(matcher: SkillMatcher) -> None:
    """"AWS: S3, EMR" names AWS and then its services (the S3 spelling "AWS S3" does not swallow
    the label); "AWS S3 buckets" is still the one skill S3."""
    assert matcher.find("Migrated the cluster to AWS: S3 data lake, EMR jobs")[:2] == ["AWS", "S3"]
    assert matcher.find("Cloud AWS: S3, EMR")[:2] == ["AWS", "S3"]
    assert matcher.find("Moved logs to AWS S3 buckets") == ["S3"]


def test_software_regressions_are_not_statistical_regression(matcher: SkillMatcher) -> None:
    """"catching 3 regressions before release" is testing; "a logistic regression" and "fit a
    regression" are the statistical method."""
    assert matcher.find("Added end-to-end tests, catching 3 regressions before release.") == [
        "Regression Testing"]
    assert matcher.find("Cut performance regressions in the checkout path by half") == [
        "Regression Testing"]
    assert "Regression" in matcher.find("Fit a regression on 5 years of weekly sales")
    assert "Regression" in matcher.find("Built a logistic regression churn model")


def test_a_spelling_means_what_the_words_beside_it_say(matcher: SkillMatcher) -> None:
    """"Triton" beside "kernels" is the GPU kernel language a posting asks to write; elsewhere
    ("served on Triton", a skills list of serving tools) it is NVIDIA's inference server, which
    does not show kernel work."""
    assert matcher.find("Experience writing or tuning GPU kernels (CUDA, Triton)") == [
        "GPU Programming", "CUDA"]
    assert matcher.find("Wrote a fused softmax kernel in Triton, 1.6x faster") == ["GPU Programming"]
    assert matcher.find("Serving: Triton, vLLM, TorchServe")[0] == "Triton Inference Server"
    assert matcher.find("Served the ranker on Triton with p99 40 ms") == ["Triton Inference Server"]
    assert matcher.find("triton kernels") == ["GPU Programming"]
    assert "GPU Programming" not in matcher.find("Deployed the triton of models")


def test_context_spellings_need_their_words(tmp_path: Path) -> None:
    data = _raw()
    data["skills"][3]["context_spellings"] = ["Torch"]
    with pytest.raises(KnowledgeError, match=r"context_spellings and context_words go together"):
        load_skill_taxonomy(_write(tmp_path, data))


def test_the_loaded_knowledge_hands_out_the_matcher_its_loader_built(knowledge) -> None:  # noqa: ANN001
    """Built once by the loader and kept in the knowledge cache; asked for any other skills
    (even an equal tuple), a matcher is built from those, finding the same."""
    built = knowledge.skill_matcher
    assert built is not None and built.skills is knowledge.skills
    assert SkillMatcher.for_skills(knowledge.skills) is built
    other = SkillMatcher.for_skills(tuple(list(knowledge.skills)))
    assert other is not built
    line = "Built pipelines in Python and PySpark on AWS S3 with Airflow"
    assert other.find(line) == built.find(line) and built.find(line)


def test_the_loaders_matcher_outlives_other_registrations(knowledge) -> None:  # noqa: ANN001
    """One registry by identity: however many other taxonomies are registered meanwhile (tests
    load many knowledge folders), the loaded knowledge's own matcher is still the one handed out
    (a bounded list once dropped it and a second matcher was built); a taxonomy no knowledge
    brought gets one matcher, built once and reused."""
    built = knowledge.skill_matcher
    others = [SkillMatcher(knowledge.skills[:n]) for n in range(1, 12)]
    for m in others:
        SkillMatcher.ready(m)
    assert SkillMatcher.for_skills(knowledge.skills) is built
    assert SkillMatcher.for_skills(others[3].skills) is others[3]
    alone = tuple(knowledge.skills[:40])
    first = SkillMatcher.for_skills(alone)
    assert first is not built and SkillMatcher.for_skills(alone) is first
