"""The off-thread helper: results and exceptions come back on the UI thread; stale ones are dropped."""

from __future__ import annotations

import threading
import time

import pytest
from conftest import QT_LOG_IGNORE
from PySide6.QtCore import QThread

from app.views.tasks import TaskRunner

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)]


def test_result_arrives_on_the_ui_thread(qtbot) -> None:  # noqa: ANN001
    runner = TaskRunner()
    got: list[tuple[object, bool]] = []
    progress: list[str] = []
    worker_threads: list[int] = []

    def work(report):  # noqa: ANN001
        worker_threads.append(threading.get_ident())
        report("half way")
        return 42

    with qtbot.waitSignal(runner.delivered, timeout=5000):
        runner.run("x", work, lambda v: got.append((v, QThread.currentThread().isMainThread())),
                   on_progress=progress.append)
    assert got == [(42, True)]
    assert worker_threads and worker_threads[0] != threading.get_ident()
    assert progress == ["half way"]
    runner.wait()


def test_exception_is_delivered_not_lost(qtbot) -> None:  # noqa: ANN001
    runner = TaskRunner()
    errors: list[BaseException] = []

    def boom(_report):  # noqa: ANN001
        raise ValueError("bad input")

    with qtbot.waitSignal(runner.delivered, timeout=5000):
        runner.run("x", boom, lambda v: pytest.fail("no result expected"), errors.append)
    assert len(errors) == 1 and isinstance(errors[0], ValueError) and str(errors[0]) == "bad input"
    runner.wait()


def test_newer_request_supersedes_older(qtbot) -> None:  # noqa: ANN001
    runner = TaskRunner()
    results: list[str] = []
    release = threading.Event()

    def slow(_report):  # noqa: ANN001
        release.wait(5)
        return "old"

    first = runner.run("analysis", slow, results.append)
    second = runner.run("analysis", lambda _r: "new", results.append)
    assert second > first and runner.is_current("analysis", second)
    qtbot.waitUntil(lambda: results == ["new"], timeout=5000)
    with qtbot.waitSignal(runner.idle, timeout=5000):
        release.set()
    time.sleep(0.05)
    qtbot.wait(50)
    assert results == ["new"]  # the stale "old" was dropped
    # other channels are independent
    with qtbot.waitSignal(runner.delivered, timeout=5000):
        runner.run("export", lambda _r: "file", results.append)
    assert results == ["new", "file"]
    runner.cancel("export")
    runner.wait()
