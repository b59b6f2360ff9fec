"""Screenshots of the Practice page (and the plan on the Plan page, and the Overview's readiness
line), from the real window running offscreen on the bundled sample, after a few real tries.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/practice_screenshots.py
        [--out docs/screenshots] [--theme light|dark] [--sizes 1024x640,1920x1080]

Writes practice-<w>x<h>[-dark].png, practice-aloud-…, plan-schedule-…, overview-readiness-….
The clock is set to a fixed day so the pictures do not change from one run to the next; a
throwaway data folder keeps the user's sessions untouched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ANSWER = ("Situation: At Northwind Retail I owned the product-ranking model behind the mobile "
          "app's search, about four million daily users. One Monday add-to-cart from search "
          "dropped by 6%.\n\nTask: The model was mine end to end, so my goal was to find the "
          "cause within a day.\n\nAction: I compared the last week's feature distributions with "
          "the training data and found that a partner team had started sending prices in cents. "
          "I wrote a fix that normalised the unit at ingestion, replayed the affected hours, and "
          "I added a drift check that pages me when a feature's mean moves.\n\nResult: "
          "Add-to-cart recovered from minus 6% to plus 0.4% within 20 hours, and the check has "
          "caught two more unit changes since.")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--sizes", default="1024x640,1920x1080")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["LOOPREADY_THEME"] = args.theme
    os.environ["LOOPREADY_HOME"] = tempfile.mkdtemp(prefix="loopready-shots-")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.practice.clock import FixedClock
    from app.views.main_window import MainWindow
    from app.views.settings import Settings
    from app.views.tasks import TaskRunner
    from app.views.theme import Theme
    from app.workflow import Workflow

    app = QApplication([sys.argv[0]])
    theme = Theme(app)

    def settle(ms: int = 150) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    clock = FixedClock(datetime(2026, 12, 1, 19, 30))
    window = MainWindow(runner=TaskRunner(app), theme=theme, settings=Settings(),
                        workflow=Workflow(clock=clock))
    window.resize(1280, 800)
    window.show()
    loop = QEventLoop()
    window.pages_filled.connect(loop.quit)
    window.open_sample()
    QTimer.singleShot(120_000, loop.quit)
    loop.exec()
    if not window.showing_workspace():
        print("the sample did not open", file=sys.stderr)
        return 2
    window.set_plan("2026-12-15", 1.5)
    window.go_to_page_id("practice")
    panel = window.panel("practice")
    questions = window.session().report.questions
    panel.select_question(questions[1].id)
    panel.answer.setPlainText("We had an issue with the data and we looked into it as a team. "
                              "We fixed it and basically things were, you know, much better.")
    panel.finish()
    panel.select_question(questions[0].id)
    panel.answer.setPlainText(ANSWER)
    panel.finish()
    settle()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    suffix = "-dark" if args.theme == "dark" else ""
    for size in args.sizes.split(","):
        w, h = (int(v) for v in size.split("x"))
        window.resize(w, h)
        window.go_to_page_id("practice")
        panel.select_question(questions[0].id)
        settle(250)
        window.grab().save(str(out / f"practice-{w}x{h}{suffix}.png"))
        panel.detail_page.verticalScrollBar().setValue(10_000)
        settle()
        window.grab().save(str(out / f"practice-feedback-{w}x{h}{suffix}.png"))
        panel.select_question(questions[2].id)
        panel.aloud_button.setChecked(True)
        panel.timer.seconds = 93
        panel.timer.ticked.emit(93)
        panel.timer.wrap_up.emit()
        settle()
        window.grab().save(str(out / f"practice-aloud-{w}x{h}{suffix}.png"))
        panel.typed_button.setChecked(True)
        panel.timer.reset()
        window.go_to_page_id("plan")
        settle(250)
        window.grab().save(str(out / f"plan-schedule-{w}x{h}{suffix}.png"))
        window.go_to_page_id("overview")
        settle(250)
        window.grab().save(str(out / f"overview-readiness-{w}x{h}{suffix}.png"))
    window.close()
    print(f"wrote screenshots to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
