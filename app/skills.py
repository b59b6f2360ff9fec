"""A fast, precise matcher over the skills taxonomy (`Knowledge.skills`; the file and its
validation belong to `app.knowledge`).

Matching works on tokens, not substrings: the text is split once into word tokens (which keep
`C++`, `C#`, `.NET`, `Node.js` whole) and separator tokens (`/ , & ( )`), and each position is
looked up in a dict of token sequences, longest first. So "Go" never matches inside "Google",
"A/B testing" and "a / b tests" are the same key, and a 2-page resume takes a few milliseconds.
Hyphens count as spaces ("fine-tuning" = "fine tuning"); a final plural "s" is forgiven.

Two kinds of spellings need more than a case-insensitive match:
- `exact`: only with the same case ("REST" the API style, never "the rest of").
- `ambiguous`: same case *and* inside a list beside another skill ("Java, Go or Rust",
  "NLP, CV"), so "Go to market", "R&D" and "send your CV" match nothing. An `exact` spelling
  written all in lower case counts the same way, and only where its list item ends ("angular
  and react", "python, spark, airflow"; never "react to alerts"); spoken languages never.
A skill's `context_spellings` mean it only when one of its `context_words` is in the same text
("GPU kernels (CUDA, Triton)": the kernel language), and their other owner elsewhere.
"""

from __future__ import annotations

import functools
import re
import weakref
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.models.knowledge import Skill

__all__ = ["SkillMatcher", "skill_key", "tokenize"]

# A word token may hold inner dots/apostrophes (Node.js, ASP.NET, Master's) and trailing + or #
# (C++, C#); a leading dot starts .NET. Separators are tokens of their own.
_TOKEN_RE = re.compile(r"\.?[^\W_](?:[^\W_]|[.'’](?=[^\W_]))*[+#]*|[/&,;()]")
_SEPARATORS = frozenset({",", "/", "&", "(", ")", "and", "or", "+"})
_POSSESSIVE = ("'s", "’s")


@dataclass(frozen=True)
class _Token:
    text: str
    key: str
    start: int
    end: int


@dataclass(frozen=True)
class _Entry:
    name: str
    spelling: str
    mode: str  # "any" | "exact" | "ambiguous" | "lower" (an exact spelling written in lower case)


def _token_key(tok: str) -> str:
    low = tok.lower()
    for suffix in _POSSESSIVE:
        if low.endswith(suffix) and len(low) > len(suffix):
            return low[: -len(suffix)]
    return low


_CLAUSE_BREAK = re.compile(r"[:;()\[\]]")  # punctuation no spelling of a skill runs across


def tokenize(text: str) -> list[_Token]:
    """Word and separator tokens with their character offsets in `text`."""
    return [_Token(m.group(), _token_key(m.group()), m.start(), m.end())
            for m in _TOKEN_RE.finditer(text)]


@functools.lru_cache(maxsize=8192)
def skill_key(spelling: str) -> tuple[str, ...]:
    """The lookup key of a spelling: its lower-cased tokens ("Scikit-Learn" -> scikit, learn);
    each token's key as `tokenize` gives it (without building the tokens: ~5,000 spellings
    are keyed when the matcher is built)."""
    return tuple(_token_key(m.group()) for m in _TOKEN_RE.finditer(spelling))


# --------------------------------------------------------------------------- matching

