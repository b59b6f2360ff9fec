"""The rubric of one told answer: what it shows and what to change, in plain words.

One function (`score_answer`) serves the window's Practice page and `python -m app rubric`.
It reads the answer as a listener would, with or without "Situation:" / "Task:" labels:

- the four STAR parts, each from its label or from what its sentences say (context, a goal or
  responsibility, actions by a person with concrete verbs, an outcome);
- a measured result: a number, a before and after, in the sentences that carry the outcome;
- the share of "I" among first-person pronouns, and the sentences where "we" hides the
  speaker's own part;
- length and speaking time (words at the pace in knowledge/practice.json, or the time the
  user actually spoke);
- unfilled placeholders and filler phrases;
- what the question listens for (its decode family), when a question is given.

Cues, thresholds, weights and every sentence are data (knowledge/practice.json); the
arithmetic is kept in `score_detail`. Deterministic: the same text gives the same rubric.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from app.models.knowledge import Knowledge, PracticeRules
from app.models.practice import MAX_ANSWER_BYTES, STAR_PARTS, Rubric

__all__ = ["MAX_ANSWER_BYTES", "QuestionContext", "answer_text", "question_context",
           "score_answer", "sentences", "time_text"]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)]*\s+|\n+")
_WORD = re.compile(r"\d[\d,.]*\d%?|[^\W_][\w'’%-]*")
# first person: "I" (a lone lower-case "i" before a word counts too), me, my, mine, myself;
# "we", us (not "US"), our, ours, ourselves
_I_SUBJ = re.compile(r"(?<![\w'’])(?:I(?:['’](?:m|ve|d|ll))?|i(?=\s+[a-z]))(?![\w'’])")
_I_OTHER = re.compile(r"(?<![\w'’])(?:me|my|mine|myself)(?![\w'’])", re.IGNORECASE)
_WE = re.compile(r"(?<![\w'’])(?:we(?:['’](?:re|ve|d|ll))?|our|ours|ourselves|(?-i:us|Us))"
                 r"(?![\w'’])", re.IGNORECASE)
_SUBJECT = re.compile(r"(?<![\w'’])(?:I|i(?=\s+[a-z])|(?i:we|the team|our team|he|she|they|"
                      r"someone))(?![\w'’])")
_TEAM_SUBJECT = re.compile(r"(?<![\w'’])(?:we|the team|our team|the whole team|all the team)"
                           r"(?![\w'’])", re.IGNORECASE)
_YEAR_ONLY = re.compile(r"^\D*(19|20)\d\d\D*$")


@dataclass(frozen=True)
class QuestionContext:
    """What the rubric needs of a question: its id and text, and its decode family."""

    id: str
    text: str = ""
    family: str = ""
    listens_for: str = ""
    takes_story: bool = True


def question_context(knowledge: Knowledge, question_id: str) -> QuestionContext | None:
    """The question `question_id` of the bank with its decode, or None when unknown."""
    q = next((q for q in knowledge.questions if q.id == question_id), None)
    if q is None:
        return None
    decode = knowledge.decodes.get(q.family)
    return QuestionContext(q.id, q.text, q.family, decode.listens_for if decode else "",
                           decode.takes_story if decode else True)


def answer_text(data: bytes, name: str = "The answer") -> str:
    """A told answer from bytes (a file, standard input): any encoding the file reader knows.
    Raises InputError, saying what to do, when it is empty, not plain text, or over 1 MB."""
    from app.errors import InputError
    from app.reading.sniff import decode_text

    if len(data) > MAX_ANSWER_BYTES:
        raise InputError(f"{name} is larger than 1 MB; a told answer is a few hundred words. "
                         "Give only the answer's text.")
    text = decode_text(data) if data else ""
    if text is None or "\x00" in text:
        raise InputError(f"{name} is not plain text (a binary file?). Give the answer as a text "
                         "file, or pipe it in with '-'.")
    if not text.strip():
        raise InputError(f"{name} is empty. Give the answer you would say, as plain text.")
    return text


# ----------------------------------------------------------------------------- reading


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub(" ", text)


def sentences(text: str) -> list[str]:
    """The answer's sentences, in order (line breaks end a sentence too)."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def time_text(seconds: int) -> str:
    """'1 min 45 s', '50 s'."""
    minutes, sec = divmod(max(0, int(seconds)), 60)
    return f"{minutes} min {sec:02d} s" if minutes else f"{sec} s"


