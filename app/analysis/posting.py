"""What the posting asks for, read once and shared by several analysis steps (fit, risks,
questions): whether it is a machine-learning posting, and how strongly it uses each
principle's evidence words. A leaf of the analysis package: it imports no other step, so the
steps stay a one-way pipeline (`pipeline` -> steps -> helpers such as this and `text`)."""

from __future__ import annotations

import re

from app.analysis.dates import find_dates
from app.analysis.text import count_phrase, find_phrases
from app.models.knowledge import Knowledge, RolePack
from app.models.resume import JobDescription

ML_WORDS = ("machine learning", "ml", "deep learning", "models", "model training", "mle",
            "applied scientist", "data scientist", "artificial intelligence", "ai")


# a job site's navigation copied with the posting ("Your job search | Teams | Locations | Life
# at Amazon | Sign in"): its items say nothing of the job ("search" is no search work)
NAV_ITEM = re.compile(r"(?i)\b(?:your job search|job search|search jobs|sign in|log in|sign up|"
                      r"saved jobs|my applications|job alerts|life at \w+|teams|locations|"
                      r"careers home|home)\b")


def _without_navigation(text: str) -> str:
    """The text with a navigation bar's items dropped: a line with two bars or more and two
    such items or more."""
    return "\n".join(NAV_ITEM.sub(" ", ln).replace("|", " ")
                     if ln.count("|") >= 2 and len(NAV_ITEM.findall(ln)) >= 2 else ln
                     for ln in text.split("\n"))


def posting_body(job: JobDescription) -> str:
    """The posting's own words, where what it stresses is counted: its description, duties and
    requirements, not the paragraphs about the company, pay, benefits or equal opportunity
    ("security" in a privacy notice is no security work), nor the employer's own name ("Harrowmere
    Search Partners" asks for no search)."""
    text = job.body or job.text or " ".join(r.text for r in job.requirements)
    text = _without_navigation(text)
    name = (job.company or "").strip()
    if len(name) >= 3:
        text = re.sub(r"(?i)(?<!\w)" + re.escape(name) + r"(?!\w)", " ", text)
    return text


def is_ml_posting(job: JobDescription, pack: RolePack) -> bool:
    """True when the posting (or, without text, the role pack) is about machine learning."""
    text = job.text or " ".join(r.text for r in job.requirements) or job.title
    if text.strip():
        hits = find_phrases(text, ML_WORDS)  # one passing "AI" is not an ML posting
        return len(hits) >= 2 or bool({"machine learning", "ml", "mle"} & set(hits))
    return "ml" in pack.id.split("-") or "machine learning" in pack.role.lower()


# a requirement that asks for models a person built and ran ("2+ years building and deploying
# ML models in production"), not for the platform around them
MODELS_ASKED = re.compile(r"(?i)\b(?:models?|machine[- ]learning|ml)\b.{0,60}\b(?:production|deploy\w*|"
                          r"shipp\w*|serv\w+|operat\w+)\b|\b(?:build\w*|train\w*|deploy\w*|"
                          r"ship\w*)\b.{0,40}\bmodels?\b")
# "building machine learning infrastructure such as training pipelines, feature stores or model
# serving": the platform other people's models run on, not models of one's own
ML_INFRA_ASK = re.compile(r"(?i)\b(?:ml|machine[- ]learning|model)\s+(?:infrastructure|platforms?|"
                          r"tooling)\b[^.;]*")


def asks_for_models(job: JobDescription, family: str, ml: bool, new_grad: bool = False) -> bool:
    """True when the loop asks about models the person built and ran: an ML or science
    posting, or a software posting whose own requirements ask for models in production (an
    SDE role on a model team). A software role on ML infrastructure (SageMaker's training
    service) or a new-graduate role asks for software, so its kit is a software kit."""
    if family in ("mle", "science"):
        return True
    if not ml or new_grad:
        return False
    return family != "sde" or any(MODELS_ASKED.search(ML_INFRA_ASK.sub(" ", r.text))
                                  for r in job.requirements)


def principle_hits(job: JobDescription, knowledge: Knowledge) -> dict[str, int]:
    """How often the posting uses each principle's evidence words (the whole posting: the
    paragraphs about the team and the company say what its culture prizes)."""
    text = job.text or " ".join(r.text for r in job.requirements)
    return {p.id: sum(min(3, count_phrase(text, s)) for s in p.signals) for p in knowledge.principles}


# "Start dates are between January and December 2026", "roles begin in summer 2026"
START_SENTENCE = re.compile(r"(?i)\b(?:start|begin|commence)\w*\b[^.;\n]{0,60}\b20\d\d\b")


def latest_start(posting_text: str) -> int | None:
    """The latest start date a posting names ("Start dates are between January and December
    2026": Dec 2026), None when it names none."""
    months: list[int] = []
    for m in START_SENTENCE.finditer(posting_text or ""):
        hits = [h.month for h in find_dates(m.group(0)) if h.month is not None]
        months += hits or [int(y) * 12 + 11 for y in re.findall(r"\b(20\d\d)\b", m.group(0))]
    return max(months) if months else None
