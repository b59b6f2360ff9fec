"""Professional years from role dates, by kind of work, the way a recruiter counts them.

Each role is read as one kind of work from its title, its section and its bullets:

- engineering: software, ML, data, infrastructure and security engineering, technical leads
  and engineering managers, technical founders;
- science: applied, data, research and ML scientists, statisticians;
- research: research jobs and PhD years; they count only when they built software or ML
  systems in a computing field (a biology PhD who scripted an analysis does not);
- product (product and programme managers), analytics (analysts) and other work: shown,
  not counted as engineering years;
- internships, co-ops, teaching, study (undergraduate research, jobs held inside a bachelor's
  or master's years), volunteering and projects: never counted.

"Present" means the resume's own date (`dates.resume_date`); overlapping roles count once; a
summary's "6 years of experience" is kept as a claim to check against the dates, never used as
the count.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from app.analysis.dates import (
    ResumeDate,
    find_dates,
    merged_months,
    month_text,
    resume_date,
    span,
    years,
)
from app.analysis.education import Degree, degrees
from app.analysis.role_titles import (  # noqa: F401 (re-exported)
    ADVISORY,
    ADVISORY_NOTE,
    ANALYSIS_ARTEFACT,
    ANALYST,
    BI_TITLE,
    BOOTCAMP,
    CO_FOUNDER,
    COMPANY_TITLE,
    CREDENTIAL_SECTION,
    DOCTORAL_POST,
    DOCTORATE_ROLE,
    ENG_LEAD,
    ENGINEERING,
    FOUNDER,
    FREELANCE,
    GENERIC_LEAD,
    HANDS_ON_SOFTWARE,
    HARDWARE,
    HARDWARE_SOFTWARE,
    INDUSTRIAL_PHD,
    INFRA_POSTING,
    INFRA_TITLE,
    INTERN,
    IT_ADMIN,
    IT_SERVICES,
    JOB_NOUN,
    LEGAL_NAME,
    MILITARY_ORG,
    MILITARY_SECTION,
    MILITARY_TITLE,
    NETWORK,
    NETWORK_NOTE,
    NON_SOFTWARE,
    OTHER_ENGINEER,
    PRODUCT,
    PROJECT_ROLE,
    RESEARCH,
    SCIENCE,
    SOFTWARE_BESIDE,
    STUDY,
    SUPPORT,
    TEACHING,
    TEST_WORK_TITLE,
    TESTER_TITLE,
    TRAINED_PEOPLE,
    UNPAID_SECTION,
    VOLUNTEER,
    WORK_STUDY,
    builds_application,
    shared_with_teaching,
    technical_team,
)
from app.analysis.text import find_phrases
from app.models.resume import Resume

COUNTED = ("engineering", "science", "research")
KIND_LABELS = {
    "engineering": "software, ML and data engineering",
    "science": "applied and data science",
    "research": "research that built software or ML systems",
    "product": "product and programme management",
    "analytics": "analyst roles",
    "other": "other work",
    "internship": "internships and co-ops",
    "teaching": "teaching",
    "study": "work during study",
    "volunteer": "volunteering and activities",
    "project": "projects",
}

_T = re.compile

COMPUTING_WORDS = ("computer*", "software", "machine learning", "deep learning", "ml", "ai",
                   "artificial intelligence", "data science", "robot*", "computational",
                   "algorithm*", "neural", "nlp", "vision", "compiler*", "distributed",
                   "database*", "program*", "code", "coding", "python", "c++", "java",
                   "pytorch", "tensorflow", "model*", "simulation*")
BUILD_VERBS = ("built", "build*", "develop*", "implement*", "engineer*", "wrote", "written",
               "coded", "program*", "design*", "architect*", "deploy*", "created", "shipped",
               "automat*", "optimi*", "refactor*", "migrat*", "trained", "fine-tun*",
               "integrat*", "debug*", "maintain*", "launched", "released", "scaled",
               "provision*", "setup", "set up", "configured", "contributed")
TECH_NOUNS = ("code", "software", "service*", "microservice*", "api*", "system*", "app",
              "apps", "application*", "model*", "pipeline*", "platform*", "infrastructure",
              "database*", "backend", "back-end", "frontend", "front-end", "library", "libraries",
              "framework*", "tool*", "script*", "module*", "cluster*", "website*", "web",
              "server*", "feature*", "algorithm*", "kernel*", "sdk", "cli", "engine", "stack",
              "network*", "firmware", "integration*", "endpoint*", "etl", "data*", "cloud",
              "kubernetes", "docker", "terraform", "ci/cd", "automation", "prototype*",
              "dashboard*", "test", "tests", "bug", "bugs", "ui", "interface*", "page*",
              "parser*", "compiler*", "chatbot*", "bot", "game*", "python", "java", "javascript",
              "typescript", "c++", "c#", "golang", "rust", "sql", "react", "angular", "node.js",
              "swift", "kotlin", "php", "html", "matlab", "scala", "spark", "hadoop")
ML_WORK = ("machine learning", "deep learning", "neural", "model*", "learning", "algorithm*",
           "system*", "software", "compiler*", "robot*", "vision", "nlp", "language model*",
           "inference", "training", "distributed", "architecture search", "optimi*")
# what research must build to count: code, a service, a pipeline or a model (not a script)
# the systems of data engineering, built like any other software
DATA_STORES = ("data lake*", "data mart*", "data warehouse*", "lakehouse*", "etl", "elt")
SYSTEM_NOUNS = ("software", "code", "codes", "service*", "microservice*", "api*", "system*", "app",
                "apps",
                "application*", "pipeline*", "platform*", "infrastructure", "database*",
                "backend", "library", "libraries", "framework*", "tool", "tools", "toolkit*",
                "package*", "module*", "engine", "simulator*", "compiler*", "kernel*",
                "model*", "network*", "u-net", "cnn*", "transformer*", "classifier*",
                "detector*", "estimator*", "agent*", "website*", "web app*", "sdk", "cli",
                "parser*", "chatbot*", "benchmark*", "dataset loader*", "workflow engine*",
                *DATA_STORES, "spark job*", "pyspark job*", "dbt model*")
# the data engineering a line or a role shows: its stores and the tools that fill them
DATA_SYSTEM_NOUNS = (*DATA_STORES, "spark", "pyspark", "dbt", "pipeline*", "airflow", "glue",
                     "data factory", "kafka", "kinesis", "snowflake", "redshift", "bigquery",
                     "databricks")
POSTDOC = _T(r"(?i)\b(post-?doc\w*|post-doctoral|research (?:scientist|fellow|associate))\b")
MANAGE_PHRASES = ("managed a team", "manage a team", "managing a team", "led a team",
                  "leading a team", "lead a team", "team of", "direct reports", "hired",
                  "hiring", "scaled the team", "scaled engineering team", "grew the team",
                  "built the team", "built a team", "people manager", "managed engineers", "tech lead of",
                  "managed developers", "led teams", "leading cross-functional teams", "technical lead of")
_CLAIM = re.compile(r"(?i)\b(?:over |more than |nearly |almost |about |~)?(\d{1,2})\+?\s*(?:years|yrs)"
                    r"\b(?:\s+of)?\s+(?:[\w-]+\s+){0,4}(?:experience|expertise)")
CLAIM_WINDOW = 1500  # characters from the top of the resume where a summary claims years


@dataclass(frozen=True)
class Work:
    """One role (or PhD), read as a kind of work."""

    role: int  # index into Resume.roles; -1 for a PhD listed under education
    title: str
    organization: str
    start: int  # month indexes
    end: int
    kind: str  # one of KIND_LABELS
    counted: bool  # counts toward professional years
    note: str  # why, in plain words ("an internship", "held while studying")
    hands_on: bool = False  # its bullets show building things
    managing: bool = False  # it manages people or leads an organisation
    freelance: bool = False
    text: str = ""  # title, organisation and bullets, for the requirement checks
    infra: bool = False  # infrastructure or operations work (SRE, DevOps) that builds no software
    computing: bool = False  # research in a computing field (counts on an engineering ladder)
    # for a freelance business, the lines of the engagements it holds: the kind of work it did
    # (backend, data) over its whole span; specific practices count in the engagements' months
    held: tuple[str, ...] = ()

    @property
    def months(self) -> int:
        return max(0, self.end - self.start)

    @property
    def label(self) -> str:
        who = ", ".join(x for x in (self.title, self.organization) if x)
        return f"{who} ({month_text(self.start)} to {month_text(self.end)})"


@dataclass(frozen=True)
class Experience:
    """Professional years by kind of work, with the resume's own date and reasons."""

    years: float | None  # relevant professional years: counted kinds, overlaps once
    by_kind: dict[str, float]  # kind -> years (overlaps within a kind once)
    intern_years: float
    work: tuple[Work, ...]
    as_of: int  # the month "Present" stands for
    as_of_why: str
    claim_years: float | None = None  # "6 years of experience" in the summary
    claim_text: str = ""
    degrees: tuple[Degree, ...] = ()
    reason: str = ""
    bullets_by_role: dict[int, tuple[str, ...]] = field(default_factory=dict)
    # the month the file was saved, when the resume prints no date of its own ("today" stands
    # for "Present"): a degree ending after it was still under way when the resume was written
    saved: int | None = None

    def counted(self) -> tuple[Work, ...]:
        return tuple(w for w in self.work if w.counted)

    def months_where(self, keep: object) -> int:
        """Merged months of the counted work for which `keep(work)` is true."""
        return merged_months([(w.start, w.end) for w in self.work
                              if w.counted and keep(w)])  # type: ignore[operator]

    @property
    def last_counted_end(self) -> int | None:
        ends = [w.end for w in self.work if w.counted]
        return max(ends) if ends else None

    def latest(self, keep: Callable[[Work], bool] = lambda w: True) -> Work | None:
        """The most recent counted role for which `keep(role)` is true (the work is sorted
        latest first: by end, then start)."""
        return next((w for w in self.work if w.counted and keep(w)), None)

    @property
    def current(self) -> tuple[Work, ...]:
        """The roles that run to the resume's date."""
        return tuple(w for w in self.work if w.end >= self.as_of and w.kind != "project")


