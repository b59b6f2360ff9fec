"""The core knowledge files: manifest, principles, questions, the classifier's exemplars,
lexicon and model, the skills taxonomy and requirement concepts."""

from __future__ import annotations

import functools
import json
import re
import zlib
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.errors import KnowledgeError
from app.knowledge.checks import (
    _COLOUR,
    CONCEPTS_PATH,
    EXEMPLARS_PATH,
    LEXICON_PATH,
    MODEL_PATH,
    SKILLS_PATH,
    _File,
    _flag,
    _join,
    _kind,
)
from app.models.knowledge import (
    LEVELS,
    ROUNDS,
    SKILL_KINDS,
    Concept,
    Exemplar,
    Lexicon,
    ModelArtifact,
    PatternTable,
    Principle,
    Question,
    Skill,
)

# --------------------------------------------------------------------------- the files


def _load_manifest(root: Path) -> tuple[str, tuple[str, ...]]:
    f = _File(root, Path("manifest.json"))
    data = f.obj(f.read_json(), "")
    version = f.text(data, "", "version")
    if not re.match(r"^\d{4}\.\d{1,2}\.\d+$", version):
        raise f.fail("version", f"{version!r} must look like '2026.11.1' (year.month.release)")
    files = f.strings(data, "", "files", min_len=1)
    for i, rel in enumerate(files):
        if rel.startswith(("/", "\\")) or ".." in Path(rel).parts:
            raise f.fail(f"files[{i}]", f"{rel!r} must be a path inside the knowledge folder")
        if not (root / rel).is_file():
            raise KnowledgeError(
                f"{root.name}/{rel}: file is missing (listed in {f.name} files[{i}]); "
                "reinstall LoopReady or restore the file"
            )
    return version, files


_PRINCIPLE_FIELDS = ("id", "name", "summary", "looks_for", "demonstrate_mle", "signals",
                     "probes", "ask_weight", "color", "short", "theme", "theme_short")


def _load_principles(root: Path) -> tuple[Principle, ...]:
    f = _File(root, Path("principles.json"))
    data = f.obj(f.read_json(), "")
    f.strings(data, "", "sources", min_len=1)
    ids: dict[str, str] = {}
    colours: dict[str, str] = {}
    shorts: dict[str, str] = {}
    theme_shorts: dict[str, str] = {}
    out: list[Principle] = []
    for w, obj in f.records(data, "principles", _PRINCIPLE_FIELDS):
        pid = f.ident(obj, w)
        f.unique(ids, pid, f"{w}.id")
        colour = f.text(obj, w, "color")
        if not _COLOUR.match(colour):
            raise f.fail(f"{w}.color", f"{colour!r} must be a colour like '#1f6feb'")
        f.unique(colours, colour.lower(), f"{w}.color", "colour")
        short = f.text(obj, w, "short")
        if not 2 <= len(short) <= 4:
            raise f.fail(f"{w}.short", f"{short!r} must be 2 to 4 characters")
        f.unique(shorts, short, f"{w}.short", "tag")
        theme = f.text(obj, w, "theme", required=False)
        theme_short = f.text(obj, w, "theme_short", required=False)
        if theme_short and not 2 <= len(theme_short) <= 4:
            raise f.fail(f"{w}.theme_short", f"{theme_short!r} must be 2 to 4 characters")
        if theme_short:
            f.unique(theme_shorts, theme_short, f"{w}.theme_short", "tag")
        out.append(Principle(
            id=pid,
            name=f.text(obj, w, "name"),
            summary=f.text(obj, w, "summary"),
            looks_for=f.text(obj, w, "looks_for"),
            demonstrate_mle=f.text(obj, w, "demonstrate_mle"),
            signals=f.strings(obj, w, "signals", min_len=5, lower=True),
            probes=f.strings(obj, w, "probes", min_len=2),
            ask_weight=f.number(obj, w, "ask_weight", 0.0, 1.0),
            color=colour.lower(),
            short=short,
            theme=theme,
            theme_short=theme_short,
        ))
    return tuple(out)


_QUESTION_FIELDS = ("id", "text", "principles", "rounds", "levels", "frequency", "source",
                    "looks_for", "tags", "family", "amazon_only")


