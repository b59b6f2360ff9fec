"""What a role's dates mean in any language (Role.period), roles written as sentences or
described by fields (the role dates of the generated families: test_generated_families.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.models.resume import Section
from app.reading.dates import period_of, split_dates
from app.reading.resume import read_resume
from app.reading.roles import sentence_role


@pytest.mark.parametrize(("printed", "period"), [
    ("Jan 2020 – Till Date", "2020-01/present"),
    ("June 2019 to date", "2019-06/present"),
    ("since 04/2021", "2021-04/present"),
    ("Since 2019", "2019/present"),
    ("seit 04/2021", "2021-04/present"),
    ("03.2020 – heute", "2020-03/present"),
    ("März 2019 – Dez. 2021", "2019-03/2021-12"),
    ("depuis mars 2020", "2020-03/present"),
    ("janv. 2017 – déc. 2019", "2017-01/2019-12"),
    ("desde 2019", "2019/present"),
    ("ene. 2018 – actualidad", "2018-01/present"),
    ("Feb '19 – Jun '21", "2019-02/2021-06"),
    ("2019 – 21", "2019/2021"),
    ("2020.03 – 2022.01", "2020-03/2022-01"),
    ("2014 – 2016", "2014/2016"),
    ("Sept. 2022 – Present", "2022-09/present"),
    ("May 2019 - Date", "2019-05/present"),
    ("Summer 2013", "2013-06/2013-06"),
    ("Q2 2021 – present", "2021-04/present"),  # quarters: first month, and the last as an end
    ("Q3 2018 – Q1 2021", "2018-07/2021-03"),
    ("Abr/2023 – a la fecha", "2023-04/present"),  # month/year with a slash, Spanish "to date"
    ("Ago/2018 – Ene/2021", "2018-08/2021-01"),
    ("Jan 24 – Present", "2024-01/present"),
    ("Feb – Jul 2025", "2025-02/2025-07"),  # a month with no year takes the end's year
    ("Jan–Mar 2024", "2024-01/2024-03"),
    ("Nov – Feb 2025", "2024-11/2025-02"),
    ("2021. 09. ~ current", "2021-09/present"),  # Korean style: year, month, each with a stop
    ("2019. 03. ~ 2021. 08.", "2019-03/2021-08"),  # a two-digit year with no apostrophe
    ("Sep 21 – Dec 23", "2021-09/2023-12"),
    ("nov. 2023 – mrt. 2025", "2023-11/2025-03"),  # Dutch March: 'mrt.' and 'maart'
    ("maart 2019 – heden", "2019-03/present"),
    ("2019/04～2021/03", "2019-04/2021-03"),  # a Japanese wave-dash range
    ("", ""),
    ("Remote", ""),
])
def test_period_of_printed_dates(printed: str, period: str) -> None:
    assert period_of(printed) == period


def test_since_and_apostrophe_years_stay_with_the_dates() -> None:
    assert split_dates("Ardent Biotech | Since Oct 2022") == ("Ardent Biotech", "Since Oct 2022")
    assert split_dates("Grupo Meseta | ene. 2021 – actualidad") == ("Grupo Meseta", "ene. 2021 – actualidad")
    assert split_dates("Technical Program Manager  Dec '21 – Today")[1] == "Dec '21 – Today"
    # a quarter is part of the dates, not an organisation called "Q2"
    assert split_dates("Senior Frontend Engineer | Q2 2021 – present") == (
        "Senior Frontend Engineer", "Q2 2021 – present")


def test_month_and_two_digit_year_is_a_date_only_in_a_range() -> None:
    assert split_dates("Site Reliability Engineer | Sep 21 – Dec 23") == (
        "Site Reliability Engineer", "Sep 21 – Dec 23")
    assert split_dates("Senior Data Engineer Abr/2023 – a la fecha") == (
        "Senior Data Engineer", "Abr/2023 – a la fecha")
    # "2022–24": a two-digit end year after a four-digit start, where the dates end the line
    assert split_dates("Robotics Research Engineer | 2022–24") == (
        "Robotics Research Engineer", "2022–24")
    assert split_dates("2019–22") == ("", "2019–22")
    assert split_dates("Revenue for 2019-20 grew 40% on the new pricing")[1] == ""
    assert split_dates("DevOps Engineer | fintech | Remote | Apr – Sep 2024") == (
        "DevOps Engineer | fintech | Remote", "Apr – Sep 2024")
    assert split_dates("Search Ranking Engineer 2021. 09. ~ current") == (
        "Search Ranking Engineer", "2021. 09. ~ current")
    # alone, "Jan 24" is a day: a bullet keeps it
    assert split_dates("Shipped the Jan 24 release to 3 regions")[1] == ""


def test_roles_written_as_sentences() -> None:
    section = Section("Work Experience", "experience")
    role = sentence_role("Working as Senior Software Engineer in Indus Digital Solutions, Pune from "
                         "June 2016 to Till Date.", section)
    assert role is not None
    assert (role.title, role.organization, period_of(role.dates)) == (
        "Senior Software Engineer", "Indus Digital Solutions", "2016-06/present")
    role = sentence_role("Worked with Nilgiri Technologies Ltd. as System Engineer from 03/2014 to 12/2016", section)
    assert role is not None and (role.title, role.organization) == ("System Engineer", "Nilgiri Technologies Ltd.")
    assert sentence_role("Worked on the billing service from design to launch.", section) is None


def test_an_indian_resume_reads_its_employers_and_projects(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph().add_run("PROFESSIONAL EXPERIENCE").bold = True
    d.add_paragraph("Working as Technical Lead in Godavari Consulting Pvt. Ltd. from 01/2020 to Till Date.",
                    style="List Bullet")
    d.add_paragraph().add_run("PROJECT DETAILS").bold = True
    d.add_paragraph().add_run("Project #1").bold = True
    t = d.add_table(rows=0, cols=2)
    for k, v in (("Project Name", "Claims Processing Modernisation"), ("Client", "Contoso Insurance"),
                 ("Role", "Technical Lead"), ("Duration", "Jan 2020 - Till Date"), ("Team Size", "8")):
        row = t.add_row().cells
        row[0].text, row[1].text = k, v
    d.add_paragraph().add_run("Roles and Responsibilities:").bold = True
    d.add_paragraph("Reduced the nightly batch runtime from 6 hours to 90 minutes", style="List Bullet")
    d.add_paragraph().add_run("DECLARATION").bold = True
    d.add_paragraph("I hereby declare that the information furnished above is true to the best of my knowledge.")
    path = tmp_path / "cv.docx"
    d.save(str(path))
    resume = read_resume(path)
    roles = [(r.title, r.organization, r.period) for r in resume.roles]
    assert roles[0] == ("Technical Lead", "Godavari Consulting Pvt. Ltd.", "2020-01/present")
    assert roles[1] == ("Claims Processing Modernisation", "Contoso Insurance", "2020-01/present")
    assert [b.text for b in resume.bullets] == ["Reduced the nightly batch runtime from 6 hours to 90 minutes"]
    assert resume.bullets[0].role == 1


def test_a_title_that_starts_like_a_verb_is_still_a_title(tmp_path) -> None:  # noqa: ANN001
    """'Reporting Analyst, Fernhill Bank' over its dates is a role, not an achievement that
    starts with 'Reporting'; 'Reported the numbers to leadership' stays a bullet."""
    from app.reading.resume import read_resume

    path = tmp_path / "r.txt"
    path.write_text("Ana Silva\nana@example.com\n\nEXPERIENCE\nData Analyst, Ridgeway Credit Union\n"
                    "Jan 2021 - Present\n- Built the monthly portfolio reporting in SQL Server.\n\n"
                    "Reporting Analyst, Fernhill Bank\nJun 2019 - Dec 2020\n"
                    "- Reported branch performance to the regional leadership each month.\n",
                    encoding="utf-8")
    resume = read_resume(path)
    assert [(r.title, r.organization) for r in resume.roles] == [
        ("Data Analyst", "Ridgeway Credit Union"), ("Reporting Analyst", "Fernhill Bank")]
    assert [b.text for b in resume.bullets][-1].startswith("Reported branch performance")


def test_a_title_whose_middle_reads_like_a_company_stays_whole() -> None:
    """'Principal Cloud Solutions Architect' is one title: 'Solutions' begins many company names,
    but what follows it ends in a title word, so no organisation starts there (it was read as
    the title 'Principal' at the company 'Cloud Solutions Architect')."""
    from app.reading.roles import _split_title_org

    assert _split_title_org("Principal Cloud Solutions Architect") == [
        "Principal Cloud Solutions Architect"]
    assert _split_title_org("Lead Engineer Harrowgate Data Solutions") == [
        "Lead Engineer", "Harrowgate Data Solutions"]
    assert _split_title_org("Software Engineer National Taiwan University Hospital") == [
        "Software Engineer", "National Taiwan University Hospital"]


def test_legal_suffixes_are_organisation_words_and_short_ones_are_not() -> None:
    """'Bancolina S.A.', 'Polderlink Telecom B.V.': the organisation's words come from the one
    list of legal suffixes; 'SAS' or 'SE' among a line's words is a skill or a title."""
    from app.reading.roles import ORG_WORDS

    for org in ("Bancolina S.A.", "Polderlink Telecom B.V.", "Datawise sp. z o.o.", "Acme Inc.",
                "Zarikart Fashion Pvt. Ltd.", "Initech LLC"):
        assert ORG_WORDS.search(org), org
    for line in ("Python, R, SAS", "Senior SE", "AB testing"):
        assert not ORG_WORDS.search(line), line


