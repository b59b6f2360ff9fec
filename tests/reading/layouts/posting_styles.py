"""Generated job postings in the styles real postings come in, each with the ground truth a
careful reader writes (every responsibility and qualification item, its kind, the title and
company, the pay range as a fact), the way ../shared/corpus/groundtruth/jobs/*.json is written:

- a listed item (any glyph, a number, or one item per line without a glyph) is one item, its
  text as printed without the glyph; a wrapped item is one item; an item's "OR ..." alternative
  lines and its indented continuation paragraph belong to it;
- prose under a responsibilities or qualifications heading gives one item per sentence or ';'
  clause ("Requirements: A; B; and C." is three items);
- with no responsibilities heading, the description's second-person duty sentences ("You will
  own ...") are responsibilities; with one, the description prose is not an item;
- an item in a requirements list that says it is optional ("... is a plus", "(preferred)") is
  preferred;
- company blurbs, "a day in the life" prose, benefits, pay, EEO and accommodation text, visa and
  location notes, hiring-process steps, tech-stack lists, contact lines and page furniture are
  never items.

Style families (the text a user pastes, or a PDF/DOCX file): Amazon (amazon.jobs and LinkedIn
pastes), Google ("Minimum qualifications:"), Microsoft (AND/OR alternatives), Meta (numbered),
Greenhouse and Lever startups, Indian "Must have / Good to have", European English, German,
consulting prose with ';' and inline headings, ALL-CAPS headings without colons, Markdown;
PDF prints (wrapped items, glyph / drawn / no bullets), two-column PDFs with a job-details
sidebar, DOCX with bold-only headings and list styles, DOCX tables. Held-back only: Workday,
SmartRecruiters, Ashby, recruiting agency, French, Dutch, hard-wrapped e-mail, PDF with
headings in a left column, DOCX with a details table and numbered lists.

Splits: tune postings draw from the even half of every content pool and from the tune style
families; held-back postings from the odd half, other seeds, and the held-only families."""

from __future__ import annotations

import random
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from . import posting_bank as pb
from .bank import halves
from .postings import PostingTruth

RESP, BASIC, PREF = "responsibility", "basic", "preferred"

# ----------------------------------------------------------------------------- the model


@dataclass
class Item:
    """One listed item: how it is printed, what the ground truth records, and its kind."""

    printed: str
    truth: str
    kind: str
    subs: list[str] = field(default_factory=list)  # printed sub-lines that belong to it ("OR ...")
    cont: str = ""  # a second paragraph of the same item (printed indented, no glyph)


@dataclass
class Block:
    type: str  # title | meta | heading | para | list
    text: str = ""
    items: list[Item] = field(default_factory=list)
    glyph: str = "-"  # for lists: '-', '•', '*', '·', 'num', 'num)', 'none', 'space', ...
    inline: str = ""  # para with an inline heading printed before it ("Requirements: ...")
    small: bool = False  # meta line printed small/grey in PDF
    sub: bool = False  # a sub-heading (printed smaller, no rule)


@dataclass
class Posting:
    title: str
    company: str
    blocks: list[Block] = field(default_factory=list)
    pay: str = ""
    lang: str = "en"
    truth_title: str | None = None

    # building ---------------------------------------------------------------
    def add(self, block: Block) -> Block:
        self.blocks.append(block)
        return block

    def meta(self, text: str) -> None:
        self.add(Block("meta", text, small=True))

    def heading(self, text: str, sub: bool = False) -> None:
        self.add(Block("heading", text, sub=sub))

    def para(self, text: str) -> None:
        """Prose that holds no item."""
        self.add(Block("para", text))

    def prose_items(self, sentences: list[str], kind: str, inline: str = "", joiner: str = " ") -> None:
        """Prose whose sentences (or ';' clauses) are items."""
        self.add(Block("para", joiner.join(sentences), inline=inline,
                       items=[Item(s, _truth_of(s), kind) for s in sentences]))

    def listing(self, items: list[Item], glyph: str) -> None:
        self.add(Block("list", items=items, glyph=glyph))

    def truth(self) -> PostingTruth:
        t = PostingTruth(title=self.truth_title if self.truth_title is not None else self.title,
                         company=self.company, pay=self.pay)
        for b in self.blocks:
            for it in b.items:
                if not it.truth:
                    continue  # printed in a list, never an item (benefits, hiring steps, stack)
                t.requirements.append({"text": it.truth, "kind": it.kind})
        return t


def _truth_of(sentence: str) -> str:
    s = sentence.strip()
    s = re.sub(r"^(?:and|or)\s+", "", s)
    return s.rstrip(";,").strip()


def items_of(texts: list[str], kind: str) -> list[Item]:
    return [Item(t, t, kind) for t in texts]


# ----------------------------------------------------------------------------- item shaping

def punctuate(items: list[Item], rng: random.Random, style: str | None = None) -> list[Item]:
    """Item endings as real lists print them: none, '.', ';' with '; and' before the last."""
    style = style or rng.choice(["none", "none", "period", "semi", "semi_and", "comma"])
    out = []
    for i, it in enumerate(items):
        last = i == len(items) - 1
        p = it.printed.rstrip(".;,")
        if style == "period":
            p += "."
        elif style == "semi":
            p += "." if last else ";"
        elif style == "semi_and":
            p += "." if last else ("; and" if i == len(items) - 2 else ";")
        elif style == "comma":
            p += "." if last else ","
        out.append(Item(p, it.truth, it.kind, it.subs, it.cont))
    return out


def plus_items(pool: list[str], rng: random.Random, n: int) -> list[Item]:
    out = []
    for t in rng.sample(pool, n):
        suffix = rng.choice(pb.PLUS_SUFFIXES)
        out.append(Item(t + suffix, t + suffix, PREF))
    return out


@dataclass
class Draw:
    """The content of one posting, drawn from the split's half of each pool."""

    company: str
    title: str
    team: str
    city: str
    resp: list[str]
    basic: list[str]
    pref: list[str]
    low: int
    rng: random.Random
    split: str

    def pay_text(self, kind: str = "range") -> str:
        high = self.low + self.rng.choice([30, 40, 60, 75]) * 1000
        if kind == "k":
            return f"${self.low // 1000}K – ${high // 1000}K"
        return f"${self.low:,} - ${high:,}"


def draw(rng: random.Random, split: str, n_resp=(4, 7), n_basic=(4, 7), n_pref=(2, 5)) -> Draw:
    return Draw(
        company=rng.choice(halves(pb.COMPANIES, split)),
        title=rng.choice(halves(pb.TITLES, split)),
        team=rng.choice(pb.TEAMS),
        city=rng.choice(pb.CITIES),
        resp=rng.sample(halves(pb.RESP, split), rng.randint(*n_resp)),
        basic=rng.sample(halves(pb.BASIC, split), rng.randint(*n_basic)),
        pref=rng.sample(halves(pb.PREF, split), rng.randint(*n_pref)),
        low=rng.choice([95, 110, 125, 140, 160, 185]) * 1000,
        rng=rng, split=split,
    )


def you_will(item: str, rng: random.Random) -> str:
    """'Design the API' -> 'You will design the API.'"""
    lead = rng.choice(["You will", "You'll", "You will also", "In this role, you will"])
    return f"{lead} {item[0].lower()}{item[1:]}."


def eeo(company: str, rng: random.Random) -> str:
    return rng.choice(pb.EEO).format(company=company)


GLYPHS = ["-", "•", "*", "·", "◦", "▪", "–", "num", "num)", "none", "➢", "○", "✓", "»", "✅", "👉", "🔹"]


def glyph_of(rng: random.Random, options: list[str] | None = None) -> str:
    return rng.choice(options or GLYPHS)


# ----------------------------------------------------------------------------- style families

