"""The Practice page end to end, on real widgets and real session files: open a kit (a session
file saved by the schema-1 code), practise a question with the timer (short ticks injected),
see the rubric the moment you stop, rehearse aloud, see progress; set the interview date on
the Plan page; autosave; close; come back tomorrow (an injected clock) and find the tries, the
progress and today's plan; export the calendar and read it back."""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path

import pytest
from conftest import QT_LOG_IGNORE
from layout_check import clipped_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.practice.clock import FixedClock
from app.views.widgets import Card
from app.workflow import Workflow

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)]

ROOT = Path(__file__).resolve().parent.parent.parent
SCHEMA1 = ROOT / "tests" / "data" / "sessions" / "schema1_sample.loopready.json"
STORIES = ROOT / "tests" / "data" / "practice" / "told_stories.jsonl"
TIMEOUT = 90_000
DAY1 = datetime(2026, 12, 1, 19, 30)


def told(kind: str) -> str:
    rows = [json.loads(line) for line in STORIES.read_text(encoding="utf-8").splitlines()]
    return next(r["text"] for r in rows if r["kind"] == kind and r["split"] == "held")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(DAY1)


@pytest.fixture
def make_window(qtbot, theme, clock):  # noqa: ANN001
    from app.views.main_window import MainWindow
    from app.views.settings import Settings
    from app.views.tasks import TaskRunner

    made = []

    def make():
        window = MainWindow(runner=TaskRunner(), theme=theme, settings=Settings(),
                            workflow=Workflow(clock=clock))
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()
        window.runner.wait(10000)


def open_file(qtbot, window, path: Path):  # noqa: ANN001, ANN201
    with qtbot.waitSignal(window.analysis_finished, timeout=TIMEOUT) as blocker:
        window.open_session(str(path))
    return blocker.args[0]


@pytest.fixture
def kit(tmp_path: Path) -> Path:
    """A copy of the schema-1 session (the app may write next to what it opens)."""
    dest = tmp_path / "kit.loopready.json"
    shutil.copy(SCHEMA1, dest)
    return dest


