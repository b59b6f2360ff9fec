"""Causes of disagreement with experts that recur on any resume, each with invented lines that
fail without its rule: years asked of tools, years of analyst work, a returner on a posting
for new graduates."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import AMAZON_SDE2, judge

TOOL_YEARS_POSTING = """
Data Scientist, Store Operations
Northwind Grocers

BASIC QUALIFICATIONS
- 2+ years of data querying languages (e.g. SQL), scripting languages (e.g. Python) or statistical/mathematical software (e.g. R, SAS, MATLAB)
- Experience with dashboards for business partners
"""

ANALYST = """
Oskar Thelwell
Columbus, OH

EXPERIENCE
Senior Data Analyst | Larkspur Outdoor Supply | Mar 2022 - Present
- Wrote the SQL models in Snowflake behind the weekly sales dashboards for 40 store managers.
- Automated the monthly shrink report in Python; it had taken two days by hand.
Data Analyst | Fennick Credit Union | Jan 2020 - Feb 2022
- Built SQL queries and Tableau dashboards for the lending team's portfolio reviews.

EDUCATION
B.A. Economics, Ohio State University, 2019
"""

SCIENTIST = """
Ilse Varomund
Boston, MA

EXPERIENCE
Research Scientist, Recommendations | Tallowmere Media | Jan 2020 - Present
- Designed the two-tower retrieval model behind the home feed; watch time up 6% in an online test.
- Led the offline evaluation framework the ranking team uses before every launch.

EDUCATION
Ph.D. Computer Science, Brown University, 2019
"""


def test_years_of_tools_listed_with_examples_are_any_of_them_and_count_analyst_roles(
        tmp_path: Path) -> None:
    """"2+ years of SQL (e.g. ...), scripting (e.g. Python) or statistical software": the
    subject runs past its "e.g." (it was cut at "(e", so each example became a skill asked on
    its own, all required), and an analyst's full-time roles that write SQL are years of it,
    though not engineering years."""
    got = judge(tmp_path, ANALYST, TOOL_YEARS_POSTING)
    line = "2+ years of data querying languages"
    assert got.of(line) == "met", got.why(line)
    assert "not" not in got.why(line).split("against")[0]


def test_a_scientists_role_is_years_of_scripting_or_statistical_software(tmp_path: Path) -> None:
    """A data or applied scientist's full-time role is done in scripting languages or
    statistical software even when its lines name none."""
    got = judge(tmp_path, SCIENTIST, TOOL_YEARS_POSTING)
    assert got.of("2+ years of data querying languages") == "met"


NEW_GRAD_POSTING = """
Software Development Engineer I (University Graduates 2026)
Amazon

We hire recent graduates into full-time software roles at the entry level.

BASIC QUALIFICATIONS
- Bachelor's degree in Computer Science or a related field
- Experience programming with at least one modern language such as Java, Python or C++

PREFERRED QUALIFICATIONS
- Experience with databases or cloud services such as AWS
"""

RETURNER = """
Wenna Castellane
Tulsa, OK

RECENT LEARNING (2026)
- Built a Spring Boot and React app for a tool library, deployed on AWS with Postgres; used by 40 neighbours.

CAREER BREAK
Career break - parental leave | | | Jul 2020 - Jan 2026
- Full-time parent of two.

EXPERIENCE
Senior Software Engineer | Marrowgate Insurance | Jan 2018 - Jun 2020
- Tech lead for the quoting service in Java; cut quote latency from 2 s to 300 ms.
Software Engineer | Marrowgate Insurance | Jul 2014 - Dec 2017
- Built the policy document service in Java and SQL Server.

EDUCATION
B.S. Computer Science, University of Tulsa, 2014
"""

TESTER = """
Dhruv Annapureddy
Pune, India

EXPERIENCE
Lead SDET | Corvane Software | Jan 2019 - Present
- Built the Selenium and REST Assured automation framework in Java for the payments product.
SDET | Corvane Software | Jan 2016 - Dec 2018
- Wrote API regression suites in Java.