def style_amazon(rng: random.Random, split: str) -> Posting:
    d = draw(rng, split)
    amazon_basic = halves(AMAZON_BASIC, split)
    amazon_pref = halves(AMAZON_PREF, split)
    title = rng.choice(["Software Development Engineer II", "Machine Learning Engineer", "Applied Scientist",
                        "Data Engineer", "Software Dev Engineer", "Sr. Software Development Engineer",
                        "Business Intelligence Engineer", "Solutions Architect"])
    p = Posting(title, "Amazon")
    linkedin = rng.random() < 0.5
    caps = rng.random() < 0.5
    glyph = rng.choice(["-", "•", "space", "none", "· "]) if rng.random() < 0.8 else "-"

    def h(text: str) -> None:
        p.heading(text.upper() if caps else text)

    if linkedin:
        p.add(Block("title", f"{title}"))
        p.meta(f"Amazon · {d.city} · Reposted {rng.randint(2, 20)} days ago")
        p.meta("About the job")
    else:
        p.add(Block("title", title))
        p.meta(f"Job ID: {rng.randint(2_000_000, 2_999_999)} | Amazon.com Services LLC")
    h("Description")
    p.para(f"The {d.team} team builds the systems that decide what millions of customers see every day. "
           f"We are looking for a {title} who is passionate about building scalable, reliable services.")
    p.para(f"As a {title} on the team, you will work with scientists and engineers across Amazon to ship "
           "features quickly and safely. You will thrive in our collaborative environment.")
    h("Key job responsibilities")
    resp = d.resp
    mode = rng.choice(["list", "list", "prose", "lead"])
    if mode == "prose":
        p.prose_items([you_will(r, rng) for r in resp[:4]], RESP)
    elif mode == "lead":
        p.para(f"As a {title} on this team, you will:")
        p.listing(items_of(resp, RESP), glyph)
    else:
        p.listing(items_of(resp, RESP), glyph)
    if rng.random() < 0.6:
        h("A day in the life")
        p.para("Every day is different: you will meet with your team to plan the work, spend most of your "
               "time designing and writing code, and you will have the opportunity to learn from "
               "experienced engineers.")
    if rng.random() < 0.6:
        h("About the team")
        p.para(f"The {d.team} team is part of Amazon Stores. We value ownership and a bias for action, "
               "and we celebrate learning from mistakes.")
    h("Basic Qualifications")
    basic = rng.sample(amazon_basic, rng.randint(2, 4)) + d.basic[:rng.randint(1, 3)]
    p.listing(items_of(basic, BASIC), glyph)
    h("Preferred Qualifications")
    p.listing(items_of(rng.sample(amazon_pref, rng.randint(1, 3)) + d.pref[:2], PREF), glyph)
    p.para("Amazon is an equal opportunity employer and does not discriminate on the basis of protected "
           "veteran status, disability, or other legally protected status.")
    p.para("Our inclusive culture empowers Amazonians to deliver the best results for our customers. If you "
           "have a disability and need a workplace accommodation or adjustment during the application and "
           "hiring process, please visit https://amazon.jobs/content/en/how-we-hire/accommodations for more "
           "information.")
    if rng.random() < 0.7:
        hi = d.low + 80_000
        p.pay = f"${d.low:,}/year"
        p.para("Our compensation reflects the cost of labor across several US geographic markets. The base "
               f"pay for this position ranges from ${d.low:,}/year in our lowest geographic market up to "
               f"${hi:,}/year in our highest geographic market. Pay is based on a number of factors "
               "including market location and may vary depending on job-related knowledge, skills, and "
               "experience.")
    p.meta(f"Company - {rng.choice(['Amazon.com Services LLC', 'Amazon Development Center U.S., Inc.', 'AWS EMEA SARL'])}")
    p.meta(f"Job ID: A{rng.randint(2_000_000, 2_999_999)}")
    return p


AMAZON_BASIC = [
    "3+ years of non-internship professional software development experience",
    "2+ years of non-internship design or architecture (design patterns, reliability and scaling) of new and existing systems experience",
    "Experience programming with at least one software programming language",
    "Bachelor's degree or equivalent",
    "1+ years of experience in building machine learning models for business applications",
    "Experience with SQL and data modeling",
    "PhD, or Master's degree and 4+ years of CS, CE, ML or related field experience",
    "3+ years of data engineering experience",
    "Experience in at least one modern scripting or programming language, such as Python, Java, Scala, or NodeJS",
    "Knowledge of professional software engineering & best practices for full software development life cycle",
]
AMAZON_PREF = [
    "3+ years of full software development life cycle, including coding standards, code reviews, source control management, build processes, testing, and operations experience",
    "Bachelor's degree in computer science or equivalent",
    "Experience with AWS technologies like Redshift, S3, AWS Glue, EMR, Kinesis, FireHose, Lambda, and IAM roles and permissions",
    "Master's degree in computer science or equivalent",
    "Experience with running A/B tests in production",
    "Experience building complex software systems that have been successfully delivered to customers",
    "Knowledge of deep learning frameworks such as PyTorch or MXNet",
    "Experience with distributed computing frameworks like Spark or Ray",
]


def style_google(rng: random.Random, split: str) -> Posting:
    d = draw(rng, split)
    company = rng.choice(["Google", d.company])
    p = Posting(d.title, company)
    p.add(Block("title", d.title))
    p.meta(f"{company} | {d.city}")
    basic = [rng.choice(["Bachelor's degree or equivalent practical experience.",
                         "Bachelor's degree in Computer Science, a related field, or equivalent practical experience."])]
    years = rng.choice([1, 2, 5, 8])
    basic.append(f"{years} years of experience with software development in one or more programming languages, "
                 "or 1 year of experience with an advanced degree.")
    basic += [b + "." for b in d.basic[:rng.randint(1, 3)]]
    pref = [b + "." for b in d.pref[:rng.randint(2, 4)]]
    colon = rng.random() < 0.8
    glyph = rng.choice(["none", "none", "•", "-"])
    p.heading("Minimum qualifications" + (":" if colon else ""))
    p.listing(items_of(basic, BASIC), glyph)
    p.heading("Preferred qualifications" + (":" if colon else ""))
    p.listing(items_of(pref, PREF), glyph)
    p.heading("About the job")
    p.para(f"Our software engineers develop the next-generation technologies that change how billions of users "
           f"connect, explore, and interact with information. As a {d.title}, you will work on a specific "
           "project critical to our needs, with opportunities to switch teams and projects as you grow.")
    p.para(f"The {d.team} team builds the tools that our customers rely on every day.")
    if rng.random() < 0.7:
        hi = d.low + 60_000
        p.pay = f"${d.low:,}-${hi:,}"
        p.para(f"The US base salary range for this full-time position is ${d.low:,}-${hi:,} + bonus + equity + "
               "benefits. Our salary ranges are determined by role, level, and location.")
    p.heading("Responsibilities")
    p.listing(items_of([r + "." for r in d.resp], RESP), glyph)
    p.para(f"{company} is proud to be an equal opportunity workplace and is an affirmative action employer. "
           "We are committed to equal employment opportunity regardless of race, color, ancestry, religion, "
           "sex, national origin, sexual orientation, age, citizenship, marital status, disability, gender "
           "identity or Veteran status.")
    return p


def _ms_degree_item(rng: random.Random, levels: int) -> Item:
    field = rng.choice(["Computer Science or related technical field", "Statistics, Mathematics, Computer "
                        "Science or related field", "Electrical Engineering, Computer Science or related field"])
    base = rng.choice([2, 4, 6])
    langs = "coding in languages including, but not limited to, C, C++, C#, Java, JavaScript, or Python"
    first = f"Bachelor's Degree in {field} AND {base}+ years technical engineering experience with {langs}"
    subs = []
    if levels >= 2:
        subs.append(f"OR Master's Degree in {field} AND {max(base - 1, 1)}+ years technical engineering "
                    f"experience with {langs}")
    if levels >= 3:
        subs.append(f"OR Doctorate in {field} AND {max(base - 3, 0) or 1}+ year(s) technical engineering "
                    f"experience with {langs}")
    subs.append("OR equivalent experience.")
    truth = " ".join([first] + subs)
    return Item(first, truth, BASIC, subs=subs)


