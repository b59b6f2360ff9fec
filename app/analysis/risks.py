"""The top 3 risks: a catalogue of known weak spots, ranked the way a bar raiser would.

Every candidate risk gets

    severity = probe x exposure

- probe (0..1): how likely the interviewers probe it for THIS posting. For a principle:
  its ask weight (how often candidates report it) x (1 + the role's emphasis) x the posting's
  stress (1 + up to 0.4 when the posting uses its words), x2 for Hire and Develop on a
  senior posting, capped at 0.8 so a principle gap alone never outranks a missing core of the
  role (ML depth, production, a basic qualification); for a qualification or a theme
  (production, scale, failures, metrics) a fixed base, raised when the posting names it more
  than once or it is one of the role's system-design topics.
- exposure (0..1): how exposed the resume is: 1.0 with no evidence at all, 0.6 when the
  principle is thin, less when the resume shows the theme without numbers.

So a rarely asked principle with no evidence (Earn Trust: 0.33 x 1.0) ranks below a thin
Ownership (0.8 x 0.6) or a thin Dive Deep, and below an unmet preferred qualification that
is one of the role's topics (0.45); an unmet basic qualification (0.6 or more) is above all.
Each risk's "why" ends with that product in words. Ties break by id; no two of the three
share a main principle. When fewer than three real gaps exist, mild watch-points fill in."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.analysis.fit import Experience
from app.analysis.posting import principle_hits
from app.analysis.text import clip, count_phrase, find_phrases
from app.models.knowledge import Knowledge, RolePack
from app.models.report import BulletEvidence, PrincipleRating, RequirementMatch, Risk
from app.models.resume import JobDescription, Resume

TOP = 3
CUSTOMER_WORDS = ("customer*", "user", "users", "client*", "end-user*", "shopper*", "seller*",
                  "buyer*", "patient*", "stakeholder*", "user-facing", "customer-facing")
MENTOR_WORDS = ("mentor*", "coached", "coaching", "trained", "onboard*", "taught", "teaching",
                "hired", "interviewed", "supervis*", "managed a team", "led a team",
                "team of", "grew the team", "tutor*")
SCALE_WORDS = ("scale", "scalable", "scaling", "large-scale", "distributed", "million*",
               "billion*", "throughput", "latency", "qps", "high-traffic", "petabyte*",
               "terabyte*", "real-time", "low-latency", "concurrent", "cluster*", "large data*",
               "big data", "high-volume", "at scale", "data-parallel", "parallel processing",
               "streaming", "hadoop", "mapreduce", "spark", "kafka", "kinesis", "cassandra",
               "bigtable", "bigquery", "hbase", "flink", "emr", "tpu", "tpus", "multi-gpu",
               "multi-node", "shard*", "horizontally", "load balanc*", "high availability",
               "fault-toleran*", "high-throughput", "web-scale", "worldwide", "company-wide",
               "bulk data", "large datasets")
# a count this large of people, requests or records is scale ("4 million daily users",
# "100,000 students", "80 million customer records", "2 TB a day", "10k QPS")
SCALE_UNITS = (r"users?|customers?|students?|learners?|members?|subscribers?|visitors?|"
               r"people|sellers?|buyers?|drivers?|devices?|sessions?|requests?|queries|"
               r"searches|transactions?|orders?|events?|messages?|records?|rows?|documents?|"
               r"images?|videos?|items?|products?|listings?|predictions?|calls?|pages?|"
               r"accounts?|merchants?|clicks?|impressions?|jobs?|files?|downloads?|installs?")
_MULT = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "million": 1e6,
         "b": 1e9, "bn": 1e9, "billion": 1e9, "trillion": 1e12}
_COUNT = re.compile(
    r"(?i)(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k|m|mm|mn|b|bn|thousand|million|"
    r"billion|trillion)?\+?\s+(?:[a-z-]+\s+){0,2}?(?:" + SCALE_UNITS + r")\b")
_RATE = re.compile(r"(?i)\b\d[\d,.]*\s*(k|m)?\+?\s*(qps|rps|tps|req/s|requests per second|"
                   r"queries per second|events per second|messages per second)\b")
_DATA = re.compile(r"(?i)\b(\d[\d,.]*)\s*(tb|pb|eb|terabytes?|petabytes?|exabytes?|gb|gigabytes?)\b")
_MANY = ("millions", "billions", "hundreds of millions", "tens of millions", "hundreds of "
         "thousands", "trillions", "terabytes", "petabytes", "exabytes")
SCALE_COUNT = 10_000  # the smallest count of users, requests or records read as scale
# employers whose ordinary systems run at very large scale: scale is implied, not shown
LARGE_SCALE_EMPLOYERS = ("google", "alphabet", "amazon", "aws", "meta", "facebook",
                         "microsoft", "apple", "netflix", "uber", "linkedin", "twitter",
                         "airbnb", "alibaba", "tencent", "bytedance", "tiktok", "baidu",
                         "nvidia", "oracle", "salesforce", "ibm", "spotify", "pinterest",
                         "snap", "stripe", "paypal", "ebay", "walmart", "yahoo", "instagram",
                         "youtube", "whatsapp", "lyft", "doordash", "shopify", "adobe")
FAILURE_WORDS = ("incident*", "outage*", "root cause*", "root-caus*", "postmortem*",
                 "post-mortem*", "debug*", "bug", "bugs", "bugfix*", "hotfix*", "traced",
                 "diagnos*", "regression*", "degrad*", "failure*", "failed", "mistake*",
                 "rollback*", "rolled back", "on-call", "on call", "troubleshoot*", "broke",
                 "broken", "firefight*", "postmortem", "leak", "leakage", "fixed")
DISAGREE_WORDS = ("disagree*", "pushed back", "push back", "challenged", "convinced",
                  "persuaded", "advocated", "proposed", "debate*", "negotiat*", "trade-off*",
                  "tradeoff*")
ML_WORDS = ("machine learning", "ml", "deep learning", "neural", "model", "models", "training",
            "inference", "nlp", "computer vision", "recommend*", "ranking", "classifier",
            "regression", "pytorch", "tensorflow", "scikit-learn", "xgboost", "llm*",
            "transformer*", "embedding*", "feature engineering")


MIN_BRIDGE_WORDS = 6  # a shorter line ("Everything that matters.") is no story to bridge to
MODEL_WORDS = ("machine learning", "ml", "deep learning", "neural", "model", "models",
               "inference", "classifier*", "llm*", "nlp", "recommender*", "transformer*")


@dataclass(frozen=True)
class Signals:
    """What the risk catalogue needs to know about the pair."""

    resume: Resume
    job: JobDescription
    ratings: dict[str, PrincipleRating]
    matches: Sequence[RequirementMatch]
    experience: Experience
    production_hits: tuple[str, ...]  # bullet ids with production signals
    production_groups: int  # of deployment, monitoring, retraining, experiments: how many shown
    metric_bullets: tuple[str, ...]
    ml_role: bool
    skills_score: int
    evidence: tuple[BulletEvidence, ...] = ()  # per-bullet principle scores, to name a bridge


def _bullets_with(resume: Resume, phrases: Sequence[str]) -> tuple[str, ...]:
    return tuple(b.id for b in resume.bullets if find_phrases(b.text, phrases))


def _name(knowledge: Knowledge, pid: str) -> str:
    try:
        return knowledge.principle(pid).name
    except KeyError:
        return pid


def _q(text: str, limit: int = 70) -> str:
    """A bullet quoted short, in single quotes."""
    return f"'{clip(text, limit)}'"


def _end(text: str) -> str:
    """The text with a full stop unless it already ends a sentence (or a quoted one)."""
    text = text.rstrip()
    return text if re.search(r"[.?!][\"')]*$", text) else text + "."


def _a(word: str) -> str:
    return ("an " if word[:1].lower() in "aeiou" else "a ") + word


def _texts(sig: Signals) -> dict[str, str]:
    return {b.id: b.text for b in sig.resume.bullets}


def nearest_bullet(sig: Signals, pids: Sequence[str], exclude: Sequence[str] = ()) -> str:
    """The id of the bullet that comes closest to evidencing any of the principles (highest
    classifier score), '' when no bullet scores above zero."""
    best: tuple[float, int, str] | None = None
    texts = _texts(sig)
    for i, ev in enumerate(sig.evidence):
        if ev.bullet_id in exclude or len(texts.get(ev.bullet_id, "").split()) < MIN_BRIDGE_WORDS:
            continue
        score = max((ev.scores.get(p, 0.0) for p in pids), default=0.0)
        if score > 0 and (best is None or (-score, i) < (-best[0], best[1])):
            best = (score, i, ev.bullet_id)
    return best[2] if best else ""


def likely_question(knowledge: Knowledge, pid: str) -> str:
    """The most reported question whose first principle is `pid` ('' if none)."""
    qs = [q for q in knowledge.questions if q.principles and q.principles[0] == pid]
    if not qs:
        return ""
    return sorted(qs, key=lambda q: (-q.frequency, q.id))[0].text


def _looks_for(knowledge: Knowledge, pid: str) -> str:
    try:
        text = knowledge.principle(pid).looks_for
    except KeyError:
        return ""
    first = text.split(";")[0].split(". ")[0].strip().rstrip(".")
    return first[:1].lower() + first[1:]


def principle_risk(sig: Signals, knowledge: Knowledge, pid: str, rid: str,
                   severity: float, most_asked: bool = False) -> Risk:
    """A risk for one principle rated thin or none: a natural title, the nearest bullet that
    could bridge, the question to expect and what to prepare."""
    rating = sig.ratings[pid]
    name = _name(knowledge, pid)
    texts = _texts(sig)
    ask = likely_question(knowledge, pid)
    look = _looks_for(knowledge, pid)
    if rating.strength == "none":
        title = f"No evidence yet for {name}"
        bridge = nearest_bullet(sig, (pid,))
        why = f"No bullet reads as {name}"
        if bridge:
            why += f"; the nearest is {_q(texts[bridge])}"
        bullets: tuple[str, ...] = (bridge,) if bridge else ()
    else:
        title = f"Thin evidence for {name}"
        bullets = rating.evidence[:2]
        why = (f"Only {len(rating.evidence)} bullet{'s' if len(rating.evidence) != 1 else ''} "
               f"{'read' if len(rating.evidence) != 1 else 'reads'} as {name}, none strongly"
               + (f": {_q(texts[rating.evidence[0]])}" if rating.evidence and
                  rating.evidence[0] in texts else ""))
        bridge = rating.evidence[0] if rating.evidence else ""
    why = _end(why)
    if most_asked:
        why += f" {name} is one of the most-asked principles for this role."
    if ask:
        why += f" Expect: \"{ask}\""
    if bridge and bridge in texts:
        prepare = (f"Build {_a(name)} story from {_q(texts[bridge], 60)}: add the situation, "
                   f"your own decisions and the result in numbers")
    else:
        prepare = f"Prepare one real {name} story from outside your resume bullets"
    if look:
        prepare += f"; make it show {look}"
    prepare += "."
    line = (f"A good example of {name} from my work is {_q(texts[bridge], 50)}; let me walk "
            "you through what I decided and why." if bridge and bridge in texts else
            f"My clearest example of {name} is one my resume doesn't mention yet; here it is.")
    return Risk(rid, title, why, prepare, bullets, (pid,), round(severity, 3), line)


def _senior_posting(job: JobDescription) -> bool:
    """True for an L5+/senior posting, or one that asks for mentoring."""
    level = str((job.level_hints or {}).get("level") or "")
    return (level in ("L5", "L6", "L7") or bool(re.search(
        r"(?i)\b(senior|sr\.?|lead|principal|staff|II|III)\b", job.title or ""))
        or bool(find_phrases(job.text or "", ("mentor*", "coach*"))))


def _number(raw: str) -> float:
    try:
        return float(raw.replace(",", ""))
    except ValueError:
        return 0.0


def scale_evidence(resume: Resume) -> tuple[str, tuple[str, ...], str]:
    """How the resume shows scale: ('quantified', bullets, phrase) for a count of users,
    requests or records of SCALE_COUNT or more, a data size in TB/PB (or 100+ GB), a rate
    (QPS) or "millions of ..."; ('qualitative', bullets, phrase) for scale words without a
    number (distributed, Spark, large-scale); ('employer', (), company) when only a role at a
    company known for very large systems implies it; ('', (), '') for none."""
    quant: list[tuple[str, str]] = []
    for b in resume.bullets:
        text = " ".join(b.text.split())
        found = ""
        for m in _COUNT.finditer(text):
            if _number(m.group(1)) * _MULT.get((m.group(2) or "").lower(), 1.0) >= SCALE_COUNT:
                found = m.group(0)
                break
        if not found:
            rate = _RATE.search(text)
            found = rate.group(0) if rate else ""
        if not found:
            for m in _DATA.finditer(text):
                unit = m.group(2).lower()
                if not unit.startswith("g") or _number(m.group(1)) >= 100:
                    found = m.group(0)
                    break
        if not found:
            many = find_phrases(text, _MANY)
            found = many[0] if many else ""
        if found:
            quant.append((b.id, found))
    if quant:
        return "quantified", tuple(dict.fromkeys(b for b, _ in quant)), quant[0][1]
    words = [(b.id, find_phrases(b.text, SCALE_WORDS)) for b in resume.bullets]
    words = [(bid, hits) for bid, hits in words if hits]
    if words:
        return "qualitative", tuple(bid for bid, _ in words), words[0][1][0]
    for role in resume.roles:
        org = find_phrases(role.organization or "", LARGE_SCALE_EMPLOYERS)
        if org:
            return "employer", (), role.organization.strip()
    return "", (), ""


@dataclass(frozen=True)
class Priority:
    """One risk's rank: severity = probe x exposure, with both in words."""

    probe: float
    probe_why: str
    exposure: float
    exposure_why: str

    @property
    def severity(self) -> float:
        return round(min(1.0, self.probe) * min(1.0, self.exposure), 3)

    def sentence(self) -> str:
        """The ranking in one plain sentence, appended to the risk's why."""
        return (f"Ranked by how likely this posting probes it ({self.probe_why}: "
                f"{min(1.0, self.probe):.2f}) x how exposed your resume is "
                f"({self.exposure_why}: {min(1.0, self.exposure):.2f}) = {self.severity:.2f}.")


