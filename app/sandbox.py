"""Reading untrusted files in a separate worker process, on a budget of time and memory.

A resume or posting is somebody else's file: a PDF can draw one form a billion times, hold
millions of glyphs on a page, or be a DOCX of thirty thousand paragraphs. Reading happens in
a worker process so such a file costs the user one clear message, never the app: the worker
gets `BUDGET` (wall-clock seconds and memory) per request and is killed when it runs over,
when the caller cancels, or when it crashes inside a C library.

- Memory: RLIMIT_AS in the worker where the OS enforces it (Linux), and on every platform the
  parent polls the worker's resident memory while it waits and kills it past the budget
  (macOS and Windows do not enforce RLIMIT_AS; no Job objects needed).
- Time: the parent waits on the pipe with a deadline; waiting releases the GIL, so a window
  that waits in a worker thread keeps painting, and the worker's own GIL is in another
  process (MuPDF can hold it for minutes without the window noticing).
- Start: `spawn` (a fresh interpreter: safe from a multi-threaded GUI, and what macOS and
  Windows use; a PyInstaller build runs it through `multiprocessing.freeze_support()` in its
  entry point) or `fork` on Linux for a single-threaded command line (no start-up imports).
  A worker is reused between requests and can be started ahead of need (`ReaderPool.prestart`),
  so the window pays no start-up on the first read.

Qt-free; the CLI and the window both reach it through `app.workflow.Workflow`.
"""

from __future__ import annotations

import contextlib
import importlib
import multiprocessing
import os
import pickle
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from app.errors import Cancelled, InputError, LoopReadyError

__all__ = ["BUDGET", "Budget", "ReaderPool", "default_pool", "process_rss"]


@dataclass(frozen=True)
class Budget:
    """What one read may cost: wall-clock seconds and memory (resident, and address space
    where the OS enforces a limit)."""

    seconds: float
    memory_mb: int


#: The one place the reading budget is named. A normal two-page resume reads in ~0.2 s and
#: ~100 MB; the budget is fifty times that, and still ends any hostile file well within 20 s.
BUDGET = Budget(seconds=10.0, memory_mb=1024)

#: modules a worker imports before it says it is ready (the first read does not pay for them)
WARM_MODULES = ("pymupdf", "docx", "app.reading.resume", "app.reading.jobs", "app.page_images")
START_TIMEOUT = 60.0  # a worker that cannot start in this time is broken, not busy
MAX_RESULT_BYTES = 512 * 1024 * 1024  # what a worker may send back (page images included)
RECYCLE_RSS = 400 * 1024 * 1024  # a worker left this large after a read is replaced
POLL = 0.05  # seconds between checks of the deadline, the cancel flag and the memory


# ---------------------------------------------------------------------- memory of a process


def process_rss(pid: int) -> int | None:
    """Resident memory of process `pid` in bytes (None when it cannot be measured)."""
    try:
        if sys.platform.startswith("linux"):
            with open(f"/proc/{pid}/statm", "rb") as fh:
                return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        if sys.platform == "darwin":
            return _darwin_rss(pid)
        if sys.platform == "win32":
            return _windows_rss(pid)
    except (OSError, ValueError, IndexError, AttributeError):
        return None
    return None


def _darwin_rss(pid: int) -> int | None:
    """proc_pid_rusage (libproc): the physical footprint Activity Monitor shows."""
    import ctypes
    import ctypes.util

    lib = ctypes.CDLL(ctypes.util.find_library("proc") or "/usr/lib/libproc.dylib")
    buf = ctypes.create_string_buffer(1024)  # rusage_info_v2 is 160 bytes; room to spare
    if lib.proc_pid_rusage(ctypes.c_int(pid), ctypes.c_int(2), buf) != 0:
        return None
    resident = int.from_bytes(buf.raw[64:72], sys.byteorder)  # ri_resident_size
    footprint = int.from_bytes(buf.raw[72:80], sys.byteorder)  # ri_phys_footprint
    return max(resident, footprint)