def style_microsoft(rng: random.Random, split: str) -> Posting:
    d = draw(rng, split)
    company = rng.choice(["Microsoft", d.company])
    p = Posting(d.title, company)
    p.add(Block("title", d.title))
    p.meta(f"{company} · {d.city} · Full-time")
    p.heading("Overview")
    p.para(f"Do you want to build the services behind {d.team}? We are looking for a {d.title} who loves "
           "customers and hard problems. You will join a team that values growth mindset and inclusion.")
    resp_first = rng.random() < 0.4
    glyph = rng.choice(["-", "•", "none"])

    def resp() -> None:
        p.heading("Responsibilities")
        items = d.resp + (["Embody our Culture and Values"] if rng.random() < 0.5 else [])
        p.listing(items_of(items, RESP), glyph)

    if resp_first:
        resp()
    p.heading("Qualifications")
    p.heading(rng.choice(["Required Qualifications:", "Required/Minimum Qualifications:", "Minimum Qualifications:",
                          "Required Qualifications"]), sub=True)
    req = [_ms_degree_item(rng, rng.choice([1, 1, 2]))] + items_of(d.basic[:rng.randint(1, 3)], BASIC)
    p.listing(req, glyph)
    if rng.random() < 0.6:
        p.heading("Other Requirements:", sub=True)
        screening = ("Ability to meet Microsoft, customer and/or government security screening requirements "
                     "are required for this role. These requirements include, but are not limited to, the "
                     "following specialized security screenings: Microsoft Cloud Background Check: This position "
                     "will be required to pass the Microsoft Cloud background check upon hire/transfer and every "
                     "two years thereafter.")
        p.listing([Item(screening, screening, BASIC)], glyph)
    p.heading(rng.choice(["Preferred Qualifications:", "Additional or Preferred Qualifications:",
                          "Preferred Qualifications"]), sub=True)
    deg = _ms_degree_item(rng, 3)
    deg.kind = PREF
    p.listing([deg] + items_of(d.pref[:rng.randint(1, 3)], PREF), glyph)
    if rng.random() < 0.5:
        p.meta(rng.choice(["#LI-Hybrid", "#LI-Remote", "#azurecorejobs"]))
    if rng.random() < 0.7:
        hi = d.low + 100_000
        p.pay = f"USD ${d.low:,} - ${hi:,} per year"
        p.para(f"Software Engineering IC4 - The typical base pay range for this role across the U.S. is "
               f"USD ${d.low:,} - ${hi:,} per year. There is a different range applicable to specific work "
               "locations, within the San Francisco Bay area and New York City metropolitan area.")
        p.para("Microsoft will accept applications for the role until August 14, 2025.")
    if not resp_first:
        resp()
    p.para("Benefits/perks listed below may vary depending on the nature of your employment with Microsoft "
           "and the country where you work.")
    p.add(Block("plainlines", "\n".join(["Industry leading healthcare", "Educational resources",
                                          "Discounts on products and services", "Savings and investments",
                                          "Maternity and paternity leave", "Generous time away"])))
    p.para(f"{company} is an equal opportunity employer. All qualified applicants will receive consideration "
           "for employment without regard to age, ancestry, citizenship, color, family or medical care leave, "
           "gender identity or expression, genetic information, immigration status, marital status, medical "
           "condition, national origin, physical or mental disability, political affiliation, protected "
           "veteran or military status, race, ethnicity, religion, sex, sexual orientation, or any other "
           "characteristic protected by applicable local laws, regulations and ordinances.")
    return p


def style_meta(rng: random.Random, split: str) -> Posting:
    d = draw(rng, split)
    company = rng.choice(["Meta", d.company])
    title = rng.choice(["Software Engineer, Machine Learning", "Research Scientist, Computer Vision",
                        "Data Engineer, Analytics", "Software Engineer, Infrastructure",
                        "Production Engineer", "Data Scientist, Product Analytics"])
    p = Posting(title, company, truth_title=title.split(",")[0])
    p.add(Block("title", title))
    p.para(f"{company} is seeking a {title.split(',')[0]} to join our {d.team} organization. Our teams build "
           "systems used by billions of people every day.")
    glyph = rng.choice(["num", "num", "none", "•"])
    p.heading(f"{title} Responsibilities")
    p.listing(items_of(d.resp, RESP), glyph)
    p.heading("Minimum Qualifications")
    basic = ["Currently has, or is in the process of obtaining a Bachelor's degree in Computer Science, Computer "
             "Engineering, relevant technical field, or equivalent practical experience. Degree must be "
             "completed prior to joining."] + d.basic[:rng.randint(2, 4)]
    if rng.random() < 0.5:
        basic.append("Must obtain work authorization in the country of employment at the time of hire, and "
                     "maintain ongoing work authorization during employment")
    p.listing(items_of(basic, BASIC), glyph)
    p.heading("Preferred Qualifications")
    p.listing(items_of(d.pref, PREF), glyph)
    p.heading(f"About {company}")
    p.para(f"{company} builds technologies that help people connect, find communities, and grow businesses.")
    if rng.random() < 0.7:
        p.heading("Public Compensation")
        p.pay = f"${d.low:,}/year to ${d.low + 90_000:,}/year"
        p.para(f"${d.low:,}/year to ${d.low + 90_000:,}/year + bonus + equity + benefits")
    p.meta("Industry: Internet")
    p.heading("Equal Employment Opportunity")
    p.para(eeo(company, rng))
    return p


def style_greenhouse(rng: random.Random, split: str) -> Posting:
    """Startups on Greenhouse and Lever: 'What you'll do', 'What you'll bring', 'Bonus points'."""
    d = draw(rng, split)
    p = Posting(d.title, d.company)
    p.add(Block("title", d.title))
    p.meta(rng.choice([f"{d.city} · Full-time", f"{d.city}", f"{d.team} · {d.city} · Hybrid"]))
    p.heading(rng.choice([f"About {d.company}", "About us", "Who we are", "Our mission"]))
    p.para(f"{d.company} helps {rng.choice(['clinics', 'retailers', 'farmers', 'banks', 'schools'])} make better "
           "decisions with their data. We are a team of 80 people backed by leading investors.")
    p.heading(rng.choice(["About the role", "The role", "The opportunity"]))
    p.para(f"We're looking for a {d.title} to join our {d.team} team. You'll work on problems that matter "
           "from day one.")
    glyph = glyph_of(rng)
    p.heading(rng.choice(["What you'll do", "What you'll do:", "In this role, you will:", "Your impact",
                          "What you'll work on", "Responsibilities", "Your responsibilities include:",
                          "How you'll contribute", "Day to day", "What will you do?"]))
    p.listing(punctuate(items_of(d.resp, RESP), rng), glyph)
    p.heading(rng.choice(["What you'll bring", "About you", "You might be a fit if you have:", "Who you are",
                          "What we're looking for", "Requirements", "We're looking for someone who has:",
                          "You'll need:", "Qualifications", "What you need to succeed", "Who are you?",
                          "What are we looking for?"]))
    basic = items_of(d.basic, BASIC)
    if rng.random() < 0.3:
        basic += plus_items(halves(pb.PREF, split), rng, 1)
    if rng.random() < 0.2:  # requirements asked as questions
        asked = [f"Do you have {t[0].lower()}{t[1:]}?" for t in d.basic if re.match(r"(?:Experience|Knowledge|\d)", t)]
        basic = items_of(asked, BASIC) or basic
        p.listing(basic, glyph)
    else:
        p.listing(punctuate(basic, rng), glyph)
    if rng.random() < 0.4:
        p.para(rng.choice(pb.APPLY_ANYWAY))
    p.heading(rng.choice(["Bonus points", "Nice to have", "Nice to haves:", "Bonus points if you have:",
                          "Even better if you have", "Extra credit", "It would be great if you have:",
                          "Preferred qualifications", "Ideally, you also have:", "What will make you stand out"]))
    p.listing(punctuate(items_of(d.pref, PREF), rng), glyph)
    if rng.random() < 0.4:
        p.heading(rng.choice(["Our tech stack", "Tech stack", "Our stack:"]))
        p.listing([Item(t, "", "") for t in ["Python, Django and PostgreSQL", "React, TypeScript and GraphQL",
                                              "AWS, Terraform and Kubernetes"]], glyph)
    if rng.random() < 0.8:
        p.heading(rng.choice(["Compensation", "Salary range", "Pay", "Compensation & benefits"]))
        p.pay = d.pay_text(rng.choice(["range", "k"]))
        p.para(f"The annual salary range for this role is {p.pay}, plus equity. Final offers depend on "
               "experience and location.")
    p.heading(rng.choice(["Benefits", "Perks", "What we offer", "Why you'll love working here"]))
    p.listing([Item(b, "", "") for b in rng.sample(pb.BENEFITS, 4)], glyph if glyph not in ("num", "num)") else "•")
    if rng.random() < 0.5:
        p.heading(rng.choice(["Our hiring process", "Interview process", "What to expect"]))
        p.listing([Item(s, "", "") for s in rng.sample(pb.HIRING_STEPS, 4)], "num")
    if rng.random() < 0.5:
        p.para(rng.choice(pb.VISA))
    p.para(eeo(d.company, rng))
    return p


