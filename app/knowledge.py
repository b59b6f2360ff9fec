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

import functools
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.errors import KnowledgeError
from app.models.knowledge import (
    LEVELS,
    RISK_CONDITIONS,
    ROUNDS,
    Company,
    Coaching,
    Concept,
    Decode,
    EvidenceRule,
    EvidenceRules,
    Exemplar,
    Knowledge,
    Level,
    Lexicon,
    ModelArtifact,
    PatternTable,
    Principle,
    Question,
    Region,
    RiskRule,
    RolePack,
    Skill,
    Stage,
    Topic,
    Wording,
)

__all__ = [
    "AUTO_ROLE",
    "TOPIC_KINDS",
    "choose_role",
    "classifier_model_path",
    "clear_cache",
    "get_role",
    "list_roles",
    "load_exemplars",
    "load_knowledge",
    "load_skill_taxonomy",
    "parse_concepts",
    "questions_for_principle",
    "read_model_artifact",
    "role_for_title",
]

TOPIC_KINDS = ("system-design", "coding", "fundamentals")
AUTO_ROLE = "auto"  # the role choice that follows the posting's title
SKILLS_PATH = Path("skills.json")
CONCEPTS_PATH = Path("concepts.json")
EXEMPLARS_PATH = Path("classifier") / "exemplars.jsonl"
LEXICON_PATH = Path("classifier") / "lexicon.json"
MODEL_PATH = Path("classifier") / "model.json"
COMPANIES_PATH, REGIONS_PATH, RISKS_PATH = Path("companies.json"), Path("regions.json"), Path("risks.json")
EVIDENCE_PATH = Path("evidence.json")
DECODES_PATH = Path("decodes.json")
COACHING_PATH = Path("coaching.json")

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_ALLOWED_PLACEHOLDERS = frozenset({"team", "product"})
_MAX_EMPHASIS = 1.0
_MAX_TOPIC_WEIGHT = 3.0


# --------------------------------------------------------------------------- checking helpers


