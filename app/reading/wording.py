"""What the words of a line say about its role, where layout alone cannot tell: an
achievement usually starts with a verb; a skills list is a run of short comma-separated
names; a degree line names a degree; a citation lists authors and a venue. Pure functions."""

from __future__ import annotations

import re
from functools import cache

from app.reading.dates import DATE_RANGE_RE, is_place

# Verbs achievements start with (past tense and the present forms of current roles).
_VERBS = set(
    """led built ran wrote made won grew cut set drove taught shipped kept held gave took
    met sold saw brought began became found fought put read spoke stood told understood
    lead build run write make grow drive teach ship keep hold manage own mentor design develop
    create deliver implement improve reduce increase launch maintain support analyze analyse
    coordinate conduct organise organize oversee oversaw partner present research review test
    train work help handle plan prepare provide serve supervise use collaborate contribute
    assist architect automate optimize optimise migrate deploy define establish evaluate
    introduce negotiate publish rebuild rewrite scale streamline spearhead translate
    responsible""".split()
)
_TITLE_STARTS = {"lead", "head", "research", "support", "test", "design", "train", "review",
                 "plan", "work", "run", "build", "manage", "develop", "program", "sales", "project",
                 "product", "market", "operate", "technical", "staff", "chief", "principal"}
JOB_NOUN = re.compile(
    r"\b(?:engineer|developer|scientist|analyst|assistant|manager|designer|architect|consultant|"
    r"specialist|associate|intern|lead|director|officer|coordinator|technician|administrator|"
    r"researcher|fellow|editor|writer|representative|advisor|owner|partner|president|stage|"
    r"stagiaire|alternante?|apprentie?|praktikum|praktikant(?:in)?|werkstudent(?:in)?|becari[oa]|"
    r"prácticas|développeu(?:r|se)|ingénieure?|ingenier[oa]|desarrollador(?:a)?)s?\b",
    re.I,
)
_VERB_SUFFIX = re.compile(r"^[A-Za-z][a-z]{2,}(?:ed|ing)$")


def starts_with_verb(text: str) -> bool:
    """'Reviewed design documents', 'Leading a team', 'Own the roadmap': a verb first."""
    m = re.match(r"[A-Za-z][\w'-]*", text.strip())
    if not m:
        return False
    word = m.group(0).split("-")[-1] or m.group(0)  # 'Co-authored', 'Re-architected'
    low = word.lower()
    if low in _TITLE_STARTS:  # 'Lead Data Scientist', 'Research Assistant': a job title
        words = text.split()
        if len(words) > 1 and words[1][:1].isupper() and JOB_NOUN.search(" ".join(words[:6])):
            return False
    if low in _VERBS:
        return True
    return bool(_VERB_SUFFIX.match(word)) and low not in _NOT_VERBS


_NOT_VERBS = {"senior", "during", "engineering", "training", "marketing", "banking", "consulting",
              "computing", "networking", "accounting", "nursing", "manufacturing", "trading",
              "beijing", "reading", "united", "limited", "advanced", "applied", "certified",
              "distributed", "embedded", "integrated", "red", "bed", "bred", "teaching", "learning",
              "speed", "seed", "need", "feed", "weed", "hundred", "ted", "ned", "fred", "ed",
              "string", "spring", "king", "ring", "thing", "nothing", "something", "wedding",
              "managing", "acting", "visiting", "founding", "supervising", "leading", "presiding",
              "operating", "including", "according", "following",
              "building", "programming", "publishing", "sterling", "darling", "ming", "ling"}

_LABEL = re.compile(r"^\s*([^:：]{1,40})[:：]\s*(\S.*)$")
_ITEM_SPLIT = re.compile(r"\s*[,;|·•，、；]\s*|\s{2,}|\s+/\s+")


def list_items(text: str) -> tuple[str, list[str]]:
    """('Label', items) of a line written as an optional label and a list."""
    m = _LABEL.match(text)
    label, body = ("", text)
    if m and len(m.group(1).split()) <= 4:
        label, body = m.group(1).strip(), m.group(2)
    items = [x.strip(" .") for x in _ITEM_SPLIT.split(body) if x.strip(" .")]
    return label, items


def is_skills_list(text: str) -> bool:
    """'Frameworks: PyTorch, FastAPI, Spark', 'S3 API, Approach, ATL, audio, backup': short
    names separated by commas or bars, no sentence."""
    label, items = list_items(text)
    if len(items) < (3 if label else 4):
        return False
    if not label and (
        any(JOB_NOUN.search(x) for x in items)
        or (re.search(r"\s\|\s", text) and len(items[0].split()) >= 2)  # 'Name | Go, Kafka'

        or is_place(", ".join(items[-2:]))
        or DATE_RANGE_RE.search(text)
    ):
        return False  # 'Data Scientist, Uber, San Francisco, USA': an entry's header
    words = [len(x.split()) for x in items]
    if max(words) > 4 or sum(words) / len(words) > 2.4:
        return False
    if re.search(r"\d\s*%|[$€£]\s?\d|\b(?:by|from|to|with|for|of)\s+\d", text):
        return False  # figures: a sentence of results ('cut costs by 30%, ...')
    if any(re.match(r"(?:and|or|then|which|that|while)\s+\w+\s+\w+", x) for x in items):
        return False  # 'designed, built, and shipped the app'
    first = items[0]
    if not label and starts_with_verb(first) and len(first.split()) > 1:
        return False
    return True


