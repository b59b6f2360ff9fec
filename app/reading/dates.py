"""Dates, date ranges, durations and places: recognising them, splitting them off a header
line, and re-joining ranges that wrapped onto the next line."""

from __future__ import annotations

import re
from dataclasses import replace

from app.reading.cleanup import CJK_RE, collapse_ws, strip_bullet
from app.reading.lines import Line
from app.reading.places import is_city

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
    r"|dicembre|maart|mei"
    # abbreviations: Spanish, French, Portuguese, Italian, Dutch ('ene.', 'avr.', 'juil.', 'mrt')
    r"|ene|abr|ago|dic|avr|juil|fév|fev|set|out|gen|mag|giu|lug|ott|mrt"
    # Turkish ('Eyl 2022', 'Şubat 2020'), Indonesian ('Agu 2021', 'Desember 2019'), Swedish,
    # Norwegian and Danish ('maj 2020', 'augusti 2019')
    r"|ocak|oca|[şs]ubat|[şs]ub|mart|n[iİı]san|n[iİı]s|may[ıiI]s|haz[iİı]ran|haz|temmuz|tem"
    r"|a[ğg]ustos|a[ğg]u|eyl[üu]l|eyl|ek[iİı]m|ek[iİı]|kas[ıiI]m|kas|aral[ıiI]k|ara|januari"
    r"|februari|maret|agustus|agu|agt|ags|desember|des"
    r"|maj|augusti"
    # Icelandic ('nóv. 2023', 'ág. 2018', 'maí 2020') and Slovene or Serbian ('avg. 2021',
    # 'marec 2019', 'septembar 2020')
    r"|janúar|febrúar|apríl|maí|júní|jún|júlí|júl|ágúst|ágú|ág|október|nóvember|nóv"
    r"|marec|junij|julij|avgust|avg|septembar|oktobar|novembar|decembar)\.?(?:\s+de)?"
)
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_YEAR = r"(?:19|20)\d\d"
_DATE = (
    rf"(?:{_YEAR}\s*[年년](?:\s*\d{{1,2}}\s*[月월])?"  # 2020年4月, 2020년 3월
    rf"|(?:\d{{1,2}}\.?\s+)?{_MONTH}\s*(?:[,/-]\s*)?(?:\d{{1,2}},\s*)?{_YEAR}"  # 'Abr/2023'
    rf"|{_SEASON}\s+{_YEAR}"
    rf"|Q[1-4]\s*[-/]?\s*{_YEAR}"  # Q3 2018, a quarter
    rf"|{_MONTH}\s*['’‘]\d\d(?!\d)"  # Jul '22
    rf"|{_YEAR}[./-]\d{{1,2}}[./-]\d{{1,2}}|\d{{1,2}}[./-]\d{{1,2}}[./-]{_YEAR}"  # full dates
    rf"|{_YEAR}\.\s(?:0?[1-9]|1[0-2])\.?(?!\d)"  # Korean style: '2021. 09.'
    rf"|{_YEAR}[./-]\d{{1,2}}|\d{{1,2}}[./]{_YEAR}|{_MONTH}\s*['’]\d\d(?!\d)|(?:FY\s?)?{_YEAR})"
)
# 'since 04/2021', 'seit 2019', 'depuis mars 2020': a start with no end, the role goes on
_SINCE_WORD = r"(?:since|seit|depuis|desde|dal|sinds|vanaf|from|od)\s+"
_NOW = (r"(?:(?:till|until|to|up to)\s+(?:date|now|today)|present(?:\s+time)?|current(?:ly)?|now|today|"
        r"ongoing|pres\.?|date)")  # ('present time': 'till present time' in some CVs)
