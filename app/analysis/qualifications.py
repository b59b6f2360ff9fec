"""Each qualification judged the way a recruiter signs it: met, partly, not met, or "confirm".

The resume is read once into lines that carry their weight as evidence:

- "work": a bullet or title of a counted role (full-time engineering or science);
- "other": a bullet of an internship, research, project, teaching or other role;
- "listed": a skills line or the summary (the candidate's own list);
- "course": coursework.

Then, for each qualification (`app.analysis.asks` reads what it asks):

- years count only the kind of work asked for, from role dates (`experience`): "3+ years of
  professional software development" is engineering years; "2+ years of design or
  architecture" the years of roles whose bullets design or build systems; "4+ years of
  professional Python" the roles that show Python; internships, projects and a skills line
  make it "partly", never met;
- a tool or language is met by a skills line; an area or an activity ("ML infrastructure",
  "A/B tests in production", "distributed training") needs a bullet that shows it, and a
  neighbour is not it ("AWS" is not SageMaker, Angular is not jQuery);
- "deep", "strong", "hands-on" make a skills line alone "partly"; "business problems", "in
  production" need paid work; "large-scale" needs scale shown;
- a degree is read for its level, its field and a printed grade;
- age, work authorisation, availability are "confirm": the resume cannot show them, and
  `met` carries the best reading; enrolment and a graduation window are judged from the
  degree dates when the resume has them;
- qualities (communication, time management) are met only by a line that shows them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from app.analysis import areas
from app.analysis.asks import (
    ANY_OF,
    DEPTH,
    TOOL_CATEGORIES,
    TOOL_NAMES_OTHER,
    Ask,
    Parsed,
    kind_label,
    parse,
)
from app.analysis.concepts import concept_positions, concepts_in
from app.analysis.credentials import (
    Outcome,
    conferral_outcome,
    confirm_outcome,
    degree_outcome,
    enrolment_outcome,
)
from app.analysis.education import Degree, section_lines
from app.analysis.experience import Experience, Work, years_of
from app.analysis.skillkinds import IMPLIES, skill_kinds
from app.analysis.text import TfIdf, clip, find_phrases
from app.models.knowledge import Concept
from app.models.report import RequirementMatch
from app.models.resume import JobDescription, Requirement, Resume

Spans = Callable[[str], list[tuple[int, int, str]]]
STRENGTH = {"work": 3, "other": 2, "listed": 1, "course": 0}
# categories where a sibling is a neighbour worth naming ("Angular is not jQuery")
TOOL_NEIGHBOURS = frozenset({"language", "web", "database", "cloud", "aws-service",
                             "ml-framework", "mobile"})
RANK = {"met": 2, "partly": 1, "not-met": 0}
SIM_MET = 0.30  # text similarity at which a bullet does the work a responsibility describes
SIM_PARTLY = 0.18
SCALE_WORDS = ("million*", "billion*", "petabyte*", "terabyte*", "tb", "pb", "qps", "tps", "rps",
               "requests per", "large-scale", "large scale", "at scale", "distributed",
               "high-traffic", "high volume", "high-volume", "web-scale", "multi-region",
               "clusters", "gpus", "tpus", "multi-node")
_BIG_NUMBER = re.compile(r"(?i)\b\d[\d,.]*\s*(?:k|m|mm|b|bn|million|billion|thousand)\+?\b|"
                         r"\b\d{2,3},\d{3}\b")
DESIGN_VERBS = ("design*", "redesign*", "re-design*", "architect*", "built", "build*",
                "led the design", "re-architect*", "provision*", "scaled", "set the architecture")
SYSTEM_NOUNS = ("system*", "service*", "microservice*", "infrastructure", "platform*",
                "architecture", "backend", "back-end", "distributed", "pipeline*", "engine",
                "framework*", "database schema*", "data model*", "cluster*", "network*",
                "monitoring", "partitioning", "event-sourcing model", "queu*")
ML_WORDS = ("machine learning", "ml", "deep learning", "neural", "model", "models", "modeling",
            "modelling", "predictive", "classifier*", "nlp", "natural language", "computer vision",
            "recommend*", "ranking", "llm*", "transformer*", "pytorch", "tensorflow",
            "scikit-learn", "xgboost", "reinforcement learning", "forecast*", "ai")
SOFT_EVIDENCE = {  # quality -> (words that show it: met, words that touch it: partly)
    "communication": (("published", "publish", "wrote articles", "articles", "blog*", "presented",
                       "speaker", "keynote", "gave a talk", "talks at", "conducted a workshop",
                       "led a workshop", "ran a workshop", "taught", "lectured", "technical writ*",
                       "wrote the documentation", "wrote documentation"),
                      ("communicat*", "stakeholder*", "reported", "report*")),
    "problem solving": (("competitive programming", "hackathon*", "icpc", "olympiad*",
                         "codeforces", "codechef", "hackerrank", "topcoder", "atcoder", "kattis",
                         "programming contest*", "coding competition*", "leetcode", "kaggle"),
                        ("solved", "debug*", "troubleshoot*", "root cause*")),
    "learning quickly": ((), ("self-taught", "learned", "picked up", "ramped up", "quickly")),
    "time management": ((), ("on time", "deadline*", "ahead of schedule", "prioriti*")),
    "decision making": ((), ("decided", "decision*", "trade-off*", "tradeoff*")),
    "teamwork": (("collaborat*", "cross-functional", "partnered"), ("team*",)),
    "ownership": (("owned", "end-to-end", "end to end", "sole developer", "single-handedly"),
                  ("responsible for",)),
    "general": ((), ()),
}


@dataclass(frozen=True)
class Line:
    """One line of the resume as evidence."""

    text: str
    where: str  # "work" | "other" | "listed" | "course"
    skills: frozenset[str]  # lower-case skill names found in it
    kinds: frozenset[str]  # skill kinds it shows ("language", "cloud", ...)
    bullet_id: str = ""
    role: int | None = None


@dataclass
class Index:
    """The resume's lines, their skills, and the experience behind them."""

    lines: list[Line]
    exp: Experience
    degrees: tuple[Degree, ...]
    role_text: dict[int, str] = field(default_factory=dict)
    categories: dict[str, str] = field(default_factory=dict)
    exp_text: str = ""  # the whole resume text
    papers: list[str] = field(default_factory=list)  # publication and patent lines

    def find(self, names: Sequence[str]) -> list[Line]:
        """Lines showing any of `names` (skills or "kind:<kind>"), strongest first."""
        low = {n.lower() for n in names}
        kinds = {n.split(":", 1)[1] for n in low if n.startswith("kind:")}
        hits = [ln for ln in self.lines if (ln.skills & low) or (ln.kinds & kinds)]
        return sorted(hits, key=lambda ln: -STRENGTH[ln.where])


def _kinds(skills: Sequence[str], categories: dict[str, str],
           implied: bool = True) -> frozenset[str]:
    out: set[str] = set()
    for s in skills:
        out.update(skill_kinds(s, categories))
        if not implied:
            continue
        imp = IMPLIES.get(s.lower())
        if imp is None and categories.get(s.lower()) == "aws-service":
            imp = ("cloud", "AWS")
        if imp:
            out.add(imp[0])
    return frozenset(out)


