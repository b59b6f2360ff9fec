"""The facets of a qualification that are not a skill or a number of years: qualities
(communication, problem solving), earlier technical work (internships, projects, hackathons),
publications at top venues, a foundation in computer science, what a posting spells out after
a colon, the software life cycle's practices, and the wording-based checks for
responsibilities (concepts, text similarity)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from app.analysis import areas
from app.analysis.asks import ANY_OF, DEPTH, FUNDAMENTALS, PRACTICE_NAMES, PRACTICES_NAMED, Parsed
from app.analysis.concepts import concept_positions, concepts_in
from app.analysis.experience import Work
from app.analysis.resume_lines import Facet, Index, Line, _header, _role_kind
from app.analysis.text import STOPWORDS, TfIdf, clip, find_phrases, stem, words
from app.models.knowledge import Company, Concept
from app.models.resume import Requirement

SIM_MET = 0.30  # text similarity at which a bullet does the work a responsibility describes
SIM_PARTLY = 0.18
SOFT_EVIDENCE = {  # quality -> (words that show it: met, words that touch it: partly)
    "communication": (("published", "publish", "wrote articles", "articles", "blog*", "presented",
                       "present results", "present findings", "present to", "presenting",
                       "presentations to",
                       "speaker", "keynote", "gave a talk", "talks at", "conducted a workshop",
                       "led a workshop", "ran a workshop", "workshops for", "workshops with",
                       "workshop for", "executive briefing*", "customer briefing*",
                       "taught", "teach", "teaches",
                       "teaching", "tutor*", "lectured", "technical writ*",
                       "wrote the documentation", "wrote documentation", "documented"),
                      ("communicat*", "stakeholder*", "reported", "report*")),
    "problem solving": (("competitive programming", "hackathon*", "icpc", "olympiad*",
                         "codeforces", "codechef", "hackerrank", "topcoder", "atcoder", "kattis",
                         "programming contest*", "coding competition*", "leetcode", "kaggle"),
                        ("solved", "debug*", "troubleshoot*", "root cause*")),
    "learning quickly": ((), ("self-taught", "learned", "picked up", "ramped up", "quickly")),
    "time management": ((), ("on time", "deadline*", "ahead of schedule", "prioriti*")),
    "decision making": ((), ("decided", "decision*", "trade-off*", "tradeoff*")),
    "teamwork": (("collaborat*", "cross-functional", "partnered", "partner with", "partners with",
                  "partnering with", "partnership with", "co-owned", "jointly with"), ("team*",)),
    "ownership": (("owned", "end-to-end", "end to end", "sole developer", "single-handedly"),
                  ("responsible for",)),
    "general": ((), ()),
}

# the practices of the software life cycle, as a bullet shows them being done
# the life cycle's practices: those a practice list may name (asks.PRACTICE_NAMES), git a tool
# among them aside, and the operations of running what was built
LIFECYCLE_SKILLS = (PRACTICE_NAMES - {"git"}) | {"operational excellence", "incident management"}

LIFECYCLE_GROUPS: dict[str, tuple[str, ...]] = {
    # testing (an A/B test is an experiment, not a software test)
    "testing": (
        "unit test*", "integration test*", "ui test*", "end-to-end test*", "e2e test*",
        "regression test*", "load test*", "automated test*", "test case*", "test coverage",
        "code coverage", "test harness*", "test suite*", "wrote tests", "writing tests", "tdd",
        "regression suite*", "test framework*", "testing framework*",
        "pytest", "junit", "xctest", "jest", "mockito", "selenium", "cypress", "playwright"),
    # reviews and design documents
    "reviews": (
        "code review*", "reviewing code", "reviewed code", "review code", "design review*",
        "architecture review*", "pull request*", "design document*", "design doc*"),
    # build, release, deployment
    "build and release": (
        "ci/cd", "ci pipeline*", "continuous integration", "continuous delivery", "jenkins",
        "github actions", "gitlab ci", "circleci", "build pipeline*", "release process*",
        "deployments", "deployment pipeline*", "fastlane", "releases"),
    # operations
    "operations": (
        "on-call", "on call", "oncall", "incident*", "postmortem*", "post-mortem*", "runbook*",
        "production support", "production issue*", "l3 support", "support rotation", "pager*"),
    # standards
    "standards": ("coding standard*", "coding style*", "code style*", "linting", "static analysis",
                  "sonarqube"),
}
LIFECYCLE = tuple(t for terms in LIFECYCLE_GROUPS.values() for t in terms)
# version control is a practice of its own when the ask lists it beside others; alone in a
# line it is too common a word to show the life cycle
VERSION_CONTROL = ("version control", "git", "merge request*", "branching strateg*")


def practices_shown(index: Index) -> dict[str, Line]:
    """The kinds of engineering practice the candidate's own bullets show (testing, reviews,
    build and release, standards, version control), each with its first line."""
    out: dict[str, Line] = {}
    # on-call and incidents are operations, not the practice of writing software
    groups = {**{k: v for k, v in LIFECYCLE_GROUPS.items() if k != "operations"},
              "version control": VERSION_CONTROL}
    for ln in index.lines:
        if not (ln.bullet_id and ln.where in ("work", "other") and areas.owned(ln.text)
                and (_role_kind(index, ln) in TECHNICAL_KINDS
                     or (ln.role is None and ln.where == "other"))):
            continue  # a programme manager's releases are not their own engineering practice
        text = EXPERIMENT_TESTS.sub(" ", ln.text)
        for name, terms in groups.items():
            if name not in out and find_phrases(text, terms):
                out[name] = ln
    return out


# an experiment's test ("the A/B testing framework", "split tests"): not a software test
EXPERIMENT_TESTS = re.compile(r"(?i)\b(?:a/b|ab|split|multivariate|multi-variate)[- ]test\w*"
                              r"(?:\s+(?:framework|platform|harness|suite|tool)s?)?")


def lifecycle_line(index: Index, where: tuple[str, ...] = ("work",)) -> Line | None:
    """The first bullet (of the given kind of work) that shows a life-cycle practice."""
    return next((ln for ln in index.lines if ln.bullet_id and ln.where in where
                 and areas.owned(ln.text)
                 and find_phrases(EXPERIMENT_TESTS.sub(" ", ln.text), LIFECYCLE)), None)

def practices_facet(parsed: Parsed, index: Index) -> Facet:
    """"Solid software engineering: testing, code review, CI/CD": the practices are what the
    quality means; two kinds of them in the candidate's own work show it (code review is
    seldom written down where tests and a CI pipeline are)."""
    shown = practices_shown(index)
    at = PRACTICES_NAMED.search(parsed.text)
    named = (parsed.text[at.end():].strip(" )") if at else "") or ", ".join(
        a.label for a in parsed.including[:4])
    detail = f"{len(shown)} kinds of engineering practice in your bullets (need 2)"
    if len(shown) >= 2:
        kinds = list(shown)[:3]
        return Facet("met", f"your work shows engineering practice ({', '.join(kinds)}: "
                     f"'{clip(shown[kinds[0]].text, 60)}')", shown[kinds[0]], detail=detail)
    first = next(iter(shown.values()), None)
    return Facet("partly", f"few of the practices it names ({named}) show in your bullets; "
                 "name the tests, reviews or build pipeline of your own work", first,
                 detail=detail)


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
    if hit is None and quality == "communication":  # people trained, a guide written for others
        hit = next((ln for ln in bullets if TRAINED_PEOPLE.search(ln.text)
                    or WROTE_FOR_OTHERS.search(ln.text)), None)
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

# communication shown as teaching: "Trained 20+ client staff in Power BI", "trained 4 new
# technicians" (not "trained a model")
TRAINED_PEOPLE = re.compile(
    r"(?i)\btrain(?:ed|s|ing)\s+(?:\d+\+?\s+|all\s+|the\s+|our\s+|new\s+)*(?:[\w-]+\s+){0,2}?"
    r"(?:staff|users|colleagues|teachers|technicians|analysts|engineers|students|clients|hires|"
    r"employees|team members|managers|nurses|clinicians|agents)\b")
# communication shown as writing for others: a guide, a design doc, documentation (not runbooks
# for on-call, which are operations)
WROTE_FOR_OTHERS = re.compile(
    r"(?i)\b(?:wr(?:ote|ites|iting)|author(?:ed)?|publish(?:ed)?)\b[^.;]{0,40}\b(?:guides?|"
    r"documentation|docs|design docs?|rfcs?|handbooks?|tutorials?|playbooks?|white ?papers?)\b")

TECHNICAL_KINDS = frozenset({"engineering", "science", "research", "internship", "project",
                             "study"})

TECHNICAL_RESULT = re.compile(r"(?i)\b\d+(?:\.\d+)?\s?x\s+(?:speed-?up|faster)|\bspeed-?up\b|"
                              r"\b\d+(?:\.\d+)?\s?x\s+(?:lower|less|smaller|fewer)\b")

_WHAT = {"internship": "an internship", "project": "a project", "engineering": "a job",
         "science": "a job", "research": "research", "study": "research"}

def prior_work_facet(index: Index, text: str = "") -> Facet:
    """"Internship, co-op, research or substantial project experience building software":
    any earlier technical work that built something (an internship, a co-op, research, a
    project, or a job)."""
    technical = re.compile(r"(?i)\b(software|engineer\w*|developer|data|machine learning|ml|"
                           r"research|co-?op|sde|swe|web|it|programm\w*)\b")
    from app.analysis.asks import ONLY_INTERNSHIPS

    kinds = ("internship",) if ONLY_INTERNSHIPS.search(text) else (
        "internship", "project", "engineering", "science", "research", "study")
    work = [w for w in index.exp.work if w.kind in kinds
            and (w.hands_on or (w.kind == "internship" and technical.search(w.title)))]
    work.sort(key=lambda w: ("internship", "engineering", "science", "research", "study",
                             "project").index(w.kind))
    if work:
        w = work[0]
        return Facet("met", f"{_WHAT[w.kind]}: {w.title}"
                     + (f" at {w.organization}" if w.organization else ""), _header(index, w))
    if kinds == ("internship",) and any(w.counted and w.kind == "engineering"
                                        for w in index.exp.work):
        return Facet("partly", "no internship is on the resume; your full-time engineering "
                     "work says more, but the line asks for an internship", None)
    return Facet("not-met", "no technical internship or project is on the resume", None)


# "building and shipping software", and the noun form "professional software development"
SOFTWARE_WORK_ASK = re.compile(r"(?i)\b(?:build\w*|develop\w*|ship\w*|writ\w*|deliver\w*)\b"
                               r"(?:\s+\w+){0,3}\s+software\b|\bsoftware (?:development|"
                               r"engineering)\b(?! (?:life ?cycle|process|methodolog))")


def software_work_facet(index: Index, professional: bool = False) -> Facet:
    """"Experience building and shipping software as part of a team": full-time software
    engineering is that; an internship or a project is part of the way, unless the line asks
    for professional work ("experience in professional software development")."""
    job = max((w for w in index.exp.work if w.counted and w.kind == "engineering"),
              key=lambda w: w.months, default=None)
    if job is not None and job.months >= 6:
        return Facet("met", f"you build software in a team as {job.title}", _header(index, job))
    if professional:
        return Facet("not-met", "no full-time software engineering job is on the resume "
                     "(internships and projects are not professional work)", None)
    near = next((w for w in index.exp.work if w.kind in ("internship", "project") and w.hands_on),
                None)
    if near is not None:
        return Facet("partly", f"an internship or project ({near.title}), not yet a job",
                     _header(index, near))
    return Facet("not-met", "no software built in a job, an internship or a project", None)

OPEN_SOURCE = ("open source", "open-source", "github stars", "contributor*", "pull request*",
               "maintainer", "hackathon*", "devpost")

def side_work_facet(index: Index) -> Facet:
    """"Contributions to open source, hackathons or personal projects": a project the
    candidate built, a hackathon, or open-source work."""
    jobs = [j for j in index.exp.work if j.counted and j.kind in ("engineering", "science")]
    # a project done for a client inside a full-time job's dates is the job's work, not side work
    projects = [w for w in index.exp.work if w.kind == "project" and (w.hands_on or w.role >= 0)
                and not (w.organization and any(j.start - 1 <= w.start and w.end <= j.end + 1
                                                for j in jobs))]
    line = next((ln for ln in index.lines if ln.bullet_id and find_phrases(ln.text, OPEN_SOURCE)),
                None)
    if line is not None:
        return Facet("met", f"'{clip(line.text, 70)}'", line)
    if projects:
        w = projects[0]
        return Facet("met", f"a project you built: {w.title}", _header(index, w))
    own = next((w for w in index.exp.work if w.hands_on and OWN_WORK.search(
        f"{w.title} {w.organization}")), None)
    if own is not None:  # software you built and shipped under your own name
        return Facet("met", f"software you built and shipped yourself: {w_label(own)}",
                     _header(index, own))
    return Facet("not-met", "no personal project, hackathon or open-source work is on the "
                 "resume", None)


# work under one's own name (not a contract placed by an agency)
OWN_WORK = re.compile(r"(?i)\b(freelanc\w*|self-employed|independent (?:developer|engineer)|"
                      r"indie (?:developer|hacker))\b")


def w_label(w: Work) -> str:
    return ", ".join(x for x in (w.title, w.organization) if x)

VENUES = re.compile(
    r"(?i:\b(neurips|nips|icml|iclr|acl|emnlp|naacl|eacl|coling|cvpr|iccv|eccv|kdd|sigir|www|"
    r"wsdm|recsys|aaai|ijcai|uai|aistats|colt|jmlr|tmlr|tpami|pami|icra|iros|interspeech|"
    r"icassp|interspeech|sigmod|vldb|icde|osdi|sosp|nsdi|sigcomm|eurosys|chi|uist|miccai|isbi|pnas|"
    r"journal|proceedings|transactions on|conference on|international conference|"
    r"symposium on|bioinformatics|medical image analysis|research)\b)|\b(?:Nature|Science|Cell)\b|"
    r"\bJ\.\s+[A-Z][a-z]")  # "J. Chem. Inf. Model.": a journal's abbreviation

NAMED_VENUES = re.compile(
    r"(?i)\b(neurips|nips|icml|iclr|acl|emnlp|naacl|eacl|coling|cvpr|iccv|eccv|kdd|sigir|www|"
    r"wsdm|recsys|aaai|ijcai|uai|aistats|colt|jmlr|tmlr|tpami|pami|icra|iros|interspeech|"
    r"icassp|sigmod|vldb|icde|osdi|sosp|nsdi|sigcomm|eurosys|chi|uist|miccai|isbi)\b")
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
    # "Publications at CVPR, ICCV, ECCV, NeurIPS or similar venues": a paper at a venue of that
    # kind (one LoopReady knows by name), not any journal of another field
    named = len(NAMED_VENUES.findall(parsed.text)) >= 2
    # a venue the posting names itself ('Papers at ArabicNLP, Interspeech or similar venues'):
    # a paper there, workshop or not, is what it asks for
    listed = re.search(r"\b(?:at|in)\s+((?:[A-Z][\w-]*(?:\s*,\s*|\s+or\s+|\s+and\s+)?){1,8})"
                       r"(?:,?\s*or similar|\s*venues?\b|\s*conferences?\b|\s*journals?\b)",
                       parsed.text)
    asked = [v for v in re.findall(r"\b(?:[A-Z][a-z]+[A-Z]\w*|[A-Z]{4,})\b", listed.group(1))
             if not re.fullmatch(r"(?i)papers?|publications?|phd|msc|bsc|genai|llms?", v)
             ] if listed else []
    for ln in dated:
        there = next((v for v in asked if re.search(rf"\b{re.escape(v)}\b", ln)), None)
        # a workshop beside a main conference the posting names ('NeurIPS Workshop on ...') is
        # not that conference
        if there is not None and not (NAMED_VENUES.search(there) and NOT_MAIN.search(ln)):
            return Facet("met", f"a paper at {there}, a venue the posting names",
                         Line(ln, "other", frozenset(), frozenset()))
    venue = NAMED_VENUES if named else VENUES
    main = next((ln for ln in dated if venue.search(ln) and not NOT_MAIN.search(ln)), None)
    if main is not None:
        return Facet("met", f"a peer-reviewed paper: '{clip(main, 80)}'",
                     Line(main, "other", frozenset(), frozenset()))
    if named:
        other = next((ln for ln in dated if VENUES.search(ln) and not NOT_MAIN.search(ln)), None)
        if other is not None:
            return Facet("partly", f"'{clip(other, 70)}' is peer-reviewed, but not at a venue "
                         "like those the posting names",
                         Line(other, "other", frozenset(), frozenset()))
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

RECENT_WORK_MONTHS = 36


def fundamentals_facet(parsed: Parsed, index: Index) -> Facet | None:
    """"A solid foundation in data structures and algorithms": a computing degree (finished or
    under way) teaches them; coursework that names them shows them too."""
    degree = next((d for d in index.degrees if d.level >= 1 and d.field == "computing"), None)
    if degree is not None and not FUNDAMENTALS.search(parsed.text) and not any(
            w.counted and w.kind in ("engineering", "science")
            and w.end >= index.exp.as_of - RECENT_WORK_MONTHS for w in index.exp.work):
        return None  # "experience in any of the following areas: algorithms and data
        # structures, ...": the degree with recent engineering or science work, not the degree
        # alone (a student's, or a product manager's whose engineering was long ago)
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
        return _part_done(wanted, names, index, lexicon)
    n, ln = best
    shown = ", ".join(names[c] for c in wanted if c in set(concepts_in(ln.text, lexicon)))
    return Facet("met", f"You have done this work ({shown}): '{clip(ln.text, 80)}'", ln,
                 detail=f"{n} of {len(wanted)} concepts in one bullet")


def _part_done(wanted: list[str], names: dict[str, str], index: Index,
               lexicon: tuple[Concept, ...]) -> Facet | None:
    """A bullet that does the responsibility's lead work but not the rest ("Mentor junior
    engineers and raise standards through code reviews" against "Mentored two junior
    engineers"): part of it is done, which is more than nothing. The caller uses it only when
    the responsibility's asks would otherwise say not met."""
    for ln in index.lines:
        if ln.bullet_id and wanted[0] in set(concepts_in(ln.text, lexicon)):
            rest = ", ".join(names[c] for c in wanted[1:])
            return Facet("partly", f"you have done part of this ({names[wanted[0]]}: "
                         f"'{clip(ln.text, 80)}'), but not {rest}" if rest else
                         f"you have done part of this: '{clip(ln.text, 80)}'", ln,
                         detail=f"the lead concept of {len(wanted)} in one bullet")
    return None

