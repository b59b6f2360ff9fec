"""Degrees on a resume: level, field, dates, whether finished, and printed scores.

Read from the lines of the education sections (or, when those hold no degree, from any line
that names one), one entry per degree line with the lines around it (the institution above,
the dates or the grade below). A degree's field decides requirements such as "Bachelor's in
Computer Science or a related field"; its dates decide whether the candidate is still
enrolled and whether a PhD's years count as research experience.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.analysis.dates import expected_date, find_dates
from app.analysis.text import clip
from app.models.resume import Resume
from app.reading.cleanup import unspace_letters

# (name, words in any case, abbreviations matched case-sensitively, rank)
DEGREES = (
    ("phd", r"(?i:\b(doctorate|doctoral|ph\.?\s?d|dphil|d\.phil|doctorat|doctorado|doutorado|"
            r"dottorato(?: di ricerca)?|promotion \(dr\.|(?<=oder )promotion|dr\.?\s?rer\.?\s?nat\.?|dr\.?[\s-]?ing\.?|"
            r"dr\.\s?(?:phil|sc|techn)\.?|博士(?:後期)?(?:課程|号)?)(?!\w))",
     r"\b(Ph\.?\s?D|PhD|D\.Phil)\b", 3),
    # the degrees of other countries at the level they stand for: a French or Moroccan
    # engineering diploma and a German Diplom are master's degrees, as are an Italian laurea
    # magistrale, a Spanish maestría or máster and a Portuguese mestrado
    ("master", r"(?i:\b(master'?s?|mba|msc|m\.\s?tech|mtech|meng|m\.eng|integrated\s+bachelor-master|"
               r"m[áa]ster|maestr[ií]a|mestrado|mag[ií]st(?:er|ra)|laurea (?:magistrale|specialistica)|"
               r"dipl[oô]me (?:national )?d.ing[ée]nieur|mast[èe]re|mastergrad|masterexamen|sivilingeniør|civilingenjör|diplom-\w+|dipl\.-ing\.?|修士(?:課程|号|論文)?)(?!\w))",
     # (not Microsoft's 'MS SQL', 'MS Office'); the Czech and Slovak 'Mgr.' is a master's, as
     # is the engineer's title 'Ing.' of Czechia, Slovakia, Austria and Romania
     r"\b(M\.?\s?A\.?\s?Sc\.?|MMath|M\.?\s?S\.?[cC]?|MS|M\.?\s?Eng|MEng|MENG|M\.?\s?Tech|MBA|MSc|M\.A\.|M\.S\.|MCA)"
     r"(?![A-Za-z])(?!\s+(?:SQL|Office|Excel|Word|Teams|Project|Access|Azure|Dynamics|Visio|PowerPoint|"
     r"Outlook|Power BI|Windows|DOS)\b)|\bMgr\.(?=\s)|(?<![-.])\bIng\.(?=\s)", 2),
    # a Latin American licenciatura or engineering title, a Brazilian bacharelado, an Italian
    # laurea, a Spanish grado, a French licence: first degrees
    ("bachelor", r"(?i:\b(bachelor'?s?|undergraduate degree|bsc|b\.\s?tech|btech|b\.e\.|beng|"
                 r"licenciatura|licenciad[oa] en|bacharelado|bachiller en|laurea(?: triennale)? in|"
                 r"grado en|t[ií]tulo (?:profesional )?de ingenier[oa]|ingenier[oa] en|ingenier[oa] civil(?: \w+)?|ingenier[ií]a (?:en |de )?(?:sistemas|"
                 r"industrial|civil|mec[aá]nica|el[eé]ctrica|electr[oó]nica|inform[aá]tica|software|"
                 r"computaci[oó]n|qu[ií]mica|telecomunicaciones|matem[aá]tica)\w*)\b)",
     # Canadian forms: BASc (applied science), BMath, BCompSc ('BCS' and 'BSE' are a chartered
     # institute's certificates and a stock exchange too)
     r"\b(B\.?\s?A\.?\s?Sc\.?|BMath|BCompSc|BBA|B\.B\.A\.|BCom|B\.Com\.?|B\.?\s?S\.?[cC]?|BS|B\.?\s?A\.|BA|B\.?\s?E\.|BE|B\.?\s?Eng|B\.?\s?Tech|BSc|BCA|B\.S\.|"
     r"Licence(?= (?:en |in |de |d')?[A-Z])(?! No\b| Number\b))(?![A-Za-z])|\bBc\.(?=\s)", 1),  # (Bc.: Czech, Slovak)
)
DEGREE_NAMES = {3: "PhD", 2: "master's degree", 1: "bachelor's degree"}
SECONDARY = re.compile(
    r"(?i)\b(high school|higher secondary|secondary school|intermediate|10th|12th|class\s+(?:x|xii|10|12)|"
    r"ssc|hsc|cbse|icse|a-levels?|gcse|matriculation)\b")
INSTITUTION = re.compile(r"(?i)\b(universit\w*|college|institute|school|academy|polytechnic|iit|mit)\b")
# fields of study, from the most specific: computing, then quantitative, then the rest
COMPUTING = re.compile(
    r"(?i)\b(computer|computing|software|informatics?|information (?:technology|systems?|science|"
    r"engineering)|data science|machine learning|artificial intelligence|\bai\b|robotics|"
    r"language technolog\w*|computational linguistics|natural language processing|"
    r"speech (?:technology|processing|recognition|communication)|signal processing|"
    r"human-computer interaction|informatik|informatique|inform[aá]tica|informati[ck][aey]\w*|"
    r"informatyk[aiy]\w*|v[yý]po[cč]etn[ií] techni\w*|po[cč][ií]ta[cč]\w*|"
    r"ingenier[ií]a (?:de |en )?(?:sistemas|software|computaci[oó]n|inform[aá]tica)|"
    r"sistemas de informa[cç][aã]o|ci[eê]ncias? da computa[cç][aã]o|"
    r"ciencias? de la computaci[oó]n|sistemas computacionales|computaci[oó]n|ingegneria informatica|"
    r"informatiker\w*|elektrotechni\w*|ciencias? de (?:los )?datos|ci[eê]ncias? de dados|"
    r"sciences? des donn[ée]es|scienza dei dati|datenwissenschaft\w*|"
    r"electrical|electronics?|ece|eecs|cse|computational|(?-i:CS|CSE|EECS|ECE|IT))\b")
QUANTITATIVE = re.compile(
    r"(?i)\b(mathemati\w*|maths?|statisti\w*|physics|economics|econometrics|operations research|"
    r"engineering|finance|quantitative|actuarial|bioinformatics|biostatistics|biophysics|"
    r"(?:data|business|marketing|healthcare) analytics|analytics|"
    # the same fields in the languages degrees are printed in (Statistik, mathématiques, física)
    r"math[eé]mati[kq]\w*|matem[aá]ti[ck]\w*|statisti[kq]\w*|estad[ií]stica|estat[ií]stica|physi[kq]\w*|"
    r"fyzik\w*|kybernetik\w*|"
    r"f[ií]sica|volkswirtschaft\w*|wirtschaftswissenschaft\w*|[ée]conomie|econom[ií]a|"
    r"maschinenbau|ingenier[ií]a|ingegneria|ing[ée]nierie|engenharia)\b")
# the same fields in a Japanese record, written without spaces between words (情報工学:
# information engineering, 電気電子工学科: electrical and electronic engineering, 工学研究科:
# graduate school of engineering)
JAPANESE_COMPUTING = re.compile(r"情報|電気|電子|計算機|コンピュータ|ソフトウェア")
JAPANESE_QUANTITATIVE = re.compile(r"工学|数学|数理|統計|物理|経済")
# the quantitative fields closest to computing: a "related field" of computer science or ML
MATH_STAT = re.compile(r"(?i)\b(mathemati\w*|maths?|statisti\w*|biostatistic\w*|operations research|"
                       r"actuarial|data analytics|econometrics|math[eé]mati[kq]\w*|matem[aá]tica\w*|"
                       r"statisti[kq]\w*|estad[ií]stica|estat[ií]stica)\b")
# a teaching degree is about teaching its subject ("B.S. Mathematics Education")
TEACHING_DEGREE = re.compile(r"(?i)\b(?:mathemati\w*|maths?|science|physics|chemistry|biology|"
                             r"english|history|music|art|secondary|elementary|special)\s+education\b|"
                             r"\beducation\s*\((?:mathematics|science)\)|\bb\.?\s?ed\b")
ML_FIELD = re.compile(r"(?i)\b(machine learning|artificial intelligence|\bai\b|deep learning|"
                      r"neural|data science|nlp|natural language|computer vision|robot learning|"
                      r"learning|ml)\b")
_PERCENT = re.compile(r"(?i)(?:aggregate|percentage|marks|score)?[:\s]*(\d{2}(?:\.\d+)?)\s*%|"
                      r"(?i:percentage|aggregate)[:\s]+(\d{2}(?:\.\d+)?)")
_CGPA = re.compile(r"(?i)\b(?:c?gpa|cpi|grade)[:\s]*(\d{1,2}(?:\.\d+)?)\s*(?:/\s*(\d{1,2}(?:\.\d+)?))?")


@dataclass(frozen=True)
class Degree:
    """One degree the resume lists."""

    level: int  # 3 PhD, 2 master's, 1 bachelor's, 0 school (10th/12th, high school)
    line: str  # the degree line as printed (for evidence)
    text: str  # the entry's lines joined (institution, field, thesis, grade)
    field: str  # "computing" | "quantitative" | "other"
    start: int | None  # month indexes
    end: int | None
    expected: bool  # marked as expected/in progress
    percent: float | None  # a printed grade as a percentage (CGPA 7.6/10 -> 76)

    def finished_by(self, month: int) -> bool:
        """True when the degree was conferred by `month` (an expected date is not)."""
        return not self.expected and self.end is not None and self.end <= month

    @property
    def name(self) -> str:
        return DEGREE_NAMES.get(self.level, "school certificate")


# DEGREES' patterns, compiled once at import (where app.compile_cache keeps them)
DEGREE_PATTERNS = tuple((re.compile(words), re.compile(abbr), r) for _, words, abbr, r in DEGREES)


def degree_rank(text: str) -> int:
    """The highest degree a text names: 3 PhD, 2 master's, 1 bachelor's, 0 none."""
    return max((r for words, abbr, r in DEGREE_PATTERNS
                if words.search(text) or abbr.search(text)), default=0)


_MINOR = re.compile(r"(?i)[,;(]?\s*\b(?:with an? |and an? |an? )?minors?\b(?:\s+(?:in|of))?[^,;()|]*\)?")


BUSINESS_DEGREE = re.compile(r"\b[MB]\.?B\.?A\b|(?i:\b(?:master|bachelor)(?:'s)? of business "
                             r"administration\b)")


def field_of(text: str) -> str:
    """The field of a degree line; a minor ("B.A. Economics, minor in Informatics") is not
    the degree's field."""
    text = _MINOR.sub(" ", text)
    if TEACHING_DEGREE.search(text) and not re.search(r"(?i)\bcomputer|software", text):
        return "other"
    if BUSINESS_DEGREE.search(text):  # "MBA, concentration Business Analytics": a business
        return "other"  # degree, whatever its concentration
    if COMPUTING.search(text) or JAPANESE_COMPUTING.search(text):
        return "computing"
    if QUANTITATIVE.search(text) or JAPANESE_QUANTITATIVE.search(text):
        return "quantitative"
    return "other"


