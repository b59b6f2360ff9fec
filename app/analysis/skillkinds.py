"""Kinds of skill a requirement can ask for without naming one ("at least one programming
language", "a deep learning framework such as ...", "a major cloud platform"), and the kinds
each resume skill counts as: taxonomy categories narrowed where a category is broader than
the ask (a deep learning framework is PyTorch, not pandas; a programming language is not HTML),
plus skills that imply another (Node.js code is JavaScript, SageMaker runs on AWS)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.analysis.text import find_phrases

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
OO_LANGUAGES = frozenset({"java", "c++", "c#", "python", "kotlin", "swift", "scala", "ruby",
                          "php", "typescript", "objective-c", "dart", "f#", "groovy", "smalltalk"})
# "such as Java, C++ or C#", "Java, C++, Python or related language": the named skills are
# examples of a kind when they all share it and the wording says so
EXAMPLES = re.compile(r"(?i)\b(at least one|one or more|such as|e\.g\.|for example|like|"
                      r"or (?:a )?(?:related|similar|equivalent|comparable)|any (?:modern|major))\b")
NOT_PROGRAMMING = frozenset({"html", "css", "sql"})  # markup and queries are not programming
DL_FRAMEWORKS = frozenset({
    "pytorch", "pytorch lightning", "tensorflow", "keras", "jax", "flax", "mxnet", "caffe",
    "hugging face", "deepspeed", "megatron-lm", "paddlepaddle", "theano", "chainer"})
CLOUD_PLATFORMS = frozenset({"aws", "azure", "gcp", "heroku", "digitalocean", "firebase",
                             "cloudflare", "oracle cloud", "ibm cloud", "alibaba cloud"})
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


# tools that serve or run models others built: no ML framework a posting's "ML frameworks such
# as PyTorch or TensorFlow" asks to build models in
SERVING_TOOLS = frozenset({"triton inference server", "vllm", "tensorrt-llm", "tensorrt", "torchserve",
                           "tensorflow serving", "llama.cpp", "ollama"})


def skill_kinds(name: str, categories: dict[str, str] | None) -> tuple[str, ...]:
    """The kinds a resume skill counts as ("language", "dl-framework", "ml-framework", "cloud")."""
    low = name.lower()
    cat = (categories or {}).get(low, "")
    kinds: list[str] = []
    if cat == "language" and low not in NOT_PROGRAMMING:
        kinds.append("language")
    if low in OO_LANGUAGES:
        kinds.append("oo-language")
    if low in DL_FRAMEWORKS:
        kinds.append("dl-framework")
    if cat == "ml-framework" and low not in SERVING_TOOLS:
        kinds.append("ml-framework")
    if low in CLOUD_PLATFORMS:
        kinds.append("cloud")
    return tuple(kinds)


def resume_kinds(skills: Sequence[str], categories: dict[str, str] | None,
                 ) -> dict[str, list[str]]:
    """Kind -> the resume's skills of that kind, named ones first, then implied ones
    ("JavaScript (via Node.js)"; any AWS service shows AWS)."""
    named: dict[str, list[str]] = {}
    implied: dict[str, list[str]] = {}
    for name in sorted(skills, key=str.lower):
        for kind in skill_kinds(name, categories):
            named.setdefault(kind, []).append(name)
        low = name.lower()
        imp = IMPLIES.get(low)
        if imp is None and (categories or {}).get(low) == "aws-service":
            imp = ("cloud", "AWS")
        if imp:
            implied.setdefault(imp[0], []).append(f"{imp[1]} (via {name})")
            if imp[0] == "language" and imp[1].split(" or ")[0].lower() in OO_LANGUAGES:
                implied.setdefault("oo-language", []).append(f"{imp[1]} (via {name})")
    out: dict[str, list[str]] = {}
    for kind in sorted(set(named) | set(implied)):
        have = named.get(kind, [])
        shown = {h.lower() for h in have}
        extra = [i for i in implied.get(kind, []) if i.split(" (via ")[0].lower() not in shown]
        # one implied line per implied skill name (AWS via S3, not also via EC2, IAM ...)
        seen: set[str] = set()
        unique = []
        for i in extra:
            name = i.split(" (via ")[0]
            if name not in seen:
                seen.add(name)
                unique.append(i)
        extra = unique
        out[kind] = list(dict.fromkeys(have + extra))
    return out


def asked_kinds(text: str, wanted: Sequence[str], categories: dict[str, str] | None) -> list[str]:
    """The kinds a requirement asks for: by a kind phrase ("a scripting language"), or by
    examples that all share a kind ("such as Java, C++, or C#")."""
    kinds = list(dict.fromkeys(c for phrase, c in CATEGORY_PHRASES if find_phrases(text, (phrase,))))
    if not kinds and len(wanted) >= 2 and EXAMPLES.search(text):
        shared = set(skill_kinds(wanted[0], categories))
        for w in wanted[1:]:
            shared &= set(skill_kinds(w, categories))
        for kind in ("dl-framework", "language", "cloud"):
            if kind in shared:
                kinds.append(kind)
                break
    if "dl-framework" in kinds and "ml-framework" in kinds:
        kinds.remove("ml-framework")
    return kinds