# 'present' in other languages: only read as a date at the end of a range ('2020 - heute')
_NOW_INTL = (
    r"(?:(?:hasta|a) )?la fecha|(?:bis )?heute|aktuell|jetzt|laufend|présent|aujourd'hui|actuel(?:lement)?|en cours"
    r"|(?:la )?actualidad|presente|actual|hoy|atual(?:mente)?|o momento|oggi|attuale|in corso"
    r"|heden|nu|nú|í dag|danes|danas|huidig|obecnie|halen|hâlen|günümüz|devam ediyor|sekarang|saat ini|kini"
    r"|dosud|doposud|současnost|nyní|doteraz|súčasnosť|trvá"
    r"|nuvarande|pågående|idag|i dag|nå|nåværende|nuværende|(?:по )?настоящее время|н\.?\s?в\.|至今|现在|今|現在|現職"
    r"|현재|재직\s?중|היום|הווה|כיום|حتى الآن|الآن|حاليا|حاليًا"
)
_SEP = (  # (a year may carry its dot: Croatian 'June 2020. – January 2022.')
    r"\.?\s*(?:-|–|—|~|～|〜|to|until|till|til|and|through|\u2192|bis|à|a|al|hasta|até|fino a|tot|до|עד"
    r"|إلى)\s*"
)
_END = rf"(?:{_DATE}|{_NOW}|{_NOW_INTL})"
# "Jan 24 – Present", "Sep 21 – Dec 23": a month and a two-digit year with no apostrophe is a
# date only in a range (alone, "Jan 24" may be a day)
_MONTH_YY = rf"{_MONTH}\s+\d\d(?![\d:])"
# "2022–24": a four-digit start and a two-digit end year,
# "Feb – Jul 2025", "Jan–Mar 2024": a month with no year, then a month and the year of both
_BARE_RANGE = rf"{_MONTH}\s*(?:[-–—]|to)\s*{_MONTH}\s*,?\s*{_YEAR}"
_SHORT_RANGE = (rf"{_BARE_RANGE}|{_MONTH_YY}{_SEP}(?:{_MONTH_YY}|{_END})"
                # only where the dates stand alone or end the line ("Revenue 2019-20 grew" is
                # no role's dates)
                rf"|{_YEAR}\s*[-–—]\s*\d\d(?![\d/.:%])(?=\s*(?:$|[|,·•;()]))")
DATE_RANGE_RE = re.compile(
    rf"(?<![\w/])(?:{_SHORT_RANGE}|(?:{_SINCE_WORD})?{_DATE}(?:{_SEP}{_END})?)(?![\w/])"
    rf"|(?<!\w){_NOW}(?!\w)", re.I
)
RANGE_ONLY_RE = re.compile(rf"(?<![\w/])(?:{_SHORT_RANGE}|{_DATE}{_SEP}{_END})(?![\w/])", re.I)
DURATION_RE = re.compile(
    r"^\(?\d+\s+(?:years?|yrs?|months?|mos?)(?:,?\s+(?:and\s+)?\d+\s+(?:months?|mos?))?\)?$", re.I
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
    # more countries, in English and in their own languages ('Milano (Italia)')
    "italia", "deutschland", "españa", "espana", "portugal", "polska", "poland", "nederland",
    "belgium", "belgië", "belgique", "austria", "österreich", "schweiz", "suisse", "svizzera",
    "sweden", "sverige", "norway", "norge", "denmark", "danmark", "finland", "suomi", "greece",
    "ελλάδα", "hellas", "romania", "românia", "czechia", "czech republic", "česko", "slovakia",
    "hungary", "magyarország", "ukraine", "україна", "bulgaria", "croatia", "hrvatska", "serbia",
    "slovenia", "lithuania", "latvia", "estonia", "luxembourg", "cyprus", "malta", "iceland",
    "egypt", "مصر", "pakistan", "bangladesh", "nigeria", "ghana", "kenya", "south africa",
    "morocco", "tunisia", "mexico", "méxico", "argentina", "chile", "colombia", "peru", "perú",
    "uae", "united arab emirates", "saudi arabia", "qatar", "indonesia", "malaysia",
    "philippines", "vietnam", "viet nam", "thailand", "new zealand", "sri lanka", "nepal",
    "hong kong", "brasil",
}
_WORK_MODES = {"remote", "hybrid", "on-site", "onsite"}
_STATES = set(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split()
)


