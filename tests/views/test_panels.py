"""The content panels (dashboard, principles, questions, stories, plan) with real widgets,
offscreen, on a fully filled hand-built report (tests/views/panel_fixtures.py)."""

from __future__ import annotations

import dataclasses
import re

import pytest
from panel_fixtures import make_knowledge, make_report, make_session
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QMessageBox, QPushButton

from app.models.report import PLACEHOLDER_PREFIX
from app.views.dashboard import DashboardPanel, next_steps
from app.views.plan_panel import PlanPanel
from app.views.principles_panel import PrinciplesPanel
from app.views.questions_panel import QuestionsPanel
from app.views.story_editor import StoriesPanel
from app.views.widgets import count_placeholders, speaking_time, word_count


@pytest.fixture
def session():
    return make_session()


def _visible_texts(widget) -> list[str]:  # noqa: ANN001
    return [w.text() for w in widget.findChildren(QLabel) if w.isVisibleTo(widget)]


# ------------------------------------------------------------------ widgets helpers
def test_placeholder_and_word_helpers() -> None:
    text = f"I cut latency. {PLACEHOLDER_PREFIX}the baseline] and {PLACEHOLDER_PREFIX}the team]"
    assert count_placeholders(text) == 2
    assert count_placeholders("no placeholders here") == 0
    assert word_count(text) == 4  # placeholders are not spoken
    assert speaking_time(140) == "1 min 00 s"
    assert speaking_time(35) == "15 s"


# ------------------------------------------------------------------ dashboard
def test_dashboard_shows_every_reason_with_its_points(qtbot, session) -> None:  # noqa: ANN001
    panel = DashboardPanel(knowledge=make_knowledge())
    qtbot.addWidget(panel)
    panel.set_session(session)
    fit = session.report.fit
    assert sorted(panel.reason_points()) == sorted(r.points for r in fit.reasons)
    texts = " ".join(w.text() for w in panel.findChildren(QLabel))
    # the fit score is said once: the big number, nowhere else on the page
    assert panel.findChild(QLabel, "fit-number").text() == str(fit.overall)
    assert texts.count(f"{fit.overall}/100") == 0
    for risk in session.report.risks[:3]:
        assert risk.title in texts
    assert fit.level_reason in texts
    # Reasons are folded until the number is clicked, and then read as plain sentences.
    panel.show()
    skills = panel.expanders["skills"]
    assert not skills.body.isVisible()
    qtbot.mouseClick(skills.header, Qt.MouseButton.LeftButton)
    assert skills.body.isVisible()
    shown = [w.text() for w in skills.body.findChildren(QLabel) if w.isVisible()]
    assert any("SageMaker, Python and PyTorch from the posting appear" in t for t in shown)
    assert not any(re.search(r"\b(?:pts|points|weight)\b", t) for t in shown)
    assert any("Posting: Deploy and operate ML models" in t for t in shown)
    # the points behind them are one more click away: "How this is scored"
    scored = panel.expanders["points-skills"]
    assert scored.header.text() == "How this is scored" and not scored.is_expanded()
    scored.header.click()
    shown = [w.text() for w in skills.body.findChildren(QLabel) if w.isVisible()]
    assert any(t.startswith("+34.0 points") for t in shown)
    # The open state survives a refresh.
    panel.set_session(session.with_tick("c1", True))
    assert panel.expanders["skills"].is_expanded()


def test_dashboard_next_steps_navigate(qtbot, session) -> None:  # noqa: ANN001
    panel = DashboardPanel()
    qtbot.addWidget(panel)
    panel.set_session(session)
    steps = next_steps(session)
    assert steps[0] == ("Fill 4 placeholders in the story \u201cFraud model latency\u201d",
                        "story", "s1")
    buttons = {b.accessibleName(): b for b in panel.findChildren(QPushButton)}
    with qtbot.waitSignal(panel.story_requested, timeout=1000) as sig:
        buttons[steps[0][0]].click()
    assert sig.args == ["s1"]
    rehearse = next(t for t, kind, _ in steps if t.startswith("Rehearse"))
    with qtbot.waitSignal(panel.navigate, timeout=1000) as sig:
        buttons[rehearse].click()
    assert sig.args == ["questions"]
    # Filling placeholders changes the steps.
    draft = session.report.story("s1")
    edited = session
    for name in ("situation", "task", "action", "result"):
        text = getattr(draft, name)
        while PLACEHOLDER_PREFIX in text:
            start = text.index(PLACEHOLDER_PREFIX)
            text = text[:start] + "done" + text[text.index("]", start) + 1:]
        edited = edited.with_story_edit("s1", name, text)
    assert all(target != "s1" for _, _, target in next_steps(edited))


