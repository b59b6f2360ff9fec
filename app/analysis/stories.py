"""The eight stories: STAR drafts from the resume's own lines, and frames to fill where the
resume has fewer credible stories than eight.

Which lines can be stories: only experience and project lines (never a skills list, a degree
line, a list of employers or a fragment), and only for a principle the line is credited with
(`evidence.credit_line`: what it shows, not what it reads like).

Which eight: greedy over (line, principle) pairs whose credit reaches STORY_BAR, valued by
credit x how much this posting and level ask for the principle, plus the resume's biggest
measured results and its most role-specific work (which are always taken first when they
are credible), recent roles a little ahead of old ones; each principle claimed by as few
stories as the resume allows, a line told only for a principle it shows at least OWN_SHARE as
well as its best one, near-duplicate lines held back. Several stories from one role are fine
when they are the resume's most credible lines (a penalty per story already drawn from a
role, meant to spread the eight across roles, made the choice tell weaker lines instead).
Principles the posting asks most that no line credibly shows become frames ("a time you
disagreed with your manager: think of..."), marked `kind="frame"`, with no line attached.

Drafting is `star.draft_star`; no number outside the resume ever appears (every field is
checked against the resume's digits).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.analysis.evidence import EVIDENCE_BAR, credit_line, paragraph_parts, story_credit
from app.analysis.numbers import metrics_in
from app.analysis.star import draft_star, result_sentence, split_action_result
from app.analysis.text import clip, find_phrases, jaccard, sentences, stable_id, tokens
from app.display import display_title
from app.models.knowledge import Knowledge
from app.models.report import BulletEvidence, PrincipleRating, StoryDraft
from app.models.resume import Bullet, JobDescription, Resume

__all__ = ["MAX_STORIES", "STORY_BAR", "build_stories", "story_set", "is_story_line", "split_action_result",
           "story_candidates", "story_title", "story_weights"]

MAX_STORIES = 8
MIN_WORDS = 6
STORY_BAR = 0.5  # credit a line needs to carry a story for a principle (calibrated, split a)
# A Bar Raiser picks the best stories a resume has: when fewer than MIN_DRAFTED lines reach
# STORY_BAR, the best remaining lines down to STORY_FLOOR are drafted too (a thin resume's
# best lines are still its stories); below that, frames.
MIN_DRAFTED = 3
STORY_FLOOR = 0.25
STORY_SECTIONS = ("experience", "projects")
# a line is told for a principle only when it shows it nearly as well as what it shows best:
# the posting's ask chooses among a line's near-equal readings, it does not make a teaching line
# a Dive Deep story (design sets corpus a/b, held-back 1-3: 5 stories right, none lost)
OWN_SHARE = 0.8
SAME_PRINCIPLE = 0.45  # value kept by a second story for a principle already claimed
RECENCY = 0.08  # value of the most recent role over the oldest
BIG_RESULT = 0.15  # bonus for the resume's biggest measured results (first, second)
MEASURED = 2.0  # a measured result: any %, x-fold or money figure, or a count of 50 or more
ROLE_SPECIFIC = 0.2  # bonus x how much of the posting's own wording a line uses
# any line reads as getting something done: a story chosen *for* Deliver Results or Ownership
# must beat the specific ones by this margin
GENERIC_VALUE = {"deliver-results": 0.8, "ownership": 0.9}
LEVEL_WEIGHTS = {  # what interviewers weigh more at a level (added to the ask weight)
    "L6": {"think-big": 0.25, "hire-and-develop-the-best": 0.25, "earn-trust": 0.15,
           "have-backbone-disagree-and-commit": 0.15, "ownership": 0.1},
    "L4": {"learn-and-be-curious": 0.2, "dive-deep": 0.15, "deliver-results": 0.1,
           "bias-for-action": 0.1},
}
_DEGREE = re.compile(
    r"(?i)^(b\.?\s?(e|s|sc|tech|a)\b|m\.?\s?(s|sc|tech|a|eng)\b|ph\.?\s?d|bachelor|master|"
    r"diploma|associate degree|doctor|mba\b|gpa|cgpa)|\b(university|college|institute|school)\b"
    r".{0,40}\b(19|20)\d\d\b")
_LIST_SEP = re.compile(r"\s*[,;|\u2022/]\s*")


@dataclass(frozen=True)
class Candidate:
    """One story source: a bullet, or one sentence of a paragraph-style bullet."""

    bullet: Bullet  # for a sentence, a Bullet with the parent's id and the sentence's text
    index: int  # resume order (bullet index x 100 + sentence index)
    credit: dict[str, float]  # principle -> credit (only those at EVIDENCE_BAR or more)
    impact: float  # the biggest metric's impact in the line (0 without one)
    relevance: float  # share of the posting's distinctive words the line uses, 0..1
    recency: float  # 1 for the first role on the resume, towards 0 for the last
    part: int | None = None  # sentence index within the bullet, None for the whole bullet
    outcome: Bullet | None = None  # the next bullet, when it only states this one's outcome

    @property
    def principles(self) -> tuple[str, ...]:
        return tuple(sorted(self.credit, key=lambda p: (-self.credit[p], p)))


def is_story_line(text: str) -> bool:
    """False for what can never be a story: a skills or tools list, a degree line, a list of
    employers or places, a fragment of fewer than MIN_WORDS words."""
    line = " ".join(text.split())
    words = line.split()
    if len(words) < MIN_WORDS:
        return False
    if _DEGREE.search(line) and not re.search(r"(?i)\b(led|built|developed|taught|designed|"
                                              r"created|won|published|managed)\b", line):
        return False
    items = [i for i in _LIST_SEP.split(line) if i.strip()]
    if len(items) >= 4 and sum(len(i.split()) <= 3 for i in items) >= 0.75 * len(items):
        return False  # "S3 API, Approach, ATL, audio, backup, ..."
    return True


def _section_kinds(resume: Resume) -> dict[str, str]:
    return {s.title: s.kind for s in resume.sections}


def _posting_words(job: JobDescription | None) -> set[str]:
    if job is None:
        return set()
    text = " ".join([job.title, *(r.text for r in job.requirements), *job.skills])
    return {t for t in tokens(text) if len(t) > 2}


def story_candidates(resume: Resume, evidence: Sequence[BulletEvidence], knowledge: Knowledge,
                     part_results: dict[tuple[str, int], Any] | None = None,
                     job: JobDescription | None = None) -> list[Candidate]:
    """Lines that can carry a story, with their credited principles. Paragraph-style bullets
    (several achievements in one) are read sentence by sentence, each credited on its own."""
    kinds = _section_kinds(resume)
    by_id = {ev.bullet_id: ev for ev in evidence}
    results = part_results or {}
    posting = _posting_words(job)
    roles = sorted({b.role for b in resume.bullets if b.role is not None})
    rank = {r: i for i, r in enumerate(roles)}
    out: list[Candidate] = []
    seen: set[str] = set()
    for i, b in enumerate(resume.bullets):
        ev = by_id.get(b.id)
        if ev is None or b.id in seen:
            continue
        seen.add(b.id)
        if kinds.get(b.section, "experience") not in STORY_SECTIONS:
            continue
        if outcome_of(resume, i - 1) is b:
            continue  # an outcome stated as a bullet of its own is the Result of the one before
        recency = 1.0 - rank[b.role] / max(len(roles) - 1, 1) if b.role in rank else 0.5
        outcome = outcome_of(resume, i)
        extra: dict[str, float] = {}
        if outcome is not None and (oev := by_id.get(outcome.id)) is not None:
            extra = story_credit(dict(oev.credit), outcome.text, knowledge.evidence)
        parts = paragraph_parts(b.text) if results else []
        if parts:
            for j, text in enumerate(parts):
                res = results.get((b.id, j))
                if res is None or not is_story_line(text):
                    continue
                scores = {k: float(v) for k, v in (getattr(res, "scores", {}) or {}).items()}
                achieved = bool(getattr(res, "principles", ())) and getattr(res, "is_achievement", True)
                credit = story_credit(credit_line(text, scores, knowledge.evidence, achieved),
                                      text, knowledge.evidence)
                last = j == len(parts) - 1
                if last:
                    credit = _merged(credit, extra)
                part = Bullet(b.id, text, b.section, b.role, b.page, b.bbox)
                _add(out, part, i * 100 + j, credit, posting, recency, j,
                     outcome if last else None)
            continue
        if not is_story_line(b.text):
            continue
        credit = _merged(story_credit(dict(ev.credit), b.text, knowledge.evidence), extra)
        _add(out, b, i * 100, credit, posting, recency, None, outcome)
    return out


def _merged(credit: dict[str, float], extra: dict[str, float]) -> dict[str, float]:
    """A line's credit with its outcome's beside it (the higher of the two per principle)."""
    return {p: max(credit.get(p, 0.0), extra.get(p, 0.0)) for p in {*credit, *extra}}


# "Continuously improved the infrastructure ...": an action of the person's with an adverb in
# front, not an outcome with a subject of its own
ADVERB_FIRST = re.compile(r"(?i)^\W*\w+ly\s+\w+ed\b")


def outcome_of(resume: Resume, i: int) -> Bullet | None:
    """The bullet after bullet `i` when it only states an outcome of the same role's work
    ("Long-range detection recall at 200 m rose from 81% to 94%") and bullet `i` states the
    work without a result of its own: the two are one story."""
    if not 0 <= i < len(resume.bullets) - 1:
        return None
    b, nxt = resume.bullets[i], resume.bullets[i + 1]
    if (nxt.role != b.role or nxt.section != b.section or not result_sentence(nxt.text)
            or ADVERB_FIRST.match(nxt.text) or result_sentence(b.text)
            or split_action_result(b.text)[1]):
        return None
    return nxt


def _add(out: list[Candidate], b: Bullet, index: int, credit: dict[str, float],
         posting: set[str], recency: float, part: int | None,
         outcome: Bullet | None = None) -> None:
    kept = {p: v for p, v in credit.items() if v >= min(EVIDENCE_BAR, STORY_FLOOR)}
    if not kept:
        return
    metrics = metrics_in(b) + (metrics_in(outcome) if outcome is not None else [])
    impact = max((m.impact for m in metrics), default=0.0)
    words = {t for t in tokens(b.text) if len(t) > 2}
    relevance = len(words & posting) / max(len(words), 1) if posting else 0.0
    out.append(Candidate(b, index, kept, impact, round(relevance, 6), round(recency, 6), part,
                         outcome))


def story_weights(ratings: Sequence[PrincipleRating], knowledge: Knowledge,
                  emphasis: dict[str, float], level: str = "",
                  posting_hits: dict[str, int] | None = None) -> dict[str, float]:
    """How much this posting and level ask for each principle: the ask weight, the role
    pack's emphasis, the posting's own wording and the level's focus."""
    hits = posting_hits or {}
    most = max(hits.values(), default=0) or 1
    extra = LEVEL_WEIGHTS.get(level, {})
    return {p.id: round(p.ask_weight + emphasis.get(p.id, 0.0) + 0.3 * hits.get(p.id, 0) / most
                        + extra.get(p.id, 0.0), 6)
            for p in knowledge.principles}