class _File:
    """One knowledge file being validated: knows its display name and formats errors."""

    def __init__(self, root: Path, rel: Path) -> None:
        self.path = root / rel
        self.name = f"{root.name}/{rel.as_posix()}"

    @classmethod
    def at(cls, path: Path) -> _File:
        """A file on its own (not inside a knowledge folder), shown as "folder/name"."""
        path = Path(path)
        return cls(path.parent, Path(path.name))

    def fail(self, where: str, problem: str) -> KnowledgeError:
        location = f"{where} " if where else ""
        return KnowledgeError(f"{self.name}: {location}{problem}")

    def read_json(self) -> Any:
        text = self.read_text()
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise KnowledgeError(
                f"{self.name}: invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg} "
                "(the file is not valid JSON: undo the last edit or reinstall LoopReady)"
            ) from None

    def read_text(self) -> str:
        if not self.path.is_file():
            raise KnowledgeError(
                f"{self.name}: file is missing; reinstall LoopReady or restore the file"
            )
        try:
            return self.path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise KnowledgeError(f"{self.name}: cannot be read as UTF-8 text ({exc})") from None

    # Typed field access. `where` is the JSON path of the containing object ("questions[3]").

    def obj(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, f"must be an object, not {_kind(value)}")
        return value

    def known_fields(self, obj: dict[str, Any], where: str, allowed: Iterable[str]) -> None:
        allowed = set(allowed)
        for key in obj:
            if key not in allowed:
                raise self.fail(
                    _join(where, key), f"is not a known field (allowed: {', '.join(sorted(allowed))})"
                )

    def field(self, obj: dict[str, Any], where: str, key: str) -> Any:
        if key not in obj:
            raise self.fail(_join(where, key), "is missing")
        return obj[key]

    def text(self, obj: dict[str, Any], where: str, key: str, *, required: bool = True,
             default: str = "") -> str:
        if not required and key not in obj:
            return default
        value = self.field(obj, where, key)
        if not isinstance(value, str):
            raise self.fail(_join(where, key), f"must be a string, not {_kind(value)}")
        if required and not value.strip():
            raise self.fail(_join(where, key), "must not be empty")
        return value.strip()

    def number(self, obj: dict[str, Any], where: str, key: str, lo: float, hi: float | None,
               *, required: bool = True, default: float = 0.0) -> float:
        if not required and key not in obj:
            return default
        value = self.field(obj, where, key)
        return self.number_value(value, _join(where, key), lo, hi)

    def number_value(self, value: Any, where: str, lo: float, hi: float | None) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.fail(where, f"must be a number, not {_kind(value)}")
        if value != value or value < lo or (hi is not None and value > hi):
            span = f"{lo:g}..{hi:g}" if hi is not None else f">= {lo:g}"
            raise self.fail(where, f"{value!r} is out of range ({span})")
        return float(value)

    def flag(self, obj: dict[str, Any], where: str, key: str, default: bool = False) -> bool:
        if key not in obj:
            return default
        value = obj[key]
        if not isinstance(value, bool):
            raise self.fail(_join(where, key), f"must be true or false, not {_kind(value)}")
        return value

    def regexes(self, value: Any, where: str) -> tuple[re.Pattern[str], ...]:
        """A list of case-insensitive regular expressions (an OR group)."""
        if not isinstance(value, list) or not value:
            raise self.fail(where, "must be a non-empty list of regular expressions")
        out = []
        for i, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                raise self.fail(f"{where}[{i}]", "must be a non-empty string")
            try:
                out.append(re.compile(item, re.IGNORECASE))
            except re.error as exc:
                raise self.fail(f"{where}[{i}]", f"is not a valid regular expression ({exc})") from None
        return tuple(out)

    def needs(self, obj: dict[str, Any], where: str, key: str) -> tuple[tuple[re.Pattern[str], ...], ...]:
        """Groups of regular expressions (all groups must match; any pattern in a group)."""
        value = obj.get(key, [])
        if not isinstance(value, list):
            raise self.fail(_join(where, key), f"must be a list of pattern groups, not {_kind(value)}")
        return tuple(self.regexes(g, f"{_join(where, key)}[{i}]") for i, g in enumerate(value))

    def integer(self, obj: dict[str, Any], where: str, key: str, lo: int) -> int:
        value = self.field(obj, where, key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(_join(where, key), f"must be a whole number, not {_kind(value)}")
        if value < lo:
            raise self.fail(_join(where, key), f"{value!r} is out of range (>= {lo})")
        return value

    def strings(self, obj: dict[str, Any], where: str, key: str, *, required: bool = True,
                min_len: int = 0, max_len: int | None = None, lower: bool = False,
                allowed: Iterable[str] | None = None, what: str = "value") -> tuple[str, ...]:
        if not required and key not in obj:
            return ()
        value = self.field(obj, where, key)
        path = _join(where, key)
        if not isinstance(value, list):
            raise self.fail(path, f"must be a list of strings, not {_kind(value)}")
        allowed_set = tuple(allowed) if allowed is not None else None
        out: list[str] = []
        for i, item in enumerate(value):
            ipath = f"{path}[{i}]"
            if not isinstance(item, str):
                raise self.fail(ipath, f"must be a string, not {_kind(item)}")
            item = item.strip()
            if not item:
                raise self.fail(ipath, "must not be empty")
            if lower and item != item.lower():
                raise self.fail(ipath, f"{item!r} must be lower-case")
            if allowed_set is not None and item not in allowed_set:
                raise self.fail(
                    ipath, f"{item!r} is not a {what} (allowed: {', '.join(allowed_set)})"
                )
            if item in out:
                raise self.fail(ipath, f"{item!r} is listed twice")
            out.append(item)
        if len(out) < min_len:
            raise self.fail(path, f"needs at least {min_len} item(s), has {len(out)}")
        if max_len is not None and len(out) > max_len:
            raise self.fail(path, f"allows at most {max_len} item(s), has {len(out)}")
        return tuple(out)

    def ident(self, obj: dict[str, Any], where: str, key: str = "id") -> str:
        value = self.text(obj, where, key)
        if not _ID.match(value):
            raise self.fail(
                _join(where, key),
                f"{value!r} must be lower-case words joined by hyphens (e.g. 'dive-deep')",
            )
        return value

    def choice(self, obj: dict[str, Any], where: str, key: str, allowed: tuple[str, ...],
               what: str) -> str:
        value = self.text(obj, where, key)
        if value not in allowed:
            raise self.fail(_join(where, key),
                            f"{value!r} is not a {what} (allowed: {', '.join(allowed)})")
        return value

    def records(self, data: dict[str, Any], key: str,
                fields: Iterable[str]) -> Iterator[tuple[str, dict[str, Any]]]:
        """(path, object) for each item of the list `key`: an object with only `fields`."""
        for i, item in enumerate(self.items(data, key)):
            where = f"{key}[{i}]"
            obj = self.obj(item, where)
            self.known_fields(obj, where, fields)
            yield where, obj

    def items(self, data: dict[str, Any], key: str, *, min_len: int = 1) -> list[Any]:
        value = self.field(data, "", key)
        if not isinstance(value, list):
            raise self.fail(key, f"must be a list, not {_kind(value)}")
        if len(value) < min_len:
            raise self.fail(key, f"needs at least {min_len} item(s), has {len(value)}")
        return value

    def unique(self, seen: dict[str, str], value: str, where: str, what: str = "id") -> None:
        if value in seen:
            raise self.fail(where, f"{what} {value!r} is already used by {seen[value]}")
        seen[value] = where

    def principle_refs(self, values: tuple[str, ...], where: str, key: str,
                       principle_ids: frozenset[str]) -> None:
        for i, pid in enumerate(values):
            if pid not in principle_ids:
                raise self.fail(f"{_join(where, key)}[{i}]", f"{pid!r} is not a principle id")


def _join(where: str, key: str) -> str:
    if not where:
        return key
    if where.startswith("line "):  # JSON Lines: "line 12, field principles"
        return f"{where}, field {key}"
    return f"{where}.{key}"


def _kind(value: Any) -> str:
    return {
        dict: "an object", list: "a list", str: "a string", bool: "true/false",
        int: "a number", float: "a number", type(None): "null",
    }.get(type(value), type(value).__name__)


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
                     "probes", "ask_weight", "color", "short")