def _load_questions(root: Path, principle_ids: frozenset[str],
                    families: frozenset[str] = frozenset()) -> tuple[Question, ...]:
    f = _File(root, Path("questions.json"))
    data = f.obj(f.read_json(), "")
    ids: dict[str, str] = {}
    texts: dict[str, str] = {}
    out: list[Question] = []
    for w, obj in f.records(data, "questions", _QUESTION_FIELDS):
        qid = f.ident(obj, w)
        f.unique(ids, qid, f"{w}.id")
        text = f.text(obj, w, "text")
        f.unique(texts, " ".join(text.lower().split()), f"{w}.text", "question text")
        principles = f.strings(obj, w, "principles", min_len=1, max_len=3)
        f.principle_refs(principles, w, "principles", principle_ids)
        out.append(Question(
            id=qid,
            text=text,
            principles=principles,
            rounds=f.strings(obj, w, "rounds", min_len=1, allowed=ROUNDS, what="round"),
            levels=f.strings(obj, w, "levels", min_len=1, allowed=LEVELS, what="level"),
            frequency=f.number(obj, w, "frequency", 0.0, 1.0),
            source=f.text(obj, w, "source"),
            looks_for=f.text(obj, w, "looks_for", required=False),
            tags=f.strings(obj, w, "tags", required=False, lower=True),
            family=_family(f, obj, w, families),
            amazon_only=f.flag(obj, w, "amazon_only"),
        ))
    return tuple(out)


def _family(f: _File, obj: dict[str, Any], where: str, families: frozenset[str]) -> str:
    family = f.text(obj, where, "family", required=False)
    if family and families and family not in families:
        raise f.fail(f"{where}.family", f"{family!r} is not a decode family in decodes.json "
                     f"(known: {', '.join(sorted(families))})")
    return family


def _load_exemplars(root: Path, principle_ids: Iterable[str]) -> tuple[Exemplar, ...]:
    f = _File(root, EXEMPLARS_PATH)
    if not f.path.is_file():
        return ()
    return _parse_exemplars(f, frozenset(principle_ids))


def load_exemplars(path: Path, principle_ids: Iterable[str]) -> tuple[Exemplar, ...]:
    """One exemplars file (JSON Lines) on its own, checked against `principle_ids`."""
    return _parse_exemplars(_File.at(path), frozenset(principle_ids))


def _parse_exemplars(f: _File, principle_ids: frozenset[str]) -> tuple[Exemplar, ...]:
    out: list[Exemplar] = []
    for lineno, line in enumerate(f.read_text().splitlines(), start=1):
        if not line.strip():
            continue
        w = f"line {lineno}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise f.fail(w, f"is not valid JSON (column {exc.colno}: {exc.msg})") from None
        obj = f.obj(item, w)
        text = f.text(obj, w, "text")
        # An empty list is allowed: a negative example (a line that evidences no principle).
        principles = f.strings(obj, w, "principles")
        f.principle_refs(principles, w, "principles", principle_ids)
        source = f.text(obj, w, "source", required=False)
        out.append(Exemplar(text=text, principles=principles, source=source))
    return tuple(out)


# skills.json: the taxonomy the skill matcher (app/skills.py) searches text with.

_SKILL_FIELDS = ("name", "category", "synonyms", "ambiguous", "exact", "kind_of", "context_spellings",
                 "context_words", "kinds", "serves_models", "programming")


def _load_skills(root: Path) -> tuple[Skill, ...]:
    return load_skill_taxonomy(root / SKILLS_PATH)


def load_skill_taxonomy(path: Path | None = None) -> tuple[Skill, ...]:
    """The validated skills of `knowledge/skills.json` (or `path`), cached per file version.

    Raises KnowledgeError naming the file and the field ("knowledge/skills.json:
    skills[12].category is missing") so a broken edit is found at once.
    """
    if path is None:
        from app.paths import knowledge_dir

        path = knowledge_dir() / SKILLS_PATH
    f = _File.at(Path(path))
    try:
        mtime = f.path.stat().st_mtime_ns
    except OSError:
        raise KnowledgeError(
            f"{f.name}: file is missing; reinstall LoopReady or restore the file") from None
    return _skills_cached(str(f.path.resolve()), mtime)


@functools.lru_cache(maxsize=8)
def _skills_cached(path: str, mtime_ns: int) -> tuple[Skill, ...]:
    f = _File.at(Path(path))
    return _parse_skills(f, f.read_json())


