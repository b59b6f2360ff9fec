"""Exports of real analyses: every corpus resume against an Amazon MLE posting.

The cheat sheet must be exactly one page on Letter and on A4 for every resume; the report
and the DOCX must carry the user's stories. Also the CLI end to end, from a saved session.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from export_helpers import all_text, assert_text_inside, flat, open_pdf, unembedded_fonts
from report_factory import make_report

from app.cli import run_cli
from app.export import render_cheatsheet_pdf, render_report_pdf
from app.export.pdf import MARGIN, REPORT_SECTIONS
from app.models.report import Report

MLE_JOB = "amazon_mle_model_deployment_sagemaker__responsibilities_and_quals_only.txt"
_REPORTS: dict[str, Report] = {}


def _resumes(corpus: Path) -> list[Path]:
    return sorted(p for p in (corpus / "resumes").rglob("*") if p.suffix in (".pdf", ".docx"))


def _analysed(corpus: Path, knowledge, resume: Path) -> Report:
    from app.analysis.pipeline import analyze
    from app.reading.jobs import read_job
    from app.reading.resume import read_resume

    if resume.name not in _REPORTS:
        _REPORTS[resume.name] = analyze(read_resume(resume), read_job(corpus / "jobs" / MLE_JOB, knowledge),
                                        knowledge)
    return _REPORTS[resume.name]


def test_cheatsheet_is_one_page_for_every_corpus_resume(corpus: Path, knowledge) -> None:
    resumes = _resumes(corpus)
    assert len(resumes) >= 20
    for resume in resumes:
        report = _analysed(corpus, knowledge, resume)
        for paper in ("letter", "a4"):
            doc = open_pdf(render_cheatsheet_pdf(report, knowledge, paper))
            assert doc.page_count == 1, (resume.name, paper)
            assert_text_inside(doc[0], MARGIN - 1)
            text = flat(all_text(doc))
            for n in range(1, len(report.stories) + 1):
                assert f"S{n}" in text, (resume.name, paper, n)
            assert unembedded_fonts(doc) == []


@pytest.mark.parametrize("stem", ["mle_harvey_dent", "sre_claud_park", "swe_debarghya_das"])
def test_full_report_of_real_analyses(corpus: Path, knowledge, stem: str) -> None:
    resume = next(p for p in _resumes(corpus) if p.name.startswith(stem))
    report = _analysed(corpus, knowledge, resume)
    doc = open_pdf(render_report_pdf(report, knowledge, "a4"))
    text = flat(all_text(doc))
    for heading in REPORT_SECTIONS:
        assert heading in text
    assert len([t for _l, t, _p in doc.get_toc() if t.startswith("Story ")]) == len(report.stories)
    for story in report.stories:
        assert flat(story.title)[:40] in text
    toc = {t: p for _l, t, p in doc.get_toc()}
    matrix_page = flat(all_text([doc[toc["Leadership Principles"] - 1]]))
    for p in report.principles:  # the matrix is kept whole on its heading's page
        assert p.name in matrix_page
    for page in doc:
        assert_text_inside(page, 20)


def test_cli_exports_a_saved_session_with_edits(tmp_path: Path, capsys) -> None:
    """`analyze --session` exports the edited stories: the user's words reach every file."""
    from app.sessions import new_session, save_session

    edited = "I rewrote the ranking service & halved p95 latency"
    session = new_session(make_report()).with_story_edit("s1", "action", edited)
    path = tmp_path / "prep.json"
    save_session(session, path)
    out = tmp_path / "out"
    out.mkdir()
    code = run_cli(["analyze", "--session", str(path), "--paper", "a4",
                    "--report", str(out / "r.pdf"), "--cheatsheet", str(out / "c.pdf"),
                    "--stories", str(out / "s.docx")])
    assert code == 0, capsys.readouterr().err
    assert edited in flat(all_text(open_pdf((out / "r.pdf").read_bytes())))
    assert open_pdf((out / "c.pdf").read_bytes()).page_count == 1
    paragraphs = [p.text for p in docx.Document(str(out / "s.docx")).paragraphs]
    assert edited in paragraphs


def test_cli_export_error_is_one_line_and_exit_6(tmp_path: Path, capsys) -> None:
    from app.sessions import new_session, save_session

    path = tmp_path / "prep.json"
    save_session(new_session(make_report()), path)
    code = run_cli(["analyze", "--session", str(path),
                    "--cheatsheet", str(tmp_path / "missing" / "c.pdf")])
    err = capsys.readouterr().err
    assert code == 6
    assert err.count("\n") == 1 and "does not exist" in err