def _percent(text: str) -> float | None:
    for m in _PERCENT.finditer(text):
        value = float(m.group(1) or m.group(2))
        if 35 <= value <= 100:
            return value
    g = _CGPA.search(text)
    if g:
        value = float(g.group(1))
        scale = float(g.group(2)) if g.group(2) else (10.0 if value > 4.3 else 4.0)
        if 0 < value <= scale:
            return round(100 * value / scale, 1)
    return None


def heading_title(line: str, titles: set[str]) -> str | None:
    """The section title a resume text line stands for: the line itself, or a letter-spaced
    heading the reader titled without its spaces ('P U B L I C A T I O N S' -> 'PUBLICATIONS',
    as `unspace_letters` made it); None for any other line."""
    t = line.strip()
    if t in titles:
        return t
    bare = re.sub(r"^[•·▪■◆►▶➢\-*]\s*", "", t)  # "• Education": a heading marked like a bullet
    if bare != t and bare in titles:
        return bare
    joined = unspace_letters(t)
    return joined if joined != t and joined in titles else None


def section_lines(resume: Resume, kinds: Sequence[str]) -> list[str]:
    """The text lines under the resume's sections of the given kinds, in order."""
    titles = {s.title.strip() for s in resume.sections}
    wanted = {s.title.strip() for s in resume.sections if s.kind in kinds}
    out: list[str] = []
    on = False
    for line in (resume.text or "").splitlines():
        t = line.strip()
        title = heading_title(t, titles)
        if title is not None:
            on = title in wanted
            continue
        if on and t:
            out.append(t)
    return out


