"""Who posted the job, what kind of role it is, where it is, and which role pack fits.

- The employer: the company the reader found, else names and wording in the text
  (`companies.json`): an Amazon posting says "Amazon" outside product names ("Amazon S3" is a
  product), or carries Amazon's own wording ("Basic Qualifications", "non-internship
  professional ...", "Leadership Principles"). An Amazon pack is used only for an Amazon
  posting; any other employer gets the `general` pack (no levels, no bar raiser).
- The role family: science (applied, data, research scientist), mle (machine learning
  engineer), sde (software, backend, full-stack, data engineer) or other; and whether it is an
  internship.
- The region (`regions.json`): a level pay table is shown only for the region it is for.
- The pay the posting prints itself ("$47.00/hr - $96.00/hr") comes first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from app.analysis.text import find_phrases
from app.models.knowledge import Company, Country, Knowledge, Region, RolePack
from app.models.resume import JobDescription

FAMILY_TITLES = (  # (family, title words), first match wins
    # business intelligence and analytics engineers build reports and data sets, not software
    # products: their own family, whatever "engineer" says
    ("other", r"\b(business intelligence|bi engineer|bie|analytics engineer)\b"),
    ("science", r"\b(applied scientist|data scientist|research scientist|(?:ml|machine learning) "
                r"scientist|scientist|quantitative researcher|statistician)\b"),
    ("mle", r"\b(machine learning|ml|mle|ai|deep learning|nlp|computer vision|mlops|llm)\b"),
    ("sde", r"\b(software|sde|swe|developer|engineer|backend|back-end|frontend|front-end|"
            r"full[- ]?stack|devops|sre|programmer|architect|web)\b"),
)
INTERN = re.compile(r"(?i)\b(intern|internship|co-?op)\b")
# a posting that hires new graduates into the entry level ("new-grad Software Development
# Engineer", "university graduates", "recent graduates", "early-career program")
NEW_GRAD = re.compile(r"(?i)\b(new[- ]grad(?:uate)?s?|university (?:graduate|grad|hire)s?|recent "
                      r"(?:college |university )?graduates?|early[- ]career (?:program|role|"
                      r"position|hire)s?|graduate (?:program|scheme|programme))\b")
ML_TEXT = ("machine learning", "ml", "deep learning", "model training", "llm", "llms",
           "large language model*", "generative ai", "neural", "pytorch", "tensorflow",
           "inference", "mlops", "sagemaker", "nlp", "computer vision")
_MONEY = re.compile(
    r"(?:(?:US)?\$|USD\s?|₹|INR\s?|Rs\.?\s?|£|€)\s?\d[\d,]*(?:\.\d+)?\s?(?:k|K|lakhs?|LPA)?"
    r"(?:\s?(?:/|per)\s?(?:hr|hour|year|yr|annum|month))?")
_PAY_WORDS = re.compile(r"(?i)\b(pay|salary|compensation|wage|ctc|stipend|base)\b")


@dataclass(frozen=True)
class Posting:
    """What the analysis knows about the posting itself."""

    company_id: str  # "amazon", another known id, or '' for an unknown employer
    company_name: str  # as shown ("Amazon", "Acme Corp", '' when unknown)
    amazon: bool
    family: str  # "science" | "mle" | "sde" | "other"
    intern: bool
    ml: bool  # a machine-learning posting
    level: str | None  # the posting's own level on the Amazon ladder ("L5"), if any
    region: Region | None
    pay: str  # the pay range the posting prints, '' if none
    why: str  # how the employer was told, in plain words
    new_grad: bool = False  # it hires new graduates at its entry level


def _alias_hits(text: str, company: Company) -> int:
    """Mentions of the company's names that are not one of its product names."""
    low = text.lower()
    for product in company.products:
        low = re.sub(r"\b" + re.escape(product) + r"\b", " ", low)
    names = [a for a in company.aliases if a != "aws" and len(a) > 2]
    return sum(len(re.findall(r"(?<![\w.])" + re.escape(a) + r"(?![\w])", low)) for a in names)


def _named(name: str, companies: Sequence[Company]) -> Company | None:
    low = f" {name.lower()} "
    for c in companies:
        if any(re.search(r"(?<![\w])" + re.escape(a) + r"(?![\w])", low) for a in c.aliases):
            return c
    return None


def detect_company(job: JobDescription, knowledge: Knowledge) -> tuple[str, str, str]:
    """(company id, display name, why) of the posting's employer."""
    text = job.text or " ".join(r.text for r in job.requirements)
    named = job.company.strip()
    if named:
        # a business a company owns, hiring on its ladder ("Audible, Inc.", "Twitch
        # Interactive" on amazon.jobs), even where it is an employer of its own on resumes
        owner = next((c for c in knowledge.companies
                      if c.brands and _named(named, [replace(c, aliases=c.brands)])), None)
        known = _named(named, knowledge.companies)
        if known is not None and owner is None:
            return known.id, known.name, f"the posting names {known.name}"
        owner = owner or next((c for c in knowledge.companies if known is None and c.markers
                               and len(find_phrases(text, c.markers)) >= 3), None)
        if owner is not None:
            return owner.id, named, f"the posting names {named}, which hires as part of {owner.name}"
        return "", named, f"the posting names {named}"
    best: tuple[int, Company] | None = None
    for c in knowledge.companies:
        if not c.markers:
            continue
        mentions = _alias_hits(text, c)
        markers = len(find_phrases(text, c.markers))
        score = 2 * mentions + markers
        if (mentions >= 2 or markers >= 2 or (mentions and markers)) and (
                best is None or score > best[0]):
            best = (score, c)
    if best is not None:
        return best[1].id, best[1].name, f"its wording is {best[1].name}'s"
    return "", "", "the posting does not name its employer"