# words a qualification is made of that say nothing of what is asked
_GENERIC_TERMS = frozenset("""
a an and or of in on at to for with by from as the its their our your you is are be
experience experienced knowledge understanding strong solid good excellent proven ability skills
skill data system systems using use used working work hands-on deep expertise background track
record familiarity familiar plus preferred including years year professional least one two
similar related field area areas tools tool environment environments other such like e.g
""".split())


def _content_terms(text: str) -> tuple[str, ...]:
    """The words of a qualification that say what it asks (not "experience with", "data")."""
    words = re.findall(r"[a-z][a-z0-9+#-]*", text.lower())
    return tuple(dict.fromkeys(w for w in words if w not in _GENERIC_TERMS and len(w) > 2))


def _has_terms(text: str, terms: Sequence[str]) -> bool:
    """Every term, or a word sharing its first five letters, is in the text."""
    words = re.findall(r"[a-z][a-z0-9+#-]*", text.lower())
    return all(any(w == t or (len(t) >= 5 and w.startswith(t[:5])) for w in words)
               for t in terms)


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
    if req.kind != "responsibility":
        terms = _content_terms(req.text)
        whole = next((x for x in index.lines if x.bullet_id and x.where in ("work", "other")
                      and _has_terms(x.text, terms)), None) if len(terms) >= 2 else None
        if whole is not None:  # "Backtesting frameworks and point-in-time data" against
            # "Backtesting framework in Python/polars, point-in-time correct"
            return Facet("met", f"a bullet of your work names all of it: "
                         f"'{clip(whole.text, 80)}'", whole,
                         detail=f"every content word of the line in one bullet ({', '.join(terms)})")
    return Facet("partly", f"The closest bullet, '{clip(ln.text, 70)}', does not clearly "
                 "show it", ln, detail=f"best text match {sim:.2f}")


