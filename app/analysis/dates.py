"""Dates on a resume, read as month indexes (year * 12 + month - 1).

A role's dates come in many shapes: "Jan 2019 - Mar 2021", "06/2019 – 08/2020",
"2025.02–pres.", "Sept. 2022 – Present", "2018 – 21", "Summer 2013", "Q3 2018", "Jan–Mar 2020",
"since 2019", "2019-03 to date". `span` reads one into (start, end) months with the end
exclusive in the sense that duration = end - start: July 2018 to November 2019 is 16 months.
"Present" stands for the resume's own date (`as_of`), which `resume_date` works out: a printed
"last updated" line first, then the file's own date when it fits what the resume prints, and
otherwise the day of the analysis. No clock is read here: the caller passes today.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11),
           "winter": (1, 3)}  # "Winter 2025": the winter term or quarter, January on
_MON = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
# one date: "Jan 2019", "January, 2019", "Jan '19", "06/2019", "2019.06", "2019-06", "2019",
# "Summer 2013", "10 Jan 2017", or a word for now
DATE = re.compile(
    r"(?i)(?<![\w/.])(?:"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<mon>" + _MON + r")[\s,]*(?:(?P<y1>" + _YEAR
    + r")|'(?P<yy>\d\d))"
    r"|(?P<season>spring|summer|fall|autumn|winter)[\s,]*(?P<ys>" + _YEAR + r")"
    r"|q(?P<quarter>[1-4])\s*[-/]?\s*(?P<yq>" + _YEAR + r")"
    r"|(?P<mm>0?[1-9]|1[0-2])\s*[/.-]\s*(?P<y2>" + _YEAR + r")"
    r"|(?P<y4>" + _YEAR + r")\s*[./-]\s*(?P<mm2>0?[1-9]|1[0-2])(?![\d])"
    r"|(?:fy\s?)?(?P<y3>" + _YEAR + r")"  # "FY2022": a fiscal year, read as its year
    r"|(?P<now>present|current(?:ly)?|now|today|ongoing|pres\.|(?:till|until|up\s+to)\s+(?:date|now)"
    r"|date)"
    r")(?![\w])")
# "2018 – 21": a two-digit end year after a four-digit start
_SHORT_END = re.compile(r"(?P<y>" + _YEAR + r")\s*[-–—]\s*(?P<yy>\d\d)(?![\d/.])")
# "Jan – Mar 2020": a month without a year takes the year of the next date
_BARE_MONTH = re.compile(r"(?i)(?<![\w])(?P<mon>" + _MON + r")\s*(?=[-–—]|to\b)")
_RANGE = re.compile(r"(?i)^\s*(?:[-–—~～〜]+>?|→|⟶|to|until|till|through|thru)\s*$|^\s*(?:[-–—~～〜]|→|⟶)")
_SINCE = re.compile(r"(?i)\b(since|from)\b")
# a range left open after its start ("2021/04～", "2021.04 -"): still running
_OPEN_END = re.compile(r"^\s*[.]?\s*[～〜~\-–—]\s*[^\x00-\x7F]{0,6}\s*$")  # '2021/04～', '～現在'
_LAST_UPDATED = re.compile(
    r"(?i)\b(?:last\s+)?(?:updated|revised)(?:\s+(?:on|in|as\s+of))?[:\s]+(?P<date>[^\n]{3,40})")
_EXPECTED = re.compile(r"(?i)\b(expected|anticipated|expecting|exp\.|to be conferred|"
                       r"graduating|will graduate|candidate|in progress|pursuing|ongoing|"
                       # Spanish, Portuguese, Italian, French: "(en curso)", "(esperado)"
                       r"en curso|esperad[oa]|cursando|em andamento|previst[oa]|in corso|en cours)\b")


@dataclass(frozen=True)
class DateHit:
    """One date found in a text: its month index (None for "present") and how precise."""

    month: int | None
    precision: str  # "month" | "season" | "year" | "now"
    start: int  # character offsets in the text
    end: int
    season_end: int | None = None  # for a season: its last month


def month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def month_text(month: int) -> str:
    """'Mar 2021' for a month index."""
    name = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[month % 12]
    return f"{name} {month // 12}"


def iso_month(month: int) -> str:
    """'2021-03' for a month index."""
    return f"{month // 12:04d}-{month % 12 + 1:02d}"


def _hit(m: re.Match[str]) -> DateHit:
    if m.group("now"):
        return DateHit(None, "now", m.start(), m.end())
    if m.group("mon"):
        year = int(m.group("y1")) if m.group("y1") else 2000 + int(m.group("yy"))
        if m.group("yy") and year > 2040:
            year -= 100
        return DateHit(month_index(year, MONTHS[m.group("mon").lower()[:3]]), "month",
                       m.start(), m.end())
    if m.group("season"):
        first, last = SEASONS[m.group("season").lower()]
        year = int(m.group("ys"))
        end_year = year + 1 if last < first else year
        return DateHit(month_index(year, first), "season", m.start(), m.end(),
                       month_index(end_year, last))
    if m.group("quarter"):  # "Q3 2018": July to September
        first = 3 * int(m.group("quarter")) - 2
        year = int(m.group("yq"))
        return DateHit(month_index(year, first), "season", m.start(), m.end(),
                       month_index(year, first + 2))
    if m.group("y2"):
        return DateHit(month_index(int(m.group("y2")), int(m.group("mm"))), "month",
                       m.start(), m.end())
    if m.group("y4"):
        return DateHit(month_index(int(m.group("y4")), int(m.group("mm2"))), "month",
                       m.start(), m.end())
    return DateHit(month_index(int(m.group("y3")), 1), "year", m.start(), m.end())


def find_dates(text: str) -> list[DateHit]:
    """Every date in a text, in order ("Jan – Mar 2020" gives Jan 2020 and Mar 2020)."""
    text = _SHORT_END.sub(lambda m: f"{m.group('y')} – {m.group('y')[:2]}{m.group('yy')}"
                          if int(m.group('y')[:2] + m.group('yy')) >= int(m.group('y'))
                          else m.group(0), text or "")
    hits = [_hit(m) for m in DATE.finditer(text)]
    # a bare "date" counts as now only after a dash or "to" ("Jan 2020 – date")
    hits = [h for h in hits if not (h.precision == "now" and text[h.start:h.end].lower() == "date"
                                    and not re.search(r"(?:[-–—]|\bto)\s*$", text[:h.start]))]
    for m in _BARE_MONTH.finditer(text):
        if any(h.start <= m.start() < h.end for h in hits):
            continue
        later = next((h for h in hits if h.start > m.start() and h.month is not None), None)
        if later is not None and later.month is not None:
            year = later.month // 12
            hits.append(DateHit(month_index(year, MONTHS[m.group("mon").lower()[:3]]), "month",
                                m.start(), m.end()))
    return sorted(hits, key=lambda h: h.start)


def span(dates: str, as_of: int) -> tuple[int, int] | None:
    """(start, end) months of a role's dates, or None when they cannot be read.

    A year alone starts in January and, as an end, means January of that year ("2018 – 2021"
    is three years); an end month is worked through ("Jan 2020 – Dec 2020" is twelve months,
    as a recruiter counts it); a lone date counts a few months; "since 2019" runs to `as_of`; an end
    after `as_of` is cut there; a start after `as_of` is a role not begun yet (None)."""
    found = find_dates(dates)
    if not found:
        return None
    first = found[0]
    if first.month is None or first.month > as_of:
        return None  # no start, or a role not begun yet
    start = first.month
    # "2021. 09. ~ 2023. 08.": the month's own full stop comes before the range sign
    between = dates[first.end:found[1].start].lstrip(".") if len(found) > 1 else ""
    joined = len(found) > 1 and (bool(_RANGE.search(between)) or (
        not between.strip() and found[1].precision == "now"
        and bool(re.match(r"(?i)(?:till|until|up\s+to)\b", dates[found[1].start:]))))
    if joined:
        last = found[1]
        end = as_of if last.month is None else (
            last.season_end + 1 if last.season_end is not None
            else last.month + 1 if last.precision == "month" else last.month)
    elif _SINCE.search(dates) or _OPEN_END.search(dates[first.end:]):
        end = as_of  # "since 2019", "2021/04～": still running (to this month, as "present")
    elif first.season_end is not None:
        end = first.season_end + 1
    else:  # a single date: a few months at that time
        end = start + (6 if first.precision == "year" else 3)
    if end < start:
        start, end = end, start
    return start, max(start, min(end, as_of))


def expected_date(text: str) -> bool:
    """True when a date is marked as expected or in progress ("Expected May 2026")."""
    return bool(_EXPECTED.search(text or ""))


def merged_months(spans: list[tuple[int, int]]) -> int:
    """Months covered by a set of spans, overlaps counted once."""
    total, cur = 0, None
    for s, e in sorted(spans):
        if cur is None or s > cur[1]:
            if cur:
                total += cur[1] - cur[0]
            cur = [s, e]
        else:
            cur[1] = max(cur[1], e)
    if cur:
        total += cur[1] - cur[0]
    return total


def years(months: int) -> float:
    """Months as years, to one decimal."""
    return round(months / 12, 1)


@dataclass(frozen=True)
class ResumeDate:
    """The month the resume speaks of as "now", and where that came from (in plain words)."""

    month: int
    source: str  # "updated" | "printed" | "today"
    why: str
    saved: int | None = None  # the month the file was last saved, when known


STALE_MONTHS = 24  # a file last saved this long before today may be out of date


def latest_printed(text: str) -> int | None:
    """The latest date a text prints (a year alone counts as its December)."""
    best = None
    for h in find_dates(text):
        if h.month is None:
            continue
        last = h.season_end if h.season_end is not None else (
            h.month + 11 if h.precision == "year" else h.month)
        best = last if best is None else max(best, last)
    return best


def parse_iso(value: str) -> int | None:
    """The month of an ISO date or date-time ("2019-11-03", "2019-11")."""
    m = re.match(r"^\s*(\d{4})-(\d{2})", value or "")
    if not m:
        return None
    year, month = int(m.group(1)), int(m.group(2))
    return month_index(year, month) if 1 <= month <= 12 and 1950 <= year <= 2100 else None


def resume_date(text: str, document_date: str, today: int, latest_start: int | None,
                printed_date: str = "") -> ResumeDate:
    """What "Present" means on this resume: the date the resume prints as its own (a "Last
    updated ..." line, or a full date in the page header or footer such as a template's build
    date), else today. The file's saved date is kept apart: a re-exported or copied file
    carries a date that says nothing about when the text was written, so it only warns that a
    resume may be out of date."""
    saved = parse_iso(document_date)
    for m in _LAST_UPDATED.finditer(text or ""):
        months = [h.month for h in find_dates(m.group("date")) if h.month is not None]
        if months and months[0] <= today:
            return ResumeDate(months[0], "updated",
                              f"the resume's own date ('{m.group(0).strip()[:40]}')", saved)
    printed_month = parse_iso(printed_date)
    if printed_month is not None and printed_month <= today and (
            latest_start is None or printed_month >= latest_start):
        return ResumeDate(printed_month, "printed",
                          f"the date printed on the resume ({month_text(printed_month)})", saved)
    return ResumeDate(today, "today", f"today ({month_text(today)})", saved)