def _ranked(risk: Risk, pri: Priority) -> Risk:
    """The risk with its severity and the ranking sentence."""
    return Risk(risk.id, risk.title, _end(risk.why) + " " + pri.sentence(), risk.prepare,
                risk.evidence, risk.principle_ids, pri.severity, risk.line_to_say)


JD_STRESS = 0.4  # the most a posting's wording raises a principle's probe
JD_STRESS_HITS = 6  # principle words in the posting for the full raise
SENIOR_MENTORING = 2.0  # Hire and Develop is expected of L5+ hires
EXPOSURE = {"none": 1.0, "thin": 0.6}
# a principle gap alone never outranks a missing core of the role (ML depth, production,
# basic qualifications), however stressed: those decide the loop
PRINCIPLE_MAX = 0.8


def principle_probe(sig: Signals, knowledge: Knowledge, pack: RolePack, pid: str,
                    hits: dict[str, int]) -> tuple[float, str]:
    """How likely the loop probes a principle for this posting, and why in words."""
    try:
        ask = knowledge.principle(pid).ask_weight
    except KeyError:
        ask = 0.3
    emph = float(pack.emphasis.get(pid, 0.0))
    n = hits.get(pid, 0)
    jd = 1.0 + JD_STRESS * min(1.0, n / JD_STRESS_HITS)
    senior = SENIOR_MENTORING if (pid == "hire-and-develop-the-best"
                                  and _senior_posting(sig.job)) else 1.0
    parts = [f"asked {'often' if ask >= 0.5 else 'sometimes' if ask >= 0.35 else 'rarely'} "
             f"({ask:.2f})"]
    if emph:
        parts.append(f"the role weighs it x{1 + emph:.2f}")
    if n:
        parts.append(f"the posting uses its words {n} time{'s' if n != 1 else ''} x{jd:.2f}")
    if senior > 1.0:
        parts.append(f"a senior posting x{senior:g}")
    return min(PRINCIPLE_MAX, ask * (1.0 + emph) * jd * senior), ", ".join(parts)


