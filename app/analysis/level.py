"""The level a hiring committee would offer on the posting's ladder (Amazon postings only).

Years first, then scope proved by outcomes, never by verbs alone:

- below L4: the role family's starting point is missing (for a software role: no engineering
  work, internship or computing degree; for an ML engineering role: no engineering, no computing
  degree and no professional work that built software; for a science role: no model-building
  work of one's own in any role, and no PhD in a computing or quantitative field);
- L4: the entry level: students and graduates with that background, and under 3 years;
- L5: 3 years or more of relevant, full-time work;
- L6: 9 years or more (hiring committees place 7-9 years with a team led at L5: the experts of
  fifteen labelled sets put 8-9 years at L5 on all but one of the pairs they leveled L5 or
  above) and scope beyond one team shown by outcomes (a senior title held with a platform or
  service other teams use, a team led with its size), and hands-on work that is recent; on a
  science ladder also a research record (a PhD or peer-reviewed papers);
- L7: 12 years or more with organisation-wide scope on top of that.

Relevant years depend on the ladder: an engineering ladder counts industry engineering and
science years (academic research builds background, not seniority); a science ladder also
counts research, and a finished PhD that is not already counted adds up to three years (science
ladders hire new PhDs at L5). A people manager whose recent years are management only is not
placed above the posting's level for an individual-contributor role. A candidate who fails the
posting's general years is never placed above the posting's own level, and an internship
posting places everyone at L4 or below L4.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.analysis import areas
from app.analysis.company import Posting
from app.analysis.dates import merged_months, years
from app.analysis.experience import (
    DATA_SYSTEM_NOUNS,
    KIND_LABELS,
    TEST_WORK_TITLE,
    Experience,
    Work,
    builds_application,
    builds_software,
    years_of,
)
from app.analysis.role_titles import INFRA_POSTING
from app.analysis.text import clip, find_phrases
from app.analysis.years_asked import (
    ML_SUBJECT,
    MODEL_LINE,
    OPERATE_SUBJECT,
    analysis_years,
    builds_models,
    ml_titled,
)
from app.models.report import RequirementMatch
from app.models.resume import JobDescription, Resume

LADDER = ("below-L4", "L4", "L5", "L6", "L7")
YEARS = {"L5": 3.0, "L6": 9.0, "L7": 12.0}
# Amazon's front-end engineer job family (FEE): its own ladder beside the SDE one
FRONTEND_FAMILY = re.compile(r"(?i)\bfront[- ]?end engineer\b|\b(?-i:FEE)(?:\s*(?:I{1,3}|[1-3]))?\b")
RECENT_MONTHS = 18  # hands-on engineering that ended longer ago than this is not recent
SENIOR_TITLE = re.compile(r"(?i)\b(senior|sr\.?|staff|principal|lead|architect|iii|head|director|"
                          r"cto|chief|vp)\b")
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_NUMBER_WORDS = "|".join(_NUMBERS)
# up to two words between a count and "teams" ("four ML platform teams"), none of them a
# preposition ("2024 by pushing teams")
_QUALIFIER = r"(?!(?:by|to|for|with|from|in|of|and|on)\b)[\w-]+"
CROSS_TEAM = re.compile(
    r"(?i)\b(across (?:the )?(?:company|organi[sz]ation|org|teams|business units|engineering|"
    r"\w+ platform)|company-wide|org-wide|organi[sz]ation-wide|used by (?:all|every|\d+|many|"
    r"multiple|several)(?!\s+(?:\w+\s+)?(?:models?|jobs?|pipelines?|dashboards?|"
    r"endpoints?|scripts?|notebooks?)\b)|shared by (?:all|every)|adopted by (?:\d[\d,+]*|all|many|multiple|"
    r"several)|core (?:service|library|libraries|platform) for|for all (?:\w+ )?(?:teams|services|"
    r"systems|engineers|data scientists)|(?<![\d.,$])(?<!among )(?<!of )(?<!coached )(?:\d{1,3}|"
    r"multiple|several|" + _NUMBER_WORDS + r") (?:" + _QUALIFIER + r" ){0,2}?(?:teams|business units)|"
    r"every team(?!\s*(?:members?|mates?|leads?|'s)))\b")
_N = r"(?:\d+|" + _NUMBER_WORDS + r")"
_PEOPLE = (r"(?:engineers|developers|scientists|architects|analysts|consultants|designers|people|"
           r"reports|interns|members)")
TEAM_SIZE = re.compile(
    r"(?i)\b(?:led|lead|leading|managed|managing|mentored|mentoring|supervised|hired|grew|scaled|"
    r"built)\b[^.;]{0,40}?\b(?:team|engineers|developers|scientists|people|reports|interns)\b"
    r"[^.;]{0,30}?\d+|\b(?:led|lead|leads|managed|manage|manages|mentored|mentor|mentors|"
    r"supervised|supervise|hired)\s+(?:(?:a\s+team\s+of|for)\s+)?" + _N + r"\s+"
    r"(?:\w+\s+){0,3}" + _PEOPLE + "|"
    # the size in brackets after the role led: "Technical lead for the graph compiler (12
    # engineers across compiler and runtime)"
    r"^\W*(?:[\w-]+\s+){0,2}(?:lead|led|leading|head|manager)\b[^.;()]{0,80}\(\s*" + _N
    + r"\s+(?:\w+\s+)?" + _PEOPLE + "|"
    r"\bteam (?:of|from) (?:[4-9]|[1-9]\d)\b|"
    # "Tech lead of the six-person Network ML squad", "led a 12-member team"
    r"\b(?:led|lead|leads|leading|head|heads|managed|manage|manages|managing|manager)\b[^.;]{0,30}?"
    r"\b(?:[4-9]|[1-9]\d|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](?:person|people|"
    r"member|strong)\b[^.;]{0,30}?\b(?:team|squad|pod|group|crew)\b")
ML_WORK = ("machine learning", "ml", "deep learning", "model", "models", "modeling", "modelling",
           "neural", "nlp", "computer vision", "recommend*", "ranking", "forecast*", "classifier*",
           "llm*", "reinforcement learning", "reinforcement-learning", "statistical model*",
           "predictive", "pytorch", "tensorflow")
SWE_INTERN = re.compile(r"(?i)\b(software|engineer\w*|developer|sde|swe|programm\w*|backend|"
                        r"frontend|full[- ]?stack|web|data engineer\w*)\b")


@dataclass(frozen=True)
class LevelCall:
    """A level on the posting's ladder, with the facts behind it."""

    level: str | None  # None for a posting without an Amazon ladder
    reason: str  # one plain sentence
    detail: str  # the arithmetic
    background: bool  # the role family's starting point is there
    scope_line: str = ""  # the bullet that proves scope beyond one team


