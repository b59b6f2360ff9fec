"""Resume families in the styles the other families leave out, written for what the analysis
needs: every role with its title, organisation and dates (the judgment counts professional
years from them) and every achievement bullet, nothing else.

- Dates as people write them: on a line of their own under the company, year only, 'since
  04/2021', 'Jan 2020 - Till Date', 'June 2019 to date', '03.2020 – heute', 'depuis mars
  2020', 'desde 2019', "Feb '19 – Jun '21"; each role's truth keeps the period it means.
- Markdown-like text resumes ('## Experience', '### Title — Company', '*2019 – 2021*').
- Word resumes with the dates on a line under the company, in several header orders.
- PDFs with title, company and dates on one line, the dates at the right margin.
- Indian IT-services resumes (DOCX): objective, a bulleted professional summary (not
  achievements), 'Working as <title> in <company> from <date> to Till Date', project tables
  with Client / Role / Duration / Environment, 'Roles and Responsibilities:' bullets,
  personal details and a declaration.
- European CVs (PDF): a photo box, a personal-details table, dates in a left column with
  'seit' / 'depuis' / 'desde' / 'heute', languages with levels; English, German, French,
  Spanish.
- Canva-style PDFs: a coloured sidebar with contact icons, skill chips and language dots;
  bullets drawn as shapes.
Held-back only: the Indian resume printed to PDF, the European CV as a DOCX table with a
photo cell, and plain-text resumes whose dates sit on lines of their own."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from .bank import CV, Entry, halves, make_cv
from .canvas import A4, LETTER, Canvas, Flow
from .truth import Truth

GREY = (0.42, 0.42, 0.45)
INK = (0.1, 0.1, 0.12)

# ----------------------------------------------------------------------------- dates

MONTHS = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "en_long": "January February March April May June July August September October November December".split(),
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "es": ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."],
}
NOW_WORDS = {"en": ["Present", "present", "Current", "Now", "Till Date", "till date", "Today", "to date"],
             "de": ["heute", "Heute", "aktuell"], "fr": ["aujourd'hui", "présent"],
             "es": ["actualidad", "presente", "hoy"]}
SINCE = {"en": ["since", "Since"], "de": ["seit", "Seit"], "fr": ["depuis", "Depuis"], "es": ["desde", "Desde"]}


@dataclass
class Period:
    """What a role's printed dates mean: start and end as (year, month or 0), end None = now."""

    start: tuple[int, int]
    end: tuple[int, int] | None

    def key(self) -> str:
        def one(ym: tuple[int, int]) -> str:
            return f"{ym[0]:04d}-{ym[1]:02d}" if ym[1] else f"{ym[0]:04d}"
        return one(self.start) + "/" + (one(self.end) if self.end else "present")


def print_dates(rng: random.Random, lang: str, style: str, p: Period) -> str:
    """The printed form of a period in `style`."""
    (y1, m1), end = p.start, p.end
    dash = rng.choice([" – ", " - ", " — ", "–"]) if style != "to" else " to "
    if style == "since":
        word = rng.choice(SINCE[lang])
        if lang == "en":
            return f"{word} " + rng.choice([f"{m1:02d}/{y1}", f"{MONTHS['en'][m1 - 1]} {y1}"])
        return f"{word} {m1:02d}/{y1}" if lang != "fr" else f"{word} {MONTHS['fr'][m1 - 1]} {y1}"
    now = rng.choice(NOW_WORDS[lang])
    if style == "year":
        a = str(y1)
        b = str(end[0]) if end else now
    elif style == "num":
        a = f"{m1:02d}/{y1}"
        b = f"{end[1]:02d}/{end[0]}" if end else now
    elif style == "dot":
        a = f"{m1:02d}.{y1}"
        b = f"{end[1]:02d}.{end[0]}" if end else now
    elif style == "iso":
        a = f"{y1}.{m1:02d}"
        b = f"{end[0]}.{end[1]:02d}" if end else now
    elif style == "apos" and lang == "en":
        a = f"{MONTHS['en'][m1 - 1]} '{y1 % 100:02d}"
        b = f"{MONTHS['en'][end[1] - 1]} '{end[0] % 100:02d}" if end else now
    else:
        months = MONTHS["en_long" if style == "long" and lang == "en" else ("en" if lang == "en" else lang)]
        a = f"{months[m1 - 1]} {y1}"
        b = f"{months[end[1] - 1]} {end[0]}" if end else now
    if b == "to date" or style == "to" and b in ("Present", "present"):
        return f"{a} to {'date' if b == 'to date' else b}"
    return a + dash + b