STACK_LABEL = re.compile(r"(?i)^\W*(?:environment|tech(?:nology|nical)? stack|technologies(?: used)?|"
                         r"tools(?: used)?|stack|built with|tech used)\s*:\s*\S")


def _stack_lines(resume: Resume) -> list[tuple[str, int]]:
    """An entry's tools line ("Environment: Java 17, Spring Boot, Kafka", "Tech stack: ..."),
    with the role it belongs to (the nearest role header above it): the tools that work used."""
    lines = [ln.strip() for ln in (resume.text or "").splitlines()]
    starts: list[tuple[int, int]] = []
    for i, role in enumerate(resume.roles):
        if not role.title:
            continue
        at = next((k for k, t in enumerate(lines) if role.title in t
                   and k not in {x for x, _ in starts}), None)
        if at is not None:
            starts.append((at, i))
    out = []
    for k, t in enumerate(lines):
        if STACK_LABEL.match(t):
            above = [x for x in starts if x[0] < k]
            if above:
                out.append((t, max(above)[1]))
    return out


def build_index(resume: Resume, exp: Experience, find: Callable[[str], list[str]],
                categories: dict[str, str]) -> Index:
    """Every bullet, role title, skills and summary line, with its skills and weight."""
    by_role = {w.role: w for w in exp.work if w.role >= 0}
    lines: list[Line] = []

    def add(text: str, where: str, bid: str = "", role: int | None = None) -> None:
        found = find(text)
        found += [name for rx, name in IMPLIED_SKILLS if rx.search(text) and name not in found]
        # a platform shows its language only in hands-on work (a product manager who shipped
        # an Android feature did not write its Kotlin)
        w = by_role.get(role) if role is not None else None
        hands_on = w is None or w.kind not in ("product", "analytics", "other", "volunteer")
        lines.append(Line(text, where, frozenset(s.lower() for s in found),
                          _kinds(found, categories, hands_on), bid, role))

    for i, role in enumerate(resume.roles):
        w = by_role.get(i)
        if w is not None:
            add(f"{role.title}, {role.organization}, {role.dates}".strip(", "),
                "work" if w.counted else "other", role=i)
    for b in resume.bullets:
        w = by_role.get(b.role) if b.role is not None else None
        add(b.text, "work" if (w is not None and w.counted) else "other", b.id, b.role)
    for text, role in _stack_lines(resume):  # "Environment: Java 17, Spring Boot, Kafka"
        w = by_role.get(role)
        add(text, "work" if (w is not None and w.counted) else "other", role=role)
    for text in section_lines(resume, ("skills", "summary")):
        add(text, "listed")
    known = {ln.text for ln in lines}
    for s in resume.skills:
        if s and s not in known and not any(s in ln.text for ln in lines if ln.where == "listed"):
            add(s, "listed")
    for text in section_lines(resume, ("education",)):
        if re.search(r"(?i)course|curriculum|modules|subjects", text):
            add(text, "course")
    role_text = {i: w.text for i, w in by_role.items()}
    titles = {sec.title.strip() for sec in resume.sections}
    papers: list[str] = []
    on = False
    for raw in (resume.text or "").splitlines():
        t = raw.strip()
        if t in titles:
            on = bool(PAPER_SECTION.search(t))
            continue
        if t and (on or re.search(r"(?i)\b(paper|published|publication)\b", t)):
            papers.append(t)
    return Index(lines, exp, exp.degrees, role_text, categories, resume.text or "", papers)


# a name the resume uses for a skill the taxonomy spells otherwise: a managed Kubernetes is
# Kubernetes, "PCI scope" is PCI DSS
IMPLIED_SKILLS = (
    (re.compile(r"\b(?:GKE|EKS|AKS|OpenShift|k8s)\b"), "Kubernetes"),
    (re.compile(r"(?i)\b(?:support|pager|on-?call|escalation)\s+(?:in\s+)?rotations?\b|"
                r"\brotation\b[^.;]{0,20}\bsupport\b|\bL[23] support\b"), "On-Call"),
)


# --------------------------------------------------------------------------- one ask


@dataclass(frozen=True)
class Finding:
    """How one ask is shown: its verdict, the line and a few words on why."""

    verdict: str
    line: Line | None
    why: str
    name: str  # the skill that showed it (or the ask's label)


def _scaled(line: Line, index: Index) -> bool:
    """Scale in the line itself, or in the other bullets of the same full-time role."""
    text = line.text
    if line.where == "work" and line.role is not None:
        text += " " + index.role_text.get(line.role, "")
    return bool(find_phrases(text, SCALE_WORDS) or _BIG_NUMBER.search(text))


def _builds(line: Line, index: Index) -> bool:
    """The line builds a system (or belongs to a full-time engineering role)."""
    if find_phrases(line.text, SYSTEM_NOUNS) and find_phrases(line.text, DESIGN_VERBS + (
            "develop*", "implement*", "deploy*", "train*", "serv*")):
        return True
    work = next((w for w in index.exp.work if w.role == line.role), None)
    return line.where == "work" and work is not None and work.kind == "engineering"


def _label(ask: Ask) -> str:
    names = [kind_label(n) if n.startswith("kind:") else n for n in ask.names]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


COMPLETION_WINDOW = re.compile(r"(?i)\b(?:completed|conferred|awarded|obtained|earned|finished|"
                               r"graduat\w*)\s+(?:between|by|before|after|no later than)\b")
# practices every full-time software engineer works in: shown by a year of that work
IMPLIED_BY_ENGINEERING = frozenset({"sdlc", "software development", "version control",
                                    "debugging"})


def judge_ask(ask: Ask, parsed: Parsed, index: Index, categories: dict[str, str]) -> Finding:
    """Met, partly or not met for one thing a qualification asks."""
    area = areas.for_ask(parsed.text, ask.names)
    if area is not None:
        return _judge_area(area, ask, parsed, index)
    hits = index.find(ask.names)
    label = _label(ask)
    implied = [n for n in ask.names if n.lower() in IMPLIED_BY_ENGINEERING]
    if implied and not hits:
        eng = sorted((w for w in index.exp.work if w.counted and w.kind == "engineering"),
                     key=lambda w: -w.months)
        if eng and years_of(index.exp, lambda w: w.kind == "engineering") >= 1.0:
            line = _header(index, eng[0])
            return Finding("met", line, "", f"{implied[0]} (through full-time engineering work)")
        practice = lifecycle_line(index, ("work", "other"))
        if LIGHT_ASK.search(parsed.text) and practice is not None:  # "basic understanding"
            return Finding("met", practice, "", f"{implied[0]} (through the practices your "
                           "internships or projects show)")
    if not hits:
        return Finding("not-met", None, _missing(ask, index, categories), label)
    # a tool among the alternatives is met by a skills line; an area needs a bullet
    tools = [n for n in ask.names if n.startswith("kind:") or categories.get(n.lower())
             in TOOL_CATEGORIES or n.lower() in TOOL_NAMES_OTHER]
    if not parsed.depth and tools and len(tools) < len(ask.names):
        tool_hits = index.find(tools)
        if tool_hits and not any(h.where in ("work", "other") for h in hits):
            hits = tool_hits
    best = hits[0]
    shown = next((n for n in ask.names if n.lower() in best.skills), "") or _kind_shown(
        ask, best, index) or label
    if not LIGHT_ASK.search(parsed.text) and all(_marked_basic(h.text, shown) for h in hits):
        return Finding("partly", best, f"you mark {shown} as basic ('{clip(best.text, 60)}')",
                       shown)
    concept = shown.lower() not in {t.lower() for t in tools} and not (
        shown and any(t.startswith("kind:") for t in tools) and _kind_shown(ask, best, index))
    # "proficiency in Java or Python": a student or new graduate shows tools on a skills line
    # (their projects use them); someone with years of work shows them in that work
    early = not (index.exp.years or 0) and any(
        w.kind in ("internship", "project", "research", "study") and w.hands_on
        for w in index.exp.work)
    depth = parsed.depth and not (early and not concept)
    need_bullet = (concept if tools else ask.concept) or depth
    if need_bullet and best.where in ("listed", "course"):
        where = "coursework" if best.where == "course" else "your skills list"
        return Finding("partly", best, f"{shown} appears only in {where}, not in work you describe",
                       shown)
    if parsed.professional and best.where != "work":
        return Finding("partly", best, f"{shown} shows only outside full-time work "
                       "(an internship, research or a project)", shown)
    bullets = [h for h in hits if h.where in ("work", "other")]
    if parsed.systems and ask.concept and not any(_builds(h, index) for h in bullets):
        return Finding("partly", best, f"{shown} is shown, but not in building a system", shown)
    if parsed.scale and ask.concept and not any(_scaled(h, index) for h in bullets):
        return Finding("partly", best, f"{shown} is shown, but not at large scale", shown)
    return Finding("met", best, "", shown)