def style_lever(rng: random.Random, split: str) -> Posting:
    d = draw(rng, split)
    p = Posting(d.title, d.company)
    p.add(Block("title", d.title))
    p.meta(d.city)
    p.meta(f"{d.team} – Engineering /")
    p.meta("Full-time /")
    p.meta(rng.choice(["Hybrid", "Remote", "On-site"]))
    p.para(f"{d.company} is building the operating system for modern logistics. Our customers move millions "
           "of parcels a day with our software.")
    p.para(f"We're hiring a {d.title} who wants to own big problems end to end.")
    glyph = rng.choice(["•", "-", "none"])
    if rng.random() < 0.6:
        p.para(rng.choice(["In this role, you will:", "What you'll be doing:", "As a member of the team you will:"]))
    p.listing(items_of(d.resp, RESP), glyph)  # without a lead-in, the duties follow the company text
    p.para(rng.choice(["You might be a fit if you have:", "You'll thrive in this role if you have:",
                       "We'd love to hear from you if you have:", "You should have:"]))
    p.listing(items_of(d.basic, BASIC), glyph)
    p.para(rng.choice(["Bonus if you have:", "It's a plus if you have:", "Nice to have:"]))
    p.listing(items_of(d.pref, PREF), glyph)
    if rng.random() < 0.7:
        p.pay = d.pay_text()
        p.para(f"The salary range for this role is {p.pay}. Compensation will be determined by experience "
               "and location.")
    p.para(eeo(d.company, rng))
    return p


def style_must_good(rng: random.Random, split: str) -> Posting:
    """Indian IT job boards: a header of fields, 'Roles & Responsibilities', 'Must have', 'Good to have'."""
    d = draw(rng, split)
    p = Posting(d.title, d.company)
    p.add(Block("title", f"Job Title: {d.title}"))
    p.truth_title = d.title
    p.meta(f"Company: {d.company}")
    p.meta(f"Location: {rng.choice(['Bangalore', 'Hyderabad', 'Pune', 'Chennai', 'Noida'])} (Hybrid)")
    p.meta("Employment Type: Full Time")
    if rng.random() < 0.5:
        p.meta(f"CTC: {rng.randint(12, 30)} - {rng.randint(32, 45)} LPA")
    p.heading(rng.choice(["Job Description:", "Job Summary:", "About the Role:"]))
    p.para(f"We are looking for a {d.title} to join our {d.team} team in a fast-paced product environment.")
    glyph = rng.choice(["-", "•", "*", "num", "none", "➢"])
    p.heading(rng.choice(["Roles & Responsibilities:", "Roles and Responsibilities", "Key Responsibilities:",
                          "Job Responsibilities:", "Key Result Areas:"]))
    p.listing(items_of(d.resp, RESP), glyph)
    p.heading(rng.choice(["Must Have:", "Must have skills:", "Mandatory Skills:", "Must-Have", "Required Skills:",
                          "Desired Candidate Profile:", "Skills Required:"]))
    p.listing(items_of(d.basic, BASIC), glyph)
    p.heading(rng.choice(["Good to Have:", "Good to have skills:", "Nice to Have:", "Preferred Skills:",
                          "Added Advantage:"]))
    p.listing(items_of(d.pref, PREF), glyph)
    if rng.random() < 0.6:
        p.heading("Education:")
        edu = rng.choice(["B.E./B.Tech/MCA in Computer Science or a related discipline",
                          "Any graduate or postgraduate degree in Engineering or Computer Applications"])
        p.listing(items_of([edu], BASIC), "none")
    p.para(rng.choice([f"Interested candidates can share their updated resume at careers@{d.company.split()[0].lower()}.com.",
                       "Immediate joiners preferred. Please mention your notice period, current CTC and expected CTC.",
                       "If interested, please apply with your updated CV."]))
    return p