PER_PRINCIPLE = 2  # no principle leads more than two of the eight stories


def select(cands: Sequence[Candidate], weights: dict[str, float],
           limit: int = MAX_STORIES) -> list[tuple[Candidate, str]]:
    """Greedy choice of (line, principle) stories (see the module docstring)."""
    top = max(weights.values(), default=1.0) or 1.0
    norm = {p: 0.5 + w / top for p, w in weights.items()}  # 0.5..1.5
    by_impact = sorted((c for c in cands if c.impact >= MEASURED), key=lambda c: (-c.impact, c.index))
    big = {id(c): BIG_RESULT * (1.0 - 0.4 * k) for k, c in enumerate(by_impact[:2])}
    most_relevant = max(cands, key=lambda c: (c.relevance, -c.index), default=None)
    toks = {id(c): set(tokens(c.bullet.text)) for c in cands}
    chosen: list[tuple[Candidate, str]] = []
    claimed: dict[str, int] = {}
    used: set[int] = set()

    def value(c: Candidate, p: str) -> float:
        v = c.credit[p] * norm.get(p, 1.0) * GENERIC_VALUE.get(p, 1.0)
        v += big.get(id(c), 0.0) + ROLE_SPECIFIC * c.relevance + RECENCY * c.recency
        return v * SAME_PRINCIPLE ** claimed.get(p, 0)

    forced = [c for c in (by_impact[:1] + ([most_relevant] if most_relevant and
                                            most_relevant.relevance > 0 else []))]
    bar = STORY_BAR
    while len(chosen) < limit:
        options = [(c, p) for c in cands if id(c) not in used for p in c.credit
                   if c.credit[p] >= bar and c.credit[p] >= OWN_SHARE * max(c.credit.values())
                   and claimed.get(p, 0) < PER_PRINCIPLE]
        options = [(c, p) for c, p in options
                   if not any(jaccard(toks[id(c)], toks[id(o)]) > 0.6 for o, _ in chosen)]
        if not options:
            if bar > STORY_FLOOR and len(chosen) < MIN_DRAFTED:
                bar = STORY_FLOOR
                limit = min(limit, MIN_DRAFTED)
                continue
            break
        must = [(c, p) for c, p in options if any(c is f for f in forced)]
        pool = must or options
        c, p = max(pool, key=lambda cp: (round(value(*cp), 6), -cp[0].index, cp[1]))
        forced = [f for f in forced if f is not c]
        chosen.append((c, p))
        used.add(id(c))
        claimed[p] = claimed.get(p, 0) + 1
    return chosen