def _principle_exposure(rating: PrincipleRating) -> tuple[float, str]:
    if rating.strength == "none":
        return EXPOSURE["none"], "no bullet shows it"
    n = len(rating.evidence)
    return EXPOSURE["thin"], f"thin: {n} bullet{'s' if n != 1 else ''}, none strongly"


def _jd_count(jd: str, phrases: Sequence[str]) -> int:
    return sum(min(3, count_phrase(jd, p)) for p in phrases)


def _topic_for(text: str, pack: RolePack) -> str:
    """The name of the role's technical topic a requirement is about ('' if none)."""
    best = max(((len(find_phrases(text, t.keywords)), t.weight, t.id, t.name)
                for t in pack.topics if t.kind == "system-design"), default=None)
    return best[3] if best and best[0] else ""


PREFERRED_MAX = 0.6  # an unmet preferred line never outranks an unmet basic one
DEGREE_OR_PAPERS = re.compile(r"(?i)\b(degree|ph\.?\s?d|master'?s?|bachelor'?s?|m\.?sc|"
                              r"publications?|patents?|papers?)\b")


def unmet_preferred(sig: Signals, pack: RolePack) -> Risk | None:
    """The unmet preferred qualification the posting stresses most (named again elsewhere in
    the posting, or a system-design topic of the role), None when all are met. A degree or
    publications line is rarely probed in the loop, so it weighs little."""
    reqs = {q.id: q for q in sig.job.requirements}
    jd = sig.job.text or " ".join(q.text for q in sig.job.requirements)
    basics = " \n ".join([sig.job.title or ""] + [q.text for q in sig.job.requirements
                                                  if q.kind == "basic"])
    rows = []
    for m in sig.matches:
        req = reqs.get(m.requirement_id)
        if m.met or req is None or req.kind != "preferred":
            continue
        # how often the posting names it beyond this line (a skill a basic qualification or
        # the title also names, like "machine learning", says nothing about this line)
        names = [s for s in (list(m.missing_skills) or list(req.skills))
                 if not find_phrases(basics, (s,))]
        extra = max((count_phrase(jd, s) - count_phrase(req.text, s) for s in names), default=0)
        topic = _topic_for(req.text, pack)
        paper = bool(DEGREE_OR_PAPERS.search(req.text)) and not m.missing_skills
        probe = min(PREFERRED_MAX, (0.15 if paper else 0.3) + 0.15 * min(2, max(0, extra))
                    + (0.15 if topic else 0.0))
        rows.append((-probe, req.id, req, m, extra, topic, probe))
    if not rows:
        return None
    rows.sort(key=lambda r: (r[0], r[1]))
    _, _, req, m, extra, topic, probe = rows[0]
    texts = _texts(sig)
    missing = list(m.missing_skills)
    near = next((b for b in m.bullet_ids if b in texts), "")
    why = f"The posting prefers '{clip(req.text, 90)}' and no bullet or skill shows it"
    if missing:
        why += f" (missing: {', '.join(missing[:3])})"
    if topic:
        why += f"; it is part of the '{topic}' system-design topic this role asks about"
    if extra > 0:
        why += f"; the posting names it {extra + 1} times"
    others = [r[2] for r in rows[1:3]]
    if others:
        why += ". Also preferred and not shown: " + "; ".join(
            f"'{clip(o.text, 50)}'" for o in others)
    prepare = (f"Be ready to discuss {missing[0] if missing else 'it'} in system design: what "
               "it is for, how you would build or use it, and its trade-offs")
    if near:
        prepare += f"; your closest work is {_q(texts[near], 60)}"
    prepare += "; if you have used it outside work, add that to your resume"
    line = (f"I haven't run {missing[0]} in production; here's how I'd design it and how my "
            "closest work relates." if missing else
            "That isn't on my resume; here's the closest experience I have.")
    risk = Risk("unmet-preferred", f"Preferred qualification not shown: {clip(req.text, 60)}",
                why, _end(prepare), (req.id,) + ((near,) if near else ()), (), 0.0, line)
    pri = Priority(probe, "a preferred qualification" + (", a role topic" if topic else "")
                   + (", named again in the posting" if extra > 0 else ""),
                   1.0, "not shown")
    return _ranked(risk, pri)


