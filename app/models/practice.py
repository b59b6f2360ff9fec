"""Practice as plain data: the rubric of one told answer, each try the user made, the interview
date they gave, and the day-by-day schedule. Saved in the session (app/models/session.py) and
printed by the CLI; computed by `app.practice` (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

STAR_PARTS = ("situation", "task", "action", "result")
ATTEMPT_MODES = ("typed", "aloud")  # typed or pasted text / rehearsed out loud and marked done

#: a typed answer keeps at most this many characters (a spoken answer is ~2,000)
MAX_ANSWER_CHARS = 20_000
#: a told answer is about 2 KB; an input larger than this is not one (1 MB)
MAX_ANSWER_BYTES = 1_000_000
READINESS_ORDER = ("not-started", "drafted", "rehearsed", "ready")

#: `python -m app rubric` prints exactly these keys, in this order (the contract of issue 18)
CONTRACT_KEYS = ("parts", "has_number_result", "i_share", "words", "seconds", "placeholders",
                 "fillers", "score", "advice")


@dataclass(frozen=True)
class Rubric:
    """What a told answer shows, scored 0-100, with advice in plain words. The first nine
    fields are the command line's contract; the rest explain them in the window."""

    parts: dict[str, bool]  # situation / task / action / result -> present
    has_number_result: bool  # the result is measured: a number, a before/after
    i_share: float  # "I" among first-person pronouns, 0..1 (0 when there are none)
    words: int  # words said (labels and placeholders left out)
    seconds: int  # speaking time: estimated from the words, or measured aloud
    placeholders: int  # "[Add: ...]" still unfilled
    fillers: int  # filler phrases ("you know", "basically")
    score: int  # 0..100
    advice: tuple[str, ...]  # what to change, most valuable first
    question_id: str = ""
    part_quotes: dict[str, str] = field(default_factory=dict)  # part -> where it was found
    measured: tuple[str, ...] = ()  # the measured phrases of the result, as said
    hidden: tuple[str, ...] = ()  # sentences where "we" hides the user's own part
    i_count: int = 0  # I, me, my, mine, myself
    we_count: int = 0  # we, us, our, ours, ourselves
    filler_phrases: tuple[str, ...] = ()  # the fillers found, as said (distinct)
    filler_density: float = 0.0  # fillers in every 100 words
    fit: float | None = None  # 0..1: what the question listens for that the answer says
    fit_found: tuple[str, ...] = ()  # in plain words
    fit_missing: tuple[str, ...] = ()
    listens_for: str = ""  # the question's decode, for the feedback
    spoken: bool = False  # `seconds` was timed while rehearsing aloud, not estimated
    story_scored: bool = True  # False for a question no story answers (STAR not scored)
    points: dict[str, float] = field(default_factory=dict)  # criterion -> points earned
    score_detail: str = ""  # the arithmetic, on demand

    def contract(self) -> dict[str, Any]:
        """The `python -m app rubric` JSON object: exactly CONTRACT_KEYS."""
        return {"parts": {p: bool(self.parts.get(p, False)) for p in STAR_PARTS},
                "has_number_result": self.has_number_result, "i_share": self.i_share,
                "words": self.words, "seconds": self.seconds, "placeholders": self.placeholders,
                "fillers": self.fillers, "score": self.score, "advice": list(self.advice)}


@dataclass(frozen=True)
class PracticeAttempt:
    """One try at a question: what was said (typed, or the story rehearsed aloud), when, for
    how long on the timer, and its rubric."""

    id: str
    question_id: str
    at: str  # ISO timestamp with the user's UTC offset
    day: str  # the user's calendar day, YYYY-MM-DD (what "today" and "missed today" mean)
    mode: str  # one of ATTEMPT_MODES
    seconds: int  # on the timer (0: no timer was running)
    text: str
    rubric: Rubric
    story_id: str = ""  # the story rehearsed aloud ('' for a typed answer)


@dataclass(frozen=True)
class InterviewPlan:
    """The user's timeline: the interview day and, optionally, the hours a day they have."""

    interview_date: str = ""  # YYYY-MM-DD; '' until the user gives it
    hours_per_day: float | None = None  # None: the default in knowledge/practice.json


@dataclass(frozen=True)
class ScheduleTask:
    kind: str  # "story" | "rehearse" | "topic" | "cheatsheet" | "review"
    text: str  # one plain sentence
    minutes: int
    ref: str = ""  # the story, question or topic id it is about ('' for none)


@dataclass(frozen=True)
class ScheduleDay:
    date: str  # YYYY-MM-DD
    focus: str  # the day in a few words
    tasks: tuple[ScheduleTask, ...] = ()


@dataclass(frozen=True)
class QuestionReadiness:
    question_id: str
    number: int  # its place among the likely questions, 1-based (Q1, Q2, ...)
    text: str
    state: str  # a readiness state id (READINESS_ORDER)
    tries: int
    passes: int  # tries at the ready score or above
    best: int | None
    last: int | None
    last_day: str  # the day of the latest try ('' for none)
    scores: tuple[int, ...]  # every try's score, oldest first
    story_id: str | None
    story_gaps: int  # placeholders left in its story
    missed_days: tuple[str, ...] = ()  # days with a try under the ready score


@dataclass(frozen=True)
class PrincipleReadiness:
    principle_id: str
    name: str
    state: str
    question_ids: tuple[str, ...]  # the likely questions that test it
    reason: str  # plain words


@dataclass(frozen=True)
class Readiness:
    """How ready the user is per likely question and principle, and overall."""

    questions: tuple[QuestionReadiness, ...]
    principles: tuple[PrincipleReadiness, ...]
    overall: int  # 0..100
    counts: dict[str, int]  # state id -> questions in it
    summary: str  # "3 of 12 questions ready · 4 rehearsed · 2 drafted · 3 not started"
    detail: str  # the arithmetic, on demand

    def question(self, qid: str) -> QuestionReadiness | None:
        return next((q for q in self.questions if q.question_id == qid), None)

    def next_weakest(self) -> str | None:
        """The question to practise next: the least advanced state, then the lowest best
        score, then the likeliest; when all are ready, the one tried longest ago."""
        if not self.questions:
            return None
        waiting = [q for q in self.questions if q.state != "ready"]
        if waiting:
            pick = min(waiting, key=lambda q: (READINESS_ORDER.index(q.state),
                                               q.best if q.best is not None else -1, q.number))
        else:
            pick = min(self.questions, key=lambda q: (q.last_day, q.number))
        return pick.question_id


@dataclass(frozen=True)
class Schedule:
    """The plan to the interview, one entry per day, and what did not fit."""

    days: tuple[ScheduleDay, ...]
    left_out: tuple[ScheduleTask, ...] = ()  # did not fit in the hours given
    note: str = ""  # one plain line about what was left out ('' when everything fits)
    hours_per_day: float = 0.0
    interview_date: str = ""

    def day(self, when: date) -> ScheduleDay | None:
        """The entry for `when` (None when the plan does not cover it)."""
        key = when.isoformat()
        return next((d for d in self.days if d.date == key), None)