_DEGREE = re.compile(
    r"^(?:b\.?\s?s\.?c?|m\.?\s?s\.?c?|b\.?\s?a\.?|m\.?\s?a\.?|b\.?\s?eng|m\.?\s?eng|b\.?\s?tech|"
    r"m\.?\s?tech|ph\.?\s?d|d\.?\s?phil|mba|m\.?\s?phil|bachelor(?:'s|’s)?|master(?:'s|’s)?|"
    r"doctor(?:ate)?|diploma|associate(?:'s|’s)? (?:degree|of)|a\.?a\.?s|high school|abitur|"
    r"licenciatura|licence|maîtrise|grado|máster|diplom|magister|laurea|dr\.?[\s-]?ing|"
    r"dr\.?\s?rer\.?\s?nat)\b",
    re.I,
)


def is_degree_line(text: str) -> bool:
    """'M.Sc. Data Science, University of Harrowgate, 2019': a degree, not an achievement."""
    t = text.strip(" •-–")
    if not _DEGREE.match(t) or len(t.split()) > 18:
        return False
    return not re.search(r"\b(?:led|built|developed|designed|managed|created|improved)\b", t, re.I)


def is_citation(text: str) -> bool:
    """'Lindgren, T., Okafor, J., and Weiss, M. Sparse attention ... ACL 2022, pp. 1123-1135.'"""
    initials = len(re.findall(r"\b[A-Z][a-z'’-]+,\s+(?:[A-Z]\.\s*-?)+", text))
    venue = re.search(r"\b(?:proceedings|journal|conference|workshop|arxiv|preprint|vol\.|pp\.|"
                      r"doi|thesis|symposium|transactions)\b", text, re.I)
    year = re.search(r"\(?(?:19|20)\d\d\)?", text)
    return bool(initials >= 1 and venue and year) or initials >= 3


_LABEL_WORDS = set(
    """roles role and & responsibilities responsibility key contributions contribution achievements
    achievement accomplishments accomplishment highlights highlight duties duty tasks main major
    selected description results result impact technologies technology tools environment used
    tech stack scope notable core my the of job work details summary related skills
    обязанности достижения задачи результаты aufgaben tätigkeiten erfolge verantwortung
    responsabilités réalisations missions logros responsabilidades funciones tareas
    产出 职责 工作内容 主要职责 项目描述 成果 业绩 担当業務 実績 주요 업무 성과""".split()
)
_LABEL_HEADS = {"responsibilities", "responsibility", "contributions", "contribution", "achievements",
                "achievement", "accomplishments", "accomplishment", "highlights", "duties", "tasks",
                "description", "results", "impact", "technologies", "environment", "обязанности",
                "достижения", "задачи", "результаты", "aufgaben", "tätigkeiten", "erfolge",
                "responsabilités", "réalisations", "missions", "logros", "responsabilidades",
                "funciones", "tareas", "产出", "职责", "工作内容", "主要职责", "项目描述", "成果",
                "业绩", "担当業務", "実績", "업무", "성과"}


# a label printed in two languages, the English one last ('期間 Period', '役割 Role',
# '業務内容・実績 Responsibilities / achievements' in a Japanese career history)
NATIVE_LABEL = re.compile(r"^[^\x00-\x7F]+(?:[\s/／・|]+|$)")


WORK_LABEL = re.compile(r"(?i)^(?:key|selected|main|major|notable|recent|highlighted|some)\s+"
                         r"(?:projects?|work|deliverables|initiatives|engagements)\s*:?$")


def is_label(text: str) -> bool:
    """'Roles and Responsibilities', 'Key achievements:': a label over an entry's bullets,
    neither a role nor an achievement."""
    english = NATIVE_LABEL.sub("", text.strip())
    if english and english != text.strip() and not re.search(r"[^\x00-\x7F]", english):
        text = english  # '業務内容・実績 Responsibilities / achievements'
    words = re.findall(r"[\w&]+", text.lower().replace("：", ":"))
    if WORK_LABEL.match(text.strip()):
        return True  # 'Key projects' over a role's bullets: a label, not a role of its own
    return (
        1 <= len(words) <= 5
        and not re.search(r":\s*\S", text)
        and all(w in _LABEL_WORDS for w in words)
        and any(w in _LABEL_HEADS for w in words)
    )


_URL = re.compile(
    r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|io|net|dev|app|ai|me|co|edu|gov|"
    r"site|xyz|in|uk|de|fr|tech|page|link|live)\b(?:/\S*)?|\b[\w-]+(?:\.[\w-]+)+/\S*",
    re.I,
)


