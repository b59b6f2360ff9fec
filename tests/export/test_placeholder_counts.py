"""Every place that counts a kit's story placeholders gives the same number: the report's first
steps, its story table and its checklist (the checklist once counted the frames' prompts too:
"Fill the 28 placeholders" beside "Fill the 8 placeholders" in one report). A frame is a story to
find, so it is named as such, never counted as placeholders. Real files: an invented thin
resume read by the real reader, analysed, rendered and read back."""

from __future__ import annotations

import re
from pathlib import Path

from export_helpers import all_text, flat, open_pdf

from app.analysis.pipeline import analyze
from app.export import render_cheatsheet_pdf, render_report_pdf
from app.knowledge import load_knowledge
from app.models.session import story_gaps
from app.paths import resource
from app.reading.jobs import read_job
from app.reading.resume import read_resume

THIN = """Priya Raman
priya.raman@example.org

EXPERIENCE
Data Analyst, Halden Freight, Leeds    Mar 2022 - Present
- Built weekly delivery dashboards in Tableau for the operations team.
- Wrote SQL checks on the shipment tables.
- Led the move of the late-delivery report from Excel to Python, cutting its weekly preparation
  from six hours to forty minutes.
- Found the cause of duplicated shipment records in the warehouse feed and fixed the join with
  the carrier team.

EDUCATION
BSc Mathematics, University of Leeds, 2021
"""


def _thin_report(tmp_path: Path):  # noqa: ANN202
    knowledge = load_knowledge()
    resume_file = tmp_path / "Priya_Raman_resume.txt"
    resume_file.write_text(THIN, encoding="utf-8")
    job = read_job(resource("sample", "sample_job.txt"), knowledge)
    return knowledge, analyze(read_resume(resume_file), job, knowledge)


def test_one_placeholder_count_across_the_report(tmp_path: Path) -> None:
    knowledge, report = _thin_report(tmp_path)
    drafted = sum(story_gaps(s) for s in report.stories if s.kind != "frame")
    frames = sum(1 for s in report.stories if s.kind == "frame")
    assert drafted and frames, "the thin resume must leave both placeholders and frames"
    text = flat(all_text(open_pdf(render_report_pdf(report, knowledge, "letter"))))
    counts = {int(n) for n in re.findall(r"Fill the (\d+) placeholders? in your story drafts", text)}
    assert counts == {drafted}, (counts, drafted)
    named = f"{frames} story frames" if frames != 1 else "story frame"
    assert f"Find a real example for the {named} your resume cannot fill yet" in text
    checklist = [c.text for c in report.checklist]
    assert any(t.startswith(f"Find a real example for the {named}") for t in checklist)
    filled = [int(n) for t in checklist for n in re.findall(r"Fill the (\d+) placeholder", t)]
    assert filled == [drafted], (filled, drafted)


def test_the_cheat_sheet_names_each_frame_once(tmp_path: Path) -> None:
    """A frame's line read "Frame to fill: A time you raised the quality bar - No resume line
    yet: A time you raised the quality bar": the same words twice on a one-page sheet."""
    knowledge, report = _thin_report(tmp_path)
    frames = [s for s in report.stories if s.kind == "frame"]
    assert frames
    text = flat(all_text(open_pdf(render_cheatsheet_pdf(report, knowledge, "letter"))))
    for frame in frames:
        ask = frame.title.split(":", 1)[1].strip()
        assert text.count(ask) == 1, (ask, text.count(ask))
