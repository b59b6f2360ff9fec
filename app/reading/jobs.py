"""Read a job description (pasted text or a PDF/DOCX/TXT file) into a `JobDescription`.

Real postings arrive in every shape: clean bullet lists, one requirement per line, whole
sections as one run-on paragraph, or scraped text whose headings are glued to the words
around them ("...experienceProgramming experience with...", "...systems.Job summaryThe...").
The reader works in four steps, each a small pure function:

1. `_unglue`: put line breaks back where a scrape removed them (glued headings, inline
   "- " bullets, run-together sentences).
2. `_blocks`: turn lines into blocks (heading, bullet, paragraph), re-joining hard-wrapped
   lines.
3. `_items`: walk the blocks with the posting's own headings as state: "Key job
   responsibilities" -> responsibility, "Basic/Minimum qualifications", "Requirements" ->
   basic, "Preferred", "Nice to have", "Bonus" -> preferred. Bullets are one item each;
   paragraphs are split into sentences and ";" clauses. Prose outside those sections
   (description, about the team, benefits, legal text) is not a requirement, except that a
   posting with no responsibilities heading states its duties in second person ("You will
   own...", "Day-to-day work involves..."), and those are taken as responsibilities.
4. Title, company, level hints and skills from the text and the items.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from app.errors import InputError
from app.legal_names import LEGAL_SUFFIXES, SHORT_LEGAL_SUFFIXES
from app.models.knowledge import Skill
from app.models.resume import JobDescription, Requirement, SourceInfo
from app.reading.dates import TITLE_NOUN_IN, is_place
from app.reading.posting_headings import BASIC, PREFERRED, heading_kind
from app.reading.posting_items import REQ_LIKE, requirement_items
from app.reading.posting_lines import BULLET_CHARS, PostLine, document_post_lines, text_post_lines
from app.reading.posting_text import parse_years, pay_range, strip_page_noise

__all__ = ["SkillSource", "Taxonomy", "read_job", "read_job_text", "requirement_id",
           "parse_years"]

TOO_SHORT = ("This job description is too short to analyse: paste the full posting including "
             "its qualifications.")
MIN_WORDS = 15
MAX_CHARS = 100_000  # the longest real postings are ~15,000 characters



class SkillSource(Protocol):
    """What reading a posting needs of the knowledge: its skills taxonomy. The whole
    `Knowledge` is one; so is a `Taxonomy` (the reading worker loads only the skills)."""

    @property
    def skills(self) -> tuple[Skill, ...]: ...


@dataclass(frozen=True)
class Taxonomy:
    """A validated skills taxonomy alone (`app.knowledge.load_skill_taxonomy`)."""

    skills: tuple[Skill, ...]


def requirement_id(text: str) -> str:
    """Stable id for a requirement: "r" + a short hash of its normalised text."""
    norm = re.sub(r"\s+", " ", text).strip().lower()
    return "r" + hashlib.sha1(norm.encode("utf-8")).hexdigest()[:10]


# --------------------------------------------------------------------------- entry points

def read_job(path: str | os.PathLike, knowledge: SkillSource) -> JobDescription:
    """Read a job description file (PDF, DOCX, TXT, MD); raises InputError when unreadable.

    `knowledge` gives the skills taxonomy the requirements are matched against. A PDF or DOCX
    is read from its lines (bold and larger headings, bullets, where each line ends on the
    page); a text file like a paste."""
    from app.reading.lines import display_line
    from app.reading.resume import document_lines
    from app.reading.sniff import decode_text

    try:
        lines, source = document_lines(path)
    except InputError as exc:  # the shared reader words its messages for resumes
        raise InputError(re.sub(r"\b(?:your |the |a )?resume\b",
                                lambda m: ("a" if m.group(0).startswith("a ") else "the")
                                + " job description", exc.message)) from None
    if source.type in ("pdf", "docx"):
        text = "\n".join(display_line(ln) for ln in lines).strip() + "\n"
        layout: list[PostLine] | None = document_post_lines(lines, source.type)
    else:  # a text file reads as its own text, blank lines and indentation kept
        text = decode_text(Path(path).read_bytes()) or ""
        layout = None
    return _parse(text, source, knowledge, layout)


def read_job_text(text: str, knowledge: SkillSource, path: str = "-") -> JobDescription:
    """Read a pasted job description; `path` is only recorded as its source ("-" = stdin)."""
    if not isinstance(text, str):
        raise InputError("The job description must be text: paste the posting or give a PDF, DOCX or TXT file.")
    return _parse(text, SourceInfo(path=str(path), type="txt", pages=None), knowledge)


def _parse(text: str, source: SourceInfo, knowledge: SkillSource,
           layout: list[PostLine] | None = None) -> JobDescription:
    text = _normalise(text)
    _check(text)
    from app.skills import SkillMatcher

    matcher = SkillMatcher.for_skills(knowledge.skills)
    pay = pay_range(text)
    entity = _legal_entity(text)  # before page furniture goes: 'Job ID: 42 | Acme, Inc.'
    text = strip_page_noise(text)
    unglued = _unglue(text)
    lines = text_post_lines(unglued) if layout is None else _layout_lines(layout)
    items, kept_text = requirement_items(lines)
    requirements: list[Requirement] = []
    seen: set[str] = set()
    for item_text, kind in items:
        rid = requirement_id(item_text)
        if rid in seen:
            continue
        seen.add(rid)
        requirements.append(Requirement(id=rid, text=item_text, kind=kind,
                                        skills=tuple(matcher.find(item_text)),
                                        years=parse_years(item_text)))
    company = _company(unglued, entity)
    title = _title(unglued, company)
    level_hints = _level_hints(title, text, requirements)
    if title and level_hints.get("level") == "intern" and "intern" not in title.lower():
        title += " Intern"
    job_skills = _unique([*matcher.find(title), *matcher.find(kept_text)])
    return JobDescription(source=source, title=title, company=company, level_hints=level_hints,
                          requirements=tuple(requirements), skills=tuple(job_skills), text=text,
                          team=job_team(unglued, company, title), pay=pay,
                          warnings=_job_warnings(requirements, title),
                          body="\n".join(x for x in (title, kept_text) if x))


def _layout_lines(layout: list[PostLine]) -> list[PostLine]:
    """A document's logical lines, cleaned like pasted text: page furniture dropped, glued
    scrapes taken apart."""
    out: list[PostLine] = []
    for ln in layout:
        text = strip_page_noise(_normalise(ln.text)).strip()
        if not text:
            continue
        pieces = _unglue(text).split("\n")
        if len(pieces) == 1:
            ln.text = text
            out.append(ln)
            continue
        sub = text_post_lines("\n".join(pieces))
        if sub:
            sub[0].head, sub[0].blank_before = ln.head, ln.blank_before
            sub[0].bullet = sub[0].bullet or ln.bullet
        out.extend(sub)
    return out


# --------------------------------------------------------------------------- input checks

_MOJIBAKE = {"â€™": "’", "â€˜": "‘", "â€œ": "“", "â€\x9d": "”", "â€“": "–", "â€”": "—",
             "â€¢": "•", "â€¦": "…", "Â ": " ", "Â·": "·"}


_CHAR_MAP = str.maketrans(
    {**{ch: None for ch in "\u200b\u200c\u200d\u2060\ufeff\u00ad"},
     **{ch: " " for ch in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
        "\u200a\u202f\u205f\u3000\t\f\v"},
     **{ch: "-" for ch in "\u2010\u2011\u2212"}})
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")  # bullet glyphs of Word/Symbol fonts


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for bad, good in _MOJIBAKE.items():
        if bad in text:
            text = text.replace(bad, good)
    return _PRIVATE_USE.sub("•", text.translate(_CHAR_MAP))


def _check(text: str) -> None:
    if not text.strip():
        raise InputError("The job description is empty: paste the full posting (or give its file) "
                         "including its responsibilities and qualifications.")
    if len(text) > MAX_CHARS:  # before the character counts below, which walk every character
        raise InputError(f"This job description is too long ({len(text):,} characters): paste only "
                         "the posting itself, from its title to its qualifications.")
    control = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n")
    odd = sum(1 for ch in text if ch == "\ufffd")
    if control + odd > max(3, len(text) // 100):
        raise InputError("This does not look like a job description (binary data): paste the "
                         "posting as text, or give a PDF, DOCX or TXT file.")
    words = re.findall(r"[^\W\d_]{2,}", text)
    if len(words) < MIN_WORDS:
        raise InputError(TOO_SHORT)


# --------------------------------------------------------------------------- warnings

def _job_warnings(requirements: Sequence[Requirement], title: str) -> tuple[str, ...]:
    out = []
    if not requirements:
        out.append("We found no requirements in this posting. Check that you pasted the whole "
                   "posting, including its responsibilities and qualifications.")
    elif not any(r.kind in (BASIC, PREFERRED) for r in requirements):
        out.append("We found no qualifications section in this posting, so every item is read as "
                   "a responsibility. Check the requirement list on the Resume & JD page.")
    if not title:
        out.append("We could not find the job title. Put the title on the first line of the posting.")
    return tuple(out)


# --------------------------------------------------------------------------- step 1: unglue

_UNGLUE = [
    # "experienceProgramming", "summaryThe": a lower-case word glued to a capitalised one
    (re.compile(r"\b([a-z]{4,})(?=[A-Z][a-z])"), r"\1\n"),
    # "systems.Job", "happy!As": a sentence end glued to the next sentence
    (re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])"), "\n"),
    # "design1+ years": an item glued to the next "N+ years" item
    (re.compile(r"(?<=[a-z)])(?=\d{1,2}\s*\+\s*(?:years?|yrs))"), "\n"),
    # "Music- M.Sc or PhD", "field- 1+ years": scraped "- " bullets inside a line
    (re.compile(r"(?<=[A-Za-z0-9.)])- (?=[A-Z0-9])"), "\n- "),
    # "• Machine Learning • Distributed Systems": several bullets on one line
    (re.compile(r"(?<=\S)\s+([" + BULLET_CHARS + r"])\s+(?=\S)"), r"\n\1 "),
]


_GLUED_HEADINGS = (
    "key job responsibilities", "job responsibilities", "key responsibilities", "responsibilities",
    "basic qualifications", "minimum qualifications", "required qualifications",
    "preferred qualifications", "qualifications", "requirements", "job summary",
    "job description", "description", "about the job", "about the team", "about the role",
    "what you'll do", "what you will do", "nice to have", "preferred", "a day in the life")
# A known heading glued to its neighbours ("DESCRIPTIONThe", "Key job responsibilities- Build",
# "BASIC QUALIFICATIONS- 3+ years"): only with a glue signal after it, never inside a sentence.
_GLUED_HEADING_RE = re.compile(
    r"(?<![A-Za-z'’])(" + "|".join(re.escape(h).replace("\\ ", r"\s+") for h in _GLUED_HEADINGS)
    + r")(?=[ \t]*[-–•]\s|[A-Z][a-z]|\d{1,2}\s*\+)", re.IGNORECASE)
_GLUED_BOILERPLATE = re.compile(
    r"(\b[a-z][\w-]*)[ \t]+(?=(?:[A-Z][\w&.’']*\s){1,3}is an equal (?:opportunity|employment)|Our inclusive culture)")


# An upper-case heading glued to the end of the previous item ("equivalentPREFERRED QUALIFICATIONS")
_GLUED_CAPS_HEADING_RE = re.compile(
    r"(?<=[a-z.)])(" + "|".join(re.escape(h.upper()).replace("\\ ", r"\s+") for h in _GLUED_HEADINGS)
    + r")(?![A-Za-z])")


def _unglue(text: str) -> str:
    text = _GLUED_CAPS_HEADING_RE.sub(lambda m: "\n" + m.group(1) + "\n", text)
    text = _GLUED_HEADING_RE.sub(lambda m: "\n" + m.group(1) + "\n", text)
    text = _GLUED_BOILERPLATE.sub(r"\1\n", text)
    for pattern, repl in _UNGLUE:
        text = pattern.sub(repl, text)
    return re.sub(r"\n([ \t]*)-\s+", r"\n\1- ", text)  # nesting kept: '    - Kafka' is a sub-item


# --------------------------------------------------------------------------- title, company, level

_ROLE_NOUNS = ("Engineer", "Scientist", "Developer", "Manager", "Analyst", "Architect", "Designer",
               "Intern", "Specialist", "Consultant", "Researcher", "Programmer", "Administrator",
               "Lead", "Director", "Technician", "Associate", "Strategist", "Officer", "Writer")
_ROLE_NOUN_RE = "|".join(_ROLE_NOUNS)
_CAP_WORD = r"(?:Sr\.|Jr\.|[A-Z][A-Za-z0-9+#./-]*)"
_TITLE_PHRASE = re.compile(
    rf"\b((?:{_CAP_WORD}\s+){{0,5}}?(?:{_ROLE_NOUN_RE})s?(?:\s+in\s+Test)?)"
    rf"(?:\s+(I{{1,3}}|IV|Intern))?\b")  # "Senior Software Engineer in Test" keeps its test
_TITLE_PATTERNS = [
    re.compile(r"\b(?:seeking|looking for|hiring|searching for)\s+(?:an?|the|our next)\s+"
               r"((?:[\w+#./-]+\s+){0,5}?(?:" + _ROLE_NOUN_RE + r"|intern)s?(?:\s+(?:I{1,3}|IV))?)\b",
               re.IGNORECASE),
    re.compile(r"\bAs (?:an?|the) ((?:[\w+#./-]+\s+){0,5}?(?:" + _ROLE_NOUN_RE + r"|intern)"
               r"(?:\s+(?:I{1,3}|IV))?)\b", re.IGNORECASE),
    re.compile(r"\bThe ((?:[A-Z][\w+#./-]*\s+){0,5}?(?:" + _ROLE_NOUN_RE + r"))\s+will\b"),
]
_ACRONYM_DEF = re.compile(r"\b((?:[A-Z][a-z]+\s+){1,5}[A-Z][a-z]+)\s+\(([A-Z]{2,6})\)")


def _title_case(phrase: str) -> str:
    words = []
    for w in phrase.split():
        words.append(w if any(c.isupper() for c in w) else w.capitalize())
    return " ".join(words)


def _singular(phrase: str) -> str:
    for noun in _ROLE_NOUNS:
        if phrase.endswith(noun + "s"):
            return phrase[:-1]
    return phrase


# a title given as a labelled field ("Stillingstittel: Senior dataforsker", "Intitulé du poste :
# Ingénieur vision", "Job title: Data Engineer")
_LABELLED_TITLE = re.compile(
    r"(?im)^\W*(?:job title|position title|stillingstittel|stillingsbetegnelse|tjänstetitel|"
    r"titre du poste|intitulé du poste|puesto|título del puesto|stellenbezeichnung|stellentitel|"
    r"jobtitel|titolo della posizione|cargo|vaga)\s*:\s*(\S[^\n]{1,80}?)\s*$")
# the role nouns of titles in other languages ("Ingénieur(e) Vision par Ordinateur", "Senior
# dataforsker", "Desarrollador backend", "Entwickler (m/w/d)")
_ROLE_NOUN_ELSEWHERE = re.compile(
    r"(?i)\b(?:ingénieure?|ingenieur(?:in|e)?|ingenier[oa]|engenheir[oa]|ingegner[ei]|ingeniør|"
    r"ingenjör|développeu(?:r|se)|desarrollador(?:a)?|desenvolvedor(?:a)?|sviluppator[ei]|"
    r"entwickler(?:in)?|utvikler|utvecklare|udvikler|analista|científic[oa]|cientista|"
    r"\w*forsker|forskare|wissenschaftler(?:in)?|chercheu(?:r|se)|investigador(?:a)?|"
    r"ricercat(?:ore|rice)|architecte|arquitect[oa]|programmeu(?:r|se)|programador(?:a)?|"
    r"spécialiste|especialista|t[ée]cnic[oa](?:/a)?|consultor(?:a)?|coordinador(?:a)?|"
    r"coordenador(?:a)?|gerente|jef[ea](?:/a)?)\b")
# "(H/F)", "(H-F)", "(m/w/d)", "(M/F/D)": who may apply, not part of the title
_GENDER_MARK = re.compile(r"\s*\((?:[hfmwdxk]\s*[/-]\s*){1,3}[hfmwdxk]\)", re.IGNORECASE)


def _title(text: str, company: str) -> str:
    """The job title: a title line at the top, a labelled title field, a title in another
    language near the top, else the role named in the first sentences."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    for line in lines[:3]:
        if heading_kind(line) is not None or len(line.split()) > 12 or REQ_LIKE.match(line):
            continue
        head = re.split(r"\s+(?:[,|–—-]|at)\s+|\s*,\s+|\s*\|\s*", line)[0].strip()
        if company:
            head = re.sub(rf"^{re.escape(company)}\s+", "", head, flags=re.IGNORECASE)
        m = _TITLE_PHRASE.search(head)
        if m:
            title = m.group(1) + (" " + m.group(2) if m.group(2) else "")
            return _singular(title.strip())
    labelled = _LABELLED_TITLE.search(text)
    if labelled and len(labelled.group(1).split()) <= 8:
        return _GENDER_MARK.sub("", labelled.group(1)).strip()
    for line in lines[:8]:
        if (heading_kind(line) is not None or len(line.split()) > 12 or REQ_LIKE.match(line)
                or line.endswith((".", ":")) or re.search(r"[›»>]", line)
                or not _ROLE_NOUN_ELSEWHERE.search(line) or _TITLE_PHRASE.search(line)):
            continue
        head = re.split(r"\s+[|–—]\s+|\s*\|\s*", _GENDER_MARK.sub("", line))[0].strip()
        if company:
            head = re.sub(rf"^{re.escape(company)}\s+", "", head, flags=re.IGNORECASE)
        if head:
            return head
    acronyms = {short: long for long, short in _ACRONYM_DEF.findall(text)}
    for pattern in _TITLE_PATTERNS:
        m = pattern.search(text)
        if m:
            words = m.group(1).split()
            words = [acronyms.get(w, w) for w in words]
            return _singular(_title_case(" ".join(words)))
    m = re.search(rf"\b((?:[A-Z][A-Za-z0-9+#.]*\s+){{0,4}}(?:{_ROLE_NOUN_RE})s?)\b", text)
    if m and len(m.group(1).split()) >= 2:
        return _singular(m.group(1).strip())
    return ""


