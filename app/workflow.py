"""What LoopReady does, as use cases the command line and the window's workers both call.

Read a resume and a job description (a file, or pasted text), analyse them into a Report,
start or reopen a Session, export it, and warm up while the user picks files. No Qt: the
window runs these in its worker threads and shows the progress messages they send; the CLI
calls the same methods and prints JSON.

The state this needs lives in one `Workflow` object, not in module globals: the knowledge
folder it reads, whether the principle model is built yet (the first analysis says it is
preparing it), and one lock so an analysis that starts while the warm-up is still building the
model waits for it instead of building a second one on the same cores.
"""

from __future__ import annotations

import importlib
import os
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app.knowledge import AUTO_ROLE
from app.models.knowledge import Knowledge
from app.models.report import Report
from app.models.resume import JobDescription, Resume
from app.models.session import Session

if TYPE_CHECKING:
    from app.analysis.principles import PrincipleResult

__all__ = ["EXPORT_KINDS", "PREPARING_MODEL", "Progress", "Workflow"]

Progress = Callable[[str], None]

READING_RESUME = "Step 1 of 3 · Reading your resume…"
READING_JOB = "Step 2 of 3 · Reading the job description…"
PREPARING_MODEL = "Preparing the principle model… (first analysis only)"
ANALYSING = "Step 3 of 3 · Analysing: principles, fit, questions, stories…"
OPENING_SESSION = "Opening session…"

#: what `export` writes: kind -> what it is, in the user's words
EXPORT_KINDS = {"cheatsheet": "Cheat sheet", "report": "Full report", "stories": "Stories"}

# imported by the warm-up so the first analysis does not pay for them
HEAVY_MODULES = ("pymupdf", "app.reading.resume", "app.reading.jobs", "app.analysis.pipeline")


def _quiet(_: str) -> None:
    """The default progress: nobody is watching."""


class Workflow:
    """The use cases over one knowledge folder (default: the bundled one). Thread-safe: the
    window calls it from worker threads."""

    def __init__(self, knowledge_root: Path | None = None) -> None:
        self._root = knowledge_root
        self._heavy = threading.Lock()  # warm-up and analysis: one model build at a time
        self._model_ready = threading.Event()

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

    def warm_up(self, modules: Iterable[str] = ()) -> None:
        """Import the heavy modules (and `modules`, e.g. the window's pages), load the knowledge
        and build the model, so the first analysis does not pay for them. Never raises: a real
        problem is reported by the analysis that needs the part that failed."""
        with self._heavy:
            for name in (*HEAVY_MODULES, *modules):
                try:
                    importlib.import_module(name)
                except Exception:
                    pass
            try:
                self._ensure_model(self.knowledge())
            except Exception:
                pass

    # ------------------------------------------------------------------ reading
    def read_resume(self, path: str | os.PathLike[str]) -> Resume:
        """A resume file (PDF, DOCX, TXT, MD); raises InputError with what to do."""
        from app.reading.resume import read_resume

        return read_resume(path)

    def read_job(self, path: str | os.PathLike[str] = "", text: str = "",
                 source: str = "-") -> JobDescription:
        """A job description from a file, or else from pasted `text` (`source` is recorded as
        where it came from: "-" for pasted or standard input)."""
        from app.reading.jobs import read_job, read_job_text

        knowledge = self.knowledge()
        if path:
            return read_job(path, knowledge)
        return read_job_text(text, knowledge, path=source)

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
                      progress: Progress = _quiet) -> Report:
        """Read a resume file and a job description (a file, or pasted text) and analyse them.

        The knowledge is loaded first: a broken knowledge folder is reported before any input."""
        self.knowledge()
        progress(READING_RESUME)
        resume = self.read_resume(resume_path)
        progress(READING_JOB)
        job = self.read_job(job_path, job_text)
        return self.analyse(resume, job, role, progress)

    def new_session(self, resume_path: str, job_path: str = "", job_text: str = "",
                    role: str = AUTO_ROLE, progress: Progress = _quiet) -> Session:
        """A fresh session: the analysis of a resume and a job description, no edits yet."""
        from app import sessions

        report = self.analyse_files(resume_path, job_path, job_text, role, progress)
        return sessions.new_session(report, resume_path=str(resume_path), job_path=str(job_path))

    def open_session(self, path: str | os.PathLike[str], progress: Progress = _quiet) -> Session:
        """A saved (or autosaved) session, checked; raises SessionError with what to do."""
        from app import sessions

        progress(OPENING_SESSION)
        return sessions.load_session(path)

    # ------------------------------------------------------------------ exporting
    def render_cheatsheet(self, report: Report, paper: str = "letter") -> bytes:
        """The one-page cheat sheet as PDF bytes (Print and preview)."""
        from app.export import render_cheatsheet_pdf

        return render_cheatsheet_pdf(report, self.knowledge(), paper)

    def export(self, report: Report, kind: str, path: str | os.PathLike[str],
               paper: str = "letter") -> str:
        """Write one export atomically (`kind` in EXPORT_KINDS); returns the path written.

        Give `session.effective_report()` so the user's edits are in it."""
        from app import export

        knowledge = self.knowledge()
        if kind == "cheatsheet":
            export.write_cheatsheet(report, knowledge, path, paper=paper)
        elif kind == "report":
            export.write_report(report, knowledge, path, paper=paper)
        elif kind == "stories":
            export.write_stories_docx(report, knowledge, path)
        else:
            raise ValueError(f"unknown export {kind!r}; choose one of {', '.join(EXPORT_KINDS)}")
        return str(path)
