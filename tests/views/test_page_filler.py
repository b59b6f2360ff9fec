"""Pages fill in idle-time slices: the filler itself, and the window filling its pages after a
real analysis (the page on screen first, the rest later or when opened). No timings here:
the stall numbers are in bench/bench_gui.py."""

from __future__ import annotations

import pytest
from conftest import QT_LOG_IGNORE
from PySide6.QtCore import QTimer

from app.views.page_filler import PageFiller

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)]

TIMEOUT = 90_000


def _fill(log: list[str], name: str, pieces: int):  # noqa: ANN202
    def steps():
        for i in range(pieces):
            log.append(f"{name}{i}")
            yield

    return steps


def test_filler_runs_fills_in_slices_first_page_first(qtbot) -> None:  # noqa: ANN001
    log: list[str] = []
    errors: list[BaseException] = []
    filler = PageFiller(errors.append, budget_s=0.0)  # one piece per slice
    filled: list[str] = []
    filler.page_filled.connect(filled.append)
    filler.start({"a": _fill(log, "a", 2), "b": _fill(log, "b", 3)}, first="b")
    assert log == [] and filler.is_pending("a") and filler.is_pending("b")  # nothing yet

    def other_event() -> None:  # stands for a repaint or a key press waiting in the queue
        log.append("|")
        if filler.pending():
            QTimer.singleShot(0, other_event)

    QTimer.singleShot(0, other_event)
    with qtbot.waitSignal(filler.all_filled, timeout=2000):
        pass
    pieces = [x for x in log if x != "|"]
    assert pieces == ["b0", "b1", "b2", "a0", "a1"]
    first, last = log.index("b0"), log.index("a1")
    assert "|" in log[first:last]  # the event loop ran between the pieces
    assert filled == ["b", "a"] and not filler.pending() and errors == []


def test_filler_finish_now_and_a_newer_start_supersedes(qtbot) -> None:  # noqa: ANN001
    log: list[str] = []
    filler = PageFiller(lambda exc: None, budget_s=0.0)
    filler.start({"a": _fill(log, "a", 3), "b": _fill(log, "b", 3)})
    filler.finish("b")  # the user opened b before its turn
    assert log == ["b0", "b1", "b2"] and not filler.is_pending("b") and filler.is_pending("a")
    log.clear()
    filler.start({"c": _fill(log, "c", 2)})  # a new result: a's fill is dropped
    with qtbot.waitSignal(filler.all_filled, timeout=2000):
        pass
    assert log == ["c0", "c1"] and not filler.is_pending("a")


def test_filler_reports_a_failing_page_and_fills_the_others(qtbot) -> None:  # noqa: ANN001
    log: list[str] = []
    errors: list[BaseException] = []

    def broken():
        yield
        raise RuntimeError("panel bug")

    filler = PageFiller(errors.append)
    filler.start({"bad": broken, "ok": _fill(log, "ok", 2)})
    with qtbot.waitSignal(filler.all_filled, timeout=2000):
        pass
    assert [str(e) for e in errors] == ["panel bug"] and log == ["ok0", "ok1"]


def test_window_fills_the_overview_first_and_the_rest_in_idle_time(qtbot, window) -> None:  # noqa: ANN001
    seen: dict[str, object] = {}

    def on_finished(session) -> None:  # noqa: ANN001
        ws = window.workspace
        seen["overview"] = bool(ws.panels["overview"].expanders)
        seen["plan_pending"] = window.filler.is_pending("plan")
        seen["plan_boxes"] = len(ws.panels["plan"].boxes)
        # an edit made before the plan is filled reaches it once it is
        item = session.report.checklist[0].id
        seen["item"] = item
        window.set_tick(item, True)

    window.analysis_finished.connect(on_finished)
    with qtbot.waitSignal(window.pages_filled, timeout=TIMEOUT):
        window.open_sample()
    session = window.session()
    assert seen["overview"] is True and window.current_page_id() == "overview"
    assert seen["plan_pending"] is True and seen["plan_boxes"] == 0
    ws = window.workspace
    plan = ws.panels["plan"]
    assert set(plan.boxes) == {c.id for c in session.report.checklist}
    qtbot.waitUntil(lambda: plan.boxes[seen["item"]].isChecked(), timeout=3000)
    stories = ws.panels["stories"]
    assert len(stories.cards) == len(session.report.stories) > 1
    assert stories.stack.count() == 1  # one editor (the story on screen), not one per story
    assert window.resume_view.canvas.page_count() == session.report.resume.source.pages


def test_opening_a_page_before_its_turn_fills_it_at_once(qtbot, window) -> None:  # noqa: ANN001
    seen: dict[str, object] = {}

    def on_finished(session) -> None:  # noqa: ANN001
        pending = window.filler.is_pending("questions")
        window.go_to_page_id("questions")
        panel = window.workspace.panels["questions"]
        seen["pending_before"] = pending
        seen["cards"] = len(panel.cards)
        seen["current"] = panel.current_question()

    window.analysis_finished.connect(on_finished)
    with qtbot.waitSignal(window.pages_filled, timeout=TIMEOUT):
        window.open_sample()
    questions = window.session().report.questions
    assert seen["pending_before"] is True
    assert seen["cards"] == len(questions) and seen["current"] == questions[0].id
    assert window.current_page_id() == "questions"