# what a qualification says before its list of alternatives ("Experience with", "You have
# worked with"), and the words of an item that name no thing ("another adversarial domain")
_LEAD_IN = re.compile(
    r"(?i)^\s*(?:(?:hands-on|solid|strong|deep|proven|some|prior|practical|professional|"
    r"working|good)\s+)*(?:experience|familiarity|exposure|knowledge|background|expertise|"
    r"proficiency|comfort)\s+(?:with|in|of|using|on|at|building|modell?ing)\s+|"
    r"^\s*(?:you(?:'ve| have)\s+)?(?:worked|built|shipped)\s+(?:with|in|on)\s+")
_ITEM_CUT = re.compile(r"(?i)\s*(?:,|;|(?<=\w{3})/(?=\w{3})|\s/\s|\(|\)|\band/or\b|\bor\b|\be\.g\.,?|\bsuch as\b|"
                       r"\blike\b|\betc\b\.?|\bideally\b|\bpreferably\b)\s*")
_OR_LIST = re.compile(r"(?i)\bor\b|\be\.g\.|\bsuch as\b")
_ALTERNATIVES = re.compile(r"(?i)\bor\b|\(|\be\.g\.|\bsuch as\b")
LITERAL_EMPTY = frozenset("""another other similar equivalent adjacent domain domains industry
industries field fields area areas setting settings data dataset datasets experience tool tools
system systems technology technologies environment environments platform platforms work
problem problems project projects application applications ui heavy based type types kind
kinds related relevant comparable modern large scale enough""".split())


