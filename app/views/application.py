"""`run_gui(args)`: the QApplication, the theme, the main window (shown first), then the inputs.

Heavy modules (PyMuPDF, scikit-learn, python-docx, the analysis) are imported only after the
window is up, in a worker thread.
"""

from __future__ import annotations

import os
import signal
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import APP_NAME, __version__

USAGE = "usage: loopready [RESUME [JD] | SESSION.loopready.json | --sample] [--smoke-exit]"
INTERRUPTED_EXIT = 130  # Ctrl+C / SIGINT, SIGTERM or SIGHUP: saved, closed, then this exit code
QT_PROGRAM_NAME = "loopready"  # argv[0] for Qt: the X11 WM_CLASS instance name, never "__main__.py"


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


def seconds_since_process_start() -> tuple[float, str]:
    """Seconds since this process started, and from when they count.

    On Linux the kernel's start time of the process (so interpreter start-up is included); on
    other systems the moment `app` was first imported."""
    from app import STARTED

    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22: starttime, in ticks
        return max(0.0, uptime - started), "process start"
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - STARTED, "import app"


class SignalCloser:
    """Ctrl+C in the terminal (SIGINT), SIGTERM and SIGHUP close the window the normal way:
    pending edits are saved, the layout is kept, the crash marker is cleared, and the process
    exits with 130. A second signal while closing ends the process at once.

    Qt's event loop runs in C++, where Python signal handlers cannot run; on POSIX the signal
    wakes a pipe watched by the event loop (`signal.set_wakeup_fd`), elsewhere a short timer
    gives Python a turn. No socket is involved."""

    SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP")
                    if hasattr(signal, name))

    def __init__(self, app, window) -> None:  # noqa: ANN001 (QApplication, MainWindow)
        from PySide6.QtCore import QSocketNotifier, QTimer

        self.app, self.window = app, window
        self.received: int | None = None
        self._previous = {sig: signal.getsignal(sig) for sig in self.SIGNALS}
        self._old_wakeup = -1
        self._pipe: tuple[int, int] | None = None
        self._notifier = self._timer = None
        for sig in self.SIGNALS:
            signal.signal(sig, self._on_signal)
        if os.name == "posix":
            read_fd, write_fd = os.pipe()
            os.set_blocking(read_fd, False)
            os.set_blocking(write_fd, False)
            self._pipe = (read_fd, write_fd)
            self._old_wakeup = signal.set_wakeup_fd(write_fd, warn_on_full_buffer=False)
            self._notifier = QSocketNotifier(read_fd, QSocketNotifier.Type.Read, app)
            self._notifier.activated.connect(self._drain)
        else:
            self._timer = QTimer(app)
            self._timer.timeout.connect(lambda: None)  # a Python turn, so handlers run
            self._timer.start(200)

    def _drain(self, *_args: object) -> None:
        if self._pipe is not None:
            try:
                while os.read(self._pipe[0], 512):
                    pass
            except (BlockingIOError, OSError):
                pass

    def _on_signal(self, signum: int, _frame: object) -> None:
        if self.received is not None:  # a second Ctrl+C while closing: stop now
            if os.name != "posix":
                os._exit(INTERRUPTED_EXIT)
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        self.received = signum
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self._close)

    def _close(self) -> None:
        name = signal.Signals(self.received).name if self.received is not None else "signal"
        hint = " (press Ctrl+C again to quit at once)" if name == "SIGINT" else ""
        sys.stderr.write(f"loopready: {name} received: saving your work and closing{hint}\n")
        sys.stderr.flush()
        for widget in self.app.topLevelWidgets():  # open dialogs first, then the window
            if widget is not self.window and widget.isVisible():
                widget.close()
        self.window.close()
        self.app.exit(INTERRUPTED_EXIT)

    def restore(self) -> None:
        for sig, handler in self._previous.items():
            signal.signal(sig, handler if handler is not None else signal.SIG_DFL)
        if self._pipe is not None:
            signal.set_wakeup_fd(self._old_wakeup)
            if self._notifier is not None:
                self._notifier.setEnabled(False)
            for fd in self._pipe:
                os.close(fd)
            self._pipe = None
        if self._timer is not None:
            self._timer.stop()