class SkillMatcher:
    """Finds canonical skill names in free text (resume bullets, job requirements)."""

    def __init__(self, skills: Sequence[Skill]) -> None:
        self.skills = skills  # what it was built from (see `ready`)
        self._entries: dict[tuple[str, ...], _Entry] = {}
        for skill in skills:
            special = {skill_key(s) for s in skill.ambiguous + skill.exact}
            for spelling in (skill.name, *skill.synonyms):
                key = skill_key(spelling)
                if key and key not in special:
                    self._entries.setdefault(key, _Entry(skill.name, spelling, "any"))
            for spelling in skill.exact:
                self._entries.setdefault(skill_key(spelling), _Entry(skill.name, spelling, "exact"))
            for spelling in skill.ambiguous:
                self._entries.setdefault(skill_key(spelling), _Entry(skill.name, spelling, "ambiguous"))
        # a spelling whose meaning the words around it decide: key -> (entry, context word keys)
        self._context: dict[tuple[str, ...], tuple[_Entry, frozenset[str]]] = {}
        for skill in skills:
            words = frozenset(k for w in skill.context_words for k in skill_key(w))
            for spelling in skill.context_spellings:
                self._context[skill_key(spelling)] = (_Entry(skill.name, spelling, "exact"), words)
        lengths: dict[str, set[int]] = {}
        for key in (*self._entries, *self._context):
            lengths.setdefault(key[0], set()).add(len(key))
        # first token -> possible key lengths, longest first: most tokens start no skill
        self._lengths = {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}
        self.categories = {s.name: s.category for s in skills}

    @classmethod
    def for_skills(cls, skills: Sequence[Skill]) -> SkillMatcher:
        """The shared matcher for this very skills tuple: the one the knowledge loader built
        (`ready`), else one built now and kept (building one takes ~0.02 s; reuse it)."""
        built = _MATCHERS.get(id(skills))
        if built is not None and built.skills is skills:
            return built
        built = cls(skills)
        cls.ready(built)
        _KEPT.append(built)
        return built

    @staticmethod
    def ready(matcher: SkillMatcher) -> None:
        """Hand out `matcher` for its very skills (the loaded knowledge's, which keeps the
        matcher its loader built in the knowledge cache) from now on."""
        _MATCHERS[id(matcher.skills)] = matcher

    def _lookup(self, tokens: list[_Token], i: int, text: str = "") -> tuple[int, _Entry] | None:
        first = tokens[i].key
        sizes = self._lengths.get(first, ())
        if not sizes and len(first) > 3 and first.endswith("s") and 1 in self._lengths.get(first[:-1], ()):
            sizes = (1,)
        for n in sizes:
            if i + n > len(tokens):
                continue
            window = tokens[i:i + n]
            if n > 1 and text and any(_CLAUSE_BREAK.search(text[a.end:b.start])
                                      for a, b in zip(window, window[1:], strict=False)):
                continue  # "AWS: S3, EMR" is AWS and then S3, not the one spelling "AWS S3"
            key = tuple(t.key for t in window)
            sense = self._in_context(key, window, tokens)
            if sense is not None:
                return n, sense
            entry = self._entries.get(key)
            if entry is None:
                last = key[-1]
                if len(last) > 3 and last.endswith("s") and not last.endswith("ss"):
                    entry = self._entries.get(key[:-1] + (last[:-1],))
            if entry is None:
                continue
            if entry.mode != "any":
                surface = " ".join(t.text for t in window)
                if surface not in (entry.spelling, entry.spelling + "s"):
                    if (entry.mode == "exact" and surface == entry.spelling.lower()
                            and self.categories.get(entry.name) != "human-language"):
                        return n, _Entry(entry.name, entry.spelling, "lower")
                    continue
            return n, entry
        return None

    def _in_context(self, key: tuple[str, ...], window: list[_Token],
                    tokens: list[_Token]) -> _Entry | None:
        """The skill a context spelling means here, when one of its words is in the text."""
        found = self._context.get(key)
        if found is None:
            return None
        entry, words = found
        if " ".join(t.text for t in window) not in (entry.spelling, entry.spelling + "s"):
            return None
        near = any(t.key in words or (t.key.endswith("s") and t.key[:-1] in words) for t in tokens)
        return entry if near else None

    def find_spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, canonical name) for every skill mention, in text order."""
        tokens = tokenize(text)
        found: list[tuple[int, int, _Entry]] = []  # token index range + entry
        i = 0
        while i < len(tokens):
            hit = self._lookup(tokens, i, text) if tokens[i].key not in _SEPARATORS else None
            if hit is None:
                i += 1
                continue
            n, entry = hit
            found.append((i, i + n, entry))
            i += n
        accepted = [e.mode in ("any", "exact") or (
            e.mode == "ambiguous" and self._language_in_context(tokens, s, n, text, e))
                    for s, n, e in found]
        changed = True
        while changed:  # an ambiguous spelling needs an accepted neighbour in the same list
            changed = False
            for k, (start, end, entry) in enumerate(found):
                if accepted[k] or (entry.mode == "lower" and not _ends_an_item(tokens, end)):
                    continue
                if (k > 0 and accepted[k - 1] and _list_gap(tokens[found[k - 1][1]:start])) or (
                        k + 1 < len(found) and accepted[k + 1] and _list_gap(tokens[end:found[k + 1][0]])):
                    accepted[k] = True
                    changed = True
        return [(tokens[s].start, tokens[e - 1].end, entry.name)
                for (s, e, entry), ok in zip(found, accepted, strict=True) if ok]

    def _language_in_context(self, tokens: list[_Token], start: int, end: int, text: str,
                             entry: _Entry) -> bool:
        """A language's short name after "in" or "using" ("a survival model in R", "services
        written in Go"), or before the software written in it ("Wrote a Go operator", "an R
        package"), is the language, unless it runs on into "R&D" or "R-squared"."""
        if self.categories.get(entry.name) != "language":
            return False
        after = text[tokens[end - 1].end:tokens[end - 1].end + 1]
        if after in ("&", "-", "'", "’"):
            return False
        if end < len(tokens) and tokens[end].key in _WRITTEN_IN_IT and entry.name not in (
                "C", "Assembly"):  # "a Series C round", "the Assembly module" of a plant
            return True
        return start > 0 and tokens[start - 1].key in ("in", "using")

    def find(self, text: str) -> list[str]:
        """Canonical skill names in order of first appearance, each once."""
        return list(_unique(name for _, _, name in self.find_spans(text)))


