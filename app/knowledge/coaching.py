"""The story-coaching files: what a line must show to be credited (evidence.json), the answer
decode of each question family (decodes.json), and coaching wording (coaching.json)."""

from __future__ import annotations

from pathlib import Path

from app.knowledge.checks import (
    COACHING_PATH,
    DECODES_PATH,
    EVIDENCE_PATH,
    _check_placeholders,
    _File,
)
from app.models.knowledge import (
    Coaching,
    Decode,
    EvidenceRule,
    EvidenceRules,
    Wording,
)

# evidence.json: what a line must show before a principle is credited to it as a story.

_EVIDENCE_FIELDS = ("version", "about", "principles", "substance")
_RULE_FIELDS = ("shows", "needs", "floor", "floor_when", "cap_unless", "cap")
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
                                  f.number(obj, where, "floor", 0.0, 1.0, required=False),
                                  f.regexes(obj["floor_when"], f"{where}.floor_when")
                                  if "floor_when" in obj else (),
                                  f.regexes(obj["cap_unless"], f"{where}.cap_unless")
                                  if "cap_unless" in obj else (),
                                  f.number(obj, where, "cap", 0.0, 1.0, required=False,
                                           default=1.0))
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
                  "strong_vs_adequate", "story_kind", "story_needs", "find_example", "takes_story",
                  "adjacent_needs", "adjacent_kind", "adjacent_angle")
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
            adjacent_needs=f.needs(obj, w, "adjacent_needs"),
            adjacent_kind=f.text(obj, w, "adjacent_kind", required=False),
            adjacent_angle=f.text(obj, w, "adjacent_angle", required=False),
        )
        _check_placeholders(f, f"{w}.adjacent_angle", out[fid].adjacent_angle,
                            frozenset({"title", "story_kind"}))
        if bool(out[fid].adjacent_needs) != bool(out[fid].adjacent_kind):
            raise f.fail(f"{w}.adjacent_kind", "adjacent_needs and adjacent_kind go together: "
                         "say in plain words what the closest story is")
    return out


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
       for k in ("angle.story", "angle.story_second", "angle.story_parts", "angle.no_result",
                 "angle.no_story", "angle.no_story_principle_shown", "angle.takes_no_story",
                 "angle.story_taken", "angle.story_adjacent", "angle.kind_other_principle")},
    **{k: frozenset({"topic", "principle", "level", "title", "story_kind"})
       for k in ("why.often", "why.sometimes", "why.rarely", "why.posting", "why.strong",
                 "why.thin", "why.none", "why.story_fit", "why.no_fit", "why.takes_no_story",
                 "why.story_taken", "why.kind_other_principle", "why.level_scope",
                 "why.level_basics")},
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