def ml_work_years(exp: Experience) -> float:
    """Years of full-time machine-learning work: each engineering or science role's years (all
    of them under a machine-learning title) times the share of its lines that do ML work. A
    frontend engineer's one line running another team's model is a sliver of a career."""
    total = 0.0
    for w in exp.work:
        if not (w.counted and w.kind in ("engineering", "science")):
            continue
        lines = [ln for ln in w.text.split(" \n ")[2:] if ln.strip()]
        share = 1.0 if ml_titled(w) else (sum(
            1 for ln in lines if find_phrases(areas.without_other_models(ln), ML_WORK))
            / len(lines) if lines else 0.0)
        total += w.months * share
    return total / 12


DATA_ENGINEERING_POSTING = re.compile(r"(?i)\b(?:big )?data engineer\w*|\betl developer\b")
# titles between analysis and data engineering: their reporting, dashboards and readouts are
# analysis; their dbt models, warehouse loads and pipelines are data engineering
HYBRID_DATA_TITLE = re.compile(r"(?i)\banalytics engineer\w*|\b(?:bi|business intelligence) "
                               r"(?:engineer|developer)\b")


def _not_data_engineering(exp: Experience) -> float:
    """Years a data-engineering ladder takes off the counted years: an analytics engineer's
    role counts by the share of its lines that build or run data systems (dbt models,
    warehouse loads, pipelines), not its dashboards, experiment readouts and notebook models;
    0 when no such hybrid role is held."""
    off = 0.0
    for w in exp.work:
        if w.counted and w.kind in ("engineering", "science") and HYBRID_DATA_TITLE.search(
                w.title or ""):
            lines = [ln for ln in w.text.split(" \n ")[2:] if ln.strip()]
            share = (sum(1 for ln in lines if find_phrases(ln, DATA_SYSTEM_NOUNS)) / len(lines)
                     if lines else 1.0)
            off += w.months * (1.0 - share)
    return off / 12


def background(exp: Experience, family: str, entry: bool = False) -> bool:
    """Whether the candidate has the starting point of the role family. A posting outside
    software, ML and science (an analyst, a product or an operations role) has none of theirs:
    its own basic qualifications say what it starts from. A computing degree still being
    studied is the starting point of an entry posting (an internship, a new-graduate role),
    not of an experienced one."""
    if family not in ("sde", "mle", "science"):
        return entry or career_elsewhere(exp) is None
    engineering = any(w.kind == "engineering" and w.counted for w in exp.work) or any(
        w.kind in ("internship", "engineering") and SWE_INTERN.search(w.title) for w in exp.work)
    computing = any(d.level >= 1 and d.field == "computing" and (entry or not d.expected)
                    for d in exp.degrees)
    if family == "science":  # model building of one's own, anywhere, or a research doctorate
        phd = any(d.level == 3 and d.field in ("computing", "quantitative") and not d.expected
                  for d in exp.degrees)
        return phd or any(w.kind == "science" and w.counted for w in exp.work) or any(
            builds_models(w) for w in exp.work
            if w.kind in ("engineering", "science", "research", "internship", "study", "project"))
    if family == "mle":  # engineering, a computing degree, or professional work that built
        # software or put its own models into production
        production = areas.BY_ID["ml-production"]
        built = any(w.counted and any((builds_software(ln) and not MODEL_LINE.search(ln))
                                      or areas.shows(production, ln)
                                      for ln in w.text.split(" \n ")[2:])
                    for w in exp.work if w.kind in ("science", "research"))
        return engineering or computing or built
    return engineering or computing