def _label_pattern(rules: PracticeRules) -> re.Pattern[str]:
    """A STAR label at the start of a line or sentence: "Situation:", "**Task**", "A -"."""
    long_alts: list[tuple[str, str]] = []
    short_alts: list[tuple[str, str]] = []
    for part, words in rules.labels.items():
        for w in words:
            (short_alts if len(w) == 1 else long_alts).append((part, w))
    names = "|".join(sorted({re.escape(w).replace(r"\ ", r"\s+") for _, w in long_alts},
                            key=lambda a: (-len(a), a)))  # the same text in every process
    short = "".join(sorted({w for _, w in short_alts}))
    return re.compile(
        r"(?:^|(?<=\n)|(?<=[.!?]\s))[ \t]*(?:[#>*_-]+[ \t]*)?"
        r"(?:(?:\*\*|__)?(?P<long>" + names + r")(?:\*\*|__)?[ \t]*(?:[:\-–—.]|(?<=\*\*|__)(?=\s))"
        r"|(?P<short>[" + short + r"])[ \t]*[:\-–—](?=\s))[ \t]*(?:\*\*|__)?",
        re.IGNORECASE)


def _labelled(text: str, rules: PracticeRules) -> dict[str, str]:
    """part -> its labelled text, when at least two STAR labels are used (else {})."""
    by_word = {w: part for part, words in rules.labels.items() for w in words}
    hits = []
    for m in _label_pattern(rules).finditer(text):
        word = " ".join((m.group("long") or m.group("short") or "").lower().split())
        part = by_word.get(word)
        if part is not None:
            hits.append((m.start(), m.end(), part))
    if len({h[2] for h in hits}) < 2:
        return {}
    out: dict[str, str] = {}
    for i, (_start, end, part) in enumerate(hits):
        stop = hits[i + 1][0] if i + 1 < len(hits) else len(text)
        out[part] = (out.get(part, "") + " " + text[end:stop]).strip()
    return out


def _strip_labels(text: str, rules: PracticeRules) -> str:
    return _label_pattern(rules).sub(" ", text)


@dataclass
class _Sentence:
    text: str
    words: int
    action: bool = False  # someone does something concrete ("we rewrote", "I traced")
    own: bool = False  # the speaker does: "I ..." or a line opening on the verb
    task: bool = False
    result: bool = False
    situation: bool = False
    measured: tuple[str, ...] = ()
    i_subject: bool = False


def _measures(text: str, rules: PracticeRules) -> tuple[str, ...]:
    """The measured phrases of `text`, as said, in order; a phrase inside a longer one once."""
    spans: list[tuple[int, int]] = []
    for pattern in rules.measures:
        for m in pattern.finditer(text):
            phrase = m.group(0).strip()
            if phrase and not _YEAR_ONLY.match(phrase):
                spans.append((m.start(), m.end()))
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
        if kept and start < kept[-1][1]:  # inside (or overlapping) the one before
            kept[-1] = (kept[-1][0], max(end, kept[-1][1]))
            continue
        kept.append((start, end))
    return tuple(dict.fromkeys(text[a:b].strip(" ,.;") for a, b in kept))


