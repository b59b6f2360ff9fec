"""The use cases the command line and the window share (app/workflow.py), run headless on the
bundled sample and real files: the same inputs give the same kit by either road."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pymupdf
import pytest

from app.cli import run_cli
from app.errors import InputError, KnowledgeError, SessionError
from app.workflow import ANALYSING, PREPARING_MODEL, READING_JOB, READING_RESUME, Workflow

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "app" / "resources" / "sample"
RESUME, JOB = SAMPLE / "sample_resume.pdf", SAMPLE / "sample_job.txt"


@pytest.fixture(scope="module")
def workflow() -> Workflow:
    return Workflow()


def test_analyse_files_reports_each_step_and_builds_the_model_once() -> None:
    workflow = Workflow()  # a fresh one: its model is not marked ready yet
    assert not workflow.model_ready
    steps: list[str] = []
    report = workflow.analyse_files(RESUME, str(JOB), progress=steps.append)
    assert steps == [READING_RESUME, READING_JOB, f"Step 3 of 3 · {PREPARING_MODEL}", ANALYSING]
    assert workflow.model_ready and report.role_pack == "amazon-mle"
    steps.clear()
    workflow.analyse_files(RESUME, str(JOB), progress=steps.append)
    assert steps == [READING_RESUME, READING_JOB, ANALYSING]


def test_pasted_job_text_gives_the_same_kit_as_the_file(workflow: Workflow) -> None:
    from_file = workflow.analyse_files(RESUME, str(JOB)).to_dict()
    pasted = workflow.analyse_files(RESUME, job_text=JOB.read_text(encoding="utf-8")).to_dict()
    assert pasted["job"]["source"]["path"] == "-"
    for part in (from_file, pasted):  # the file reader drops blank lines; nothing else differs
        part["job"]["source"].pop("path")
        part["job"].pop("text")
    assert pasted == from_file


def test_cli_json_equals_the_workflow_report(workflow: Workflow, tmp_path: Path) -> None:
    out = tmp_path / "kit.json"
    assert run_cli(["analyze", str(RESUME), str(JOB), "--json", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(
        json.dumps(workflow.analyse_files(RESUME, str(JOB)).to_dict()))


def test_session_round_trip_and_exports_carry_the_edits(workflow: Workflow, tmp_path: Path) -> None:
    from app import sessions

    session = workflow.new_session(str(RESUME), str(JOB))
    story = session.report.stories[0]
    edited = session.with_story_edit(story.id, "result", "Cut p99 latency to 41 ms (my edit).",
                                     sessions.now_iso())
    saved = tmp_path / f"mine{sessions.EXTENSION}"
    sessions.save_session(edited, saved)
    reopened = workflow.open_session(saved)
    report = reopened.effective_report()
    for kind, name in (("cheatsheet", "c.pdf"), ("report", "r.pdf"), ("stories", "s.docx")):
        assert workflow.export(report, kind, tmp_path / name, "a4") == str(tmp_path / name)
    with pymupdf.open(tmp_path / "r.pdf") as doc:
        assert "my edit" in " ".join(page.get_text() for page in doc)
    with pymupdf.open("pdf", workflow.render_cheatsheet(report, "a4")) as doc:
        assert doc.page_count == 1
    with pytest.raises(ValueError, match="cheatsheet, report, stories"):
        workflow.export(report, "poster", tmp_path / "p.pdf")


def test_bad_inputs_raise_the_errors_the_fronts_show(workflow: Workflow, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="too short"):
        workflow.analyse_files(RESUME, job_text="Engineer wanted")
    with pytest.raises(InputError):
        workflow.analyse_files(tmp_path / "missing.pdf", str(JOB))
    broken = tmp_path / f"broken{'.loopready.json'}"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(SessionError):
        workflow.open_session(broken)


def test_knowledge_comes_from_its_own_folder(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="Knowledge folder not found"):
        Workflow(tmp_path / "nowhere").analyse_files(RESUME, str(JOB))


def test_warm_up_and_analysis_share_one_model_build() -> None:
    """An analysis started during the warm-up waits for it; both finish, the model is ready."""
    workflow = Workflow()
    warm = threading.Thread(target=workflow.warm_up)
    warm.start()
    report = workflow.analyse_files(RESUME, str(JOB))
    warm.join(timeout=120)
    assert not warm.is_alive() and workflow.model_ready and report.stories


def test_warm_up_never_raises(tmp_path: Path) -> None:
    workflow = Workflow(tmp_path / "nowhere")
    workflow.warm_up(["app.no_such_module"])
    assert not workflow.model_ready


def test_the_window_starts_without_the_models_or_the_knowledge() -> None:
    """The window is shown before the models and the knowledge are imported (the warm-up
    imports them after the show); `Workflow`'s own AUTO_ROLE is the knowledge's."""
    import os
    import subprocess
    import sys

    import app.knowledge
    import app.workflow

    assert app.workflow.AUTO_ROLE == app.knowledge.AUTO_ROLE
    code = ("import sys; import app.views.main_window, app.views.application, app.sessions; "
            "print(sorted(m for m in sys.modules if m.startswith(('app.models', 'app.knowledge'))))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "[]"
