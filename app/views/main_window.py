"""The main window: layout and wiring only.

Start screen -> (analysis off the UI thread) -> workspace with a left navigation and six
pages. The work itself (reading, analysing, opening a session, exporting, warming up) is
`app.workflow.Workflow`'s, the same use cases the command line calls; the workers here only
add what the view needs (the resume's page images). The current Session lives here, in one place (`self._session`); panels get it through
`set_session` and report edits through signals; every edit is autosaved (debounced, atomic,
off the UI thread).

A new result never blocks the window: the page on screen is filled first and the others in
short idle-time slices (`PageFiller`), or at once when the user opens one before its turn.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from app import APP_NAME, __version__, sessions
from app.errors import Cancelled, LoopReadyError
from app.page_images import PageImage, screen_scale
from app.safe_text import utf8_safe
from app.views.actions import (
    EXPORT_KINDS,
    PAGE_IDS,
    ExportDialog,
    cheatsheet_pages,
    create_actions,
    default_export_name,
    print_pages,
)
from app.views.job_view import JobView
from app.views.page_filler import PageFiller, prepare_first_show
from app.views.script_fonts import ensure_fonts_for
from app.views.settings import Settings
from app.views.start_view import StartView, is_session_file
from app.views.tasks import Progress, TaskRunner
from app.views.theme import Theme
from app.views.trace import trace
from app.views.workspace import PANELS, Workspace, as_panel
from app.workflow import Workflow

if TYPE_CHECKING:  # the models load with the first result, not with the window
    from app.models.knowledge import Knowledge
    from app.models.session import Session
    from app.views.resume_view import PreparedPage, ResumeView  # loaded once the window shows

AUTOSAVE_DELAY_MS = 1500
OPEN_FILTER = ("LoopReady sessions and resumes (*.loopready.json *.pdf *.docx *.txt *.md);;"
               "LoopReady sessions (*.loopready.json);;All files (*)")

@dataclass(frozen=True)
class Loaded:
    """What a worker hands back: the session, the knowledge, the page images, the timing."""

    session: Session
    knowledge: Knowledge
    pages: list[PageImage] | list[PreparedPage] | None
    seconds: float
    fresh: bool  # a new analysis (True) or a reopened session (False)


def _pages_for(workflow: Workflow, resume_path: str, session: Session,
               cancel: threading.Event | None = None,
               scale: float | None = None) -> list[PreparedPage] | None:
    """The resume's PDF pages as ready-to-paint images, rendered in the reading worker within
    its budget and the pixel budget (this worker thread only converts them; the UI thread
    wraps them in pixmaps)."""
    src = session.report.resume.source
    if src.type != "pdf" or not resume_path or not Path(resume_path).is_file():
        return None
    from app.views.resume_view import prepare_pages

    try:
        return prepare_pages(workflow.render_pages(resume_path, cancel, scale))
    except Cancelled:
        raise
    except Exception:  # moved, changed or too costly to draw: the text view instead
        return None


def analysis_job(workflow: Workflow, resume_path: str, job_path: str, job_text: str,
                 progress: Progress, cancel: threading.Event | None = None,
                 scale: float | None = None) -> Loaded:
    """Read both inputs and analyse them (worker thread; `cancel` stops the reading worker)."""
    start = time.perf_counter()
    session = workflow.new_session(resume_path, job_path, job_text, progress=progress,
                                   cancel=cancel)
    pages = _pages_for(workflow, str(resume_path), session, cancel, scale)
    return Loaded(session, workflow.knowledge(), pages, time.perf_counter() - start, True)


def open_session_job(workflow: Workflow, path: str, progress: Progress,
                     cancel: threading.Event | None = None,
                     scale: float | None = None) -> Loaded:
    """Load a saved session and what the view needs for it (worker thread)."""
    start = time.perf_counter()
    session = workflow.open_session(path, progress)
    knowledge = workflow.knowledge()
    pages = _pages_for(workflow, session.resume_path, session, cancel, scale)
    return Loaded(session, knowledge, pages, time.perf_counter() - start, False)


def _autosave_job(session: Session, first: bool) -> Path:
    """Autosave (worker thread); the first save also registers it for recovery and recents."""
    path = sessions.autosave(session)
    if first:
        sessions.mark_running(path)
        sessions.add_recent(path, session.title)
    return path


def error_text(exc: BaseException) -> str:
    """One clear sentence for the user; tracebacks never reach the screen."""
    if isinstance(exc, LoopReadyError):
        return exc.message
    if isinstance(exc, MemoryError):
        return "The file is too large to process on this computer. Try a smaller file."
    if isinstance(exc, ImportError):
        return f"Part of LoopReady is missing ({exc}). Reinstall LoopReady."
    return (f"Something unexpected went wrong ({type(exc).__name__}: {exc}). "
            "Nothing was lost; please try again, and report it if it happens again.")


class MainWindow(QMainWindow):
    """Holds the current Session and wires the start screen, the pages and the actions."""

    analysis_finished = Signal(object)  # Session (a new analysis or a reopened session)
    analysis_failed = Signal(str)  # the message shown
    session_saved = Signal(str)  # path written (autosave or save-as)
    export_finished = Signal(str)
    result_arrived = Signal()  # a result reached the UI thread (its pages start filling)
    view_ready = Signal()  # the workspace is on screen with its first page filled
    pages_filled = Signal()  # every page of the workspace is filled (idle-time work is over)

    def __init__(self, runner: TaskRunner | None = None, theme: Theme | None = None,
                 settings: Settings | None = None, workflow: Workflow | None = None,
                 warm_up: bool = True) -> None:
        super().__init__()
        self._warm = warm_up  # after the first show: start the worker, rehearse, prebuild pages
        self.workflow = workflow or Workflow()  # the use cases; the workers call it
        self.setWindowTitle(APP_NAME)
        self.setObjectName("MainWindow")
        self.runner = runner or TaskRunner(self)
        self.theme = theme
        self.settings = settings or Settings()
        self._session: Session | None = None
        self._knowledge: Knowledge | None = None
        self._pages: list[PageImage] | list[PreparedPage] | None = None
        self._saved_at: float | None = None
        self._autosave_file: Path | None = None
        self._saving = False
        self._dirty = False
        self._analysed_seconds: float | None = None
        self._cancel: threading.Event | None = None  # set: the running read stops at once
        self.workspace: Workspace | None = None
        self._reveal: tuple[Loaded, str, bool] | None = None  # shown once its first page is filled
        self._save_when_filled = False  # a fresh analysis is autosaved once its pages are filled
        self.filler = PageFiller(lambda exc: self.show_error(error_text(exc)), self)
        self.filler.page_filled.connect(self._page_filled)
        self.filler.all_filled.connect(self._all_filled)
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl  # replaceable in tests

        self.stack = QStackedWidget(self)
        self.start = StartView(self.stack)
        self.stack.addWidget(self.start)
        self.setCentralWidget(self.stack)
        self.start.analyse_requested.connect(self.start_analysis)
        self.start.sample_requested.connect(self.open_sample)
        self.start.session_requested.connect(self.open_session)
        self.start.restore_requested.connect(self.open_session)
        self.start.cancel_requested.connect(self.cancel_analysis)
        self.start.set_recent(sessions.recent_sessions())

        self.actions_ = create_actions(self, {
            "new": self.new_analysis, "open": self.choose_and_open, "save_as": self.save_session_as,
            "export": self.export, "print": self.print_cheatsheet, "quit": self.close,
            "about": self.about,
        }, self.go_to_page)

        self.saved_label = QLabel(self)
        self.saved_label.setAccessibleName("Save status")
        # as wide as its widest text: "Saving…" -> "Saved 3 s ago" never clips or jitters
        self.saved_label.setMinimumWidth(self.saved_label.fontMetrics().horizontalAdvance(
            "Saved 59 min ago") + 16)
        self.timing_label = QLabel(self)
        self.timing_label.setAccessibleName("Analysis time")
        # permanent (right-hand) widgets: a temporary status message never draws over them
        self.statusBar().addPermanentWidget(self.saved_label)
        self.statusBar().addPermanentWidget(self.timing_label)
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setSingleShot(True)
        self._autosave_timer.setInterval(AUTOSAVE_DELAY_MS)
        self._autosave_timer.timeout.connect(self.autosave_now)
        self._push_timer = QTimer(self)
        self._push_timer.setSingleShot(True)
        self._push_timer.setInterval(300)
        self._push_timer.timeout.connect(lambda: self._push_session(skip=self._push_skip))
        self._push_skip: str = ""
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._update_saved_label)
        self._clock.start()
        self.setAcceptDrops(True)  # a file dropped anywhere else: a session opens, a resume re-runs
        self.resize(1280, 800)
        self.setMinimumSize(960, 600)
        geometry = self.settings.get_bytes("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    # ----------------------------------------------------------------- accessors (tests, panels)
    def session(self) -> Session | None:
        return self._session

    def knowledge(self) -> Knowledge | None:
        return self._knowledge

    def panel(self, page_id: str) -> QWidget | None:
        """The panel of `page_id`, filled with the current session (finished now if its
        idle-time fill had not reached it yet)."""
        if self.workspace is None:
            return None
        self.filler.finish(page_id)
        return self.workspace.panels.get(page_id)

    @property
    def resume_view(self) -> ResumeView | None:
        """The resume pane, filled (see `panel`)."""
        if self.workspace is None:
            return None
        self.filler.finish("resume")
        return self.workspace.resume_view

    @property
    def job_view(self) -> JobView | None:
        """The job description pane, filled (see `panel`)."""
        if self.workspace is None:
            return None
        self.filler.finish("resume")
        return self.workspace.job_view

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_path(paths[0])

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not getattr(self, "_shown_once", False):
            self._shown_once = True
            trace("shown")
            QTimer.singleShot(50, self._warm_up)

    def _warm_up(self) -> None:
        if self._warm and not self.runner.busy("analysis"):
            # the pages' modules too (imports only): the first result does not compile them
            panels = [module for module, _ in PANELS.values()] + ["app.practice.readiness",
                                                                  "app.views.resume_view"]
            workflow = self.workflow
            self.runner.run("warmup", lambda _p: workflow.warm_up(panels, rehearse=True),
                            lambda _: self._prebuild_workspace(), lambda _: None)

    def _prebuild_workspace(self) -> None:
        """After the warm-up, while the start screen waits for files: build the workspace's
        widgets (hidden), so the first result only fills them (~0.09 s of the UI thread)."""
        if self.workspace is not None or self.runner.busy("analysis"):
            return
        try:
            knowledge = self.workflow.knowledge()  # loaded by the warm-up: no work here
        except LoopReadyError:
            return  # the analysis will say what is wrong
        self._knowledge = self._knowledge or knowledge
        self._ensure_workspace()

    # ----------------------------------------------------------------- opening things
    def _new_cancel(self) -> threading.Event:
        """A cancel flag for the next analysis; the one before it is set (its reader stops)."""
        if self._cancel is not None:
            self._cancel.set()
        self._cancel = threading.Event()
        return self._cancel

    def start_analysis(self, resume_path: str, job_path: str = "", job_text: str = "") -> None:
        """Read and analyse off the UI thread; a newer request supersedes this one."""
        self.start.show_busy("Step 1 of 3 \u00b7 Reading your resume\u2026")
        self.start.banner.hide()
        workflow, cancel, job_text = self.workflow, self._new_cancel(), utf8_safe(job_text)
        scale = screen_scale(self.devicePixelRatioF())
        self.runner.run(
            "analysis",
            lambda progress: analysis_job(workflow, resume_path, job_path, job_text, progress,
                                          cancel, scale),
            self._loaded, self._load_failed, self.start.show_busy)

    def cancel_analysis(self) -> None:
        """The Cancel button: the reading worker is killed now, its result never arrives."""
        if self._cancel is not None:
            self._cancel.set()
        self.runner.cancel("analysis")
        self._reveal = None
        self.start.clear_busy()
        self.start.banner.show_message("Stopped. Nothing was changed: choose other files, or "
                                       "paste the job description's text.", "info")

    def open_sample(self) -> None:
        from app.paths import resource

        resume, job = resource("sample", "sample_resume.pdf"), resource("sample", "sample_job.txt")
        if not resume.is_file() or not job.is_file():
            self.show_error("The bundled sample is missing from this installation. Reinstall LoopReady.")
            return
        self.start.set_resume_path(str(resume))
        self.start.set_job_path(str(job))

    def open_session(self, path: str) -> None:
        """Reopen a saved (or autosaved) session off the UI thread."""
        self._show_start()
        self.start.show_busy("Opening session…")
        workflow, cancel, scale = self.workflow, self._new_cancel(), screen_scale(self.devicePixelRatioF())
        self.runner.run("analysis",
                        lambda progress: open_session_job(workflow, path, progress, cancel,
                                                          scale),
                        lambda loaded: self._loaded(loaded, path), self._load_failed,
                        self.start.show_busy)

    def open_path(self, path: str) -> None:
        """Open a session file, or take a resume (or job) file to the start screen."""
        if is_session_file(path):
            self.open_session(path)
        else:
            self._show_start()
            self.start.set_resume_path(path)

    def choose_and_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open", "", OPEN_FILTER)
        if path:
            self.open_path(path)

    def open_args(self, resume: str = "", job: str = "", session: str = "", sample: bool = False) -> None:
        """What the command line asked for (`RESUME [JD]`, a session, `--sample`)."""
        if session:
            self.open_session(session)
        elif sample:
            self.open_sample()
        elif resume:
            self.start.set_resume_path(resume)
            if job:
                self.start.set_job_path(job)

    def new_analysis(self) -> None:
        self.flush_autosave()
        self.start.reset_inputs()
        self.start.set_recent(sessions.recent_sessions())
        self._show_start()

    def offer_restore(self, path: str) -> None:
        """After an unclean exit: offer the last autosave on the start screen."""
        title, when = Path(path).name, ""
        try:
            session = sessions.load_session(path)  # small, and checked: never trusted blindly
            title, when = session.title or title, session.updated_at
        except LoopReadyError:
            return  # nothing usable to offer
        self.start.offer_restore(path, title, when)

    def _loaded(self, loaded: Loaded, from_path: str = "") -> None:
        """A result arrived: fill the page on screen in slices, then show the workspace."""
        trace("result-delivered")
        self.result_arrived.emit()
        self._knowledge = loaded.knowledge
        self._pages = loaded.pages
        self._analysed_seconds = loaded.seconds
        self._autosave_file = None
        self._session = loaded.session
        ensure_fonts_for(f"{loaded.session.report.resume.text}\n{loaded.session.report.job.text}")
        first_time = self.workspace is None
        self._ensure_workspace()
        assert self.workspace is not None
        self._reveal = (loaded, from_path, first_time)
        self._show_session()

    def _page_filled(self, page_id: str) -> None:
        reveal = self._reveal
        if reveal is not None and self.workspace is not None \
                and page_id == PAGE_IDS[self.workspace.pages.currentIndex()]:
            # in its own turn of the event loop: showing the workspace lays out and paints it
            def reveal_now() -> None:
                if self._reveal is reveal:
                    self._show_loaded(*reveal)

            QTimer.singleShot(0, self, reveal_now)

    def _all_filled(self) -> None:
        trace("pages-filled")
        if self._save_when_filled:
            self._save_when_filled = False
            self.autosave_now()
        self.pages_filled.emit()

    def _show_loaded(self, loaded: Loaded, from_path: str, first_time: bool) -> None:
        """The first page is filled: show the workspace and announce the result."""
        self._reveal = None
        assert self.workspace is not None
        self.start.clear_busy()
        self._show_workspace()
        layout = self.workspace.layout()
        if first_time and layout is not None:
            layout.activate()
            self._restore_splitter()
        verb = "Analysed" if loaded.fresh else "Opened"
        self.timing_label.setText(f"{verb} in {loaded.seconds:.1f} s")
        if loaded.fresh:
            # saved once every page is filled: the save's worker would compete with the
            # filling for the interpreter; until then it counts as unsaved (quit saves it)
            self._dirty = True
            if self.filler.pending():
                self._save_when_filled = True
            else:
                self.autosave_now()
        else:
            self._saved_at = time.time()
            if from_path:
                sessions.add_recent(from_path, loaded.session.title)
        self._update_saved_label()
        self.analysis_finished.emit(loaded.session)
        trace("view-ready")
        self.view_ready.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self._reveal = None
        self.start.clear_busy()
        message = error_text(exc)
        self._show_start()
        self.start.show_error(message)
        self.analysis_failed.emit(message)

    def _ensure_workspace(self) -> None:
        if self.workspace is not None:
            return
        self.workspace = Workspace(self._knowledge, self.stack)
        self.stack.addWidget(self.workspace)
        ws = self.workspace
        ws.before_show = self.filler.finish
        ws.splitter.setSizes([700, 480])
        ws.job_view.requirement_clicked.connect(lambda _rid, ids: ws.resume_view.highlight_bullets(ids))
        ws.header.reason_requested.connect(self.show_reason)
        p = ws.panels
        self._connect(p["overview"], "navigate", self.go_to_page_id)
        self._connect(p["overview"], "story_requested", self.show_story)
        self._connect(p["principles"], "principle_selected", self.highlight_principle)
        self._connect(p["principles"], "show_in_resume", self.show_principle_in_resume)
        self._connect(p["principles"], "story_requested", self.show_story)
        self._connect(p["questions"], "story_requested", self.show_story)
        self._connect(p["questions"], "gap_requested", self.show_gap_script)
        self._connect(p["stories"], "story_edited", self.edit_story)
        self._connect(p["stories"], "story_reset", self.reset_story)
        self._connect(p["plan"], "tick_changed", self.set_tick)
        self._connect(p["plan"], "risk_requested", lambda rid: self.show_reason(f"risk-{rid}"))
        self._connect(p["plan"], "plan_changed", self.set_plan)
        self._connect(p["plan"], "calendar_requested", lambda: self.export("calendar"))
        self._connect(p["plan"], "task_requested", self.open_task)
        self._connect(p["practice"], "attempt_made", self.record_attempt)
        self._connect(p["practice"], "story_requested", self.show_story)
        self._connect(p["practice"], "plan_requested", lambda: self.go_to_page_id("plan"))
        for panel in p.values():  # practice, readiness and the plan, with its clock
            if hasattr(panel, "set_workflow"):
                panel.set_workflow(self.workflow)

    def _restore_splitter(self) -> None:
        """The Resume & JD split as the user left it (after the workspace is laid out)."""
        state = self.settings.get_bytes("resume_job_splitter")
        if self.workspace is None:
            return
        splitter = self.workspace.splitter
        if state is None or not splitter.restoreState(state):
            total = max(splitter.width(), 800)
            splitter.setSizes([int(total * 0.56), total - int(total * 0.56)])

    @staticmethod
    def _connect(panel: QWidget, signal: str, slot) -> None:
        sig = getattr(panel, signal, None)
        if sig is not None:
            sig.connect(slot)

    def _show_session(self) -> None:
        """A new session: the header now, every page through the filler (the one on screen
        first, the rest in idle-time slices or when opened)."""
        ws, session = self.workspace, self._session
        assert ws is not None and session is not None
        ws.show_header(session)
        self.setWindowTitle(f"{session.title} — {APP_NAME}" if session.title else APP_NAME)
        current = PAGE_IDS[ws.pages.currentIndex()]
        self.filler.start({pid: partial(self._fill_page, pid) for pid in PAGE_IDS}, first=current)

    def _fill_page(self, page_id: str):  # noqa: ANN202 (Iterator[None])
        """Fill one page with the current session, piece by piece (a generator: each yield
        lets the event loop run). A session that changed meanwhile is applied at the end."""
        ws, session = self.workspace, self._session
        assert ws is not None and session is not None
        page = ws.page(page_id)
        if page_id == "resume":
            colours = self.theme.colours if self.theme else None
            base = colours["surface"] if colours else "#ffffff"
            principles = self._knowledge.principles if self._knowledge is not None else ()
            steps = ws.resume_view.content_steps(session.report, principles, self._pages,
                                                 base_colour=base)
            yield from steps
            ws.reading_notice.show_warnings(session.report.resume.warnings)
            if colours:
                ws.job_view.set_content(session.report, colours["good"], colours["bad"],
                                        colours["text_muted"], colours["warn"], colours["accent"])
            else:
                ws.job_view.set_content(session.report)
            return
        yield from as_panel(page).session_steps(session)
        if page is not ws.pages.currentWidget():  # the page on screen is polished as it shows
            yield from prepare_first_show(page)
        if self._session is not session and self._session is not None:
            yield  # an edit or a tick arrived while filling
            as_panel(page).set_session(self._session)

    def _push_session(self, skip: str = "") -> None:
        """Give every filled panel (except the one the change came from) the current session;
        a panel still waiting for its fill gets it then."""
        if self.workspace is None or self._session is None:
            return
        for page_id, panel in self.workspace.panels.items():
            if page_id == skip or self.filler.is_pending(page_id):
                continue
            try:
                as_panel(panel).set_session(self._session)
            except Exception as exc:  # a panel bug must not take the window down
                self.show_error(error_text(exc))

    def _show_start(self) -> None:
        self.stack.setCurrentWidget(self.start)
        self.actions_.set_workspace_enabled(False)
        # "Saved 3 s ago" / "Analysed in 1.2 s" belong to the workspace's session
        self.saved_label.hide()
        self.timing_label.hide()

    def _show_workspace(self) -> None:
        assert self.workspace is not None
        self.stack.setCurrentWidget(self.workspace)
        self.actions_.set_workspace_enabled(True)
        self.saved_label.show()
        self.timing_label.show()

    def showing_workspace(self) -> bool:
        return self.workspace is not None and self.stack.currentWidget() is self.workspace

    # ----------------------------------------------------------------- navigation
    def go_to_page(self, index: int) -> None:
        if self.workspace is not None and self._session is not None:
            self._show_workspace()
            self.workspace.nav.setCurrentRow(index)

    def go_to_page_id(self, page_id: str) -> None:
        aliases = {"dashboard": "overview", "jd": "resume", "job": "resume"}
        page_id = aliases.get(page_id, page_id)
        if page_id in PAGE_IDS:
            self.go_to_page(PAGE_IDS.index(page_id))

    def current_page_id(self) -> str:
        if not self.showing_workspace():
            return "start"
        assert self.workspace is not None
        return PAGE_IDS[self.workspace.pages.currentIndex()]

    def show_story(self, story_id: str) -> None:
        self.go_to_page_id("stories")
        panel = self.workspace.panels.get("stories") if self.workspace else None
        if panel is not None and hasattr(panel, "show_story"):
            panel.show_story(story_id)

    def show_gap_script(self, gap_id: str) -> None:
        """A question with no story yet: its gap script, on the Plan page."""
        self.go_to_page_id("plan")
        panel = self.panel("plan")
        if panel is not None and hasattr(panel, "show_gap"):
            self.filler.finish("plan")
            panel.show_gap(gap_id)

    def highlight_principle(self, pid: str) -> None:
        """A principle was clicked: light its bullets in the resume (Resume & JD page)."""
        if self.workspace is None:
            return
        self.filler.finish("resume")
        self.workspace.resume_view.highlight_principle(pid)
        count = len(self.workspace.resume_view.highlighted_bullet_ids())
        name = pid
        if self._knowledge is not None:
            try:
                name = self._knowledge.principle(pid).name
            except KeyError:
                pass
        self.statusBar().showMessage(
            f"{name}: {count} bullet{'s' if count != 1 else ''} lit in Resume & JD (Ctrl+2)", 6000)

    def show_reason(self, key: str) -> None:
        """A number in the header was clicked: the Overview with its reasons open."""
        self.go_to_page_id("overview")
        panel = self.panel("overview")
        if panel is not None and hasattr(panel, "show_reason"):
            panel.show_reason(key)

    def show_principle_in_resume(self, pid: str) -> None:
        """"Show in resume": the Resume & JD page with the principle's bullets lit."""
        self.go_to_page_id("resume")
        self.highlight_principle(pid)
        self.statusBar().clearMessage()  # the page itself says what is lit

    # ----------------------------------------------------------------- edits (the one place)
    def edit_story(self, story_id: str, field: str, text: str) -> None:
        if self._session is None:
            return
        if len(text) > sessions.MAX_STORY_FIELD_CHARS:
            text = sessions.cap_story_field(text)
            self.show_error(f"A story field holds up to {sessions.MAX_STORY_FIELD_CHARS:,} "
                            "characters; the rest of this text was not kept.")
        try:  # the editor's text enters here: made writable (no lone surrogate) before it is kept
            self._session = self._session.with_story_edit(story_id, field, utf8_safe(text),
                                                          sessions.now_iso())
        except ValueError as exc:
            self.show_error(str(exc))
            return
        self._changed(source="stories")

    def reset_story(self, story_id: str) -> None:
        if self._session is None:
            return
        self._session = sessions.touch(self._session.reset_story(story_id))
        self._changed(source="")

    def set_tick(self, item_id: str, done: bool) -> None:
        if self._session is None:
            return
        self._session = sessions.touch(self._session.with_tick(item_id, done))
        self._changed(source="plan")

    def record_attempt(self, qid: str, text: str, seconds: int, mode: str) -> None:
        """A finished try at a question: scored, kept in the session, shown at once."""
        if self._session is None:
            return
        try:
            self._session = self.workflow.practice(self._session, qid, text, seconds, mode)
        except (ValueError, LoopReadyError) as exc:
            self.show_error(error_text(exc) if isinstance(exc, LoopReadyError) else str(exc))
            return
        panel = self.workspace.panels.get("practice") if self.workspace else None
        if panel is not None:
            as_panel(panel).set_session(self._session)  # the feedback, the moment they stop
        self._changed(source="practice")

    def open_task(self, kind: str, ref: str) -> None:
        """A task of the plan was clicked: its story, or its question on the Practice page."""
        if kind == "story":
            self.show_story(ref)
        elif kind in ("rehearse", "review") and ref:
            self.go_to_page_id("practice")
            panel = self.panel("practice")
            if panel is not None and hasattr(panel, "open_task"):
                panel.open_task(kind, ref)

    def set_plan(self, interview_date: str, hours: float) -> None:
        """The interview date and hours a day (the Plan page), kept in the session."""
        if self._session is not None:
            from app.models.practice import InterviewPlan

            plan = InterviewPlan(interview_date, hours)
            self._session = sessions.touch(self._session.with_plan(plan))
            self._changed(source="")

    def _changed(self, source: str) -> None:
        self._dirty = True
        self._autosave_timer.start()
        self._push_skip = source
        self._push_timer.start()
        self._update_saved_label()

    # ----------------------------------------------------------------- saving
    def autosave_now(self) -> None:
        """Write the current session to its autosave file (off the UI thread, one at a time)."""
        self._autosave_timer.stop()
        if self._session is None:
            return
        if self._saving:
            self._dirty = True
            return
        session = self._session
        self._saving, self._dirty = True, False

        def done(path: Path) -> None:
            self._saving = False
            self._saved_at = time.time()
            self._autosave_file = path
            self._update_saved_label()
            self.session_saved.emit(str(path))
            if self._dirty:
                self._autosave_timer.start(200)

        def failed(exc: BaseException) -> None:
            self._saving = False
            self._dirty = True
            self.show_error("Autosave failed: " + error_text(exc))

        first = self._autosave_file is None
        self.runner.run("autosave", lambda _p: _autosave_job(session, first), done, failed)

    def flush_panels(self) -> None:
        """Ask editing panels to emit keystrokes they are still holding back."""
        panel = self.workspace.panels.get("stories") if self.workspace else None
        if panel is not None and hasattr(panel, "flush"):
            panel.flush()

    def flush_autosave(self) -> None:
        """Save pending edits now, on this thread (quitting, new analysis)."""
        self.flush_panels()
        self.runner.wait(5000)
        if self._session is not None and (self._dirty or self._autosave_timer.isActive()):
            self._autosave_timer.stop()
            try:
                path = sessions.autosave(self._session)
                self._dirty = False
                self._saved_at = time.time()
                sessions.add_recent(path, self._session.title)
            except LoopReadyError as exc:
                self.show_error("Autosave failed: " + exc.message)

    def save_session_as(self, path: str = "") -> None:
        """Save the session (analysis, edits, ticks) to a file of the user's choice, off-thread."""
        self.flush_panels()
        if self._session is None:
            return
        if not path:
            suggested = str(Path.home() / f"{self._session.title or 'session'}{sessions.EXTENSION}")
            path, _ = QFileDialog.getSaveFileName(self, "Save session as", suggested,
                                                  "LoopReady sessions (*.loopready.json)")
            if not path:
                return
        if not path.endswith(sessions.EXTENSION):
            path = str(Path(path).with_suffix("")) + sessions.EXTENSION
        session = self._session

        def done(_: object) -> None:
            sessions.add_recent(path, session.title)
            self.show_notice(f"Session saved: {Path(path).name}. Reopen it from File › Open "
                             "or the start screen's recent list.",
                             [("Open folder", lambda: self.open_local(str(Path(path).parent)))])
            self.session_saved.emit(path)

        self.runner.run("save", lambda _p: sessions.save_session(session, path), done,
                        lambda exc: self.show_error(error_text(exc)))

    def _update_saved_label(self) -> None:
        if self._session is None:
            self.saved_label.setText("")
        elif self._dirty or self._saving:
            self.saved_label.setText("Saving…")
        elif self._saved_at is not None:
            ago = max(0, int(time.time() - self._saved_at))
            if ago < 60:
                text = f"Saved {ago} s ago"
            elif ago < 3600:
                text = f"Saved {ago // 60} min ago"
            else:
                text = "Saved " + time.strftime("%H:%M", time.localtime(self._saved_at))
            self.saved_label.setText(text)

    # ----------------------------------------------------------------- export and print
    def export(self, kind: str = "", path: str = "", paper: str = "") -> None:
        """Export the cheat sheet, the report or the stories (with the user's edits)."""
        self.flush_panels()
        if self._session is None:
            return
        if not kind:
            dialog = ExportDialog(self, paper=self.settings.get("paper", "letter"))
            if dialog.exec() != ExportDialog.DialogCode.Accepted:
                return
            kind, paper = dialog.choice()
            self.settings.set("paper", paper)
        paper = paper or self.settings.get("paper", "letter")
        report = self.workflow.report_with_plan(self._session)  # edits, and the plan once dated
        if kind == "calendar" and not report.schedule:
            self.show_error("Give your interview date on the Plan page first: the calendar "
                            "holds the plan for each day until then.")
            return
        if not path:
            _, ext, filt = EXPORT_KINDS[kind]
            suggested = str(Path.home() / default_export_name(report, kind))
            path, _ = QFileDialog.getSaveFileName(self, "Export", suggested, filt)
            if not path:
                return
            if not path.lower().endswith(ext):
                path += ext
        what = EXPORT_KINDS[kind][0]
        self.statusBar().showMessage(f"Exporting {what.lower()}…")
        self.actions_["export"].setEnabled(False)

        def done(written: str) -> None:
            self.actions_["export"].setEnabled(True)
            self.statusBar().clearMessage()
            self.show_notice(f"{what} exported: {Path(written).name}  ({Path(written).parent})",
                             [("Open file", lambda: self.open_local(written)),
                              ("Open folder", lambda: self.open_local(str(Path(written).parent)))])
            self.export_finished.emit(written)

        def failed(exc: BaseException) -> None:
            self.actions_["export"].setEnabled(True)
            self.statusBar().clearMessage()
            self.show_error("Export failed: " + error_text(exc))

        workflow, session = self.workflow, self._session
        inputs = {session.resume_path: "resume", session.job_path: "job description"}
        self.runner.run("export", lambda _p: workflow.export(report, kind, path, paper, inputs),
                        done, failed)

    def open_local(self, path: str) -> None:
        """Open a file or folder the app wrote, in the user's own application for it."""
        if not self.open_url(QUrl.fromLocalFile(path)):
            self.show_error(f"Could not open {path}. Open it from your file manager instead.")

    def print_cheatsheet(self) -> None:
        """Render the cheat sheet off-thread, then ask for a printer and print it."""
        self.flush_panels()
        if self._session is None:
            return
        paper = self.settings.get("paper", "letter")
        report = self._session.effective_report()
        self.statusBar().showMessage("Preparing the cheat sheet for printing…")
        workflow = self.workflow
        def print_them(pages: list[PageImage]) -> None:
            self.statusBar().clearMessage()
            print_pages(self, pages, paper)

        self.runner.run("print", lambda _p: cheatsheet_pages(workflow.render_cheatsheet(report, paper)),
                        print_them, lambda exc: self.show_error("Printing failed: " + error_text(exc)))

    # ----------------------------------------------------------------- messages
    def show_notice(self, message: str,
                    buttons: list[tuple[str, Callable[[], None]]] | None = None) -> None:
        """A success message with follow-up buttons (e.g. after an export or a save)."""
        if self.showing_workspace():
            assert self.workspace is not None
            self.workspace.banner.show_message(message, "success", buttons=buttons or ())
        else:
            self.start.banner.show_message(message, "success", buttons=buttons or ())

    def show_error(self, message: str) -> None:
        """A clear in-app message (never a crash): on the current screen."""
        if self.showing_workspace():
            assert self.workspace is not None
            self.workspace.banner.show_message(message, "error")
        else:
            self.start.show_error(message)

    def about(self) -> None:
        QMessageBox.about(self, f"About {APP_NAME}",
                          f"<b>{APP_NAME}</b> {__version__}<br>Your interview-prep kit, built on your "
                          "computer from your resume and the job description.<br>"
                          "Nothing is uploaded: LoopReady makes no network connections.")

    # ----------------------------------------------------------------- closing
    def save_layout(self) -> None:
        self.settings.set_bytes("geometry", self.saveGeometry())
        if self.workspace is not None:
            self.settings.set_bytes("resume_job_splitter", self.workspace.splitter.saveState())
        self.settings.save()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.filler.stop()  # no page fills (or the save that follows them) after closing
        self._save_when_filled = False
        self.flush_autosave()
        self.save_layout()
        if self._cancel is not None:
            self._cancel.set()  # a read still running is stopped, not waited for
        self.runner.cancel("analysis")
        self.runner.wait(5000)
        super().closeEvent(event)