def _judge_area(area: areas.Area, ask: Ask, parsed: Parsed, index: Index) -> Finding:
    """An area of work ("distributed systems", "deploying models in production") is shown by
    the bullets that do that work in the resume's own words, not by its name on a skills line.
    For an area that must be the candidate's own work, a bullet that only supported it or
    handed it off does not show it."""
    label = area.name
    skills = [n for n in ask.names if not n.startswith(("area:", "kind:"))]
    named = index.find(skills) if skills else []
    shown = [ln for ln in index.lines if ln.bullet_id and areas.shows(area, ln.text)
             and (not area.role_kinds or _role_kind(index, ln) in area.role_kinds)]
    if not area.owned and area.by_name:
        shown += [ln for ln in named if ln.bullet_id and ln not in shown]
    shown.sort(key=lambda ln: -STRENGTH[ln.where])
    if not shown:
        listed = [ln for ln in named if ln.where in ("listed", "course")] or [
            ln for ln in index.lines if ln.where == "listed" and areas.shows(area, ln.text)]
        if listed:
            return Finding("partly", listed[0], f"{label} appears only in your skills or "
                           "summary, not in work you describe", label)
        mention = next((ln for ln in named if ln.bullet_id), None)
        if mention is not None:
            return Finding("partly", mention, f"'{clip(mention.text, 60)}' touches on {label}, "
                           "but does not show you doing it yourself", label)
        return Finding("not-met", None, f"nothing on the resume shows {label}", label)
    best = shown[0]
    if parsed.professional and best.where != "work":
        return Finding("partly", best, f"{label} shows only outside full-time work "
                       "(an internship, research or a project)", label)
    bullets = [h for h in shown if h.where in ("work", "other")]
    if parsed.systems and not any(_builds(h, index) for h in bullets):
        return Finding("partly", best, f"{label} is shown, but not in building a system", label)
    if parsed.scale and not any(_scaled(h, index) for h in bullets):
        return Finding("partly", best, f"{label} is shown, but not at large scale", label)
    return Finding("met", best, "", label)


def _role_kind(index: Index, line: Line) -> str:
    """The kind of work of the role a line belongs to ('' when none)."""
    work = next((w for w in index.exp.work if w.role == line.role and line.role is not None),
                None)
    return work.kind if work is not None else ""


def area_asks(parsed: Parsed, req: Requirement) -> tuple[Ask, ...]:
    """Areas a qualification names that none of its asks stands for ("GPU serving ... and cost
    optimization": cost optimization is not a skill, but it is asked), as asks of their own."""
    if req.kind == "responsibility" or parsed.years or parsed.degree is not None:
        return ()
    text = parsed.text
    covering = [a for a in areas.asked(text) if any(
        {n.lower() for n in ask.names} & a.absorbs for ask in parsed.asks)]
    spans = [m.span() for a in covering for m in a.asked.finditer(text)]
    for ask in parsed.asks:  # words an ask already stands for ("any of: ... distributed ...")
        at = text.find(ask.label)
        if at >= 0:
            spans.append((at, at + len(ask.label)))
    out = []
    for a in areas.asked(text):
        if a in covering or not a.asked_alone:
            continue
        mine = [m.span() for m in a.asked.finditer(text)]
        if any(x < e and s < y for x, y in mine for s, e in spans):
            continue  # the same words already stand for a more specific area
        out.append(Ask((f"area:{a.id}",), a.name, True))
        spans += mine
    return tuple(out)


# an ask that itself wants only a little ("exposure to", "familiarity with", "basic
# understanding of"): a skill the resume marks as basic still meets it
LIGHT_ASK = re.compile(r"(?i)\b(exposure|familiar\w*|basic (?:understanding|knowledge)|"
                       r"awareness|interest in|some)\b")
_BASIC = r"(?:basic|beginner|elementary|familiar(?:ity)?(?: with)?|exposure(?: to| on)?)"


def _marked_basic(text: str, skill: str) -> bool:
    """The line marks the skill as basic ("basic Python (pandas)", "Node.js (basic)", "Go
    (some)", "Exposure on Python")."""
    if not skill:
        return False
    name = re.escape(skill.split(" (")[0])
    return bool(re.search(rf"(?i)\b{_BASIC}\s+(?:on\s+)?{name}\b|{name}\s*\(\s*(?:{_BASIC}|some)"
                          r"\s*\)", text))


def _kind_shown(ask: Ask, line: Line, index: Index) -> str:
    """For a kind ask ("a programming language"), the skill of that kind the line shows."""
    kinds = {n.split(":", 1)[1] for n in ask.names if n.startswith("kind:")}
    if not kinds:
        return ""
    direct = [s for s in sorted(line.skills) if kinds & set(skill_kinds(s, index.categories))]
    if direct:
        return _pretty(index, direct[0])[0]
    if _role_kind(index, line) in ("product", "analytics", "other", "volunteer") or (
            line.where == "listed" and not line.skills & set(IMPLIES)):
        return ""  # a product manager who shipped an Android feature did not write its code
    for s in sorted(line.skills):
        imp = IMPLIES.get(s)
        if imp and imp[0] in kinds:
            return f"{imp[1]} (through {_pretty(index, s)[0]})"
    return ""


