"""Requirement matches and the fit score (skills, experience, culture), every point a Reason.

Skills: each JD requirement is met or unmet by skill overlap through the taxonomy, text
similarity to the bullets (TF-IDF fitted on this resume + JD), degree words and years.
Basic qualifications weigh more than preferred ones and responsibilities.
Experience: years estimated from role dates against the JD, the level estimate against the
JD's level, and evidence of owning models in production (role pack production_signals).
Culture: principle coverage weighted by how often each is asked plus the role's emphasis.
The points of each component's reasons add up exactly to the component score.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.analysis.concepts import concept_positions, concepts_in
from app.analysis.text import TfIdf, apportion, clip, find_phrases, rnd
from app.models.knowledge import Concept, Knowledge, RolePack
from app.models.report import FitScore, PrincipleRating, Reason, RequirementMatch
from app.models.resume import Bullet, JobDescription, Requirement, Resume

WEIGHTS = {"skills": 0.45, "experience": 0.30, "culture": 0.25}
KIND_WEIGHT = {"basic": 3.0, "preferred": 1.5, "responsibility": 1.0}
SIM_MET = 0.22  # TF-IDF cosine above which a bullet meets a requirement on its own
SIM_SUPPORT = 0.12  # cosine above which a bullet is shown as supporting evidence
PRESENT_YEAR = 2026  # latest year "Present" can mean; fixed so the same inputs give the same report
STRENGTH_CREDIT = {"strong": 1.0, "thin": 0.5, "none": 0.0}
SCOPE_WORDS = ("led", "lead", "leading", "architected", "mentored", "mentor", "mentoring",
               "owned", "managed", "manager", "head of", "principal", "staff", "senior",
               "tech lead", "drove", "spearheaded", "founded", "co-founded", "directed",
               "hired", "supervised", "cto", "vp")
DEGREES = (  # (name, words in any case, abbreviations matched case-sensitively, rank)
    ("phd", r"(?i:\b(doctorate|doctoral|ph\.?\s?d)\b)", r"\b(Ph\.?\s?D|PhD|D\.Phil)\b", 3),
    ("master", r"(?i:\b(master'?s?|mba|msc|m\.\s?tech)\b)",
     r"\b(M\.?\s?S\.?c?|MS|M\.?\s?Eng|M\.?\s?Tech|MBA|MSc|M\.A\.)(?![A-Za-z])", 2),
    ("bachelor", r"(?i:\b(bachelor'?s?|undergraduate|bsc|b\.\s?tech|btech)\b)",
     r"\b(B\.?\s?S\.?c?|BS|B\.?\s?A\.|BA|B\.?\s?E\.|BE|B\.?\s?Eng|B\.?\s?Tech|BSc)(?![A-Za-z])", 1),
)
MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
_DATE_TOKEN = re.compile(
    r"(?i)\b(?:(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*"
    r"(?P<y1>(?:19|20)\d\d)|(?P<mm>0?[1-9]|1[0-2])\s*[/.-]\s*(?P<y2>(?:19|20)\d\d)"
    r"|(?P<y3>(?:19|20)\d\d)|(?P<now>present|current|now|today|ongoing))\b")
_YEARS_CLAIM = re.compile(r"(?i)\b(\d{1,2})\+?\s*(?:years|yrs)\b(?:\s+of)?\s+(?:\w+\s+){0,3}experience")
CLAIM_WINDOW = 1200  # characters from the top of the resume where a years claim is trusted
INTERN = re.compile(r"(?i)\b(intern|internship|co-?op|trainee|summer)\b")
STUDENT_ROLE = re.compile(
    r"(?i)\b(student|teaching assistant|graduate assistant|volunteer|member|club|"
    r"ambassador|tutor|coach)\b")
UNPAID_SECTION = re.compile(
    r"(?i)\b(volunteer\w*|campus|activities|involvement|extracurricular|community|"
    r"honou?rs|awards|societ\w*|clubs?)\b")


@dataclass(frozen=True)
class Experience:
    """Years and level, estimated from the resume."""

    years: float | None  # professional (non-internship) years
    intern_years: float
    level: str
    level_reason: str
    scope_bullets: tuple[str, ...]


def present_month(text: str) -> int:
    """The month "Present" stands for: mid-year after the latest year the resume mentions
    (a resume is read as of when it was written), never later than PRESENT_YEAR."""
    years = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text or "")]
    latest = min(PRESENT_YEAR, max(years) + 1) if years else PRESENT_YEAR
    return latest * 12 + 5


def _month_index(m: re.Match[str], end: bool, present: int) -> int | None:
    if m.group("now"):
        return present
    if m.group("y1"):
        return int(m.group("y1")) * 12 + MONTHS[m.group("mon").lower()[:3]] - 1
    if m.group("y2"):
        return int(m.group("y2")) * 12 + int(m.group("mm")) - 1
    if m.group("y3"):
        return int(m.group("y3")) * 12
    return None


def role_span(dates: str, present: int = PRESENT_YEAR * 12 + 5) -> tuple[int, int] | None:
    """(start, end) month indexes of a role's dates, or None if they cannot be read."""
    found = list(_DATE_TOKEN.finditer(dates or ""))
    if not found:
        return None
    start = _month_index(found[0], False, present)
    end = _month_index(found[-1], True, present) if len(found) > 1 else None
    if start is None:
        return None
    if end is None or end == start:  # a single date: count a few months at that time
        end = start + (5 if found[0].group("y3") else 2)
    if end < start:
        start, end = end, start
    return start, min(end, max(present, start))


