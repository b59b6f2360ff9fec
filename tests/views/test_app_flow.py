"""The whole shell on real files: drop, analyse, highlight, edit, autosave, reopen, errors."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from conftest import QT_LOG_IGNORE
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from app import sessions
from app.models.session import SCHEMA_VERSION
from app.views.start_view import DropZone, file_drop_mime

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)]

TIMEOUT = 90_000  # ms; a cold first analysis imports scikit-learn on a shared 2-core machine
RESUME = "resumes/pdf/mle_harvey_dent__resume-matcher_moderncv.pdf"
JOB = "jobs/amazon_mle_model_deployment_sagemaker__responsibilities_and_quals_only.txt"
DOCX = "resumes/docx/mern_backend_chinmaya_shah__word.docx"


def analyse(qtbot, window, resume: Path, job: Path):  # noqa: ANN001
    """Drop both files the way a drop does (the zones' slot) and wait for the analysis."""
    with qtbot.waitSignal(window.analysis_finished, timeout=TIMEOUT) as blocker:
        window.start.set_resume_path(str(resume))
        assert window.start.is_busy() is False  # the job is still missing: nothing starts
        window.start.set_job_path(str(job))
        assert window.start.is_busy()
        assert window.start.busy_text()  # "Reading resume…" while it runs
    return blocker.args[0]


def drop(widget, path: Path) -> None:  # noqa: ANN001
    """A real drag enter + drop carrying a file URL, as a file manager sends them."""
    mime = file_drop_mime(str(path))
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    with warnings.catch_warnings():  # PySide marks the QPoint constructor deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(centre.toPoint(), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    zone = isinstance(widget, DropZone)
    assert enter.isAccepted() and (not zone or widget.property("hover") is True)
    event = QDropEvent(QPointF(widget.width() / 2, widget.height() / 2), Qt.DropAction.CopyAction,
                       mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    assert event.isAccepted() and (not zone or widget.property("hover") is False)


def test_drop_events_start_the_analysis_and_fill_the_workspace(qtbot, window, corpus) -> None:  # noqa: ANN001
    drop(window.start.resume_zone, corpus / RESUME)
    assert window.start.resume_path() == str(corpus / RESUME)
    assert not window.start.is_busy()
    with qtbot.waitSignal(window.analysis_finished, timeout=TIMEOUT) as blocker:
        drop(window.start.job_zone, corpus / JOB)
        assert window.start.is_busy()
    session = blocker.args[0]
    assert window.showing_workspace() and window.current_page_id() == "overview"
    assert window.session() is session
    report = session.report
    assert report.resume.bullets and report.job.requirements
    # Resume & JD: the real pages with tinted bullets, requirements marked
    window.go_to_page_id("resume")
    assert window.current_page_id() == "resume"
    view = window.resume_view
    assert view.showing_pages() and view.canvas.page_count() == report.resume.source.pages
    tinted = set(view.tinted_bullet_ids())
    # every line that evidences a principle is tinted: the credited ones and those that
    # only read as one
    evidences = {b for b, pids in report.bullet_principles.items() if pids} | {
        e.bullet_id for e in report.bullet_evidence if e.reads_as}
    assert tinted == evidences & {b.id for b in report.resume.bullets}
    met = [m for m in report.requirement_matches if m.met and m.bullet_ids]
    assert window.job_view.requirement_ids()
    if met:
        tip = window.job_view.tooltip_for(met[0].requirement_id)
        first = report.resume.bullet(met[0].bullet_ids[0])
        assert "From your resume" in tip and first.text[:30].replace("&", "&amp;") in tip
    header = window.workspace.fit_label.text()
    assert header == f"Fit {report.fit.overall}/100"
    assert "Analysed in" in window.timing_label.text()


def test_clicking_a_principle_lights_its_bullets(qtbot, window, corpus) -> None:  # noqa: ANN001
    session = analyse(qtbot, window, corpus / RESUME, corpus / JOB)
    report = session.report
    counts: dict[str, int] = {}
    for pids in report.bullet_principles.values():
        for pid in pids:
            counts[pid] = counts.get(pid, 0) + 1
    pid = max(counts, key=counts.get)
    expected = tuple(b.id for b in report.resume.bullets if pid in report.bullet_principles.get(b.id, []))
    window.go_to_page_id("principles")
    panel = window.panel("principles")
    card = panel.cards[pid]
    with qtbot.waitSignal(panel.principle_selected, timeout=2000):
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert window.resume_view.highlighted_bullet_ids() == expected
    assert window.resume_view.chips[pid].isChecked()
    other = next(p for p in window.resume_view.chips if p != pid)
    assert not window.resume_view.chips[other].isChecked()
    # on Resume & JD the first lit bullet is scrolled into view and explains itself on hover
    window.go_to_page_id("resume")
    bullet = report.resume.bullet(expected[0])
    view = window.resume_view
    bar = view.pages_scroll.verticalScrollBar()

    def in_view() -> bool:
        rect = view.canvas.bullet_rect(bullet)
        return bar.value() <= rect.top() <= bar.value() + view.pages_scroll.viewport().height() - rect.height()

    qtbot.waitUntil(in_view, timeout=3000)
    tip = window.resume_view.tooltip_for(bullet.id)
    assert report.principles and any(r.name.split()[0] in tip for r in report.principles if r.id == pid)
    # a met requirement lights exactly the bullets that meet it
    match = next((m for m in report.requirement_matches if m.met and m.bullet_ids), None)
    if match:
        window.job_view.requirement_clicked.emit(match.requirement_id, tuple(match.bullet_ids))
        lit = set(window.resume_view.highlighted_bullet_ids())
        assert lit == set(match.bullet_ids) & {b.id for b in report.resume.bullets}


def _story_field(window, name: str) -> QPlainTextEdit:  # noqa: ANN001
    panel = window.panel("stories")
    page = panel.stack.currentWidget()
    field = page.findChild(QPlainTextEdit, f"field-{name}")
    assert field is not None, f"no field-{name} in the story editor"
    return field


def test_story_edit_autosaves_and_reopens_exactly(qtbot, make_window, corpus, tmp_path) -> None:  # noqa: ANN001
    window = make_window()
    session = analyse(qtbot, window, corpus / RESUME, corpus / JOB)
    story = session.report.stories[0]
    window.show_story(story.id)
    assert window.current_page_id() == "stories"
    with qtbot.waitSignal(window.session_saved, timeout=5000):  # first autosave after analysis
        pass
    text = "I rebuilt the feature pipeline myself over two weekends - and told my manager first."
    field = _story_field(window, "action")
    with qtbot.waitSignal(window.session_saved, timeout=8000) as saved:
        field.setFocus()
        field.selectAll()
        qtbot.keyClicks(field, text)
        window.panel("stories").flush()
    assert window.session().story(story.id).action == text
    autosaved = Path(saved.args[0])
    assert autosaved.parent == sessions.autosave_dir()
    assert sessions.load_session(autosaved).story(story.id).action == text
    assert "Saved" in window.saved_label.text()
    # save as, then open it in a brand-new window
    target = tmp_path / "mine.loopready.json"
    with qtbot.waitSignal(window.session_saved, timeout=5000):
        window.save_session_as(str(target))
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "loopready-session" and data["schema"] == SCHEMA_VERSION
    window.close()

    again = make_window()
    assert str(target.resolve()) in [r.path for r in sessions.recent_sessions()]
    assert again.start.recent_list.count() >= 1
    with qtbot.waitSignal(again.analysis_finished, timeout=TIMEOUT):
        again.open_session(str(target))
    assert again.session().story(story.id).action == text
    assert again.session().report == session.report
    again.show_story(story.id)
    assert _story_field(again, "action").toPlainText() == text
    # reset to draft brings the generated text back, and it is autosaved
    with qtbot.waitSignal(again.session_saved, timeout=8000):
        again.reset_story(story.id)
    assert again.session().story(story.id).action == story.action


def test_ticks_are_kept(qtbot, window, corpus) -> None:  # noqa: ANN001
    session = analyse(qtbot, window, corpus / RESUME, corpus / JOB)
    item = session.report.checklist[0]
    with qtbot.waitSignal(window.session_saved, timeout=8000) as saved:
        window.panel("plan").tick_changed.emit(item.id, True)
    # the first save (right after analysis) may be the one caught; wait for the tick's own
    qtbot.waitUntil(lambda: sessions.load_session(saved.args[0]).ticks.get(item.id) is True, timeout=8000)


def test_unreadable_resume_shows_a_message_and_the_app_survives(qtbot, window, corpus, tmp_path) -> None:  # noqa: ANN001
    import pymupdf

    scanned = tmp_path / "scanned.pdf"
    doc = pymupdf.open()
    page = doc.new_page()
    page.draw_rect(pymupdf.Rect(50, 50, 500, 700), color=(0, 0, 0), fill=(0.9, 0.9, 0.9))
    doc.save(scanned)
    doc.close()
    with qtbot.waitSignal(window.analysis_failed, timeout=TIMEOUT) as failed:
        window.start.set_resume_path(str(scanned))
        window.start.set_job_path(str(corpus / JOB))
    message = failed.args[0]
    assert message and "Traceback" not in message
    assert window.start.error_text() == message
    assert window.start.banner.isVisible() and not window.start.is_busy()
    assert not window.showing_workspace()
    # the job is kept; a good resume now goes through
    assert window.start.job_input()[0] == str(corpus / JOB)
    with qtbot.waitSignal(window.analysis_finished, timeout=TIMEOUT):
        window.start.set_resume_path(str(corpus / RESUME))
    assert window.showing_workspace()


def test_wrong_file_type_and_damaged_session(qtbot, window, tmp_path) -> None:  # noqa: ANN001
    image = tmp_path / "photo.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n")
    window.start.set_resume_path(str(image))
    assert "PDF, DOCX or TXT" in window.start.error_text()
    damaged = tmp_path / "broken.loopready.json"
    damaged.write_text('{"format": "loopready-session", "schema": 1, "report": {', encoding="utf-8")
    with qtbot.waitSignal(window.analysis_failed, timeout=10000) as failed:
        window.start.set_resume_path(str(damaged))  # a session dropped on a zone reopens it
    assert "damaged" in failed.args[0]
    assert damaged.read_text(encoding="utf-8").endswith("{")  # untouched


def test_docx_resume_shows_tinted_text(qtbot, window, corpus) -> None:  # noqa: ANN001
    session = analyse(qtbot, window, corpus / DOCX, corpus / JOB)
    view = window.resume_view
    assert not view.showing_pages()
    tinted = view.tinted_bullet_ids()
    if not any(session.report.bullet_principles.values()):
        pytest.skip("no bullet of this resume evidences a principle")
    assert tinted
    shown = set(view.text.block_keys.values())
    assert shown  # bullets found in the text and tagged
    text = view.text.toPlainText()
    assert "[" in text and "]" in text  # the principle tag, never colour alone


def test_pasted_job_text_and_a_newer_request_wins(qtbot, window, corpus) -> None:  # noqa: ANN001
    job_text = (corpus / JOB).read_text(encoding="utf-8")
    other = corpus / "resumes/pdf/swe_tf_sourabh_bajaj__sb2nov.pdf"
    window.start.job_text.setPlainText(job_text)
    with qtbot.waitSignal(window.analysis_finished, timeout=TIMEOUT) as blocker:
        window.start_analysis(str(corpus / RESUME), "", job_text)
        window.start_analysis(str(other), "", job_text)  # supersedes the first
    assert Path(blocker.args[0].report.resume.source.path).name == other.name
    qtbot.wait(300)
    assert Path(window.session().report.resume.source.path).name == other.name


def test_layout_is_remembered(qtbot, make_window, corpus) -> None:  # noqa: ANN001
    window = make_window()
    analyse(qtbot, window, corpus / RESUME, corpus / JOB)
    window.resize(1111, 777)
    window.workspace.splitter.setSizes([300, 700])
    sizes = window.workspace.splitter.sizes()
    window.close()
    settings = json.loads((sessions.user_data_dir() / "settings.json").read_text(encoding="utf-8"))
    assert settings["geometry"] and settings["resume_job_splitter"]
    from app.views.main_window import MainWindow
    from app.views.settings import Settings

    saved = Settings().get_bytes("geometry")
    assert saved is not None and bytes(saved.data()) == bytes(window.saveGeometry().data())
    again = MainWindow(settings=Settings())
    qtbot.addWidget(again)
    # the offscreen screen is 800x600, so Qt clamps the size; the restore itself must succeed
    assert again.restoreGeometry(saved)
    with qtbot.waitSignal(again.analysis_finished, timeout=TIMEOUT):
        again.start.set_resume_path(str(corpus / RESUME))
        again.start.set_job_path(str(corpus / JOB))
    assert again.workspace.splitter.sizes() == sizes
    again.close()
    again.runner.wait(10000)


def test_restore_after_crash_offer(qtbot, make_window, corpus) -> None:  # noqa: ANN001
    first = make_window()
    session = analyse(qtbot, first, corpus / RESUME, corpus / JOB)
    qtbot.waitUntil(lambda: sessions.autosave_path(session).is_file(), timeout=8000)
    path = sessions.autosave_path(session)
    first.close()
    window = make_window()
    window.offer_restore(str(path))
    assert window.start.restore_banner.isVisible()
    assert session.title in window.start.restore_banner.text.text()
    with qtbot.waitSignal(window.analysis_finished, timeout=TIMEOUT):
        qtbot.mouseClick(window.start.restore_banner.action, Qt.MouseButton.LeftButton)
    assert window.session().report == session.report


def test_shortcuts_and_accessible_names(qtbot, window, corpus) -> None:  # noqa: ANN001
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QPushButton, QToolButton

    acts = window.actions_
    assert acts["save_as"].shortcut() == QKeySequence("Ctrl+S")
    assert acts["export"].shortcut() == QKeySequence("Ctrl+E")
    assert acts["print"].shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert [a.shortcut().toString() for a in acts.pages] == [f"Ctrl+{i}" for i in range(1, 8)]
    assert not acts["export"].isEnabled()  # nothing to export yet
    unnamed = [b.text() for b in window.start.findChildren(QPushButton) + window.start.findChildren(QToolButton)
               if not b.accessibleName()]
    assert unnamed == []
    analyse(qtbot, window, corpus / RESUME, corpus / JOB)
    assert acts["export"].isEnabled()
    acts.pages[4].trigger()
    assert window.current_page_id() == "stories"
    acts.pages[1].trigger()
    assert window.current_page_id() == "resume"
    view = window.resume_view
    before = view.canvas.zoom
    view.zoom_in.click()
    assert view.canvas.zoom > before
    view.fit_button.click()


def test_export_runs_off_thread_with_edits(qtbot, window, corpus, tmp_path) -> None:  # noqa: ANN001
    pytest.importorskip("app.export")
    import app.export as export

    if not hasattr(export, "write_stories_docx"):
        pytest.skip("the export module has not landed yet")
    session = analyse(qtbot, window, corpus / RESUME, corpus / JOB)
    sid = session.report.stories[0].id
    window.edit_story(sid, "result", "Latency fell from 180 ms to 45 ms (my edit).")
    out = tmp_path / "stories.docx"
    with qtbot.waitSignal(window.export_finished, timeout=TIMEOUT):
        window.export("stories", str(out))
    import docx

    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "(my edit)" in text
    pdf = tmp_path / "cheat.pdf"
    with qtbot.waitSignal(window.export_finished, timeout=TIMEOUT):
        window.export("cheatsheet", str(pdf), "a4")
    import pymupdf

    with pymupdf.open(pdf) as doc:
        assert doc.page_count >= 1


def test_print_path_paints_the_cheat_sheet_pages(qtbot, window, corpus, tmp_path) -> None:  # noqa: ANN001
    """What Print does after the dialog: the cheat sheet PDF as images, painted page by page."""
    import pymupdf
    from PySide6.QtGui import QPageSize, QPdfWriter

    from app.views.actions import cheatsheet_pages, paint_pages

    session = analyse(qtbot, window, corpus / RESUME, corpus / JOB)
    pages = cheatsheet_pages(window.workflow.render_cheatsheet(session.effective_report(), "a4"))
    assert pages and pages[0].width > 2000  # printed at 300 dpi
    out = tmp_path / "printed.pdf"
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    paint_pages(writer, pages)
    del writer
    with pymupdf.open(out) as doc:
        assert doc.page_count == len(pages)
        assert doc[0].get_images()


def test_hovering_a_bullet_on_the_page_explains_it(qtbot, window, corpus) -> None:  # noqa: ANN001
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    session = analyse(qtbot, window, corpus / RESUME, corpus / JOB)
    window.go_to_page_id("resume")
    view = window.resume_view
    report = session.report
    bullet = next(b for b in report.resume.bullets if report.bullet_principles.get(b.id) and b.bbox)
    view.scroll_to_first([bullet.id])
    qtbot.wait(50)
    centre = view.canvas.bullet_rect(bullet).center().toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, view.canvas.mapToGlobal(centre))
    QApplication.sendEvent(view.canvas, event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    names = [window.knowledge().principle(p).name for p in report.bullet_principles[bullet.id]]
    assert names[0] in QToolTip.text()
    QToolTip.hideText()
    # empty margin: no tooltip
    QApplication.sendEvent(view.canvas, QHelpEvent(QEvent.Type.ToolTip, QPoint(2, 2), view.canvas.mapToGlobal(QPoint(2, 2))))
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)


def test_paste_button_starts_the_analysis(qtbot, window, corpus) -> None:  # noqa: ANN001
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText((corpus / JOB).read_text(encoding="utf-8"))
    window.start.set_resume_path(str(corpus / RESUME))
    with qtbot.waitSignal(window.analysis_finished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(window.start.job_paste, Qt.MouseButton.LeftButton)
    assert blocker.args[0].report.job.requirements
    assert blocker.args[0].report.job.source.path == "-"


def test_dropping_a_session_on_the_window_reopens_it(qtbot, window, tmp_path) -> None:  # noqa: ANN001
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from test_sessions import edited_session

    path = tmp_path / "dropped.loopready.json"
    sessions.save_session(edited_session(), path)
    with qtbot.waitSignal(window.analysis_finished, timeout=TIMEOUT) as blocker:
        drop(window, path)
    assert blocker.args[0].story("s0").action.startswith("I rebuilt")
    assert window.showing_workspace() and not window.resume_view.showing_pages()  # no PDF on disk
