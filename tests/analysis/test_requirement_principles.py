"""Qualification verdicts the way a recruiter signs them, one principle per test, on resumes and
postings written here (real TXT files read by the real readers). Each test pairs a resume that
shows the thing in its own words with one that only names it, or does a neighbouring thing.

- design or architecture years: designing, re-platforming or migrating systems, reliability and
  scaling mechanisms, leading a system's technical work; "designed models" is not it;
- distributed systems at large scale: the building blocks at a scale, not the phrase;
- the software life cycle: any practice done in full-time work (tests, reviews, CI, on-call);
  an A/B test is not a software test;
- software development years: SRE/DevOps work that builds no software counts apart;
- backend years: the roles that built services, APIs and data stores;
- ML in production: the candidate's own model deployed, not one handed off or supported;
- experience on the data science side: training and evaluating models;
- a posting's own specifics after a colon must show;
- a skill the resume marks as basic is partly;
- new-grad lines: internships/projects, personal projects and hackathons, a CS degree as a
  foundation, proficiency on a student's skills list;
- publications at top-tier venues: a main conference or journal, not a workshop paper.
"""

from __future__ import annotations

from pathlib import Path

from judge_helpers import AMAZON_SDE2, judge

BACKEND_SENIOR = """
Senior Backend Engineer
Kestrel Ledger

What you'll bring
- 5+ years of professional backend engineering experience
- A track record of building and operating distributed systems in production: you know why idempotency keys matter and have opinions about exactly-once delivery
- Experience in payments, banking or other financial systems (ledgers, reconciliation, ACH)
"""

SYSTEMS_ENGINEER = """
Dana Kowalski
dana@example.com

EXPERIENCE
Senior Software Engineer, Northwind Travel
Mar 2021 – Present
- Tech lead for the booking-event pipeline (Java, Kafka, about 90k events/sec at peak) consumed by 20 teams.
- Redesigned partitioning and consumer rebalancing; p99 latency fell from 2 s to 300 ms.
- Added idempotent retries and dead-letter handling for the payment callbacks.
- Primary on-call one week in six; wrote runbooks and led 8 postmortems.

Software Engineer, Harbor Freight Systems
Jun 2018 – Feb 2021
- Built REST services in Java and PostgreSQL for shipment tracking.
- Migrated the tracking schema from Oracle to PostgreSQL without downtime.

EDUCATION
B.S. Computer Science, Washington State University, 2014 – 2018
"""

MODEL_ENGINEER = """
Harper Quinn
harper@example.com

EXPERIENCE
Machine Learning Engineer, Uplift Retail
Jan 2018 – Present
- Designed and implemented deep learning models for text classification. Improved the efficiency of model training and data processing pipelines.
- Developed predictive models in Python for customer churn.

EDUCATION
M.S. Computer Science, 2016 – 2018
"""


def test_design_years_come_from_designing_systems_not_models(tmp_path: Path) -> None:
    systems = judge(tmp_path, SYSTEMS_ENGINEER, AMAZON_SDE2, "systems")
    assert systems.of("2+ years of non-internship design") == "met"
    models = judge(tmp_path, MODEL_ENGINEER, AMAZON_SDE2, "models")
    assert models.of("2+ years of non-internship design") != "met"


def test_distributed_systems_at_scale_shown_by_the_work(tmp_path: Path) -> None:
    systems = judge(tmp_path, SYSTEMS_ENGINEER, AMAZON_SDE2, "systems")
    assert systems.of("Experience building distributed systems") == "met"
    assert systems.of("Experience with event-driven") == "met"
    no_scale = judge(tmp_path, """
    Kim Lee
    kim@example.com

    EXPERIENCE
    Software Engineer, Granite Bank
    Jan 2019 – Present
    - Implemented Kafka producer and consumer for order events.
    - Developed REST APIs for account search.
    - Wrote unit tests with JUnit and Mockito.
    """, AMAZON_SDE2, "noscale")
    assert no_scale.of("Experience building distributed systems") == "partly"
    named_only = judge(tmp_path, """
    Ali Reza
    ali@example.com

    SUMMARY
    Engineer with a passion for distributed systems.

    EXPERIENCE
    iOS Engineer, Cobalt Health
    Jan 2019 – Present
    - Built features in the patient app (Swift, UIKit) used by millions of users.
    - Added offline message queueing with Core Data and background sync.
    """, AMAZON_SDE2, "named")
    assert named_only.of("Experience building distributed systems") != "met"