def _merged_months(spans: Sequence[tuple[int, int]]) -> int:
    total, cur = 0, None
    for s, e in sorted(spans):
        if cur is None or s > cur[1]:
            if cur:
                total += cur[1] - cur[0]
            cur = [s, e]
        else:
            cur[1] = max(cur[1], e)
    if cur:
        total += cur[1] - cur[0]
    return total


def section_kinds(resume: Resume) -> dict[str, str]:
    """Section title -> kind."""
    return {s.title: s.kind for s in resume.sections}


PRO_TITLE = re.compile(
    r"(?i)\b(engineer|developer|scientist|director|lead|manager|analyst|founder|co-founder|cto|"
    r"ceo|architect|researcher|consultant|designer|administrator|programmer|specialist|head)\b")
SENIOR_TITLE = re.compile(
    r"(?i)\b(senior|sr\.?|lead|principal|staff|head|manager|director|cto|chief|vp)\b")


def _bucket(title: str, section: str, kind: str) -> str:
    """'pro', 'intern' (internships, student jobs, projects) or 'unpaid' (volunteering, clubs)."""
    if INTERN.search(title):
        return "intern"
    if UNPAID_SECTION.search(section) or (STUDENT_ROLE.search(title) and not PRO_TITLE.search(title)):
        return "unpaid" if re.search(r"(?i)volunteer|member|club|coach|ambassador|campus|"
                                     r"involvement|community|extracurricular|activit",
                                     title + " " + section) else "intern"
    if kind == "projects":
        return "intern"
    return "pro"


def estimate_experience(resume: Resume, role_pack: RolePack) -> Experience:
    """Professional years from role dates (overlaps merged; internships, projects and
    volunteering apart), then a level from years and scope (led, architected, mentored, owned)."""
    kinds = section_kinds(resume)
    spans: dict[str, list[tuple[int, int]]] = {"pro": [], "intern": [], "unpaid": []}
    senior_titles = 0
    present = present_month((resume.text or "") + " " + " ".join(r.dates for r in resume.roles))
    for role in resume.roles:
        kind = kinds.get(role.section, "experience")
        if kind in ("education", "skills"):
            continue
        span = role_span(role.dates, present)
        if span is None:
            continue
        bucket = _bucket(role.title, role.section, kind)
        spans[bucket].append(span)
        if bucket == "pro" and SENIOR_TITLE.search(role.title):
            senior_titles += 1
    years: float | None = round(_merged_months(spans["pro"]) / 12, 1) if spans["pro"] else None
    intern_years = round(_merged_months(spans["intern"]) / 12, 1)
    source = "role dates"
    claim = _YEARS_CLAIM.search((resume.text or "")[:CLAIM_WINDOW])
    if claim and 0 < float(claim.group(1)) <= 40:
        # The candidate's own "N years of experience" near the top beats our date arithmetic
        # ("Present" is ambiguous in an undated resume).
        years, source = float(claim.group(1)), f"your own summary ('{claim.group(0)}')"
    if years is None and resume.roles:
        years, source = 0.0, "role dates (no paid, non-internship role found)"
    scope = tuple(b.id for b in resume.bullets if find_phrases(b.text, SCOPE_WORDS))
    level, why = _level(years, intern_years, len(scope), senior_titles, role_pack)
    if years is None:
        reason = f"No readable role dates, so years are unknown; {why}"
    else:
        reason = f"About {years:g} professional years from {source}"
        if intern_years:
            reason += f" (plus {intern_years:g} in internships, student roles or projects, not counted)"
        reason += f"; {why}"
    return Experience(years, intern_years, level, reason, scope)


def _level(years: float | None, intern_years: float, scope: int, senior_titles: int,
           pack: RolePack) -> tuple[str, str]:
    levels = sorted(pack.levels, key=lambda lv: lv.years_min) if pack.levels else []
    ids = [lv.id for lv in levels] or ["L4", "L5", "L6"]
    mins = [lv.years_min for lv in levels] or [0.0, 3.0, 7.0]
    y = years or 0.0
    if y < 0.5 and intern_years < 0.25:
        return "below", ("no professional role or internship found, so below the entry level "
                         f"({ids[0]})")
    if y < 0.5:
        return ids[0], f"internship-level experience only: entry level ({ids[0]})"
    idx = max(i for i, m in enumerate(mins) if y >= m or i == 0)
    why = f"{y:g} years puts you at {ids[idx]} by years"
    signals = min(scope, 3) + senior_titles
    if idx + 1 < len(ids) and scope >= 2 and signals >= 3 and y >= mins[idx + 1] - 1.0:
        idx += 1
        why += (f", raised to {ids[idx]} by scope ({scope} bullets with led/architected/"
                f"mentored/owned, {senior_titles} senior titles)")
    elif idx == len(ids) - 1 and idx > 0 and scope == 0 and senior_titles == 0:
        idx -= 1
        why += f", held at {ids[idx]}: no scope words (led, architected, mentored, owned)"
    else:
        why += f" ({scope} scope bullets, {senior_titles} senior titles)"
    return ids[idx], why


def _degree_rank(text: str) -> int:
    """The highest degree the text names: 3 PhD, 2 master's, 1 bachelor's, 0 none."""
    return max((r for _, words, abbr, r in DEGREES
                if re.search(words, text) or re.search(abbr, text)), default=0)


def _required_degree(text: str) -> int:
    """The lowest degree a requirement accepts (0 when it asks for none)."""
    ranks = [r for _, words, abbr, r in DEGREES if re.search(words, text) or re.search(abbr, text)]
    if ranks:
        return min(ranks)
    return 1 if re.search(r"(?i)\bdegree\b(?!\s+of\b)", text) else 0  # not "a high degree of"