_NOT_COMPANY = {"master", "bachelor", "doctor", "today", "world", "company", "team", "customer",
                "customers", "client", "the", "our", "this", "it", "one", "earth"}


_NOT_COMPANY_LINE = {"remote", "hybrid", "onsite", "on-site", "full-time", "part-time", "contract",
                     "about", "description", "overview", "usa", "united", "states"}


KNOWN_COMPANIES = (
    "Amazon", "Amazon Web Services", "AWS", "Google", "Alphabet", "DeepMind", "Microsoft", "Meta",
    "Facebook", "Apple", "Netflix", "Uber", "Lyft", "Airbnb", "LinkedIn", "Salesforce", "Oracle",
    "IBM", "Intel", "Nvidia", "NVIDIA", "Adobe", "Spotify", "Stripe", "Shopify", "Pinterest",
    "Snap", "Twitter", "TikTok", "ByteDance", "Databricks", "Snowflake", "OpenAI",
    "Anthropic", "Cohere", "Hugging Face", "Tesla", "Walmart", "Target", "eBay", "PayPal",
    "Booking.com", "Expedia", "Zillow", "Instacart", "DoorDash", "Coinbase", "Atlassian",
    "Workday", "ServiceNow", "Intuit", "Cisco", "Qualcomm", "Samsung", "Sony", "SAP", "Siemens",
    "Bloomberg", "Goldman Sachs", "JPMorgan", "JPMorgan Chase", "Capital One", "Visa",
    "Mastercard", "Wayfair", "Etsy", "Reddit", "Dropbox", "Yelp", "Roblox", "Zoom", "Palantir",
)
_KNOWN = {c.lower() for c in KNOWN_COMPANIES}


