"""Roles: a role (title, organization, dates) from the header lines of an entry, and the
grouping of a run of header lines into entries."""

from __future__ import annotations

import re

from app.legal_names import LEGAL_SUFFIXES
from app.models.resume import Role, Section
from app.reading.dates import (
    DATE_RANGE_RE,
    DURATION_RE,
    RANGE_ONLY_RE,
    has_date,
    is_country,
    is_dateish,
    is_place,
    split_dates,
)
from app.reading.lines import Line
from app.reading.places import is_city
from app.reading.wording import NATIVE_LABEL, is_record_line

# ---------------------------------------------------------------- roles
TITLE_WORDS = re.compile(
    r"\b(engineer(?:ing)?|developer|intern(?:ship)?|scientist|manager|analyst|research(?:er)?|assistant|"
    r"lead|leader|head|founder|co-?founder|cto|ceo|cfo|coo|vp|president|director|architect|consultant|fellow|"
    r"member|contributor|volunteer|lecturer|professor|teacher|tutor|instructor|designer|administrator|"
    r"specialist|officer|associate|coordinator|technician|programmer|sde|swe|mle|owner|maintainer|creator|co-?op|"
    r"mentor|organi[sz]er|chair|trainee|apprentice|representative|ambassador|advisor|adviser|principal|"
    r"staff|student|postdoc(?:toral)?|ph\.?d|candidate|editor|writer|author|president|secretary|treasurer|"
    r"captain|partner|executive|supervisor|operator|strategist|freelancer|coach|counsel(?:or|lor)|nurse|"
    r"accountant|attorney|paralegal|clerk|cashier|barista|server|agent|recruiter|marketer|planner|"
    r"educator|expert|sme"
    # German compounds and French / Spanish titles ('Systemadministrator', 'Projektleiterin',
    # 'Ingénieur logiciel', 'Jefa de proyecto')
    r"|\w*(?:leiter|entwickler|berater|ingenieur|referent|assistent|spezialist|architekt|analyst|"
    r"administrator|praktikant|werkstudent|techniker|koordinator|direktor|manager)(?:in)?"
    r"|ingénieure?|développeu(?:r|se)|chef|consultante?|stagiaire|responsable|analyste|directeur|"
    r"directrice|chargée?|technicienne?|ingenier[oa]|desarrollador(?:a)?|jef[ea]|consultor(?:a)?|"
    r"becari[oa]|analista|científic[oa]|gerente|director(?:a)?|técnic[oa]|coordinador(?:a)?)\b",
    re.I,
)
ORG_WORDS = re.compile(
    # a legal name's suffix ("Ltd.", "GmbH", "S.A."); not a short one ("SAS" is also a skill)
    r"(?<!\w)(?:" + "|".join(LEGAL_SUFFIXES) + r")(?!\w)|"
    r"\b(company|co|university|college|institute|school|labs?|"
    r"laboratory|hospital|bank|group|technologies|systems|foundation|society|center|centre|agency|"
    r"department|dep|ministry|command|research|academy|solutions|studio|ventures|partners|"
    r"google|amazon|facebook|meta|microsoft|apple|openai|nvidia|uber|freelance)\b\.?",
    re.I,
)


LINK_TAIL = re.compile(r"\s*[-–|(]?\s*\b(?:github\s+|live\s+|demo\s+)?link\)?$", re.I)
CONTACT = re.compile(
    r"@\w|https?://|www\.|\b[\w-]+\.(?:com|org|io|net|dev|me|ai|app|co|xyz|site)\b|^\+?[\d\s().-]{7,}$", re.I
)


def _split_parts(parts: list[str], dash: bool = True) -> list[str]:
    out: list[str] = []
    rx = (
        r"\s+[|·•]\s+|\s*\|\s*|\s+[–—]\s+|\s+-\s+(?=[A-Z(])|\s+(?:at|@)\s+(?=[A-Z])|\s{3,}|\t"
        if dash
        else r"\s+[|·•]\s+|\s*\|\s*|\s+[–—]\s+|\s{3,}|\t"
    )
    for p in parts:
        for q in re.split(rx, p):
            q = q.strip(" ,;|·•")
            if q:
                out.append(q)
    return out