def _actions(text: str, rules: PracticeRules) -> tuple[bool, bool]:
    """(someone does something concrete, the speaker does): a subject, then a concrete verb
    ("we rewrote", "I traced", "My manager and I agreed"), or a line opening on the verb as a
    resume line does ("Rewrote the parser": the speaker's own)."""
    verbs = list(rules.action.finditer(text))
    if not verbs:
        return False, False
    first = re.match(r"\W*([A-Za-z]+)", text)
    if first and rules.action.fullmatch(first.group(1)) and first.group(1)[:1].isupper():
        return True, True
    anyone = any(s.start() < v.start() for v in verbs for s in _SUBJECT.finditer(text))
    # the speaker's own: "I" and a concrete verb at most four words apart ("I then quickly
    # rewrote"), not "I helped with the migration and worked on the scripts"
    own = any(0 <= v.start() - s.end() and len(text[s.end():v.start()].split()) <= 4
              for v in verbs for s in _I_SUBJ.finditer(text))
    return anyone, own


_INTENT = re.compile(r"\b(?:to|would|could|should|will|might|can|wanted to|plan(?:ned)? to)\s+"
                     r"(?:\w+ly\s+)?$", re.IGNORECASE)


def _outcome(text: str, rules: PracticeRules, measured: bool) -> bool:
    """An outcome is told: an outcome phrase ("in the end", "since then"), or a change verb
    ("reduced", "grew") in a sentence with a measured figure; never an intention ("to cut",
    "would reduce") nor part of a hyphenated word ("cut-off")."""
    cues = rules.star["result"] + (rules.star["change"] if measured else ())
    for pattern in cues:
        for m in pattern.finditer(text):
            before, after = text[:m.start()], text[m.end():m.end() + 1]
            if after == "-" or before.endswith("-") or _INTENT.search(before):
                continue
            return True
    return False