def _known_company(name: str) -> bool:
    """True for a well-known employer name ("Amazon", "Amazon Web Services")."""
    return name.strip().lower() in _KNOWN


def _head_company_candidates(text: str) -> tuple[str, str]:
    """From the top of a posting: the name after the title on the first line ("Title, X",
    "Title at X", "Title | X") and a company on its own second line ("Title" then "Acme ·
    City"). Either is '' when absent."""
    lines = [re.sub(r"[*_#]+", "", ln).strip() for ln in text.split("\n") if ln.strip()][:2]
    head = lines[0] if lines else ""
    role_line = bool(re.search(rf"\b(?:{_ROLE_NOUN_RE})", head, re.IGNORECASE)) \
        and len(head.split()) <= 10
    if not role_line:
        return "", ""
    tail = _title_tail(head)
    if tail and not (_known_company(tail)
                     or len(re.findall(rf"\b{re.escape(tail)}\b", text)) >= 2):
        tail = ""
    own_line = ""
    if len(lines) > 1 and heading_kind(lines[1]) is None:
        # LinkedIn/Indeed style: "Title" then "Company · City, ST (Hybrid)"
        name = re.split(r"\s+[·|•–—-]\s+|\s*\(", lines[1])[0].strip()
        words = name.split()
        if 1 <= len(words) <= 4 and all(w[:1].isupper() or w[:1].isdigit() or w == "&" for w in words) \
                and "," not in name and ":" not in name \
                and not re.search(r"\b(?:ID|Req|Requisition|Job|Posting)\b", name) \
                and not set(w.lower() for w in words) & _NOT_COMPANY_LINE:
            own_line = name
    return tail, own_line