def _entry(lines: list[str], i: int) -> list[str]:
    """The degree line i with its institution line above and detail lines below."""
    start = i
    if i > 0 and not degree_rank(lines[i - 1]) and INSTITUTION.search(lines[i - 1]) \
            and not find_dates(lines[i]):
        start = i - 1
    end = i + 1
    while end < len(lines) and end - i <= 3 and not degree_rank(lines[end]) \
            and not (INSTITUTION.search(lines[end]) and end > i + 1):
        end += 1
    return lines[start:end]


_UNDER_A_DEGREE = re.compile(r"(?i)^\W*[•·*▪-]|\b(?:courses?|coursework|modules?|certificates?|"
                             r"cs50x?|mooc|gpa|cgpa|thesis|dissertation|minor|honou?rs|award)\b")


RENAMED = re.compile(r"(?i)\((?:now|formerly|today|since renamed)\b[^)]*\)")
# a degree the person has been admitted to and not begun: neither held nor in progress
PLANNED = re.compile(r"(?i)\b(?:admitted|admission|incoming|accepted (?:into|to|for)|starting (?:in )?"
                     r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|fall|"
                     r"autumn|winter|\d{4})|will (?:start|begin)|deferred (?:entry|start))")


def degrees(resume: Resume) -> tuple[Degree, ...]:
    """Every degree (and school certificate with a grade) the resume lists."""
    lines = section_lines(resume, ("education",))
    if not any(degree_rank(ln) for ln in lines):
        lines = _degree_lines_anywhere(resume)
    out: list[Degree] = []
    for i, line in enumerate(lines):
        level = degree_rank(line)
        if not level or PLANNED.search(line):
            continue  # 'Master of Science (admitted, starting January 2027)': not begun, not held
        entry = _entry(lines, i)
        text = " ".join(entry)
        # "Ryerson University (now TMU), 2019": a school's new name, not a degree under way
        own = find_dates(RENAMED.sub(" ", line))
        dated = find_dates(RENAMED.sub(" ", text))
        hits = [h for h in own if h.month is not None] or [h for h in dated if h.month is not None]
        start = hits[0].month if len(hits) > 1 else None
        end = hits[-1].month if hits else None
        now = any(h.month is None for h in (own or dated))
        # the degree's own line names its field; a wrapped line may finish it, never a course,
        # certificate or thesis listed under it ('B.A. English and Linguistics' over
        # '• CS50x: Introduction to Computer Science')
        rest = [x for x in entry if x != line and not _UNDER_A_DEGREE.search(x)]
        field_text = line if field_of(line) != "other" or not rest else " ".join([line, *rest])
        out.append(Degree(level, clip(line, 160), text, field_of(field_text), start,
                          None if now else end, expected_date(text) or now, _percent(text)))
    for line in lines:
        if SECONDARY.search(line) and not degree_rank(line):
            for part in re.split(r"(?<=\d)\s+(?=[A-Z])", line):
                if SECONDARY.search(part):
                    out.append(Degree(0, clip(part, 120), part, "other", None, None, False,
                                      _percent(part)))
    return tuple(out)