# fields of study: a degree requirement naming them asks for the degree's field, not for skills
TECH_FIELDS = re.compile(
    r"(?i)\b(computer|computing|software|electrical|electronics?|engineering|mathemati\w*|maths?|"
    r"statistic\w*|physics|data science|informatics?|information (?:technology|systems?|science)|"
    r"computational|machine learning|artificial intelligence|operations research|"
    r"applied science|robotics|econometrics|(?-i:CS|CSE|EECS|ECE))\b")
FIELD_ASK = re.compile(
    r"(?i)\b(computer|engineering|mathemati\w*|math|statistic\w*|physics|data science|"
    r"information systems|stem|technical|quantitative|related field|related discipline|"
    r"operations research|economics|machine learning|CS|CE)\b")
FIELD_CATEGORIES = ("ml-concept", "data", "domain", "practice", "soft-skill", None)


# wider fields a requirement can accept by name: "related STEM field", "quantitative field"
FIELD_WIDER = (
    (re.compile(r"(?i)\bstem\b|\b(natural|life|physical) sciences?\b"),
     re.compile(r"(?i)\b(biolog\w*|chemi\w*|bio\w*|neuroscience|science)\b")),
    (re.compile(r"(?i)\bquantitative\b"),
     re.compile(r"(?i)\b(quantitative|economics|finance|biophysics|bioinformatics)\b")),
)


def degree_lines(text: str) -> tuple[tuple[int, str], ...]:
    """(rank, text) of each degree line of a resume, with the next line (the field is often
    on it: "Bachelor of Science" / "Computer Science")."""
    lines = [ln.strip() for ln in (text or "").splitlines()]
    out = []
    for i, line in enumerate(lines):
        rank = _degree_rank(line)
        if rank:
            out.append((rank, " ".join(lines[i:i + 2])))
    return tuple(out)


def field_fits(line: str, req_text: str) -> bool:
    """Whether a degree line is in a field the requirement accepts: a technical field, a field
    the requirement names, or one its wider wording allows (STEM, quantitative)."""
    if TECH_FIELDS.search(line):
        return True
    named = [w for w in re.findall(r"[a-z]{5,}", req_text.lower())
             if w not in ("degree", "bachelor", "master", "related", "field", "fields", "other",
                          "equivalent", "science", "enrolled", "years", "experience", "above")]
    if any(re.search(rf"(?i)\b{re.escape(w)}\b", line) for w in named):
        return True
    return any(ask.search(req_text) and ok.search(line) for ask, ok in FIELD_WIDER)


def degree_field(lines: Sequence[tuple[int, str]], need: int, req_text: str) -> str:
    """The first degree line of at least rank `need` in a field the requirement accepts, or ''."""
    return next((clip(t, 70) for r, t in lines if r >= need and field_fits(t, req_text)), "")


ML_CORE = ("model", "models", "modeling", "modelling", "machine learning", "ml", "deep learning",
           "neural", "classifier*", "llm*", "nlp", "computer vision", "recommender*",
           "predictive", "applied science")
ANY_LIST = re.compile(r"(?i)\b(any of the following|one or more of the following|"
                      r"at least one of the following|any of these)\b")
SOFT_CATEGORIES = ("practice", "soft-skill")  # context only: they never decide met/unmet
# A requirement that asks for a kind of skill, not a named one: any resume skill of that kind
# meets it. Kinds are taxonomy categories narrowed where a category is broader than the ask
# (a "deep learning framework" is PyTorch, not pandas; a "programming language" is not HTML).
CATEGORY_PHRASES = (
    ("programming language*", "language"), ("software language*", "language"),
    ("modern language*", "language"), ("scripting language*", "language"),
    ("coding language*", "language"), ("general-purpose language*", "language"),
    ("object-oriented language*", "language"), ("object oriented language*", "language"),
    ("related language*", "language"), ("similar language*", "language"),
    ("other language*", "language"), ("high-level language*", "language"),
    ("deep learning framework*", "dl-framework"), ("dl framework*", "dl-framework"),
    ("deep learning librar*", "dl-framework"), ("neural network framework*", "dl-framework"),
    ("ml framework*", "ml-framework"), ("machine learning framework*", "ml-framework"),
    ("ml librar*", "ml-framework"), ("machine learning librar*", "ml-framework"),
    ("object-oriented programming", "oo-language"), ("object oriented programming", "oo-language"),
    ("object-oriented design", "oo-language"), ("object oriented design", "oo-language"),
    ("oop", "oo-language"), ("ood", "oo-language"),
    ("cloud platform*", "cloud"), ("cloud provider*", "cloud"), ("public cloud*", "cloud"),
    ("cloud computing platform*", "cloud"), ("cloud environment*", "cloud"),
    ("cloud service provider*", "cloud"), ("major cloud*", "cloud"),
)
KIND_LABELS = {"language": "languages", "dl-framework": "deep learning frameworks",
               "ml-framework": "ML frameworks", "cloud": "cloud platforms",
               "oo-language": "object-oriented languages"}
OO_LANGUAGES = frozenset({"java", "c++", "c#", "python", "kotlin", "swift", "scala", "ruby",
                          "php", "typescript", "objective-c", "dart", "f#", "groovy", "smalltalk"})
# "such as Java, C++ or C#", "Java, C++, Python or related language": the named skills are
# examples of a kind when they all share it and the wording says so
EXAMPLES = re.compile(r"(?i)(at least one|one or more|such as|e\.g\.|for example|like|"
                      r"or (?:a )?(?:related|similar|equivalent|comparable)|any (?:modern|major))\b")
