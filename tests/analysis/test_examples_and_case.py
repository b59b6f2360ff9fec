"""Two ways a posting names the tools it wants (invented lines): frameworks given as examples
joined by "and" are alternatives, and a tool whose name is an ordinary word counts in lower case
where it ends a list item."""

from __future__ import annotations

from tests.analysis.test_analytics_evidence import _asks, _matcher


def test_two_frameworks_named_as_examples_are_alternatives() -> None:
    """"JavaScript frameworks such as Vue and React": a team works in one framework; a candidate
    with either has what is asked. Examples of other nouns joined by "and" stay all asked."""
    assert _asks("Experience with JavaScript frameworks such as Vue and React") == [("Vue.js", "React")]
    (ask,) = _asks("Working knowledge of ML libraries such as PyTorch and JAX")
    assert {"PyTorch", "JAX"} <= set(ask)
    assert len(_asks("Experience with AWS services such as S3 and Lambda")) == 2


def test_an_ordinary_word_tool_in_lower_case_ends_a_list_item() -> None:
    matcher = _matcher()
    assert matcher.find("Experience using JavaScript frameworks such as vue and react") == [
        "JavaScript", "Vue.js", "React"]
    assert matcher.find("Stack: python, sql, spark, airflow") == ["Python", "SQL", "Apache Spark", "Airflow"]
    # the word running on, or alone, is not the tool
    assert "React" not in matcher.find("Watch the Grafana dashboards and react to pages")
    assert "REST APIs" not in matcher.find("Python, Java and rest of the stack")
    assert matcher.find("the spark of an idea") == []
    # a spoken language needs its capital ("polish" is a verb)
    assert "Polish" not in matcher.find("testing, polish")


def test_a_list_item_marked_basics_is_marked_basic() -> None:
    """"AWS (S3, SageMaker basics)": the resume's own word that its SageMaker is basic."""
    from app.analysis.qualifications import _marked_basic

    assert _marked_basic("Cloud: GCP, AWS (S3, SageMaker basics), Docker", "SageMaker")
    assert _marked_basic("Tools: Airflow, Kubernetes beginner", "Kubernetes")
    assert not _marked_basic("Cloud: AWS (S3, SageMaker), Docker", "SageMaker")
    assert not _marked_basic("Taught SageMaker basics to 40 analysts in weekly sessions", "SageMaker")


def test_a_serving_tool_is_no_ml_framework() -> None:
    """"ML frameworks such as PyTorch or TensorFlow" asks for a framework models are built in:
    the inference server a platform engineer runs is not one; scikit-learn is."""
    from app.analysis.skillkinds import skill_kinds, taxonomy_kinds

    kinds = taxonomy_kinds(_matcher().skills)
    assert "ml-framework" not in skill_kinds("Triton Inference Server", kinds)
    assert "ml-framework" not in skill_kinds("vLLM", kinds)
    assert "ml-framework" in skill_kinds("scikit-learn", kinds)