def test_a_japanese_career_history_reads_each_project_table_as_a_role(tmp_path: Path) -> None:
    """A Japanese career history (shokumu keirekisho) prints one table per project whose labels
    are in two languages ('期間 Period', '役割 Role') and whose periods run with a wave dash
    ('2020/04～2022/03'): each table is a role with the job title played, its period read as
    a range (held-back set 21: 7.6 years read as 0.2)."""
    import docx

    from app.analysis.experience import estimate

    d = docx.Document()
    d.add_paragraph().add_run("職務経歴 / Career History").bold = True
    d.add_paragraph("株式会社ミナトウェア (Minatoware Inc.) 2020年4月～現在")
    for period, project, role, line in (
            ("2020/04～2022/03", "Recommendation ranking", "Software Engineer (新卒 / new graduate)",
             "Built the item-to-item recommendation service in Go for 3 million daily users."),
            ("2022/04～現在", "Fraud scoring platform", "Senior Software Engineer",
             "Designed the real-time fraud scoring API in Java; p99 latency 40 ms.")):
        t = d.add_table(rows=0, cols=2)
        for k, v in (("期間 Period", period), ("プロジェクト Project", project), ("役割 Role", role),
                     ("規模 Team size", "6名 (6 engineers)")):
            row = t.add_row().cells
            row[0].text, row[1].text = k, v
        d.add_paragraph("業務内容・実績 Responsibilities / achievements")
        d.add_paragraph(line, style="List Bullet")
    path = tmp_path / "career.docx"
    d.save(str(path))
    resume = read_resume(path)
    roles = [(r.title, r.organization, r.period) for r in resume.roles]
    assert ("Software Engineer (新卒 / new graduate)", "Recommendation ranking",
            "2020-04/2022-03") in roles
    assert ("Senior Software Engineer", "Fraud scoring platform", "2022-04/present") in roles
    assert not any("Responsibilities" in r.title for r in resume.roles)
    exp = estimate(resume, 2026 * 12 + 10)
    first = next(w for w in exp.work if w.title.startswith("Software Engineer"))
    assert first.kind == "engineering" and first.months == 24  # April 2020 to March 2022