def _merge_wrapped(header: list[Line], right: dict[int | None, float] | None = None) -> list[Line]:
    """Join a header line that wraps ('... Science Education and' + 'Research ...'), or that
    fills a narrow column and leaves a word or two on the next line ('... at Harborline' +
    'Logistics')."""
    out: list[Line] = []
    for ln in header:
        prev = out[-1] if out else None
        spill = (
            prev is not None
            and right is not None
            and fills(prev, right)
            and not has_date(prev)
            and len(ln.text.split()) <= 3
            and len(ln.parts) <= 1
            and not has_date(ln)
            and not ln.margin
            and not is_place(ln.text)
            and ln.bbox is not None
            and prev.bbox is not None
            and abs(ln.bbox[0] - prev.bbox[0]) <= 3
        )
        # a bracket the line left open, closed on the next ('... (Computer Vision Engineer
        # until Dec' + '2022)')
        closes = (prev is not None and prev.text.count("(") > prev.text.count(")")
                  and ")" in ln.text and len(ln.text) <= 40 and not ln.margin)
        if (
            prev is not None
            and (spill or closes or re.search(r"\b(?:and|of|for|the|in|&|at|on)$|[,&-]$", prev.text))
            and ln.parts
        ):
            prev = out[-1]
            parts = list(prev.parts or [prev.text])
            parts[-1] = parts[-1] + " " + ln.parts[0]
            merged = Line(
                text=prev.text + " " + ln.text,
                parts=parts + ln.parts[1:],
                margin=prev.margin + ln.margin,
                bold=prev.bold,
                italic=prev.italic,
                size=prev.size,
            )
            out[-1] = merged
        else:
            out.append(ln)
    return out


_TRAILING_PLACE = re.compile(
    r"\s*\(?\b([A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,2}),\s*([A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,2})\)?$"
)


_CITY_PREFIX = {
    "san",
    "santa",
    "los",
    "las",
    "new",
    "st.",
    "saint",
    "mountain",
    "palo",
    "menlo",
    "hong",
    "tel",
    "salt",
    "kuala",
    "rio",
    "buenos",
    "el",
    "la",
    "le",
    "fort",
    "port",
    "cape",
    "south",
    "north",
    "east",
    "west",
    "mexico",
    "sao",
    "são",
    "abu",
    "redwood",
    "long",
    "great",
    "ann",
}


# a company's legal form ending a name ('Vetreria Lombarda S.r.l.')
_LEGAL_NAME_END = re.compile(r"(?<!\w)(?:" + "|".join(LEGAL_SUFFIXES) + r")\s*$")


def _strip_place(text: str) -> str:
    """'Acme Corp Taipei, Taiwan' -> 'Acme Corp' (a trailing place only)."""
    m = re.search(r",\s*\(?(?:remote|hybrid|on-?site)\)?$", text, re.I)
    if m and m.start() > 0:
        text = text[: m.start()].rstrip(" ,-–|")  # 'Juniper Civic Tech, Remote'
    m = re.search(r"\s*\(?([A-Z][\w.'-]*),\s*([A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*)?)\)?$", text)
    if m and m.start() > 0 and is_place(m.group(0)) and is_country(m.group(2)) \
            and not is_city(m.group(1)) and text[: m.start()].rstrip().endswith(",") \
            and text.count(",") >= 2:
        # 'Backend Engineer, Andela, Nigeria': the country goes, the one word before it (no
        # city we know, no 'San Francisco') is the employer
        return text[: m.start() + m.group(0).index(",")].rstrip(" ,-–|(")
    if m and m.start() > 0 and is_place(m.group(0)):
        start = m.start()
        words = text[:start].split()
        while words and words[-1].lower() in _CITY_PREFIX:
            words.pop()
        return " ".join(words).rstrip(" ,-–|")
    m = _TRAILING_PLACE.search(text)
    if m and m.start() > 0 and is_place(m.group(0)):
        return text[: m.start()].rstrip(" ,-–|")
    m = re.search(r"\s*\(([^()]*)\)$", text)
    if m and m.start() > 0 and is_place(m.group(1)):
        text = text[: m.start()].rstrip(" ,-–|")
        # the city before a bracketed country ('Acme S.r.l., Brescia (Italia)'): a city we
        # know, or capitalised words after a legal name ('Siemens (Germany)' keeps Siemens)
        city = re.search(r",\s*((?:[A-Z][\w'’.-]+\s?){1,3})$", text)
        if city is None or not (is_city(city.group(1))
                                or _LEGAL_NAME_END.search(text[: city.start()])):
            return text
        return text[: city.start()].rstrip(" ,-–|")
    m = re.search(r",\s*([^,]{3,30})$", text)  # 'Grupo Meseta, Bilbao': a city after the name
    if m and m.start() > 0 and is_place(m.group(1)) and not re.fullmatch(r"[A-Z&.]{2,8}", text[: m.start()]):
        return text[: m.start()].rstrip(" ,-–|")  # ('MMCOE, Pune' is the college's own name)
    return text


