"""A Chinese resume laid out in three columns (dates, employer, title): a range whose end is
set in a CJK font ('2019.07 –' in Latin type, '至今' in a CJK one) is one range, a title cell
wrapped over two rows ('Senior Machine Learning' / 'Engineer / Ranking Lead') is one title, and
a line of the titles held under the employer with their years is the entry's history, not an
entry of its own. Real PDF, drawn with PyMuPDF's built-in fonts."""

from __future__ import annotations

from pathlib import Path

from app.reading.resume import read_resume


def _pdf(path: Path) -> Path:
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    latin, cjk = pymupdf.Font("helv"), pymupdf.Font("china-s")
    writer = pymupdf.TextWriter(page.rect)
    y = 60

    def put(x: float, text: str, font=latin, size: float = 10) -> None:  # noqa: ANN001
        writer.append((x, y), text, font=font, fontsize=size)

    put(50, "HAN Yuming", size=18)
    y += 20
    put(50, "han.yuming@example.com  |  Hangzhou, China", size=9)
    y += 26
    put(50, "WORK EXPERIENCE", size=12)
    y += 20
    put(50, "2019.07 \u2013")
    put(96, "\u81f3\u4eca", font=cjk)
    put(170, "Qinghe Interactive")
    put(380, "Senior Machine Learning")
    y += 13
    put(170, "(short-video platform)")
    put(380, "Engineer / Ranking Lead")
    y += 13
    put(50, "Ranking Lead (2024 \u2013 present), Senior MLE (2022 \u2013 2024), MLE (2019 \u2013 2022)")
    for line in ("Lead a team of 5 engineers owning the ranking model of the main feed.",
                 "Moved ranking from a single-task DNN to a multi-task model in PyTorch."):
        y += 14
        put(56, "\u2022")
        put(66, line)
    y += 22
    put(50, "2017.07 \u2013 2019.06")
    put(170, "Yunfeng Ads")
    put(380, "Machine Learning Engineer")
    y += 14
    put(56, "\u2022")
    put(66, "Developed CTR prediction models in TensorFlow for search ads.")
    writer.write_text(page)
    doc.save(path)
    return path


def test_a_three_column_chinese_entry(tmp_path: Path) -> None:
    resume = read_resume(_pdf(tmp_path / "r.pdf"))
    first = resume.roles[0]
    assert first.title == "Senior Machine Learning Engineer / Ranking Lead", resume.roles
    assert first.period == "2019-07/present", resume.roles
    assert len(resume.roles) == 2, resume.roles  # the titles-with-years line is no entry
    owner = {b.text: b.role for b in resume.bullets}
    assert owner["Lead a team of 5 engineers owning the ranking model of the main feed."] == 0


def test_an_owned_or_replaced_model_is_a_model_line() -> None:
    from app.analysis.years_asked import MODEL_LINE

    assert MODEL_LINE.search("Lead a team of 5 engineers owning the fine-ranking model of the feed")
    assert MODEL_LINE.search("Moved fine ranking from a single-task DNN to a multi-task PLE model")
    assert not MODEL_LINE.search("Moved the reporting jobs from cron to Airflow")