def role_family(job: JobDescription) -> str:
    """science, mle, sde or other, from the title (or, without one, the text)."""
    title = job.title or ""
    for family, pattern in FAMILY_TITLES:
        if re.search("(?i)" + pattern, title):
            if family == "sde" and is_ml_text(job) and re.search(r"(?i)\b(ml|machine learning)\b",
                                                                 job.text or ""):
                return "mle" if re.search(r"(?i)\bml\b|machine learning", title) else "sde"
            return family
    if not title.strip():
        return "mle" if is_ml_text(job) else "sde"
    return "other"


def is_ml_text(job: JobDescription) -> bool:
    """The requirements (or the whole text) are about machine learning."""
    reqs = " \n ".join(r.text for r in job.requirements if r.kind in ("basic", "preferred"))
    text = reqs or job.text or ""
    hits = find_phrases(text, ML_TEXT)
    return len(hits) >= 2 or bool({"machine learning", "llm", "llms"} & set(hits))


def region_of(job: JobDescription, regions: Sequence[Region],
              countries: Sequence[Country] = ()) -> Region | None:
    """The region the posting's work is in: that of the country its locations name most
    ("JPN, 13, Tokyo" beside a team in Seattle is Asia-Pacific; a country no region covers has
    none), else the region its words mention most, or None."""
    from app.analysis.location import posting_places

    where, _ = posting_places(job, countries) if countries else (None, frozenset())
    if where is not None:
        return next((r for r in regions if r.id == where.country.pay_region), None)
    text = job.text or ""
    best: tuple[int, Region] | None = None
    for r in regions:
        n = len(find_phrases(text, r.markers)) + sum(1 for e in r.exact if e in text)
        if n and (best is None or n > best[0]):
            best = (n, r)
    return best[1] if best else None


def printed_pay(job: JobDescription) -> str:
    """The pay the posting prints ("$47.84/hr to $96.15/hr"), '' if none: the amounts in the
    first sentence that talks about pay. The reader's own range (`job.pay`: its currency code,
    yen and won, the first of several bands) comes first where it found one; this reads
    postings built without the reader (a pasted text in a test, an older session)."""
    for sentence in re.split(r"(?<=[.!?])\s+|\n", job.text or ""):
        if not _PAY_WORDS.search(sentence):
            continue
        amounts = [" ".join(m.group(0).split()) for m in _MONEY.finditer(sentence)]
        if amounts:
            return amounts[0] if len(amounts) == 1 else f"{amounts[0]} to {amounts[-1]}"
    return ""


def read_posting(job: JobDescription, knowledge: Knowledge) -> Posting:
    cid, name, why = detect_company(job, knowledge)
    hints = job.level_hints or {}
    level = str(hints.get("level") or "")
    family = role_family(job)
    return Posting(cid, name, cid == "amazon", family, bool(INTERN.search(job.title or "")) or
                   level.lower() == "intern", is_ml_text(job) or family in ("mle", "science"),
                   level if level in ("L4", "L5", "L6", "L7") else None,
                   region_of(job, knowledge.regions, knowledge.countries),
                   job.pay or printed_pay(job), why,
                   new_grad(job, level))


def new_grad(job: JobDescription, level: str) -> bool:
    """The posting hires new graduates at the entry level: it says so in its title or text and
    names no level above the entry one."""
    if level and level not in ("L4", "intern"):
        return False
    return bool(NEW_GRAD.search(job.title or "") or NEW_GRAD.search(job.text or ""))


def pack_for(posting: Posting, knowledge: Knowledge, job: JobDescription) -> RolePack:
    """The role pack for the posting: an Amazon pack only for an Amazon posting (the ML pack
    only for an ML or science role), the general pack for any other employer."""
    if not posting.amazon:
        general = knowledge.roles.get("general")
        if general is not None:
            return general
    packs = [p for p in knowledge.roles.values() if p.company == (posting.company_id or "amazon")]
    want = "mle" if posting.family in ("mle", "science") or (
        posting.family == "sde" and posting.ml and not posting.intern
        and _ml_title(job.title)) else "sde"
    for p in sorted(packs, key=lambda p: p.id):
        if p.family == want:
            return p
    from app.knowledge import role_for_title

    return role_for_title(knowledge, job.title)


def _ml_title(title: str) -> bool:
    return bool(re.search(r"(?i)\b(ml|machine learning|mle)\b", title or ""))
