"""The window's warm-up: once shown, while the user picks files, it builds the model, reads and
analyses the bundled sample off the UI thread and builds the workspace's pages hidden, so the
first real result only fills them. The other window tests build windows without it."""

from __future__ import annotations

from pathlib import Path


def test_window_warm_up_prepares_the_first_analysis(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window(warm_up=True)
    assert window.stack.currentWidget() is window.start  # the start screen stays in front
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=60_000)
    assert window.workflow.model_ready
    assert window.stack.currentWidget() is window.start and not window.workspace.isVisible()


def test_a_window_without_warm_up_builds_nothing_until_asked(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    qtbot.wait(300)
    assert window.workspace is None and not window.workflow.model_ready


def test_an_analysis_after_the_warm_up_fills_the_prebuilt_pages(qtbot, make_window) -> None:  # noqa: ANN001
    from app.paths import resource

    window = make_window(warm_up=True)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=60_000)
    prebuilt = window.workspace
    with qtbot.waitSignal(window.view_ready, timeout=60_000):
        window.start_analysis(str(Path(resource("sample", "sample_resume.pdf"))),
                              str(Path(resource("sample", "sample_job.txt"))))
    assert window.workspace is prebuilt and window.stack.currentWidget() is prebuilt
