"""Degrees, enrolment, graduation windows and the facts a resume cannot show.

- A degree requirement is read for its level ("Master's / PhD"), its field ("Computer
  Science, Statistics, ... or a related quantitative field") and a minimum grade ("B. Tech
  with minimum 60%", "10th and 12th with minimum 75%"). A higher degree in an accepted field
  meets a lower one; the right level in a field the posting does not accept is "partly"; "or
  equivalent practical experience" lets four years of engineering stand in.
- "Are enrolled in ..." needs a degree still in progress; a degree already conferred does
  not meet it. "Expected conferral between October 2026 and September 2029" is judged from
  the graduation date the resume prints.
- Age, work authorisation and availability are "confirm": `met_reading` is the best reading
  (a university student is presumably over 18; an internship commitment holds for a student
  who meets the enrolment and graduation rules).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from app.analysis.asks import ASKED_LANGUAGES, FOREIGN_LANGUAGE_NAMES, Parsed
from app.analysis.asks import Degree as Asked
from app.analysis.dates import find_dates, month_text
from app.analysis.education import MATH_STAT, ML_FIELD, Degree
from app.analysis.experience import Experience

NAMES = {0: "school certificate", 1: "bachelor's degree", 2: "master's degree", 3: "PhD"}
SCIENCE_FIELD = re.compile(r"(?i)\b(biolog\w*|chemi\w*|neuro\w*|science|geolog\w*|ecolog\w*)\b")
_COMPUTING_ASK = re.compile(r"(?i)\b(computer|software|information|data science|computing|"
                            r"(?-i:CS|CE|IT|CSE|EECS))\b")
_QUANT_ASK = re.compile(r"(?i)\b(statistic\w*|mathemati\w*|math|economics|operations research|"
                        r"physics|quantitative|(?<!computer )(?<!software )engineering)\b")
_BROAD_ASK = re.compile(r"(?i)\b(quantitative|stem|technical|scientific|science or engineering|"
                        r"engineering field|(?<!computer )(?<!software )(?<!electrical )"
                        r"(?<!electronic )(?<!electronics )(?<!mechanical )(?<!civil )"
                        r"(?<!chemical )(?<!industrial )(?<!biomedical )(?<!aerospace )"
                        r"engineering)\b")
_WIDE_ASK = re.compile(r"(?i)\b(related (?:technical |quantitative |stem )?fields?|technical field|"
                       r"stem|equivalent|related discipline|or similar)\b")
_ML_ASK = re.compile(r"(?i)\b(machine learning|artificial intelligence|deep learning|\bai\b)\b")


@dataclass(frozen=True)
class Outcome:
    verdict: str  # "met" | "partly" | "not-met" | "confirm"
    reason: str
    evidence: str = ""
    met_reading: bool = False
    detail: str = ""


# the detail of English shown only by the resume being written in it: the posting's working
# language, which nearly every applicant shows the same way, so the shares and the fit score
# leave it out as they leave out a fact to confirm
LANGUAGE_SHOWN = "English shown by the resume's own language: left out of the fit score"


_BUSINESS_FIELD = re.compile(r"(?i)\bb\.?\s?b\.?\s?a\b|\bm\.?\s?b\.?\s?a\b|\bb\.?\s?com\b|\bcommerce\b|"
                             r"\bfinance\b|\baccounting\b|\bmarketing\b|\bmanagement\b")


# the quantitative social and business fields: related to statistics, not to computing or
# engineering
_SOCIAL_FIELD = re.compile(r"(?i)\b(econom\w*|econometric\w*|finance|financial|business|commerce|"
                           r"accounting|management|psycholog\w*|sociolog\w*|political)\b")


# a minor beside the degree's major ("B.A. Economics, minor in Statistics", "B.Eng. Mechanical
# Engineering; Finance minor")
_MINOR = re.compile(r"(?i),?\s*\(?\bminor(?:ing)?\s+(?:in\s+)?[^,;|()\n]*\)?|"
                    r"[;,]\s*[\w&]+(?:\s+[\w&]+)?\s+minor\b")
# a field's adjective a degree may carry ("Mathematical Finance", "Statistical Science")
_ADJECTIVE = {"mathematics": "mathematical", "statistics": "statistical"}
# degrees that are a field the posting names under another name ("MSc Language Science and
# Technology" is computational linguistics)
_ALSO_NAMED = {"linguistics": re.compile(r"(?i)\blanguage (?:science|technolog\w*)"),
               # a degree in the field named in its own language ('Dopravní technologie')
               "transport": re.compile(r"(?i)\b(?:doprav\w*|verkehr\w*|transporte?s?)\b"),
               # mathematics, statistics and physics as printed in the degree's own language
               "mathematics": re.compile(r"(?i)\b(?:matem[aá]ti\w*|math[eé]mati[kq]\w*)"),
               "statistics": re.compile(r"(?i)\b(?:statisti[kq]\w*|esta[dt][ií]stica)"),
               "physics": re.compile(r"(?i)\b(?:fyzik\w*|fizik\w*|physik\w*|f[ií]sica)")}


# where a degree line moves on from the degree to its school, place or dates
_DEGREE_PART = re.compile(r",|\s[–—|-]\s|\s{2,}|\bat\b|\buniversity\b|\bcollege\b", re.IGNORECASE)


def field_fit(d: Degree, fields: str) -> str:
    """How a degree's field fits the requirement's words: "fits", "near" or "off"."""
    if not fields.strip():
        return "fits"
    only_ml = bool(_ML_ASK.search(fields)) and not _COMPUTING_ASK.search(fields) \
        and not _QUANT_ASK.search(fields)
    if only_ml:
        return "fits" if ML_FIELD.search(d.text) else "near" if d.field == "computing" else "off"
    if d.field == "computing" and (_COMPUTING_ASK.search(fields) or _QUANT_ASK.search(fields)
                                   or _WIDE_ASK.search(fields) or _ML_ASK.search(fields)):
        return "fits"
    named = [w for w in re.findall(r"[a-z]{5,}", fields.lower())
             if w not in ("degree", "bachelor", "master", "related", "field", "fields", "other",
                          "equivalent", "science", "enrolled", "years", "experience", "above",
                          "quantitative", "technical", "discipline", "practical", "applications",
                          "sciences", "studies",
                          "computer", "engineering", "learning", "machine", "completed",
                          "between", "december", "august", "before")]
    # the posting names the field ("Statistics, Physics or ..."), inside a word ("Biophysics":
    # physics) or as its adjective ("Mathematical Finance"); not a minor beside another major
    major = _MINOR.sub(" ", d.text)
    if any(re.search(rf"(?i){re.escape(w)}|{re.escape(_ADJECTIVE.get(w, w))}", major)
           or (w in _ALSO_NAMED and _ALSO_NAMED[w].search(major)) for w in named):
        return "fits"
    subject = _DEGREE_PART.split(d.line, maxsplit=1)[0]  # the degree, not its school
    if "business" in named and _BUSINESS_FIELD.search(subject):
        return "fits"  # "B.B.A. Finance", "Bachelor of Commerce": business degrees by name
    if re.search(r"(?i)\bdata science|\banalytics\b", fields) and re.search(
            r"(?i)\b(?:business|data) analytics\b", subject):
        return "fits"  # "Bachelor of Commerce (Business Analytics)" for data science
    if d.field == "quantitative":
        # a quantitative degree fits a posting that asks for one; as "a related field" of
        # computer science or ML only mathematics and statistics fit (physics, economics or
        # biophysics are near); "or equivalent" asks for an equivalent of the field named
        broad = [m.group(0).lower() for m in _BROAD_ASK.finditer(fields)]
        if broad and not (set(broad) == {"engineering"} and _COMPUTING_ASK.search(fields)
                          and _SOCIAL_FIELD.search(major)
                          and not re.search(r"(?i)\bengineer", major)):
            # ("computer science, engineering, mathematics or a related field": engineering
            # names the technical fields, and economics or finance is not one of them)
            return "fits"
        if (re.search(r"(?i)\brelated\b", fields) or re.search(
                r"(?i)\b(?:comparable|similar|relevant|allied|cognate)\s+(?:quantitative\s+|"
                r"technical\s+)?(?:fields?|disciplines?|subjects?|areas?|majors?|degrees?)\b",
                fields) and re.search(r"(?i)\bcomputer|\bcomputing|\bmath|\bstatist|\bdata "
                                      r"science|\bartificial|\bmachine learning|\bengineering",
                                      fields)) and MATH_STAT.search(major):  # "... or a comparable field"
            return "fits"
        return "near"
    if re.search(r"(?i)\bstem\b", fields) and SCIENCE_FIELD.search(d.text):
        return "fits"
    return "near" if d.field == "computing" else "off"


def _grade_ok(d: Degree, minimum: float | None) -> bool | None:
    if minimum is None:
        return True
    if d.percent is None:
        return None
    return d.percent >= minimum


def school_outcome(asked: Asked, found: Sequence[Degree]) -> Outcome:
    """"10th and 12th with minimum 75%": the school certificates and their grades."""
    schools = [d for d in found if d.level == 0]
    if not schools:
        return Outcome("not-met", "the resume lists no school-leaving results")
    low = [d for d in schools if asked.percent is not None and (d.percent or 0) < asked.percent]
    if low:
        return Outcome("not-met", f"'{low[0].line}' is below the {asked.percent:g}% asked",
                       low[0].line)
    return Outcome("met", f"'{schools[0].line}' meets the {asked.percent or 0:g}% asked",
                   schools[0].line)


HONOURS = re.compile(r"(?i)\bhon(?:ou)?rs\b|\bhons\b")


def degree_outcome(parsed: Parsed, found: Sequence[Degree], exp: Experience,
                   years_met: bool | None) -> Outcome:
    """A degree requirement: level, field, grade; "PhD, or Master's and N years"."""
    asked = parsed.degree
    assert asked is not None
    if asked.level == 0:
        return school_outcome(asked, found)
    degrees = [d for d in found if d.level >= 1]
    if not degrees:
        if asked.practical and (exp.years or 0) >= 4:
            return Outcome("met", f"no degree is listed, but about {exp.years:g} years of "
                           "professional work stand in for it, as the posting allows")
        return Outcome("not-met", "the resume lists no university degree")
    fits = [(d, field_fit(d, asked.fields)) for d in degrees]
    good = [d for d, f in fits if f == "fits"]
    top_level = max(asked.alternatives)
    # "PhD, or Master's degree and 4+ years": the highest degree named is enough on its own
    alone = [d for d in good if d.level >= top_level]
    if len(asked.alternatives) > 1 and parsed.years and alone:
        return Outcome("met", f"your {alone[0].name} ('{alone[0].line}') is enough on its own",
                       alone[0].line)
    if len(asked.alternatives) > 1 and parsed.years and years_met is False:
        level_ok = [d for d in good if d.level >= asked.level]
        if level_ok:
            return Outcome("partly", f"your {level_ok[0].name} counts only with the "
                           f"{parsed.years:g}+ years of experience asked beside it",
                           level_ok[0].line)
    right = [d for d in good if d.level >= asked.level]
    if not right and asked.level == 2 and HONOURS.search(parsed.text):
        # "Honours or Master's degree" (South Africa, Australia): an honours degree is the level
        # asked beside the master's
        right = [d for d in good if d.level == 1 and HONOURS.search(d.line)]
    if right:
        # a bachelor's already conferred meets "Bachelor's degree" while a master's is underway
        done = [x for x in right if not (x.expected and not x.finished_by(exp.as_of))]
        d = max(done or right, key=lambda x: (x.level, -degrees.index(x)))
        grade = _grade_ok(d, asked.percent)
        if grade is None:
            return Outcome("partly", f"'{d.line}' is the right degree, but the resume does not "
                           f"print your grade (at least {asked.percent:g}% is asked)", d.line)
        if grade is False:
            return Outcome("not-met", f"'{d.line}' is below the {asked.percent:g}% asked", d.line)
        window = re.search(r"(?i)\b(?:completed|conferred|graduat\w*)\s+(?:between|by|before|in)\b",
                           parsed.text)
        if (d.expected and not d.finished_by(exp.as_of) and parsed.confirm != "enrolment"
                and not window):  # a new-grad window asks for a degree still to be finished
            when = f" (expected {month_text(d.end)})" if d.end else ""
            return Outcome("partly", f"your {d.name} is still in progress{when}", d.line)
        if (exp.saved is not None and d.end is not None and d.start is not None
                and d.end > exp.saved and parsed.confirm != "enrolment" and not window):
            # "Sep 2021 – Apr 2026" on a resume saved in 2025: under way when it was written
            return Outcome("partly", f"your {d.name} ends {month_text(d.end)}, after this "
                           "resume was written: say whether it is conferred", d.line)
        name = "an honours degree" if d.level < asked.level else f"a {d.name}"
        return Outcome("met", f"'{d.line}' is {name} in a field the posting accepts", d.line)
    higher = [d for d, f in fits if d.level >= asked.level]
    if higher:
        d = higher[0]
        return Outcome("partly" if field_fit(d, asked.fields) == "near" or d.level >= asked.level
                       else "not-met",
                       f"your {d.name} ('{d.line}') is not in a field the posting names", d.line)
    d = max(degrees, key=lambda x: x.level)
    return Outcome("not-met", f"the posting asks for a {NAMES[asked.level]}; your highest is a "
                   f"{d.name}", d.line)


def enrolment_outcome(parsed: Parsed, found: Sequence[Degree], exp: Experience) -> Outcome:
    """"Are enrolled in a Bachelor's or above in ...": a degree still in progress."""
    asked = parsed.degree
    degrees = [d for d in found if d.level >= 1]
    if not degrees:
        return Outcome("confirm", "the resume shows no degree programme; confirm that you are "
                       "enrolled", met_reading=False)
    fields = asked.fields if asked else ""
    level = asked.level if asked else 1
    fitting = [d for d in degrees if d.level >= level and field_fit(d, fields) == "fits"]
    if not fitting:
        d = degrees[0]
        return Outcome("not-met", f"your {d.name} ('{d.line}') is not in a field the posting "
                       "names", d.line)
    # in progress: ends after the resume's date; an "expected" date that has already passed
    # by then is a degree finished (or left), not one still being studied for
    ongoing = [d for d in fitting if (d.end is not None and d.end > exp.as_of)
               or (d.expected and d.end is None)]
    if not ongoing and all(d.end is None for d in fitting):
        return Outcome("confirm", "the resume gives no dates for your degree; confirm that you "
                       "are still enrolled", met_reading=False)
    if ongoing:
        d = ongoing[0]
        when = f", expected {month_text(d.end)}" if d.end and "xpected" not in d.line else ""
        return Outcome("met", f"you are studying for '{d.line}'{when}", d.line)
    d = max(fitting, key=lambda x: x.end or 0)
    if d.expected:
        return Outcome("not-met", f"your expected graduation ({month_text(d.end or 0)}) has passed "
                       "by the resume's date, so you read as no longer enrolled", d.line)
    return Outcome("not-met", f"your {d.name} was conferred in {month_text(d.end or 0)}, so you "
                   "are no longer enrolled", d.line)


def graduation(found: Sequence[Degree]) -> Degree | None:
    """The degree with the latest end date (the graduation a window is checked against)."""
    dated = [d for d in found if d.level >= 1 and d.end is not None]
    return max(dated, key=lambda d: d.end or 0) if dated else None


def conferral_outcome(text: str, found: Sequence[Degree]) -> Outcome:
    """"Expected conferral date between October 2026 – September 2029"."""
    months = [h.month for h in find_dates(text) if h.month is not None]
    if not months:
        return Outcome("confirm", "confirm that your graduation date fits the posting",
                       met_reading=True)
    lo, hi = (min(months), max(months)) if len(months) > 1 else (
        (None, months[0]) if re.search(r"(?i)\b(by|before|no later)\b", text) else (months[0], None))
    d = graduation(found)
    if d is None or d.end is None:
        return Outcome("confirm", "the resume shows no graduation date; confirm it fits the "
                       "posting's window", met_reading=False)
    inside = (lo is None or d.end >= lo) and (hi is None or d.end <= hi + 1)
    when = month_text(d.end)
    if inside:
        return Outcome("met", f"your graduation ({when}) falls inside the window", d.line)
    return Outcome("not-met", f"your graduation ({when}) falls outside the posting's window",
                   d.line)


# a security clearance asked for, one the candidate must already hold, and a resume's own line
CLEARANCE_ASK = re.compile(r"(?i)\bclearances?\b")
ACTIVE_CLEARANCE = re.compile(r"(?i)\b(?:active|current(?:ly)?|at start|must (?:currently )?(?:hold|"
                              r"possess|have)|(?:not|cannot|will not) sponsor)\b")
CLEARANCE_STATED = re.compile(r"(?i)\bsecurity clearance\b[^.;\n]{0,40}|\b(?:active|current|interim) "
                              r"(?:top )?secret\b[^.;\n]{0,20}|\btop secret\b|\bts/sci\b|"
                              r"\bsecret clearance\b|\b(?:sc|dv|nv1|nv2|baseline) clearance\b")
# "Male applicants: military service completed or exempted" and the resume's own line for it
MILITARY_ASK = re.compile(r"(?i)\bmilitary service\b|\bservicio militar\b")
MILITARY_DONE = re.compile(r"(?i)\bmilitary service\W{0,3}(?:completed|fulfilled|done|exempt\w*)|"
                           r"\balternative (?:military )?service\b|\bhonou?rably discharged\b|"
                           r"\bveteran\b")


def confirm_outcome(kind: str, found: Sequence[Degree], exp: Experience,
                    eligible: bool, asked: str = "", text: str = "") -> Outcome:
    """Age, work authorisation, availability: the resume cannot show them."""
    if kind == "age" or (kind == "authorisation" and NATIONALITY_ASK.search(asked)):
        facts = [o for o in (nationality_outcome(asked, text), age_outcome(asked, text, exp))
                 if o is not None]
        if facts:  # what the resume itself states (an Asian resume's personal-data block)
            worst = min(facts, key=lambda o: o.verdict == "met")
            return replace(worst, reason="; ".join(o.reason for o in facts))
        if kind == "age":
            adult = bool(found) or bool(exp.work)
            return Outcome("confirm", "a resume cannot show your age; confirm it"
                           + (" (university study suggests you meet it)" if adult else ""),
                           met_reading=adult)
    if kind == "language":
        return language_outcome(asked, text)
    if kind == "authorisation" and CLEARANCE_ASK.search(asked):
        held = CLEARANCE_STATED.search(text)
        if held:
            said = held.group(0).strip(" ,;:")
            if said.count("(") > said.count(")"):
                said = said[:said.rfind("(")].strip(" ,;:")
            return Outcome("confirm", f"your resume states a clearance ('{said}'); "
                           "confirm its level and that it is active", met_reading=True)
        if ACTIVE_CLEARANCE.search(asked):
            return Outcome("not-met", "the posting needs a clearance you hold already, and your "
                           "resume names none; if you hold one, add it with its level",
                           met_reading=False)
        return Outcome("confirm", "a resume rarely shows whether you could be cleared; confirm "
                       "it before you apply", met_reading=False)
    if kind == "authorisation" and MILITARY_ASK.search(asked):
        stated = MILITARY_DONE.search(text)
        return Outcome("confirm", (f"your resume states it ('{stated.group(0)}'); confirm it if "
                                   "asked" if stated else "a resume rarely shows military "
                                   "service; confirm yours before you apply"),
                       met_reading=bool(stated))
    if kind == "authorisation":
        head = _status_header(text)
        if citizens_only(asked) and RESIDENT_NOT_CITIZEN.search(head) \
                and not CITIZEN_STATED.search(head):
            return Outcome("not-met", "your resume states permanent residency, and this role is "
                           "open to citizens only", met_reading=False)
        theirs, yours = _other_citizenship(asked, head) if citizens_only(asked) else ((), ())
        if theirs and yours:
            asked_of = "/".join(sorted(_nations(asked)))
            return Outcome("not-met", f"your resume states {'/'.join(sorted(yours))} "
                           f"citizenship, and this role is open to {asked_of} citizens only",
                           met_reading=False)
        stated = AUTHORISED.search(text)
        return Outcome("confirm", ("your resume states it; confirm it still holds" if stated else
                                   "a resume rarely shows work authorisation; confirm it before "
                                   "you apply"), met_reading=bool(stated))
    start = _latest_start(asked)
    if start is not None:
        # "able to start full-time employment in 2026": a degree still in progress past that
        # date is the one thing on a resume that says no
        late = [d for d in found if d.level >= 1 and d.expected and d.end is not None
                and d.end > start]
        if late:  # the resume itself says the start is after the posting's
            return Outcome("not-met", f"your {late[0].name} is expected "
                           f"{month_text(late[0].end or 0)}, after the latest start the posting "
                           f"allows ({month_text(start)}), so you could not start full-time in "
                           "time without leaving it early", late[0].line, met_reading=False)
        return Outcome("confirm", "confirm you can start when the posting asks; nothing on your "
                       "resume stands in the way", met_reading=True)
    place = _asked_place(asked)
    if place:
        here = bool(re.search(rf"(?i)\b{re.escape(place)}\b", _header_text(text)))
        return Outcome("confirm", f"the posting asks you to work in {place}"
                       + ("; your resume places you there" if here else
                          "; your resume places you elsewhere, so confirm you can"),
                       met_reading=here)
    return Outcome("confirm", "a resume cannot show your availability; confirm it"
                   + ("" if eligible else " (the enrolment or graduation rules above are not "
                      "met, so the commitment may not apply to you)"), met_reading=False)


AUTHORISED = re.compile(r"(?i)\b(u\.?s\.? citizen|citizen of the united states|green card|"
                        r"permanent resident|authori[sz]ed to work|work authori[sz]ation:\s*\w|"
                        r"no sponsorship (?:needed|required)|does not require sponsorship|"
                        r"eu citizen|right to work in)\b")


# a posting open to citizens only ("applicants must be Australian citizens", "US citizenship
# is required"), and a resume that states residency instead
CITIZENS_ONLY = re.compile(r"(?i)\bmust be (?:an? )?(?:[A-Z][\w.]+ )?citizens?\b|\bcitizens? only\b|"
                           r"\bcitizenship (?:is )?(?:required|mandatory)\b|\bopen (?:only )?to "
                           r"(?:[A-Z][\w.]+ )?citizens\b|\brequires? (?:[A-Z][\w.]+ )?citizenship\b")
RESIDENT_NOT_CITIZEN = re.compile(r"(?i)\bpermanent resident\b|\bpermanent residency\b|"
                                  r"\bgreen card\b")
# a citizenship stated as the candidate's own, in the resume's header ("Australian citizen",
# "Citizenship: Canadian", "dual UK/Canadian citizen")
CITIZEN_STATED = re.compile(r"(?i)\bcitizen\b(?!\s*(?:science|journalis\w*|developer))|"
                            r"\bcitizenship\s*:")
# residents accepted beside citizens ("citizens or permanent residents", "a US citizen or green
# card holder"): not a role for citizens only
_RESIDENTS_TOO = re.compile(r"(?i)permanent residen\w*|green card|\bvisa\b|work permit")


# the nations whose citizenship a posting asks for or a resume states, in their usual forms
_NATIONS = {"US": r"(?-i:U\.?S\.?A?\.?)|united states|american|america", "Australian": r"australian?",
            "Canadian": r"canad(?:a|ian)", "UK": r"(?-i:U\.?K\.?)|british|united kingdom",
            "Irish": r"irish|ireland", "New Zealand": r"new zealand(?:er)?|(?-i:NZ)",
            "Indian": r"indian?", "German": r"german|germany", "French": r"french|france",
            "Singaporean": r"singapore(?:an)?", "Dutch": r"dutch|netherlands",
            "Spanish": r"spanish|spain", "Italian": r"italian|italy", "Polish": r"polish|poland",
            "Portuguese": r"portuguese|portugal", "Swedish": r"swedish|sweden",
            "EU": r"(?-i:EU)|european union|european",
            # nations whose postings name a nationality (Southeast Asia, the Gulf)
            "Thai": r"thai|thailand", "Malaysian": r"malaysian?", "Indonesian": r"indonesian?",
            "Vietnamese": r"vietnamese|viet ?nam", "Filipino": r"filipino|philippines?",
            "Myanmar": r"myanmar|burmese", "Chinese": r"chinese|china", "Japanese": r"japanese|japan",
            "Korean": r"korean|korea", "Saudi": r"saudi(?: arabian?)?", "Emirati": r"emirati|uae",
            "Qatari": r"qatari|qatar", "Egyptian": r"egyptian|egypt", "Pakistani": r"pakistani?",
            "Bangladeshi": r"bangladeshi?", "Sri Lankan": r"sri lankan?", "Nepali": r"nepali|nepal",
            "Croatian": r"croatian?", "Czech": r"czech(?:ia)?", "Slovak": r"slovak(?:ia)?",
            "Romanian": r"romanian?", "Danish": r"danish|denmark", "Turkish": r"turkish|t[uü]rkiye"}
# the member states a posting's "EU citizens" takes
_EU = frozenset({"Irish", "German", "French", "Dutch", "Spanish", "Italian", "Polish",
                 "Portuguese", "Swedish", "EU"})


# a nationality asked ("Thai nationality, male or female, age 27 - 38 years") and stated
NATIONALITY_ASK = re.compile(r"(?i)\b[A-Z][a-z]+\s+nationality\b|\bnationality\s*[:：]?\s*[A-Z][a-z]+")
NATIONALITY_SAID = re.compile(r"(?i)\b(?:nationality|citizenship)\s*[:：]\s*([^|·•;\n]{1,40})")
# an age range asked, and the age or birth year a resume states
AGE_RANGE = re.compile(r"(?i)\bage[ds]?\s*(?:between\s*)?(\d{2})\s*(?:[-–—]|to|and)\s*(\d{2})")
AGE_SAID = re.compile(r"(?i)\bage\s*[:：]\s*(\d{2})\b|\b(\d{2})\s+years\s+old\b")
BORN_SAID = re.compile(r"(?i)\b(?:date of birth|born(?: on)?|d\.o\.b\.?|dob)\s*[:：]?\s*"
                       r"[^\n]{0,20}?\b((?:19|20)\d\d)\b")


def nationality_outcome(asked: str, text: str) -> Outcome | None:
    """A nationality the posting asks against the one the resume states, when both are named."""
    theirs = _nations(" ".join(m.group(0) for m in NATIONALITY_ASK.finditer(asked)))
    yours = _nations(" ".join(m.group(1) for m in NATIONALITY_SAID.finditer(text or "")))
    if not theirs or not yours:
        return None
    if theirs & yours:
        return Outcome("met", f"your resume states {'/'.join(sorted(theirs & yours))} nationality",
                       met_reading=True)
    return Outcome("not-met", f"your resume states {'/'.join(sorted(yours))} nationality, and the "
                   f"posting asks for {'/'.join(sorted(theirs))}", met_reading=False)


def age_outcome(asked: str, text: str, exp: Experience) -> Outcome | None:
    """An age range the posting asks against the age (or birth year) the resume states."""
    rng = AGE_RANGE.search(asked)
    if rng is None:
        return None
    said, born = AGE_SAID.search(text or ""), BORN_SAID.search(text or "")
    if said:
        age = int(said.group(1) or said.group(2))
    elif born:
        age = exp.as_of // 12 - int(born.group(1))
    else:
        return None
    low, high = int(rng.group(1)), int(rng.group(2))
    inside = low <= age <= high
    return Outcome("met" if inside else "not-met", f"your resume gives your age as about {age}, "
                   + ("inside" if inside else "outside") + f" the {low}-{high} asked",
                   met_reading=inside)


def _nations(text: str) -> set[str]:
    """Every nation a phrase names ('U.S. or Canadian citizenship', 'Dual US-Irish')."""
    return {key for key, rx in _NATIONS.items()
            if re.search(rf"(?i)(?<![\w.])(?:{rx})(?![\w])", text)}


def _citizenship_said(head: str) -> str:
    """The header's own citizenship clause: the words from the last separator before
    'citizen' ('Canadian permanent resident (British citizen)': 'British citizen'), or what
    follows 'Citizenship:' on its line ('Citizenship: Irish, American')."""
    out = [m.group(0) for m in re.finditer(r"(?i)[^()|·•;,\n]{0,40}\bcitizens?\b", head)]
    out += [m.group(1) for m in re.finditer(r"(?i)\bcitizenships?\s*[:：]\s*([^|·•;\n]{1,60})",
                                              head)]
    return " ".join(out)


def _other_citizenship(asked: str, head: str) -> tuple[set[str], set[str]]:
    """The nations a citizens-only line asks for and those the header states, when the header
    states only others (an EU member meets 'EU citizens'); empty sets otherwise."""
    theirs, yours = _nations(asked), _nations(_citizenship_said(head))
    if "EU" in theirs:
        theirs = theirs | _EU
    if not theirs or not yours or theirs & yours:
        return set(), set()
    return theirs, yours


def citizens_only(asked: str) -> bool:
    """A requirement that opens the role to citizens only, residents not named beside them."""
    return bool(CITIZENS_ONLY.search(asked)) and not _RESIDENTS_TOO.search(asked)


_START = re.compile(r"(?i)\b(?:start|begin|commence|join)\w*\b")


def _latest_start(asked: str) -> int | None:
    """The latest month a start-date line allows ("able to start full-time employment in
    2026": Dec 2026), None when the line names no start date."""
    if not _START.search(asked):
        return None
    hits = find_dates(asked)
    months = [h.month for h in hits if h.month is not None]
    years = [int(y) for y in re.findall(r"\b(20\d\d)\b", asked)]
    if months and not re.search(r"(?i)\bin\s+20\d\d\b", asked):
        return max(months)
    if years:
        return max(years) * 12 + 11
    return None


def _asked_place(asked: str) -> str:
    """The city a requirement asks the candidate to work in ("work in Chicago at least four
    days a week"), '' when it names none."""
    m = re.search(r"(?:work|relocate|based|located|live)\s+(?:in|to|from|near)\s+(?:the\s+)?"
                  r"([A-Z][a-zA-Z]+(?:\s+[A-Z][a-zA-Z]+){0,2})", asked)
    return m.group(1) if m and m.group(1) not in ("United States", "US", "USA") else ""


_SECTION_START = re.compile(r"(?i)^\W*(?:professional |work |career )?(?:summary|profile|experience|"
                            r"employment|work history|education|skills|objective|about me)\b")


def _status_header(text: str) -> str:
    """The resume's header lines, where a candidate states their own status ("Permanent
    resident of Australia"): the lines before the first section, no bullet among them."""
    out = []
    for i, line in enumerate((text or "").splitlines()[:8]):
        stripped = line.strip()
        if _SECTION_START.match(stripped) or (i > 1 and stripped.isupper() and len(stripped) > 3):
            break  # a section begins (the name is one of the first two lines, in capitals or
            # not: a page header's title may stand above it)
        if stripped[:1] in ("-", "•", "*", "·"):
            continue
        out.append(stripped)
    return "\n".join(out)


def _header_text(text: str) -> str:
    """The top of the resume, where the candidate's own location is printed."""
    return "\n".join((text or "").splitlines()[:6])


# each language a posting may ask for, and how resumes write its name (in English, German,
# French, Spanish, Portuguese, Italian, Dutch, Polish and its own script)
LANGUAGE_NAMES = {
    "english": ("english", "englisch", "anglais", "inglés", "ingles", "inglês", "inglese",
                "engels", "angielski", "英語", "英语", "영어"),
    "german": ("german", "deutsch", "allemand", "alemán", "aleman", "alemão", "tedesco", "duits",
               "niemiecki", "ドイツ語", "德语"),
    "french": ("french", "französisch", "francais", "français", "francés", "francês", "francese",
               "francuski", "フランス語", "法语"),
    "spanish": ("spanish", "spanisch", "espagnol", "español", "espanol", "espanhol", "spagnolo",
                "spaans", "hiszpański", "スペイン語", "西班牙语"),
    "portuguese": ("portuguese", "portugiesisch", "portugais", "português", "portugués",
                   "portoghese", "portugees"),
    "italian": ("italian", "italienisch", "italiano", "italiaans", "włoski"),
    "dutch": ("dutch", "niederländisch", "néerlandais", "holandés", "nederlands", "olandese"),
    "polish": ("polish", "polnisch", "polonais", "polaco", "polski"),
    "japanese": ("japanese", "japanisch", "japonais", "japonés", "japonês", "giapponese",
                 "日本語"),
    "mandarin": ("mandarin", "chinese", "chinesisch", "chinois", "中文", "普通话", "汉语"),
    "chinese": ("chinese", "mandarin", "chinesisch", "chinois", "中文", "普通话", "汉语"),
    "korean": ("korean", "koreanisch", "coréen", "coreano", "한국어"),
    "hindi": ("hindi",), "arabic": ("arabic", "arabisch", "arabe", "árabe", "العربية"),
    "indonesian": ("indonesian", "bahasa indonesia", "indonesisch", "indonésien"),
    "malay": ("malay", "bahasa malaysia", "bahasa melayu"),
    "turkish": ("turkish", "türkçe", "turkce", "türkisch", "turc"),
    "hebrew": ("hebrew", "עברית", "ivrit", "hebräisch", "hébreu"),
    "swedish": ("swedish", "svenska", "schwedisch", "suédois"),
    "norwegian": ("norwegian", "norsk", "norwegisch"), "danish": ("danish", "dansk", "dänisch"),
    "finnish": ("finnish", "suomi", "finnisch"), "russian": ("russian", "русский", "russisch", "russe"),
    "vietnamese": ("vietnamese", "tiếng việt"), "thai": ("thai", "ภาษาไทย"),
    "czech": ("czech", "čeština", "cestina", "tschechisch"),
    "slovak": ("slovak", "slovenčina", "slovenština", "slowakisch"),
    "croatian": ("croatian", "hrvatski", "kroatisch"),
}
# a posting's name for a language, where it is not the English one
_ASKED_AS = {"bahasa indonesia": "indonesian", "bahasa malaysia": "malay", "bahasa melayu": "malay"}
# a resume written partly in the language's own script shows it (Chinese: Han characters with
# no kana, which a Japanese text has)
# a resume from Japan: a Japanese company form, a postal mark, a phone or a city there
_IN_JAPAN = re.compile(r"株式会社|有限会社|〒|\+81[\s-]?\d|\b(?:Tokyo|Osaka|Yokohama|Nagoya|Kyoto|"
                       r"Fukuoka|Kobe|Sapporo|Kawasaki)\b")
_SCRIPT = {"japanese": r"[\u3040-\u30ff]", "korean": r"[\uac00-\ud7af]",
           "chinese": r"[\u4e00-\u9fff]", "mandarin": r"[\u4e00-\u9fff]"}
# a resume written partly in a European language: its commonest short words, often
_FUNCTION_WORDS = {
    "german": r"\b(?:und|der|die|das|mit|für|bei|von|zur|auf)\b",
    "french": r"\b(?:et|les|des|pour|avec|dans|une|du|au)\b",
    "spanish": r"\b(?:y|los|las|para|con|del|una|en el|en la)\b",
    "portuguese": r"\b(?:e|os|das|dos|para|com|uma|em)\b",
    "italian": r"\b(?:e|il|della|delle|per|con|una|nel)\b",
    "dutch": r"\b(?:en|het|van|voor|met|een|bij)\b",
    "polish": r"\b(?:i|w|na|dla|oraz|się|z)\b",
    # (words of their own: "a", "v", "na" are English, Polish and Croatian too)
    "czech": r"\b(?:pro|při|jsem|nebo|také|dosud|který|která|které|jsou|byl|byla|jako|pomocí)\b",
    "slovak": r"\b(?:pre|pri|som|alebo|tiež|doteraz|ktorý|ktorá|ktoré|sú|bol|bola|pomocou)\b",
}
# English prose: its commonest small words, as a share of all the words of the resume (a German
# or French CV with a few English project names stays far below it)
_ENGLISH_WORDS = re.compile(r"(?i)\b(?:the|and|of|with|for|to|in|on|from|by|an?|at|as)\b")
_ENGLISH_SHARE = 0.06
_ENGLISH_LEAST = 20


def _written_in_english(text: str) -> bool:
    """The resume's lines are written in English: at least 20 of its commonest small words and
    6% of all its words."""
    small = len(_ENGLISH_WORDS.findall(text))
    return small >= _ENGLISH_LEAST and small >= _ENGLISH_SHARE * len(re.findall(r"\w+", text))


# a level printed beside a language (CEFR, a named level, a test), high enough for a working
# language, or lower
_HIGH = (r"(?:native|mother tongue|fluent|bilingual|business[- ]level|business fluent|"
         r"(?:full )?professional (?:working )?proficiency|proficient|advanced|"
         r"upper[- ]intermediate|verhandlungssicher|flie(?:ss|ß)end|muttersprache|courant|"
         r"langue maternelle|lingua madre|madrelingua|lengua materna|língua materna|"
         r"język ojczysty|moedertaal|nativo|nativa|母国語|母語|ネイティブ|母语|원어민|[bc]2|c1|(?:jlpt\s*)?n[12]|"
         r"toeic|toefl|ielts|hsk\s*[56]|"
         r"topik\s*[56])")
_LOW = (r"(?:conversational|intermediate|basic|basics|elementary|beginner|notions|grundkenntnisse|"
        r"a[12]|b1|jlpt\s*n[345]|hsk\s*[1-4]|topik\s*[1-4])")


def _stated(names: str, level: str, text: str) -> str:
    """The words that give the language with a level beside it ('English: C1 (TOEIC 945)',
    'verhandlungssicher (C1)  Englisch', 'Muttersprache Deutsch'), '' when none do."""
    m = (re.search(rf"(?i)(?<!\w)(?:{names})(?!\w)[ \t]*[:：\-–—,]?[ \t]*[(（]?[ \t]*{level}(?!\w)"
                   rf"[^()（）\n;,|·•/]{{0,30}}(?:[(（][^()（）\n]{{0,24}}[)）])?[)）]?", text)
         or re.search(rf"(?i)(?<!\w){level}(?!\w)[ \t]*(?:[(（][^()（）\n]{{0,16}}[)）])?[ \t]*[:：\-–—]?"
                      rf"[ \t]*(?<!\w)(?:{names})(?!\w)", text))  # one line: 'Spanish – Basic' above
    # 'English – Professional' is no basic English
    if not m:
        return ""
    said = m.group(0)
    if m.end() < len(text) and text[m.end()].isalnum() and text[m.end() - 1].isalnum():
        # the limit fell inside a word ('English: professi'): end on the last whole word
        said = re.sub(r"[\w.]*$", "", said)
    said = said.strip(" ,;–—-:")
    return said + ")" if said.count("(") > said.count(")") else said + (
        "）" if said.count("（") > said.count("）") else "")


# the language exams whose level names the language on its own ('JLPT N1', 'HSK 6')
_EXAMS = {"japanese": r"(?i)\bjlpt\s*n[12]\b", "mandarin": r"(?i)\bhsk\s*[56]\b",
          "chinese": r"(?i)\bhsk\s*[56]\b", "korean": r"(?i)\btopik\s*(?:level\s*)?[56]\b"}
_CEFR = ("a1", "a2", "b1", "b2", "c1", "c2")


def _below_asked(asked: str, said: str) -> bool:
    """A stated level under the one the line names: CEFR B2 against 'C1 or above', JLPT N2
    against 'N1'."""
    want = [x.lower() for x in re.findall(r"(?i)(?<!\w)([abc][12])(?!\w)", asked)]
    have = [x.lower() for x in re.findall(r"(?i)(?<!\w)([abc][12])(?!\w)", said)]
    if want and have:
        return max(_CEFR.index(h) for h in have) < min(_CEFR.index(w) for w in want)
    want_n = [int(x) for x in re.findall(r"(?i)\bn([1-5])\b", asked)]
    have_n = [int(x) for x in re.findall(r"(?i)\bn([1-5])\b", said)]
    return bool(want_n and have_n) and min(have_n) > max(want_n)


def first_language(asked: str) -> str | None:
    """The language a line asks for (lower case), the first it names: the one required."""
    low = asked.lower()
    named = [lang for lang in [*(n.lower() for n in ASKED_LANGUAGES), *FOREIGN_LANGUAGE_NAMES]
             if re.search(rf"(?<!\w){lang}(?!\w)|(?<!\w){lang}(?=kenntnisse)", low)]
    first = min(named, key=lambda n: low.index(n)) if named else None
    if first in FOREIGN_LANGUAGE_NAMES:
        return FOREIGN_LANGUAGE_NAMES[first]
    return _ASKED_AS.get(first, first) if first else None


def language_outcome(asked: str, text: str) -> Outcome:
    """A language the posting asks for, against what the resume says of it: a working level
    printed beside it (or its own exam, 'JLPT N1') meets the line, unless the line names a
    higher one; a lower level is not met against a working level named, part of a line that
    names none; lines written in it show it; a language other than English the resume never
    names nor is written in is not shown; otherwise only the candidate can say how well they
    speak it."""
    lang = first_language(asked)
    if lang is None:
        return Outcome("confirm", "a resume shows the language it is written in, not how well "
                       "you speak it; confirm the level asked", met_reading=True)
    word = lang.capitalize()
    names = "|".join(re.escape(n) for n in LANGUAGE_NAMES[lang])
    exam = _EXAMS.get(lang)
    taken = re.search(exam, text) if exam else None  # 'JLPT N1 (2022)' with no 'Japanese'
    said = _stated(names, _HIGH, text) or (taken.group(0) if taken else "")
    if said and _below_asked(asked, said):
        return Outcome("not-met", f"your resume gives your {word} as '{said}', below the level "
                       "the posting asks", evidence=said, met_reading=False)
    if said:
        return Outcome("met", f"your resume gives your {word} ('{said}'); be ready to use it in "
                       "the interview", evidence=said, met_reading=True)
    said = _stated(names, _LOW, text)
    if said and not re.search(rf"(?i)\b{_LOW}\b", asked):
        # a lower level the resume states is below a working level the posting names, not
        # part of it (the labellers of sets 12 and 21: 'JLPT N3' against 'JLPT N2 or above');
        # against a line that names no level ('able to read technical documents') it is part
        leveled = re.search(rf"(?i)(?<!\w){_HIGH}(?!\w)|\bworking (?:level|proficiency)\b", asked)
        return Outcome("not-met" if leveled else "partly",
                       f"your resume gives your {word} as '{said}'; the posting asks for "
                       + ("a working level" if leveled else "a working use of it; say what you "
                          "can do in it"),
                       evidence=said, met_reading=False)
    script = _SCRIPT.get(lang)
    kana = len(re.findall(_SCRIPT["japanese"], text))
    if lang == "japanese" and len(re.findall(_SCRIPT["chinese"], text)) >= 8 \
            and _IN_JAPAN.search(text):  # "篠塚 康平", "天城電機工業株式会社", in Tokyo
        return Outcome("met", "your resume writes your name or employer in Japanese and places "
                       "you in Japan; say your level if you are asked", met_reading=True)
    if script and len(re.findall(script, text)) >= 20 and (lang in ("japanese", "korean") or not kana):
        shown = "Chinese" if lang == "mandarin" else word
        return Outcome("met", f"your resume is written partly in {shown}", met_reading=True)
    words = _FUNCTION_WORDS.get(lang)
    if words and len(re.findall(words, text)) >= 8:
        return Outcome("met", f"your resume is written partly in {word}", met_reading=True)
    if lang == "english" and _written_in_english(text) and not re.search(
            r"(?i)\b(?:native|bilingual|mother[- ]tongue|c2)\b", asked):
        return Outcome("met", "your resume is written in English: a working level shows in it; "
                       "be ready to use it in the interview", met_reading=True,
                       detail=LANGUAGE_SHOWN)
    mentioned = re.search(rf"(?i)(?<!\w)(?:{names})(?!\w)", text)
    if not mentioned and lang != "english":
        return Outcome("not-met", f"nothing on your resume shows {word}; if you speak it, add it "
                       "with its level", met_reading=False)
    return Outcome("confirm", f"your resume does not say how well you speak {word}; confirm the "
                   "level asked", met_reading=True)
