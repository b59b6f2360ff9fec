"""Generated job postings in the shapes that broke the posting reader, each with its ground
truth (title, company, requirement items and their kind, the pay range as a fact).

Families: middle-dot and other glyph bullets under headings that end in 'include:' or 'you
will:'; company named in the text while 'Job ID:' and 'Req ID:' lines sit on top; a posting
pasted with the candidate's own notes above and below it; a browser print with its page
header and footer lines (PDF); EEO text, benefits lists and pay ranges around the items.
Content pools are split in halves like the resume bank: tune seeds use one, held-back seeds
the other."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from .bank import halves

RESP = [
    "Design, build and operate the data pipelines that feed our pricing models",
    "Own services end to end, from design review to on-call",
    "Partner with product managers to turn customer problems into technical plans",
    "Write clean, tested code in Python and Go and review your teammates' changes",
    "Improve the reliability and latency of our search APIs",
    "Mentor junior engineers and help grow the team's engineering practices",
    "Run experiments to measure the impact of model changes on customers",
    "Deploy machine learning models to production and monitor them for drift",
    "Lead technical design discussions and document the decisions",
    "Work with data scientists to productionise prototypes",
    "Build internal tools that make other teams faster",
    "Drive down operational load by automating recurring tasks",
    "Contribute to the roadmap for the platform team",
    "Investigate production incidents and follow through on their fixes",
    "Collaborate with security to keep customer data safe",
    "Analyse large datasets to find opportunities for the business",
    "Present findings to leadership in clear written and spoken form",
    "Maintain and extend our Kubernetes-based deployment platform",
    "Define metrics and dashboards for the health of our services",
    "Scale our event streaming infrastructure to billions of messages a day",
    "Shape the architecture of a new payments product",
    "Support customers during onboarding and gather their feedback",
    "Evaluate new tools and vendors and recommend what to adopt",
    "Keep our documentation accurate and useful",
]
BASIC = [
    "3+ years of professional software development experience",
    "Bachelor's degree in Computer Science, Engineering or a related field, or equivalent experience",
    "Experience with at least one of Python, Java, Go or C++",
    "Hands-on experience with a major cloud provider such as AWS, GCP or Azure",
    "Solid understanding of data structures, algorithms and system design",
    "Experience building and operating distributed systems",
    "Strong SQL skills and experience with relational databases",
    "5+ years of experience in data engineering or analytics engineering",
    "Experience with machine learning frameworks such as PyTorch or TensorFlow",
    "Excellent written and verbal communication skills in English",
    "Experience with CI/CD pipelines and infrastructure as code",
    "2+ years of experience deploying models to production",
    "Familiarity with containerisation (Docker, Kubernetes)",
    "Ability to work independently in a fast-moving environment",
    "Experience with streaming systems such as Kafka or Kinesis",
    "Proven track record of delivering projects from design to launch",
]
PREF = [
    "Master's degree or PhD in a quantitative field",
    "Experience with Spark or Flink at scale",
    "Contributions to open-source projects",
    "Experience in the payments or fintech industry",
    "Knowledge of statistics and experimental design",
    "Experience with Terraform and AWS CDK",
    "Background in recommender systems or search ranking",
    "Experience leading a small team",
    "Familiarity with GDPR and privacy engineering",
    "Experience with large language models and retrieval",
    "Prior start-up experience",
    "Working knowledge of Rust",
]
COMPANIES = ["Lumenfield", "Harbor & Pine", "Quartzline Health", "Norrland Energy", "Brightwater Labs",
             "Kitestring", "Oakhurst Financial", "Veloway", "Cobalt Meadow", "Tessellate AI",
             "Marigold Logistics", "Stonebridge Games"]
TITLES = ["Senior Data Engineer", "Machine Learning Engineer", "Backend Engineer", "Staff Software Engineer",
          "Data Scientist II", "Platform Engineer", "Site Reliability Engineer", "Analytics Engineer"]
TEAMS = ["Pricing", "Search Relevance", "Payments Platform", "Data Foundations", "Growth", "Ranking"]
CITIES = ["Berlin, Germany", "Austin, TX", "London, UK", "Remote (US)", "Toronto, ON", "Dublin, Ireland"]
BENEFITS = [
    "Comprehensive medical, dental and vision insurance",
    "401(k) with a 4% company match",
    "Generous parental leave",
    "Home office budget of $1,000",
    "Flexible working hours and 30 days of paid vacation",
    "Annual learning budget",
]
NOTES_BEFORE = [
    "Notes for myself - applied via referral from Sam (ask about team size)",
    "TODO: tailor resume to highlight Kafka work before Friday",
    "Recruiter call went well, next step is the technical screen on 14 March",
    "Why I'm a fit: I built almost exactly this pipeline at my last job",
]
NOTES_AFTER = [
    "My questions for the hiring manager:",
    "- How is on-call shared across the team?",
    "- What does success look like in the first six months?",
    "- Is the role open to a four-day week?",
    "Remember: salary expectation around 150k, mention the AWS certification",
]
NOTES_CHECKLIST = [
    "My notes:",
    "- Experience with Kafka: yes, 3 years at my last job",
    "- 5+ years required? I have 4, mention the side projects",
    "- Knowledge of Terraform - need to brush up before the interview",
    "- Bachelor's degree: have it (CS, 2016)",
    "- Experience mentoring: I led the intern program",
]


@dataclass
class PostingTruth:
    title: str
    company: str
    requirements: list[dict] = field(default_factory=list)
    pay: str = ""

    def add(self, items: list[str], kind: str) -> None:
        self.requirements.extend({"text": t, "kind": kind} for t in items)

    def to_dict(self) -> dict:
        return {"title": self.title, "company": self.company, "requirements": self.requirements,
                "pay": self.pay}


def _draw(rng: random.Random, split: str) -> dict:
    return {
        "company": rng.choice(halves(COMPANIES, split)),
        "title": rng.choice(halves(TITLES, split)),
        "team": rng.choice(TEAMS),
        "city": rng.choice(CITIES),
        "resp": rng.sample(halves(RESP, split), rng.randint(4, 7)),
        "basic": rng.sample(halves(BASIC, split), rng.randint(3, 6)),
        "pref": rng.sample(halves(PREF, split), rng.randint(2, 4)),
        "low": rng.choice([110, 125, 140, 160]) * 1000,
    }


def _pay(d: dict, rng: random.Random) -> str:
    high = d["low"] + rng.choice([30, 40, 60]) * 1000
    return rng.choice([f"${d['low']:,} - ${high:,} per year", f"${d['low'] // 1000}K–${high // 1000}K annually",
                       f"The base salary range for this role is ${d['low']:,} to ${high:,}."])


def _bullets(items: list[str], glyph: str) -> list[str]:
    if glyph == "num":
        return [f"{i + 1}. {t}" for i, t in enumerate(items)]
    if glyph == "none":
        return list(items)
    return [f"{glyph} {t}" for t in items]


def posting_text(rng: random.Random, split: str, family: str) -> tuple[str, PostingTruth]:
    """The text of one posting of `family` and its ground truth."""
    d = _draw(rng, split)
    glyph = rng.choice(["·", "•", "-", "*", "◦", "▪", "–", "num"]) if family != "middot" else "·"
    truth = PostingTruth(title=d["title"], company=d["company"])
    lines: list[str] = []
    if family == "ids_on_top":
        lines += [f"Job ID: {rng.randint(100000, 999999)}", f"Req ID: R-{rng.randint(1000, 9999)}",
                  f"Posted {rng.randint(2, 28)} days ago"]
    lines += [d["title"], f"{d['company']} · {d['city']}" if rng.random() < 0.5 else d["city"], ""]
    about = (f"At {d['company']}, we build software that helps {rng.choice(['clinics', 'retailers', 'farmers', 'banks'])} "
             f"make better decisions every day. Our {d['team']} team is growing.")
    lines += [rng.choice(["About the company", "About us", "Who we are"]), about, ""]
    lines += [rng.choice(["About the role", "The opportunity"]),
              f"We are looking for a {d['title']} to join the {d['team']} team.", ""]
    resp_head = rng.choice(["Your responsibilities include:", "In this role, you will:",
                            "Key responsibilities include:", "What you will do:",
                            "As a member of the team you will:", "What you'll do", "You will:"])
    lines += [resp_head] + _bullets(d["resp"], glyph) + [""]
    truth.add(d["resp"], "responsibility")
    basic_head = rng.choice(["Basic qualifications include:", "What we're looking for:", "Requirements",
                             "You have:", "Minimum qualifications", "Who you are",
                             "The ideal candidate has:", "Must have:"])
    lines += [basic_head] + _bullets(d["basic"], glyph) + [""]
    truth.add(d["basic"], "basic")
    pref_head = rng.choice(["Preferred qualifications include:", "Nice to have:", "Bonus points if you have:",
                            "Preferred qualifications"])
    lines += [pref_head] + _bullets(d["pref"], glyph) + [""]
    truth.add(d["pref"], "preferred")
    # facts and boilerplate: never requirements
    if rng.random() < 0.8:
        truth.pay = _pay(d, rng)
        lines += [rng.choice(["Compensation", "Pay range", "Salary"]), truth.pay, ""]
    lines += [rng.choice(["Benefits", "What we offer", "Perks"])] + _bullets(rng.sample(BENEFITS, 4), glyph if glyph != "num" else "•") + [""]
    lines += [f"{d['company']} is an equal opportunity employer. We celebrate diversity and do not "
              "discriminate on the basis of race, religion, color, national origin, gender, sexual "
              "orientation, age, marital status, veteran status, or disability status.", ""]
    if family == "notes":
        before = rng.sample(NOTES_BEFORE, 2)
        after = NOTES_AFTER if rng.random() < 0.5 else NOTES_CHECKLIST
        marker = rng.random() < 0.5
        lines = (before + [""] + (["---- pasted from the careers page ----", ""] if marker else [])
                 + lines + (["---- end ----"] if marker else []) + [""] + after)
    if family == "print_pasted":  # copied out of a printed PDF: page header/footer lines inside
        stamp = f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/24, {rng.randint(1, 12)}:{rng.randint(10, 59)} AM"
        url = f"https://jobs.example-board.com/view/{rng.randint(10 ** 6, 10 ** 7)}"
        cut = rng.randint(14, 24)
        lines = ([f"{stamp} {d['title']} - {d['company']} | Careers"] + lines[:cut]
                 + [f"{url} 1/2", f"{stamp} {d['title']} - {d['company']} | Careers"]
                 + lines[cut:] + [f"{url} 2/2"])
    return "\n".join(lines).strip() + "\n", truth


def write_browser_print(path: Path, text: str, title: str, company: str, rng: random.Random) -> None:
    """The posting printed from a browser: date/time and page title on top of each page, the
    URL and 'n/N' at the bottom, the text wrapped to the page width."""
    import pymupdf

    doc = pymupdf.open()
    w, h = 612, 792
    stamp = f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/24, {rng.randint(1, 12)}:{rng.randint(10, 59)} PM"
    head = f"{title} - {company} | Careers"
    url = f"https://careers.{company.lower().replace(' ', '').replace('&', '')}.com/jobs/{rng.randint(10000, 99999)}"
    from .canvas import FONT_DIR

    fontfile = str(FONT_DIR / "DejaVuSans.ttf")  # a Unicode font: dashes and dots print as typed
    font = pymupdf.Font(fontfile=fontfile)
    body: list[str] = []
    for raw in text.split("\n"):
        words, cur = raw.split(), ""
        if not words:
            body.append("")
        for word in words:
            cand = (cur + " " + word).strip()
            if font.text_length(cand, fontsize=9.5) > w - 100 and cur:
                body.append(cur)
                cur = "   " + word if raw[:1] in "·•-*◦▪–" or raw[:2].rstrip(".").isdigit() else word
            else:
                cur = cand
        if cur:
            body.append(cur)
    per_page = 52
    pages = [body[i: i + per_page] for i in range(0, len(body), per_page)]
    for n, chunk in enumerate(pages):
        page = doc.new_page(width=w, height=h)
        kw = {"fontname": "dejavu", "fontfile": fontfile}
        page.insert_text((30, 22), stamp, fontsize=8, **kw)
        page.insert_text((w / 2 - font.text_length(head, fontsize=8) / 2, 22), head, fontsize=8, **kw)
        page.insert_text((30, h - 18), url, fontsize=8, **kw)
        page.insert_text((w - 50, h - 18), f"{n + 1}/{len(pages)}", fontsize=8, **kw)
        y = 60
        for line in chunk:
            page.insert_text((50, y), line, fontsize=9.5, **kw)
            y += 13
    doc.set_metadata({"producer": "Skia/PDF m120", "creator": "Mozilla/5.0 Chrome"})
    doc.save(str(path))


FAMILIES = ("middot", "ids_on_top", "notes", "plain", "browser_print", "print_pasted")
TUNE_SEEDS = tuple(range(6))
HELD_SEEDS = tuple(range(100, 106))


def _build(family: str, seed: int, split: str, folder: Path) -> tuple[Path, PostingTruth]:
    rng = random.Random(f"posting/{family}/{seed}")
    text, truth = posting_text(rng, split, "plain" if family == "browser_print" else family)
    name = f"job_{family}_{split[0]}{seed}"
    if family == "browser_print":
        path = folder / f"{name}.pdf"
        write_browser_print(path, text, truth.title, truth.company, rng)
    else:
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
    return path, truth


def posting_layouts(split: str) -> dict[str, Callable[[Path], tuple[Path, PostingTruth]]]:
    """Name -> builder(folder) for every generated posting of `split`."""
    seeds = TUNE_SEEDS if split == "tune" else HELD_SEEDS
    return {f"job_{f}_{split[0]}{s}": partial(_build, f, s, split) for f in FAMILIES for s in seeds}