def _top_level_commas(text: str) -> list[str]:
    """'Engineer, OpenAI, City' -> its pieces, split at commas outside brackets ('... two plants
    (Sakai, Penang) / Technical lead' is one piece) and not before a legal suffix (', Inc.')."""
    out, depth, start = [], 0, 0
    for m in re.finditer(r"[()\[\]]|,\s+(?!(?:inc|llc|ltd|corp|co)\b)", text, flags=re.I):
        tok = m.group(0)
        if tok in "([":
            depth += 1
        elif tok in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(text[start:m.start()])
            start = m.end()
    out.append(text[start:])
    return out


def _split_title_org(text: str) -> list[str]:
    """'Software Engineer National Taiwan University Hospital' -> [title, organization]."""
    tokens = text.split()
    if len(tokens) < 3:
        return [text]
    first_kw = next(
        (i for i, t in enumerate(tokens) if TITLE_WORDS.fullmatch(t.strip(",&()"))), None
    )
    if first_kw is None:
        return [text]
    first_org = next(
        (
            i
            for i, t in enumerate(tokens)
            if i > first_kw and ORG_WORDS.fullmatch(t.strip("(),")) and not TITLE_WORDS.search(t)
        ),
        len(tokens),
    )
    if any(TITLE_WORDS.fullmatch(t.strip(",&()")) for t in tokens[first_org + 1:]):
        return [text]  # 'Principal Cloud Solutions Architect': the 'organisation' ends a title
    last_kw = None
    for i, t in enumerate(tokens[:first_org]):
        if TITLE_WORDS.fullmatch(t.strip(",&()")):
            last_kw = i
    if last_kw is None or last_kw >= len(tokens) - 1 or last_kw == 0 and len(tokens) < 3:
        return [text]
    while last_kw + 1 < len(tokens) and re.fullmatch(
        r"(?:I{1,3}|IV|V|VI{0,3}|[1-9]|L\d|Sr\.?|Jr\.?)[,]?", tokens[last_kw + 1]
    ):
        last_kw += 1  # 'Engineer II', 'SDE 2', 'Engineer L5'
    if last_kw >= len(tokens) - 1:
        return [text]
    nxt = tokens[last_kw + 1]
    if not (nxt[:1].isupper() or nxt[:1].isdigit()) or nxt.lower() in (
        "of",
        "for",
        "and",
        "&",
        "in",
        "at",
    ):
        return [text]
    return [" ".join(tokens[: last_kw + 1]).rstrip(","), " ".join(tokens[last_kw + 1 :])]


def _title_score(text: str) -> int:
    n = len(TITLE_WORDS.findall(text))
    n -= len(ORG_WORDS.findall(text))
    return n