def failure_risk(sig: Signals, knowledge: Knowledge) -> Risk | None:
    """No bullet about something going wrong (an incident, a bug traced, a degradation, a
    mistake): every loop asks for a failure story, and an MLE loop for a production one."""
    if not sig.resume.bullets or _bullets_with(sig.resume, FAILURE_WORDS):
        return None
    qs = sorted((q for q in knowledge.questions if "failure" in q.tags),
                key=lambda q: (-q.frequency, q.id))
    general = next((q.text for q in qs if "ml" not in q.tags), "Tell me about a time you failed.")
    model = next((q.text for q in qs if "ml" in q.tags), "")
    near = nearest_bullet(sig, ("dive-deep", "ownership", "earn-trust"))
    texts = _texts(sig)
    why = ("No bullet describes something that went wrong: an incident, a bug you traced, a "
           f"model that degraded or a call that proved wrong. Expect: \"{general}\"")
    if sig.ml_role and model:
        why += f" and, in an MLE loop, \"{model}\""
    prepare = ("Prepare one honest failure story: what broke or what you got wrong, how you "
               "found out, what you did for the people affected, and the check you added so it "
               "cannot recur")
    if near and near in texts:
        prepare += f"; look for one behind {_q(texts[near], 60)}"
    risk = Risk("no-failure-story", "No failure or incident story", _end(why), _end(prepare),
                (near,) if near else (), ("earn-trust", "dive-deep"), 0.0,
                "Here's a time something I owned went wrong: what I missed, how I fixed it and "
                "what I changed so it doesn't happen again.")
    probe = 0.55 if sig.ml_role else 0.45
    return _ranked(risk, Priority(
        probe, "failure questions come up in most loops"
        + (", production failures in MLE loops" if sig.ml_role else ""), 1.0, "no bullet shows one"))