# the kind of thing an item names ("training platforms", "testing tools"): with one content word
# left, the item says what the thing is for, which a line doing that work does not show
_KIND_HEADS = frozenset("""platform platforms tool tools system systems application applications
technology technologies environment environments""".split())


def _item_words(text: str) -> frozenset[str]:
    """An item's content words, hyphenated compounds split ("energy-market": energy, market)."""
    out = {stem(p) for w in words(text) for p in w.split("-") if p}
    return frozenset(w for w in out if w not in STOPWORDS and w not in LITERAL_EMPTY
                     and len(w) > 1 and not w.isdigit())


def literal_facet(req: Requirement, index: Index,
                  find: Callable[[str], list[str]] | None = None) -> Facet | None:
    """A qualification of alternatives in words the taxonomy does not know ("weather, sensor
    or energy-market data", "Camera, AVFoundation or Metal", "Contract testing (Pact)"): met
    when a bullet of work or a project names one of them, every content word of it. With
    `find` (the skills finder), only the alternatives that name no skill LoopReady knows are
    read this way ("off-road, agricultural, construction or mining": construction; a known
    skill is judged as a skill, never by its words)."""
    if not _ALTERNATIVES.search(req.text):
        return None
    body = _LEAD_IN.sub("", req.text, count=1)
    items = [(part.strip(), _item_words(part)) for part in _ITEM_CUT.split(body)]
    # "training platforms": a platform for training, not any line that trained something
    items = [(part, it) for part, it in items if it and len(it) <= 3
             and not (len(it) == 1 and _KIND_HEADS & {w.lower() for w in words(part)})]
    if find is not None:
        if not _OR_LIST.search(req.text):  # "habits (tests, code review, CI)": all of them
            return None
        items = [(part, it) for part, it in items if not find(part)]
    if len(items) < 2:
        return None
    for ln in index.lines:
        if not ln.bullet_id or ln.where not in ("work", "other"):
            continue
        have = _item_words(ln.text)
        for part, it in items:
            if it <= have:
                return Facet("met", f"{clip(part, 40)} shows in '{clip(ln.text, 70)}'", ln,
                             detail=f"one of {len(items)} alternatives named in a bullet")
    return None