def _missing(ask: Ask, index: Index, categories: dict[str, str]) -> str:
    """Why an ask is not shown, naming a neighbour the resume has ("AWS is not SageMaker")."""
    label = _label(ask)
    cats = {categories.get(n.lower()) for n in ask.names if not n.startswith("kind:")}
    cats = {c for c in cats if c in TOOL_NEIGHBOURS}
    near: list[str] = []
    for ln in index.lines:
        for s in sorted(ln.skills):
            if categories.get(s) in cats and s not in {n.lower() for n in ask.names}:
                near.append(s)
    if "SageMaker".lower() in {n.lower() for n in ask.names} and any(
            "aws" in ln.skills for ln in index.lines):
        near.insert(0, "aws")
    names = {s.lower(): s for s in categories}  # lower -> lower (names are keys)
    if near:
        first = names.get(near[0], near[0])
        pretty = next((n for n in _pretty(index, first)), first)
        return f"nothing shows {label}; {pretty} is related but not the same thing"
    return f"nothing on the resume shows {label}"


def _pretty(index: Index, low: str) -> list[str]:
    """A skill as the resume spells it (first line that has it)."""
    for ln in index.lines:
        if low in ln.skills:
            m = re.search(re.escape(low), ln.text, re.IGNORECASE)
            if m:
                return [ln.text[m.start():m.end()]]
    return [low]


# --------------------------------------------------------------------------- facets


@dataclass(frozen=True)
class Facet:
    verdict: str  # "met" | "partly" | "not-met" | "confirm"
    reason: str  # a plain clause
    evidence: Line | None = None
    met_reading: bool = False  # for "confirm": the best reading
    detail: str = ""


def _combine(facets: Sequence[Facet]) -> Facet:
    """All must be met: the weakest facet decides; its reason leads."""
    real = [f for f in facets if f.verdict != "confirm"]
    if not real:
        return facets[0]
    worst = min(real, key=lambda f: RANK[f.verdict])
    evidence = next((f.evidence for f in sorted(real, key=lambda f: -RANK[f.verdict])
                     if f.evidence is not None), None)
    if worst.verdict == "met":
        reason = "; ".join(f.reason for f in real if f.reason)
    else:
        reason = "; ".join([worst.reason] + [f.reason for f in real
                                             if f is not worst and f.verdict != "met" and f.reason])
    return Facet(worst.verdict, reason, evidence if worst.verdict != "not-met" else worst.evidence,
                 False, " | ".join(f.detail for f in real if f.detail))


def asks_facet(parsed: Parsed, asks: Sequence[Ask], index: Index,
               categories: dict[str, str]) -> Facet:
    """Every ask must be shown."""
    found = [judge_ask(a, parsed, index, categories) for a in asks]
    met = [f for f in found if f.verdict == "met"]
    detail = ", ".join(f"{f.name}: {f.verdict}" for f in found)
    lead = met[0].line if met else next((f.line for f in found if f.line), None)
    if len(met) == len(found):
        names = ", ".join(dict.fromkeys(f.name for f in met))
        if lead is None:
            return Facet("met", f"{names}: shown on the resume", lead, detail=detail)
        where = {"listed": "your skills", "course": "your coursework"}.get(lead.where, "")
        text = (f"{names}: listed in {where} ('{clip(lead.text, 70)}')" if where
                else f"{names}: shown in '{clip(lead.text, 80)}'")
        return Facet("met", text, lead, detail=detail)
    gaps = [f.why for f in found if f.verdict != "met"]
    verdict = "partly" if any(f.verdict != "not-met" for f in found) else "not-met"
    if met:
        gaps.append(f"{', '.join(f.name for f in met)} is shown")
    return Facet(verdict, "; ".join(gaps), lead, detail=detail)


# the practices of the software life cycle, as a bullet shows them being done
LIFECYCLE_SKILLS = frozenset({"code review", "software testing", "unit testing", "ci/cd",
                              "version control", "build systems", "operational excellence",
                              "code quality", "on-call", "incident management", "sdlc",
                              "testing", "devops", "agile"})
LIFECYCLE = (
    # testing (an A/B test is an experiment, not a software test)
    "unit test*", "integration test*", "ui test*", "end-to-end test*", "e2e test*",
    "regression test*", "load test*", "automated test*", "test case*", "test coverage",
    "code coverage", "test harness*", "test suite*", "wrote tests", "writing tests", "tdd",
    "pytest", "junit", "xctest", "jest", "mockito", "selenium", "cypress", "playwright",
    # reviews and design documents
    "code review*", "reviewing code", "reviewed code", "review code", "design review*",
    "architecture review*", "pull request*", "design document*", "design doc*",
    # build, release, deployment
    "ci/cd", "ci pipeline*", "continuous integration", "continuous delivery", "jenkins",
    "github actions", "gitlab ci", "circleci", "build pipeline*", "release process*",
    "deployments", "deployment pipeline*", "fastlane", "releases",
    # operations
    "on-call", "on call", "oncall", "incident*", "postmortem*", "post-mortem*", "runbook*",
    "production support", "production issue*", "l3 support", "support rotation", "pager*",
    # standards
    "coding standard*", "style guide*", "linting", "static analysis", "sonarqube")


def lifecycle_line(index: Index, where: tuple[str, ...] = ("work",)) -> Line | None:
    """The first bullet (of the given kind of work) that shows a life-cycle practice."""
    return next((ln for ln in index.lines if ln.bullet_id and ln.where in where
                 and areas.owned(ln.text) and find_phrases(ln.text, LIFECYCLE)), None)


def including_facet(parsed: Parsed, index: Index, categories: dict[str, str]) -> Facet:
    """"including code reviews, testing, build ...": at least two of them (or all of one or
    two) shown. A list of the software life cycle's practices is shown by professional work
    that does any of them (tests written, code reviewed, a CI pipeline, on-call): the years
    beside it say how long."""
    names = {n.lower() for a in parsed.including for n in a.names}
    if names & LIFECYCLE_SKILLS:
        line = lifecycle_line(index)
        if line is not None:
            return Facet("met", f"your work shows the practices it lists ('{clip(line.text, 70)}')",
                         line, detail="a life-cycle practice in full-time work")
        near = lifecycle_line(index, ("other",))
        listed = ", ".join(a.label for a in parsed.including[:4])
        return Facet("partly", f"no bullet of your full-time work shows the practices it lists "
                     f"({listed})", near, detail="no life-cycle practice in full-time work")
    found = [judge_ask(a, parsed, index, categories) for a in parsed.including]
    shown = [f for f in found if f.verdict in ("met", "partly")]
    need = min(2, len(found))
    detail = f"{len(shown)} of {len(found)} listed practices shown (need {need})"
    if len(shown) >= need:
        return Facet("met", f"it shows {', '.join(f.name for f in shown[:3])}", shown[0].line,
                     detail=detail)
    names = ", ".join(a.label for a in parsed.including[:4])
    return Facet("partly" if shown else "not-met",
                 f"few of the practices it lists ({names}) show in your bullets", None,
                 detail=detail)


# --------------------------------------------------------------------------- years


GENERIC_SUBJECT = frozenset("""non internship non-internship professional software development
developer engineering engineer industry work working relevant related full-time hands-on
technical programming coding experience of in the a an and or with as total overall commercial
field fields progressive post-graduate postgraduate cs ce computer science it tech technology
full time paid""".split())
SOFTWARE_SUBJECT = re.compile(r"(?i)\b(software|development|developer|engineering|programming|"
                              r"coding|sde|swe)\b")
DESIGN_SUBJECT = re.compile(r"(?i)\b(design|architect\w*)\b")
ML_SUBJECT = re.compile(r"(?i)\b(machine learning|ml|models?|modell?ing|data science|applied "
                        r"science|artificial intelligence|ai|deep learning|nlp|computer vision)\b")