def make_role(
    header: list[Line], section: Section, right: dict[int | None, float] | None = None
) -> Role | None:
    """A Role from the header lines of one entry (title, organization, dates)."""
    pieces: list[str] = []
    dates = ""
    header = _merge_wrapped(header, right)
    for line in header:
        # CJK and Arabic commas separate fields like ', ' does ('工程师，星辰科技，2019 - 至今')
        parts = [re.sub(r"\s*[，、،]\s*", " | ", p) for p in (line.parts or [line.text])]
        for m in line.margin:
            ranged = RANGE_ONLY_RE.search(m)
            if not dates and DATE_RANGE_RE.search(m) and (is_dateish(m) or ranged):
                dates = ranged.group(0) if ranged else m.strip()
        raw_parts = []
        for p in parts:
            if not dates:
                rest, d = split_dates(p)
                if d and (RANGE_ONLY_RE.search(p) or is_dateish(p) or not rest):
                    dates, p = d, rest
            raw_parts.append(p)
        for p in _split_parts(raw_parts, dash=section.kind != "projects"):
            if DURATION_RE.match(p):
                continue
            if is_dateish(p):
                if not dates:
                    dates = p.strip(" ,|·•()")
                continue
            rest, d = split_dates(p)
            if d and not dates:
                dates = d
                p = rest
            elif d and RANGE_ONLY_RE.search(p):
                p = rest
            p = re.sub(r"\s+(?:at|@)$|^(?:at|@)\s+(?=[A-Z0-9])", "", p).strip()
            if len(parts) == 1 and is_place(p) and not line.bold and pieces and p.isupper():
                continue  # a line that is only a place ('PUNE, MAHARASHTRA, INDIA')
            if CONTACT.search(p):
                continue
            p = _strip_place(p)
            if not p or is_place(p) or not re.search(r"\w", p):  # ('.': a year's own dot)
                continue
            pieces.append(p)
    # split comma lists only when the entry has a single piece ("Engineer, OpenAI, City")
    if len(pieces) == 1:
        pieces = _split_title_org(pieces[0])
    if len(pieces) == 1 and "," in pieces[0]:
        sub = [s.strip() for s in _top_level_commas(pieces[0])]
        sub = [s for s in sub if s and not is_place(s)]
        if len(sub) >= 2 and (
            _title_score(sub[0]) + _title_score(sub[1]) > 0
            or not re.search(r"[A-Za-z]", pieces[0])  # another script: no title words to weigh
        ):
            pieces = sub
    if len(pieces) == 1:
        pieces = _split_title_org(pieces[0])
    pieces = [
        p
        for p in pieces
        if not re.match(r"^(?:gpa|cgpa|grade|coursework|relevant coursework)\b|^courses?\s*[:|-]", p,
                        re.I)  # 'Courses: ...' is not an entry; 'Course Planner' (a project) is
    ]
    pieces = [p for p in pieces if len(p) <= 160]
    if not pieces:
        if dates:
            return Role(title="", organization="", dates=dates, section=section.title)
        return None
    title, org = pieces[0], ""
    if section.kind == "projects":
        title = pieces[0]
        if (
            len(pieces) > 1
            and _title_score(pieces[1]) > 0
            and len(pieces[1].split()) <= 5
            and _title_score(pieces[0]) <= 0
        ):
            title, org = pieces[1], pieces[0]
    elif len(pieces) > 1:
        a, b = pieces[0], pieces[1]
        sa, sb = _title_score(a), _title_score(b)
        if len(pieces) > 2 and max(sa, sb) <= 0:
            # 'Acme  Hyderabad' / 'Software Engineer  2023': the title may sit further down
            # ('Intern, IT Department': the job, then the department it sat in)
            def score(i: int) -> int:
                return max(_title_score(pieces[i]), _title_score(pieces[i].split(",")[0]))
            best = max(range(len(pieces)), key=lambda i: (score(i), -i))
            if score(best) > 0:
                title, org = pieces[best], pieces[0]
            else:
                title, org = a, b
        elif sb > sa:
            title, org = b, a
        else:
            title, org = a, b
    title = re.sub(r"\s*[,:;|]+\.?$", "", LINK_TAIL.sub("", title))
    org = re.sub(r"\s*[,:;|]+\.?$", "", LINK_TAIL.sub("", org))
    return Role(title=title, organization=org, dates=dates, section=section.title)


ROLE_SENTENCE = re.compile(
    r"(?i)^(?:currently\s+)?(?:work(?:ing|ed)|employed|serv(?:ing|ed))\s+as\s+(?:an?\s+)?"
    r"(?P<title>[^,;:]{3,80}?)\s+(?:in|at|with|for)\s+(?P<org>[^;:]{2,100}?)\s*,?\s+"
    r"(?:from|since|during)\s+(?P<dates>[^;(]{4,60}?)\s*(?:\([^)]*\))?\s*[.;]?\s*$"
)


def role_sentence(text: str, section: Section) -> Role | None:
    """'Working as Senior Software Engineer in Acme, Pune from Aug 2023 to till date.': a
    role written as a sentence (a common layout lists the jobs this way above the projects
    done in them)."""
    m = ROLE_SENTENCE.match(text.strip())
    if m is None or not DATE_RANGE_RE.search(m.group("dates")):
        return None
    org = m.group("org").strip()
    head, _, tail = org.partition(",")
    if tail and (is_place(tail) or len(tail.split()) <= 2):
        org = head.strip()  # 'Acme, Pune': the employer without its city
    return Role(title=m.group("title").strip(), organization=org,
                dates=m.group("dates").strip(" ."), section=section.title)


def same_employer(role: Role, prev: Role, section: Section) -> bool:
    """A bare 'Title  dates' right after another role of the same section: a promotion
    listed under the company line printed once above both titles."""
    title = role.title
    return (
        section.kind == "experience"
        and not role.organization
        and bool(RANGE_ONLY_RE.search(role.dates))
        and bool(RANGE_ONLY_RE.search(prev.dates))
        and bool(prev.organization)
        and prev.section == role.section
        and len(title.split()) <= 6
        and _title_score(title) > 0
        and not re.search(r"\b(?:in|at|for|of|on|with)\b|[-–—:|,(]", title, re.I)
    )