TITLE_WORDS = 8
_BREAK_WORDS = {"on", "for", "with", "in", "at", "from", "to", "across", "using", "by", "via",
                "through", "into", "within", "over", "under", "that", "which", "while", "after",
                "before", "during", "between", "among", "without", "against"}
_TRAILING = _BREAK_WORDS | {"a", "an", "the", "my", "our", "its", "their", "per", "than", "and",
                            "of", "as", "or", "had", "has", "have", "was", "were", "is", "are",
                            "be", "been", "would", "could", "will", "can", "did", "do", "does"}


def story_title(text: str) -> str:
    """A short title (at most 8 words) made only of the bullet's own words: its first clause,
    cut at a natural break (before a preposition) rather than mid-name, never an ellipsis."""
    # a dash between numbers is a range ("the 2024 – 2026 strategy"), not a break
    first = re.split(r"[,;:.(]\s|(?<!\d )[\u2013\u2014]\s| - | (?:to|that|which|resulting in|"
                     r"leading to) (?=[a-z])", text.strip() + " ", maxsplit=1)[0].strip(" ,;:.")
    words = first.split()
    if len(words) < 3:
        words = text.split()
    if len(words) > TITLE_WORDS:
        # never inside a range ("from 3 to 9 engineers")
        breaks = [i for i in range(3, TITLE_WORDS + 1)
                  if i < len(words) and words[i].lower() in _BREAK_WORDS
                  and not (words[i].lower() == "to" and "from" in
                           (w.lower() for w in words[max(0, i - 3):i]))]
        words = words[: breaks[-1]] if breaks else words[:TITLE_WORDS]
    while len(words) > 2 and words[-1].lower().strip(",;:") in _TRAILING:
        words = words[:-1]
    title = " ".join(words).strip(" ,;:.-\u2013\u2014")
    if title.count("(") > title.count(")"):  # never half a parenthesis: cut before it
        title = title[: title.rfind("(")].rstrip(" ,;:-")
    return title[:1].upper() + title[1:]


