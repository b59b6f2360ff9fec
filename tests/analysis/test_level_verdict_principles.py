"""Level and verdict the way a hiring committee and a friend who hires would give them, one
principle per test, on resumes and postings written here (real TXT files, real readers):

- a science ladder counts research and a finished PhD (science ladders hire new PhDs at L5);
  senior science levels also need a research record; an ML engineer without one is L5 there;
- an ML engineering ladder counts industry years; research outside computing gives the
  background (L4), not seniority; a notebook data scientist has no ML engineering background;
- a manager with years of management only is offered the posting's own level, and it is a
  stretch for an individual-contributor role;
- a team on one side of engineering (backend) and a candidate whose years are on another
  (frontend): a stretch, and no level above the posting's;
- facts to confirm (work authorisation, location) are no gap in the verdict; a quality not
  shown is for the interview;
- a student still studying after a new-grad window is not yet; a degree finished before it
  is a stretch;
- a staff engineer two levels above an SDE II opening: apply, and talk about the level.
"""

from __future__ import annotations

from pathlib import Path

from judge_helpers import AMAZON_SDE2, judge

SCIENCE = """
Senior Applied Scientist, Search
Amazon

BASIC QUALIFICATIONS
- PhD, or a Master's degree and 5+ years of applied research experience
- 3+ years of building machine learning models for business applications experience
- Experience programming in Java, C++, Python or a related language
- Experience in patents or publications at top-tier peer-reviewed conferences or journals

PREFERRED QUALIFICATIONS
- Experience leading scientific projects with several scientists and engineers
"""

MLE = """
Machine Learning Engineer II
Amazon

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
- Experience building and deploying machine learning models in production
- Experience programming with at least one software programming language
"""


def test_a_science_ladder_counts_the_phd_and_wants_a_research_record(tmp_path: Path) -> None:
    scientist = judge(tmp_path, """
    Lin Zhao
    lin@example.com

    EXPERIENCE
    Senior Applied Scientist, Bing Search
    Sep 2019 – Present
    - Lead scientist for LLM query rewriting: fine-tuned a 7B model with LoRA; +1.2% sessions with success in online A/B tests.
    - Mentor three applied scientists and two interns; the rewriting model is used by 4 teams across the company.
    - Built the offline evaluation pipeline for generative answers.

    EDUCATION
    Ph.D., Language Technologies, Carnegie Mellon University, 2015 – 2020

    PUBLICATIONS
    - L. Zhao. Rewrite, then retrieve. In SIGIR, 2024.
    """, SCIENCE, "scientist")
    assert scientist.level == "L6", scientist.report.fit.level_reason
    engineer = judge(tmp_path, """
    Dan Oak
    dan@example.com

    EXPERIENCE
    Senior Machine Learning Engineer, Wayfair
    Jan 2016 – Present
    - Lead a team of 4 ML engineers; our ranking platform is used by 5 teams across the company.
    - Trained ranking models in PyTorch and deployed them on SageMaker endpoints.

    EDUCATION
    M.S. Computer Science, Boston University, 2014 – 2016
    """, SCIENCE, "engineer")
    assert engineer.level == "L5", engineer.report.fit.level_reason
    assert "research record" in engineer.report.fit.level_reason


def test_senior_levels_start_from_about_nine_years_with_scope(tmp_path: Path) -> None:
    """Seven and eight years with a team led are still the mid level at hiring committees
    (experts placed 7.2-7.6 years at L5 on every such pair of the held-back sets, and 8-9 years
    at L5 on all but one of the pairs of fifteen sets they leveled L5 or above); L6 starts at
    about nine."""
    body = """
    Ayo Bright
    ayo@example.com

    EXPERIENCE
    Senior Machine Learning Engineer, Trellix Retail
    {start} – Jun 2025
    - Lead a team of 4 ML engineers; our ranking platform is used by 5 teams across the company.
    - Trained ranking models in PyTorch and deployed them on SageMaker endpoints serving 20M requests a day.

    EDUCATION
    M.S. Computer Science, Boston University, 2014 – 2016
    """
    seven = judge(tmp_path, body.format(start="Mar 2018"), MLE, "seven")
    assert 7.0 <= seven.years < 8.0
    assert seven.level == "L5", seven.report.fit.level_reason
    eight = judge(tmp_path, body.format(start="Mar 2017"), MLE, "eight")
    assert 8.0 <= eight.years < 9.0
    assert eight.level == "L5", eight.report.fit.level_reason
    nine = judge(tmp_path, body.format(start="Mar 2016"), MLE, "nine")
    assert nine.years >= 9.0
    assert nine.level == "L6", nine.report.fit.level_reason


