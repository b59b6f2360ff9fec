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

import difflib
import functools
import hashlib
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.errors import InputError
from app.models.knowledge import Knowledge
from app.models.resume import JobDescription, Requirement, SourceInfo
from app.reading.posting_text import parse_years, pay_range, strip_page_noise

__all__ = ["read_job", "read_job_text", "requirement_id", "parse_years"]

TOO_SHORT = ("This job description is too short to analyse: paste the full posting including "
             "its qualifications.")
MIN_WORDS = 15
MAX_CHARS = 100_000  # the longest real postings are ~15,000 characters

RESPONSIBILITY, BASIC, PREFERRED = "responsibility", "basic", "preferred"
_INTRO, _SKIP, _UNKNOWN, _OTHER = "intro", "skip", "unknown", "other"
_NOTES = "notes"  # the candidate's own notes pasted around the posting


def requirement_id(text: str) -> str:
    """Stable id for a requirement: "r" + a short hash of its normalised text."""
    norm = re.sub(r"\s+", " ", text).strip().lower()
    return "r" + hashlib.sha1(norm.encode("utf-8")).hexdigest()[:10]


# --------------------------------------------------------------------------- entry points

def read_job(path: str | os.PathLike, knowledge: Knowledge) -> JobDescription:
    """Read a job description file (PDF, DOCX, TXT, MD); raises InputError when unreadable.

    `knowledge` gives the skills taxonomy the requirements are matched against."""
    from app.reading.resume import extract_document_text

    try:
        text, source = extract_document_text(path)
    except InputError as exc:  # the shared reader words its messages for resumes
        raise InputError(re.sub(r"\b(?:your |the |a )?resume\b",
                                lambda m: ("a" if m.group(0).startswith("a ") else "the")
                                + " job description", exc.message)) from None
    return _parse(text, source, knowledge)


def read_job_text(text: str, knowledge: Knowledge, path: str = "-") -> JobDescription:
    """Read a pasted job description; `path` is only recorded as its source ("-" = stdin)."""
    if not isinstance(text, str):
        raise InputError("The job description must be text: paste the posting or give a PDF, DOCX or TXT file.")
    return _parse(text, SourceInfo(path=str(path), type="txt", pages=None), knowledge)


def _parse(text: str, source: SourceInfo, knowledge: Knowledge) -> JobDescription:
    text = _normalise(text)
    _check(text)
    from app.skills import SkillMatcher

    matcher = SkillMatcher.for_skills(knowledge.skills)
    pay = pay_range(text)
    text = strip_page_noise(text)
    unglued = _unglue(text)
    blocks = _blocks(unglued.split("\n"))
    items, kept_text = _items(blocks)
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
    company = _company(unglued)
    title = _title(unglued, company)
    level_hints = _level_hints(title, text, requirements)
    if title and level_hints.get("level") == "intern" and "intern" not in title.lower():
        title += " Intern"
    job_skills = _unique([*matcher.find(title), *matcher.find(kept_text)])
    return JobDescription(source=source, title=title, company=company, level_hints=level_hints,
                          requirements=tuple(requirements), skills=tuple(job_skills), text=text,
                          team=job_team(unglued, company), pay=pay,
                          warnings=_job_warnings(requirements, title))


# --------------------------------------------------------------------------- input checks

_MOJIBAKE = {"â€™": "’", "â€˜": "‘", "â€œ": "“", "â€\x9d": "”", "â€“": "–", "â€”": "—",
             "â€¢": "•", "â€¦": "…", "Â ": " ", "Â·": "·"}
_BULLET_CHARS = "•◦▪▫■□●○◆◇♦►▶▸▹‣⁃∙·➢➤➔→✓✔❖❑⚫⦁"


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
    (re.compile(r"(?<=\S)\s+([" + _BULLET_CHARS + r"])\s+(?=\S)"), r"\n\1 "),
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
    + r")(?=\s*[-–•]\s|[A-Z][a-z]|\d{1,2}\s*\+)", re.IGNORECASE)
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
    return re.sub(r"\n[ \t]*-\s+", "\n- ", text)


# --------------------------------------------------------------------------- step 2: blocks

_BULLET_RE = re.compile(r"^\s*(?:[" + _BULLET_CHARS + r"]|[-–—*+o](?=\s)|\(?\d{1,2}[.)](?=\s)|\(?[a-h]\)(?=\s))\s*")
_HEADING_PUNCT = re.compile(r"^[#*_\s]+|[#*_:\s.?\-–—]+$")


