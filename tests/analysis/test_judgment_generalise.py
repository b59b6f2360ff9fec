"""Rules that make the judgment hold on resumes the rules were not written from: each test
writes its own invented resume lines into a real file and reads it back with the real reader."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.analysis.experience import estimate
from app.reading.resume import read_resume

TODAY = date(2026, 6, 1)
TODAY_MONTH = TODAY.year * 12 + TODAY.month - 1


def _company_dates_title_pdf(path: Path) -> Path:
    """A layout that prints the employer (bold), the dates on their own line, then the title
    (bold as well, in a size close to the employer's); two titles share one employer line."""
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((50, 60), "Priya Vandermeer", fontsize=20, fontname="hebo")
    page.insert_text((50, 100), "EXPERIENCE", fontsize=12, fontname="hebo")
    y = 122
    entries = [
        ("Quillfeather Archives, Denver, CO", [
            ("April 2019 - Present", "Staff Software Engineer",
             ["Designed the tiered cache for the manuscript search service in Go.",
              "Cut cold-start time of the indexer from 40 minutes to 6 minutes."]),
            ("May 2016 - March 2019", "Software Engineer",
             ["Wrote the ingestion workers for scanned ledgers in Python."]),
        ]),
        ("Bramblewick Freight, Boulder, CO", [
            ("June 2012 - April 2016", "Software Engineer",
             ["Built the route-pricing service in Java used by dispatch."]),
        ]),
    ]
    for employer, roles in entries:
        page.insert_text((50, y), employer, fontsize=10.5, fontname="hebo")
        y += 14
        for dates, title, bullets in roles:
            page.insert_text((50, y), dates, fontsize=9.4, fontname="heit")
            y += 13
            page.insert_text((50, y), title, fontsize=10.8, fontname="tibo")
            y += 14
            for text in bullets:
                page.insert_text((58, y), "•", fontsize=10, fontname="helv")
                page.insert_text((68, y), text, fontsize=10, fontname="tiro")
                y += 13
        y += 6
    doc.save(str(path))
    return path


def test_a_title_under_its_employer_and_dates_line_is_one_role(tmp_path: Path) -> None:
    """'Employer' / 'dates' / 'Title': the title belongs to the employer's entry, so every
    role keeps its dates and its years count (they were lost when the title read as a second,
    undated entry)."""
    r = read_resume(_company_dates_title_pdf(tmp_path / "under.pdf"))
    got = [(x.title, x.organization, x.dates) for x in r.roles]
    assert got == [
        ("Staff Software Engineer", "Quillfeather Archives", "April 2019 - Present"),
        ("Software Engineer", "Quillfeather Archives", "May 2016 - March 2019"),
        ("Software Engineer", "Bramblewick Freight", "June 2012 - April 2016"),
    ]
    exp = estimate(r, TODAY_MONTH)
    assert exp.years is not None and exp.years >= 13.5


NEW_GRAD_SDE = """
Software Development Engineer I (Campus 2027)
Amazon

We are hiring recent university graduates into full-time software roles starting in 2027.

BASIC QUALIFICATIONS
- Experience with at least one general-purpose programming language such as Java or Python
- Bachelor's degree in Computer Science or a related field

PREFERRED QUALIFICATIONS
- Previous technical internship(s) or project experience
"""

EXPERIENCED_ENGINEER = """
Tomasz Weatherby
tomasz@example.org

EXPERIENCE
Software Engineer, Larkspur Tiles
March 2020 – Present
- Wrote the order-intake service in Java and Spring Boot that replaced faxed orders for 300 shops.
- Moved the stock database from a single server to PostgreSQL with read replicas.

Junior Developer, Gullwing Travel
July 2018 – February 2020
- Built the fare-search page in TypeScript and React.

EDUCATION
B.S. Computer Science, University of Toledo, 2014 – 2018
"""


def test_a_new_graduate_posting_offers_its_entry_level(tmp_path: Path) -> None:
    """Years before do not raise the level a new-graduate requisition offers: it hires at L4."""
    from judge_helpers import judge

    got = judge(tmp_path, EXPERIENCED_ENGINEER, NEW_GRAD_SDE, "ng")
    assert got.years is not None and got.years >= 7
    assert got.level == "L4", got.report.fit.level_reason
    assert "new graduates" in got.report.fit.level_reason
    senior = judge(tmp_path, EXPERIENCED_ENGINEER, NEW_GRAD_SDE.replace(
        "Software Development Engineer I (Campus 2027)", "Software Development Engineer II").replace(
        "We are hiring recent university graduates into full-time software roles starting in "
        "2027.", "You will own services end to end."), "sde2")
    assert senior.level in ("L5", "L6"), senior.report.fit.level_reason


def test_single_angle_quotation_bullets_are_separate_lines(tmp_path: Path) -> None:
    """'›' as the bullet glyph: each item is its own line, not one run-on bullet."""
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((50, 60), "Odile Farrant", fontsize=20, fontname="hebo")
    page.insert_text((50, 100), "EXPERIENCE", fontsize=12, fontname="hebo")
    page.insert_text((50, 120), "Backend Engineer | Tallowmere Bank", fontsize=10, fontname="hebo")
    page.insert_text((460, 120), "2021 - Present", fontsize=10, fontname="helv")
    items = ["Wrote the card-dispute service in Kotlin.",
             "Cut settlement batch time from 3 hours to 20 minutes.",
             "Added contract tests to every payments API."]
    y = 136
    font = pymupdf.Font("tiro")  # a font with the glyph
    for text in items:
        writer = pymupdf.TextWriter(page.rect)
        writer.append((56, y), "\u203a", font=font, fontsize=10)
        writer.write_text(page)
        page.insert_text((68, y), text, fontsize=10, fontname="helv")
        y += 13
    path = tmp_path / "angle.pdf"
    doc.save(str(path))
    r = read_resume(path)
    assert [b.text for b in r.bullets] == items


SOLUTIONS_ARCHITECT = """
Marguerite Olsted
marguerite@example.net

EXPERIENCE
Senior Solutions Architect, Cobblestone Cloud Partners
Jan 2019 – Present
- Run architecture workshops with customer CTOs and write the target-state design.
- Pre-sales: scope statements of work and present proposals to executive sponsors.
- Advised 12 retail accounts on their move to Azure; delivery done by the partner's engineers.

Software Developer, Kettlebrook Insurance
Jan 2015 – Dec 2018
- Built the policy-quote web application in C# and ASP.NET used by 400 agents.
- Wrote the nightly claims import job against SQL Server.

EDUCATION
B.S. Information Systems, Ohio University, 2010 – 2014
"""


def test_customer_facing_architecture_is_not_software_development_years() -> None:
    """A solutions architect or pre-sales role that advises customers while others build is
    not counted as software development years; one whose lines mostly build software is."""
    from analysis_text import read_text_resume

    exp = estimate(read_text_resume(SOLUTIONS_ARCHITECT), TODAY_MONTH)
    kinds = {w.title: (w.kind, w.counted) for w in exp.work}
    assert kinds["Senior Solutions Architect"] == ("other", False)
    assert kinds["Software Developer"] == ("engineering", True)
    assert exp.years is not None and 3.5 <= exp.years <= 4.5
    builder = SOLUTIONS_ARCHITECT.replace(
        "- Run architecture workshops with customer CTOs and write the target-state design.\n"
        "- Pre-sales: scope statements of work and present proposals to executive sponsors.\n"
        "- Advised 12 retail accounts on their move to Azure; delivery done by the partner's "
        "engineers.",
        "- Built the data-sync service in Go that moves orders between the shop and the "
        "warehouse.\n- Developed the migration tool that copied 40 TB of customer files to Azure.")
    exp = estimate(read_text_resume(builder), TODAY_MONTH)
    assert {w.title: w.counted for w in exp.work}["Senior Solutions Architect"] is True


ANALYST_POSTING = """
Operations Data Analyst
Fernhollow Logistics Consulting
Experience level: Associate (1–3 years)

WHAT YOU'LL BRING
- 1–3 years of experience in data analysis, reporting or a related analytical role (finance or engineering experience welcome)
- Strong SQL skills
- Experience building dashboards in Tableau or Power BI

NICE TO HAVE
- Python for data analysis
"""

ANALYST = """
Renata Quillby
renata@example.com

EXPERIENCE
Data Analyst, Pinecrest Grocers
April 2024 – Present
- Build Tableau dashboards of shrink and out-of-stocks for 60 store managers.
- Write SQL against the sales and inventory tables; found $300K of duplicate vendor credits.
- Automated the weekly waste report with Python (pandas).

Process Engineer, Harlow Plastics
June 2019 – March 2024
- Ran moulding trials and cut scrap on two lines by 12%.

EDUCATION
B.S. Chemical Engineering, Iowa State University, 2015 – 2019
"""


def test_an_analyst_role_is_data_analysis_years(tmp_path: Path) -> None:
    """'1–3 years of data analysis' counts the analyst's own role (an en dash range asks for the
    lower end), and a posting outside software and science does not need a software background."""
    from judge_helpers import judge

    got = judge(tmp_path, ANALYST, ANALYST_POSTING, "analyst")
    assert got.of("1–3 years of experience in data analysis") == "met", got.why("1–3 years")
    assert "1+" in got.why("1–3 years") and "Data Analyst" in got.why("1–3 years")
    assert got.verdict in ("apply", "strong"), got.report.fit.verdict_reason
    # a bare "(1–3 years)" asks for work of no kind: any full-time paid role counts
    assert got.of("Experience level: Associate") == "met", got.why("Experience level")
    assert "well past" not in got.report.fit.verdict_reason  # 2 years of analysis is in range


SENIOR_SCIENTIST = """
Bartholomew Ekwueme
bart@example.com

EXPERIENCE
Senior Data Scientist, Marrowgate Retail
Jan 2017 – Present
- Built the weekly demand forecasts in Python for 12,000 products; analysed promotions with SQL and Tableau dashboards.
- Ran price elasticity analyses that set markdowns across 200 stores.

Data Analyst, Thistledown Bank
Jan 2013 – Dec 2016
- Wrote SQL reports and Tableau dashboards of branch traffic for regional managers.

EDUCATION
M.S. Statistics, University of Kansas, 2011 – 2013
"""


def test_far_past_a_postings_range_of_years_is_apply_not_strong(tmp_path: Path) -> None:
    """Thirteen years against a 1–3 year range: the team will ask about level and pay."""
    from judge_helpers import judge

    got = judge(tmp_path, SENIOR_SCIENTIST, ANALYST_POSTING, "senior")
    assert got.of("1–3 years of experience in data analysis") == "met"
    assert got.verdict == "apply", got.report.fit.verdict_reason
    assert "range" in got.report.fit.verdict_reason


START_POSTING = """
Software Development Engineer I
Amazon

This posting is for new graduates starting full-time roles in 2027.

BASIC QUALIFICATIONS
- Experience with at least one general-purpose programming language such as Java or Python
- Able to start full-time employment in 2027

PREFERRED QUALIFICATIONS
- Previous technical internship(s)
"""

STUDENT = """
Ilse Marrowby
ilse@example.edu

EDUCATION
Ph.D. in Computer Science, Rensselaer Polytechnic Institute, Aug 2023 – May 2028 (expected)
B.S. in Computer Science, Rensselaer Polytechnic Institute, Aug 2019 – May 2023

EXPERIENCE
Software Engineering Intern, Copperline Maps
June 2025 – August 2025
- Wrote the tile-cache eviction service in Java; cut cache misses by 18%.
"""


def test_a_degree_ending_after_the_postings_start_is_not_yet(tmp_path: Path) -> None:
    """The resume itself answers a start-date line when the degree ends after it: not met,
    and not yet, with what would change it; a degree ending in time leaves it to confirm."""
    from judge_helpers import judge

    late = judge(tmp_path, STUDENT, START_POSTING, "late")
    assert late.of("Able to start full-time employment") == "not-met"
    assert late.verdict == "not-yet", late.report.fit.verdict_reason
    assert "What would change it" in late.report.fit.verdict_reason
    on_time = judge(tmp_path, STUDENT.replace("May 2028 (expected)", "May 2027 (expected)"),
                    START_POSTING, "ontime")
    assert on_time.of("Able to start full-time employment") == "confirm"
    assert on_time.verdict != "not-yet", on_time.report.fit.verdict_reason


VISION_POSTING = """
Perception Engineer
Stonegate Harvest Robotics

WHAT YOU BRING
- 3+ years of industry experience developing perception or computer vision software for robots or vehicles
- Strong C++ and Python
- Experience training and deploying deep learning models for detection
"""

CAMERA_ENGINEER = """
Joaquim Redfern
joaquim@example.com

EXPERIENCE
Senior Embedded Engineer, Rearview Camera, Halden Vehicle Systems
March 2020 – Present
- Develop perception software for the rear camera in C++ on an automotive SoC.
- Ported a quantised CNN for pedestrian detection to the on-chip accelerator; 35 ms to 12 ms per frame.
- Wrote the unit tests for the camera driver with GoogleTest.

EDUCATION
M.S. Electrical Engineering, Purdue University, 2018 – 2020
"""


def test_a_cnn_and_perception_software_are_machine_learning_work(tmp_path: Path) -> None:
    """A CNN is a neural network and perception software is computer vision work: the resume
    shows the machine learning a perception posting centres on, and its years count."""
    from judge_helpers import judge

    got = judge(tmp_path, CAMERA_ENGINEER, VISION_POSTING, "vision")
    assert got.of("3+ years of industry experience developing perception") == "met", \
        got.why("3+ years")
    assert "no machine-learning work" not in got.report.fit.verdict_reason
    assert got.verdict != "not-yet", got.report.fit.verdict_reason


def test_section_names_in_a_left_column_under_a_full_width_header(tmp_path: Path) -> None:
    """Section names in a narrow left column, content in a wide right column, and a name and
    contact line running across both at the top: the sections are read apart, so the
    education entries are degrees and not roles."""
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=612, height=1008)
    page.insert_text((50, 60), "Wilhelmina Tarrant", fontsize=20, fontname="hebo")
    page.insert_text((50, 80), "Staff Data Scientist - Pricing and Experimentation",
                     fontsize=11, fontname="helv")
    page.insert_text((50, 96), "Tucson, AZ  ·  +1 520 555 0144  ·  w.tarrant@example.org  ·  "
                     "github.com/wtarrant", fontsize=9, fontname="helv")
    y = 130
    blocks = [
        ("SUMMARY", [("Data scientist who prices and forecasts for retailers; I take models from a",
                      "", False),
                     ("notebook to production and check them with experiments that the business trusts.",
                      "", False)]),
        ("EXPERIENCE", [("Staff Data Scientist, Pricing", "Mar 2021 - Present", True),
                        ("Juniper Outfitters, Tucson, AZ", "", False),
                        ("- Built the markdown model in Python that sets prices for 9,000 items across all 140 stores.",
                         "", False),
                        ("- Ran 30 price experiments with the merchants and wrote the team's guide to reading them.",
                         "", False),
                        ("Data Scientist, Forecasting", "Jun 2017 - Feb 2021", True),
                        ("Saguaro Credit Union, Tucson, AZ", "", False),
                        ("- Trained churn models in scikit-learn for 400,000 members; the retention team calls on them.",
                         "", False)]),
        ("EDUCATION", [("Ph.D. Statistics", "2012 - 2017", True),
                       ("University of Arizona, Tucson, AZ", "", False),
                       ("B.S. Mathematics", "2008 - 2012", True),
                       ("Arizona State University, Tempe, AZ", "", False)]),
    ]
    # a long page: many lines in the right column, so the gutter must be found among them
    blocks[1][1][3:3] = [(f"- Priced seasonal line {i}: weekly markdown cadence, store clusters and "
                          "a holdout to check the lift.", "", False) for i in range(1, 31)]
    for head, rows in blocks:
        page.insert_text((50, y), head, fontsize=10, fontname="hebo")
        for text, dates, bold in rows:
            page.insert_text((150, y), text, fontsize=10, fontname="hebo" if bold else "helv")
            if dates:
                page.insert_text((490, y), dates, fontsize=10, fontname="helv")
            y += 14
        y += 10
    path = tmp_path / "leftcol.pdf"
    doc.save(str(path))
    r = read_resume(path)
    assert [s.kind for s in r.sections][:3] == ["summary", "experience", "education"]
    assert [x.title for x in r.roles] == ["Staff Data Scientist, Pricing",
                                          "Data Scientist, Forecasting"]
    assert r.roles[0].organization.startswith("Juniper Outfitters")
    exp = estimate(r, TODAY_MONTH)
    assert {d.level for d in exp.degrees} >= {1, 3}