def test_the_life_cycle_is_shown_by_practices_in_full_time_work(tmp_path: Path) -> None:
    systems = judge(tmp_path, SYSTEMS_ENGINEER, AMAZON_SDE2, "systems")
    assert systems.of("3+ years of full software development life cycle") == "met"
    experiments = judge(tmp_path, """
    Jo Park
    jo@example.com

    EXPERIENCE
    Senior Software Engineer, Lumen Media
    Jan 2016 – Present
    - Built the notifications service in Python with delivery-time optimisation and A/B testing.
    - Built the recommendations service used on the homepage.
    """, AMAZON_SDE2, "experiments")
    assert experiments.of("3+ years of full software development life cycle") == "partly"


def test_infrastructure_years_are_not_software_development(tmp_path: Path) -> None:
    sre = judge(tmp_path, """
    Ryan Ortiz
    ryan@example.com

    EXPERIENCE
    Site Reliability Engineer, Zenway
    Jan 2020 – Present
    - Own the EKS platform: 40 clusters across 3 AWS regions, managed with Terraform.
    - Built CI/CD pipelines in GitLab CI for 60+ services.
    - Incident commander on the SRE rotation.
    """, AMAZON_SDE2, "sre")
    assert sre.of("3+ years of non-internship professional software development") == "partly"
    assert "infrastructure" in sre.why("3+ years of non-internship professional software")
    assert sre.years is not None and sre.years >= 6  # still professional engineering years
    builder = judge(tmp_path, """
    Min Seo
    min@example.com

    EXPERIENCE
    Site Reliability Engineer, Zenway
    Jan 2020 – Present
    - Implemented RESTful API server for the booking application in Go.
    - Built CI/CD pipelines in GitLab CI for 60+ services.
    """, AMAZON_SDE2, "builder")
    assert builder.of("3+ years of non-internship professional software development") == "met"


def test_backend_years_count_roles_that_built_services(tmp_path: Path) -> None:
    manager = judge(tmp_path, """
    Marc Bell
    marc@example.com

    EXPERIENCE
    Engineering Manager, Indeed
    May 2022 – Present
    - Manage two teams (12 engineers) responsible for the search results page.
    - Hired 9 engineers; ran quarterly planning.

    Senior Software Engineer, Vrbo
    Jun 2017 – Apr 2022
    - Tech lead for the checkout service: Java, Spring, Kafka, AWS; team of five.
    - Built the payments integration with a new card processor.

    Software Engineer, Dell Technologies
    Jul 2014 – May 2017
    - Java and .NET services for order management on SQL Server.
    """, BACKEND_SENIOR, "manager")
    assert manager.of("5+ years of professional backend engineering") == "met"
    assert manager.of("Experience in payments") == "met"
    mobile = judge(tmp_path, """
    Jordan Ellis
    jordan@example.com

    EXPERIENCE
    Senior iOS Engineer, Cobalt Health
    Nov 2019 – Present
    - Rebuilt the visit flow in SwiftUI; crash-free sessions went to 99.7%.
    - Migrated networking from a homegrown layer to Apollo GraphQL.
    """, BACKEND_SENIOR, "mobile")
    assert mobile.of("5+ years of professional backend engineering") != "met"


def test_specifics_after_a_colon_must_show(tmp_path: Path) -> None:
    systems = judge(tmp_path, SYSTEMS_ENGINEER, BACKEND_SENIOR, "systems")
    assert systems.of("A track record of building and operating") == "met"
    general = judge(tmp_path, """
    Sam Green
    sam@example.com

    EXPERIENCE
    Senior Software Engineer, Granite Retail
    Jan 2016 – Present
    - Tech lead for the checkout service: Java, Spring, Kafka on AWS.
    - Led the re-platforming of checkout from the data center to AWS (ECS, RDS, SQS).
    - On-call for checkout; led postmortems.
    """, BACKEND_SENIOR, "general")
    assert general.of("A track record of building and operating") == "partly"


MLE_POSTING = """
Machine Learning Engineer II
Amazon

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
- Experience building and deploying machine learning models in production

PREFERRED QUALIFICATIONS
- Experience on the data science side of the table
"""