NOT_PROGRAMMING = frozenset({"html", "css", "sql"})  # markup and queries are not programming
DL_FRAMEWORKS = frozenset({
    "pytorch", "pytorch lightning", "tensorflow", "keras", "jax", "flax", "mxnet", "caffe",
    "hugging face", "deepspeed", "megatron-lm", "paddlepaddle", "theano", "chainer"})
CLOUD_PLATFORMS = frozenset({"aws", "azure", "gcp", "heroku", "digitalocean", "firebase",
                             "cloudflare", "oracle cloud", "ibm cloud", "alibaba cloud"})
# a skill that shows a kind without naming it: Node.js code is JavaScript, SageMaker runs on AWS
IMPLIES = {
    "node.js": ("language", "JavaScript"), "express.js": ("language", "JavaScript"),
    "react": ("language", "JavaScript"), "vue.js": ("language", "JavaScript"),
    "angular": ("language", "TypeScript"), "jquery": ("language", "JavaScript"),
    "django": ("language", "Python"), "flask": ("language", "Python"),
    "fastapi": ("language", "Python"), "pandas": ("language", "Python"),
    "numpy": ("language", "Python"), "pytorch": ("language", "Python"),
    "scikit-learn": ("language", "Python"), "spring boot": ("language", "Java"),
    "android": ("language", "Java or Kotlin"), "ios": ("language", "Swift or Objective-C"),
    "ruby on rails": ("language", "Ruby"), "laravel": ("language", "PHP"),
    ".net": ("language", "C#"), "asp.net": ("language", "C#"),
    "vertex ai": ("cloud", "GCP"), "gke": ("cloud", "GCP"), "pub/sub": ("cloud", "GCP"),
    "google cloud dataflow": ("cloud", "GCP"), "aks": ("cloud", "Azure"),
    "azure machine learning": ("cloud", "Azure"),
}


def skill_kinds(name: str, categories: dict[str, str] | None) -> tuple[str, ...]:
    """The kinds a resume skill counts as ("language", "dl-framework", "ml-framework", "cloud")."""
    low = name.lower()
    cat = (categories or {}).get(low, "")
    kinds: list[str] = []
    if cat == "language" and low not in NOT_PROGRAMMING:
        kinds.append("language")
    if low in OO_LANGUAGES:
        kinds.append("oo-language")
    if low in DL_FRAMEWORKS:
        kinds.append("dl-framework")
    if cat == "ml-framework":
        kinds.append("ml-framework")
    if low in CLOUD_PLATFORMS:
        kinds.append("cloud")
    return tuple(kinds)


def resume_kinds(skills: Sequence[str], categories: dict[str, str] | None,
                 ) -> dict[str, list[str]]:
    """Kind -> the resume's skills of that kind, named ones first, then implied ones
    ("JavaScript (via Node.js)"; any AWS service shows AWS)."""
    named: dict[str, list[str]] = {}
    implied: dict[str, list[str]] = {}
    for name in sorted(skills, key=str.lower):
        for kind in skill_kinds(name, categories):
            named.setdefault(kind, []).append(name)
        low = name.lower()
        imp = IMPLIES.get(low)
        if imp is None and (categories or {}).get(low) == "aws-service":
            imp = ("cloud", "AWS")
        if imp:
            implied.setdefault(imp[0], []).append(f"{imp[1]} (via {name})")
            if imp[0] == "language" and imp[1].split(" or ")[0].lower() in OO_LANGUAGES:
                implied.setdefault("oo-language", []).append(f"{imp[1]} (via {name})")
    out: dict[str, list[str]] = {}
    for kind in sorted(set(named) | set(implied)):
        have = named.get(kind, [])
        shown = {h.lower() for h in have}
        extra = [i for i in implied.get(kind, []) if i.split(" (via ")[0].lower() not in shown]
        # one implied line per implied skill name (AWS via S3, not also via EC2, IAM ...)
        seen: set[str] = set()
        once: list[str] = []
        for line in extra:
            if line.split(" (via ")[0] not in seen:
                seen.add(line.split(" (via ")[0])
                once.append(line)
        extra = once
        out[kind] = list(dict.fromkeys(have + extra))
    return out


def asked_kinds(text: str, wanted: Sequence[str], categories: dict[str, str] | None) -> list[str]:
    """The kinds a requirement asks for: by a kind phrase ("a scripting language"), or by
    examples that all share a kind ("such as Java, C++, or C#")."""
    kinds = list(dict.fromkeys(c for phrase, c in CATEGORY_PHRASES if find_phrases(text, (phrase,))))
    if not kinds and len(wanted) >= 2 and EXAMPLES.search(text):
        shared = set(skill_kinds(wanted[0], categories))
        for w in wanted[1:]:
            shared &= set(skill_kinds(w, categories))
        for kind in ("dl-framework", "language", "cloud"):
            if kind in shared:
                kinds.append(kind)
                break
    if "dl-framework" in kinds and "ml-framework" in kinds:
        kinds.remove("ml-framework")
    return kinds