MODELING_POSTING = """
Data Scientist II, Inventory
Amazon

BASIC QUALIFICATIONS
- 2+ years of machine learning/statistical modeling data analysis tools and techniques experience
- Experience with SQL
"""


def test_machine_learning_work_meets_years_of_ml_or_statistical_modeling(tmp_path: Path) -> None:
    """'2+ years of machine learning/statistical modeling data analysis tools': roles whose
    lines train and launch models are that work, though they never print the skill's name."""
    from judge_helpers import judge

    got = judge(tmp_path, """
    Oona Castellane
    oona@example.com

    EXPERIENCE
    Research Scientist, Recommendations, Larchmont Streaming
    Jan 2021 – Present
    - Designed a transformer-based sequence model that replaced two GRU models; +2% watch time in an A/B test.
    - Trained the two-tower retrieval model behind the home page with SQL features.

    EDUCATION
    M.S. Computer Science, Georgia Tech, 2018 – 2020
    """, MODELING_POSTING, "model")
    assert got.of("2+ years of machine learning") == "met", got.why("2+ years")


SENIOR_SDE = """
Senior Software Development Engineer, Payments Ledger
Amazon

BASIC QUALIFICATIONS
- 5+ years of non-internship professional software development experience
- Experience programming with at least one software programming language

PREFERRED QUALIFICATIONS
- Bachelor's degree in computer science or equivalent
"""

