"""The resume read once as evidence lines for the qualification verdicts.

Each line carries its weight as evidence:

- "work": a bullet or title of a counted role (full-time engineering or science), or the tools
  line of such a role ("Environment: Java 17, Spring Boot, Kafka");
- "other": a bullet of an internship, research, project, teaching or other role;
- "listed": a skills line or the summary (the candidate's own list);
- "course": coursework.

Plus the resume's publication lines, and the small checks every verdict shares (a line at
scale, a line that builds a system, the header line of a role).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from app.analysis.areas import LLM_AS_TOOL
from app.analysis.education import Degree, heading_title, section_lines
from app.analysis.experience import DATA_STORES, Experience, Work, years_of
from app.analysis.skillkinds import IMPLIES, skill_kinds
from app.analysis.text import find_phrases
from app.legal_names import LEGAL_SUFFIXES, SHORT_LEGAL_SUFFIXES
from app.models.resume import Resume

# an organisation's legal form at its end, in its usual case ("Colivrai SAS", "Brenner AG")
_LEGAL_END = re.compile(r"[\s,]+(?:" + "|".join(SHORT_LEGAL_SUFFIXES + LEGAL_SUFFIXES) + r")\s*$")

STRENGTH = {"work": 3, "other": 2, "listed": 1, "course": 0}

SCALE_WORDS = ("million*", "billion*", "petabyte*", "terabyte*", "tb", "pb", "qps", "tps", "rps",
               "requests per", "events per", "messages per", "transactions per", "records per",
               "orders per", "large-scale", "large scale", "at scale", "distributed",
               "high-traffic", "high volume", "high-volume", "web-scale", "multi-region",
               "clusters", "gpus", "tpus", "multi-node")

_BIG_NUMBER = re.compile(r"(?i)\b\d[\d,.]*\s*(?:k|m|mm|b|bn|million|billion|thousand)\+?\b|"
                         r"\b\d{2,3},\d{3}\b|\b\d,\d{3}\s*(?:\w+\s+){0,2}(?:per|a|an|each)\s+"
                         r"(?:second|sec|minute|min|s)\b|\b\d,\d{3}\s*(?:qps|rps|tps)\b")

DESIGN_VERBS = ("design*", "redesign*", "re-design*", "architect*", "built", "build*",
                "led the design", "re-architect*", "provision*", "scaled", "set the architecture",
                "lead", "leads", "led")

SYSTEM_NOUNS = ("system*", "service*", "microservice*", "infrastructure", "platform*",
                "architecture", "backend", "back-end", "distributed", "pipeline*", "engine",
                "framework*", "database schema*", "data model*", "cluster*", "network*",
                "monitoring", "partitioning", "event-sourcing model", "queu*", "firmware",
                "bootloader*", "driver*", "controller*")

ML_WORDS = ("machine learning", "ml", "deep learning", "neural", "model", "models", "modeling",
            "modelling", "predictive", "classifier*", "nlp", "natural language", "computer vision",
            "recommend*", "ranking", "llm*", "transformer*", "pytorch", "tensorflow",
            "scikit-learn", "xgboost", "reinforcement learning", "forecast*", "ai", "cnn", "cnns",
            "convolutional", "object detection", "perception software", "perception model*",
            "perception stack", "diffusion*", "imitation learning", "policy learning",
            "learned polic*", "fine-tun*", "tensorrt", "sim-to-real")

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
    # each skill (lower case) -> the kinds it counts as (`skillkinds.taxonomy_kinds`)
    skill_kinds: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    role_sections: dict[int, str] = field(default_factory=dict)  # role index -> its section

    def find(self, names: Sequence[str]) -> list[Line]:
        """Lines showing any of `names` (skills or "kind:<kind>"), strongest first."""
        low = {n.lower() for n in names}
        kinds = {n.split(":", 1)[1] for n in low if n.startswith("kind:")}
        literal = [re.compile(r"(?i)(?<![\w])" + re.escape(n.split(":", 1)[1]) + r"(?![\w])")
                   for n in low if n.startswith("literal:")]
        hits = [ln for ln in self.lines if (ln.skills & low) or (ln.kinds & kinds)
                or any(rx.search(ln.text) for rx in literal)]
        return sorted(hits, key=lambda ln: -STRENGTH[ln.where])

def _kinds(skills: Sequence[str], categories: dict[str, str],
           taxonomy: Mapping[str, tuple[str, ...]], implied: bool = True) -> frozenset[str]:
    out: set[str] = set()
    for s in skills:
        out.update(skill_kinds(s, taxonomy))
        if not implied:
            continue
        imp = IMPLIES.get(s.lower())
        if imp is None and categories.get(s.lower()) == "aws-service":
            imp = ("cloud", "AWS")
        if imp:
            out.add(imp[0])
    return frozenset(out)

STACK_LABEL = re.compile(r"(?i)^\W*(?:(?:environment|tech(?:nology|nical)? stack|"
                         r"technologies(?: used)?|tools(?: used)?|stack|built with|tech used)\s*:\s*\S|"
                         # a project table's row ('Environment  PySpark, AWS EMR, S3', '使用技術
                         # Tech stack Python, PyTorch, Faiss'): the cells joined, no colon
                         r"(?:environment|[^\x00-\x7F]+\s+(?:tech(?:nology|nical)? stack|"
                         r"technologies|tools))\s+[A-Z0-9][^,:]{0,40},)")

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

# the next line of a wrapped reference: lower case, or the venue's own words
REFERENCE_GOES_ON = re.compile(r"^(?:[a-z(]|(?:Workshop|Conference|Proceedings|Symposium|"
                               r"Transactions|Journal|Track|pp\.|vol\.)\b|\d{1,4}\s*\()")
PAPER_SECTION = re.compile(r"(?i)\b(publications?|papers|patents?|research output|"
                           r"selected works?|bibliography)\b")

def build_index(resume: Resume, exp: Experience, find: Callable[[str], list[str]],
                categories: dict[str, str],
                broader: dict[str, tuple[str, ...]] | None = None,
                kinds: Mapping[str, tuple[str, ...]] | None = None) -> Index:
    """Every bullet, role title, skills and summary line, with its skills and weight. A line
    that shows a skill shows the broader skills it is one of (`broader`, from the taxonomy's
    `kind_of`: a pgvector index is a vector database, a MySQL schema is SQL work), and the
    kinds of skill they count as (`kinds`, from `skillkinds.taxonomy_kinds`)."""
    taxonomy = kinds or {}
    by_role = {w.role: w for w in exp.work if w.role >= 0}
    lines: list[Line] = []
    wider = broader or {}

    def add(text: str, where: str, bid: str = "", role: int | None = None,
            read: str | None = None) -> None:
        found = find(text if read is None else read)
        if "LLM" in found and LLM_AS_TOOL.search(text):  # "LLM-generated captions": a tool
            found = [f for f in found if f != "LLM"]    # used, not language-model work
        found += [name for rx, name in IMPLIED_SKILLS if rx.search(text) and name not in found]
        found += [b for name in list(found) for b in wider.get(name.lower(), ()) if b not in found]
        # a platform shows its language only in hands-on work (a product manager who shipped
        # an Android feature did not write its Kotlin)
        w = by_role.get(role) if role is not None else None
        hands_on = w is None or w.kind not in ("product", "analytics", "other", "volunteer")
        lines.append(Line(text, where, frozenset(s.lower() for s in found),
                          _kinds(found, categories, taxonomy, hands_on), bid, role))

    for i, role in enumerate(resume.roles):
        w = by_role.get(i)
        if w is not None:
            # an employer's legal form is no skill ("Colivrai SAS" names no statistics package)
            org = _LEGAL_END.sub("", role.organization)
            add(f"{role.title}, {role.organization}, {role.dates}".strip(", "),
                "work" if w.counted else "other", role=i,
                read=f"{role.title}, {org}, {role.dates}".strip(", "))
    for b in resume.bullets:
        w = by_role.get(b.role) if b.role is not None else None
        add(b.text, "work" if (w is not None and w.counted) else "other", b.id, b.role)
    for text, owner in _stack_lines(resume):  # "Environment: Java 17, Spring Boot, Kafka"
        w = by_role.get(owner)
        add(text, "work" if (w is not None and w.counted) else "other", role=owner)
    for text in section_lines(resume, ("skills", "summary")):
        add(text, "listed")
    known = {ln.text for ln in lines}
    for s in resume.skills:
        if s and s not in known and not any(s in ln.text for ln in lines if ln.where == "listed"):
            add(s, "listed")
    for text in section_lines(resume, ("education",)):
        if THESIS_LINE.search(text):  # "Thesis: real-time defect segmentation on a Jetson
            # (PyTorch, TensorRT)": work the student did, like a project's
            add(text, "other")
        elif re.search(r"(?i)course|curriculum|modules|subjects", text):
            add(text, "course")
    role_text = {i: w.text for i, w in by_role.items()}
    titles = {sec.title.strip() for sec in resume.sections}
    papers: list[str] = []
    on = False
    joined_at = -2  # the raw line the last paper line came from
    for k, raw in enumerate((resume.text or "").splitlines()):
        t = raw.strip()
        if on and t and papers and joined_at == k - 1 and (
                not papers[-1].endswith(".") or REFERENCE_GOES_ON.match(t)):
            # a reference wrapped onto this line ("... NeurIPS 2023" / "Workshop on ...")
            papers[-1] = f"{papers[-1]} {t}"
            joined_at = k
            continue
        # "Publications (selected, of 34)" is the section the reader titled "Publications",
        # "P U B L I C A T I O N S" the one it titled "PUBLICATIONS"
        title = heading_title(t, titles) or heading_title(re.sub(r"\s*\([^()]*\)$", "", t), titles)
        if title is not None:
            on = bool(PAPER_SECTION.search(title))
            continue
        if t and (on or re.search(r"(?i)\b(papers?|published|publications?)\b", t)):
            papers.append(t)
            joined_at = k
    return Index(lines, exp, exp.degrees, role_text, categories, resume.text or "", papers,
                 taxonomy, {i: r.section for i, r in enumerate(resume.roles)})

# a thesis or capstone printed under its degree
THESIS_LINE = re.compile(r"(?i)^\W*(?:(?:master'?s|bachelor'?s|diploma|honou?rs|doctoral|phd)\s+)?"
                         r"(?:thesis|dissertation)\b")


def tool_use(area_id: str, unless: re.Pattern[str] | None, lines: Sequence[Line]) -> Line | None:
    """The first bullet that only used a language model as a tool (the LLM and NLP areas)."""
    if area_id not in ("llm", "nlp") or unless is None:
        return None
    return next((ln for ln in lines if ln.bullet_id and unless.search(ln.text)), None)


# a name the resume uses for a skill the taxonomy spells otherwise: a managed Kubernetes is
# Kubernetes, "PCI scope" is PCI DSS
IMPLIED_SKILLS = (
    (re.compile(r"\b(?:GKE|EKS|AKS|OpenShift|k8s)\b"), "Kubernetes"),
    (re.compile(r"(?i)\bdbt models?\b"), "Data Modeling"),  # the tables a dbt project defines
    (re.compile(r"(?i)\b(?:support|pager|on-?call|escalation)\s+(?:in\s+)?rotations?\b|"
                r"\brotation\b[^.;]{0,20}\bsupport\b|\bL[23] support\b"), "On-Call"),
    # people led or supervised ('Lead two junior engineers', 'Leading a team of 3 engineers',
    # 'Supervised 4 interns'): mentoring them, whatever the verb
    (re.compile(r"(?i)\b(?:lead|leads|led|leading|supervis\w*|coach\w*|manag(?:e|es|ed|ing))\s+"
                r"(?:a\s+(?:small\s+)?team\s+of\s+|(?:the|our|my)\s+)?(?:\d+|two|three|four|five|six|"
                r"seven|eight|nine|ten|several|junior|new)\s+(?:[\w']+\s+){0,2}?(?:engineers|developers|"
                r"scientists|analysts|interns|juniors|hires|researchers|students)\b"), "Mentoring"),
)

def _scaled(line: Line, index: Index) -> bool:
    """Scale in the line itself, or in the other bullets of the same full-time role."""
    text = line.text
    if line.where == "work" and line.role is not None:
        text += " " + index.role_text.get(line.role, "")
    return bool(find_phrases(text, SCALE_WORDS) or _BIG_NUMBER.search(text))

# the systems of data work: a warehouse that loads many sources is a system its owner built
DATA_SYSTEMS = (*DATA_STORES, "warehouse*", "datamart*", "star schema*", "dag", "dags",
                "data model*")
OWNING_VERBS = ("own", "owns", "owned", "created", "stood up", "migrated", "modeled", "modelled")


def _builds(line: Line, index: Index) -> bool:
    """The line builds a system (or belongs to a full-time engineering role)."""
    if find_phrases(line.text, SYSTEM_NOUNS) and find_phrases(line.text, DESIGN_VERBS + (
            "develop*", "implement*", "deploy*", "train*", "serv*")):
        return True
    if find_phrases(line.text, DATA_SYSTEMS) and find_phrases(
            line.text, DESIGN_VERBS + OWNING_VERBS + ("develop*", "implement*")):
        return True
    work = next((w for w in index.exp.work if w.role == line.role), None)
    return line.where == "work" and work is not None and work.kind == "engineering"

def _role_kind(index: Index, line: Line) -> str:
    """The kind of work of the role a line belongs to ('' when none)."""
    work = next((w for w in index.exp.work if w.role == line.role and line.role is not None),
                None)
    return work.kind if work is not None else ""

@dataclass(frozen=True)
class Facet:
    verdict: str  # "met" | "partly" | "not-met" | "confirm"
    reason: str  # a plain clause
    evidence: Line | None = None
    met_reading: bool = False  # for "confirm": the best reading
    detail: str = ""
    years: float | None = None  # a years line: the years of the asked kind it counted

def _header(index: Index, work: Work) -> Line | None:
    if work.role < 0:
        return Line(work.title, "work" if work.counted else "other", frozenset(), frozenset())
    return next((ln for ln in index.lines if ln.role == work.role and not ln.bullet_id), None)

Spans = Callable[[str], list[tuple[int, int, str]]]


OO_DESIGN = "object-oriented design"
# languages whose everyday code is classes and interfaces: work in them is design in objects
# (experts split on Python, PHP or Swift work: a script or a screen need not be)
CLASS_LANGUAGES = frozenset({"java", "c++", "c#", "kotlin", "scala"})


def object_oriented_work(index: Index, away: Callable[[str, str], bool]) -> tuple[Line, str] | None:
    """A line of a year or more of full-time engineering that builds in a class-based language
    ("Wrote the Java bidding service's scoring library"), and that language: such work is
    object-oriented design, though no resume names it (both experts on set 18: met for
    developers in Java and C#, never for a JavaScript front end)."""
    if years_of(index.exp, lambda w: w.kind == "engineering") < 1.0:
        return None
    jobs = [w for w in index.exp.work if w.counted and w.kind == "engineering"]
    # a job's own lines, and those of the projects listed under it ("Project: ...")
    roles = {w.role for w in jobs} | {w.role for w in index.exp.work if w.kind == "project" and any(
        j.start - 1 <= w.start and w.end <= j.end + 1 for j in jobs)}
    dated = {w.role for w in index.exp.work}
    sections = index.role_sections
    for ln in index.lines:
        role = ln.role
        while (role is not None and role > 0 and role not in dated
               and sections.get(role - 1) == sections.get(role)):
            role -= 1  # an undated sub-heading ("Project: Payment Orchestration") is its job's
        if ln.where == "listed" or role not in roles:
            continue
        for s in sorted(ln.skills):
            name = pretty_skill(index, s) if s in CLASS_LANGUAGES else ""
            implied = IMPLIES.get(s)  # Spring Boot code is Java, .NET code C#
            if not name and implied and implied[0] == "language" \
                    and implied[1].lower() in CLASS_LANGUAGES:
                name = implied[1]
            if name and not away(ln.text, name):  # not "Migrated the Java jobs to Python"
                return ln, name
    return None


def pretty_skill(index: Index, low: str) -> str:
    """A skill as the resume spells it (the first line that has it)."""
    for ln in index.lines:
        if low in ln.skills:
            m = re.search(re.escape(low), ln.text, re.IGNORECASE)
            if m:
                return ln.text[m.start():m.end()]
    return low
