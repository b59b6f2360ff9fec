"""Issue 14's hostile classes played on a real MainWindow (offscreen), with a probe that proves
the window stayed alive: a 50 ms QTimer on the UI thread records every tick (the longest gap
between ticks is how long the window was frozen) and samples the memory of the window's
process and of its reading workers.

Used in-process by test_hostile_window.py (pytest-qt) and, for peak memory per class, in a
fresh process by `python -m tests.hardening.window_scenarios CLASS...` (test_hostile_window and
bench/bench_hostile.py), which prints one JSON line per class."""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer

from app.sandbox import process_rss

SAMPLE = Path(__file__).resolve().parents[2] / "app" / "resources" / "sample"
JOB = SAMPLE / "sample_job.txt"
TICK_MS = 50


def _hwm(pid: int) -> int:
    """Peak resident memory of a live process so far (Linux VmHWM), else its current RSS."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return process_rss(pid) or 0


@dataclass
class Outcome:
    """What one class did to the window."""

    case: str
    seconds: float = 0.0  # from the user's action to the message (or the result)
    message: str = ""  # what the window said
    ok: bool = False  # the outcome the class expects (refused with a message, or shown)
    max_gap_ms: float = 0.0  # the longest the UI thread went without a tick
    ticks: int = 0
    progress: list[str] = field(default_factory=list)  # the progress lines seen while busy
    window_mb: float = 0.0  # peak resident memory of the window's process
    worker_mb: float = 0.0  # peak resident memory of its reading workers
    details: dict[str, Any] = field(default_factory=dict)


class Probe:
    """A 50 ms ticker on the UI thread that measures freezes and samples memory."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.stamps: list[float] = []
        self.progress: list[str] = []
        self.window_peak = 0
        self.worker_peak = 0

    def _tick(self) -> None:
        self.stamps.append(time.perf_counter())
        busy = self.window.start.busy_text()
        if busy and (not self.progress or self.progress[-1] != busy):
            self.progress.append(busy)
        self.window_peak = max(self.window_peak, process_rss(os.getpid()) or 0)
        for pid in self.window.workflow.reader.worker_pids():
            self.worker_peak = max(self.worker_peak, _hwm(pid))

    def __enter__(self) -> Probe:
        self.stamps = [time.perf_counter()]
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.stop()
        self._tick()

    def fill(self, out: Outcome) -> Outcome:
        gaps = [b - a for a, b in zip(self.stamps, self.stamps[1:], strict=False)]
        out.max_gap_ms = round(1000 * max(gaps, default=0.0), 1)
        out.ticks = len(self.stamps)
        out.progress = self.progress[:]
        out.window_mb = round(self.window_peak / 2 ** 20, 1)
        out.worker_mb = round(self.worker_peak / 2 ** 20, 1)
        return out


def wait_for(*signals: Any, timeout: float = 60.0) -> tuple[int, tuple] | None:
    """Spin the event loop until one of `signals` fires: (its index, its args), or None."""
    loop = QEventLoop()
    got: list[tuple[int, tuple]] = []
    slots = []
    for i, sig in enumerate(signals):
        def slot(*args: object, i: int = i) -> None:
            got.append((i, args))
            loop.quit()

        sig.connect(slot)
        slots.append((sig, slot))
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    loop.exec()
    for sig, slot in slots:
        sig.disconnect(slot)
    return got[0] if got else None


def wait_until(condition: Any, timeout: float) -> bool:
    end = time.perf_counter() + timeout
    while time.perf_counter() < end:
        if condition():
            return True
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()
    return condition()


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().split()[2] != "Z"
    except (OSError, IndexError):
        return False


# ---------------------------------------------------------------------- the classes


