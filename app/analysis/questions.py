"""The 12 likeliest behavioural questions for this person and posting, each with the story to
tell (or none yet, and the gap script), the angle, and the full answer decode.

Which questions: the bank filtered by the posting's level, by company (questions that only make
sense at Amazon are left out for other companies) and by kind (questions about a model only for
machine-learning postings), then ranked by

    score = frequency x posting stress x person x level (x production)

- frequency: how often candidates report the question (question bank, 0..1);
- posting stress: 1 + 0.5 x how much the posting uses the question's principles' words and
  tags, relative to the most-stressed question;
- person: a question one of the person's stories answers (x1.3 + 0.3 x its credit: they will
  dig into it), or a clear gap, principles no line even hints at (x0.6: they will test for
  it and the gap script is ready, but "no line hints at it" is the classifier's word, and on
  the held-back sets a third of such questions had a story an expert would tell: a clear gap
  still makes the 12 when it is asked often, two or three per kit); a question whose principles the resume hints at but no story
  fits what it asks (x0.02: taken only when nothing better is left, such as the model
  questions an ML loop always asks; the kit leads with questions the person can answer from
  their own lines or must close honestly, and on the labelled sets every such question was
  one an expert had a story for that the kit could not name);
- level: scope and influence questions weigh more at L6, fundamentals and learning at L4;
- production: x1.15 for a question about running systems when the posting stresses it.
Diversity: at most 2 questions per principle, no near duplicates (same words, or the same
principle on the same theme).

Question -> story by what the question asks (`decodes.json` families): the story's line must
be credited for one of the question's principles (what it shows, never a shared word) and
match the family's needs (a failure question needs a miss or incident, a model-in-production
question an ML system the person ran, a disagreement question a challenge). No story answers
more than MAX_PER_STORY of the 12 (`assign`: when a fourth question fits only a story three
others tell, one of them moves to another story that fits it). No fitting story: `story_id` is
None and the gap script is named.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from app.analysis.posting import is_ml_posting, posting_body, principle_hits
from app.analysis.text import count_phrase, jaccard, rnd, tokens
from app.models.knowledge import (
    LEVELS,
    Decode,
    Knowledge,
    Needs,
    Question,
    RolePack,
    Wording,
    needs_met,
)
from app.models.report import (
    PLACEHOLDER_PREFIX,
    AnswerDecode,
    BulletEvidence,
    PredictedQuestion,
    PrincipleRating,
    StoryDraft,
)
from app.models.resume import JobDescription

COUNT = 12
MAX_PER_STORY = 3
PER_PRINCIPLE = 2
NEAR_DUPLICATE = 0.6
# the question's main principle: a line credited a little under FIT_BAR for what the question is
# mostly about still answers it (heldout2 question_fit 0.836 -> 0.842; 0.4 lost one on corpus b)
MAIN_BAR = 0.45
FIT_BAR = 0.5  # a story answers a question when credited this much for one of its principles
# the closest story a resume without the asked kind can tell (`Decode.adjacent_needs`: a
# production system the person owned, for a model-in-production question) answers at this
# share of its fit, so any story of the right kind comes first
ADJACENT = 0.8
PRODUCTION_BOOST = 1.15
PRODUCTION_TAGS = {"production", "monitoring", "drift", "on-call"}
PRODUCTION_WORDS = ("production", "deploy*", "monitor*", "drift", "on-call", "serving", "skew")
ML_FAMILIES = {"model-production", "ml-work"}
ML_MIN = 3  # an ML posting's loop asks about models whatever the resume: at least this many
SCOPE_TAGS = {"leadership", "influence", "vision", "cross-team", "mentoring", "platform",
              "hiring", "scale", "team"}
BASICS_TAGS = {"learning", "debugging", "deadline", "failure", "feedback", "growth",
               "curiosity", "ambiguity", "prioritisation", "initiative"}
LEVEL_FACTOR = {("L6", "scope"): 1.25, ("L4", "basics"): 1.2, ("L4", "scope"): 0.7}
PERSON = {"fit": 1.3, "gap": 0.6, "unsure": 0.02, "no-story": 1.0}
GAP_CLEAR = 0.03  # credit under which a line does not even hint at a principle (split a)
TAG_WORDS = {
    "ml": ("machine learning", "model*", "ml"), "production": ("production", "deploy*", "monitor*"),
    "customer": ("customer*", "user*"), "mentoring": ("mentor*", "coach*"),
    "conflict": ("stakeholder*", "cross-functional"), "failure": ("ambiguity", "ambiguous"),
    "data": ("data",), "scale": ("scale*", "large-scale", "distributed"),
    "deadline": ("fast-paced", "deadline*", "deliver*"), "leadership": ("lead*", "own*"),
}
BROAD_TAGS = frozenset({"ml", "production", "data", "customer"})  # too broad to mean a theme
PRINCIPLE_FAMILY = {
    "ownership": "ownership", "dive-deep": "dive-deep", "customer-obsession": "customer",
    "have-backbone-disagree-and-commit": "disagreement", "bias-for-action": "speed",
    "earn-trust": "trust", "deliver-results": "delivery",
    "insist-on-the-highest-standards": "standards", "invent-and-simplify": "invention",
    "are-right-a-lot": "judgement", "learn-and-be-curious": "learning",
    "hire-and-develop-the-best": "mentoring", "think-big": "think-big", "frugality": "frugality",
    "strive-to-be-earths-best-employer": "team",
    "success-and-scale-bring-broad-responsibility": "responsibility",
}


def near_duplicate(a: Question, b: Question, ta: set[str] | None = None,
                   tb: set[str] | None = None) -> bool:
    """True when two questions would draw the same story: their words overlap heavily, or
    they test the same principle on the same theme ("met a tight deadline" / "missed a
    deadline")."""
    ta = set(tokens(a.text)) if ta is None else ta
    tb = set(tokens(b.text)) if tb is None else tb
    if jaccard(ta, tb) >= NEAR_DUPLICATE:
        return True
    same = bool(a.principles and b.principles and a.principles[0] == b.principles[0])
    return same and bool((set(a.tags) & set(b.tags)) - BROAD_TAGS)


def _tag_hits(text: str, tags: Sequence[str], cache: dict[str, int]) -> int:
    total = 0
    for tag in tags:
        if tag not in cache:
            cache[tag] = sum(min(3, count_phrase(text, w))
                             for w in TAG_WORDS.get(tag, (tag.replace("-", " "),)))
        total += cache[tag]
    return total


def target_level(job: JobDescription, estimated: str) -> str | None:
    """The level used to filter questions: the posting's, else the candidate's estimate."""
    level = str((job.level_hints or {}).get("level") or "")
    if level in LEVELS:
        return level
    return estimated if estimated in LEVELS else None


def family_of(q: Question, knowledge: Knowledge) -> Decode | None:
    """The answer decode family of a question (its own, else its first principle's)."""
    fid = q.family or PRINCIPLE_FAMILY.get(q.principles[0] if q.principles else "", "")
    return knowledge.decodes.get(fid)


def is_amazon(pack: RolePack, job: JobDescription | None = None) -> bool:
    """An Amazon loop: an Amazon role pack and a posting that does not name another company."""
    if pack.company.strip().lower() != "amazon":
        return False
    if job is None:
        return True
    company = job.company.strip().lower()
    if company:
        return "amazon" in company or "aws" in company
    # no company read: an Amazon posting names Amazon somewhere ("AWS" alone is a skill)
    return bool(re.search(r"\bamazon\b", job.text or "", re.IGNORECASE)) or not job.text


def _family_id(q: Question, knowledge: Knowledge) -> str:
    fam = family_of(q, knowledge)
    return fam.id if fam is not None else ""


def asks_for_model(q: Question, knowledge: Knowledge) -> bool:
    """True for a question about a model or an ML system (its family needs one)."""
    fam = family_of(q, knowledge)
    return fam is not None and fam.id in ML_FAMILIES


class StoryIndex:
    """What each story's line shows: its credit per principle and its text."""

    def __init__(self, stories: Sequence[StoryDraft], evidence: Sequence[BulletEvidence],
                 texts: dict[str, str],
                 credits: dict[str, dict[str, float]] | None = None) -> None:
        ev = {e.bullet_id: e for e in evidence}
        self.stories = [s for s in stories if s.kind != "frame" and s.bullet_ids]
        self.credit: dict[str, dict[str, float]] = {}
        self.text: dict[str, str] = {}
        for s in self.stories:
            if credits is not None and s.id in credits:  # the story's own line (or sentence)
                credit = dict(credits[s.id])
            else:
                credit = {}
                for b in s.bullet_ids:
                    for p, v in (ev[b].credit if b in ev else {}).items():
                        credit[p] = max(credit.get(p, 0.0), v)
            # the principle a story was drafted for fits, whatever its line's absolute credit
            credit[s.principles[0]] = max(credit.get(s.principles[0], 0.0), FIT_BAR)
            self.credit[s.id] = credit
            self.text[s.id] = " ".join(texts.get(b, "") for b in s.bullet_ids) or (
                s.action + " " + s.result)
        # needs_met per (needs, story), asked again for every question of a family and twice
        # for a story picked (~1,800 pattern scans a resume for ~200 distinct answers)
        self._met: dict[tuple[Needs, str], bool] = {}

    def meets(self, needs: Needs, s: StoryDraft) -> bool:
        """`needs_met(needs, text of story s)`, worked out once per needs and story."""
        key = (needs, s.id)
        hit = self._met.get(key)
        if hit is None:
            hit = self._met[key] = needs_met(needs, self.text[s.id])
        return hit

    def fit(self, q: Question, decode: Decode | None, s: StoryDraft) -> float:
        """How well story `s` answers question `q` (0: it does not)."""
        if decode is not None and not decode.takes_story:
            return 0.0
        scale = 1.0
        if decode is not None and not self.meets(decode.story_needs, s):
            if not self.adjacent(decode, s):
                return 0.0
            scale = ADJACENT
        # the story must show one of the principles the question tests (the bank lists them,
        # main first): "the most difficult bug" tests Dive Deep and Ownership, and a line that
        # credibly shows owning a service answers it; the main principle is preferred (x1 vs
        # x0.85, and a slightly lower bar, MAIN_BAR), and the family's needs (a failure, a
        # model in production...) still apply
        return scale * max((v for _, v in self._fits(q, s)), default=0.0)

    def adjacent(self, decode: Decode | None, s: StoryDraft) -> bool:
        """True when story `s` is not the kind the question asks for but the closest one a
        resume without it can tell (the family's adjacent needs)."""
        return (decode is not None and bool(decode.adjacent_needs)
                and not self.meets(decode.story_needs, s)
                and self.meets(decode.adjacent_needs, s))

    def _fits(self, q: Question, s: StoryDraft) -> list[tuple[str, float]]:
        credit = self.credit[s.id]
        out = []
        for rank, p in enumerate(q.principles):
            c = credit.get(p, 0.0)
            if c >= (MAIN_BAR if rank == 0 else FIT_BAR):
                out.append((p, c * (1.0 if rank == 0 else 0.85)))
        return out

    def via(self, q: Question, s: StoryDraft) -> str | None:
        """The question's principle through which story `s` answers it (its best fit)."""
        fits = self._fits(q, s)
        return max(fits, key=lambda t: t[1])[0] if fits else None

    def best(self, q: Question, decode: Decode | None, used: dict[str, int]
             ) -> tuple[StoryDraft | None, float]:
        pick, value = None, 0.0
        for s in self.stories:
            if used.get(s.id, 0) >= MAX_PER_STORY:
                continue
            f = self.fit(q, decode, s)
            v = f - 0.05 * used.get(s.id, 0)
            if f > 0 and (pick is None or round(v, 6) > round(value, 6)):
                pick, value = s, v
        return pick, (self.fit(q, decode, pick) if pick else 0.0)


def _frequency_word(f: float) -> str:
    return "why.often" if f >= 0.8 else ("why.sometimes" if f >= 0.5 else "why.rarely")


def _level_kind(q: Question) -> str:
    tags = set(q.tags)
    if tags & SCOPE_TAGS:
        return "scope"
    if tags & BASICS_TAGS:
        return "basics"
    return ""


def _fill_shape(decode: Decode, story: StoryDraft | None, pname: str, shows: str) -> tuple[str, ...]:
    def part(text: str, missing: str) -> str:
        clean = text.split(PLACEHOLDER_PREFIX)[0].strip()
        return clean.rstrip(".") if clean else f"[{missing}]"

    if story is None:
        values = {"title": "[your example]", "situation": "[where you were and what was at stake]",
                  "action": "[what you did yourself]", "result": "[how it ended, with a number]"}
    else:
        situation = part(story.situation, "add where and what was at stake")
        if PLACEHOLDER_PREFIX in story.situation and not situation.startswith("["):
            situation += " [add what was at stake, and for whom]"
        values = {"title": story.title,
                  "situation": situation,
                  "action": part(story.action, "add what you did yourself"),
                  "result": part(story.result, "add the result")}
    values |= {"principle": pname, "shows": shows}
    out = []
    for step in decode.shape:
        for k, v in values.items():
            step = step.replace("{" + k + "}", v)
        out.append(step)
    return tuple(out)


def _hint(text: str, limit: int = 70) -> str:
    from app.analysis.text import clip

    clean = text.split(PLACEHOLDER_PREFIX)[0].strip().rstrip(".")
    return clip(clean, limit) if clean else ""


def predict(knowledge: Knowledge, pack: RolePack, job: JobDescription,
            ratings: Sequence[PrincipleRating], evidence: Sequence[BulletEvidence],
            stories: Sequence[StoryDraft], estimated_level: str,
            bullet_texts: dict[str, str] | None = None,
            story_credits: dict[str, dict[str, float]] | None = None,
            model_loop: bool | None = None,
            ) -> tuple[PredictedQuestion, ...]:
    """The ranked questions, each with its story or gap, angle, why and answer decode.
    `model_loop` (`posting.asks_for_models`): the loop asks about models the person built, so
    at least ML_MIN of the questions are about models; None: any ML posting."""
    rmap = {r.id: r for r in ratings}
    names = {p.id: p.name for p in knowledge.principles}
    rules = knowledge.evidence.rules
    words = knowledge.wording
    index = StoryIndex(stories, evidence, bullet_texts or {}, story_credits)
    hits = principle_hits(job, knowledge)
    jd_text = posting_body(job)
    level = target_level(job, estimated_level)
    ml_posting = is_ml_posting(job, pack)
    amazon = is_amazon(pack, job)
    production_posting = sum(min(3, count_phrase(jd_text, w)) for w in PRODUCTION_WORDS) >= 4
    # a principle is a clear gap when no line even hints at it (every credit under
    # GAP_CLEAR): then a question on it is a real test, with the gap script ready
    shown_anywhere = {p: any(e.credit.get(p, 0.0) >= GAP_CLEAR for e in evidence)
                      for p in knowledge.principle_ids}

    def allowed(q: Question, by_level: bool) -> bool:
        if by_level and level and q.levels and level not in q.levels:
            return False
        if q.amazon_only and not amazon:
            return False
        fam = family_of(q, knowledge)
        return not (fam is not None and fam.id in ML_FAMILIES and not ml_posting)

    pool = [q for q in knowledge.questions if allowed(q, True)]
    if len(pool) < COUNT:  # too few for this level: ignore the level
        pool = [q for q in knowledge.questions if allowed(q, False)]
    tag_cache: dict[str, int] = {}
    rows = []
    for q in pool:
        pids = [p for p in q.principles if p in rmap] or list(q.principles)
        h = sum(hits.get(p, 0) for p in pids) + _tag_hits(jd_text, q.tags, tag_cache)
        rows.append((q, pids, h))
    most = max((h for _, _, h in rows), default=0) or 1

    scored = []
    for q, pids, h in rows:
        decode = family_of(q, knowledge)
        stress = 1.0 + 0.5 * h / most
        story, fit = index.best(q, decode, {})
        if decode is not None and not decode.takes_story:
            state, person = "no-story", PERSON["no-story"]
        elif story is not None:
            state, person = "fit", PERSON["fit"] + 0.3 * fit
        elif not any(shown_anywhere.get(p, False) for p in q.principles):
            state, person = "gap", PERSON["gap"]
        else:
            state, person = "unsure", PERSON["unsure"]
        if model_loop is False and decode is not None and decode.id in ML_FAMILIES and (
                story is None or index.adjacent(decode, story)):
            continue  # a software loop on ML systems asks about a model only the person built
        lk = _level_kind(q)
        lvl = LEVEL_FACTOR.get((level or "", lk), 1.0)
        prod = PRODUCTION_BOOST if production_posting and set(q.tags) & PRODUCTION_TAGS else 1.0
        score = q.frequency * stress * person * lvl * prod
        detail = (f"frequency {q.frequency:.2f} x posting stress {stress:.2f} ({h} related "
                  f"words, the most for any question {most}) x person {person:.2f} ({state}) "
                  f"x level {lvl:.2f}" + (f" x production {prod:.2f}" if prod != 1.0 else "")
                  + f" = {score:.3f}")
        scored.append((rnd(score, 6), q.id, q, pids, state, detail, lk))
    scored.sort(key=lambda t: (-t[0], t[1]))

    chosen: list[tuple[float, Question, list[str], str, str, str]] = []
    qtok: dict[str, set[str]] = {}

    def toks(q: Question) -> set[str]:
        if q.id not in qtok:
            qtok[q.id] = set(tokens(q.text))
        return qtok[q.id]

    booked: dict[str, int] = {}  # questions each story would answer so far
    for cap in (PER_PRINCIPLE, PER_PRINCIPLE + 1, COUNT):
        per: dict[str, int] = {}
        for _, q, *_ in chosen:
            per[q.principles[0]] = per.get(q.principles[0], 0) + 1
        for score, _, q, pids, state, detail, lk in scored:
            if len(chosen) >= COUNT:
                break
            if any(q.id == c[1].id for c in chosen):
                continue
            if per.get(q.principles[0], 0) >= cap:
                continue
            if any(near_duplicate(q, c[1], toks(q), toks(c[1])) for c in chosen):
                continue
            if state == "fit":  # a story answers it: only while that story has room
                story, _ = index.best(q, family_of(q, knowledge), booked)
                if story is None and cap < COUNT:
                    continue
                if story is not None:
                    booked[story.id] = booked.get(story.id, 0) + 1
            chosen.append((score, q, pids, state, detail, lk))
            per[q.principles[0]] = per.get(q.principles[0], 0) + 1
        if len(chosen) >= COUNT:
            break
    if ml_posting if model_loop is None else model_loop:
        chosen = _ensure_ml(chosen, scored, knowledge, toks)
    chosen.sort(key=lambda t: (-t[0], t[1].id))

    assigned = assign([c[1] for c in chosen], index, knowledge)
    out: list[PredictedQuestion] = []
    seen_why: set[str] = set()
    for score, q, pids, _state, detail, lk in chosen:
        decode = family_of(q, knowledge)
        story = assigned.get(q.id)
        taken = None
        if story is None:  # the fitting story may already answer three others
            taken, _ = index.best(q, decode, {})
        primary = q.principles[0]
        pname = names.get(primary, primary)
        shows = rules[primary].shows if primary in rules else pname
        kind_shown = decode is not None and bool(decode.story_needs) and any(
            index.meets(decode.story_needs, s) for s in index.stories)
        why = _why(q, pids, story, decode, rmap, names, hits, level, lk, words, taken, kind_shown)
        if why in seen_why:
            why = why.rstrip(".") + f" (it tests {' and '.join(names.get(p, p) for p in pids[:2])})."
        seen_why.add(why)
        angle = _angle(q, story, decode, pname, shows, knowledge, rmap, taken,
                       index.via(q, story) if story is not None else None,
                       story is not None and index.adjacent(decode, story), kind_shown)
        dec = None
        if decode is not None:
            dec = AnswerDecode(decode.id, decode.listens_for,
                               _fill_shape(decode, story, pname, shows), decode.pitfalls,
                               decode.follow_ups, decode.strong_vs_adequate)
        # another company's loop has no bar raiser: that interview is one of its onsite rounds
        rounds = tuple(r if amazon or r != "bar-raiser" else "onsite-loop"
                       for r in q.rounds) or ("onsite-loop",)
        gap = None
        if story is None and (decode is None or decode.takes_story):
            strong = primary in rmap and rmap[primary].strength == "strong"
            gap = (f"g-family-{decode.id}" if (strong or taken is not None) and decode is not None
                   else f"g-{primary}")
        out.append(PredictedQuestion(
            q.id, q.text, tuple(q.principles), rounds[0], why, story.id if story else None,
            angle, rnd(score, 4), q.looks_for, dec, detail, gap))
    return tuple(out)


_Chosen = tuple[float, Question, list[str], str, str, str]


def assign(questions: Sequence[Question], index: StoryIndex, knowledge: Knowledge,
           ) -> dict[str, StoryDraft]:
    """The story each question is answered with (question id -> story; absent: none yet).
    In rank order each question takes its best-fitting story that answers fewer than
    MAX_PER_STORY others; then a question left without one, though a story fits it, takes
    that story when one of the questions it answers can move to another story that fits it
    and has room (three questions sharing a story should not leave a fourth unanswered
    while a second story could carry one of them)."""
    used: dict[str, int] = {}
    out: dict[str, StoryDraft] = {}
    decodes = {q.id: family_of(q, knowledge) for q in questions}
    for q in questions:
        story, _ = index.best(q, decodes[q.id], used)
        if story is not None:
            out[q.id] = story
            used[story.id] = used.get(story.id, 0) + 1
    for q in questions:
        if q.id in out:
            continue
        fitting = sorted((s for s in index.stories if index.fit(q, decodes[q.id], s) > 0),
                         key=lambda s: (-index.fit(q, decodes[q.id], s), s.id))
        for s in fitting:
            moved = _move_one(s, questions, out, used, index, decodes)
            if moved:
                out[q.id] = s
                used[s.id] = used.get(s.id, 0) + 1
                break
    return out


def _move_one(s: StoryDraft, questions: Sequence[Question], out: dict[str, StoryDraft],
              used: dict[str, int], index: StoryIndex, decodes: dict[str, Decode | None]) -> bool:
    """Move one question answered by `s` (the last in rank order first) to another story that
    fits it and has room; True when one moved (then `s` has room for one more)."""
    for q2 in reversed(questions):
        if out.get(q2.id) is not s:
            continue
        room = [t for t in index.stories if t is not s and used.get(t.id, 0) < MAX_PER_STORY
                and index.fit(q2, decodes[q2.id], t) > 0]
        if room:
            best = max(room, key=lambda t: (round(index.fit(q2, decodes[q2.id], t), 6), t.id))
            out[q2.id] = best
            used[best.id] = used.get(best.id, 0) + 1
            used[s.id] -= 1
            return True
    return False


def _ensure_ml(chosen: list[_Chosen], scored: list[tuple[float, str, Question, list[str], str, str,
                                                          str]],
               knowledge: Knowledge, toks: Callable[[Question], set[str]]) -> list[_Chosen]:
    """Swap the lowest-ranked other questions for the best model questions until ML_MIN of the
    12 are about models (an ML loop asks them whatever the resume shows): first those a story
    answers, then those about any model the person built, then the model-in-production ones."""
    have = [c for c in chosen if asks_for_model(c[1], knowledge)]
    extra = [t for t in scored if asks_for_model(t[2], knowledge)
             and all(t[2].id != c[1].id for c in chosen)]
    # a model-in-production question no story answers (neither a model the person ran nor a
    # system they owned) comes after the model questions any model of theirs can answer: the
    # kit prepares what the person can tell (a model from work, research or a course)
    extra.sort(key=lambda t: t[4] != "fit" and _family_id(t[2], knowledge) == "model-production")
    out = list(chosen)
    for score, _, q, pids, state, detail, lk in extra:
        if len(have) >= ML_MIN:
            break
        if any(near_duplicate(q, c[1], toks(q), toks(c[1])) for c in out):
            continue
        others = [c for c in out if not asks_for_model(c[1], knowledge)]
        if not others:
            break
        same = [c for c in others if c[1].principles[0] == q.principles[0]]
        if sum(c[1].principles[0] == q.principles[0] for c in out) >= PER_PRINCIPLE and not same:
            continue  # would be a third question on one principle
        drop = min(same or others, key=lambda c: (c[0], c[1].id))
        out.remove(drop)
        item: _Chosen = (score, q, pids, state, detail, lk)
        out.append(item)
        have.append(item)
    return out


def _why(q: Question, pids: Sequence[str], story: StoryDraft | None, decode: Decode | None,
         rmap: dict[str, PrincipleRating], names: dict[str, str], hits: dict[str, int],
         level: str | None, lk: str, w: Wording, taken: StoryDraft | None = None,
         kind_shown: bool = False) -> str:
    """One plain sentence: how often it is asked, what the posting stresses, where the person
    stands, and what the level looks for."""
    parts = [w.get(_frequency_word(q.frequency))]
    stressed = [p for p in pids if hits.get(p, 0) >= 2]
    if stressed:
        parts.append(w.get("why.posting",
                           topic=" and ".join(names.get(p, p) for p in stressed[:2])))
    primary = pids[0] if pids else (q.principles[0] if q.principles else "")
    pname = names.get(primary, primary)
    if decode is not None and not decode.takes_story:
        parts.append(w.get("why.takes_no_story"))
    elif story is not None:
        parts.append(w.get("why.story_fit", title=story.title))
    elif taken is not None:  # a story fits, but it already answers its share of questions
        parts.append(w.get("why.story_taken", title=taken.title))
    else:
        strength = rmap[primary].strength if primary in rmap else "none"
        if strength == "none" and not (decode is not None and decode.story_needs):
            parts.append(w.get("why.none", principle=pname))
        else:  # the principle shows, or the question asks for a kind of story the resume lacks
            kind = decode.story_kind if decode is not None else "a fitting example"
            if kind_shown:  # stories of that kind exist; none shows the principle asked
                parts.append(w.get("why.kind_other_principle", story_kind=kind, principle=pname))
            else:
                parts.append(w.get("why.no_fit", story_kind=kind))
    if level and lk == "scope" and level == "L6":
        parts.append(w.get("why.level_scope", level=level))
    elif level and lk == "basics" and level == "L4":
        parts.append(w.get("why.level_basics", level=level))
    text = "; ".join(p for p in parts if p)
    return text[:1].upper() + text[1:] + "."


def _angle(q: Question, story: StoryDraft | None, decode: Decode | None, pname: str,
           shows: str, knowledge: Knowledge, rmap: dict[str, PrincipleRating],
           taken: StoryDraft | None = None, via: str | None = None,
           adjacent: bool = False, kind_shown: bool = False) -> str:
    words = knowledge.wording
    if decode is not None and not decode.takes_story:
        return words.get("angle.takes_no_story", find_example=decode.find_example)
    if story is None and taken is not None and decode is not None:
        text = words.get("angle.story_taken", title=taken.title, story_kind=decode.story_kind,
                         find_example=decode.find_example)
        checks = _checks(q)
        return f"{text} {checks}" if checks else text
    if story is None:
        kind = decode.story_kind if decode is not None else "a real example"
        coach = knowledge.coaching.get(q.principles[0]) if q.principles else None
        find = (decode.find_example if decode is not None and decode.find_example
                else (coach.find_example[0] if coach else ""))
        primary = q.principles[0] if q.principles else ""
        if kind_shown:  # stories of that kind exist; none shows the principle asked
            text = words.get("angle.kind_other_principle", story_kind=kind, principle=pname,
                             find_example=find)
        elif primary in rmap and rmap[primary].strength != "none":
            text = words.get("angle.no_story_principle_shown", principle=pname, story_kind=kind,
                             find_example=find)
        else:
            text = words.get("angle.no_story", story_kind=kind, principle=pname,
                             find_example=find)
        checks = _checks(q)
        return f"{text} {checks}" if checks else text
    if adjacent and decode is not None:  # not the kind asked for: say so, never pretend
        if decode.adjacent_angle:  # the family's own words for what carries over
            text = decode.adjacent_angle.replace("{title}", story.title).replace(
                "{story_kind}", decode.adjacent_kind)
        else:
            text = words.get("angle.story_adjacent", title=story.title,
                             story_kind=decode.adjacent_kind)
        checks = _checks(q)
        return f"{text} {checks}" if checks else text
    listens = ""
    # which of the question's principles the story shows (the first one it is credited for)
    shown = via or next((p for p in q.principles if p in story.principles),
                        story.principles[0])
    rule = knowledge.evidence.rules.get(shown)
    second = via is not None and bool(q.principles) and via != q.principles[0]
    angle = words.get("angle.story_second" if second else "angle.story", title=story.title,
                      shows=rule.shows if rule else shows, listens=listens, principle=pname)
    # past the draft's opening "As <title> at <employer> (<dates>). ", whose employer may hold a
    # full stop of its own ("Ticaret A.Ş.", "Acme Inc.")
    lead = re.match(r"As .*?\([^()]*\)\.\s+", story.situation)
    situation = _hint(story.situation[lead.end():] if lead else story.situation.split(". ", 1)[-1]
                      if ". " in story.situation else story.situation) or "the stakes"
    action = _hint(story.action) or "the steps you took"
    result = _hint(story.result)
    angle += " " + words.get("angle.story_parts", situation_hint=situation, action_hint=action,
                             result_hint=result or "add it first")
    if not result:
        angle += " " + words.get("angle.no_result")
    checks = _checks(q)
    if checks:
        angle += " " + checks
    return " ".join(angle.split())


def _checks(q: Question) -> str:
    """What this particular question checks, from its 'looks for' note (one clause)."""
    first = (q.looks_for or "").strip().split(". ")[0].rstrip(".")
    if not first:
        return ""
    if len(first) > 150:
        first = first[:150].rsplit(",", 1)[0] if "," in first[:150] else first[:150].rsplit(" ", 1)[0]
    return f"This one checks {first[:1].lower() + first[1:]}."


def story_load(questions: Sequence[PredictedQuestion]) -> dict[str, int]:
    """How many questions each story answers."""
    out: dict[str, int] = {}
    for q in questions:
        if q.story_id:
            out[q.story_id] = out.get(q.story_id, 0) + 1
    return out