@dataclass
class _Block:
    kind: str  # "heading" | "bullet" | "para"
    text: str
    heading: str | None = None  # section kind when kind == "heading"
    blank_before: bool = False


# Words a section heading is made of; a short line made only of these is a heading.
_H_PREFERRED = {"preferred", "desired", "desirable", "nice", "bonus", "plus", "pluses", "great",
                "optional", "advantageous", "ideally", "nice-to-have", "nice-to-haves", "preferences"}
_H_RESP = {"responsibilities", "responsibility", "duties", "do", "doing", "impact", "tasks",
           "accountabilities", "expectations", "deliverables"}
_H_BASIC = {"basic", "minimum", "required", "requirements", "requirement", "qualifications",
            "qualification", "skills", "skill", "experience", "education", "need", "bring", "must",
            "competencies", "knowledge", "abilities", "eligibility", "profile", "mandatory",
            "essential", "looking", "who", "qualified", "background", "have", "must-have",
            "must-haves", "certifications", "certification", "prerequisites", "expect"}
_H_SKIP = {"benefits", "perks", "compensation", "salary", "pay", "location", "locations", "apply",
           "equal", "mission", "culture", "values", "life", "why", "join", "team", "company", "us",
           "offer", "hiring", "process", "legal", "disclaimer", "eeo", "diversity", "inclusion",
           "accommodations", "accommodation", "notice", "privacy"}
_H_INTRO = {"description", "summary", "overview", "role", "position", "job", "about",
            "opportunity", "introduction", "posting", "details", "information", "purpose"}
_H_FILLER = {"key", "job", "core", "main", "primary", "your", "the", "our", "technical",
             "professional", "and", "&", "/", "sets", "set", "areas", "area", "what", "we", "we're",
             "we’re", "are", "for", "you", "you'll", "you’ll", "will", "be", "a", "an", "in", "of",
             "to", "this", "additional", "other", "points", "it", "would", "if", "here",
             "at", "work", "working", "day", "day-to-day", "how", "is", "you're", "you’re",
             "general", "specific", "all", "ideal", "candidate", "tech", "stack", "highlights",
             "good", "requirements/qualifications", "what's", "whats", "with", "on",
             "i", "ii", "iii", "extra", "credit", "or", "opportunity", "responsibilities:",
             "include", "includes", "including", "has", "following", "typically"}
_H_VOCAB = _H_PREFERRED | _H_RESP | _H_BASIC | _H_SKIP | _H_INTRO | _H_FILLER
_FUZZY_VOCAB = sorted(w for w in _H_VOCAB if len(w) >= 6)


@functools.lru_cache(maxsize=4096)
def _heading_word(word: str) -> str | None:
    if word in _H_VOCAB:
        return word
    if len(word) >= 6:  # typos seen in real postings: "Qulification", "Responsibilites"
        close = difflib.get_close_matches(word, _FUZZY_VOCAB, n=1, cutoff=0.84)
        if close:
            return close[0]
    return None


@functools.lru_cache(maxsize=4096)
def heading_kind(line: str) -> str | None:
    """The section kind a heading line opens, or None when the line is not a heading.

    Kinds: responsibility, basic, preferred, intro (description prose), skip (about the
    company, benefits, legal text), other (an unknown "Something:" sub-heading).
    """
    raw = line.strip()
    if not raw or len(raw) > 70 or _BULLET_RE.match(raw) and not raw.startswith(("#", "**")):
        return None
    colon = raw.rstrip().endswith(":")
    norm = _HEADING_PUNCT.sub("", raw).lower()
    norm = re.sub(r"\s*/\s*", " / ", norm)
    words = [w.strip("()[],") for w in norm.split()]
    words = [w for w in words if w]
    if not words or len(words) > 7 or raw.rstrip().endswith((".", ";", ",", "!")):
        return None
    question = raw.rstrip().endswith("?")
    if re.search(r"\b(?:nice|good|great) to have\b|\bbonus\b", norm):
        return PREFERRED
    if re.search(r"\bideal candidate\b", norm):
        return BASIC
    if re.fullmatch(r"(?:in this role,?\s+|day to day,?\s+)?you(?:'ll|’ll| will)(?: be| get to)?(?: doing)?", norm):
        return RESPONSIBILITY  # 'You will:'
    if re.fullmatch(r"(?:you(?:'ll|’ll| will) (?:need|bring)|you have|you bring|you are)", norm):
        return BASIC  # 'You will need:', 'You have:'

    if words[0] == "about" and len(words) <= 5:
        rest = set(words[1:])
        if rest & {"you", "yourself"}:
            return BASIC
        if rest & {"role", "job", "position", "opportunity"} and not rest & {"team", "company", "us"}:
            return _INTRO
        return _SKIP
    if words[:3] == ["a", "day", "in"] or words[:2] in (["who", "we"], ["we", "are"]) \
            or "in it for you" in norm:
        return _SKIP
    mapped = [_heading_word(w) for w in words]
    if any(m is None for m in mapped):
        return _OTHER if colon and len(words) <= 5 and raw[0].isupper() and not question else None
    found = set(mapped)
    if found & _H_PREFERRED:
        return PREFERRED
    if found & _H_RESP:
        return RESPONSIBILITY
    if found & _H_BASIC:
        return BASIC
    if found & _H_SKIP:
        return _SKIP
    if found & _H_INTRO:
        return _INTRO
    return _OTHER  # made only of heading words ("Tech stack"): a sub-heading