# business intelligence and analytics postings: their ladder counts analyst years too
ANALYSIS_POSTING = re.compile(r"(?i)\b(business intelligence|bi engineer|bie|analytics engineer|"
                              r"(?:data|business|bi|reporting) analyst)\b")
# product and programme management postings: their ladder counts product years
PRODUCT_POSTING = re.compile(r"(?i)\b(?:product|program|programme) manag\w*|\bproduct owner\b|"
                             r"\btpm\b|\bpm-t\b")
PRODUCT_SENIOR_YEARS = 5.0
ELSEWHERE_KINDS = ("teaching", "other")
# work that is a start for some analysis, research or product role: never a career elsewhere
ON_PATH_KINDS = ("engineering", "science", "research", "analytics", "product", "internship")
ELSEWHERE_MONTHS = 36  # a career of its own, not a job held before or beside a degree


def _years_where(exp: Experience, keep: Callable[[Work], bool]) -> float:
    """Years of any work for which `keep(work)` is true, overlaps once (product roles too,
    which `years_of` leaves out: they are not counted as engineering or science years)."""
    return years(merged_months([(w.start, w.end) for w in exp.work if keep(w)]))


def career_elsewhere(exp: Experience) -> str | None:
    """The kind of work (its plain label) of a candidate with no work in engineering, science,
    research, analysis or product (not even an internship) but three years or more of
    full-time work of another kind (teaching, other work): a career changer, whom an
    experienced analysis, research or product posting does not hire yet, where a student or
    a new graduate would start at the entry level. None otherwise."""
    if (exp.years or 0.0) > 0 or any(w.kind in ON_PATH_KINDS and w.months >= 6
                                      for w in exp.work):
        return None
    months: dict[str, int] = {}
    for w in exp.work:
        if w.kind in ELSEWHERE_KINDS and not w.freelance and w.months >= 12:
            months[w.kind] = months.get(w.kind, 0) + w.months
    if sum(months.values()) < ELSEWHERE_MONTHS:
        return None
    kind = max(months, key=lambda k: (months[k], k))
    return KIND_LABELS[kind] if kind != "other" else "work outside the field"


# words of a title that name no trade: seniority, function words, "data" (a data-entry clerk
# is no data analyst), in the languages postings are read in
_GENERIC_TITLE_WORDS = frozenset(
    "senior junior lead head chief principal staff assistant associate and the for of with "
    "data datos dados daten manager consultant consultor consultora specialist especialista "
    "officer analyst analista technician técnico técnica tecnico tecnica de del la las los und "
    "des du et en e y o".split())


def same_trade(exp: Experience, title: str) -> bool:
    """Work outside engineering and science held for a year or more whose title shares a
    trade word with the posting's title ('Analista de ACV' for 'Técnico/a senior de ACV y
    datos'): that career is the posting's own starting point, not a career elsewhere."""
    words = {w.lower() for w in re.findall(r"[^\W\d_]{3,}", title)} - _GENERIC_TITLE_WORDS
    return bool(words) and any(
        w.kind in ELSEWHERE_KINDS and w.months >= 12 and words & {
            x.lower() for x in re.findall(r"[^\W\d_]{3,}", w.title or "")}
        for w in exp.work)


SENIOR_ENGINEER = re.compile(r"(?i)\b(senior|sr\.?|staff|principal|lead)\b")


def proven_senior(exp: Experience, family: str) -> Work | None:
    """An engineer (or, on a science ladder, a scientist) whose career already passed the entry
    level: a senior title held in full-time engineering that builds software (not test
    automation or operations), or in science for a science posting, with the years L5 starts
    from. A posting for new graduates still offers such a person the
    experienced level; years in a junior title, or in testing, do not."""
    if family not in ("sde", "mle", "science"):
        return None
    if ladder_years(exp, family, seniority=True)[0] < YEARS["L5"]:
        return None
    kinds = ("engineering", "science") if family == "science" else ("engineering",)
    return next((w for w in exp.work if w.counted and w.kind in kinds and not w.infra
                 and SENIOR_ENGINEER.search(w.title) and not TEST_WORK_TITLE.search(w.title)
                 and w.months >= 12), None)


def _testing_now(exp: Experience) -> bool:
    """The candidate's current engineering role is in testing (QA, test automation): their
    years test what others build, and they enter a development ladder at its start. A tester
    who has since worked as a developer brings those years along."""
    current = exp.latest(lambda w: w.kind == "engineering")
    return current is not None and TEST_WORK_TITLE.search(current.title) is not None