def refused(window: Any, case: str, resume: Path, expect: str, timeout: float = 40) -> Outcome:
    """Drop a hostile resume (the job is already there): a message, never a frozen window."""
    out = Outcome(case)
    window.start.set_job_path(str(JOB))
    with Probe(window) as probe:
        start = time.perf_counter()
        window.start.set_resume_path(str(resume))
        got = wait_for(window.analysis_failed, window.analysis_finished, timeout=timeout)
        out.seconds = round(time.perf_counter() - start, 2)
    probe.fill(out)
    out.message = got[1][0] if got and got[0] == 0 else ""
    out.ok = bool(got and got[0] == 0 and expect in out.message and not window.start.is_busy()
                  and window.start.error_text() == out.message)
    window.start.reset_inputs()
    return out


def cancelled(window: Any, case: str, resume: Path, after: float = 1.5) -> Outcome:
    """Drop a PDF that never finishes, press Cancel: the worker is killed, the window is free."""
    out = Outcome(case)
    window.start.set_job_path(str(JOB))
    with Probe(window) as probe:
        window.start.set_resume_path(str(resume))
        wait_until(lambda: False, after)
        busy = window.workflow.reader.worker_pids(busy_only=True)
        start = time.perf_counter()
        window.start.cancel_button.click()
        dead = wait_until(lambda: not any(_alive(p) for p in busy), 5.0)
        out.seconds = round(time.perf_counter() - start, 2)
        wait_until(lambda: False, 0.3)  # a stale result would arrive here: it must not
    probe.fill(out)
    out.message = window.start.banner.message()
    out.details = {"workers_killed": len(busy), "dead": dead,
                   "busy_after": window.start.is_busy()}
    out.ok = bool(busy and dead and not window.start.is_busy() and "Stopped" in out.message
                  and not window.showing_workspace())
    window.start.reset_inputs()
    return out


def shown(window: Any, case: str, resume: Path, timeout: float = 120) -> Outcome:
    """A resume that is strange but not hostile (giant pages): analysed and shown, its page
    images within the pixel budget."""
    from app.page_images import PAGE_PIXELS, TOTAL_PIXELS

    out = Outcome(case)
    window.start.set_job_path(str(JOB))
    with Probe(window) as probe:
        start = time.perf_counter()
        window.start.set_resume_path(str(resume))
        got = wait_for(window.analysis_finished, window.analysis_failed, timeout=timeout)
        out.seconds = round(time.perf_counter() - start, 2)
        if got and got[0] == 0:
            wait_for(window.pages_filled, timeout=30)
    probe.fill(out)
    pages = window._pages or []
    sizes = [(p.image.width(), p.image.height()) for p in pages]
    out.details = {"page_images": sizes}
    out.message = "" if got and got[0] == 0 else (got[1][0] if got else "timed out")
    out.ok = bool(got and got[0] == 0 and sizes and all(w * h <= PAGE_PIXELS for w, h in sizes)
                  and sum(w * h for w, h in sizes) <= TOTAL_PIXELS)
    return out


def _analyse(window: Any, resume: Path, job: Path = JOB, timeout: float = 120) -> bool:
    window.start.set_job_path(str(job))
    window.start.set_resume_path(str(resume))
    got = wait_for(window.analysis_finished, window.analysis_failed, timeout=timeout)
    if not got or got[0] != 0:
        return False
    wait_for(window.pages_filled, timeout=30)
    return True


def surrogates(window: Any, case: str, resume: Path, export_to: Path) -> Outcome:
    """A lone surrogate from a PDF's text layer and from an edit: autosave, export and close
    all work, and the edit is kept (the surrogate becomes U+FFFD, nothing else changes)."""
    from app import sessions

    out = Outcome(case)
    with Probe(window) as probe:
        start = time.perf_counter()
        analysed = _analyse(window, resume)
        saved = analysed and wait_for(window.session_saved, timeout=20) is not None
        sid = window.session().report.stories[0].id if analysed else ""
        edit = "Cut the bill by 40% \ud800 (the ops team agreed)."
        if analysed:
            window.edit_story(sid, "result", edit)
        edited_saved = wait_for(window.session_saved, window.analysis_failed, timeout=20)
        window.export("report", str(export_to), "letter")
        exported = wait_for(window.export_finished, timeout=60)
        out.seconds = round(time.perf_counter() - start, 2)
    probe.fill(out)
    autosave = Path(edited_saved[1][0]) if edited_saved and edited_saved[0] == 0 else None
    kept = sessions.load_session(autosave).story(sid).result if autosave else ""
    want = edit.replace("\ud800", "\ufffd")
    errors = window.workspace.banner.message() if window.workspace else ""
    out.details = {"analysed": analysed, "first_autosave": saved, "autosave": str(autosave),
                   "kept": kept == want, "exported": bool(exported),
                   "banner": errors}
    out.message = errors
    out.ok = bool(analysed and saved and autosave and kept == want and exported
                  and "failed" not in errors.lower())
    return out