def _title_tail(head: str) -> str:
    """The capitalised name after the title on a title line ("Title, X", "Title at X")."""
    m = re.match(r"^.{3,80}?\s?(?:,|\bat|@|\||·|\s[–—-])\s+([A-Z][\w&.]*(?:\s[A-Z][\w&.]*){0,2})\s*$",
                 head)
    return m.group(1) if m else ""


# a title's tail that says how or where the job is done, not the team ("- Remote", "(Contract)")
_WORK_MODE = re.compile(r"(?i)\b(?:remote|hybrid|on-?site|in-office|full[- ]?time|part[- ]?time|"
                        r"contract\w*|temporary|permanent|internship|shift|\d+\s*months?)\b")


def job_team(text: str, company: str, title: str = "") -> str:
    """The team named after the title on the first line ("ML Engineer II, Personalization
    Ranking") when the company is on its own line below it, else ''."""
    _, own_line = _head_company_candidates(text)
    lines = [re.sub(r"[*_#]+", "", ln).strip() for ln in text.split("\n") if ln.strip()][:1]
    raw = _title_tail(lines[0]) if lines else ""
    # the company on its own line below the title, or given as a field ("Company: Amazon
    # Development Center Germany GmbH"): the title's tail is then the team
    field = re.search(r"(?im)^\W*(?:company|employer)\s*:\s*" + re.escape(company) + r"\s*$", text)
    if not company or not raw or raw == company or _known_company(raw) or (
            own_line != company and field is None) or is_place(raw) or _WORK_MODE.search(raw) \
            or _NOT_A_TEAM.search(raw):
        return _team_after_title(text, company, title) if _known_company(company) else ""
    return raw