def is_dateish(text: str) -> bool:
    """True when the text is only a date or a date range (plus punctuation)."""
    t = text.strip(" ,|·•()")
    if not t:
        return False
    rest = DATE_RANGE_RE.sub("", t)
    # 'desde marzo de 2022 (actual)': a word for now in brackets after an open start
    rest = _NOW_IN_BRACKETS.sub("", rest)
    return bool(DATE_RANGE_RE.search(t)) and not re.search(r"[A-Za-z0-9]", rest)


_NOW_IN_BRACKETS = re.compile(rf"^\s*\(?\s*(?:{_NOW}|{_NOW_INTL})\s*\)?\s*$", re.I)


def is_country(text: str) -> bool:
    """A country's name, in English or its own language ('Nigeria', 'Italia')."""
    return text.strip(" ()").lower() in _COUNTRIES - _WORK_MODES


def is_place(text: str) -> bool:
    """A location like 'San Francisco, CA', 'Seoul, S.Korea', '(Remote)', 'London, UK'."""
    t = text.strip(" ()|·•").strip()
    if not t or len(t) > 45 or re.search(r"\d{3,}", t):
        return False
    low = t.lower()
    if low in _COUNTRIES or is_city(t):
        return True
    pieces = [p.strip() for p in re.split(r",", t) if p.strip()]
    if len(pieces) >= 2:
        last = pieces[-1].strip(" ()")
        if last.lower() in _COUNTRIES or last in _STATES or last.lower().rstrip(")") in _COUNTRIES:
            return all(len(p.split()) <= 4 for p in pieces)
    # a city and its country in brackets ('Milano (Italia)', 'Brescia (Italy)')
    m = re.fullmatch(r"([^()]{2,30}?)\s*\(([^()]+)\)", text.strip(" |·•"))
    return bool(m and m.group(2).strip().lower() in _COUNTRIES - _WORK_MODES
                and is_city(m.group(1)))


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


def has_date(ln: Line) -> bool:
    return bool(RANGE_ONLY_RE.search(ln.text)) or any(is_dateish(p) for p in ln.parts + ln.margin)


def _is_meta(text: str) -> bool:
    return is_dateish(text) or is_place(text) or bool(DURATION_RE.match(text.strip()))


def drop_durations(ln: Line) -> None:
    """'2 years 10 months' printed beside an entry carries nothing the reader needs."""
    ln.margin = [m for m in ln.margin if not DURATION_RE.match(m.strip())]
    if len(ln.parts) >= 2 and DURATION_RE.match(ln.parts[-1].strip()):
        ln.parts = ln.parts[:-1]
        ln.text = collapse_ws(" ".join(ln.parts))


def take_meta(ln: Line) -> list[str]:
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


def completes_range(a: str, b: str) -> bool:
    """`b` finishes a date range `a` leaves open ('Jun 2019 – Feb' + '2022')."""
    return _completes_range(a.strip(), b.strip())


def _glue(a: str, b: str) -> str:
    """Two pieces of wrapped text as one: CJK characters join without a space."""
    if a and b and CJK_RE.match(a[-1]) and CJK_RE.match(b[0]):
        return a + b
    return a + " " + b


# the nouns a job title ends in (a name line ending in one is a title, not a name)
TITLE_NOUNS = ("engineer", "developer", "scientist", "manager", "analyst", "architect", "consultant",
               "director", "researcher", "specialist", "designer", "programmer", "administrator")