def ladder_years(exp: Experience, family: str, seniority: bool = False) -> tuple[float, str]:
    """Relevant years for the posting's ladder, and how they were counted (for the detail).
    For the level itself (`seniority`), a software ladder leaves out infrastructure and
    operations roles that built no software: they show running systems, not the seniority of
    a software engineer."""
    tester = seniority and family in ("sde", "mle") and _testing_now(exp)
    industry = years_of(exp, lambda w: (w.kind in ("engineering", "science")
                                         and not (seniority and family == "sde" and w.infra)
                                         and not (tester and TEST_WORK_TITLE.search(w.title)))
                        or (w.kind == "research" and w.computing))
    if family != "science":
        return industry, (f"{industry:g} years of engineering, science or computing research "
                          "that built systems")
    counted = exp.years or 0.0
    credit = 0.0
    for d in exp.degrees:
        if d.level != 3 or d.expected or d.start is None or d.end is None or d.end > exp.as_of:
            continue
        lo, hi = d.start, d.end
        covered = merged_months([(max(w.start, lo), min(w.end, hi)) for w in exp.work
                                 if w.counted and w.start < hi and w.end > lo])
        credit = max(credit, min(3.0, max(0.0, (hi - lo - covered) / 12)))
    total = round(counted + credit, 1)
    return total, (f"{counted:g} counted years" + (f" plus {credit:g} for the PhD" if credit else ""))


def research_record(exp: Experience, resume: Resume) -> bool:
    """A PhD, or a peer-reviewed paper, for senior science levels."""
    if any(d.level == 3 and not d.expected for d in exp.degrees):
        return True
    return bool(re.search(r"(?i)\b(neurips|icml|iclr|acl|emnlp|naacl|cvpr|iccv|eccv|kdd|sigir|"
                          r"aaai|ijcai|jmlr|journal of|proceedings of)\b", resume.text or ""))


def scope(resume: Resume, exp: Experience, also: tuple[str, ...] = ()) -> tuple[bool, str]:
    """(scope beyond one team is shown, the line that shows it). Needs a senior title held in
    counted work (or in work of the kinds `also` names: product roles on a product ladder) and
    an outcome beyond one team (others use what you built, or a team's size)."""
    def held(w: Work) -> bool:
        return w.counted or w.kind in also

    senior = [w for w in exp.work if held(w) and SENIOR_TITLE.search(w.title)]
    if not senior:
        return False, ""
    counted = {w.role for w in exp.work if held(w)}
    for b in resume.bullets:
        if b.role in counted and (CROSS_TEAM.search(b.text) or team_scope(b.text)
                                  or RAISED_OTHERS.search(b.text)):
            return True, b.text
    return False, ""


# raising other engineers' level: mentoring people to promotion, or a bar raiser on hiring
# loops (the company's senior interviewers); mentoring alone is part of one team's work
RAISED_OTHERS = re.compile(
    r"(?i)\bmentor\w*\b[^.;]{0,50}\b(?:to promotion|promoted|(?:were|was|got) promoted)\b|"
    r"\bbar[- ]?raiser\b")


MENTOR_WORDS = re.compile(r"(?i)^(?:mentor\w*|supervis\w*)\b")
MENTORED_FEW = 5  # mentoring fewer people than this (four juniors) is part of one team's work


def team_scope(text: str) -> bool:
    """A team led or grown with its size; mentoring counts only for several people (mentoring
    two juniors is what a mid-level engineer does inside their team)."""
    for m in TEAM_SIZE.finditer(text):
        if not MENTOR_WORDS.match(m.group(0)):
            return True
        clause = text[m.start():].split(";")[0]  # "three scientists and two interns": five
        count = sum(int(x) if x.isdigit() else _NUMBERS.get(x.lower(), 0) for x in re.findall(
            r"(?i)\b(\d{1,2}|" + "|".join(_NUMBERS) + r")\b(?!\s*(?:%|years|months))", clause))
        if count >= MENTORED_FEW:
            return True
    return False


DATA_SCIENTIST = re.compile(r"(?i)\bdata scientist\b")
PRINCIPAL_TITLE = re.compile(r"(?i)\b(principal|distinguished|staff|director|head of|vp|"
                             r"vice president|cto|chief)\b")


def _org_scope(resume: Resume, exp: Experience) -> bool:
    """L7 scope: a principal-level title held in counted work, with several bullets whose
    outcomes reach beyond one team and a team's size."""
    if not any(w.counted and PRINCIPAL_TITLE.search(w.title) for w in exp.work):
        return False
    cross = [b for b in resume.bullets if CROSS_TEAM.search(b.text)]
    # an organisation led by size ("9 teams, ~120 engineers") stands for a third such outcome
    org = any(ORG_SIZE.search(b.text) for b in cross)
    return (len(cross) >= 3 or (org and len(cross) >= 2)) and any(
        TEAM_SIZE.search(b.text) for b in resume.bullets)


ORG_SIZE = re.compile(r"(?i)\b(?:[3-9]|[1-9]\d|"
                      + "|".join(w for w, n in _NUMBERS.items() if n >= 3)
                      + r")\s+(?:" + _QUALIFIER + r"\s+){0,2}?teams\b[^.;]{0,20}?\b(?:[3-9]\d|[1-9]\d\d+)\s*"
                      r"(?:engineers|people|scientists|developers)\b|\b(?:organi[sz]ation|org)\b"
                      r"[^.;]{0,40}?\b(?:[3-9]\d|[1-9]\d\d+)\s*(?:engineers|people)\b")


