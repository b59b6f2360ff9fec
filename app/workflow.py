"""What LoopReady does, as use cases the command line and the window's workers both call.

Read a resume and a job description (a file, or pasted text), analyse them into a Report,
start or reopen a Session, export it, and warm up while the user picks files. No Qt: the
window runs these in its worker threads and shows the progress messages they send; the CLI
calls the same methods and prints JSON.

The state this needs lives in one `Workflow` object, not in module globals: the knowledge
folder it reads, whether the principle model is built yet (the first analysis says it is
preparing it), and one lock so an analysis that starts while the warm-up is still building the
model waits for it instead of building a second one on the same cores.

Reading (resume and job files, pasted text, the resume's page images) runs in a worker process
on a budget (`app.sandbox.BUDGET`): a hostile file ends in an InputError that says what to do,
a `cancel` event stops the worker at once (`Cancelled`), and `progress` hears about a long read
every second. The pool of workers is the process's shared one unless a `ReaderPool` is given.
"""

from __future__ import annotations

import importlib
import os
import threading
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, cast

from app.errors import Cancelled, ExportError
from app.safe_text import utf8_safe

if TYPE_CHECKING:  # the models and the knowledge load with the first use, not with the window
    from app.analysis.principles import PrincipleResult
    from app.models.knowledge import Knowledge
    from app.models.practice import Rubric
    from app.models.report import Report
    from app.models.resume import JobDescription, Resume
    from app.models.session import Session
    from app.page_images import PageImage
    from app.practice.clock import Clock
    from app.practice.readiness import Readiness
    from app.practice.schedule import Schedule
    from app.reading.jobs import Taxonomy
    from app.sandbox import ReaderPool

__all__ = ["EXPORT_KINDS", "PREPARING_MODEL", "Progress", "Workflow", "answer_from_bytes",
           "parse_day", "text_from_bytes"]

Progress = Callable[[str], None]

READING_RESUME = "Step 1 of 3 · Reading your resume…"
READING_JOB = "Step 2 of 3 · Reading the job description…"
PREPARING_MODEL = "Preparing the principle model… (first analysis only)"
ANALYSING = "Step 3 of 3 · Analysing: principles, fit, questions, stories…"
OPENING_SESSION = "Opening session…"

#: what `export` writes: kind -> what it is, in the user's words
EXPORT_KINDS = {"cheatsheet": "Cheat sheet", "report": "Full report", "stories": "Stories",
                "calendar": "Calendar plan"}

AUTO_ROLE = "auto"  # = app.knowledge.AUTO_ROLE (a test checks), without importing the knowledge

# imported by the warm-up so the first analysis (and export) does not pay for them; the
# reading modules are the worker's (this process never reads a file itself)
HEAVY_MODULES = ("pymupdf", "app.analysis.pipeline")
# what the worker's tasks import; a forked worker inherits them when imported before the fork
READING_MODULES = ("app.reading.resume", "app.reading.jobs")


def import_reading_modules() -> None:
    """Import the reading modules in this process: only for a worker about to be forked
    from it (the command line), which then has them at once; their patterns come from the
    compiled-pattern cache, which learns only in the process that loaded it."""
    for name in READING_MODULES:
        importlib.import_module(name)


def prepare_stories_export() -> None:
    """Read the parts of the stories document kept between runs (or build them, importing
    python-docx): a command line does it before its reading worker forks, which then has
    whatever was imported (`app.export.docx_parts`)."""
    from app.export import docx_parts

    docx_parts.skeleton()


def _quiet(_: str) -> None:
    """The default progress: nobody is watching."""


def _check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled()


def text_from_bytes(data: bytes) -> str:
    """Text typed or piped in (standard input, a bullets file) in whatever encoding it came:
    UTF-8, UTF-16 or UTF-32 with or without a byte-order mark, cp1252; never raises."""
    from app.reading.sniff import decode_text

    text = decode_text(data)
    return text if text is not None else data.decode("utf-8", "replace")