_TITLE_NOUN = "(?:" + "|".join(TITLE_NOUNS[:4] + ("lead",) + TITLE_NOUNS[4:]) + ")s?"
_TITLE_START = re.compile(rf"(?i)^{_TITLE_NOUN}\b")
TITLE_NOUN_IN = re.compile(rf"(?i)\b{_TITLE_NOUN}\b")
_TITLE_OPEN = re.compile(r"(?i)\b(?:senior|junior|staff|principal|lead|machine learning|learning|"
                         r"software|data|ml|ai|research|backend|frontend|full[- ]stack|platform|"
                         r"applied|deep learning|computer vision|mobile|cloud|devops)$")


def _title_wraps(prev: Line, ln: Line) -> bool:
    """The last cell of `ln` ends the title the last cell of `prev` left open (a table row
    whose title cell wrapped: 'Senior Machine Learning' over 'Engineer / Ranking Lead')."""
    return (len(prev.parts) >= 2 and len(ln.parts) >= 2 and prev.page == ln.page
            and _TITLE_OPEN.search(prev.parts[-1]) is not None
            and TITLE_NOUN_IN.search(prev.parts[-1]) is None
            and _TITLE_START.match(ln.parts[-1]) is not None)


def _joined_parts(ln: Line) -> Line:
    """A range cut into two pieces of one row by a change of font ('2019.07 –' set in Latin
    type, '至今' in a CJK one): one piece again."""
    if len(ln.parts) < 2:
        return ln
    parts: list[str] = []
    for p in ln.parts:
        if parts and _completes_range(parts[-1], p):
            parts[-1] = _glue(parts[-1], p)
        else:
            parts.append(p)
    return ln if len(parts) == len(ln.parts) else replace(ln, parts=parts)


def _left_cell(ln: Line) -> tuple[str, list[str]] | None:
    """A row's first cell and the rest: its first piece, or the words before a bullet glyph
    the row's type did not set apart ('actualidad • Built the scoring service')."""
    if len(ln.parts) >= 2:
        return ln.parts[0], ln.parts[1:]
    m = re.match(r"^(\S[^•]{0,18}?)\s*(•\s*\S.*)$", ln.text)
    if m is None or len(m.group(2).split()) < 5:  # 'Present • Acme Corp': a separator
        return None
    return m.group(1), [m.group(2)]


def join_split_dates(lines: list[Line]) -> list[Line]:
    """'Engineer | Acme | Jan 2021 –' + 'Present': a date range wrapped in a narrow column."""
    out: list[Line] = []
    for ln in lines:
        ln = _joined_parts(ln)
        prev = out[-1] if out else None
        if prev is not None and not ln.bullet and not prev.bullet and _title_wraps(prev, ln):
            # a title cell wrapped in a table row: 'Senior Machine Learning' / 'Engineer / Lead'
            parts = [*prev.parts[:-1], f"{prev.parts[-1]} {ln.parts[-1]}"]
            out[-1] = replace(prev, parts=parts, text=collapse_ws(" ".join(parts)))
            ln = replace(ln, parts=ln.parts[:-1], text=collapse_ws(" ".join(ln.parts[:-1])))
        if prev is not None and ln.bullet and _completes_range(prev.text, "– " + ln.text):
            ln = replace(
                ln, text="– " + ln.text, parts=["– " + p for p in ln.parts[:1]], bullet=False
            )
        if prev is not None and not ln.bullet and _completes_range(prev.text, ln.text):
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
        elif (
            prev is not None
            and not ln.bullet
            and len(prev.parts) >= 2
            and (cut := _left_cell(ln)) is not None
            and _completes_range(prev.parts[0], cut[0])
        ):  # a date column left of the entry, its range over two rows: '2022 – | Engineer'
            # + 'Present | Acme': the range belongs to the first row, the second keeps the rest
            parts = [_glue(prev.parts[0], cut[0])] + prev.parts[1:]
            out[-1] = replace(prev, text=collapse_ws(" ".join(parts)), parts=parts)
            rest = cut[1]
            # '2023 | • Built the weekly forecast': the row's rest is the role's first bullet
            first, glyph = strip_bullet(rest[0])
            if glyph and first:
                rest = [first, *rest[1:]]
            out.append(replace(ln, text=collapse_ws(" ".join(rest)), parts=rest,
                               bullet=ln.bullet or glyph))
        else:
            out.append(ln)
    return out