def test_practise_a_question_with_the_timer_and_see_the_rubric(qtbot, make_window, kit) -> None:  # noqa: ANN001
    window = make_window()
    session = open_file(qtbot, window, kit)
    window.go_to_page_id("practice")
    assert window.current_page_id() == "practice"
    panel = window.panel("practice")
    first = session.report.questions[0]
    assert panel.current_question() == first.id  # nothing tried yet: the likeliest first
    panel.timer.set_tick_ms(4)  # one timer second every 4 ms
    assert panel.time_label.text() == "0:00" and panel.time_label.property("state") == "idle"
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.timer.seconds >= 91, timeout=10_000)
    assert panel.time_label.property("state") == "wrap"  # the gentle 90-second mark
    assert "time to land the result" in panel.timer_hint.text()
    qtbot.waitUntil(lambda: panel.timer.seconds >= 121, timeout=10_000)
    assert panel.time_label.property("state") == "over" and panel.timer.running()  # never cut off
    panel.answer.setFocus()
    answer = told("strong")
    qtbot.keyClicks(panel.answer, answer[:40])  # typed...
    QGuiApplication.clipboard().setText(answer[40:])  # ...and the rest pasted
    qtbot.keyClick(panel.answer, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert panel.answer.toPlainText() == answer
    assert "words" in panel.status.text()
    assert panel.finish_button.text() == "Stop and get feedback"
    with qtbot.waitSignal(panel.attempt_made, timeout=2000) as sent:
        qtbot.mouseClick(panel.finish_button, Qt.MouseButton.LeftButton)
    seconds = sent.args[2]
    assert sent.args[0] == first.id and sent.args[3] == "typed" and seconds >= 121
    # the rubric the moment they stop, from the session the window now holds
    attempt = window.session().attempts[-1]
    assert attempt.question_id == first.id and attempt.seconds == seconds
    assert attempt.text == told("strong")
    feedback = panel.feedback
    assert feedback is not None
    qtbot.waitUntil(feedback.isVisible, timeout=1000)  # shown on the next turn of the event loop
    assert feedback.findChild(type(panel.time_label), "feedback-score").text() == str(
        attempt.rubric.score)
    assert attempt.rubric.score >= 80
    assert all(label.property("ok") == "true" for label in feedback.part_labels.values())
    texts = " ".join(feedback.texts())
    assert "Measured result: yes" in texts and "Your part:" in texts and "Length:" in texts
    assert panel.time_label.text() == "0:00"  # the next try starts from zero
    assert "1 try" in " ".join(w.text() for w in panel.cards[first.id].findChildren(
        type(panel.time_label)))


def test_a_vague_answer_names_what_to_change(qtbot, make_window, kit) -> None:  # noqa: ANN001
    window = make_window()
    open_file(qtbot, window, kit)
    window.go_to_page_id("practice")
    panel = window.panel("practice")
    panel.answer.setPlainText(told("vague"))
    panel.answer.setFocus()
    with qtbot.waitSignal(panel.attempt_made, timeout=2000):  # Ctrl+Enter from the answer box
        qtbot.keyClick(panel.answer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    rubric = window.session().attempts[-1].rubric
    assert rubric.score < 50
    texts = " ".join(panel.feedback.texts())
    assert "What to change" in texts and rubric.advice[0] in texts
    assert panel.feedback.part_labels["action"].property("ok") == "false"
    hidden = panel.feedback.findChildren(type(panel.time_label), "hidden-sentence")
    assert hidden and rubric.hidden[0] in hidden[0].text()


def test_rehearse_aloud_and_mark_done(qtbot, make_window, kit) -> None:  # noqa: ANN001
    window = make_window()
    session = open_file(qtbot, window, kit)
    window.go_to_page_id("practice")
    panel = window.panel("practice")
    q = next(q for q in session.report.questions if q.story_id)
    panel.select_question(q.id)
    qtbot.mouseClick(panel.aloud_button, Qt.MouseButton.LeftButton)
    assert panel.aloud_button.isChecked() and not panel.answer.isVisible()
    assert panel.finish_button.text().startswith("Done")
    panel.timer.set_tick_ms(3)
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.timer.seconds >= 100, timeout=10_000)
    qtbot.mouseClick(panel.finish_button, Qt.MouseButton.LeftButton)
    attempt = window.session().attempts[-1]
    assert attempt.mode == "aloud" and attempt.story_id == q.story_id
    assert attempt.seconds >= 100 and attempt.rubric.seconds == attempt.seconds
    assert attempt.rubric.placeholders > 0  # the sample's story still has gaps to fill
    assert attempt.rubric.score < 80


def test_progress_next_weakest_and_drafts(qtbot, make_window, kit) -> None:  # noqa: ANN001
    window = make_window()
    session = open_file(qtbot, window, kit)
    window.go_to_page_id("practice")
    panel = window.panel("practice")
    qs = session.report.questions
    panel.answer.setPlainText(told("vague"))
    panel.finish()
    panel.answer.setPlainText(told("strong"))
    panel.finish()
    trend = panel.findChild(type(panel.time_label), "practice-trend")
    scores = [a.rubric.score for a in window.session().attempts]
    assert trend.text() == f"Scores: {scores[0]} \u2192 {scores[1]}"
    # an earlier try can be looked at again
    panel.show_attempt(window.session().attempts[0])
    assert "An earlier try" in " ".join(panel.feedback.texts())
    # the next weakest is an untried question now; a typed draft survives switching
    panel.answer.setPlainText("half an answer")
    qtbot.mouseClick(panel.weakest_button, Qt.MouseButton.LeftButton)
    assert panel.current_question() == qs[1].id
    assert panel.answer.toPlainText() == ""
    panel.select_question(qs[0].id)
    assert panel.answer.toPlainText() == "half an answer"
    summary = panel.findChild(type(panel.time_label), "practice-summary").text()
    assert summary == window.workflow.readiness(window.session()).summary


def test_plan_date_autosave_and_come_back_tomorrow(qtbot, make_window, kit, clock,  # noqa: ANN001
                                                   tmp_path) -> None:  # noqa: ANN001
    window = make_window()
    session = open_file(qtbot, window, kit)
    window.go_to_page_id("plan")
    view = window.panel("plan").schedule_view
    assert view.make_button.isVisible() and not view.calendar_button.isEnabled()
    from PySide6.QtCore import QDate

    view.date_edit.setDate(QDate(2026, 12, 10))
    view.hours.setValue(1.5)
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    assert window.session().plan.interview_date == "2026-12-10"
    qtbot.waitUntil(lambda: bool(window.panel("plan").schedule_view.day_cards), timeout=5000)
    view = window.panel("plan").schedule_view
    assert list(view.day_cards)[0] == "2026-12-01" and len(view.day_cards) == 9
    assert view.day_cards["2026-12-01"].property("selected") == "true"
    # practise once today: a miss
    window.go_to_page_id("practice")
    panel = window.panel("practice")
    q = session.report.questions[0]
    panel.answer.setPlainText(told("vague"))
    panel.finish()
    today = panel.findChild(Card, "today-plan")
    first_task = window.workflow.schedule(window.session()).days[0].tasks[0].text
    assert today is not None and first_task in " ".join(
        w.text() for w in today.findChildren(type(panel.time_label)))
    with qtbot.waitSignal(window.session_saved, timeout=10_000) as saved:
        window.autosave_now()
    path = Path(saved.args[0])
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored["schema"] == 2 and stored["plan"]["interview_date"] == "2026-12-10"
    assert [a["question_id"] for a in stored["attempts"]] == [q.id]
    keep = tmp_path / "kept.loopready.json"
    shutil.copy(path, keep)
    window.close()

    clock.advance(days=1)  # come back tomorrow
    again = make_window()
    reopened = open_file(qtbot, again, keep)
    assert [a.question_id for a in reopened.attempts] == [q.id]
    again.go_to_page_id("practice")
    panel = again.panel("practice")
    assert panel.readiness().question(q.id).state == "rehearsed"
    card_text = " ".join(w.text() for w in panel.cards[q.id].findChildren(type(panel.time_label)))
    assert "Rehearsed" in card_text and "1 try" in card_text
    tasks = [w.text() for w in panel.findChildren(type(panel.time_label), "today-task")]
    assert tasks  # today's plan, for the new today
    again.go_to_page_id("plan")
    view = again.panel("plan").schedule_view
    assert list(view.day_cards)[0] == "2026-12-02"
    assert view.day_cards["2026-12-02"].property("selected") == "true"
    plan = again.workflow.schedule(again.session())
    retry = [d.date for d in plan.days for t in d.tasks if t.ref == q.id and t.kind == "rehearse"]
    assert retry[0] == "2026-12-03"  # missed on the 1st, back on the 3rd
    again.go_to_page_id("overview")
    line = again.panel("overview").readiness
    assert line.value.text() == f"Readiness {again.workflow.readiness(again.session()).overall}%"


def test_calendar_and_report_exports_carry_the_plan(qtbot, make_window, kit, tmp_path) -> None:  # noqa: ANN001
    import sys

    sys.path.insert(0, str(ROOT / "tests" / "practice"))
    from practice_helpers import parse_ics

    window = make_window()
    open_file(qtbot, window, kit)
    out = tmp_path / "plan.ics"
    window.export("calendar", str(out))  # no date yet: says what to do, writes nothing
    assert not out.exists()
    assert "interview date" in window.workspace.banner.text.text()
    window.set_plan("2026-12-08", 1.0)
    with qtbot.waitSignal(window.export_finished, timeout=30_000):
        window.export("calendar", str(out))
    _, events = parse_ics(out.read_bytes())
    assert [e.value("DTSTART") for e in events][:2] == ["20261201", "20261202"]
    assert len(events) == 8  # seven days and the interview
    pdf = tmp_path / "report.pdf"
    with qtbot.waitSignal(window.export_finished, timeout=60_000):
        window.export("report", str(pdf), "a4")
    import pymupdf

    with pymupdf.open(pdf) as doc:
        assert "Your plan, day by day" in [t for _l, t, _p in doc.get_toc()]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_practice_page_unclipped_at_both_sizes(qtbot, make_window, kit, scheme,  # noqa: ANN001
                                               theme) -> None:  # noqa: ANN001
    theme.apply(scheme)
    window = make_window()
    open_file(qtbot, window, kit)
    window.go_to_page_id("practice")
    panel = window.panel("practice")
    panel.answer.setPlainText(told("strong"))
    panel.finish()
    for width, height in ((1024, 640), (1920, 1080)):
        window.resize(width, height)
        qtbot.wait(80)
        assert clipped_text(window) == [], (scheme, width)
        panel.detail_page.verticalScrollBar().setValue(10_000)
        qtbot.wait(40)
        assert clipped_text(window) == [], (scheme, width, "scrolled")
    window.set_plan("2026-12-10", 2.0)
    window.go_to_page_id("plan")
    qtbot.wait(80)
    assert clipped_text(window) == []


def test_a_task_of_the_plan_opens_its_story_or_question(qtbot, make_window, kit) -> None:  # noqa: ANN001
    from app.views.schedule_view import TaskLabel

    window = make_window()
    open_file(qtbot, window, kit)
    window.set_plan("2026-12-10", 1.5)
    window.go_to_page_id("plan")
    qtbot.waitUntil(lambda: bool(window.panel("plan").schedule_view.day_cards), timeout=5000)
    tasks = window.panel("plan").schedule_view.findChildren(TaskLabel)
    story = next(t for t in tasks if t.kind == "story")
    qtbot.mouseClick(story, Qt.MouseButton.LeftButton)
    assert window.current_page_id() == "stories"
    assert window.panel("stories").current_story() == story.ref
    window.go_to_page_id("plan")
    tasks = window.panel("plan").schedule_view.findChildren(TaskLabel)
    rehearse = next(t for t in tasks if t.kind == "rehearse" and t.ref)
    qtbot.mouseClick(rehearse, Qt.MouseButton.LeftButton)
    assert window.current_page_id() == "practice"
    assert window.panel("practice").current_question() == rehearse.ref


def test_a_kit_without_questions_says_so(qtbot, knowledge) -> None:  # noqa: ANN001
    import dataclasses

    from panel_fixtures import make_session

    from app.views.practice_panel import PracticePanel

    panel = PracticePanel(knowledge=knowledge)
    qtbot.addWidget(panel)
    panel.resize(1100, 700)
    panel.show()
    session = make_session()
    panel.set_session(session)
    assert panel.current_question() == session.report.questions[0].id
    qtbot.waitUntil(panel.detail_body.isVisible, timeout=1000)
    empty = dataclasses.replace(session, report=dataclasses.replace(session.report, questions=()))
    panel.set_session(empty)
    assert panel.current_question() is None and not panel.detail_body.isVisible()
    assert "no likely questions" in panel.question_title.text()
    with qtbot.assertNotEmitted(panel.attempt_made):
        panel.finish()
    panel.close()