def answer_from_bytes(data: bytes, name: str = "The answer") -> str:
    """A told answer typed or piped in (any encoding the reader knows); InputError when it is
    empty, not plain text, or over 1 MB."""
    from app.practice.rubric import answer_text

    return answer_text(data, name)


def parse_day(text: str, what: str = "date") -> date:
    """A YYYY-MM-DD date (the interview, "today"), or an InputError saying how to write it."""
    from app.practice.schedule import parse_day as parse

    return parse(text, what)


def _display_name(path: str | os.PathLike[str]) -> str:
    return utf8_safe(Path(path).name or str(path))


# ---------------------------------------------------------------------- run in the worker
# (module functions named "app.workflow:..." so a worker process can find them)


def _read_resume_task(path: str) -> Resume:
    from app.reading.resume import read_resume

    return read_resume(path)


def _posting_skills(root: str | None) -> Taxonomy:
    """What reading a posting needs of the knowledge: the validated skills taxonomy, the same
    tuple as `Knowledge.skills`. The worker loads only that (~0.02 s, not the whole folder's
    0.14 s; a forked worker has the app's): the app has loaded and validated the whole
    knowledge already."""
    from app.knowledge import posting_skills
    from app.reading.jobs import Taxonomy

    return Taxonomy(posting_skills(Path(root) if root else None))


def _read_job_task(path: str, root: str | None) -> JobDescription:
    from app.reading.jobs import read_job

    return read_job(path, _posting_skills(root))


def _read_job_text_task(text: str, root: str | None, source: str) -> JobDescription:
    from app.reading.jobs import read_job_text

    return read_job_text(text, _posting_skills(root), path=source)


def _render_pages_task(path: str, scale: float | None = None) -> list[PageImage]:
    from app.page_images import RENDER_SCALE, render_pdf_pages

    return render_pdf_pages(path, RENDER_SCALE if scale is None else scale)