def managing_only(exp: Experience) -> Work | None:
    """The current role when it is people management without hands-on work, held two years or
    more."""
    return next((w for w in exp.current if w.counted and w.managing and w.months >= 24
                 and not any((builds_software(ln) or builds_application(ln)
                              or MODEL_LINE.search(areas.without_other_models(ln)))
                             and not PEOPLE_LINE.match(ln)
                             for ln in w.text.split(" \n ")[2:])), None)


# a line about the people managed ("Manage 11 engineers in two teams; hired 8 of them"), whose
# "engineers" and "teams" are not something built
PEOPLE_LINE = re.compile(r"(?i)^\s*(?:manag\w*|lead|led|leading|hired|grew|built|scaled)\s+(?:a\s+"
                         r"(?:team|group|org\w*)\s+of\s+)?\d+\s+(?:\w+\s+){0,2}?(?:engineers|"
                         r"developers|scientists|people|reports)\b")


STALE_MONTHS = 36  # engineering that ended longer ago than this: its few years are a restart
RESTART_YEARS = 5.0  # under this many years of it, that long ago, the level is the entry one


def _stopped_long_ago(exp: Experience) -> bool:
    """The candidate's hands-on engineering ended over three years ago (a product manager, an
    analyst since): a few years of it, that long ago, restart at the entry level."""
    last = exp.latest(lambda w: w.kind in ("engineering", "science"))
    return last is not None and exp.as_of - last.end > STALE_MONTHS


def _recent_hands_on(exp: Experience) -> tuple[bool, str]:
    """Whether engineering is what the candidate does now; why not in plain words."""
    eng = [w for w in exp.work if w.counted and w.kind in ("engineering", "science", "research")]
    if not eng:
        return False, "no full-time engineering yet"
    manager = managing_only(exp)
    if manager is not None:
        return False, (f"you have managed people rather than built for about "
                       f"{manager.months // 12} years ({manager.title})")
    last = max(eng, key=lambda w: w.end)
    gap = exp.as_of - last.end
    if gap > RECENT_MONTHS:
        current = [w for w in exp.current if w.kind in ("product", "other", "analytics")]
        what = (f"you have worked as {current[0].title} since then" if current
                else "there is a gap since then")
        return False, f"your last engineering role ended {gap // 12} years ago and {what}"
    return True, ""


GENERAL_YEARS = re.compile(r"(?i)years?\s+(?:of\s+)?(?:[\w-]+\s+){0,4}?(?:professional|software "
                           r"development|software engineering|industry|work|relevant)\b")


def _no_frontend_work(exp: Experience) -> bool:
    """Two years or more of engineering, and no role, internship or project of any kind whose
    own title or lines show web front-end work."""
    if years_of(exp, lambda w: w.counted and w.kind == "engineering") < 2:
        return False
    front = areas.BY_ID["frontend"]
    return not any(areas.role_shows(front, w.title, [ln for ln in w.text.split(" \n ")[2:]
                                                      if ln.strip()]) for w in exp.work)


def _fails_basic_years(matches: Sequence[RequirementMatch], job: JobDescription) -> str:
    """A basic line of general years the resume falls short of ("3+ years of non-internship
    professional software development"); a specialised one (design years) is not seniority."""
    reqs = {r.id: r for r in job.requirements}
    for m in matches:
        r = reqs.get(m.requirement_id)
        if (r is not None and r.kind == "basic" and r.years and GENERAL_YEARS.search(r.text)
                and not re.search(r"(?i)\bdesign|architect", r.text)
                and m.verdict in ("partly", "not-met")):
            return clip(r.text, 80)
    return ""


COUNTED = re.compile(r"^([\d.]+) years of (.+?) counted against")
DEGREE_WORDS = re.compile(r"(?i)\b(degree|bachelor\w*|master\w*|ph\.?\s?d|doctor\w*)\b")


def _short_core_years(matches: Sequence[RequirementMatch], job: JobDescription,
                      family: str) -> tuple[str, float] | None:
    """A basic years line of the ladder's own work that the resume falls short of, and the
    years it counted: general years, or for an ML engineering or science ladder years of ML
    work ("2+ years building, deploying and operating ML models in production"). Those
    counted years, not every year of a related job, say how senior the candidate is in it."""
    reqs = {r.id: r for r in job.requirements}
    for m in matches:
        r = reqs.get(m.requirement_id)
        if (r is None or r.kind != "basic" or not r.years or m.verdict not in ("partly", "not-met")
                or DEGREE_WORDS.search(r.text) or re.search(r"(?i)\bdesign|architect", r.text)):
            continue
        core = family == "mle" and bool(ML_SUBJECT.search(r.text)) and bool(
            OPERATE_SUBJECT.search(r.text))
        hit = COUNTED.match(m.score_detail or "")
        if core and hit:
            return clip(r.text, 80), float(hit.group(1))
    return None