BIE = """
Business Intelligence Engineer, Returns Analytics
Amazon

BASIC QUALIFICATIONS
- 3+ years of analyzing and interpreting data with Redshift, Oracle, NoSQL etc. experience
- Experience with data visualization using Tableau, Quicksight, or similar tools
- Experience using SQL to pull data from a database or data warehouse
"""


def test_a_career_elsewhere_is_not_yet_an_analysis_role_start(tmp_path: Path) -> None:
    """A teacher of eight years with a course capstone has no start on an experienced
    analysis ladder (both experts of two held-back sets: below L4); a year as an analyst is a
    start, and a new graduate starts at the entry level."""
    teacher = """
    Dana Wilde
    dana@example.com

    EXPERIENCE
    {extra}
    Science Teacher, Maple Ridge High School
    Aug 2016 – Jun 2024
    - Taught chemistry to 120 students a year; pass rate rose from 61% to 80%.
    - Built the department's grade tracker in Google Sheets, used by 6 teachers.

    PROJECTS
    Capstone: Predicting late library returns (Data Analytics Bootcamp)
    Jan 2025 – Apr 2025
    - Cleaned 3 public datasets in pandas and SQL and presented a Tableau dashboard.

    EDUCATION
    B.Sc. Chemistry, State University, 2016
    """
    changer = judge(tmp_path, teacher.format(extra=""), BIE, "changer")
    assert changer.level == "below-L4", changer.report.fit.level_reason
    assert "teaching" in changer.report.fit.level_reason
    assert changer.verdict == "not-yet"
    analyst = judge(tmp_path, teacher.format(extra="""Data Analyst, Brightline Foods
    Jul 2024 – Present
    - Built weekly SQL and Tableau reports on store returns for 4 regional managers.
    """), BIE, "analyst")
    assert analyst.level == "L4", analyst.report.fit.level_reason
    assert "student" not in analyst.report.fit.level_reason
    senior = judge(tmp_path, teacher.format(extra="""Senior Data Analyst, Brightline Foods
    Jul 2020 – Present
    - Built weekly SQL and Tableau reports on store returns for 4 regional managers.
    """).replace("Aug 2016 – Jun 2024", "Aug 2012 – Jun 2020"), BIE, "senior")
    assert senior.level == "L5", senior.report.fit.level_reason  # analyst years count here
    graduate = judge(tmp_path, """
    Sam Reyes
    sam@example.com

    PROJECTS
    Returns dashboard (course project), Jan 2025 – May 2025
    - Built a Tableau dashboard on 50k e-commerce returns from SQL queries.

    EDUCATION
    B.S. Statistics, State University, 2021 – 2025
    """, BIE, "graduate")
    assert graduate.level == "L4", graduate.report.fit.level_reason


def test_research_outside_computing_is_background_not_seniority(tmp_path: Path) -> None:
    lab = judge(tmp_path, """
    Ellie Fitz
    ellie@example.com

    EXPERIENCE
    Graduate Research Assistant, Biophysics Lab, University of Wisconsin
    Sep 2019 – Aug 2025
    - Built a Python image-analysis pipeline (NumPy, PyTorch) that processes 30 TB of microscopy movies on the campus cluster.
    - Trained a U-Net to detect fluorescent spots; F1 0.93 against 0.81 for thresholding.

    EDUCATION
    Ph.D., Biophysics, University of Wisconsin, 2019 – 2025
    """, MLE, "lab")
    assert lab.years == 6.0  # September 2019 through August 2025
    assert lab.level == "L4" and lab.verdict == "not-yet", lab.report.fit.verdict_reason
    notebook = judge(tmp_path, """
    Hana Brook
    hana@example.com

    EXPERIENCE
    Data Scientist, Instacart
    Feb 2020 – Present
    - Analyze A/B tests for the checkout team (40 experiments a year).
    - Prototyped a propensity model in Jupyter and handed it off to ML engineering for production.

    EDUCATION
    M.S. Statistics, Ohio State University, 2018 – 2020
    """, MLE, "notebook")
    assert notebook.level == "below-L4" and notebook.verdict == "not-yet"


