"""How ready the user is, per question and per principle, from their tries and their stories.

A question is *not started* (no try, and its story still has gaps), *drafted* (its story is
written with nothing left to fill), *rehearsed* (tried at least once) or *ready* (scored the
ready score, 80, on two tries: knowledge/practice.json). A principle takes the most advanced
state of the likely questions that test it; a principle no likely question asks about goes by
the stories that cover it. The overall readiness weighs each question's state.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from app.models.knowledge import Knowledge, PracticeRules, ReadinessState
from app.models.practice import (
    ATTEMPT_MODES,
    MAX_ANSWER_CHARS,
    PracticeAttempt,
    PrincipleReadiness,
    QuestionReadiness,
    Readiness,
)
from app.models.report import PredictedQuestion
from app.models.session import Session, story_gaps, story_text
from app.practice.rubric import QuestionContext, question_context, score_answer

__all__ = ["context_for", "make_attempt", "next_weakest", "readiness", "state_of"]

def context_for(knowledge: Knowledge, question: PredictedQuestion) -> QuestionContext:
    """What the rubric needs of a likely question: the bank's entry, or its own decode."""
    found = question_context(knowledge, question.id)
    if found is not None:
        return found
    decode = question.decode
    takes = True
    if decode is not None and decode.family in knowledge.decodes:
        takes = knowledge.decodes[decode.family].takes_story
    return QuestionContext(question.id, question.text, decode.family if decode else "",
                           decode.listens_for if decode else "", takes)


def make_attempt(session: Session, knowledge: Knowledge, question_id: str, text: str,
                 seconds: int, mode: str, when: datetime) -> PracticeAttempt:
    """One try at a likely question, scored. `mode` "typed": `text` is the answer (its speaking
    time is estimated from the words); "aloud": the user rehearsed the question's story out
    loud for `seconds` (timed), and `text` is what they rehearsed from (the story when empty).
    Raises ValueError for an unknown question or mode."""
    rules = _rules(knowledge)
    if mode not in ATTEMPT_MODES:
        raise ValueError(f"unknown practice mode {mode!r}; choose {' or '.join(ATTEMPT_MODES)}")
    question = next((q for q in session.report.questions if q.id == question_id), None)
    if question is None:
        raise ValueError(f"{question_id!r} is not one of this kit's likely questions")
    story_id = ""
    if mode == "aloud":
        story = session.story(question.story_id) if question.story_id else None
        story_id = story.id if story is not None else ""
        if not text.strip() and story is not None:
            text = story_text(story)
    text = text[:MAX_ANSWER_CHARS]
    seconds = max(0, int(seconds))
    spoken = seconds if mode == "aloud" and seconds > 0 else None
    rubric = score_answer(text, rules, context_for(knowledge, question), spoken_seconds=spoken)
    at = when.isoformat(timespec="seconds")
    key = f"{question_id}|{at}|{len(session.attempts)}"
    return PracticeAttempt(id="t" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10],
                           question_id=question_id, at=at, day=when.date().isoformat(), mode=mode,
                           seconds=seconds, text=text, rubric=rubric, story_id=story_id)


def _rules(knowledge: Knowledge) -> PracticeRules:
    if knowledge.practice is None:
        raise ValueError("practice rules are missing from the knowledge (knowledge/practice.json)")
    return knowledge.practice


def _state(rules: PracticeRules, tries: int, passes: int, gaps: int, has_story: bool) -> str:
    if passes >= rules.ready_times:
        return "ready"
    if tries:
        return "rehearsed"
    if has_story and gaps == 0:
        return "drafted"
    return "not-started"


def _question(session: Session, rules: PracticeRules, n: int,
              q: PredictedQuestion) -> QuestionReadiness:
    tries = [a for a in session.attempts if a.question_id == q.id]
    scores = tuple(a.rubric.score for a in tries)
    passes = sum(1 for s in scores if s >= rules.ready_score)
    story = session.story(q.story_id) if q.story_id else None
    gaps = story_gaps(story)
    return QuestionReadiness(
        question_id=q.id, number=n, text=q.text,
        state=_state(rules, len(tries), passes, gaps, story is not None),
        tries=len(tries), passes=passes, best=max(scores) if scores else None,
        last=scores[-1] if scores else None, last_day=tries[-1].day if tries else "",
        scores=scores, story_id=story.id if story is not None else None, story_gaps=gaps,
        missed_days=tuple(dict.fromkeys(a.day for a in tries
                                        if a.rubric.score < rules.ready_score)))


def readiness(session: Session, knowledge: Knowledge) -> Readiness:
    """Readiness per likely question and per principle, and overall."""
    rules = _rules(knowledge)
    states = {s.id: s for s in rules.states}
    order = [s.id for s in rules.states]
    questions = tuple(_question(session, rules, n, q)
                      for n, q in enumerate(session.report.questions, 1))
    principles = []
    names = {r.id: r.name for r in session.report.principles}
    for p in session.report.principles:
        asked = [qr for qr, q in zip(questions, session.report.questions, strict=True)
                 if p.id in q.principles]
        if asked:
            best = max(asked, key=lambda qr: order.index(qr.state))
            others = [qr for qr in asked if qr is not best]
            reason = (f"Q{best.number} is {states[best.state].label.lower()}"
                      + (f"; {len(others)} more likely question(s) test it" if others else "") + ".")
            principles.append(PrincipleReadiness(p.id, p.name or names.get(p.id, p.id),
                                                 best.state, tuple(qr.question_id for qr in asked),
                                                 reason))
            continue
        stories = [session.story(s.id) or s for s in session.report.stories if p.id in s.principles]
        complete = [s for s in stories if story_gaps(s) == 0]
        if complete:
            state = "drafted"
            reason = (f"No likely question asks for it; its story \u201c{complete[0].title}\u201d "
                      "is written in full.")
        elif stories:
            state = "not-started"
            reason = (f"No likely question asks for it; its story \u201c{stories[0].title}\u201d "
                      f"still has {story_gaps(stories[0])} gap(s) to fill.")
        else:
            state = "not-started"
            reason = "No likely question asks for it, and no story covers it yet."
        principles.append(PrincipleReadiness(p.id, p.name, state, (), reason))
    counts = {s: sum(1 for q in questions if q.state == s) for s in order}
    total = sum(states[q.state].weight for q in questions)
    overall = round(100 * total / len(questions)) if questions else 0
    n = len(questions)
    summary = f"{counts['ready']} of {n} questions ready" + "".join(
        f" \u00b7 {counts[s]} {states[s].label.lower()}" for s in order[:-1][::-1] if counts[s])
    detail = (" + ".join(f"{counts[s]} {states[s].label.lower()} \u00d7 {states[s].weight:g}"
                         for s in order) + f" = {total:g} of {n} questions = {overall}%")
    return Readiness(questions, tuple(principles), overall, counts, summary, detail)


def next_weakest(ready: Readiness) -> str | None:
    """The question to practise next (`Readiness.next_weakest`)."""
    return ready.next_weakest()


def state_of(rules: PracticeRules, state_id: str) -> ReadinessState:
    """The state `state_id` with its label, glyph and meaning."""
    return next(s for s in rules.states if s.id == state_id)