def _windows_rss(pid: int) -> int | None:
    """K32GetProcessMemoryInfo: the larger of the working set and the private commit."""
    import ctypes
    from ctypes import wintypes

    class Counters(ctypes.Structure):
        _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD),
                    ("PeakWorkingSetSize", ctypes.c_size_t), ("WorkingSetSize", ctypes.c_size_t),
                    ("QuotaPeakPagedPoolUsage", ctypes.c_size_t),
                    ("QuotaPagedPoolUsage", ctypes.c_size_t),
                    ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t),
                    ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
                    ("PagefileUsage", ctypes.c_size_t), ("PeakPagefileUsage", ctypes.c_size_t)]

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.OpenProcess.argtypes = [wintypes.DWORD, wintypes.BOOL, wintypes.DWORD]
    kernel32.K32GetProcessMemoryInfo.argtypes = [wintypes.HANDLE, ctypes.c_void_p, wintypes.DWORD]
    kernel32.CloseHandle.argtypes = [wintypes.HANDLE]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return None
    try:
        counters = Counters()
        counters.cb = ctypes.sizeof(Counters)
        if not kernel32.K32GetProcessMemoryInfo(handle, ctypes.byref(counters), counters.cb):
            return None
        return max(counters.WorkingSetSize, counters.PagefileUsage)
    finally:
        kernel32.CloseHandle(handle)


# ---------------------------------------------------------------------- inside the worker


def _limit_memory(memory_mb: int) -> int:
    """Cap this process's address space where the OS enforces it; returns the cap (0: none)."""
    try:
        import resource
    except ImportError:  # Windows: the parent's polling is the limit
        return 0
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # a crash leaves no core file behind
    if not sys.platform.startswith("linux"):
        return 0  # macOS accepts RLIMIT_AS but does not enforce it
    limit = memory_mb * 1024 * 1024
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ValueError, OSError):
        return 0
    return limit


def _near_limit(limit: int) -> bool:
    """Did this process come close to its address-space cap (an allocation failed there)?"""
    if not limit:
        return False
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmPeak:"):
                    return int(line.split()[1]) * 1024 >= 0.9 * limit
    except (OSError, ValueError, IndexError):
        pass
    return False


def _resolve(name: str) -> Callable[..., Any]:
    module, _, attr = name.partition(":")
    target: Any = importlib.import_module(module)
    for part in attr.split("."):
        target = getattr(target, part)
    return target