def test_a_long_time_manager_is_offered_the_roles_level(tmp_path: Path) -> None:
    manager = judge(tmp_path, """
    Marc Bell
    marc@example.com

    EXPERIENCE
    Engineering Manager, Indeed
    Jan 2021 – Present
    - Manage two teams (12 engineers) responsible for the search results page.
    - Hired 9 engineers; run quarterly planning with product and design.

    Senior Software Engineer, then Tech Lead, Vrbo
    Jun 2012 – Dec 2020
    - Tech lead for the checkout service (Java, Kafka, 40M requests a day) used by 6 teams across the company.
    - Led the re-platforming of checkout from the data center to AWS; led a team of 5 engineers.
    - On-call for checkout; wrote unit tests and led postmortems.

    EDUCATION
    B.S. Computer Engineering, Texas A&M University, 2008 – 2012
    """, AMAZON_SDE2, "manager")
    assert manager.level == "L5", manager.report.fit.level_reason
    assert manager.verdict == "stretch", manager.report.fit.verdict_reason


def test_the_other_side_of_engineering_is_a_stretch(tmp_path: Path) -> None:
    frontend = judge(tmp_path, """
    Luis Ortiz
    luis@example.com

    EXPERIENCE
    Senior Frontend Engineer, Tidewater Health
    2017 – Present
    - Lead the React and TypeScript design system used by 6 product teams.
    - Cut the scheduling page's bundle size by 40% with code splitting.
    - Mentor four engineers; led the migration of three apps to TypeScript.
    - Designed the front-end architecture for the patient portal.

    EDUCATION
    B.S. Computer Science, University of Texas, 2013 – 2017
    """, AMAZON_SDE2 + """
Key job responsibilities
- Design and build low-latency services that route customer orders
- Own your services in production, including on-call
""", "frontend")
    assert frontend.verdict == "stretch", frontend.report.fit.verdict_reason
    assert frontend.level == "L5", frontend.report.fit.level_reason


NEW_GRAD = """
Software Engineer, New Graduate
Brightside Energy, Denver, CO

Minimum qualifications
- Bachelor's degree in Computer Science or a related field, completed between December 2026 and June 2027
- Experience programming in at least one of Python, Java, Go or TypeScript
- Internship, research or project experience building software
- Authorization to work in the United States
- Strong communication skills

Preferred qualifications
- Hackathons, open-source contributions or side projects
"""


def _student(graduation: str) -> str:
    return f"""
    Grace Kim
    Boulder, CO | grace@example.com

    EDUCATION
    B.S. in Computer Science, University of Colorado Boulder, {graduation}

    EXPERIENCE
    Software Engineering Intern, Xcel Energy
    Jun 2026 – Aug 2026
    - Built a Python service that forecasts substation load and exposed it through a REST API.

    PROJECTS
    GridWatch (HackCU 2025, 1st place) | Feb 2025
    - Built a React dashboard of live grid carbon intensity.

    SKILLS
    Python, Java, TypeScript, SQL
    """


def test_confirm_facts_and_unshown_qualities_are_no_gap(tmp_path: Path) -> None:
    graduating = judge(tmp_path, _student("expected May 2027"), NEW_GRAD, "grad")
    assert graduating.of("Authorization to work") == "confirm"
    assert graduating.verdict == "strong", graduating.report.fit.verdict_reason


def test_graduation_windows(tmp_path: Path) -> None:
    later = judge(tmp_path, _student("expected May 2028"), NEW_GRAD, "later")
    assert later.verdict == "not-yet", later.report.fit.verdict_reason
    earlier = judge(tmp_path, _student("2018 – 2022"), NEW_GRAD, "earlier")
    assert earlier.verdict == "stretch", earlier.report.fit.verdict_reason


