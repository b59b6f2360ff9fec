"""The words the kit uses for the behaviours it rates: Amazon's Leadership Principles for an
Amazon posting, plain behavioural themes for any other employer (Qt-free; views and exports).

The analysis rates the same sixteen behaviours for every posting. When the general role pack
applies (a posting from another company), naming them "Customer Obsession" or "Are Right, A
Lot" would tell the user to prepare for Amazon's vocabulary in someone else's loop, so every
name is said as its theme from `knowledge/principles.json` ("Customer focus", "Judgement"),
and "Leadership Principles" as "behavioural themes". `localize` makes that change once, on a
copy of the report used for display: the saved session and the JSON keep the analysis's own
words.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.models.knowledge import Knowledge, Principle
    from app.models.report import Report

# Shorter forms of a principle's name that the analysis and question bank also use.
_ALIASES = {
    "have-backbone-disagree-and-commit": ("Have Backbone, Disagree and Commit",
                                          "Disagree and Commit", "Have Backbone"),
    "strive-to-be-earths-best-employer": ("Earth's Best Employer", "Earth\u2019s Best Employer"),
    "success-and-scale-bring-broad-responsibility": ("Success and Scale",),
    "are-right-a-lot": ("Are Right A Lot", "Are Right a Lot"),
    "hire-and-develop-the-best": ("Hire and Develop",),
    "insist-on-the-highest-standards": ("Insist on High Standards",),
}
# Fields of the report that hold the user's own words or the resume's: never rewritten.
_KEEP = frozenset({"resume", "job", "situation", "task", "action", "result", "bullet_id",
                   "bullet_ids", "requirement_id", "requirement_ids", "principle_ids",
                   "evidence", "id", "story_id", "gap_script_id", "target",
                   "scores", "credit", "reads_as", "bullet_principles", "numbers_to_remember",
                   "knowledge_version", "app_version", "role_pack", "family", "kind",
                   "strength", "round", "stage", "component", "verdict", "level", "as_of",
                   "weights", "years_by_kind",
                   "note"})  # the posting note says what is left out, in Amazon's own words


@dataclass(frozen=True)
class Vocabulary:
    """How the sixteen behaviours are named for one report."""

    general: bool  # a posting outside Amazon: themes, not Leadership Principle names
    names: dict[str, str]  # principle id -> the name shown
    shorts: dict[str, str]  # principle id -> the tag shown
    _swaps: tuple[tuple[str, str], ...] = ()  # (Amazon wording, theme), longest first

    @property
    def title(self) -> str:
        """"Leadership Principles" or "Behavioural themes" (a heading)."""
        return "Behavioural themes" if self.general else "Leadership Principles"

    @property
    def one(self) -> str:
        """"principle" or "theme" (in a sentence)."""
        return "theme" if self.general else "principle"

    @property
    def many(self) -> str:
        return "themes" if self.general else "principles"

    def name(self, pid: str) -> str:
        return self.names.get(pid) or pid.replace("-", " ").capitalize()

    def short(self, pid: str) -> str:
        return self.shorts.get(pid) or pid[:3].upper()

    def words(self, text: str) -> str:
        """`text` with Amazon's principle names said as themes (general postings only). A
        theme in the middle of a sentence is a common noun ("no customer focus example")."""
        if not self.general or not text:
            return text
        return _swap(text, self._swaps)

    def principle(self, p: Principle) -> Principle:
        """A knowledge principle with the name and tag shown for this report."""
        if not self.general:
            return p
        return dataclasses.replace(p, name=self.name(p.id), short=self.short(p.id))

    def principles(self, ps: Iterable[Principle]) -> tuple[Principle, ...]:
        return tuple(self.principle(p) for p in ps)


def _swap(text: str, swaps: tuple[tuple[str, str], ...]) -> str:
    pattern = _pattern(tuple(a for a, _ in swaps))
    table = dict(swaps)

    def one(m: re.Match[str]) -> str:
        theme = table[m.group(0)]
        before = text[:m.start()].rstrip(" \"'\u201c\u2018(")
        if not before or before[-1] in ".!?:;\n" and not before.endswith(("e.g.", "i.e.")):
            return theme[:1].upper() + theme[1:]
        return theme[:1].lower() + theme[1:] if not theme[:2].isupper() else theme

    return pattern.sub(one, text)


@lru_cache(maxsize=8)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")


def is_general(report: Report, knowledge: Knowledge | None = None) -> bool:
    """Whether the report prepares for a posting outside Amazon (the general role pack)."""
    if not report.posting.amazon or report.role_pack == "general":
        return True
    pack = knowledge.roles.get(report.role_pack) if knowledge is not None else None
    return pack is not None and not pack.company


def vocabulary(report: Report, knowledge: Knowledge | None = None,
               principles: Iterable[Principle] = ()) -> Vocabulary:
    """The words for `report`: Leadership Principle names for Amazon, themes otherwise (the
    themes from `knowledge`, or from `principles` when a view holds only those)."""
    general = is_general(report, knowledge)
    known = {p.id: p for p in (knowledge.principles if knowledge is not None else principles)}
    names = {r.id: r.name for r in report.principles}
    shorts: dict[str, str] = {}
    swaps: list[tuple[str, str]] = []
    for pid, p in known.items():
        names.setdefault(pid, p.name)
        shorts[pid] = p.short
    if general:
        for pid, p in known.items():
            theme = p.theme or p.name
            for amazon in (p.name, *_ALIASES.get(pid, ())):
                swaps.append((amazon, theme))  # the same word too: lower-case mid-sentence
            names[pid] = theme
            shorts[pid] = p.theme_short or p.short
        swaps += [("Leadership Principles", "behavioural themes"),
                  ("Leadership Principle", "behavioural theme"),
                  ("leadership principles", "behavioural themes"),
                  ("leadership principle", "behavioural theme"),
                  # Amazon's bar raiser is an interviewer anywhere else
                  ("A bar raiser", "An interviewer"), ("a bar raiser", "an interviewer"),
                  ("A Bar Raiser", "An interviewer"), ("a Bar Raiser", "an interviewer"),
                  ("bar raisers", "interviewers"), ("Bar raisers", "Interviewers"),
                  ("Bar Raisers", "Interviewers"), ("bar raiser", "interviewer"),
                  ("Bar raiser", "Interviewer"), ("Bar Raiser", "Interviewer")]
        swaps.sort(key=lambda s: -len(s[0]))
    return Vocabulary(general, names, shorts, tuple(swaps))


def _rewrite(value: Any, words: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return words(value)
    if isinstance(value, tuple):
        return tuple(_rewrite(v, words) for v in value)
    if isinstance(value, list):
        return [_rewrite(v, words) for v in value]
    if isinstance(value, dict):
        return {k: _rewrite(v, words) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _rewrite(getattr(value, f.name), words)
                   for f in dataclasses.fields(value) if f.name not in _KEEP}
        return dataclasses.replace(value, **changes)
    return value


_LOCALIZED: dict[int, tuple[Report, Report]] = {}


def localize(report: Report, knowledge: Knowledge | None = None,
             principles: Iterable[Principle] = ()) -> Report:
    """The report as the user reads it: for a posting outside Amazon, every principle name in
    the analysis's sentences and names said as its theme; in every report, a capital left
    mid-sentence where the analysis joined two sentences lowered (`display.mend_case`). The
    user's and the resume's own words are untouched. The last few results are kept, so every
    page of one session shares one copy."""
    hit = _LOCALIZED.get(id(report))
    if hit is not None and hit[0] is report:
        return hit[1]
    from app.display import mend_case

    vocab = vocabulary(report, knowledge, principles)
    out = _rewrite(report, lambda text: mend_case(vocab.words(text)))
    if vocab.general:
        out = dataclasses.replace(out, principles=tuple(
            dataclasses.replace(p, name=vocab.name(p.id)) for p in out.principles))
    if len(_LOCALIZED) >= 8:
        _LOCALIZED.pop(next(iter(_LOCALIZED)))
    _LOCALIZED[id(report)] = (report, out)
    return out
