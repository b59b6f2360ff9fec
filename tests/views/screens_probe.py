"""Open the real window on a resume and a posting, visit every page at the given sizes and
print what is clipped, as JSON. Run as a separate process so the display scaling
(QT_SCALE_FACTOR=2: a device pixel ratio of 2) applies from the start:

    QT_SCALE_FACTOR=2 python tests/views/screens_probe.py RESUME JOB 1024x640 [1920x1080 ...]

Prints {"dpr": 2.0, "pages": {"1024x640/overview": [...clipped...], ...}}.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGES = ("overview", "resume", "principles", "questions", "stories", "practice", "plan")


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["LOOPREADY_HOME"] = tempfile.mkdtemp(prefix="loopready-probe-")
    sys.path[:0] = [str(HERE.parent.parent), str(HERE)]
    from layout_check import clipped_text
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.views.main_window import MainWindow
    from app.views.settings import Settings
    from app.views.tasks import TaskRunner
    from app.views.theme import Theme

    resume, job, sizes = argv[0], argv[1], argv[2:]
    app = QApplication([sys.argv[0]])
    theme = Theme(app)

    def settle(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    window = MainWindow(runner=TaskRunner(app), theme=theme, settings=Settings())
    window.resize(1024, 640)
    window.show()
    loop = QEventLoop()
    failed: list[str] = []
    window.analysis_finished.connect(loop.quit)
    window.analysis_failed.connect(lambda msg: (failed.append(msg), loop.quit()))
    window.start_analysis(resume, job)
    QTimer.singleShot(120_000, loop.quit)
    loop.exec()
    if failed or not window.showing_workspace():
        print(json.dumps({"error": failed or ["no workspace"]}))
        return 2
    out: dict[str, list[str]] = {}
    for size in sizes:
        width, height = (int(v) for v in size.split("x"))
        window.resize(width, height)
        for page in PAGES:
            window.go_to_page_id(page)
            settle(120)
            out[f"{size}/{page}"] = clipped_text(window)
    print(json.dumps({"dpr": window.devicePixelRatio(), "pages": out}))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