def _read_sentences(text: str, rules: PracticeRules) -> list[_Sentence]:
    parts = sentences(text)
    n = len(parts)
    out = []
    for i, s in enumerate(parts):
        sent = _Sentence(s, _words(s))
        sent.measured = _measures(s, rules)
        sent.i_subject = bool(_I_SUBJ.search(s))
        sent.action, sent.own = _actions(s, rules)
        sent.task = any(p.search(s) for p in rules.star["task"])
        cue = _outcome(s, rules, bool(sent.measured))
        headline = sent.i_subject and bool(sent.measured) and sent.action and not sent.task
        sent.result = cue and (n <= 2 or i >= n / 2 or headline)
        early = i < max(2, (n + 1) // 2)
        sent.situation = early and (any(p.search(s) for p in rules.star["situation"])
                                    or (i == 0 and sent.words >= 8
                                        and (not sent.own or sent.task) and not sent.result))
        out.append(sent)
    return out


# ----------------------------------------------------------------------------- scoring


def _ramp(value: float, zero: float, full: float) -> float:
    """0 at `zero`, 1 at `full` (either direction), clamped."""
    if full == zero:
        return 1.0 if value >= full else 0.0
    return max(0.0, min(1.0, (value - zero) / (full - zero)))


def score_answer(text: str, rules: PracticeRules, question: QuestionContext | None = None,
                 spoken_seconds: int | None = None) -> Rubric:
    """The rubric of `text` (a told answer), for `question` when given. `spoken_seconds`: the
    time the user actually spoke (rehearsing aloud) instead of the estimate from the words."""
    raw = _clean(text)
    placeholders = len(rules.placeholders.findall(raw))
    plain = rules.placeholders.sub(" ", raw)
    labelled = _labelled(plain, rules)
    body = _strip_labels(plain, rules) if labelled else plain
    words = _words(body)
    estimated = round(words * 60 / rules.words_per_minute)
    seconds = int(spoken_seconds) if spoken_seconds is not None else estimated
    read = _read_sentences(body, rules)

    # STAR parts: a labelled part from its own text, the others from what the sentences say
    parts: dict[str, bool] = {}
    quotes: dict[str, str] = {}
    for part in STAR_PARTS:
        if part in labelled:
            segment = labelled[part]
            parts[part] = _words(segment) >= rules.min_words[part] and (
                part != "action" or any(_actions(x, rules)[1] for x in sentences(segment)))
            quotes[part] = segment
            continue
        # the action is the speaker's: "we did" alone hides who did what
        hits = [s for s in read if getattr(s, "own" if part == "action" else part)]
        parts[part] = sum(s.words for s in hits) >= rules.min_words[part]
        if hits:
            quotes[part] = hits[0].text
    # a measured result: a number in what carries the outcome
    if "result" in labelled:
        measured = _measures(labelled["result"], rules)
        measured += tuple(m for s in read if s.result for m in s.measured if m not in measured)
    else:
        measured = tuple(dict.fromkeys(m for s in read if s.result for m in s.measured))
    has_number = parts["result"] and bool(measured)
    # "I" and "we"
    i_count = len(_I_SUBJ.findall(body)) + len(_I_OTHER.findall(body))
    we_count = len(_WE.findall(body))
    i_share = round(i_count / (i_count + we_count), 2) if i_count + we_count else 0.0
    hiding = [s for s in read if _TEAM_SUBJECT.search(s.text)
              and not (_I_SUBJ.search(s.text) or _I_OTHER.search(s.text))
              and (s.action or s.result or s.task)]
    hidden = tuple(s.text for s in sorted(hiding, key=lambda s: not s.action))  # actions first
    # fillers
    filler_hits: list[str] = []
    filler_count = 0
    for phrase, pattern in rules.fillers:
        found = pattern.findall(body)
        if found:
            filler_count += len(found)
            if phrase not in filler_hits:
                filler_hits.append(phrase)
    # what the question listens for
    fit: float | None = None
    found_says: list[str] = []
    missing_says: list[str] = []
    groups = rules.families.get(question.family) if question and question.family else None
    if groups:
        for g in groups:
            ok = (g.number and has_number) or any(p.search(body) for p in g.patterns)
            (found_says if ok else missing_says).append(g.says)
        fit = round(len(found_says) / len(groups), 2)
    story_scored = question.takes_story if question else True

    # points
    w, th = rules.weights, rules.thresholds
    points: dict[str, float] = {}
    if story_scored:
        for part in STAR_PARTS:
            points[part] = w[part] if parts[part] else 0.0
        points["number"] = w["number"] if has_number else 0.0
    points["i_share"] = w["i_share"] * min(1.0, i_share / th["i_share_good"])
    lo, hi = rules.target_seconds
    if seconds < lo:
        points["length"] = w["length"] * _ramp(seconds, rules.zero_below_seconds, lo)
    else:
        points["length"] = w["length"] * _ramp(seconds, rules.zero_above_seconds, hi)
    points["placeholders"] = w["placeholders"] if placeholders == 0 else 0.0
    density = 100 * filler_count / words if words else 0.0
    points["fillers"] = w["fillers"] * _ramp(density, th["fillers_per_100_zero"],
                                             th["fillers_per_100_ok"])
    if fit is not None:
        points["fit"] = w["fit"] * min(1.0, fit / th["fit_good"])
    available = sum(w[k] for k in points)
    penalty = min(th["placeholder_penalty"] * placeholders, th["placeholder_penalty_max"])
    earned = sum(points.values())
    score = 0 if words == 0 else max(0, min(100, round(earned * 100 / available - penalty)))
    rambling = density >= th["fillers_cap_per_100"]
    if placeholders or rambling:  # gaps left, or fillers throughout: not ready yet, however
        score = min(score, int(th["not_ready_cap"]))  # good the rest
    detail = (" + ".join(f"{k.replace('_', ' ')} {v:.1f}/{w[k]:g}" for k, v in points.items())
              + f" = {earned:.1f} of {available:g}")
    if available != 100:
        detail += f", scaled to {earned * 100 / available:.1f} of 100"
    if penalty:
        detail += (f"; minus {penalty:g} for {placeholders} unfilled placeholder(s), at most "
                   f"{th['not_ready_cap']:g} until they are filled")
    if rambling:
        detail += (f"; {density:.1f} fillers in every 100 words: at most "
                   f"{th['not_ready_cap']:g} until fewer than {th['fillers_cap_per_100']:g}")
    detail += f" = {score}"

    weak = list(dict.fromkeys(m.group(0).lower() for m in rules.weak_verbs.finditer(body)))[:2]
    advice = _advice(rules, points, parts, has_number, i_share, i_count + we_count, hidden,
                     seconds, placeholders, filler_hits, missing_says, story_scored, score, weak,
                     rambling)
    return Rubric(
        parts=parts, has_number_result=has_number, i_share=i_share, words=words, seconds=seconds,
        placeholders=placeholders, fillers=filler_count, score=score, advice=advice,
        question_id=question.id if question else "", part_quotes=quotes, measured=measured,
        hidden=hidden[: int(th["hidden_shown"])], i_count=i_count, we_count=we_count,
        filler_phrases=tuple(filler_hits), filler_density=round(density, 1), fit=fit,
        fit_found=tuple(found_says), fit_missing=tuple(missing_says),
        listens_for=question.listens_for if question else "", spoken=spoken_seconds is not None,
        story_scored=story_scored, points={k: round(v, 2) for k, v in points.items()},
        score_detail=detail)


def _advice(rules: PracticeRules, points: dict[str, float], parts: dict[str, bool],
            has_number: bool, i_share: float, pronouns: int, hidden: tuple[str, ...],
            seconds: int, placeholders: int, fillers: list[str], missing: list[str],
            story_scored: bool, score: int, weak: list[str],
            rambling: bool = False) -> tuple[str, ...]:
    """What to change, the biggest gain first; unfilled placeholders always lead."""
    w = rules.weights
    say = rules.say
    items: list[tuple[float, str]] = []
    if placeholders:
        gaps = f"the {placeholders} placeholders" if placeholders > 1 else "the placeholder"
        items.append((1000.0, say("placeholders", gaps=gaps)))
    we_only = not parts["action"] and bool(hidden)
    if story_scored:
        for part in STAR_PARTS:
            if not parts[part]:
                key = f"part.{part}"
                if part == "action" and we_only:
                    key = "part.action.we"
                elif part == "action" and weak:
                    key = "part.action.weak"
                items.append((w[part], say(key, sentence=hidden[0] if hidden else "",
                                           verbs=_join_words([f"\u201c{v}\u201d" for v in weak],
                                                             "or"))))
        if not has_number and parts["result"]:
            items.append((w["number"], say("number")))
        elif not has_number:  # after the advice to add the result
            items.append((w["result"] - 0.5, say("number.no_result")))
    else:
        items.append((0.1, say("no_story")))
    lost = w["i_share"] - points["i_share"]
    if lost > 0.5 and not (we_only and story_scored):  # said once, with the action
        if pronouns and hidden:
            key = "i_share" if i_share > 0 else "i_share.we_only"
            items.append((lost, say(key, share=f"{i_share:.0%}", sentence=hidden[0])))
        elif not pronouns:
            items.append((lost, say("i_share.none")))
    lost = w["length"] - points["length"]
    if lost > 0.5:
        lo, hi = rules.target_seconds
        key = "too_short" if seconds < lo else "too_long"
        wpm = rules.words_per_minute
        items.append((lost, say(key, time=time_text(seconds), min_words=round(lo * wpm / 60),
                                max_words=round(hi * wpm / 60))))
    lost = w["fillers"] - points["fillers"]
    if (lost > 0.5 or rambling) and fillers:  # fillers throughout keep it from ready: first
        items.append((999.0 if rambling else lost, say("fillers", count=len(fillers),
                                examples=", ".join(f"\u201c{f}\u201d" for f in fillers[:3]))))
    lost = w["fit"] - points.get("fit", w["fit"])
    if lost > 0.5 and missing:
        items.append((lost, say("fit", missing=_join_words(missing[:2]))))
    items.sort(key=lambda t: -t[0])
    out = [text for _, text in items][: int(rules.thresholds["advice_max"])]
    if score >= rules.ready_score and not placeholders and (not items or items[0][0] < 3):
        out.insert(0, say("all_good"))
    return tuple(out)


def _join_words(items: list[str], last: str = "and") -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {last} " + items[-1]