FORMER_DEVELOPER = """
Cormac Feeney
cormac@example.com

EXPERIENCE
Engagement Director, Harrowgate Advisory
January 2015 – Present
- Lead advisory engagements on cloud strategy for hospital groups; 14 clients.
- Write proposals and present roadmaps to executive sponsors.

Software Developer, Tidewell Insurance
January 2011 – December 2014
- Wrote the claims intake web application in Java and Spring.
- Moved the nightly batch from shell scripts to Quartz jobs.

EDUCATION
B.S. Computer Science, University of Vermont, 2007 – 2011
"""


def test_few_engineering_years_long_ago_are_not_yet_for_a_hands_on_role(tmp_path: Path) -> None:
    """Four years of development that ended more than eight years ago, against 5+ asked: not
    yet, with what would change it. The same years ended recently: a stretch at worst."""
    from judge_helpers import judge

    stale = judge(tmp_path, FORMER_DEVELOPER, SENIOR_SDE, "stale")
    assert stale.verdict == "not-yet", stale.report.fit.verdict_reason
    assert "years ago" in stale.report.fit.verdict_reason
    recent = judge(tmp_path, FORMER_DEVELOPER.replace("January 2015 – Present", "January 2022 – "
                                                      "Present").replace(
        "January 2011 – December 2014", "January 2018 – December 2021"), SENIOR_SDE, "recent")
    assert recent.verdict != "not-yet", recent.report.fit.verdict_reason