def _digits_ok(text: str, allowed: set[str]) -> bool:
    return all(d in allowed for d in re.findall(r"\d+", text))


def _where(b: Bullet, resume: Resume) -> str:
    role = resume.roles[b.role] if b.role is not None and 0 <= b.role < len(resume.roles) else None
    if role is None:
        return ""
    kinds = _section_kinds(resume)
    dates = f" ({role.dates})" if role.dates else ""
    if kinds.get(role.section) == "projects" and role.title:
        name = re.sub(r"(?i)^(personal |side |academic |course |class )?project\s*[:\-\u2013]\s*",
                      "", role.title) or role.title
        return f"On the project {display_title(name)}" + (f" ({role.organization})" if role.organization else "") + dates
    if role.title or role.organization:
        return "As " + " at ".join(display_title(p) for p in (role.title, role.organization) if p) + dates
    return ""


def draft(c: Candidate, principle: str, resume: Resume, knowledge: Knowledge,
          others: Sequence[str] = ()) -> StoryDraft:
    """One STAR draft from one line, for `principle` (then the line's other credited ones)."""
    b = c.bullet
    leads = bool(find_phrases(b.text, ("led", "lead", "leading", "owned", "own", "drove",
                                        "spearheaded", "managed", "headed")))
    star = draft_star(_with_outcome(c, resume), _where(b, resume), leads,
                      principle == "customer-obsession")
    principles = (principle, *[p for p in c.principles if p != principle])[:3]
    probes = _probes(b, principles, knowledge)
    metric = metrics_in(b)
    title = story_title(b.text)
    first = sentences(b.text)[0] if sentences(b.text) else b.text
    hook = clip(first, 100) if len(first) <= 100 or not metric else clip(
        f"{title} ({metric[0].text})" if metric[0].text not in title else title, 100)
    allowed = set(re.findall(r"\d+", resume.text + " " + " ".join(x.text for x in resume.bullets)
                             + " " + " ".join(r.dates + " " + r.title + " " + r.organization
                                              for r in resume.roles)))
    fields = [star.situation, star.task, star.action, star.result, hook]
    fields = [f if _digits_ok(f, allowed) else re.sub(r"\d+", "", f) for f in fields]
    probes = tuple(p for p in probes if _digits_ok(p, allowed))
    if not _digits_ok(title, allowed):
        title = re.sub(r"\d+", "", title)
    rule = knowledge.evidence.rules.get(principle)
    name = knowledge.principle(principle).name
    why = f"For {name}: the line shows {rule.shows if rule else name.lower()}"
    why += "; " + "; ".join(others) + "." if others else "."
    sid = stable_id("s", b.id) if c.part is None else stable_id("s", b.id, str(c.part))
    ids = (b.id,) if c.outcome is None else (b.id, c.outcome.id)
    return StoryDraft(sid, title, principles, ids, fields[0], fields[1], fields[2],
                      fields[3], probes, fields[4], "drafted", why)


