"""Phrases found without compiling their pattern (app.analysis.text._matches) are exactly the
pattern's matches: phrase_pattern is the definition, on invented phrases and text."""

from __future__ import annotations

import random

from app.analysis import text
from app.analysis.text import count_phrase, find_phrases, normalize, phrase_pattern, phrase_start

PHRASES = ["model", "models", "ci/cd", "c++", ".net", "node.js", "a/b test*", "data *",
           "machine learning", "learn*", "s", "es", "d", "ing", "deploy", "use case",
           "k8s", "_x", "x_", "re-run", "on-call", "3d", "py*", "go"]
LINES = ["Deployed models; modeling, remodel and model-driven ML (node.js, .NET, C++s).",
         "ci/cd pipelines, CI/CD-ish, a/b testing and A/B tests on-call, re-run re-running",
         "use cases  used   use-case machine\tlearning Machine Learning learned learns",
         "go going gone goes go_lang _x x_ 3D 3ds k8s k8ses deploys deploying deployed",
         "naïve café datum résumé modèle über-model ﬁle models™ model² 𝟙models",
         "s es d ing ss eses dd inging sing, s. es! d? ing-s",
         "ſ long s, ı dotless, K kelvin: modelſ models Kelvin k8ſ"]


def _reference(line: str, phrase: str) -> list[int]:
    """The pattern's matches, after the same cheap pre-check on the stem as before."""
    folded = normalize(line)
    if not text._maybe(folded, phrase):
        return []
    return [m.end() for m in phrase_pattern(phrase).finditer(folded)]


def _lines() -> list[str]:
    rng = random.Random(17)
    alphabet = ["model", "s", "es", "ed", "ing", "d", " ", " ", "-", ".", "/", "_", "+", "é",
                "2", "ci", "cd", "learn", "ſ", "a", "b", "x", "\u00a0", "™"]
    return LINES + ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30)))
                    for _ in range(400)]


def test_matches_are_the_patterns_matches() -> None:
    checked = 0
    for line in _lines():
        folded = normalize(line)
        for phrase in PHRASES:
            pattern = phrase_pattern(phrase)
            if text._fast(phrase, folded):
                assert text._matches(folded, phrase) == \
                    [m.span() for m in pattern.finditer(folded)], (line, phrase)
                checked += 1
            first = pattern.search(folded)
            assert phrase_start(folded, phrase) == (first.start() if first else None)
    assert checked > 5000  # most lines take the quick path


def test_find_and_count_agree_with_the_pattern() -> None:
    for line in _lines():
        assert find_phrases(line, PHRASES) == [p for p in PHRASES if _reference(line, p)], line
        for phrase in PHRASES:
            assert count_phrase(line, phrase) == len(_reference(line, phrase)), (line, phrase)


def test_case_folding_characters_take_the_pattern() -> None:
    """A long s matches 's' only case-insensitively: text holding one is left to the pattern."""
    assert not text._plain(normalize("modelſ"))
    assert find_phrases("modelſ", ["model"]) == ["model"]  # 'ſ' is the suffix s
    assert count_phrase("Kelvin K8S", "k8s") == 1 and count_phrase("models K8S", "k8s") == 1
    assert find_phrases("naïve models", ["model"]) == ["model"]


def test_may_hold_never_rules_out_a_case_insensitive_match() -> None:
    """The pre-check before compiling a pattern built around a name: False only when the
    name cannot match, in any case (the Kelvin sign matches 'k', a long s matches 's')."""
    import re

    names = ["Python", "node.js", "C++", "SageMaker", "k8s", "Go", "naïve", "S3", "ML"]
    lines = _lines() + ["PYTHON (basic)", "Kelvin K8S", "K8ſ cluster", "SAGEMAKER", "go-lang",
                        "İstanbul python"]
    for line in lines:
        for name in names:
            found = re.search("(?i)" + re.escape(name), line) is not None
            assert text.may_hold(line, name) or not found, (line, name)
    assert not text.may_hold("Exposure to Java", "Python")