# a team's name after the title ("Prime Video Search and Discovery"): capitalised words, with
# the small words a name joins them by
_TEAM_NAME = re.compile(r"^[A-Z][\w&.'’-]*(?:\s+(?:(?:and|of|for|&|the)\s+)?[A-Z0-9][\w&.'’-]*){0,6}$")


_NOT_A_TEAM = re.compile(r"(?i)\b(?:job id|req\w*|l\d|senior|junior|locations?|emea|apac|amer|"
                         r"early career|new grad\w*|university|apply|promoted|description)\b")


def _team_after_title(text: str, company: str, title: str) -> str:
    """On a well-known employer's posting, the team after the title on the title's own line
    ("Senior Machine Learning Engineer, Prime Video Search and Discovery"), else ''."""
    if not title:
        return ""
    lines = [x.strip() for x in text.split("\n") if x.strip()][:12]
    for i, ln in enumerate(lines):
        m = re.match(re.escape(title) + r"\s*(?:,|\s[–—-]\s|\|)\s*(.+)$", ln, re.IGNORECASE)
        if not m:
            continue
        tail = re.split(r"\s+(?:[|·]|[–—-]\s+Job ID)\s*|\s+-\s+(?=Job ID)", m.group(1))[0].strip(" ,")
        body = text.replace(ln, "", 1)  # the posting without its title line

        def names_team(name: str, body: str = body) -> bool:
            # named again in the posting ('Prime Video Search ...' in its description), never
            # a record ('Job ID 2901234', 'L5', 'Multiple Locations', 'Early Career' once)
            head = " ".join(name.split()[:2]).lower()
            return bool(_TEAM_NAME.match(name)) and name.lower() != company.lower() and not (
                _known_company(name) or is_place(name) or _WORK_MODE.search(name)
                or _ENTITY.search(name) or _NOT_A_TEAM.search(name)
                or heading_kind(name) is not None) and head in body.lower()

        if not names_team(tail):
            return ""
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if len(nxt.split()) <= 3 and names_team(nxt) and names_team(f"{tail} {nxt}") \
                and company.split()[0].lower() not in nxt.lower():
            tail = f"{tail} {nxt}"  # the title line wrapped ('..., Sponsored' / 'Brands Ranking')
        return tail
    return ""


