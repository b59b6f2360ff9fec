"""On screen, every line the kit writes is whole (no "…" cutting a risk title, a say-line, a
story hook, an angle, a gap script or a number), the name and titles read in readable capitals,
and each thing is said once: the header does not repeat the risks, the Plan names a risk
instead of re-pasting it, the team a posting names appears in one question to ask."""

from __future__ import annotations

import pytest
from conftest import QT_LOG_IGNORE
from PySide6.QtWidgets import QLabel, QWidget
from test_polish import TIMEOUT, open_sample

from app.views.widgets import TextLabel

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)]

TWO_COLUMN = "resumes/pdf/ds_athul_sivan__resume-matcher_latex_2col.pdf"
WORD = "resumes/docx/mern_backend_chinmaya_shah__word.docx"
MLE_JOB = "jobs/amazon_mle_model_deployment_sagemaker__responsibilities_and_quals_only.txt"
SDE_JOB = "jobs/amazon_sde2_selling_partner_services_case_mgmt_A10528516__full.txt"


def _texts(window, page: str) -> list[str]:  # noqa: ANN001
    panel = window.panel(page)
    return [w.text() for w in panel.findChildren(TextLabel) if w.text()]


def _every_detail_text(qtbot, window) -> list[str]:  # noqa: ANN001
    """The text of every page, with every question and every principle opened in turn."""
    report = window.session().report
    texts = []
    for page in ("overview", "plan"):
        window.go_to_page_id(page)
        texts += _texts(window, page)
    window.go_to_page_id("questions")
    questions = window.panel("questions")
    for q in report.questions:
        questions.select_question(q.id)
        texts += _texts(window, "questions")
    window.go_to_page_id("principles")
    principles = window.panel("principles")
    for p in report.principles:
        principles.select_principle(p.id)
        texts += _texts(window, "principles")
    return texts


def _check(qtbot, window) -> None:  # noqa: ANN001
    report = window.session().report
    own = " ".join([report.resume.text, report.job.text] + [b.text for b in report.resume.bullets])
    texts = _every_detail_text(qtbot, window)
    assert texts
    if "\u2026" not in own:
        cut = [t for t in texts if "\u2026" in t]
        assert cut == [], cut[:3]


def test_sample_lines_are_whole_and_said_once(qtbot, window) -> None:  # noqa: ANN001
    session = open_sample(qtbot, window)
    report = session.report
    _check(qtbot, window)
    # the Plan names each risk and links to it; it does not re-paste its reasons
    window.go_to_page_id("plan")
    plan = window.panel("plan")
    plan_text = " ".join(_texts(window, "plan"))
    for risk in report.risks:
        assert risk.why[:60] not in plan_text
    # the team the posting names appears in one question to ask
    team = report.job.team
    assert team
    card = plan.findChild(QWidget, "questions-to-ask")
    asks = [w.text() for w in card.findChildren(TextLabel) if w.text().startswith("\u2022")]
    assert len(asks) == len(report.questions_to_ask)
    assert sum(team in a for a in asks) == 1
    # a risk row in the Plan opens its card on the Overview
    risk = report.risks[0]
    item = next(c for c in report.checklist if c.text.startswith(f"Prepare for risk '{risk.title}'"))
    link = plan.findChild(QWidget, f"risklink-{item.id}")
    link.click()
    assert window.current_page_id() == "overview"
    card = window.panel("overview").findChild(QWidget, f"risk-{risk.id}")
    assert card.property("selected") == "true"


@pytest.mark.parametrize(("resume", "job"), [(TWO_COLUMN, MLE_JOB), (WORD, SDE_JOB)])
def test_corpus_lines_are_whole_and_names_readable(qtbot, window, corpus,  # noqa: ANN001
                                                   resume: str, job: str) -> None:
    with qtbot.waitSignal(window.analysis_finished, timeout=TIMEOUT):
        window.start_analysis(str(corpus / resume), str(corpus / job))
    _check(qtbot, window)
    window.go_to_page_id("overview")
    shown = " ".join(w.text() for w in window.panel("overview").findChildren(QLabel))
    name = window.session().report.resume.name
    if name.isupper() or any(w.isupper() and len(w) > 3 for w in name.split()):
        assert name not in shown  # "Athul SIVAN" / "CHINMAYA SHAH" read in readable capitals
    if window.session().report.fit.level == "below":
        assert "below L4" in window.workspace.header.level_text()
