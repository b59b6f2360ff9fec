"""Format-independent resume structure: headings, sections, roles and bullets from a stream
of visual lines (PDF rows, DOCX paragraphs or text lines) in reading order.

The PDF/DOCX/TXT readers turn their input into `Line`s that carry the typographic hints a
reader uses (size, weight, bullet glyph, indentation, right-aligned dates); this module turns
those lines into the `Resume` contract."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from app.models.resume import Bullet, Role, Section, bullet_id
from app.reading.cleanup import CJK_RE, collapse_ws, join_lines, unspace_letters


@dataclass
class Line:
    """One visual line (PDF row) or paragraph (DOCX/TXT) with its typographic hints."""

    text: str
    parts: list[str] = field(default_factory=list)  # pieces split by font change / big gaps / tabs
    bullet: bool = False  # started with a bullet glyph or list numbering
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    size: float = 0.0
    bold: bool = False
    italic: bool = False
    font: str = ""
    x0: float = 0.0  # left edge of the text (after the glyph)
    glyph_x: float | None = None  # left edge of the bullet glyph
    gap: float = 0.0  # vertical gap before the line, in multiples of its size (PDF); 0 otherwise
    heading: bool = False  # the source marks it as a heading (DOCX style, Markdown '#')
    margin: list[str] = field(default_factory=list)  # margin text attached (dates, places)
    paragraph: bool = False  # a complete paragraph (DOCX/TXT): never joined with the next line
    caps: bool = False  # typeset in capitals (small caps counts)
    peak: float = 0.0  # largest font size in the line's first piece (PDF; finds the name)
    hyphen: str = ""  # how a line-end hyphen is to be read: 'soft', 'keep' or '' (see join_lines)


# ---------------------------------------------------------------- section headings
_KIND_WORDS: list[tuple[str, str]] = [
    (
        "summary",
        r"(?:professional |career |executive |personal |candidate )?(?:summary|profile|objective)|about me|about|overview|introduction|personal statement|summary of qualifications",
    ),
    (
        "skills",
        r"(?:technical |core |key |relevant |computer |programming |inter-?personal |soft |hard )?skills?(?: & \w+| and \w+| summary)?|technologies|tech stack|tools|toolbox|toolkit|technical toolkit|competenc(?:y|ies)|expertise|proficienc(?:y|ies)|languages|technical|qualifications summary|techincal skills",
    ),
    (
        "education",
        r"education(?:al background)?|academics?|academic background|qualifications|degrees?|coursework|relevant coursework|training|schooling",
    ),
    (
        "projects",
        r"(?:personal |academic |selected |key |side |technical |relevant |research )?projects?|portfolio|open[- ]source(?: contributions)?",
    ),
    (
        "experience",
        r"(?:work |professional |relevant |research |industry |employment |teaching |internship |leadership |volunteer(?:ing)? |related )?(?:experience|history)|employment(?: history)?|work|career(?: history)?|internships?|research|leadership(?: experience| & activities| and activities)?|volunteer(?:ing| work)?|(?:extra-?curricular |campus |on campus |other |leadership (?:&|and) )?(?:activit(?:y|ies)|involvement)|extra-?curricular(?: activit(?:y|ies))?|positions(?: of responsibility)?|appointments",
    ),
    (
        "other",
        r"publications?|selected publications|awards?|honou?rs?(?: (?:&|and) awards)?|(?:honou?rs|awards) (?:&|and) \w+|certifications?|certificates?|licenses?(?: (?:&|and) certifications)?|interests|hobbies|references|contact(?: details| information)?|personal(?: information| details)?|links|patents|(?:invited )?talks|presentations|conferences|workshops?|relevant workshops?|fellowships?(?: (?:and|&) recognitions)?|achievements|accomplishments|memberships|affiliations|additional information|additional|misc(?:ellaneous)?|languages spoken|selected honors|service|grants|scholarships",
    ),
]
# Common headings in other languages (German, French, Spanish, Portuguese, Italian, Dutch,
# Polish, Russian, Hebrew, Arabic, Chinese, Japanese, Korean), matched like the English ones.
_KIND_WORDS_INTL: list[tuple[str, str]] = [
    (
        "summary",
        r"(?:kurz)?profil|zusammenfassung|über mich|profil professionnel|à propos(?: de moi)?"
        r"|perfil(?: profesional| profissional)?|resumen(?: profesional)?|resumo(?: profissional)?"
        r"|sobre mí|sobre mim|profilo(?: professionale)?|sommario|chi sono|profiel|samenvatting"
        r"|over mij|podsumowanie|o mnie|обо мне|профиль|резюме|о себе|תקציר|פרופיל|על עצמי"
        r"|نبذة(?: عني| شخصية)?|الملخص|ملخص|الملف الشخصي|个人简介|个人总结|自我评价|个人优势"
        r"|自己pr|職務要約|概要|プロフィール|자기소개|요약|소개",
    ),
    (
        "skills",
        r"(?:it-|fach|edv-|technische |besondere )?kenntnisse|fähigkeiten|kompetenzen"
        r"|sprachkenntnisse"
        r"|sprachen|compétences(?: techniques| informatiques| clés)?|langues|outils"
        r"|habilidades(?: técnicas)?|competencias(?: técnicas)?|conocimientos(?: técnicos)?"
        r"|idiomas|competências(?: técnicas)?|conhecimentos|competenze(?: tecniche)?|capacità"
        r"|lingue|vaardigheden|competenties|kennis|talen|umiejętności|навыки|ключевые навыки"
        r"|כישורים|מיומנויות|שפות|כלים|المهارات(?: التقنية)?|مهارات|اللغات"
        r"|技能|专业技能|技术技能|技术栈|スキル|技術スキル|保有スキル|言語|기술|보유 기술|스킬",
    ),
    (
        "education",
        r"ausbildung|bildung(?:sweg)?|studium|akademischer werdegang|schulbildung"
        r"|formations?(?: académique)?|éducation|études|diplômes"
        r"|educación|formación(?: académica)?|estudios|educação|formação(?: acadêmica| académica)?"
        r"|istruzione|formazione|studi|opleiding(?:en)?|wykształcenie|edukacja|образование"
        r"|השכלה|לימודים|التعليم|المؤهلات(?: العلمية)?|教育背景|教育经历|学历|学歴|학력|교육",
    ),
    (
        "projects",
        r"projekte|projets|proyectos|projetos|progetti|projecten|projekty|проекты|פרויקטים"
        r"|المشاريع|مشاريع|项目经验|项目经历|项目|プロジェクト(?:経験)?|프로젝트",
    ),
    (
        "experience",
        r"(?:berufs|arbeits|praxis)erfahrung(?:en)?|berufliche (?:erfahrung|laufbahn|stationen)"
        r"|(?:beruflicher )?werdegang|berufspraxis|praktika|expériences?(?: professionnelles?)?"
        r"|parcours(?: professionnel)?|experiencias?(?: laboral(?:es)?| profesional(?:es)?)?"
        r"|experiências?(?: profissional| profissionais)?"
        r"|esperienz[ae](?: lavorativ[ae]| professional[ei])?"
        r"|werkervaring|(?:relevante )?ervaring|doświadczenie(?: zawodowe)?|опыт(?: работы)?"
        r"|ניסיון(?: תעסוקתי| מקצועי)?|ניסיון בעבודה|الخبر(?:ة|ات)(?: العملية| المهنية)?"
        r"|工作经历|工作经验|实习经历|职业经历|職歴|職務経歴|経歴|業務経験|경력(?: 사항)?|경험",
    ),
    (
        "other",
        r"zertifikate|zertifizierungen|auszeichnungen|publikationen|veröffentlichungen|interessen"
        r"|hobbys|certifications|distinctions|publications|centres d'intérêt|loisirs"
        r"|certificaciones|certificados|premios|publicaciones|intereses|certificações|prêmios"
        r"|certificazioni|premi|interessi|certificaten|prijzen|hobby's|сертификаты|תעודות|הסמכות"
        r"|الشهادات|الجوائز|证书|获奖经历|荣誉奖项|資格|免許・資格|受賞歴|자격증|수상",
    ),
]
_KIND_RES = [
    (k, re.compile(rf"^(?:{p})$", re.I)) for k, p in _KIND_WORDS + _KIND_WORDS_INTL
]
_KIND_CONTAINS = [
    ("experience", re.compile(r"\b(experience|employment|work history|career)\b", re.I)),
    ("projects", re.compile(r"\bprojects?\b", re.I)),
    ("education", re.compile(r"\beducation\b", re.I)),
    ("skills", re.compile(r"\bskills?\b", re.I)),
    ("summary", re.compile(r"\b(summary|profile|objective)\b", re.I)),
    (
        "experience",
        re.compile(
            r"\b(activit(y|ies)|involvement|leadership|volunteer|extra-?curricular)\b", re.I
        ),
    ),
]
# the same words inside longer titles in other languages ('Berufserfahrung und Projekte')
_KIND_CONTAINS += [
    (
        "experience",
        re.compile(
            r"erfahrung|\bexpérience|\bexperiencia|\bexperiência|\besperienz|ervaring|ניסיון"
            r"|الخبر|经历|经验|職歴|経歴|경력",
            re.I,
        ),
    ),
    (
        "projects",
        re.compile(
            r"\bprojekt|\bprojet|\bproyecto|\bprojeto|\bprogett|פרויקט|مشاريع|项目|プロジェクト"
            r"|프로젝트",
            re.I,
        ),
    ),
    (
        "education",
        re.compile(
            r"\bausbildung|\bformation|\beducaci[oó]n|\bformaç|\bistruzione|\bopleiding|השכלה"
            r"|التعليم|教育|学歴|학력",
            re.I,
        ),
    ),
    (
        "skills",
        re.compile(
            r"kenntnisse|\bcompétences|\bhabilidades|\bcompetências|\bcompetenze|\bvaardigheden"
            r"|כישורים|المهارات|技能|スキル|기술",
            re.I,
        ),
    ),
]
BULLET_KINDS = ("experience", "projects")


def heading_key(text: str) -> str:
    t = re.sub(r"\s*[-–|(]?\s*\blinks?\)?$", "", unspace_letters(text), flags=re.I) or text
    t = re.sub(r"[:.\s]+$", "", t.strip())
    t = re.sub(r"^[#\W\d]+", "", t)
    return collapse_ws(t)


def known_heading(text: str) -> str | None:
    """Section kind for a known heading phrase (exact-ish), else None."""
    t = heading_key(text).lower().replace("’", "'")
    if not t or len(t) > 45:
        return None
    for kind, rx in _KIND_RES:
        if rx.match(t):
            return kind
    return None


def section_kind(title: str) -> str:
    """Kind of a section from its title; 'other' when nothing matches."""
    kind = known_heading(title)
    if kind:
        return kind
    t = heading_key(title)
    for k, rx in _KIND_CONTAINS:
        if rx.search(t):
            return k
    return "other"


# ---------------------------------------------------------------- dates and places
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    # German, French, Spanish, Portuguese, Italian, Dutch month names (full, or unambiguous)
    r"|januar[iy]?|jänner|februar[iy]?|märz|mai|juni|juli|augustus|oktober|okt|dezember|dez"
    r"|janvier|janv|février|févr|mars|avril|juin|juillet|août|septembre|octobre|novembre"
    r"|décembre|déc|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre"
    r"|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro"
    r"|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre"
    r"|dicembre|maart|mei)\.?(?:\s+de)?"
)
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_YEAR = r"(?:19|20)\d\d"
_DATE = (
    rf"(?:{_YEAR}\s*[年년](?:\s*\d{{1,2}}\s*[月월])?"  # 2020年4月, 2020년 3월
    rf"|(?:\d{{1,2}}\.?\s+)?{_MONTH}\s*,?\s*(?:\d{{1,2}},\s*)?{_YEAR}|{_SEASON}\s+{_YEAR}"
    rf"|{_YEAR}[./-]\d{{1,2}}|\d{{1,2}}[./]{_YEAR}|{_YEAR})"
)
_NOW = r"(?:present|current(?:ly)?|now|today|ongoing|pres\.?|date)"
# 'present' in other languages: only read as a date at the end of a range ('2020 - heute')
_NOW_INTL = (
    r"(?:bis )?heute|aktuell|jetzt|laufend|présent|aujourd'hui|actuel(?:lement)?|en cours"
    r"|(?:la )?actualidad|presente|actual|hoy|atual(?:mente)?|o momento|oggi|attuale|in corso"
    r"|heden|nu|huidig|obecnie|(?:по )?настоящее время|н\.?\s?в\.|至今|现在|今|現在|現職"
    r"|현재|재직\s?중|היום|הווה|כיום|حتى الآن|الآن|حاليا|حاليًا"
)
_SEP = (
    r"\s*(?:-|–|—|~|～|〜|to|until|and|through|\u2192|bis|à|a|al|hasta|até|fino a|tot|до|עד"
    r"|إلى)\s*"
)
_END = rf"(?:{_DATE}|{_NOW}|{_NOW_INTL})"
DATE_RANGE_RE = re.compile(
    rf"(?<![\w/]){_DATE}(?:{_SEP}{_END})?(?![\w/])|(?<!\w){_NOW}(?!\w)", re.I
)
RANGE_ONLY_RE = re.compile(rf"(?<![\w/]){_DATE}{_SEP}{_END}(?![\w/])", re.I)
DURATION_RE = re.compile(
    r"^\(?\d+\s+(?:years?|yrs?|months?|mos?)(?:\s+\d+\s+(?:months?|mos?))?\)?$", re.I
)
_COUNTRIES = {
    "usa",
    "us",
    "u.s.",
    "united states",
    "uk",
    "united kingdom",
    "england",
    "india",
    "germany",
    "canada",
    "china",
    "japan",
    "korea",
    "south korea",
    "s.korea",
    "republic of korea",
    "france",
    "taiwan",
    "türkiye",
    "turkey",
    "singapore",
    "australia",
    "netherlands",
    "spain",
    "italy",
    "remote",
    "hybrid",
    "on-site",
    "onsite",
    "switzerland",
    "ireland",
    "israel",
    "brazil",
}
_STATES = set(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split()
)


def is_dateish(text: str) -> bool:
    """True when the text is only a date or a date range (plus punctuation)."""
    t = text.strip(" ,|·•()")
    if not t:
        return False
    rest = DATE_RANGE_RE.sub("", t)
    return bool(DATE_RANGE_RE.search(t)) and not re.search(r"[A-Za-z0-9]", rest)


def is_place(text: str) -> bool:
    """A location like 'San Francisco, CA', 'Seoul, S.Korea', '(Remote)', 'London, UK'."""
    t = text.strip(" ()|·•").strip()
    if not t or len(t) > 45 or re.search(r"\d{3,}", t):
        return False
    low = t.lower()
    if low in _COUNTRIES:
        return True
    pieces = [p.strip() for p in re.split(r",", t) if p.strip()]
    if len(pieces) >= 2:
        last = pieces[-1].strip(" ()")
        if last.lower() in _COUNTRIES or last in _STATES or last.lower().rstrip(")") in _COUNTRIES:
            return all(len(p.split()) <= 4 for p in pieces)
    return False


def split_dates(text: str) -> tuple[str, str]:
    """(text without the date range, the date range) for a header line; '' when none.

    A lone year inside a title ('PyCon 2018') stays; ranges and trailing dates are taken."""
    m = None
    for cand in RANGE_ONLY_RE.finditer(text):
        m = cand
    if m is None:
        for cand in DATE_RANGE_RE.finditer(text):
            before = text[: cand.start()].rstrip()
            after = text[cand.end() :].strip()
            if (not after or re.match(r"^[|,·•–—)-]", after) or is_place(after)) and (
                not before
                or re.search(r"[|,·•–—:(-]$", before)
                or re.search(r"[a-z]", cand.group(0), re.I)
            ):
                m = cand
    if m is None:
        return text, ""
    dates = m.group(0).strip()
    rest = (text[: m.start()] + " " + text[m.end() :]).strip()
    rest = re.sub(r"\s*[|,·•–—]\s*$", "", rest)
    rest = re.sub(r"^\s*[|,·•–—]\s*", "", rest)
    rest = re.sub(r"\(\s*\)", "", rest)
    return collapse_ws(rest), dates


# ---------------------------------------------------------------- roles
_TITLE_WORDS = re.compile(
    r"\b(engineer(?:ing)?|developer|intern(?:ship)?|scientist|manager|analyst|research(?:er)?|assistant|"
    r"lead|leader|head|founder|co-?founder|cto|ceo|cfo|coo|vp|president|director|architect|consultant|fellow|"
    r"member|contributor|volunteer|lecturer|professor|teacher|tutor|instructor|designer|administrator|"
    r"specialist|officer|associate|coordinator|technician|programmer|sde|swe|mle|owner|maintainer|creator|co-?op|"
    r"mentor|organi[sz]er|chair|trainee|apprentice|representative|ambassador|advisor|adviser|principal|"
    r"staff|student|postdoc(?:toral)?|ph\.?d|candidate|editor|writer|author|president|secretary|treasurer|"
    r"captain|partner|executive|supervisor|operator|strategist|freelancer|coach|counsel(?:or|lor)|nurse|"
    r"accountant|attorney|paralegal|clerk|cashier|barista|server|agent|recruiter|marketer|planner|"
    r"educator|expert|sme)\b",
    re.I,
)
_ORG_WORDS = re.compile(
    r"\b(inc|llc|ltd|corp|corporation|company|co|gmbh|university|college|institute|school|labs?|"
    r"laboratory|hospital|bank|group|technologies|systems|foundation|society|center|centre|agency|"
    r"department|dep|ministry|command|research|academy|solutions|studio|ventures|partners|"
    r"google|amazon|facebook|meta|microsoft|apple|openai|nvidia|uber|freelance)\b\.?",
    re.I,
)


_LINK_TAIL = re.compile(r"\s*[-–|(]?\s*\b(?:github\s+|live\s+|demo\s+)?link\)?$", re.I)
_CONTACT = re.compile(
    r"@\w|https?://|www\.|\b[\w-]+\.(?:com|org|io|net|dev|me|ai)\b|^\+?[\d\s().-]{7,}$", re.I
)


def _split_parts(parts: list[str], dash: bool = True) -> list[str]:
    out: list[str] = []
    rx = (
        r"\s+[|·•]\s+|\s*\|\s*|\s+[–—]\s+|\s+-\s+(?=[A-Z(])|\s+at\s+(?=[A-Z])|\s{3,}|\t"
        if dash
        else r"\s+[|·•]\s+|\s*\|\s*|\s+[–—]\s+|\s{3,}|\t"
    )
    for p in parts:
        for q in re.split(rx, p):
            q = q.strip(" ,;|·•")
            if q:
                out.append(q)
    return out


def _merge_wrapped(
    header: list[Line], right: dict[int | None, float] | None = None
) -> list[Line]:
    """Join a header line that wraps ('... Science Education and' + 'Research ...'), or that
    fills a narrow column and leaves a word or two on the next line ('... at Harborline' +
    'Logistics')."""
    out: list[Line] = []
    for ln in header:
        prev = out[-1] if out else None
        spill = (
            prev is not None
            and right is not None
            and _fills(prev, right)
            and not _has_date(prev)
            and len(ln.text.split()) <= 3
            and len(ln.parts) <= 1
            and not _has_date(ln)
            and not ln.margin
            and not is_place(ln.text)
            and ln.bbox is not None
            and prev.bbox is not None
            and abs(ln.bbox[0] - prev.bbox[0]) <= 3
        )
        if (
            prev is not None
            and (spill or re.search(r"\b(?:and|of|for|the|in|&|at|on)$|[,&-]$", prev.text))
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


def _strip_place(text: str) -> str:
    """'Acme Corp Taipei, Taiwan' -> 'Acme Corp' (a trailing place only)."""
    m = re.search(r"\s*\(?([A-Z][\w.'-]*),\s*([A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*)?)\)?$", text)
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
        return text[: m.start()].rstrip(" ,-–|")
    return text


def _split_title_org(text: str) -> list[str]:
    """'Software Engineer National Taiwan University Hospital' -> [title, organization]."""
    tokens = text.split()
    if len(tokens) < 3:
        return [text]
    first_kw = next(
        (i for i, t in enumerate(tokens) if _TITLE_WORDS.fullmatch(t.strip(",&()"))), None
    )
    if first_kw is None:
        return [text]
    first_org = next(
        (
            i
            for i, t in enumerate(tokens)
            if i > first_kw and _ORG_WORDS.fullmatch(t.strip("(),")) and not _TITLE_WORDS.search(t)
        ),
        len(tokens),
    )
    last_kw = None
    for i, t in enumerate(tokens[:first_org]):
        if _TITLE_WORDS.fullmatch(t.strip(",&()")):
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
    n = len(_TITLE_WORDS.findall(text))
    n -= len(_ORG_WORDS.findall(text))
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
            if not dates and DATE_RANGE_RE.search(m) and (is_dateish(m) or RANGE_ONLY_RE.search(m)):
                dates = r.group(0) if (r := RANGE_ONLY_RE.search(m)) else m.strip()
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
            if _CONTACT.search(p):
                continue
            p = _strip_place(p)
            if not p or is_place(p):
                continue
            pieces.append(p)
    # split comma lists only when the entry has a single piece ("Engineer, OpenAI, City")
    if len(pieces) == 1:
        pieces = _split_title_org(pieces[0])
    if len(pieces) == 1 and "," in pieces[0]:
        sub = [
            s.strip() for s in re.split(r",\s+(?!(?:inc|llc|ltd|corp|co)\b)", pieces[0], flags=re.I)
        ]
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
        if not re.match(r"^(gpa|cgpa|grade|courses?|coursework|relevant coursework)\b", p, re.I)
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
            best = max(range(len(pieces)), key=lambda i: (_title_score(pieces[i]), -i))
            if _title_score(pieces[best]) > 0:
                title, org = pieces[best], pieces[0]
            else:
                title, org = a, b
        elif sb > sa:
            title, org = b, a
        else:
            title, org = a, b
    title = re.sub(r"\s*[,:;|]$", "", _LINK_TAIL.sub("", title))
    org = re.sub(r"\s*[,:;|]$", "", _LINK_TAIL.sub("", org))
    return Role(title=title, organization=org, dates=dates, section=section.title)


# ---------------------------------------------------------------- the main pass
@dataclass
class _Entry:
    lines: list[Line]
    para: bool  # paragraph-style (no glyph)


@dataclass
class Structured:
    sections: list[Section]
    roles: list[Role]
    bullets: list[Bullet]
    skills: list[str]
    name: str
    text: str


def document_vocab(lines: list[Line]) -> set[str]:
    """Lowercase words the document uses, without the fragments of line-end hyphenation
    ('experi-' / 'ence'), so join_lines can tell 'data-driven' from 'experi-ence'."""
    vocab: set[str] = set()
    broken = False
    for ln in lines:
        words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*-?", ln.text)
        if broken and words:
            words = words[1:]
        broken = ln.text.endswith("-")
        if broken and words:
            words = words[:-1]
        for w in words:
            w = w.rstrip("-").lower()
            vocab.add(w)
            if "-" in w:
                vocab.update(w.split("-"))
    return vocab


def display_line(ln: Line, heading: bool = False) -> str:
    """A line as shown to the user: bullet glyph back, margin text (dates) at the end."""
    text = ("• " if ln.bullet else "") + ln.text
    if ln.margin:
        text += "  " + "  ".join(ln.margin)
    return ("\n" + text) if heading else text


def _body_size(lines: list[Line]) -> float:
    c: Counter[float] = Counter()
    for ln in lines:
        if ln.size:
            c[round(ln.size, 1)] += len(ln.text)
    return c.most_common(1)[0][0] if c else 0.0


def _style(ln: Line) -> tuple:
    return (ln.font, round(ln.size), ln.bold, ln.caps or ln.text.isupper())


def detect_headings(lines: list[Line]) -> list[bool]:
    """Which lines are section headings: known phrases set the heading style, the style finds the rest."""
    body = _body_size(lines)
    flags = [False] * len(lines)
    styles: Counter[tuple] = Counter()

    def standalone(ln: Line) -> bool:
        t = heading_key(ln.text)
        return (
            not ln.bullet
            and 0 < len(t) <= 50
            and len(t.split()) <= 6
            and not ln.margin
            and not t.endswith((",", ";"))
            and not is_dateish(t)
        )

    def emphasised(ln: Line) -> bool:
        if not body or not ln.size:
            return ln.bold or ln.text.strip().isupper() or ln.heading or ln.caps
        return ln.size >= body * 1.08 or ln.bold or ln.caps or ln.text.strip().isupper()

    for i, ln in enumerate(lines):
        if ln.heading and standalone(ln):
            flags[i] = True
            styles[_style(ln)] += 1
        elif (
            standalone(ln)
            and known_heading(ln.text)
            and (
                emphasised(ln)
                or (ln.paragraph or not ln.size)
                # scripts without capitals (Hebrew, Arabic, CJK) cannot show a heading by case
                or ln.text.lower() == ln.text.upper()
            )
        ):
            flags[i] = True
            styles[_style(ln)] += 1
    if not any(flags):
        # no heading we know (another language?): short standalone lines in capitals
        caps = [
            i
            for i, ln in enumerate(lines)
            if i > 0
            and standalone(ln)
            and len(heading_key(ln.text).split()) <= 4
            and (ln.caps or ln.text.isupper())
            and not re.search(r"\d|@", ln.text)
            and not (i + 1 < len(lines) and (lines[i + 1].caps or lines[i + 1].text.isupper()))
        ]
        if len(caps) >= 2:
            for i in caps:
                flags[i] = True
            return flags
    if lines and lines[0].size and styles:  # typeset sources (PDF): learn the heading style
        main_style, _n = styles.most_common(1)[0]
        for i, ln in enumerate(lines):
            if (
                flags[i]
                and not ln.heading
                and _style(ln) != main_style
                and ln.size < main_style[1] - 0.8
                and not (ln.caps and (ln.bold or ln.size >= body * 1.08))
            ):
                flags[i] = False  # a smaller label inside a section ("Coursework")
                styles[_style(ln)] -= 1
            elif (
                flags[i]
                and not ln.heading
                and main_style[3]
                and _n >= 2
                and not (ln.caps or ln.text.isupper())
                and ln.size <= main_style[1] + 0.5
            ):
                # headings are set in capitals; a mixed-case word of the same size is a
                # label inside a section ('Leadership' above a skills list)
                flags[i] = False
                styles[_style(ln)] -= 1
        styles = Counter({k: v for k, v in styles.items() if v >= 2 or k == main_style})
        for i, ln in enumerate(lines):
            if flags[i] or not standalone(ln):
                continue
            st = _style(ln)
            if styles.get(st, 0) and (ln.size >= body * 1.08 or st[3]) and len(ln.text) <= 40:
                if not re.search(r"[.!?]$", ln.text) and not DATE_RANGE_RE.search(ln.text):
                    flags[i] = True
    return flags


def _looks_header(ln: Line, body: float, weak: bool = True) -> bool:
    """An entry header line (title, company, dates) rather than achievement text.

    `weak=False` drops the 'short line' clue (for a line that visibly wraps on)."""
    if (
        ln.margin
        or RANGE_ONLY_RE.search(ln.text)
        or len(ln.parts) > 1
        and any(is_dateish(p) for p in ln.parts)
    ):
        return True
    if ln.bold or ln.italic:
        return True
    t = ln.text
    if re.search(r"\s\|\s", t) and len(t) < 120 and not t.endswith("."):
        return True
    if weak and len(t) < 60 and not re.search(r"[.;]$", t) and len(t.split()) <= 9:
        return True
    if body and ln.size and ln.size > body * 1.05:
        return True
    return False


_INLINE_BULLETS = re.compile(r"\s+[•⋄◦▪●■♦➢►]\s*")


def structure(lines: list[Line]) -> Structured:
    """Sections, roles, bullets, skills, name and display text from lines in reading order."""
    lines = [ln for ln in lines if ln.text.strip()]
    flags = detect_headings(lines)
    body = _body_size(lines)
    sections: list[Section] = []
    roles: list[Role] = []
    bullets: list[Bullet] = []
    skills: list[str] = []
    text_lines: list[str] = []
    name = ""

    # candidate name: the most prominent short line before the first heading
    first_head = next((i for i, f in enumerate(flags) if f), len(lines))
    top = []
    for idx, ln in enumerate(lines[: min(first_head, 12)]):
        for cand in (re.split(r"\s[|•·]\s", ln.text)[0], ln.parts[0] if ln.parts else ""):
            cand = cand.strip(" ,|•")
            if (
                1 <= len(cand.split()) <= 5
                and not re.search(r"[@\d/:]|www|http|\.com", cand, re.I)
                and not is_place(cand)
                and not known_heading(cand)
                and re.search(r"[^\W\d_]", cand)  # letters of any script
                and len(re.findall(r"[,;，、،]", cand)) < 2  # not a list ('Python, SQL, AWS')
            ):
                top.append((max(ln.peak, ln.size), -idx, cand))
                break
    if top:
        name = max(top)[2] if any(t[0] for t in top) else top[0][2]

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
                and (nxt.caps or _style(nxt)[1:] == _style(ln)[1:])
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

    vocab = document_vocab(lines)
    line_gap = _line_pitch(lines, body)
    for k, (section, sec_lines) in enumerate(entries):
        if section.kind == "skills":
            skills.extend(_skills_from(sec_lines))
        if section.kind not in BULLET_KINDS:
            kind = _fallback_kind(section, sec_lines)
            if kind is None:
                continue
            if kind != section.kind:
                new = Section(title=section.title, kind=kind)
                sections[:] = [new if s is section else s for s in sections]
                entries[k] = (new, sec_lines)
                section = new
        _entries_of(section, sec_lines, body, roles, bullets, vocab, line_gap)

    seen: set[str] = set()
    uniq_skills = []
    for s in skills:
        if s.lower() not in seen:
            seen.add(s.lower())
            uniq_skills.append(s)
    return Structured(sections, roles, bullets, uniq_skills, name, "\n".join(text_lines).strip())


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
    if any(_has_date(ln) for ln in lines):
        return "experience"
    # without entries, only sentence-like items are achievements (not 'Driving licence B')
    words = sum(len(ln.text.split()) for ln in marked) / len(marked)
    return "other" if words >= 5 or any(CJK_RE.search(ln.text) for ln in marked) else None


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
            and not _CONTACT.search(prev.text)
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


def _entries_of(
    section: Section,
    lines: list[Line],
    body: float,
    roles: list[Role],
    bullets: list[Bullet],
    vocab: set[str] | None = None,
    line_gap: float | None = None,
) -> None:
    header: list[Line] = []
    open_item: _Entry | None = None
    role_idx: int | None = None
    items: list[tuple[_Entry, int | None]] = []

    def flush_header() -> None:
        nonlocal header, role_idx
        if not header:
            return
        for group in _group_headers(header):
            role = make_role(group, section, right)
            if role is not None and (role.title or role.organization):
                prev = roles[role_idx] if role_idx is not None else None
                if prev is not None and _same_employer(role, prev, section):
                    role = replace(role, organization=prev.organization)
                roles.append(role)
                role_idx = len(roles) - 1
        header = []

    saw_header = False
    lines = _join_split_dates(lines)
    glyph_section = sum(1 for ln in lines if ln.bullet) >= 2
    right = _right_edges(lines)
    for k, ln in enumerate(lines):
        _drop_durations(ln)
        meta = _take_meta(ln) if ln.bullet else []
        if meta and not (
            ln.bullet
            and len(ln.text) < 50
            and len(ln.text.split()) <= 6
            and not ln.text.endswith(".")
        ):
            if header:
                header[-1].margin.extend(meta)
            elif role_idx is not None:
                d = next((m for m in meta if RANGE_ONLY_RE.search(m) or is_dateish(m)), "")
                if d and not roles[role_idx].dates:
                    roles[role_idx] = replace(roles[role_idx], dates=d.strip(" ,|·•()"))
        elif meta:
            ln.margin.extend(meta)
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if ln.bullet and (
            ln.margin
            or (len(ln.parts) >= 2 and any(is_place(p) or is_dateish(p) for p in ln.parts[1:]))
            or (  # '• Image Classifier: Link' heading its own bullets
                len(ln.text.split()) <= 6 and _LINK_TAIL.sub("", ln.text).rstrip().endswith(":")
            )
            or (  # '• Acme Corp' followed by 'Engineer   2020 - 2022': the glyph marks an entry
                nxt is not None
                and not nxt.bullet
                and len(ln.text.split()) <= 6
                and not re.search(r"[.;:]$", ln.text)
                and (nxt.italic or nxt.bold or len(nxt.text) < 80)
                and _has_date(nxt)
            )
        ):
            ln.bullet = False  # an entry line typeset with a glyph ('• Google   Mountain View, CA')
            saw_header = True
            if open_item is not None:
                open_item = None
            header.append(ln)
            continue
        if ln.bullet and section.kind == "projects" and not saw_header and not header:
            m = re.match(r"^([^:]{2,60}):\s+\S", ln.text)
            if m:
                roles.append(
                    Role(title=m.group(1).strip(), organization="", dates="", section=section.title)
                )
                role_idx = len(roles) - 1
        if ln.bullet:
            flush_header()
            open_item = _Entry([ln], para=False)
            items.append((open_item, role_idx))
            continue
        if open_item is not None and not ln.paragraph and _continues(open_item, ln, body, right, line_gap):
            open_item.lines.append(ln)
            continue
        if (
            _looks_header(ln, body, weak=not _wraps_on(ln, nxt, right))
            or (glyph_section and ln.paragraph and len(ln.text) < 120 and not ln.text.endswith("."))
            or (
                not header
                and role_idx is None
                and open_item is None
                and len(ln.text) < 80
                and section.kind == "projects"
            )
        ):
            open_item = None
            saw_header = True
            header.append(ln)
            continue
        # paragraph-style achievement text
        flush_header()
        open_item = _Entry([ln], para=True)
        items.append((open_item, role_idx))
    flush_header()

    glyph_roles = {ridx for entry, ridx in items if not entry.para and ridx is not None}
    kept: list[tuple[_Entry, int | None]] = []
    seen_glyph: set[int | None] = set()
    for entry, ridx in items:
        if not entry.para:
            seen_glyph.add(ridx)
        elif ridx in glyph_roles and ridx not in seen_glyph:
            continue  # a one-line description above the entry's bullets, not an achievement
        kept.append((entry, ridx))
    for entry, ridx in kept:
        texts = [ln.text for ln in entry.lines]
        joined = join_lines(texts, [ln.hyphen for ln in entry.lines], vocab)
        pieces = [p for p in _INLINE_BULLETS.split(" " + joined) if p.strip()]
        pieces = [collapse_ws(p) for p in pieces if len(collapse_ws(p)) >= 2]
        page = entry.lines[0].page
        boxes = [ln.bbox for ln in entry.lines if ln.bbox and ln.page == page]
        bbox = None
        if boxes:
            bbox = (
                round(min(b[0] for b in boxes), 1),
                round(min(b[1] for b in boxes), 1),
                round(max(b[2] for b in boxes), 1),
                round(max(b[3] for b in boxes), 1),
            )
        for p in pieces:
            bullets.append(
                Bullet(
                    id=bullet_id(p), text=p, section=section.title, role=ridx, page=page, bbox=bbox
                )
            )


def _same_employer(role: Role, prev: Role, section: Section) -> bool:
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


def _has_date(ln: Line) -> bool:
    return bool(RANGE_ONLY_RE.search(ln.text)) or any(is_dateish(p) for p in ln.parts + ln.margin)


def _is_meta(text: str) -> bool:
    return is_dateish(text) or is_place(text) or bool(DURATION_RE.match(text.strip()))


def _drop_durations(ln: Line) -> None:
    """'2 years 10 months' printed beside an entry carries nothing the reader needs."""
    ln.margin = [m for m in ln.margin if not DURATION_RE.match(m.strip())]
    if len(ln.parts) >= 2 and DURATION_RE.match(ln.parts[-1].strip()):
        ln.parts = ln.parts[:-1]
        ln.text = collapse_ws(" ".join(ln.parts))


def _take_meta(ln: Line) -> list[str]:
    """Detach trailing right-aligned dates/places/durations from a line (they belong to the entry)."""
    meta = [m for m in ln.margin if _is_meta(m)]
    ln.margin = [m for m in ln.margin if not _is_meta(m)]
    parts = list(ln.parts)
    long_text = ln.bullet or len(" ".join(parts[:-1])) > 60

    def is_meta(t: str) -> bool:
        return is_dateish(t) or bool(DURATION_RE.match(t.strip())) or (long_text and is_place(t))

    while len(parts) >= 2 and is_meta(parts[-1]):
        meta.insert(0, parts.pop())
    if len(parts) != len(ln.parts):
        ln.parts = parts
        ln.text = collapse_ws(" ".join(parts))
    return meta


def _group_headers(header: list[Line]) -> list[list[Line]]:
    """Split a run of header lines into entries: a new entry starts when the current one
    already has its dates and the next line repeats the first line's style or has dates too."""
    groups: list[list[Line]] = []
    cur: list[Line] = []
    has_date = False
    for ln in header:
        ln_date = (
            bool(ln.margin and any(DATE_RANGE_RE.search(m) for m in ln.margin))
            or bool(RANGE_ONLY_RE.search(ln.text))
            or any(is_dateish(p) for p in ln.parts)
        )
        if cur and has_date:
            first = cur[0]
            same_style = (
                ln.bold == first.bold
                and ln.italic == first.italic
                and abs((ln.peak or ln.size) - (first.peak or first.size)) < 0.6
            )
            if (ln_date and not is_dateish(ln.text)) or (same_style and len(cur) >= 2):
                groups.append(cur)
                cur, has_date = [], False
        cur.append(ln)
        has_date = has_date or ln_date
    if cur:
        groups.append(cur)
    return groups