_INLINE_HEADING = re.compile(r"^\s*([A-Za-z][A-Za-z '’/&()-]{2,45}?)\s*:\s+(?=\S)")
_TERMINAL = (".", "!", "?", ":", ";")
_CONTINUE_WORDS = {"and", "or", "of", "the", "a", "an", "to", "in", "with", "for", "on", "as",
                   "such", "including", "using", "via", "from", "by", "at", "into", "that", "&"}


def _wrap_width(lines: list[str]) -> int | None:
    """The column width of hard-wrapped text (fixed-width pastes), or None when not wrapped."""
    lengths = [len(ln.rstrip()) for ln in lines if len(ln.strip()) > 30]
    if len(lengths) < 4:
        return None
    width = max(lengths)
    if width > 130:
        return None
    near = sum(1 for n in lengths if n >= 0.8 * width)
    return width if near >= 0.6 * len(lengths) else None


def _blocks(lines: list[str]) -> list[_Block]:
    """Headings, bullets and paragraphs, with wrapped lines joined back."""
    width = _wrap_width(lines)
    nonblank = [ln for ln in lines if ln.strip()]
    indent_bullets = bool(nonblank) and not all(ln[:1].isspace() for ln in nonblank)
    blocks: list[_Block] = []
    blank = True
    prev_len = 0
    for line in lines:
        if not line.strip():
            blank = True
            continue
        stripped = line.strip()
        kind = heading_kind(stripped)
        bullet = _BULLET_RE.match(line)
        if kind is not None and (kind != _OTHER or not bullet):
            blocks.append(_Block("heading", stripped, heading=kind, blank_before=blank))
        elif bullet:
            blocks.append(_Block("bullet", line[bullet.end():].strip(), blank_before=blank))
        else:
            last = blocks[-1] if blocks else None
            if last is not None and last.kind != "heading" and not blank and not _opens_section(stripped) \
                    and _continues(last.text, stripped, prev_len, width):
                last.text = last.text.rstrip() + " " + stripped
            elif indent_bullets and line[:1].isspace():  # bullets whose glyph was lost in a paste
                blocks.append(_Block("bullet", stripped, blank_before=blank))
            else:
                blocks.append(_Block("para", stripped, blank_before=blank))
        prev_len = len(line.rstrip())
        blank = False
    return blocks


def _opens_section(line: str) -> bool:
    """A line that starts with an inline section heading ("Requirements: 3+ years...")."""
    m = _INLINE_HEADING.match(line)
    return m is not None and heading_kind(m.group(1) + ":") not in (None, _OTHER)


def _continues(prev: str, line: str, prev_len: int, width: int | None) -> bool:
    """Whether `line` continues the block before it (a wrapped line), not a new item."""
    if width is not None and prev_len >= 0.75 * width:
        return True
    if prev.endswith(_TERMINAL):
        return False
    if line[:1].islower() or line[:1] in "([{&":
        return True
    last_word = prev.rsplit(" ", 1)[-1].lower()
    return last_word in _CONTINUE_WORDS or prev.endswith((",", "-", "/"))


# --------------------------------------------------------------------------- step 3: items

