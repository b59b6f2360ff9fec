"""Each content panel grabbed at 1280x800 (light and dark) to /tmp/panels/<name>.png, with a
check that no visible text is clipped: every label is at least as large as its text needs."""

from __future__ import annotations

from pathlib import Path

import pytest
from panel_fixtures import apply_theme, make_knowledge, make_session
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from app.views.dashboard import DashboardPanel
from app.views.plan_panel import PlanPanel
from app.views.principles_panel import PrinciplesPanel
from app.views.questions_panel import QuestionsPanel
from app.views.story_editor import StoriesPanel

OUT = Path("/tmp/panels")
PANELS = {
    "dashboard": DashboardPanel,
    "principles": PrinciplesPanel,
    "questions": QuestionsPanel,
    "stories": StoriesPanel,
    "plan": PlanPanel,
}


def clipped(panel: QWidget) -> list[str]:
    """Visible labels and buttons smaller than their text needs."""
    bad = []
    for w in panel.findChildren(QLabel):
        if not w.isVisibleTo(panel) or not w.text():
            continue
        if w.wordWrap():
            need = w.heightForWidth(w.width())
            if need > w.height() + 1:
                bad.append(f"{w.text()[:50]!r}: {w.height()}px tall, needs {need}px")
        elif w.minimumSizeHint().width() > w.width() + 1:
            bad.append(f"{w.text()[:50]!r}: {w.width()}px wide, needs "
                       f"{w.minimumSizeHint().width()}px")
    for b in panel.findChildren(QAbstractButton):
        if b.isVisibleTo(panel) and b.text() and b.sizeHint().width() > b.width() + 1:
            bad.append(f"button {b.text()[:50]!r}: {b.width()}px wide, needs "
                       f"{b.sizeHint().width()}px")
    return bad


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", list(PANELS))
def test_panel_screenshot_unclipped(qtbot, name: str, scheme: str) -> None:  # noqa: ANN001
    panel = PANELS[name](knowledge=make_knowledge())
    qtbot.addWidget(panel)
    restore = apply_theme(panel, scheme)
    try:
        panel.resize(1280, 800)
        panel.set_session(make_session())
        if name == "dashboard":
            for key in ("skills", "level"):
                panel.expanders[key].set_expanded(True)
        if name == "principles":
            panel.select_principle("strive-to-be-earths-best-employer")
        panel.show()
        qtbot.waitExposed(panel)
        qtbot.wait(50)
        OUT.mkdir(parents=True, exist_ok=True)
        path = OUT / (f"{name}.png" if scheme == "light" else f"{name}-{scheme}.png")
        assert panel.grab().save(str(path))
        assert path.stat().st_size > 10_000
        assert clipped(panel) == []
        # Narrow window: text reflows rather than clips.
        panel.resize(1000, 700)
        qtbot.wait(50)
        assert clipped(panel) == []
    finally:
        restore()