def _fills(ln: Line, right: dict[int | None, float]) -> bool:
    """The line runs to (about one word short of) its column's right edge."""
    edge = right.get(ln.page)
    if not edge or not ln.bbox or not ln.size:
        return False
    width = edge - ln.bbox[0]
    return width > 0 and edge - ln.bbox[2] <= max(0.15 * width, 6 * ln.size)


def _wraps_on(ln: Line, nxt: Line | None, right: dict[int | None, float]) -> bool:
    """The line fills its column and the sentence runs on (the next line starts in lower
    case or with a number, or this one ends on 'to', 'and', a comma...): wrapped text in a
    narrow column, however short the line is."""
    edge = right.get(ln.page)
    if nxt is None or nxt.bullet or not edge or not ln.bbox or not nxt.bbox or not ln.size:
        return False
    if is_dateish(nxt.text):  # 'Engineer, Acme,' + '2020年4月 - 現在': a header's dates
        return False
    dangling = re.search(r"(?:\b(?:to|and|or|of|the|a|an|in|for|with|by|from|on|at|as)|,)$", ln.text)
    if not (re.match(r"[a-z0-9(]", nxt.text) or dangling) or abs(nxt.bbox[0] - ln.bbox[0]) > 3:
        return False
    width = edge - ln.bbox[0]
    return width > 0 and edge - ln.bbox[2] <= max(0.15 * width, 6 * ln.size)


