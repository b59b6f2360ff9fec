"""Screenshots of every main view, from the real app running offscreen on the bundled sample.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out docs/screenshots]
        [--theme light|dark] [--sizes 1280x800,1920x1080] [--views overview,resume-jd]
        [--resume RESUME --job JOB --prefix NAME-]   (another resume than the sample)
        [--report-pages]   (also the report's key pages and the cheat sheet, as PNG)

High-DPI: run with QT_SCALE_FACTOR=2 for device pixel ratio 2 (images come out twice as big).

Writes <view>-<width>x<height>[-dark].png (start, overview, resume-jd, resume-jd-lit,
principles, questions, stories, plan, overview-reasons). Uses a throwaway data folder so the user's sessions are never touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VIEWS = ("overview", "resume-jd", "principles", "questions", "stories", "plan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--sizes", default="1280x800,1920x1080")
    parser.add_argument("--views", default="",
                        help="comma-separated subset, e.g. overview,resume-jd (default: all)")
    parser.add_argument("--resume", default="", help="a resume to analyse (default: the sample)")
    parser.add_argument("--job", default="", help="the job description for --resume")
    parser.add_argument("--prefix", default="", help="put before every file name, e.g. athul-")
    parser.add_argument("--report-pages", action="store_true",
                        help="also render the report's cover, summary, principles chart, a "
                             "question, a story and the plan, and the cheat sheet (Letter)")
    args = parser.parse_args()
    wanted = set(filter(None, args.views.split(",")))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["LOOPREADY_THEME"] = args.theme
    os.environ["LOOPREADY_HOME"] = tempfile.mkdtemp(prefix="loopready-shots-")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    from app.paths import resource
    from app.views.main_window import MainWindow
    from app.views.settings import Settings
    from app.views.tasks import TaskRunner
    from app.views.theme import Theme

    app = QApplication([sys.argv[0]])
    for ttf in sorted(resource("fonts").glob("DejaVuSans*.ttf")):
        QFontDatabase.addApplicationFont(str(ttf))
    app.setFont(QFont("DejaVu Sans", 10))
    theme = Theme(app)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    def settle(ms: int = 150) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    sizes = [tuple(int(v) for v in s.split("x")) for s in args.sizes.split(",")]
    suffix = "" if args.theme == "light" else "-dark"
    written: list[Path] = []

    def wait_for_analysis(window: MainWindow) -> None:
        loop = QEventLoop()
        window.analysis_finished.connect(loop.quit)
        window.analysis_failed.connect(lambda msg: (print("analysis failed:", msg), loop.quit()))
        if args.resume:
            window.start_analysis(args.resume, args.job)
        else:
            window.open_sample()
        QTimer.singleShot(120_000, loop.quit)
        loop.exec()

    def shoot(width: int, height: int) -> bool:
        window = MainWindow(runner=TaskRunner(app), theme=theme, settings=Settings())
        window.resize(width, height)
        window.show()
        settle(200)

        def save(name: str) -> None:
            if wanted and name not in wanted:
                return
            path = out / f"{args.prefix}{name}-{width}x{height}{suffix}.png"
            window.grab().save(str(path))
            written.append(path)

        save("start")
        wait_for_analysis(window)
        if not window.showing_workspace():
            print("the sample did not open; screenshots stop at the start screen", file=sys.stderr)
            return False
        settle(300)
        report = window.session().report
        for index, name in enumerate(VIEWS):
            window.go_to_page(index)
            settle(250)
            save(name)
            if name == "resume-jd":
                # what "Show in resume" on a principle does: this page, its bullets lit
                shown = [p.id for p in report.principles if len(p.evidence) > 1] or \
                    [p.id for p in report.principles if p.evidence]
                if shown:
                    window.show_principle_in_resume(shown[0])
                    settle(250)
                    save("resume-jd-lit")
                    window.resume_view.clear_highlight()
        # a number clicked in the header: the Overview with that number's reasons open
        window.show_reason("skills")
        settle(250)
        save("overview-reasons")
        window.close()
        window.deleteLater()
        settle(100)
        return True

    for width, height in sizes:
        if not shoot(width, height):
            return 1
    if args.report_pages:
        written.extend(report_pages(out, args.prefix, args.resume, args.job))
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


def report_pages(out: Path, prefix: str, resume: str, job: str) -> list[Path]:
    """The exported report's key pages and the cheat sheet as PNG (PyMuPDF renders them)."""
    import pymupdf

    from app.analysis.pipeline import AUTO_ROLE, analyze
    from app.export import render_cheatsheet_pdf, render_report_pdf
    from app.knowledge import load_knowledge
    from app.paths import resource
    from app.reading.jobs import read_job
    from app.reading.resume import read_resume

    knowledge = load_knowledge()
    report = analyze(read_resume(resume or resource("sample", "sample_resume.pdf")),
                     read_job(job or resource("sample", "sample_job.txt"), knowledge),
                     knowledge, AUTO_ROLE)
    doc = pymupdf.open("pdf", render_report_pdf(report, knowledge, "letter"))
    toc = {title: page for _level, title, page in doc.get_toc()}

    def first(prefix_: str) -> int:
        return next((p for t, p in toc.items() if t.startswith(prefix_)), 1)

    pages = {"cover": 1, "summary": toc.get("Summary", 3),
             "principles": first("Leadership Principles") if "Leadership Principles" in toc
             else first("Behavioural themes"),
             "question": first("Q1: "), "story": first("Story 1: "), "plan": first("Your plan")}
    written = []
    for name, page in pages.items():
        path = out / f"{prefix}report-{name}.png"
        doc[page - 1].get_pixmap(dpi=90).save(str(path))
        written.append(path)
    sheet = pymupdf.open("pdf", render_cheatsheet_pdf(report, knowledge, "letter"))
    path = out / f"{prefix}cheatsheet-letter.png"
    sheet[0].get_pixmap(dpi=110).save(str(path))
    written.append(path)
    return written


if __name__ == "__main__":
    sys.exit(main())