def _parse_skills(f: _File, data: Any) -> tuple[Skill, ...]:
    from app.skills import skill_key

    if not isinstance(data, dict):
        raise f.fail("", "the top level must be an object with 'version' and 'skills'")
    for key in ("version", "skills"):
        f.field(data, "", key)
    if not isinstance(data["version"], str) or not data["version"].strip():
        raise f.fail("version", "must be a non-empty string")
    if not isinstance(data["skills"], list) or not data["skills"]:
        raise f.fail("skills", "must be a non-empty list")
    skills: list[Skill] = []
    names: dict[str, str] = {}
    owner: dict[tuple[str, ...], str] = {}
    for i, raw in enumerate(data["skills"]):
        w = f"skills[{i}]"
        if not isinstance(raw, dict):
            raise f.fail(w, "must be an object with name, category and synonyms")
        f.known_fields(raw, w, _SKILL_FIELDS)
        f.field(raw, w, "name")
        f.field(raw, w, "category")
        f.field(raw, w, "synonyms")
        skill = Skill(
            name=f.text(raw, w, "name"),
            category=f.text(raw, w, "category"),
            synonyms=_spellings(f, raw, w, "synonyms"),
            ambiguous=_spellings(f, raw, w, "ambiguous"),
            exact=_spellings(f, raw, w, "exact"),
            kind_of=_spellings(f, raw, w, "kind_of"),
            context_spellings=_spellings(f, raw, w, "context_spellings"),
            context_words=_spellings(f, raw, w, "context_words"),
            kinds=f.strings(raw, w, "kinds", required=False, allowed=SKILL_KINDS,
                            what="kind of skill"),
            serves_models=f.flag(raw, w, "serves_models"),
            programming=f.flag(raw, w, "programming", default=True),
        )
        if not skill.programming and skill.category != "language":
            raise f.fail(f"{w}.programming", "may be false only for a skill of category 'language' "
                         "(markup or queries: no programming language)")
        if bool(skill.context_spellings) != bool(skill.context_words):
            raise f.fail(f"{w} ({skill.name}):", "context_spellings and context_words go together: "
                         "a spelling that means this skill only beside some words needs those words")
        if skill.name in names:
            raise f.fail(f"{w}.name", f"{skill.name!r} is a duplicate of {names[skill.name]}")
        names[skill.name] = w
        special = {skill_key(s) for s in skill.ambiguous + skill.exact}
        spellings = [s for s in (skill.name, *skill.synonyms) if skill_key(s) not in special]
        for spelling in (*spellings, *skill.ambiguous, *skill.exact):
            spelled = skill_key(spelling)
            if not spelled:
                raise f.fail(f"{w} ({skill.name}):",
                             f"spelling {spelling!r} has no letters or digits")
            other = owner.get(spelled)
            if other is not None and other != skill.name:
                raise f.fail(f"{w} ({skill.name}):",
                             f"spelling {spelling!r} clashes with skill {other!r}; "
                             "each spelling may belong to one skill only")
            owner[spelled] = skill.name
        skills.append(skill)
    for i, skill in enumerate(skills):
        for broader in skill.kind_of:
            if broader not in names or broader == skill.name:
                raise f.fail(f"skills[{i}].kind_of", f"{broader!r} is not another skill of the "
                             "taxonomy")
    return tuple(skills)