def match_requirements(resume: Resume, job: JobDescription, years: float | None,
                       find_skills: Callable[[str], list[str]],
                       tfidf: TfIdf, bullet_offset: int,
                       categories: dict[str, str] | None,
                       concepts: tuple[Concept, ...],
                       ) -> tuple[RequirementMatch, ...]:
    """Met or unmet for each requirement, with the bullets and skills that meet it. A
    requirement that asks for a kind of skill ("at least one programming language") is met
    by any resume skill of that category in the taxonomy; one that names common concepts
    ("cost efficiency", "own end to end") is met by a bullet that shows its lead concept and
    at least half of its concepts (knowledge/concepts.json)."""
    bullets = resume.bullets
    lexicon = concepts
    bullet_concepts = [set(concepts_in(b.text, lexicon)) for b in bullets]
    names = {c.id: c.name for c in lexicon}
    bullet_skills = [set(find_skills(b.text)) for b in bullets]
    section_skills = set(find_skills(" \n ".join(resume.skills))) | set(
        s for s in resume.skills if s)
    resume_skills_all = set().union(*bullet_skills) | section_skills | set(find_skills(resume.text))
    resume_skills_lower = {s.lower() for s in resume_skills_all}
    degree = _degree_rank(resume.text)
    field = degree_lines(resume.text)
    by_kind = resume_kinds(sorted(resume_skills_all), categories)
    ml_bullets = sum(1 for b in bullets if find_phrases(b.text, ML_CORE))
    out: list[RequirementMatch] = []
    for req in job.requirements:
        named = [s for s in dict.fromkeys(req.skills or tuple(find_skills(req.text)))]
        wanted_cats = asked_kinds(req.text, named, categories)
        kind_skills = list(dict.fromkeys(s for c in wanted_cats for s in by_kind.get(c, [])))
        by_concept = concept_match(req.text, bullet_concepts, lexicon)
        area = listed_area(req.text, bullets) if ANY_LIST.search(req.text) else None
        gate = gated_concept(req.text, resume.text or "", bullets, lexicon)
        out.append(_match_one(req, bullets, bullet_skills, resume_skills_lower, degree, years,
                              find_skills, tfidf, bullet_offset, kind_skills, bool(wanted_cats),
                              categories, ml_bullets, by_concept, names, gate,
                              " and ".join(KIND_LABELS[c] for c in wanted_cats), field, area))
    return tuple(out)


def listed_area(text: str, bullets: Sequence[Bullet]) -> tuple[int, str] | None:
    """(bullet index, area) for the first area of an "any of the following areas: A, B, or C"
    list that a bullet names ("algorithms" in "Designed graph algorithms ..."), else None."""
    tail = text.split(":", 1)[1] if ":" in text else text[ANY_LIST.search(text).end():]  # type: ignore[union-attr]
    areas = [a.strip(" .;") for a in re.split(r"(?i),|;|\bor\b|\band\b|/", tail)]
    areas = [a for a in areas if len(a) >= 4 and a.lower() not in ("other", "similar", "related")]
    for area in areas:
        words = area.split()
        pattern = " ".join(words[:-1] + [words[-1].rstrip("s") + "*"]) if words else area
        for i, b in enumerate(bullets):
            if find_phrases(b.text, (area, pattern)):
                return i, area
    return None


def gated_concept(text: str, resume_text: str, bullets: Sequence[Bullet],
                  lexicon: tuple[Concept, ...]) -> str:
    """The name of a gating concept the requirement leads with ("Publications or patents in
    machine learning") that the resume never shows, else ''."""
    pos = concept_positions(text, lexicon)
    if not pos:
        return ""
    lead = min(pos, key=lambda cid: (pos[cid], cid))
    concept = next(c for c in lexicon if c.id == lead)
    if not concept.gate:
        return ""
    shown = find_phrases(resume_text, concept.terms) or any(
        find_phrases(b.text, concept.terms) for b in bullets)
    return "" if shown else concept.name


CONCEPT_SHARE = 0.5  # a bullet must show at least this share of a requirement's concepts


def concept_match(text: str, bullet_concepts: Sequence[set[str]],
                  lexicon: tuple[Concept, ...]) -> tuple[int, tuple[str, ...], tuple[str, ...]] | None:
    """(bullet index, concepts it shows, all the requirement's concepts) for the bullet that
    best covers a requirement's concepts, provided it shows the lead concept (the first one
    the requirement names) and at least half of them, two at least when the requirement names
    two or more; else None."""
    pos = concept_positions(text, lexicon)
    if not pos:
        return None
    wanted = tuple(sorted(pos, key=lambda cid: (pos[cid], cid)))
    lead = wanted[0]
    best: tuple[int, int] | None = None
    for i, have in enumerate(bullet_concepts):
        if lead not in have:
            continue
        n = sum(1 for c in wanted if c in have)
        if n / len(wanted) < CONCEPT_SHARE or (len(wanted) >= 2 and n < 2):
            continue
        if best is None or n > best[0]:
            best = (n, i)
    if best is None:
        return None
    i = best[1]
    return i, tuple(c for c in wanted if c in bullet_concepts[i]), wanted


