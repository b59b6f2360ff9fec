"""The level a hiring committee would offer on the posting's ladder (Amazon postings only).

Years first, then scope proved by outcomes, never by verbs alone:

- below L4: the role family's starting point is missing (for a software or ML engineering role:
  no engineering work, internship or computing degree; for a science role: no machine-learning
  or modelling work);
- L4: the entry level: students and graduates with that background, and under 3 years;
- L5: 3 years or more of relevant, full-time work;
- L6: 7 years or more and scope beyond one team shown by outcomes (a senior title held with a
  platform or service other teams use, a team led with its size), and hands-on work that is
  recent;
- L7: 12 years or more with organisation-wide scope on top of that.

A candidate who fails the posting's basic years is never placed above the posting's own level,
and an internship posting places everyone at L4 or below L4.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.analysis.company import Posting
from app.analysis.experience import Experience
from app.analysis.text import clip, find_phrases
from app.models.report import RequirementMatch
from app.models.resume import JobDescription, Resume

LADDER = ("below-L4", "L4", "L5", "L6", "L7")
YEARS = {"L5": 3.0, "L6": 7.0, "L7": 12.0}
RECENT_MONTHS = 18  # hands-on engineering that ended longer ago than this is not recent
SENIOR_TITLE = re.compile(r"(?i)\b(senior|sr\.?|staff|principal|lead|architect|iii|head|director|"
                          r"cto|chief|vp)\b")
CROSS_TEAM = re.compile(
    r"(?i)\b(across (?:the )?(?:company|organi[sz]ation|org|teams|business units|engineering|"
    r"\w+ platform)|company-wide|org-wide|organi[sz]ation-wide|used by (?:all|every|\d+|many|"
    r"multiple|several)|shared by (?:all|every)|adopted by (?:\d[\d,+]*|all|many|multiple|"
    r"several)|core (?:service|library|libraries|platform) for|for all (?:\w+ )?(?:teams|services|"
    r"systems|engineers|data scientists)|(?:\d+|multiple|several) (?:teams|business units|"
    r"product teams))\b")
TEAM_SIZE = re.compile(
    r"(?i)\b(?:led|lead|leading|managed|managing|mentored|mentoring|supervised|hired|grew|scaled|"
    r"built)\b[^.;]{0,40}?\b(?:team|engineers|developers|scientists|people|reports|interns)\b"
    r"[^.;]{0,30}?\d+|\b(?:led|managed|mentored|supervised|hired)\s+(?:a\s+team\s+of\s+)?\d+\s+"
    r"(?:\w+\s+){0,2}(?:engineers|developers|scientists|people|reports|interns|members)|"
    r"\bteam (?:of|from) \d+")
ML_WORK = ("machine learning", "ml", "deep learning", "model", "models", "modeling", "modelling",
           "neural", "nlp", "computer vision", "recommend*", "ranking", "forecast*", "classifier*",
           "llm*", "reinforcement learning", "statistical model*", "predictive")
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


def background(exp: Experience, family: str) -> bool:
    """Whether the candidate has the starting point of the role family."""
    engineering = any(w.kind == "engineering" and w.counted for w in exp.work) or any(
        w.kind in ("internship", "engineering") and SWE_INTERN.search(w.title) for w in exp.work)
    computing = any(d.level >= 1 and d.field == "computing" for d in exp.degrees)
    ml = [w for w in exp.work if w.kind in ("engineering", "science", "research")
          and w.counted and find_phrases(w.text, ML_WORK)]
    if family == "science":
        return bool(ml) or any(w.kind == "science" and w.counted for w in exp.work)
    if family == "mle":  # an ML engineer starts from engineering, or from ML work in a job
        return engineering or computing or bool(ml)
    return engineering or computing


def scope(resume: Resume, exp: Experience) -> tuple[bool, str]:
    """(scope beyond one team is shown, the line that shows it). Needs a senior title held in
    counted work and an outcome beyond one team (others use what you built, or a team's size)."""
    senior = [w for w in exp.work if w.counted and SENIOR_TITLE.search(w.title)]
    if not senior:
        return False, ""
    counted = {w.role for w in exp.work if w.counted}
    for b in resume.bullets:
        if b.role in counted and (CROSS_TEAM.search(b.text) or TEAM_SIZE.search(b.text)):
            return True, b.text
    return False, ""


PRINCIPAL_TITLE = re.compile(r"(?i)\b(principal|distinguished|staff|director|head of|vp|"
                             r"vice president|cto|chief)\b")


def _org_scope(resume: Resume, exp: Experience) -> bool:
    """L7 scope: a principal-level title held in counted work, with several bullets whose
    outcomes reach beyond one team and a team's size."""
    if not any(w.counted and PRINCIPAL_TITLE.search(w.title) for w in exp.work):
        return False
    cross = [b for b in resume.bullets if CROSS_TEAM.search(b.text)]
    return len(cross) >= 3 and any(TEAM_SIZE.search(b.text) for b in resume.bullets)


def _recent_hands_on(exp: Experience) -> tuple[bool, str]:
    """Whether engineering is what the candidate does now; why not in plain words."""
    eng = [w for w in exp.work if w.counted and w.kind in ("engineering", "science")]
    if not eng:
        return False, "no full-time engineering yet"
    last = max(eng, key=lambda w: w.end)
    gap = exp.as_of - last.end
    if gap > RECENT_MONTHS:
        current = [w for w in exp.current if w.kind in ("product", "other", "analytics")]
        what = (f"you have worked as {current[0].title} since then" if current
                else "there is a gap since then")
        return False, f"your last engineering role ended {gap // 12} years ago and {what}"
    return True, ""


def _fails_basic_years(matches: Sequence[RequirementMatch], job: JobDescription) -> str:
    reqs = {r.id: r for r in job.requirements}
    for m in matches:
        r = reqs.get(m.requirement_id)
        if r is not None and r.kind == "basic" and r.years and m.verdict in ("partly", "not-met"):
            return clip(r.text, 80)
    return ""


def estimate_level(resume: Resume, exp: Experience, posting: Posting, has_ladder: bool,
                   matches: Sequence[RequirementMatch], job: JobDescription) -> LevelCall:
    """The level on the posting's ladder, with one plain sentence saying why."""
    ok = background(exp, posting.family)
    if not has_ladder:
        return LevelCall(None, "", "not an Amazon posting: no level ladder", ok)
    y = exp.years or 0.0
    family_word = {"science": "applied science", "mle": "ML engineering"}.get(posting.family,
                                                                             "software engineering")
    if not ok:
        start = ("machine-learning or modelling work in a job" if posting.family == "science"
                 else "software engineering work, an engineering internship or a computing degree")
        article = "an" if family_word[:1] in "aeiouAEIOU" or family_word.startswith("ML") else "a"
        return LevelCall("below-L4", f"Below L4: {article} {family_word} role starts from {start}, "
                         "and the resume shows none yet.", f"years {y:g}; background missing", ok)
    if posting.intern:
        return LevelCall("L4", "L4: an internship places students at the entry level.",
                         f"internship posting; years {y:g}", ok)
    has_scope, line = scope(resume, exp)
    recent, not_recent = _recent_hands_on(exp)
    level = "L4"
    if y >= YEARS["L5"]:
        level = "L5"
    if y >= YEARS["L6"] and has_scope and recent:
        level = "L6"
    if level == "L6" and y >= YEARS["L7"] and _org_scope(resume, exp):
        level = "L7"
    detail = (f"years {y:g}; scope beyond one team {'shown' if has_scope else 'not shown'}; "
              f"hands-on recent {'yes' if recent else 'no'}")
    reason = _reason(level, y, has_scope, recent, not_recent, line, family_word)
    fails = _fails_basic_years(matches, job)
    cap = posting.level
    if fails and cap in LADDER and LADDER.index(level) > LADDER.index(cap):
        reason = (f"{cap}, the posting's own level: you fall short of '{fails}', so an offer "
                  "above it is unlikely.")
        level = cap
        detail += f"; capped at the posting's level {cap}"
    return LevelCall(level, reason, detail, ok, line if has_scope else "")


def _reason(level: str, y: float, has_scope: bool, recent: bool, not_recent: str, line: str,
            family_word: str) -> str:
    if level == "L4":
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