def _load_principles(root: Path) -> tuple[Principle, ...]:
    f = _File(root, Path("principles.json"))
    data = f.obj(f.read_json(), "")
    f.strings(data, "", "sources", min_len=1)
    ids: dict[str, str] = {}
    colours: dict[str, str] = {}
    shorts: dict[str, str] = {}
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
        out.append(Exemplar(text=text, principles=principles))
    return tuple(out)


# skills.json: the taxonomy the skill matcher (app/skills.py) searches text with.

_SKILL_FIELDS = ("name", "category", "synonyms", "ambiguous", "exact")


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
        )
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

_LEXICON_FIELDS = ("version", "about", "principles", "skip")
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
    patterns = {pid: _patterns(f, table.get(pid, []), f"principles.{pid}")
                for pid in principle_ids}
    lower = None
    if not any(re.search("[A-Z]", re.sub(r"\\.", "", p.pattern))
               for pats in patterns.values() for p, _ in pats):
        lower = {pid: tuple((re.compile(p.pattern), w) for p, w in pats)
                 for pid, pats in patterns.items()}
    return Lexicon(patterns=patterns, skip=_patterns(f, data.get("skip", []), "skip"),
                   lower=lower)


def _patterns(f: _File, entries: Any, where: str) -> PatternTable:
    if not isinstance(entries, list):
        raise f.fail(where, f"must be a list of patterns, not {_kind(entries)}")
    out: list[tuple[re.Pattern[str], float]] = []
    for i, entry in enumerate(entries):
        w = f"{where}[{i}]"
        obj = f.obj(entry, w)
        f.known_fields(obj, w, _PATTERN_FIELDS)
        pattern = f.text(obj, w, "pattern")
        weight = f.number(obj, w, "weight", 0.0, 1.0)
        if weight <= 0.0:
            raise f.fail(f"{w}.weight", "must be above 0 (remove a pattern that counts for "
                         "nothing)")
        try:
            out.append((re.compile(pattern, re.IGNORECASE), weight))
        except re.error as exc:
            raise f.fail(f"{w}.pattern", f"is not a valid regular expression ({exc})") from None
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
        document = json.loads(f.path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return ModelArtifact(f.name, None, f"is unreadable ({exc})")
    if not isinstance(document, dict):
        return ModelArtifact(f.name, None, f"must be an object, not {_kind(document)}")
    return ModelArtifact(f.name, document)


def _load_model(root: Path) -> ModelArtifact:
    return replace(read_model_artifact(root / MODEL_PATH), name=_File(root, MODEL_PATH).name)


# evidence.json: what a line must show before a principle is credited to it as a story.

_EVIDENCE_FIELDS = ("version", "about", "principles", "substance")
_RULE_FIELDS = ("shows", "needs", "floor")
_SUBSTANCE_FIELDS = ("weak_openings", "result", "scope", "reports_only")


def _load_evidence(root: Path, principle_ids: tuple[str, ...]) -> EvidenceRules:
    f = _File(root, EVIDENCE_PATH)
    data = f.obj(f.read_json(), "")
    f.known_fields(data, "", _EVIDENCE_FIELDS)
    table = f.obj(f.field(data, "", "principles"), "principles")
    rules: dict[str, EvidenceRule] = {}
    for pid, raw in table.items():
        where = f"principles.{pid}"
        if pid not in principle_ids:
            raise f.fail(where, f"{pid!r} is not a principle id")
        obj = f.obj(raw, where)
        f.known_fields(obj, where, _RULE_FIELDS)
        rules[pid] = EvidenceRule(pid, f.text(obj, where, "shows"), f.needs(obj, where, "needs"),
                                  f.number(obj, where, "floor", 0.0, 1.0, required=False))
    missing = [pid for pid in principle_ids if pid not in rules]
    if missing:
        raise f.fail("principles", f"{missing[0]!r} is missing: every principle needs its rule")
    sub = f.obj(f.field(data, "", "substance"), "substance")
    f.known_fields(sub, "substance", _SUBSTANCE_FIELDS)
    return EvidenceRules(
        rules=rules,
        weak_openings=f.regexes(f.field(sub, "substance", "weak_openings"), "substance.weak_openings"),
        result=f.regexes(f.field(sub, "substance", "result"), "substance.result"),
        scope=f.regexes(f.field(sub, "substance", "scope"), "substance.scope"),
        reports_only=f.regexes(f.field(sub, "substance", "reports_only"), "substance.reports_only"),
    )


# decodes.json: the answer decode of each question family.

_DECODES_FIELDS = ("version", "about", "families")
_DECODE_FIELDS = ("id", "name", "listens_for", "shape", "pitfalls", "follow_ups",
                  "strong_vs_adequate", "story_kind", "story_needs", "find_example", "takes_story")
_SHAPE_PLACEHOLDERS = frozenset({"title", "situation", "action", "result", "principle", "shows"})


def _load_decodes(root: Path) -> dict[str, Decode]:
    f = _File(root, DECODES_PATH)
    data = f.obj(f.read_json(), "")
    f.known_fields(data, "", _DECODES_FIELDS)
    out: dict[str, Decode] = {}
    seen: dict[str, str] = {}
    for w, obj in f.records(data, "families", _DECODE_FIELDS):
        fid = f.ident(obj, w)
        f.unique(seen, fid, f"{w}.id")
        shape = f.strings(obj, w, "shape", min_len=3)
        for i, step in enumerate(shape):
            _check_placeholders(f, f"{w}.shape[{i}]", step, _SHAPE_PLACEHOLDERS)
        out[fid] = Decode(
            id=fid,
            name=f.text(obj, w, "name"),
            listens_for=f.text(obj, w, "listens_for"),
            shape=shape,
            pitfalls=f.strings(obj, w, "pitfalls", min_len=2, max_len=3),
            follow_ups=f.strings(obj, w, "follow_ups", min_len=1),
            strong_vs_adequate=f.text(obj, w, "strong_vs_adequate"),
            story_kind=f.text(obj, w, "story_kind"),
            story_needs=f.needs(obj, w, "story_needs"),
            find_example=f.text(obj, w, "find_example"),
            takes_story=f.flag(obj, w, "takes_story", default=True),
        )
    return out


def _check_placeholders(f: _File, where: str, text: str, allowed: frozenset[str]) -> None:
    for name in _PLACEHOLDER.findall(text):
        if name not in allowed:
            raise f.fail(where, f"placeholder {{{name}}} is unknown (allowed: "
                         f"{', '.join(sorted(allowed))})")


# coaching.json: how to find a real example, story frames, adjacency, and user-facing wording.

_COACHING_FIELDS = ("version", "about", "principles", "wording", "ask_whys")
_COACH_FIELDS = ("find_example", "frame", "adjacent")
#: the templates the analysis uses, with the placeholders each may hold
WORDING_PLACEHOLDERS: dict[str, frozenset[str]] = {
    **{k: frozenset({"principle", "shows", "bullet", "adjacent", "adjacent_shows", "find_example",
                     "story_kind"})
       for k in ("gap.none.title", "gap.thin.title", "gap.none.name", "gap.thin.name",
                 "gap.thin.use", "gap.bridge", "gap.no_bridge", "gap.find", "gap.none_found",
                 "gap.family.title", "gap.family.name")},
    "gap.risk": frozenset({"line", "prepare"}),
    "gap.risk_bridge": frozenset({"bullets"}),
    **{k: frozenset({"frame", "frame_short"})
       for k in ("frame.title", "frame.situation", "frame.task", "frame.action", "frame.result",
                 "frame.hook")},
    **{k: frozenset({"title", "shows", "listens", "situation_hint", "action_hint", "result_hint",
                     "story_kind", "principle", "find_example"})
       for k in ("angle.story", "angle.story_parts", "angle.no_result", "angle.no_story",
                 "angle.no_story_principle_shown", "angle.takes_no_story", "angle.story_taken")},
    **{k: frozenset({"topic", "principle", "level", "title", "story_kind"})
       for k in ("why.often", "why.sometimes", "why.rarely", "why.posting", "why.strong",
                 "why.thin", "why.none", "why.story_fit", "why.no_fit", "why.takes_no_story",
                 "why.level_scope", "why.level_basics")},
    **{k: frozenset({"count", "shows", "phrase"})
       for k in ("principle.strong", "principle.strong_one", "principle.thin",
                 "principle.thin_weak", "principle.none")},
    **{k: frozenset({"quoted", "names", "name", "phrase", "shows"})
       for k in ("bullet.credited", "bullet.credited_two", "bullet.reads_as", "bullet.not_story",
                 "bullet.skip")},
}


def _load_coaching(root: Path, principle_ids: frozenset[str]
                   ) -> tuple[dict[str, Coaching], Wording]:
    f = _File(root, COACHING_PATH)
    data = f.obj(f.read_json(), "")
    f.known_fields(data, "", _COACHING_FIELDS)
    table = f.obj(f.field(data, "", "principles"), "principles")
    coaching: dict[str, Coaching] = {}
    for pid, raw in table.items():
        where = f"principles.{pid}"
        if pid not in principle_ids:
            raise f.fail(where, f"{pid!r} is not a principle id")
        obj = f.obj(raw, where)
        f.known_fields(obj, where, _COACH_FIELDS)
        adjacent = f.strings(obj, where, "adjacent", required=False)
        f.principle_refs(adjacent, where, "adjacent", principle_ids)
        coaching[pid] = Coaching(pid, f.strings(obj, where, "find_example", min_len=1),
                                 f.text(obj, where, "frame"), adjacent)
    missing = sorted(principle_ids - set(coaching))
    if missing:
        raise f.fail("principles", f"{missing[0]!r} is missing: every principle needs coaching")
    words = f.obj(f.field(data, "", "wording"), "wording")
    templates: dict[str, str] = {}
    for key, allowed in WORDING_PLACEHOLDERS.items():
        text = f.text(words, "wording", key)
        _check_placeholders(f, f"wording.{key}", text, allowed)
        templates[key] = text
    for key in words:
        if key not in WORDING_PLACEHOLDERS:
            raise f.fail(f"wording.{key}", "is not a template the analysis uses (allowed: "
                         f"{', '.join(sorted(WORDING_PLACEHOLDERS))})")
    ask_whys = []
    for w, obj in f.records(data, "ask_whys", ("words", "why")):
        ask_whys.append((f.strings(obj, w, "words", min_len=1, lower=True), f.text(obj, w, "why")))
    return coaching, Wording(templates, tuple(ask_whys))


_ROLE_FIELDS = ("id", "company", "company_name", "family", "pay_region", "role", "timeline",
                "reapply_wait", "stages", "levels", "topics", "emphasis", "production_signals",
                "questions_to_ask", "title_keywords", "notes", "sources")
ROLE_FAMILIES = ("sde", "mle", "general")
_STAGE_FIELDS = ("id", "name", "duration", "what", "prepare")
_LEVEL_FIELDS = ("id", "title", "total_comp_usd", "years_min", "years_max", "scope")
_TOPIC_FIELDS = ("id", "name", "kind", "keywords", "what_to_revise", "weight", "ml_only")


def _load_role(root: Path, rel: Path, principle_ids: frozenset[str],
               company_ids: frozenset[str] = frozenset(),
               region_ids: frozenset[str] = frozenset()) -> RolePack:
    f = _File(root, rel)
    data = f.obj(f.read_json(), "")
    f.known_fields(data, "", _ROLE_FIELDS)
    rid = f.ident(data, "")
    if rid != rel.stem:
        raise f.fail("id", f"{rid!r} must match the file name ({rel.stem!r})")

    stages: list[Stage] = []
    seen: dict[str, str] = {}
    for w, obj in f.records(data, "stages", _STAGE_FIELDS):
        sid = f.choice(obj, w, "id", ROUNDS, "round")
        f.unique(seen, sid, f"{w}.id")
        stages.append(Stage(id=sid, name=f.text(obj, w, "name"), duration=f.text(obj, w, "duration"),
                            what=f.text(obj, w, "what"),
                            prepare=f.strings(obj, w, "prepare", min_len=1)))

    levels: list[Level] = []
    seen = {}
    # a pack for any employer (company '') has no level ladder of its own
    ladder = not (data.get("company", "") == "" and not data.get("levels"))
    for w, obj in (f.records(data, "levels", _LEVEL_FIELDS) if ladder else ()):
        lid = f.choice(obj, w, "id", LEVELS, "level")
        f.unique(seen, lid, f"{w}.id")
        years_min = f.number(obj, w, "years_min", 0.0, 60.0)
        years_max_raw = f.field(obj, w, "years_max")
        years_max = (None if years_max_raw is None else
                     f.number_value(years_max_raw, f"{w}.years_max", years_min, 60.0))
        levels.append(Level(id=lid, title=f.text(obj, w, "title"),
                            total_comp_usd=f.integer(obj, w, "total_comp_usd", 0),
                            years_min=years_min, years_max=years_max,
                            scope=f.text(obj, w, "scope")))
    for a, b in zip(levels, levels[1:], strict=False):
        if LEVELS.index(b.id) < LEVELS.index(a.id):
            raise f.fail("levels", f"must be in order {', '.join(LEVELS)}")

    topics: list[Topic] = []
    seen = {}
    for w, obj in f.records(data, "topics", _TOPIC_FIELDS):
        tid = f.ident(obj, w)
        f.unique(seen, tid, f"{w}.id")
        kind = f.choice(obj, w, "kind", TOPIC_KINDS, "topic kind")
        topics.append(Topic(
            id=tid, name=f.text(obj, w, "name"), kind=kind,
            keywords=f.strings(obj, w, "keywords", min_len=1, lower=True),
            what_to_revise=f.text(obj, w, "what_to_revise"),
            weight=f.number(obj, w, "weight", 0.0, _MAX_TOPIC_WEIGHT, required=False,
                            default=1.0),
            ml_only=_flag(f, obj, w, "ml_only")))

    emphasis: dict[str, float] = {}
    raw_emphasis = f.obj(data.get("emphasis", {}), "emphasis")
    for pid, value in raw_emphasis.items():
        if pid not in principle_ids:
            raise f.fail(f"emphasis.{pid}", f"{pid!r} is not a principle id")
        emphasis[pid] = f.number_value(value, f"emphasis.{pid}", 0.0, _MAX_EMPHASIS)

    questions_to_ask = f.strings(data, "", "questions_to_ask", required=False)
    for i, template in enumerate(questions_to_ask):
        _placeholders(f, f"questions_to_ask[{i}]", template, _ALLOWED_PLACEHOLDERS)

    company, family, pay_region = _role_owner(f, data, company_ids, region_ids)
    return RolePack(
        id=rid,
        company=company,
        company_name=f.text(data, "", "company_name", required=False),
        family=family,
        pay_region=pay_region,
        role=f.text(data, "", "role"),
        timeline=f.text(data, "", "timeline"),
        reapply_wait=f.text(data, "", "reapply_wait"),
        stages=tuple(stages),
        levels=tuple(levels),
        topics=tuple(topics),
        emphasis=emphasis,
        production_signals=f.strings(data, "", "production_signals", required=False,
                                     lower=True),
        questions_to_ask=questions_to_ask,
        title_keywords=f.strings(data, "", "title_keywords", required=False, lower=True),
    )


def _flag(f: _File, obj: dict[str, Any], where: str, key: str) -> bool:
    value = obj.get(key, False)
    if not isinstance(value, bool):
        raise f.fail(_join(where, key), "must be true or false")
    return value


def _placeholders(f: _File, where: str, text: str, allowed: Iterable[str], what: str = "") -> None:
    for name in _PLACEHOLDER.findall(text):
        if name not in allowed:
            raise f.fail(where, f"placeholder {{{name}}} is unknown{what} "
                         f"(allowed: {', '.join(sorted(allowed))})")


def _known(f: _File, value: str, where: str, known: Iterable[str], what: str) -> str:
    """`value` ('' allowed) must be one of `known` when there are any."""
    known = sorted(known)
    if value and known and value not in known:
        raise f.fail(where, f"{value!r} is not {what} (known: {', '.join(known)})")
    return value


def _role_owner(f: _File, data: dict[str, Any], company_ids: frozenset[str],
                region_ids: frozenset[str]) -> tuple[str, str, str]:
    """(company, family, pay_region) of a pack: every pack says whose it is ('' for any)."""
    f.field(data, "", "company")
    return (_known(f, f.text(data, "", "company", required=False), "company", company_ids,
                   "a company id in companies.json"),
            _known(f, f.text(data, "", "family", required=False), "family", ROLE_FAMILIES,
                   "a role family"),
            _known(f, f.text(data, "", "pay_region", required=False), "pay_region", region_ids,
                   "a region id in regions.json"))


def _versioned(root: Path, rel: Path, key: str,
               fields: Iterable[str]) -> tuple[_File, list[tuple[str, dict[str, Any]]]]:
    """An optional `{"version": 1, key: [...]}` file: its records (none when it is absent)."""
    f = _File(root, rel)
    if not f.path.is_file():
        return f, []
    data = f.obj(f.read_json(), "")
    f.integer(data, "", "version", 1)
    return f, list(f.records(data, key, fields))


def _load_roles(root: Path, principle_ids: frozenset[str],
                company_ids: frozenset[str] = frozenset(),
                region_ids: frozenset[str] = frozenset()) -> dict[str, RolePack]:
    folder = root / "roles"
    files = sorted(folder.glob("*.json")) if folder.is_dir() else []
    if not files:
        raise KnowledgeError(
            f"{root.name}/roles: no role pack (*.json) found; reinstall LoopReady or add one"
        )
    return {p.stem: _load_role(root, p.relative_to(root), principle_ids, company_ids, region_ids)
            for p in files}


# companies.json: employers (names, founding year, scale) and how to tell an unnamed one.
_COMPANY_FIELDS = ("id", "name", "aliases", "founded", "large_scale", "markers", "products")


def _load_companies(root: Path) -> tuple[Company, ...]:
    f, records = _versioned(root, COMPANIES_PATH, "companies", _COMPANY_FIELDS)
    seen: dict[str, str] = {}
    names: dict[str, str] = {}
    out: list[Company] = []
    for w, obj in records:
        cid = f.ident(obj, w)
        f.unique(seen, cid, f"{w}.id")
        aliases = f.strings(obj, w, "aliases", min_len=1, lower=True)
        for i, alias in enumerate(aliases):
            f.unique(names, alias, f"{w}.aliases[{i}]", "alias")
        founded = f.integer(obj, w, "founded", 1800) if obj.get("founded") is not None else None
        out.append(Company(cid, f.text(obj, w, "name"), aliases, founded,
                           _flag(f, obj, w, "large_scale"),
                           f.strings(obj, w, "markers", required=False, lower=True),
                           f.strings(obj, w, "products", required=False, lower=True)))
    return tuple(out)


# risks.json: what a bar raiser probes first, as conditions and wording (one loop walks it).
_RISK_FIELDS = ("id", "when", "title", "why", "prepare", "line", "probe", "principles", "packs",
                "families")
_RISK_COMMON_PLACEHOLDERS = frozenset({"posting", "company"})


def _load_risks(root: Path, principle_ids: frozenset[str],
                role_ids: frozenset[str]) -> tuple[RiskRule, ...]:
    f, records = _versioned(root, RISKS_PATH, "risks", _RISK_FIELDS)
    seen: dict[str, str] = {}
    out: list[RiskRule] = []
    for w, obj in records:
        rid = f.ident(obj, w)
        f.unique(seen, rid, f"{w}.id")
        when = f.text(obj, w, "when")
        if when not in RISK_CONDITIONS:
            raise f.fail(f"{w}.when", f"{when!r} is not a risk condition (allowed: "
                         f"{', '.join(sorted(RISK_CONDITIONS))})")
        allowed = set(RISK_CONDITIONS[when]) | _RISK_COMMON_PLACEHOLDERS
        texts = {key: f.text(obj, w, key) for key in ("title", "why", "prepare", "line")}
        for key, text in texts.items():
            _placeholders(f, f"{w}.{key}", text, allowed, f" for '{when}'")
        principles = f.strings(obj, w, "principles", required=False)
        f.principle_refs(principles, w, "principles", principle_ids)
        packs = f.strings(obj, w, "packs", required=False, allowed=sorted(role_ids),
                          what="role pack id")
        out.append(RiskRule(
            id=rid, when=when, **texts, probe=f.number(obj, w, "probe", 0.0, 1.0),
            principles=principles, packs=packs,
            families=f.strings(obj, w, "families", required=False, allowed=ROLE_FAMILIES,
                               what="role family")))
    return tuple(out)


# regions.json: where a posting is, so pay shows only where it applies.
_REGION_FIELDS = ("id", "name", "currency", "markers", "exact")


def _load_regions(root: Path) -> tuple[Region, ...]:
    f, records = _versioned(root, REGIONS_PATH, "regions", _REGION_FIELDS)
    seen: dict[str, str] = {}
    out: list[Region] = []
    for w, obj in records:
        rid = f.ident(obj, w)
        f.unique(seen, rid, f"{w}.id")
        out.append(Region(rid, f.text(obj, w, "name"), f.text(obj, w, "currency", required=False),
                          f.strings(obj, w, "markers", min_len=1, lower=True),
                          f.strings(obj, w, "exact", required=False)))
    return tuple(out)


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
        risk_rules=_load_risks(root, principle_ids, frozenset(roles)),
        evidence=_load_evidence(root, tuple(p.id for p in principles)),
        decodes=decodes,
        coaching=coaching,
        wording=wording,
    )


def clear_cache() -> None:
    """Forget loaded knowledge (after the files changed on disk)."""
    _load_cached.cache_clear()
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
