"""A list item a page break cuts in two (a posting printed from a browser, its footer between
the halves) is one requirement, not two."""

from __future__ import annotations

from pathlib import Path

from app.knowledge import load_knowledge
from app.reading.jobs import read_job


def _two_pages(path: Path, second_starts: str) -> Path:
    import pymupdf

    doc = pymupdf.open()
    first = ["Machine Learning Engineer III, Air Cargo Forecasting", "Amazon", "",
             "BASIC QUALIFICATIONS", "- 5+ years of non-internship professional software development experience",
             "- Experience programming with at least one of Python, Java or Scala",
             "PREFERRED QUALIFICATIONS",
             "- Master's degree or PhD in computer science, machine learning, operations research or a"]
    second = [second_starts, "- Experience with air cargo, airline operations or network planning"]
    for n, lines in enumerate((first, second), start=1):
        page = doc.new_page(width=595, height=842)
        y = 60
        for text in lines:
            page.insert_text((50, y), text, fontsize=10)
            y += 16
        page.insert_text((50, 810), "https://www.example.com/jobs/3384216", fontsize=8)
        page.insert_text((520, 810), f"{n}/2", fontsize=8)
    doc.save(str(path))
    doc.close()
    return path


def test_an_item_cut_by_a_page_break_is_one_requirement(tmp_path: Path) -> None:
    job = read_job(_two_pages(tmp_path / "cut.pdf", "related field"), load_knowledge())
    texts = [r.text for r in job.requirements if r.kind == "preferred"]
    assert texts[0] == ("Master's degree or PhD in computer science, machine learning, "
                        "operations research or a related field"), texts
    assert "related field" not in texts
    # a new item atop the next page stays an item of its own
    job = read_job(_two_pages(tmp_path / "new.pdf", "- Experience with Amazon SageMaker"),
                   load_knowledge())
    texts = [r.text for r in job.requirements if r.kind == "preferred"]
    assert "Experience with Amazon SageMaker" in texts, texts
