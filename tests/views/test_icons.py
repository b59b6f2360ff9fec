"""The window's icons come from qtawesome's Font Awesome files without importing qtawesome:
every icon the app uses is drawn pixel for pixel as qtawesome draws it, in every mode, and a
window on screen has not imported qtawesome (nor qtpy)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from app.views import icons

ROOT = Path(__file__).resolve().parents[2]


def _names_used() -> list[str]:
    """Every "fa5s.*" icon name written in the window's code."""
    found: set[str] = set()
    for path in sorted((ROOT / "app" / "views").glob("*.py")):
        if path.name == "icons.py":
            continue
        found |= set(re.findall(r'"(fa5s\.[a-z0-9-]+)"', path.read_text(encoding="utf-8")))
    return sorted(found)


def test_every_icon_matches_qtawesome_pixel_for_pixel(qtbot) -> None:  # noqa: ANN001, ARG001
    qta = pytest.importorskip("qtawesome")
    names = _names_used()
    assert len(names) >= 15
    # both take the palette's colours when an icon is first made: make them afresh, together
    # (an earlier test may have switched the theme after either cached its icons)
    icons._cache.clear()
    qta.reset_cache()
    for name in names:
        ours, theirs = icons.icon(name), qta.icon(name)
        assert icons.icon(name) is ours  # made once
        for size in (16, 18, 36):
            for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled, QIcon.Mode.Active):
                a = ours.pixmap(QSize(size, size), mode).toImage()
                b = theirs.pixmap(QSize(size, size), mode).toImage()
                assert a == b, (name, size, mode)
        assert not ours.pixmap(QSize(18, 18)).toImage().isNull()


def test_an_unknown_prefix_goes_to_qtawesome(qtbot) -> None:  # noqa: ANN001, ARG001
    pytest.importorskip("qtawesome")
    assert not icons.icon("fa5.bell").isNull()  # the regular style: qtawesome draws it


def test_the_window_shows_without_importing_qtawesome(tmp_path) -> None:  # noqa: ANN001
    """Nor the resume view, which the start screen does not show (its module is imported by
    the warm-up and the workspace, after the window is shown)."""
    code = (
        "import sys\n"
        "from app.views.application import run_gui\n"
        "code = run_gui(['--smoke-exit'])\n"
        "print(sorted(m for m in ('qtawesome', 'qtpy', 'app.views.resume_view')\n"
        "             if m in sys.modules))\n"
        "sys.exit(code)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LOOPREADY_HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "[]"