RESEARCH_SUBJECT = re.compile(r"(?i)\b(research|scientific)\b")
LEAD_SUBJECT = re.compile(r"(?i)\b(lead\w*|manag\w*|people|supervis\w*)\b")
BUSINESS = re.compile(r"(?i)\b(business|industry|commercial|production|customers?)\b")
SUBJECT_CATEGORIES = frozenset({"language", "web", "database", "devops", "cloud", "aws-service",
                                "ml-framework", "mlops", "ml-concept", "ml-technique", "domain",
                                "data", "mobile", "tooling"})


CHANGE_VERBS = ("migrat*", "re-platform*", "replatform*", "rebuilt", "rewrote", "rewrit*",
                "moved", "replaced", "consolidat*", "decompos*", "split")
CHANGE_OBJECTS = ("service*", "microservice*", "system*", "platform*", "infrastructure",
                  "backend", "back-end", "monolith", "database*", "schema*", "data center",
                  "datacenter", "on-prem", "aws", "gcp", "azure", "cloud", "kubernetes",
                  "dynamodb", "postgres*", "postgresql", "cassandra", "kafka", "cluster*")
RELIABILITY = ("partition*", "shard*", "replicat*", "failover", "multi-region", "idempot*",
               "dead-letter", "load shedding", "rate limit*", "circuit breaker*", "autoscal*",
               "zero downtime", "without downtime", "no downtime", "high availability",
               "highly available", "fault toleran*", "slo", "slos", "error budget*",
               "disaster recovery", "cell-based", "backpressure", "consistency")
CI_PIPELINE = re.compile(r"(?i)\b(?:ci/cd|ci|cd|build|deployment|release|jenkins|github actions|"
                         r"gitlab ci|circleci)\b[^.;]{0,30}\bpipelines?\b")
_LEAD_OF_SYSTEM = re.compile(r"(?i)\b(?:tech(?:nical)? lead|lead engineer|owner)\b[^.;]{0,40}"
                             r"\b(?:services?|systems?|pipelines?|platforms?|backends?|apis?|"
                             r"infrastructure)\b")


def _designs(text: str) -> bool:
    """Work that designs systems, in any of the ways the posting's words describe it ("design
    patterns, reliability and scaling of new and existing systems"): designing or building a
    system (not "designed a model"), re-platforming or migrating one, a reliability or
    scaling mechanism (partitioning, failover, idempotent retries, SLOs), or leading the
    technical work of one. Read clause by clause, and only the candidate's own work
    ("involved in design discussions" is not designing)."""
    for line in text.split(" \n "):
        if not areas.owned(line):
            continue
        for clause in re.split(r"(?<=[.;])\s+|;\s*", line):
            if CI_PIPELINE.search(clause):
                continue  # build tooling (a CI/CD pipeline) is not the design of a system
            if find_phrases(clause, DESIGN_VERBS) and find_phrases(clause, SYSTEM_NOUNS):
                return True
            if find_phrases(clause, CHANGE_VERBS) and find_phrases(clause, CHANGE_OBJECTS):
                return True
            if find_phrases(clause, RELIABILITY) or _LEAD_OF_SYSTEM.search(clause):
                return True
    return False


Rule = Callable[[Work], bool]
NEAR_KINDS = ("internship", "project", "study", "research", "engineering", "science",
              "teaching", "other", "analytics")


def subject_rule(parsed: Parsed, find: Callable[[str], list[str]],
                 categories: dict[str, str]) -> tuple[Rule, str, Rule]:
    """Which counted work a years requirement counts, its name in plain words, and which work
    outside full-time roles comes close (an internship, a project: "partly", never met)."""
    subject = parsed.subject
    words = set(re.findall(r"[a-z+#-]+", subject.lower()))
    generic = words <= GENERIC_SUBJECT | {"cs", "ce", "ml", "ai"} and len(words) > 0
    business = bool(BUSINESS.search(subject)) or parsed.professional
    named = [a for a in parsed.subject_asks
             if any(categories.get(n.lower()) in SUBJECT_CATEGORIES for n in a.names)]

    def near(test: Rule) -> Rule:
        return lambda w: w.kind in NEAR_KINDS and (w.hands_on or w.counted) and test(w)

    if RESEARCH_SUBJECT.search(subject) and not SOFTWARE_SUBJECT.search(subject):
        science: Rule = lambda w: w.kind in ("science", "research")  # noqa: E731
        return science, "research or applied science", near(lambda w: w.kind in (
            "research", "science", "internship", "study"))
    if DESIGN_SUBJECT.search(subject):
        design: Rule = lambda w: _designs(w.text)  # noqa: E731
        return (lambda w: w.kind == "engineering" and design(w)), \
            "work designing or building systems", near(design)
    area = areas.subject_area(subject)
    if area is not None:  # "professional backend engineering": the roles that did that work
        shows: Rule = lambda w: _role_shows(area, w)  # noqa: E731
        return (lambda w: w.kind in ("engineering", "science") and shows(w)), area.name, \
            near(shows)
    if generic and (" or " in f" {subject.lower()} " or not ML_SUBJECT.search(subject)):
        if SOFTWARE_SUBJECT.search(subject) and not re.search(r"(?i)\bor related\b", subject):
            return SOFTWARE_WORK, "professional software development", near(lambda w: True)
        return (lambda w: True), "full-time professional work", near(lambda w: True)
    if ML_SUBJECT.search(subject) and not [a for a in named if not any(
            categories.get(n.lower()) in ("ml-concept", "ml-technique") for n in a.names)]:
        kinds = ("engineering", "science") if business else ("engineering", "science", "research")
        ml: Rule = lambda w: bool(find_phrases(w.text, ML_WORDS))  # noqa: E731
        return (lambda w: ml(w) and w.kind in kinds), \
            "machine-learning work" + (" on business problems" if business else ""), near(ml)
    if named:
        low = {n.lower() for a in named for n in a.names}
        label = " or ".join(a.label for a in named[:2])
        uses: Rule = lambda w: bool(low & {s.lower() for s in find(w.text)})  # noqa: E731
        return uses, f"work using {label}", near(uses)
    if LEAD_SUBJECT.search(subject):
        return (lambda w: w.managing), "leading people or teams", near(lambda w: w.managing)
    if SOFTWARE_SUBJECT.search(subject):
        return SOFTWARE_WORK, "professional software development", near(lambda w: True)
    return (lambda w: True), "full-time professional work", near(lambda w: True)


def SOFTWARE_WORK(w: Work) -> bool:  # noqa: N802 (a rule, named like the others' labels)
    """Software development: engineering roles, not infrastructure or operations work that
    builds no software of its own."""
    return w.kind == "engineering" and not w.infra


def _role_shows(area: areas.Area, w: Work) -> bool:
    """A role did the area's work: its title names the area, or a quarter of its lines (one
    at least) show it."""
    if area.asked.search(w.title):
        return True
    lines = [ln for ln in w.text.split(" \n ")[2:] if ln.strip()]
    hits = sum(1 for ln in lines if areas.shows(area, ln))
    return hits >= 1 and 4 * hits >= len(lines)