# The one registry of matchers: id of a skills tuple -> the matcher built from it. A matcher
# holds its very tuple (`skills`), so the id cannot be reused while the entry lives. Weak: the
# matcher a loaded knowledge keeps (Knowledge.skill_matcher, built by its loader and kept in the
# knowledge cache) is handed out as long as that knowledge lives, and leaves with it; `_KEPT`
# holds the last few `for_skills` built for skills no loaded knowledge brought (skills.json read
# alone: `app.knowledge.posting_skills` in a reading worker that was not forked from the app).
_MATCHERS: weakref.WeakValueDictionary[int, SkillMatcher] = weakref.WeakValueDictionary()
_KEPT: deque[SkillMatcher] = deque(maxlen=4)


# software a language's short name can stand before ("a Go operator", "R packages")
_WRITTEN_IN_IT = frozenset(
    "operator operators service services microservice microservices code codebase library "
    "libraries sdk backend api apis cli binary binaries program programs client "
    "clients server servers worker workers package packages script scripts tool tools tooling "
    "developer developers".split())


def _ends_an_item(tokens: list[_Token], end: int) -> bool:
    """True when a list item ends at token `end` ("angular and react", "spark, hive"), not a
    word running on ("react to alerts", "the rest of the stack")."""
    return end == len(tokens) or tokens[end].key in _SEPARATORS or tokens[end].key == ";"


def _list_gap(between: list[_Token]) -> bool:
    """True when the tokens between two skills are list separators only (", ", " or ", "/")."""
    return bool(between) and len(between) <= 3 and all(t.key in _SEPARATORS for t in between)


def _unique(names: Iterable[str]) -> Iterable[str]:
    seen: set[str] = set()
    for name in names:
        if name not in seen:
            seen.add(name)
            yield name
