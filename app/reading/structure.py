"""Format-independent resume structure: headings, sections, roles and bullets from a stream
of visual lines (PDF rows, DOCX paragraphs or text lines) in reading order.

The PDF/DOCX/TXT readers turn their input into `Line`s that carry the typographic hints a
reader uses (size, weight, bullet glyph, indentation, right-aligned dates); this module turns
those lines into the `Resume` contract."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.models.resume import Bullet, Role, Section
from app.reading.cleanup import CJK_RE, collapse_ws
from app.reading.dates import (
    DATE_RANGE_RE,
    DURATION_RE,
    RANGE_ONLY_RE,
    TITLE_NOUNS,
    has_date,
    is_dateish,
    is_place,
    split_dates,
)
from app.reading.entries import entries_of, line_pitch
from app.reading.headings import (
    BULLET_KINDS,
    detect_headings,
    heading_key,
    known_heading,
    section_kind,
)
from app.reading.lines import HEADER_FONT, Line, body_size, display_line, document_vocab, style_of
from app.reading.roles import CONTACT
from app.reading.wording import starts_with_verb

__all__ = [
    "DATE_RANGE_RE",
    "DURATION_RE",
    "RANGE_ONLY_RE",
    "Line",
    "Structured",
    "display_line",
    "is_dateish",
    "is_place",
    "known_heading",
    "section_kind",
    "split_dates",
    "structure",
]


@dataclass
class Structured:
    sections: list[Section]
    roles: list[Role]
    bullets: list[Bullet]
    skills: list[str]
    name: str
    text: str
    # sections left unread that hold achievement-like bullets: (title, how many)
    unread: list[tuple[str, int]] = field(default_factory=list)
    headings_found: bool = True


def structure(lines: list[Line]) -> Structured:
    """Sections, roles, bullets, skills, name and display text from lines in reading order."""
    lines = [_without_leaders(ln) for ln in lines if ln.text.strip()]
    lines = [ln for ln in lines if ln.text.strip()]
    flags = detect_headings(lines)
    body = body_size(lines)
    sections: list[Section] = []
    roles: list[Role] = []
    bullets: list[Bullet] = []
    skills: list[str] = []
    text_lines: list[str] = []
    name = ""

    # candidate name: a form's "Full name:" field, else the most prominent short line before
    # the first heading, else (a sidebar of contacts printed first) a line on the first lines
    # set clearly larger than the body
    first_head = next((i for i, f in enumerate(flags) if f), len(lines))
    top = _name_lines(lines[: min(first_head, 12)])
    sizes = sorted(ln.size for ln in lines if ln.size)
    body = sizes[len(sizes) // 2] if sizes else 0.0
    big = [t for t in _name_lines(lines[:40], skip=flags) if body and t[0] >= 1.3 * body]
    chosen: tuple[float, int, str] | None = None
    if top and not (big and max(big)[0] >= 1.8 * max(top)[0]):
        chosen = max(top) if any(t[0] for t in top) else top[0]
    elif big:
        chosen = max(big)
    if chosen is not None:
        size, at, name = chosen
        # a name set in two lines ("Przemysław" / "Szczygielski"), the second maybe a line or
        # two down and beside a contact column ("Carranza Beltrán   github.com/...")
        for follow in lines[-at + 1:-at + 4]:
            if not size or abs(max(follow.peak, follow.size) - size) >= 0.5:
                continue
            rest = (follow.parts[0] if follow.parts else follow.text).strip()
            if ((name.endswith("-") or len(name.split()) == 1)
                    and 1 <= len(rest.split()) <= 2 and not known_heading(rest)
                    and not re.search(r"[@\d/:,]", rest) and body and size >= 1.3 * body
                    and not is_place(rest) and not _ENDS_IN_TITLE.search(rest)):
                name = name + ("" if name.endswith("-") else " ") + rest
            break
    field = next((re.sub(r"\s*<[^>]*>.*$", "", m.group(1)).strip(' "') for ln in lines[:15] if (m := _NAME_FIELD.match(ln.text.strip())
                                                              or _NAME_CELL.match(ln.text.strip()))),
                 "")
    if field and 1 <= len(field.split()) <= 5:
        name = field

    current: Section | None = None
    entries: list[
        tuple[Section, list]
    ] = []  # per section: list of ("head", Line) / ("item", _Entry)
    skip = -1
    # Columns (PDF): a page read as [main, sidebar] ends in the sidebar's section, but the next
    # page carries on the main column. Track the column runs of each page to send those lines
    # back to the section the wider column was in.
    runs: list[list] = []  # per column run on the current page: [xmin, xmax, entry index]
    resume_run: list | None = None
    for i, (ln, is_head) in enumerate(zip(lines, flags, strict=True)):
        if i == skip:
            continue
        if ln.bbox is not None:
            if not runs or ln.page != runs[-1][3]:
                resume_run = _continued_run(runs)
                runs = [[ln.bbox[0], ln.bbox[2], len(entries) - 1, ln.page]]
            elif ln.gap >= 5.0:
                runs.append([ln.bbox[0], ln.bbox[2], len(entries) - 1, ln.page])
            else:
                runs[-1][0] = min(runs[-1][0], ln.bbox[0])
                runs[-1][1] = max(runs[-1][1], ln.bbox[2])
        text_lines.append(display_line(ln, is_head))
        if is_head:
            resume_run = None
            title = heading_key(ln.text)
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            if (
                nxt is not None
                and re.search(r"\b(and|&|of|for)$|,$", title, re.I)
                and not nxt.bullet
                and (nxt.caps or style_of(nxt)[1:] == style_of(ln)[1:])
                and len(nxt.text) <= 30
            ):
                title = title + " " + heading_key(nxt.text)
                skip = i + 1
            current = Section(title=title, kind=section_kind(title))
            sections.append(current)
            entries.append((current, []))
            if runs:
                runs[-1][2] = len(entries) - 1
            continue
        if current is None:
            continue
        if (
            resume_run is not None
            and ln.bbox is not None
            and resume_run[0] - 3 <= ln.bbox[0] <= resume_run[1]
        ):
            entries[resume_run[2]][1].append(ln)
        else:
            resume_run = None
            entries[-1][1].append(ln)
        if runs:
            runs[-1][2] = len(entries) - 1 if resume_run is None else resume_run[2]

    if not entries:  # no heading recognised at all: the body may still be a list of bullets
        untitled = _untitled_body(lines, name)
        if untitled:
            entries.append((Section(title="", kind="other"), untitled))
    elif first_head > 2:
        # jobs printed right under the name with no heading of their own ('Senior Engineer,
        # Acme  2021 – Present' + bullets, then EDUCATION): an experience section
        early = _untitled_body(lines[:first_head], name)
        if sum(1 for ln in early if ln.bullet) >= 2 and any(
                RANGE_ONLY_RE.search(ln.text) or any(RANGE_ONLY_RE.search(m) for m in ln.margin)
                for ln in early if not ln.bullet):
            implicit = Section(title="Experience", kind="experience")
            sections.insert(0, implicit)
            entries.insert(0, (implicit, early))

    vocab = document_vocab(lines)
    line_gap = line_pitch(lines, body)
    unread: list[tuple[str, int]] = []
    headings_found = bool(sections)
    for k, (section, sec_lines) in enumerate(entries):
        if section.kind == "skills":
            skills.extend(_skills_from(sec_lines))
        if section.kind == "education":  # a thesis with the bullets of its work under a
            # degree ("Master's thesis" / "• Trained a YOLO-style detector ..."): a project
            for block in thesis_blocks(sec_lines):
                thesis = Section(title=block[0].text.split(":")[0].strip()[:40] or "Thesis",
                                 kind="projects")
                if thesis not in sections:
                    sections.insert(sections.index(section) + 1, thesis)
                entries_of(thesis, block, body, roles, bullets, vocab, line_gap)
        if section.kind not in BULLET_KINDS:
            kind = _fallback_kind(section, sec_lines)
            if kind is None:
                n = _achievement_like(sec_lines)
                if n >= 3 and section.kind not in ("summary",):
                    unread.append((section.title, n))
                continue
            if kind != section.kind:
                new = Section(title=section.title, kind=kind)
                sections[:] = [new if s is section else s for s in sections]
                entries[k] = (new, sec_lines)
                section = new
        entries_of(section, sec_lines, body, roles, bullets, vocab, line_gap)

    seen: set[str] = set()
    uniq_skills = []
    for s in skills:
        if s.lower() not in seen:
            seen.add(s.lower())
            uniq_skills.append(s)
    return Structured(
        sections,
        roles,
        bullets,
        uniq_skills,
        name,
        "\n".join(text_lines).strip(),
        unread=unread,
        headings_found=headings_found,
    )


# a thesis named under its degree: "Master's thesis", "Thesis: Quantisation-aware training ..."
THESIS_HEAD = re.compile(r"(?i)^\W*(?:(?:master'?s|bachelor'?s|diploma|honou?rs|doctoral|phd|"
                         r"msc|bsc)\s+)?(?:thesis|dissertation)\b")


def thesis_blocks(lines: list[Line]) -> list[list[Line]]:
    """The thesis lines of an education section that have bullets of their own under them,
    each with those bullets (and their wrapped lines): the student's own work, read as a
    project."""
    out: list[list[Line]] = []
    i = 0
    while i < len(lines):
        if not lines[i].bullet and THESIS_HEAD.match(lines[i].text):
            block = [lines[i]]
            j = i + 1
            # a bullet, or a bullet's wrapped line (indented past the thesis line)
            while j < len(lines) and (lines[j].bullet or (
                    len(block) > 1 and lines[j].x0 is not None and lines[i].x0 is not None
                    and lines[j].x0 > lines[i].x0 + 3 and not THESIS_HEAD.match(lines[j].text))):
                block.append(lines[j])
                j += 1
            if len(block) > 1:
                out.append(block)
            i = j
        else:
            i += 1
    return out


_LEADER = re.compile(r"\s*(?:[.·…_]\s?){5,}\s*")


def _without_leaders(ln: Line) -> Line:
    """'Mahsan Co.........2022 - 2024': dot leaders separate fields (a tab stop's filler);
    they become a part boundary, and the line is never an achievement's text."""
    if not _LEADER.search(ln.text):
        return ln
    parts = [p.strip() for q in (ln.parts or [ln.text]) for p in _LEADER.split(q) if p.strip()]
    ln.parts = parts
    ln.text = collapse_ws(" ".join(parts))
    ln.leader = True
    return ln


def _achievement_like(lines: list[Line]) -> int:
    """Bullet lines that read like achievements: a past-tense verb first ('Built...'), a
    sentence's length."""
    past = re.compile(r"^(?:[A-Z][a-z]+ed|Led|Built|Ran|Wrote|Made|Won|Grew|Cut|Drove|Taught|Shipped)\b")
    return sum(
        1
        for ln in lines
        if ln.bullet and len(ln.text.split()) >= 8 and starts_with_verb(ln.text) and past.match(ln.text)
    )


def _fallback_kind(section: Section, lines: list[Line]) -> str | None:
    """Kind to read an unrecognised section's bullets under, or None to leave it unread.

    A heading in a language or wording we do not know ('Doświadczenie', 'Was ich gemacht
    habe') over 2+ bullet-marked lines still holds the achievements: 'experience' when the
    section carries dates (entries), else 'other'. Known non-bullet sections (awards,
    certifications, publications) stay unread."""
    if section.kind != "other" or (section.title and known_heading(section.title)):
        return None
    marked = [ln for ln in lines if ln.bullet]
    if len(marked) < 2:
        return None
    if any(has_date(ln) for ln in lines):
        return "experience"
    # without entries, only sentence-like items are achievements (not 'Driving licence B')
    words = sum(len(ln.text.split()) for ln in marked) / len(marked)
    return "other" if words >= 5 or any(CJK_RE.search(ln.text) for ln in marked) else None


# a personal-details table's row ('Name | Minseok Jegal (제갈민석) | Date of birth | ...'), its
# cells joined: the name up to the next field's label
_NAME_CELL = re.compile(r"^(?i:name)\s+((?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+(?:\s*\([^)]*\))?)"
                        r"(?=\s+(?i:date of birth|birth|born|address|mobile|phone|e-?mail|gender|"
                        r"nationality|age)\b|\s*$)")
_NOT_A_NAME = re.compile(r"(?i)^(?:resum[eé]|r[ée]sum[ée]|curriculum vitae|cv|lebenslauf|curr[ií]culo|"
                         r"europass)\b|\bcurriculum vitae$|"
                         r"^(?:職務経歴書|履歴書|简历|個人簡歴|이력서|경력기술서)")
_NAME_FIELD = re.compile(r"(?i)^(?:from:\s*(?=[^<@]+<[^>@]+@)|(?:full name|name|candidate name|applicant name|nome(?: completo)?|"
                         r"nombre(?: completo)?|nom(?: complet)?)\s*[:：]|"
                         # a Japanese, Chinese or Korean form's name field ('氏名 辻本 陽樹')
                         r"(?:氏名|名前|姓名|이름|성명)\s*[:：]?)\s*(\S.*)$")


# a credential after a name: a mixed-case or dotted one ("PhD", "MSc", "P.Eng.", "Ph.D.") or a
# known set of capitals ("CCNP", "CPA (inactive)"); "ANNA" after "VAN DER BERG," is a name
_CREDENTIAL = re.compile(r"^(?:(?=(?:[^A-Z]*[A-Z]){2})(?=[^a-z.]*[a-z.])[A-Z][A-Za-z.]{1,7}|(?:PHD|MBA|"
                         r"CFA|CPA|ACA|ACCA|CIMA|CCNP|CCNA|CCIE|CISSP|CISA|PMP|PE|ECE|RHIA|ACAS|FCAS|"
                         r"FSA|ASA|MD|RN|JD|LLM|MS|MSC|BSC|BS|BA|MA|MENG|BENG|CFP|FRM|CAIA|CQF|CSM|"
                         r"CENG|PENG|DDS|DVM|CHFC|CMA|EA|SHRM-CP|SPHR|PHR|MPH|MSW|DPT|OTR))"
                         r"(?:\s*\([^)]{1,20}\))?$")


_ENDS_IN_TITLE = re.compile(r"(?i)\b(?:" + "|".join(TITLE_NOUNS) + r")s?\W*$")


def without_postnominals(name: str) -> str:
    """A name without the credentials printed after it ("Rhoderick D. Manalastas, ECE, CCNP"
    -> "Rhoderick D. Manalastas"); a surname-first name ("KOWALSKI, ANNA") stays as it is."""
    parts = [p.strip() for p in name.split(",")]
    if len(parts) < 2 or len(parts[0].split()) < 2 or not all(_CREDENTIAL.match(p) for p in parts[1:]):
        return name
    return parts[0]


def _name_lines(lines: list[Line], skip: Sequence[bool] = ()) -> list[tuple[float, int, str]]:
    """Short lines that may be the candidate's name: (prominence, -position, text)."""
    top = []
    for idx, ln in enumerate(lines):
        if idx < len(skip) and skip[idx]:
            continue
        whole = re.split(r"\s[|•·]\s", ln.text)[0]
        head = re.split(r"\s[–—-]\s|,\s", whole)[0]
        if head != whole and _ENDS_IN_TITLE.search(whole):
            whole = head  # "Priya Sharma – Data Scientist", "Priya Sharma, Data Engineer"
        first = ln.parts[0] if len(ln.parts) > 1 else ""  # a name set apart from a title beside it
        if first.count("(") != first.count(")"):
            first = ""  # a name cut inside its bracket ('QIAO Yufeng (' + '乔宇峰)')
        for cand in (first, whole) if len(first.split()) >= 2 else (whole, first):
            cand = without_postnominals(cand.strip(" ,|•"))
            if (
                1 <= len(cand.split()) <= 5
                and not re.search(r"[@\d/:]|www|http|\.com", cand, re.I)
                and not is_place(cand)
                and not known_heading(cand)
                and not _NOT_A_NAME.match(cand)
                and not _ENDS_IN_TITLE.search(cand)  # "Senior Research Scientist"
                and re.search(r"[^\W\d_]", cand)  # letters of any script
                and len(re.findall(r"[,;，、،]", cand)) < 2  # not a list ('Python, SQL, AWS')
            ):
                # a page header's line (a Word template's) ranks below the body's own
                prominence = max(ln.peak, ln.size) * (0.99 if ln.font == HEADER_FONT else 1.0)
                top.append((prominence, -idx, cand))
                break
    return top


def _untitled_body(lines: list[Line], name: str) -> list[Line]:
    """The lines of a document without any recognised heading, from its first entry or
    bullet on (the name and contact lines above stay out); [] when it has < 2 bullets."""
    if sum(1 for ln in lines if ln.bullet) < 2:
        return []
    start = next(
        (i for i, ln in enumerate(lines) if ln.bullet or RANGE_ONLY_RE.search(ln.text)), None
    )
    if start is None:
        return []
    if lines[start].bullet and start > 0:
        prev = lines[start - 1]  # the entry header right above the first bullet
        if (
            not prev.bullet
            and prev.text.strip() != name
            and not CONTACT.search(prev.text)
            and (start > 1 or not name)
        ):
            start -= 1
    return lines[start:]


def _continued_run(runs: list[list]) -> list | None:
    """The column run the next page continues: the widest one of a page read in several
    columns, when reading ended in another (narrower) column; else None."""
    if len(runs) < 2:
        return None
    widest = max(runs, key=lambda r: r[1] - r[0])
    if widest is runs[-1] or widest[2] < 0:
        return None
    return widest


def _skills_from(lines: list[Line]) -> list[str]:
    out: list[str] = []
    merged: list[Line] = []
    for ln in (
        lines
    ):  # re-join wrapped lines of one list ('Deep Learning, Natural' + 'Language Processing')
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and not ln.bullet
            and not ln.paragraph
            and len(ln.parts) <= 1
            and len(prev.parts) <= 1
            and ":" not in ln.text[:40]
            and ln.gap < 0.8
            and not prev.text.endswith((".", ":"))
            and abs(ln.x0 - prev.x0) < 30
            and (prev.text.endswith(",") or len(prev.text) > 40)
        ):
            merged[-1] = Line(
                text=prev.text + " " + ln.text, parts=[prev.text + " " + ln.text], x0=prev.x0
            )
        else:
            merged.append(ln)
    for ln in merged:
        chunks = ln.parts if len(ln.parts) > 1 else [ln.text]
        for k, text in enumerate(chunks):
            if k + 1 < len(chunks) and chunks[k + 1].lstrip().startswith(":"):
                continue  # a bold label ('Languages') before ': values'
            text = text.replace("：", ":")  # full-width colon ('编程语言：Python')
            if ":" in text[:40]:
                text = text.split(":", 1)[1]
            for item in re.split(r"[,;|•·，、،；]|\s{2,}|\band\b", text):
                item = item.strip(" .-–:")
                if item.count("(") != item.count(")"):
                    item = item.strip("()").replace("(", " ").replace(")", " ").strip()
                item = collapse_ws(item)
                if 1 <= len(item) <= 40 and len(item.split()) <= 4 and not is_dateish(item):
                    out.append(item)
    return out
