"""Principle evidence: which principles each bullet credibly shows, and each of the 16
Leadership Principles rated strong / thin / none for the resume.

The classifier says how a line *reads*; a Bar Raiser credits a principle only for what the
line *shows*. Credit for a principle on a line is

    credit = max(classifier score, the principle's floor when shown)
             x (1 if the line shows what the principle needs, else GATE_MISS) x substance

- what a principle needs is data (`knowledge/evidence.json`, from the labelling guide): an
  explicit customer and their benefit for Customer Obsession, teaching or growing people for
  Hire and Develop, candid communication for Earn Trust, a challenge for Backbone...;
- substance: a story has an action, a result or a scope; a duty ("Was responsible for..."), a
  tool list or a three-word fragment is not a story whatever it reads like;
- (for choosing what a story is *for*, `story_credit`) a measured result alone does not make a
  line a Deliver Results story when another principle explains how it was reached (the guide:
  "a metric alone does not make every line deliver-results").

A bullet lists the principles credited at EVIDENCE_BAR or more. Rating rule:
- strong: two lines credited at STRONG_BAR or more, or one at VERY_STRONG_BAR whose main
  (most credited) principle it is;
- thin: at least one credited line, but not enough for strong;
- none: no credited line (never "thin" without evidence).
A line that shows a principle only by a side effect (the rule's `cap_unless`: Frugality from a
memory footprint or hours saved, not a cost, budget or headcount saved) counts at most the rule's
cap towards "strong": experts split on such lines, so they can carry a story but never make the
principle strong on their own.
The reasons quote the words that carry the meaning; the arithmetic is in `score_detail`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from app.analysis.numbers import metrics_in
from app.analysis.text import clip, rnd, sentences
from app.models.knowledge import EvidenceRules, Knowledge
from app.models.report import BulletEvidence, PrincipleRating
from app.models.resume import Bullet

# Calibrated on the expert judgments' split a (good_stories and no_evidence; checked on split
# b), never on a named file: a credited line is one an expert would likely accept as a story.
EVIDENCE_BAR = 0.3
STRONG_BAR = 0.55
VERY_STRONG_BAR = 0.75
GATE_MISS = 0.25  # a principle whose needs the line does not show keeps a quarter of its score
RESULT_ONLY = 0.7  # a generic principle's story credit when a specific one leads
REPORT_CAP = 0.5  # substance of a line that reports an honour or a publication, not the work
MAX_LISTED = 3
# generic principles yield, as what a story is for, to a specific one the line shows whose
# credit reaches this share of theirs (Deliver Results to any: the guide says so explicitly)
GENERIC = {"deliver-results": 0.0, "ownership": 0.6}
YIELD = 0.9  # a generic principle's story credit stays just under the specific one's

SPLIT_MIN_WORDS = 30  # a paragraph-style bullet this long is also read sentence by sentence
PART_MIN_WORDS = 6

_FIRST_ACTION = re.compile(
    r"^(?:[a-z]+ed|led|built|won|ran|cut|grew|drove|made|wrote|set|sold|saved|taught|shipped|"
    r"owned|spent|took|brought|began|began|found|held|kept|lead|build|create|design|develop|"
    r"implement|manage|mentor|reduce|improve|increase|deliver|launch|automate|coach|train|"
    r"teach|architect|spearhead|own)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Merged:
    """A bullet's classification merged with its sentences' (same shape as the classifier's)."""

    principles: tuple[str, ...]
    scores: dict[str, float]
    reason: str
    is_achievement: bool = True


def paragraph_parts(text: str) -> list[str]:
    """The sentences of a paragraph-style bullet (several achievements in one), else []."""
    if len(text.split()) < SPLIT_MIN_WORDS:
        return []
    parts = [p for p in sentences(text) if len(p.split()) >= PART_MIN_WORDS]
    return parts if len(parts) >= 2 else []


def classify_bullets(bullets: Sequence[Bullet], classify: Callable[[Sequence[str]], Sequence[Any]],
                     names: dict[str, str] | None = None,
                     ) -> tuple[list[Any], dict[tuple[str, int], Any]]:
    """Classify every bullet (one batch). A paragraph-style bullet is also classified sentence
    by sentence and its result merged (max score per principle), so each achievement in it
    counts. Returns the per-bullet results and the per-sentence ones keyed (bullet id, index)."""
    texts = [b.text for b in bullets]
    keys: list[tuple[str, int]] = []
    for b in bullets:
        for j, part in enumerate(paragraph_parts(b.text)):
            keys.append((b.id, j))
            texts.append(part)
    results = list(classify(texts)) if texts else []
    whole = results[: len(bullets)]
    parts = dict(zip(keys, results[len(bullets):], strict=False))
    merged: list[Any] = []
    for b, res in zip(bullets, whole, strict=False):
        subs = [(j, parts[(b.id, j)]) for j in range(len(paragraph_parts(b.text)))
                if (b.id, j) in parts]
        if not subs:
            merged.append(res)
            continue
        scores = {k: float(v) for k, v in (getattr(res, "scores", {}) or {}).items()}
        listed = list(getattr(res, "principles", ()) or ())
        for _, sub in subs:
            for pid, v in (getattr(sub, "scores", {}) or {}).items():
                scores[pid] = max(scores.get(pid, 0.0), float(v))
            listed.extend(p for p in getattr(sub, "principles", ()) or () if p not in listed)
        first = {pid: i for i, pid in enumerate(listed)}
        listed.sort(key=lambda pid: (-round(scores.get(pid, 0.0), 6), first[pid]))
        merged.append(Merged(tuple(listed[:4]), scores, str(getattr(res, "reason", "") or ""),
                             bool(getattr(res, "is_achievement", True)) or bool(listed)))
    return merged, parts


# ----------------------------------------------------------------------------- credit

def substance(text: str, rules: EvidenceRules) -> float:
    """0..1: how much a line reads like a story (an action with a result or a scope) rather
    than a duty, a tool list or a fragment."""
    line = " ".join(text.split())
    words = line.split()
    n = len(words)
    if n < 3:
        return 0.0
    s = 0.35 if n >= 8 else (0.2 if n >= 6 else 0.05)
    if metrics_in(Bullet("x", line, "")):
        s += 0.25
    if any(p.search(line) for p in rules.result):
        s += 0.15
    if any(p.search(line) for p in rules.scope):
        s += 0.1
    if _FIRST_ACTION.match(line):
        s += 0.15
    if any(p.search(line) for p in rules.weak_openings):
        s -= 0.3
    if any(p.search(line) for p in rules.reports_only):
        s = min(s, REPORT_CAP)
    return max(0.0, min(1.0, s))


def credit_line(text: str, scores: dict[str, float], rules: EvidenceRules,
                is_achievement: bool = True) -> dict[str, float]:
    """Credit per principle for one line (see the module docstring), rounded, 0 where none."""
    if not is_achievement:
        return {pid: 0.0 for pid in scores}
    sub = substance(text, rules)
    shown = {pid: rules.shows(pid, text) for pid in scores}
    out = {}
    for pid, s in scores.items():
        rule = rules.rules.get(pid)
        floor = rule.floor if rule is not None and shown[pid] and (
            not rule.floor_when or any(p.search(text) for p in rule.floor_when)) else 0.0
        out[pid] = max(float(s), floor) * (1.0 if shown[pid] else GATE_MISS) * sub
    return {pid: rnd(min(1.0, v)) for pid, v in out.items()}


def story_credit(credit: dict[str, float], text: str, rules: EvidenceRules) -> dict[str, float]:
    """Credit for telling the line as a story *for* each principle. The same, except that the
    generic principles yield to a specific one the line shows: a measured result alone does not
    make a Deliver Results story when the line also shows how it was reached (cost, quality,
    customers, analysis...: the guide's "use it as primary only when the result itself is the
    main evidence"), and "led the development of" does not make an Ownership story of a line
    whose substance is an invention or teaching. The generic principle stays credited (it
    still counts as evidence and can answer questions); it is just not what the story is for."""
    out = dict(credit)
    specific = [(v, pid) for pid, v in out.items() if pid not in GENERIC and v >= EVIDENCE_BAR
                and rules.shows(pid, text)]
    if not specific:
        return out
    top, best = max(specific)
    for pid, ratio in GENERIC.items():
        g = out.get(pid, 0.0)
        if g > 0.0 and top >= ratio * g:
            lead = max(out[best], g * RESULT_ONLY)  # the specific one inherits the line's weight
            out[best] = rnd(lead)
            out[pid] = rnd(min(g * RESULT_ONLY, YIELD * lead))
    return out


_FUNCTION_WORDS = frozenset(
    "a an the and or of to in on at by for with from as into via our my its their this that "
    "which who was were is are be been being has have had it i we they he she them us per than "
    "also up out over under across through while".split())


def meaningful(phrase: str) -> bool:
    """True when a phrase carries meaning: a content word, not only function words or numbers."""
    words = re.findall(r"[^\W\d_][\w'-]*", phrase.lower())
    return any(w not in _FUNCTION_WORDS and len(w) >= 3 for w in words)


_CLAUSE_END = re.compile(r"[,;:.()\[\]]\s|[;()\[\]]|\s[-\u2013\u2014]\s")
PHRASE_WORDS = 9


def _clause_phrase(line: str, start: int) -> str:
    """The words around offset `start`, within its clause: at most PHRASE_WORDS, starting a
    little before the match, never ending on a function word or a dangling number."""
    left = 0
    for sep in _CLAUSE_END.finditer(line, 0, start):
        left = sep.end()
    end = _CLAUSE_END.search(line, start)
    right = end.start() if end else len(line)
    clause = line[left:right]
    words = clause.split()
    before = len(line[left:start].split())
    lo = 0 if before <= PHRASE_WORDS - 4 else before - 2
    hi = min(len(words), lo + PHRASE_WORDS)
    while hi < len(words) and hi - lo < PHRASE_WORDS + 3 and (
            words[hi - 1].lower() in _FUNCTION_WORDS or re.fullmatch(r"[\d.,$%+x]+", words[hi - 1])
            or words[hi].lower() in ("to", "%", "percent", "x")):
        hi += 1
    chosen = words[lo:hi]
    while len(chosen) > 1 and (chosen[-1].lower().strip(",.;:") in _FUNCTION_WORDS):
        chosen = chosen[:-1]
    while len(chosen) > 1 and chosen[0].lower() in _FUNCTION_WORDS:
        chosen = chosen[1:]
    return " ".join(chosen).strip(" ,;:.()")


def shown_phrase(text: str, pid: str, knowledge: Knowledge) -> str:
    """The words of `text` that show principle `pid`, as a short readable phrase from the
    line (its evidence pattern's clause); '' when nothing meaningful matches."""
    from app.analysis.principles import clean_line, find_evidence

    line = clean_line(text)
    found = find_evidence(line, knowledge.lexicon) if knowledge.lexicon is not None else []
    starts = [e.start for e in sorted((e for e in found if e.principle == pid),
                                      key=lambda e: (-e.weight, e.start))]
    rule = knowledge.evidence.rules.get(pid)
    for group in (rule.needs if rule else ()):
        for pattern in group:
            m = pattern.search(line)
            if m and m.end() > m.start():
                # a pattern anchored at the line's start (a condition on the whole line, then
                # the word) quotes its last group, the word itself, not the line's first words
                last = m.lastindex if pattern.pattern.startswith("^") else None
                starts.append(m.start(last) if last else m.start())
    for start in starts:
        phrase = _clause_phrase(line, start)
        if meaningful(phrase):
            return phrase
    return ""


def bullet_evidence(bullets: Sequence[Bullet], results: Sequence[Any],
                    knowledge: Knowledge) -> tuple[BulletEvidence, ...]:
    """One BulletEvidence per bullet from the classifier results (same order)."""
    ids = knowledge.principle_ids
    rules = knowledge.evidence
    names = {p.id: p.name for p in knowledge.principles}
    words = knowledge.wording
    out: list[BulletEvidence] = []
    for bullet, result in zip(bullets, results, strict=False):
        raw = dict(getattr(result, "scores", {}) or {})
        scores = {pid: rnd(min(1.0, max(0.0, float(raw.get(pid, 0.0))))) for pid in ids}
        achievement = bool(getattr(result, "is_achievement", True))
        reads_as = tuple(p for p in getattr(result, "principles", ()) if p in scores)
        credit = credit_line(bullet.text, scores, rules, achievement and bool(reads_as))
        ranked = sorted((pid for pid in ids if credit[pid] >= EVIDENCE_BAR),
                        key=lambda pid: (-credit[pid], ids.index(pid)))
        principles = tuple(ranked[:MAX_LISTED])
        reason = _bullet_reason(bullet.text, principles, reads_as, achievement, knowledge,
                                names, words)
        out.append(BulletEvidence(bullet.id, principles, scores, reason,
                                  {pid: v for pid, v in credit.items() if v > 0.0}, reads_as))
    return tuple(out)


def _bullet_reason(text: str, principles: Sequence[str], reads_as: Sequence[str],
                   achievement: bool, knowledge: Knowledge, names: dict[str, str],
                   words: Any) -> str:
    if not achievement or not reads_as:
        return words.get("bullet.skip")
    if principles:
        quoted = []
        for pid in principles[:2]:
            phrase = shown_phrase(text, pid, knowledge)
            if phrase and f"\u201c{phrase}\u201d" not in quoted:
                quoted.append(f"\u201c{clip(phrase, 60)}\u201d")
        listed = [names[p] for p in principles[:3]]
        shown = listed[0] if len(listed) == 1 else ", ".join(listed[:-1]) + " and " + listed[-1]
        if not quoted:
            return f"Shows {shown}."
        key = "bullet.credited_two" if len(quoted) > 1 else "bullet.credited"
        return words.get(key, quoted=" and ".join(quoted), names=shown)
    top = reads_as[0]
    phrase = shown_phrase(text, top, knowledge)
    rule = knowledge.evidence.rules.get(top)
    if phrase and rule is not None:
        return words.get("bullet.reads_as", name=names[top], phrase=clip(phrase, 60),
                         shows=rule.shows)
    return words.get("bullet.not_story")


# ----------------------------------------------------------------------------- ratings

def rate_principles(evidence: Sequence[BulletEvidence], knowledge: Knowledge,
                    bullets: Sequence[Bullet] = ()) -> tuple[PrincipleRating, ...]:
    """Rate every principle strong / thin / none with its credited bullets, best first."""
    order = {ev.bullet_id: i for i, ev in enumerate(evidence)}
    lead = {ev.bullet_id: ev.principles[0] for ev in evidence if ev.principles}
    texts = {b.id: b.text for b in bullets}
    words = knowledge.wording
    ratings: list[PrincipleRating] = []
    for principle in knowledge.principles:
        pid = principle.id
        rule = knowledge.evidence.rules.get(pid)
        shows = rule.shows if rule else principle.summary
        seen: set[str] = set()
        hits = []
        for ev in evidence:  # a bullet repeated word for word counts once
            if pid in ev.principles and ev.bullet_id not in seen:
                seen.add(ev.bullet_id)
                credit = ev.credit.get(pid, 0.0)
                if rule is not None and rule.capped(texts.get(ev.bullet_id, "")):
                    credit = min(credit, rule.cap)
                hits.append((credit, order[ev.bullet_id], ev.bullet_id))
        hits.sort(key=lambda t: (-t[0], t[1]))
        ids = tuple(h[2] for h in hits)
        high = [h for h in hits if h[0] >= STRONG_BAR]
        best = hits[0][0] if hits else 0.0
        miss = 1.0
        for c, _, _ in hits:
            miss *= 1.0 - c
        score = rnd(1.0 - miss) if hits else 0.0
        phrase = ""
        if hits:
            top_text = texts.get(hits[0][2], "")
            phrase = clip(shown_phrase(top_text, pid, knowledge) or top_text, 70)
        # one line alone is strong evidence only of what it mainly shows: a line whose story is
        # another principle's (its top credit) shows this one on the side
        alone = bool(hits) and best >= VERY_STRONG_BAR and lead.get(hits[0][2]) == pid
        if len(high) >= 2 or alone:
            strength = "strong"
            reason = (words.get("principle.strong", count=_count(len(high)), shows=shows,
                                phrase=phrase) if len(high) >= 2 else
                      words.get("principle.strong_one", shows=shows, phrase=phrase))
        elif hits:
            strength = "thin"
            reason = (words.get("principle.thin", shows=shows, phrase=phrase) if best >= STRONG_BAR
                      else words.get("principle.thin_weak", phrase=phrase))
        else:
            strength = "none"
            reason = words.get("principle.none", shows=shows)
        detail = (f"{len(hits)} credited line(s), {len(high)} at {STRONG_BAR:.2f} or more, best "
                  f"credit {best:.2f}; strong = two lines at {STRONG_BAR:.2f}+ or one at "
                  f"{VERY_STRONG_BAR:.2f}+ that mainly shows it; score = 1 - product of (1 - credit) = {score:.2f}. "
                  "Credit = classifier score x (1 if the line shows what the principle needs, "
                  f"else {GATE_MISS}) x the line's substance.")
        ratings.append(PrincipleRating(pid, principle.name, strength, ids, score, reason, detail))
    return tuple(ratings)


def _count(n: int) -> str:
    return {2: "two", 3: "three", 4: "four", 5: "five"}.get(n, str(n))