def test_mentoring_two_juniors_is_not_scope_beyond_one_team() -> None:
    """Mentoring a few juniors is part of a senior engineer's own team; leading a team with its
    size, or mentoring a team's worth of people (five or more), is scope."""
    from app.analysis.level import team_scope

    assert not team_scope("Mentored two junior engineers; ran the sprint demos.")
    assert not team_scope("Mentor 2 new hires on the billing codebase.")
    assert team_scope("Mentor four data scientists and two interns across the pricing group.")
    assert team_scope("Mentor three scientists and two interns; co-wrote the onboarding guide.")
    assert team_scope("Led a team of 6 engineers through the warehouse-scanner rewrite.")
    # four juniors mentored are still one team's work (both experts placed an 8-year engineer
    # whose only such line this was at L5); being one of a competition team of three is no lead
    assert not team_scope("Mentored 4 junior engineers and did code reviews.")
    assert not team_scope("Kaggle competition (fraud detection), silver medal, team of 3.")
    assert team_scope("Head of the data platform (team of 7), on-call rota owner.")


DS_SENIOR_POSTING = """
Senior Data Scientist, Fulfilment Forecasting
Amazon

BASIC QUALIFICATIONS
- 5+ years of data scientist experience
- Experience with statistical models, e.g. multinomial logistic regression

PREFERRED QUALIFICATIONS
- Experience with Python and SQL
"""

