"""`run_gui(args)`: the QApplication, the theme, the main window (shown first), then the inputs.

Heavy modules (PyMuPDF, scikit-learn, python-docx, the analysis) are imported only after the
window is up, in a worker thread.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app import APP_NAME, __version__

USAGE = "usage: loopready [RESUME [JD] | SESSION.loopready.json | --sample] [--smoke-exit]"


@dataclass(frozen=True)
class LaunchRequest:
    """What the command line asked the window to open."""

    resume: str = ""
    job: str = ""
    session: str = ""
    sample: bool = False
    smoke_exit: bool = False  # print the time to window shown, then quit (benchmarks, packaging)


def parse_args(args: Sequence[str]) -> LaunchRequest:
    """`RESUME [JD]`, a `.loopready.json` session, or `--sample`; raises ValueError on misuse."""
    files = [a for a in args if not a.startswith("-")]
    flags = [a for a in args if a.startswith("-")]
    smoke = "--smoke-exit" in flags
    flags = [f for f in flags if f != "--smoke-exit"]
    unknown = [f for f in flags if f != "--sample"]
    if unknown:
        raise ValueError(f"unknown option {unknown[0]}")
    if len(files) > 2:
        raise ValueError("give at most a resume and a job description")
    if "--sample" in flags:
        if files:
            raise ValueError("--sample takes no files")
        return LaunchRequest(sample=True, smoke_exit=smoke)
    for f in files:
        if not Path(f).is_file():
            raise ValueError(f"no such file: {f}")
    if files and files[0].lower().endswith(".loopready.json"):
        if len(files) > 1:
            raise ValueError("a session file opens on its own")
        return LaunchRequest(session=str(Path(files[0]).resolve()), smoke_exit=smoke)
    resume = str(Path(files[0]).resolve()) if files else ""
    job = str(Path(files[1]).resolve()) if len(files) > 1 else ""
    return LaunchRequest(resume=resume, job=job, smoke_exit=smoke)


def _icon():
    from PySide6.QtGui import QIcon

    from app.paths import resource

    return QIcon(str(resource("icons", "loopready-256.png")))


def install_file_open_handler(app, window):  # noqa: ANN001, ANN201 (QApplication, MainWindow)
    """macOS "Open With" and double-clicked session files arrive as FileOpen events, not argv."""
    from PySide6.QtCore import QEvent, QObject

    class FileOpenFilter(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802, ANN001 (Qt override)
            if event.type() == QEvent.Type.FileOpen and event.file():
                window.open_path(event.file())
                return True
            return False

    handler = FileOpenFilter(app)
    app.installEventFilter(handler)
    return handler


def install_excepthook(window) -> Callable[[], None]:  # noqa: ANN001 (a MainWindow)
    """Unexpected exceptions in slots become an in-app message, never a crash; returns undo."""
    from app.views.main_window import error_text

    previous = sys.excepthook

    def on_unexpected(kind, value, tb) -> None:  # noqa: ANN001
        traceback.print_exception(kind, value, tb, file=sys.stderr)
        if isinstance(value, KeyboardInterrupt):
            previous(kind, value, tb)
            return
        try:
            window.show_error(error_text(value))
        except Exception:
            previous(kind, value, tb)

    sys.excepthook = on_unexpected

    def restore() -> None:
        sys.excepthook = previous

    return restore


def run_gui(args: list[str]) -> int:
    """Start the desktop app; returns the process exit code."""
    try:
        request = parse_args(args)
    except ValueError as exc:
        sys.stderr.write(f"loopready: {exc} ({USAGE})\n")
        return 2

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app import sessions
    from app.views.main_window import MainWindow
    from app.views.settings import Settings
    from app.views.tasks import TaskRunner
    from app.views.theme import Theme

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(
        [sys.argv[0] if sys.argv else APP_NAME])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("loopready")
    theme = Theme(app)
    runner = TaskRunner(app)
    window = MainWindow(runner=runner, theme=theme, settings=Settings())
    app.setWindowIcon(_icon())
    window.show()
    if request.smoke_exit:
        import time

        from app import STARTED

        app.processEvents()
        print(f"window shown after {time.perf_counter() - STARTED:.3f} s", flush=True)
        window.close()
        return 0

    restore = sessions.unclean_exit_autosave()
    sessions.mark_running()
    if restore is not None and not request.session:
        window.offer_restore(str(restore))

    install_file_open_handler(app, window)
    restore_hook = install_excepthook(window)
    QTimer.singleShot(0, lambda: window.open_args(request.resume, request.job, request.session, request.sample))
    try:
        code = app.exec()
    finally:
        restore_hook()
        runner.wait(5000)
        sessions.mark_clean_exit()
    return int(code)
