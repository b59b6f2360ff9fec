"""The requirement items of a posting: its logical lines walked with the posting's own
headings as state.

- Headings: a line of heading words ("Basic Qualifications", "Ihr Profil"), a short line
  ending in ':', a title followed by a section word ("Software Engineer Responsibilities"),
  or a line the layout marks (bold, capitals, '#', its own table cell) read by its key words.
  A marked heading whose words say nothing ("The Stuff", "Extras") opens a section judged by
  what it holds: requirement-like lines make it a qualifications section, duty verbs a
  responsibilities section, anything else (benefits, a tech stack, a process) is left out.
- Lists: a bulleted, numbered or one-per-line list gives one item per line, even when an
  item runs to two sentences; a sub-item, or an "OR ..." alternative, belongs to the item
  above it; a sentence between the items that is not a requirement ("We know no candidate
  ticks every box") is not an item.
- Prose: under a responsibilities or qualifications heading, each sentence or ';' clause is
  an item, and a comma list of short requirements ("5+ years of Go, experience with AWS, and
  a degree in CS") gives one item each. Outside them, prose is not a requirement, except
  second-person duties ("You will own...") when the posting has no responsibilities heading.
- Kinds: the section's kind, except an item in a requirements list that says it is optional
  ("... is a plus", "(preferred)"), which is preferred, and a "You will ..." sentence among
  qualifications, which is a responsibility.
- Boilerplate (EEO and accommodation text, pay, benefits, visa and location notes, hiring
  steps) and the candidate's own notes pasted around the posting are never items."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.reading.posting_headings import (
    BASIC,
    INTRO,
    NEUTRAL,
    OTHER,
    PREFERRED,
    RESPONSIBILITY,
    SKIP,
    ends_with_section_word,
    heading_kind,
    keyword_kind,
)
from app.reading.posting_lines import BULLET_RE, PostLine

__all__ = ["requirement_items", "REQ_LIKE"]

_UNKNOWN, _NOTES, _PROBE = "unknown", "notes", "probe"
_REQUIREMENT_STATES = (RESPONSIBILITY, BASIC, PREFERRED)


# the summary fields a job board prints under a posting ("Education", "UG: B.Tech", "Key Skills")
_BOARD_FIELD = re.compile(r"(?i)^\W*(?:education|key skills|skills|desired candidate profile)\W*$")

@dataclass
class Block:
    kind: str  # "heading" | "bullet" | "para"
    text: str
    heading: str | None = None  # section kind when kind == "heading"
    blank_before: bool = False
    depth: int = 0
    run: int = 1  # logical lines in its run (lines not separated by a blank line or a heading)


# --------------------------------------------------------------------------- blocks

_INLINE_HEADING = re.compile(r"^\s*([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ '’/&()-]{2,45}?)\s*:\s+(?=\S)")


def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) >= 4]
    return bool(words) and all(w[0].isupper() for w in words)


def _caps_line(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters) and len(text.split()) <= 7 \
        and not text.rstrip().endswith((".", ";", ","))


def blocks_of(lines: list[PostLine]) -> list[Block]:
    """Headings, bullets and paragraphs; a paragraph knows how many lines its run has."""
    blocks: list[Block] = []
    first_text = True
    for ln in lines:
        text = ln.text.strip()
        if not text:
            continue
        kind: str | None = None
        if not ln.bullet:
            kind = heading_kind(text)
            if kind is None and ln.head:
                kind = keyword_kind(text) or _PROBE
            if kind is None and _title_case(text):
                kind = ends_with_section_word(text)
            if kind is None and not first_text and _caps_line(text) and not ln.bullet:
                kind = keyword_kind(text) or _PROBE
            if kind == OTHER:
                kind = keyword_kind(text) or (_PROBE if ln.head else OTHER)
            if kind is not None and _item_lead(text):
                kind = None  # "Experience with one or more of the following:" is an item
        elif ln.head:  # '**Requirements**' typed as a list line
            kind = keyword_kind(text)
        first_text = False
        if kind is not None:
            blocks.append(Block("heading", text, heading=kind, blank_before=ln.blank_before))
        elif ln.bullet:
            blocks.append(Block("bullet", text, blank_before=ln.blank_before, depth=ln.depth))
        else:
            blocks.append(Block("para", text, blank_before=ln.blank_before, depth=ln.depth))
    # runs: consecutive paragraphs with no blank line or heading between them
    i = 0
    while i < len(blocks):
        if blocks[i].kind != "para":
            i += 1
            continue
        j = i + 1
        while j < len(blocks) and blocks[j].kind == "para" and not blocks[j].blank_before:
            j += 1
        for k in range(i, j):
            blocks[k].run = j - i
        i = j
    return blocks


def _item_lead(text: str) -> bool:
    """A line ending in ':' that is an item with options below it, not a heading."""
    return text.rstrip().endswith(":") and len(text.split()) >= 4 and bool(REQ_LIKE.match(text))


# --------------------------------------------------------------------------- item patterns

_BOILERPLATE = re.compile(
    r"equal (?:opportunity|employment)|inclusive culture|accommodation|base salary|base pay|"
    r"pay range|salary range|compensation (?:reflects|package|will be)|total compensation|"
    r"sign-on payments|401\(k\)|applicants should apply|will remain posted|e-verify|"
    r"privacy (?:notice|policy)|fair chance|"
    r"^job id\b|^company\s*[-–:]|^req(?:uisition)?\.? ?(?:id|number)\b|^posted\b|^apply now|"
    r"\bbenefits?(?:/perks)?\b.{0,40}\b(?:listed|below|may vary|vary)\b|"
    r"\binterested candidates\b|\b(?:share|send|e-?mail|mail|submit) (?:us )?(?:your|their|an?) "
    r"(?:updated |latest |current )?(?:resume|cv|application)|\bnotice period\b|"
    r"\bimmediate joiners?\b|\b(?:current|expected) ctc\b|\bplease apply\b|"
    r"\bapply (?:with|via|through|online|here|today)\b|"
    r"[$€£]\s?\d[\d,]*(?:\.\d+)?\s*[kK]?\s*(?:-|–|to)\s*[$€£]?\s?\d|"
    r"[$€£]\s?\d[\d,]*(?:\.\d+)?\s*(?:/|per\s)\s*(?:hr|hour|year|yr|annum)|"
    r"\d[\d.,]*\s*€\s*(?:-|–|bis)\s*\d",
    re.IGNORECASE)
# legal conditions that are requirements when a list asks for them ("Ability to pass a
# background check") and boilerplate in running prose
_CONDITION = re.compile(r"background check|visa sponsorship|sponsor (?:work )?visas?|security clearance|"
                        r"drug (?:test|screen)", re.IGNORECASE)
# a listed item that is boilerplate even inside a requirements list (pay, benefits, legal)
_ITEM_BOILERPLATE = re.compile(
    r"equal (?:opportunity|employment) employer|401\(k\)|"
    r"[$€£]\s?\d[\d,]*(?:\.\d+)?\s*[kK]?\s*(?:-|–|to)\s*[$€£]?\s?\d|"
    r"\b(?:salary|compensation|pay) (?:range|band)\b|"
    # a job board's pay field ('Salary: Confidential', 'CTC: As per industry standards')
    r"^\W*(?:salary|compensation|pay|ctc|stipend|remuneration)\s*[:：]|"
    r"(?:visa )?sponsorship is not (?:available|offered|provided)|unable to (?:offer|provide) "
    r"(?:visa )?sponsorship|(?:not|unable to|cannot|will not) sponsor(?! (?:a |the )?(?:security )?"
    r"clearances?)|"
    # a civil-service posting's notes on the appointment, not asks of the candidate
    r"^\W*substitution of education\b|\bthere is no substitution of\b|\bprobationary period\b",
    re.IGNORECASE)
# an item that says what is not needed ("No finance background is required; curiosity about
# markets is", "A degree is not required"): it asks the reader for nothing they could show
_NOTHING_ASKED = re.compile(
    r"^\W*[^.;:\d]{1,40}:\s*not\s+(?:required|needed|necessary)\b|"  # 'Japanese: Not required'
    r"^\W*(?:no\s+[^.;\d]{1,40}?\s+(?:is|are)|[^.;\d]{1,40}?\s+(?:is|are)\s+not)\s+"
    r"(?:required|needed|necessary|expected|a requirement)\b(?![^\d]*\b(?:but|however)\b)"
    r"(?![^\n]*\d)", re.IGNORECASE)
REQ_LIKE = re.compile(
    r"^(?:\d+(?:\.\d+)?\s*\+?\s*(?:(?:-|–|to)\s*\d+\s*\+?\s*)?(?:years?|yrs)\b|"
    r"(?:at least|minimum of|a minimum of|min\.?)\s+\S+\s+(?:\(\d+\)\s+)?years?\b|"
    r"(?:\S+\s+){0,3}?(?:experience|experienced)\b|"
    r"(?:ph\.?\s?d|m\.?\s?sc|msc|m\.?s\.?|b\.?\s?sc|bsc|b\.?s\.?|b\.?\s?tech|m\.?\s?tech|bachelor|master|"
    r"doctorate|degree|diploma)\b|"
    r"(?:\S+\s+){0,2}?(?:knowledge|understanding|proficiency|proficient|familiarity|familiar|"
    r"expertise|background|track record|fluency|fluent)\b)",
    re.IGNORECASE)
# how a requirement line begins, more broadly (to judge an unnamed section or a comma list)
_REQ_START = re.compile(
    r"^(?:and\s+|or\s+)?(?:\d+\s*\+|\d+\s*(?:-|–|to)\s*\d+\s+years|(?:(?:a|an)\s+\w+|strong|excellent|"
    r"solid|deep|good|great|proven|demonstrated|hands-on|experience|experienced|knowledge|"
    r"familiarity|understanding|proficiency|proficient|fluency|fluent|ability|able|expertise|"
    r"background|bachelor|master|phd|ph\.d|degree|ba|bs|ms|b\.s|m\.s|you(?:'re| are| have)|"
    r"comfortable|passion|working knowledge|must|certified|certification)\b)",
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
           "al", "esp", "min", "max", "avg", "est", "govt", "corp", "assn", "nos", "b.tech", "m.tech",
           "z.b", "bzw", "ca", "evtl", "ggf", "inkl", "u.a", "usw", "d.h"}
SHORT_OK = {"ai", "ml", "ui", "ux", "go", "c", "r", "os", "it", "qa", "bi", "ci", "cd", "ar", "vr",
            "us", "uk", "eu", "hr", "pm", "db", "js", "ts", "io", "ba", "bs", "ms", "ma", "pr", "ip"}
# text between list items that speaks to the reader rather than asking for something
_COMMENTARY = re.compile(
    r"\b(?:apply|applying|encourage|don['’]t meet|do not meet|every (?:single )?(?:requirement|"
    r"qualification|box|point)|tick(?:s)? every|hear from you|studies (?:have )?show|no candidate|"
    r"we value|don['’]t worry|do not worry|sounds like you|excited about this role|not expected|"
    r"don['’]t need to|do not need to|if you(?:'re| are) interested)\b", re.IGNORECASE)
# an item in a requirements list that says it is optional
_OPTIONAL = re.compile(
    r"(?:\bis|\bare|\bwould be|\bwill be)?\s*(?:an?\s+)?(?:big\s+|huge\s+|strong\s+|definite\s+)?"
    r"(?:plus|bonus|advantage|asset)\W*$|\((?:a\s+)?(?:plus|preferred|nice to have|bonus|optional|"
    r"desired|desirable|advantageous)\)\W*$|[-–—,]\s*(?:nice to have|preferred|optional|a plus)\W*$|"
    r"\bis (?:highly )?(?:desirable|preferred|advantageous|beneficial|nice to have)\W*$|"
    r"\b(?:strongly |highly )?preferred\W*$|"
    r"^(?:preferred|optional|nice to have|bonus|plus)\s*:|\bwelcomed?\W*$"
    # said first ("It is an advantage if you know ship performance ...")
    r"|^(?:it\s+is|it['’]s|it\s+would\s+be|it\s+will\s+be)\s+(?:an?\s+)?(?:big\s+|great\s+)?"
    r"(?:advantage|plus|bonus|asset)\s+(?:if|to|when)\b"
    # the same in French, Spanish, Portuguese, Italian, German, Dutch and the Nordic languages
    # ("... est un atout", "... se valorará", "... é um diferencial", "... ist von Vorteil",
    # "... er en fordel", "... är meriterande")
    r"|\b(?:est|sont|serait|seraient|constitue|sera)\s+(?:un\s+)?(?:atout|plus|avantage)\W*$"
    r"|\b(?:es|sería|será)\s+(?:un\s+plus|deseable|valorad[oa])\W*$|\bse\s+valorará\W*$"
    r"|\b(?:é|será)\s+(?:um\s+)?(?:diferencial|desejável|plus)\W*$"
    r"|\bè\s+(?:un\s+plus|gradit[oa])\W*$|\btitolo\s+preferenziale\W*$"
    r"|\b(?:ist|wäre)\s+(?:ein\s+plus|von\s+vorteil|wünschenswert)\W*$|\bvon\s+vorteil\W*$"
    r"|\bis\s+een\s+pr[eé]\W*$|\b(?:er|är|vil\s+være)\s+(?:en\s+fordel|et\s+plus|"
    r"meriterande|meritterende|ønskelig)\W*$"
    # the words Japanese, Chinese and Korean postings put on a wanted item ("...経験者歓迎",
    # "...者优先", "...자 우대"): welcome, even better, favoured, bonus points
    # ...; not inside a longer word ("高优先级": high priority, "優先順位": priorities)
    r"|(?:歓迎|尚可|優遇|优先|優先|加分)(?![\u3040-\u30ff\u4e00-\u9fff])|우대(?:합니다)?(?![가-힣])",
    re.IGNORECASE)
# an optional word inside a closing parenthesis that names more than itself qualifies only a
# part: "Linux on embedded targets (cross-compilation, device drivers or BSP a plus)" is required
_LAST_PARENS = re.compile(r"\s*\(([^()]*)\)\W*$")


def _says_optional(text: str) -> bool:
    """An item that says it is optional ("... is a plus", "(preferred)", "... 歓迎")."""
    if not _OPTIONAL.search(text):
        return False
    m = _LAST_PARENS.search(text)
    if m and _OPTIONAL.search(m.group(1)) and _words(_OPTIONAL.sub("", m.group(1))) >= 1:
        return bool(_OPTIONAL.search(text[:m.start()]))
    return True


def _letters(text: str) -> tuple[int, int]:
    """Letters of the Latin script and of any other (CJK, Hangul, Cyrillic, ...) in a text."""
    latin = other = 0
    for ch in text:
        if ch.isalpha():
            if ch < "\u0250":
                latin += 1
            else:
                other += 1
    return latin, other


def _other_script(text: str) -> bool:
    """A line mostly in another script than Latin letters ("日本語: ビジネスレベル 歓迎")."""
    latin, other = _letters(text)
    return other > latin


_DUTY_VERBS = frozenset("""
analyze analyse architect assist automate build collaborate communicate conduct contribute
coordinate create debug define deliver deploy design develop document drive enable engage
establish evaluate execute implement improve innovate integrate investigate lead leverage
maintain manage measure mentor monitor operate optimize optimise own participate partner perform
plan present prototype provide research review run scale serve ship support test train
troubleshoot work write help identify influence ensure translate coach harden reduce shape keep
prepare estimate set oversee facilitate deliver
""".split())
_NOTE_MARK = re.compile(
    r"^\W*(?:(?:my|personal|own)\s+)?notes?\b|^\W*to-?do\b|^\W*my\s+questions\b|^\W*remember\b"
    r"|^\s*[-=_*~#]{3,}\s*\w|\bpasted from\b|^\W*why i(?:'m|’m| am)\b|^\W*(?:interview|call) (?:on|with)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:I|I'm|I’m|I've|I’ve|I'd|I'll)(?![\w'’])|\b(?:[Mm]y|[Mm]e|[Mm]yself)\b")
_ALTERNATIVE = re.compile(r"^(?:OR|AND|or)\s+\S")
_MID_HEADING = re.compile(r"(?:^|(?<=[.;!?])\s+)([A-Z][A-Za-z '’/&()-]{2,45}?)\s*:\s+(?=\S)")
_LEAD_PREFERRED = re.compile(r"\b(?:preferred|bonus|nice[- ]to[- ]have|a plus|plus if|ideally)\b", re.IGNORECASE)
_LEAD_BASIC = re.compile(
    r"\b(?:you (?:have|bring|should have|need|must have|will need|'ll need|’ll need)|you(?:'ll|’ll) need|"
    r"ideal candidate|looking for (?:someone|candidates|people|engineers)|requirements?|qualifications?|"
    r"must have|must-haves?|we expect|successful candidate|a (?:good |great )?fit|thrive|succeed)\b",
    re.IGNORECASE)
_LEAD_DUTY = re.compile(
    r"\b(?:you(?:'ll|’ll| will)(?! need| have| bring)|responsibilit|duties|day[- ]to[- ]day|"
    r"role (?:involves|includes)|you(?:'ll|’ll| will) be doing|you(?:'d|’d| would) be doing|the role)",
    re.IGNORECASE)
# "We'll assess you against these behaviours during the selection process:": a list of what the
# interviews score (behaviours, strengths, a framework's skill names), not what to have done;
# a list of criteria or experience introduced the same way stays a list of requirements
_LEAD_ASSESSED = re.compile(
    r"\bassess(?:ed)? (?:you |candidates |applicants )?(?:against|on) (?:these|the following)\b"
    r"(?![^:]*\b(?:criteria|experience|qualifications?|requirements?)\b)", re.IGNORECASE)
_BENEFIT_LIKE = re.compile(
    r"insurance|vacation|holiday|leave\b|pension|401|equity|stipend|budget|bonus|salary|"
    r"\bdays?\b|wellness|gym|lunch|remote|flexible|healthcare|dental|discount|urlaub|mutuelle",
    re.IGNORECASE)


# --------------------------------------------------------------------------- sentences

def split_sentences(text: str) -> list[str]:
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


def _comma_list(sentence: str) -> list[str] | None:
    """'5+ years of Go, experience with AWS, and a degree in CS.' -> its three requirements;
    None unless every part is short and begins like a requirement."""
    if sentence.count(",") < 2 or "(" in sentence:
        return None
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+(?=[^,]*$)", sentence) if p.strip()]
    if len(parts) < 3 or any(len(p.split()) > 9 for p in parts):
        return None
    if not all(_REQ_START.match(p) for p in parts):
        return None
    return parts


def clean_item(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = BULLET_RE.sub("", text, count=1).strip()
    text = re.sub(r"[;,]\s*(?:and|or)$", "", text).strip()  # 'Experience with Go; and'
    return text.rstrip(",;").strip()


def _words(text: str) -> int:
    return len(re.findall(r"[^\W_]+", text))


@dataclass
class _Item:
    text: str
    kind: str
    bullet: bool
    subs: int = 0  # sub-items joined into it ("Experience with one of: Kafka, Pulsar")


def _lead_in_kind(text: str) -> str | None:
    """The section a lead-in sentence opens ("In this role, you will:", "You should have:")."""
    if not text.rstrip().endswith(":") or _words(text) > 25:
        return None
    if _LEAD_ASSESSED.search(text):
        return SKIP
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
        if k in (None, OTHER):
            continue
        if text[pos:m.start()].strip():
            out.append((kind, text[pos:m.start()].strip()))
        kind, pos = k, m.end()
    if text[pos:].strip():
        out.append((kind, text[pos:].strip()))
    return out


def _probe(blocks: list[Block], start: int) -> str:
    """The kind of an unnamed section from the lines it holds."""
    texts = []
    for b in blocks[start:]:
        if b.kind == "heading":
            break
        texts.append(b.text)
    if not texts:
        return SKIP
    n = len(texts)
    req = sum(1 for t in texts if REQ_LIKE.match(t) or _REQ_START.match(t))
    duty = sum(1 for t in texts if _YOU_DUTY_START.match(t) or _first_word(t) in _DUTY_VERBS)
    benefit = sum(1 for t in texts if _BENEFIT_LIKE.search(t))
    if req >= 0.5 * n and req > benefit:
        return BASIC
    if duty >= 0.5 * n and duty > benefit:
        return RESPONSIBILITY
    return SKIP


def _first_word(text: str) -> str:
    m = re.match(r"[A-Za-z]+", text)
    return m.group().lower() if m else ""


def _commentary(text: str) -> bool:
    """Text between the items of a list that is not itself a requirement."""
    if _COMMENTARY.search(text):
        return True
    if REQ_LIKE.match(text) or _REQ_START.match(text) or _first_word(text) in _DUTY_VERBS:
        return False
    return bool(re.match(r"(?:we|our|at [A-Z]\w+)\b", text, re.IGNORECASE)) and _words(text) > 6


def _prose(text: str) -> bool:
    """A paragraph of several sentences or clauses, not one listed item."""
    return _words(text) > 40 and len(split_sentences(text)) >= 2


_NOT_IMPERATIVE = {"we", "we're", "we’re", "our", "the", "a", "an", "this", "these", "at", "as", "if",
                   "in", "you're", "you’re", "it", "there", "about", "with", "for", "i", "my"}


def _lead_word(text: str) -> str:
    m = re.match(r"[\w'’]+", text)
    return m.group().lower() if m else ""


def _duty_lists(blocks: list[Block]) -> set[int]:
    """The blocks (by id) of lists most of whose lines begin with a duty verb ("Build...",
    "Own...", "You will..."): a list of duties even where a line begins otherwise ("Be on
    call..."). A list is a run of bullets, the lines of one run of text, or short paragraphs
    of one sentence each (a list pasted with blank lines between its items)."""
    out: set[int] = set()
    run: list[Block] = []

    def close() -> None:
        while run and _lead_word(run[0].text) in _NOT_IMPERATIVE:
            run.pop(0)  # "We're hiring an engineer who..." before the list
        if len(run) >= 2:
            duty = sum(1 for b in run if _first_word(b.text) in _DUTY_VERBS or _YOU_DUTY_START.match(b.text))
            req = sum(1 for b in run if REQ_LIKE.match(b.text))
            if duty >= 0.6 * len(run) and req < 0.3 * len(run):
                out.update(id(b) for b in run)
        run.clear()

    def shape(b: Block) -> str | None:
        if b.kind == "bullet":
            return "bullet"
        if b.kind != "para" or b.text.rstrip().endswith(":"):
            return None
        if b.run >= 2:
            return "run"
        return "lone" if _words(b.text) <= 25 and len(split_sentences(b.text)) == 1 else None

    for b in blocks:
        kind = shape(b)
        same = run and kind == shape(run[-1]) and not (kind == "run" and b.blank_before)
        if kind is not None and (same or not run):
            run.append(b)
            continue
        close()
        if kind is not None:
            run.append(b)
    close()
    return out


# --------------------------------------------------------------------------- the walk

@dataclass
class _Walk:
    blocks: list[Block]
    has_resp: bool
    state: str = _UNKNOWN
    items: list[_Item] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    bullets_in_section: int = 0
    basic_seen: bool = False
    legal_seen: bool = False
    list_section: bool = False  # the current section lists its items (bullets or one per line)
    duty_lists: set[int] = field(default_factory=set)  # blocks in a list of duties
    latin: bool = True  # the posting is written in the Latin script

    def __post_init__(self) -> None:
        self.duty_lists = _duty_lists(self.blocks)

    def add(self, text: str, kind: str, bullet: bool, prose: bool = False) -> None:
        text = clean_item(text)
        if prose:
            text = re.sub(r"^(?:and|or)\s+", "", text)
        asks = kind in _REQUIREMENT_STATES and re.match(r"(?:do|are|have|can|will) you\b", text, re.IGNORECASE)
        if _words(text) < 1 or text.endswith("?") and not asks or _FIRST_PERSON.search(text):
            return  # questions and the candidate's own words ('I have 4 years') are no items
        if kind == BASIC and _says_optional(text) and ";" not in text \
                and not re.search(r"\b(?:required|must|mandatory)\b", text, re.IGNORECASE):
            kind = PREFERRED
        self.items.append(_Item(text, kind, bullet))
        if kind == BASIC:
            self.basic_seen = True

    def join_previous(self, text: str, sep: str) -> bool:
        if not self.items:
            return False
        last = self.items[-1]
        last.text = clean_item(last.text + sep + clean_item(text))
        return True

    def set_state(self, kind: str, index: int) -> None:
        if self.legal_seen and self.basic_seen and _BOARD_FIELD.match(self.blocks[index].text):
            # "Education", "Key Skills" after the posting's qualifications and its legal text:
            # a job board's own summary fields, not the employer's asks
            kind = SKIP
        if kind == NEUTRAL:
            kind = self.state if self.state in (BASIC, PREFERRED) else BASIC
        elif kind == _PROBE:
            kind = _probe(self.blocks, index + 1)
        self.state = kind
        self.bullets_in_section = 0
        self.list_section = self._section_lists(index + 1)

    def _section_lists(self, start: int) -> bool:
        for b in self.blocks[start:]:
            if b.kind == "heading":
                return False
            if b.kind == "bullet" or b.kind == "para" and b.run >= 2:
                return True
        return False

    # ---------------------------------------------------------------- lines
    def take(self, block: Block, text: str, bullet: bool) -> None:
        if self.state == _NOTES:
            return
        in_list = bullet or block.run >= 2
        requirement = self.state in _REQUIREMENT_STATES
        if _BOILERPLATE.search(text) or _ITEM_BOILERPLATE.search(text) or _CONDITION.search(text) \
                and not requirement:
            if not (bullet and requirement):
                self.state = SKIP
            self.legal_seen = True
            return
        if _CONDITION.search(text) and not in_list:  # prose: the condition's own sentences only
            for sentence in split_sentences(text):
                if _CONDITION.search(sentence) and not _REQ_START.match(sentence) \
                        and not sentence.lower().startswith(("ability", "must", "able", "eligib", "willing")):
                    continue
                self._take_in_section(block, sentence, bullet, in_list)
            return
        if self.state == SKIP:
            # requirement-like bullets under 'About <company>' (a scrape lost their heading);
            # never after the legal text, where only notes and page furniture follow
            if bullet and REQ_LIKE.match(text) and not self.legal_seen:
                self.add(text, PREFERRED if self.basic_seen else BASIC, True)
            return
        if self.state in _REQUIREMENT_STATES:
            self._take_in_section(block, text, bullet, in_list)
            return
        self.kept.append(text)
        if not self.has_resp and id(block) in self.duty_lists:
            self.add(text, RESPONSIBILITY, bullet)  # a list of duties under the description
            return
        # description prose, or text before any heading
        for piece in [text] if bullet else split_sentences(text):
            first = _first_word(piece)
            if not self.has_resp and _DUTY.search(piece) and not _NOT_DUTY.search(piece) \
                    and not _LEAD_IN.search(piece):
                self.add(piece, RESPONSIBILITY, bullet)
            elif self.state == _UNKNOWN and REQ_LIKE.match(piece) and not _title_case(piece):
                self.add(piece, BASIC, bullet)
            elif bullet and not self.has_resp and first in _DUTY_VERBS:
                self.add(piece, RESPONSIBILITY, bullet)  # "About the role" with "- Build ..." bullets

    def _take_in_section(self, block: Block, text: str, bullet: bool, in_list: bool) -> None:
        state = self.state
        if _ALTERNATIVE.match(text) and self.items and (block.depth or text[:2] == "OR"
                                                        or self.items[-1].text.endswith(("or", "OR"))):
            self.join_previous(text, " ")
            return
        if block.depth and self.items and (self.items[-1].text.rstrip().endswith(":") or self.items[-1].subs):
            self.join_previous(text, ", " if self.items[-1].subs else " ")
            self.items[-1].subs += 1
            return
        if bullet:
            self.bullets_in_section += 1
            if _ITEM_BOILERPLATE.search(text) or _NOTHING_ASKED.match(text):
                return
            self.add(text, state, True)
            self.kept.append(text)
            return
        if (self.list_section or in_list) and _commentary(text):
            return
        if self.list_section and self.latin and not in_list and _other_script(text):
            # a line in another script between the bullets of an English list ("日本語:
            # ビジネスレベル 歓迎。"): the item above said again for other readers, not an item
            return
        if self.bullets_in_section and _words(text) > 40 and state != RESPONSIBILITY \
                and not in_list:
            self.state = SKIP  # a prose paragraph after a list of qualifications: legal text
            return
        self.kept.append(text)
        if in_list and not text.rstrip().endswith(":") and not _prose(text):
            kind = state
            if state != RESPONSIBILITY and _YOU_DUTY_START.match(text) and not _NOT_DUTY.search(text):
                kind = RESPONSIBILITY
            self.add(text, kind, False)
            return
        for sentence in split_sentences(text):
            if _LEAD_IN.search(sentence) and state == RESPONSIBILITY or sentence.endswith(":"):
                continue
            kind = state
            if state != RESPONSIBILITY and _YOU_DUTY_START.match(sentence) and not _NOT_DUTY.search(sentence):
                kind = RESPONSIBILITY
            parts = _comma_list(sentence) if state in (BASIC, PREFERRED) else None
            for part in parts or [sentence]:
                self.add(part, kind, False, prose=True)

    # ---------------------------------------------------------------- blocks
    def run(self) -> None:
        records = _record_fields(self.blocks)
        for index, block in enumerate(self.blocks):
            if index in records and self.state in (INTRO, SKIP):
                continue  # an overview's 'Appointment type: Permanent', 'Control number: ...'
            if _OPEN_TO.match(block.text.strip()):
                self.state = SKIP  # 'This job is open to' and whom: one eligibility line
                continue
            if _NOTE_MARK.match(block.text) and (block.kind != "heading" or block.heading == OTHER):
                self.state = _NOTES  # 'My notes:', 'TODO: ...', '---- pasted ----': until a posting heading
                continue
            if block.kind == "heading":
                if block.heading == OTHER:
                    if self.state not in _REQUIREMENT_STATES:
                        self.set_state(_PROBE, index)
                else:
                    self.set_state(block.heading or OTHER, index)
                if self.state != SKIP:
                    self.kept.append(block.text)
                continue
            if block.kind == "bullet":
                self.take(block, block.text, True)
                continue
            lead = _lead_in_kind(block.text)
            if lead is not None and self.state != SKIP:
                self.state = lead  # a lead-in sentence works as a heading for the lines below it
                self.bullets_in_section = 0
                self.list_section = self._section_lists(index + 1)
                continue
            if block.text.rstrip().endswith(":") and self.state in _REQUIREMENT_STATES \
                    and _words(block.text) <= 12 and not _item_lead(block.text):
                continue  # 'You also have:', 'In addition:' keep the section going
            segments = _segments(block.text)
            for kind, segment in segments:
                if kind is not None:
                    self.set_state(kind, index)
                    self.list_section = False
                self.take(block, segment, False)


def requirement_items(lines: list[PostLine]) -> tuple[list[tuple[str, str]], str]:
    """Requirement items (text, kind) and the text of the sections that are not boilerplate."""
    blocks = blocks_of(lines)
    has_resp = any(b.heading == RESPONSIBILITY for b in blocks) or any(
        k == RESPONSIBILITY for b in blocks if b.kind == "para" for k, _ in _segments(b.text))
    latin, other = _letters("".join(b.text for b in blocks))
    walk = _Walk(blocks, has_resp, latin=latin >= 4 * other)
    walk.run()
    _drop_truncated_tail(walk.items, blocks)
    return ([(it.text, it.kind) for it in walk.items] + _eligibility_items(blocks),
            "\n".join(walk.kept))


# a section saying who may apply or what vetting the post needs ("Nationality requirements",
# "Security", "Right to work"): one basic line the user confirms, not a list of requirements
_ELIGIBILITY_HEADING = re.compile(r"(?i)^(?:nationality(?: requirements?| rules)?|security(?: "
                                  r"clearance| requirements?| vetting)?|right to work|"
                                  r"eligibility)\W*$")
ELIGIBILITY_CHARS = 260


# "This job is open to" (a civil-service posting's audience: "The public: U.S. citizens ...")
_OPEN_TO = re.compile(r"(?i)^this job is open to\W*$")
# a posting's record of itself, one field a line ("Appointment type: Permanent", "Work schedule:
# Full-time", "Announcement number: BFSS-27-0114"): never a requirement; a field that asks
# (experience, education, skills, languages...) is not a record
_RECORD_FIELD = re.compile(r"^(?P<key>[A-Z][\w&()/,' -]{1,40}?):\s+(?P<value>\S.{0,80})$")
_ASKING_KEY = re.compile(r"(?i)\b(?:experience|education|qualifications?|skills?|languages?|"
                         r"certifications?|degree|requirements?|must|nice|preferred|tools|stack|"
                         r"technolog\w*|knowledge|responsibilit\w*|duties)\b")
# a value that asks something of the candidate ('3+ years', 'business level (JLPT N2)')
_ASKING_VALUE = re.compile(r"(?i)\d+\s*\+?\s*(?:years?|yrs)\b|\bexperience|\bhands-on\b|"
                           r"\bknowledge\b|\bproficien|\bfluen|\blevel\b|\bjlpt\b|\bdegree\b|"
                           r"\bcitizen|\bability\b|\bable to\b")
RECORD_RUN = 4


def _record_fields(blocks: list[Block]) -> set[int]:
    """The blocks of a run of at least RECORD_RUN record fields, one a line."""
    out: set[int] = set()
    run: list[int] = []
    for i, b in enumerate(blocks + [Block("", "heading")]):
        m = _RECORD_FIELD.match(b.text.strip()) if b.kind == "para" else None
        if m and not _ASKING_KEY.search(m.group("key")) and len(m.group("value").split()) <= 12 \
                and not _ASKING_VALUE.search(m.group("value")):
            run.append(i)
            continue
        if len(run) >= RECORD_RUN:
            out.update(run)
        run = []
    return out


def _eligibility_items(blocks: list[Block]) -> list[tuple[str, str]]:
    """Each eligibility section as one item: its heading and the start of its text."""
    out: list[tuple[str, str]] = []
    for i, b in enumerate(blocks):
        if _OPEN_TO.match(b.text.strip()):
            whom: list[str] = []
            for nxt in blocks[i + 1:]:
                if nxt.kind == "heading" or (nxt.kind != "bullet" and whom):
                    break
                whom.append(" ".join(nxt.text.split()))
            if whom:
                out.append((f"{b.text.strip().rstrip(':')}: {'; '.join(whom)}"[:ELIGIBILITY_CHARS],
                            BASIC))
            continue
        if b.kind != "heading" or not _ELIGIBILITY_HEADING.match(b.text.strip()):
            continue
        body: list[str] = []
        for nxt in blocks[i + 1:]:
            if nxt.kind == "heading":
                break
            body.append(" ".join(nxt.text.split()))
        text = " ".join(body)
        if not text:
            continue
        if len(text) > ELIGIBILITY_CHARS:
            text = text[:ELIGIBILITY_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:") + " ..."
        out.append((f"{b.text.strip().rstrip(':')}: {text}", BASIC))
    return out


def _drop_truncated_tail(items: list[_Item], blocks: list[Block]) -> None:
    """Excerpts cut mid-word end in a fragment ("1+ years of e", "exper"): not an item."""
    if not items or not blocks or blocks[-1].text.rstrip().endswith((".", "!", "?", ")")):
        return
    last = items[-1].text
    if not blocks[-1].text.rstrip().endswith(last[-20:]):
        return
    words = last.split()
    tail = words[-1].lower() if words else ""
    if len(words) <= 1 or (len(tail) <= 2 and tail.isalpha() and tail not in SHORT_OK):
        items.pop()