SENIOR_DS = """
Philippa Oyelaran
philippa@example.com

EXPERIENCE
Senior Data Scientist, Demand Planning, Ridgefield Home Goods
Feb 2018 – Present
- Built the store-level demand forecasting pipeline in Python (LightGBM) used by all 6 regional planning teams.
- Lead a team of 3 data scientists; statistical models for promotions with logistic regression.

Data Scientist, Bellwether Telecom
Jan 2015 – Jan 2018
- Trained churn models in scikit-learn and ran the retention experiments with SQL.

EDUCATION
M.S. Statistics, University of Iowa, 2013 – 2015
"""


def test_a_data_scientist_ladder_does_not_ask_for_papers(tmp_path: Path) -> None:
    """Senior data scientist levels rest on years and scope; a research record (a PhD or
    papers) is asked of applied and research scientists."""
    from judge_helpers import judge

    ds = judge(tmp_path, SENIOR_DS, DS_SENIOR_POSTING, "ds")
    assert ds.level == "L6", ds.report.fit.level_reason
    applied = judge(tmp_path, SENIOR_DS, DS_SENIOR_POSTING.replace(
        "Senior Data Scientist, Fulfilment Forecasting", "Senior Applied Scientist, Forecasting"),
        "as")
    assert applied.level == "L5", applied.report.fit.level_reason
    assert "research record" in applied.report.fit.level_reason


PRINCIPAL = """
Anselm Drummore
anselm@example.com

EXPERIENCE
Principal Engineer, Payments Platform, Kestrelgate Financial
March 2019 – Present
- Technical lead for the payments platform organisation (7 teams, ~90 engineers) that moves card and bank money.
- Authored the org-wide design for idempotent settlement; rolled out over a year with no double charges.
- Mentor five senior engineers; sit on the architecture review board.

Staff Software Engineer, Kestrelgate Financial
June 2013 – February 2019
- Built the ledger service in Java that every product team posts to.
- Grew the ledger team from 3 to 11 engineers.

Software Engineer, Brackenfold Systems
July 2008 – May 2013
- Wrote the fraud-rules engine in C++.

EDUCATION
B.S. Computer Science, University of Maryland, 2004 – 2008
"""


def test_an_organisation_led_by_its_size_is_principal_scope(tmp_path: Path) -> None:
    """Eighteen years, a principal title and an organisation led with its size (teams and
    engineers) beside an org-wide design: L7. Without the organisation's size: L6."""
    from judge_helpers import judge

    got = judge(tmp_path, PRINCIPAL, SENIOR_SDE, "principal")
    assert got.level == "L7", got.report.fit.level_reason
    smaller = judge(tmp_path, PRINCIPAL.replace(" (7 teams, ~90 engineers)", ""), SENIOR_SDE,
                    "smaller")
    assert smaller.level == "L6", smaller.report.fit.level_reason


def test_used_by_many_models_is_not_used_by_other_teams() -> None:
    """A module reused by nine of one's own models stays inside the team; one used by four
    teams or every service reaches beyond it."""
    from app.analysis.level import CROSS_TEAM

    assert not CROSS_TEAM.search("Wrote a Helm chart for scoring endpoints, now used by 11 models.")
    assert not CROSS_TEAM.search("A feature library used by 6 training pipelines.")
    assert CROSS_TEAM.search("A feature library used by 4 teams in the marketplace group.")
    assert CROSS_TEAM.search("The rate limiter is now used by every service in checkout.")


ML_POSTING = """
Machine Learning Engineer II, Catalog
Amazon

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
- Experience building machine learning models or pipelines for production, including training, deployment and monitoring

PREFERRED QUALIFICATIONS
- Experience with PyTorch
"""

BACKEND_TO_ML = """
Radomir Ekblad
radomir@example.com

EXPERIENCE
Software Engineer II, Lindqvist Payments
May 2020 – Present
- Wrote Kafka consumers that keep the ledger read-model in sync with the event store.
- Designed the data model for merchant payouts in PostgreSQL.
- Cut p99 latency of the balance API from 300 ms to 80 ms.

PROJECTS
Movie recommender (personal)
2025
- Trained a two-tower recommender in PyTorch on MovieLens; deployed a demo on a free tier.

EDUCATION
B.S. Computer Science, Oregon State University, 2016 – 2020
"""


def test_a_read_model_is_not_machine_learning(tmp_path: Path) -> None:
    """'read-model' and 'data model' are not machine-learning models: a backend engineer whose
    only ML is a side project does not meet production ML, and on an ML engineering ladder
    the years of software alone place the entry level."""
    from judge_helpers import judge

    got = judge(tmp_path, BACKEND_TO_ML, ML_POSTING, "readmodel")
    assert got.of("Experience building machine learning models") != "met", \
        got.why("Experience building machine learning models")
    assert got.years is not None and got.years >= 5
    assert got.level == "L4", got.report.fit.level_reason
    assert "no machine learning in any job" in got.report.fit.level_reason
    from app.analysis.areas import without_other_models

    assert "model" not in without_other_models("Designed the data model and the read-model.")
    assert "model" in without_other_models("Trained a churn model on 2M accounts.")


def test_a_tool_named_only_as_what_was_left_behind_is_partly() -> None:
    """'Migrated the models from X to Y' shows moving away from X; a line that builds on X,
    or names it again as in use, still shows X."""
    from app.analysis.qualifications import left_behind

    assert left_behind("Migrated 30 services from self-hosted Jenkins to GitHub Actions.", "Jenkins")
    assert left_behind("Replaced the Redshift cluster with Snowflake; cut cost by 30%.", "Redshift")
    assert left_behind("Moved the team off Heroku onto ECS Fargate.", "Heroku")
    assert not left_behind("Built training pipelines on Vertex AI for 12 models.", "Vertex AI")
    assert not left_behind("Migrated batch jobs from EC2 cron to Airflow on EC2.", "EC2")
    assert not left_behind("Migrated 4 models to SageMaker endpoints from Flask.", "SageMaker")


