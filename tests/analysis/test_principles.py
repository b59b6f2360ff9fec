"""The Leadership Principle classifier: contract, obvious cases, skips, determinism, accuracy."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.analysis.principles import (
    PRINCIPLE_IDS,
    PrincipleClassifier,
    PrincipleResult,
    _model_text,
    _skip_extra,
    clean_line,
    content_hash,
    evidence_phrases,
    find_evidence,
    model_from_artifact,
    model_to_json,
    prepare_model,
    train,
)
from app.errors import KnowledgeError
from app.knowledge import classifier_model_path, load_exemplars, read_model_artifact

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def classifier(knowledge) -> PrincipleClassifier:
    return PrincipleClassifier(knowledge)


def test_every_result_has_sixteen_scores_and_sorted_principles(classifier) -> None:
    lines = ["Mentored 4 interns on model evaluation", "Python, SQL, Docker", "",
             "Reduced AWS spend by 30% by moving batch jobs to spot instances"]
    results = classifier.classify(lines)
    assert len(results) == len(lines)
    for r in results:
        assert isinstance(r, PrincipleResult)
        assert list(r.scores) == list(PRINCIPLE_IDS)
        assert all(0.0 <= v <= 1.0 and round(v, 4) == v for v in r.scores.values())
        assert len(r.principles) <= 3
        assert [r.scores[p] for p in r.principles] == sorted(
            (r.scores[p] for p in r.principles), reverse=True)
        assert r.reason
    assert classifier.classify([]) == []


@pytest.mark.parametrize(("line", "expected"), [
    ("Mentored three junior engineers and onboarded two interns onto the ranking team",
     "hire-and-develop-the-best"),
    ("Reduced monthly cloud infrastructure cost by $40K by right-sizing GPU instances",
     "frugality"),
    ("Debugged a silent accuracy drop in the serving pipeline and traced the root cause to a "
     "feature encoding mismatch", "dive-deep"),
    ("Interviewed customers and used their feedback to redesign the onboarding flow, "
     "raising customer satisfaction", "customer-obsession"),
    ("Automated the weekly data refresh, eliminating 6 hours of manual work", "invent-and-simplify"),
    ("Served as a teaching assistant for an undergraduate statistics course",
     "hire-and-develop-the-best"),
])
def test_obvious_lines_get_the_right_top_principle(classifier, line: str, expected: str) -> None:
    result = classifier.classify([line])[0]
    assert result.principles and result.principles[0] == expected, result


def test_reason_names_the_triggering_words_and_the_principle(classifier) -> None:
    result = classifier.classify(["Mentored 3 interns through their first model launch"])[0]
    assert "Hire and Develop the Best" in result.reason
    assert "Mentored 3 interns" in result.reason


@pytest.mark.parametrize("line", [
    "Skills: Python, PyTorch, SQL, Docker, Kubernetes, AWS",
    "EDUCATION",
    "Relevant Coursework: Machine Learning, Operating Systems, Databases",
    "jane.roe@example.com | (206) 555-0199 | linkedin.com/in/janeroe",
    "Python, Java, Scala, Go, TypeScript",
])
def test_non_achievement_lines_get_no_principles(classifier, line: str) -> None:
    result = classifier.classify([line])[0]
    assert result.principles == ()
    assert result.is_achievement is False
    assert len(result.scores) == 16


def test_same_input_same_output(knowledge) -> None:
    lines = ["Led the migration of the feature store to streaming, owning on-call",
             "Published two papers on contrastive learning", "Projects"]
    first = PrincipleClassifier(knowledge).classify(lines)
    second = PrincipleClassifier(knowledge).classify(list(reversed(lines)))[::-1]
    assert first == second


def test_evidence_phrases_explain_why(classifier) -> None:
    phrases = classifier.evidence("Mentored 2 interns and cut GPU cost by 35%")
    assert any("Mentored" in p for p in phrases["hire-and-develop-the-best"])
    assert "frugality" in phrases
    spans = find_evidence("  \u2022 Root-caused a memory leak", classifier.lexicon)
    assert any(e.principle == "dive-deep" and e.phrase.lower().startswith("root") for e in spans)
    assert evidence_phrases("Skills", classifier.lexicon) == {}


def test_training_a_model_is_no_teaching(knowledge) -> None:
    """'Moved training to Ray' and 'training on GPUs' train models, not people, so they show
    nothing Hire and Develop needs; training sessions, or training for new engineers, teach."""
    shows = knowledge.evidence.shows
    for line in ("Moved training to Ray on EKS: 1,800 models retrained nightly in 40 min",
                 "Cut training on GPUs from 9 h to 2 h with mixed precision",
                 "Training for the ranking model now runs in Airflow"):
        assert not shows("hire-and-develop-the-best", line), line
    for line in ("Ran training sessions on SQL for the support team",
                 "Training to new engineers on the on-call runbooks, twice a quarter",
                 "Training for new hires on the incident process"):
        assert shows("hire-and-develop-the-best", line), line


def test_evidence_follows_the_guide_not_generic_words(knowledge) -> None:
    """A plain build verb is no evidence of invention, and a model's test set or
    cross-validation is no quality bar (the labelling guide's definitions)."""
    assert "invent-and-simplify" not in evidence_phrases("Developed a web application in React", knowledge.lexicon)
    assert "invent-and-simplify" in evidence_phrases("Automated the nightly report", knowledge.lexicon)
    research = evidence_phrases("Reached 93% accuracy on the test set with 5-fold cross-validation", knowledge.lexicon)
    assert "insist-on-the-highest-standards" not in research
    assert "insist-on-the-highest-standards" in evidence_phrases("Wrote unit tests for the API", knowledge.lexicon)


def test_lowercase_fast_path_matches_like_ignorecase(knowledge) -> None:
    """Patterns run case-sensitively on the lowercased line (faster); same spans as
    IGNORECASE, and lines whose lowercase changes length fall back to IGNORECASE."""
    from dataclasses import replace

    lexicon = knowledge.lexicon
    assert lexicon.lower is not None
    slow = replace(lexicon, lower=None)
    for line in ["MENTORED 3 Interns and ROOT-CAUSED a Memory Leak",
                 "\u0130stanbul office: Reduced AWS costs by 30% for Customers",
                 *(e.text for e in knowledge.exemplars[::41])]:
        assert find_evidence(line, lexicon) == find_evidence(line, slow), line


def test_verbless_line_with_clear_evidence_is_an_achievement(classifier) -> None:
    """No verb, but clear evidence: skipped before the evidence check existed."""
    line = "Winner, university hackathon 2022: real-time sign language translator for deaf students"
    result = classifier.classify([line])[0]
    assert result.is_achievement and result.principles
    assert classifier.classify(["University of Texas at Austin, Austin, TX"])[0].principles == ()


def test_exemplars_and_lexicon_validate(knowledge) -> None:
    exemplars = knowledge.exemplars
    assert len(exemplars) >= 600
    counts = dict.fromkeys(PRINCIPLE_IDS, 0)
    for e in exemplars:
        assert len(set(e.principles)) == len(e.principles) <= 3
        for pid in e.principles:
            counts[pid] += 1
    assert all(n >= 30 for n in counts.values()), counts
    assert sum(1 for e in exemplars if not e.principles) >= 40
    lexicon = knowledge.lexicon
    assert set(lexicon.patterns) == set(PRINCIPLE_IDS)
    assert all(lexicon.patterns[pid] for pid in PRINCIPLE_IDS)


def test_bad_exemplars_file_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "exemplars.jsonl"
    bad.write_text('{"text": "Led a team", "principles": ["ownership"]}\n'
                   '{"text": "Did a thing", "principles": ["not-a-principle"]}\n', encoding="utf-8")
    with pytest.raises(KnowledgeError, match="line 2"):
        load_exemplars(bad, PRINCIPLE_IDS)


def test_evaluation_meets_targets_on_the_dev_file(corpus: Path, classifier) -> None:
    from app.evaluation.principles import evaluate

    result = evaluate(corpus, classifier)
    assert result.lines >= 100
    # Measured: top-1 in gold 0.740, macro-F1(top-2) 0.485 (150 lines: one line is 0.007;
    # baseline "ownership": 0.30). The floor sits two lines under the measurement so that a
    # harmless exemplar edit does not fail it. (Issue 12 traded 0.02 here for our own held-back
    # lines, 0.83 -> 0.84, and lines written in another style: the classifier was fitting the
    # wording it was tuned on.)
    assert result.top1_in_gold >= 0.725
    assert result.macro_f1_top2 >= 0.45


def test_held_back_lines_are_never_trained_on(knowledge) -> None:
    """Our held-back lines (tests/data/lp_heldback.jsonl) share no line with the exemplars."""
    import re as _re

    from app.evaluation.principles import heldback_path, read_lines

    def norm(t: str) -> str:
        return " ".join(_re.findall(r"\w+", t.lower()))

    held = {norm(t) for t, _ in read_lines(heldback_path())}
    assert len(held) >= 300
    assert not held & {norm(e.text) for e in knowledge.exemplars}


def test_cli_classify_prints_one_json_line_per_bullet(tmp_path: Path) -> None:
    src = tmp_path / "bullets.txt"
    src.write_text("Mentored 3 interns\n\nSkills: Python, SQL\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "app", "classify", str(src)], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["text"] for r in rows] == ["Mentored 3 interns", "Skills: Python, SQL"]
    assert rows[0]["principles"][0] == "hire-and-develop-the-best"
    assert rows[1]["principles"] == []
    assert len(rows[0]["scores"]) == 16


# --- The prebuilt model (knowledge/classifier/model.json) -------------------------------

PROBE_LINES = [
    "Mentored 3 interns on model evaluation; two received return offers",
    "Reduced inference cost by 45% by distilling the ranking model",
    "Debugged a training/serving skew and traced it to a stale feature",
    "Automated the weekly report, removing 8 hours of manual work",
    "Technical Skills: Python, SQL, PyTorch, Docker",
    "EDUCATION",
    "Increased click-through rate by 12% with a new ranking model",
    "Quantum basket weaving with zero known words",
    "",
]


def test_model_artifact_is_current(knowledge) -> None:
    """model.json was built from exactly these exemplars, lexicon and model code; if this
    fails, run `python scripts/build_classifier.py` and commit model.json."""
    expected = content_hash(knowledge.exemplars, knowledge.lexicon)
    assert model_from_artifact(knowledge.classifier_model, expected) is not None


def test_the_app_uses_the_artifact(knowledge) -> None:
    assert PrincipleClassifier(knowledge).model_source == "artifact"


def test_the_loaded_knowledge_holds_the_model_decoded_and_uses_it_only_for_its_own_inputs(
        knowledge) -> None:
    """The loader decodes the artifact once (kept in the knowledge cache); a classifier on that
    knowledge takes it as is; on knowledge with other exemplars objects (even equal ones) the
    classifier checks and decodes the artifact itself, as without the loader's copy."""
    import dataclasses

    ready = knowledge.prepared_model
    assert ready is not None and ready.model.source == "artifact"
    assert ready.model.content_hash == content_hash(knowledge.exemplars, knowledge.lexicon)
    assert PrincipleClassifier(knowledge)._model() is ready.model
    same = dataclasses.replace(knowledge, exemplars=tuple(list(knowledge.exemplars)))
    assert same.prepared_model is ready  # copied by replace, but not made for this tuple
    model = PrincipleClassifier(same)._model()
    assert model is not ready.model and model.source == "artifact"
    assert prepare_model(dataclasses.replace(knowledge, exemplars=knowledge.exemplars[:-1])) is None
    assert prepare_model(dataclasses.replace(knowledge, classifier_model=dataclasses.replace(
        knowledge.classifier_model, document=None, problem="is missing"))) is None


def test_artifact_scores_equal_scikit_learn_within_1e_6(knowledge) -> None:
    """Plain-Python scoring of the shipped artifact matches a fresh scikit-learn training."""
    import numpy as np
    from scipy.sparse import csr_matrix, hstack

    exemplars, lexicon = knowledge.exemplars, knowledge.lexicon
    model = model_from_artifact(knowledge.classifier_model, content_hash(exemplars, lexicon))
    assert model is not None
    est: dict = {}
    train(exemplars, lexicon, estimators=est)
    lines = [clean_line(t) for t in PROBE_LINES + [e.text for e in exemplars[::97]]]
    X = est["features"]([_model_text(t) for t in lines])  # words, then character n-grams
    extra = csr_matrix(np.array([_skip_extra(t, lexicon) for t in lines]))
    Xw = est["vectorizer"].transform([_model_text(t) for t in lines])  # the skip model reads words
    skip_ref = est["skip_model"].predict_proba(hstack([Xw, extra], format="csr"))[:, 1]
    for i, line in enumerate(lines):
        row = model.row(_model_text(line))
        ours = model.probabilities(row)
        for j, lr in enumerate(est["principle_models"]):
            if lr is not None:
                ref = float(lr.predict_proba(X[i])[0, 1])
                assert abs(ours[j] - ref) < 1e-6, (line, PRINCIPLE_IDS[j], ours[j], ref)
        ours_skip = model.skip_probability(row, _skip_extra(line, lexicon))
        assert abs(ours_skip - float(skip_ref[i])) < 1e-6, line


def test_artifact_round_trips_byte_identical(knowledge) -> None:
    exemplars, lexicon = knowledge.exemplars, knowledge.lexicon
    model = model_from_artifact(knowledge.classifier_model, content_hash(exemplars, lexicon))
    assert model is not None
    assert model_to_json(model) == classifier_model_path().read_text(encoding="utf-8")


def test_edited_exemplars_fall_back_to_training(knowledge, caplog) -> None:
    """Knowledge is data: an exemplar added after the build still counts (trained at run
    time, with a warning to rebuild), and results match the contract."""
    from dataclasses import replace

    from app.models.knowledge import Exemplar

    extra = Exemplar(text="Wrote a haiku generator that drafts release notes from commit messages",
                     principles=("invent-and-simplify",))
    edited = replace(knowledge, exemplars=tuple(knowledge.exemplars) + (extra,))
    with caplog.at_level("WARNING", logger="app.analysis.principles"):
        classifier = PrincipleClassifier(edited)
        result = classifier.classify(PROBE_LINES)
    assert classifier.model_source == "trained at run time"
    assert any("build_classifier" in r.getMessage() for r in caplog.records)
    assert len(result) == len(PROBE_LINES) and all(len(r.scores) == 16 for r in result)
    assert result[0].principles[0] == "hire-and-develop-the-best"


def test_stale_or_broken_artifact_is_refused(tmp_path: Path, knowledge) -> None:
    exemplars, lexicon = knowledge.exemplars, knowledge.lexicon
    good = classifier_model_path().read_text(encoding="utf-8")

    def load_artifact(path: Path, expected: str):  # noqa: ANN202
        return model_from_artifact(read_model_artifact(path), expected)

    assert load_artifact(tmp_path / "missing.json", "x") is None
    (tmp_path / "model.json").write_text(good, encoding="utf-8")
    assert load_artifact(tmp_path / "model.json", "not-the-hash") is None
    (tmp_path / "model.json").write_text(good[: len(good) // 2], encoding="utf-8")
    assert load_artifact(tmp_path / "model.json", content_hash(exemplars, lexicon)) is None


def test_classifying_imports_no_scikit_learn_scipy_or_numpy() -> None:
    code = ("import sys; from app.analysis.principles import PrincipleClassifier; "
            "from app.knowledge import load_knowledge; "
            "r = PrincipleClassifier(load_knowledge()).classify(['Mentored 3 interns', "
            "'Skills: Python']); "
            "assert r[0].principles; "
            "print(sorted(m for m in ('sklearn', 'scipy', 'numpy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
    assert "training" not in out.stderr  # the artifact was used, not a run-time fallback