def _names(ln: Line) -> bool:
    """The line names something (a title, an employer), not only dates or a place."""
    lead = ln.parts[0] if ln.parts else ln.text
    if is_dateish(lead) or is_place(lead):
        return False
    rest, dates = split_dates(lead)  # 'March 2021 – Present | Remote'
    return not (dates and (not rest or is_place(rest)))


def _title_under_company(cur: list[Line], ln: Line) -> bool:
    """'Acme Storage, Seattle' / 'March 2020 - Present' / 'Principal Engineer': the title
    printed under the employer's line and its dates belongs to that entry, even in a style
    like the employer's (an employer's name reads as no title; the title does)."""
    if len(cur) != 2 or has_date(ln) or not 0 < _title_score(ln.text):
        return False
    if is_dateish(cur[1].text):
        return _title_score(cur[0].text.split(",")[0]) <= 0
    # a job site's 'Period | Employer' row, then the place on a line of its own, then the
    # title: 'September 2017 — January 2020  DalaProcessing' / 'Almaty, dala.example' /
    # 'Senior Developer, Antifraud Rules Engine'
    employer = [p for p in cur[0].parts if not is_dateish(p)]
    return (len(cur[0].parts) == 2 and is_dateish(cur[0].parts[0]) and len(employer) == 1
            and _title_score(employer[0]) <= 0 and not has_date(cur[1])
            and len(cur[1].text.split()) <= 4 and _title_score(cur[1].text) <= 0)


HOURS_NOTE = re.compile(r"(?i)^\W*(?:part[- ]time|full[- ]time)\b[^.]{0,40}?\b(?:\d+\s*(?:h|hrs?|hours)"
                        r"\s*(?:/|a|per)\s*w(?:ee)?k|h/w)\b")


def group_headers(header: list[Line]) -> list[list[Line]]:
    """Split a run of header lines into entries: a new entry starts when the current one
    already has its dates and the next line repeats the first line's style or has dates too."""
    groups: list[list[Line]] = []
    cur: list[Line] = []
    has_date = False
    for ln in header:
        if is_record_line(ln.text) or HOURS_NOTE.match(ln.text):
            continue  # "Hours per week: 40", "Part-time (20 h/week) Jul 2023 – Jun 2024, full-time
            # since Jul 2024": a note on the role's hours, no part of its name nor a new role
        ln_date = (
            bool(ln.margin and any(DATE_RANGE_RE.search(m) for m in ln.margin))
            or bool(RANGE_ONLY_RE.search(ln.text))
            or any(is_dateish(p) for p in ln.parts)
        )
        if cur and has_date:
            # the entry's first line that names something (a line of dates or a place has
            # no style to repeat)
            first = next((c for c in cur if _names(c)), cur[0])
            same_style = first is not ln and (
                ln.bold == first.bold
                and ln.italic == first.italic
                and abs((ln.peak or ln.size) - (first.peak or first.size)) < 0.6
            )
            if (ln_date and not is_dateish(ln.text)) or (
                    same_style and len(cur) >= 2 and not _title_under_company(cur, ln)):
                groups.append(cur)
                cur, has_date = [], False
        cur.append(ln)
        has_date = has_date or ln_date
    if cur:
        groups.append(cur)
    return groups


def fills(ln: Line, right: dict[int | None, float]) -> bool:
    """The line runs to (about one word short of) its column's right edge."""
    edge = right.get(ln.page)
    if not edge or not ln.bbox or not ln.size:
        return False
    width = edge - ln.bbox[0]
    return width > 0 and edge - ln.bbox[2] <= max(0.15 * width, 6 * ln.size)


# ---------------------------------------------------------------- roles written as sentences and fields
_SENTENCE_ROLE = re.compile(
    r"^(?:i\s+am\s+|i\s+was\s+|currently\s+|presently\s+)?(?:working|worked|employed|serving|served|"
    r"associated|engaged)\s+(?:"
    r"as\s+(?:an?\s+|the\s+)?(?P<title>[^,]{2,60}?)\s+(?:in|at|with|for)\s+(?:m/s\.?\s+)?(?P<org>.{2,80}?)"
    r"|(?:in|at|with|for)\s+(?:m/s\.?\s+)?(?P<org2>.{2,80}?)\s+as\s+(?:an?\s+|the\s+)?(?P<title2>.{2,60}?)"
    r")\s*,?\s+(?:from|since|during|between)\s+(?P<dates>.{4,60}?)\.?$",
    re.I,
)


