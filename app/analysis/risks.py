"""The risks a bar raiser would probe first, specific to this person and this posting.

The wording lives in `knowledge/risks.json`: each rule names a condition (computed here, one
function per name in `CONDITIONS`), how likely the loop probes it, and the title, why,
preparation and line to say, with {placeholders} filled from what the condition found. One
loop walks the rules of the role pack (a pack-specific wording wins over a family or general
one for the same condition):

    severity = probe (from the rule) x exposure (how exposed the resume is, from the condition)

so failing a basic qualification, an eligibility rule or the years asked comes first, then
level calibration, credibility (a timeline that contradicts an employer's history, a summary
that the dates do not bear out, vague claims), hands-on recency, the core of the role (ML
depth and production ownership for an ML posting, the posting's main skill, what it stresses),
then the general ones (metrics, scale, a failure story, principle gaps). Each risk's "why" is a
plain sentence; the arithmetic goes to `score_detail`. No two of the top three share a
condition or a main principle.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from app.analysis.company import Posting
from app.analysis.experience import Experience, Work, professional_years
from app.analysis.level import CROSS_TEAM, LADDER, SENIOR_TITLE, TEAM_SIZE, LevelCall, scope
from app.analysis.posting import asks_for_models, posting_body, principle_hits
from app.analysis.resume_signals import (
    FAILURE_WORDS,
    not_own_work,
    scale_evidence,
    timeline_conflicts,
    vague_claims,
)
from app.analysis.text import count_phrase, find_phrases
from app.analysis.verdict import Verdict
from app.analysis.years_asked import ml_titled
from app.models.knowledge import RISK_CONDITIONS, Knowledge, RiskRule, RolePack
from app.models.report import BulletEvidence, PrincipleRating, RequirementMatch, Risk
from app.models.resume import JobDescription, Requirement, Resume
from app.phrases import whole_phrase

TOP = 3
ML_WORDS = ("machine learning", "ml", "deep learning", "neural", "model", "models", "training",
            "inference", "nlp", "computer vision", "recommend*", "ranking", "classifier*",
            "pytorch", "tensorflow", "scikit-learn", "xgboost", "llm*", "transformer*",
            "embedding*", "feature engineering", "forecast*")
ELIGIBILITY = re.compile(r"(?i)\b(enrolled|conferral|graduat\w*|completed between)\b")
# who may apply by citizenship: a rule of its own (the citizenship risk), not a skill gap
CITIZENS_ASKED = re.compile(r"(?i)\bcitizens?(?:hip)?\b")
PRINCIPLE_MAX = 0.7  # a principle gap alone never outranks failing the basics or the core
# and below a gap in what the posting asks: bar raisers probe those first (the experts' top
# risks are qualifications, level and scope; a principle without a story is for preparation)
PRINCIPLE_SCALE = 0.45
MIN_BRIDGE_WORDS = 6
EMPHASIS_MENTIONS = 2  # a design topic the posting names this often is what it centres on
LEADERSHIP_TITLE = re.compile(r"(?i)\b(cto|chief|vp|vice president|director|head of|"
                              r"engineering manager|co-?founder)\b")
SCOPE_WORDS = ("mentor*", "coach*", "led the design", "design doc*", "design review*",
               "architected", "tech lead", "technical lead", "led a team", "led the team",
               "onboarded")


REQUIREMENT_CHARS = 110  # a requirement named in a risk: its leading clauses up to this length

@dataclass(frozen=True)
class Signals:
    """What the risk conditions read about the pair."""

    resume: Resume
    job: JobDescription
    posting: Posting
    ratings: dict[str, PrincipleRating]
    matches: Sequence[RequirementMatch]
    experience: Experience
    level: LevelCall
    verdict: Verdict
    production_hits: tuple[str, ...]  # bullet ids with production signals
    production_groups: int  # of deployment, monitoring, retraining, experiments: how many shown
    metric_bullets: tuple[str, ...]
    evidence: tuple[BulletEvidence, ...] = ()
    knowledge: Knowledge | None = None


@dataclass(frozen=True)
class Hit:
    """A condition that holds: the placeholders, how exposed the resume is (0..1), why that
    much in a few words, and the bullets or requirements it concerns."""

    fields: dict[str, str]
    exposure: float
    exposure_why: str
    evidence: tuple[str, ...] = ()
    principles: tuple[str, ...] = ()
    key: str = ""  # for conditions that hold several times (one principle each)
    extra: dict[str, float] = field(default_factory=dict)


def _q(text: str, limit: int = 70) -> str:
    """A resume line quoted, shortened by choosing whole clauses (never cut mid-phrase)."""
    return f"'{whole_phrase(text, limit)}'"


def _req(text: str) -> str:
    """A requirement named in a title or sentence: its whole leading clauses."""
    return whole_phrase(text, REQUIREMENT_CHARS).rstrip(".")  # the title ends its own sentence


def _reqs(sig: Signals) -> dict[str, object]:
    return {r.id: r for r in sig.job.requirements}


# --------------------------------------------------------------------------- conditions


def no_bullets(sig: Signals) -> list[Hit]:
    return [] if sig.resume.bullets else [Hit({}, 1.0, "nothing could be read")]


def basic_unmet(sig: Signals) -> list[Hit]:
    """Basic lines the resume does not show, the first of them not shown at all."""
    return _basic_gaps(sig, partly=False)


def basic_partly(sig: Signals) -> list[Hit]:
    """Basic lines the resume does not fully show, the first of them shown in part (4.6 of the
    5 years of design asked): worded as the part it shows, never 'I haven't done that'."""
    return _basic_gaps(sig, partly=True)