def _portable(exc: BaseException) -> BaseException:
    """The exception itself if it survives pickling, else a plain one with the same text."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


def worker_main(requests: Any, answers: Any, memory_mb: int, hard_limit: bool,
                warm: Sequence[str]) -> None:
    """The worker process: limit itself, import what reading needs, then answer requests
    (`(function name, args)`) one at a time until the pipe closes or None arrives.

    Two one-way pipes, not a socket pair: the app opens no socket of any kind."""
    import signal

    with contextlib.suppress(ValueError, OSError, AttributeError):
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
    limit = _limit_memory(memory_mb) if hard_limit else 0
    for name in warm:
        with contextlib.suppress(Exception):
            importlib.import_module(name)
    from app.compile_cache import seen_since_settled, settle

    settle()  # its imports' patterns kept for the next start; nothing once files are read
    parent = os.getppid()
    answers.send(("ready", os.getpid()))
    while True:
        try:
            while not requests.poll(1.0):
                if os.getppid() != parent:
                    return  # the app is gone (killed): so is its reader
            request = requests.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        func, args = request
        kind = "ok"
        try:
            value = _resolve(func)(*args)
            # with the keys of the app's literal patterns compiled here (the parent learns
            # them, checked against its own code: `compile_cache.learn_from_worker`)
            data = pickle.dumps((kind, value, seen_since_settled()),
                                protocol=pickle.HIGHEST_PROTOCOL)
        except MemoryError:
            kind = "memory"
        except BaseException as exc:  # every failure goes back to the caller
            kind = "memory" if _near_limit(limit) else "error"
            if kind == "error":
                data = pickle.dumps((kind, _portable(exc), seen_since_settled()))
        if kind == "memory":
            data = pickle.dumps((kind, None, []))
        try:
            answers.send_bytes(data)
        except (OSError, ValueError):
            return
        if kind == "memory":
            return  # after running out of memory this process is not to be trusted again


# ---------------------------------------------------------------------- the parent's side


class WorkerLost(LoopReadyError):
    """The worker process could not be started (a broken installation, not a bad file)."""

    exit_code = 1


class _Worker:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, method: str, budget: Budget, hard_limit: bool, warm: Sequence[str]) -> None:
        ctx: Any = multiprocessing.get_context(method)
        their_requests, self.requests = ctx.Pipe(duplex=False)
        self.conn, their_answers = ctx.Pipe(duplex=False)  # answers arrive on self.conn
        self.process = ctx.Process(target=worker_main, name="loopready-reader", daemon=True,
                                   args=(their_requests, their_answers, budget.memory_mb,
                                         hard_limit, tuple(warm)))
        self.process.start()
        sys.audit("loopready.reader.start", self.process.pid, method)
        their_requests.close()
        their_answers.close()
        self.ready = False
        self.calls = 0

    @property
    def pid(self) -> int | None:
        return self.process.pid

    def alive(self) -> bool:
        return self.process.is_alive()

    def kill(self) -> None:
        with contextlib.suppress(Exception):
            self.process.kill()
        with contextlib.suppress(Exception):
            self.process.join(5)
        for end in (self.conn, self.requests):
            with contextlib.suppress(Exception):
                end.close()

    def close(self) -> None:
        """Ask it to finish (it answers nothing more), then make sure it is gone and reaped."""
        with contextlib.suppress(Exception):
            self.requests.send(None)
        with contextlib.suppress(Exception):
            self.process.join(1.0)
        self.kill()


@dataclass(frozen=True)
class Subject:
    """What is being read, for the messages: 'resume.pdf' and what the user can do instead."""

    name: str
    advice: str = "Export it again from your editor, or paste the text."


class ReaderPool:
    """Worker processes for reading, reused between requests (at most `keep` idle ones).

    Thread-safe: each concurrent request gets its own worker, so a window never waits for a
    request it has superseded."""

    def __init__(self, budget: Budget = BUDGET, method: str | None = None,
                 hard_limit: bool = True, warm: Sequence[str] = WARM_MODULES,
                 keep: int = 1, requests: int = 0) -> None:
        self.budget = budget
        self.method = method or "spawn"
        self.hard_limit = hard_limit
        self.warm = tuple(warm)
        self.keep = keep
        # the requests the caller will make in all (0: not known): once that many are
        # answered, a worker is stopped as it comes back instead of kept idle. A forked
        # worker shares its pages with the app until either writes them: stopped, it no
        # longer makes the app copy each page the app writes first (the command line's
        # analysis and exports: ~10 ms of page copies). A later request starts a new one.
        self.requests = requests
        self._answered = 0
        self._idle: list[_Worker] = []
        self._busy: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False

    @property
    def forks(self) -> bool:
        """True when workers are forked from this process (they inherit its modules and
        state; no other thread may run while one forks)."""
        return self.method == "fork"

    # -------------------------------------------------------------- lifecycle
    def prestart(self) -> None:
        """Start a worker now (it imports in the background) so the next read finds it ready."""
        with self._lock:
            if self._closed or self._idle:
                return
            self._idle.append(self._new())

    def _new(self) -> _Worker:
        try:
            return _Worker(self.method, self.budget, self.hard_limit, self.warm)
        except (OSError, ValueError, RuntimeError) as exc:
            raise WorkerLost(f"LoopReady could not start its file reader ({exc}). "
                             "Close other programs and try again, or reinstall LoopReady.") from exc

    def _take(self) -> _Worker:
        with self._lock:
            if self._closed:
                raise WorkerLost("LoopReady is closing; the file was not read.")
            while self._idle:
                worker = self._idle.pop()
                if worker.alive():
                    break
                worker.kill()
            else:
                worker = self._new()
            self._busy.add(worker)
            return worker

    def _give_back(self, worker: _Worker, healthy: bool) -> None:
        with self._lock:
            self._busy.discard(worker)
            self._answered += 1
            done = 0 < self.requests <= self._answered
            rss = process_rss(worker.pid) if healthy and worker.pid and not done else None
            reuse = (healthy and not done and not self._closed and len(self._idle) < self.keep
                     and worker.alive() and (rss is None or rss < RECYCLE_RSS))
            if reuse:
                self._idle.append(worker)
        if not reuse:
            worker.kill() if not healthy else worker.close()

    def close(self) -> None:
        """Stop every worker (idle ones politely, busy ones at once)."""
        with self._lock:
            self._closed = True
            idle, busy = list(self._idle), list(self._busy)
            self._idle.clear()
        for worker in idle:
            worker.close()
        for worker in busy:
            worker.kill()

    def worker_pids(self, busy_only: bool = False) -> list[int]:
        """Process ids of the live workers, or of those reading now (tests, diagnostics)."""
        with self._lock:
            workers = self._busy if busy_only else (*self._idle, *self._busy)
            return [w.pid for w in workers if w.pid and w.alive()]

    # -------------------------------------------------------------- one request
    def run(self, func: str, args: tuple[Any, ...], subject: Subject,
            cancel: threading.Event | None = None,
            tick: Callable[[float], None] | None = None,
            budget: Budget | None = None) -> Any:
        """`func(*args)` (a "module:function" name) in a worker within the budget.

        Raises what the function raised (InputError, ...), `InputError` when the budget runs
        out or the worker dies, `Cancelled` when `cancel` is set. `tick(seconds)` is called
        about once a second while it runs (for a progress line)."""
        budget = budget or self.budget
        worker = self._take()
        healthy = False
        try:
            self._wait_ready(worker, cancel)
            worker.requests.send((func, args))
            worker.calls += 1
            status, value = self._wait_answer(worker, subject, budget, cancel, tick)
            healthy = status in ("ok", "error")
            if status == "ok":
                return value
            if status == "error":
                raise value
            raise _too_much_memory(subject, budget)
        finally:
            self._give_back(worker, healthy)

    def _wait_ready(self, worker: _Worker, cancel: threading.Event | None) -> None:
        if worker.ready:
            return
        end = time.monotonic() + START_TIMEOUT
        while not worker.conn.poll(POLL):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            if not worker.alive() or time.monotonic() > end:
                raise WorkerLost("LoopReady's file reader did not start "
                                 f"(exit code {worker.process.exitcode}). Try again, or "
                                 "reinstall LoopReady if it keeps happening.")
        try:
            kind, _pid = worker.conn.recv()
        except (EOFError, OSError) as exc:
            raise WorkerLost("LoopReady's file reader stopped while starting. Try again, or "
                             "reinstall LoopReady if it keeps happening.") from exc
        worker.ready = kind == "ready"

    def _wait_answer(self, worker: _Worker, subject: Subject, budget: Budget,
                     cancel: threading.Event | None,
                     tick: Callable[[float], None] | None) -> tuple[str, Any]:
        start = time.monotonic()
        deadline = start + budget.seconds
        limit = budget.memory_mb * 1024 * 1024
        next_tick = start + 1.0
        pid = worker.pid or 0
        while not worker.conn.poll(POLL):
            now = time.monotonic()
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            if now > deadline:
                raise InputError(f"{subject.name} takes too long to read (more than "
                                 f"{budget.seconds:g} s). {subject.advice}")
            rss = process_rss(pid)
            if rss is not None and rss > limit:
                return "memory", None
            if not worker.alive():
                break
            if tick is not None and now >= next_tick:
                tick(now - start)
                next_tick += 1.0
        try:
            data = worker.conn.recv_bytes(MAX_RESULT_BYTES)
        except (EOFError, OSError):
            worker.process.join(1.0)
            code = worker.process.exitcode
            if code == -9:
                return "memory", None  # the system's out-of-memory killer
            raise InputError(f"{subject.name} could not be read: the reader stopped on it "
                             f"(exit code {code}). {subject.advice}") from None
        status, value, seen = pickle.loads(data)
        if seen:
            from app.compile_cache import learn_from_worker

            learn_from_worker(seen)
        return status, value


def _too_much_memory(subject: Subject, budget: Budget) -> InputError:
    return InputError(f"{subject.name} needs more memory to read than any resume should "
                      f"(over {budget.memory_mb // 1024 or 1} GB). {subject.advice}"
                      if budget.memory_mb >= 1024 else
                      f"{subject.name} needs more memory to read than any resume should "
                      f"(over {budget.memory_mb} MB). {subject.advice}")


_DEFAULT: ReaderPool | None = None
_DEFAULT_LOCK = threading.Lock()


def default_pool() -> ReaderPool:
    """The process's shared pool (one idle worker at most), closed at exit."""
    global _DEFAULT
    with _DEFAULT_LOCK:
        if _DEFAULT is None:
            import atexit

            _DEFAULT = ReaderPool()
            atexit.register(_DEFAULT.close)
        return _DEFAULT