_BOILERPLATE = re.compile(
    r"equal (?:opportunity|employment)|inclusive culture|accommodation|base salary|base pay|"
    r"pay range|salary range|compensation (?:reflects|package|will be)|total compensation|"
    r"sign-on payments|401\(k\)|applicants should apply|will remain posted|e-verify|"
    r"background check|visa sponsorship|privacy (?:notice|policy)|fair chance|"
    r"^job id\b|^company\s*[-–:]|^req(?:uisition)?\.? ?(?:id|number)\b|^posted\b|^apply now|"
    r"[$€£]\s?\d[\d,]*(?:\.\d+)?\s*[kK]?\s*(?:-|–|to)\s*[$€£]?\s?\d|"
    r"[$€£]\s?\d[\d,]*(?:\.\d+)?\s*(?:/|per\s)\s*(?:hr|hour|year|yr|annum)",
    re.IGNORECASE)
_REQ_LIKE = re.compile(
    r"^(?:\d+(?:\.\d+)?\s*\+?\s*(?:(?:-|–|to)\s*\d+\s*\+?\s*)?(?:years?|yrs)\b|"
    r"(?:at least|minimum of|a minimum of|min\.?)\s+\S+\s+(?:\(\d+\)\s+)?years?\b|"
    r"(?:\S+\s+){0,3}?(?:experience|experienced)\b|"
    r"(?:ph\.?\s?d|m\.?\s?sc|msc|m\.?s\.?|b\.?\s?sc|bsc|b\.?s\.?|b\.?\s?tech|m\.?\s?tech|bachelor|master|"
    r"doctorate|degree|diploma)\b|"
    r"(?:\S+\s+){0,2}?(?:knowledge|understanding|proficiency|proficient|familiarity|familiar|"
    r"expertise|background|track record|fluency|fluent)\b)",
    re.IGNORECASE)
_DUTY = re.compile(
    r"\byou(?:'ll|’ll| will| would| take| own| lead| build| design| develop| drive| work| partner|"
    r" collaborate| are responsible| be responsible)\b|"
    r"^(?:day[- ]to[- ]day|your (?:day|responsibilities|role)\b|responsibilities include|"
    r"(?:the |this )?(?:role|work|job|position) (?:involves|includes|entails))",
    re.IGNORECASE)
_NOT_DUTY = re.compile(
    r"\byou(?:'ll|’ll| will| would)? (?:thrive|grow|join|be matched|be part|have the opportunity|"
    r"have an opportunity|get to|enjoy|love|be considered|receive|learn|find|be joining|be working "
    r"alongside|have access)\b", re.IGNORECASE)
_YOU_DUTY_START = re.compile(
    r"^you(?:'ll|’ll| will| take| own| lead| build| design| develop| drive| work| partner| collaborate)\b",
    re.IGNORECASE)
_LEAD_IN = re.compile(r"(?::|\byou(?:'ll|’ll| will| would)|\b(?:include|includes|including|following|"
                      r"such as|are|be))\s*$", re.IGNORECASE)
_ABBREV = {"e.g", "i.e", "etc", "vs", "sr", "jr", "dr", "mr", "mrs", "ms", "inc", "ltd", "co",
           "no", "approx", "incl", "dept", "st", "u.s", "ph.d", "m.sc", "b.sc", "b.s", "m.s", "fig",
           "al", "esp", "min", "max", "avg", "est", "govt", "corp", "assn", "nos", "b.tech", "m.tech"}
_SHORT_OK = {"ai", "ml", "ui", "ux", "go", "c", "r", "os", "it", "qa", "bi", "ci", "cd", "ar", "vr"}