def years_facet(parsed: Parsed, index: Index, find: Callable[[str], list[str]],
                categories: dict[str, str]) -> Facet:
    """"N+ years of <subject>": the counted years of that kind of work."""
    exp = index.exp
    keep, label, close = subject_rule(parsed, find, categories)
    need = parsed.years or 0.0
    have = years_of(exp, keep)
    work = sorted((w for w in exp.work if w.counted and keep(w)), key=lambda w: -w.months)
    uncounted = [w for w in exp.work if not w.counted and close(w)]
    header = _header(index, work[0]) if work else None
    detail = f"{have:g} years of {label} counted against {need:g}+"
    names = "; ".join(f"{w.title}, {w.organization}".strip(", ") for w in work[:2])
    if have + 0.05 >= need:  # "just under 3 years" is not 3 years
        return Facet("met", f"about {have:g} years of {label} ({names}) against the {need:g}+ "
                     "asked", header, detail=detail)
    apart = ""
    infra = years_of(exp, lambda w: w.infra)
    if label == "professional software development" and infra and have + 0.05 < need:
        apart = (f"; about {infra:g} years of infrastructure and operations work (SRE, DevOps) "
                 "count apart: they show running systems, not building software")
        if not have:
            return Facet("partly", f"no full-time software development yet{apart}",
                         _header(index, max((w for w in exp.work if w.infra),
                                            key=lambda w: w.months)), detail=detail)
    if uncounted:
        kinds = sorted({w.kind for w in uncounted})
        apart += (f"; your {' and '.join(_kind_word(k) for k in kinds)} do not count as "
                  "full-time years")
    if have > 0:
        return Facet("partly", f"about {have:g} years of {label} ({names}), short of the "
                     f"{need:g}+ asked{apart}", header, detail=detail)
    listed = any(ln.where == "listed" and (ln.skills & {n.lower() for a in parsed.subject_asks
                                                         for n in a.names})
                 for ln in index.lines)
    if uncounted or listed:
        line = _header(index, uncounted[0]) if uncounted else None
        return Facet("partly", f"no full-time {label} yet{apart or '; it appears only in your skills list'}",
                     line, detail=detail)
    return Facet("not-met", f"no full-time {label} on the resume against the {need:g}+ years asked",
                 None, detail=detail)


def _kind_word(kind: str) -> str:
    return {"internship": "internships", "project": "projects", "research": "research",
            "study": "work during study", "teaching": "teaching", "other": "other roles",
            "product": "product roles", "analytics": "analyst roles",
            "engineering": "roles held while studying",
            "science": "roles held while studying"}.get(kind, kind)


def _header(index: Index, work: Work) -> Line | None:
    if work.role < 0:
        return Line(work.title, "work" if work.counted else "other", frozenset(), frozenset())
    return next((ln for ln in index.lines if ln.role == work.role and not ln.bullet_id), None)


# --------------------------------------------------------------------------- qualities


def soft_facet(parsed: Parsed, index: Index, names: Sequence[str] = ()) -> Facet:
    """A quality ("communication") is met only by a line that shows it."""
    quality = parsed.soft[0]
    strong, weak = SOFT_EVIDENCE.get(quality, ((), ()))
    bullets = [ln for ln in index.lines if ln.where in ("work", "other") and ln.bullet_id]
    if quality == "general" and names:  # "Experience mentoring junior engineers"
        low = {n.lower() for n in names}
        shown = next((ln for ln in bullets if ln.skills & low), None)
        if shown is not None:
            return Facet("met", f"Shown in '{clip(shown.text, 80)}'", shown)
    hit = next((ln for ln in bullets if strong and find_phrases(ln.text, strong)), None)
    if hit is None and quality == "problem solving" and find_phrases(index.exp_text, strong):
        # a contest result on an awards line
        text = next(t for t in index.exp_text.splitlines() if find_phrases(t, strong))
        hit = Line(text.strip(), "other", frozenset(), frozenset())
    if hit is None and quality == "problem solving":  # a hard technical problem, solved
        hit = next((ln for ln in bullets if _role_kind(index, ln) in TECHNICAL_KINDS
                    and TECHNICAL_RESULT.search(ln.text)), None)
    if hit:
        return Facet("met", f"{quality.capitalize()} shows in '{clip(hit.text, 80)}'", hit)
    near = next((ln for ln in bullets if weak and find_phrases(ln.text, weak)), None)
    if near:
        return Facet("partly", f"A line touches on {quality} ('{clip(near.text, 70)}'), but a "
                     "resume rarely proves it: show it with an example in the interview", near)
    what = quality if quality != "general" else "this quality"
    return Facet("not-met", f"no line shows {what}; bring one concrete example to the "
                 "interview", None)


TECHNICAL_KINDS = frozenset({"engineering", "science", "research", "internship", "project",
                             "study"})
TECHNICAL_RESULT = re.compile(r"(?i)\b\d+(?:\.\d+)?\s?x\s+(?:speed-?up|faster)|\bspeed-?up\b|"
                              r"\b\d+(?:\.\d+)?\s?x\s+(?:lower|less|smaller|fewer)\b")
_WHAT = {"internship": "an internship", "project": "a project", "engineering": "a job",
         "science": "a job", "research": "research", "study": "research"}


def prior_work_facet(index: Index) -> Facet:
    """"Internship, co-op, research or substantial project experience building software":
    any earlier technical work that built something (an internship, a co-op, research, a
    project, or a job)."""
    technical = re.compile(r"(?i)\b(software|engineer\w*|developer|data|machine learning|ml|"
                           r"research|co-?op|sde|swe|web|it|programm\w*)\b")
    work = [w for w in index.exp.work if w.kind in ("internship", "project", "engineering",
                                                     "science", "research", "study")
            and (w.hands_on or (w.kind == "internship" and technical.search(w.title)))]
    work.sort(key=lambda w: ("internship", "engineering", "science", "research", "study",
                             "project").index(w.kind))
    if work:
        w = work[0]
        return Facet("met", f"{_WHAT[w.kind]}: {w.title}"
                     + (f" at {w.organization}" if w.organization else ""), _header(index, w))
    return Facet("not-met", "no technical internship or project is on the resume", None)


OPEN_SOURCE = ("open source", "open-source", "github stars", "contributor*", "pull request*",
               "maintainer", "hackathon*", "devpost")


def side_work_facet(index: Index) -> Facet:
    """"Contributions to open source, hackathons or personal projects": a project the
    candidate built, a hackathon, or open-source work."""
    projects = [w for w in index.exp.work if w.kind == "project" and (w.hands_on or w.role >= 0)]
    line = next((ln for ln in index.lines if ln.bullet_id and find_phrases(ln.text, OPEN_SOURCE)),
                None)
    if line is not None:
        return Facet("met", f"'{clip(line.text, 70)}'", line)
    if projects:
        w = projects[0]
        return Facet("met", f"a project you built: {w.title}", _header(index, w))
    return Facet("not-met", "no personal project, hackathon or open-source work is on the "
                 "resume", None)


PAPER_SECTION = re.compile(r"(?i)\b(publications?|papers|patents?|research output|"
                           r"selected works?|bibliography)\b")