class Workflow:
    """The use cases over one knowledge folder (default: the bundled one). Thread-safe: the
    window calls it from worker threads."""

    def __init__(self, knowledge_root: Path | None = None, reader: ReaderPool | None = None,
                 clock: Clock | None = None) -> None:
        from app.practice.clock import Clock

        self._root = knowledge_root
        self._heavy = threading.Lock()  # warm-up and analysis: one model build at a time
        self._model_ready = threading.Event()
        self._reader = reader
        self.clock: Clock = clock or Clock()  # today's date for practice and the plan

    @property
    def reader(self) -> ReaderPool:
        """The worker processes that read files (the process's shared pool by default)."""
        if self._reader is None:
            from app.sandbox import default_pool

            self._reader = default_pool()
        return self._reader

    def _in_worker(self, func: str, args: tuple, subject_name: str, advice: str,
                   cancel: threading.Event | None, progress: Progress, stage: str) -> object:
        from app.sandbox import Subject

        _check_cancel(cancel)

        def tick(seconds: float) -> None:
            progress(f"{stage} {seconds:.0f} s")

        return self.reader.run(f"app.workflow:{func}", args, Subject(subject_name, advice),
                               cancel=cancel, tick=tick if stage else None)

    # ------------------------------------------------------------------ knowledge and model
    def knowledge(self) -> Knowledge:
        """The validated knowledge (loaded once per folder; raises KnowledgeError)."""
        from app.knowledge import load_knowledge

        return load_knowledge(self._root)

    @property
    def model_ready(self) -> bool:
        """True once the principle model is built (or found cached) through this workflow."""
        return self._model_ready.is_set()

    def _ensure_model(self, knowledge: Knowledge) -> None:
        """Build the principle classifier's model (cached per process); call holding _heavy."""
        if self._model_ready.is_set():
            return
        from app.analysis.principles import PrincipleClassifier

        PrincipleClassifier(knowledge).classify(["Owned the ranking model in production."])
        self._model_ready.set()

    def warm_up(self, modules: Iterable[str] = (), rehearse: bool = False) -> None:
        """Start a reading worker, import the heavy modules (and `modules`, e.g. the window's
        pages), load the knowledge and build the model, so the first analysis does not pay for
        them. With `rehearse`, also read and analyse the bundled sample once and throw the
        result away: the worker's and the analysis's first-use costs (their own imports,
        patterns compiled on first use) are paid while the user is still choosing files. Never
        raises: a real problem is reported by the analysis that needs the part that failed."""
        try:
            self.reader.prestart()
        except Exception:
            pass
        with self._heavy:
            for name in (*HEAVY_MODULES, *modules):
                try:
                    importlib.import_module(name)
                except Exception:
                    pass
            try:
                self._ensure_model(self.knowledge())
                if rehearse:
                    self._rehearse()
            except Exception:
                pass

    def _rehearse(self) -> None:
        """The bundled sample read in the worker and analysed (call holding _heavy). The
        analysis's caches are per line and per phrase, so what it leaves behind changes no
        later result (same inputs -> same kit)."""
        from app.analysis.pipeline import analyze
        from app.paths import resource

        resume = self.read_resume(resource("sample", "sample_resume.pdf"))
        job = self.read_job(resource("sample", "sample_job.txt"))
        analyze(resume, job, self.knowledge(), role=AUTO_ROLE)

    # ------------------------------------------------------------------ reading
    def read_resume(self, path: str | os.PathLike[str], cancel: threading.Event | None = None,
                    progress: Progress = _quiet, stage: str = "") -> Resume:
        """A resume file (PDF, DOCX, TXT, MD), read in a worker on the budget; raises
        InputError with what to do (Cancelled when `cancel` is set)."""
        resume = self._in_worker("_read_resume_task", (str(path),), _display_name(path),
                                 "Export it again from your editor, or paste the text.",
                                 cancel, progress, stage)
        return cast("Resume", resume)

    def read_job(self, path: str | os.PathLike[str] = "", text: str = "",
                 source: str = "-", cancel: threading.Event | None = None,
                 progress: Progress = _quiet, stage: str = "") -> JobDescription:
        """A job description from a file, or else from pasted `text` (`source` is recorded as
        where it came from: "-" for pasted or standard input), read in a worker."""
        root = str(self._root) if self._root is not None else None
        if path:
            job = self._in_worker("_read_job_task", (str(path), root), _display_name(path),
                                  "Export it again, or paste the posting's text.",
                                  cancel, progress, stage)
        else:
            job = self._in_worker("_read_job_text_task", (utf8_safe(text), root, source),
                                  "The pasted job description",
                                  "Paste only the posting, from its title to its qualifications.",
                                  cancel, progress, stage)
        return cast("JobDescription", job)

    def render_pages(self, path: str | os.PathLike[str],
                     cancel: threading.Event | None = None,
                     scale: float | None = None) -> list[PageImage]:
        """A PDF resume's pages as images within the pixel budget (`app.page_images`), made in a
        worker on the same budget as reading; raises InputError when that runs out. `scale`:
        pixels per point at most (default `RENDER_SCALE`; the window asks for its screen's)."""
        pages = self._in_worker("_render_pages_task", (str(path), scale), _display_name(path), "",
                                cancel, _quiet, "")
        return cast("list[PageImage]", pages)

    def classify(self, lines: Sequence[str]) -> list[PrincipleResult]:
        """Principles for each resume line (one result per line, in order)."""
        from app.analysis.principles import PrincipleClassifier

        return PrincipleClassifier(self.knowledge()).classify(list(lines))

    # ------------------------------------------------------------------ analysing
    def analyse(self, resume: Resume, job: JobDescription, role: str = AUTO_ROLE,
                progress: Progress = _quiet) -> Report:
        """The full prep kit for a read resume and job description."""
        knowledge = self.knowledge()
        if not self._model_ready.is_set():
            progress(f"Step 3 of 3 · {PREPARING_MODEL}")
        from app.analysis.pipeline import analyze

        with self._heavy:  # waits here while the warm-up is still building the model
            self._ensure_model(knowledge)
            progress(ANALYSING)
            return analyze(resume, job, knowledge, role=role)

    def analyse_files(self, resume_path: str | os.PathLike[str], job_path: str = "",
                      job_text: str = "", role: str = AUTO_ROLE,
                      progress: Progress = _quiet,
                      cancel: threading.Event | None = None) -> Report:
        """Read a resume file and a job description (a file, or pasted text) and analyse them.

        A broken knowledge folder is reported before any input. With a spawned reading worker
        (the window), the knowledge, the analysis modules and the model are prepared on a
        second thread while the worker starts and reads: the two overlap on two cores. A
        forking worker (the command line) forks with no other thread running, so there the
        knowledge is loaded first and the worker inherits it."""
        self.reader.prestart()
        first = not self._model_ready.is_set()
        prepared = None if self.reader.forks else self._prepare_meanwhile()
        if prepared is None:
            self.knowledge()
        try:
            progress(READING_RESUME)
            resume = self.read_resume(resume_path, cancel, progress, READING_RESUME)
            progress(READING_JOB)
            job = self.read_job(job_path, job_text, cancel=cancel, progress=progress,
                                stage=READING_JOB)
        except Cancelled:
            raise
        except BaseException:
            if prepared is not None:  # a broken knowledge folder comes first
                prepared.join()
                self.knowledge()
            raise
        if prepared is not None:
            if first:  # the first analysis says so, as it does without the overlap
                progress(f"Step 3 of 3 · {PREPARING_MODEL}")
            prepared.join()
        _check_cancel(cancel)
        return self.analyse(resume, job, role, progress)

    def _prepare_meanwhile(self) -> threading.Thread:
        """Load the knowledge, import the analysis and build the model on a thread (errors
        are left for `knowledge()` and `analyse` to raise on the caller's thread)."""

        def prepare() -> None:
            with self._heavy:
                try:
                    importlib.import_module("app.analysis.pipeline")
                    self._ensure_model(self.knowledge())
                except Exception:
                    pass

        thread = threading.Thread(target=prepare, name="loopready-prepare", daemon=True)
        thread.start()
        return thread

    def new_session(self, resume_path: str, job_path: str = "", job_text: str = "",
                    role: str = AUTO_ROLE, progress: Progress = _quiet,
                    cancel: threading.Event | None = None) -> Session:
        """A fresh session: the analysis of a resume and a job description, no edits yet."""
        from app import sessions

        report = self.analyse_files(resume_path, job_path, job_text, role, progress, cancel)
        return sessions.new_session(report, resume_path=str(resume_path), job_path=str(job_path))

    def open_session(self, path: str | os.PathLike[str], progress: Progress = _quiet) -> Session:
        """A saved (or autosaved) session, checked; raises SessionError with what to do."""
        from app import sessions

        progress(OPENING_SESSION)
        return sessions.load_session(path)

    # ------------------------------------------------------------------ practice
    def rubric(self, text: str, question_id: str = "",
               spoken_seconds: int | None = None) -> Rubric:
        """The rubric of one told answer, for the bank question `question_id` when given
        (InputError for an id the bank does not hold)."""
        from app.errors import InputError
        from app.practice.rubric import question_context, score_answer

        knowledge = self.knowledge()
        question = None
        if question_id:
            question = question_context(knowledge, question_id)
            if question is None:
                raise InputError(f"No question has the id {question_id!r}; the ids are in "
                                 "knowledge/questions.json and the analysis JSON's questions.")
        if knowledge.practice is None:
            raise InputError("The practice rules are missing (knowledge/practice.json); "
                             "reinstall LoopReady.")
        return score_answer(text, knowledge.practice, question, spoken_seconds)

    def has_question(self, question_id: str) -> bool:
        """Is `question_id` a question of the bank (what `rubric --question` accepts)?"""
        return any(q.id == question_id for q in self.knowledge().questions)

    def practice(self, session: Session, question_id: str, text: str, seconds: int,
                 mode: str = "typed", when: datetime | None = None) -> Session:
        """The session with one more try at a likely question, scored and kept (text, time on
        the timer, rubric). ValueError for an unknown question or mode."""
        from app.practice.readiness import make_attempt

        attempt = make_attempt(session, self.knowledge(), question_id, utf8_safe(text), seconds,
                               mode, when or self.clock.now())
        return session.with_attempt(attempt)

    def readiness(self, session: Session) -> Readiness:
        """Not started / drafted / rehearsed / ready per likely question and principle."""
        from app.practice.readiness import readiness

        return readiness(session, self.knowledge())

    def schedule(self, session: Session, interview: date | None = None,
                 hours_per_day: float | None = None, today: date | None = None) -> Schedule:
        """The day-by-day plan to the interview (default: the session's date and hours);
        InputError for a missing, past or far date."""
        from app.practice.schedule import build_schedule

        return build_schedule(session, self.knowledge(), today or self.clock.today(), interview,
                              hours_per_day)

    def report_with_plan(self, session: Session, today: date | None = None) -> Report:
        """What exports print: the report with the user's edits and, once an interview date is
        set (and still ahead), the day-by-day plan."""
        import dataclasses

        from app.errors import InputError

        report = session.effective_report()
        if not session.plan.interview_date:
            return report
        try:
            plan = self.schedule(session, today=today)
        except InputError:
            return report  # the interview day has passed: nothing left to plan
        return dataclasses.replace(report, schedule=plan.days)

    # ------------------------------------------------------------------ exporting
    def render_cheatsheet(self, report: Report, paper: str = "letter") -> bytes:
        """The one-page cheat sheet as PDF bytes (Print and preview)."""
        from app.export import render_cheatsheet_pdf

        return render_cheatsheet_pdf(report, self.knowledge(), paper)

    def export(self, report: Report, kind: str, path: str | os.PathLike[str],
               paper: str = "letter", inputs: dict[str, str] | None = None) -> str:
        """Write one export atomically (`kind` in EXPORT_KINDS); returns the path written.

        Give `session.effective_report()` so the user's edits are in it. The path is checked
        before anything is rendered (`app.outputs.check_output`): never one of `inputs`
        (path -> "resume", ...), a folder, a device, a FIFO or a socket."""
        from app import export
        from app.outputs import check_output

        if kind not in EXPORT_KINDS:
            raise ValueError(f"unknown export {kind!r}; choose one of {', '.join(EXPORT_KINDS)}")
        check_output(path, EXPORT_KINDS[kind].lower(), inputs)
        knowledge = self.knowledge()
        if kind == "cheatsheet":
            export.write_cheatsheet(report, knowledge, path, paper=paper)
        elif kind == "report":
            export.write_report(report, knowledge, path, paper=paper)
        elif kind == "stories":
            export.write_stories_docx(report, knowledge, path)
        elif kind == "calendar":
            from app.practice.ics import calendar_text
            from app.sessions import session_title

            if not report.schedule:
                raise ExportError("There is no plan to put in a calendar yet: give the "
                                  "interview date on the Plan page (or --interview-date).")
            title = session_title(report)
            last = date.fromisoformat(report.schedule[-1].date)
            text = calendar_text(report.schedule, title, self.clock.now(),
                                 (last + timedelta(days=1)).isoformat(),
                                 key=f"{report.resume.source.path}|{title}")
            export.write_calendar_text(text, path)
        else:
            raise ValueError(f"unknown export {kind!r}; choose one of {', '.join(EXPORT_KINDS)}")
        return str(path)