# "multi-tenant services", "event-driven systems": the kind of system asked, in one compound
BUILT_KIND = re.compile(r"(?i)\b([a-z]{3,}-[a-z]{3,})\s+(?:services?|systems?|platforms?|"
                        r"applications?|apps|architectures?|backends?|environments?)\b")
# compounds another rule reads already (scale, quality words), or that say nothing specific
KIND_GENERIC = frozenset("""large-scale high-scale web-scale internet-scale production-grade
production-ready well-designed well-tested world-class best-in-class high-quality
customer-facing user-facing client-facing end-to-end full-stack back-end front-end
cloud-based web-based""".split())
KIND_PARTS = frozenset("""multi low high non self cross well driven based facing native grade
time scale critical oriented aware ready""".split())


def built_kind_facet(req: Requirement, index: Index) -> Facet | None:
    """"Designing, building and operating multi-tenant services on AWS": the kind of system
    (multi-tenant) is what is asked; AWS alone is part of it. Met by a work line that names
    that kind ("tenant", "event-driven"), partly otherwise."""
    m = BUILT_KIND.search(req.text)
    if m is None or m.group(1).lower() in KIND_GENERIC or re.search(
            r"(?i)\b(?:other|similar|any)\s+$", req.text[:m.start()]):
        return None  # "robots, vehicles or other real-time systems": one example among others
    if re.match(r"\s*\(", req.text[m.end():]):
        return None  # "event-driven architectures (Kafka, SNS/SQS)": the tools are its examples
    compound = m.group(1).lower()
    kinds = [compound]
    before = re.search(r"(?i)\b([a-z]{3,}-[a-z]{3,})\s+or\s+$", req.text[:m.start()])
    if before is not None and before.group(1).lower() not in KIND_GENERIC:
        kinds.insert(0, before.group(1).lower())  # "a real-time or low-latency environment"
    for kind in kinds:
        for ln in index.lines:
            if ln.where in ("work", "other") and re.search(_kind_pattern(kind), ln.text):
                return Facet("met", f"you show {kind} work ('{clip(ln.text, 70)}')", ln,
                             detail=f"{kind}: shown")
    compound = " or ".join(kinds)
    return Facet("partly", f"no line shows {compound} {m.group(0).split()[-1]}", None,
                 detail=f"{compound}: not shown")


