"""The reading worker process (app.sandbox): what a request may cost, and what happens past it.

Each misbehaviour is real (a busy loop, memory really touched, a real abort, a real kill of the
parent): the worker functions are in worker_tasks.py and run in a real worker process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time

import pytest

from app.errors import Cancelled, InputError
from app.sandbox import BUDGET, Budget, ReaderPool, Subject, process_rss

from .helpers import ROOT, child_env

TASKS = "tests.hardening.worker_tasks"
FILE = Subject("hostile.pdf")


@pytest.fixture
def pool():
    readers = ReaderPool(budget=Budget(seconds=3.0, memory_mb=512), warm=())
    yield readers
    readers.close()


def _dead(pid: int, within: float = 5.0) -> bool:
    end = time.monotonic() + within
    while time.monotonic() < end:
        try:
            os.kill(pid, 0)
            with open(f"/proc/{pid}/stat") as fh:  # a zombie is dead too
                if fh.read().split()[2] == "Z":
                    return True
        except (ProcessLookupError, FileNotFoundError):
            return True
        time.sleep(0.05)
    return False


def test_the_budget_is_named_once_and_is_what_the_issue_asks() -> None:
    assert BUDGET.seconds <= 10 and BUDGET.memory_mb <= 1024


def test_a_worker_answers_and_is_reused(pool: ReaderPool) -> None:
    value, pid = pool.run(f"{TASKS}:echo", ("héllo \U0001F680",), FILE)
    again, pid2 = pool.run(f"{TASKS}:echo", ([1, 2],), FILE)
    assert value == "héllo \U0001F680" and again == [1, 2]
    assert pid == pid2 != os.getpid()  # one worker, reused: no start-up per read


def test_a_worker_stops_once_the_requests_announced_are_answered() -> None:
    """The command line says how many files it reads (`requests`): the worker answers them
    all, then stops instead of waiting idle until the exit; a request after that still gets
    a worker, a new one."""
    readers = ReaderPool(budget=Budget(seconds=3.0, memory_mb=512), warm=(), requests=2)
    try:
        _value, pid = readers.run(f"{TASKS}:echo", ("resume",), FILE)
        assert readers.worker_pids() == [pid]  # kept for the second
        _value, pid2 = readers.run(f"{TASKS}:echo", ("posting",), FILE)
        assert pid2 == pid and readers.worker_pids() == [] and _dead(pid)
        value, pid3 = readers.run(f"{TASKS}:echo", ("more",), FILE)
        assert value == "more" and pid3 not in (pid, os.getpid())
    finally:
        readers.close()


def test_a_read_that_never_ends_is_stopped_at_the_deadline(pool: ReaderPool) -> None:
    start = time.monotonic()
    with pytest.raises(InputError, match=r"hostile\.pdf takes too long to read \(more than 3 s\)"):
        pool.run(f"{TASKS}:spin", (60,), FILE)
    assert time.monotonic() - start < 5
    assert pool.worker_pids() == []  # the busy worker was killed, not kept
    assert pool.run(f"{TASKS}:echo", ("next",), FILE)[0] == "next"  # and a new one serves


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS is enforced on Linux")
def test_memory_past_the_budget_is_refused_by_the_address_space_limit(pool: ReaderPool) -> None:
    start = time.monotonic()
    with pytest.raises(InputError, match="more memory to read than any resume should"):
        pool.run(f"{TASKS}:allocate", (2048,), FILE)
    assert time.monotonic() - start < 5


def test_memory_past_the_budget_is_stopped_by_polling_where_no_limit_is_enforced() -> None:
    """What macOS and Windows rely on (no RLIMIT_AS there): the parent watches the worker's
    resident memory and kills it past the budget."""
    readers = ReaderPool(budget=Budget(seconds=20.0, memory_mb=300), hard_limit=False, warm=())
    try:
        with pytest.raises(InputError, match="more memory"):
            readers.run(f"{TASKS}:allocate", (3000, 16, 0.01), FILE)
    finally:
        readers.close()


def test_cancel_kills_the_worker_at_once(pool: ReaderPool) -> None:
    """Cancelled as soon as the first progress tick is heard (a fixed timer raced the worker's
    start on a loaded machine: no tick yet at 1.2 s), the worker is gone at once."""
    cancel = threading.Event()
    ticks: list[float] = []
    cancelled_at: list[float] = []

    def heard(seconds: float) -> None:
        ticks.append(seconds)
        if not cancel.is_set():
            cancelled_at.append(time.monotonic())
            cancel.set()

    fallback = threading.Timer(30.0, cancel.set)  # never hang if no tick comes
    fallback.start()
    try:
        with pytest.raises(Cancelled):
            pool.run(f"{TASKS}:spin", (60,), FILE, cancel=cancel, tick=heard)
    finally:
        fallback.cancel()
    assert ticks and ticks[0] >= 1.0  # progress heard while it ran
    assert time.monotonic() - cancelled_at[0] < 1.0  # and the cancel took effect at once
    assert pool.worker_pids() == []


def test_a_crash_in_the_worker_is_one_clear_error(pool: ReaderPool) -> None:
    with pytest.raises(InputError, match=r"hostile\.pdf could not be read: the reader stopped"):
        pool.run(f"{TASKS}:crash", (), FILE)
    assert pool.run(f"{TASKS}:echo", (1,), FILE)[0] == 1


def test_errors_come_back_as_they_were_raised(pool: ReaderPool) -> None:
    with pytest.raises(InputError, match="^Export it again$"):
        pool.run(f"{TASKS}:fail", ("Export it again",), FILE)
    with pytest.raises(RuntimeError, match="_Unpicklable: 1/2"):
        pool.run(f"{TASKS}:fail_oddly", (), FILE)
    assert len(pool.worker_pids()) == 1  # an error is an answer: the worker stays


def test_concurrent_requests_each_get_a_worker(pool: ReaderPool) -> None:
    """A superseded read still running never delays the next one."""
    slow = threading.Thread(target=lambda: pytest.raises(InputError, pool.run,
                                                         f"{TASKS}:spin", (60,), FILE))
    slow.start()
    time.sleep(0.5)
    start = time.monotonic()
    assert pool.run(f"{TASKS}:echo", ("fast",), FILE)[0] == "fast"
    assert time.monotonic() - start < 2.5
    slow.join(10)


def test_closing_the_pool_stops_its_workers(pool: ReaderPool) -> None:
    pool.prestart()
    pids = pool.worker_pids()
    assert len(pids) == 1
    pool.close()
    assert all(_dead(pid) for pid in pids)


def test_a_killed_app_leaves_no_reader_behind(tmp_path) -> None:  # noqa: ANN001
    """kill -9 of the app: its idle worker notices and exits within a few seconds."""
    code = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from app.sandbox import ReaderPool, Subject
        if __name__ == "__main__":
            pool = ReaderPool(warm=())
            pool.run("tests.hardening.worker_tasks:echo", (1,), Subject("x"))
            print(pool.worker_pids()[0], flush=True)
            time.sleep(60)
        """)
    script = tmp_path / "app_like.py"
    script.write_text(code)
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True,
                            env=child_env(), cwd=ROOT)
    try:
        worker = int(proc.stdout.readline())  # type: ignore[union-attr]
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        assert _dead(worker, within=6.0), "the worker outlived the app"
    finally:
        proc.kill()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_resident_memory_of_a_process_is_measured() -> None:
    rss = process_rss(os.getpid())
    assert rss is not None and 10 * 1024 * 1024 < rss < 8 * 1024 ** 3
    assert process_rss(2 ** 22 + 12345) is None