def _basic_gaps(sig: Signals, partly: bool) -> list[Hit]:
    reqs = {r.id: r for r in sig.job.requirements}
    basics = [m for m in sig.matches if reqs.get(m.requirement_id) is not None
              and reqs[m.requirement_id].kind == "basic" and m.verdict != "confirm"]
    gaps = [m for m in basics if m.verdict in ("partly", "not-met")
            and not ELIGIBILITY.search(reqs[m.requirement_id].text)
            and not CITIZENS_ASKED.search(reqs[m.requirement_id].text)
            and not (reqs[m.requirement_id].years and _generic_years_gap(sig, m))]
    if not gaps:
        return []
    gaps.sort(key=lambda m: _gap_weight(reqs[m.requirement_id].text, reqs[m.requirement_id].years))
    if (gaps[0].verdict == "partly") != partly:
        return []
    first = reqs[gaps[0].requirement_id]
    more = f" (and {len(gaps) - 1} more)" if len(gaps) > 1 else ""
    missing = ", ".join(dict.fromkeys(s for m in gaps for s in m.missing_skills)) or "none named"
    closest = next((m.evidence for m in gaps if m.evidence), "")
    share = len(gaps) / max(1, len(basics))
    return [Hit({"requirement": _req(first.text) + more, "count": str(len(gaps)),
                 "total": str(len(basics)), "missing": missing,
                 "closest": (f"Your closest line is {_q(closest, 60)}." if closest
                             else "No line on your resume comes close yet."),
                 "reason": _clause(gaps[0].reason)},
                0.65 + 0.35 * share, f"{len(gaps)} of {len(basics)} basic lines not fully shown",
                tuple(m.requirement_id for m in gaps))]


QUALITY = re.compile(r"(?i)\b(communicat\w*|time management|decision|problem[- ]solving|"
                     r"analytical|team ?work|attitude|self-motivated|comprehension|priorit\w*)\b")
SCHOOLING = re.compile(r"(?i)\b(degree|bachelor|master|ph\.?d|b\.\s?tech|10th|12th|%|gpa)\b")


def _gap_weight(text: str, years: float | None) -> int:
    """Which unmet basic line to name first: years and skills before degrees, qualities last."""
    if QUALITY.search(text):
        return 3
    if SCHOOLING.search(text) and not years:
        return 2
    return 0 if years else 1


def _generic_years_gap(sig: Signals, m: RequirementMatch) -> bool:
    from app.analysis.verdict import _generic_years

    req = next((r for r in sig.job.requirements if r.id == m.requirement_id), None)
    return req is not None and _generic_years(req)


def _clause(reason: str) -> str:
    """A verdict's reason as a clause inside a sentence ("Your resume states ..." -> "your
    resume states ...")."""
    reason = reason.rstrip(".")
    first = reason.split(" ", 1)[0]
    # only a plain opening word is lowered: "PyTorch appears only in..." keeps its name
    return reason[:1].lower() + reason[1:] if first.lower() in _PLAIN_OPENERS else reason


_PLAIN_OPENERS = frozenset({"your", "you", "the", "no", "none", "only", "about", "a", "an", "this",
                            "that", "these", "those", "it", "nothing", "one", "every", "each",
                            "some", "most", "not", "there", "here", "neither", "all", "its"})


def citizenship(sig: Signals) -> list[Hit]:
    """A role open to citizens only that the resume's stated status does not meet."""
    from app.analysis.credentials import citizens_only

    reqs = {r.id: r for r in sig.job.requirements}
    for m in sig.matches:
        r = reqs.get(m.requirement_id)
        if r is not None and r.kind == "basic" and m.verdict == "not-met" \
                and citizens_only(r.text):
            return [Hit({"requirement": _req(r.text), "reason": _clause(m.reason)}, 1.0,
                        "a citizens-only rule fails", (r.id,))]
    return []