def test_plus_adds_a_thing_asked_rather_than_an_alternative() -> None:
    """'A or B, plus C': C is asked as well, not a third alternative."""
    from judge_helpers import knowledge

    from app.analysis.asks import parse
    from app.analysis.pipeline import default_skill_spans

    k = knowledge()
    cats = {s.name.lower(): s.category for s in k.skills}
    p = parse("Strong Go and experience with PostgreSQL or MySQL, plus Kafka",
              default_skill_spans(k), cats)
    groups = [set(a.names) for a in p.asks]
    assert {"Kafka"} in groups, groups
    assert any({"PostgreSQL", "MySQL"} <= g and "Kafka" not in g for g in groups), groups


OPERATE_POSTING = """
Senior Machine Learning Engineer, Ranking
Brindlewood Marketplace

WHAT YOU BRING
- 4+ years of experience building and operating machine learning systems in production
- Experience with Python
"""

RESEARCHER = """
Tamsin Oakhurst
tamsin@example.com

EXPERIENCE
Research Scientist, Recommendations, Glimmerfield Video
Jan 2020 – Present
- Designed a sequence model for the home page that replaced two older models; +2% watch time in an A/B test.
- Trained the retrieval model in PyTorch; published the method at RecSys.

EDUCATION
M.S. Computer Science, University of Utah, 2017 – 2019
"""


def test_operating_ml_in_production_needs_lines_that_run_it(tmp_path: Path) -> None:
    """Years of 'building and operating ML systems in production': a scientist's role whose
    lines only build and test models is partly; the same role that carries the pager and
    watches latency and drift meets it."""
    from judge_helpers import judge

    research = judge(tmp_path, RESEARCHER, OPERATE_POSTING, "research")
    assert research.of("4+ years of experience building and operating") == "partly", \
        research.why("4+ years")
    assert "running it in production" in research.why("4+ years")
    operating = judge(tmp_path, RESEARCHER.replace(
        "- Trained the retrieval model in PyTorch; published the method at RecSys.",
        "- Trained the retrieval model in PyTorch; carry the on-call pager and watch its latency "
        "and drift alerts."), OPERATE_POSTING, "operating")
    assert operating.of("4+ years of experience building and operating") == "met", \
        operating.why("4+ years")


CERT_POSTING = """
Business Intelligence Analyst
Thornbury Freight Partners

WHAT YOU BRING
- 2+ years of experience in data analysis or reporting
- Experience building dashboards in Tableau or Power BI

NICE TO HAVE
- Tableau or Power BI certification
- Experience in an analytics role with a large technology company
"""

BI_ANALYST = """
Lucinda Arkwright
lucinda@example.com

EXPERIENCE
Data Analyst, Marlowe Garden Centres
March 2022 – Present
- Build Tableau dashboards of store sales and stock for 40 managers.
- Automated the weekly margin pack in SQL and Python.

EDUCATION
B.A. Economics, University of Leeds, 2018 – 2021
"""


def test_a_certification_needs_a_certificate_and_big_tech_needs_a_known_employer(
        tmp_path: Path) -> None:
    """Using Tableau at work is not a Tableau certification; a certifications line that names
    it is. A role with a large technology company needs an employer known to run at scale."""
    from judge_helpers import judge

    plain = judge(tmp_path, BI_ANALYST, CERT_POSTING, "plain")
    assert plain.of("Tableau or Power BI certification") == "partly", plain.why("Tableau or")
    assert plain.of("Experience in an analytics role with a large technology company") == "partly"
    certified = judge(tmp_path, BI_ANALYST + "\nCERTIFICATIONS\nTableau Desktop Specialist "
                      "certification (2024)\n", CERT_POSTING, "certified")
    assert certified.of("Tableau or Power BI certification") == "met"
    big = judge(tmp_path, BI_ANALYST.replace("Data Analyst, Marlowe Garden Centres",
                                             "Data Analyst, Google"), CERT_POSTING, "big")
    assert big.of("Experience in an analytics role with a large technology company") == "met", \
        big.why("Experience in an analytics role")


MLE_POSTING = """
Machine Learning Engineer, Fraud
Quarrystone Bank

WHAT YOU BRING
- 3+ years of professional software development experience
- Experience with Python and Kubernetes
- Experience building machine learning pipelines for production
"""

PLATFORM_ENGINEER = """
Ottoline Brask
ottoline@example.com

EXPERIENCE
Senior Data Engineer, ML Platform, Hearthmoor Energy
January 2019 – Present
- Built the feature pipelines in Python and Spark that feed the data scientists' models.
- Run the Kubernetes model-serving platform (KServe) for 20 models with canary rollouts.
- Designed the Airflow DAGs that retrain the scientists' models weekly.

EDUCATION
B.S. Computer Science, Drexel University, 2014 – 2018
"""