def style_european(rng: random.Random, split: str) -> Posting:
    d = draw(rng, split)
    p = Posting(d.title, d.company)
    p.add(Block("title", d.title))
    p.meta(f"{d.company} | {rng.choice(['Berlin', 'Munich', 'Amsterdam', 'Zurich', 'Stockholm', 'Vienna'])} | Full-time")
    p.heading(rng.choice(["About us", "Who we are", f"About {d.company}"]))
    p.para(f"{d.company} is a European scale-up with 300 employees in five countries. We build software for the "
           "energy transition.")
    glyph = glyph_of(rng)
    p.heading(rng.choice(["Your role", "Your tasks", "Your responsibilities", "What you will do", "Your mission",
                          "The job", "Your challenge"]))
    p.listing(items_of(d.resp, RESP), glyph)
    p.heading(rng.choice(["Your profile", "What you bring", "Your skills", "Your qualifications", "Your experience",
                          "What we expect", "Your background"]))
    mode = rng.choice(["plain", "plain", "subleads", "mixed"])
    if mode == "subleads":  # sub-headings inside the qualifications
        half = max(1, len(d.basic) // 2)
        p.para(rng.choice(["Technical skills:", "Technical:", "Hard skills:"]))
        p.listing(items_of(d.basic[:half], BASIC), glyph)
        p.para(rng.choice(["Soft skills:", "Personal skills:", "You are also:"]))
        p.listing(items_of(d.basic[half:], BASIC), glyph)
    elif mode == "mixed":  # one list, the optional items marked
        marked = [Item(t + m, t + m, PREF) for t, m in
                  zip(d.pref, rng.choices([" (preferred)", " (nice to have)", " – a plus", " (bonus)",
                                           " is a plus"], k=len(d.pref)), strict=False)]
        merged = items_of(d.basic, BASIC) + marked
        rng.shuffle(merged)
        p.listing(merged, glyph)
    else:
        p.listing(items_of(d.basic, BASIC), glyph)
    if mode != "mixed":
        p.heading(rng.choice(["Nice to have", "Desirable", "Bonus", "It would be great if you also have",
                              "Additional assets"]))
        p.listing(items_of(d.pref, PREF), glyph)
    p.heading(rng.choice(["What we offer", "Our offer", "Why us?", "What's in it for you", "We offer",
                          "What do we offer?", "Why join us?"]))
    p.listing([Item(b, "", "") for b in rng.sample(pb.BENEFITS, 4)], glyph if "num" not in glyph else "-")
    if rng.random() < 0.5:
        p.heading(rng.choice(["Contact", "Interested?", "How to apply"]))
        p.para(f"Send us your CV in English. Your contact: Anna Keller, Talent Acquisition, "
               f"jobs@{d.company.split()[0].lower()}.eu, +49 30 1234 5678.")
    if rng.random() < 0.5:
        p.para(rng.choice(pb.VISA))
    return p


def style_german(rng: random.Random, split: str) -> Posting:
    title = rng.choice(halves(pb.TITLES_DE, split) or pb.TITLES_DE)
    company = rng.choice(halves(pb.COMPANIES_DE, split))
    du = rng.random() < 0.5
    p = Posting(title, company, lang="de")
    p.add(Block("title", title))
    p.meta(f"{company} · {rng.choice(['München', 'Hamburg', 'Köln', 'Berlin', 'Stuttgart'])} · Vollzeit")
    p.heading(rng.choice(["Über uns", "Wer wir sind", "Das sind wir"]))
    p.para(f"Die {company} entwickelt seit 20 Jahren Software für Versicherungen und Banken. Wir wachsen und "
           "suchen Verstärkung.")
    glyph = glyph_of(rng, ["-", "•", "·", "✓", "none", "▪"])
    p.heading(rng.choice(["Deine Aufgaben", "Das erwartet dich", "Was dich erwartet"] if du else
                         ["Ihre Aufgaben", "Ihr Aufgabengebiet", "Aufgaben"]))
    p.listing(items_of(rng.sample(halves(pb.RESP_DE, split), rng.randint(3, 5)), RESP), glyph)
    p.heading(rng.choice(["Dein Profil", "Das bringst du mit", "Was du mitbringst"] if du else
                         ["Ihr Profil", "Ihre Qualifikationen", "Anforderungen"]))
    p.listing(items_of(rng.sample(halves(pb.BASIC_DE, split), rng.randint(3, 5)), BASIC), glyph)
    p.heading(rng.choice(["Wünschenswert", "Von Vorteil", "Pluspunkte", "Nice to have", "Idealerweise bringst du mit"]))
    p.listing(items_of(rng.sample(halves(pb.PREF_DE, split), 2), PREF), glyph)
    p.heading(rng.choice(["Wir bieten", "Das bieten wir", "Unser Angebot", "Deine Vorteile", "Benefits"]))
    p.listing([Item(b, "", "") for b in rng.sample(pb.BENEFITS_DE, 3)], glyph if glyph != "none" else "-")
    if rng.random() < 0.7:
        low = rng.choice([55, 62, 70]) * 1000
        p.pay = f"{low:,} € - {low + 20000:,} €".replace(",", ".")
        p.para(f"Gehaltsspanne: {p.pay} brutto pro Jahr.")
    p.heading("Kontakt")
    p.para("Interesse geweckt? Dann freuen wir uns auf deine Bewerbung über unser Karriereportal. "
           "Ansprechpartnerin: Julia Brandt, +49 89 1234567.")
    return p


def style_consulting(rng: random.Random, split: str) -> Posting:
    """Prose postings: duties in second person, 'Requirements: A; B; and C.' inline."""
    d = draw(rng, split, n_resp=(3, 4), n_basic=(3, 5), n_pref=(2, 3))
    p = Posting(d.title, d.company)
    p.add(Block("title", d.title))
    p.meta(f"{d.company} | {d.city}")
    p.para(f"{d.company} is a management and technology consultancy working with public and private clients. "
           f"We are looking for a {d.title} to join our {d.team} practice.")
    resp_mode = rng.choice(["you", "inline"])
    if resp_mode == "you":
        sentences = [you_will(r, rng) for r in d.resp]
        p.prose_items(sentences, RESP)
    else:
        pieces = [r[0].lower() + r[1:] if i else r for i, r in enumerate(d.resp)]
        pieces[-1] = "and " + pieces[-1] + "."
        p.prose_items(pieces, RESP, inline=rng.choice(["Responsibilities", "Key responsibilities", "Duties"]),
                      joiner="; ")
    basic = [b[0].lower() + b[1:] if i else b for i, b in enumerate(d.basic)]
    basic = [b.replace(";", ",") for b in basic]
    basic[-1] = "and " + basic[-1] + "."
    p.prose_items(basic, BASIC, inline=rng.choice(["Requirements", "Qualifications", "Required skills",
                                                   "What we need", "Minimum requirements"]), joiner="; ")
    if rng.random() < 0.5:  # a comma list of short requirements
        short = rng.sample(halves(SHORT_REQS, split), 3)
        text = f"{short[0][0].upper()}{short[0][1:]}, {short[1]}, and {short[2]}."
        blk = p.add(Block("para", text, inline=rng.choice(["Also required", "You will also need"])))
        blk.items = [Item(short[0], short[0][0].upper() + short[0][1:], BASIC), Item(short[1], short[1], BASIC),
                     Item(short[2], short[2] + ".", BASIC)]
    pref = [x[0].lower() + x[1:] if i else x for i, x in enumerate(d.pref)]
    pref[-1] = pref[-1] + "."
    p.prose_items(pref, PREF, inline=rng.choice(["Desired", "Preferred", "Nice to have", "Desirable skills"]),
                  joiner="; ")
    if rng.random() < 0.6:
        p.pay = d.pay_text()
        p.para(f"Compensation: {p.pay} per year, depending on experience.")
    p.para(eeo(d.company, rng))
    return p


SHORT_REQS = [
    "5+ years of backend development", "experience with AWS", "a degree in computer science",
    "strong SQL skills", "knowledge of Docker", "fluency in English", "experience with React",
    "excellent communication skills", "familiarity with Kafka", "3+ years of Python",
    "a valid driver's license", "experience leading teams",
]


def style_caps(rng: random.Random, split: str) -> Posting:
    """ALL-CAPS headings without colons, lists interrupted by a sentence, items ending in ';'
    and 'and', items that begin with a number."""
    d = draw(rng, split)
    p = Posting(d.title, d.company)
    p.add(Block("title", d.title.upper() if rng.random() < 0.3 else d.title))
    p.meta(f"{d.company.upper()} — {d.city}")
    p.heading(rng.choice(["THE COMPANY", "WHO WE ARE", "ABOUT US"]))
    p.para(f"{d.company} runs the largest independent marketplace for used industrial equipment in Europe.")
    p.heading(rng.choice(["THE ROLE", "THE POSITION", "THE OPPORTUNITY"]))
    p.para(f"We need a {d.title} to help us rebuild our platform.")
    glyph = glyph_of(rng)
    p.heading(rng.choice(["WHAT YOU WILL DO", "YOUR RESPONSIBILITIES", "KEY RESPONSIBILITIES", "THE WORK",
                          "DUTIES"]))
    p.listing(punctuate(items_of(d.resp, RESP), rng), glyph)
    p.heading(rng.choice(["WHAT YOU NEED", "REQUIREMENTS", "WHO YOU ARE", "QUALIFICATIONS", "SKILLS & EXPERIENCE",
                          "ESSENTIAL"]))
    numbered = [b for b in d.basic]
    numbered.insert(0, f"{rng.choice([2, 3, 4, 5, 7])}+ years of experience in a similar role")
    first, second = numbered[: len(numbered) // 2 + 1], numbered[len(numbered) // 2 + 1:]
    p.listing(punctuate(items_of(first, BASIC), rng, "semi_and" if rng.random() < 0.4 else None), glyph)
    if second:
        p.para(rng.choice(["You also have:", "In addition, you have:", "You will also need:"]))
        p.listing(items_of(second, BASIC), glyph)
    if rng.random() < 0.5:
        p.para(rng.choice(pb.APPLY_ANYWAY))
    p.heading(rng.choice(["NICE TO HAVE", "BONUS", "DESIRABLE", "PREFERRED", "PLUSES"]))
    p.listing(items_of(d.pref, PREF), glyph)
    p.heading(rng.choice(["WHAT WE OFFER", "BENEFITS", "PERKS"]))
    p.listing([Item(b, "", "") for b in rng.sample(pb.BENEFITS, 3)], glyph if "num" not in glyph else "-")
    if rng.random() < 0.5:
        p.para(rng.choice(pb.LOCATION_NOTES).format(city=d.city))
    p.para(eeo(d.company, rng))
    return p


def style_markdown(rng: random.Random, split: str) -> Posting:
    """A posting kept in Markdown (a README, a Notion or GitHub page)."""
    d = draw(rng, split)
    p = Posting(d.title, d.company)
    p.add(Block("title", f"# {d.title}"))
    p.truth_title = d.title
    p.meta(f"**{d.company}** · {d.city}")
    p.heading(f"## About {d.company}")
    p.para(f"{d.company} builds open-source tools for data teams.")
    p.heading(rng.choice(["## What you'll do", "## Responsibilities", "### In this role you will"]))
    p.listing(items_of(d.resp, RESP), rng.choice(["-", "*", "num"]))
    p.heading(rng.choice(["## Requirements", "## What we're looking for", "### You have", "**Requirements**"]))
    basic = items_of(d.basic[:-1], BASIC)
    nested = Item("Experience with one or more of the following:", "", BASIC,
                  subs=["Kafka or Kinesis", "Airflow or Dagster", "dbt"])
    nested.truth = "Experience with one or more of the following: Kafka or Kinesis, Airflow or Dagster, dbt"
    if rng.random() < 0.5:
        basic.append(nested)
    p.listing(basic, rng.choice(["-", "*"]))
    p.heading(rng.choice(["## Nice to have", "## Bonus points", "**Nice to have**"]))
    p.listing(items_of(d.pref, PREF), rng.choice(["-", "*"]))
    p.heading("## Benefits")
    p.listing([Item(b, "", "") for b in rng.sample(pb.BENEFITS, 3)], "-")
    p.para(eeo(d.company, rng))
    return p


# ----------------------------------------------------------------------------- held-only style families

def style_workday(rng: random.Random, split: str) -> Posting:
    d = draw(rng, split)
    p = Posting(d.title, d.company)
    p.add(Block("title", d.title))
    for k, v in (("locations", d.city), ("time type", "Full time"), ("posted on", "Posted 5 Days Ago"),
                 ("job requisition id", f"R-{rng.randint(10000, 99999)}")):
        p.meta(k)
        p.meta(v)
    p.heading("Job Description:")
    p.heading(rng.choice(["Position Summary", "Job Summary", "About the Role"]), sub=True)
    p.para(f"{d.company} is seeking a {d.title} to join our {d.team} group. This position reports to the "
           "Director of Engineering.")
    glyph = rng.choice(["•", "-", "none", "○"])
    p.heading(rng.choice(["Essential Duties and Responsibilities:", "What You'll Do:", "Key Duties:",
                          "Primary Responsibilities:"]))
    p.listing(items_of(d.resp, RESP), glyph)
    p.heading(rng.choice(["Minimum Qualifications:", "Required Qualifications:", "Basic Qualifications:",
                          "Education and Experience:", "Required Skills and Experience:"]))
    p.listing(items_of(d.basic, BASIC), glyph)
    p.heading(rng.choice(["Preferred Qualifications:", "Preferred Skills:", "Desired Qualifications:",
                          "Preferred Knowledge, Skills and Abilities:"]))
    p.listing(items_of(d.pref, PREF), glyph)
    if rng.random() < 0.7:
        p.heading(rng.choice(["Pay Transparency:", "Compensation:", "Salary Range:"]))
        p.pay = d.pay_text()
        p.para(f"The pay range for this position is {p.pay} annually. Actual pay will be based on skills and "
               "experience.")
    p.para(eeo(d.company, rng))
    p.para("If you require a reasonable accommodation to complete an application, please contact "
           "accommodations@example.com.")
    return p


def style_smartrecruiters(rng: random.Random, split: str) -> Posting:
    d = draw(rng, split)
    p = Posting(d.title, d.company)
    p.add(Block("title", d.title))
    p.meta(d.company)
    p.meta(d.city)
    p.meta("Full-time")
    p.heading("Company Description")
    p.para(f"{d.company} is a global leader in connected mobility. More than 4,000 people work with us in "
           "20 countries.")
    p.heading("Job Description")
    glyph = rng.choice(["•", "-", "none"])
    if rng.random() < 0.5:
        p.para(rng.choice([f"As a {d.title}, you will:", "Your responsibilities will include:",
                           "What you will be doing:"]))
    p.listing(items_of(d.resp, RESP), glyph)
    p.heading("Qualifications")
    basic = items_of(d.basic, BASIC) + plus_items(halves(pb.PREF, split), rng, rng.randint(1, 2))
    p.listing(basic, glyph)
    p.heading("Additional Information")
    p.para("We offer a competitive salary, a hybrid work model and 28 days of holiday. All your information "
           "will be kept confidential according to EEO guidelines.")
    return p


def style_ashby(rng: random.Random, split: str) -> Posting:
    d = draw(rng, split)
    p = Posting(d.title, d.company)
    p.add(Block("title", d.title))
    p.pay = d.pay_text("k")
    for k, v in (("Location", d.city), ("Employment Type", "Full time"), ("Location Type", "Hybrid"),
                 ("Department", "Engineering"), ("Compensation", f"{p.pay} • Offers Equity")):
        p.meta(k)
        p.meta(v)
    p.heading(f"About {d.company}")
    p.para(f"{d.company} is building AI-native tools for finance teams. We have raised $40M and serve 900 "
           "customers.")
    glyph = rng.choice(["•", "-", "none"])
    p.heading(rng.choice(["What you'll work on", "What you'll be doing", "The work"]))
    p.listing(items_of(d.resp, RESP), glyph)
    p.heading(rng.choice(["What we're looking for", "You may be a good fit if you", "About you"]))
    p.listing(items_of(d.basic, BASIC), glyph)
    p.heading(rng.choice(["Nice-to-haves", "Strong candidates may also have", "Bonus"]))
    p.listing(items_of(d.pref, PREF), glyph)
    p.heading("Benefits")
    p.listing([Item(b, "", "") for b in rng.sample(pb.BENEFITS, 4)], glyph)
    return p


def style_agency(rng: random.Random, split: str) -> Posting:
    d = draw(rng, split)
    p = Posting(d.title, "")
    p.add(Block("title", f"{d.title} – {rng.choice(['Fintech', 'HealthTech', 'E-commerce'])} – "
                         f"{rng.choice(['London', 'Manchester', 'Remote'])}"))
    p.para("Our client, a fast-growing fintech backed by top-tier investors, is looking for an experienced "
           f"{d.title} to join their platform team.")
    glyph = rng.choice(["•", "-", "none"])
    p.heading(rng.choice(["The Role:", "The Role", "Key Responsibilities:"]))
    p.listing(items_of(d.resp, RESP), glyph)
    p.heading(rng.choice(["Key Skills & Experience:", "Essential:", "Skills Required:", "The Candidate:"]))
    p.listing(items_of(d.basic, BASIC), glyph)
    p.heading(rng.choice(["Desirable:", "Beneficial:", "Nice to have:"]))
    p.listing(items_of(d.pref, PREF), glyph)
    p.heading(rng.choice(["The Package:", "Package", "Salary & Benefits:"]))
    p.pay = f"£{rng.randint(70, 90)},000 - £{rng.randint(95, 120)},000"
    p.listing([Item(f"Salary: {p.pay} + bonus", "", ""), Item("25 days holiday plus bank holidays", "", ""),
               Item("Private healthcare", "", "")], glyph)
    p.para("To apply, please send your CV or get in touch for a confidential chat. Due to high volumes we may "
           "not be able to respond to every application.")
    return p


def style_french(rng: random.Random, split: str) -> Posting:
    title = rng.choice(halves(pb.TITLES_FR, split) or pb.TITLES_FR)
    company = rng.choice(halves(pb.COMPANIES_FR, split) or pb.COMPANIES_FR)
    p = Posting(title, company, lang="fr")
    p.add(Block("title", title))
    p.meta(f"{company} · Paris · CDI")
    p.heading(rng.choice(["Qui sommes-nous ?", "À propos", "L'entreprise"]))
    p.para(f"{company} accompagne les grandes entreprises dans leur transformation numérique.")
    glyph = rng.choice(["-", "•", "none"])
    p.heading(rng.choice(["Vos missions", "Missions", "Ce que vous ferez", "Tes missions"]))
    p.listing(items_of(rng.sample(pb.RESP_FR, 4), RESP), glyph)
    p.heading(rng.choice(["Votre profil", "Profil recherché", "Ton profil"]))
    p.listing(items_of(rng.sample(pb.BASIC_FR, 4), BASIC), glyph)
    p.heading(rng.choice(["Les plus", "Atouts", "Serait un plus"]))
    p.listing(items_of(rng.sample(pb.PREF_FR, 2), PREF), glyph)
    p.heading(rng.choice(["Ce que nous offrons", "Avantages", "Pourquoi nous rejoindre ?"]))
    p.listing([Item(b, "", "") for b in rng.sample(pb.BENEFITS_FR, 3)], glyph if glyph != "none" else "-")
    return p


def style_dutch(rng: random.Random, split: str) -> Posting:
    title = rng.choice(pb.TITLES_NL)
    company = rng.choice(pb.COMPANIES_NL)
    p = Posting(title, company, lang="nl")
    p.add(Block("title", title))
    p.meta(f"{company} · Utrecht · Fulltime")
    p.heading(rng.choice(["Over ons", "Wie zijn wij?"]))
    p.para(f"{company} bouwt software voor woningcorporaties in heel Nederland.")
    glyph = rng.choice(["-", "•", "none"])
    p.heading(rng.choice(["Wat ga je doen?", "Jouw taken", "Functieomschrijving"]))
    p.listing(items_of(rng.sample(pb.RESP_NL, 4), RESP), glyph)
    p.heading(rng.choice(["Wat vragen wij?", "Wie ben jij?", "Functie-eisen", "Wat breng je mee?"]))
    p.listing(items_of(rng.sample(pb.BASIC_NL, 4), BASIC), glyph)
    p.heading(rng.choice(["Pré", "Pluspunten", "Extra pluspunten"]))
    p.listing(items_of(rng.sample(pb.PREF_NL, 2), PREF), glyph)
    p.heading(rng.choice(["Wat bieden wij?", "Ons aanbod"]))
    p.listing([Item("Een salaris tussen € 4.000 en € 5.500 bruto per maand", "", ""),
               Item("25 vakantiedagen", "", ""), Item("Thuiswerkvergoeding", "", "")], glyph if glyph != "none" else "-")
    return p


def style_email(rng: random.Random, split: str) -> Posting:
    """A recruiter's e-mail, hard-wrapped at 72 columns: 'Must haves:' / 'Nice to haves:'."""
    d = draw(rng, split)
    p = Posting(d.title, d.company)
    p.add(Block("title", f"Subject: {d.title} opportunity at {d.company}"))
    p.truth_title = d.title
    p.para("Hi there,")
    p.para(f"I'm reaching out about a {d.title} role at {d.company}, a growing company in {d.city}. Based on "
           "your profile I think you could be a great fit.")
    glyph = rng.choice(["-", "*", "•"])
    p.para(rng.choice(["What you'd be doing:", "The role:", "Responsibilities:"]))
    p.listing(items_of(d.resp, RESP), glyph)
    p.para(rng.choice(["Must haves:", "Requirements:", "What they're looking for:"]))
    p.listing(items_of(d.basic, BASIC), glyph)
    p.para(rng.choice(["Nice to haves:", "Bonus:", "Pluses:"]))
    p.listing(items_of(d.pref, PREF), glyph)
    p.pay = d.pay_text("k")
    p.para(f"Comp is {p.pay} base plus equity. Let me know if you'd be open to a quick call this week!")
    p.para("Best,\nMegan Ortiz\nSenior Technical Recruiter")
    return p


# ----------------------------------------------------------------------------- rendering: text

def _glyph_prefix(glyph: str, i: int) -> str:
    if glyph == "num":
        return f"{i + 1}. "
    if glyph == "num)":
        return f"{i + 1}) "
    if glyph in ("none", ""):
        return ""
    if glyph == "space":
        return " "
    return glyph.strip() + " "


@dataclass
class PasteStyle:
    heading_case: str = "asis"  # asis | colon | caps | underline
    blank_after_heading: bool = True
    blank_between_items: bool = False
    wrap: int | None = None  # hard wrap width
    hang: bool = True  # wrapped bullets indent their continuation
    crlf: bool = False
    emoji: bool = False  # '🚀 What you'll do'
    board: bool = False  # a job board's buttons and notes around the posting
    seed: int = 0

    @classmethod
    def draw(cls, rng: random.Random) -> PasteStyle:
        return cls(
            heading_case=rng.choice(["asis", "asis", "asis", "colon", "caps", "underline"]),
            blank_after_heading=rng.random() < 0.6,
            blank_between_items=rng.random() < 0.15,
            wrap=rng.choice([None, None, None, None, 72, 80]),
            hang=rng.random() < 0.6,
            crlf=rng.random() < 0.15,
            emoji=rng.random() < 0.2,
            board=rng.random() < 0.25,
            seed=rng.randint(0, 10 ** 6),
        )


def _heading_text(text: str, style: PasteStyle) -> list[str]:
    if text.startswith(("#", "**")):
        return [text]
    if style.emoji:
        text = pb.EMOJI[(len(text) + style.seed) % len(pb.EMOJI)] + " " + text
    if style.heading_case == "colon" and not text.endswith((":", "?")):
        return [text + ":"]
    if style.heading_case == "caps":
        return [text.upper()]
    if style.heading_case == "underline":
        return [text, ("=" if style.seed % 2 else "-") * len(text)]
    return [text]


def _wrap(text: str, width: int | None, first: str = "", hang: str = "") -> list[str]:
    if not width:
        return [first + text]
    return textwrap.wrap(text, width=width, initial_indent=first, subsequent_indent=hang,
                         break_long_words=False, break_on_hyphens=False) or [first]


def render_text(p: Posting, style: PasteStyle) -> str:
    out: list[str] = []
    for b in p.blocks:
        if b.type in ("title", "meta"):
            out.append(b.text)
        elif b.type == "heading":
            if out and out[-1] != "":
                out.append("")
            out.extend(_heading_text(b.text, style))
            if style.blank_after_heading:
                out.append("")
        elif b.type == "para":
            text = (b.inline + ": " if b.inline else "") + b.text
            for chunk in text.split("\n"):
                out.extend(_wrap(chunk, style.wrap))
            out.append("")
        elif b.type == "plainlines":
            out.extend(b.text.split("\n"))
            out.append("")
        elif b.type == "list":
            for i, it in enumerate(b.items):
                pre = _glyph_prefix(b.glyph, i)
                hang = " " * len(pre) if style.hang else ""
                out.extend(_wrap(it.printed, style.wrap, pre, hang))
                for s in it.subs:
                    sub_pre = "    " + ("- " if b.glyph not in ("none", "space") else "")
                    out.extend(_wrap(s, style.wrap, sub_pre, " " * len(sub_pre)))
                if it.cont:
                    out.extend(_wrap(it.cont, style.wrap, "   ", "   "))
                if style.blank_between_items:
                    out.append("")
            out.append("")
    if style.board:
        rng = random.Random(style.seed)
        top = rng.sample(pb.BOARD_TOP, rng.randint(2, 4))
        out = out[:2] + top + out[2:] + [""] + rng.sample(pb.BOARD_BOTTOM, rng.randint(1, 3))
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    return text.replace("\n", "\r\n") if style.crlf else text


# ----------------------------------------------------------------------------- rendering: PDF

def render_pdf(p: Posting, path: Path, rng: random.Random, layout: str = "print") -> None:
    """A posting as a PDF: `print` (one column, wrapped, a page header/footer), `twocol` (a
    job-details sidebar beside the text) or `lefthead` (headings in a left column)."""
    from .canvas import A4, LETTER, Canvas, Flow

    page = rng.choice([LETTER, A4])
    fam = rng.choice(["helvetica", "times", "dejavu"]) if p.lang == "en" else "dejavu"
    c = Canvas(page, fam)
    w, h = page
    size = rng.choice([9.5, 10.0, 10.5, 11.0])
    caps = rng.random() < 0.4
    colon = rng.random() < 0.3
    bullet = rng.choice(["•", "dot", "square", "–", "none", "keep"])
    header = rng.random() < 0.5
    pages: list[int] = []

    def furniture(i: int) -> None:
        pages.append(i)
        if header:
            c.text(36, 24, f"{p.company or 'Careers'} | Careers", 7.5, color=(0.5, 0.5, 0.5), page=i)

    c.on_page.append(furniture)
    c.new_page()
    side_w = 150 if layout == "twocol" else 0
    x0 = 50
    x1 = w - 50 - (side_w + 20 if side_w else 0)
    head_w = {"lefthead": 110, "sidehead": rng.choice([120, 135])}.get(layout, 0)
    flow = Flow(c, x0 + head_w, x1, 60, h - 60, later=(x0 + head_w, x1, 50))
    if side_w:
        side = Flow(c, w - 50 - side_w, w - 50, 60, h - 60)
        c.rect((w - 60 - side_w, 40, w - 40, 40 + 12 * size * 1.4 + 40), (0.94, 0.95, 0.97), page=0)
        side.line("Job details", size + 1, "b")
        side.gap(4)
        for k, v in (("Location", "Hybrid"), ("Employment type", "Full-time"), ("Department", "Engineering"),
                     ("Salary", p.pay or "Competitive"), ("Apply by", "30 June")):
            side.line(k, size - 1, "b", color=(0.4, 0.4, 0.4))
            for ln in c.wrap(v, size - 0.5, side_w):
                side.line(ln, size - 0.5)
            side.gap(3)
    for b in p.blocks:
        if b.type == "title":
            flow.line(re.sub(r"^#\s*", "", b.text), size + 6, "b")
            flow.gap(2)
        elif b.type == "meta":
            flow.line(re.sub(r"\*\*", "", b.text), size - 1, color=(0.4, 0.4, 0.4))
        elif b.type == "heading":
            text = re.sub(r"^#+\s*|\*\*", "", b.text)
            if caps:
                text = text.upper()
            if colon and not text.endswith((":", "?")):
                text += ":"
            flow.gap(size * 0.8)
            flow.need(size * 4)
            hs = size + (1.5 if not b.sub else 0.5)
            if head_w and layout == "sidehead":  # right-aligned capitals in the margin
                hs = size - 0.5
                lines = c.wrap(text.upper(), hs, head_w - 16, "b")
                for k, ln in enumerate(lines):
                    c.right(x0 + head_w - 12, flow.y + size + k * hs * 1.25, ln, hs, "b",
                            page=flow.page, color=(0.45, 0.45, 0.5))
                flow.gap(0)
            elif head_w:
                lines = c.wrap(text, hs, head_w - 8, "b")
                for k, ln in enumerate(lines):
                    c.text(x0, flow.y + hs + k * hs * 1.2, ln, hs, "b", page=flow.page)
                flow.gap(0)
            else:
                flow.line(text, hs, "b")
                flow.gap(size * 0.2)
        elif b.type in ("para", "plainlines"):
            text = b.text
            for chunk in text.split("\n"):
                if b.inline:  # the inline heading shares the first line
                    flow.need(size * 1.3)
                    end = c.text(flow.x0, flow.y + size, b.inline + ":", size, "b", page=flow.page)
                    first_w = flow.x1 - end - 4
                    words = chunk.split()
                    line, k = "", 0
                    while k < len(words) and c.width((line + " " + words[k]).strip(), size) <= first_w:
                        line = (line + " " + words[k]).strip()
                        k += 1
                    c.text(end + 3, flow.y + size, line, size, page=flow.page)
                    flow.gap(size * 1.3)
                    rest = " ".join(words[k:])
                    if rest:
                        flow.para(rest, size)
                else:
                    flow.para(chunk, size)
            flow.gap(size * 0.5)
        elif b.type == "list":
            for i, it in enumerate(b.items):
                g = b.glyph
                kind = bullet if bullet != "keep" else ("•" if g in ("none", "space") else g)
                if g in ("num", "num)"):
                    kind = f"{i + 1}." if g == "num" else f"{i + 1})"
                elif g in ("none", "space") and bullet == "keep":
                    kind = "none"
                flow.bullet(it.printed, size, kind, indent=16 if kind != "none" else 0)
                for s in it.subs:
                    flow.bullet(s, size, "◦" if kind not in ("none",) else "none", indent=32)
                if it.cont:
                    flow.para(it.cont, size, indent=16)
            flow.gap(size * 0.5)
    n = len(c.pages)
    if header:
        for i in range(n):
            c.pages[i] = c.doc[i]  # a page object goes stale once later pages exist
            c.text(w - 90, h - 24, f"Page {i + 1} of {n}", 7.5, color=(0.5, 0.5, 0.5), page=i)
    c.save(path, rng.choice(["Microsoft® Word for Microsoft 365", "Skia/PDF m120", "macOS Quartz PDFContext"]))


# ----------------------------------------------------------------------------- rendering: DOCX

def render_docx(p: Posting, path: Path, rng: random.Random, layout: str = "styled") -> None:
    """A posting as a DOCX: `styled` (Heading styles or bold-only paragraphs, list styles or
    typed glyphs), `table` (a two-column table: heading cell beside its content), `form` (a
    details table on top, numbered lists)."""
    import docx
    from docx.shared import Pt

    doc = docx.Document()
    bold_only = rng.random() < 0.5
    list_style = rng.random() < 0.6
    caps = rng.random() < 0.3
    soft_breaks = rng.random() < 0.2
    table = None
    form_done = False

    def form_table() -> None:
        t = doc.add_table(rows=0, cols=2)
        for k, v in (("Position", p.title), ("Location", "Hybrid"), ("Contract", "Permanent, full-time"),
                     ("Reports to", "Head of Engineering")):
            row = t.add_row().cells
            row[0].text, row[1].text = k, v

    current_cell = None

    def container():
        return current_cell if current_cell is not None else doc

    for b in p.blocks:
        if b.type == "title":
            par = doc.add_paragraph()
            r = par.add_run(re.sub(r"^#\s*", "", b.text))
            r.bold = True
            r.font.size = Pt(16)
            continue
        if b.type == "meta":
            if current_cell is not None:
                current_cell.add_paragraph(re.sub(r"\*\*", "", b.text))
            else:
                doc.add_paragraph(re.sub(r"\*\*", "", b.text))
            continue
        if b.type == "heading":
            text = re.sub(r"^#+\s*|\*\*", "", b.text)
            if caps:
                text = text.upper()
            if layout == "form" and not form_done:
                form_table()
                form_done = True
            if layout == "table" and table is None:
                table = doc.add_table(rows=0, cols=2)
            if table is not None and not b.sub:
                row = table.add_row().cells
                row[0].paragraphs[0].add_run(text).bold = True
                current_cell = row[1]
                current_cell._first = True  # type: ignore[attr-defined]
                continue
            if bold_only or b.sub:
                par = container().add_paragraph()
                par.add_run(text).bold = True
            else:
                doc.add_heading(text, level=2)
            continue

        def para(text: str, style: str | None = None, cell=current_cell):  # noqa: ANN001
            if cell is not None and getattr(cell, "_first", False):
                cell._first = False  # type: ignore[attr-defined]
                par = cell.paragraphs[0]
                if style:
                    par.style = doc.styles[style]
                par.add_run(text)
                return par
            return (cell if cell is not None else doc).add_paragraph(text, style=style)

        if b.type in ("para", "plainlines"):
            for chunk in b.text.split("\n"):
                if b.inline:
                    par = para("")
                    par.add_run(b.inline + ": ").bold = True
                    par.add_run(chunk)
                else:
                    para(chunk)
        elif b.type == "list" and soft_breaks and not any(it.subs or it.cont for it in b.items):
            par = para("")  # one paragraph, the items on lines of their own (a web page pasted)
            for i, it in enumerate(b.items):
                if i:
                    par.runs[-1].add_break()
                par.add_run(_glyph_prefix(b.glyph if b.glyph not in ("none", "space") else "•", i) + it.printed)
        elif b.type == "list":
            numbered = b.glyph in ("num", "num)")
            for i, it in enumerate(b.items):
                if list_style and b.glyph not in ("none",):
                    para(it.printed, "List Number" if numbered else "List Bullet")
                else:
                    para(_glyph_prefix(b.glyph, i) + it.printed if b.glyph != "space" else it.printed)
                for s in it.subs:
                    para(s, "List Bullet 2" if list_style else None)
                if it.cont:
                    para(it.cont)
    doc.save(str(path))


# ----------------------------------------------------------------------------- families and splits

STYLES: dict[str, Callable[[random.Random, str], Posting]] = {
    "amazon": style_amazon, "google": style_google, "microsoft": style_microsoft, "meta": style_meta,
    "greenhouse": style_greenhouse, "lever": style_lever, "must_good": style_must_good,
    "european": style_european, "german": style_german, "consulting": style_consulting, "caps": style_caps,
    "markdown": style_markdown,
}
HELD_STYLES: dict[str, Callable[[random.Random, str], Posting]] = {
    "workday": style_workday, "smartrecruiters": style_smartrecruiters, "ashby": style_ashby,
    "agency": style_agency, "french": style_french, "dutch": style_dutch, "email": style_email,
}
# file families: (format, layout); each draws its content from a style family of the split
FILE_FAMILIES = {"pdf_print": ("pdf", "print"), "pdf_twocol": ("pdf", "twocol"), "pdf_sidehead": ("pdf", "sidehead"),
                 "docx_styled": ("docx", "styled"), "docx_table": ("docx", "table")}
HELD_FILE_FAMILIES = {"pdf_lefthead": ("pdf", "lefthead"), "docx_form": ("docx", "form")}
FILE_STYLES = ["amazon", "google", "greenhouse", "european", "microsoft", "meta", "must_good", "german", "caps"]
HELD_FILE_STYLES = FILE_STYLES + ["workday", "agency", "smartrecruiters", "french"]

TUNE_SEEDS = tuple(range(8))
HELD_SEEDS = tuple(range(100, 106))


def build_posting(family: str, seed: int, split: str, folder: Path) -> tuple[Path, PostingTruth]:
    rng = random.Random(f"posting-style/{family}/{split}/{seed}")
    name = f"jobstyle_{family}_{split[0]}{seed}"
    styles = {**STYLES, **HELD_STYLES}
    if family in styles:
        posting = styles[family](rng, split)
        path = folder / f"{name}.txt"
        paste = PasteStyle.draw(rng)
        if family == "email":
            paste.wrap = 72
        if family == "markdown":
            paste.heading_case = "asis"
        if family == "lever" and seed % 3 == 1:
            paste.blank_between_items = True
        path.write_bytes(render_text(posting, paste).encode("utf-8"))
        return path, posting.truth()
    fmt, layout = {**FILE_FAMILIES, **HELD_FILE_FAMILIES}[family]
    pool = FILE_STYLES if split == "tune" else HELD_FILE_STYLES
    style = rng.choice(pool)
    posting = styles[style](rng, split)
    path = folder / f"{name}_{style}.{fmt}"
    if fmt == "pdf":
        render_pdf(posting, path, rng, layout)
    else:
        render_docx(posting, path, rng, layout)
    return path, posting.truth()


def style_layouts(split: str) -> dict[str, Callable[[Path], tuple[Path, PostingTruth]]]:
    """Name -> builder(folder) for every style-family posting of `split`."""
    families = list(STYLES) + list(FILE_FAMILIES)
    seeds = TUNE_SEEDS
    if split != "tune":
        families += list(HELD_STYLES) + list(HELD_FILE_FAMILIES)
        seeds = HELD_SEEDS
    return {f"jobstyle_{f}_{split[0]}{s}": partial(build_posting, f, s, split) for f in families for s in seeds}


def family_of(name: str) -> str:
    return re.sub(r"^jobstyle_|_[th]\d+.*$", "", name)