def _kind_pattern(compound: str) -> str:
    """How a line names a kind of system: its telling half ("tenant" for "multi-tenant",
    "latency" for "low-latency"), or the whole compound when that half is short ("real-time")."""
    a, b = compound.split("-", 1)
    key = b if a in KIND_PARTS else a if b in KIND_PARTS else compound
    if len(key) < 5 or key == compound:
        return r"(?i)\b" + re.escape(a) + r"[\s-]?" + re.escape(b) + r"\b"
    if key in ("latency", "throughput"):  # or the figure itself ("p99 under 60 ms", "9k rps")
        return (r"(?i)\b" + re.escape(key) + r"\w*|\bp(?:50|95|99)\b|\d\s?ms\b|\bqps\b|\brps\b|"
                r"\brequests (?:per|a) second\b")
    return r"(?i)\b" + re.escape(key) + r"\w*"


BACKGROUND = re.compile(r"(?i)\b(background|domain(?![- ]experts?\b)|industry|sector)\b")
_BACKGROUND_STOP = frozenset("""background domain industry sector experience in or and with the
a an of any other similar related strong prior previous knowledge""".split())


def background_facet(req: Requirement, index: Index) -> Facet | None:
    """"Automotive or ADAS background": the industry shows in where you worked, the employer's
    name or the role's title ("Embedded Engineer, ADAS Camera" at "Kestrel Automotive")."""
    if not BACKGROUND.search(req.text) or len(req.text) > 90:
        return None
    words = [w for w in re.findall(r"[A-Za-z][\w&+-]{2,}", req.text)
             if w.lower() not in _BACKGROUND_STOP and w.lower() not in STOPWORDS]
    if not words:
        return None
    for w in index.exp.work:
        if not (w.counted or w.kind in ("analytics", "product", "other")):
            continue
        where = f"{w.title} {w.organization}"
        hit = next((x for x in words if re.search(r"(?i)\b" + re.escape(x) + r"\w*", where)),
                   None)
        if hit:
            return Facet("met", f"your work at {w.organization or w.title} is in {hit}",
                         _header(index, w))
    return None


# "a role with a large technology company", "at a big tech company"
LARGE_EMPLOYER = re.compile(r"(?i)\b(?:large|big|major|leading|top)[- ](?:tech(?:nology)?|internet|"
                            r"software|consumer tech\w*)[- ](?:compan(?:y|ies)|firms?|employers?)\b|"
                            r"\bbig tech\b|\bfaang\b")


def employer_facet(index: Index, companies: Sequence[Company]) -> Facet:
    """A role at a large technology company: an employer LoopReady knows to run at large scale."""
    large = [c for c in companies if c.large_scale]
    for w in index.exp.work:
        if not (w.counted or w.kind in ("analytics", "product", "other")):
            continue  # full-time roles, not internships, study or projects
        org = f" {w.organization.lower()} "
        hit = next((c for c in large if any(re.search(r"(?<![\w])" + re.escape(a) + r"(?![\w])", org)
                                            for a in c.aliases)), None)
        if hit is not None:
            return Facet("met", f"you worked at {hit.name}", _header(index, w))
    return Facet("partly", "none of your employers is a large technology company LoopReady "
                 "knows; if one is, say so with its size", None)