def test_ml_in_production_is_the_candidates_own_deployment(tmp_path: Path) -> None:
    owner = judge(tmp_path, """
    Lin Wu
    lin@example.com

    EXPERIENCE
    Applied Scientist, Brightpath
    Aug 2019 – Present
    - Built BERT-based relevance models for job search, deployed to production serving 100M queries a week.
    """, MLE_POSTING, "owner")
    assert owner.of("Experience building and deploying machine learning") == "met"
    handed = judge(tmp_path, """
    Hana Brook
    hana@example.com

    EXPERIENCE
    Data Scientist, Instacart
    Feb 2020 – Present
    - Prototyped a propensity model in Jupyter (scikit-learn) and handed it off to ML engineering for production.
    - Built Looker dashboards for promotion performance.
    """, MLE_POSTING, "handed")
    assert handed.of("Experience building and deploying machine learning") != "met"
    supporter = judge(tmp_path, """
    Ray Cruz
    ray@example.com

    EXPERIENCE
    Site Reliability Engineer, Zenway
    Jan 2019 – Present
    - Supported the ML team's model serving on EKS (KServe, GPU node pools); built the CI that builds their model images.
    """, MLE_POSTING, "supporter")
    assert supporter.of("Experience building and deploying machine learning") != "met"
    assert supporter.of("Experience on the data science side") != "met"


def test_a_skill_marked_basic_is_partly(tmp_path: Path) -> None:
    posting = """
    Applied Scientist
    Amazon

    BASIC QUALIFICATIONS
    - Experience programming in Java, C++, Python or a related language

    PREFERRED QUALIFICATIONS
    - Exposure to cloud platforms (AWS, GCP or Azure)
    """
    basic = judge(tmp_path, """
    Nat Chen
    nat@example.com

    EXPERIENCE
    Product Manager, Zillow
    Jan 2018 – Present
    - Managed calendar features on iOS and Android; shipped to 100M users.

    SKILLS
    Data: SQL, Tableau, basic Python (pandas), basic AWS (S3)
    """, posting, "basic")
    assert basic.of("Experience programming in Java") == "partly"
    assert basic.of("Exposure to cloud platforms") == "met"  # exposure asks for little


NEW_GRAD = """
Software Engineer I, New Grad
Orchard Software, Chicago, IL

Requirements
- Proficiency in at least one of Java, Python, C#, Go or TypeScript
- A solid foundation in data structures, algorithms and object-oriented design
- Internship, co-op, research or substantial project experience building software

Bonus
- Experience with SQL databases
- Contributions to open source, hackathons or personal projects you can tell us about
"""


def test_new_grad_lines(tmp_path: Path) -> None:
    student = judge(tmp_path, """
    Kev Tran
    kev@example.com

    EDUCATION
    Bachelor of Science in Computer Science, University of Illinois, Aug 2022 – May 2026

    EXPERIENCE
    Software Engineering Intern, Capital Freight
    Jun 2025 – Aug 2025
    - Built a Java service on Spring Boot that flags duplicate orders.

    PROJECTS
    RaftKV | Go
    2025
    - Built a fault-tolerant key-value store with Raft leader election.

    SKILLS
    Languages: Python, Java, Go
    Tools: Git, Docker, PostgreSQL
    """, NEW_GRAD, "student")
    for line in ("Proficiency in at least one", "A solid foundation",
                 "Internship, co-op, research", "Experience with SQL databases",
                 "Contributions to open source"):
        assert student.of(line) == "met", (line, student.why(line))
    changer = judge(tmp_path, """
    Mari Gomez
    mari@example.com

    EXPERIENCE
    Mathematics Teacher, Mesa Ridge High School
    Aug 2015 – May 2024
    - Taught Algebra II and AP Statistics to 150 students a year.

    EDUCATION
    B.S. Mathematics Education, Arizona State University, 2011 – 2015
    """, NEW_GRAD, "changer")
    assert changer.of("A solid foundation") != "met"
    assert changer.of("Internship, co-op, research") == "not-met"
    assert changer.of("Contributions to open source") == "not-met"


def test_top_tier_publications_are_main_venues(tmp_path: Path) -> None:
    posting = """
    Senior Applied Scientist
    Amazon

    BASIC QUALIFICATIONS
    - Experience in patents or publications at top-tier peer-reviewed conferences or journals
    """
    main = judge(tmp_path, """
    Isa Moreau
    isa@example.com

    EXPERIENCE
    Postdoctoral Fellow, Department of Computer Science, University of Toronto
    2024 – present

    PUBLICATIONS
    - I. Moreau and D. Haverford. Deep ensembles are not enough. In NeurIPS, 2023.
    """, posting, "main")
    assert main.of("Experience in patents or publications") == "met"
    workshop = judge(tmp_path, """
    Min Park
    min@example.com

    EXPERIENCE
    Research Intern, NAVER Cloud
    Mar 2025 – Aug 2025
    - Built an evaluation harness for 12 benchmarks with vLLM.

    PUBLICATIONS
    - M. Park. Code-switching helps. Workshop on Multilingual Representation Learning, EMNLP 2025.
    """, posting, "workshop")
    assert workshop.of("Experience in patents or publications") == "partly"


