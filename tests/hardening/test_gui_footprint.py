"""The GUI flow under a fatal audit hook, and what it leaves on disk.

tests/views/test_process.py already records network events during a full GUI session; this run
makes any network, URL or process-start event fatal at once (os._exit(99)) except the app's own
reading worker (announced as "loopready.reader.start"), adds exports, and
checks the README's promise about storage: with HOME and the XDG folders pointed at a temp
folder, the only files written are the user's own saves and exports plus LoopReady's data
folder (autosave/, recent.json, settings.json); nothing in caches, nothing else."""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

from .helpers import ROOT, run_measured
from .test_privacy import _env, _files

FLOW = textwrap.dedent(
    r"""
    import json, os, sys

    BANNED = ("socket.", "urllib.", "http.", "ssl.", "ftplib.", "smtplib.", "webbrowser.",
              "subprocess.", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.startfile")

    READERS = []  # the one process the app starts: its own reading worker (app.sandbox)

    def hook(event, args):
        if event == "loopready.reader.start":
            READERS.append(args[1])
        if event.startswith(BANNED):
            os.write(2, f"BANNED EVENT {{event}} {{args!r:.200}}\n".encode())
            os._exit(99)

    sys.addaudithook(hook)
    sys.path.insert(0, {root!r})
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication
    from app.views.main_window import MainWindow
    from app.views.settings import Settings
    from app.views.tasks import TaskRunner
    from app.views.theme import Theme

    app = QApplication([])
    window = MainWindow(runner=TaskRunner(app), theme=Theme(app), settings=Settings())
    window.show()

    def wait(signal, ms=240000):
        loop = QEventLoop()
        got = []
        signal.connect(lambda *a: (got.append(a), loop.quit()))
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        return got

    window.open_sample()
    if not window.showing_workspace():
        assert wait(window.analysis_finished), "analysis did not finish"
    sid = window.session().report.stories[0].id
    window.edit_story(sid, "result", "Halved the on-call pages.")
    assert wait(window.session_saved, 20000), "no autosave"
    for kind, name in (("cheatsheet", "cheat.pdf"), ("report", "report.pdf"), ("stories", "s.docx")):
        window.export(kind, os.path.join({work!r}, name), "a4")
        assert wait(window.export_finished, 120000), f"no {{kind}} export"
    window.save_session_as(os.path.join({work!r}, "mine.loopready.json"))
    assert wait(window.session_saved, 20000), "no save"
    window.close()
    app.processEvents()
    print(json.dumps({{"story": window.session().story(sid).result, "readers": READERS}}))
    """
)


def test_gui_flow_is_offline_and_writes_only_where_the_readme_says(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    env = _env(tmp_path)
    before = _files(tmp_path)
    run = run_measured([sys.executable, "-c", FLOW.format(root=str(ROOT), work=str(work))],
                       timeout=400, cwd=work, env=env)
    assert "BANNED EVENT" not in run.stderr, run.stderr[-2000:]
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["story"] == "Halved the on-call pages."
    # files are read in a worker process (a fresh interpreter, never a shell or a program of
    # someone else's); it announces itself, and one is enough for a whole session
    assert result["readers"] and set(result["readers"]) == {"spawn"}, result["readers"]
    assert len(result["readers"]) <= 2, result["readers"]

    created = _files(tmp_path) - before
    mine = {"work/cheat.pdf", "work/report.pdf", "work/s.docx", "work/mine.loopready.json"}
    assert mine <= created
    app_data = {p for p in created - mine if p.startswith("loopready/")}
    assert created - mine - app_data == set(), f"written outside the data folder: {created - mine - app_data}"
    names = {p.split("/", 1)[1] for p in app_data}
    allowed = {"recent.json", "settings.json", "running.json"}
    assert all(n in allowed or (n.startswith("autosave/") and n.endswith(".loopready.json"))
               for n in names), sorted(names)
    assert any(n.startswith("autosave/") for n in names), "the edit was never autosaved"