def _hands_on(text: str) -> bool:
    return bool(find_phrases(text, BUILD_VERBS)) and bool(find_phrases(text, TECH_NOUNS))


# a job held part-time ("part-time, one day per week", "15 hrs/week"): shown, not full-time years
PART_TIME_JOB = _T(r"(?i)\b(?:part[- ]time|(?:one|1|two|2) days? (?:a|per|/) ?week|weekends? only|"
                   r"(?<![\d.,])(?:[1-9]|[12]\d)\s*(?:hrs?|hours?|h)\s*(?:/|per|a|each)\s*(?:week|wk))\b")
# a degree taken beside a job: its months are no study window for the work done then
PART_TIME_STUDY = _T(r"(?i)\b(part[- ]time|evenings?|weekends?|distance[- ]learning|executive|"
                     r"while working|online(?! (?:learning|advertis\w*|experiment\w*|"
                     r"inference|serving|evaluation|algorithm\w*|marketplace\w*)))\b")


def _study_windows(found: Sequence[Degree]) -> list[tuple[int, int]]:
    """The months of full-time bachelor's and master's study (closed ranges of six years or
    less); a degree marked part-time, evening or online opens none: a job held beside it is
    work ("M.S. Computer Science (part-time, online) ... Jan 2023 – May 2027")."""
    return [(d.start, d.end) for d in found
            if d.level in (1, 2) and d.start is not None and d.end is not None
            and 0 < d.end - d.start <= 72
            and not PART_TIME_STUDY.search(d.line)]