def candidates(sig: Signals, knowledge: Knowledge, pack: RolePack) -> list[Risk]:
    """Every risk that applies, with its severity (probe x exposure, 0..1) and reasons."""
    out: list[Risk] = []
    r = sig.resume
    jd = sig.job.text or ""
    n = len(r.bullets)
    texts = _texts(sig)
    hits = principle_hits(sig.job, knowledge)
    if n == 0:
        out.append(Risk(
            "no-bullets", "No achievement bullets could be read from the resume",
            "The resume reader found no bullet points, so no principle evidence, stories or "
            "metrics could be drafted from it.",
            "Check the resume opens as text (not a scanned image) and lists achievements as "
            "bullets; then write your stories by hand in the Stories page.",
            (), (), 1.0,
            "Let me walk you through my most relevant project step by step."))
    reqs = {q.id: q for q in sig.job.requirements}
    years = sig.experience.years
    hints = sig.job.level_hints or {}
    ymin = hints.get("years_min") or max((q.years or 0 for q in sig.job.requirements), default=0)
    short_years = bool(ymin) and (years or 0) + 0.25 < float(ymin)
    # a years line that is unmet only for its years is the years risk's, not this one's
    unmet_basic = [m for m in sig.matches if not m.met and reqs[m.requirement_id].kind == "basic"
                   and not (short_years and reqs[m.requirement_id].years
                            and not m.missing_skills)]
    basic_total = sum(1 for q in sig.job.requirements if q.kind == "basic")
    if unmet_basic:
        names = "; ".join(f"'{clip(reqs[m.requirement_id].text, 70)}'" for m in unmet_basic[:3])
        missing = list(dict.fromkeys(s for m in unmet_basic for s in m.missing_skills))
        near = next((b for m in unmet_basic if m.skills for b in m.bullet_ids if b in texts), "")
        share = len(unmet_basic) / max(1, basic_total)
        title = (f"Basic qualification not shown: {clip(reqs[unmet_basic[0].requirement_id].text, 60)}"
                 if len(unmet_basic) == 1 else
                 f"{len(unmet_basic)} of {basic_total} basic qualifications not shown")
        prepare = ("Recruiters screen on basic qualifications, so the phone screen will check "
                   "them: for each, name the closest real experience (a project, a course, a "
                   "tool used at work) and add it to your resume if it is true")
        if missing:
            prepare += f"; for {', '.join(missing[:3])}, say where you used it or how you are learning it"
        if near:
            prepare += f". Your closest bullet: {_q(texts[near], 60)}"
        line = (f"I haven't used {missing[0]} in production yet; the closest I've done is "
                f"{_q(texts[near], 50)}, and here's how I'd close the gap." if missing and near
                else f"I haven't used {missing[0]} in a job yet; here's the closest thing I've "
                "done and how I'd get up to speed." if missing else
                "That isn't on my resume yet; here's the closest experience I have and how "
                "I'd close the gap.")
        out.append(_ranked(Risk(
            "unmet-basic", title,
            f"The resume does not show: {names}" + (
                f" (missing skills: {', '.join(missing[:5])})" if missing else "") + ".",
            prepare + ".", tuple(m.requirement_id for m in unmet_basic), (), 0.0, line),
            Priority(0.95, "the phone screen checks basic qualifications",
                     0.63 + 0.37 * share, f"{len(unmet_basic)} of {basic_total} not shown")))
    if short_years:
        short = float(ymin) - (years or 0)
        scope = [b for b in sig.experience.scope_bullets if b in texts]
        prepare = ("Interviewers calibrate your level from scope, not tenure: lead with the size "
                   "of what you owned, its users and results")
        if scope:
            prepare += f", starting with {_q(texts[scope[0]], 60)}"
        out.append(_ranked(Risk(
            "years-below",
            f"Fewer years than the posting asks ({years or 0:g} vs {float(ymin):g}+)",
            (f"About {years:g} professional years estimated from your roles, against "
             f"{float(ymin):g}+ asked ({short:g} short); expect to be calibrated a level down "
             "unless your scope shows otherwise." if years is not None else
             f"No readable role dates, so your years are unknown; the posting asks for "
             f"{float(ymin):g}+. Make the dates on your resume explicit."),
            prepare + "; count internships and research only where you can name outcomes.",
            tuple(scope[:2]), (), 0.0,
            "My years are fewer than the posting asks, so let me show you the scope I've "
            "already owned."),
            Priority(0.9, "every loop calibrates level", min(1.0, 0.55 + 0.11 * short),
                     f"{short:g} year{'s' if short != 1 else ''} short")))
    prod = sig.production_hits
    if sig.ml_role and sig.production_groups < 2:
        ml_ids = _bullets_with(r, MODEL_WORDS)
        near = prod[0] if prod else nearest_bullet(
            sig, ("ownership", "deliver-results"),
            exclude=tuple(b.id for b in r.bullets if b.id not in ml_ids))
        why = ("No bullet shows deploying, monitoring, retraining or A/B testing a live model"
               if not prod else "Of deploying, monitoring, retraining and A/B testing, your "
               f"bullets show only one for a model ({_q(texts[prod[0]], 60)})")
        why += ("; Amazon MLEs own models from training through production monitoring, and the "
                "loop asks \"Tell me about a model you owned in production that started to "
                "degrade.\"")
        why = _end(why)
        prepare = ("Prepare one end-to-end production story: how the model went live, what you "
                   "monitored, what drifted or broke and how you fixed it")
        if near and near in texts:
            prepare += (f"; build it from {_q(texts[near], 60)}, if that model was used by real "
                        "people")
        prepare += "; revise training/serving skew and drift detection."
        out.append(_ranked(Risk(
            "no-production", "No evidence of owning models in production" if not prod
            else "Thin evidence of owning models in production", why, prepare,
            prod or ((near,) if near else ()), ("ownership", "deliver-results"), 0.0,
            "Here's how I took a model past the notebook: how it shipped, what I watched after "
            "launch and what I'd change."),
            Priority(1.0, "every MLE loop asks about models in production",
                     0.85 if not prod else 0.55,
                     "no production signal" if not prod else "one production signal")))
    co = sig.ratings.get("customer-obsession")
    cust = _bullets_with(r, CUSTOMER_WORDS)
    if co and co.strength != "strong" and n:
        near = (co.evidence[0] if co.evidence else cust[0] if cust else
                nearest_bullet(sig, ("customer-obsession",)))
        why = ("No bullet names a customer, user or the impact on them" if not cust else
               f"{len(cust)} bullet{'s mention' if len(cust) != 1 else ' mentions'} customers or users "
               f"but none says what changed for them (Customer Obsession is {co.strength})")
        why += ("; Customer Obsession is among the most-asked principles, e.g. \""
                + (likely_question(knowledge, "customer-obsession") or
                   "Tell me about a time you went out of your way for a customer.") + "\"")
        prepare = ("Work backwards from the person who used your work: who they were, what "
                   "hurt, how your model changed their experience, and the metric that showed it")
        if near and near in texts:
            prepare += f"; the best candidate is {_q(texts[near], 60)}"
        probe, probe_why = principle_probe(sig, knowledge, pack, "customer-obsession", hits)
        exposure = (1.0 if co.strength == "none" and not cust else 0.8 if co.strength == "none"
                    else EXPOSURE["thin"])
        out.append(_ranked(Risk(
            "no-customer", "No customer-facing evidence" if co.strength == "none"
            else "Thin customer-facing evidence", why, _end(prepare),
            (near,) if near else cust[:3], ("customer-obsession",), 0.0,
            "The customer for that work was the team using its output; here's what they "
            "needed and how I checked we delivered it."),
            Priority(probe, probe_why, exposure,
                     "no customer named" if exposure == 1.0 else "users named, no impact"
                     if co.strength == "none" else "thin")))
    hd = sig.ratings.get("hire-and-develop-the-best")
    mentor = _bullets_with(r, MENTOR_WORDS)
    if hd and hd.strength == "none" and not mentor and n:
        senior = _senior_posting(sig.job)
        near = nearest_bullet(sig, ("hire-and-develop-the-best", "earn-trust"))
        why = "No bullet shows mentoring, onboarding, interviewing or raising others' skills"
        if senior:
            why += ("; for a mid-level or senior posting the loop expects it (\""
                    + (likely_question(knowledge, "hire-and-develop-the-best")
                       or "Tell me about a time you mentored someone.") + "\")")
        prepare = ("Find a time you taught a teammate, reviewed code to raise the bar, onboarded "
                   "someone or wrote a guide others used; name the person's growth as the result")
        if near and near in texts:
            prepare += f". Check whether {_q(texts[near], 60)} involved helping someone else"
        probe, probe_why = principle_probe(sig, knowledge, pack, "hire-and-develop-the-best",
                                           hits)
        out.append(_ranked(Risk(
            "no-mentoring", "No mentoring or hiring evidence", why, _end(prepare),
            (near,) if near else (), ("hire-and-develop-the-best",), 0.0,
            "I haven't had a formal mentoring role yet; the closest is how I helped a "
            "teammate ramp up, and what changed for them."),
            Priority(probe, probe_why, 1.0, "no bullet shows it")))
    bb = sig.ratings.get("have-backbone-disagree-and-commit")
    if bb and bb.strength == "none" and n and not _bullets_with(r, DISAGREE_WORDS):
        near = nearest_bullet(sig, ("have-backbone-disagree-and-commit", "are-right-a-lot"))
        prepare = ("Prepare one honest disagreement: the data you brought, how you raised it, "
                   "the outcome, and how you committed once the call was made")
        if near and near in texts:
            prepare += f"; was there a debate behind {_q(texts[near], 60)}?"
        probe, probe_why = principle_probe(sig, knowledge, pack,
                                           "have-backbone-disagree-and-commit", hits)
        out.append(_ranked(Risk(
            "no-disagreement", "No disagree-and-commit story",
            "No bullet suggests a time you challenged a decision; bar raisers ask for one often "
            f"(\"{likely_question(knowledge, 'have-backbone-disagree-and-commit') or 'Tell me about a time you disagreed with your manager.'}\").",
            prepare if prepare.endswith("?") else prepare + ".",
            (near,) if near else (), ("have-backbone-disagree-and-commit",), 0.0,
            "I disagreed with the plan, said so with data, and then committed fully to the "
            "decision."), Priority(probe, probe_why, 1.0, "no bullet shows it")))
    # every other principle rated thin or none, weighted the same way
    specific = {p for x in out for p in x.principle_ids[:1]}
    if n:
        for rating in sorted(sig.ratings.values(), key=lambda x: x.id):
            if rating.strength == "strong" or rating.id in specific:
                continue
            probe, probe_why = principle_probe(sig, knowledge, pack, rating.id, hits)
            exposure, exposure_why = _principle_exposure(rating)
            most = probe >= 0.5
            risk = principle_risk(sig, knowledge, rating.id, f"thin-{rating.id}", 0.0,
                                  most_asked=most)
            out.append(_ranked(risk, Priority(probe, probe_why, exposure, exposure_why)))
    if len(sig.metric_bullets) < 2 and n:
        near = nearest_bullet(sig, ("deliver-results",))
        prepare = ("For every story, find the before and after: latency, accuracy, cost, users, "
                   "time saved. Estimates you can defend beat no number")
        if near and near in texts:
            prepare += f"; start with {_q(texts[near], 60)}: what did it change, by how much?"
        out.append(_ranked(Risk(
            "no-metrics", "Few measurable results",
            ("No bullet quotes a number" if not sig.metric_bullets else "Only one bullet quotes a "
             "number") + " (percent, money, x-fold, counts); interviewers ask 'how much?' for "
            "every story.", prepare if prepare.endswith("?") else prepare + ".",
            sig.metric_bullets or ((near,) if near else ()), ("deliver-results",), 0.0,
            "We measured it as before versus after; here's the number I can stand behind."),
            Priority(0.7, "every story gets 'how much?'", 1.0 if not sig.metric_bullets else 0.7,
                     "no number" if not sig.metric_bullets else "one number")))
    if sig.ml_role:
        ml = _bullets_with(r, ML_WORDS)
        if len(ml) < 2:
            prepare = ("Prepare to explain one model you built end to end (data, features, loss, "
                       "evaluation, serving)")
            if ml:
                prepare += f", starting from {_q(texts[ml[0]], 60)}"
            out.append(_ranked(Risk(
                "no-ml-depth", "Little machine-learning depth for an ML role",
                ("No bullet mentions models, training or ML tools." if not ml else
                 "Only one bullet mentions models, training or ML tools."),
                prepare + "; revise the ML fundamentals in the technical topics.",
                ml, ("dive-deep",), 0.0,
                ("I haven't built ML models in a job yet; here's the closest analytical work "
                 "I've done and how I'm building ML depth now." if not ml else
                 "My strongest ML work is this project; let me take you through the modelling "
                 "choices.")),
                Priority(1.0, "an ML loop tests ML depth", 0.9 if not ml else 0.7,
                         "no ML bullet" if not ml else "one ML bullet")))
    kind, scale_ids, shown = scale_evidence(r)
    if kind != "quantified" and n:
        jd_hits = _jd_count(jd, SCALE_WORDS)
        probe = 0.35 + 0.35 * min(1.0, jd_hits / 4)
        probe_why = ("the posting stresses scale" if jd_hits >= 4 else
                     "the posting mentions scale" if jd_hits else "system design asks about scale")
        if kind == "qualitative":
            title = "Scale shown but never quantified"
            why = (f"Your bullets mention scale ({_q(shown, 40)}) but give no size: no users, "
                   "requests per second, records or data volume")
            exposure, exposure_why = 0.35, "scale words, no numbers"
        elif kind == "employer":
            title = "Scale implied by your employer but not shown"
            why = (f"You worked at {shown}, but no bullet says how big your systems were: no "
                   "users, requests per second, records or data volume")
            exposure, exposure_why = 0.5, "employer only"
        else:
            title = "No evidence of systems at scale"
            why = "No bullet mentions scale, distributed systems, traffic or data volume"
            exposure, exposure_why = 1.0, "no scale signal"
        if jd_hits >= 4:
            why += ", and the posting stresses them"
        prepare = ("Prepare a system-design answer with numbers you can defend (requests per "
                   "second, data size, latency budget) and one story about making something "
                   "faster or bigger")
        if scale_ids:
            prepare += f"; put the size into {_q(texts[scale_ids[0]], 60)}"
        out.append(_ranked(Risk(
            "no-scale", title, _end(why), _end(prepare), scale_ids[:2], ("think-big",), 0.0,
            "The largest system I've worked on handled this load; here's how I'd scale it "
            "further."), Priority(probe, probe_why, exposure, exposure_why)))
    pref = unmet_preferred(sig, pack)
    if pref is not None:
        out.append(pref)
    fail = failure_risk(sig, knowledge)
    if fail is not None:
        out.append(fail)
    if sig.skills_score < 40 and sig.job.requirements:
        out.append(_ranked(Risk(
            "low-skills-fit", "Low overlap with the posting's requirements",
            f"The skills component is {sig.skills_score}/100: most requirements have no "
            "matching skill or bullet.",
            "Check this is the right posting; if it is, list the transferable skills you have "
            "and the plan to learn the rest.",
            tuple(m.requirement_id for m in sig.matches if not m.met)[:5], (), 0.0,
            "My background is different from the typical profile here; this is what transfers "
            "and how I'd close the rest."),
            Priority(1.0, "every round tests the requirements", 0.95 - sig.skills_score / 100,
                     f"skills {sig.skills_score}/100")))
    return out