def eligibility(sig: Signals) -> list[Hit]:
    reqs = {r.id: r for r in sig.job.requirements}
    for m in sig.matches:
        r = reqs.get(m.requirement_id)
        if r is not None and r.kind == "basic" and m.verdict == "not-met" \
                and ELIGIBILITY.search(r.text):
            return [Hit({"requirement": _req(r.text), "reason": _clause(m.reason)}, 1.0,
                        "an eligibility rule fails", (r.id,))]
    for m in sig.matches:  # a fact to confirm that the resume does not show (authorisation)
        r = reqs.get(m.requirement_id)
        if r is not None and r.kind == "basic" and m.verdict == "confirm" and not m.met:
            return [Hit({"requirement": _req(r.text), "reason": _clause(m.reason)}, 0.7,
                        "a fact to confirm before applying", (r.id,))]
    return []


def _years_gap(sig: Signals) -> tuple[Requirement, RequirementMatch, float] | None:
    """The first basic years line the resume falls short of, with the years that line counted."""
    from app.analysis.verdict import _generic_years

    total = sig.experience.years or 0.0
    for r in sig.job.requirements:
        m = next((x for x in sig.matches if x.requirement_id == r.id), None)
        if not (r.kind == "basic" and r.years and m is not None and m.verdict != "met"):
            continue
        # a line about work in general: the years its verdict counted (2.7 years of
        # professional software development), not every relevant year: 4.7 relevant years
        # against "3+ years of software development" is not "-1.7 short", and none counted is
        # none, not the 5 years of other work; a line about narrower work ("5+ years building
        # ML models") is named by the unmet-basic risk, and here only when the resume's
        # full-time years all told fall short of it
        generic = _generic_years(r)
        have = (m.years if m.years is not None else total) if generic else total
        if have + 0.05 < r.years:
            return r, m, have
    return None


def years_short(sig: Signals) -> list[Hit]:
    """Some years of the work a basic line asks for, fewer than it asks; or, for a line about
    narrower work, fewer full-time years all told."""
    from app.analysis.verdict import _generic_years

    gap = _years_gap(sig)
    if gap is None or gap[2] <= 0 and _generic_years(gap[0]) and (sig.experience.years or 0) > 0.05:
        return []  # years of other work: years-none says it
    r, _, have = gap
    short = round((r.years or 0.0) - have, 1)
    kind = "professional software development" if re.search(
        r"(?i)software|development", r.text) else "full-time professional work"
    return [Hit({"years": f"{have:g}", "asked": f"{r.years:g}", "kind": kind,
                 "short": f"{short:g}"}, min(1.0, 0.55 + 0.11 * short),
                f"{short:g} years short", (r.id,))]


def years_none(sig: Signals) -> list[Hit]:
    """None of the years a basic line about work in general asks for ("3+ years of
    professional software development"): the resume's years are of other work. A line about
    narrower work ("3 years developing ML models") is named by the unmet-basic risk."""
    from app.analysis.verdict import _generic_years

    gap = _years_gap(sig)
    if gap is None or gap[2] > 0 or not _generic_years(gap[0]) or (sig.experience.years or 0) <= 0.05:
        return []  # a narrower line, or no full-time years at all: "0 against 3+" says it
    r, m, _ = gap
    return [Hit({"asked": f"{r.years:g}", "requirement": _req(r.text), "reason": _clause(m.reason)},
                1.0, "none of the years asked", (r.id,))]


# a bank's rank before the job ("VP, Data Engineering", "AVP – Risk Analytics"): every
# officer past a few years holds one; it claims no scope of its own
BANK_RANK = re.compile(r"(?i)^\W*(?:a?vp|svp|assistant vice president|vice president|senior vice "
                       r"president|executive director)\s*[,–—-]\s*\w")


