"""practice.json: how a told answer is judged (the rubric's cues, thresholds, weights and
wording), when a question counts as ready, and how the plan to the interview is laid out."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from app.knowledge.checks import PRACTICE_PATH, _check_placeholders, _File
from app.models.knowledge import ListenGroup, PracticeRules, ReadinessState, ScheduleRules

PARTS = ("situation", "task", "action", "result")
STAR_CUES = ("situation", "task", "result", "change")  # change: an outcome only with a figure
WEIGHT_KEYS = (*PARTS, "number", "i_share", "length", "placeholders", "fillers", "fit")
THRESHOLD_KEYS = ("i_share_good", "fillers_per_100_ok", "fillers_per_100_zero", "placeholder_penalty",
                  "placeholder_penalty_max", "not_ready_cap", "fillers_cap_per_100", "fit_good",
                  "hidden_shown", "advice_max")
STATE_IDS = ("not-started", "drafted", "rehearsed", "ready")
NUMBER = "@number"  # in a family's patterns: "the answer has a measured result"
TASK_KINDS = ("story", "rehearse", "topic", "cheatsheet", "review")

#: the rubric's sentences, with the placeholders each may hold
WORDING: dict[str, frozenset[str]] = {
    **{f"part.{p}": frozenset() for p in PARTS},
    "number": frozenset(), "number.no_result": frozenset(),
    "i_share": frozenset({"share", "sentence"}), "i_share.none": frozenset(),
    "i_share.we_only": frozenset({"sentence"}), "part.action.we": frozenset({"sentence"}),
    "part.action.weak": frozenset({"verbs"}),
    "too_short": frozenset({"time", "min_words", "max_words"}),
    "too_long": frozenset({"time", "min_words", "max_words"}),
    "placeholders": frozenset({"gaps"}), "fillers": frozenset({"examples", "count"}),
    "fit": frozenset({"missing"}), "all_good": frozenset(), "no_story": frozenset(),
    "finding.parts": frozenset({"present", "missing"}),
    "finding.number.yes": frozenset({"measured"}), "finding.number.no": frozenset(),
    "finding.i_share": frozenset({"share", "i", "we"}), "finding.i_share.none": frozenset(),
    "finding.hidden": frozenset(), "finding.length": frozenset({"words", "time"}),
    "finding.spoken": frozenset({"time"}),
    "finding.placeholders.none": frozenset(), "finding.placeholders": frozenset({"gaps", "cap"}),
    "finding.fillers.none": frozenset(), "finding.fillers": frozenset({"count", "examples"}),
    "finding.fillers.capped": frozenset({"count", "examples", "density", "cap"}),
    "finding.fit": frozenset({"found", "missing"}), "finding.fit.none": frozenset({"missing"}),
}
#: the schedule's sentences, with their placeholders
SCHEDULE_WORDING: dict[str, frozenset[str]] = {
    "focus.story": frozenset(), "focus.rehearse": frozenset(), "focus.topic": frozenset({"topic"}),
    "focus.mixed": frozenset(), "focus.last": frozenset(), "focus.free": frozenset(),
    "task.story": frozenset({"gaps", "story"}),
    **{f"task.rehearse.{k}": frozenset({"n", "question", "state", "score", "when"})
       for k in ("first", "retry", "again", "confirm")},
    "task.review": frozenset({"n", "question"}),
    "task.topic": frozenset({"topic", "revise"}), "task.cheatsheet": frozenset(),
    "task.last_rehearse": frozenset({"count"}), "left_out": frozenset({"tasks"}),
}

_TOP = ("version", "about", "speech", "weights", "thresholds", "labels", "star", "action_verbs",
        "irregular_verbs", "weak_verbs", "measures", "placeholders", "fillers", "families",
        "wording", "readiness", "schedule")
_SPEECH = ("words_per_minute", "target_seconds", "zero_below_seconds", "zero_above_seconds",
           "timer_seconds", "wrap_up_seconds")
_SCHEDULE = ("default_hours_per_day", "min_hours_per_day", "max_hours_per_day", "max_days",
             "retry_after_days", "confirm_after_days", "review_after_days", "topics",
             "last_day_questions", "minutes", "wording")


def _verb_forms(base: str) -> set[str]:
    """A regular verb's forms as a first-person speaker says them ("analyse" -> analyse,
    analysed, analysing); never the -s form, which reads as a noun after "I" ("the scripts")."""
    if base.endswith("e"):
        return {base, base + "d", base[:-1] + "ing"}
    if base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
        return {base, base[:-1] + "ied", base + "ing"}
    return {base, base + "ed", base + "ing"}


def _phrase_pattern(phrases: list[str]) -> re.Pattern[str]:
    """One case-insensitive pattern matching any of `phrases` as whole words, longest first."""
    alts = sorted({re.escape(p).replace(r"\ ", r"\s+") for p in phrases},
                  key=lambda a: (-len(a), a))  # the same text in every process (a set's order is not)
    return re.compile(r"(?<![\w'’])(?:" + "|".join(alts) + r")(?![\w'’])", re.IGNORECASE)


def _filler_pattern(phrase: str) -> re.Pattern[str]:
    """A filler as said: whole words, its punctuation kept ("like," is a filler, "like" alone
    is not)."""
    left = r"(?<![\w'’])" if phrase[:1].isalnum() else ""
    right = r"(?![\w'’])" if phrase[-1:].isalnum() else ""
    return re.compile(left + re.escape(phrase).replace(r"\ ", r"\s+") + right, re.IGNORECASE)


def _numbers(f: _File, obj: dict[str, Any], where: str, keys: tuple[str, ...],
             lo: float, hi: float | None) -> dict[str, float]:
    f.known_fields(obj, where, keys)
    return {k: f.number(obj, where, k, lo, hi) for k in keys}


def _wording(f: _File, obj: dict[str, Any], where: str,
             allowed: dict[str, frozenset[str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, names in allowed.items():
        text = f.text(obj, where, key)
        _check_placeholders(f, f"{where}.{key}", text, names)
        out[key] = text
    for key in obj:
        if key not in allowed:
            raise f.fail(f"{where}.{key}", "is not a sentence practice mode uses (allowed: "
                         f"{', '.join(sorted(allowed))})")
    return out


def _families(f: _File, data: dict[str, Any], decode_ids: frozenset[str]
              ) -> dict[str, tuple[ListenGroup, ...]]:
    table = f.obj(f.field(data, "", "families"), "families")
    out: dict[str, tuple[ListenGroup, ...]] = {}
    for fid, raw in table.items():
        where = f"families.{fid}"
        if decode_ids and fid not in decode_ids:
            raise f.fail(where, f"{fid!r} is not a question family of decodes.json")
        obj = f.obj(raw, where)
        f.known_fields(obj, where, ("listens",))
        groups = []
        for i, g in enumerate(f.items(obj, "listens") if "listens" in obj else []):
            gw = f"{where}.listens[{i}]"
            gobj = f.obj(g, gw)
            f.known_fields(gobj, gw, ("says", "patterns"))
            pats = f.strings(gobj, gw, "patterns", min_len=1)
            number = NUMBER in pats
            regexes = [p for p in pats if p != NUMBER]
            compiled = f.regexes(regexes, f"{gw}.patterns") if regexes else ()
            groups.append(ListenGroup(f.text(gobj, gw, "says"), compiled, number))
        if len(groups) < 2:
            raise f.fail(f"{where}.listens", "needs at least 2 things the family listens for")
        out[fid] = tuple(groups)
    missing = sorted(decode_ids - set(out))
    if missing:
        raise f.fail("families", f"{missing[0]!r} is missing: every question family of "
                     "decodes.json needs what it listens for")
    return out


def _states(f: _File, obj: dict[str, Any]) -> tuple[ReadinessState, ...]:
    out = []
    for i, raw in enumerate(f.items(obj, "states")):
        w = f"readiness.states[{i}]"
        s = f.obj(raw, w)
        f.known_fields(s, w, ("id", "label", "glyph", "weight", "means"))
        sid = f.ident(s, w)
        if i >= len(STATE_IDS) or sid != STATE_IDS[i]:
            raise f.fail(f"{w}.id", f"{sid!r}: the states are, in order, {', '.join(STATE_IDS)}")
        out.append(ReadinessState(sid, f.text(s, w, "label"), f.text(s, w, "glyph"),
                                  f.number(s, w, "weight", 0.0, 1.0), f.text(s, w, "means")))
    if len(out) != len(STATE_IDS):
        raise f.fail("readiness.states", f"must list exactly {', '.join(STATE_IDS)}")
    return tuple(out)


def _schedule(f: _File, obj: dict[str, Any]) -> ScheduleRules:
    w = "schedule"
    f.known_fields(obj, w, _SCHEDULE)
    minutes = f.obj(f.field(obj, w, "minutes"), f"{w}.minutes")
    f.known_fields(minutes, f"{w}.minutes", TASK_KINDS)
    lo = f.number(obj, w, "min_hours_per_day", 0.05, 24)
    hi = f.number(obj, w, "max_hours_per_day", lo, 24)
    return ScheduleRules(
        default_hours_per_day=f.number(obj, w, "default_hours_per_day", lo, hi),
        min_hours_per_day=lo, max_hours_per_day=hi,
        max_days=f.integer(obj, w, "max_days", 1),
        retry_after_days=f.integer(obj, w, "retry_after_days", 1),
        confirm_after_days=f.integer(obj, w, "confirm_after_days", 1),
        review_after_days=f.integer(obj, w, "review_after_days", 1),
        topics=f.integer(obj, w, "topics", 0),
        last_day_questions=f.integer(obj, w, "last_day_questions", 0),
        minutes={k: f.integer(minutes, f"{w}.minutes", k, 1) for k in TASK_KINDS},
        wording=_wording(f, f.obj(f.field(obj, w, "wording"), f"{w}.wording"), f"{w}.wording",
                         SCHEDULE_WORDING),
    )


def _load_practice(root: Path, decode_ids: frozenset[str]) -> PracticeRules:
    f = _File(root, PRACTICE_PATH)
    data = f.obj(f.read_json(), "")
    f.known_fields(data, "", _TOP)
    speech = f.obj(f.field(data, "", "speech"), "speech")
    f.known_fields(speech, "speech", _SPEECH)
    target = f.field(speech, "speech", "target_seconds")
    if (not isinstance(target, list) or len(target) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in target)
            or not 0 < target[0] < target[1]):
        raise f.fail("speech.target_seconds", "must be [shortest, longest] in whole seconds")
    low = f.integer(speech, "speech", "zero_below_seconds", 0)
    high = f.integer(speech, "speech", "zero_above_seconds", 1)
    if not low < target[0] < target[1] < high:
        raise f.fail("speech", "zero_below_seconds < target_seconds < zero_above_seconds")
    timer = f.integer(speech, "speech", "timer_seconds", 10)
    wrap = f.integer(speech, "speech", "wrap_up_seconds", 1)
    if wrap >= timer:
        raise f.fail("speech.wrap_up_seconds", "must come before timer_seconds")
    weights = _numbers(f, f.obj(f.field(data, "", "weights"), "weights"), "weights",
                       WEIGHT_KEYS, 0.0, 100.0)
    if abs(sum(weights.values()) - 100.0) > 1e-6:
        raise f.fail("weights", f"must add up to 100 (they add up to {sum(weights.values()):g})")
    th = f.obj(f.field(data, "", "thresholds"), "thresholds")
    f.known_fields(th, "thresholds", (*THRESHOLD_KEYS, "min_words"))
    thresholds = {k: f.number(th, "thresholds", k, 0.0, None) for k in THRESHOLD_KEYS}
    for k in ("i_share_good", "fit_good"):
        f.number(th, "thresholds", k, 0.01, 1.0)
    if thresholds["fillers_per_100_zero"] <= thresholds["fillers_per_100_ok"]:
        raise f.fail("thresholds.fillers_per_100_zero", "must be above fillers_per_100_ok")
    mw = f.obj(f.field(th, "thresholds", "min_words"), "thresholds.min_words")
    f.known_fields(mw, "thresholds.min_words", PARTS)
    min_words = {p: f.integer(mw, "thresholds.min_words", p, 1) for p in PARTS}
    labels_obj = f.obj(f.field(data, "", "labels"), "labels")
    f.known_fields(labels_obj, "labels", PARTS)
    labels = {p: f.strings(labels_obj, "labels", p, min_len=1, lower=True) for p in PARTS}
    star_obj = f.obj(f.field(data, "", "star"), "star")
    f.known_fields(star_obj, "star", STAR_CUES)
    star = {p: f.regexes(f.field(star_obj, "star", p), f"star.{p}") for p in STAR_CUES}
    verbs = f.strings(data, "", "action_verbs", min_len=20, lower=True)
    irregular = f.obj(f.field(data, "", "irregular_verbs"), "irregular_verbs")
    forms: set[str] = set()
    for v in verbs:
        forms |= _verb_forms(v)
    for base in irregular:
        forms |= set(f.strings(irregular, "irregular_verbs", base, min_len=1, lower=True))
    weak = f.strings(data, "", "weak_verbs", min_len=1, lower=True)
    fillers = f.strings(data, "", "fillers", min_len=1, lower=True)
    readiness = f.obj(f.field(data, "", "readiness"), "readiness")
    f.known_fields(readiness, "readiness", ("ready_score", "ready_times", "states"))
    return PracticeRules(
        words_per_minute=f.integer(speech, "speech", "words_per_minute", 60),
        target_seconds=(target[0], target[1]), zero_below_seconds=low, zero_above_seconds=high,
        timer_seconds=timer, wrap_up_seconds=wrap,
        weights=weights, thresholds=thresholds, min_words=min_words, labels=labels, star=star,
        action=_phrase_pattern(sorted(forms)), weak_verbs=_phrase_pattern(list(weak)),
        measures=f.regexes(f.field(data, "", "measures"), "measures"),
        placeholders=re.compile("|".join(p.pattern for p in f.regexes(
            f.field(data, "", "placeholders"), "placeholders")), re.IGNORECASE),
        fillers=tuple((p.strip(" ,"), _filler_pattern(p)) for p in fillers),
        families=_families(f, data, decode_ids),
        wording=_wording(f, f.obj(f.field(data, "", "wording"), "wording"), "wording", WORDING),
        ready_score=f.integer(readiness, "readiness", "ready_score", 1),
        ready_times=f.integer(readiness, "readiness", "ready_times", 1),
        states=_states(f, readiness),
        schedule=_schedule(f, f.obj(f.field(data, "", "schedule"), "schedule")),
    )
