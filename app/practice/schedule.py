"""The plan on the user's timeline: one entry per day from today to the day before the interview.

What goes in, most useful first: the stories the likely questions need, filled before they are
rehearsed; each question not yet ready, weakest first, with spaced repetition (a question missed
on a day comes back two days later, one passed once comes back three days later to confirm it);
the technical topics the posting stresses, spread over the days; the stories no likely question
needs; a review of the questions already ready. The last day is the cheat sheet and the likeliest
questions once more. Each day holds at most the hours the user gave (default in
knowledge/practice.json) and the work is spread evenly; what does not fit is listed, never
silently dropped. Deterministic for the same session, dates and hours.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from app.errors import InputError
from app.models.knowledge import Knowledge, ScheduleRules
from app.models.practice import QuestionReadiness, Schedule, ScheduleDay, ScheduleTask
from app.models.report import Report
from app.models.session import Session, story_gaps
from app.phrases import whole_phrase
from app.practice.readiness import readiness, state_of

__all__ = ["Schedule", "build_schedule", "parse_day", "today_tasks"]

QUESTION_CHARS = 90  # a question quoted in a task is shortened (by choosing) to this
Say = Callable[..., str]  # a sentence of knowledge/practice.json with its placeholders filled


@dataclass
class _Job:
    task: ScheduleTask
    earliest: date
    latest: date
    last_day_ok: bool = False  # may go on the last day (rehearsals)
    after: _Job | None = None  # placed only after this one, `gap` days later
    gap: int = 0
    day: date | None = field(default=None, init=False)


def parse_day(text: str, what: str = "date") -> date:
    """A YYYY-MM-DD date, or an InputError that says how to write it."""
    try:
        if len(text.strip()) != 10:
            raise ValueError(text)
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InputError(f"The {what} {text!r} is not a date; write it as YYYY-MM-DD, "
                         "e.g. 2026-12-15.") from None


def plural(n: int, word: str) -> str:
    """'1 placeholder', '3 placeholders'."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _clip(text: str, limit: int = QUESTION_CHARS) -> str:
    """A question quoted in a task, shortened by choosing, never cut: its first sentence when
    that fits ("Tell me about a model error that hurt customers."), else its whole clauses."""
    if len(text) <= limit:
        return text
    first = re.match(r"^(.+?[.?!])(?:\s|$)", text)
    if first and len(first.group(1)) <= limit:
        return first.group(1)
    return whole_phrase(text, limit)


def _when(day: str) -> str:
    try:
        d = date.fromisoformat(day)
    except ValueError:
        return day
    return f"{d.day} {d.strftime('%b')}"


def build_schedule(session: Session, knowledge: Knowledge, today: date,
                   interview: date | None = None, hours_per_day: float | None = None) -> Schedule:
    """The day-by-day plan from `today` to the day before `interview` (default: the session's
    interview date). Raises InputError for a date that is missing, past or too far away, or
    for hours outside the allowed range."""
    if knowledge.practice is None:
        raise InputError("The practice rules are missing (knowledge/practice.json); "
                         "reinstall LoopReady.")
    rules = knowledge.practice.schedule
    if interview is None:
        if not session.plan.interview_date:
            raise InputError("Give the interview date first (YYYY-MM-DD).")
        interview = parse_day(session.plan.interview_date, "interview date")
    hours = hours_per_day if hours_per_day is not None else session.plan.hours_per_day
    hours = rules.default_hours_per_day if hours is None else float(hours)
    if not rules.min_hours_per_day <= hours <= rules.max_hours_per_day:
        raise InputError(f"Hours a day must be between {rules.min_hours_per_day:g} and "
                         f"{rules.max_hours_per_day:g}; {hours:g} was given.")
    n = (interview - today).days
    if n < 1:
        raise InputError(f"The interview date {interview.isoformat()} is not after today "
                         f"({today.isoformat()}); give the day of the interview.")
    if n > rules.max_days:
        raise InputError(f"The interview date {interview.isoformat()} is more than "
                         f"{rules.max_days} days away; plan from a nearer date.")
    days = [today + timedelta(days=i) for i in range(n)]
    return _plan(session, knowledge, rules, days, hours, interview)


