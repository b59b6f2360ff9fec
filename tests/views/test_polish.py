"""The QA pass's fixes, on the real window and the bundled sample, offscreen: nothing wider
than the window, "Show in resume", clickable header numbers, export feedback, empty states,
the principle-model progress stage."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import QT_LOG_IGNORE
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QPushButton

from app.workflow import PREPARING_MODEL, Workflow

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)]

TIMEOUT = 90_000
JOB = "jobs/amazon_mle_model_deployment_sagemaker__responsibilities_and_quals_only.txt"


def open_sample(qtbot, window):  # noqa: ANN001, ANN201
    with qtbot.waitSignal(window.analysis_finished, timeout=TIMEOUT) as blocker:
        window.open_sample()
    return blocker.args[0]


def inside(widget, outer) -> bool:  # noqa: ANN001
    """`widget`'s whole rectangle lies within `outer` (both on screen)."""
    top_left = widget.mapTo(outer, QPoint(0, 0))
    return (top_left.x() >= 0 and top_left.x() + widget.width() <= outer.width())


def test_story_editor_never_wider_than_the_window_at_1280(qtbot, window) -> None:  # noqa: ANN001
    session = open_sample(qtbot, window)
    window.go_to_page_id("stories")
    panel = window.panel("stories")
    for draft in session.report.stories:
        panel.show_story(draft.id)
        qtbot.wait(20)
        page = panel.editor(draft.id)
        viewport = page.page.viewport()
        assert page.page.widget().width() <= viewport.width(), draft.title
        assert inside(page.reset_button, viewport), draft.title
        assert inside(page.fields["action"], viewport), draft.title


def test_show_in_resume_opens_the_resume_with_the_principles_bullets_lit(qtbot, window) -> None:  # noqa: ANN001
    session = open_sample(qtbot, window)
    rating = next(p for p in session.report.principles if p.evidence)
    none = next((p for p in session.report.principles if not p.evidence), None)
    window.go_to_page_id("principles")
    panel = window.panel("principles")
    if none is not None:
        panel.select_principle(none.id)
        assert not panel.show_button.isEnabled()  # nothing to show: says so in its tooltip
    panel.select_principle(rating.id)
    assert panel.show_button.isEnabled()
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    assert window.current_page_id() == "resume"
    lit = set(window.resume_view.highlighted_bullet_ids())
    expected = {b for b, pids in session.report.bullet_principles.items() if rating.id in pids}
    assert lit == expected and lit
    assert rating.name in window.resume_view.focus_text()
    assert "lit" in window.resume_view.focus_text()
    qtbot.mouseClick(window.resume_view.show_all_button, Qt.MouseButton.LeftButton)
    assert window.resume_view.highlighted_bullet_ids() == ()
    assert window.resume_view.focus_text() == ""


def test_every_number_in_the_header_opens_its_reasons(qtbot, window) -> None:  # noqa: ANN001
    session = open_sample(qtbot, window)
    header = window.workspace.header
    fit = session.report.fit
    assert header.part_buttons["skills"].text() == f"skills {fit.skills}"
    for key in ("skills", "experience", "culture"):
        assert "Click" in header.part_buttons[key].toolTip()
        window.go_to_page_id("plan")
        qtbot.mouseClick(header.part_buttons[key], Qt.MouseButton.LeftButton)
        assert window.current_page_id() == "overview"
        assert window.panel("overview").expanders[key].is_expanded()
    window.go_to_page_id("questions")
    qtbot.mouseClick(header.fit_label, Qt.MouseButton.LeftButton)
    assert window.panel("overview").expanders["overall"].is_expanded()
    qtbot.mouseClick(header.level_button, Qt.MouseButton.LeftButton)
    assert window.panel("overview").expanders["level"].is_expanded()
    # The risks are said once, on the Overview: the strip above every page does not repeat them.
    shown = " ".join(b.text() for b in header.findChildren(QPushButton) if b.isVisible())
    for risk in session.report.risks:
        assert risk.title not in shown


