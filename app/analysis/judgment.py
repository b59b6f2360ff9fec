"""The judgment of one candidate for one posting, in the order a recruiter forms it:
requirement verdicts (`qualifications`), then the level (`level`), then the verdict
(`verdict`); and the line that tells the user what the kit assumes about the posting."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass

from app.analysis.company import Posting
from app.analysis.experience import Experience
from app.analysis.level import LevelCall, estimate_level
from app.analysis.location import move
from app.analysis.qualifications import Spans, build_index, match_requirements
from app.analysis.skillkinds import taxonomy_kinds
from app.analysis.verdict import Gate, Verdict, decide, embedded_gate, title_domain_gates
from app.models.knowledge import Knowledge, RolePack
from app.models.report import PostingInfo, RequirementMatch
from app.models.resume import JobDescription, Resume


@dataclass(frozen=True)
class Judged:
    matches: tuple[RequirementMatch, ...]
    level: LevelCall
    verdict: Verdict


def judge_pair(resume: Resume, job: JobDescription, exp: Experience, posting: Posting,
               pack: RolePack, find: Callable[[str], list[str]], spans: Spans,
               knowledge: Knowledge) -> Judged:
    """Requirement verdicts, level and verdict for one resume and one posting."""
    categories = {s.name.lower(): s.category for s in knowledge.skills}
    index = build_index(resume, exp, find, categories, broader_skills(knowledge),
                        taxonomy_kinds(knowledge.skills))
    matches = match_requirements(resume, job, exp, find, spans, categories, index,
                                 knowledge.concepts, tuple(knowledge.companies))
    level = estimate_level(resume, exp, posting, bool(pack.levels), matches, job)
    lines = [(ln.where, ln.text) for ln in index.lines]
    title = _title_line(job)
    # the employer's own names in the title ("AWS Neuron Compiler") name the employer, not a
    # domain of the work
    own = next((c.aliases for c in knowledge.companies if c.id == posting.company_id), ())
    domain_title = re.sub(r"(?i)(?<![\w.])(?:" + "|".join(map(re.escape, own)) + r")(?![\w])", " ",
                          title) if own else title
    matches, us_persons = us_persons_gate(resume, job, matches, knowledge)
    domains = title_domain_gates(posting, domain_title, resume.text or "", pack.topics) \
        + embedded_gate(posting, title, lines) + us_persons
    verdict = decide(posting, level, exp, job, matches, lines, find, categories, domains)
    return Judged(matches, level, verdict)


# a role open only to U.S. persons under export-control rules ("candidates must be a U.S.
# citizen or national, U.S. permanent resident (green card holder), or asylee/refugee")
US_PERSONS = re.compile(r"(?i)\bexport[- ]control|\bU\.?S\.? persons?\b|\bITAR\b|\bEAR\b.{0,40}"
                        r"\bcitizen|\b(?:U\.?S\.?|United States) citizen\w*\b.{0,80}\b(?:national|"
                        r"permanent resident|green card|asylee|refugee)")


def us_persons_gate(resume: Resume, job: JobDescription, matches: tuple[RequirementMatch, ...],
                    knowledge: Knowledge) -> tuple[tuple[RequirementMatch, ...], list[Gate]]:
    """A basic line that opens the role to U.S. persons only (export control), and a resume
    that places its candidate in another country with no U.S. status named: the labellers of
    set 27 said not yet. The line itself stays one to confirm (a resume rarely states it), its
    reason saying the same fact as the verdict. Returns the matches and the gate (none)."""
    reqs = {r.id: r for r in job.requirements}
    asked = {m.requirement_id for m in matches if (r := reqs.get(m.requirement_id)) is not None
             and r.kind == "basic" and US_PERSONS.search(r.text) and m.verdict != "met"}
    found = move(resume, job, knowledge.countries) if asked else None
    if found is None or found.where.country.id != "us":
        return matches, []
    fact = (f"the role is open only to U.S. citizens, nationals, permanent residents or refugees "
            f"(export control), and your resume places you in {found.home.words} with no U.S. "
            "status named")
    reason = fact[:1].upper() + fact[1:] + "; if you hold U.S. status, say so on your resume."
    return (tuple(dataclasses.replace(m, reason=reason) if m.requirement_id in asked else m
                  for m in matches),
            [Gate("not-yet", fact, "a role at this employer open to your status; if you hold "
                  "U.S. status, say so on your resume")])


def broader_skills(knowledge: Knowledge) -> dict[str, tuple[str, ...]]:
    """Each skill (lower case) -> the broader skills it is one of, through every step of the
    taxonomy's `kind_of` (Aurora: Relational Databases, SQL, Database Systems)."""
    direct = {s.name.lower(): s.kind_of for s in knowledge.skills if s.kind_of}
    by_low = {s.name.lower(): s.name for s in knowledge.skills}
    out: dict[str, tuple[str, ...]] = {}
    for low in direct:
        seen: list[str] = []
        todo = list(direct[low])
        while todo:
            name = todo.pop(0)
            if name not in seen and name.lower() != low:
                seen.append(name)
                todo += list(direct.get(name.lower(), ()))
        out[low] = tuple(by_low.get(n.lower(), n) for n in seen)
    return out


def _title_line(job: JobDescription) -> str:
    """The posting's whole title line ("Machine Learning Engineer II, Generative AI - Seller
    Assistant"), of which the reader keeps the role ("Machine Learning Engineer II")."""
    title = (job.title or "").strip()
    if not title:
        return ""
    return next((ln.strip() for ln in (job.text or "").splitlines()[:40]
                 if ln.strip().startswith(title)), title)


def posting_info(posting: Posting, pack: RolePack, level: LevelCall,
                 knowledge: Knowledge) -> PostingInfo:
    """Employer, role family and pay, with one plain line when the kit is not Amazon's."""
    region = posting.region
    note = ""
    if not pack.company:
        who = (f"This posting is from {posting.company_name}, not Amazon" if posting.company_name
               else "This posting is not from Amazon")
        note = (f"{who}: the kit prepares you for a general interview loop (a screen, then "
                "several interviews) and leaves out Amazon's levels, bar raiser and Leadership "
                "Principle names.")
    elif posting.amazon and not posting.company_name and "wording" in posting.why:
        note = ("The posting does not name its employer, but its wording is Amazon's, so the kit "
                "prepares you for Amazon's loop.")
    elif not posting.amazon:
        note = (f"The posting reads as {posting.company_name or 'another employer'}'s, but you "
                f"chose the {pack.company_name} pack: levels and rounds are {pack.company_name}'s.")
    pay, source, table = "", "", False
    if posting.pay:
        pay, source = f"The posting gives its pay: {posting.pay}.", "posting"
    elif pack.pay_region and region is not None and region.id == pack.pay_region:
        known = {lv.id: lv.total_comp_usd for lv in pack.levels if lv.total_comp_usd > 0}
        table = bool(known)
        if level.level in known:
            pay, source = (f"Reported average total pay at {level.level} for this role in "
                           f"{region.name}: ${known[level.level]:,} (for orientation only).",
                           "level-table")
    elif pack.pay_region and region is not None:
        pay = (f"No pay figures: the posting is in {region.name}, and the level pay LoopReady "
               "knows is for another country.")
    return PostingInfo(posting.company_name, posting.amazon, posting.family, note, pay, source,
                       table, region.name if region else "")