def usage_error(args: Sequence[str], message: str) -> str:
    """One line for a window command line that cannot be used: what is wrong, a likely
    command name the user mistyped, and where the help is."""
    import difflib
    import re

    from app.cli import COMMANDS, invoked_as

    prog = invoked_as()
    first = next((a for a in args if not a.startswith("-")), "")
    if first and not Path(first).exists() and re.fullmatch(r"[a-z][a-z-]{1,20}", first):
        close = difflib.get_close_matches(first, COMMANDS, n=1)
        hint = f"did you mean {close[0]}?" if close else f"commands: {', '.join(COMMANDS)}"
        message = f"unknown command or file: {first} ({hint})"
    return (f"{message} (usage: {prog} [RESUME [JD] | SESSION.loopready.json | --sample]; "
            f"see {prog} --help)")


def _loadable(*names: str) -> bool:
    import ctypes

    for name in names:
        try:
            ctypes.CDLL(name)
            return True
        except OSError:
            continue
    return False


def _x_display_refused() -> bool:
    """True when the X server named by DISPLAY cannot be reached (asked through libxcb, as Qt
    would; False when libxcb itself is missing, which is reported separately)."""
    import ctypes

    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return False
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    conn = xcb.xcb_connect(None, None)
    try:
        return bool(xcb.xcb_connection_has_error(conn))
    finally:
        xcb.xcb_disconnect(conn)


def display_problem() -> str:
    """Why Qt could not open a window here (Linux without a display or without the X11
    libraries Qt needs), worded for the user; "" when nothing is known to be wrong.

    Without this check Qt aborts with a core dump and a paragraph about platform plugins."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return ""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        return ("no display to open the window on (DISPLAY is not set). Start LoopReady from a "
                "desktop session, or use the command line: python -m app --help")
    if os.environ.get("WAYLAND_DISPLAY"):
        return ""
    missing = [pkg for pkg, libs in (("libxcb1", ("libxcb.so.1",)),
                                     ("libxcb-cursor0", ("libxcb-cursor.so.0",)),
                                     ("libxkbcommon-x11-0", ("libxkbcommon-x11.so.0",)))
               if not _loadable(*libs)]
    if not missing and _x_display_refused():
        return (f"cannot connect to the display {os.environ['DISPLAY']} (is the desktop session "
                "still running, and may this user open windows on it?)")
    if missing:
        return (f"the window needs the system package{'s' if len(missing) > 1 else ''} "
                f"{' and '.join(missing)}; install {'them' if len(missing) > 1 else 'it'} "
                f"(e.g. sudo apt-get install {' '.join(missing)}) and start LoopReady again")
    return ""


def _first_window() -> tuple[Any, Any, Any, SignalCloser]:
    """The application and its main window, shown. Nothing the start-up builds (modules,
    classes, widgets) is garbage until the window is up, so the cyclic collector is held off
    till then: its passes over the growing heap found nothing to free (~0.01 CPU s)."""
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        from PySide6.QtWidgets import QApplication

        from app.views.main_window import MainWindow
        from app.views.settings import Settings
        from app.views.tasks import TaskRunner
        from app.views.theme import Theme

        existing = QApplication.instance()
        app = existing if isinstance(existing, QApplication) else QApplication([QT_PROGRAM_NAME])
        app.setOrganizationName(APP_NAME)
        app.setApplicationName(APP_NAME)
        app.setApplicationDisplayName(APP_NAME)
        app.setApplicationVersion(__version__)
        app.setDesktopFileName("loopready")
        theme = Theme(app)
        runner = TaskRunner(app)
        window = MainWindow(runner=runner, theme=theme, settings=Settings())
        app.setWindowIcon(_icon())
        # before the window shows: a signal from the moment it is on screen closes it the
        # normal way
        closer = SignalCloser(app, window)
        window.show()
    finally:
        if enabled:
            gc.enable()
    return app, window, runner, closer


def run_gui(args: list[str]) -> int:
    """Start the desktop app; returns the process exit code."""
    try:
        request = parse_args(args)
    except ValueError as exc:
        sys.stderr.write(f"loopready: {usage_error(args, str(exc))}\n")
        return 2
    problem = display_problem()
    if problem:
        sys.stderr.write(f"loopready: {problem}\n")
        return 1

    app, window, runner, closer = _first_window()
    if request.smoke_exit:
        app.processEvents()
        seconds, since = seconds_since_process_start()
        print(f"window shown after {seconds:.3f} s (counted from {since})", flush=True)
        window.close()
        closer.restore()
        return 0

    from PySide6.QtCore import QTimer

    from app import sessions

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
        closer.restore()
        restore_hook()
        runner.wait(5000)
        sessions.mark_clean_exit()
    return INTERRUPTED_EXIT if closer.received is not None else int(code)