_ENTITY = re.compile(
    r"(?<![\w.])([A-Z][\w&.'’-]*(?:[ ](?:&[ ])?[A-Z][\w&.'’-]*){0,4})"
    r"(?:[ ]\([A-Z][\w .]{1,30}\))?,?[ ]"  # "Amazon Development Centre (India) Pvt. Ltd."
    r"(?:(?:" + "|".join(LEGAL_SUFFIXES) + r")(?![\w])"
    # a short one ends the part ("SAP SE, Walldorf"; "Senior SAS Programmer" names no company)
    r"|(?:" + "|".join(SHORT_LEGAL_SUFFIXES) + r")(?=[ ]*(?:[,;(]|$)))")


def _legal_entity(text: str) -> str:
    """A company's legal name near the top of the posting ("Job ID: 3047712 | Amazon.com
    Services LLC", "Acme Robotics, Inc. · Austin"): the employer, whatever the first line's
    title says after its comma (often the team). A well-known employer's own entity is said
    by its usual name ("Amazon.com Services LLC" is Amazon)."""
    head = [ln for ln in text.split("\n") if ln.strip()][:5]
    for line in head:
        for part in re.split(r"\s+[|·•–—]\s+|\s{2,}", line):
            m = _ENTITY.search(part.strip())
            if not m:
                continue
            # "Trellisoft Analytics Pvt Ltd": the suffix is "Pvt Ltd", not "Ltd" after a "Pvt"
            name = re.sub(r"[ ](?:Pvt\.?|Private)$", "", m.group(1).strip(" ,"))
            first = re.split(r"[\s.]", name)[0]
            for known in sorted(KNOWN_COMPANIES, key=len, reverse=True):
                if name.lower() == known.lower() or first.lower() == known.lower():
                    return known
            if name.lower() not in _NOT_COMPANY and len(name) > 1:
                return name
    return ""