def science_degree_bar(matches: Sequence[RequirementMatch], job: JobDescription,
                       family: str, posting_level: str | None = None
                       ) -> tuple[str, str, str] | None:
    """On a science ladder, the basic degree line ("PhD, or Master's degree and 6+ years of
    applied research") is its entry: not met, the candidate is below L4; met only in part (a
    master's without the research years beside it), one level below the posting's own (L4
    when it names none). Returns (highest level, the line, its verdict)."""
    if family != "science":
        return None
    below = "L4"
    if posting_level in LADDER and LADDER.index(posting_level) > LADDER.index("L4"):
        below = LADDER[LADDER.index(posting_level) - 1]
    reqs = {r.id: r for r in job.requirements}
    for m in matches:
        r = reqs.get(m.requirement_id)
        if r is None or r.kind != "basic" or not DEGREE_WORDS.match(r.text.strip()):
            continue  # a line that leads with its degree, not years with a degree aside
        if m.verdict == "not-met":
            return "below-L4", clip(r.text, 80), "not-met"
        if m.verdict == "partly" and "still in progress" in (m.reason or "") and not re.search(
                r"(?i)\b(?:enrolled|pursuing|expected|graduat\w*|conferral)\b", r.text):
            # the degree the role starts from is not held yet (a master's due next year)
            return "below-L4", clip(r.text, 80), "in-progress"
        if m.verdict == "partly":
            return below, clip(r.text, 80), "partly"
    return None