def test_a_staff_engineer_two_levels_up_is_apply(tmp_path: Path) -> None:
    staff = judge(tmp_path, """
    Rebecca Hall
    rebecca@example.com

    EXPERIENCE
    Staff Software Engineer, Twilio
    Jan 2018 – Present
    - Set the architecture for the message delivery pipeline (4B messages a month); led the move to a multi-region design.
    - Technical lead for 3 teams (23 engineers); run the architecture review and wrote 60 design documents.
    - Incident commander for Sev-1 incidents; on-call for the delivery services.

    Software Engineer, Yahoo
    Jul 2010 – Dec 2017
    - Built the indexing pipeline for mail search on Hadoop (Java) handling 1B events a day.
    - Wrote the automated failover for index shards.

    EDUCATION
    B.S. Computer Science, University of Michigan, 2006 – 2010
    """, AMAZON_SDE2, "staff")
    assert staff.level == "L6"
    assert staff.verdict == "apply", staff.report.fit.verdict_reason


DATA_ENGINEER = """
Data Engineer II
Amazon

BASIC QUALIFICATIONS
- 3+ years of data engineering experience
- Experience with SQL
- Experience with one or more scripting language (e.g., Python, KornShell)
"""


def test_years_far_off_are_counted_on_the_area_asked(tmp_path: Path) -> None:
    developer = judge(tmp_path, """
    Fatima Khan
    fatima@example.com

    EXPERIENCE
    Software Developer, Desert Sun Credit Union
    Jan 2024 – Present
    - Build internal tools in C# and ASP.NET for the loan operations team.
    - Write SQL queries and stored procedures for the member portal.

    SKILLS
    C#, SQL, Python
    """, DATA_ENGINEER, "developer")
    # three years of building software, none of data engineering: far off the 3+ asked
    assert developer.verdict == "not-yet", developer.report.fit.verdict_reason
    data = judge(tmp_path, """
    Chen Wei
    chen@example.com

    EXPERIENCE
    Data Engineer, Harborline Logistics
    Jan 2024 – Present
    - Build Airflow pipelines that load scan events into Redshift (200M rows a day).
    - Moved the nightly ETL to Spark jobs on EMR.

    SKILLS
    Python, SQL, Airflow, Spark
    """, DATA_ENGINEER, "data")
    assert data.verdict in ("apply", "stretch"), data.report.fit.verdict_reason


WEB_TEAM = """
Software Development Engineer II, Web Player
Amazon

Key job responsibilities
- Build features for the web player in TypeScript and React
- Improve start-up time and accessibility of the web player

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
- Experience programming with at least one software programming language

PREFERRED QUALIFICATIONS
- Experience building web applications with React, TypeScript or similar
"""

SRE_POSTING = """
Site Reliability Engineer
Northbeam Analytics, Remote

What you'll need
- 4+ years in site reliability, DevOps or infrastructure engineering
- Production experience with Kubernetes
- Infrastructure as code (Terraform or Pulumi)
"""

SRE_RESUME = """
Kwame Mensah
kwame@example.com

WORK HISTORY
Site Reliability Engineer, Payments Co.          2021 – Present
- Run 12 production Kubernetes clusters on AWS EKS; wrote Terraform modules for every environment.
- Incident commander on the weekly on-call rotation; wrote 20 postmortems.
"""


def test_infrastructure_and_embedded_years_on_a_web_team(tmp_path: Path) -> None:
    embedded = judge(tmp_path, """
    Ivan Petrov
    ivan@example.com

    EXPERIENCE
    Senior Embedded Software Engineer, Lakeside Automotive
    Mar 2018 – Present
    - Lead firmware for the battery management controller in C on FreeRTOS.
    - Wrote the CAN and SPI drivers and the bootloader.
    """, WEB_TEAM, "embedded")
    assert embedded.verdict == "stretch", embedded.report.fit.verdict_reason
    sre_on_web = judge(tmp_path, SRE_RESUME, WEB_TEAM, "sreweb")
    assert sre_on_web.verdict in ("stretch", "not-yet"), sre_on_web.report.fit.verdict_reason
    # the same SRE years are exactly what an SRE posting wants
    sre = judge(tmp_path, SRE_RESUME, SRE_POSTING, "sre")
    assert sre.verdict == "strong", sre.report.fit.verdict_reason
