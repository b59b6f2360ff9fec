"""Requirement concepts (`Knowledge.concepts`, from knowledge/concepts.json): the words a
posting uses for a common requirement ("cost efficiency", "own end to end", "monitoring") and
the words a resume uses for the same thing ("reduced inference cost", "owned ... to on-call").
The file is loaded and validated by `app.knowledge`; this module finds concepts in text."""

from __future__ import annotations

from app.analysis.text import find_phrases
from app.models.knowledge import Concept

_FOUND: dict[int, tuple[tuple[Concept, ...], dict[str, tuple[str, ...]]]] = {}
_FOUND_MAX = 4096  # texts remembered per concept lexicon


def concepts_in(text: str, concepts: tuple[Concept, ...]) -> tuple[str, ...]:
    """Ids of the concepts whose terms occur in the text, in lexicon order.

    Remembered per lexicon and text: a requirement is checked against every bullet, so each
    bullet is asked once per requirement."""
    entry = _FOUND.get(id(concepts))
    if entry is None or entry[0] is not concepts:
        if len(_FOUND) >= 4:
            _FOUND.clear()
        entry = _FOUND[id(concepts)] = (concepts, {})
    seen = entry[1]
    found = seen.get(text)
    if found is None:
        if len(seen) >= _FOUND_MAX:
            seen.clear()
        found = seen[text] = tuple(c.id for c in concepts if find_phrases(text, c.terms))
    return found


def concept_positions(text: str, concepts: tuple[Concept, ...]) -> dict[str, int]:
    """Concept id -> where in the text its first term occurs (for the requirement's lead
    concept: "Improve the cost efficiency of training pipelines" leads with cost)."""
    from app.analysis.text import normalize, phrase_start

    folded = normalize(text)
    out: dict[str, int] = {}
    for c in concepts:
        starts = [at for t in c.terms if (at := phrase_start(folded, t)) is not None]
        if starts:
            out[c.id] = min(starts)
    return out