def level_calibration(sig: Signals) -> list[Hit]:
    lv, want = sig.level.level, sig.posting.level
    if lv in LADDER and want in LADDER and lv != "below-L4" and \
            LADDER.index(lv) < LADDER.index(want):
        return [Hit({"level": lv, "posting_level": want,
                     "reason": f"your experience reads as {lv}, below the posting's {want}",
                     "line": ""}, 0.8, "level below the posting's")]
    if lv in LADDER and want in LADDER and LADDER.index(lv) > LADDER.index(want):
        return [Hit({"level": lv, "posting_level": want,
                     "reason": f"your experience reads as {lv}, above this {want} opening",
                     "line": (f"Start with {_q(sig.level.scope_line, 60)}, and say why this "
                              "role at this level." if sig.level.scope_line else
                              "Say why this role at this level.")},
                    0.8, "level above the posting's")]
    senior = [w for w in sig.experience.work if w.counted and SENIOR_TITLE.search(w.title)
              and not BANK_RANK.match(w.title)]
    years = sig.experience.years or 0.0
    shown = any(CROSS_TEAM.search(b.text) or TEAM_SIZE.search(b.text)
                or find_phrases(b.text, SCOPE_WORDS) for b in sig.resume.bullets)
    if not senior and years >= 7 and not shown:
        return [Hit({"level": lv or "", "posting_level": want or "",
                     "reason": f"about {years:g} years of work, but no bullet shows design "
                     "leadership, mentoring or scope beyond your own tasks", "line": ""}, 0.6,
                    "many years, scope not shown")]
    # a posting without a level ladder has no scope line of its own: the bullets are read here
    if senior and not sig.level.scope_line and not scope(sig.resume, sig.experience)[0]:
        title = senior[0].title.rstrip(".")
        led = _people_led(sig)
        if led:  # people led or mentored: true, and still short of scope beyond the team
            return [Hit({"level": lv or "", "posting_level": want or "",
                         "reason": f"the title '{title}' shows people you led, not yet work "
                         "that reached beyond your team", "line": f"Start with {_q(led, 60)}."},
                        0.6, "senior title, people led, scope beyond the team not shown")]
        own = not_own_work(sig.resume, sig.experience)
        line = own[0] if own else ""
        return [Hit({"level": lv or "", "posting_level": want or "",
                     "reason": f"the title '{title}' claims more scope than the "
                     "bullets show", "line": f"Start with {_q(line, 60)}." if line else ""}, 0.6,
                    "senior title, scope not shown")]
    return []


def _people_led(sig: Signals) -> str:
    """The bullet of counted work that shows people led or mentored with their number ("Lead
    two junior engineers", "Mentor two data engineers"), '' when none does."""
    counted = {w.role for w in sig.experience.work if w.counted}
    return next((b.text for b in sig.resume.bullets
                 if b.role in counted and TEAM_SIZE.search(b.text)), "")


def timeline(sig: Signals) -> list[Hit]:
    companies = sig.knowledge.companies if sig.knowledge else ()
    found = timeline_conflicts(sig.resume, companies, sig.experience.as_of)
    if not found:
        return []
    role, employer, start, founded = found[0]
    return [Hit({"role": role, "employer": employer, "start": str(start),
                 "founded": str(founded)}, 1.0, "a date the employer's history contradicts")]


def summary_claim(sig: Signals) -> list[Hit]:
    exp = sig.experience
    have = professional_years(exp)  # an analyst's claim is checked against analyst years
    if exp.claim_years is None or have is None or abs(exp.claim_years - have) < 2:
        return []
    return [Hit({"claim": exp.claim_text, "years": f"{have:g}"}, 0.8,
                "the summary and the dates disagree")]


def vague(sig: Signals) -> list[Hit]:
    found = vague_claims(sig.resume)
    if not found:
        return []
    return [Hit({"line": _q(found[0], 70), "count": str(len(found))},
                min(1.0, 0.5 + 0.2 * len(found)), f"{len(found)} claims without a number")]