VENUES = re.compile(
    r"(?i:\b(neurips|nips|icml|iclr|acl|emnlp|naacl|eacl|coling|cvpr|iccv|eccv|kdd|sigir|www|"
    r"wsdm|recsys|aaai|ijcai|uai|aistats|colt|jmlr|tmlr|tpami|pami|icra|iros|interspeech|"
    r"icassp|sigmod|vldb|icde|osdi|sosp|nsdi|sigcomm|eurosys|chi|uist|miccai|isbi|pnas|"
    r"journal|proceedings|transactions on|conference on|international conference|"
    r"symposium on|bioinformatics|medical image analysis|research)\b)|\b(?:Nature|Science|Cell)\b")
NOT_MAIN = re.compile(r"(?i)\b(workshops?|arxiv|preprints?|under review|submitted|in preparation|"
                      r"manuscript|in submission|extended abstract|poster|tech(?:nical)? report)\b")
PATENT = re.compile(r"(?i)\bpatents?\b[^.;]{0,60}(?:\bgranted\b|\bU\.?S\.? patent\b|"
                    r"\d{1,2},\d{3},\d{3}|\bno\.\s*\d)|\bco-?inventor\b|\bgranted\b[^.;]{0,30}"
                    r"\bpatents?\b")


def publication_facet(parsed: Parsed, index: Index) -> Facet:
    """"Publications at top-tier peer-reviewed conferences or journals": a paper at a main
    venue or in a journal (a workshop paper, a preprint or a paper under review is part of the
    way); a granted patent when the posting accepts patents."""
    lines = index.papers
    dated = [ln for ln in lines if re.search(r"\b(?:19|20)\d\d\b", ln)]
    main = next((ln for ln in dated if VENUES.search(ln) and not NOT_MAIN.search(ln)), None)
    if main is not None:
        return Facet("met", f"a peer-reviewed paper: '{clip(main, 80)}'",
                     Line(main, "other", frozenset(), frozenset()))
    if re.search(r"(?i)\bpatents?\b", parsed.text):
        patent = next((ln for ln in lines if PATENT.search(ln)), None)
        if patent is not None:
            return Facet("met", f"a patent: '{clip(patent, 80)}'",
                         Line(patent, "other", frozenset(), frozenset()))
    minor = next((ln for ln in dated if VENUES.search(ln) or NOT_MAIN.search(ln) and re.search(
        r"(?i)\b(paper|workshop|arxiv|preprint)\b", ln)), None)
    if minor is not None:
        return Facet("partly", f"'{clip(minor, 70)}' is a workshop paper, preprint or paper "
                     "under review, not a main conference or journal",
                     Line(minor, "other", frozenset(), frozenset()))
    return Facet("not-met", "no peer-reviewed conference or journal paper is on the resume",
                 None)


# words a posting's conversational tail uses that name nothing specific
TAIL_GENERIC = frozenset("""about ability across always amount anything around because before
believe better building built caring change comfortable curious customers daily deliver
delivery design designs enjoy everything experience expect explain familiar getting great
happen having helping important improve itself knowing learning looking matter matters mindset
opinions others passion passionate people really should simple something strong systems teams
things thinking through understand understanding without working writing""".split())


def specifics_facet(req: Requirement, index: Index) -> Facet | None:
    """A qualification that spells out what it means after a colon ("A track record of
    operating distributed systems in production: you know why idempotency keys matter and have
    opinions about exactly-once delivery") is met only when the resume shows one of those
    specifics; the general area alone is part of the way."""
    m = re.match(r"^(?P<head>[^:]{12,}?):\s+(?P<tail>\S.{14,})$", req.text.strip())
    if m is None:
        return None
    tail = m.group("tail")
    spelled = re.search(r"(?i)\b(you|your|you've|you're|know|knowing|understand\w*|means?|"
                        r"comfortable|opinions?)\b", tail)
    if not spelled and not (DEPTH.search(m.group("head")) and not ANY_OF.search(m.group("head"))):
        return None  # a list after a colon ("one or more of the following: ...") is the asks'
    words = re.findall(r"[a-z][a-z-]{5,}", tail.lower())
    specific = [w for w in dict.fromkeys(words) if w not in TAIL_GENERIC
                and w.rstrip("s") not in TAIL_GENERIC]
    if not specific:
        return None
    stems = [w[:7] for w in specific]
    for ln in index.lines:
        if ln.where not in ("work", "other"):
            continue
        low = ln.text.lower()
        if any(re.search(r"(?<![a-z])" + re.escape(st), low) for st in stems):
            return Facet("met", f"you show what it spells out ('{clip(ln.text, 70)}')", ln)
    return Facet("partly", f"the posting spells out what it means ({clip(tail, 70)}), and no "
                 "bullet shows it yet", None, detail=f"specifics not shown: {', '.join(specific[:4])}")


def fundamentals_facet(parsed: Parsed, index: Index) -> Facet | None:
    """"A solid foundation in data structures and algorithms": a computing degree (finished or
    under way) teaches them; coursework that names them shows them too."""
    degree = next((d for d in index.degrees if d.level >= 1 and d.field == "computing"), None)
    if degree is not None:
        return Facet("met", f"your degree covers them ('{clip(degree.line, 70)}')",
                     Line(degree.line, "course", frozenset(), frozenset()))
    return None


CONCEPT_SHARE = 0.5  # a bullet must show at least this share of a responsibility's concepts


def gate_facet(req: Requirement, index: Index, lexicon: tuple[Concept, ...]) -> Facet | None:
    """A line that leads with a gating concept ("Publications or patents in machine learning")
    needs that concept on the resume, whatever else it names."""
    pos = concept_positions(req.text, lexicon)
    if not pos:
        return None
    lead = min(pos, key=lambda cid: (pos[cid], cid))
    concept = next(c for c in lexicon if c.id == lead)
    if not concept.gate:
        return None
    hit = next((ln for ln in index.lines if find_phrases(ln.text, concept.terms)), None)
    if hit is None and not find_phrases(index.exp_text, concept.terms):
        return Facet("not-met", f"the posting leads with {concept.name.lower()}, and the "
                     "resume shows none", None, detail=f"gate '{concept.id}' not shown")
    return None


def concept_facet(req: Requirement, index: Index, lexicon: tuple[Concept, ...]) -> Facet | None:
    """A responsibility in common words ("Own the end-to-end lifecycle", "Improve the cost
    efficiency of ...", `concepts.json`): met by a bullet that shows its lead concept and at
    least half of its concepts (two at least when it names two or more). Qualifications are
    read literally instead: a neighbouring concept does not meet them."""
    pos = concept_positions(req.text, lexicon)
    if not pos:
        return None
    wanted = sorted(pos, key=lambda cid: (pos[cid], cid))
    names = {c.id: c.name for c in lexicon}
    best: tuple[int, Line] | None = None
    for ln in index.lines:
        if not ln.bullet_id:
            continue
        have = set(concepts_in(ln.text, lexicon))
        n = sum(1 for c in wanted if c in have)
        if wanted[0] not in have or n / len(wanted) < CONCEPT_SHARE or (len(wanted) >= 2 and n < 2):
            continue
        if best is None or n > best[0]:
            best = (n, ln)
    if best is None:
        return None
    n, ln = best
    shown = ", ".join(names[c] for c in wanted if c in set(concepts_in(ln.text, lexicon)))
    return Facet("met", f"You have done this work ({shown}): '{clip(ln.text, 80)}'", ln,
                 detail=f"{n} of {len(wanted)} concepts in one bullet")