def test_an_ml_platform_without_models_of_ones_own_is_apply_not_strong(tmp_path: Path) -> None:
    """The platform around other people's models is real ML engineering, but an ML engineering
    role is strong only for someone who has trained a model themselves in a job."""
    from judge_helpers import judge

    platform = judge(tmp_path, PLATFORM_ENGINEER, MLE_POSTING, "platform")
    assert platform.verdict == "apply", platform.report.fit.verdict_reason
    assert "trained or built yourself" in platform.report.fit.verdict_reason
    modeller = judge(tmp_path, PLATFORM_ENGINEER.replace(
        "- Designed the Airflow DAGs that retrain the scientists' models weekly.",
        "- Trained the gradient-boosted fraud models in XGBoost and shipped them to the platform."),
        MLE_POSTING, "modeller")
    assert "trained or built yourself" not in modeller.report.fit.verdict_reason


QA_ENGINEER = """
Devika Raghunathan
devika@example.com

WORK EXPERIENCE
- Working as Senior SDET in Kalindi Softech Pvt. Ltd., Pune from Jan 2020 to Till Date (designation till Jun 2022: Test Engineer).
- Worked as QA Engineer in Marigold Systems, Chennai from Jul 2017 to Dec 2019.

PROJECT DETAILS
Project #1: Card Payments Regression Suite
- Automated 900 regression cases for card authorisation with Selenium and Java.
- Built API tests with RestAssured for 40 payment endpoints.

EDUCATION
B.E. Computer Science, Anna University, 2013 – 2017
"""

SWE_POSTING = """
Software Engineer II, Payments
Larkhill Bank

WHAT YOU BRING
- 2+ years of professional software engineering experience
- Proficiency in Java
"""


def test_test_engineering_years_count_and_a_software_role_is_a_stretch(tmp_path: Path) -> None:
    """'Working as Senior SDET in ... from Jan 2020 to Till Date (designation till ...)' is a
    role, an SDET is engineering and its years count; a posting that builds product software
    is a stretch for someone whose recent years are in testing."""
    from analysis_text import read_text_resume
    from judge_helpers import judge

    r = read_text_resume(QA_ENGINEER)
    assert [(x.title, x.organization) for x in r.roles[:2]] == [
        ("Senior SDET", "Kalindi Softech Pvt. Ltd."), ("QA Engineer", "Marigold Systems")]
    exp = estimate(r, TODAY_MONTH)
    assert exp.years is not None and exp.years >= 8.5
    got = judge(tmp_path, QA_ENGINEER, SWE_POSTING, "qa")
    assert got.verdict == "stretch", got.report.fit.verdict_reason
    assert "testing" in got.report.fit.verdict_reason
    qa_role = judge(tmp_path, QA_ENGINEER, SWE_POSTING.replace("Software Engineer II, Payments",
                                                               "QA Automation Engineer II, Payments"), "qarole")
    assert "testing" not in qa_role.report.fit.verdict_reason


def test_an_industry_background_shows_in_where_you_worked(tmp_path: Path) -> None:
    """'Rail or transit background': an employer or a role title in that industry shows it,
    though no bullet says the word."""
    from judge_helpers import judge

    posting = """
    Embedded Software Engineer
    Cinderford Signalling

    WHAT YOU BRING
    - 3+ years of professional software engineering experience
    - Rail or transit background
    """
    resume = """
    Aurelio Penhallow
    aurelio@example.com

    EXPERIENCE
    Embedded Software Engineer, Brightwater Rail Systems
    May 2019 – Present
    - Wrote the axle-counter firmware in C for a safety-certified controller.
    - Cut boot time of the controller by 40%.

    EDUCATION
    B.S. Electrical Engineering, Lehigh University, 2015 – 2019
    """
    got = judge(tmp_path, resume, posting, "rail")
    assert got.of("Rail or transit background") == "met", got.why("Rail or transit")
    other = judge(tmp_path, resume.replace("Brightwater Rail Systems", "Brightwater Medical"),
                  posting, "medical")
    assert other.of("Rail or transit background") != "met"


def test_an_alternative_years_clause_is_not_part_of_the_first(tmp_path: Path) -> None:
    """'2+ years of software engineering, or 4+ years of combined engineering and test
    automation (framework work in C# counts)': the first way asks for software years only;
    the tools named in the alternative are not asked of it."""
    from judge_helpers import judge

    posting = """
    Software Engineer II
    Pembrook Insurance

    WHAT YOU BRING
    - 2+ years of software engineering experience, or 4+ years of combined software engineering and test automation experience (framework development in C# counts)
    - Experience with SQL
    """
    resume = """
    Henrietta Vasquez-Lowe
    henrietta@example.com

    EXPERIENCE
    Software Engineer, Copperkettle Foods
    June 2022 – Present
    - Built the order-tracking web app in TypeScript and Node.js for 120 stores.
    - Wrote the SQL reports the buyers use every Monday.

    EDUCATION
    B.S. Computer Science, Kent State University, 2018 – 2022
    """
    got = judge(tmp_path, resume, posting, "alt")
    assert got.of("2+ years of software engineering experience") == "met", \
        got.why("2+ years of software")


STORAGE_POSTING = """
Senior Software Engineer, Object Storage
Fernleigh Cloud

WHAT YOU BRING
- 5+ years of professional software development experience
- Experience as a mentor, tech lead or leading an engineering team
- Experience building distributed storage systems, file systems or databases at scale
- Experience with replication and durability of data
"""

