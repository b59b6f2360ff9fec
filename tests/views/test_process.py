"""Whole-process checks: no socket during a full session; a killed app offers its autosave."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from app import sessions

ROOT = Path(__file__).resolve().parents[2]

FLOW = textwrap.dedent(
    r"""
    import json, os, sys
    events = []

    def hook(event, args):
        if event.startswith(("socket.", "urllib.", "http.", "ftplib.", "smtplib.", "webbrowser.")):
            events.append(event)

    sys.addaudithook(hook)  # before anything else is imported; cannot be removed
    sys.path.insert(0, {root!r})
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication
    from app.views.main_window import MainWindow
    from app.views.theme import Theme

    app = QApplication([])
    window = MainWindow(theme=Theme(app))
    window.show()

    def wait(signal, ms=120000):
        loop = QEventLoop()
        got = []
        signal.connect(lambda *a: (got.append(a), loop.quit()))
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        return got

    window.start.set_resume_path({resume!r})
    window.start.set_job_path({job!r})
    if not window.showing_workspace():
        assert wait(window.analysis_finished), "analysis did not finish"
    session = window.session()
    sid = session.report.stories[0].id
    window.edit_story(sid, "result", "Cut latency by 60%.")
    assert wait(window.session_saved, 10000), "no autosave"
    window.save_session_as({saved!r})
    assert wait(window.session_saved, 10000), "no save"
    window.go_to_page_id("resume")
    window.resume_view.highlight_principle(session.report.principles[0].id)
    window.close()
    print(json.dumps({{"events": events, "story": window.session().story(sid).result}}))
    """
)


def test_no_socket_is_opened_during_a_full_session(corpus, tmp_path) -> None:  # noqa: ANN001
    saved = tmp_path / "s.loopready.json"
    script = FLOW.format(
        root=str(ROOT), saved=str(saved),
        resume=str(corpus / "resumes/pdf/mle_harvey_dent__resume-matcher_moderncv.pdf"),
        job=str(corpus / "jobs/amazon_mle_model_deployment_sagemaker__responsibilities_and_quals_only.txt"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=300, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["story"] == "Cut latency by 60%."  # the flow really ran
    assert sessions.load_session(saved).story(
        sessions.load_session(saved).report.stories[0].id).result == "Cut latency by 60%."
    assert out["events"] == [], f"network activity: {sorted(set(out['events']))}"


def test_killed_app_offers_its_autosave_on_next_start(tmp_path) -> None:  # noqa: ANN001
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LOOPREADY_TRACE="1")
    proc = subprocess.Popen([sys.executable, "-m", "app", "--sample"], cwd=ROOT, env=env,
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        assert proc.stderr is not None
        deadline = time.time() + 180
        seen = ""
        while time.time() < deadline:
            line = proc.stderr.readline()
            if not line:
                break
            seen += line
            if "loopready-trace view-ready" in line:
                break
        assert "view-ready" in seen, seen[-2000:]
        marker = sessions.user_data_dir() / "running.json"

        def marked() -> bool:
            try:
                return bool(json.loads(marker.read_text())["autosave"])
            except (OSError, ValueError, KeyError):
                return False

        while time.time() < deadline and not marked():
            time.sleep(0.1)
        assert marked(), "the running app never recorded its autosave"
        assert sessions.unclean_exit_autosave() is None  # it is still running: nothing to offer
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    offered = sessions.unclean_exit_autosave()
    assert offered is not None and offered.parent == sessions.autosave_dir()
    assert sessions.load_session(offered).report.resume.name  # a whole, loadable session
