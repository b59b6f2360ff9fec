"""The stage-by-stage checklist (before, phone screen, onsite loop, bar raiser), personalised
from the stories, questions, risks and topics, and the technical topics ranked by how much
the posting stresses them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.analysis.posting import posting_body
from app.analysis.text import count_phrase, rnd, stable_id
from app.models.knowledge import RolePack
from app.models.report import (
    NUMBERS_ITEM,
    ChecklistItem,
    PredictedQuestion,
    PrincipleRating,
    Risk,
    StoryDraft,
    TechnicalTopic,
)
from app.models.resume import JobDescription
from app.models.session import story_gaps

STAGE_ORDER = ("before", "phone-screen", "onsite-loop", "bar-raiser")
HIT_CAP = 5


# inference in statistics ("causal inference", "Bayesian inference") is reasoning from data,
# not serving a model: read as "analysis" before the serving topics count their words
STATISTICAL_INFERENCE = re.compile(r"(?i)\b(causal|statistical|bayesian|variational|approximate|"
                                   r"frequentist)(\s+)inference\b")
RESUME_GAP = 1.35  # a topic the posting asks about and the resume does not show comes first
RESUME_SHOWN = 0.85
CENTRED_MENTIONS = 3  # a domain topic named this often is what the posting is about


def technical_topics(job: JobDescription, pack: RolePack, resume_text: str,
                     ml_posting: bool = True) -> tuple[TechnicalTopic, ...]:
    """The role pack's topics ranked for this person: what the posting stresses (its words,
    counted up to HIT_CAP) and where the resume is thin (it never names the topic). ML-only
    topics are left out of a posting that is not about machine learning, and a domain topic
    (payments, speech, LLM features) when neither the posting nor the resume names it."""
    text = STATISTICAL_INFERENCE.sub(r"\1\2analysis", posting_body(job))
    rows = []
    for i, topic in enumerate(pack.topics):
        if topic.ml_only and not ml_posting:
            continue
        hit = [(k, count_phrase(text, k)) for k in topic.keywords]
        hit = [(k, c) for k, c in hit if c]
        n = min(HIT_CAP, sum(c for _, c in hit))
        shown = [k for k in topic.keywords if resume_text and count_phrase(resume_text, k)]
        thin = bool(resume_text) and not shown
        if topic.domain and not hit and not shown:
            continue  # a domain nobody named (payments for a SageMaker role) is padding
        # a domain the posting centres on (perception for a robotics vision team) is where its
        # design round goes, shown on the resume or not: it comes first either way
        centred = topic.domain and n >= CENTRED_MENTIONS
        factor = RESUME_GAP if thin or centred else RESUME_SHOWN
        score = rnd(topic.weight * (1.0 + n / HIT_CAP) * factor, 3)
        rows.append((score, i, TechnicalTopic(
            topic.id, topic.name, topic.kind, score, _why(topic.name, topic.kind, hit, shown, thin),
            topic.what_to_revise,
            f"weight {topic.weight:g} x (1 + {n}/{HIT_CAP} posting mentions) x "
            f"{factor:g} ({'not on your resume' if thin else 'the posting centres on it' if centred else 'on your resume'}) = {score:g}")))
    rows.sort(key=lambda t: (-t[0], t[1]))
    return tuple(r[2] for r in rows)


def _why(name: str, kind: str, hit: list[tuple[str, int]], shown: list[str], thin: bool) -> str:
    """One plain sentence: what the posting says about the topic and where your resume is."""
    words = " and ".join(f"'{k}'" for k, _ in hit[:2])
    topic = name[:1].lower() + name[1:] if name[1:2].islower() else name  # "A/B testing" keeps its case
    if hit and thin:
        return f"The posting asks about {words}, and your resume does not show {topic} yet."
    if hit:
        return (f"The posting asks about {words}; your resume touches {topic} ('{shown[0]}'), "
                "so expect follow-ups.")
    kind_words = {"system-design": "design round", "coding": "coding round",
                  "fundamentals": "technical question"}.get(kind, "loop")
    if thin:
        return (f"The posting does not name {topic}, but it is a regular {kind_words} topic and "
                "your resume does not show it.")
    return f"{name} is a regular {kind_words} topic; your resume already touches it ('{shown[0]}')."


def _item(stage: str, text: str, why: str = "") -> ChecklistItem:
    return ChecklistItem(stable_id("c", stage, text), stage, text, why)


def checklist(pack: RolePack, stories: Sequence[StoryDraft], questions: Sequence[PredictedQuestion],
              ratings: Sequence[PrincipleRating], risks: Sequence[Risk],
              topics: Sequence[TechnicalTopic], numbers: Sequence[str]) -> tuple[ChecklistItem, ...]:
    """Items per stage: the pack's generic preparation plus personal ones."""
    names = {r.id: r.name for r in ratings}
    by_story = {s.id: s for s in stories}
    items: list[ChecklistItem] = []
    # the same counts as the report's first steps and its story table: a frame is a story to
    # find, not placeholders to fill
    holes = sum(story_gaps(s) for s in stories if s.kind != "frame")
    if holes:
        items.append(_item("before", f"Fill the {holes} placeholder{'s' if holes != 1 else ''} in "
                           "your story drafts with real facts (baselines, your role, who the "
                           "customer was).", "Drafts only use what the resume says."))
    frames = sum(1 for s in stories if s.kind == "frame")
    if frames:
        items.append(_item("before", "Find a real example for the "
                           + (f"{frames} story frames" if frames != 1 else "story frame")
                           + " your resume cannot fill yet.",
                           "A frame names the kind of story the loop asks for; only you know "
                           "the example."))
    if numbers:
        items.append(_item("before", NUMBERS_ITEM + "; ".join(numbers[:3]) + ".",
                           "Numbers from your own resume make answers credible."))
    for risk in risks:
        items.append(_item("before", f"Prepare for risk '{risk.title}': {risk.prepare}", risk.why))
    stage_ids = [s.id for s in pack.stages]
    for stage in pack.stages:
        for text in stage.prepare:
            items.append(_item(stage.id, text, f"{stage.name} ({stage.duration})."))
    phone = "phone-screen" if "phone-screen" in stage_ids else (stage_ids[0] if stage_ids else "before")
    onsite = "onsite-loop" if "onsite-loop" in stage_ids else phone
    raiser = "bar-raiser" if "bar-raiser" in stage_ids else onsite
    for topic in topics[:3]:
        items.append(_item(phone if topic.kind != "system-design" else onsite,
                           f"Revise {topic.name}.", f"{topic.why} {topic.what_to_revise}"))
    seen: set[tuple[str, str]] = set()
    for q in questions:
        story = by_story.get(q.story_id or "")
        if story is None or not q.principles:
            continue
        pid = q.principles[0]
        if (story.id, pid) in seen:
            continue
        seen.add((story.id, pid))
        when = raiser if q.round == "bar-raiser" else (phone if q.round == "phone-screen" else onsite)
        items.append(_item(when, f"Rehearse story '{story.title}' for {names.get(pid, pid)} "
                           f"(question: \"{q.text}\").", "Aim for about two minutes, result first."))
    for r in ratings:
        if r.strength == "none" and any(r.id in q.principles for q in questions):
            items.append(_item(raiser, f"Prepare the gap script for {r.name}: no resume evidence, "
                               "and a likely question asks for it.", "Honest beats stretched."))
    last = "the bar raiser" if raiser == "bar-raiser" else "your last interviewer"
    items.append(_item(raiser, f"Prepare two questions for {last} from the Plan page.",
                       "Every round ends with your questions."))
    order = {s: i for i, s in enumerate(STAGE_ORDER + tuple(stage_ids))}
    unique: dict[str, ChecklistItem] = {}
    for it in items:
        unique.setdefault(it.id, it)
    out: list[ChecklistItem] = []
    said: set[str] = set()
    for it in sorted(unique.values(), key=lambda it: order.get(it.stage, 99)):
        if it.why in said:  # the same explanation once: the first item of its kind carries it
            it = ChecklistItem(it.id, it.stage, it.text, "")
        said.add(it.why)
        out.append(it)
    return tuple(out)