RESEARCH = """
Machine Learning Research Scientist, Speech
Auralis, Stockholm

Requirements
- PhD in Computer Science, Electrical Engineering or a related field
- Publications at venues such as Interspeech, ICASSP, NeurIPS or ICML
- Experience with large-scale distributed training
"""


def test_research_lines(tmp_path: Path) -> None:
    speech = judge(tmp_path, """
    Sara Lind
    sara@example.com

    EXPERIENCE
    Machine Learning Scientist, Voxly
    Sep 2024 – present
    - Trained streaming speech recognition models on 64 GPUs with PyTorch DDP.

    EDUCATION
    Ph.D. in Speech Technology, KTH Royal Institute of Technology, 2019 – 2024

    PUBLICATIONS
    - S. Lind. Self-supervised pre-training for low-resource ASR. In Interspeech, 2023.
    """, RESEARCH, "speech")
    assert speech.of("PhD in Computer Science") == "met"  # speech technology is computing
    assert speech.of("Publications at venues") == "met"  # any main venue, not only those named
    assert speech.of("Experience with large-scale distributed") == "met"
    single = judge(tmp_path, """
    Sam Roe
    sam@example.com

    EXPERIENCE
    Machine Learning Scientist, Voxly
    Sep 2020 – present
    - Trained speech recognition models in PyTorch on a single GPU workstation.

    SKILLS
    Python, PyTorch, distributed systems
    """, RESEARCH, "single")
    assert single.of("Experience with large-scale distributed") != "met"
    assert single.of("Publications at venues") == "not-met"


ENTRY = """
Software Development Engineer I
Amazon

BASIC QUALIFICATIONS
- Bachelor's degree in computer science or equivalent
- Knowledge of computer science fundamentals such as object-oriented design, data structures and algorithms

PREFERRED QUALIFICATIONS
- Previous technical internship(s)
- Experience building and shipping software as part of a team
- Experience with non-relational databases or data stores (object storage, document or key-value stores)
"""


def test_entry_level_lines(tmp_path: Path) -> None:
    junior = judge(tmp_path, """
    Diego Alva
    diego@example.com

    EXPERIENCE
    Software Engineer, First Carolina Bank
    Jun 2024 – Present
    - Build Java microservices for card disputes and store dispute files in S3.

    Software Engineering Intern, Red Ventures
    Jun 2023 – Aug 2023
    - Built a REST API in Java for the partner dashboard.

    EDUCATION
    B.S. Computer Science, UNC Charlotte, 2020 – 2024
    """, ENTRY, "junior")
    for line in ("Knowledge of computer science fundamentals", "Previous technical internship",
                 "Experience building and shipping software", "Experience with non-relational"):
        assert junior.of(line) == "met", (line, junior.why(line))
    no_intern = judge(tmp_path, """
    Chen Wu
    chen@example.com

    EXPERIENCE
    Data Engineer, Harborline
    Mar 2022 – Present
    - Build Airflow pipelines that load scan events into Redshift.

    EDUCATION
    B.S. Mathematics, University of Washington, 2016 – 2020
    """, ENTRY, "nointern")
    assert no_intern.of("Previous technical internship") == "partly"  # a job, not an internship
    assert no_intern.of("Knowledge of computer science fundamentals") != "met"


EMBEDDED = """
Embedded Software Engineer
Tidal Robotics, Boston, MA

Requirements
- 3+ years of professional C/C++ development for embedded systems
- Experience with an RTOS (FreeRTOS, Zephyr or similar)
- Experience with communication protocols such as SPI, I2C and CAN

Nice to have
- Python for test automation
"""


