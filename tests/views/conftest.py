"""GUI test fixtures: a themed MainWindow on real widgets, offscreen; a guard against leaked windows."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

# Qt warnings that the offscreen platform prints for every window (not our bugs).
QT_LOG_IGNORE = ("propagateSizeHints", "QFont::setPointSizeF", "This plugin does not support")


@pytest.fixture(autouse=True)
def _no_leaked_top_level_windows() -> Iterator[None]:
    """Fail a test that leaves a visible top-level window behind (set up first, checked last)."""
    yield
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    app.processEvents()
    leaked = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for w in leaked:
        w.close()
    assert not leaked, f"test leaked top-level windows: {[type(w).__name__ for w in leaked]}"


@pytest.fixture
def theme(qapp):  # noqa: ANN001
    """The app's theme for one test; the application's look is restored afterwards so other
    tests (the panels' own) see the state they expect."""
    from PySide6.QtGui import QFont, QPalette

    from app.views.theme import Theme

    style, sheet = qapp.style().name(), qapp.styleSheet()
    palette, font = QPalette(qapp.palette()), QFont(qapp.font())
    theme = Theme(qapp)
    yield theme
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setStyle(style)
    theme.setParent(None)


@pytest.fixture
def make_window(qtbot, theme):  # noqa: ANN001
    """Build MainWindows the way run_gui does (closed and checked at the end of the test).

    The warm-up (a reading worker started, the bundled sample read and analysed, the pages
    built hidden while the user picks files) is off unless a test asks for it: it costs about a
    second of CPU per window, and the first analysis does the same work when it is skipped
    (test_window_warm_up_prepares_the_first_analysis checks the warm-up itself)."""
    from app.views.main_window import MainWindow
    from app.views.settings import Settings
    from app.views.tasks import TaskRunner

    made = []

    def make(warm_up: bool = False):
        window = MainWindow(runner=TaskRunner(), theme=theme, settings=Settings(), warm_up=warm_up)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()
        window.runner.wait(10000)


@pytest.fixture
def window(make_window):  # noqa: ANN001
    return make_window()
