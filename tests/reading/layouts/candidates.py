"""Invented candidates for the generated-layout resumes (no real person, no corpus text).

Each candidate is plain data; the layout builders render it and, alongside, write the
ground truth a careful reader extracts (sections, roles, bullets)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Job:
    title: str
    org: str
    dates: str
    location: str
    bullets: tuple[str, ...]


@dataclass(frozen=True)
class Project:
    name: str
    tech: str
    dates: str
    bullets: tuple[str, ...]


@dataclass(frozen=True)
class School:
    degree: str
    school: str
    dates: str
    detail: str  # GPA / honours line


@dataclass(frozen=True)
class Candidate:
    name: str
    email: str
    phone: str
    city: str
    link: str
    summary: str
    jobs: tuple[Job, ...]
    projects: tuple[Project, ...]
    schools: tuple[School, ...]
    skills: dict[str, tuple[str, ...]]
    certifications: tuple[str, ...] = ()
    publications: tuple[str, ...] = ()
    achievements: tuple[str, ...] = ()
    volunteer: tuple[Job, ...] = ()
    extra: dict = field(default_factory=dict)


MAYA = Candidate(
    name="Maya Okonkwo-Lindqvist",
    email="maya.ol@example.com",
    phone="+1 (206) 555-0147",
    city="Seattle, WA",
    link="github.com/mayaol",
    summary=(
        "Machine learning engineer with six years of experience building ranking and "
        "forecasting systems that serve millions of requests a day."
    ),
    jobs=(
        Job(
            "Senior Machine Learning Engineer",
            "Harborline Logistics",
            "Mar 2022 – Present",
            "Seattle, WA",
            (
                "Designed a demand forecasting service in PyTorch that cut warehouse stockouts by 23% across 41 sites",
                "Led a team of four engineers to migrate model training from cron jobs to Kubeflow pipelines, reducing retraining time from 9 hours to 70 minutes",
                "Built an offline evaluation harness with backtesting on three years of orders, adopted by five product teams",
                "Mentored two junior engineers through their first production launches and wrote the team's model review checklist",
            ),
        ),
        Job(
            "Machine Learning Engineer",
            "Quillfeather Media",
            "Jun 2019 – Feb 2022",
            "Portland, OR",
            (
                "Shipped a two-tower retrieval model for article recommendations that raised click-through rate by 11%",
                "Reduced feature pipeline cost by 38% by replacing nightly Spark jobs with incremental Delta Lake updates",
                "Ran twelve online A/B experiments and published a guide on choosing guardrail metrics",
            ),
        ),
        Job(
            "Data Analyst",
            "Cobalt Ridge Credit Union",
            "Aug 2017 – May 2019",
            "Tacoma, WA",
            (
                "Automated monthly churn reports in Python and SQL, saving the finance team 30 hours per month",
                "Built a loan default model in scikit-learn that improved approval precision by 7 points",
            ),
        ),
    ),
    projects=(
        Project(
            "Tidewatch",
            "Python, FastAPI, PostgreSQL",
            "2023",
            (
                "Open-source tide and weather alerting service with 1,200 weekly users",
                "Implemented a quantile gradient boosting model to predict local flooding windows",
            ),
        ),
        Project(
            "ShelfSense",
            "PyTorch, ONNX, Raspberry Pi",
            "2021",
            (
                "Trained an on-device object detector that counts grocery shelf gaps at 15 frames per second",
            ),
        ),
    ),
    schools=(
        School(
            "M.S. Computer Science",
            "University of Washington",
            "2015 – 2017",
            "GPA: 3.86/4.00",
        ),
        School(
            "B.S. Statistics",
            "Oregon State University",
            "2011 – 2015",
            "Minor in Mathematics, Dean's List",
        ),
    ),
    skills={
        "Languages": ("Python", "SQL", "Scala", "Go"),
        "ML": ("PyTorch", "scikit-learn", "XGBoost", "Kubeflow"),
        "Data": ("Spark", "Delta Lake", "Airflow", "BigQuery"),
    },
    certifications=(
        "AWS Certified Machine Learning – Specialty (2023)",
        "Google Cloud Professional Data Engineer (2021)",
    ),
    publications=(
        "M. Okonkwo-Lindqvist, R. Haddad. Backtesting demand forecasts at scale. KDD Applied Data Science Workshop, 2023.",
    ),
    achievements=(
        "Harborline Engineering Excellence Award, 2023",
        "Second place, Cascadia Data Hackathon, 2018",
    ),
    volunteer=(
        Job(
            "Volunteer Mentor",
            "Code the Sound",
            "Sep 2020 – Present",
            "Seattle, WA",
            (
                "Teach a weekly Python workshop for 20 high school students from underrepresented communities",
            ),
        ),
    ),
)

DEV = Candidate(
    name="Devansh Raghunathan",
    email="devansh.r@example.org",
    phone="(415) 555-0199",
    city="San Jose, CA",
    link="linkedin.com/in/devraghu",
    summary=(
        "Backend engineer focused on payments infrastructure, distributed systems and "
        "developer tooling."
    ),
    jobs=(
        Job(
            "Staff Software Engineer",
            "Parcelwise Inc.",
            "Jan 2021 – Present",
            "San Jose, CA",
            (
                "Architected an idempotent payment ledger in Go handling 4,500 transactions per second with zero reconciliation drift",
                "Drove the move from a monolith to 14 services behind gRPC, cutting deploy lead time from two days to 25 minutes",
                "Introduced contract tests and canary releases that lowered the change failure rate from 18% to 4%",
                "Chaired the architecture review group and wrote design docs for multi-region failover",
            ),
        ),
        Job(
            "Software Engineer II",
            "Brightmoor Systems",
            "Jul 2017 – Dec 2020",
            "Oakland, CA",
            (
                "Built a rate limiter in Rust used by every public API, absorbing traffic spikes of 12x without paging",
                "Rewrote the invoice PDF renderer, reducing memory use by 60% and p95 latency to 180 ms",
                "On-call lead for the billing platform; reduced monthly pages from 35 to 6 through alert tuning",
            ),
        ),
        Job(
            "Software Engineering Intern",
            "Lumen Arcade Studios",
            "Jun 2016 – Aug 2016",
            "Los Angeles, CA",
            (
                "Prototyped a matchmaking service in Node.js that paired players by latency and skill rating",
            ),
        ),
    ),
    projects=(
        Project(
            "ledgerlint",
            "Go, SQLite",
            "2022",
            (
                "Command-line checker that finds double-entry accounting errors in CSV exports; 800 GitHub stars",
            ),
        ),
        Project(
            "Trailhead Maps",
            "TypeScript, React, Mapbox",
            "2020",
            (
                "Offline-first hiking map for mobile browsers with route sharing over QR codes",
                "Cached vector tiles in IndexedDB so trails load without signal",
            ),
        ),
    ),
    schools=(
        School(
            "B.S. Electrical Engineering and Computer Sciences",
            "University of California, Berkeley",
            "2013 – 2017",
            "GPA: 3.7",
        ),
    ),
    skills={
        "Languages": ("Go", "Rust", "Java", "TypeScript", "Python"),
        "Infrastructure": ("Kubernetes", "Terraform", "PostgreSQL", "Kafka", "gRPC"),
        "Practices": ("Design reviews", "Incident response", "Load testing"),
    },
    certifications=("Certified Kubernetes Administrator (CKA), 2022",),
    publications=(),
    achievements=(
        "Parcelwise Founder's Award for the ledger migration, 2022",
        "Speaker, GopherCon 2023: Idempotency keys in practice",
    ),
    volunteer=(
        Job(
            "Volunteer Treasurer",
            "Mission Bike Kitchen",
            "2018 – 2021",
            "San Francisco, CA",
            (
                "Kept the books for a volunteer-run repair shop and moved donations to an online system",
                "Organised quarterly repair days that fixed more than 300 bicycles for local families",
            ),
        ),
    ),
)

ELENA = Candidate(
    name="Elena Vasquez-Hartmann",
    email="elena.vh@example.net",
    phone="+44 20 7946 0321",
    city="London, UK",
    link="elenavh.dev",
    summary=(
        "Data scientist turning messy clinical and operational data into decisions; "
        "comfortable from SQL to stakeholder presentations."
    ),
    jobs=(
        Job(
            "Lead Data Scientist",
            "Marlowe Health Analytics",
            "Apr 2021 – Present",
            "London, UK",
            (
                "Developed a readmission risk model deployed in 9 hospitals, flagging 31% more high-risk patients at the same alert volume",
                "Established the team's experiment design reviews and power analysis templates",
                "Presented quarterly findings to the clinical board and secured funding for two new analyst roles",
            ),
        ),
        Job(
            "Data Scientist",
            "Fernhill Energy",
            "Sep 2018 – Mar 2021",
            "Bristol, UK",
            (
                "Forecast half-hourly electricity demand with LightGBM, lowering imbalance charges by £1.2M per year",
                "Built a Dash application that let traders compare forecast scenarios in real time",
                "Cleaned and documented 14 years of meter data, creating the company's first data catalogue",
            ),
        ),
        Job(
            "Research Assistant",
            "University of Edinburgh",
            "Oct 2016 – Aug 2018",
            "Edinburgh, UK",
            (
                "Analysed survey data from 6,000 households on energy poverty using mixed-effects models in R",
                "Co-authored two peer-reviewed papers and maintained the group's reproducible analysis pipeline",
            ),
        ),
    ),
    projects=(
        Project(
            "Open Ward Capacity",
            "Python, pandas, Streamlit",
            "2022",
            (
                "Public dashboard of NHS bed occupancy with weekly nowcasts, cited by two regional newspapers",
            ),
        ),
    ),
    schools=(
        School("MSc Data Science", "University of Edinburgh", "2015 – 2016", "Distinction"),
        School("BSc Physics", "University of Manchester", "2012 – 2015", "First Class Honours"),
    ),
    skills={
        "Languages": ("Python", "R", "SQL"),
        "Methods": ("Survival analysis", "Causal inference", "Time series forecasting"),
        "Tools": ("LightGBM", "Dash", "dbt", "Snowflake"),
    },
    certifications=("Databricks Certified Data Scientist Associate, 2022",),
    publications=(
        "Vasquez-Hartmann E., Moyo T. Measuring energy poverty with smart meter data. Energy Policy 142 (2019).",
        "Moyo T., Vasquez-Hartmann E. Household heating choices in Scotland. Journal of Survey Statistics 8 (2018).",
    ),
    achievements=("Royal Statistical Society Young Statistician Prize, 2020",),
    volunteer=(
        Job(
            "Data Volunteer",
            "DataKind UK",
            "2019 – 2022",
            "London, UK",
            (
                "Built a donor retention model for a food bank charity that now plans its mailings with it",
            ),
        ),
    ),
)

SAM = Candidate(
    name="Samuel Achterberg",
    email="sam.achterberg@example.com",
    phone="617-555-0112",
    city="Boston, MA",
    link="github.com/samachter",
    summary="Recent graduate and software engineer interested in compilers and developer tools.",
    jobs=(
        Job(
            "Software Engineer",
            "Granite Peak Robotics",
            "Aug 2023 – Present",
            "Cambridge, MA",
            (
                "Wrote the motion planning simulator's C++ plugin interface, now used by 7 teams",
                "Cut CI time for the robotics monorepo from 48 to 19 minutes with Bazel remote caching",
                "Added property-based tests that found 11 edge-case bugs in the path smoothing library",
            ),
        ),
        Job(
            "Teaching Assistant",
            "Northeastern University",
            "Jan 2022 – May 2023",
            "Boston, MA",
            (
                "Held weekly office hours for 180 students in Fundamentals of Computer Science",
                "Rewrote four autograder assignments in Racket, halving regrade requests",
            ),
        ),
        Job(
            "Software Engineering Co-op",
            "Tessellate Health",
            "Jul 2021 – Dec 2021",
            "Boston, MA",
            (
                "Built a FHIR import tool in Kotlin that onboarded three clinic partners",
                "Fixed accessibility issues across 30 screens of the patient portal",
            ),
        ),
    ),
    projects=(
        Project(
            "Minnow Compiler",
            "OCaml, LLVM",
            "2023",
            (
                "Compiler for a small functional language with type inference and an LLVM backend",
                "Implemented tail-call optimisation and a mark-and-sweep garbage collector",
            ),
        ),
        Project(
            "StudyBuddy Scheduler",
            "Python, Flask, React",
            "2022",
            (
                "Web app that matches classmates into study groups; used by 400 students in its first term",
            ),
        ),
    ),
    schools=(
        School(
            "B.S. Computer Science",
            "Northeastern University",
            "Sep 2018 – May 2023",
            "GPA: 3.92, Summa Cum Laude",
        ),
    ),
    skills={
        "Languages": ("C++", "OCaml", "Python", "Kotlin", "Racket"),
        "Tools": ("Bazel", "LLVM", "Git", "Docker"),
    },
    certifications=(),
    publications=(),
    achievements=(
        "ACM ICPC North America Regional, 14th place, 2022",
        "Dean's List, eight semesters",
    ),
    volunteer=(),
)

CANDIDATES = (MAYA, DEV, ELENA, SAM)

# A long career: three pages at a comfortable size, so page breaks fall inside roles.
PRIYA = Candidate(
    name="Priya Ramaswamy-Coleman",
    email="priya.rc@example.com",
    phone="+1 312 555 0178",
    city="Chicago, IL",
    link="priyarc.io",
    summary=(
        "Engineering leader with fourteen years in search, ads and marketplace systems; has "
        "grown teams from three to forty engineers while staying hands-on with ranking models."
    ),
    jobs=(
        Job(
            "Director of Engineering, Search",
            "Lakeshore Commerce",
            "Feb 2021 – Present",
            "Chicago, IL",
            (
                "Lead five teams (38 engineers and scientists) that own query understanding, retrieval, ranking and the search experimentation platform",
                "Set a two-year roadmap that moved search from keyword matching to hybrid dense retrieval, lifting search conversion by 9.4% and revenue per session by 6%",
                "Introduced quarterly model review boards and an ML launch checklist that halved post-launch rollbacks",
                "Hired 17 engineers including four managers, and built a promotion calibration process used across the engineering organisation",
                "Negotiated a 28% reduction in cloud spend by consolidating three feature stores into one and right-sizing GPU reservations",
            ),
        ),
        Job(
            "Senior Engineering Manager",
            "Pinecrest Ads",
            "Mar 2017 – Jan 2021",
            "Evanston, IL",
            (
                "Managed the ads relevance group of 14 engineers responsible for click and conversion prediction models serving 2 billion requests a day",
                "Delivered a real-time bidding model rewrite in TensorFlow that improved advertiser return on spend by 12% while keeping p99 latency below 25 ms",
                "Created the team's on-call rotation and incident review practice, reducing high-severity incidents from 11 to 3 per year",
                "Partnered with legal and privacy teams to ship consent-aware targeting ahead of new state privacy regulations",
            ),
        ),
        Job(
            "Staff Software Engineer",
            "Pinecrest Ads",
            "Jun 2014 – Feb 2017",
            "Evanston, IL",
            (
                "Designed the feature logging pipeline that became the single source of training data for every ads model",
                "Built a budget pacing service in Java that spread campaign spend evenly and cut overspend complaints by 80%",
                "Mentored nine engineers, three of whom were later promoted to senior roles",
            ),
        ),
        Job(
            "Software Engineer",
            "Brightwater Travel",
            "Jul 2010 – May 2014",
            "Denver, CO",
            (
                "Implemented the hotel search ranking service and its first learning-to-rank model, raising bookings per search by 15%",
                "Migrated the search index from a relational database to Elasticsearch, cutting median query time from 900 ms to 120 ms",
                "Wrote the internal style guide for Python services and led a weekly code reading group",
            ),
        ),
        Job(
            "Software Engineering Intern",
            "Prairie Data Labs",
            "May 2009 – Aug 2009",
            "Champaign, IL",
            (
                "Built a crawler that collected public transit schedules from 60 agencies into one normalised database",
            ),
        ),
    ),
    projects=(
        Project(
            "rankfair",
            "Python, NumPy",
            "2022",
            (
                "Open-source library that audits ranking systems for exposure disparities across seller groups, used by two marketplaces",
            ),
        ),
    ),
    schools=(
        School(
            "M.S. Computer Science",
            "University of Illinois Urbana-Champaign",
            "2008 – 2010",
            "Thesis on query reformulation",
        ),
        School("B.Tech. Information Technology", "Anna University", "2004 – 2008", "CGPA: 8.9/10"),
    ),
    skills={
        "Leadership": ("Hiring", "Roadmaps", "Org design", "Coaching"),
        "Technical": (
            "Search ranking",
            "Ads prediction",
            "Python",
            "Java",
            "TensorFlow",
            "Elasticsearch",
        ),
    },
    certifications=("Stanford LEAD Certificate in Corporate Innovation, 2020",),
    publications=(
        "P. Ramaswamy-Coleman et al. Hybrid retrieval for product search. SIGIR Industry Track, 2023.",
        "P. Ramaswamy-Coleman, J. Osei. Pacing budgets under uncertainty. AdKDD, 2016.",
    ),
    achievements=(
        "Lakeshore Commerce Leadership Award, 2022",
        "Patent US 10,123,456: Budget pacing for online auctions",
    ),
    volunteer=(
        Job(
            "Board Member",
            "Chicago Girls Who Code Chapter",
            "2018 – Present",
            "Chicago, IL",
            (
                "Raised funding for laptops for 120 students and run an annual mock interview day with 40 volunteer engineers",
            ),
        ),
    ),
)

CANDIDATES = (MAYA, DEV, ELENA, SAM, PRIYA)