def _plan(session: Session, knowledge: Knowledge, rules: ScheduleRules, days: list[date],
          hours: float, interview: date) -> Schedule:
    assert knowledge.practice is not None
    say = rules.wording
    minutes = rules.minutes
    report = session.effective_report()
    ready = readiness(session, knowledge)
    ready_score = knowledge.practice.ready_score
    last = days[-1]
    work = days[:-1]
    today = days[0]

    def text(key: str, **values: object) -> str:  # a Say
        out = say[key]
        for k, v in values.items():
            out = out.replace("{" + k + "}", str(v))
        return out

    # the last day: the cheat sheet and the likeliest questions once more
    fixed: dict[date, list[ScheduleTask]] = {d: [] for d in days}
    top = min(rules.last_day_questions, len(report.questions))
    fixed[last].append(ScheduleTask("cheatsheet", text("task.cheatsheet"), minutes["cheatsheet"]))
    if top:
        fixed[last].append(ScheduleTask("rehearse", text("task.last_rehearse", count=top),
                                        minutes["rehearse"] * top))

    fill: dict[str, _Job] = {}  # story id -> its fill job
    # by priority: 0 stories the questions need, 1 retries and confirmations now due (a miss
    # comes back on its day), 2 first rehearsals, 3 topics, 4 second rehearsals, 5 other
    # stories, 6 later rehearsals, 7 reviews of ready questions
    jobs: list[list[_Job]] = [[] for _ in range(8)]

    def story_job(sid: str, tier: int) -> None:
        story = session.story(sid)
        gaps = story_gaps(story)
        if story is None or not gaps or sid in fill or not work:
            return
        job = _Job(ScheduleTask("story", text("task.story", gaps=plural(gaps, "placeholder"),
                                                story=story.title),
                                minutes["story"], sid), today, work[-1])
        fill[sid] = job
        jobs[tier].append(job)

    for pq in report.questions:  # 1: the stories the likely questions need
        if pq.story_id:
            story_job(pq.story_id, 0)
    weakest = sorted((q for q in ready.questions if q.state != "ready"),
                     key=lambda q: (("not-started", "drafted", "rehearsed").index(q.state),
                                    q.best if q.best is not None else -1, q.number))
    for q in weakest:  # 1-2: first rehearsals, weakest first; 4 and 6: the spaced repeats
        first = _first_rehearsal(q, rules, ready_score, today, text, knowledge)
        earliest = first[1]
        if q.story_id and q.story_id in fill:
            after: _Job | None = fill[q.story_id]
        else:
            after = None
        job = _Job(ScheduleTask("rehearse", first[0], minutes["rehearse"], q.question_id),
                   earliest, last, last_day_ok=True, after=after, gap=0)
        jobs[1 if q.tries else 2].append(job)
        need = knowledge.practice.ready_times - q.passes
        prev = job
        for k in range(1, need):
            again = _Job(ScheduleTask("rehearse", text("task.rehearse.again", n=q.number,
                                                       question=_clip(q.text)),
                                      minutes["rehearse"], q.question_id),
                         earliest, last, last_day_ok=True, after=prev, gap=rules.retry_after_days)
            jobs[4 if k == 1 else 6].append(again)
            prev = again
    topics = report.technical_topics[:rules.topics]
    spots = len(work)
    count = min(len(topics), max(1, spots // 2)) if spots else 0
    for i, t in enumerate(topics[:count]):  # 3: topics, spread over the days
        start = work[math.floor(i * spots / count)]
        jobs[3].append(_Job(ScheduleTask("topic", text("task.topic", topic=t.name,
                                                       revise=t.what_to_revise or t.why),
                                         minutes["topic"], t.id), start, work[-1]))
    for s in report.stories:  # 5: the stories no likely question needs
        story_job(s.id, 5)
    for q in ready.questions:  # 7: keep the ready ones fresh
        if q.state == "ready" and q.last_day:
            due = max(today, date.fromisoformat(q.last_day) + timedelta(
                days=rules.review_after_days))
            jobs[7].append(_Job(ScheduleTask("review", text("task.review", n=q.number,
                                                            question=_clip(q.text)),
                                             minutes["review"], q.question_id),
                                due, last, last_day_ok=True))

    placed = _place([j for tier in jobs for j in tier], days, work, fixed, hours * 60)
    out = []
    for d in days:
        tasks = tuple(fixed[d] + placed.get(d, []))
        out.append(ScheduleDay(d.isoformat(), _focus(d == last, tasks, text, report), tasks))
    left = tuple(j.task for tier in jobs for j in tier if j.day is None)
    note = text("left_out", tasks=plural(len(left), "task")) if left else ""
    return Schedule(tuple(out), left, note, hours, interview.isoformat())


def _first_rehearsal(q: QuestionReadiness, rules: ScheduleRules, ready_score: int, today: date,
                     text: Say, knowledge: Knowledge) -> tuple[str, date]:
    """The first rehearsal's words and earliest day: now for a question never tried; two days
    after a try under the ready score; three days after a pass, to confirm it."""
    assert knowledge.practice is not None
    question = _clip(q.text)
    if not q.tries:
        label = state_of(knowledge.practice, q.state).label.lower()
        return text("task.rehearse.first", n=q.number, state=label, question=question), today
    last = date.fromisoformat(q.last_day) if q.last_day else today
    if q.last is not None and q.last < ready_score:
        return (text("task.rehearse.retry", n=q.number, score=q.last, when=_when(q.last_day),
                     question=question),
                max(today, last + timedelta(days=rules.retry_after_days)))
    return (text("task.rehearse.confirm", n=q.number, question=question),
            max(today, last + timedelta(days=rules.confirm_after_days)))


def _place(jobs: list[_Job], days: list[date], work: list[date],
           fixed: dict[date, list[ScheduleTask]], capacity: float) -> dict[date, list[ScheduleTask]]:
    """Each job on the first day it may go that has room: first within an even share of the
    work (so it spreads over the days), else within the hours given."""
    load = {d: float(sum(t.minutes for t in fixed[d])) for d in days}
    total = sum(j.task.minutes for j in jobs)
    share = total / max(1, len(work)) if work else capacity
    biggest = max((j.task.minutes for j in jobs), default=0)
    even = min(capacity, max(share * 1.15, biggest))
    placed: dict[date, list[ScheduleTask]] = {}
    for job in jobs:
        earliest = job.earliest
        if job.after is not None:
            if job.after.day is None:
                continue  # what it follows did not fit
            earliest = max(earliest, job.after.day + timedelta(days=job.gap))
        allowed = [d for d in (days if job.last_day_ok else work) if earliest <= d <= job.latest]
        for limit in (even, capacity, None):  # None: a day with nothing else takes one task
            day = next((d for d in allowed if (load[d] == 0 if limit is None
                                               else load[d] + job.task.minutes <= limit)), None)
            if day is not None:
                job.day = day
                load[day] += job.task.minutes
                placed.setdefault(day, []).append(job.task)
                break
    return placed


def _focus(last: bool, tasks: tuple[ScheduleTask, ...], text: Say, report: Report) -> str:
    if last:
        return text("focus.last")
    if not tasks:
        return text("focus.free")
    by_kind: dict[str, int] = {}
    for t in tasks:
        by_kind[t.kind] = by_kind.get(t.kind, 0) + t.minutes
    kind, most = max(by_kind.items(), key=lambda kv: (kv[1], kv[0]))
    if most < 0.6 * sum(by_kind.values()):
        return text("focus.mixed")
    if kind == "topic":
        name = next((t.name for t in report.technical_topics
                     if t.id == next(x.ref for x in tasks if x.kind == "topic")), "")
        return text("focus.topic", topic=name)
    if kind == "story":
        return text("focus.story")
    return text("focus.rehearse")


def today_tasks(schedule: Schedule, today: date) -> ScheduleDay | None:
    """Today's entry of the plan (None when the plan does not cover today)."""
    return schedule.day(today)
