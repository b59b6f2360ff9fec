"""The content panels on a real analysis: a corpus resume (PDF) against a corpus posting,
read and analysed by the real reader, knowledge and pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from panel_fixtures import apply_theme
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from test_panels_screens import clipped

from app.models.session import SCHEMA_VERSION, Session
from app.views.dashboard import DashboardPanel
from app.views.plan_panel import PlanPanel
from app.views.principles_panel import PrinciplesPanel
from app.views.questions_panel import QuestionsPanel
from app.views.story_editor import StoriesPanel
from app.views.widgets import count_placeholders

RESUME = "resumes/pdf/mle_harvey_dent__resume-matcher_moderncv.pdf"
JOB = "jobs/amazon_mle_model_deployment_sagemaker__responsibilities_and_quals_only.txt"


@pytest.fixture(scope="module")
def real_session(corpus: Path, knowledge) -> Session:  # noqa: ANN001
    from app.analysis.pipeline import analyze
    from app.reading.jobs import read_job
    from app.reading.resume import read_resume

    report = analyze(read_resume(corpus / RESUME), read_job(corpus / JOB, knowledge), knowledge)
    return Session(schema=SCHEMA_VERSION, report=report, title="real")


def test_real_report_fills_every_panel(qtbot, real_session, knowledge) -> None:  # noqa: ANN001
    report = real_session.report
    dash = DashboardPanel(knowledge=knowledge)
    princ = PrinciplesPanel(knowledge=knowledge)
    ques = QuestionsPanel(knowledge=knowledge)
    stories = StoriesPanel(knowledge=knowledge)
    plan = PlanPanel(knowledge=knowledge)
    for panel in (dash, princ, ques, stories, plan):
        qtbot.addWidget(panel)
        panel.set_session(real_session)
    assert sorted(dash.reason_points()) == sorted(r.points for r in report.fit.reasons)
    assert len(princ.cards) == len(report.principles) == 16
    assert len(ques.cards) == len(report.questions)
    assert len(stories.cards) == len(report.stories)
    assert set(plan.boxes) == {c.id for c in report.checklist}
    for s in report.stories:
        want = sum(count_placeholders(getattr(s, f)) for f in
                   ("title", "situation", "task", "action", "result"))
        assert stories.placeholder_count(s.id) == want
    # Clicking a principle with evidence shows its bullets' text.
    rated = next(p for p in report.principles if p.evidence)
    with qtbot.waitSignal(princ.principle_selected, timeout=1000) as sig:
        qtbot.mouseClick(princ.cards[rated.id], Qt.MouseButton.LeftButton)
    assert sig.args == [rated.id]
    shown = " ".join(w.text() for w in princ.detail_page.findChildren(QLabel))
    assert report.resume.bullet(rated.evidence[0]).text in shown
    # A question with a story opens it.
    q = next(q for q in report.questions if q.story_id)
    ques.select_question(q.id)
    with qtbot.waitSignal(ques.story_requested, timeout=1000) as sig:
        ques.open_story_button.click()
    assert sig.args == [q.story_id]


@pytest.mark.parametrize("name", ["dashboard", "principles", "questions", "stories", "plan"])
def test_real_report_screenshots_unclipped(qtbot, real_session, knowledge,  # noqa: ANN001
                                           name: str) -> None:
    cls = {"dashboard": DashboardPanel, "principles": PrinciplesPanel,
           "questions": QuestionsPanel, "stories": StoriesPanel, "plan": PlanPanel}[name]
    panel = cls(knowledge=knowledge)
    qtbot.addWidget(panel)
    restore = apply_theme(panel, "light")
    try:
        panel.resize(1280, 800)
        panel.set_session(real_session)
        if name == "dashboard":
            for exp in list(panel.expanders.values()):  # opening one may add folded ones
                exp.set_expanded(True)
        panel.show()
        qtbot.waitExposed(panel)
        qtbot.wait(50)
        out = Path("/tmp/panels")
        out.mkdir(parents=True, exist_ok=True)
        assert panel.grab().save(str(out / f"{name}-real.png"))
        assert clipped(panel) == []
    finally:
        restore()
