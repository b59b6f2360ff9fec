"""Readiness and the plan, headless, on a real session file saved by the schema-1 code: tries are
kept and scored, states move not started -> drafted -> rehearsed -> ready (80+ twice), the plan
runs from today to the day before the interview with stories first, the weakest questions first
and a question missed today back in two days, the cheat sheet on the last day; a session saved
with tries opens again with them, and "tomorrow" (an injected clock) shows the progress and a
new today."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime, timedelta

import pytest
from practice_helpers import SCHEMA1_SESSION, parse_ics, told_stories, unescape

from app import sessions
from app.errors import InputError
from app.models.practice import InterviewPlan
from app.models.session import SCHEMA_VERSION, story_text
from app.practice.clock import FixedClock
from app.practice.readiness import next_weakest
from app.workflow import Workflow

DAY1 = datetime(2026, 12, 1, 19, 30).astimezone()
INTERVIEW = date(2026, 12, 10)


def strong_answer() -> str:
    return next(r["text"] for r in told_stories("dev", "strong"))


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(DAY1)


@pytest.fixture
def workflow(clock: FixedClock) -> Workflow:
    return Workflow(clock=clock)


@pytest.fixture
def session():  # noqa: ANN201
    return sessions.load_session(SCHEMA1_SESSION)


def test_a_schema_1_file_opens_with_no_practice_yet(session) -> None:  # noqa: ANN001
    raw = json.loads(SCHEMA1_SESSION.read_text(encoding="utf-8"))
    assert raw["schema"] == 1 and "attempts" not in raw and "plan" not in raw
    assert session.schema == SCHEMA_VERSION == 2
    assert session.attempts == () and session.plan == InterviewPlan()
    assert session.story_edits and any(session.ticks.values())  # the old edits are all there


def test_tries_move_a_question_to_ready(workflow: Workflow, session, clock) -> None:  # noqa: ANN001
    q = session.report.questions[0]
    ready = workflow.readiness(session)
    assert ready.question(q.id).state == "not-started"  # its story has gaps left
    assert ready.overall == 0 and ready.counts["not-started"] == len(session.report.questions)
    weak = workflow.practice(session, q.id, "We fixed it and it was fine.", 40)
    tried = workflow.readiness(weak).question(q.id)
    assert tried.state == "rehearsed" and tried.tries == 1 and tried.passes == 0
    assert weak.attempts[-1].day == "2026-12-01" and weak.attempts[-1].seconds == 40
    once = workflow.practice(weak, q.id, strong_answer(), 110)
    assert workflow.readiness(once).question(q.id).state == "rehearsed"  # one pass is not two
    clock.advance(days=2)
    twice = workflow.practice(once, q.id, strong_answer(), 105)
    state = workflow.readiness(twice).question(q.id)
    assert state.state == "ready" and state.passes == 2 and state.scores[0] < 50
    assert state.scores[1] >= 80 and state.scores[2] >= 80
    overall = workflow.readiness(twice)
    assert overall.overall == round(100 * 1 / len(session.report.questions))
    assert "1 of 12 questions ready" in overall.summary


def test_a_filled_story_makes_its_question_drafted(workflow: Workflow, session) -> None:  # noqa: ANN001
    q = next(q for q in session.report.questions if q.story_id)
    story = session.story(q.story_id)
    filled = session
    for part in ("situation", "task", "action", "result"):
        text = getattr(story, part)
        if "[Add:" in text:
            filled = filled.with_story_edit(story.id, part, "I owned it from end to end.")
    assert workflow.readiness(filled).question(q.id).state == "drafted"
    principle = q.principles[0]
    row = next(p for p in workflow.readiness(filled).principles if p.principle_id == principle)
    assert row.state == "drafted" and row.reason.startswith("Q")


def test_every_principle_has_a_state_and_a_reason(workflow: Workflow, session) -> None:  # noqa: ANN001
    ready = workflow.readiness(session)
    assert {p.principle_id for p in ready.principles} == {p.id for p in session.report.principles}
    for p in ready.principles:
        assert p.state in ("not-started", "drafted", "rehearsed", "ready") and p.reason


def test_next_weakest_goes_from_untried_to_lowest_score(workflow: Workflow, session) -> None:  # noqa: ANN001
    qs = session.report.questions
    assert next_weakest(workflow.readiness(session)) == qs[0].id  # all untried: the likeliest
    s = session
    for q in qs:
        s = workflow.practice(s, q.id, strong_answer() if q is not qs[4] else "We did it.", 100)
    assert next_weakest(workflow.readiness(s)) == qs[4].id  # the lowest score


def test_aloud_scores_the_story_with_the_time_spoken(workflow: Workflow, session) -> None:  # noqa: ANN001
    q = next(q for q in session.report.questions if q.story_id)
    s = workflow.practice(session, q.id, "", 131, mode="aloud")
    attempt = s.attempts[-1]
    assert attempt.mode == "aloud" and attempt.story_id == q.story_id
    assert attempt.text == story_text(session.story(q.story_id))
    assert attempt.rubric.seconds == 131 and attempt.rubric.spoken
    with pytest.raises(ValueError):
        workflow.practice(session, "no-such-question", "x", 10)
    with pytest.raises(ValueError):
        workflow.practice(session, q.id, "x", 10, mode="sung")


def test_the_plan_runs_from_today_to_the_day_before(workflow: Workflow, session) -> None:  # noqa: ANN001
    plan = workflow.schedule(session, INTERVIEW, 1.5)
    dates = [d.date for d in plan.days]
    assert dates[0] == "2026-12-01" and dates[-1] == "2026-12-09" and len(dates) == 9
    assert [d.focus for d in plan.days][-1].startswith("Final review")
    assert {t.kind for t in plan.days[-1].tasks} == {"cheatsheet", "rehearse"}
    for d in plan.days:
        assert sum(t.minutes for t in d.tasks) <= 90 or len(d.tasks) == 1
    kinds = {t.kind for d in plan.days for t in d.tasks}
    assert {"story", "rehearse", "topic", "cheatsheet"} <= kinds
    # stories the likely questions need come before those questions are rehearsed
    filled = {t.ref: i for i, d in enumerate(plan.days) for t in d.tasks if t.kind == "story"}
    for i, d in enumerate(plan.days):
        for t in d.tasks:
            q = next((q for q in session.report.questions if q.id == t.ref), None)
            if t.kind == "rehearse" and q is not None and q.story_id in filled:
                assert filled[q.story_id] <= i
    # the topics the posting stresses most, first
    topics = [t.ref for d in plan.days for t in d.tasks if t.kind == "topic"]
    assert topics == [t.id for t in session.report.technical_topics[:len(topics)]]
    assert workflow.schedule(session, INTERVIEW, 1.5) == plan  # deterministic
    # a question quoted in a task is shortened by choosing whole sentences, never cut
    texts = [t.text for d in plan.days for t in d.tasks]
    assert not [t for t in texts if "\u2026" in t or "..." in t], texts


def test_a_question_missed_today_comes_back_in_two_days(workflow: Workflow, session) -> None:  # noqa: ANN001
    q = session.report.questions[2]
    missed = workflow.practice(session, q.id, "We did it and it went fine.", 30)
    plan = workflow.schedule(missed, INTERVIEW, 1.5)
    days = [d.date for d in plan.days for t in d.tasks if t.ref == q.id and t.kind == "rehearse"]
    assert days and days[0] == "2026-12-03"
    first = next(t for d in plan.days for t in d.tasks if t.ref == q.id)
    assert "scored" in first.text and "1 Dec" in first.text
    passed = workflow.practice(session, q.id, strong_answer(), 110)
    plan = workflow.schedule(passed, INTERVIEW, 1.5)
    days = [d.date for d in plan.days for t in d.tasks if t.ref == q.id and t.kind == "rehearse"]
    assert days and days[0] == "2026-12-04"  # one pass: back in three days to confirm it


def test_weakest_questions_are_rehearsed_first(workflow: Workflow, session) -> None:  # noqa: ANN001
    s = session
    qs = session.report.questions
    for q in qs[:6]:  # the first six tried, all scoring well once
        s = workflow.practice(s, q.id, strong_answer(), 110)
    plan = workflow.schedule(s, INTERVIEW, 1.5, today=date(2026, 12, 1))
    firsts = []
    for d in plan.days:
        for t in d.tasks:
            if t.kind == "rehearse" and t.ref and t.ref not in firsts:
                firsts.append(t.ref)
    untried = [q.id for q in qs[6:]]
    assert firsts[:len(untried)] == untried


def test_few_hours_leave_work_out_and_say_so(workflow: Workflow, session) -> None:  # noqa: ANN001
    plan = workflow.schedule(session, date(2026, 12, 3), 0.5)
    assert plan.left_out and "Not enough time for" in plan.note
    for d in plan.days:
        assert sum(t.minutes for t in d.tasks) <= 60  # the last day's fixed review may exceed


def test_bad_dates_and_hours_say_what_to_do(workflow: Workflow, session) -> None:  # noqa: ANN001
    for interview in (date(2026, 12, 1), date(2026, 11, 1), date(2028, 1, 1)):
        with pytest.raises(InputError):
            workflow.schedule(session, interview)
    with pytest.raises(InputError):
        workflow.schedule(session, INTERVIEW, 30)
    with pytest.raises(InputError):
        workflow.schedule(session)  # no date given and none in the session
    tomorrow = workflow.schedule(session, date(2026, 12, 2))
    assert [d.date for d in tomorrow.days] == ["2026-12-01"]
    assert tomorrow.days[0].focus.startswith("Final review")


def test_saved_practice_reopens_and_tomorrow_shows_progress(workflow: Workflow, session, clock,  # noqa: ANN001
                                                             tmp_path) -> None:  # noqa: ANN001
    q = session.report.questions[0]
    s = workflow.practice(session, q.id, "We looked into it and fixed it.", 35)
    s = s.with_plan(InterviewPlan("2026-12-10", 1.5))
    path = tmp_path / "mine.loopready.json"
    sessions.save_session(s, path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["schema"] == 2 and saved["plan"]["interview_date"] == "2026-12-10"
    assert saved["attempts"][0]["rubric"]["score"] == s.attempts[0].rubric.score
    back = sessions.load_session(path)
    assert back.attempts == s.attempts and back.plan == s.plan
    clock.advance(days=1)  # come back tomorrow
    plan = workflow.schedule(back)
    assert plan.days[0].date == "2026-12-02" and plan.hours_per_day == 1.5
    assert workflow.readiness(back).question(q.id).state == "rehearsed"
    retry = [d.date for d in plan.days for t in d.tasks if t.ref == q.id and t.kind == "rehearse"]
    assert retry[0] == "2026-12-03"  # missed on the 1st: back on the 3rd


def test_exports_carry_the_plan_and_a_calendar(workflow: Workflow, session, tmp_path) -> None:  # noqa: ANN001
    s = session.with_plan(InterviewPlan("2026-12-10", 1.0))
    report = workflow.report_with_plan(s)
    assert [d.date for d in report.schedule] == [
        (date(2026, 12, 1) + timedelta(days=i)).isoformat() for i in range(9)]
    assert workflow.report_with_plan(session).schedule == ()  # no date: no plan
    assert s.report.schedule == ()  # the saved report never holds the plan
    path = workflow.export(report, "calendar", tmp_path / "plan.ics")
    calendar, events = parse_ics((tmp_path / "plan.ics").read_bytes())
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"].startswith("-//LoopReady")
    assert len(events) == 10  # nine days and the interview
    starts = [e.value("DTSTART") for e in events]
    assert starts[0] == "20261201" and starts[-1] == "20261210"
    assert all(e.props["DTSTART"][0] == {"VALUE": "DATE"} for e in events)
    assert events[0].value("DTEND") == "20261202"
    first = report.schedule[0]
    description = unescape(events[0].value("DESCRIPTION"))
    for task in first.tasks:
        assert f"- {task.text} ({task.minutes} min)" in description
    assert unescape(events[-1].value("SUMMARY")).startswith("Interview: ")
    assert len({e.value("UID") for e in events}) == 10
    again = workflow.export(report, "calendar", tmp_path / "again.ics")
    assert [e.value("UID") for e in parse_ics((tmp_path / "again.ics").read_bytes())[1]] == [
        e.value("UID") for e in events]  # importing again updates, never doubles
    assert path and again
    empty = dataclasses.replace(report, schedule=())
    from app.errors import ExportError
    with pytest.raises(ExportError):
        workflow.export(empty, "calendar", tmp_path / "none.ics")