_NOT_A_DEGREE = re.compile(r"(?i)\b(research\w*|post-?doc\w*|supervis\w*|cohorts?|students?|"
                           r"teaching|with a)\b")
_DEGREE_PHRASE = re.compile(r"(?i)\bdegree\b|\b(of|in)\s+[A-Z]|[,;(–-]\s*[A-Z][a-z]|"
                            # "(B.S. Systems Engineering)", "Ingeniería de Sistemas"
                            r"(?-i:\b[BM]\.?\s?(?:S|Sc|A|E|Eng|Tech)\.?\s+[A-Z][a-z])|"
                            r"^(?:ingenier[ií]a|licenciatura|bacharelado|diplom)\w*\s|"
                            # a Japanese record: the graduate school and its master's or
                            # doctoral course (大学院 修士課程 / 博士課程)
                            r"大学院|修士|博士")


def _degree_lines_anywhere(resume: Resume) -> list[str]:
    """Degree lines outside any education section (a two-column layout can read the section's
    lines elsewhere): a line naming a degree and a field, with the line after it for dates;
    never a bullet, a summary sentence or a job title ("PhD Researcher")."""
    skip = {b.text.strip() for b in resume.bullets}
    skip |= {r.title.strip() for r in resume.roles}
    skip |= set(section_lines(resume, ("summary", "experience")))
    raw = [ln.strip() for ln in (resume.text or "").splitlines()]
    out: list[str] = []
    for i, line in enumerate(raw):
        if (degree_rank(line) and len(line) < 160 and line not in skip
                and not line.startswith(("•", "-", "*")) and not _NOT_A_DEGREE.search(line)
                and _DEGREE_PHRASE.search(line)):
            out.append(line)
            if i + 1 < len(raw) and raw[i + 1] and not degree_rank(raw[i + 1]):
                out.append(raw[i + 1])
    return out


def highest(found: Sequence[Degree]) -> Degree | None:
    """The highest degree (the first listed among equals)."""
    best = None
    for d in found:
        if d.level and (best is None or d.level > best.level):
            best = d
    return best