EDUCATION
B.E. Computer Science, University of Pune, 2015
"""


def test_a_senior_engineer_on_a_new_graduate_posting_is_offered_the_experienced_level(
        tmp_path: Path) -> None:
    """A posting for new graduates levels its hires at L4, but an engineer who already held a
    senior software title over three years and more would be offered L5; a returner whose
    stated break ended recently and who has built software since is 'apply', not the stretch of
    someone who simply stopped engineering years ago."""
    got = judge(tmp_path, RETURNER, NEW_GRAD_POSTING)
    assert got.level == "L5"
    assert got.verdict == "apply", got.report.fit.verdict_reason


def test_years_in_a_test_automation_title_keep_a_new_graduate_posting_at_entry_level(
        tmp_path: Path) -> None:
    """A lead title in test automation is not a senior software engineering title."""
    got = judge(tmp_path, TESTER, NEW_GRAD_POSTING)
    assert got.level == "L4"


ANALYST_SUMMARY = """
Oskar Thelwell
Columbus, OH

SUMMARY
Data analyst with 6 years of analytics experience in retail and banking.

EXPERIENCE
Senior Data Analyst | Larkspur Outdoor Supply | Jun 2022 - Present
- Wrote the SQL models in Snowflake behind the weekly sales dashboards for 40 store managers.
Data Analyst | Fennick Credit Union | Jun 2020 - May 2022
- Built SQL queries and Tableau dashboards for the lending team's portfolio reviews.

EDUCATION
B.A. Economics, Ohio State University, 2019
"""

PRODUCT_MANAGER = """
Rhea Oyelaran
Chicago, IL

EXPERIENCE
Senior Product Manager | Quellbrook Travel | Jun 2021 - Present
- Led the roadmap for the booking flow; conversion up 4%.
Data Analyst | Quellbrook Travel | Jun 2019 - May 2021
- Built SQL dashboards for the marketing team.

EDUCATION
B.A. Economics, Northwestern University, 2019
"""


def test_an_analysts_professional_years_are_their_analyst_years(tmp_path: Path) -> None:
    """Someone whose line of work is analysis (an analyst now, no engineering or science role)
    has their analyst years as professional years, as a recruiter counts them (shown as 0
    before); their summary's claim is checked against those years, not against zero. An
    analyst role held before another line of work (product) is not."""
    got = judge(tmp_path, ANALYST_SUMMARY, TOOL_YEARS_POSTING)
    assert got.years is not None and 5.8 <= got.years <= 6.1
    assert "analyst work" in got.report.fit.years_reason
    assert not any("summary" in r.title.lower() for r in got.report.risks)
    pm = judge(tmp_path, PRODUCT_MANAGER, TOOL_YEARS_POSTING, name="pm")
    assert pm.years == 0.0


FREELANCER = """
Bram Okonjo-Lund
Chicago, IL

EXPERIENCE
Consultant, Okonjo Software LLC (my company) | Jan 2018 - Present
Contract Backend Engineer, Pellmark Logistics (via Toptal) | Jan 2024 - Dec 2024
- Rebuilt the carrier-rate API in Go; p95 latency from 900 ms to 120 ms.
(Jan 2023 - Dec 2023: took time off to travel)
Data Engineer (contract), Ruddle Analytics | Jan 2021 - Dec 2022
- Built BigQuery pipelines for ad-spend data with dbt.
Python Developer, Upwork clients (various) | Jan 2018 - Dec 2020
- Built Django admin tools and Stripe billing integrations for about 20 clients.
Software Engineer, Harrowby Media | Jan 2016 - Dec 2017
- Built the newsroom CMS in Python.