def _company(text: str, entity: str = "") -> str:
    """The hiring company when the posting names it ("At Acme, we...", "Acme is an equal
    opportunity employer", "Title, Acme" on the first line, "Acme's customers")."""
    m = re.search(r"^\W*(?:company|employer|organi[sz]ation|hiring company|agency|arbeidsgiver|"
                  r"arbetsgivare|arbejdsgiver|virksomhed|entreprise|empresa|unternehmen|"
                  r"arbeitgeber|azienda)\s*:\s*(\S.{0,60}?)\s*$", text,
                  re.IGNORECASE | re.MULTILINE)
    if m:
        return m.group(1)
    # a job site's details block without colons ("Entreprise Vizalis Technologies"): the label,
    # then a name in capitals and nothing else
    m = re.search(r"^(?:Entreprise|Empresa|Unternehmen|Arbeitgeber|Arbeidsgiver|Arbetsgivare|"
                  r"Azienda|Company|Employer)[ \t]+((?:[A-Z][\w&.'’-]*)(?:[ ](?:&[ ])?[A-Z][\w&.'’-]*)"
                  r"{0,4})[ \t]*$", text, re.MULTILINE)
    if m:
        return m.group(1)
    entity = entity or _legal_entity(text)
    if entity:
        return entity
    patterns = [
        r"\b([A-Z][\w&.]*(?:[ ](?:&[ ])?[A-Z][\w&.]*){0,2}) is an? (?:[\w-]+\s+){0,4}?(?:company|startup|leader|"
        r"provider|firm|organi[sz]ation|business|marketplace|platform)\b",
        r"\b([A-Z][\w&.]*(?:[ ](?:&[ ])?[A-Z][\w&.]*){0,2}) is on a mission\b",
        r"\bAt ([A-Z][\w&.]*(?:[ ](?:&[ ])?[A-Z][\w&.]*){0,2}),\s+(?:we|our)\b",
        r"\b([A-Z][\w&.]*(?:[ ](?:&[ ])?[A-Z][\w&.]*){0,2}) is (?:proud to be )?an (?i:equal "
        r"(?:opportunity|employment))",
        r"\bJoin ([A-Z][\w&.]*(?:[ ](?:&[ ])?[A-Z][\w&.]*){0,2})\b",
        r"\b([A-Z][\w&.]*(?:[ ](?:&[ ])?[A-Z][\w&.]*){0,2}) is (?:hiring|looking for|seeking)\b",
    ]
    for pat in patterns:
        m = re.search(pat, text)
        if m and m.group(1).lower() not in _NOT_COMPANY:
            return m.group(1)
    health = _NHS_BODY.search(text)  # "Kirkstall and Calverley Hospitals NHS Foundation Trust"
    if health:
        return health.group(1)
    public = _PUBLIC_BODY.search(text)
    if public and len(re.findall(rf"\b{public.group(2)}\b", text)) >= 2:
        return public.group(1)  # "The Department for Rural Transport (DRT) leads ..."
    lines = [re.sub(r"[*_#]+", "", ln).strip() for ln in text.split("\n") if ln.strip()][:2]
    head = lines[0] if lines else ""
    tail, own_line = _head_company_candidates(text)
    # "Title, Team" then "Company" on its own line: the line wins when it is a known company
    # or the tail is not one (the tail is then the team, see job_team)
    if own_line and (_known_company(own_line) or not (tail and _known_company(tail))):
        return own_line
    if tail:
        return tail
    counts: dict[str, int] = {}
    for name in re.findall(r"\b((?:[A-Z][a-zA-Z&]*[ ]){0,3}[A-Z][a-zA-Z]+)['’]s\b", text):
        name = _possessive_name(name, text)
        if name.lower() not in _NOT_COMPANY:
            counts[name] = counts.get(name, 0) + 1
    for name in sorted(counts, key=lambda n: -counts[n]):
        if len(re.findall(rf"\b{re.escape(name)}\b", text)) >= 2:
            return name
    # the legal name in the page's footer ('Tornerie Lambro S.p.A. · P.IVA ...', '© 2026 Acme
    # GmbH'), then a name in capitals opening the page ('TORNERIE LAMBRO · Lavora con noi')
    # (named again in the posting: a job board's or an agency's name in its own footer is not)
    footer = _legal_entity("\n".join([ln for ln in text.split("\n") if ln.strip()][-5:]))
    if footer and len(re.findall(rf"(?i)\b{re.escape(footer.split()[0])}\b", text)) >= 3:
        return footer
    first = re.match(r"^([A-Z]{3,}(?:[ ][A-Z]{2,}){0,2})(?=\s+\S)", head)
    if first and first.group(1).lower() not in _NOT_COMPANY and not TITLE_NOUN_IN.search(
            first.group(1)):  # 'SENIOR DATA ENGINEER (B2B)' is the title
        return " ".join(w.capitalize() for w in first.group(1).split())
    return ""