def fillers(sig: Signals, knowledge: Knowledge) -> list[Risk]:
    """Mild watch-points used only when fewer than three real gaps were found: the principles
    rated none or thin, most-asked first (none before thin at equal weight)."""
    ratings = sig.ratings
    weakest = sorted(
        (r for r in ratings.values() if r.strength != "strong"),
        key=lambda r: (-knowledge.principle(r.id).ask_weight * (1.0 if r.strength == "none"
                                                                 else 0.85), r.id))
    out = []
    for r in weakest[:4]:
        w = knowledge.principle(r.id).ask_weight
        sev = w * (0.25 if r.strength == "none" else 0.2)
        out.append(principle_risk(sig, knowledge, r.id, f"watch-{r.id}", sev))
    out.append(Risk(
        "depth-probes", "Bar raisers dig into your strongest stories",
        "Your resume is strong; the risk is shallow answers to follow-up probes.",
        "Rehearse each story's probes aloud: numbers, your part versus the team's, what you "
        "would do differently.", (), (), 0.06,
        "Happy to go deeper: here's the detail behind that number."))
    out.append(Risk(
        "rehearsal", "Stories not yet rehearsed aloud",
        "Unrehearsed stories run long and bury the result.",
        "Time each story at about two minutes; lead with the result.", (), (), 0.05,
        "The short version: here's the result, then how we got there."))
    out.append(Risk(
        "questions-to-ask", "No questions prepared for the interviewers",
        "Every round ends with your questions; generic ones waste the chance to show interest.",
        "Pick two questions per round from the Plan page.", (), (), 0.04,
        "I'd love to hear how the team measures success for this system today."))
    return out