def _match_one(req: Requirement, bullets: Sequence[Bullet], bullet_skills: list[set[str]],
               resume_skills: set[str], degree: int, years: float | None,
               find_skills: Callable[[str], list[str]], tfidf: TfIdf,
               bullet_offset: int, kind_skills: Sequence[str] = (),
               asks_kind: bool = False, categories: dict[str, str] | None = None,
               ml_bullets: int = 0,
               by_concept: tuple[int, tuple[str, ...], tuple[str, ...]] | None = None,
               concept_names: dict[str, str] | None = None,
               gate: str = "", kind_label: str = "",
               field: Sequence[tuple[int, str]] = (),
               area: tuple[int, str] | None = None) -> RequirementMatch:
    wanted = [s for s in dict.fromkeys(req.skills or tuple(find_skills(req.text)))
              if (categories or {}).get(s.lower()) not in SOFT_CATEGORIES]
    have = [s for s in wanted if s.lower() in resume_skills]
    missing = [s for s in wanted if s.lower() not in resume_skills]
    any_of = bool(re.search(r"(?i)\b(at least one|one or more|such as|e\.g\.|one of|or)\b", req.text))
    kind_part = ""
    if asks_kind and kind_skills:
        # "at least one programming language": any skill of that kind meets it
        real = [k.split(" (via ")[-1].rstrip(")") if " (via " in k else k for k in kind_skills]
        have = list(dict.fromkeys(have + real[:3]))
        missing = [] if any_of or not wanted or not req.skills else missing
        wanted = list(dict.fromkeys(wanted + real[:3]))
        any_of = True
        kind_part = f"the resume shows {', '.join(kind_skills[:4])} ({kind_label or 'that kind'})"
    elif asks_kind and not have:
        kind_part = f"the resume shows no {kind_label or 'skill of that kind'}"
    qv = tfidf.vector(req.text)
    sims = sorted(((tfidf.cosine(qv, tfidf.doc_vector(bullet_offset + i)), i)
                   for i in range(len(bullets))), key=lambda t: (-t[0], t[1]))
    best_sim = sims[0][0] if sims else 0.0
    skill_bullets = [i for i, bs in enumerate(bullet_skills) if any(s in bs for s in have)]
    sim_bullets = [i for s, i in sims[:3] if s >= SIM_SUPPORT]
    concept_first = [by_concept[0]] if by_concept else []
    chosen = list(dict.fromkeys(concept_first + sim_bullets[:2] + skill_bullets))[:3]
    parts: list[str] = [kind_part] if kind_part else []
    if wanted:
        coverage = len(have) / len(wanted)
        skills_ok = coverage >= 0.5 or (any_of and have)
        parts.append(f"skills {len(have)}/{len(wanted)}" + (f" ({', '.join(have[:4])})" if have else "")
                     + (f"; missing {', '.join(missing[:4])}" if missing else ""))
    else:
        coverage = None
        skills_ok = None
    if asks_kind and not kind_skills and not have:
        skills_ok = False  # asks for a kind of skill the resume has none of
    sim_ok = best_sim >= SIM_MET
    parts.append(f"best text match {best_sim:.2f}" + (" (meets)" if sim_ok else ""))
    if by_concept and len(by_concept[1]) < 2:
        # one concept alone ("monitoring") is only enough when the wording agrees as well
        bi = by_concept[0]
        if tfidf.cosine(qv, tfidf.doc_vector(bullet_offset + bi)) < SIM_SUPPORT:
            by_concept = None
    concept_part = ""
    if by_concept:
        shown = ", ".join((concept_names or {}).get(c, c) for c in by_concept[1])
        concept_part = (f"'{clip(bullets[by_concept[0]].text, 60)}' shows {shown} "
                        f"({len(by_concept[1])} of the {len(by_concept[2])} things it asks for)")
        sim_ok = True
    checks: list[bool] = []
    if skills_ok is not None:
        # a responsibility describes work, not tools: a bullet doing that work meets it
        work_ok = bool(by_concept) and req.kind == "responsibility"
        checks.append(bool(skills_ok) or work_ok or bool(sim_ok and coverage and coverage > 0))
    else:
        checks.append(sim_ok)
    if area is not None and ANY_LIST.search(req.text) and not have:
        checks = [True]
        chosen = list(dict.fromkeys([area[0]] + chosen))[:3]
        parts.append(f"one of the areas is enough: '{clip(bullets[area[0]].text, 60)}' "
                     f"shows {area[1]}")
    elif have and ANY_LIST.search(req.text):
        checks = [True]
    need_degree = _required_degree(req.text)
    degree_alone = False
    if need_degree and wanted and not asks_kind and all(
            (categories or {}).get(w.lower()) in FIELD_CATEGORIES for w in wanted):
        # "Bachelor's in Computer Science, Data Science or a related field": the names are
        # fields of study that the degree shows, not skills to find in the bullets
        parts = [p for p in parts if not p.startswith(("skills ", "best text match"))]
        skills_ok, checks, missing = None, [], []
    if need_degree:
        ok = degree >= need_degree
        if ok and FIELD_ASK.search(req.text):
            shown = degree_field(field, need_degree, req.text)
            ok = bool(shown)
            parts.append(f"degree found ('{shown}')" if ok
                         else "degree found, but not in a field the posting asks for")
        else:
            parts.append("degree " + ("found" if ok else "not found"))
        top_asked = max(r for _, w, a, r in DEGREES if re.search(w, req.text) or re.search(a, req.text)) \
            if any(re.search(w, req.text) or re.search(a, req.text) for _, w, a, _ in DEGREES) else 0
        # "PhD, or Master's and 4+ years": the highest degree named is enough on its own
        degree_alone = bool(re.search(r"(?i)\bor\b", req.text)) and degree >= top_asked > need_degree
        checks = [ok] if skills_ok is None else checks + [ok]
    if req.years and not degree_alone:
        ok = years is not None and years + 0.25 >= req.years
        parts.append(f"needs {req.years:g}+ years, you have " + (f"about {years:g}" if years is not None else "unknown"))
        if skills_ok is None and not need_degree:
            # a years line: the years decide; "N+ years building models" also needs ML work
            related = ml_bullets >= 2 or not find_phrases(req.text, ML_CORE)
            if not related:
                parts.append("fewer than two bullets show machine-learning work")
            checks = [ok and related]
        else:
            checks.append(ok)
    elif degree_alone:
        parts.append("your degree is enough on its own")
    if gate:
        parts.append(f"the resume never shows {gate}")
        checks.append(False)
    met = all(checks) if checks else False
    if concept_part and by_concept is not None:
        # say how the concept evidence counted: it met the requirement, or it is only related
        related_work = (f"related work in '{clip(bullets[by_concept[0]].text, 60)}' "
                        f"({shown}), but not what it names")
        parts.insert(-1 if gate else len(parts), concept_part if met else related_work)
    return RequirementMatch(req.id, met, tuple(bullets[i].id for i in chosen), tuple(have),
                            tuple(missing), ("Met: " if met else "Unmet: ") + "; ".join(parts) + ".")