_RANGE_END = re.compile(rf"^{_END}(?![\w/])", re.I)


def _completes_range(a: str, b: str) -> bool:
    """`b` (a short next line or cell) finishes a date range that `a` leaves open:
    'Jan 2021 –' + 'Present', 'Jun 2019 – Feb' + '2022'."""
    if len(b) >= 20 or RANGE_ONLY_RE.search(a):
        return False
    glued = _glue(a, b)  # '2020年 - 現' + '在': a CJK word may wrap between its characters
    if glued != a + b and not _RANGE_END.match(b.lstrip("-–— ")):
        return False
    m = RANGE_ONLY_RE.search(glued)
    return m is not None and m.start() < len(a) < m.end()


def _glue(a: str, b: str) -> str:
    """Two pieces of wrapped text as one: CJK characters join without a space."""
    if a and b and CJK_RE.match(a[-1]) and CJK_RE.match(b[0]):
        return a + b
    return a + " " + b


def _join_split_dates(lines: list[Line]) -> list[Line]:
    """'Engineer | Acme | Jan 2021 –' + 'Present': a date range wrapped in a narrow column."""
    out: list[Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        if prev is not None and ln.bullet and _completes_range(prev.text, "– " + ln.text):
            ln = replace(ln, text="– " + ln.text, parts=["– " + p for p in ln.parts[:1]], bullet=False)
        if (
            prev is not None
            and not ln.bullet
            and _completes_range(prev.text, ln.text)
        ):
            parts = list(prev.parts or [prev.text])
            parts[-1] = _glue(parts[-1], ln.text)
            box = prev.bbox
            if prev.bbox and ln.bbox and prev.page == ln.page:
                box = (
                    min(prev.bbox[0], ln.bbox[0]),
                    prev.bbox[1],
                    max(prev.bbox[2], ln.bbox[2]),
                    ln.bbox[3],
                )
            out[-1] = replace(prev, text=_glue(prev.text, ln.text), parts=parts, bbox=box)
        elif (
            prev is not None
            and not ln.bullet
            and len(prev.parts) >= 2
            and len(ln.parts) >= 2
            and _completes_range(prev.parts[-1], ln.parts[-1])
        ):  # both cells of a two-column header wrapped: 'Engineer, | Mar 2022 –' + 'Acme | Present'
            # the left cell wrapped too: its halves are one text unless the type changes
            # ('**Director of Engineering, Search,**' + 'Lakeshore Commerce')
            if len(prev.parts) == 2 and (prev.bold != ln.bold or prev.italic != ln.italic):
                left = prev.parts[:-1] + ln.parts[:-1]
            else:
                left = prev.parts[:-2] + [prev.parts[-2] + " " + ln.parts[0]] + ln.parts[1:-1]
            parts = left + [prev.parts[-1] + " " + ln.parts[-1]]
            box = prev.bbox
            if prev.bbox and ln.bbox and prev.page == ln.page:
                box = (
                    min(prev.bbox[0], ln.bbox[0]),
                    prev.bbox[1],
                    max(prev.bbox[2], ln.bbox[2]),
                    ln.bbox[3],
                )
            out[-1] = replace(prev, text=" ".join(parts), parts=parts, bbox=box)
        else:
            out.append(ln)
    return out


def _right_edges(lines: list[Line]) -> dict[int | None, float]:
    """Per page, the right edge of the text column these lines fill (PDF only)."""
    edges: dict[int | None, float] = {}
    for ln in lines:
        if ln.bbox and not ln.margin:
            edges[ln.page] = max(edges.get(ln.page, 0.0), ln.bbox[2])
        elif not ln.bbox and not ln.size:  # plain text: the wrap column, in characters
            edges[None] = max(edges.get(None, 0.0), ln.x0 + len(ln.text))
    return edges


def _ends_short(item: _Entry, right: dict[int | None, float] | None) -> bool:
    """The paragraph's last line stops well before the column's right edge: it ended there
    (a wrapped line fills the width up to at most one long word)."""
    last, first = item.lines[-1], item.lines[0]
    edge = (right or {}).get(last.page)
    if not edge or not last.bbox or not first.bbox or not last.size:
        return False
    width = edge - first.bbox[0]
    return width > 0 and edge - last.bbox[2] > max(0.15 * width, 6 * last.size)


def _line_pitch(lines: list[Line], body: float) -> float | None:
    """Baseline-to-baseline distance of wrapped lines inside one paragraph (PDF), in
    multiples of the size: the tightest line spacing that recurs in the document. Tops are
    compared, not gaps, since tall fonts make the boxes of consecutive lines overlap."""
    pitches: Counter[float] = Counter()
    prev: Line | None = None
    for ln in lines:
        if (
            prev is not None
            and ln.bbox
            and prev.bbox
            and ln.page == prev.page
            and ln.size
            and abs(ln.size - body) < 0.6
            and abs(prev.size - body) < 0.6
        ):
            pitch = (ln.bbox[1] - prev.bbox[1]) / ln.size
            if 0.8 < pitch < 3:
                pitches[round(pitch * 20) / 20] += 1
        prev = ln
    total = sum(pitches.values())
    # the tightest spacing that recurs: wrapped lines, even where one-line paragraphs abound
    common = [g for g, n in pitches.items() if n >= max(2, 0.05 * total)]
    return min(common) if common else None


def _continues(
    item: _Entry,
    ln: Line,
    body: float,
    right: dict[int | None, float] | None = None,
    line_gap: float | None = None,
) -> bool:
    """Is `ln` a wrapped continuation of the open bullet/paragraph?"""
    last = item.lines[-1]
    first = item.lines[0]
    if len(ln.parts) >= 2 and is_dateish(ln.parts[-1]):
        return False  # a right-aligned date: an entry header, never wrapped text
    if item.para and ln.text[:1].isupper():
        if _ends_short(item, right):
            return False  # the paragraph ended on a short line; a new one starts
        if (
            line_gap is not None
            and ln.page == last.page
            and ln.bbox
            and last.bbox
            and ln.size
            and (ln.bbox[1] - last.bbox[1]) / ln.size > line_gap + 0.12
        ):
            return False  # paragraph spacing: more room above than between wrapped lines
    if ln.page != last.page and ln.page is not None:
        # continuation across a page break: only when the last line did not end the sentence
        outdented = not item.para and ln.x0 < (
            first.glyph_x if first.glyph_x is not None else first.x0
        ) - 2  # left of the glyph: an entry header, not the bullet's last words
        return (
            not re.search(r"[.!?]$", last.text) and not ln.bold and not ln.margin and not outdented
        )
    if ln.margin or (ln.bold and not first.bold) or (ln.gap > 1.0):
        return False
    if ln.size and first.size and abs(ln.size - first.size) > 0.8:
        return False
    if ln.caps and not first.caps and len(ln.text) > 3:
        return False
    if RANGE_ONLY_RE.search(ln.text) and len(ln.text) < 60:
        return False
    if item.para:
        return abs(ln.x0 - first.x0) < 8 or ln.x0 <= first.x0 + 25
    gx = first.glyph_x if first.glyph_x is not None else first.x0
    if not ln.size and not first.size:  # plain text: a continuation is indented past the glyph
        if ln.x0 > gx:
            return True
        # pasted from a viewer, wrapped without indentation: the previous line ran to the
        # wrap column and this one is plain text (no blank line, date or heading look)
        edge = (right or {}).get(None, 0.0)
        return (
            edge >= 40
            and ln.gap == 0
            and last.x0 + len(last.text) >= edge - 15
            and not last.text.endswith((".", ":"))
            and not ln.caps
            and not ln.bold
            and not _has_date(ln)
        )
    if ln.x0 > gx + 1.5 or abs(ln.x0 - first.x0) < 3:
        return True
    return ln.x0 >= gx - 2 and not _looks_header(ln, body)


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