def _distinct(ranked: Sequence[Risk], limit: int) -> list[Risk]:
    """The first `limit` risks, skipping one whose main principle an earlier risk covers."""
    out: list[Risk] = []
    covered: set[str] = set()
    for risk in ranked:
        main = risk.principle_ids[0] if risk.principle_ids else ""
        if main and main in covered:
            continue
        out.append(risk)
        if main:
            covered.add(main)
        if len(out) >= limit:
            break
    return out


def top_risks(sig: Signals, knowledge: Knowledge, pack: RolePack) -> tuple[Risk, ...]:
    """Exactly three risks, most severe first, no two about the same principle."""
    ranked = sorted(candidates(sig, knowledge, pack), key=lambda x: (-x.severity, x.id))
    out = _distinct(ranked, TOP)
    if len(out) < TOP:
        have = {x.id for x in ranked}
        extra = sorted((f for f in fillers(sig, knowledge) if f.id not in have),
                       key=lambda x: (-x.severity, x.id))
        out = _distinct(out + extra, TOP)
    return tuple(out)


def all_risks(sig: Signals, knowledge: Knowledge, pack: RolePack) -> tuple[Risk, ...]:
    """Every applicable risk, most severe first (for gap scripts)."""
    return tuple(sorted(candidates(sig, knowledge, pack), key=lambda x: (-x.severity, x.id)))
