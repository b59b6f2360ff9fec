"""Markup in the user's own text stays text: HTML, Jinja syntax, <script>, entities and control
characters go through `python -m app analyze` and come out literally in the JSON, the PDF report
and cheat sheet (read back with PyMuPDF), the stories DOCX, a session export with edits, and the
GUI. Jinja is never evaluated: {{ 7*191 }} must never become 1337."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from .helpers import SAMPLE, run_cli

RESUME = (
    "Jordan <b>Rivera</b>\n"
    "jordan.rivera@example.com | Seattle, WA\n\n"
    "EXPERIENCE\n"
    "Machine Learning Engineer, Contoso {{ company }}, 2021 - Present\n"
    "- Led the migration of {{ 7*191 }} ranking models to SageMaker, owning rollout and cutting p99 "
    "latency by 40%\n"
    "- Built a <script>alert(1)</script> sanitiser for the <b>Zephyr</b> feature store & cut data "
    "incidents by 30%\n"
    "- Mentored 3 engineers on {% if true %}model reviews{% endif %} and testing &amp; code quality\n"
    "- Reduced training cost by 25%\x07 by moving\x1b[31m feature pipelines to Spark on EMR\n\n"
    "EDUCATION\nM.S. Computer Science, University of Washington, 2018\n\n"
    "SKILLS\nPython, PyTorch, Spark, SageMaker\n"
)
JOB_EXTRA = ("- Experience with <i>PyTorch</i> & {{ config.items() }} in production\n"
             "- Comfort with <img src=x onerror=alert(2)> and {% raw %} templates\n")
MARKERS = ("{{ 7*191 }}", "<script>alert(1)</script>", "<b>Zephyr</b>",
           "{% if true %}model reviews{% endif %}", "&amp; code quality")
EVALUATED = ("1337", "YESYES")  # what evaluated Jinja would print


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _pdf_text(path: Path) -> str:
    import pymupdf

    with pymupdf.open(path) as doc:
        return _flat(" ".join(page.get_text() for page in doc))


def _docx_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("app.export.docx") is not None


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("inject")
    resume = tmp / "resume.txt"
    resume.write_text(RESUME, encoding="utf-8")
    job = tmp / "job.txt"
    base = (SAMPLE / "sample_job.txt").read_text(encoding="utf-8")
    job.write_text(base.replace("Basic Qualifications\n", "Basic Qualifications\n" + JOB_EXTRA),
                   encoding="utf-8")
    paths = {"resume": resume, "job": job, "json": tmp / "r.json", "report": tmp / "r.pdf",
             "cheat": tmp / "c.pdf", "stories": tmp / "s.docx"}
    args = ["analyze", str(resume), str(job), "--json", str(paths["json"]),
            "--report", str(paths["report"]), "--cheatsheet", str(paths["cheat"])]
    if _docx_available():
        args += ["--stories", str(paths["stories"])]
    result = run_cli(*args, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    return paths


def test_json_keeps_markup_literally_and_drops_control_characters(run: dict[str, Path]) -> None:
    data = json.loads(run["json"].read_text(encoding="utf-8"))
    bullets = " ".join(b["text"] for b in data["resume"]["bullets"])
    for marker in MARKERS:
        assert marker in bullets, marker
    blob = json.dumps(data, ensure_ascii=False)
    assert "\\u0007" not in blob and "\\u001b" not in blob
    assert not any(e in blob for e in EVALUATED)
    reqs = " ".join(r["text"] for r in data["job"]["requirements"])
    assert "<i>PyTorch</i> & {{ config.items() }}" in reqs


def test_report_pdf_prints_user_text_literally(run: dict[str, Path]) -> None:
    text = _pdf_text(run["report"])
    found = [m for m in MARKERS if m in text]
    assert len(found) >= 3, f"only {found} printed literally; report text: {text[:1500]}"
    assert "{{ 7*191 }}" in text  # the story built from that bullet
    assert not any(e in text for e in EVALUATED)
    assert "&lt;" not in text and "&amp;amp;" not in text  # escaped once, not twice


def test_report_pdf_prints_entities_literally(run: dict[str, Path]) -> None:
    text = _pdf_text(run["report"])
    assert "testing &amp; code quality" in text


def test_cheatsheet_pdf_never_evaluates_or_renders_markup(run: dict[str, Path]) -> None:
    text = _pdf_text(run["cheat"])
    assert not any(e in text for e in EVALUATED)
    assert "&lt;" not in text and "&amp;amp;" not in text
    if "Zephyr" in text:  # when that bullet made the page, its tags print as typed
        assert "<b>Zephyr</b>" in text
    if "7*191" in text:
        assert "{{ 7*191 }}" in text


def test_stories_docx_keeps_markup(run: dict[str, Path]) -> None:
    if not _docx_available():
        pytest.skip("app.export.docx is not written yet")
    import docx

    document = docx.Document(str(run["stories"]))
    text = _flat(" ".join(p.text for p in document.paragraphs))
    for table in document.tables:
        text += _flat(" ".join(c.text for row in table.rows for c in row.cells))
    assert "{{ 7*191 }}" in text and "testing &amp; code quality" in text
    assert not any(e in text for e in EVALUATED)


def test_session_edits_are_exported_literally(run: dict[str, Path], tmp_path: Path) -> None:
    from app import sessions
    from app.models.report import Report

    report = Report.from_dict(json.loads(run["json"].read_text(encoding="utf-8")))
    session = sessions.new_session(report, str(run["resume"]), str(run["job"]))
    sid = report.stories[0].id
    typed = "I wrote {{ 7*191 }} and <u>underlined</u> & {% for x in y %}loops{% endfor %}"
    session = session.with_story_edit(sid, "result", typed, sessions.now_iso())
    saved = tmp_path / f"edited{sessions.EXTENSION}"
    sessions.save_session(session, saved)
    out = tmp_path / "edited.pdf"
    result = run_cli("analyze", "--session", str(saved), "--report", str(out), timeout=120)
    assert result.returncode == 0, result.stderr
    text = _pdf_text(out)
    assert _flat(typed) in text
    assert not any(e in text for e in EVALUATED)


# ------------------------------------------------------------------ GUI


def _shown_text(widget) -> str:  # noqa: ANN001
    """What a text widget displays, as plain text (rich text rendered the way Qt renders it)."""
    # QtGui's Qt carries mightBeRichText (QtCore's only had it once qtawesome's qtpy loaded QtGui)
    from PySide6.QtGui import Qt, QTextDocument
    from PySide6.QtWidgets import QAbstractButton, QLabel, QPlainTextEdit, QTextEdit

    if isinstance(widget, QLabel):
        raw = widget.text()
        fmt = widget.textFormat()
        rich = fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and Qt.mightBeRichText(raw))
        if not rich:
            return raw
        doc = QTextDocument()
        doc.setHtml(raw)
        return doc.toPlainText()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&&", "&")
    return ""


def test_gui_shows_markup_literally(qtbot, run: dict[str, Path], tmp_path: Path) -> None:  # noqa: ANN001
    pytest.importorskip("app.views.main_window")
    from PySide6.QtWidgets import QWidget

    from app import sessions
    from app.models.report import Report
    from app.views.main_window import MainWindow
    from app.views.settings import Settings
    from app.views.tasks import TaskRunner
    from app.views.theme import Theme

    report = Report.from_dict(json.loads(run["json"].read_text(encoding="utf-8")))
    session = sessions.new_session(report, str(run["resume"]), str(run["job"]))
    path = tmp_path / f"inject{sessions.EXTENSION}"
    sessions.save_session(session, path)

    from PySide6.QtWidgets import QApplication

    window = MainWindow(runner=TaskRunner(), theme=Theme(QApplication.instance()), settings=Settings())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    try:
        with qtbot.waitSignal(window.analysis_finished, timeout=30000):
            window.open_session(str(path))
        with_markup = [s for s in report.stories
                       if any("7*191" in (getattr(report.resume.bullet(b), "text", "")) for b in s.bullet_ids)]
        if with_markup or report.stories:
            window.show_story((with_markup or list(report.stories))[0].id)
        for page_id in ("resume", "stories", "questions", "principles", "plan", "dashboard"):
            try:
                window.go_to_page_id(page_id)
            except (KeyError, ValueError):
                continue
            qtbot.wait(20)
        shown = [_shown_text(w) for w in window.findChildren(QWidget)]
        shown = [t for t in shown if t]
        everything = "\n".join(shown)
        assert "{{ 7*191 }}" in everything, "the injected bullet is not shown anywhere"
        assert "<script>alert(1)</script>" in everything
        assert "<b>Zephyr</b>" in everything
        assert not any(e in everything for e in EVALUATED)
        for text in shown:  # wherever the bullet's words appear, its tags appear with them
            if "Zephyr" in text:
                assert "<b>Zephyr</b>" in text, text[:300]
            if "alert(1)" in text:
                assert "<script>alert(1)</script>" in text, text[:300]
    finally:
        window.close()
        window.runner.wait(10000)