def _spellings(f: _File, obj: dict[str, Any], where: str, key: str) -> tuple[str, ...]:
    """A skill's list of spellings (absent or null: none)."""
    value = obj.get(key)
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise f.fail(_join(where, key), "must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


# concepts.json: what a posting calls a common requirement and what a resume calls the same.

_CONCEPT_FIELDS = ("id", "name", "terms", "gate")


def _load_concepts(root: Path) -> tuple[Concept, ...]:
    f = _File(root, CONCEPTS_PATH)
    return _parse_concepts(f, f.read_json())


def parse_concepts(data: Any, path: Path) -> tuple[Concept, ...]:
    """Validate the decoded JSON of a concepts file (shown as `path` in errors)."""
    return _parse_concepts(_File.at(path), data)


def _parse_concepts(f: _File, data: Any) -> tuple[Concept, ...]:
    data = f.obj(data, "")
    f.integer(data, "", "version", 1)
    seen: dict[str, str] = {}
    out: list[Concept] = []
    for w, obj in f.records(data, "concepts", _CONCEPT_FIELDS):
        cid = f.ident(obj, w)
        f.unique(seen, cid, f"{w}.id")
        name = f.text(obj, w, "name") if "name" in obj else cid
        terms = f.strings(obj, w, "terms", min_len=1)
        out.append(Concept(cid, name, tuple(t.lower() for t in terms), _flag(f, obj, w, "gate")))
    return tuple(out)


# classifier/lexicon.json: evidence patterns per principle, and lines that are no achievement.

_LEXICON_FIELDS = ("version", "about", "principles", "skip", "keep")
_PATTERN_FIELDS = ("pattern", "weight")


def _load_lexicon(root: Path, principle_ids: tuple[str, ...]) -> Lexicon | None:
    f = _File(root, LEXICON_PATH)
    if not f.path.is_file():
        return None  # optional like the exemplars; the classifier says so when asked to run
    data = f.obj(f.read_json(), "")
    f.known_fields(data, "", _LEXICON_FIELDS)
    table = f.obj(f.field(data, "", "principles"), "principles")
    for pid in table:
        if pid not in principle_ids:
            raise f.fail(f"principles.{pid}", f"{pid!r} is not a principle id")
    sources = {pid: _pattern_entries(f, table.get(pid, []), f"principles.{pid}")
               for pid in principle_ids}
    # Without capitals the patterns are matched case-sensitively against the lowercased line
    # (`Lexicon.lower`), and only those are compiled here; `Lexicon.patterns` (IGNORECASE)
    # compiles on first use. A pattern is valid or not whatever the case flag.
    plain = not any(re.search("[A-Z]", re.sub(r"\\.", "", text))
                    for pats in sources.values() for text, _w in pats)
    flags = 0 if plain else re.IGNORECASE
    compiled = {pid: _compiled(f, pats, f"principles.{pid}", flags)
                for pid, pats in sources.items()}
    lexicon = Lexicon(sources=sources, skip=_patterns(f, data.get("skip", []), "skip"),
                      keep=_patterns(f, data.get("keep", []), "keep"),
                      lower=compiled if plain else None)
    if not plain:
        lexicon.__dict__["patterns"] = compiled  # already compiled case-insensitively
    return lexicon


def _patterns(f: _File, entries: Any, where: str) -> PatternTable:
    return _compiled(f, _pattern_entries(f, entries, where), where, re.IGNORECASE)


def _compiled(f: _File, entries: tuple[tuple[str, float], ...], where: str,
              flags: int) -> PatternTable:
    """Each checked (pattern, weight) compiled; an invalid pattern names its place."""
    out: list[tuple[re.Pattern[str], float]] = []
    for i, (pattern, weight) in enumerate(entries):
        try:
            out.append((re.compile(pattern, flags), weight))
        except re.error as exc:
            raise f.fail(f"{where}[{i}].pattern",
                         f"is not a valid regular expression ({exc})") from None
    return tuple(out)


def _pattern_entries(f: _File, entries: Any, where: str) -> tuple[tuple[str, float], ...]:
    """(pattern text, weight) of each entry, its fields checked (not yet compiled)."""
    if not isinstance(entries, list):
        raise f.fail(where, f"must be a list of patterns, not {_kind(entries)}")
    out: list[tuple[str, float]] = []
    for i, entry in enumerate(entries):
        w = f"{where}[{i}]"
        obj = f.obj(entry, w)
        f.known_fields(obj, w, _PATTERN_FIELDS)
        pattern = f.text(obj, w, "pattern")
        weight = f.number(obj, w, "weight", 0.0, 1.0)
        if weight <= 0.0:
            raise f.fail(f"{w}.weight", "must be above 0 (remove a pattern that counts for "
                         "nothing)")
        out.append((pattern, weight))
    return tuple(out)


# classifier/model.json: built from the exemplars and lexicon by scripts/build_classifier.py.
# A missing or unreadable model is no error: the analysis trains one at run time and warns.


def classifier_model_path(root: Path | None = None) -> Path:
    """Where the prebuilt classifier model lives (the build script writes it there)."""
    if root is None:
        from app.paths import knowledge_dir

        root = knowledge_dir()
    return Path(root) / MODEL_PATH


def read_model_artifact(path: Path) -> ModelArtifact:
    """The prebuilt classifier model as stored, or why it cannot be used."""
    f = _File.at(Path(path))
    if not f.path.is_file():
        return ModelArtifact(f.name, None, "is missing")
    try:
        data = f.path.read_bytes()
        document = json.loads(data.decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return ModelArtifact(f.name, None, f"is unreadable ({exc})")
    if not isinstance(document, dict):
        return ModelArtifact(f.name, None, f"must be an object, not {_kind(document)}")
    return ModelArtifact(f.name, document, path=str(f.path), crc=zlib.crc32(data))


def reread_model_document(path: str, crc: int) -> tuple[dict[str, Any] | None, str]:
    """The document of a model file read before (its bytes' CRC-32 `crc`), and no problem;
    or None and why, when the file is gone or no longer those bytes."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return None, f"is unreadable ({exc})"
    if zlib.crc32(data) != crc:
        return None, "changed after the knowledge was loaded"
    return json.loads(data.decode("utf-8")), ""


def _load_model(root: Path) -> ModelArtifact:
    return replace(read_model_artifact(root / MODEL_PATH), name=_File(root, MODEL_PATH).name)