def hands_on_recency(sig: Signals) -> list[Hit]:
    exp = sig.experience
    current = [w for w in exp.current if w.kind in ("product", "other", "analytics")
               and w.months >= 12]
    eng = [w for w in exp.work if w.counted and w.kind in ("engineering", "science")]
    if current and eng and max(w.end for w in eng) <= current[0].start + 1:
        w = current[0]
        return [Hit({"role": w.title, "since": str(w.start // 12), "months": str(w.months)},
                    min(1.0, 0.6 + w.months / 120), f"{w.months // 12} years away from hands-on work")]
    managing = [w for w in exp.current if w.counted and (w.managing and not w.hands_on or (
        LEADERSHIP_TITLE.search(w.title) and w.months >= 24))]
    if managing:
        w = managing[0]
        return [Hit({"role": w.title, "since": str(w.start // 12), "months": str(w.months)},
                    0.9 if not w.hands_on else 0.6,
                    "a current leadership role" + ("" if w.hands_on else " with no hands-on bullets"))]
    return []


def neighbour_family(sig: Signals) -> list[Hit]:
    """Recent work in a neighbouring family: infrastructure or SRE for a software role."""
    from app.analysis.verdict import INFRA_TITLE

    if sig.posting.family != "sde":
        return []
    recent = sorted((w for w in sig.experience.work if w.counted), key=lambda w: -w.end)[:1]
    if not recent or not INFRA_TITLE.search(recent[0].title):
        return []
    return [Hit({"role": recent[0].title, "family": "building application software"}, 0.85,
                "recent work is infrastructure")]


def freelance_now(sig: Signals) -> list[Hit]:
    """Current work that is freelance: what was built, for whom, at what scale."""
    current = [w for w in sig.experience.current if w.counted and w.freelance]
    if not current:
        return []
    w = current[0]
    return [Hit({"role": w.title, "since": str(w.start // 12)}, min(1.0, 0.5 + w.months / 60),
                f"freelance for {w.months // 12} years", ())]


def relocation(sig: Signals) -> list[Hit]:
    """The role is in a country the resume neither lives in nor states the right to work in."""
    from app.analysis.location import move

    found = move(sig.resume, sig.job, sig.knowledge.countries) if sig.knowledge else None
    if found is None:
        return []
    country = found.where.country.name
    if found.status.relocate:
        said = "Your resume says you are open to relocating"
        tail = f", but not whether you hold the right to work in {country}."
        exposure = 0.8
    else:
        said = "Your resume does not say whether you would move"
        tail = f", or whether you hold the right to work in {country}."
        exposure = 0.9
    if found.strict:
        tail, exposure = _asked_already(country), 1.0
    said += tail
    return [Hit({"place": found.where.words, "country": country, "home": found.home.words,
                 "status": said}, exposure,
                "the posting asks for the right to work already" if found.strict else
                "another country, no right to work there stated")]


def _asked_already(country: str) -> str:
    return f", and the posting asks for the right to work in {country} already."


def work_visa(sig: Signals) -> list[Hit]:
    """The role is where the resume lives, on a visa the resume names."""
    from app.analysis.location import visa

    found = visa(sig.resume, sig.job, sig.knowledge.countries) if sig.knowledge else None
    if found is None:
        return []
    country = found.where.country.name
    said = ("It also says you will need sponsorship" if found.sponsorship else
            "It does not say whether you will need sponsorship")
    said += _asked_already(country) if found.strict else "."
    return [Hit({"visa": found.visa, "place": found.where.words, "country": country,
                 "status": said}, 1.0 if found.strict else 0.9,
                "a visa named, sponsorship not ruled out")]


def _ended_year(sig: Signals, last: Work) -> str:
    """The year a role ended, as its own dates print it ('Jan 2021 – Dec 2023': 2023; its
    span ends with January 2024, the month after the last one worked)."""
    roles = sig.resume.roles
    printed = roles[last.role].dates if 0 <= last.role < len(roles) else ""
    years = re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", printed or "")
    return years[-1] if years else f"{last.end // 12}"


def career_gap(sig: Signals) -> list[Hit]:
    exp = sig.experience
    eng = [w for w in exp.work if w.counted]
    if not eng or exp.current and any(w.counted for w in exp.current):
        return []
    last = max(eng, key=lambda w: w.end)
    months = exp.as_of - last.end
    if months < 12:
        return []
    return [Hit({"last_role": f"{last.title}, {last.organization}".strip(", "),
                 "ended": _ended_year(sig, last), "months": str(months)},
                min(1.0, 0.5 + months / 60), f"{months} months since the last role")]


ML_PAPERS = re.compile(r"\b(NeurIPS|ICML|ICLR|ACL|EMNLP|NAACL|CVPR|ICCV|ECCV|KDD|SIGIR|AAAI|"
                       r"IJCAI|JMLR|AISTATS|UAI)\b")


def ml_depth(sig: Signals) -> list[Hit]:
    if not (sig.posting.ml or sig.posting.family in ("mle", "science")):
        return []
    counted = {w.role for w in sig.experience.work if w.counted}
    # every line of a role whose title is machine-learning work is that work
    titled = {w.role for w in sig.experience.work if w.counted and ml_titled(w)}
    work = [b for b in sig.resume.bullets if b.role in counted and (
        b.role in titled or find_phrases(b.text, ML_WORDS))]
    if len(work) >= 2:
        return []
    other = [b for b in sig.resume.bullets if find_phrases(b.text, ML_WORDS)]
    if len(other) >= 2 or (other and ML_PAPERS.search(sig.resume.text or "")):
        return []  # ML research or internships show depth; the years risk says the rest
    line = (work or other)
    return [Hit({"count": "Only one bullet" if work else "No bullet",
                 "line": _q(line[0].text, 60) if line else "none yet"},
                0.9 if not work else 0.7, "no ML in full-time work" if not work else
                "one ML bullet", tuple(b.id for b in line[:2]))]


def _asks_for_models(sig: Signals) -> bool:
    return asks_for_models(sig.job, sig.posting.family, sig.posting.ml, sig.posting.new_grad)


def no_production(sig: Signals) -> list[Hit]:
    """An ML posting, and no bullet takes a model to production."""
    if not _asks_for_models(sig) or sig.production_hits:
        return []
    return [Hit({"line": "none yet"}, 0.85, "no production signal")]


def thin_production(sig: Signals) -> list[Hit]:
    """An ML posting, and one kind of production work shown (a model deployed, say) with none
    of the rest (monitoring, retraining, experiments): the after-launch half of the story."""
    if not _asks_for_models(sig) or not sig.production_hits or sig.production_groups >= 2:
        return []
    texts = {b.id: b.text for b in sig.resume.bullets}
    line = next((texts[b] for b in sig.production_hits if b in texts), "")
    return [Hit({"line": _q(line, 60)}, 0.55, "one production signal", sig.production_hits[:2])]


def posting_emphasis(sig: Signals, pack: RolePack) -> list[Hit]:
    """The topic the posting stresses most that the resume never shows."""
    # the posting's own work, not its boilerplate ("gender identity" in an equal-opportunity
    # paragraph is no identity system)
    jd = " \n ".join([sig.job.title or ""] + [r.text for r in sig.job.requirements]) \
        if sig.job.requirements else (sig.job.text or "")
    resume = sig.resume.text or " ".join(b.text for b in sig.resume.bullets)
    best: tuple[int, str, str] | None = None
    for t in pack.topics:  # what a posting centres on is a domain or a design, not a fundamental
        if (t.ml_only and not sig.posting.ml) or t.kind != "system-design":
            continue
        hits = [k for k in t.keywords if count_phrase(jd, k)]
        # the posting must name the topic itself (its first keyword), not only its neighbours
        n = sum(count_phrase(jd, k) for k in hits)
        if len(hits) < 2 or n < EMPHASIS_MENTIONS or t.keywords[0] not in hits or \
                any(count_phrase(resume, k) for k in t.keywords):
            continue
        if best is None or n > best[0]:
            best = (n, t.name, hits[0])
    if best is None:
        return []
    n, name, _ = best
    return [Hit({"topic": name, "count": str(n), "closest": "nothing on the resume"},
                min(1.0, 0.6 + 0.08 * n), f"the posting names it {n} times")]


def core_skill_listed(sig: Signals) -> list[Hit]:
    from app.analysis.verdict import GENERIC_TITLE

    title_words = set(re.findall(r"[a-z+#]+", (sig.job.title or "").lower())) - GENERIC_TITLE
    reqs = {r.id: r for r in sig.job.requirements}
    for m in sig.matches:
        r = reqs.get(m.requirement_id)
        if r is None or r.kind != "basic" or not r.years or m.verdict == "met":
            continue
        for skill in m.skills:
            listed = [ln for ln in (sig.resume.skills or ()) if skill.lower() in ln.lower()]
            if listed or skill.lower() in title_words:
                return [Hit({"skill": skill, "line": _q(m.evidence or skill, 60)}, 0.8,
                            f"{skill} only in the skills list", (r.id,))]
    return []


def personal_contribution(sig: Signals) -> list[Hit]:
    counted = {w.role for w in sig.experience.work if w.counted}
    work = [b for b in sig.resume.bullets if b.role in counted]
    own = not_own_work(sig.resume, sig.experience)
    if not work or len(own) < max(1, 0.3 * len(work)):
        return []
    share = len(own) / len(work)
    return [Hit({"line": _q(own[0], 70), "count": str(len(own))}, min(1.0, 0.45 + share),
                f"{len(own)} of {len(work)} bullets describe the product or the team")]


def no_metrics(sig: Signals) -> list[Hit]:
    if len(sig.metric_bullets) >= 2 or not sig.resume.bullets:
        return []
    texts = {b.id: b.text for b in sig.resume.bullets}
    line = next((texts[b] for b in sig.metric_bullets if b in texts), "")
    n = len(sig.metric_bullets)
    return [Hit({"count": str(n), "bullets": "Only one bullet quotes" if n else
                 "No bullet quotes", "line": _q(line, 60) if line else ""},
                1.0 if not sig.metric_bullets else 0.7, "few numbers", sig.metric_bullets)]


def no_scale(sig: Signals) -> list[Hit]:
    companies = [c for c in (sig.knowledge.companies if sig.knowledge else ()) if c.large_scale]
    kind, ids, shown = scale_evidence(sig.resume, companies)
    if kind == "quantified" or not sig.resume.bullets:
        return []
    texts = {b.id: b.text for b in sig.resume.bullets}
    exposure = {"qualitative": 0.35, "employer": 0.5}.get(kind, 1.0)
    said = {"qualitative": f"it says '{shown}' but gives no size",
            "employer": f"working at {shown} implies scale, but no bullet gives a size"}.get(
        kind, "no bullet mentions users, traffic or data volume")
    return [Hit({"line": _q(texts[ids[0]], 60) if ids and ids[0] in texts else "",
                 "shown": said}, exposure, kind or "no scale signal", ids[:2])]


def no_failure_story(sig: Signals) -> list[Hit]:
    if not sig.resume.bullets or any(find_phrases(b.text, FAILURE_WORDS)
                                     for b in sig.resume.bullets):
        return []
    # a model that degraded is the failure an ML loop asks about; a software loop asks for one
    # of the person's own mistakes
    qs = [q for q in (sig.knowledge.questions if sig.knowledge else ()) if "failure" in q.tags
          and ("ml" not in q.tags or _asks_for_models(sig))]
    q = sorted(qs, key=lambda q: (-q.frequency, q.id))[0].text if qs else \
        "Tell me about a time you failed."
    return [Hit({"question": q, "line": ""}, 1.0, "no bullet shows one")]


DEGREE_OR_PAPERS = re.compile(r"(?i)\b(degree|ph\.?\s?d|master'?s?|bachelor'?s?|m\.?sc|"
                              r"publications?|patents?|papers?)\b")


def unmet_preferred(sig: Signals, pack: RolePack) -> list[Hit]:
    """The unmet preferred line the posting stresses most: named again elsewhere in the
    posting, or one of the role's system-design topics. A degree or papers line weighs little."""
    reqs = {r.id: r for r in sig.job.requirements}
    jd = posting_body(sig.job)
    topics = [t for t in pack.topics if t.kind == "system-design"]
    rows = []
    for m in sig.matches:
        r = reqs.get(m.requirement_id)
        if r is None or r.kind != "preferred" or m.verdict in ("met", "confirm"):
            continue
        names = list(m.missing_skills) or list(r.skills)
        extra = max((count_phrase(jd, s) - count_phrase(r.text, s) for s in names), default=0)
        topic = next((t.name for t in topics if find_phrases(r.text, t.keywords)), "")
        paper = bool(DEGREE_OR_PAPERS.search(r.text)) and not m.missing_skills
        bonus = (0.15 * min(2, max(0, extra)) + (0.15 if topic else 0.0)) * (0 if paper else 1)
        rows.append((-bonus, r.id, r, m, bonus))
    if not rows:
        return []
    rows.sort(key=lambda t: (t[0], t[1]))
    _, _, r, m, bonus = rows[0]
    return [Hit({"requirement": _req(r.text), "missing": ", ".join(m.missing_skills[:3])
                 or "it", "line": _q(m.evidence, 60) if m.evidence else ""},
                1.0 if m.verdict == "not-met" else 0.7, "not shown" if m.verdict == "not-met"
                else "partly shown", (r.id,), extra={"bonus": bonus})]


def principle_gap(sig: Signals) -> list[Hit]:
    out = []
    kn = sig.knowledge
    hits = principle_hits(sig.job, kn) if kn else {}
    for rating in sorted(sig.ratings.values(), key=lambda r: r.id):
        if rating.strength == "strong" or kn is None:
            continue
        p = kn.principle(rating.id)
        qs = sorted((q for q in kn.questions if q.principles and q.principles[0] == rating.id),
                    key=lambda q: (-q.frequency, q.id))
        line = _nearest(sig, rating)
        stress = 1.0 + 0.4 * min(1.0, hits.get(rating.id, 0) / 6)
        state = "No evidence yet" if rating.strength == "none" else "Thin evidence"
        out.append(Hit({"principle": p.name, "state": state,
                        "question": qs[0].text if qs else "",
                        "line": _q(line, 60) if line else "",
                        "looks_for": p.looks_for.split(";")[0].split(". ")[0].rstrip(".").lower()},
                       1.0 if rating.strength == "none" else 0.6, rating.strength,
                       rating.evidence[:2], (rating.id,), rating.id,
                       {"ask": round(PRINCIPLE_SCALE * min(PRINCIPLE_MAX,
                                                          p.ask_weight * stress), 3)}))
    return out


def _nearest(sig: Signals, rating: PrincipleRating) -> str:
    texts = {b.id: b.text for b in sig.resume.bullets}
    if rating.evidence and rating.evidence[0] in texts:
        return texts[rating.evidence[0]]
    best: tuple[float, str] | None = None
    for ev in sig.evidence:
        score = ev.scores.get(rating.id, 0.0)
        text = texts.get(ev.bullet_id, "")
        if score > 0 and len(text.split()) >= MIN_BRIDGE_WORDS and (best is None or score > best[0]):
            best = (score, text)
    return best[1] if best else ""


CONDITIONS: dict[str, Callable[..., list[Hit]]] = {
    "no-bullets": no_bullets, "basic-unmet": basic_unmet, "basic-partly": basic_partly,
    "eligibility": eligibility,
    "citizenship": citizenship, "years-short": years_short, "years-none": years_none,
    "level-calibration": level_calibration, "timeline": timeline,
    "summary-claim": summary_claim, "vague-claims": vague,
    "hands-on-recency": hands_on_recency, "neighbour-family": neighbour_family,
    "career-gap": career_gap, "freelance-now": freelance_now, "ml-depth": ml_depth,
    "relocation": relocation, "work-visa": work_visa,
    "no-production": no_production, "thin-production": thin_production,
    "posting-emphasis": posting_emphasis,
    "core-skill-listed": core_skill_listed, "personal-contribution": personal_contribution,
    "no-metrics": no_metrics, "no-scale": no_scale, "no-failure-story": no_failure_story,
    "unmet-preferred": unmet_preferred, "principle-gap": principle_gap,
}
NEEDS_PACK = frozenset({"posting-emphasis", "unmet-preferred"})
assert set(CONDITIONS) == set(RISK_CONDITIONS), "every risk condition needs its function"


# --------------------------------------------------------------------------- the loop


def _applies(rule: RiskRule, pack: RolePack) -> int:
    """How specifically a rule fits the pack: 2 names it, 1 its family, 0 any, -1 not at all."""
    if rule.packs:
        return 2 if pack.id in rule.packs else -1
    if rule.families:
        return 1 if pack.family in rule.families else -1
    return 0


def _fill(template: str, fields: dict[str, str]) -> str:
    out = re.sub(r"\{(\w+)\}", lambda m: fields.get(m.group(1), ""), template)
    out = re.sub(r"\s+([,.;:])", r"\1", re.sub(r"[ \t]{2,}", " ", out)).strip()
    return out


def candidates(sig: Signals, knowledge: Knowledge, pack: RolePack) -> list[Risk]:
    """Every risk whose condition holds, worded by the most specific rule for the pack."""
    chosen: dict[str, RiskRule] = {}
    for rule in knowledge.risk_rules:
        fit = _applies(rule, pack)
        if fit < 0:
            continue
        have = chosen.get(rule.when)
        if have is None or fit > _applies(have, pack):
            chosen[rule.when] = rule
    common = {"posting": sig.job.title or "this role",
              "company": sig.posting.company_name or "the company"}
    out: list[Risk] = []
    for when, rule in sorted(chosen.items()):
        fn = CONDITIONS[when]
        hits = fn(sig, pack) if when in NEEDS_PACK else fn(sig)
        for hit in hits:
            fields = {**common, **hit.fields}
            probe = hit.extra.get("ask", rule.probe) + hit.extra.get("bonus", 0.0)
            severity = round(min(1.0, probe) * min(1.0, hit.exposure), 3)
            rid = f"thin-{hit.key}" if when == "principle-gap" else rule.id
            detail = (f"probe {min(1.0, probe):.2f} x exposure {min(1.0, hit.exposure):.2f} "
                      f"({hit.exposure_why}) = {severity:.2f}")
            out.append(Risk(rid, _fill(rule.title, fields), _fill(rule.why, fields),
                            _fill(rule.prepare, fields), hit.evidence,
                            hit.principles or rule.principles, severity,
                            _fill(rule.line, fields), detail))
    return out


def _distinct(ranked: Sequence[Risk], limit: int) -> list[Risk]:
    """The first `limit` risks, one per condition and per main principle."""
    out: list[Risk] = []
    seen: set[str] = set()
    covered: set[str] = set()  # requirement and bullet ids an earlier risk already names
    for risk in ranked:
        keys = {risk.id.split("-")[0] if risk.id.startswith("thin-") else risk.id}
        if risk.principle_ids:
            keys.add("p:" + risk.principle_ids[0])
        if keys & seen or (risk.evidence and set(risk.evidence) <= covered
                           and not risk.id.startswith("thin-")):
            continue
        out.append(risk)
        seen |= keys
        covered |= set(risk.evidence)
        if len(out) >= limit:
            break
    return out


def all_risks(sig: Signals, knowledge: Knowledge, pack: RolePack) -> tuple[Risk, ...]:
    """Every applicable risk, most severe first (ties by id)."""
    return tuple(sorted(candidates(sig, knowledge, pack), key=lambda x: (-x.severity, x.id)))


def top_risks(sig: Signals, knowledge: Knowledge, pack: RolePack) -> tuple[Risk, ...]:
    """The three a bar raiser would probe first."""
    ranked = all_risks(sig, knowledge, pack)
    out = _distinct(ranked, TOP)
    if len(out) < TOP:
        out += [r for r in ranked if r not in out][:TOP - len(out)]
    return tuple(out)
