"""The quiet notice above the resume pane: the reader's doubts on a real file, in the real
window after a real analysis, and nothing shown when the reader had none."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import QT_LOG_IGNORE

from app.reading.resume import read_resume
from app.views.reading_notice import ReadingNotice

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)]

TIMEOUT = 90_000
NO_HEADINGS = """Jordan Castellanos
jordan@example.com | Austin, TX

Senior Software Engineer, Northwind Freight, 2020 - Present
- Cut checkout latency by 38% by moving session lookups to a Redis cache
- Led a team of five engineers through the migration of 40 cron jobs to Airflow
- Built the CI pipeline that runs 6,000 tests in under eight minutes
"""


def _unsure_resume(tmp_path: Path) -> Path:
    path = tmp_path / "no_headings.txt"
    path.write_text(NO_HEADINGS, encoding="utf-8")
    return path


def test_notice_shows_the_first_doubt_and_the_rest_on_demand(qtbot, tmp_path) -> None:  # noqa: ANN001
    warnings = read_resume(_unsure_resume(tmp_path)).warnings
    assert warnings
    notice = ReadingNotice()
    qtbot.addWidget(notice)
    notice.show_warnings(warnings + ("Check the second thing.",))
    assert not notice.isHidden()
    assert notice.text.text() == warnings[0]
    assert not notice.more.isHidden() and notice.more.text() == f"{len(warnings)} more"
    notice.more.setChecked(True)
    assert notice.text.text().endswith("Check the second thing.")
    notice.show_warnings(())
    assert notice.isHidden()


def test_window_shows_the_notice_after_an_unsure_read(qtbot, window, corpus, tmp_path) -> None:  # noqa: ANN001
    job = corpus / "jobs" / "nonamazon_ml_engineer__resume-matcher_fixture.txt"
    with qtbot.waitSignal(window.analysis_finished, timeout=TIMEOUT) as blocker:
        window.start.set_resume_path(str(_unsure_resume(tmp_path)))
        window.start.set_job_path(str(job))
    session = blocker.args[0]
    assert session.report.resume.warnings
    window.go_to_page_id("resume")
    notice = window.workspace.reading_notice
    qtbot.waitUntil(lambda: notice.isVisible(), timeout=5000)
    assert notice.text.text() == session.report.resume.warnings[0]
    assert notice.accessibleName() == "Reading notice"


def test_window_keeps_quiet_on_a_clean_read(qtbot, window, corpus) -> None:  # noqa: ANN001
    resume = corpus / "resumes" / "pdf" / "mle_harvey_dent__resume-matcher_moderncv.pdf"
    job = corpus / "jobs" / "nonamazon_ml_engineer__resume-matcher_fixture.txt"
    with qtbot.waitSignal(window.analysis_finished, timeout=TIMEOUT) as blocker:
        window.start.set_resume_path(str(resume))
        window.start.set_job_path(str(job))
    assert blocker.args[0].report.resume.warnings == ()
    window.go_to_page_id("resume")
    qtbot.wait(50)
    assert window.workspace.reading_notice.isHidden()