def _credit(match: RequirementMatch) -> float:
    if match.met:
        return 1.0
    total = len(match.skills) + len(match.missing_skills)
    return 0.5 * len(match.skills) / total if total else 0.0


def _skills_summary(matches: Sequence[RequirementMatch], reqs: dict[str, Requirement]) -> Reason:
    """A 0-point headline: how many requirements of each kind are met, which skills miss."""
    parts = []
    for kind, label in (("basic", "basic"), ("preferred", "preferred"),
                        ("responsibility", "responsibilities")):
        of_kind = [m for m in matches if reqs[m.requirement_id].kind == kind]
        if of_kind:
            parts.append(f"{sum(m.met for m in of_kind)}/{len(of_kind)} {label}")
    missing = list(dict.fromkeys(s for m in matches if not m.met for s in m.missing_skills))
    text = "Requirements met: " + ", ".join(parts)
    if missing:
        text += f"; skills the posting wants that your resume does not show: {', '.join(missing[:6])}"
    return Reason("skills", text + ".", 0.0, 0.0, (),
                  tuple(m.requirement_id for m in matches if not m.met))


def skills_component(job: JobDescription, matches: Sequence[RequirementMatch],
                     resume_skills: set[str]) -> tuple[int, list[Reason]]:
    """Skills score 0..100 and its reasons (one per requirement)."""
    reqs = {r.id: r for r in job.requirements}
    if matches:
        weights = [KIND_WEIGHT.get(reqs[m.requirement_id].kind, 1.0) for m in matches]
        raw = [w * _credit(m) for w, m in zip(weights, matches, strict=False)]
        total_w = sum(weights)
        score = round(100 * sum(raw) / total_w)
        points = apportion(raw, score) if score else [0.0] * len(raw)
        reasons = [_skills_summary(matches, reqs)]
        for m, w, p in zip(matches, weights, points, strict=False):
            req = reqs[m.requirement_id]
            label = {"basic": "Basic", "preferred": "Preferred"}.get(req.kind, "Responsibility")
            status = "met" if m.met else ("partly met" if _credit(m) > 0 else "missing")
            text = f"{label} {status}: '{clip(req.text, 90)}'"
            if m.met and m.skills:
                text += f" (skills: {', '.join(m.skills[:4])})"
            elif m.missing_skills:
                text += f" (missing: {', '.join(m.missing_skills[:4])})"
            reasons.append(Reason("skills", text + ".", p, w, m.bullet_ids, (m.requirement_id,)))
        return score, reasons
    wanted = list(job.skills)
    if not wanted:
        return 50, [Reason("skills", "The posting lists no requirements or skills to match: "
                           "neutral 50.", 50.0, 1.0)]
    have = [s for s in wanted if s.lower() in resume_skills]
    score = round(100 * len(have) / len(wanted))
    raw = [1.0 if s in have else 0.0 for s in wanted]
    points = apportion(raw, score) if score else [0.0] * len(raw)
    reasons = [Reason("skills", f"Skill {'found' if s in have else 'missing'}: {s}.", p, 1.0)
               for s, p in zip(wanted, points, strict=False)]
    return score, reasons


PRODUCTION_POINTS = 40.0
PRODUCTION_GROUPS = {
    "deployment": ("deploy", "production", "launch", "ship", "serving", "inference", "endpoint",
                   "sagemaker", "canary", "shadow", "rollback", "docker", "kubernetes", "ci/cd",
                   "real-time", "scaled", "users", "requests"),
    "monitoring": ("monitor", "alert", "dashboard", "on-call", "on call", "sla", "slo", "uptime",
                   "drift", "latency", "throughput"),
    "retraining": ("retrain", "pipeline", "airflow", "mlops", "registry", "feature store"),
    "experiments": ("a/b", "experiment"),
}
MODEL_WORDS = ("model*", "machine learning", "ml", "deep learning", "neural", "training",
               "inference", "predict*", "classifier*", "recommend*", "ranking", "llm*", "nlp",
               "embedding*", "forecast*", "detection", "scoring", "ai")


def signal_group(signal: str) -> str:
    """Which of the four production groups a role-pack signal belongs to."""
    low = signal.lower()
    for group, stems in PRODUCTION_GROUPS.items():
        if any(st in low for st in stems):
            return group
    return "deployment"


def production_evidence(bullets: Sequence[Bullet], pack: RolePack,
                        ) -> list[tuple[str, str | None, str, bool]]:
    """For each production group: (group, first signal found, bullet id, about a model?).
    A bullet about a model wins over an earlier one that is not."""
    signals = [s for s in pack.production_signals if s.strip()]
    best: dict[str, tuple[str, str, bool]] = {}
    for b in bullets:
        found = find_phrases(b.text, signals)
        if not found:
            continue
        ml = bool(find_phrases(b.text, MODEL_WORDS))
        for sig in found:
            group = signal_group(sig)
            if group not in best or (ml and not best[group][2]):
                best[group] = (sig, b.id, ml)
    out: list[tuple[str, str | None, str, bool]] = []
    for group in PRODUCTION_GROUPS:
        if group in best:
            sig, bid, ml = best[group]
            out.append((group, sig, bid, ml))
        else:
            out.append((group, None, "", False))
    return out