EMBEDDED_LEAD = """
Casimir Wrenfield
casimir@example.com

EXPERIENCE
Senior Embedded Software Engineer, Brakes Controller, Holloway Automotive
March 2019 – Present
- Wrote the wheel-speed filtering in C on the brake ECU; cut false ABS triggers by 20%.
- Mentoring two junior developers and one intern.

Embedded Software Engineer, Seat Modules, Holloway Automotive
January 2016 – February 2019
- CAN diagnostics and bootloader updates for the seat control units.

EDUCATION
M.S. Electrical Engineering, Purdue University, 2014 – 2016
"""


def test_a_mentor_is_one_way_and_storage_is_backend_work(tmp_path: Path) -> None:
    """'A mentor, tech lead or leading a team': mentoring meets it. A team building distributed
    storage and databases works on the backend, so years all in embedded firmware are a
    stretch there."""
    from judge_helpers import judge

    got = judge(tmp_path, EMBEDDED_LEAD, STORAGE_POSTING, "storage")
    assert got.of("Experience as a mentor, tech lead") == "met", got.why("Experience as a mentor")
    assert got.verdict == "stretch", got.report.fit.verdict_reason
    assert "cap stretch: your years are in embedded" in got.report.fit.score_detail


SIDE_GIG = """
Perpetua Hollins
perpetua@example.com

EXPERIENCE
Web Developer, Tansy Print Works
May 2023 – Present
- Built the order portal in Laravel and Vue for 300 trade customers.

Freelance Web Developer, Self-employed
September 2022 – Present
- Build WordPress sites for local shops.

EDUCATION
B.S. Information Technology, Portland State University, 2018 – 2022
"""


def test_freelancing_beside_a_full_time_job_is_side_work() -> None:
    """Freelance work held for years alongside a full-time job is part-time by nature: the
    full-time job's years count, the freelancing is shown apart."""
    from analysis_text import read_text_resume

    exp = estimate(read_text_resume(SIDE_GIG), TODAY_MONTH)
    kinds = {w.title: (w.counted, w.note) for w in exp.work}
    assert kinds["Freelance Web Developer"][0] is False
    assert "side work" in kinds["Freelance Web Developer"][1]
    assert exp.years is not None and 2.9 <= exp.years <= 3.2
    alone = estimate(read_text_resume(SIDE_GIG.replace(
        "Web Developer, Tansy Print Works\nMay 2023 – Present\n- Built the order portal in Laravel "
        "and Vue for 300 trade customers.\n\n", "")), TODAY_MONTH)
    assert {w.title: w.counted for w in alone.work}["Freelance Web Developer"] is True


OWN_SOFTWARE_POSTING = """
Software Development Engineer I
Amazon

BASIC QUALIFICATIONS
- Experience with at least one general-purpose programming language such as Java or Python

PREFERRED QUALIFICATIONS
- Experience contributing to open-source projects or building and shipping your own software
"""


def test_own_software_is_side_work_not_a_job(tmp_path: Path) -> None:
    """'Building and shipping your own software': a personal project or apps shipped as a
    freelancer meet it (no job needed); client projects inside a full-time job do not."""
    from judge_helpers import judge

    student = judge(tmp_path, """
    Wendell Okonkwo-Reyes
    wendell@example.edu

    EDUCATION
    B.S. Computer Science, Rutgers University, 2022 – 2026 (expected)

    PROJECTS
    Tidepool Tracker
    Jan 2025 – May 2025
    - Built a React Native app that logs tide-pool sightings; 400 downloads on the Play Store.
    """, OWN_SOFTWARE_POSTING, "student")
    assert student.of("Experience contributing to open-source") == "met", \
        student.why("Experience contributing")
    freelancer = judge(tmp_path, """
    Marisol Quintanar
    marisol@example.com

    EXPERIENCE
    Freelance iOS Developer, Self-employed
    March 2021 – Present
    - Designed and built 6 iOS apps for local businesses in Swift; 4 are live on the App Store.
    """, OWN_SOFTWARE_POSTING, "freelancer")
    assert freelancer.of("Experience contributing to open-source") == "met", \
        freelancer.why("Experience contributing")


FUNDAMENTALS_POSTING = """
Software Development Engineer I
Amazon

BASIC QUALIFICATIONS
- Experience with data structure implementation, basic algorithm development, and/or object-oriented design principles
- Experience with at least one general-purpose programming language such as Java or Python
"""


def test_coursework_with_projects_is_a_students_experience(tmp_path: Path) -> None:
    """A student's coursework in data structures and algorithms, beside projects that build
    software, meets an entry-level line about them; coursework alone stays partly."""
    from judge_helpers import judge

    student = """
    Ignatius Mbeki-Laurent
    ignatius@example.edu

    EDUCATION
    B.S. Computer Science, University of Oregon, 2022 – 2026 (expected)
    Relevant Coursework: Data Structures, Algorithms, Operating Systems

    PROJECTS
    Ferry Scheduler
    Jan 2025 – May 2025
    - Built a Java service that plans ferry crossings with a priority queue; 60 users at the harbour office.
    """
    got = judge(tmp_path, student, FUNDAMENTALS_POSTING, "course")
    assert got.of("Experience with data structure implementation") == "met", \
        got.why("Experience with data structure")
    bare = judge(tmp_path, student.split("PROJECTS")[0], FUNDAMENTALS_POSTING, "bare")
    assert bare.of("Experience with data structure implementation") == "partly"