def _during_study(start: int, end: int, windows: Sequence[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e + 1 for s, e in windows)


def _generic_lead_only(title: str) -> bool:
    """The title says it leads a team or group ("Team Lead") and nothing of what the team does."""
    return not ENG_LEAD.search(GENERIC_LEAD.sub(" ", title))


def _title_kind(title: str, section: str, section_kind: str, bullets: str) -> tuple[str, str]:
    """(kind, note) from a role's title, section and bullets."""
    if section_kind == "projects":
        return "project", "a project"
    if UNPAID_SECTION.search(section) and not ENGINEERING.search(title):
        return "volunteer", "an activity outside paid work"
    if INTERN.search(title):
        if WORK_STUDY.search(title):
            return "internship", "a work-study contract beside studies (not full-time work)"
        return "internship", "an internship"
    if TEACHING.search(title) and not ENGINEERING.search(title):
        return "teaching", "teaching"
    if SCIENCE.search(title):
        return "science", "applied or data science"
    if STUDY.search(title) and not ENGINEERING.search(title):
        if INDUSTRIAL_PHD.search(title) or INDUSTRIAL_PHD.search(bullets):  # an employee's PhD
            return "research", "an industrial PhD (employed by the company)"
        return ("research", "research") if RESEARCH.search(title) else ("study", "a student role")
    if RESEARCH.search(title) and not ENGINEERING.search(title):
        return "research", "research"
    if PRODUCT.search(title):
        return "product", "product or programme management"
    if PROJECT_ROLE.search(title) and _hands_on(bullets):
        # a project table's row ("Anomaly detection for the SiC line / Section chief, model
        # design", "... / Member, then sub-leader") whose own lines build software or models
        return "engineering", "a project's role whose lines build software"
    if ENG_LEAD.search(title) and not (_generic_lead_only(title) and (
            ANALYST.search(title) or VOLUNTEER.search(title) or not _hands_on(bullets)
            or not (technical_team(title, bullets) or _mostly_builds_applications(bullets)))):
        # a team's lead is engineering leadership when the title or the team's own lines are
        # engineering: "Perception Team Leader" over lines that build, not "Technical Analyst →
        # Team Lead" (an analysts' lead), "Open Source Contributor & Team Leader" (unpaid) or a
        # "Team Leader" whose lines build nothing
        return "engineering", "engineering leadership"
    if BI_TITLE.search(title) and not OTHER_ENGINEER.search(title) \
            and not _mostly_builds_applications(bullets):
        # "Business Intelligence Engineer": reporting, dashboards and the SQL behind them, an
        # analyst's work by another name (its own job family at Amazon), not software development
        return "analytics", "business intelligence (analysis and reporting)"
    if HARDWARE.search(title) and not _mostly_builds_applications(bullets) \
            and not HARDWARE_SOFTWARE.search(bullets):
        return "other", "hardware design (chips, FPGAs, boards), not software"
    if NETWORK.search(title) and not _mostly_builds_applications(bullets):
        return "other", NETWORK_NOTE
    if SUPPORT.search(title) and not (OTHER_ENGINEER.search(title)  # "→ Backend Developer"
                                      or _mostly_builds_applications(bullets)):
        return "other", "technical support (troubleshooting others' systems, not building software)"
    if IT_ADMIN.search(title) and not _mostly_builds_applications(bullets):
        # scripts and automation beside administering servers and databases are operations
        return "other", "IT administration (operations, not building software)"
    if ADVISORY.search(title) and not _mostly_builds(bullets):
        return "other", ADVISORY_NOTE
    if ENGINEERING.search(title):
        # an engineer of machines or plants who wrote scripts beside that is no software engineer
        if NON_SOFTWARE.search(title) and not (HANDS_ON_SOFTWARE.search(bullets)
                                               and _mostly_builds_applications(bullets)):
            return "other", "engineering outside software"
        return "engineering", "engineering"
    if FOUNDER.search(title):
        if _hands_on(bullets):
            return "engineering", "a founder who built the product"
        return "other", "a founder role without hands-on engineering"
    if VOLUNTEER.search(title):
        return "volunteer", "an activity outside paid work"
    if IT_SERVICES.search(title) and _mostly_builds_applications(bullets):
        return "engineering", "an IT-services or bank title whose lines build software"
    if _mostly_built(bullets, bool(ANALYST.search(title))):  # "Growth Modeling Specialist"
        return "science", "a role whose main work built models or software"
    if ANALYST.search(title) and _mostly_builds(bullets, True) and len(bullets.split(" \n ")) >= 2 \
            and find_phrases(bullets, DATA_SYSTEM_NOUNS):
        # "Manager, Data & Analytics Advisory" whose lines build data lakes and pipelines
        return "engineering", "a role whose main work built data systems or software"
    if ANALYST.search(title):
        return "analytics", "an analyst role"
    if len([b for b in bullets.split(" \n ") if b.strip()]) >= 2 \
            and _mostly_builds_applications(bullets):  # "Senior Consultant, Cloud Engineering"
        return "engineering", "a role whose own lines build software"
    return "other", "other work"


def _mostly_built(bullets: str, analyst: bool = False) -> bool:
    """At least half of a role's lines (and two at least) build software, pipelines or ML
    models themselves, one of them a model of its own: whatever the title says ("Growth
    Modeling Specialist", "Analyst II, Decision Support"), that is data-science work. For an
    analyst, a model in a notebook and SQL views are the analysis itself, not built systems."""
    lines = [b for b in bullets.split(" \n ") if b.strip()]
    built = [b for b in lines if (builds_software(b) or _MODEL_WORK.search(b))
             and not (analyst and ANALYSIS_ARTEFACT.search(b))]
    return (len(built) >= 2 and 2 * len(built) >= len(lines)
            and any(_MODEL_WORK.search(b) for b in lines))  # a model of its own among them


# a line whose work is a model of one's own ("Estimated price elasticity with a hierarchical
# Bayesian model", "Forecasted weekly traffic with Prophet and gradient boosting", "Own the
# nightly batch scoring job")
_MODEL_WORK = re.compile(
    r"(?i)^\W*(?:built|build|trained|train|developed|estimated|forecast(?:ed)?|fitted|fit|"
    r"designed|deployed|own(?:ed)?|created|implemented|modell?ed)\b[^.;]{0,120}?\b(?:models?|"
    r"forecasts?|forecasting|classifiers?|regressions?|gradient boosting|xgboost|lightgbm|"
    r"random forests?|neural networks?|uplift|propensity|scoring (?:jobs?|pipelines?|service)|"
    r"machine learning)\b")


def _mostly_builds(bullets: str, analyst: bool = False) -> bool:
    """At least half of a role's lines build software or application features themselves."""
    lines = [b for b in bullets.split(" \n ") if b.strip()]
    built = [b for b in lines if (builds_software(b) or builds_application(b))
             and not (analyst and ANALYSIS_ARTEFACT.search(b))]
    return bool(lines) and 2 * len(built) >= len(lines)


def _mostly_builds_applications(bullets: str) -> bool:
    """At least half of a role's lines build application software (a service, an API, an
    app), not the automation that runs servers."""
    lines = [b for b in bullets.split(" \n ") if b.strip()]
    return bool(lines) and 2 * sum(builds_application(b) for b in lines) >= len(lines)


INFRA_SOFTWARE_SHARE = 0.5
def builds_software(text: str) -> bool:
    """One line that builds software or an ML system ("Built a Python image-analysis pipeline",
    "Trained a U-Net"), not one that runs an analysis or writes a script beside lab work."""
    text = TRAINED_PEOPLE.sub(" ", text)  # "Trained 25 staff on self-service Tableau"
    return bool(find_phrases(text, BUILD_VERBS)) and bool(find_phrases(text, SYSTEM_NOUNS))


ML_RESEARCH = ("machine learning", "machine-learning", "deep learning", "neural net*")  # a post-doc's
# a dataset built (images collected and annotated, a corpus labelled) is data for research,
# not software or an ML system
DATASET = _T(r"(?i)\b(?:data ?sets?|corp(?:us|ora)|annotations?)\b")


def _research_counts(title: str, org: str, bullets: Sequence[str], start: int, end: int,
                     found: Sequence[Degree]) -> tuple[bool, str]:
    """Whether research work counts as professional years:

    - a post-doctoral appointment (or a research job after the PhD) in a computing field is
      full-time research work, counted like applied science;
    - research in a computing field (its own words, or the degree held at the time) that shows
      building software or ML systems;
    - research in any field whose main work is building software or ML systems: at least half
      of its lines build code, pipelines or models (a lab scientist who scripted an analysis
      beside the experiments does not count)."""
    text = f"{title} \n {org} \n " + " \n ".join(bullets)
    during_phd = [d for d in found if d.level == 3 and (d.end is None or d.end > start + 1)
                  and (d.start is None or d.start <= end)]  # a month's overlap is a handover
    own_words = bool(find_phrases(f"{title} {org}", COMPUTING_WORDS))
    computing = bool(find_phrases(text, COMPUTING_WORDS)) if not during_phd else any(
        d.field == "computing" for d in during_phd)
    after_phd = POSTDOC.search(title) or any(
        d.level == 3 and d.end is not None and not d.expected and d.end <= start + 1
        for d in found)
    phd_computing = any(d.level == 3 and d.field == "computing" for d in found)
    if after_phd and not during_phd and (own_words or phd_computing or find_phrases(
            " ".join(bullets), ML_RESEARCH)):  # machine-learning research in any field is too
        return True, "post-doctoral research in a computing field"
    built = [b for b in bullets if builds_software(b)]
    if built and 2 * len(built) >= len(bullets):
        return True, "research whose main work built software or ML systems"
    if computing and _hands_on(DATASET.sub(" ", text)):
        return True, "research that built software or ML systems"
    if not computing:
        return False, "research outside computing whose main work is not building software"
    return False, "research that does not show building software or ML systems"


def role_dates(title: str, organization: str, dates: str, lines: Sequence[str],
               as_of: int, period: str = "") -> tuple[int, int] | None:
    """A role's span from its dates; when they are in a form `span` does not read
    ("01.03.2021 – now", "03/2019 – heute"), from the reader's own reading of them (`period`,
    'YYYY-MM/YYYY-MM' or '.../present'); else, when the reader kept no readable start (such as
    "Jun '22 – Now"), from the role's own header line (or the line just after it) in the resume
    text."""
    got = span(dates, as_of)
    hits = find_dates(dates)
    if period and "/" in period and (
            got is None or (len(hits) < 2 and not (hits and hits[0].precision == "season"))
            or (any(h.precision == "year" for h in hits)
                and re.fullmatch(r"\d{4}-\d\d/(?:\d{4}-\d\d|present)", period))):
        # the reader read a range where this reads one date or none ("mar. 2021 – actualidad",
        # "01.03.2021 – now"; a season, "Summer 2024", is a range of its own), or a month
        # where this reads only the year ("jul. 2019 – dic. 2023": a month name in a language
        # this does not know): the reader's range
        got = span(period.replace("/", " – "), as_of) or got
    beside = find_dates(f"{title} {organization}")
    months = [h.month for h in beside if h.month is not None]
    if got is not None and months and len(beside) >= 2:  # a range, not "(est. 1998)"
        # "Senior Data Scientist (2023 - Present); Data Scientist (Aug 2020 - 2023)": one
        # employer's promotions on one line run from the first title's start to the last's end
        now = any(h.month is None for h in beside)
        got = (min(got[0], *months), as_of if now else max(got[1], *months))
    if got is not None or not title.strip():
        return got
    for i, line in enumerate(lines):
        if title not in line or (organization and organization not in line
                                 and organization not in " ".join(lines[max(0, i - 1):i + 2])):
            continue
        for candidate in (line, lines[i + 1] if i + 1 < len(lines) else ""):
            got = span(candidate, as_of)
            if got is not None:
                return got
    return None


SOFTWARE_TITLE = _T(r"(?i)\b(software|developer|programmer|sde|swe|data engineer|ml engineer|"
                    r"machine learning engineer|devops|full[- ]?stack|back[- ]?end|front[- ]?end)\b")


# a compact entry of earlier roles ("Earlier roles  2010 – 2019", then "Acme 2010–2012 · Beta
# 2012–2014" and a line saying what they were)
EARLIER_ROLES = _T(r"(?i)^\W*(?:earlier|previous|prior|past|older|other)\s+(?:roles|positions|"
                   r"jobs|experience|employment|career|work)\b")


def _earlier_roles(resume: Resume, spans: Sequence[tuple[int, int] | None],
                   by_role: dict[int, list[str]], kinds: dict[str, str]
                   ) -> dict[int, tuple[str, str]]:
    """(kind, note) for an entry of earlier roles and the employers listed inside its dates
    right after it: the line that says what those roles were ("Backend and distributed systems
    engineering, senior engineer from 2014") is their kind of work. The employers' own names
    ("Norrbay Analytics") are no titles. Without such a line the entries are read one by one."""
    out: dict[int, tuple[str, str]] = {}
    for i, role in enumerate(resume.roles):
        got = spans[i]
        if got is None or not EARLIER_ROLES.match(role.title):
            continue
        members = []
        for j in range(i + 1, len(resume.roles)):
            inner = spans[j]
            if (resume.roles[j].section != role.section or inner is None
                    or not (got[0] - 1 <= inner[0] and inner[1] <= got[1] + 1)):
                break
            members.append(j)
        said = [ln for k in (i, *members) for ln in by_role.get(k, []) if ln.strip()]
        if not said:
            continue
        section_kind = kinds.get(role.section, "experience")
        kind, note = _title_kind(said[0], role.section, section_kind, " \n ".join(said))
        note = f"{note} (earlier roles listed together)"
        for k in (i, *members):
            out[k] = (kind, note)
    return out


def _classify(resume: Resume, as_of: int, found: Sequence[Degree]) -> list[Work]:
    kinds = {s.title: s.kind for s in resume.sections}
    windows = _study_windows(found)
    # the starts of doctorates still under way: research assistantships in them are study
    doctorates = [d.start for d in found if d.level == 3 and d.start is not None
                  and not d.finished_by(as_of)]
    lines = [ln.strip() for ln in (resume.text or "").splitlines()]
    by_role: dict[int, list[str]] = {}
    for b in resume.bullets:
        if b.role is not None:
            by_role.setdefault(b.role, []).append(b.text)
    spans = [role_dates(r.title, r.organization, r.dates, lines, as_of, r.period)
             for r in resume.roles]
    earlier = _earlier_roles(resume, spans, by_role, kinds)
    out: list[Work] = []
    for i, role in enumerate(resume.roles):
        section_kind = kinds.get(role.section, "experience")
        if section_kind in ("education", "skills") or (
                section_kind == "other" and CREDENTIAL_SECTION.search(role.section)):
            continue  # a dated certificate or seminar ('SEMINARS AND TRAININGS ATTENDED'), no job
        got = spans[i]
        if got is None:
            continue
        bullets = " \n ".join(by_role.get(i, []))
        title, org = role.title, role.organization
        kind, note = _title_kind(title, role.section, section_kind, bullets)
        if kind == "other" and org and not INTERN.search(title) and not JOB_NOUN.search(title):
            # "SAMSUNG Electronics | Freelance Penetration Tester"; not a title of its own
            # ("Senior Information Developer" at "Brightcairn Software")
            swapped, swapped_note = _title_kind(org, role.section, section_kind, bullets)
            if swapped != "other":
                kind, note, title, org = swapped, swapped_note, org, title
        if i in earlier:
            kind, note = earlier[i]
        if (MILITARY_SECTION.search(role.section) or MILITARY_TITLE.search(f"{title} {org}")
                or MILITARY_ORG.match(org) or MILITARY_ORG.match(title)) and not (
                kind == "engineering" and SOFTWARE_TITLE.search(title)
                and _mostly_builds(bullets)):
            # "Platoon Leader, Network Operations" under "Military Experience": service
            kind, note = "other", "military service (not engineering years)"
        if kind not in ("study", "internship") and (BOOTCAMP.search(f"{title} {org}") or (
                kind == "engineering" and STUDY.search(title))):
            # "Software Development Student | a coding bootcamp": a course, however full-time,
            # is study, not years of work
            kind, note = "study", "a bootcamp or course (study, not work)"
        text = f"{title} \n {org} \n {bullets}"
        if kind == "internship" and re.search(r"(?i)research", title):
            note = "a research internship"
        counted = kind in ("engineering", "science")
        if kind == "research":
            if re.search(r"(?i)undergraduate|student", f"{title} {org}") or \
                    _during_study(got[0], got[1], windows):
                kind, note, counted = "study", "research during a bachelor's or master's degree", False
            elif any(got[0] >= s - 1 for s in doctorates) and DOCTORAL_POST.search(title):
                kind, note, counted = "study", "research during a doctorate still under way", False
            else:
                counted, note = _research_counts(title, org, by_role.get(i, []), got[0], got[1],
                                                 found)
        elif counted and _during_study(got[0], got[1], windows):
            counted, note = False, f"{note}, held while studying"
        if counted and kind == "engineering" and shared_with_teaching(title):
            # "Freelance Web Developer & Math Tutor": the time went to two jobs
            counted, note = False, f"{note}, shared with teaching (not full-time years)"
        if counted and PART_TIME_JOB.search(f"{title} {org}"):
            # "Machine Learning Consultant (part-time, one day per week)": shown, not full-time
            counted, note = False, f"{note}, part-time (not full-time years)"
        # an infrastructure title is software development when its lines mostly build
        # applications; one internal service among the clusters and pipelines is not
        own = by_role.get(i, [])
        infra = kind == "engineering" and bool(INFRA_TITLE.search(title)) and not (
            SOFTWARE_BESIDE.search(title)) and (
            sum(builds_application(b) for b in own) < INFRA_SOFTWARE_SHARE * len(own)
            or not own)
        in_computing = kind == "research" and counted and (
            bool(find_phrases(f"{title} {org}", COMPUTING_WORDS)) or any(
                d.level == 3 and d.field == "computing" and (d.end is None or d.end > got[0])
                and (d.start is None or d.start < got[1]) for d in found))
        out.append(Work(
            i, title, org, got[0], got[1], kind, counted, note, _hands_on(bullets),
            bool(ENG_LEAD.search(title) or find_phrases(bullets, MANAGE_PHRASES)),
            bool(FREELANCE.search(f"{title} {org}")) and not CO_FOUNDER.search(title),
            text, infra, in_computing))
    return _within_jobs(out, lines)


_CLIENT_LABEL = re.compile(r"(?i)^\s*(?:client|customer|role|designation|team size)\s*:")


def _org_key(name: str) -> str:
    words = re.findall(r"[a-z0-9]+", name.lower())
    return words[0] if words else ""


def _within_jobs(work: list[Work], lines: Sequence[str]) -> list[Work]:
    """An entry listed apart but done inside a full-time job is that job's work: a highlighted
    project at the same employer ("Selected technical leadership: Cell-based architecture,
    Twilio, 2021 - 2023") or a client project with its role ("Project #2 ... Client: a UK bank,
    Role: Software Engineer") inside the job's dates. Its lines are evidence of professional
    work; its months are already the job's."""
    jobs = [w for w in work if w.counted and w.kind in ("engineering", "science")]
    out: list[Work] = []
    for w in work:
        if w.counted or w.kind not in ("project", "volunteer", "other") or not jobs:
            out.append(w)
            continue
        inside = [j for j in jobs if j.start - 1 <= w.start and w.end <= j.end + 1]
        # the employer as the entry names it: its organisation, or a name after a comma
        # ("Multi-region ledger, Ledgerly")
        names = [w.organization] + re.split(r"\s*[,|·]\s+|\s+[—–-]\s+", w.title)[1:]
        keys = {_org_key(n) for n in names if n.strip()} - {""}
        same = [j for j in inside if _org_key(j.organization) in keys]
        labelled = w.kind == "project" and _has_client_label(w.title, lines)
        host = (same or (inside if labelled else []))[:1]
        if not host:
            out.append(w)
            continue
        j = host[0]
        where = f" at {j.organization}" if j.organization else ""
        out.append(replace(w, kind=j.kind, counted=True,
                           note=f"a project inside your full-time role{where}"))
    return out


def _has_client_label(title: str, lines: Sequence[str]) -> bool:
    """The entry's own lines name a client or the role held ("Client: ...", "Role: ...")."""
    for i, line in enumerate(lines):
        if title and title in line:
            return any(_CLIENT_LABEL.match(x) for x in lines[i + 1:i + 5])
    return False


def _phd_work(found: Sequence[Degree], work: Sequence[Work], as_of: int) -> list[Work]:
    """A PhD in a computing field counts as research years (its own dates) when it shows
    building software or ML systems: its thesis or research lines say so, or the internships
    and research jobs held during it built them."""
    out: list[Work] = []
    for d in found:
        if d.level != 3 or d.start is None:
            continue
        end = min(d.end if d.end is not None else as_of, as_of)
        if end <= d.start:
            continue
        start = d.start
        # a doctorate also listed as a role ("PhD candidate (CIFRE)"): its dates are that role's
        for w in work:
            if w.start < end and w.end > start and DOCTORATE_ROLE.search(w.title):
                start, end = max(start, w.start), min(end, w.end)
        during = " \n ".join(w.text for w in work if w.start < end and w.end > d.start
                             and w.kind in ("internship", "research", "engineering", "science"))
        own = d.text.replace(d.line, " ")
        # a thesis topic alone shows the field: its own lines need a verb that builds or trains
        built = bool(find_phrases(own, ML_WORK) and find_phrases(own, BUILD_VERBS)) or _hands_on(
            during)
        ok = d.field == "computing" and built
        note = ("PhD research that built software or ML systems" if ok
                else "PhD research outside computing" if d.field != "computing"
                else "PhD research that does not show building software or ML systems")
        if not d.finished_by(as_of):
            # a doctorate still under way is study: no professional years from it yet
            out.append(Work(-1, d.line, "", start, end, "study", False,
                            "a doctorate still under way (study, not professional years)",
                            built, False, False, d.text))
            continue
        out.append(Work(-1, d.line, "", start, end, "research", ok, note, ok, False, False,
                        d.text, computing=ok))
    return out


SIDE_MONTHS = 12  # freelancing this long beside a full-time job is side work


def _employer_headers(work: list[Work]) -> list[Work]:
    """An employer's line read as a role ("Nordweave Software Sp. z o.o., 03.2019 – present")
    over the titles held there: the titles are the work; the header is not counted again, nor
    read as a job whose title says "Software"."""
    out: list[Work] = []
    for w in work:
        if w.counted and LEGAL_NAME.search(w.title) and sum(
                1 for o in work if o is not w and o.start >= w.start and o.end <= w.end) >= 2:
            w = replace(w, kind="other", counted=False, note="the employer's line over the "
                        "titles held there")
        out.append(w)
    return out


def _department_lines(work: list[Work]) -> list[Work]:
    """A department or project of the employer of a counted engineering job, during that job
    ("Kumoi Denki Co., Ltd. / Advanced Safety Systems" with its project beside it, in either
    order): its work is that job's kind of work, not another kind of role."""
    jobs = [w for w in work if w.counted and w.kind == "engineering"]
    out: list[Work] = []
    for w in work:
        named = next((t for t in (w.title, w.organization) if COMPANY_TITLE.search(t)
                      or LEGAL_NAME.search(re.split(r"\s*[/|]\s*", t.strip())[0])), "")
        head = re.split(r"\s*[/|,]\s*", named.strip())[0]
        if (not w.counted and w.kind == "other" and len(head) >= 3
                and any(o.start <= w.start and o.end >= w.end and o is not w
                        and head in f"{o.title} {o.organization} {o.text[:200]}" for o in jobs)):
            w = replace(w, kind="engineering", counted=True, note="a department of the "
                        "engineering job held there")
        out.append(w)
    return out


def _side_freelance(work: list[Work]) -> list[Work]:
    """Freelance work held alongside a full-time job for a year or more (or most of its span)
    is side work, part-time by nature: shown, not counted as full-time years."""
    jobs = [w for w in work if w.counted and not w.freelance]
    out: list[Work] = []
    for w in work:
        if w.counted and w.freelance and _umbrella(w, work):
            out += _without_breaks(w, work)  # a freelancer's stated time off is not work
            continue
        if w.counted and w.freelance and jobs:
            overlap = merged_months([(max(w.start, j.start), min(w.end, j.end)) for j in jobs
                                     if j.start < w.end and j.end > w.start])
            if overlap >= min(SIDE_MONTHS, w.months) or 2 * overlap >= w.months:
                w = replace(w, kind="other", counted=False,
                            note="freelance alongside a full-time job (side work)")
        out.append(w)
    return out


CLIENT_WORK = _T(r"(?i)\b(clients?|via|agency|engagements?|contract\w*|freelanc\w*|"
                 r"consult\w*|upwork|toptal|fiverr)\b")


def _umbrella(w: Work, work: Sequence[Work]) -> bool:
    """A freelance business or consultancy that holds the candidate's engagements ("Consultant,
    My Software LLC, 2018 to present" over contracts for clients): two or more roles inside its
    span, most of them client or contract work. It is the candidate's main work, not a side
    line beside a full-time job."""
    inside = [o for o in work if o is not w and o.kind not in ("project", "volunteer")
              and w.start - 1 <= o.start and o.end <= w.end + 1 and o.months > 0]
    clients = [o for o in inside if o.freelance or CLIENT_WORK.search(f"{o.title} {o.organization}")]
    return len(clients) >= 2 and 2 * len(clients) > len(inside)


TIME_OFF = _T(r"(?i)\b(time off|career break|sabbatical|gap year|break from work|"
              r"travel(?:l)?ing|parental leave|family leave)\b")


def _without_breaks(w: Work, work: Sequence[Work]) -> list[Work]:
    """The freelance business's span without the time off the resume states inside it. Its
    engagements keep their own lines: what each shows counts for its own months; the kind of
    work they share is the business's (`held`)."""
    w = replace(w, held=tuple(ln for o in work if o is not w and w.start - 1 <= o.start
                              and o.end <= w.end + 1 for ln in o.text.split(" \n ")[2:]
                              if ln.strip()))
    breaks = sorted((o.start, o.end) for o in work if o is not w and not o.counted
                    and TIME_OFF.search(f"{o.title} {o.organization}")
                    and w.start < o.start and o.end < w.end)
    pieces, start = [], w.start
    for lo, hi in breaks:
        if lo > start:
            pieces.append(replace(w, start=start, end=lo))
        start = max(start, hi)
    pieces.append(replace(w, start=start))
    return pieces


def _claim(text: str) -> tuple[float | None, str]:
    m = _CLAIM.search((text or "")[:CLAIM_WINDOW])
    if m and 0 < int(m.group(1)) <= 45:
        return float(m.group(1)), m.group(0).strip()
    return None, ""


def estimate(resume: Resume, today: int) -> Experience:
    """Years of professional work by kind, as of the resume's own date."""
    found = degrees(resume)
    lines = [ln.strip() for ln in (resume.text or "").splitlines()]
    starts = [s[0] for r in resume.roles
              if (s := role_dates(r.title, r.organization, r.dates, lines, today, r.period)) is not None]
    when: ResumeDate = resume_date(resume.text or "", resume.document_date, today,
                                   max(starts) if starts else None, resume.printed_date)
    as_of = when.month
    work = _department_lines(_employer_headers(_side_freelance(_classify(resume, as_of, found))))
    work += _phd_work(found, work, as_of)
    work.sort(key=lambda w: (-w.end, -w.start, w.role))
    counted = [(w.start, w.end) for w in work if w.counted]
    total = years(merged_months(counted)) if counted else (0.0 if resume.roles else None)
    by_kind = _by_kind(work)
    intern = by_kind.get("internship", 0.0)
    claim, claim_text = _claim(resume.text or "")
    by_role: dict[int, list[str]] = {}
    for b in resume.bullets:
        if b.role is not None:
            by_role.setdefault(b.role, []).append(b.text)
    exp = Experience(total, by_kind, intern, tuple(work), as_of, when.why, claim, claim_text,
                     found, "", {k: tuple(v) for k, v in by_role.items()},
                     # a file saved before the dates it lists carries a template's date
                     when.saved if when.source == "today" and when.saved is not None
                     and when.saved >= max(starts, default=0) else None)
    return _with_reason(exp)



def for_posting(exp: Experience, job_title: str) -> Experience:
    """The years as this posting reads them: on a solutions-architect, consulting or
    sales-engineering posting, a customer-facing architect's or consultant's role is the very
    work asked (elsewhere it advises and others build, so it is not counted); on an
    infrastructure, network or operations posting (a systems development engineer, an SRE), so
    is a network engineer's (infrastructure work, building no software)."""

    asks: dict[str, tuple[str, bool]] = {}  # note -> (the new note, infrastructure work)
    if ADVISORY.search(job_title or ""):
        asks[ADVISORY_NOTE] = ("customer-facing architecture, the work this posting asks for",
                               False)
    if INFRA_POSTING.search(job_title or ""):
        asks[NETWORK_NOTE] = ("network engineering, the infrastructure work this posting asks "
                              "for", True)
    if not any(w.note in asks for w in exp.work):
        return exp
    work = tuple(replace(w, kind="engineering", counted=True, note=asks[w.note][0],
                         infra=w.infra or asks[w.note][1])
                 if w.note in asks else w for w in exp.work)
    counted = [(w.start, w.end) for w in work if w.counted]
    return _with_reason(replace(exp, work=work, years=years(merged_months(counted)),
                                by_kind=_by_kind(work)))


def _by_kind(work: Sequence[Work]) -> dict[str, float]:
    """Years per kind of work, overlaps within a kind once (counted kinds: counted roles only)."""
    by_kind: dict[str, float] = {}
    for kind in KIND_LABELS:
        spans = [(w.start, w.end) for w in work if w.kind == kind and (w.counted or kind not in COUNTED)]
        if spans:
            by_kind[kind] = years(merged_months(spans))
    return by_kind


def _with_reason(exp: Experience) -> Experience:
    return replace(exp, reason=years_sentence(exp))


def analyst_career(exp: Experience) -> float | None:
    """The years of an analyst whose line of work is analysis (full-time roles): no engineering
    or science role counted, and an analyst role held now. A recruiter counts those as the
    person's professional years, though not as engineering or science years; else None."""
    if exp.counted() or not any(w.kind == "analytics" and w.end >= exp.as_of for w in exp.work):
        return None
    return years(merged_months([(w.start, w.end) for w in exp.work if w.kind == "analytics"
                                and not PART_TIME_JOB.search(f"{w.title} {w.organization}")]))


def professional_years(exp: Experience) -> float | None:
    """The professional years shown for the candidate: the counted years, or an analyst's
    years of analysis work when that is their line of work."""
    analyst = analyst_career(exp)
    return exp.years if analyst is None else analyst


def years_sentence(exp: Experience) -> str:
    """How the years were counted, in one or two plain sentences."""
    if exp.years is None:
        return "No role on the resume has dates that can be read, so its years are unknown."
    counted = exp.counted()
    parts = [f"{KIND_LABELS[k]} {exp.by_kind[k]:g}" for k in COUNTED if exp.by_kind.get(k)]
    analyst = analyst_career(exp)
    if analyst is not None:
        text = (f"About {analyst:g} years of full-time analyst work, your line of work, counted "
                f"from role dates up to {exp.as_of_why}; no engineering or science role is on "
                "the resume yet, so they are not engineering or science years")
        apart = [f"{KIND_LABELS[k]} {v:g}" for k, v in exp.by_kind.items()
                 if k not in COUNTED and k not in ("project", "analytics") and v]
        if apart:
            text += f"; not counted: {', '.join(apart)}"
        text += "."
        if exp.claim_years is not None and abs(exp.claim_years - analyst) >= 2:
            text += f" Your summary says '{exp.claim_text}', which the role dates do not bear out."
        return text
    if not counted:
        text = "No full-time, non-internship role in engineering or science is on the resume yet"
    else:
        text = (f"About {exp.years:g} years of full-time, non-internship work in engineering or "
                f"science ({'; '.join(parts)}), counted from role dates up to {exp.as_of_why}")
    apart = [f"{KIND_LABELS[k]} {v:g}" for k, v in exp.by_kind.items()
             if k not in COUNTED and v and k != "project"]
    if apart:
        text += f"; not counted: {', '.join(apart)}"
    text += "."
    if exp.claim_years is not None and abs(exp.claim_years - exp.years) >= 2:
        text += (f" Your summary says '{exp.claim_text}', which the role dates do not bear out.")
    return text


def years_of(exp: Experience, keep: object) -> float:
    """Years of counted work for which `keep(work)` is true."""
    return years(exp.months_where(keep))