def estimate_level(resume: Resume, exp: Experience, posting: Posting, has_ladder: bool,
                   matches: Sequence[RequirementMatch], job: JobDescription) -> LevelCall:
    """The level on the posting's ladder, with one plain sentence saying why."""
    ok = background(exp, posting.family, posting.intern or posting.new_grad)
    product = posting.family == "other" and PRODUCT_POSTING.search(job.title or "") is not None
    if product and ok and not (posting.intern or posting.new_grad):
        # a product manager's role starts from product or programme work; an engineer's
        # years alone are another role family (both experts: below L4 for a data engineer)
        ok = any(w.kind == "product" and w.months >= 6 for w in exp.work)
    if not ok and posting.family == "science" and DATA_SCIENTIST.search(job.title or "") and any(
            w.kind == "analytics" and w.months >= 12 for w in exp.work):
        ok = True  # a data scientist's role starts from analysis work as well as model building
    if not ok and posting.family == "other" and same_trade(exp, job.title or ""):
        ok = True  # a career in the posting's own trade (an LCA consultant for an LCA role)
    if not has_ladder:
        return LevelCall(None, "", "not an Amazon posting: no level ladder", ok)
    # a posting that is itself infrastructure or operations work (a systems development
    # engineer, an SRE, DevOps, platform or security role) counts those years on its ladder; senior
    # levels still rest on years of building software
    infra_posting = (posting.family == "sde"
                     and INFRA_POSTING.search(job.title or "") is not None)
    y, counted_how = ladder_years(exp, posting.family, seniority=not infra_posting)
    if posting.family == "sde" and DATA_ENGINEERING_POSTING.search(job.title or ""):
        off = _not_data_engineering(exp)
        if off > 0:
            data = round(max(0.0, y - off), 1)
            y, counted_how = data, (f"{data:g} years of data engineering (an analytics "
                                    "engineer's years by the share of its lines that build "
                                    "data systems)")
    family_word = {"science": "applied science", "mle": "ML engineering",
                   "sde": "software engineering"}.get(posting.family, "relevant work")
    if infra_posting:
        family_word = "systems and software engineering"
    if posting.family == "other" and ANALYSIS_POSTING.search(job.title or ""):
        family_word = "analysis and engineering"
        analysed = analysis_years(exp)  # a BI or analytics ladder counts analyst years
        if analysed > y:
            y, counted_how = analysed, f"{analysed:g} years of data analysis work"
    if product:  # a product ladder counts product and programme years, and the engineering
        # or science years a technical product manager brings
        family_word = "product and engineering work"
        y = _years_where(exp, lambda w: w.kind == "product" or (
            w.counted and w.kind in ("engineering", "science")))
        counted_how = f"{y:g} years of product, programme, engineering and science work"
    elsewhere = None if ok or posting.family in ("sde", "mle", "science") \
        else career_elsewhere(exp)
    if elsewhere is not None:
        return LevelCall("below-L4", f"Below L4: this role hires from analysis, research or "
                         f"product work done in a job (or a degree just finished), and your years "
                         f"so far are in {elsewhere}.", f"years {y:g}; no work of this kind",
                         ok)
    if not ok and product:
        return LevelCall("below-L4", "Below L4: a product management role starts from product "
                         "or programme work (a product manager, product owner or programme "
                         "manager role), and the resume shows none yet.",
                         f"years {y:g}; no product work", ok)
    if not ok:
        start = ("building and training models of your own (in a job, research or an internship)"
                 if posting.family == "science" else
                 "software engineering work, an engineering internship or a computing degree")
        article = "an" if family_word[:1] in "aeiouAEIOU" or family_word.startswith("ML") else "a"
        return LevelCall("below-L4", f"Below L4: {article} {family_word} role starts from {start}, "
                         "and the resume shows none yet.", f"years {y:g}; background missing", ok)
    if posting.intern:
        return LevelCall("L4", "L4: an internship places students at the entry level.",
                         f"internship posting; years {y:g}", ok)
    if posting.new_grad:
        senior = proven_senior(exp, posting.family)
        if senior is not None:
            kind = "science" if senior.kind == "science" else "engineering"
            return LevelCall("L5", f"L5: you held a senior {kind} role ({senior.title}) "
                             f"over about {y:g} years, so even on a posting for new graduates "
                             "an offer would be at the experienced level, not the entry one.",
                             f"new-graduate posting; years {y:g}; senior title held: "
                             f"{senior.title}", ok)
        return LevelCall("L4", "L4: this posting hires new graduates at the entry level, so an "
                         "offer from it is L4 whatever the years before.",
                         f"new-graduate posting; years {y:g}", ok)
    has_scope, line = scope(resume, exp, ("product",) if product else ())
    recent, not_recent = _recent_hands_on(exp)
    if product:  # product work now is the hands-on work of a product role
        last = max((w.end for w in exp.work if w.kind == "product"), default=None)
        recent = last is not None and exp.as_of - last <= RECENT_MONTHS
        not_recent = "your last product role ended a while ago" if not recent else ""
    level = "L4"
    # a few years of engineering that ended long ago (a product manager since): a restart
    restart = not product and YEARS["L5"] <= y < RESTART_YEARS and _stopped_long_ago(exp)
    if y >= YEARS["L5"] and not restart:
        level = "L5"
    # a research record is asked of applied and research scientists, not of data scientists
    record = (posting.family != "science" or research_record(exp, resume)
              or bool(DATA_SCIENTIST.search(job.title or "")))
    # senior levels rest on years of building (software, models, research systems); years
    # of infrastructure and operations count toward L5 but not toward L6 and above
    built = y if posting.family == "science" else years_of(
        exp, lambda w: (w.kind in ("engineering", "science") and not w.infra)
        or (w.kind == "research" and w.computing))
    need_built = YEARS["L6"]
    if product:  # senior product levels rest on years of product work itself: the five that
        # senior product postings ask
        built = _years_where(exp, lambda w: w.kind == "product")
        need_built = PRODUCT_SENIOR_YEARS
    if y >= YEARS["L6"] and built >= need_built and has_scope and recent and record:
        level = "L6"
    if level == "L6" and y >= YEARS["L7"] and _org_scope(resume, exp):
        level = "L7"
    detail = (f"years {y:g} ({counted_how}); scope beyond one team "
              f"{'shown' if has_scope else 'not shown'}; hands-on recent "
              f"{'yes' if recent else 'no'}" + ("" if record else "; no research record"))
    # the years an ML engineering ladder counts are any engineering or science (a full-stack
    # developer's 1.5 years are not "1.5 years of full-time ML engineering")
    years_word = "engineering or science work" if family_word == "ML engineering" else family_word
    reason = _reason(level, y, has_scope, recent, not_recent, line, years_word)
    if restart:
        reason = (f"L4: about {y:g} years of full-time {years_word}, but {not_recent}; a few "
                  "years of hands-on work that long ago start again near the entry level.")
        detail += "; engineering ended over three years ago: a restart"
    if level == "L5" and product and y >= YEARS["L6"] and has_scope and recent \
            and built < need_built:
        reason = (f"L5: about {y:g} years of product and engineering work, but about {built:g} "
                  f"of them in product roles; senior product levels rest on about "
                  f"{need_built:g} years of product work itself.")
        detail += f"; {built:g} years of product work: under {need_built:g}"
    elif level == "L5" and y >= YEARS["L6"] and has_scope and recent and record \
            and built < YEARS["L6"]:
        reason = (f"L5: about {y:g} years in total, but about {built:g} of them building software "
                  "or models; the rest ran infrastructure and operations, which supports L5 but "
                  "not the senior levels.") if built >= 1 else (
                  f"L5: about {y:g} years of infrastructure and operations work, which supports "
                  "L5; the senior levels rest on years of building software as well.")
        detail += f"; {built:g} years building (not operations): under the years L6 needs"
    if level == "L5" and y >= YEARS["L6"] and has_scope and recent and not record:
        reason = (f"L5: about {y:g} years with scope beyond one team, but senior science levels "
                  "also look for a research record (a PhD or peer-reviewed papers), which the "
                  "resume does not show.")
    if posting.family == "mle" and LADDER.index(level) > LADDER.index("L5") \
            and ml_work_years(exp) < YEARS["L5"]:
        reason = (f"L5: about {y:g} years of engineering with scope beyond one team, but little "
                  "of that work is machine learning; senior ML engineering levels rest on years "
                  "of ML work.")
        level = "L5"
        detail += "; under 3 years of ML work: ML engineering L5 at most"
    if posting.family == "mle" and LADDER.index(level) > LADDER.index("L4") and not any(
            w.counted and find_phrases(areas.without_other_models(w.text), ML_WORK)
            for w in exp.work):
        reason = (f"L4: your {y:g} years are software engineering with no machine learning in "
                  "any job yet, and ML engineering levels above the entry one rest on ML work "
                  "done in a job.")
        level = "L4"
        detail += "; no machine learning in full-time work: ML engineering entry level"
    bar = science_degree_bar(matches, job, posting.family, posting.level)
    if bar is not None and LADDER.index(level) > LADDER.index(bar[0]):
        text, verdict = bar[1], bar[2]
        reason = (f"{'Below L4' if bar[0] == 'below-L4' else bar[0]}: a science ladder starts "
                  f"from the degree it asks ('{text}'), which the resume "
                  + {"not-met": "does not show", "in-progress": "shows still in progress"}.get(
                      verdict, "shows only in part") + ".")
        level = bar[0]
        detail += f"; science degree bar {verdict}: {bar[0]}"
    short = _short_core_years(matches, job, posting.family)
    # an engineer of three years or more brings that seniority to the ML ladder even with few
    # years of models in production; a scientist or analyst with few such years starts at L4
    engineer = years_of(exp, lambda w: w.counted and w.kind == "engineering") >= YEARS["L5"]
    if (short is not None and short[1] < YEARS["L5"] and LADDER.index(level) > LADDER.index("L4")
            and not engineer):
        level = "L4"
        reason = (f"L4: about {short[1]:g} years of the work this posting asks years of "
                  f"('{short[0]}'), under the 3 years that L5 starts from.")
        detail += f"; {short[1]:g} years counted for '{short[0]}': L4"
    fails = _fails_basic_years(matches, job)
    cap = posting.level
    if posting.amazon and FRONTEND_FAMILY.search(job.title or "") and level != "below-L4" \
            and _no_frontend_work(exp):
        # Amazon's front-end engineers are a job family of their own: years of another side
        # of engineering, with no web front-end work anywhere, are not a start on its ladder
        reason = ("Below L4: front-end engineering is a job family of its own, and none of "
                  f"your {y:g} years of engineering, nor any project, shows web front-end work.")
        level = "below-L4"
        detail += "; no front-end work for a front-end engineer's ladder: below L4"
    if cap in LADDER and LADDER.index(level) > LADDER.index(cap) and job.requirements:
        sides = areas.other_side(job, exp)
        if sides is not None:
            reason = (f"{cap}, the posting's own level: your seniority is in "
                      f"{sides[1].split(' (')[0]}, and this team's work is "
                      f"{sides[0].split(' (')[0]}, so an offer above its level is unlikely.")
            level = cap
            detail += f"; capped at the posting's level {cap} (another side of engineering)"
    manager = managing_only(exp)
    if manager is not None and cap in LADDER and LADDER.index(level) > LADDER.index(cap):
        reason = (f"{cap}, the posting's own level: your recent years are people management "
                  f"({manager.title}), and a return to hands-on work is offered at the role's "
                  "level.")
        level = cap
        detail += f"; capped at the posting's level {cap} (managing, not building)"
    if fails and cap in LADDER and LADDER.index(level) > LADDER.index(cap):
        reason = (f"{cap}, the posting's own level: you fall short of '{fails}', so an offer "
                  "above it is unlikely.")
        level = cap
        detail += f"; capped at the posting's level {cap}"
    return LevelCall(level, reason, detail, ok, line if has_scope else "")