def redate(cv: CV, rng: random.Random, styles: list[str]) -> list[Period]:
    """New dates for every job, printed in one of `styles` (per resume), with their periods."""
    style = rng.choice(styles)
    year, month = 2024, rng.randint(1, 12)
    periods = []
    for i, e in enumerate(cv.jobs):
        span = rng.randint(10, 40)
        end = None if i == 0 else (year, month)
        start_index = year * 12 + month - 1 - span
        start = (start_index // 12, start_index % 12 + 1)
        st = style if not (style == "since" and i > 0) else rng.choice(["num", "short"])
        if st == "year":
            start = (start[0], 0)
            end = (end[0], 0) if end else None
        p = Period(start, end)
        e.dates = print_dates(rng, cv.lang, st, p)
        periods.append(p)
        gap = rng.choice([0, 1, 2])
        year, month = (start_index - gap) // 12, (start_index - gap) % 12 + 1
    return periods


def role(truth: Truth, e: Entry, period: Period | None, title: str | None = None, org: str | None = None) -> None:
    truth.role(title or e.title, e.org if org is None else org, e.dates, e.bullets)
    truth.roles[-1]["period"] = period.key() if period else ""


DATE_STYLES_EN = ["short", "long", "year", "num", "since", "to", "dot", "iso", "apos"]
DATE_STYLES_INTL = ["short", "num", "dot", "since", "year"]


# ----------------------------------------------------------------------------- text: Markdown-like

def build_markdown_cv(path: Path, rng: random.Random, split: str, lang: str = "en") -> Truth:
    """A resume kept as Markdown (a GitHub README, Notion, Obsidian, a plain .md)."""
    truth = Truth()
    cv = make_cv(rng, split, rng.choice(["industry", "industry", "student"]), lang)
    periods = redate(cv, rng, DATE_STYLES_EN if lang == "en" else DATE_STYLES_INTL)
    header = rng.choice(["h3_dash", "bold_comma", "h3_at", "table_like"])
    bullet = rng.choice(["-", "*", "+"])
    out = [f"# {cv.name}", "", f"{cv.email} · {cv.phone} · [{cv.link}](https://{cv.link})", ""]
    if rng.random() < 0.6:
        out += [f"## {truth.section(cv.titles['summary'])}", "", cv.summary, ""]
    out += [f"## {truth.section(cv.titles['experience'])}", ""]
    for e, p in zip(cv.jobs, periods, strict=True):
        if header == "h3_dash":
            out += [f"### {e.title} — {e.org}", f"*{e.dates}*" + (f" · {e.location}" if e.location else ""), ""]
        elif header == "bold_comma":
            out += [f"**{e.title}**, {e.org} ({e.dates})", ""]
        elif header == "h3_at":
            out += [f"### {e.title} @ {e.org}", f"_{e.dates}_", ""]
        else:
            out += [f"**{e.org}** | {e.title} | {e.dates}", ""]
        out += [f"{bullet} {b}" for b in e.bullets] + [""]
        if e.tech:
            out += [f"*{e.tech}*", ""]
        role(truth, e, p)
    if cv.projects:
        out += [f"## {truth.section(cv.titles['projects'])}", ""]
        for e in cv.projects:
            out += [f"### {e.title} ({e.dates})", ""] + [f"{bullet} {b}" for b in e.bullets] + [""]
            truth.role(e.title, "", e.dates, e.bullets)
    out += [f"## {truth.section(cv.titles['education'])}", ""]
    for s in cv.schools:
        out += [f"**{s.degree}**, {s.school} ({s.dates})", ""]
    out += [f"## {truth.section(cv.titles['skills'])}", ""]
    out += [f"{bullet} **{k}:** {', '.join(v)}" for k, v in cv.skills.items()] + [""]
    path.write_text("\n".join(out), encoding="utf-8")
    return truth


def build_plain_dates(path: Path, rng: random.Random, split: str, lang: str = "en") -> Truth:
    """A plain-text resume whose dates stand on lines of their own (held back)."""
    truth = Truth()
    cv = make_cv(rng, split, "industry", lang)
    periods = redate(cv, rng, DATE_STYLES_EN if lang == "en" else DATE_STYLES_INTL)
    caps = rng.random() < 0.6
    glyph = rng.choice(["-", "*", "•", "o"])
    out = [cv.name.upper(), cv.city, f"{cv.phone} | {cv.email}", ""]
    for key in ("summary", "experience", "education", "skills"):
        title = cv.titles[key]
        out += [truth.section(title.upper() if caps else title)]
        if not caps:
            out.append("-" * len(title))
        if key == "summary":
            out += [cv.summary]
        elif key == "experience":
            order = rng.choice(["org_title_dates", "title_org_dates", "dates_first"])
            for e, p in zip(cv.jobs, periods, strict=True):
                if order == "org_title_dates":
                    out += [e.org, e.title, e.dates]
                elif order == "title_org_dates":
                    out += [e.title, f"{e.org}, {e.location}" if e.location else e.org, e.dates]
                else:
                    out += [e.dates, f"{e.title}, {e.org}"]
                out += [f"{glyph} {b}" for b in e.bullets] + [""]
                role(truth, e, p)
        elif key == "education":
            for s in cv.schools:
                out += [s.degree, s.school, s.dates]
        else:
            out += [f"{k}: {', '.join(v)}" for k, v in cv.skills.items()]
        out.append("")
    path.write_text("\n".join(out), encoding="utf-8")
    return truth


# ----------------------------------------------------------------------------- DOCX: dates below

def _docx(rng: random.Random):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = rng.choice(["Calibri", "Arial", "Georgia", "Cambria", "Garamond"])
    st.font.size = Pt(rng.choice([10, 10.5, 11]))
    return d


def _docx_heading(d, text: str, truth: Truth, mode: str) -> None:
    from docx.shared import Pt

    printed = text.upper() if mode == "caps" else text
    truth.section(printed)
    if mode == "style":
        d.add_heading(printed, level=2)
        return
    r = d.add_paragraph().add_run(printed)
    r.bold = True
    r.font.size = Pt(12.5)


def _docx_bullet(c, text: str, mode: str) -> None:
    if mode == "style":
        try:
            c.add_paragraph(text, style="List Bullet")
            return
        except KeyError:
            pass
    c.add_paragraph(("•\t" if mode == "tab" else "- ") + text)


def build_dates_below(path: Path, rng: random.Random, split: str, lang: str = "en") -> Truth:
    """A Word resume whose entry headers put the dates on a line of their own under the
    company, in several orders (company / title / dates, title / company, city / dates)."""
    truth = Truth()
    cv = make_cv(rng, split, rng.choice(["industry", "industry", "student"]) if lang == "en" else "industry", lang)
    periods = redate(cv, rng, DATE_STYLES_EN if lang == "en" else DATE_STYLES_INTL)
    d = _docx(rng)
    r = d.add_paragraph().add_run(cv.name)
    r.bold = True
    d.add_paragraph(f"{cv.city} | {cv.phone} | {cv.email}")
    hmode = rng.choice(["caps", "title", "style"])
    bmode = rng.choice(["style", "tab", "dash"])
    order = rng.choice(["org_title_dates", "title_org_dates", "title_orgcity_dates", "org_dates_title"])
    _docx_heading(d, cv.titles["summary"], truth, hmode)
    d.add_paragraph(cv.summary)
    _docx_heading(d, cv.titles["experience"], truth, hmode)
    for e, p in zip(cv.jobs, periods, strict=True):
        lines: list[tuple[str, str]]  # (text, style: b/i/r)
        if order == "org_title_dates":
            lines = [(e.org, "b"), (e.title, "i"), (e.dates, "r")]
        elif order == "title_org_dates":
            lines = [(e.title, "b"), (e.org, "i"), (e.dates, "r")]
        elif order == "title_orgcity_dates":
            lines = [(e.title, "b"), (f"{e.org}, {e.location}" if e.location else e.org, "r"),
                     (e.dates + (f" | {e.location}" if e.location and rng.random() < 0.3 else ""), "i")]
        else:
            lines = [(e.org, "b"), (e.dates, "i"), (e.title, "r")]
        for text, style in lines:
            run = d.add_paragraph().add_run(text)
            run.bold, run.italic = style == "b", style == "i"
        for b in e.bullets:
            _docx_bullet(d, b, bmode)
        role(truth, e, p)
    _docx_heading(d, cv.titles["education"], truth, hmode)
    for s in cv.schools:
        d.add_paragraph().add_run(s.degree).bold = True
        d.add_paragraph(f"{s.school}, {s.dates}")
    _docx_heading(d, cv.titles["skills"], truth, hmode)
    for k, v in cv.skills.items():
        par = d.add_paragraph()
        par.add_run(k + ": ").bold = True
        par.add_run(", ".join(v))
    d.save(str(path))
    return truth


# ----------------------------------------------------------------------------- PDF: one line, dates right

def build_oneline_right(path: Path, rng: random.Random, split: str, lang: str = "en") -> Truth:
    """Title, company and dates on one line, the dates at the right margin (Word and Google
    Docs templates with a right tab stop, LaTeX \\hfill)."""
    truth = Truth()
    cv = make_cv(rng, split, rng.choice(["industry", "industry", "student", "psi"]) if lang == "en" else "industry",
                 lang)
    periods = redate(cv, rng, DATE_STYLES_EN if lang == "en" else DATE_STYLES_INTL)
    page = rng.choice([LETTER, A4])
    c = Canvas(page, rng.choice(["helvetica", "times", "dejavu"]))
    c.new_page()
    w, h = page
    size = rng.choice([9.5, 10.0, 10.5])
    flow = Flow(c, 50, w - 50, 50, h - 50, later=(50, w - 50, 50))
    flow.line(cv.name, size + 8, "b")
    flow.line(f"{cv.email}  |  {cv.phone}  |  {cv.link}", size - 0.5, color=GREY)
    sep = rng.choice([", ", " | ", " — ", " at ", " · "])
    org_first = rng.random() < 0.3
    caps = rng.random() < 0.5
    glyph = rng.choice(["•", "dot", "–", "▪"])

    def heading(text: str) -> None:
        printed = text.upper() if caps else text
        truth.section(printed)
        flow.gap(size * 0.8)
        flow.need(size * 4)
        flow.line(printed, size + 1.5, "b")
        c.line((50, flow.y - 2), (w - 50, flow.y - 2), width=0.5, page=flow.page)
        flow.gap(3)

    for key in ("summary", "experience", "projects", "education", "skills"):
        if key == "projects" and not cv.projects:
            continue
        heading(cv.titles[key])
        if key == "summary":
            flow.para(cv.summary, size)
        elif key in ("experience", "projects"):
            entries = cv.jobs if key == "experience" else cv.projects
            for k, e in enumerate(entries):
                flow.need(size * 4)
                if key == "projects":
                    left = e.title
                else:
                    left = f"{e.org}{sep if sep != ' at ' else ', '}{e.title}" if org_first else f"{e.title}{sep}{e.org}"
                end = c.text(50, flow.y + size, left, size + 0.5, "b", page=flow.page)
                if rng.random() < 0.3 and e.location and key == "experience":
                    c.text(end + 6, flow.y + size, f"({e.location})", size, "i", page=flow.page)
                c.right(w - 50, flow.y + size, e.dates, size, page=flow.page, color=GREY)
                flow.gap(size * 1.4)
                for b in e.bullets:
                    flow.bullet(b, size, glyph, indent=14)
                flow.gap(size * 0.4)
                if key == "experience":
                    role(truth, e, periods[k])
                else:
                    truth.role(e.title, "", e.dates, e.bullets)
        elif key == "education":
            for s in cv.schools:
                c.right(w - 50, flow.y + size, s.dates, size, page=flow.page, color=GREY)
                flow.line(f"{s.degree}, {s.school}", size, "b")
        else:
            for k2, v in cv.skills.items():
                flow.para(f"{k2}: {', '.join(v)}", size)
    c.save(path, rng.choice(["Microsoft® Word for Microsoft 365", "pdfTeX-1.40.25", "Google Docs Renderer"]))
    return truth


# ----------------------------------------------------------------------------- Indian IT-services resume

IN_COMPANIES = ["Vistara Infotech Pvt. Ltd.", "Sahyadri Software Services", "Nilgiri Technologies Ltd.",
                "Kaveri Systems Pvt Ltd", "Indus Digital Solutions", "Meghdoot IT Services Ltd.",
                "Godavari Consulting Pvt. Ltd.", "Aravalli Tech Labs"]
IN_CITIES = ["Bangalore, India", "Pune, India", "Hyderabad, India", "Chennai, India", "Noida, India", "Kochi, India"]
IN_TITLES = ["Senior Software Engineer", "Software Engineer", "Technical Lead", "Associate Consultant",
             "System Engineer", "Senior Test Engineer", "Module Lead", "Programmer Analyst"]
IN_CLIENTS = ["a leading US bank", "Contoso Insurance (UK)", "Fabrikam Retail", "Northwind Health",
              "Tailspin Airlines", "Woodgrove Bank", "Litware Telecom", "Adatum Logistics"]
IN_PROJECTS = ["Claims Processing Modernisation", "Retail Banking Portal", "Payments Reconciliation Engine",
               "Policy Administration System", "Loyalty Rewards Platform", "Fleet Tracking Dashboard",
               "Trade Settlement Automation", "Customer Onboarding Workflow"]
IN_ENV = ["Java 8, Spring Boot, Hibernate, Oracle 12c, Jenkins", "Python, Django, PostgreSQL, AWS",
          ".NET Core, C#, SQL Server, Azure DevOps", "Angular 8, Node.js, MongoDB", "Selenium, TestNG, Jira",
          "Informatica, Teradata, Unix shell scripting"]
IN_RR = [
    "Developed REST services for policy creation and endorsement using Spring Boot",
    "Involved in requirement analysis and preparation of low level design documents",
    "Reduced the nightly batch runtime from 6 hours to 90 minutes by tuning SQL queries",
    "Wrote JUnit test cases and raised code coverage from 45% to 80%",
    "Coordinated with the onsite team for daily status calls and production releases",
    "Fixed 120+ production defects within SLA during the warranty period",
    "Automated regression suite of 400 test cases using Selenium WebDriver",
    "Migrated 25 stored procedures from Oracle to PostgreSQL",
    "Mentored 3 freshers on the project codebase and coding standards",
    "Implemented role based access control for the admin module",
    "Prepared deployment runbooks and supported UAT with the client team",
    "Built Jenkins pipelines for build, test and deployment to three environments",
    "Designed Angular screens for customer onboarding with reactive forms",
    "Optimised the search API response time by 35% with Redis caching",
    "Handled code reviews for a team of 6 developers",
    "Integrated the payment gateway with retry and reconciliation reports",
    "Analysed production logs with Splunk to find the root cause of recurring timeouts",
    "Converted 60 manual test cases into API tests with Rest Assured",
    "Participated in sprint planning, daily stand-ups and retrospectives",
    "Developed PL/SQL packages for month-end interest calculation",
    "Upgraded the application from Java 8 to Java 17 with no downtime",
    "Created Power BI reports for the client's operations managers",
    "Set up SonarQube quality gates and fixed 300 critical code smells",
    "Supported the migration of on-premise servers to AWS EC2 and RDS",
]
IN_SUMMARY = [
    "Having {n}+ years of IT experience in design, development and maintenance of enterprise applications.",
    "Good knowledge of Agile methodology and the software development life cycle.",
    "Excellent communication and interpersonal skills, and a quick learner.",
    "Strong experience in Java, Spring Boot and relational databases.",
    "Experience working directly with onsite clients in the US and UK.",
    "Ability to work under pressure and meet deadlines.",
]


def build_indian(path: Path, rng: random.Random, split: str, lang: str = "en", fmt: str = "docx") -> Truth:
    """An Indian IT-services resume: objective, a bulleted summary, 'Working as <title> in
    <company> from <date> to Till Date', project tables (Client / Role / Duration /
    Environment), 'Roles and Responsibilities:' bullets, education, personal details and a
    declaration."""
    truth = Truth()
    name = rng.choice(["Rahul Venkatesh", "Sneha Kulkarni", "Arjun Menon", "Divya Iyer", "Karthik Reddy",
                       "Pooja Sharma", "Vikram Nair", "Ananya Joshi"])
    companies = rng.sample(halves(IN_COMPANIES, split), 2)
    titles = rng.sample(halves(IN_TITLES, split), 2)
    rr = halves(IN_RR, split)[:]
    rng.shuffle(rr)
    now = (2024, rng.randint(1, 12))
    s1 = (now[0] - rng.randint(2, 4), rng.randint(1, 12))
    e2 = (s1[0] - (1 if s1[1] == 1 else 0), s1[1] - 1 if s1[1] > 1 else 12)
    s2 = (e2[0] - rng.randint(2, 3), rng.randint(1, 12))
    jobs = [(titles[0], companies[0], Period(s1, None)), (titles[1], companies[1], Period(s2, e2))]
    months = MONTHS["en_long" if rng.random() < 0.5 else "en"]

    def d(ym: tuple[int, int]) -> str:
        return f"{months[ym[1] - 1]} {ym[0]}" if rng.random() < 0.7 else f"{ym[1]:02d}/{ym[0]}"

    now_word = rng.choice(["Till Date", "till date", "Present", "to date", "Date"])
    exp_style = rng.choice(["sentence", "table", "lines"])
    years = 2024 - s2[0]
    summary = [t.format(n=years) for t in rng.sample(IN_SUMMARY, 4)]
    projects = []
    for k in range(rng.choice([2, 3])):
        job = jobs[0] if k == 0 else jobs[min(k, 1)]
        bullets = [rr.pop() for _ in range(rng.randint(2, 4))]
        projects.append({"name": rng.choice(halves(IN_PROJECTS, split)), "client": rng.choice(IN_CLIENTS),
                         "role": job[0], "duration": f"{d(job[2].start)} - {d(job[2].end) if job[2].end else now_word}",
                         "env": rng.choice(IN_ENV), "bullets": bullets,
                         "desc": "The application lets the client's agents create, update and track "
                                 "policies across regions."})
    printed_jobs = []
    for title, org, p in jobs:
        end = d(p.end) if p.end else now_word
        printed_jobs.append((title, org, f"{d(p.start)} to {end}" if exp_style == "sentence" else f"{d(p.start)} - {end}", p))
    if fmt == "docx":
        _indian_docx(path, rng, name, summary, printed_jobs, projects, exp_style, truth)
    else:
        _indian_pdf(path, rng, name, summary, printed_jobs, projects, exp_style, truth)
    return truth


def _indian_docx(path: Path, rng: random.Random, name: str, summary: list[str], jobs: list, projects: list,
                 exp_style: str, truth: Truth) -> None:
    from docx.shared import Pt

    d = _docx(rng)
    r = d.add_paragraph().add_run(name.upper())
    r.bold, r.font.size = True, Pt(14)
    d.add_paragraph(f"Mobile: +91 98{rng.randint(10000000, 99999999)}")
    d.add_paragraph(f"Email: {name.split()[0].lower()}.{rng.randint(10, 99)}@example.in")
    shade = rng.random() < 0.5
    caps = rng.random() < 0.6  # one case for every heading of the document

    def head(text: str) -> None:
        text = text.upper() if caps else text.title()
        truth.section(text)
        p = d.add_paragraph()
        run = p.add_run(text)
        run.bold, run.font.size = True, Pt(11.5)
        if shade:  # the grey heading band of these templates
            from docx.oxml import parse_xml
            from docx.oxml.ns import nsdecls
            p._p.get_or_add_pPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="D9D9D9"/>'))

    head(rng.choice(["CAREER OBJECTIVE", "Career Objective", "OBJECTIVE"]))
    d.add_paragraph("To work in a challenging environment where I can use my skills for the growth of the "
                    "organisation and myself.")
    head(rng.choice(["PROFESSIONAL SUMMARY", "Professional Summary", "PROFILE SUMMARY"]))
    for s in summary:
        _docx_bullet(d, s, "style")
    head(rng.choice(["TECHNICAL SKILLS", "Technical Skills", "SKILL SET"]))
    t = d.add_table(rows=0, cols=2)
    for k, v in (("Languages", "Java, SQL, Python"), ("Frameworks", "Spring Boot, Hibernate, Angular"),
                 ("Databases", "Oracle, PostgreSQL, MongoDB"), ("Tools", "Git, Jenkins, Jira, Maven")):
        row = t.add_row().cells
        row[0].text, row[1].text = k, v
    head(rng.choice(["PROFESSIONAL EXPERIENCE", "Work Experience", "EXPERIENCE SUMMARY", "Organisational Experience"]))
    if exp_style == "table":
        t = d.add_table(rows=1, cols=3)
        for cell, text in zip(t.rows[0].cells, ("Organisation", "Designation", "Duration"), strict=True):
            cell.text = text
        for title, org, dates, p in jobs:
            row = t.add_row().cells
            row[0].text, row[1].text, row[2].text = org, title, dates
            truth.role(title, org, dates, [])
            truth.roles[-1]["period"] = p.key()
    else:
        for title, org, dates, p in jobs:
            if exp_style == "sentence":
                verb = "Working" if p.end is None else "Worked"
                d.add_paragraph(f"{verb} as {title} in {org} from {dates}.", style="List Bullet")
            else:
                par = d.add_paragraph()
                par.add_run(org).bold = True
                d.add_paragraph(f"{title} | {dates}")
            truth.role(title, org, dates, [])
            truth.roles[-1]["period"] = p.key()
    head(rng.choice(["PROJECT DETAILS", "Projects", "PROJECT EXPERIENCE"]))
    for k, pr in enumerate(projects):
        label = rng.choice([f"Project #{k + 1}", f"Project {k + 1}:", "Project:"])
        d.add_paragraph().add_run(label).bold = True
        t = d.add_table(rows=0, cols=2)
        for key, val in (("Project Name", pr["name"]), ("Client", pr["client"]), ("Role", pr["role"]),
                         ("Duration", pr["duration"]), ("Team Size", str(rng.randint(4, 15))),
                         ("Environment", pr["env"])):
            row = t.add_row().cells
            row[0].text, row[1].text = key, val
        par = d.add_paragraph()
        par.add_run("Description: ").bold = True
        par.add_run(pr["desc"])
        d.add_paragraph().add_run(rng.choice(["Roles and Responsibilities:", "Roles & Responsibilities:",
                                              "Responsibilities:"])).bold = True
        for b in pr["bullets"]:
            _docx_bullet(d, b, rng.choice(["style", "tab"]))
        truth.bullets.extend(pr["bullets"])
    head(rng.choice(["EDUCATIONAL QUALIFICATIONS", "Education", "ACADEMIC PROFILE"]))
    t = d.add_table(rows=1, cols=4)
    for cell, text in zip(t.rows[0].cells, ("Degree", "University", "Year", "Percentage"), strict=True):
        cell.text = text
    row = t.add_row().cells
    row[0].text, row[1].text, row[2].text, row[3].text = "B.E. (Computer Science)", "VTU, Belagavi", "2014", "72%"
    head(rng.choice(["PERSONAL DETAILS", "Personal Profile", "PERSONAL INFORMATION"]))
    for k, v in (("Father's Name", "Mr. S. Venkatesh"), ("Date of Birth", "12-06-1992"), ("Gender", "Male"),
                 ("Marital Status", "Single"), ("Nationality", "Indian"), ("Languages Known", "English, Hindi, Kannada"),
                 ("Passport No", "N1234567")):
        d.add_paragraph(f"{k}\t: {v}")
    head(rng.choice(["DECLARATION", "Declaration"]))
    d.add_paragraph("I hereby declare that the information furnished above is true to the best of my knowledge.")
    d.add_paragraph(f"Place: Bangalore\t\t\t\t({name})")
    d.add_paragraph("Date:")
    d.save(str(path))


def _indian_pdf(path: Path, rng: random.Random, name: str, summary: list[str], jobs: list, projects: list,
                exp_style: str, truth: Truth) -> None:
    page = A4
    c = Canvas(page, rng.choice(["times", "helvetica"]))
    c.new_page()
    w, h = page
    size = 10.5
    flow = Flow(c, 55, w - 55, 50, h - 50, later=(55, w - 55, 50))
    flow.line(name.upper(), size + 5, "b")
    flow.line(f"Mobile: +91 98{rng.randint(10000000, 99999999)}   Email: {name.split()[0].lower()}@example.in", size)

    def head(text: str) -> None:
        truth.section(text)
        flow.gap(size * 0.7)
        flow.need(size * 4)
        c.rect((50, flow.y, w - 50, flow.y + size * 1.5), (0.85, 0.85, 0.85), page=flow.page)
        flow.line(text, size + 0.5, "b")
        flow.gap(3)

    head("CAREER OBJECTIVE")
    flow.para("To work in a challenging environment where I can use my skills for the growth of the "
              "organisation and myself.", size)
    head("PROFESSIONAL SUMMARY")
    for s in summary:
        flow.bullet(s, size, "•", indent=14)
    head("PROFESSIONAL EXPERIENCE")
    for title, org, dates, p in jobs:
        verb = "Working" if p.end is None else "Worked"
        flow.bullet(f"{verb} as {title} in {org} from {dates}.", size, "➢", indent=14)
        truth.role(title, org, dates, [])
        truth.roles[-1]["period"] = p.key()
    head("PROJECT DETAILS")
    for k, pr in enumerate(projects):
        flow.line(f"Project #{k + 1}: {pr['name']}", size, "b")
        for key, val in (("Client", pr["client"]), ("Role", pr["role"]), ("Duration", pr["duration"]),
                         ("Environment", pr["env"])):
            c.text(flow.x0, flow.y + size, key, size, "b", page=flow.page)
            c.text(flow.x0 + 90, flow.y + size, ": " + val, size, page=flow.page)
            flow.gap(size * 1.35)
        flow.line("Roles and Responsibilities:", size, "b")
        for b in pr["bullets"]:
            flow.bullet(b, size, "•", indent=14)
        truth.bullets.extend(pr["bullets"])
    head("PERSONAL DETAILS")
    for k, v in (("Date of Birth", "12-06-1992"), ("Nationality", "Indian"), ("Languages Known", "English, Hindi")):
        c.text(flow.x0, flow.y + size, k, size, page=flow.page)
        c.text(flow.x0 + 110, flow.y + size, ": " + v, size, page=flow.page)
        flow.gap(size * 1.35)
    head("DECLARATION")
    flow.para("I hereby declare that the information furnished above is true to the best of my knowledge.", size)
    c.save(path, "Microsoft® Word 2016")


def build_indian_docx(path: Path, rng: random.Random, split: str, lang: str = "en") -> Truth:
    return build_indian(path, rng, split, lang, "docx")


def build_indian_pdf(path: Path, rng: random.Random, split: str, lang: str = "en") -> Truth:
    return build_indian(path, rng, split, lang, "pdf")


# ----------------------------------------------------------------------------- European CV with a photo

DETAILS = {
    "en": ["Name", "Date of birth", "Nationality", "Address", "Phone", "E-mail"],
    "de": ["Name", "Geburtsdatum", "Staatsangehörigkeit", "Anschrift", "Telefon", "E-Mail"],
    "fr": ["Nom", "Date de naissance", "Nationalité", "Adresse", "Téléphone", "E-mail"],
    "es": ["Nombre", "Fecha de nacimiento", "Nacionalidad", "Dirección", "Teléfono", "Correo"],
}
TITLE_CV = {"en": "Curriculum Vitae", "de": "Lebenslauf", "fr": "Curriculum Vitae", "es": "Currículum Vitae"}
PERSONAL = {"en": "Personal details", "de": "Persönliche Daten", "fr": "Informations personnelles",
            "es": "Datos personales"}
LANG_LEVELS = {"en": ["English – C2", "German – B2", "French – A2"], "de": ["Deutsch – Muttersprache",
               "Englisch – C1", "Französisch – B1"], "fr": ["Français – langue maternelle", "Anglais – C1"],
               "es": ["Español – nativo", "Inglés – C1"]}


def build_europe_photo(path: Path, rng: random.Random, split: str, lang: str = "en") -> Truth:
    """A European CV: title 'Lebenslauf', a photo box, a personal-details table, then
    sections whose entries have their dates in a left column ('04/2019 – heute', 'seit
    03/2021') and title, employer and duties on the right."""
    truth = Truth()
    cv = make_cv(rng, split, "industry", lang)
    periods = redate(cv, rng, DATE_STYLES_INTL if lang != "en" else ["num", "dot", "since", "short", "year"])
    page = A4
    c = Canvas(page, "dejavu" if lang != "en" else rng.choice(["helvetica", "dejavu"]))
    c.new_page()
    w, h = page
    size = rng.choice([9.5, 10.0])
    left_w = rng.choice([105, 120])
    x_text = 50 + left_w
    flow = Flow(c, x_text, w - 50, 50, h - 50, later=(x_text, w - 50, 50))
    c.text(50, 62, TITLE_CV[lang], size + 9, "b")
    # the photo box, top right
    c.rect((w - 140, 40, w - 50, 150), (0.85, 0.87, 0.9))
    c.text(w - 112, 100, "Foto" if lang == "de" else "Photo", 8, color=GREY)
    flow.y = 90
    flow.x1 = w - 160
    head_caps = rng.random() < 0.5

    def heading(text: str) -> None:
        printed = text.upper() if head_caps else text
        truth.section(printed)
        flow.gap(size)
        flow.need(size * 4)
        c.text(50, flow.y + size + 1, printed, size + 1.5, "b", page=flow.page, color=(0.1, 0.25, 0.45))
        c.line((50, flow.y + size + 4), (w - 50, flow.y + size + 4), width=0.5, page=flow.page)
        flow.gap(size * 1.9)

    heading(PERSONAL[lang])
    values = [cv.name, f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.19{rng.randint(80, 99)}",
              {"en": "German", "de": "deutsch", "fr": "française", "es": "española"}[lang], cv.city,
              cv.phone, cv.email]
    for label, value in zip(DETAILS[lang], values, strict=True):
        c.text(50, flow.y + size, label, size, page=flow.page, color=GREY)
        flow.line(value, size)
    flow.x1 = w - 50
    heading(cv.titles["experience"])
    for e, p in zip(cv.jobs, periods, strict=True):
        flow.need(size * 5)
        for k, ln in enumerate(c.wrap(e.dates, size - 0.5, left_w - 10)):
            c.text(50, flow.y + size + k * size * 1.25, ln, size - 0.5, page=flow.page, color=GREY)
        flow.line(e.title, size + 0.5, "b")
        flow.line(f"{e.org}, {e.location}" if e.location else e.org, size, "i")
        for b in e.bullets:
            flow.bullet(b, size, rng.choice(["•", "–", "dot"]), indent=12)
        flow.gap(size * 0.5)
        role(truth, e, p)
    heading(cv.titles["education"])
    for s in cv.schools:
        c.text(50, flow.y + size, s.dates, size - 0.5, page=flow.page, color=GREY)
        flow.line(s.degree, size, "b")
        flow.line(s.school, size)
    heading(cv.titles["languages"])
    for ln in LANG_LEVELS[lang]:
        flow.line(ln, size)
    heading(cv.titles["skills"])
    for k, v in cv.skills.items():
        flow.para(f"{k}: {', '.join(v)}", size)
    if rng.random() < 0.6:
        flow.gap(size * 2)
        flow.line({"en": "Berlin, 3 March 2024", "de": "München, 03.03.2024", "fr": "Paris, le 3 mars 2024",
                   "es": "Madrid, 3 de marzo de 2024"}[lang], size)
        flow.line(cv.name, size, "i")
    c.save(path, "LibreOffice 7.6")
    return truth


def build_europe_docx(path: Path, rng: random.Random, split: str, lang: str = "en") -> Truth:
    """The European CV as a Word table: a personal-details table with a photo cell, then
    one row per entry with the dates in the left cell (held back)."""
    from docx.shared import Inches, Pt

    truth = Truth()
    cv = make_cv(rng, split, "industry", lang)
    periods = redate(cv, rng, DATE_STYLES_INTL if lang != "en" else ["num", "dot", "since", "short"])
    d = _docx(rng)
    r = d.add_paragraph().add_run(TITLE_CV[lang])
    r.bold, r.font.size = True, Pt(18)
    t = d.add_table(rows=len(DETAILS[lang]), cols=3)
    values = [cv.name, "12.06.1991", {"en": "British", "de": "deutsch", "fr": "française", "es": "española"}[lang],
              cv.city, cv.phone, cv.email]
    for i, (label, value) in enumerate(zip(DETAILS[lang], values, strict=True)):
        t.cell(i, 0).text, t.cell(i, 1).text = label, value
    photo = t.cell(0, 2).merge(t.cell(len(DETAILS[lang]) - 1, 2))
    photo.text = "[Foto]" if lang == "de" else "[Photo]"
    for key in ("experience", "education", "skills"):
        printed = cv.titles[key].upper()
        truth.section(printed)
        hp = d.add_paragraph()
        hr = hp.add_run(printed)
        hr.bold, hr.font.size = True, Pt(12)
        if key == "experience":
            t = d.add_table(rows=0, cols=2)
            for e, p in zip(cv.jobs, periods, strict=True):
                row = t.add_row().cells
                row[0].width, row[1].width = Inches(1.6), Inches(5.0)
                row[0].text = e.dates
                row[1].paragraphs[0].add_run(e.title).bold = True
                row[1].add_paragraph(e.org)
                for b in e.bullets:
                    try:
                        row[1].add_paragraph(b, style="List Bullet")
                    except KeyError:
                        row[1].add_paragraph("• " + b)
                role(truth, e, p)
        elif key == "education":
            for s in cv.schools:
                d.add_paragraph(f"{s.dates}\t{s.degree}, {s.school}")
        else:
            for k, v in cv.skills.items():
                d.add_paragraph(f"{k}: {', '.join(v)}")
    d.save(str(path))
    return truth


# ----------------------------------------------------------------------------- Canva: chips and sidebar

def build_canva_chips(path: Path, rng: random.Random, split: str, lang: str = "en") -> Truth:
    """A Canva-style page: a coloured sidebar with a photo circle, contact lines with icon
    dots, skills as chips (rounded boxes, several per row) and language dots; the main column
    with experience whose bullets are drawn dots."""
    truth = Truth()
    cv = make_cv(rng, split, rng.choice(["industry", "student"]), lang)
    periods = redate(cv, rng, DATE_STYLES_EN if lang == "en" else DATE_STYLES_INTL)
    page = rng.choice([LETTER, A4])
    c = Canvas(page, rng.choice(["helvetica", "dejavu", "condensed"]))
    w, h = page
    side_w = rng.choice([170, 190])
    panel = rng.choice([(0.95, 0.93, 0.9), (0.18, 0.24, 0.33), (0.92, 0.96, 0.95)])
    dark = sum(panel) < 1.5
    ink = (0.96, 0.96, 0.96) if dark else INK
    accent = rng.choice([(0.85, 0.45, 0.3), (0.2, 0.5, 0.7), (0.4, 0.6, 0.4)])

    def paint(i: int) -> None:
        c.rect((0, 0, side_w, h), panel, page=i)

    c.on_page.append(paint)
    c.new_page()
    size = rng.choice([9.0, 9.5, 10.0])
    side = Flow(c, 18, side_w - 18, 40, h - 40)
    c.circle(side_w / 2, 80, 42, (0.7, 0.72, 0.75))
    side.y = 135
    side.line(cv.name, size + 5, "b", color=ink)
    side.gap(6)
    side.line(rng.choice(["CONTACT", "Contact"]), size + 1, "b", color=ink)
    for item in (cv.phone, cv.email, cv.city):
        c.circle(side.x0 + 3, side.y + size * 0.7, 3, accent, page=0)
        c.text(side.x0 + 12, side.y + size, item, size - 1, color=ink, page=0)
        side.gap(size * 1.5)
    side.gap(6)
    side.line(rng.choice(["SKILLS", "Skills", "EXPERTISE"]), size + 1, "b", color=ink)
    chips = [s for v in cv.skills.values() for s in v][:12]
    x, y = side.x0, side.y + 2
    for chip in chips:
        cw = c.width(chip, size - 1.5) + 10
        if x + cw > side.x1:
            x, y = side.x0, y + size * 1.9
        c.rect((x, y, x + cw, y + size * 1.5), accent if not dark else (0.35, 0.42, 0.52), page=0)
        c.text(x + 5, y + size * 1.1, chip, size - 1.5, color=(1, 1, 1), page=0)
        x += cw + 4
    side.y = y + size * 2.6
    side.line(rng.choice(["LANGUAGES", "Languages"]), size + 1, "b", color=ink)
    for ln in ("English", "Spanish", "German"):
        c.text(side.x0, side.y + size, ln, size - 1, color=ink, page=0)
        for k in range(5):
            c.circle(side.x1 - 50 + k * 10, side.y + size * 0.65, 3, accent if k < rng.randint(2, 5) else (0.8, 0.8, 0.8),
                     page=0)
        side.gap(size * 1.5)
    main = Flow(c, side_w + 24, w - 36, 44, h - 44, later=(side_w + 24, w - 36, 44))
    caps = rng.random() < 0.6

    def heading(text: str) -> None:
        printed = text.upper() if caps else text
        truth.section(printed)
        main.gap(size * 0.8)
        main.need(size * 4)
        main.line(printed, size + 3, "b", color=accent)
        main.gap(3)

    if rng.random() < 0.7:
        heading(cv.titles["summary"])
        main.para(cv.summary, size)
    heading(cv.titles["experience"])
    hdr = rng.choice(["caps_title", "org_pipe_dates", "title_dates_right"])
    for e, p in zip(cv.jobs, periods, strict=True):
        main.need(size * 5)
        if hdr == "caps_title":
            main.line(e.title.upper(), size + 0.5, "b")
            main.line(f"{e.org} | {e.dates}", size - 0.5, "i", color=GREY)
        elif hdr == "org_pipe_dates":
            main.line(e.title, size + 1, "b")
            main.line(f"{e.org}  •  {e.dates}", size - 0.5, color=GREY)
        else:
            c.right(main.x1, main.y + size, e.dates, size - 0.5, page=main.page, color=GREY)
            main.line(e.title, size + 0.5, "b")
            main.line(e.org, size, "i")
        for b in e.bullets:
            main.bullet(b, size, rng.choice(["dot", "square"]), indent=12, color=accent)
        main.gap(size * 0.5)
        role(truth, e, p, title=e.title.upper() if hdr == "caps_title" else None)
    heading(cv.titles["education"])
    for s in cv.schools:
        main.line(s.degree, size, "b")
        main.line(f"{s.school} | {s.dates}", size - 0.5, color=GREY)
    c.save(path, "Canva")
    return truth


CV_FAMILIES = {
    "txt_markdown_cv": build_markdown_cv,
    "docx_dates_below": build_dates_below,
    "pdf_oneline_right": build_oneline_right,
    "docx_indian": build_indian_docx,
    "pdf_europe_photo": build_europe_photo,
    "pdf_canva_chips": build_canva_chips,
}
HELD_ONLY_CV = {
    "pdf_indian": build_indian_pdf,
    "docx_europe_table": build_europe_docx,
    "txt_plain_dates": build_plain_dates,
}
CV_MULTILINGUAL = {"docx_dates_below", "pdf_europe_photo", "pdf_oneline_right", "docx_europe_table",
                   "txt_plain_dates", "txt_markdown_cv"}
