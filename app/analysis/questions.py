"""The 12 most likely behavioural questions, ranked by an explainable formula:

    score = frequency x JD stress x resume factor x role emphasis (x production)

- frequency: how often candidates report the question (question bank, 0..1);
- JD stress: 1 + 0.5 x hits / most hits of any question, hits = how often the posting uses
  the question's principles' evidence words and its tags;
- resume factor: thin principles get probed (x1.3), missing ones still get asked (x1.2),
  strong ones are where interviewers dig (x1.1);
- role emphasis: 1 + the role pack's extra weight for the principle;
- production: x1.15 for a question about models in production when the posting stresses it;
- role fit: a question about a model is x1.1 for an ML posting and x0.35 for one that is
  not (an SDE loop does not ask about the models you shipped).
Level filter first; then diversity: at most 2 questions per principle, no near duplicates
(same words, or the same principle on the same theme).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.analysis.posting import is_ml_posting, principle_hits
from app.analysis.text import clip, count_phrase, find_phrases, jaccard, rnd, tokens
from app.models.knowledge import LEVELS, Knowledge, Question, RolePack
from app.models.report import (
    PLACEHOLDER_PREFIX,
    BulletEvidence,
    PredictedQuestion,
    PrincipleRating,
    StoryDraft,
)
from app.models.resume import JobDescription

COUNT = 12
PRODUCTION_TAGS = {"production", "monitoring", "drift", "on-call"}
PRODUCTION_WORDS = ("production", "deploy*", "monitor*", "drift", "on-call", "serving", "skew")
ML_TAGS = {"ml", "drift"}  # questions about a model (with text that names one)
MODEL_WORDS = ("model*", "machine learning", "ml", "deep learning", "neural",
               "inference", "classifier*", "llm*", "nlp", "recommend*", "ranking", "embedding*",
               "feature*", "prediction*", "pytorch", "tensorflow", "xgboost", "scikit-learn")
PRODUCTION_BOOST = 1.15  # an ML-production question, when the posting stresses production
ML_ROLE_FIT = {True: 1.1, False: 0.35}  # a question about a model: ML posting or not
PER_PRINCIPLE = 2
NEAR_DUPLICATE = 0.6
RESUME_FACTOR = {"thin": 1.3, "none": 1.2, "strong": 1.1}
TAG_WORDS = {
    "ml": ("machine learning", "model*", "ml"), "production": ("production", "deploy*", "monitor*"),
    "customer": ("customer*", "user*"), "mentoring": ("mentor*", "coach*"),
    "conflict": ("stakeholder*", "cross-functional"), "failure": ("ambiguity", "ambiguous"),
    "data": ("data",), "scale": ("scale*", "large-scale", "distributed"),
    "deadline": ("fast-paced", "deadline*", "deliver*"), "leadership": ("lead*", "own*"),
}


BROAD_TAGS = frozenset({"ml", "production", "data", "customer"})  # too broad to mean a theme


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


def _looks_for(knowledge: Knowledge, pid: str) -> str:
    try:
        text = knowledge.principle(pid).looks_for
    except KeyError:
        return ""
    return clip(text.split(";")[0].split(". ")[0].rstrip("."), 110)


def _pick_story(q: Question, stories: Sequence[StoryDraft], ev: dict[str, BulletEvidence],
                used: dict[str, int], texts: dict[str, str]) -> StoryDraft | None:
    """The story whose bullets best evidence the question's principles and share its themes
    (ML, production, customer...), spreading questions over stories."""
    best: tuple[float, str] | None = None
    pick = None
    for s in stories:
        fit = 0.0
        body = " ".join(texts.get(b, "") for b in s.bullet_ids) + " " + s.action + " " + s.result
        if q.tags:
            fit += 0.15 * min(3, _tag_hits(body, q.tags, {}))
        if _asks_for_model(q) and find_phrases(body, MODEL_WORDS):
            fit += 0.4  # a question about a model wants a story about a model
        for rank, pid in enumerate(q.principles):
            w = 1.0 / (1 + rank)
            fit += w * max((ev[b].scores.get(pid, 0.0) for b in s.bullet_ids if b in ev), default=0.0)
            if pid in s.principles:
                fit += w * (0.5 - 0.1 * s.principles.index(pid))
        fit -= 0.35 * used.get(s.id, 0)
        key = (round(fit, 6), s.id)
        if best is None or key[0] > best[0] or (key[0] == best[0] and key[1] < best[1]):
            best, pick = key, s
    return pick


def _model_story(q: Question, stories: Sequence[StoryDraft],
                 picked: StoryDraft | None) -> StoryDraft | None:
    """A story about a model to offer instead of `picked`, sharing the question's principles
    when one does (None when no story is about a model)."""
    models = [s for s in stories if s is not picked and _about_model(s)]
    if not models:
        return None
    return sorted(models, key=lambda s: (-len(set(s.principles) & set(q.principles)),
                                         stories.index(s)))[0]


def _asks_for_model(q: Question) -> bool:
    """True for a question that asks about a model ("a model you owned in production")."""
    return bool(set(q.tags) & ML_TAGS) and bool(find_phrases(q.text, ("model*", "ml")))


def _about_model(story: StoryDraft) -> bool:
    return bool(find_phrases(" ".join((story.title, story.action, story.result)), MODEL_WORDS))


def _angle(q: Question, story: StoryDraft | None, ratings: dict[str, PrincipleRating],
           knowledge: Knowledge, model_story: StoryDraft | None = None) -> str:
    pid = q.principles[0] if q.principles else ""
    name = ratings[pid].name if pid in ratings else pid
    look = _looks_for(knowledge, pid)
    if story is None:
        return (f"No story on your resume fits yet: use the gap script for {name}, then show "
                f"{look.lower() or 'what you learned'}.")
    article = "an" if name[:1].lower() in "aeiou" else "a"
    has_action = not story.action.startswith(PLACEHOLDER_PREFIX)
    has_result = not story.result.startswith(PLACEHOLDER_PREFIX)
    result = clip(story.result.split(PLACEHOLDER_PREFIX)[0].strip(), 80) if has_result else ""
    asked = _first_clause(q.looks_for)
    if _asks_for_model(q) and not _about_model(story):
        # the question is about a model; the best story is not: say so instead of stretching
        if model_story is not None:
            return (f"'{story.title}' is your best {name} story but it is not about a model: if "
                    f"they want a model, tell '{model_story.title}' instead and bring out the "
                    f"{name} part (your own decisions, what you owned)"
                    + (f"; the question checks {asked[:1].lower() + asked[1:]}" if asked else "")
                    + ".")
        return (f"None of your stories is about a model yet. The closest {name} story is "
                f"'{story.title}': tell it for the {name} part, say plainly it was not an ML "
                "model, and prepare a model you built (a project or coursework) for this one"
                + (f"; the question checks {asked[:1].lower() + asked[1:]}" if asked else "")
                + ".")
    angle = f"Tell '{story.title}' as {article} {name} story"
    if asked:
        angle += f"; this question checks {asked[:1].lower() + asked[1:]}"
    elif look:
        angle += f"; they listen for {look[:1].lower() + look[1:]}"
    angle += ". Set up the stakes, then"
    if has_action:
        angle += f" what you did ('{clip(story.action, 80)}')"
    else:
        angle += " the steps you took (add them to the story first)"
    angle += (f", and land on the result ({result.rstrip('.')})" if result
              else ", and add the measured result before you tell it")
    return angle + "."


def _first_clause(text: str, limit: int = 150) -> str:
    """The first sentence of a 'looks for' note, shortened at a clause if long."""
    first = (text or "").strip().split(". ")[0].rstrip(".")
    if len(first) > limit:
        first = first[:limit].rsplit(",", 1)[0] if "," in first[:limit] else clip(first, limit)
    return first


def predict(knowledge: Knowledge, pack: RolePack, job: JobDescription,
            ratings: Sequence[PrincipleRating], evidence: Sequence[BulletEvidence],
            stories: Sequence[StoryDraft], estimated_level: str,
            bullet_texts: dict[str, str] | None = None) -> tuple[PredictedQuestion, ...]:
    """The ranked questions, each with its story, angle and the formula in words."""
    rmap = {r.id: r for r in ratings}
    ev = {e.bullet_id: e for e in evidence}
    hits = principle_hits(job, knowledge)
    jd_text = job.text or ""
    level = target_level(job, estimated_level)
    scored: list[tuple[float, str, Question, str]] = []
    tag_cache: dict[str, int] = {}
    rows: list[tuple[Question, list[str], int]] = []
    fits_level = [q for q in knowledge.questions
                  if not (level and q.levels and level not in q.levels)]
    if len(fits_level) < COUNT:  # too few for this level: use the whole bank
        fits_level = list(knowledge.questions)
    for q in fits_level:
        pids = [p for p in q.principles if p in rmap] or list(q.principles)
        if not pids:
            continue
        h = sum(hits.get(p, 0) for p in pids) + _tag_hits(jd_text, q.tags, tag_cache)
        rows.append((q, pids, h))
    most = max((h for _, _, h in rows), default=0) or 1
    production_posting = sum(min(3, count_phrase(jd_text, w)) for w in PRODUCTION_WORDS) >= 4
    ml_posting = is_ml_posting(job, pack)
    for q, pids, h in rows:
        stress = 1.0 + 0.5 * h / most
        rf_pid = max(pids, key=lambda p: (RESUME_FACTOR.get(rmap[p].strength, 1.0) if p in rmap else 1.0, p == pids[0]))
        strength = rmap[rf_pid].strength if rf_pid in rmap else "none"
        rf = RESUME_FACTOR.get(strength, 1.0)
        emph = 1.0 + max(float(pack.emphasis.get(p, 0.0)) for p in pids)
        prod = PRODUCTION_BOOST if production_posting and set(q.tags) & PRODUCTION_TAGS else 1.0
        fit = ML_ROLE_FIT[ml_posting] if _asks_for_model(q) else 1.0
        score = q.frequency * stress * rf * emph * prod * fit
        names = ", ".join(rmap[p].name if p in rmap else p for p in pids[:2])
        state = {"thin": "thin on your resume, so they probe it",
                 "none": "missing from your resume, so they test for it",
                 "strong": "strong on your resume, so they dig into it"}.get(strength, strength)
        emph_pid = max(pids, key=lambda p: (float(pack.emphasis.get(p, 0.0)), p == pids[0]))
        lead = rmap[emph_pid].name if emph_pid in rmap else emph_pid
        why = (f"How often candidates report it: frequency {q.frequency:.2f}. How much the "
               f"posting stresses {names}: {h} related words (the most for any question is "
               f"{most}), x{stress:.2f}. {rmap[rf_pid].name if rf_pid in rmap else rf_pid} is "
               f"{state}: x{rf:.2f}. The role weighs {lead} "
               + ("extra" if emph > 1.0 else "normally") + f": x{emph:.2f}."
               + (f" The posting stresses models in production: x{prod:.2f}." if prod > 1.0 else "")
               + ("" if fit == 1.0 else f" It asks about a model and the posting is an ML role: "
                  f"x{fit:.2f}." if ml_posting else f" It asks about a model but the posting is "
                  f"not an ML role: x{fit:.2f}.")
               + f" Score {q.frequency:.2f} x {stress:.2f} x {rf:.2f} x {emph:.2f}"
               + (f" x {prod:.2f}" if prod > 1.0 else "")
               + (f" x {fit:.2f}" if fit != 1.0 else "") + f" = {score:.3f}.")
        scored.append((rnd(score, 6), q.id, q, why))
    scored.sort(key=lambda t: (-t[0], t[1]))
    chosen: list[tuple[float, Question, str]] = []
    qtok: dict[str, set[str]] = {}

    def toks(q: Question) -> set[str]:
        if q.id not in qtok:
            qtok[q.id] = set(tokens(q.text))
        return qtok[q.id]

    for cap in (PER_PRINCIPLE, PER_PRINCIPLE + 1, COUNT):
        per: dict[str, int] = {}
        for _, q, _ in chosen:
            per[q.principles[0]] = per.get(q.principles[0], 0) + 1
        for score, _, q, why in scored:
            if len(chosen) >= COUNT:
                break
            if any(q.id == c[1].id for c in chosen):
                continue
            primary = q.principles[0]
            if per.get(primary, 0) >= cap:
                continue
            if any(near_duplicate(q, c[1], toks(q), toks(c[1])) for c in chosen):
                continue
            chosen.append((score, q, why))
            per[primary] = per.get(primary, 0) + 1
        if len(chosen) >= COUNT:
            break
    chosen.sort(key=lambda t: (-t[0], t[1].id))
    used: dict[str, int] = {}
    out: list[PredictedQuestion] = []
    for score, q, why in chosen:
        story = _pick_story(q, stories, ev, used, bullet_texts or {})
        if story is not None:
            used[story.id] = used.get(story.id, 0) + 1
        rounds = q.rounds or ("onsite-loop",)
        rnd_name = rounds[0]
        out.append(PredictedQuestion(q.id, q.text, tuple(q.principles), rnd_name, why,
                                     story.id if story else None,
                                     _angle(q, story, rmap, knowledge,
                                            _model_story(q, stories, story)),
                                     rnd(score, 4),
                                     q.looks_for))
    return tuple(out)
