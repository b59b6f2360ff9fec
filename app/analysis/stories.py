"""STAR story drafts built only from the resume's own words.

Bullets are chosen greedily: strongest evidence first, then whatever covers a principle that
still needs a story (every principle that matters once, the most-asked twice), preferring
different roles and different principles. Situation comes from the role's title,
organisation and dates; action and result reuse the bullet's own words; anything the resume
does not say becomes a visible placeholder ("[Add: ...]"). No number outside the resume
ever appears: every field is checked against the resume's digits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.analysis.evidence import paragraph_parts
from app.analysis.numbers import metrics_in
from app.analysis.text import clip, find_phrases, jaccard, sentences, stable_id, tokens
from app.display import display_title
from app.models.knowledge import Knowledge
from app.models.report import PLACEHOLDER_PREFIX, BulletEvidence, PrincipleRating, StoryDraft
from app.models.resume import Bullet, Resume

MAX_STORIES = 8
MIN_WORDS = 6
STORY_SECTIONS = ("experience", "projects", "other", "summary")
_GERUNDS = (r"resulting in|leading to|achieving|improving|increasing|reducing|boosting|cutting|"
            r"saving|decreasing|lowering|raising|driving|enabling|delivering|yielding|"
            r"accelerating|doubling|halving|eliminating")
_PAST = (r"led to|resulted in|reduced|increased|improved|cut|saved|boosted|lowered|raised|"
         r"decreased|doubled|halved|eliminated|enabled|delivered|grew")
RESULT_CUES = re.compile(
    r"(?i)(?:,|;|\s)\s*(?:(?:which|that)\s+(?=(?:" + _PAST + r"|" + _GERUNDS + r")\b)"
    r"|(?=(?:" + _GERUNDS + r")\b))")
RESULT_WORDS = ("improv*", "increas*", "reduc*", "boost*", "cut", "sav*", "decreas*", "lower*",
                "grew", "grow*", "accelerat*", "faster", "achiev*", "won", "award*", "launched",
                "adopted", "published")


RESULT_FIRST = re.compile(
    r"(?i)^\s*(reduced|improved|increased|raised|grew|cut|saved|boosted|achieved|doubled|"
    r"tripled|halved|decreased|lowered|accelerated|adopted|won|generated|scaled|drove)\b")


def ph(text: str) -> str:
    """A visible placeholder for a fact the resume does not give."""
    return f"{PLACEHOLDER_PREFIX}{text}]"


@dataclass(frozen=True)
class Candidate:
    """One story source: a bullet, or one sentence of a paragraph-style bullet."""

    bullet: Bullet  # for a sentence, a Bullet with the parent's id and the sentence's text
    index: int  # resume order (bullet index x 100 + sentence index)
    principles: tuple[str, ...]
    strength: float
    part: int | None = None  # sentence index within the bullet, None for the whole bullet


def usable_bullets(resume: Resume, evidence: Sequence[BulletEvidence],
                   part_results: dict[tuple[str, int], Any] | None = None) -> list[Candidate]:
    """Bullets that can carry a story: achievement lines with enough words, outside skills
    and education sections (education bullets are kept only when nothing else exists).
    Paragraph-style bullets (several achievements in one) are split into sentences, each
    classified on its own, so a resume written in paragraphs still yields varied stories."""
    kinds = {s.title: s.kind for s in resume.sections}
    by_id = {ev.bullet_id: ev for ev in evidence}
    results = part_results or {}
    split = {b.id: paragraph_parts(b.text) for b in resume.bullets if results}
    main: list[Candidate] = []
    extra: list[Candidate] = []
    seen: set[str] = set()
    for i, b in enumerate(resume.bullets):
        ev = by_id.get(b.id)
        if ev is None or len(b.text.split()) < MIN_WORDS or b.id in seen:
            continue
        seen.add(b.id)
        kind = kinds.get(b.section, "experience")
        target = main if kind in STORY_SECTIONS else extra
        if split.get(b.id):
            for j, text in enumerate(split[b.id]):
                res = results.get((b.id, j))
                scores = dict(getattr(res, "scores", {}) or {})
                principles = tuple(getattr(res, "principles", ()) or ())[:3]
                if not principles:
                    continue
                part = Bullet(b.id, text, b.section, b.role, b.page, b.bbox)
                strength = (float(scores.get(principles[0], 0.0)) + 0.15 * bool(metrics_in(part))
                            + 0.05 * len(principles))
                target.append(Candidate(part, i * 100 + j, principles, round(strength, 6), j))
            continue
        principles = ev.principles[:3]
        if not principles:
            continue
        top = ev.scores.get(principles[0], 0.0)
        strength = top + 0.15 * bool(metrics_in(b)) + 0.05 * min(len(principles), 3)
        target.append(Candidate(b, i * 100, principles, round(strength, 6)))
    return main if len(main) >= MAX_STORIES or not extra else main + extra


def coverage_targets(ratings: Sequence[PrincipleRating], knowledge: Knowledge,
                     emphasis: dict[str, float]) -> dict[str, int]:
    """How many stories each principle needs: the three most-asked two, the rest that matter one."""
    weight = {p.id: p.ask_weight + emphasis.get(p.id, 0.0) for p in knowledge.principles}
    ranked = sorted(weight, key=lambda pid: (-weight[pid], pid))
    targets = {pid: 1 for pid in ranked if weight[pid] >= 0.2}
    for pid in ranked[:3]:
        targets[pid] = 2
    return targets


def select(cands: Sequence[Candidate], targets: dict[str, int], weights: dict[str, float],
           limit: int = MAX_STORIES) -> list[Candidate]:
    """Greedy choice of story bullets: strength + coverage gain - repetition penalties."""
    need = dict(targets)
    chosen: list[Candidate] = []
    used_roles: dict[int | None, int] = {}
    used_primary: dict[str, int] = {}
    pool = list(cands)
    toks = {id(c): set(tokens(c.bullet.text)) for c in cands}
    while pool and len(chosen) < limit:
        best: tuple[float, int, Candidate] | None = None
        for c in pool:
            gain = c.strength
            gain += sum(0.5 + 0.5 * weights.get(p, 0.3) for p in c.principles if need.get(p, 0) > 0)
            gain -= 0.25 * used_roles.get(c.bullet.role, 0) if c.bullet.role is not None else 0
            gain -= 0.3 * used_primary.get(c.principles[0], 0)
            if any(jaccard(toks[id(c)], toks[id(o)]) > 0.6 for o in chosen):
                gain -= 2.0
            key = (round(gain, 6), -c.index)
            if best is None or key > (round(best[0], 6), -best[1]):
                best = (gain, c.index, c)
        assert best is not None
        pick = best[2]
        chosen.append(pick)
        pool.remove(pick)
        for p in pick.principles:
            if need.get(p, 0) > 0:
                need[p] -= 1
        used_roles[pick.bullet.role] = used_roles.get(pick.bullet.role, 0) + 1
        used_primary[pick.principles[0]] = used_primary.get(pick.principles[0], 0) + 1
    return _repair(chosen, [c for c in cands if c not in chosen], targets, weights)


def _repair(chosen: list[Candidate], rest: list[Candidate], targets: dict[str, int],
            weights: dict[str, float]) -> list[Candidate]:
    """Swap stories so the most-asked principles reach their target when the resume allows:
    a principle still short takes the place of the story whose removal costs least (the ask
    weight of principles it alone covers, which must be below the short principle's)."""
    chosen = list(chosen)
    for pid in sorted(targets, key=lambda p: (-weights.get(p, 0.0), p)):
        for _ in range(targets[pid]):
            have = sum(pid in c.principles for c in chosen)
            if have >= targets[pid]:
                break
            offers = [c for c in rest if pid in c.principles]
            if not offers:
                break
            count = {p: sum(p in o.principles for o in chosen) for p in targets}

            def loss(c: Candidate, count: dict[str, int] = count) -> float:
                """The ask weight of the principles that would fall below target."""
                return sum(weights.get(p, 0.0) for p in c.principles
                           if p in targets and count[p] <= targets[p])

            need_w = weights.get(pid, 0.0)
            drops = [c for c in chosen if pid not in c.principles and loss(c) < need_w]
            if not drops:
                break
            add = max(offers, key=lambda c: (c.strength, -c.index))
            drop = min(drops, key=lambda c: (round(loss(c), 6), c.strength, -c.index))
            chosen[chosen.index(drop)] = add
            rest.remove(add)
    return chosen


TITLE_WORDS = 8
_BREAK_WORDS = {"on", "for", "with", "in", "at", "from", "to", "across", "using", "by", "via",
                "through", "into", "within", "over", "under", "that", "which", "while"}
_TRAILING = _BREAK_WORDS | {"a", "an", "the", "my", "our", "its", "their", "per", "than", "and",
                            "of", "as", "or"}


def story_title(text: str) -> str:
    """A short title (at most 8 words) made only of the bullet's own words: its first clause,
    cut at a natural break (before a preposition) rather than mid-name, never an ellipsis."""
    first = re.split(r"[,;:.(\u2013\u2014]\s| - | (?:to|that|which|resulting in|leading to)"
                     r" (?=[a-z])", text.strip() + " ", maxsplit=1)[0].strip(" ,;:.")
    words = first.split()
    if len(words) < 3:
        words = text.split()
    if len(words) > TITLE_WORDS:
        breaks = [i for i in range(3, TITLE_WORDS + 1)
                  if i < len(words) and words[i].lower() in _BREAK_WORDS]
        words = words[: breaks[-1]] if breaks else words[:TITLE_WORDS]
    while len(words) > 2 and words[-1].lower().strip(",;:") in _TRAILING:
        words = words[:-1]
    title = " ".join(words).strip(" ,;:.-\u2013\u2014")
    return title[:1].upper() + title[1:]


def _title(text: str) -> str:
    return story_title(text)


def split_action_result(text: str) -> tuple[str, str]:
    """The bullet split into what was done and what it achieved, in its own words."""
    parts = sentences(text)
    if len(parts) > 1:
        res = [p for p in parts if metrics_in(Bullet("x", p, "")) or find_phrases(p, RESULT_WORDS)]
        if res and len(res) < len(parts):
            act = [p for p in parts if p not in res]
            return " ".join(act), " ".join(res)
    m = RESULT_CUES.search(text)
    if m and m.start() > 15:
        action = text[: m.start()].strip(" ,;")
        result = text[m.end():].strip()
        return action, result[:1].upper() + result[1:]
    if RESULT_FIRST.match(text) and metrics_in(Bullet("x", text, "")):
        return "", text.strip()  # the bullet states an outcome; how it was done is missing
    return text.strip(), ""


def _digits_ok(text: str, allowed: set[str]) -> bool:
    return all(d in allowed for d in re.findall(r"\d+", text))


def draft(c: Candidate, resume: Resume, knowledge: Knowledge) -> StoryDraft:
    """One STAR draft from one bullet."""
    b = c.bullet
    role = resume.roles[b.role] if b.role is not None and 0 <= b.role < len(resume.roles) else None
    kinds = {sec.title: sec.kind for sec in resume.sections}
    dates = f" ({role.dates})" if role and role.dates else ""
    if role and kinds.get(role.section) == "projects" and role.title:
        name = re.sub(r"(?i)^(personal |side |academic |course |class )?project\s*[:\-\u2013]\s*",
                      "", role.title) or role.title
        situation = f"On the project {display_title(name)}" + (
            f" ({role.organization})" if role.organization else "") + dates + ". "
    elif role and (role.title or role.organization):
        # readable capitals: "As Research Assistant", not "As RESEARCH ASSISTANT"
        where = " at ".join(display_title(p) for p in (role.title, role.organization) if p)
        situation = f"As {where}" + dates + ". "
    else:
        situation = ph("where and when this happened (role, team, dates)") + " "
    if "customer-obsession" in c.principles:
        situation += ph("who the customer was and what hurt")
    else:
        situation += ph("what was wrong or at stake, and for whom")
    task = ph("your specific goal, and your role versus the team's")
    if find_phrases(b.text, ("led", "lead", "leading", "owned", "own", "drove", "spearheaded")):
        task = ph("what you were accountable for, and how big the team was")
    action, result = split_action_result(b.text)
    if not action:
        action = ph("what you did, step by step, to get this result")
    if not result:
        result = ph("the measurable result: the metric before and after")
    elif not re.search(r"(?i)\bfrom\b.+\bto\b", result):
        result = result.rstrip(".") + ". " + ph("the baseline before your change")
    probes = _probes(c, b, knowledge)
    metric = metrics_in(b)
    title = _title(b.text)
    first = sentences(b.text)[0] if sentences(b.text) else b.text
    hook = clip(first, 100) if len(first) <= 100 or not metric else clip(
        f"{title} ({metric[0].text})" if metric[0].text not in title else title, 100)
    allowed = set(re.findall(r"\d+", resume.text + " " + " ".join(x.text for x in resume.bullets)
                             + " " + " ".join(r.dates for r in resume.roles)))
    fields = [situation, task, action, result, hook]
    fields = [f if _digits_ok(f, allowed) else re.sub(r"\d+", "", f) for f in fields]
    probes = tuple(p for p in probes if _digits_ok(p, allowed))
    if not _digits_ok(title, allowed):
        title = re.sub(r"\d+", "", title)
    sid = stable_id("s", b.id) if c.part is None else stable_id("s", b.id, str(c.part))
    return StoryDraft(sid, title, c.principles[:3], (b.id,), fields[0], fields[1],
                      fields[2], fields[3], probes, fields[4])


def _probes(c: Candidate, b: Bullet, knowledge: Knowledge) -> tuple[str, ...]:
    out: list[str] = []
    metric = metrics_in(b)
    if metric:
        out.append(f"What was the starting point before '{metric[0].text}', and how do you "
                   "know your work caused the change?")
    if find_phrases(b.text, ("team", "we", "collaborat*", "together", "partnered")):
        out.append("What exactly did you do, versus the rest of the team?")
    if find_phrases(b.text, ("deploy*", "production", "launch*", "shipped", "released")):
        out.append("How did you know it kept working after launch, and what broke?")
    if not metric:
        out.append("What changed because of this work, and how do you know?")
    for pid in c.principles[:2]:
        try:
            probes = knowledge.principle(pid).probes
        except KeyError:
            continue
        out.extend(probes[:2])
    return tuple(dict.fromkeys(out))[:6]


def build_stories(resume: Resume, evidence: Sequence[BulletEvidence],
                  ratings: Sequence[PrincipleRating], knowledge: Knowledge,
                  emphasis: dict[str, float],
                  part_results: dict[tuple[str, int], Any] | None = None,
                  ) -> tuple[StoryDraft, ...]:
    """Up to 8 STAR drafts (fewer when the resume has fewer usable bullets; never padded)."""
    cands = usable_bullets(resume, evidence, part_results)
    targets = coverage_targets(ratings, knowledge, emphasis)
    weights = {p.id: p.ask_weight + emphasis.get(p.id, 0.0) for p in knowledge.principles}
    chosen = select(cands, targets, weights)
    stories = [draft(c, resume, knowledge) for c in chosen]
    return tuple(stories)
