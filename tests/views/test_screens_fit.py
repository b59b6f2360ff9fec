"""Every page of the real window, from 1024x640 to 4K and at device pixel ratio 2: no text
is clipped without a scroll bar to reach it; right-hand panes scroll or reflow; a 4K window
keeps lines at a readable width."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import QT_LOG_IGNORE
from layout_check import clipped_text
from test_polish import TIMEOUT, open_sample

from app.views.widgets import Card, ScrollPage

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)]

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SIZES = ((1024, 640), (1440, 900), (1920, 1080), (3840, 2160))
PAGES = ("overview", "resume", "principles", "questions", "stories", "practice", "plan")
TWO_COLUMN = "resumes/pdf/ds_athul_sivan__resume-matcher_latex_2col.pdf"
WORD = "resumes/docx/mern_backend_chinmaya_shah__word.docx"
MLE_JOB = "jobs/amazon_mle_model_deployment_sagemaker__responsibilities_and_quals_only.txt"
SDE_JOB = "jobs/amazon_sde2_selling_partner_services_case_mgmt_A10528516__full.txt"


def _visit_all(qtbot, window) -> dict[str, list[str]]:  # noqa: ANN001
    found = {}
    for width, height in SIZES:
        window.resize(width, height)
        for page in PAGES:
            window.go_to_page_id(page)
            qtbot.wait(60)
            bad = clipped_text(window)
            if bad:
                found[f"{width}x{height}/{page}"] = bad[:5]
    return found


def test_sample_every_page_every_size_unclipped(qtbot, window) -> None:  # noqa: ANN001
    open_sample(qtbot, window)
    assert _visit_all(qtbot, window) == {}


@pytest.mark.parametrize(("resume", "job"), [(TWO_COLUMN, MLE_JOB), (WORD, SDE_JOB)])
def test_corpus_resumes_every_page_every_size_unclipped(qtbot, window, corpus,  # noqa: ANN001
                                                         resume: str, job: str) -> None:
    with qtbot.waitSignal(window.analysis_finished, timeout=TIMEOUT):
        window.start_analysis(str(corpus / resume), str(corpus / job))
    assert _visit_all(qtbot, window) == {}


def test_4k_keeps_lines_at_a_readable_width(qtbot, window) -> None:  # noqa: ANN001
    open_sample(qtbot, window)
    window.resize(3840, 2160)
    window.go_to_page_id("overview")
    qtbot.wait(80)
    page = window.panel("overview").findChild(ScrollPage)
    cards = [c for c in page.findChildren(Card) if c.isVisible()]
    assert cards
    assert max(c.width() for c in cards) <= page.max_width
    # centred: the same room on both sides
    margins = page.layout_.contentsMargins()
    assert abs(margins.left() - margins.right()) <= 1 and margins.left() > 500


def test_narrow_overview_stacks_risk_cards_instead_of_clipping(qtbot, window) -> None:  # noqa: ANN001
    session = open_sample(qtbot, window)
    window.go_to_page_id("overview")
    overview = window.panel("overview")
    cards = [overview.findChild(Card, f"risk-{r.id}") for r in session.report.risks[:3]]
    window.resize(1920, 1080)
    qtbot.wait(60)
    assert len({c.y() for c in cards}) == 1  # side by side
    window.resize(1024, 640)
    qtbot.wait(60)
    assert len({c.y() for c in cards}) == len(cards)  # one above the other
    assert clipped_text(window) == []


def test_every_page_unclipped_at_device_pixel_ratio_2(corpus: Path) -> None:
    """A separate process, so QT_SCALE_FACTOR=2 applies from the start (200 % displays)."""
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen")
    for resume, job in ((str(ROOT / "app/resources/sample/sample_resume.pdf"),
                         str(ROOT / "app/resources/sample/sample_job.txt")),
                        (str(corpus / TWO_COLUMN), str(corpus / MLE_JOB))):
        result = subprocess.run(
            [sys.executable, str(HERE / "screens_probe.py"), resume, job, "1024x640",
             "1920x1080"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stdout + result.stderr
        data = json.loads(result.stdout.strip().splitlines()[-1])
        assert data["dpr"] == 2.0
        assert {k: v for k, v in data["pages"].items() if v} == {}
        assert len(data["pages"]) == 2 * len(PAGES)


def test_start_screen_unclipped_at_every_size(qtbot, window) -> None:  # noqa: ANN001
    for width, height in SIZES:
        window.resize(width, height)
        qtbot.wait(60)
        assert clipped_text(window) == [], (width, height)
