"""Requirement concepts (knowledge/concepts.json): the words a posting uses for a common
requirement ("cost efficiency", "own end to end", "monitoring") and the words a resume uses
for the same thing ("reduced inference cost", "owned ... to on-call"). Validated on load;
an error names the file and the field."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from app.analysis.text import find_phrases
from app.errors import KnowledgeError

FILE = "concepts.json"


@dataclass(frozen=True)
class Concept:
    id: str
    name: str
    terms: tuple[str, ...]
    gate: bool = False  # a requirement leading with it needs it shown in the resume


def _fail(path: Path, where: str, problem: str) -> KnowledgeError:
    return KnowledgeError(f"{path.parent.name}/{path.name}: {where} {problem}".replace("  ", " "))


def parse_concepts(data: object, path: Path) -> tuple[Concept, ...]:
    """Validate the decoded JSON of concepts.json and build the concepts."""
    if not isinstance(data, dict):
        raise _fail(path, "", "must be a JSON object with 'version' and 'concepts'.")
    if not isinstance(data.get("version"), int):
        raise _fail(path, "field 'version'", "must be an integer.")
    items = data.get("concepts")
    if not isinstance(items, list) or not items:
        raise _fail(path, "field 'concepts'", "must be a non-empty list.")
    out: list[Concept] = []
    seen: set[str] = set()
    for i, item in enumerate(items):
        where = f"concepts[{i}]"
        if not isinstance(item, dict):
            raise _fail(path, where, "must be an object with 'id', 'name' and 'terms'.")
        cid = item.get("id")
        if not isinstance(cid, str) or not cid.strip():
            raise _fail(path, f"{where}.id", "must be a non-empty string.")
        if cid in seen:
            raise _fail(path, f"{where}.id", f"'{cid}' is used twice.")
        seen.add(cid)
        name = item.get("name", cid)
        if not isinstance(name, str) or not name.strip():
            raise _fail(path, f"{where}.name", "must be a non-empty string.")
        terms = item.get("terms")
        if not isinstance(terms, list) or not terms or not all(
                isinstance(t, str) and t.strip() for t in terms):
            raise _fail(path, f"{where}.terms", "must be a non-empty list of non-empty strings.")
        gate = item.get("gate", False)
        if not isinstance(gate, bool):
            raise _fail(path, f"{where}.gate", "must be true or false.")
        out.append(Concept(cid, name, tuple(t.strip().lower() for t in terms), gate))
    return tuple(out)


@lru_cache(maxsize=4)
def _load(path: str) -> tuple[Concept, ...]:
    p = Path(path)
    if not p.is_file():
        raise _fail(p, "", "is missing: reinstall the app or restore the knowledge folder.")
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise _fail(p, "", f"invalid JSON at line {exc.lineno}, column {exc.colno}: "
                    f"{exc.msg}") from None
    return parse_concepts(data, p)


def load_concepts(root: Path | None = None) -> tuple[Concept, ...]:
    """The concept lexicon from the knowledge folder (cached per path)."""
    if root is None:
        from app.paths import knowledge_dir

        root = knowledge_dir()
    return _load(str(Path(root) / FILE))


def concepts_in(text: str, concepts: tuple[Concept, ...]) -> tuple[str, ...]:
    """Ids of the concepts whose terms occur in the text, in lexicon order."""
    return tuple(c.id for c in concepts if find_phrases(text, c.terms))


def concept_positions(text: str, concepts: tuple[Concept, ...]) -> dict[str, int]:
    """Concept id -> where in the text its first term occurs (for the requirement's lead
    concept: "Improve the cost efficiency of training pipelines" leads with cost)."""
    from app.analysis.text import normalize

    folded = normalize(text)
    out: dict[str, int] = {}
    for c in concepts:
        starts = [m.start() for t in c.terms
                  if (m := _compiled(t).search(folded)) is not None]
        if starts:
            out[c.id] = min(starts)
    return out


@lru_cache(maxsize=1024)
def _compiled(term: str) -> re.Pattern[str]:
    """A compiled word-boundary pattern for one term (cached)."""
    from app.analysis.text import phrase_pattern

    return phrase_pattern(term)
