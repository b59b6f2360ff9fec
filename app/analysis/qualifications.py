"""Each qualification judged the way a recruiter signs it: met, partly, not met, or "confirm".

The resume is read once into lines that carry their weight as evidence (`resume_lines`: work,
other, listed, course). Then, for each qualification (`asks` reads what it asks; `areas` the
kinds of work it names; `years_asked` its years; `facets` the rest):

- years count only the kind of work asked for, from role dates (`experience`): "3+ years of
  professional software development" is engineering years; "2+ years of design or
  architecture" the years of roles whose bullets design or build systems; "4+ years of
  professional Python" the roles that show Python; internships, projects and a skills line
  make it "partly", never met;
- a tool or language is met by a skills line; an area or an activity ("ML infrastructure",
  "A/B tests in production", "distributed systems at scale") needs a bullet that shows it in
  its own words (`areas`), and a neighbour is not it ("AWS" is not SageMaker);
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
from dataclasses import dataclass, replace

from app.analysis import areas
from app.analysis.asks import (
    ANALYSIS_LIBRARIES,
    TOOL_CATEGORIES,
    TOOL_NAMES_OTHER,
    Ask,
    Parsed,
    kind_label,
    parse,
    without_tails,
)
from app.analysis.certificates import CERTIFICATION, certification_facet
from app.analysis.credentials import (
    Outcome,
    conferral_outcome,
    confirm_outcome,
    degree_outcome,
    enrolment_outcome,
)
from app.analysis.dates import month_text
from app.analysis.experience import Experience, years_of
from app.analysis.facets import (
    LARGE_EMPLOYER,
    LIFECYCLE_SKILLS,
    SOFTWARE_WORK_ASK,
    background_facet,
    built_kind_facet,
    concept_facet,
    employer_facet,
    fundamentals_facet,
    gate_facet,
    lifecycle_line,
    literal_facet,
    practices_facet,
    prior_work_facet,
    publication_facet,
    side_work_facet,
    similarity_facet,
    soft_facet,
    software_work_facet,
    specifics_facet,
)
from app.analysis.posting import latest_start
from app.analysis.resume_lines import (
    OO_DESIGN,
    STRENGTH,
    THESIS_LINE,
    Facet,
    Index,
    Line,
    Spans,
    _builds,
    _header,
    _role_kind,
    _scaled,
    build_index,
    object_oriented_work,
    pretty_skill,
    tool_use,
)
from app.analysis.skillkinds import IMPLIES, skill_kinds
from app.analysis.text import TfIdf, clip, clip_with, find_phrases, may_hold
from app.analysis.years_asked import GENERIC_SUBJECT, conjunction, years_facet
from app.models.knowledge import Company, Concept
from app.models.report import RequirementMatch
from app.models.resume import JobDescription, Requirement, Resume

__all__ = ["GENERIC_SUBJECT", "Spans", "build_index", "judge", "match_requirements"]

# categories where a sibling is a neighbour worth naming ("Angular is not jQuery")
# kinds of tool where one the resume has is a near miss worth naming ("MySQL is related but not
# the same thing" for PostgreSQL); a programming language is not ("SQL is related" to Go or Bash
# says nothing a recruiter would)
TOOL_NEIGHBOURS = frozenset({"web", "database", "cloud", "aws-service", "ml-framework", "mobile"})
RANK = {"met": 2, "partly": 1, "not-met": 0}
SEASONED_YEARS = 3.0  # full-time engineering or science years from which a listed language is daily use


# --------------------------------------------------------------------------- one ask


@dataclass(frozen=True)
class Finding:
    """How one ask is shown: its verdict, the line and a few words on why."""

    verdict: str
    line: Line | None
    why: str
    name: str  # the skill that showed it (or the ask's label)


def _label(ask: Ask) -> str:
    names = [kind_label(n) if n.startswith("kind:") else n.split(":", 1)[-1] for n in ask.names]
    if len(names) > 2 and set(names[1:]) <= set(ANALYSIS_LIBRARIES):  # its libraries
        return f"{names[0]} (with pandas, NumPy or the like)"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


COMPLETION_WINDOW = re.compile(r"(?i)\b(?:completed|conferred|awarded|obtained|earned|finished|"
                               r"graduat\w*)\s+(?:between|by|before|after|no later than)\b")
# "..., or expected conferral of such a degree between ...": a window offered as an
# alternative to a degree already held
WINDOW_ALTERNATIVE = re.compile(r"(?i)\bor\s+(?:an?\s+)?(?:expected|anticipated|upcoming)\s+"
                                r"(?:conferral|graduation|completion)|\bor\s+(?:be\s+)?"
                                r"expect\w*\s+to\s+(?:graduate|complete)")
# practices every full-time software engineer works in: shown by a year of that work
IMPLIED_BY_ENGINEERING = frozenset({"sdlc", "software development", "version control",
                                    "debugging"})


_MOVE = re.compile(r"(?i)\b(?:migrat\w*|mov(?:ed|ing)|port(?:ed|ing)|switch\w*|transition\w*)\b")


def left_behind(text: str, tool: str) -> bool:
    """The line names a tool only as what the work moved away from ("Migrated 12 models from
    hand-managed SageMaker endpoints to KServe", "replaced Jenkins with GitHub Actions")."""
    if not may_hold(text, tool):
        return False  # each pattern below needs the tool's name
    name = re.escape(tool)
    # up to three words before the tool, never the move's own "to" ("from cron to Airflow" moved
    # to Airflow, not away from it)
    gap = r"\s+(?:the\s+)?(?:(?!(?:to|into|onto|with)\b)[\w-]+\s+){0,3}?"
    away = re.search(r"(?i)\b(?:off(?: of)?|away from|replac(?:ed|ing)|retir(?:ed|ing)|"
                     r"decommission(?:ed|ing)|sunset(?:ted|ting)?)" + gap + name + r"\b", text)
    moved = _MOVE.search(text) and (
        re.search(r"(?i)\bfrom" + gap + name + r"\b[^.;]*?\bto\b", text)
        # "Migrated the legacy Java reporting jobs to Python": the thing moved is in it
        or re.search(r"(?i)\b(?:migrat\w*|port(?:ed|ing)|rewr(?:ote|iting)|convert\w*)\s+(?:the\s+|"
                     r"our\s+)?(?:legacy\s+|old\s+)?" + name + r"\b[^.;]{0,40}?\bto\b", text))
    if not (away or moved):
        return False
    rest = re.sub(r"(?i)\b" + name + r"\b", "", text, count=1)
    return not re.search(r"(?i)\b" + name + r"\b", rest)  # named once, as the old system


# "A, B, or C": a comma list of alternatives (not "ML models in a real-time or low-latency
# environment", where the second name qualifies the first)
LIST_OF_PEERS = re.compile(r",\s*[^,]+,?\s+or\s+")


def judge_ask(ask: Ask, parsed: Parsed, index: Index, categories: dict[str, str]) -> Finding:
    """Met, partly or not met for one thing a qualification asks."""
    area = areas.for_ask(parsed.text, ask.names)
    if area is not None:
        found = _judge_area(area, ask, parsed, index)
        others = tuple(n for n in ask.names if n.lower() not in area.absorbs
                       and not n.startswith(("area:", "kind:")))
        if (found.verdict == "met" or not others or len(others) == len(ask.names)
                or not (LIST_OF_PEERS.search(ask.label) or re.search(
                    # "insurance, banking or another regulated industry"
                    re.escape(ask.label) + r",?\s+or\s", parsed.text))):
            return found
        # "distributed systems, databases, or cloud services such as AWS": the area is one
        # of the alternatives; another shown meets the line as well
        other = judge_ask(Ask(others, ", ".join(others), ask.concept), parsed, index, categories)
        return other if RANK[other.verdict] > RANK[found.verdict] else found
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
    if not hits and [n.lower() for n in ask.names] == [OO_DESIGN]:
        oo = object_oriented_work(index, left_behind)
        if oo is not None:
            return Finding("met", oo[0], "", f"Object-Oriented Design (through {oo[1]} in "
                           "full-time engineering work)")
    if not hits:
        return Finding("not-met", None, _missing(ask, index, categories, parsed.text), label)
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
    # (a course named for the skill, "Python for Everybody (Coursera)", is study, not a line
    # that shows the skill at more than the level the resume marks elsewhere)
    if not LIGHT_ASK.search(parsed.text) and all(_marked_basic(h.text, shown) for h in hits
                                                 if (shown.lower() in h.skills and
                                                     h.where != "course") or h is best):
        how = ("known from a course only" if re.search(rf"(?i)\b{_STUDY_WORD}\b", best.text)
            else "still being learnt" if re.search(rf"(?i){_LEARNING}|\(\s*learning\s*\)",
                                                   best.text) else "basic")
        quote = clip_with(best.text, shown, 60)
        return Finding("partly", best, f"you mark {shown} as {how} ('{quote}')",
                       shown)
    concept = shown.lower() not in {t.lower() for t in tools} and not (
        shown and any(t.startswith("kind:") for t in tools) and _kind_shown(ask, best, index))
    # "proficiency in Java or Python": a student or new graduate shows tools on a skills line
    # (their projects use them); someone with years of work shows them in that work
    early = not (index.exp.years or 0) and any(
        w.kind in ("internship", "project", "research", "study") and w.hands_on
        for w in index.exp.work)
    # "strong SQL": an engineer or scientist of three years or more lists the languages they
    # work in every day; their list is the evidence a recruiter accepts
    seasoned = (not concept and categories.get(shown.lower()) == "language"
                and years_of(index.exp, lambda w: w.counted and w.kind in ("engineering", "science"))
                >= SEASONED_YEARS)
    depth = parsed.depth and not (early and not concept) and not seasoned
    need_bullet = (concept if tools else ask.concept) or depth
    if best.where == "course" and COURSEWORK_ASK.search(parsed.text):
        return Finding("met", best, "", shown)  # "coursework in data structures": coursework
    if need_bullet and best.where == "course" and early and ask.concept:
        # a student's coursework in a fundamental, with projects and internships that build
        # software, is the experience an entry-level line asks for
        return Finding("met", best, "", f"{shown} (coursework, with the projects you built)")
    if need_bullet and best.where in ("listed", "course"):
        where = "coursework" if best.where == "course" else "your skills list"
        return Finding("partly", best, f"{shown} appears only in {where}, not in work you describe",
                       shown)
    if parsed.professional and best.where != "work":
        return Finding("partly", best, f"{shown} shows only outside full-time work "
                       "(an internship, research or a project)", shown)
    if categories.get(shown.lower()) == "domain" and all(
            _role_kind(index, h) in ("project", "") for h in hits):
        # "experience in retail": work in that industry, not a project on a public retail dataset
        return Finding("partly", best, f"{shown} shows only in a project, not in work "
                       "in that field", shown)
    bullets = [h for h in hits if h.where in ("work", "other")]
    if bullets and shown and all(left_behind(h.text, shown) for h in bullets):
        return Finding("partly", best, f"your lines show moving away from {shown}, not building "
                       "on it", shown)
    if parsed.systems and ask.concept and not any(_builds(h, index) for h in bullets):
        return Finding("partly", best, f"{shown} is shown, but not in building a system", shown)
    if parsed.scale and ask.concept and not any(_scaled(h, index) for h in bullets):
        return Finding("partly", best, f"{shown} is shown, but not at large scale", shown)
    return Finding("met", best, "", shown)


REGULATED_DATA = re.compile(r"(?i)\b(hipaa|phi|protected health|regulated data|pii|gdpr)\b")
# the handling of regulated records, not a product or an employer in the domain
REGULATED_TERMS = ("hipaa", "phi", "pii", "gdpr", "patient data", "patient record*",
                   "health record*", "medical record*", "ehr", "emr", "claims data",
                   "clinical data", "protected health", "de-identif*", "deidentif*",
                   "anonymi*", "pseudonymi*", "redact*", "hl7", "fhir", "epic", "cerner",
                   "clarity", "pci", "cardholder data")


BUILDING = re.compile(r"(?i)\b(?:build\w*|built|design\w*|architect\w*)\b")


def _judge_area(area: areas.Area, ask: Ask, parsed: Parsed, index: Index) -> Finding:
    """An area of work ("distributed systems", "deploying models in production") is shown by
    the bullets that do that work in the resume's own words, not by its name on a skills line.
    For an area that must be the candidate's own work, a bullet that only supported it or
    handed it off does not show it."""
    label = area.name
    skills = [n for n in ask.names if not n.startswith(("area:", "kind:"))]
    named = index.find(skills) if skills else []
    # an employer in the domain shows it, except where the line asks for handling regulated
    # data ("HIPAA, PHI"): that is work a line must show, wherever it was done
    regulated = area.headers and REGULATED_DATA.search(parsed.text) is not None
    if regulated:
        label = f"handling regulated {label} (records under HIPAA, PHI or PII rules)"
    shown = [ln for ln in index.lines
             if (ln.bullet_id or (area.headers and not regulated and ln.where in ("work", "other")
                                  and ln.role is not None) or THESIS_LINE.search(ln.text))
             and areas.shows(area, ln.text)
             and (not regulated or find_phrases(ln.text, REGULATED_TERMS))
             and (not area.role_kinds or _role_kind(index, ln) in area.role_kinds)]
    sector = area.headers and areas.SECTOR_ASK.search(parsed.text) is not None
    if sector:  # "experience in financial services": work in the sector, not its words
        heads: dict[int | None, str] = {}
        for ln in index.lines:  # a role's header is its first line ("Environment: ..." follows)
            if not ln.bullet_id and ln.role is not None and ln.where in ("work", "other"):
                heads.setdefault(ln.role, ln.text)
        roles = {r: " \n ".join(ln.text for ln in index.lines if ln.role == r) for r in heads}
        shown = [ln for ln in shown if areas.in_sector(area, ln.text, heads.get(ln.role, ""),
                                                        roles.get(ln.role, ""))]
    if not area.owned and area.by_name:  # a bullet that names the area itself (not one of
        # the line's other alternatives, and not a skills line)
        own = {n.lower() for n in skills if n.lower() in area.absorbs}
        shown += [ln for ln in named if ln.bullet_id and ln not in shown and ln.skills & own
                  and ln.where in ("work", "other")
                  and not (area.unless is not None and area.unless.search(ln.text))]
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
        tool = tool_use(area.id, area.unless, index.lines)  # "LLM-generated rewrites"
        if tool is not None:
            return Finding("partly", tool, f"'{clip(tool.text, 60)}' uses a language model as "
                           "a tool, but does not show you building with one", label)
        return Finding("not-met", None, f"nothing on the resume shows {label}", label)
    if area.built_by and (parsed.scale or BUILDING.search(parsed.text)):
        # "building large-scale distributed systems": the system's own mechanisms (partitions,
        # replicas, consensus, a stream), not a service that calls a queue or a managed store
        core = [ln for ln in shown if find_phrases(ln.text, area.built_by)]
        if not core:
            return Finding("partly", shown[0], f"'{clip(shown[0].text, 60)}' uses the services "
                           "of a distributed system, but does not show building one", label)
        shown = core
    best = shown[0]
    if sector and best.where != "work":  # any paid role in the sector is work in it (an
        # analyst's or a support job's), not only the engineering roles counted as years
        paid = {w.role for w in index.exp.work
                if w.kind not in ("internship", "study", "project", "volunteer")}
        best = next((ln for ln in shown if ln.role in paid), best)
        sector = best.role not in paid
    if (parsed.professional or sector) and best.where != "work":
        return Finding("partly", best, f"{label} shows only outside full-time work "
                       "(an internship, research or a project)", label)
    bullets = [h for h in shown if h.where in ("work", "other")]
    if parsed.systems and not any(_builds(h, index) for h in bullets):
        return Finding("partly", best, f"{label} is shown, but not in building a system", label)
    if parsed.scale and not any(_scaled(h, index) for h in bullets):
        return Finding("partly", best, f"{label} is shown, but not at large scale", label)
    if area.id == "system-design" and LEADS_DESIGN.search(parsed.text):
        # "leading the design or architecture of ... systems": a design the candidate led (a
        # senior title's, or a line that says so), not one designed as a team's member
        led = [h for h in bullets if _leads_design(h, index)]
        if not led:
            return Finding("partly", best, f"{label} is shown, but not leading it", label)
        best = led[0]
    return Finding("met", best, "", label)


LEADS_DESIGN = re.compile(r"(?i)\blead(?:ing|s)?\b[^.;]{0,30}\b(?:design|architect\w*)")
_LEAD_TITLE = re.compile(r"(?i)\b(?:senior|sr\.?|staff|principal|lead|head|architect|director|"
                         r"manager|chief|distinguished)\b")


def _leads_design(line: Line, index: Index) -> bool:
    work = next((w for w in index.exp.work if w.role == line.role), None)
    return bool(find_phrases(line.text, areas.LEAD + ("chair", "chaired", "chairs"))) or (
        work is not None and work.counted and _LEAD_TITLE.search(work.title) is not None)


def area_asks(parsed: Parsed, req: Requirement, skip: tuple[Ask, ...] = ()) -> tuple[Ask, ...]:
    """Areas a qualification names that none of its asks stands for ("GPU serving ... and cost
    optimization": cost optimization is not a skill, but it is asked), as asks of their own.
    A practice word inside an area's phrase ("leading technical research projects or teams of
    scientists": research) does not stand for the area: the area is asked (`skip`: those asks,
    found by `swallowed`)."""
    if req.kind == "responsibility" or parsed.years or parsed.degree is not None:
        return ()
    text = without_tails(parsed.text)
    covering = [a for a in areas.asked(text) if any(
        {n.lower() for n in ask.names} & a.absorbs for ask in parsed.asks)]
    spans = [m.span() for a in covering for m in a.asked.finditer(text)]
    for ask in parsed.asks:  # words an ask already stands for ("any of: ... distributed ...")
        if ask in skip:
            continue
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


def examples_of_areas(parsed: Parsed) -> Parsed:
    """An area of work followed by examples in brackets that offer a choice ("building machine
    learning models for business applications (regression, tree-based models, time series or
    deep learning)"): the examples say what kind of that work counts, so the area shown in
    work, or one of them, is enough; they are no second thing asked beside it."""
    text, asks = parsed.text, list(parsed.asks)
    for i, a in enumerate(asks):
        at = text.find(a.label)
        if at < 0 or areas.for_ask(text, a.names) is None:
            continue
        m = re.match(r"(?:\s+[\w-]+){0,5}?\s*\(([^)]*)\)", text[at + len(a.label):])
        if not m or not re.search(r"(?i)\bor\b|\be\.g\.|\bsuch as\b|\bfor example\b",
                                  m.group(1)):
            continue
        inside = [b for b in asks if b is not a and f"({m.group(1).strip()}" in b.label]
        if len(inside) != 1:
            continue
        asks[i] = Ask(tuple(dict.fromkeys(a.names + inside[0].names)), a.label, a.concept)
        asks.remove(inside[0])
        return replace(parsed, asks=tuple(asks))
    return parsed


def swallowed(parsed: Parsed, text: str, categories: dict[str, str] | None) -> tuple[Ask, ...]:
    """The asks of a practice ("Research") whose words sit inside an area's own phrase: the
    phrase names the area, the word alone is not what is asked."""
    if not categories or not parsed.asks:
        return ()
    inside = [m.span() for a in areas.asked(text) if a.asked_alone for m in a.asked.finditer(text)]
    out = []
    for ask in parsed.asks:
        at = text.lower().find(ask.label.lower())
        if at < 0 or not all(categories.get(n.lower()) == "practice" for n in ask.names):
            continue
        if any(s <= at and at + len(ask.label) <= e and e - s > len(ask.label) + 10
               for s, e in inside):
            out.append(ask)
    return tuple(out)


COURSEWORK_ASK = re.compile(r"(?i)\b(coursework|courses?|classes|class work|modules)\b")
# an ask that itself wants only a little ("exposure to", "familiarity with", "basic
# understanding of"): a skill the resume marks as basic still meets it
LIGHT_ASK = re.compile(r"(?i)\b(exposure|familiar\w*|basic (?:understanding|knowledge)|"
                       r"awareness|interest in)\b")
_BASIC = (r"(?:basics? of|basic|beginner|elementary|familiar(?:ity)?(?: with)?|exposure(?: to| on)?|"
          r"základy|základní|grundkenntnisse(?: in)?|notions de|nociones de)")  # (in other languages)
# the resume's own word that a skill is still being learnt ("PyTorch (learning)", "currently
# learning Go"): not yet experience of it
_STUDY_WORD = r"(?:course|coursework|class|academic|university)"
_LEARNING = (r"(?:(?:currently|now|still) learning|learning in progress|" + _STUDY_WORD
             + r" (?:only|use|projects? only)|from (?:a|one) course)")


# a skill marked as known from study ("TensorFlow (course)", "R (coursework)", "SQL (class)")
_COURSE_MARK = r"(?:courses?|coursework|class(?:es)?|academic|university)"


def _marked_basic(text: str, skill: str) -> bool:
    """The line marks the skill as basic ("basic Python (pandas)", "Node.js (basic)", "Go
    (some)", "Tableau Public (beginner)", "Exposure on Python") or as still being learnt
    ("PyTorch (learning)")."""
    if not skill or not may_hold(text, skill.split(" (")[0]):
        return False  # the pattern needs the name (~4 ms to compile, once per skill and line)
    name = re.escape(skill.split(" (")[0])
    return bool(re.search(rf"(?i)\b(?:{_BASIC}|{_LEARNING})\s+(?:on\s+)?{name}\b|{name}(?:\s+[A-Z]\w+)?\s*\(\s*"
                          rf"(?:{_BASIC}|{_LEARNING}|some|learning|{_COURSE_MARK})\s*[),;:]|^\s*{name}\s+(?:{_BASIC}|some|learning)\s*$|"
                          rf"{name}\s+(?:basics?|beginner)\s*(?=[),;·|]|$)|"
                          rf"\([^():;]*\b{name}\b[^():;]*,\s*(?:{_BASIC}|some)\s*\)|"
                          rf"(?<!visual )\b(?:basics|beginner)\s*\([^()]*\b{name}\b|"
                          rf"\ba little\s+{name}\s*(?=[),;·|]|$)",
                          text))  # "SQL (basic, SQLite)", "AWS (basic: S3, ECS)", "SQL basic", "AWS (S3,
    # SageMaker basics)", a group marked at its end ("C++ (NDK, basic)") or head ("AWS basics (S3)")


def _kind_shown(ask: Ask, line: Line, index: Index) -> str:
    """For a kind ask ("a programming language"), the skill of that kind the line shows."""
    kinds = {n.split(":", 1)[1] for n in ask.names if n.startswith("kind:")}
    if not kinds:
        return ""
    direct = [s for s in sorted(line.skills) if kinds & set(skill_kinds(s, index.skill_kinds))]
    if direct:
        return pretty_skill(index, direct[0])
    if _role_kind(index, line) in ("product", "analytics", "other", "volunteer") or (
            line.where == "listed" and not line.skills & set(IMPLIES)):
        return ""  # a product manager who shipped an Android feature did not write its code
    for s in sorted(line.skills):
        imp = IMPLIES.get(s)
        if imp and imp[0] in kinds:
            return f"{imp[1]} (through {pretty_skill(index, s)})"
    return ""


def _missing(ask: Ask, index: Index, categories: dict[str, str], asked: str = "") -> str:
    """Why an ask is not shown, naming a neighbour the resume has ("AWS is not SageMaker"):
    only where every name asked is a tool of one kind (no language is a neighbour of "GPU
    programming or CUDA"), and never a tool the same line asks for itself ("Strong Python and
    one of Go or Java": Python is no neighbour of Go)."""
    label = _label(ask)
    every = {categories.get(n.lower()) for n in ask.names if not n.startswith("kind:")}
    cats = every if len(every) == 1 and every <= TOOL_NEIGHBOURS else set()
    said = asked.lower()
    near: list[str] = []
    for ln in index.lines:
        for s in sorted(ln.skills):
            if categories.get(s) in cats and s not in {n.lower() for n in ask.names} and not (
                    said and re.search(r"(?<![\w+#])" + re.escape(s) + r"(?![\w+#])", said)):
                near.append(s)
    if "SageMaker".lower() in {n.lower() for n in ask.names} and any(
            "aws" in ln.skills for ln in index.lines):
        near.insert(0, "aws")
    names = {s.lower(): s for s in categories}  # lower -> lower (names are keys)
    if near:
        first = names.get(near[0], near[0])
        pretty = pretty_skill(index, first)
        return f"nothing shows {label}; {pretty} is related but not the same thing"
    return f"nothing on the resume shows {label}"


# --------------------------------------------------------------------------- facets


def _combine(facets: Sequence[Facet]) -> Facet:
    """All must be met: the weakest facet decides; its reason leads."""
    real = [f for f in facets if f.verdict != "confirm"]
    if not real:
        return facets[0]
    worst = min(real, key=lambda f: RANK[f.verdict])
    evidence = next((f.evidence for f in sorted(real, key=lambda f: -RANK[f.verdict])
                     if f.evidence is not None), None)
    if worst.verdict == "met":  # each reason once ("large-scale data processing is shown, but
        # not in building a system" for Spark, Ray and AWS alike)
        reason = "; ".join(dict.fromkeys(f.reason for f in real if f.reason))
    else:
        reason = "; ".join(dict.fromkeys([worst.reason] + [
            f.reason for f in real if f is not worst and f.verdict != "met" and f.reason]))
    return Facet(worst.verdict, reason, evidence if worst.verdict != "not-met" else worst.evidence,
                 False, " | ".join(f.detail for f in real if f.detail),
                 next((f.years for f in [worst, *real] if f.years is not None), None))


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
        text = (f"{names}: listed in {where} ('{clip_with(lead.text, met[0].name, 70)}')" if where
                else f"{names}: shown in '{clip(lead.text, 80)}'")
        return Facet("met", text, lead, detail=detail)
    gaps = list(dict.fromkeys(f.why for f in found if f.verdict != "met"))
    verdict = "partly" if any(f.verdict != "not-met" for f in found) else "not-met"
    if met:
        gaps.append(f"{', '.join(f.name for f in met)} is shown")
    return Facet(verdict, "; ".join(gaps), lead, detail=detail)


def including_facet(parsed: Parsed, index: Index, categories: dict[str, str]) -> Facet:
    """"including code reviews, testing, build ...": at least two of them (or all of one or
    two) shown. A list of the software life cycle's practices is shown by professional work
    that does any of them (tests written, code reviewed, a CI pipeline, on-call): the years
    beside it say how long."""
    asked = {n.lower() for a in parsed.including for n in a.names}
    if parsed.practices:
        return practices_facet(parsed, index)
    if asked & LIFECYCLE_SKILLS:
        line = lifecycle_line(index)
        if line is not None:
            return Facet("met", f"your work shows the practices it lists ('{clip(line.text, 70)}')",
                         line, detail="a life-cycle practice in full-time work")
        near = lifecycle_line(index, ("other",))
        practices = ", ".join(a.label for a in parsed.including[:4])
        return Facet("partly", f"no bullet of your full-time work shows the practices it lists "
                     f"({practices})", near, detail="no life-cycle practice in full-time work")
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


# --------------------------------------------------------------------------- qualities


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
    companies: tuple[Company, ...] = ()  # employers LoopReady knows (knowledge/companies.json)
    start_by: int | None = None  # the latest start date the posting names (a month index)


# "by the start date", "before your start date"
START_DATE = re.compile(r"(?i)\b(?:the|your)\s+start(?:ing)?\s+date\b")

# where one way into a role ends and the next begins: "... AND 4+ years ... OR Master's degree
# ... AND 3+ years ... OR equivalent experience"
ALTERNATIVE = re.compile(r"(?-i:\s+OR\s+)|[,;]?\s+or\s+(?=(?:an?\s+|the\s+)?(?:bachelor|master|ph\.?\s?d|"
                         r"doctor|b\.?s\.?c?\b|m\.?s\.?c?\b|equivalent\s+(?:practical\s+|work\s+|"
                         r"professional\s+)?experience))", re.IGNORECASE)
# "3+ years of experience in data science (2+ years with a Master's degree)": fewer years with
# a degree, an alternative way in, not a degree asked of everyone
YEARS_WITH_DEGREE = re.compile(
    r"(?i)^(?P<main>.*?\b\d+\+?\s*(?:years?|yrs)\s+(?:of\s+)?(?:experience\s+)?(?:in\s+)?"
    r"(?P<subject>[^()]*?))\s*\((?P<fewer>\d+)\+?\s*(?:years?|yrs)\s+(?:with|given|for)\s+"
    r"(?P<degree>(?:an?\s+)?(?:master|ph\.?\s?d|doctor|bachelor)[^)]*)\)(?P<rest>.*)$")
EQUIVALENT = re.compile(r"(?i)^equivalent\s+(?:practical\s+|work\s+|professional\s+)?"
                        r"experience\W*$")


def alternatives(text: str, spans: Spans, categories: dict[str, str]) -> list[str] | None:
    """The ways a degree-and-years line can be met, when two or more of them pair a degree
    with years ("Bachelor's AND 4+ years ..., OR Master's AND 3+ years ..., OR PhD AND 1+
    year"): each is its own requirement, met only with its degree AND its years."""
    aside = YEARS_WITH_DEGREE.match(text.strip())
    if aside is not None:  # "3+ years of X (2+ years with a Master's degree)"
        main = (aside.group("main") + aside.group("rest")).strip(" ,;.")
        return [main, f"{aside.group('degree').strip()} and {aside.group('fewer')}+ years of "
                f"{aside.group('subject').strip()}"]
    parts = [x.strip(" ,;.") for x in ALTERNATIVE.split(text) if x.strip(" ,;.")]
    if len(parts) < 2:
        return None
    paired = 0
    for part in parts:
        q = parse(part, spans, categories)
        paired += q.degree is not None and bool(q.years)
    return parts if paired >= 2 else None


def judge_alternatives(req: Requirement, parts: Sequence[str], ctx: Context) -> RequirementMatch:
    """The best of the line's ways in. "Or equivalent experience" stands for the first way's
    years without its degree."""
    first = parse(parts[0], ctx.spans, ctx.categories)
    found: list[RequirementMatch] = []
    for part in parts:
        if EQUIVALENT.match(part):
            if first.years:
                q = replace(first, degree=None)
                facet = years_facet(q, ctx.index, ctx.find, ctx.categories)
                found.append(_match(req, replace(facet, reason="in place of the degree, "
                                                 + facet.reason), q, ctx))
            continue
        sub = Requirement(req.id, part, req.kind, req.skills)
        found.append(judge(sub, ctx, split=False))
    best = max(found, key=lambda m: RANK.get(m.verdict, 0))
    if best.verdict != "met":
        reason = "None of the ways in is fully met; the closest: " + best.reason[:1].lower() + \
            best.reason[1:]
        best = replace(best, reason=reason)
    return replace(best, requirement_id=req.id)


def judge_each(req: Requirement, parts: Sequence[str], ctx: Context) -> RequirementMatch:
    """Every part must be met: the weakest decides, its reason first."""
    found = [judge(Requirement(req.id, part, req.kind, req.skills), ctx, split=False)
             for part in parts]
    worst = min(found, key=lambda m: RANK.get(m.verdict, 0))
    if worst.verdict == "met":
        return replace(found[0], reason=" ".join(m.reason for m in found), requirement_id=req.id)
    return replace(worst, requirement_id=req.id)


PUBLICATIONS_TOO = re.compile(r"(?i)\b(?:publications?|papers?|published)\b")
DEGREE_OR_PAPERS = re.compile(r"(?i)\bor\b[^.;]{0,40}\b(?:publications?|papers?|published)\b")
PROFESSIONAL_WORK = re.compile(r"(?i)\b(?:professional|non-?internship|full-time)\b")


def judge(req: Requirement, ctx: Context, parsed: Parsed | None = None,
          split: bool = True) -> RequirementMatch:
    """The verdict for one requirement, with its evidence and a plain reason."""
    if split and req.kind != "responsibility":
        parts = alternatives(req.text, ctx.spans, ctx.categories)
        if parts is not None:
            return judge_alternatives(req, parts, ctx)
        both = conjunction(req.text)
        if both is not None:
            return judge_each(req, both, ctx)
    p = parsed or parse(req.text, ctx.spans, ctx.categories)
    index, exp = ctx.index, ctx.index.exp
    facets: list[Facet] = []
    if p.confirm in ("age", "authorisation", "availability", "language"):
        out = confirm_outcome(p.confirm, index.degrees, exp, ctx.eligible, req.text,
                              index.exp_text)
        if out.verdict in ("not-met", "met") or out.evidence:  # the resume answers it (a
            # degree ending later, a language left off or given with its level, high or low)
            return _match(req, _facet(out, index), p, ctx)
        return _match(req, Facet("confirm", out.reason, None, out.met_reading), p, ctx)
    if p.confirm == "conferral":
        out = conferral_outcome(req.text, index.degrees)
        if p.degree is not None and WINDOW_ALTERNATIVE.search(req.text) and out.verdict != "met":
            # "a Bachelor's in CS or related, or expected conferral of one between ...": the
            # window is for those still studying; a degree already held meets the line
            held = degree_outcome(p, [d for d in index.degrees if d.finished_by(exp.as_of)
                                      or (not d.expected and d.end is None)], exp, None)
            if held.verdict == "met":
                out = held
        return _match(req, _facet(out, index), p, ctx)
    if p.confirm == "enrolment":
        out = enrolment_outcome(p, index.degrees, exp)
        return _match(req, _facet(out, index), p, ctx)
    if CERTIFICATION.search(req.text) and p.degree is None and not p.years:
        return _match(req, certification_facet(req, index, ctx.find), p, ctx)
    years = years_facet(p, index, ctx.find, ctx.categories) if p.years else None
    if LARGE_EMPLOYER.search(req.text):
        facets.append(employer_facet(index, ctx.companies))
    if p.degree is not None:
        out = degree_outcome(p, index.degrees, exp, None if years is None else years.verdict == "met")
        degree = _facet(out, index)
        if degree.verdict != "met" and DEGREE_OR_PAPERS.search(req.text):  # "PhD or papers"
            degree = max((degree, publication_facet(p, index)), key=lambda f: RANK[f.verdict])
        if years is not None and len(p.degree.alternatives) > 1:
            # "PhD, or a Master's and 6+ years": the lower degree held without the years is
            # still part of the way there
            facets.append(degree if degree.verdict in ("met", "partly") else
                          _combine([degree, years]))
        else:
            facets += [degree] + ([years] if years is not None else [])
        if COMPLETION_WINDOW.search(req.text):  # "... completed between Dec 2025 and Aug 2026"
            window = req.text
            if ctx.start_by and START_DATE.search(req.text) and not re.search(r"\b20\d\d\b",
                                                                              window):
                # "completed by the start date": the latest start the posting names
                window = f"{req.text} (by {month_text(ctx.start_by)})"
            facets.append(_facet(conferral_outcome(window, index.degrees), index))
    elif years is not None:
        facets.append(years)
    if p.including:
        facets.append(including_facet(p, index, ctx.categories))
    gate = gate_facet(req, index, ctx.concepts) if not p.top_venue else None
    if gate is not None:
        facets.append(gate)
    p = examples_of_areas(p)
    gone = swallowed(p, without_tails(p.text), ctx.categories)
    extra = area_asks(p, req, gone)
    if extra and gone:
        p = replace(p, asks=tuple(a for a in p.asks if a not in gone))
    basics = fundamentals_facet(p, index) if p.fundamentals else None
    if basics is not None:
        facets.append(basics)
    elif p.asks or extra:
        facets.append(asks_facet(p, p.asks + extra, index, ctx.categories))
    if p.soft and not p.asks and not p.years and req.kind != "responsibility":
        facets.append(soft_facet(p, index, [s[2] for s in ctx.spans(req.text)]))
    if p.prior_work:
        facets.append(prior_work_facet(index, req.text))
    if not facets and not p.asks and SOFTWARE_WORK_ASK.search(req.text) \
            and req.kind != "responsibility" and not p.side_work:  # "your own software"
        facets.append(software_work_facet(index, bool(PROFESSIONAL_WORK.search(req.text))))
    if p.side_work:
        side = side_work_facet(index)
        if side.verdict != "met" and PUBLICATIONS_TOO.search(req.text):
            # "a track record of publications or substantial open-source contributions": a
            # peer-reviewed paper is the other way in
            paper = publication_facet(p, index)
            side = paper if RANK[paper.verdict] > RANK[side.verdict] else side
        facets.append(side)
    if p.top_venue:
        facets.append(publication_facet(p, index))
    kind_of = built_kind_facet(req, index) if (req.kind != "responsibility" and facets
                                               and not p.years) else None
    if kind_of is not None:
        facets.append(kind_of)
    spelled = specifics_facet(req, index) if (req.kind != "responsibility" and facets
                                              and not p.practices) else None
    if spelled is not None:
        facets.append(spelled)
    part: Facet | None = None
    if req.kind == "responsibility":  # the work itself, in whatever words: concepts first
        done = concept_facet(req, index, ctx.concepts)
        # the work, but not with the language or tool the line names ("... in C++"); its
        # concept words ("ranking models") are the work itself, read by the concepts
        lacking = [n for a in p.asks for n in a.names[:1] if ctx.categories.get(n.lower())
                   in CONCRETE_SKILLS and not index.find(a.names)]
        if done is not None and done.verdict == "met" and lacking:
            done = replace(done, verdict="partly", reason=f"{done.reason.rstrip('.')}; but "
                           f"nothing on the resume shows {' or '.join(lacking[:2])}")
        if done is not None and done.verdict == "met":  # one bullet does most of what it names
            return _match(req, done, p, ctx)
        part = done  # its lead work done and not the rest: partly, rather than not met
    if not facets and req.kind != "responsibility":
        where = background_facet(req, index)
        if where is not None:
            facets.append(where)
    if not facets and req.kind != "responsibility":
        named = literal_facet(req, index)
        if named is not None:
            facets.append(named)
    if not facets:
        facets.append(similarity_facet(req, index, ctx.tfidf, ctx.offset, ctx.bullet_rows))
    combined = _combine(facets)
    if (combined.verdict != "met" and req.kind != "responsibility" and p.asks and not p.years
            and p.degree is None and len(facets) == 1):
        # the skills asked are not shown, and the line lists alternatives the taxonomy does
        # not know: a bullet naming one of those meets it
        named = literal_facet(req, index, ctx.find)
        if named is not None:
            combined = named
    if part is not None and combined.verdict == "not-met":
        return _match(req, part, p, ctx)
    return _match(req, combined, p, ctx)


CONCRETE_SKILLS = frozenset({"language", "ml-framework", "aws-service", "database", "cloud",
                             "mobile"})


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
    names = [n.removeprefix("literal:") for a in p.asks + p.subject_asks for n in a.names
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
                            facet.verdict, evidence, facet.detail, facet.years)


def match_requirements(resume: Resume, job: JobDescription, exp: Experience,
                       find: Callable[[str], list[str]], spans: Spans,
                       categories: dict[str, str], index: Index | None = None,
                       concepts: tuple[Concept, ...] = (),
                       companies: tuple[Company, ...] = ()) -> tuple[RequirementMatch, ...]:
    """A verdict for every requirement of the posting, in its order. Without `index`, the
    resume's lines are indexed without the taxonomy's broader skills and kinds of skill
    (`build_index`: the judgment passes them)."""
    index = index or build_index(resume, exp, find, categories)
    tfidf = TfIdf([b.text for b in resume.bullets] + [r.text for r in job.requirements])
    rows = {b.id: i for i, b in enumerate(resume.bullets)}
    ctx = Context(index, find, spans, categories, tfidf, 0, rows, concepts=concepts,
                  companies=companies, start_by=latest_start(job.text))
    parsed = {r.id: parse(r.text, spans, categories) for r in job.requirements}
    gates = [judge(r, ctx, parsed[r.id]) for r in job.requirements
             if parsed[r.id].confirm in ("enrolment", "conferral")]
    ctx = Context(index, find, spans, categories, tfidf, 0, rows,
                  eligible=all(g.verdict in ("met", "confirm") for g in gates), concepts=concepts,
                  companies=companies, start_by=latest_start(job.text))
    return tuple(judge(r, ctx, parsed[r.id]) for r in job.requirements)