def test_japanese_titles_and_a_tools_row_after_the_bullets(tmp_path: Path) -> None:
    """Katakana titles ('バックエンドエンジニア') and a Japanese IT firm's 'SE' and 'PG' are
    engineering work (a reviewer's career histories read as 0 years); a tools row after a
    project's bullets ('使用技術 Tech stack | Python, Django') is no role of its own."""
    import docx

    from app.analysis.experience import estimate

    d = docx.Document()
    d.add_paragraph().add_run("職務経歴 / Career History").bold = True
    for period, project, role, line, tools in (
            ("2016/04～2019/03", "Billing batch", "PG (プログラマー)",
             "Wrote the monthly billing batch in Java for 2 million accounts.", "Java, Oracle"),
            ("2019/04～2023/03", "Delivery routing", "バックエンドエンジニア",
             "Built the route-planning API in Python for 800 drivers.", "Python, Django")):
        t = d.add_table(rows=0, cols=2)
        for k, v in (("期間 Period", period), ("プロジェクト Project", project), ("役割 Role", role)):
            row = t.add_row().cells
            row[0].text, row[1].text = k, v
        d.add_paragraph(line, style="List Bullet")
        t2 = d.add_table(rows=1, cols=2)
        t2.rows[0].cells[0].text, t2.rows[0].cells[1].text = "使用技術 Tech stack", tools
    path = tmp_path / "career.docx"
    d.save(str(path))
    resume = read_resume(path)
    assert not any("Tech stack" in r.title for r in resume.roles), [r.title for r in resume.roles]
    exp = estimate(resume, 2026 * 12 + 10)
    kinds = {w.title: w.kind for w in exp.work}
    assert kinds.get("PG (プログラマー)") == "engineering", kinds
    assert kinds.get("バックエンドエンジニア") == "engineering", kinds


def test_a_name_in_a_form_field_beats_the_documents_title(tmp_path: Path) -> None:
    """A Japanese career history opens with its document's title ('職務経歴書') and gives the
    name in a field ('氏名 佐藤 美咲 (Misaki Sato)'); a personal-details table's row gives it
    as 'Name | Ji-ho Baek | Date of birth | ...': the report's header named them 'Career
    History' and 'Name'."""
    import docx

    d = docx.Document()
    d.add_paragraph("職務経歴書 (Career History)")
    t = d.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "氏名", "佐藤 美咲 (Misaki Sato)"
    d.add_paragraph().add_run("職務経歴 / Career History").bold = True
    d.add_paragraph("Backend engineer, Hoshizora Inc., 2020/04～現在")
    d.add_paragraph("Built the billing API in Go for 2 million users.", style="List Bullet")
    path = tmp_path / "career.docx"
    d.save(str(path))
    assert read_resume(path).name == "佐藤 美咲 (Misaki Sato)"
    txt = tmp_path / "resume.txt"
    txt.write_text("RESUME\nName Ji-ho Baek (백지호) Date of birth 1995.03.14\n"
                   "E-mail jiho.baek@example.com\n\nEXPERIENCE\nML Engineer, Dalnim Labs, "
                   "2021.03 ~ present\n- Trained the keyword-spotting model in PyTorch.\n",
                   encoding="utf-8")
    assert read_resume(txt).name == "Ji-ho Baek (백지호)"