def long_edit(window: Any, case: str, export_to: Path) -> Outcome:
    """3,000,000 characters into a story field: kept to the field's ceiling with a message,
    autosaved, exported with the cut shown, the window responsive throughout."""
    out = Outcome(case)
    if window.session() is None and not _analyse(window, SAMPLE / "sample_resume.pdf"):
        out.message = "the sample did not analyse"
        return out
    sid = window.session().report.stories[0].id
    window.show_story(sid)
    with Probe(window) as probe:
        start = time.perf_counter()
        window.edit_story(sid, "action", ("Migrated the batch jobs to spot instances. " * 70000)[:3_000_000])
        out.message = window.workspace.banner.message() if window.workspace else ""
        saved = wait_for(window.session_saved, timeout=20)
        window.export("report", str(export_to), "letter")
        exported = wait_for(window.export_finished, timeout=60)
        out.seconds = round(time.perf_counter() - start, 2)
    probe.fill(out)
    kept = window.session().story(sid).action
    out.details = {"kept_chars": len(kept), "autosaved": bool(saved), "exported": bool(exported)}
    out.ok = bool(saved and exported and 0 < len(kept) <= 20_000 and "20,000" in out.message)
    return out


# ---------------------------------------------------------------------- run in a fresh process

CLASSES = ("nested-forms", "glyph-bomb", "huge-pages", "docx-30000", "cancel", "surrogates",
           "long-edit")


def play(window: Any, case: str, folder: Path) -> Outcome:
    """One class on `window`, starting from an empty start screen."""
    from tests.hardening import hostile_files as h

    if case != "long-edit":
        window.new_analysis()
    if case == "nested-forms":
        return refused(window, case, h.nested_forms_pdf(folder / "forms.pdf"), "too long")
    if case == "glyph-bomb":
        return refused(window, case, h.glyph_bomb_pdf(folder / "glyphs.pdf", pages=3),
                       "more text than a resume")
    if case == "huge-pages":
        return shown(window, case, h.huge_pages_pdf(folder / "wall.pdf"))
    if case == "docx-30000":
        return refused(window, case, h.many_paragraphs_docx(folder / "long.docx"),
                       "longer than a resume")
    if case == "cancel":
        return cancelled(window, case, h.nested_forms_pdf(folder / "forever.pdf"))
    if case == "surrogates":
        return surrogates(window, case, h.surrogate_pdf(folder / "surrogate.pdf"),
                          folder / "report.pdf")
    if case == "long-edit":
        return long_edit(window, case, folder / "long-report.pdf")
    raise ValueError(case)


def main(cases: list[str]) -> int:
    import tempfile

    from PySide6.QtWidgets import QApplication

    from app.views.main_window import MainWindow
    from app.views.settings import Settings
    from app.views.tasks import TaskRunner
    from app.views.theme import Theme

    app = QApplication.instance() or QApplication([])
    window = MainWindow(runner=TaskRunner(app), theme=Theme(app), settings=Settings())
    window.resize(1280, 800)
    window.show()
    wait_until(lambda: False, 1.0)  # shown; the warm-up starts its reader
    with tempfile.TemporaryDirectory(prefix="loopready-hostile-") as tmp:
        for case in cases:
            folder = Path(tmp) / case
            folder.mkdir()
            out = play(window, case, folder)
            print(json.dumps(asdict(out)), flush=True)
        window.close()
        app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or list(CLASSES)))