# ------------------------------------------------------------------ principles
def test_principles_panel_lists_16_and_emits_on_click(qtbot, session) -> None:  # noqa: ANN001
    panel = PrinciplesPanel(knowledge=make_knowledge())
    qtbot.addWidget(panel)
    panel.set_session(session)
    assert len(panel.cards) == 16
    card = panel.cards["dive-deep"]
    assert card.property("strength") == "strong"
    with qtbot.waitSignal(panel.principle_selected, timeout=1000) as sig:
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert sig.args == ["dive-deep"]
    assert panel.current_principle() == "dive-deep"
    detail = " ".join(_visible_texts(panel.detail_page))
    report = session.report
    for bid in next(p for p in report.principles if p.id == "dive-deep").evidence:
        assert report.resume.bullet(bid).text in detail
    assert "What would you do differently about dive deep?" in detail  # probes from knowledge
    assert "Gap script" not in detail  # strong: no gap script


def test_principles_panel_gap_script_and_keyboard(qtbot, session) -> None:  # noqa: ANN001
    panel = PrinciplesPanel()
    qtbot.addWidget(panel)
    panel.set_session(session)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    pid = "strive-to-be-earths-best-employer"
    card = panel.cards[pid]
    assert "None" in card.accessibleName()
    card.setFocus()
    with qtbot.waitSignal(panel.principle_selected, timeout=1000) as sig:
        qtbot.keyClick(card, Qt.Key.Key_Return)
    assert sig.args == [pid]
    qtbot.wait(10)  # new detail widgets in a shown panel appear on the next event loop turn
    detail = " ".join(_visible_texts(panel.detail_page))
    assert "Gap script" in detail
    # Up/Down move between cards.
    qtbot.keyClick(card, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is panel.cards["deliver-results"]
    assert "when on-call load burned the team out" in detail
    # Refreshing with the same report keeps the selection and emits nothing.
    with qtbot.assertNotEmitted(panel.principle_selected):
        panel.set_session(session.with_tick("c1", True))
    assert panel.current_principle() == pid


# ------------------------------------------------------------------ questions
def test_questions_panel_open_story(qtbot, session) -> None:  # noqa: ANN001
    panel = QuestionsPanel(knowledge=make_knowledge())
    qtbot.addWidget(panel)
    panel.set_session(session)
    assert len(panel.cards) == 12
    qtbot.mouseClick(panel.cards["q3"], Qt.MouseButton.LeftButton)
    detail = " ".join(_visible_texts(panel.detail_page))
    assert "Chargeback ranking" in detail  # the story title
    assert "Lead with the number" in detail  # the angle
    with qtbot.waitSignal(panel.story_requested, timeout=1000) as sig:
        qtbot.mouseClick(panel.open_story_button, Qt.MouseButton.LeftButton)
    assert sig.args == ["s5"]
    # A question with no story cannot open one.
    panel.select_question("q11")
    assert not panel.open_story_button.isEnabled()
    # An edited story title shows up after a refresh.
    panel.select_question("q3")
    panel.set_session(session.with_story_edit("s5", "title", "Dispute ranking"))
    assert "Dispute ranking" in " ".join(_visible_texts(panel.detail_page))


# ------------------------------------------------------------------ stories
def _select_first_placeholder(edit) -> str:  # noqa: ANN001
    text = edit.toPlainText()
    start = text.index(PLACEHOLDER_PREFIX)
    end = text.index("]", start) + 1
    cursor = edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    return text[start:end]


def test_stories_panel_edit_emits_and_counts_drop(qtbot, session) -> None:  # noqa: ANN001
    panel = StoriesPanel(knowledge=make_knowledge())
    qtbot.addWidget(panel)
    panel.set_session(session)
    assert len(panel.cards) == 8
    assert panel.current_story() == "s1"
    before = panel.placeholder_count("s1")
    assert before == 4
    edit = panel.editor("s1").fields["situation"]
    edit.setFocus()
    placeholder = _select_first_placeholder(edit)
    with qtbot.waitSignal(panel.story_edited, timeout=2000) as sig:
        qtbot.keyClicks(edit, "a team of six and a launch at risk")
    sid, field, text = sig.args
    assert (sid, field) == ("s1", "situation")
    assert text == edit.toPlainText()
    assert "a team of six and a launch at risk" in text and placeholder not in text
    assert panel.placeholder_count("s1") == before - 1
    count_label = panel._card_labels["s1"][2]
    assert count_label.text().startswith("\u270e 3 placeholders")
    assert panel._card_labels["s1"][1].isVisibleTo(panel.cards["s1"])  # "Edited" marker
    # Ctrl+Z undoes in the field.
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert placeholder in edit.toPlainText()


def test_stories_panel_flushes_on_story_switch(qtbot, session) -> None:  # noqa: ANN001
    panel = StoriesPanel()
    qtbot.addWidget(panel)
    panel.set_session(session)
    edit = panel.editor("s1").fields["result"]
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(edit, " Fast.")
    with qtbot.waitSignal(panel.story_edited, timeout=50) as sig:  # no debounce wait
        panel.show_story("s2")
    assert sig.args[:2] == ["s1", "result"] and sig.args[2].endswith(" Fast.")
    assert panel.current_story() == "s2"
    # Leaving the page flushes too.
    panel.show()
    qtbot.waitExposed(panel)
    edit = panel.editor("s2").fields["title"]
    edit.setFocus()
    qtbot.keyClicks(edit, "!")
    with qtbot.waitSignal(panel.story_edited, timeout=50) as sig:
        panel.hide()
    assert sig.args == ["s2", "title", edit.toPlainText()] and "!" in sig.args[2]


def test_stories_panel_set_session_keeps_newer_typing(qtbot, session) -> None:  # noqa: ANN001
    panel = StoriesPanel()
    qtbot.addWidget(panel)
    panel.set_session(session)
    emitted = []
    current = {"s": session}

    def on_edit(sid: str, field: str, text: str) -> None:
        emitted.append((sid, field, text))
        current["s"] = current["s"].with_story_edit(sid, field, text)
        panel.set_session(current["s"])  # the shell refreshes synchronously

    panel.story_edited.connect(on_edit)
    edit = panel.editor("s1").fields["action"]
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(edit, " Then I measured.")
    typed = edit.toPlainText()
    # An older session arrives while keystrokes are pending: they are flushed, not lost.
    panel.set_session(session)
    assert edit.toPlainText() == typed
    assert emitted == [("s1", "action", typed)]
    assert current["s"].story("s1").action == typed
    # A session carrying edits shows them, without emitting anything: in an editor already
    # built (updated in place) and in one built afterwards.
    assert panel.editor("s2").fields["task"].toPlainText() != "I owned the detector."
    edited = session.with_story_edit("s2", "task", "I owned the detector.")
    with qtbot.assertNotEmitted(panel.story_edited):
        panel.set_session(edited)
    assert panel.editor("s2").fields["task"].toPlainText() == "I owned the detector."
    assert panel.editor("s4").fields["task"].toPlainText() == edited.story("s4").task
    # A new report (re-analysis) rebuilds and keeps the open story when it still exists.
    panel.show_story("s3")
    with qtbot.assertNotEmitted(panel.story_edited):
        panel.set_session(make_session(make_report()))
    assert panel.current_story() == "s3"


def test_stories_panel_reset_asks_then_emits(qtbot, session) -> None:  # noqa: ANN001
    panel = StoriesPanel()
    qtbot.addWidget(panel)
    edited = session.with_story_edit("s1", "title", "My own title")
    panel.set_session(edited)
    page = panel.editor("s1")
    assert page.fields["title"].toPlainText() == "My own title"

    def answer(button: QMessageBox.StandardButton) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), "the reset confirmation did not open"
        box.button(button).click()

    QTimer.singleShot(50, lambda: answer(QMessageBox.StandardButton.Cancel))
    with qtbot.assertNotEmitted(panel.story_reset):
        page.reset_button.click()
    assert page.fields["title"].toPlainText() == "My own title"

    QTimer.singleShot(50, lambda: answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(panel.story_reset, timeout=2000) as sig:
        page.reset_button.click()
    assert sig.args == ["s1"]
    assert page.fields["title"].toPlainText() == session.report.story("s1").title
    assert not panel._card_labels["s1"][1].isVisibleTo(panel.cards["s1"])
    # The reset is undoable per field.
    page.fields["title"].undo()
    assert page.fields["title"].toPlainText() == "My own title"


def test_stories_panel_stats(qtbot, session) -> None:  # noqa: ANN001
    panel = StoriesPanel()
    qtbot.addWidget(panel)
    long = " ".join(["word"] * 400)
    panel.set_session(session.with_story_edit("s1", "action", long))
    stats = panel.editor("s1").stats.text()
    assert "about 2 min" in stats and "long" in stats
    assert panel.editor("s1").stats.property("state") == "long"


# ------------------------------------------------------------------ plan
def test_plan_panel_ticks(qtbot, session) -> None:  # noqa: ANN001
    panel = PlanPanel(knowledge=make_knowledge())
    qtbot.addWidget(panel)
    panel.set_session(session.with_tick("c3", True))
    panel.resize(1280, 800)
    panel.show()
    qtbot.waitExposed(panel)
    report = session.report
    assert set(panel.boxes) == {c.id for c in report.checklist}
    assert panel.boxes["c3"].isChecked() and not panel.boxes["c1"].isChecked()
    with qtbot.waitSignal(panel.tick_changed, timeout=1000) as sig:
        qtbot.mouseClick(panel.boxes["c1"], Qt.MouseButton.LeftButton)
    assert sig.args == ["c1", True]
    with qtbot.waitSignal(panel.tick_changed, timeout=1000) as sig:  # the text toggles too
        qtbot.mouseClick(panel.findChild(QLabel, "ticktext-c2"), Qt.MouseButton.LeftButton)
    assert sig.args == ["c2", True]
    stage = panel._stage_labels["before"].text()
    assert "2 of 2 done" in stage
    # Ticks from the session never echo back as signals.
    with qtbot.assertNotEmitted(panel.tick_changed):
        panel.set_session(session.with_tick("c1", False).with_tick("c8", True))
    assert panel.ticked()["c8"] and not panel.ticked()["c1"]
    texts = " ".join(_visible_texts(panel))
    for t in report.technical_topics:
        assert t.name in texts
    for q in report.questions_to_ask:
        assert q.text in texts
    for g in report.gap_scripts:
        assert g.script in texts
    assert all(b.accessibleName() for b in panel.findChildren(QCheckBox))
    assert "1 of 8 checklist items done" in texts
    # The jump buttons scroll to their section.
    panel.resize(1280, 500)
    qtbot.wait(20)
    bar = panel.page.verticalScrollBar()
    assert bar.maximum() > 0
    jump = next(b for b in panel.findChildren(QPushButton)
                if b.accessibleName() == "Jump to Technical topics to revise")
    qtbot.mouseClick(jump, Qt.MouseButton.LeftButton)
    assert bar.value() > 0


def test_panels_accept_a_report_with_empty_parts(qtbot) -> None:  # noqa: ANN001
    """A thin resume: no risks, stories, questions or checklist must still show cleanly."""
    report = dataclasses.replace(make_report(), risks=(), stories=(), questions=(),
                                 checklist=(), gap_scripts=(), technical_topics=(),
                                 questions_to_ask=())
    s = make_session(report)
    for cls in (DashboardPanel, PrinciplesPanel, QuestionsPanel, StoriesPanel, PlanPanel):
        panel = cls()
        qtbot.addWidget(panel)
        panel.set_session(s)
        panel.set_session(s)