EDUCATION
B.S. Computer Science, University of Illinois Chicago, 2015
"""


def test_a_freelance_business_that_holds_the_engagements_is_the_main_work(tmp_path: Path) -> None:
    """'My company, 2018 to present' over contracts for clients is the candidate's main work,
    not freelancing beside a full-time job (it was read as side work and dropped, with the
    engagements' gaps); the time off it states is left out."""
    got = judge(tmp_path, FREELANCER, AMAZON_SDE2)
    # Jan 2016 to Jun 2026 is 10.4 years; the stated year off leaves about 9.4
    assert got.years is not None and 9.2 <= got.years <= 9.6, got.report.fit.years_reason


NEIGHBOURS_POSTING = """
Machine Learning Engineer, Store Intelligence
Larchfield Markets

QUALIFICATIONS
- Experience with recommender systems, search ranking or personalization
- Experience optimizing neural networks for embedded or edge hardware
- Experience with causal inference, experimentation or advertising measurement
- Experience with pricing optimization or markdown models
- Experience with pricing, econometrics or demand forecasting
- Experience with object detection, segmentation or 3D vision
- Experience with Tableau, Power BI or Looker
"""

NEIGHBOURS_RESUME = """
Teodor Vasquez-Lind
Denver, CO

EXPERIENCE
Machine Learning Engineer | Harrowgate Retail | Jan 2021 - Present
- Replaced item-to-item co-occurrence with a two-tower model for the home page rows; recall@100 up 12%.
- Converted and quantized the shelf-camera model to INT8 on Jetson devices; 25 FPS at 1080p.
- Built a counterfactual evaluator for coupon policies; it ranked 5 of 6 policies as the online tests later did.
- Estimated price elasticity for 40 private-label items; the markdown plan now uses it.
- Forecasted weekly store traffic for 120 stores with gradient boosting.
- Built 6-DoF pose estimation for shelf robots from stereo point clouds.
- Built store dashboards in Looker Studio for 30 managers.
"""


def test_concept_neighbours_an_expert_accepts_show_the_area(tmp_path: Path) -> None:
    """Words a resume uses for the area a posting names, from the skills taxonomy's spellings
    (knowledge data): a two-tower retrieval model is recommender work, INT8 quantisation on
    Jetson is optimising networks for edge hardware, a counterfactual policy evaluator is
    causal inference, price elasticity is pricing optimisation, a forecast is forecasting, pose
    estimation from point clouds is 3D vision. Looker Studio is not Looker."""
    got = judge(tmp_path, NEIGHBOURS_RESUME, NEIGHBOURS_POSTING)
    for line in ("Experience with recommender systems", "Experience optimizing neural networks",
                 "Experience with causal inference", "Experience with pricing optimization",
                 "Experience with pricing, econometrics", "Experience with object detection"):
        assert got.of(line) == "met", (line, got.why(line))
    assert got.of("Experience with Tableau") == "not-met", got.why("Experience with Tableau")


def test_a_pricing_data_mart_is_not_pricing_optimisation(tmp_path: Path) -> None:
    """Working on pricing data is the pricing domain, not pricing optimisation or markdown
    models."""
    resume = NEIGHBOURS_RESUME.replace(
        "- Estimated price elasticity for 40 private-label items; the markdown plan now uses it.",
        "- Gathered requirements for the new pricing data mart with merchandising.")
    got = judge(tmp_path, resume, NEIGHBOURS_POSTING)
    assert got.of("Experience with pricing optimization") != "met"


APPLIED_POSTING = """
Data Scientist, Demand Planning
Amazon

BASIC QUALIFICATIONS
- Experience applying theoretical models in an applied environment
- Experience in Python, Perl, or another scripting language
"""


def test_applying_theoretical_models_is_a_model_built_and_used_in_a_job(tmp_path: Path) -> None:
    """'Applying theoretical models in an applied environment' is shown by a model of one's
    own built for a business in a paid role (an analyst's forecast the stores plan with counts);
    building software with no model in it does not show it."""
    analyst = ANALYST.replace(
        "- Automated the monthly shrink report in Python; it had taken two days by hand.",
        "- Built a weekly demand forecast for 900 items with gradient boosting; shrink fell 7%.")
    got = judge(tmp_path, analyst, APPLIED_POSTING)
    assert got.of("Experience applying theoretical models") == "met"
    got = judge(tmp_path, TESTER, APPLIED_POSTING, name="t")
    assert got.of("Experience applying theoretical models") != "met"


def test_a_language_with_libraries_or_similar_is_shown_by_the_language(tmp_path: Path) -> None:
    """"Strong SQL and Python (pandas, scikit-learn, statsmodels or similar)": the libraries
    are ways of showing Python ("or similar"), so Python used in work shows it; without "or
    similar" the head is read as generic and the examples are what is asked."""
    posting = TOOL_YEARS_POSTING.replace(
        "- Experience with dashboards for business partners",
        "- Strong SQL and Python (pandas, scikit-learn, statsmodels or similar)")
    got = judge(tmp_path, ANALYST, posting)
    assert got.of("Strong SQL and Python") == "met", got.why("Strong SQL and Python")


FORECAST_POSTING = """
Data Scientist, Supply Forecasting
Corrowood Foods

QUALIFICATIONS
- Experience with time-series forecasting
- Experience in time series forecasting, including probabilistic or hierarchical forecasting
- Design and analyze experiments (A/B tests, store-level tests, geo experiments) for promotions
"""

FORECASTER = """
Ines Draycott
Toronto, ON

EXPERIENCE
Senior Analyst, Demand | Corrigan Grocers | Jan 2021 - Present
- Built the produce demand forecast with Prophet; forecast error down from 31% to 24%.
- Analysed a coupon test in 30 stores against 30 control stores; the coupon was not rolled out.
"""


def test_time_series_and_store_tests_in_their_own_words(tmp_path: Path) -> None:
    """A Prophet forecast is time-series forecasting and a test against control stores is an
    experiment (taxonomy spellings); "time series forecasting, including probabilistic or
    hierarchical forecasting" asks for that and one of those, not any one of the three
    (a plain forecast met it), and quantile outputs show a probabilistic forecast."""
    got = judge(tmp_path, FORECASTER, FORECAST_POSTING)
    assert got.of("Experience with time-series forecasting") == "met"
    assert got.of("Design and analyze experiments") == "met", got.why("Design and analyze")
    assert got.of("Experience in time series forecasting, including") != "met"
    quantile = FORECASTER.replace("with Prophet;", "with Prophet and quantile outputs;")
    got = judge(tmp_path, quantile, FORECAST_POSTING, name="q")
    assert got.of("Experience in time series forecasting, including") == "met"


SENIOR_BACKEND = """
Corvin Ashdale
Arlington, VA

EXPERIENCE
Senior Software Engineer, Orders | Tamsworth Retail | Jan 2018 - Present
- Technical lead for the order service (Java, DynamoDB) that processes 2M orders a day.
- Interviewer and bar raiser for backend hiring; mentored three engineers to promotion.
Software Engineer | Pellary Payments | Jan 2016 - Dec 2017
- Built the Go settlement service that posts card files to the ledger.

EDUCATION
B.S. Computer Engineering, Virginia Tech, 2015
"""


def test_raising_other_engineers_is_scope_beyond_ones_own_work(tmp_path: Path) -> None:
    """A senior engineer of 7+ years who mentored engineers to promotion or serves as a bar
    raiser on hiring loops shows the scope senior levels look for; mentoring alone does not."""
    got = judge(tmp_path, SENIOR_BACKEND, AMAZON_SDE2.replace(
        "Software Development Engineer II", "Senior Software Development Engineer"))
    assert got.level == "L6", got.report.fit.level_reason
    plain = SENIOR_BACKEND.replace(
        "- Interviewer and bar raiser for backend hiring; mentored three engineers to promotion.",
        "- Mentored two junior engineers.")
    got = judge(tmp_path, plain, AMAZON_SDE2.replace(
        "Software Development Engineer II", "Senior Software Development Engineer"), name="p")
    assert got.level == "L5"


def test_examples_of_a_kind_are_read_as_the_kind() -> None:
    """"at least one of Java, C++ or Go": the named languages are examples of a kind (the
    pattern carried a stray backspace character where its word boundary belongs, so it never
    matched)."""
    from app.analysis.skillkinds import asked_kinds, taxonomy_kinds
    from tests.analysis.judge_helpers import knowledge

    kinds = taxonomy_kinds(knowledge().skills)  # type: ignore[attr-defined]
    assert asked_kinds("Proficiency in at least one of Java, C++ or Go", ["Java", "C++", "Go"],
                       kinds) == ["language"]
    assert asked_kinds("Proficiency in Java, C++ and Go", ["Java", "C++", "Go"], kinds) == []


BACKEND_POSTING = """
Senior Backend Engineer
Tallowick Software

REQUIREMENTS
- Strong in at least one of Go, Java, Kotlin or Python, and willing to write Go and Kotlin here
- Experience breaking up or significantly re-architecting a large production system
- Ability to break up ambiguous problems into milestones
"""


def test_a_monolith_break_up_is_re_architecting_and_willing_to_learn_is_not_asked(
        tmp_path: Path) -> None:
    """Leading the break-up of a monolith into services shows 'breaking up or re-architecting
    a large production system' (its words differ: no text match found it); 'willing to write
    Go and Kotlin here' is what the hire will learn, so Java shown in work meets the language
    line; breaking up problems into milestones is not an architecture ask."""
    got = judge(tmp_path, SENIOR_BACKEND.replace(
        "- Technical lead for the order service",
        "- Led the break-up of a 300K-line order monolith into 9 services with a strangler-fig "
        "proxy.\n- Technical lead for the order service"), BACKEND_POSTING)
    assert got.of("Experience breaking up") == "met", got.why("Experience breaking up")
    assert got.of("Strong in at least one of Go") == "met", got.why("Strong in at least one")
    assert "re-architecting" not in got.why("Ability to break up")
    plain = judge(tmp_path, SENIOR_BACKEND, BACKEND_POSTING, name="p")
    assert plain.of("Experience breaking up") != "met"


MANAGER = """
Odile Marchbank
Oakland, CA

EXPERIENCE
Engineering Manager, ML Platform | Tessaly Commerce | Jan 2020 - Present
- Manage 11 engineers in two teams (ML platform, search); hired 8 of them and promoted 3.
- Set the team's roadmap that moved model training to a shared feature store; 20+ models run on it.
- Partner with finance on the ML compute budget; cut it 18% by retiring unused endpoints.
Senior Software Engineer, Search | Tessaly Commerce | Jan 2016 - Dec 2019
- Built the search service in Java and trained the first ranking model (XGBoost); conversion up 4%.

EDUCATION
B.S. Computer Science, UC Davis, 2015
"""

IC_MLE_POSTING = """
Machine Learning Engineer
Kestrelmoor Freight

REQUIREMENTS
- 4+ years of experience building and deploying machine learning models in production
- Experience with Python and SQL
- Experience with AWS
"""


def test_a_manager_of_engineers_is_not_building_because_the_line_names_engineers(
        tmp_path: Path) -> None:
    """'Manage 11 engineers in two teams (ML platform, search)' is about people: its
    'engineers' and 'platform' are not software built, so five years of managing read as
    managing rather than building for a hands-on role."""
    got = judge(tmp_path, MANAGER, IC_MLE_POSTING)
    assert "managed rather than built" in got.report.fit.score_detail


DS_POSTING = """
Data Scientist, Pricing
Amazon

BASIC QUALIFICATIONS
- 3+ years of data scientist experience
- Experience with SQL and Python
"""


def test_an_analyst_of_years_is_a_stretch_for_a_science_posting_not_ruled_out(
        tmp_path: Path) -> None:
    """Years of data analysis are the neighbouring work of a data scientist's: an analyst with
    the years asked is a stretch (it was 'not yet', as for someone with no such work); an
    analyst short of the years asked stays 'not yet'."""
    got = judge(tmp_path, ANALYST_SUMMARY, DS_POSTING)
    assert got.verdict == "stretch", got.report.fit.verdict_reason
    short = ANALYST_SUMMARY.replace("Jun 2020 - May 2022", "Jun 2024 - May 2025").replace(
        "Jun 2022 - Present", "Jun 2025 - Present")
    got = judge(tmp_path, short, DS_POSTING, name="s")
    assert got.verdict == "not-yet"


JUNIOR = """
Pim Achterhof
Austin, TX

EXPERIENCE
Software Engineer | Borrowdale Logistics | Jan 2024 - Present
- Designed and built the shipment-tracking service in Go with idempotent retries and a dead-letter queue.

EDUCATION
B.S. Computer Science, UT Austin, 2023
"""


def test_a_junior_engineers_first_year_is_not_design_years(tmp_path: Path) -> None:
    """'2+ years of design or architecture': an engineer of under three years spent the first
    building to others' designs, so 2.4 years of work is not 2 years of design (it was met by
    counting every month); someone past three years keeps them all."""
    got = judge(tmp_path, JUNIOR, AMAZON_SDE2)
    assert got.of("2+ years of non-internship design") != "met"
    longer = JUNIOR.replace("Jan 2024 - Present", "Jan 2022 - Present")
    got = judge(tmp_path, longer, AMAZON_SDE2, name="l")
    assert got.of("2+ years of non-internship design") == "met"


BACKEND_YEARS_POSTING = """
Senior Backend Engineer
Quarrystone Billing

REQUIREMENTS
- 6+ years of professional backend software engineering experience
- Experience with PostgreSQL
"""


def test_a_freelance_business_does_the_kind_of_work_its_engagements_do(tmp_path: Path) -> None:
    """Backend engagements held under one's own company make its years backend years (only
    the engagements' own months counted before: 'not yet' for a backend freelancer of eight
    years)."""
    got = judge(tmp_path, FREELANCER, BACKEND_YEARS_POSTING)
    assert got.of("6+ years of professional backend") == "met", \
        got.why("6+ years of professional backend")


def test_a_relational_database_product_shows_relational_databases(tmp_path: Path) -> None:
    """"Working knowledge of SQL and relational databases": PostgreSQL or MySQL is a
    relational database (the resume was told 'MySQL is related but not the same thing')."""
    posting = BACKEND_YEARS_POSTING.replace("- Experience with PostgreSQL",
                                            "- Working knowledge of SQL and relational databases")
    resume = FREELANCER.replace("Built the newsroom CMS in Python.",
                                "Built the newsroom CMS in Python with SQL queries on MySQL.")
    got = judge(tmp_path, resume, posting)
    assert got.of("Working knowledge of SQL") == "met", got.why("Working knowledge of SQL")


STUDENT = """
Rafe Okonkwo-Brandt
Ann Arbor, MI

EDUCATION
B.S.E. Computer Science, University of Michigan, Expected May 2027

EXPERIENCE
Software Engineering Intern | Northgate Maps | May 2025 - Aug 2025
- Built a tile-cache service in Go that cut map load time by 30%.

PROJECTS
Ledgerly | Python, Flask | 2024
- Built a budgeting web app used by 200 students.
"""


def test_a_software_project_line_is_met_by_a_project_internship_or_job(tmp_path: Path) -> None:
    """"Building or contributing to a non-trivial software project (coursework, open source, or
    personal)" lists where the project may come from; any project, internship or job that
    built software meets it (it asked for open source alone)."""
    posting = NEW_GRAD_POSTING.replace(
        "- Experience programming with at least one modern language such as Java, Python or C++",
        "- Experience building or contributing to a non-trivial software project (coursework, "
        "open source, or personal)")
    got = judge(tmp_path, STUDENT, posting)
    assert got.of("Experience building or contributing") == "met", \
        got.why("Experience building or contributing")


def test_an_area_is_one_alternative_of_a_list(tmp_path: Path) -> None:
    """"Experience with distributed systems, databases, or cloud services such as AWS": one
    ask of three alternatives (the example group split it in two, and the distributed-systems
    area then answered for the whole list), so a cloud service used in a project meets it."""
    posting = NEW_GRAD_POSTING.replace(
        "- Experience programming with at least one modern language such as Java, Python or C++",
        "- Experience with distributed systems, databases, or cloud services such as AWS")
    resume = STUDENT.replace("- Built a budgeting web app used by 200 students.",
                             "- Built a budgeting web app on AWS used by 200 students.")
    got = judge(tmp_path, resume, posting)
    assert got.of("Experience with distributed systems") == "met", \
        got.why("Experience with distributed systems")