def test_export_says_where_and_offers_open_file_and_folder(qtbot, window, tmp_path) -> None:  # noqa: ANN001
    open_sample(qtbot, window)
    opened: list[str] = []
    window.open_url = lambda url: opened.append(url.toLocalFile()) or True  # the OS launcher
    target = tmp_path / "sheet.pdf"
    with qtbot.waitSignal(window.export_finished, timeout=TIMEOUT):
        window.export("cheatsheet", str(target), "a4")
        assert not window.actions_["export"].isEnabled()  # busy: no second export meanwhile
    assert target.read_bytes().startswith(b"%PDF")
    banner = window.workspace.banner
    assert banner.isVisible() and banner.property("kind") == "success"
    assert "sheet.pdf" in banner.message()
    buttons = {b.text(): b for b in banner.extra_buttons}
    assert set(buttons) == {"Open file", "Open folder"}
    qtbot.mouseClick(buttons["Open folder"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(buttons["Open file"], Qt.MouseButton.LeftButton)
    assert [Path(p) for p in opened] == [tmp_path, target]
    assert window.actions_["export"].isEnabled()


def test_a_resume_without_bullets_gets_empty_states_not_blank_pages(
        qtbot, window, corpus, tmp_path) -> None:  # noqa: ANN001
    resume = tmp_path / "resume.txt"
    resume.write_text("Sam Lee\nSummary\nEngineer who enjoys ranking problems and clean data.\n",
                      encoding="utf-8")
    with qtbot.waitSignal(window.analysis_finished, timeout=TIMEOUT) as blocker:
        window.start.set_resume_path(str(resume))
        window.start.set_job_path(str(corpus / JOB))
    session = blocker.args[0]
    assert not session.report.resume.bullets and not session.report.stories
    window.go_to_page_id("resume")
    assert "No bullet points" in window.resume_view.focus_text()
    window.go_to_page_id("stories")
    text = window.panel("stories").empty_text()
    assert "no bullet points" in text and "never invents" in text


def test_first_analysis_shows_the_principle_model_stage(qtbot, window, corpus) -> None:  # noqa: ANN001
    stages: list[str] = []
    show_busy = window.start.show_busy
    window.start.show_busy = lambda text: (stages.append(text), show_busy(text))
    window.runner.wait(60_000)  # the warm-up (if any) is over: the model is built or cached
    window.workflow = Workflow()  # as in a fresh process
    with qtbot.waitSignal(window.analysis_finished, timeout=TIMEOUT):
        window.start_analysis(str(corpus / "resumes/docx/mern_backend_chinmaya_shah__word.docx"),
                              str(corpus / JOB))
    assert any(PREPARING_MODEL in s for s in stages), stages
    assert stages[-1].startswith("Step 3 of 3 \u00b7 Analysing")
    assert window.workflow.model_ready
    stages.clear()
    with qtbot.waitSignal(window.analysis_finished, timeout=TIMEOUT):
        window.start_analysis(str(corpus / "resumes/docx/mern_backend_chinmaya_shah__word.docx"),
                              str(corpus / JOB))
    assert not any(PREPARING_MODEL in s for s in stages)  # only the first time


def test_swatch_fits_four_letter_tags(qtbot) -> None:  # noqa: ANN001
    from app.views.widgets import PrincipleStyle, Swatch

    wide = Swatch(PrincipleStyle("hbdc", "Strive to be Earth's Best Employer", "HBDC", "#8B1E3F"))
    short = Swatch(PrincipleStyle("co", "Customer Obsession", "CO", "#0072B2"))
    qtbot.addWidget(wide)
    qtbot.addWidget(short)
    bold = QFont(wide.font())
    bold.setBold(True)
    assert wide.width() >= QFontMetrics(bold).horizontalAdvance("HBDC") + 12
    assert wide.width() == short.width()  # names beside them line up


def test_chip_row_wraps_instead_of_widening_its_page(qtbot) -> None:  # noqa: ANN001
    from app.views.widgets import ChipRow, PrincipleStyle

    styles = [PrincipleStyle(f"p{i}", f"A rather long principle name {i}", f"P{i}", "#336699")
              for i in range(6)]
    row = ChipRow(styles)
    qtbot.addWidget(row)
    one_line = row.sizeHint().height()
    assert row.minimumSizeHint().width() < 300 < row.sizeHint().width()
    assert row.heightForWidth(300) > 2 * one_line  # wrapped onto several lines


def test_text_resume_tags_never_stack_after_refreshes(qtbot, window, corpus) -> None:  # noqa: ANN001
    """A tag with a non-letter ("[I&S]") used to be added again on every refresh."""
    import re

    with qtbot.waitSignal(window.analysis_finished, timeout=TIMEOUT) as blocker:
        window.start.set_resume_path(str(corpus / "resumes/docx/fullstack_ting-long_wei__word.docx"))
        window.start.set_job_path(str(corpus / JOB))
    report = blocker.args[0].report
    view = window.resume_view
    assert not view.showing_pages()
    for pid in list(view.chips)[:4] + [""]:
        view.highlight_principle(pid)
        view.clear_highlight()
    doc = view.text.document()
    texts = [doc.findBlockByNumber(n).text() for n in view.text.block_keys]
    assert texts and not [t for t in texts if re.match(r"^\[[^\]]+\] \[", t)]
    shorts = {p.short for p in window.knowledge().principles}
    tagged = [t for t in texts if re.match(r"^\[([^\]]+)\] ", t)]
    assert tagged and all(re.match(r"^\[([^\]]+)\] ", t).group(1) in shorts for t in tagged)
    assert len(tagged) <= len(report.resume.bullets)


def test_clicking_a_placeholder_selects_it_so_typing_replaces_it(qtbot, window) -> None:  # noqa: ANN001
    from PySide6.QtTest import QTest

    from app.views.widgets import count_placeholders

    session = open_sample(qtbot, window)
    draft = next(d for d in session.report.stories if count_placeholders(d.result))
    window.show_story(draft.id)
    page = window.panel("stories").editor(draft.id)
    field = page.fields["result"]
    qtbot.waitExposed(field)
    start = field.toPlainText().index("[Add:")
    cursor = field.textCursor()
    cursor.setPosition(start + 3)
    rect = field.cursorRect(cursor)
    QTest.mouseClick(field.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    selected = field.textCursor().selectedText()
    assert selected.startswith("[Add:") and selected.endswith("]")
    before = count_placeholders(field.toPlainText())
    QTest.keyClicks(field, "Cut alert time from 3 days to 2 hours")
    assert count_placeholders(field.toPlainText()) == before - 1
    assert "Cut alert time from 3 days to 2 hours" in field.toPlainText()
    # the edit reaches the session (and its autosave) after the short typing pause
    qtbot.waitUntil(lambda: "Cut alert time" in window.session().story(draft.id).result,
                    timeout=5000)