# the record fields of a federal or HR-style resume's job block ("Supervisor: ... may contact:
# Yes", "Hours per week: 40", "Salary: $52,400 USD Per Year", "Series/Grade: GS-2210-11")
_SUPERVISOR_FIELD = re.compile(r"(?i)^\W*(?:supervisor(?:'s name)?|supervisor name|may contact|"
                               r"(?:okay|ok) to contact(?: this| my)? supervisor)\s*:")
_RECORD_FIELD = re.compile(
    r"(?i)^\W*(?:hours(?: per week)?|salary|series\s*/\s*grade|pay plan|grade(?: level)?|rank|"
    r"references?)\s*:\s*(?P<value>.*)$")


def is_record_line(text: str) -> bool:
    """'Supervisor: Mireille Haskett-Duval, (919) 555-0163 - may contact: Yes', 'Hours per week:
    40', 'Salary: $126,500 USD Per Year': a field of the job's record, not an achievement. Its
    value is short and no sentence ('Rank: 3rd of 1,150 teams in the M5 competition' and
    'Hours: cut the weekly run from 9 hours to 40 minutes' are achievements)."""
    if _SUPERVISOR_FIELD.match(text):
        return True
    m = _RECORD_FIELD.match(text)
    if m is None:
        return False
    value = m.group("value").strip()
    if re.match(r"(?i)\W*(?:series\s*/\s*grade|pay plan)", text):
        return True  # 'Series/Grade: N/A (private sector, supporting a ... program)'
    return len(value) <= 40 and not re.match(r"[a-z]", value) and not re.search(
        r"(?i)\b(?:teams?|competition|of \d[\d,]* )", value)


def is_link_line(text: str) -> bool:
    """'Project Link: https://...', 'Live: app.example.com Code: github.com/x': addresses
    with at most a few label words, not an achievement."""
    rest = _URL.sub(" ", text)
    words = re.findall(r"[^\W\d_]+", rest)
    return rest != text and len(words) <= 3


_MONTHS_ONLY = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|mars|avril|mai|juin|juil|août|"
    r"sept|oct|déc|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
    r"noviembre|diciembre|januar|februar|märz|april|juni|juli|oktober|dezember)[a-zé]*\.?"
)
@cache
def _lead_dates() -> re.Pattern[str]:
    """Dates that open a line. Compiled on first use (0.02 s; many resumes have no list item
    a role-line check reaches): it embeds the whole date-range pattern."""
    return re.compile(
        r"^(?:(?:en cours|current(?:ly)?|present|since \d{4}|depuis \d{4}|seit \d{4})\s*:"
        r"|(?:" + _MONTHS_ONLY + r"\s*[-–]\s*)?" + r"(?:" + DATE_RANGE_RE.pattern + r")\s*:?)",
        re.I,
    )
_NAMED_ORG = re.compile(r"\s(?:at|for|with|chez|bei|@)\s+[A-Z]")  # a name after it, capitalised
_AT_ORG = re.compile(r"\s(?:at|in|chez|bei|en|@|for|à|al|a)\s+(?:l['’])?[A-Z]", re.I)


def is_role_line(text: str) -> bool:
    """'Software Engineer Intern, Albanian Elmarsos, April 2022 until now.', 'Member of the
    Literacy Team (2011 - 2013)': a list item naming a role and its dates (a list of
    employers), not an achievement."""
    t = text.strip().rstrip(".;")
    if starts_with_verb(t) or len(t) > 140:
        return False
    lead = _lead_dates().match(t)
    if lead:  # '2018.03 – 2019.02 Intern as Java developer in M-Bank', 'Avril - Juin 2017: Stage ...'
        rest = t[lead.end():].strip(" :–—-|,")
        return (
            1 <= len(rest.split()) <= 14
            and not starts_with_verb(rest)
            and bool(JOB_NOUN.search(rest) or _AT_ORG.search(rest))
        )
    matches = list(DATE_RANGE_RE.finditer(t))
    if not matches:
        return False
    m = matches[-1]
    if len(t) - m.end() > 2:  # the dates close the line ('..., 2019' or '(2018 - 2019)')
        return False
    rest = (t[: m.start()] + t[m.end() :]).strip(" ,;:|()–—-")
    if re.search(r"\d\s*%|[$€£]\s?\d|\d{3,}", rest):
        return False
    words = rest.split()
    if not 1 <= len(words) <= 12:
        return False
    pieces = [p for p in re.split(r",|\s[|–—-]\s|\s+at\s+|\(", rest) if p.strip(" )")]
    # a role names a job or an employer ('On-call rotation; postmortems (4 in 2024)' does not)
    return all(len(p.split()) <= 7 for p in pieces) and bool(
        JOB_NOUN.search(rest) or _NAMED_ORG.search(rest)
        or 2 * sum(w[:1].isupper() for w in words) > len(words))  # 'Acme Corp (2019 - 2021)'
