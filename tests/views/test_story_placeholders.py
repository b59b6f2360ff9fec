"""Editing a story around its "[Add: ...]" placeholders, as a user does it with mouse and
keyboard: typing anywhere inside or right after a placeholder replaces it (never glues text
onto it), the count of placeholders drops, and Ctrl+Z brings the placeholder back."""

from __future__ import annotations

import pytest
from conftest import QT_LOG_IGNORE
from panel_fixtures import make_knowledge, make_session
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from app.models.report import PLACEHOLDER_PREFIX
from app.views.story_editor import StoriesPanel, StoryField
from app.views.widgets import count_placeholders

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)]

PH = "[Add: what you were accountable for, and how big the team was]"


@pytest.fixture
def panel(qtbot):  # noqa: ANN001
    p = StoriesPanel(knowledge=make_knowledge())
    qtbot.addWidget(p)
    p.resize(1100, 800)
    p.set_session(make_session())
    p.show()
    qtbot.waitExposed(p)
    return p


def _field(panel: StoriesPanel, name: str, text: str) -> StoryField:
    page = panel.editor(panel.current_story())
    field = page.fields[name]
    field.setPlainText(text)
    field.setFocus()
    return field


def _click_at(qtbot, field: StoryField, position: int, dx: int = 0) -> None:  # noqa: ANN001
    cursor = field.textCursor()
    cursor.setPosition(position)
    point = field.cursorRect(cursor).center() + QPoint(dx, 0)
    QTest.mouseClick(field.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_click_past_the_end_of_a_placeholder_and_type_replaces_it(qtbot, panel) -> None:  # noqa: ANN001
    field = _field(panel, "task", PH)
    _click_at(qtbot, field, len(PH), dx=200)  # on the empty space right of the line
    QTest.keyClicks(field, "I owned the ranking roadmap")
    assert field.toPlainText() == "I owned the ranking roadmap"


def test_typing_right_after_a_placeholder_replaces_it(qtbot, panel) -> None:  # noqa: ANN001
    lead = "As ML engineer at Northwind (2022). "
    field = _field(panel, "situation", lead + PH)
    cursor = field.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    field.setTextCursor(cursor)  # End key / arrow: no click, no selection
    assert not field.textCursor().hasSelection()
    QTest.keyClicks(field, "Sellers saw late deliveries")
    assert field.toPlainText() == lead + "Sellers saw late deliveries"


def test_typing_inside_a_placeholder_reached_by_keyboard_replaces_it(qtbot, panel) -> None:  # noqa: ANN001
    field = _field(panel, "task", "Before. " + PH + " After.")
    cursor = field.textCursor()
    cursor.setPosition(len("Before. ") + 10)
    field.setTextCursor(cursor)
    QTest.keyClick(field, Qt.Key.Key_Right)  # still inside, no selection
    QTest.keyClicks(field, "My goal")
    assert field.toPlainText() == "Before. My goal After."


def test_typing_right_before_a_placeholder_keeps_it(qtbot, panel) -> None:  # noqa: ANN001
    """Writing a lead-in to a placeholder is allowed: the placeholder stays to be filled."""
    field = _field(panel, "task", PH)
    cursor = field.textCursor()
    cursor.setPosition(0)
    field.setTextCursor(cursor)
    QTest.keyClicks(field, "Goal: ")
    assert field.toPlainText() == "Goal: " + PH
    assert count_placeholders(field.toPlainText()) == 1


def test_undo_brings_the_placeholder_back_in_one_step(qtbot, panel) -> None:  # noqa: ANN001
    field = _field(panel, "task", "Before. " + PH)
    field.document().clearUndoRedoStacks()
    cursor = field.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    field.setTextCursor(cursor)
    QTest.keyClicks(field, "I led 4 people")
    assert field.toPlainText() == "Before. I led 4 people"
    QTest.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.toPlainText() == "Before. " + PH
    page = panel.editor(panel.current_story())
    page.undo_button.click()  # the panel's Undo button: nothing left to undo, no harm
    assert PLACEHOLDER_PREFIX in field.toPlainText()


def test_backspace_after_a_placeholder_removes_it_whole(qtbot, panel) -> None:  # noqa: ANN001
    field = _field(panel, "task", "Before. " + PH)
    cursor = field.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    field.setTextCursor(cursor)
    QTest.keyClick(field, Qt.Key.Key_Backspace)
    assert field.toPlainText() == "Before. "
    QTest.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.toPlainText() == "Before. " + PH


def test_paste_inside_a_placeholder_replaces_it(qtbot, panel) -> None:  # noqa: ANN001
    field = _field(panel, "result", "Cut costs. " + PH)
    cursor = field.textCursor()
    cursor.setPosition(len("Cut costs. ") + 12)
    field.setTextCursor(cursor)
    data = QMimeData()
    data.setText("Saved $40k a year")
    field.insertFromMimeData(data)
    assert field.toPlainText() == "Cut costs. Saved $40k a year"


def test_the_count_drops_on_the_page_and_in_the_list(qtbot, panel) -> None:  # noqa: ANN001
    sid = panel.current_story()
    page = panel.editor(sid)
    before = panel.placeholder_count(sid)
    field = page.fields["task"]
    text = field.toPlainText()
    assert PLACEHOLDER_PREFIX in text, "the fixture story has a task placeholder"
    field.setFocus()
    _click_at(qtbot, field, text.index(PLACEHOLDER_PREFIX) + 4)
    QTest.keyClicks(field, "Owned the model")
    assert panel.placeholder_count(sid) == before - 1
    count_label = panel._card_labels[sid][2]
    assert count_label.property("count") == before - 1
    assert f"{before - 1} placeholder" in page.stats.text() or before - 1 == 0
    # and the edit reaches the window after the typing pause
    with qtbot.waitSignal(panel.story_edited, timeout=2000) as sig:
        pass
    assert sig.args[0] == sid and sig.args[1] == "task" and "Owned the model" in sig.args[2]