def _reason(level: str, y: float, has_scope: bool, recent: bool, not_recent: str, line: str,
            family_word: str) -> str:
    if level == "L4":
        if y <= 0 and family_word in ("relevant work", "analysis and engineering"):
            return (f"L4: the entry level; the resume shows no full-time years of {family_word} "
                    "yet.")
        if y <= 0:
            return ("L4: a student or new graduate with an engineering background starts at the "
                    "entry level.")
        return f"L4: about {y:g} years of full-time {family_word}; L5 usually needs about 3."
    if level == "L5":
        if y < YEARS["L6"]:
            return f"L5: about {y:g} years of full-time {family_word}, past the 3 that L5 needs."
        if not recent:
            return f"L5: about {y:g} years in total, but {not_recent}, so senior levels are unlikely."
        return (f"L5: about {y:g} years of {family_word}, but no bullet shows scope beyond one "
                "team (a platform other teams use, or a team you led with its size), which L6 "
                "needs.")
    scope_words = f" ('{clip(line, 70)}')" if line else ""
    if level == "L6":
        return (f"L6: about {y:g} years of {family_word} with scope beyond one team"
                f"{scope_words}.")
    return f"L7: about {y:g} years with organisation-wide scope{scope_words}."


def ladder_index(level: str | None) -> int:
    return LADDER.index(level) if level in LADDER else -1
