"""Load and validate the knowledge base in `knowledge/` into plain frozen dataclasses.

The one door to `knowledge/`: no other module opens a file there (a test proves it). Knowledge
is data: principles, the question bank, the skills taxonomy, requirement concepts, role packs
and the principle classifier's exemplars, evidence patterns and prebuilt model are versioned
files. Every file is checked on load (JSON syntax, required fields and types, unique ids,
cross-references between files, allowed rounds, levels, colours, ranges and regular
expressions) and any problem raises `KnowledgeError` naming the file and the field, e.g.
``knowledge/questions.json: questions[17].principles[0] 'ownersihp' is not a principle id``.
The result is loaded once per folder and passed in to whoever needs it. A new role is a new
file in `knowledge/roles/`; no code changes.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from pathlib import Path

from app.errors import KnowledgeError
from app.knowledge.base import (
    _load_concepts,
    _load_exemplars,
    _load_lexicon,
    _load_manifest,
    _load_model,
    _load_principles,
    _load_questions,
    _load_skills,
    _skills_cached,
    classifier_model_path,
    load_exemplars,
    load_skill_taxonomy,
    parse_concepts,
    read_model_artifact,
)
from app.knowledge.cache import cached_knowledge
from app.knowledge.checks import (
    AUTO_ROLE,
    SKILLS_PATH,
    TOPIC_KINDS,
)
from app.knowledge.coaching import (
    WORDING_PLACEHOLDERS,
    _load_coaching,
    _load_decodes,
    _load_evidence,
)
from app.knowledge.practice import _load_practice
from app.knowledge.roles import (
    ROLE_FAMILIES,
    _load_companies,
    _load_countries,
    _load_regions,
    _load_risks,
    _load_roles,
)
from app.models.knowledge import (
    Knowledge,
    Question,
    RolePack,
    Skill,
)

__all__ = [
    "AUTO_ROLE",
    "ROLE_FAMILIES",
    "TOPIC_KINDS",
    "WORDING_PLACEHOLDERS",
    "choose_role",
    "classifier_model_path",
    "clear_cache",
    "get_role",
    "list_roles",
    "load_exemplars",
    "load_knowledge",
    "load_skill_taxonomy",
    "parse_concepts",
    "posting_skills",
    "questions_for_principle",
    "read_model_artifact",
    "role_for_title",
]


# --------------------------------------------------------------------------- public API


def load_knowledge(root: Path | None = None) -> Knowledge:
    """Load and validate the knowledge folder (default: the bundled one), cached per folder.

    Raises KnowledgeError naming the file and field of the first problem found.
    """
    if root is None:
        from app.paths import knowledge_dir

        root = knowledge_dir()
    return _load_cached(str(Path(root).resolve()))


@functools.lru_cache(maxsize=8)
def _load_cached(root_key: str) -> Knowledge:
    root = Path(root_key)
    if not root.is_dir():
        raise KnowledgeError(
            f"Knowledge folder not found at {root}; reinstall LoopReady or set LOOPREADY_KNOWLEDGE"
        )
    knowledge = cached_knowledge(root, functools.partial(_load_prepared, root))
    if knowledge.skill_matcher is not None:
        from app.skills import SkillMatcher

        SkillMatcher.ready(knowledge.skill_matcher)
    _LOADED.pop(root_key, None)
    _LOADED[root_key] = knowledge
    while len(_LOADED) > 8:  # as many as _load_cached keeps (tests load many folders)
        _LOADED.pop(next(iter(_LOADED)))
    return knowledge


_LOADED: dict[str, Knowledge] = {}  # what _load_cached returned, by folder, latest last


def posting_skills(root: Path | None = None) -> tuple[Skill, ...]:
    """The validated skills taxonomy for reading a posting (the same tuple as
    `Knowledge.skills`): the loaded knowledge's when this process holds it (a worker forked
    from the app inherits it), else `skills.json` alone (~0.02 s, not the whole folder)."""
    if root is None:
        from app.paths import knowledge_dir

        root = knowledge_dir()
    loaded = _LOADED.get(str(Path(root).resolve()))
    if loaded is not None:
        return loaded.skills
    return load_skill_taxonomy(Path(root) / SKILLS_PATH)


def _load_prepared(root: Path) -> Knowledge:
    """`_load_checked`, with the classifier's prebuilt model decoded when it matches the
    exemplars and lexicon, and the skills matcher built (kept in the cache with the rest:
    ~0.05 s of every start)."""
    from app.analysis.principles import prepare_model  # the analysis imports this package
    from app.skills import SkillMatcher

    knowledge = _load_checked(root)
    return dataclasses.replace(knowledge, prepared_model=prepare_model(knowledge),
                               skill_matcher=SkillMatcher(knowledge.skills))


def _load_checked(root: Path) -> Knowledge:
    """Every file of `root` read and checked (what `app.knowledge.cache` keeps between runs)."""
    version, _files = _load_manifest(root)
    principles = _load_principles(root)
    principle_ids = frozenset(p.id for p in principles)
    companies = _load_companies(root)
    regions = _load_regions(root)
    roles = _load_roles(root, principle_ids, frozenset(c.id for c in companies),
                        frozenset(r.id for r in regions))
    decodes = _load_decodes(root)
    coaching, wording = _load_coaching(root, principle_ids)
    return Knowledge(
        version=version,
        principles=principles,
        questions=_load_questions(root, principle_ids, frozenset(decodes)),
        skills=_load_skills(root),
        exemplars=_load_exemplars(root, principle_ids),
        roles=roles,
        concepts=_load_concepts(root),
        lexicon=_load_lexicon(root, tuple(p.id for p in principles)),
        classifier_model=_load_model(root),
        companies=companies,
        regions=regions,
        countries=_load_countries(root, frozenset(r.id for r in regions)),
        risk_rules=_load_risks(root, principle_ids, frozenset(roles)),
        evidence=_load_evidence(root, tuple(p.id for p in principles)),
        decodes=decodes,
        coaching=coaching,
        wording=wording,
        practice=_load_practice(root, frozenset(decodes)),
    )


def clear_cache() -> None:
    """Forget loaded knowledge (after the files changed on disk)."""
    _load_cached.cache_clear()
    _LOADED.clear()
    _skills_cached.cache_clear()


def list_roles(knowledge: Knowledge) -> list[RolePack]:
    """Every role pack, sorted by id (for menus and the CLI `--role` choices)."""
    return [knowledge.roles[k] for k in sorted(knowledge.roles)]


def get_role(knowledge: Knowledge, role_id: str) -> RolePack:
    """The role pack `role_id`, or a KnowledgeError that lists the ones available."""
    try:
        return knowledge.roles[role_id]
    except KeyError:
        available = ", ".join(sorted(knowledge.roles)) or "none"
        raise KnowledgeError(
            f"Unknown role {role_id!r}; choose one of: {available}"
        ) from None


def choose_role(knowledge: Knowledge, role: str, job_title: str = "") -> RolePack:
    """The role pack asked for: `role` by id, or with AUTO_ROLE the pack whose title keywords
    match the posting's title (an SDE posting gets the SDE pack), else the Amazon MLE pack.
    Raises KnowledgeError listing the known roles for an unknown id."""
    if role == AUTO_ROLE:
        return role_for_title(knowledge, job_title)
    return get_role(knowledge, role)


def role_for_title(knowledge: Knowledge, title: str, default: str = "amazon-mle") -> RolePack:
    """The role pack whose title keywords best match a job title (longest keyword wins).

    Falls back to `default` (or the first pack) when nothing matches.
    """
    low = f" {_words(title)} "
    best: tuple[int, str] | None = None
    for pack in list_roles(knowledge):
        for kw in pack.title_keywords:
            key = _words(kw)
            if key and f" {key} " in low:
                cand = (len(key), pack.id)
                if best is None or cand[0] > best[0]:
                    best = cand
    if best is not None:
        return knowledge.roles[best[1]]
    if default in knowledge.roles:
        return knowledge.roles[default]
    return list_roles(knowledge)[0]


def _words(text: str) -> str:
    """Lower-case words joined by single spaces: "SDE, ML" and "sde - ml" compare equal."""
    return " ".join(re.findall(r"[a-z0-9+#]+", text.lower()))


def questions_for_principle(knowledge: Knowledge, principle_id: str) -> list[Question]:
    """Questions that test `principle_id` (as any of their principles), most frequent first."""
    hits = [q for q in knowledge.questions if principle_id in q.principles]
    return sorted(hits, key=lambda q: (-q.frequency, q.principles.index(principle_id), q.id))