def sentence_role(text: str, section: Section) -> Role | None:
    """'Working as Senior Software Engineer in Acme Ltd, Pune from June 2016 to Till Date.'
    (Indian IT resumes write their employment this way) -> the role it names."""
    m = _SENTENCE_ROLE.match(text.strip())
    if not m:
        return None
    dates = m.group("dates").strip()
    if not DATE_RANGE_RE.search(dates):
        return None
    title = (m.group("title") or m.group("title2") or "").strip(" ,")
    org = _strip_place((m.group("org") or m.group("org2") or "").strip(" ,"))
    since = re.match(r"since\b", text[m.start("dates") - 6: m.start("dates")].strip(), re.I)
    return Role(title=title, organization=org, dates=("since " if since else "") + dates,
                section=section.title)


_COLUMN_LABELS = {"organisation", "organization", "company", "employer", "designation", "title", "role",
                  "position", "duration", "period", "from", "to", "dates", "date", "location", "place",
                  "tenure", "years", "client", "project", "department", "name", "of", "the", "s.no",
                  "sl.no", "no", "sr.no", "#", "job", "year"}


def column_labels(line: Line) -> bool:
    """'Organisation | Designation | Duration': the header row of a table of employers."""
    parts = line.parts if len(line.parts) >= 2 else re.split(r"\s{2,}|\t", line.text)
    words = [w for p in parts for w in re.findall(r"[\w.#]+", p.lower())]
    return len(parts) >= 2 and len(words) <= 8 and all(w in _COLUMN_LABELS for w in words)


_FIELD = re.compile(
    r"^(?P<label>project(?:\s+(?:name|title))?|client(?:\s+name)?|customer|role|designation|position|"
    # a web application form's fields for a job ('Job title:', 'Employer:', 'City:')
    r"job\s+title|employer|company(?:\s+name)?|city|"
    r"duration|period|team\s+size|environment|technologies|tools(?:\s+used)?|platform|domain|"
    r"location|tech(?:nology)?\s+stack|software|languages|database|os)\s*(?::|-|–)?\s*$",
    re.I,
)


def field_of(line: Line) -> tuple[str, str] | None:
    """('client', 'Contoso') for a 'Client | Contoso' table row or a 'Client: Contoso' line."""
    if len(line.parts) >= 2:
        m = _FIELD.match(NATIVE_LABEL.sub("", line.parts[0].strip()))  # '期間 Period'
        if m:
            return _field_key(m.group("label")), " ".join(line.parts[1:]).strip(" :-–")
    m = re.match(r"^\s*([A-Za-z][A-Za-z ]{1,20}?)\s*[:：]\s*(\S.*)$", line.text)
    if m and _FIELD.match(m.group(1)):
        return _field_key(m.group(1)), m.group(2).strip()
    return None


def _field_key(label: str) -> str:
    low = label.lower()
    if low.startswith("project"):
        return "project"
    if low.startswith(("client", "customer")):
        return "client"
    if low in ("role", "designation", "position") or re.fullmatch(r"job\s+title", low):
        return "role"
    if low.startswith(("employer", "company")):
        return "employer"
    if low in ("duration", "period"):
        return "dates"
    if re.fullmatch(r"environment|technologies|tools(?:\s+used)?|tech(?:nology)?\s+stack|software|"
                    r"database|os|platform|languages", low):
        return "tools"  # a project table's tools row: never a role of its own
    return "other"


def fields_role(fields: dict[str, str], section: Section, label: str = "") -> Role | None:
    """A project described by fields: its name (or the label above it) with its client and
    duration; under a work-history heading, a project with its own period takes the role played
    in it as its title (a Japanese career history's project tables: the job title says what
    kind of work those years were), and its name as the organisation when no client or
    employer is given."""
    name = fields.get("project", "") or re.sub(r"^project\s*#?\s*\d*\s*[:.-]?\s*", "", label, flags=re.I)
    role = fields.get("role", "")
    title = (role or name) if section.kind == "experience" and fields.get("dates") else (
        name or role)
    if not title:
        return None
    org = fields.get("client", "") or fields.get("employer", "") or (name if title != name else "")
    return Role(title=title, organization=org, dates=fields.get("dates", ""), section=section.title)