def _with_outcome(c: Candidate, resume: Resume) -> str:
    """The text a story is drafted from: one sentence of a paragraph-style bullet, with the
    sentence beside it that belongs to the same story: the outcome stated right after it
    ("Reported numbers dropped 4 points"), or, for a sentence that only states an outcome, the
    work it came from (the sentence before)."""
    if c.part is None:
        return _joined(c.bullet.text, c.outcome.text) if c.outcome is not None else c.bullet.text
    whole = next((b.text for b in resume.bullets if b.id == c.bullet.id), "")
    parts = paragraph_parts(whole)
    j = c.part
    if not 0 <= j < len(parts) or parts[j] != c.bullet.text:
        return c.bullet.text
    if c.outcome is not None and j == len(parts) - 1:
        return _joined(parts[j], c.outcome.text)
    if result_sentence(parts[j]) and j > 0 and not result_sentence(parts[j - 1]):
        return parts[j - 1] + " " + parts[j]
    if j + 1 < len(parts) and result_sentence(parts[j + 1]):
        return parts[j] + " " + parts[j + 1]
    return parts[j]


def _joined(work: str, outcome: str) -> str:
    """Two lines as two sentences (a bullet rarely ends with a full stop)."""
    work = work.rstrip()
    return work + ("" if work.endswith((".", "!", "?")) else ".") + " " + outcome.strip()


def _probes(b: Bullet, principles: Sequence[str], knowledge: Knowledge) -> tuple[str, ...]:
    out: list[str] = []
    metric = metrics_in(b)
    change = [m for m in metric if m.kind != "count"]
    moved = False
    if len(change) >= 2:  # "MAPE 24% to 17%", "from 9 to 2", "3 days → 6 hours": both ends
        at = b.text.find(change[0].text) + len(change[0].text)
        between = b.text[at:b.text.find(change[1].text, at)] if at >= len(change[0].text) else ""
        moved = bool(re.fullmatch(r"\s*(?:to|→|->|–)\s*", between))
    if moved:
        out.append(f"How did you measure the change from '{change[0].text}' to "
                   f"'{change[1].text}', and how do you know your work caused it?")
    elif change:
        out.append(f"What was the starting point before '{change[0].text}', and how do you "
                   "know your work caused the change?")
    elif metric:  # a size, not a change ("9 engineers", "a 600 MB budget")
        out.append(f"What did '{metric[0].text}' make hard, and what would have happened "
                   "without your work?")
    if find_phrases(b.text, ("team", "we", "collaborat*", "together", "partnered")):
        out.append("What exactly did you do, versus the rest of the team?")
    if find_phrases(b.text, ("deploy*", "production", "launch*", "shipped", "released")):
        out.append("How did you know it kept working after launch, and what broke?")
    if not metric:
        out.append("What changed because of this work, and how do you know?")
    for pid in principles[:2]:
        try:
            probes = knowledge.principle(pid).probes
        except KeyError:
            continue
        out.extend(probes[:2])
    return tuple(dict.fromkeys(out))[:6]