# ---------------------------------------------------------------- what a role's dates mean

_MONTH_NUMBERS = {
    # English, German, French, Spanish, Portuguese, Italian, Dutch (prefixes that are unambiguous)
    "jan": 1, "ene": 1, "gen": 1, "janv": 1, "jän": 1, "feb": 2, "fév": 2, "fev": 2, "mar": 3,
    "mär": 3, "mrt": 3, "maa": 3, "apr": 4, "avr": 4, "abr": 4, "may": 5, "mai": 5, "mag": 5, "mei": 5, "jun": 6,
    "juin": 6, "giu": 6, "jul": 7, "juil": 7, "lug": 7, "aug": 8, "aoû": 8, "ago": 8, "sep": 9,
    "set": 9, "oct": 10, "okt": 10, "out": 10, "ott": 10, "nov": 11, "dec": 12, "dez": 12,
    "déc": 12, "dic": 12,
}
# Turkish, Indonesian and Scandinavian months: the abbreviation itself or one of these names
# ('desde' is Spanish for 'since', not December)
_OTHER_MONTHS = {"oca": 1, "şub": 2, "nis": 4, "haz": 6, "tem": 7, "ağu": 8, "eyl": 9, "eki": 10,
                 "kas": 11, "ara": 12, "agu": 8, "agt": 8, "ags": 8, "des": 12, "maj": 5, "sub": 2,
                 # Icelandic, Slovene and Serbian ('nóv.', 'ág.', 'avg.')
                 "nóv": 11, "ág": 8, "ágú": 8, "maí": 5, "jún": 6, "júl": 7, "avg": 8}
_OTHER_NAMES = {"ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
                "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12, "subat": 2,
                "mayis": 5, "agustos": 8, "eylul": 9, "kasim": 11, "aralik": 12, "januari": 1,
                "februari": 2, "maret": 3, "agustus": 8, "desember": 12, "augusti": 8,
                "janúar": 1, "febrúar": 2, "apríl": 4, "júní": 6, "júlí": 7, "ágúst": 8,
                "október": 10, "nóvember": 11, "marec": 3, "junij": 6, "julij": 7, "avgust": 8,
                "septembar": 9, "oktobar": 10, "novembar": 11, "decembar": 12}
_MONTH_WORD = r"(?:[a-zäéèûôşğıüöçóáúí]{3,10}|ág)\.?"
_PERIOD_TOKEN = re.compile(
    r"(?P<q>Q[1-4])\s*[-/]?\s*(?P<yq>(?:19|20)\d\d)"
    r"|(?P<mon>" + _MONTH_WORD + r")\s*(?:de\s+)?[,/-]?\s*(?:(?P<y1>(?:19|20)\d\d)|'(?P<yy>\d\d)"
    r"|(?P<bare>\d\d)(?![\d:/.]))"
    r"|(?P<mm>0?[1-9]|1[0-2])\s*[/.-]\s*(?P<y2>(?:19|20)\d\d)"
    r"|(?P<y3>(?:19|20)\d\d)\s*[./-]\s*(?P<mm3>0?[1-9]|1[0-2])(?!\d)"
    r"|(?P<y4>(?:19|20)\d\d)(?:\s*[-–—]\s*(?P<yy4>\d\d)(?![\d./]))?"
    r"|(?P<now>" + _NOW + r"|" + _NOW_INTL + r")",
    re.I,
)
_SINCE_RE = re.compile(r"\b(?:since|seit|depuis|desde|dal|sinds|from|ab|vanaf|a partir de|à partir de)\b", re.I)


_SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 1}  # a winter term: Jan


def _month_number(word: str) -> int | None:
    # Turkish capitals lower-case to a dotted i ('EKİM') or a plain one ('KASIM' for 'kasım')
    w = word.lower().rstrip(".").replace("\u0307", "")
    other = _OTHER_MONTHS.get(w) or _OTHER_NAMES.get(w)
    if other:
        return other
    for k in (w[:4], w[:3]):
        if k in _MONTH_NUMBERS:
            return _MONTH_NUMBERS[k]
    return None


_BARE_RANGE_RE = re.compile(rf"(?P<a>{_MONTH})\s*(?P<sep>[-–—]|to)\s*(?P<b>{_MONTH})\s*,?\s*"
                            rf"(?P<y>{_YEAR})", re.I)


def _year_both(m: re.Match[str]) -> str:
    """'Feb – Jul 2025' -> 'Feb 2025 – Jul 2025'; 'Nov – Feb 2025' starts the year before."""
    year = int(m.group("y"))
    a, b = _month_number(m.group("a")), _month_number(m.group("b"))
    start = year - 1 if a and b and a > b else year
    return f"{m.group('a')} {start} – {m.group('b')} {year}"


def period_of(dates: str) -> str:
    """What a role's printed dates mean, in one form whatever the language: 'YYYY-MM/YYYY-MM',
    'YYYY/YYYY' (years only), '.../present' for a role not ended; '' when they cannot be read.

    'Jan 2020 – Till Date', 'since 04/2021', '03.2020 – heute', 'depuis mars 2020', "Feb '19 –
    Jun '21", '2019 – 21' and '2020.03 – 2022.01' are all read."""
    # (a typographic apostrophe before a two-digit year: "Jan ’21 – now")
    text = _BARE_RANGE_RE.sub(_year_both, collapse_ws(dates or "").replace("’", "'").replace("‘", "'"))
    points: list[str] = []
    for m in _PERIOD_TOKEN.finditer(text):
        if m.group("now"):
            word = m.group("now").lower()
            if word == "date" and not re.search(r"(?:[-–—]|\bto|\btill|\buntil)\s*$", text[: m.start()], re.I):
                continue
            if points:
                points.append("present")
            continue
        if m.group("q"):  # a quarter starts in its first month and, as an end, ends in its last
            quarter = int(m.group("q")[1])
            points.append(f"{int(m.group('yq')):04d}-{3 * quarter - (0 if points else 2):02d}")
        elif m.group("mon"):
            month = _month_number(m.group("mon")) or _SEASONS.get(m.group("mon").lower())
            if m.group("bare") and not _month_number(m.group("mon")):
                continue  # "Jan 24" is a month and a year; "since 24" is nothing here
            year = int(m.group("y1")) if m.group("y1") else 2000 + int(m.group("yy") or
                                                                    m.group("bare"))
            if (m.group("yy") or m.group("bare")) and year > 2040:
                year -= 100
            # 'since 2019', 'desde 2019': a word before a year that is no month gives the year
            points.append(f"{year:04d}-{month:02d}" if month else f"{year:04d}")
        elif m.group("y2"):
            points.append(f"{int(m.group('y2')):04d}-{int(m.group('mm')):02d}")
        elif m.group("y3"):
            points.append(f"{int(m.group('y3')):04d}-{int(m.group('mm3')):02d}")
        else:
            first: str = m.group("y4")
            points.append(first)
            if m.group("yy4") and int(first[:2] + m.group("yy4")) >= int(first):
                points.append(first[:2] + m.group("yy4"))
        if len(points) >= 2:
            break
    points = [p for i, p in enumerate(points) if p != "present" or i > 0][:2]
    if not points or points[0] == "present":
        return ""
    if len(points) == 1:
        return points[0] + ("/present" if _SINCE_RE.search(text) else "/" + points[0])
    return points[0] + "/" + points[1]