def test_names_the_skill_list_does_not_know_are_read_literally(tmp_path: Path) -> None:
    firmware = judge(tmp_path, """
    Ivan Petrov
    ivan@example.com

    EMPLOYMENT HISTORY
    Embedded Software Engineer — Lakeside Automotive Electronics
    03/2021 – Present
    * Lead firmware for the battery management controller (C, FreeRTOS) on an ARM Cortex-M7.
    * Wrote the CAN and SPI drivers and the bootloader.
    * Built Python test rigs that run 2,000 hardware-in-the-loop tests each night.
    """, EMBEDDED, "firmware")
    for line in ("3+ years of professional C/C++", "Experience with an RTOS",
                 "Experience with communication protocols", "Python for test automation"):
        assert firmware.of(line) == "met", (line, firmware.why(line))
    web = judge(tmp_path, """
    Maya Lee
    maya@example.com

    EXPERIENCE
    Software Engineer, Lumen Learning
    Jan 2020 – Present
    - Build the course player in React and TypeScript used by 2M students.
    - Write unit tests with Jest.
    """, EMBEDDED, "web")
    assert web.of("Experience with an RTOS") == "not-met"
    assert web.of("Experience with communication protocols") == "not-met"


SCIENTIST = """
Data Scientist II, Pricing
Amazon

BASIC QUALIFICATIONS
- 3+ years of data scientist experience
- Experience with statistical models e.g. multinomial logistic regression

PREFERRED QUALIFICATIONS
- Experience with causal inference
- Experience communicating results to business leaders
"""


def test_a_data_scientists_work_in_its_own_words(tmp_path: Path) -> None:
    olivia = judge(tmp_path, """
    Olivia Brown
    olivia@example.com

    EXPERIENCE
    Data Scientist, Greenline Grocers
    Feb 2021 – Present
    - Built price-elasticity models (hierarchical Bayesian and multinomial logistic regression) for 40,000 products.
    - Designed and analyzed 35 A/B tests on promotions with CUPED and difference-in-differences.
    - Present results every quarter to the VP of merchandising.
    """, SCIENTIST, "olivia")
    for line in ("Experience with statistical models", "Experience with causal inference",
                 "Experience communicating results"):
        assert olivia.of(line) == "met", (line, olivia.why(line))
    assert olivia.verdict == "strong", olivia.report.fit.verdict_reason


PLATFORM_TEAM = """
Senior Backend Engineer, Billing Platform
Ferncastle Payments

What you will do
- Mentor junior engineers and raise the team's engineering standards through design and code reviews
- Run quarterly capacity planning for the billing ledger with the finance team

What we are looking for
- 5+ years of professional software development experience
"""


def test_a_responsibility_half_done_is_partly_not_unmet(tmp_path: Path) -> None:
    """A bullet that does a responsibility's lead work (mentoring) but not the rest (code
    reviews, standards) is part of it: partly, with the line; a responsibility nothing touches
    stays not met."""
    lead = judge(tmp_path, """
    Noor Haddad
    noor@example.com

    EXPERIENCE
    Backend Engineer, Tallyhook
    Mar 2019 - Present
    - Mentored three junior engineers through their first on-call rotations.
    - Built the invoice rendering service in Go, serving 2M invoices a month.
    """, PLATFORM_TEAM, "lead")
    assert lead.of("Mentor junior engineers") == "partly", lead.why("Mentor junior engineers")
    assert "Mentored three junior engineers" in lead.why("Mentor junior engineers")
    assert lead.of("Run quarterly capacity planning") == "not-met"


ANALYST_POSTING = """
Data Analyst, Merchandising
Briar & Vale Outfitters

What you will do
- Build and maintain dashboards for sales, margin and inventory
- Analyse promotions and store tests and present results to merchants

What you bring
- 2+ years of experience writing SQL for analysis
- 2+ years in a data analyst, business intelligence or similar role
- Experience with Tableau, Power BI or Looker
"""


def test_years_of_sql_for_analysis_count_an_analysts_years(tmp_path: Path) -> None:
    """'2+ years of experience writing SQL for analysis' asks for analysis work: a data
    analyst's years count for it, and the posting is not out of reach for want of
    engineering years."""
    analyst = judge(tmp_path, """
    Tomas Reyna
    tomas@example.com

    EXPERIENCE
    Senior Data Analyst | Copperleaf Grocers | 04/2022 - Present
    - Wrote the SQL behind the weekly promotion report used by 25 category managers in Tableau.
    - Ran the test-and-control analysis for a store layout pilot across 8 stores.

    Data Analyst | Ridgeway Credit Union | Jan 2020 - Mar 2022
    - Built the monthly portfolio reporting in SQL Server and Power BI.
    """, ANALYST_POSTING, "analyst")
    assert analyst.of("2+ years of experience writing SQL") == "met", \
        analyst.why("2+ years of experience writing SQL")
    assert analyst.verdict in ("strong", "apply"), analyst.verdict