def frame(principle: str, knowledge: Knowledge) -> StoryDraft:
    """A story to fill for a principle no line shows: the prompt, no line attached."""
    coach = knowledge.coaching.get(principle)
    words = knowledge.wording
    text = coach.frame if coach else f"a time you showed {knowledge.principle(principle).name}"
    short = text.split(":")[0].strip()
    short = short[:1].upper() + short[1:]
    probes = tuple(knowledge.principle(principle).probes[:3])
    return StoryDraft(
        stable_id("s", "frame", principle), words.get("frame.title", frame_short=short),
        (principle,), (), words.get("frame.situation", frame=text),
        words.get("frame.task"), words.get("frame.action"), words.get("frame.result"), probes,
        words.get("frame.hook", frame_short=short), "frame",
        f"No line on your resume credibly shows {knowledge.principle(principle).name} yet, and "
        "the posting asks for it: fill this frame with a real example.")


def build_stories(resume: Resume, evidence: Sequence[BulletEvidence],
                  ratings: Sequence[PrincipleRating], knowledge: Knowledge,
                  emphasis: dict[str, float],
                  part_results: dict[tuple[str, int], Any] | None = None,
                  job: JobDescription | None = None, level: str = "",
                  posting_hits: dict[str, int] | None = None) -> tuple[StoryDraft, ...]:
    """Eight stories: drafted from credible lines first, frames for the rest."""
    return story_set(resume, evidence, ratings, knowledge, emphasis, part_results, job, level,
                     posting_hits)[0]


def story_set(resume: Resume, evidence: Sequence[BulletEvidence],
              ratings: Sequence[PrincipleRating], knowledge: Knowledge,
              emphasis: dict[str, float],
              part_results: dict[tuple[str, int], Any] | None = None,
              job: JobDescription | None = None, level: str = "",
              posting_hits: dict[str, int] | None = None,
              ) -> tuple[tuple[StoryDraft, ...], dict[str, dict[str, float]]]:
    """The eight stories and, per drafted story, the credit of its own line (a sentence of a
    paragraph bullet has its own credit, not the whole bullet's)."""
    if not resume.bullets:  # nothing was read: the no-bullets risk says so, frames would hide it
        return (), {}
    cands = story_candidates(resume, evidence, knowledge, part_results, job)
    weights = story_weights(ratings, knowledge, emphasis, level, posting_hits)
    picks = select(cands, weights)
    by_impact = sorted((c for c, _ in picks if c.impact >= MEASURED),
                       key=lambda c: (-c.impact, c.index))
    most_relevant = max((c for c, _ in picks), key=lambda c: (c.relevance, -c.index), default=None)
    stories: list[StoryDraft] = []
    credits: dict[str, dict[str, float]] = {}
    for c, p in picks:
        notes = []
        if by_impact and c is by_impact[0]:
            notes.append("it is your biggest measured result")
        if most_relevant is not None and c is most_relevant and c.relevance > 0:
            notes.append("it is the line closest to this posting's own work")
        story = draft(c, p, resume, knowledge, notes)
        stories.append(story)
        credits[story.id] = dict(c.credit)
    covered = {s.principles[0] for s in stories}
    missing = sorted((pid for pid in weights if pid not in covered),
                     key=lambda pid: (-weights[pid], pid))
    for pid in missing[: max(0, MAX_STORIES - len(stories))]:
        stories.append(frame(pid, knowledge))
    return tuple(stories), credits