def _split_sentences(text: str) -> list[str]:
    """Sentences and ';' clauses of a paragraph; ':' and text in parentheses never split."""
    parts: list[str] = []
    depth = 0
    start = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and ch == ";":
            parts.append(text[start:i])
            start = i + 1
        elif depth == 0 and ch in ".!?" and i + 1 < n and text[i + 1] == " ":
            j = i + 1
            while j < n and text[j] == " ":
                j += 1
            nxt = text[j:j + 1]
            word = re.findall(r"[\w.]+$", text[start:i])
            prev = word[0].lower() if word else ""
            if nxt and (nxt.isupper() or nxt.isdigit() or nxt in "\"“(") and prev not in _ABBREV \
                    and not re.fullmatch(r"[a-z]", prev):
                parts.append(text[start:i + 1])
                start = j
                i = j
                continue
        i += 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def _clean_item(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = _BULLET_RE.sub("", text, count=1).strip()
    return text.rstrip(",;").strip()


def _words(text: str) -> int:
    return len(re.findall(r"[^\W_]+", text))


@dataclass
class _Item:
    text: str
    kind: str
    bullet: bool


_MID_HEADING = re.compile(r"(?:^|(?<=[.;!?])\s+)([A-Z][A-Za-z '’/&()-]{2,45}?)\s*:\s+(?=\S)")


_LEAD_PREFERRED = re.compile(r"\b(?:preferred|bonus|nice[- ]to[- ]have|a plus|plus if|ideally)\b", re.IGNORECASE)
_LEAD_BASIC = re.compile(
    r"\b(?:you (?:have|bring|should have|need|must have|will need|'ll need|’ll need)|you(?:'ll|’ll) need|"
    r"ideal candidate|looking for (?:someone|candidates|people|engineers)|requirements?|qualifications?|"
    r"must have|we expect|successful candidate)\b", re.IGNORECASE)
_LEAD_DUTY = re.compile(
    r"\b(?:you(?:'ll|’ll| will)(?! need| have| bring)|responsibilit|duties|day[- ]to[- ]day|"
    r"role (?:involves|includes)|you(?:'ll|’ll| will) be doing)", re.IGNORECASE)
_DUTY_VERBS = frozenset("""
analyze analyse architect assist automate build collaborate communicate conduct contribute
coordinate create debug define deliver deploy design develop document drive enable engage
establish evaluate execute implement improve innovate integrate investigate lead leverage
maintain manage measure mentor monitor operate optimize optimise own participate partner perform
plan present prototype provide research review run scale serve ship support test train
troubleshoot work write help identify influence ensure translate
""".split())


def _lead_in_kind(text: str) -> str | None:
    """The section a lead-in sentence opens ("In this role, you will:", "You should have:")."""
    if not text.rstrip().endswith(":") or _words(text) > 25:
        return None
    if _LEAD_PREFERRED.search(text):
        return PREFERRED
    if _LEAD_BASIC.search(text):
        return BASIC
    if _LEAD_DUTY.search(text):
        return RESPONSIBILITY
    return None


def _segments(text: str) -> list[tuple[str | None, str]]:
    """Split a paragraph at inline headings ("... Minimum qualifications: BS in CS; ...")."""
    out: list[tuple[str | None, str]] = []
    kind: str | None = None
    pos = 0
    for m in _MID_HEADING.finditer(text):
        k = heading_kind(m.group(1) + ":")
        if k in (None, _OTHER):
            continue
        if text[pos:m.start()].strip():
            out.append((kind, text[pos:m.start()].strip()))
        kind, pos = k, m.end()
    if text[pos:].strip():
        out.append((kind, text[pos:].strip()))
    return out


_NOTE_MARK = re.compile(
    r"^\W*(?:(?:my|personal|own)\s+)?notes?\b|^\W*to-?do\b|^\W*my\s+questions\b|^\W*remember\b"
    r"|^\s*[-=_*~#]{3,}|\bpasted from\b|^\W*why i(?:'m|’m| am)\b|^\W*(?:interview|call) (?:on|with)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:I|I'm|I’m|I've|I’ve|I'd|I'll)(?![\w'’])|\b(?:[Mm]y|[Mm]e|[Mm]yself)\b")


def _items(blocks: list[_Block]) -> tuple[list[tuple[str, str]], str]:
    """Requirement items (text, kind) and the text of the sections that are not boilerplate."""
    has_resp = any(b.heading == RESPONSIBILITY for b in blocks) or any(
        k == RESPONSIBILITY for b in blocks if b.kind == "para" for k, _ in _segments(b.text))
    state = _UNKNOWN
    items: list[_Item] = []
    kept: list[str] = []
    bullets_in_section = 0
    basic_seen = False
    legal_seen = False

    def add(text: str, kind: str, bullet: bool) -> None:
        nonlocal basic_seen
        text = _clean_item(text)
        if _words(text) < 1 or text.endswith("?") or _FIRST_PERSON.search(text):
            return  # questions and the candidate's own words ('I have 4 years') are no items
        items.append(_Item(text, kind, bullet))
        if kind == BASIC:
            basic_seen = True

    def take(text: str, bullet: bool) -> None:
        nonlocal state, bullets_in_section
        nonlocal legal_seen
        if state == _NOTES:
            return
        if _BOILERPLATE.search(text):
            state = _SKIP
            legal_seen = True
        if state == _SKIP:
            # requirement-like bullets under 'About <company>' (a scrape lost their heading);
            # never after the legal text, where only notes and page furniture follow
            if bullet and _REQ_LIKE.match(text) and not legal_seen:
                add(text, PREFERRED if basic_seen else BASIC, True)
            return
        if state in (RESPONSIBILITY, BASIC, PREFERRED):
            if bullet:
                bullets_in_section += 1
                add(text, state, True)
                kept.append(text)
                return
            if bullets_in_section and _words(text) > 40 and state != RESPONSIBILITY:
                state = _SKIP  # a prose paragraph after a list of qualifications: legal text
                return
            kept.append(text)
            for sentence in _split_sentences(text):
                if _LEAD_IN.search(sentence) and state == RESPONSIBILITY or sentence.endswith(":"):
                    continue
                kind = state
                if state != RESPONSIBILITY and _YOU_DUTY_START.match(sentence) and not _NOT_DUTY.search(sentence):
                    kind = RESPONSIBILITY
                add(sentence, kind, False)
            return
        kept.append(text)
        # description prose, or text before any heading
        for piece in [text] if bullet else _split_sentences(text):
            first = re.match(r"[A-Za-z]+", piece)
            if not has_resp and _DUTY.search(piece) and not _NOT_DUTY.search(piece) \
                    and not _LEAD_IN.search(piece):
                add(piece, RESPONSIBILITY, bullet)
            elif state == _UNKNOWN and _REQ_LIKE.match(piece):
                add(piece, BASIC, bullet)
            elif bullet and not has_resp and first and first.group().lower() in _DUTY_VERBS:
                add(piece, RESPONSIBILITY, bullet)  # "About the role" with "- Build ..." bullets

    for block in blocks:
        if block.kind == "heading":
            if block.heading != _OTHER:
                state = block.heading or _OTHER
                bullets_in_section = 0
            if state != _SKIP:
                kept.append(block.text)
            continue
        if _NOTE_MARK.match(block.text):
            state = _NOTES  # 'My notes:', 'TODO: ...', '---- pasted ----': until a posting heading
            continue
        if block.kind == "bullet":
            take(block.text, True)
            continue
        lead = _lead_in_kind(block.text)
        if lead is not None and state != _SKIP:
            state = lead  # a lead-in sentence works as a heading for the bullets below it
            bullets_in_section = 0
            continue
        for kind, segment in _segments(block.text):
            if kind is not None:
                state = kind
                bullets_in_section = 0
            take(segment, False)
    _drop_truncated_tail(items, blocks)
    return [(it.text, it.kind) for it in items], "\n".join(kept)


def _drop_truncated_tail(items: list[_Item], blocks: list[_Block]) -> None:
    """Excerpts cut mid-word end in a fragment ("1+ years of e", "exper"): not an item."""
    if not items or not blocks or blocks[-1].text.rstrip().endswith((".", "!", "?", ")")):
        return
    last = items[-1].text
    if not blocks[-1].text.rstrip().endswith(last[-20:]):
        return
    words = last.split()
    tail = words[-1].lower() if words else ""
    if len(words) <= 1 or (len(tail) <= 2 and tail.isalpha() and tail not in _SHORT_OK):
        items.pop()


# --------------------------------------------------------------------------- title, company, level

_ROLE_NOUNS = ("Engineer", "Scientist", "Developer", "Manager", "Analyst", "Architect", "Designer",
               "Intern", "Specialist", "Consultant", "Researcher", "Programmer", "Administrator",
               "Lead", "Director", "Technician", "Associate", "Strategist", "Officer", "Writer")
_ROLE_NOUN_RE = "|".join(_ROLE_NOUNS)
_CAP_WORD = r"(?:Sr\.|Jr\.|[A-Z][A-Za-z0-9+#./-]*)"
_TITLE_PHRASE = re.compile(
    rf"\b((?:{_CAP_WORD}\s+){{0,5}}?(?:{_ROLE_NOUN_RE})s?)(?:\s+(I{{1,3}}|IV|Intern))?\b")
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


def _title(text: str, company: str) -> str:
    """The job title: a title line at the top, else the role named in the first sentences."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    for line in lines[:3]:
        if heading_kind(line) is not None or len(line.split()) > 12 or _REQ_LIKE.match(line):
            continue
        head = re.split(r"\s+(?:[,|–—-]|at)\s+|\s*,\s+|\s*\|\s*", line)[0].strip()
        if company:
            head = re.sub(rf"^{re.escape(company)}\s+", "", head, flags=re.IGNORECASE)
        m = _TITLE_PHRASE.search(head)
        if m:
            title = m.group(1) + (" " + m.group(2) if m.group(2) else "")
            return _singular(title.strip())
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
                and "," not in name and not set(w.lower() for w in words) & _NOT_COMPANY_LINE:
            own_line = name
    return tail, own_line


def _title_tail(head: str) -> str:
    """The capitalised name after the title on a title line ("Title, X", "Title at X")."""
    m = re.match(r"^.{3,80}?\s?(?:,|\bat|@|\||·|\s[–—-])\s+([A-Z][\w&.]*(?:\s[A-Z][\w&.]*){0,2})\s*$",
                 head)
    return m.group(1) if m else ""


def job_team(text: str, company: str) -> str:
    """The team named after the title on the first line ("ML Engineer II, Personalization
    Ranking") when the company is on its own line below it, else ''."""
    _, own_line = _head_company_candidates(text)
    lines = [re.sub(r"[*_#]+", "", ln).strip() for ln in text.split("\n") if ln.strip()][:1]
    raw = _title_tail(lines[0]) if lines else ""
    if not company or not raw or raw == company or _known_company(raw) or own_line != company:
        return ""
    return raw


def _company(text: str) -> str:
    """The hiring company when the posting names it ("At Acme, we...", "Acme is an equal
    opportunity employer", "Title, Acme" on the first line, "Acme's customers")."""
    m = re.search(r"^\W*(?:company|employer|organi[sz]ation|hiring company)\s*:\s*(\S.{0,60}?)\s*$", text,
                  re.IGNORECASE | re.MULTILINE)
    if m:
        return m.group(1)
    patterns = [
        r"\b([A-Z][\w&.]*(?:[ ](?:&[ ])?[A-Z][\w&.]*){0,2}) is an? (?:[\w-]+\s+){0,4}?(?:company|startup|leader|"
        r"provider|firm|organi[sz]ation|business|marketplace|platform)\b",
        r"\b([A-Z][\w&.]*(?:[ ](?:&[ ])?[A-Z][\w&.]*){0,2}) is on a mission\b",
        r"\bAt ([A-Z][\w&.]*(?:[ ](?:&[ ])?[A-Z][\w&.]*){0,2}),\s+(?:we|our)\b",
        r"\b([A-Z][\w&.]*(?:[ ](?:&[ ])?[A-Z][\w&.]*){0,2}) is an equal (?:opportunity|employment)",
        r"\bJoin ([A-Z][\w&.]*(?:[ ](?:&[ ])?[A-Z][\w&.]*){0,2})\b",
        r"\b([A-Z][\w&.]*(?:[ ](?:&[ ])?[A-Z][\w&.]*){0,2}) is (?:hiring|looking for|seeking)\b",
    ]
    for pat in patterns:
        m = re.search(pat, text)
        if m and m.group(1).lower() not in _NOT_COMPANY:
            return m.group(1)
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
    for name in re.findall(r"\b([A-Z][a-zA-Z]+)['’]s\b", text):
        if name.lower() not in _NOT_COMPANY:
            counts[name] = counts.get(name, 0) + 1
    for name in sorted(counts, key=lambda n: -counts[n]):
        if len(re.findall(rf"\b{re.escape(name)}\b", text)) >= 2:
            return name
    first = re.match(r"^([A-Z]{3,})\s+\S", head)
    if first and first.group(1).lower() not in _NOT_COMPANY:
        return first.group(1).capitalize()
    return ""


def _level_hints(title: str, text: str, requirements: Sequence[Requirement]) -> dict:
    """Years asked for, the level they point to (L4/L5/L6/intern) and the words that said so."""
    terms: list[str] = []
    level: str | None = None
    t = f" {title} "
    if re.search(r"\bintern(ship)?s?\b", t, re.IGNORECASE) or (
            not title and re.search(r"(?<!non-)(?<!non )\binternships?\b(?! experience)", text, re.IGNORECASE)):
        level = "intern"
        terms.append("Intern")
    elif m := re.search(r"\b(?:Principal|Staff|Distinguished)\b", t):
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
