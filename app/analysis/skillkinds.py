"""Kinds of skill a requirement can ask for without naming one ("at least one programming
language", "a deep learning framework such as ...", "a major cloud platform"), and the kinds
each resume skill counts as: taxonomy categories narrowed where a category is broader than
the ask (a deep learning framework is PyTorch, not pandas; a programming language is not HTML),
plus skills that imply another (Node.js code is JavaScript, SageMaker runs on AWS). Which skill
is which kind is data (`kinds`, `serves_models`, `programming` in `knowledge/skills.json`): a
new serving tool or cloud platform is a data change."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from app.analysis.text import find_phrases
from app.models.knowledge import Skill

# A requirement that asks for a kind of skill, not a named one: any resume skill of that kind
# meets it. Kinds are taxonomy categories narrowed where a category is broader than the ask
# (a "deep learning framework" is PyTorch, not pandas; a "programming language" is not HTML).
CATEGORY_PHRASES = (
    ("programming language*", "language"), ("software language*", "language"),
    ("modern language*", "language"), ("scripting language*", "language"),
    ("coding language*", "language"), ("general-purpose language*", "language"),
    ("object-oriented language*", "language"), ("object oriented language*", "language"),
    ("related language*", "language"), ("similar language*", "language"),
    ("other language*", "language"), ("high-level language*", "language"),
    ("deep learning framework*", "dl-framework"), ("dl framework*", "dl-framework"),
    ("deep learning librar*", "dl-framework"), ("neural network framework*", "dl-framework"),
    ("ml framework*", "ml-framework"), ("machine learning framework*", "ml-framework"),
    ("ml librar*", "ml-framework"), ("machine learning librar*", "ml-framework"),
    ("cloud platform*", "cloud"), ("cloud provider*", "cloud"), ("public cloud*", "cloud"),
    ("cloud computing platform*", "cloud"), ("cloud environment*", "cloud"),
    ("cloud service provider*", "cloud"), ("major cloud*", "cloud"),
)
KIND_LABELS = {"language": "languages", "dl-framework": "deep learning frameworks",
               "ml-framework": "ML frameworks", "cloud": "cloud platforms",
               "oo-language": "object-oriented languages"}
# "such as Java, C++ or C#", "Java, C++, Python or related language": the named skills are
# examples of a kind when they all share it and the wording says so
EXAMPLES = re.compile(r"(?i)\b(at least one|one or more|such as|e\.g\.|for example|like|"
                      r"or (?:a )?(?:related|similar|equivalent|comparable)|any (?:modern|major))\b")
# a skill that shows a kind without naming it: Node.js code is JavaScript, SageMaker runs on AWS
IMPLIES = {
    "node.js": ("language", "JavaScript"), "express.js": ("language", "JavaScript"),
    "react": ("language", "JavaScript"), "vue.js": ("language", "JavaScript"),
    "angular": ("language", "TypeScript"), "jquery": ("language", "JavaScript"),
    "django": ("language", "Python"), "flask": ("language", "Python"),
    "fastapi": ("language", "Python"), "pandas": ("language", "Python"),
    "numpy": ("language", "Python"), "pytorch": ("language", "Python"),
    "scikit-learn": ("language", "Python"), "spring boot": ("language", "Java"),
    "android": ("language", "Java or Kotlin"), "ios": ("language", "Swift or Objective-C"),
    "ruby on rails": ("language", "Ruby"), "laravel": ("language", "PHP"),
    ".net": ("language", "C#"), "asp.net": ("language", "C#"),
    "vertex ai": ("cloud", "GCP"), "gke": ("cloud", "GCP"), "pub/sub": ("cloud", "GCP"),
    "google cloud dataflow": ("cloud", "GCP"), "aks": ("cloud", "Azure"),
    "azure machine learning": ("cloud", "Azure"),
}


def taxonomy_kinds(skills: Iterable[Skill]) -> dict[str, tuple[str, ...]]:
    """Each skill of the taxonomy (lower case) that counts as a kind -> its kinds, in the order
    "language", "oo-language", "dl-framework", "ml-framework", "cloud": its category narrowed
    by what `skills.json` says of it (HTML is no programming language, an inference server no
    ML framework), and the kinds it lists (Java is object-oriented, AWS a cloud platform)."""
    out: dict[str, tuple[str, ...]] = {}
    for s in skills:
        kinds = [k for k, yes in (
            ("language", s.category == "language" and s.programming),
            ("oo-language", "oo-language" in s.kinds),
            ("dl-framework", "dl-framework" in s.kinds),
            ("ml-framework", s.category == "ml-framework" and not s.serves_models),
            ("cloud", "cloud" in s.kinds)) if yes]
        if kinds:
            out[s.name.lower()] = tuple(kinds)
    return out


def skill_kinds(name: str, taxonomy: Mapping[str, tuple[str, ...]] | None) -> tuple[str, ...]:
    """The kinds a resume skill counts as ("language", "dl-framework", "ml-framework", "cloud"),
    by the taxonomy's kinds (`taxonomy_kinds`)."""
    return (taxonomy or {}).get(name.lower(), ())


def asked_kinds(text: str, wanted: Sequence[str],
                taxonomy: Mapping[str, tuple[str, ...]] | None) -> list[str]:
    """The kinds a requirement asks for: by a kind phrase ("a scripting language"), or by
    examples that all share a kind ("such as Java, C++, or C#")."""
    kinds = list(dict.fromkeys(c for phrase, c in CATEGORY_PHRASES if find_phrases(text, (phrase,))))
    if not kinds and len(wanted) >= 2 and EXAMPLES.search(text):
        shared = set(skill_kinds(wanted[0], taxonomy))
        for w in wanted[1:]:
            shared &= set(skill_kinds(w, taxonomy))
        for kind in ("dl-framework", "language", "cloud"):
            if kind in shared:
                kinds.append(kind)
                break
    if "dl-framework" in kinds and "ml-framework" in kinds:
        kinds.remove("ml-framework")
    return kinds
