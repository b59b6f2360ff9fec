"""Where the knowledge files are, and the checks every loader shares: one file being validated
(`_File`), its error messages naming the file and field, and placeholder rules."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from app.errors import KnowledgeError

TOPIC_KINDS = ("system-design", "coding", "fundamentals")
AUTO_ROLE = "auto"  # the role choice that follows the posting's title
SKILLS_PATH = Path("skills.json")
CONCEPTS_PATH = Path("concepts.json")
EXEMPLARS_PATH = Path("classifier") / "exemplars.jsonl"
LEXICON_PATH = Path("classifier") / "lexicon.json"
MODEL_PATH = Path("classifier") / "model.json"
COMPANIES_PATH, REGIONS_PATH, RISKS_PATH = Path("companies.json"), Path("regions.json"), Path("risks.json")
COUNTRIES_PATH = Path("countries.json")
EVIDENCE_PATH = Path("evidence.json")
DECODES_PATH = Path("decodes.json")
COACHING_PATH = Path("coaching.json")
PRACTICE_PATH = Path("practice.json")

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


def _check_placeholders(f: _File, where: str, text: str, allowed: frozenset[str]) -> None:
    for name in _PLACEHOLDER.findall(text):
        if name not in allowed:
            raise f.fail(where, f"placeholder {{{name}}} is unknown (allowed: "
                         f"{', '.join(sorted(allowed))})")


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