def similarity_facet(req: Requirement, index: Index, tfidf: TfIdf, offset: int,
                     bullet_rows: dict[str, int]) -> Facet:
    """A line with nothing recognisable to check: the closest bullet by wording."""
    qv = tfidf.vector(req.text)
    best: tuple[float, Line] | None = None
    for ln in index.lines:
        row = bullet_rows.get(ln.bullet_id)
        if row is None:
            continue
        sim = tfidf.cosine(qv, tfidf.doc_vector(offset + row))
        if best is None or sim > best[0]:
            best = (sim, ln)
    if best is None or best[0] < SIM_PARTLY:
        return Facet("not-met", "no bullet comes close to it", None,
                     detail=f"best text match {best[0]:.2f}" if best else "no bullets")
    sim, ln = best
    if sim >= SIM_MET and req.kind == "responsibility":
        return Facet("met", f"You have done similar work: '{clip(ln.text, 80)}'", ln,
                     detail=f"best text match {sim:.2f}")
    return Facet("partly", f"The closest bullet, '{clip(ln.text, 70)}', does not clearly "
                 "show it", ln, detail=f"best text match {sim:.2f}")


# --------------------------------------------------------------------------- the verdicts


@dataclass(frozen=True)
class Context:
    """What every verdict needs: the resume's lines, the skills finder and the taxonomy."""

    index: Index
    find: Callable[[str], list[str]]
    spans: Spans
    categories: dict[str, str]
    tfidf: TfIdf
    offset: int  # where the bullets start in the TF-IDF documents
    bullet_rows: dict[str, int]
    eligible: bool = True  # enrolment and graduation rules of this posting are met
    concepts: tuple[Concept, ...] = ()  # the requirement concepts (knowledge/concepts.json)


def judge(req: Requirement, ctx: Context, parsed: Parsed | None = None) -> RequirementMatch:
    """The verdict for one requirement, with its evidence and a plain reason."""
    p = parsed or parse(req.text, ctx.spans, ctx.categories)
    index, exp = ctx.index, ctx.index.exp
    facets: list[Facet] = []
    if p.confirm in ("age", "authorisation", "availability", "language"):
        out = confirm_outcome(p.confirm, index.degrees, exp, ctx.eligible, req.text,
                              index.exp_text)
        return _match(req, Facet("confirm", out.reason, None, out.met_reading), p, ctx)
    if p.confirm == "conferral":
        out = conferral_outcome(req.text, index.degrees)
        return _match(req, _facet(out, index), p, ctx)
    if p.confirm == "enrolment":
        out = enrolment_outcome(p, index.degrees, exp)
        return _match(req, _facet(out, index), p, ctx)
    years = years_facet(p, index, ctx.find, ctx.categories) if p.years else None
    if p.degree is not None:
        out = degree_outcome(p, index.degrees, exp, None if years is None else years.verdict == "met")
        degree = _facet(out, index)
        if years is not None and len(p.degree.alternatives) > 1:
            # "PhD, or a Master's and 6+ years": the lower degree held without the years is
            # still part of the way there
            facets.append(degree if degree.verdict in ("met", "partly") else
                          _combine([degree, years]))
        else:
            facets += [degree] + ([years] if years is not None else [])
        if COMPLETION_WINDOW.search(req.text):  # "... completed between Dec 2025 and Aug 2026"
            facets.append(_facet(conferral_outcome(req.text, index.degrees), index))
    elif years is not None:
        facets.append(years)
    if p.including:
        facets.append(including_facet(p, index, ctx.categories))
    gate = gate_facet(req, index, ctx.concepts) if not p.top_venue else None
    if gate is not None:
        facets.append(gate)
    extra = area_asks(p, req)
    basics = fundamentals_facet(p, index) if p.fundamentals else None
    if basics is not None:
        facets.append(basics)
    elif p.asks or extra:
        facets.append(asks_facet(p, p.asks + extra, index, ctx.categories))
    if p.soft and not p.asks and not p.years and req.kind != "responsibility":
        facets.append(soft_facet(p, index, [s[2] for s in ctx.spans(req.text)]))
    if p.prior_work:
        facets.append(prior_work_facet(index))
    if p.side_work:
        facets.append(side_work_facet(index))
    if p.top_venue:
        facets.append(publication_facet(p, index))
    spelled = specifics_facet(req, index) if req.kind != "responsibility" and facets else None
    if spelled is not None:
        facets.append(spelled)
    if req.kind == "responsibility":  # the work itself, in whatever words: concepts first
        done = concept_facet(req, index, ctx.concepts)
        if done is not None and (not facets or _combine(facets).verdict != "met"):
            return _match(req, done, p, ctx)
    if not facets:
        facets.append(similarity_facet(req, index, ctx.tfidf, ctx.offset, ctx.bullet_rows))
    return _match(req, _combine(facets), p, ctx)


def _facet(out: Outcome, index: Index) -> Facet:
    line = None
    if out.evidence:
        line = next((ln for ln in index.lines if out.evidence in ln.text), None) or Line(
            out.evidence, "other", frozenset(), frozenset())
    return Facet(out.verdict, out.reason, line, out.met_reading, out.detail)


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


def _match(req: Requirement, facet: Facet, p: Parsed, ctx: Context) -> RequirementMatch:
    names = [n for a in p.asks + p.subject_asks for n in a.names
             if not n.startswith(("kind:", "area:"))]
    have: list[str] = []
    missing: list[str] = []
    for n in dict.fromkeys(names):
        (have if ctx.index.find([n]) else missing).append(n)
    bullets = tuple(ln.bullet_id for ln in [facet.evidence] if ln is not None and ln.bullet_id)
    evidence = facet.evidence.text if facet.evidence is not None else ""
    met = facet.met_reading if facet.verdict == "confirm" else facet.verdict == "met"
    reason = _sentence(facet.reason)
    if facet.verdict == "confirm" and not reason.lower().startswith("confirm"):
        reason = _sentence(facet.reason)
    return RequirementMatch(req.id, met, bullets, tuple(have), tuple(missing), reason,
                            facet.verdict, evidence, facet.detail)


def match_requirements(resume: Resume, job: JobDescription, exp: Experience,
                       find: Callable[[str], list[str]], spans: Spans,
                       categories: dict[str, str], index: Index | None = None,
                       concepts: tuple[Concept, ...] = ()) -> tuple[RequirementMatch, ...]:
    """A verdict for every requirement of the posting, in its order."""
    index = index or build_index(resume, exp, find, categories)
    tfidf = TfIdf([b.text for b in resume.bullets] + [r.text for r in job.requirements])
    rows = {b.id: i for i, b in enumerate(resume.bullets)}
    ctx = Context(index, find, spans, categories, tfidf, 0, rows, concepts=concepts)
    parsed = {r.id: parse(r.text, spans, categories) for r in job.requirements}
    gates = [judge(r, ctx, parsed[r.id]) for r in job.requirements
             if parsed[r.id].confirm in ("enrolment", "conferral")]
    ctx = Context(index, find, spans, categories, tfidf, 0, rows,
                  eligible=all(g.verdict in ("met", "confirm") for g in gates), concepts=concepts)
    return tuple(judge(r, ctx, parsed[r.id]) for r in job.requirements)