# a public body named with its initials, which the posting then uses ("Office for Harbour
# Statistics (OHS)"); its first word says it is an organisation, not a product or a method
_PUBLIC_BODY = re.compile(
    r"\b((?:Department|Ministry|Office|Agency|Authority|Council|Commission|Bureau|Institute)"
    r"(?:[ ](?:for|of|and|on|the|&)(?=[ ][A-Z])|[ ][A-Z][\w&'’-]*){1,6})[ ]\(([A-Z]{2,6})\)")


# a UK health employer by its own name: "... NHS Foundation Trust", "... NHS Trust", "NHS ...
# Health Board", "... Integrated Care Board"
_NHS_BODY = re.compile(r"\b((?:[A-Z][\w'’-]+[ ](?:(?:and|&|of|for)[ ])?){1,6}(?:NHS(?:[ ]Foundation)?"
                       r"[ ]Trust|University[ ]Health[ ]Board|Health[ ]Board|Integrated[ ]Care[ ]Board))\b")


def _possessive_name(name: str, text: str) -> str:
    """The name before a possessive 's ("Harbour Mutual Bank's team"), as long as the posting
    uses it again whole: "Harbour Mutual Bank", not "Bank"; else its last word."""
    words = name.split()
    while len(words) > 1 and (words[0].lower() in _NOT_COMPANY or len(re.findall(
            rf"\b{re.escape(' '.join(words))}\b", text)) < 2):
        words = words[1:]
    return " ".join(words)


def _level_hints(title: str, text: str, requirements: Sequence[Requirement]) -> dict:
    """Years asked for, the level they point to (L4-L7/intern) and the words that said so."""
    terms: list[str] = []
    level: str | None = None
    t = f" {title} "
    if re.search(r"\bintern(ship)?s?\b", t, re.IGNORECASE) or (
            not title and re.search(r"(?<!non-)(?<!non )\binternships?\b(?! experience)", text, re.IGNORECASE)):
        level = "intern"
        terms.append("Intern")
    elif m := re.search(r"\b(?:Principal|Distinguished)\b", t):
        level = "L7"  # Amazon's principal engineers and scientists
        terms.append(m.group())
    elif m := re.search(r"\bStaff\b", t):
        level = "L6"
        terms.append(m.group())
    elif m := re.search(r"\b(?:Senior|Sr\.?|III)(?=[\s,;:)|/-])", t, re.IGNORECASE):
        level = "L6"
        terms.append(m.group())
    elif re.search(r"\bII\b", t):
        level = "L5"
        terms.append("II")
    elif m := re.search(r"\b(?:Junior|Jr\.?|Entry[- ]Level|New Grad|Graduate|I)(?=[\s,;:)|/-])", t):
        level = "L4"
        terms.append(m.group())
    # the first years figure of the basic qualifications is the headline one ("3+ years of
    # professional software development"); later ones qualify it ("2+ years of design")
    basic = [r.years for r in requirements if r.kind == BASIC and r.years is not None]
    other = [r.years for r in requirements if r.years is not None]
    years = basic[0] if basic else (other[0] if other else None)
    if years is not None:
        terms.append(f"{years:g}+ years")
        if level is None:
            level = "L6" if years >= 5 else "L5" if years >= 3 else "L4"
    return {"years_min": years, "level": level, "terms": terms}


def _unique(names: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out