def experience_component(job: JobDescription, exp: Experience, bullets: Sequence[Bullet],
                         pack: RolePack, ml_posting: bool = True) -> tuple[int, list[Reason]]:
    """Experience score: years (40), level (20), production ownership (40: deployment,
    monitoring, retraining, experiments; for an ML posting, about a model for full credit)."""
    reasons: list[tuple[float, Reason]] = []
    hints = job.level_hints or {}
    years_min = hints.get("years_min")
    try:
        years_min = float(years_min) if years_min is not None else None
    except (TypeError, ValueError):
        years_min = None
    req_years = [r.years for r in job.requirements if r.years]
    if years_min is None and req_years:
        years_min = max(y for y in req_years if y)  # the strictest stated years
    target_level = str(hints.get("level") or "")
    levels = {lv.id: lv for lv in pack.levels}
    intern_posting = target_level.lower() == "intern" or bool(
        re.search(r"(?i)\bintern(ship)?s?\b", job.title or ""))
    y = exp.years or 0.0
    if intern_posting:
        frac = 1.0
        text = "An internship posting: no professional years needed"
    else:
        target = years_min if years_min is not None else (
            levels[target_level].years_min if target_level in levels else 2.0)
        target = max(target, 1.0)
        frac = min(1.0, y / target)
        text = (f"About {y:g} professional years against {target:g}+ "
                + ("asked by the posting" if years_min is not None else "typical for the role"))
    reasons.append((40 * frac, Reason("experience", text + f": {round(frac * 100)}% of 40.",
                                      0.0, 40.0)))
    order = ["below"] + [lv.id for lv in sorted(pack.levels, key=lambda lv: lv.years_min)]
    if intern_posting:
        lf = 1.0 if exp.level != "below" or exp.intern_years or bullets else 0.5
        text = f"Estimated level {exp.level}; an internship needs no level"
    elif target_level in order and exp.level in order:
        gap = order.index(target_level) - order.index(exp.level)
        lf = 1.0 if gap <= 0 else max(0.0, 1.0 - 0.5 * gap)
        text = f"Estimated level {exp.level} vs the posting's {target_level}"
    else:
        lf = 0.0 if exp.level == "below" else (0.75 if order[1:2] == [exp.level] else 1.0)
        text = f"Estimated level {exp.level} (the posting names no level)"
    reasons.append((20 * lf, Reason("experience", text + f": {round(lf * 100)}% of 20.", 0.0, 20.0)))
    for group, hit, bid, ml in production_evidence(bullets, pack):
        per = PRODUCTION_POINTS / len(PRODUCTION_GROUPS)
        if hit is None:
            reasons.append((0.0, Reason("experience", f"Production ownership, {group}: no "
                                        "bullet shows it (0 points).", 0.0, per)))
        elif ml or not ml_posting:
            reasons.append((per, Reason("experience", f"Production ownership, {group}: '{hit}' "
                                        "in your bullets.", 0.0, per, (bid,))))
        else:
            reasons.append((per / 2, Reason(
                "experience", f"Production ownership, {group}: '{hit}' in your bullets, but "
                "not about a model (half credit).", 0.0, per, (bid,))))
    raw = [r[0] for r in reasons]
    score = round(sum(raw))
    points = apportion(raw, score) if score else [0.0] * len(raw)
    return score, [_with_points(r, p) for (_, r), p in zip(reasons, points, strict=False)]


def _with_points(reason: Reason, points: float) -> Reason:
    return Reason(reason.component, reason.text, points, reason.weight, reason.bullet_ids,
                  reason.requirement_ids, reason.principle_ids)


def culture_component(ratings: Sequence[PrincipleRating], knowledge: Knowledge,
                      pack: RolePack) -> tuple[int, list[Reason]]:
    """Culture: principle coverage weighted by ask_weight + the role's emphasis."""
    rows = []
    for rating in ratings:
        p = knowledge.principle(rating.id)
        w = max(0.01, p.ask_weight + float(pack.emphasis.get(rating.id, 0.0)))
        rows.append((rating, w, STRENGTH_CREDIT.get(rating.strength, 0.0)))
    total_w = sum(w for _, w, _ in rows) or 1.0
    raw = [w * c for _, w, c in rows]
    score = round(100 * sum(raw) / total_w)
    points = apportion(raw, score) if score else [0.0] * len(raw)
    reasons = []
    for (rating, w, _c), pts in zip(rows, points, strict=False):
        text = f"{rating.name}: {rating.strength}"
        text += {"strong": " (full credit)", "thin": " (half credit)", "none": " (no credit)"}[
            rating.strength if rating.strength in STRENGTH_CREDIT else "none"]
        reasons.append(Reason("culture", text + f", weight {w:.2f}.", pts, rnd(w),
                              rating.evidence[:3], (), (rating.id,)))
    return score, reasons


def fit_score(job: JobDescription, resume: Resume, matches: Sequence[RequirementMatch],
              resume_skills: set[str], exp: Experience, ratings: Sequence[PrincipleRating],
              knowledge: Knowledge, pack: RolePack, ml_posting: bool = True) -> FitScore:
    """The overall fit: weighted sum of the three components (weights in FitScore.weights)."""
    skills, r1 = skills_component(job, matches, resume_skills)
    experience, r2 = experience_component(job, exp, resume.bullets, pack, ml_posting)
    culture, r3 = culture_component(ratings, knowledge, pack)
    overall = round(WEIGHTS["skills"] * skills + WEIGHTS["experience"] * experience
                    + WEIGHTS["culture"] * culture)
    return FitScore(overall, skills, experience, culture, exp.level, tuple(r1 + r2 + r3),
                    dict(WEIGHTS), exp.years, exp.level_reason)
