"""The same bad files dropped on the GUI's start screen: an in-app message (one sentence, no
traceback) within 10 s each, the window keeps working, and a good resume still goes through.
(tests/views/test_app_flow.py covers a scanned PDF and an image; this runs the whole list.)"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from .helpers import SAMPLE
from .test_bad_inputs import BAD_RESUMES

CASES = ["zero-byte pdf", "random bytes docx", "truncated pdf", "password pdf", "image-only pdf",
         "docx not a zip", "docx zip bomb", "200-page pdf", "50 MB text", "ELF binary named .txt"]


@pytest.fixture
def window(qtbot, qapp):  # noqa: ANN001
    pytest.importorskip("app.views.main_window")
    from app.views.main_window import MainWindow
    from app.views.settings import Settings
    from app.views.tasks import TaskRunner
    from app.views.theme import Theme

    win = MainWindow(runner=TaskRunner(), theme=Theme(qapp), settings=Settings())
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    win.runner.wait(10000)


def test_bad_resumes_show_a_message_and_the_app_survives(qtbot, window, tmp_path: Path) -> None:  # noqa: ANN001
    window.start.set_job_path(str(SAMPLE / "sample_job.txt"))
    seen: dict[str, str] = {}
    for case in CASES:
        folder = tmp_path / case.replace(" ", "_")
        folder.mkdir()
        path = BAD_RESUMES[case](folder)
        start = time.perf_counter()
        with qtbot.waitSignal(window.analysis_failed, timeout=10000) as failed:
            window.start.set_resume_path(str(path))
        assert time.perf_counter() - start < 10, case
        message = failed.args[0]
        assert window.start.error_text() == message and not window.start.is_busy(), case
        assert "Traceback" not in message and "\n" not in message.strip(), (case, message)
        assert "unexpected" not in message.lower(), (case, message)
        assert window.start.banner.isVisible(), case
        assert not window.showing_workspace(), case
        seen[case] = message
    assert len(set(seen.values())) >= 5, "the messages do not say what is wrong with each file"
    with qtbot.waitSignal(window.analysis_finished, timeout=120000):
        window.start.set_resume_path(str(SAMPLE / "sample_resume.pdf"))
    assert window.showing_workspace()
