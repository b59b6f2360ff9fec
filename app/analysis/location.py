"""Where the posting's work is, where the resume places its candidate, and what the resume
says of the right to work: so the kit can name a move to another country, or a visa, before a
recruiter does.

- Places come from `countries.json` (passed in): a country's names and states match in any
  case; its cities only where the text capitalises them ("Nice" is a city, "nice" is not); its
  `exact` strings as written (", WA", "AUS,", a telephone code before digits).
- The posting's countries are those its locations name (a city, a state, a location code);
  its prose naming other countries ("customers across India and the UK") counts only when no
  location is named at all. A posting open to anywhere names none.
- The resume's country is read from its header (the lines above the first section, without
  the name, e-mail addresses, links and what follows "open to relocation"), then from the
  most recent role's employer line.
- The right to work: citizenship, permanent residency, a green card, "right to work in the
  UK", "authorised to work in the US", an EU citizenship for the EU's members; a visa the
  resume names for where it lives (F-1, H-1B, a student or dependant visa) and whether it says
  sponsorship will be needed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.models.knowledge import Country
from app.models.resume import JobDescription, Resume

HEADER_LINES = 10
_LINK = re.compile(r"\S+@\S+|https?://\S+|www\.\S+|\b[\w.-]+\.(?:com|io|dev|me|org|net|ai|app|"
                   r"co|info|site|page|xyz|tech|[a-z]{2})/\S*|\b[\w-]+(?:\.[\w-]+)*\.(?:com|io|"
                   r"dev|me|org|net|ai|app|info|site|page|xyz|tech)\b", re.I)
# where a line stops saying where the candidate is ("Denver, CO (open to relocate)",
# "US citizen – open to relocation to Sydney")
_MOVE_CLAUSE = re.compile(r"(?i)\b(?:open to|willing to|happy to|ready to|available to|able to|"
                          r"relocat\w*|moving to|disponible para)\b.*$")
_STATUS_WORDS = (r"citizen\w*|national|passport|permanent resident\w*|green card|visa|work permit|"
                 r"right to work|authori[sz]\w* to work|work authori[sz]ation|sponsorship")
_STATUS_CLAUSE = re.compile(rf"(?i)\b(?:{_STATUS_WORDS})\b")
# any word of status at all: those, and residency written short ("Singapore PR")
_ANY_STATUS = re.compile(rf"(?i)\b(?:{_STATUS_WORDS}|residen\w*|work rights|permit|(?-i:PR))\b")
_SECTION = re.compile(r"(?i)^\W*(?:professional |work |career )?(?:summary|profile|experience|"
                      r"employment|work history|education|skills|objective|about me|"
                      r"research interests|technical skills|core competencies)\b")
RELOCATE = re.compile(r"(?i)\b(?:open to (?:relocat\w*|moving)|willing to relocate|happy to "
                      r"relocate|ready to relocate|able to relocate|relocating to|open for "
                      r"relocation|disponible para reubicaci\w*|relocation: yes)\b")
# a posting that asks for the right to work already held
STRICT = re.compile(r"(?i)\b(?:must (?:already )?(?:have|hold) (?:the |full )?(?:right|"
                    r"authori[sz]ation) to work|(?:no|not (?:able to )?(?:offer|provide)|unable "
                    r"to (?:offer|provide)|will not|cannot|does not|do not) (?:\w+ )?sponsor\w*|"
                    r"sponsorship is not (?:available|offered|provided)|without (?:the need for )?"
                    r"(?:visa )?sponsorship|must be (?:legally )?(?:authori[sz]ed|eligible) to "
                    r"work|applicants must have the right to work)\b")
_ANYWHERE = re.compile(r"(?i)\bremote\b[^.\n]{0,40}\b(?:anywhere|worldwide|any country|global"
                       r"(?:ly)?)\b|\b(?:anywhere|worldwide) \(?remote\b")
# a visa the resume names for its own country, and sponsorship it says it needs
TEMPORARY = re.compile(r"(?<![\w-])(?-i:F-1|H-?1B|L-2S?|L-1|J-1|O-1|E-3)(?![\w-])|(?<!\w)"
                       r"(?-i:(?:STEM )?OPT)\b(?!-)|(?-i:\bTN) (?:visa|status)\b|(?i:\b(?:student|"
                       r"dependant|dependent|graduate|partner|spouse|working holiday|skilled "
                       r"worker|tier \d|temporary|bridging) visa\b|\bvisa \(?subclass \d{3}\b|"
                       r"\bblue card\b)")
SPONSOR_NEEDED = re.compile(r"(?i)(?:\b(?:will|would|do|does|may)?\s*(?:need|needs|require|"
                            r"requires)\s+(?:a\s+|an\s+)?(?:\w+\s+){0,3}(?:visa\s+)?"
                            r"sponsorship\b|\bsponsorship (?:needed|required)\b|\bneeds? a "
                            r"(?:\w+ )?work visa\b)(?!\s+(?:outside|abroad|elsewhere|for (?:roles|"
                            r"jobs) (?:outside|abroad)))(?!\s*(?:\w+\s+){0,3}(?:outside|abroad))")
_SPONSOR_NOT = re.compile(r"(?i)\b(?:no|not|without|does not|doesn't|never)\s+(?:\w+\s+){0,2}"
                          r"(?:sponsorship|require sponsorship|need sponsorship)|sponsorship "
                          r"(?:not )?(?:needed|required)\s*:\s*no\b")
_EU_WORDS = re.compile(r"(?i)\b(?:EU|E\.U\.|european union|european)\s+(?:citizen\w*|national|"
                       r"passport)|\bright to work in the (?:EU|european union)\b")
_HOLDS = (r"citizen\w*|national|passport(?: holder)?|permanent resident\w*|\bpr\b|"
          r"residen(?:t|ce)(?: \w+)?|(?:\w )?permit|work rights")


@dataclass(frozen=True)
class Place:
    country: Country
    words: str  # as the text writes it: "Sydney", "Dallas, TX", "Australia"


@dataclass(frozen=True)
class Status:
    """What the resume says of where it may work."""

    authorised: frozenset[str]  # country ids
    temporary: str = ""  # a visa it names for where it lives: "F-1", "student visa"
    sponsorship: bool = False  # it says sponsorship will be needed
    relocate: bool = False  # it says it is open to moving


@dataclass(frozen=True)
class Move:
    """A posting in a country where the resume shows no right to work."""

    where: Place
    home: Place
    status: Status
    strict: bool  # the posting asks for the right to work already held


@dataclass(frozen=True)
class Visa:
    """A posting where the resume lives, on a visa the resume names."""

    where: Place
    visa: str
    sponsorship: bool
    strict: bool


@dataclass(frozen=True)
class _Index:
    """Every country's words in two patterns, read in one pass each: a mention inside a longer
    one is no mention ("Wales" in "New South Wales")."""

    words: re.Pattern[str]  # names, regions, cities: any case
    exact: re.Pattern[str]  # exact strings and telephone codes: as written
    kind: dict[str, tuple[str, str]]  # lower-case word -> (country id, names|regions|cities)
    codes: dict[str, str]  # exact string -> country id
    holds: re.Pattern[str]  # "Australian citizen", "permanent resident of Australia"
    holder: dict[str, str]  # lower-case people or name word -> country id


def _alt(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@functools.lru_cache(maxsize=8)
def _index(countries: tuple[Country, ...]) -> _Index:
    kind: dict[str, tuple[str, str]] = {}
    codes: dict[str, str] = {}
    holder: dict[str, str] = {}
    for c in countries:
        for pool, words in (("names", c.names), ("regions", c.regions), ("cities", c.cities)):
            for w in words:
                kind.setdefault(w, (c.id, pool))
        for e in c.exact:
            codes.setdefault(e, c.id)
        for w in (*c.people, *c.names):
            holder.setdefault(w, c.id)
    texts = [e for e in codes if not e.startswith("+")]
    phones = [e for e in codes if e.startswith("+")]
    exact = "|".join(
        [(r"(?<!\w)" if e[0].isalnum() else "") + re.escape(e) + (r"(?!\w)" if e[-1].isalnum()
                                                                   else "")
         for e in sorted(texts, key=len, reverse=True)]
        + [rf"(?<![\w+]){re.escape(e)}(?=[\s\-(.]*\d)" for e in sorted(phones, key=len,
                                                                            reverse=True)])
    who = _alt(list(holder))
    holds = re.compile(
        rf"(?i)(?<![\w.])(?P<a>{who})(?:\s+and\s+(?:(?P<c>{who})|\w+))?\s+(?:{_HOLDS})\b|\b(?:citizen(?:ship)?|"
        rf"national|permanent resident|residen(?:t|ce)|right to work|authori[sz]ed to work|work "
        rf"authori[sz]ation|work permit|work rights)\s*(?:of|in|for|:)?\s*(?:the\s+)?"
        rf"(?P<b>{who})(?![\w])")
    return _Index(re.compile(rf"(?i)(?<![\w.])(?:{_alt(list(kind))})(?![\w])"),
                  re.compile(exact), kind, codes, holds, holder)


def mentions(text: str, countries: Sequence[Country]) -> dict[str, list[tuple[int, str, bool]]]:
    """Every country the text mentions, each with its mentions: (offset, words, a location
    rather than a name of the country). A city counts only where the text capitalises it."""
    index = _index(tuple(countries))
    out: dict[str, list[tuple[int, str, bool]]] = {}
    for m in index.words.finditer(text):
        word = m.group(0)
        cid, pool = index.kind[word.lower()]
        if pool == "cities" and word[0].islower():
            continue
        out.setdefault(cid, []).append((m.start(), word, pool != "names"))
    for m in index.exact.finditer(text):
        out.setdefault(index.codes[m.group(0)], []).append((m.start(), m.group(0), True))
    return {cid: sorted(hits) for cid, hits in out.items()}


def _place(country: Country, hits: list[tuple[int, str, bool]]) -> Place:
    """The place as the text names it: a city first, then a state, then the country."""
    for pool in (country.cities, country.regions):
        word = next((w for _, w, _ in hits if w.lower() in pool), "")
        if word:
            return Place(country, word)
    return Place(country, _capital(country.name))


def _capital(name: str) -> str:
    return name[4:] if name.startswith("the ") else name


def _best(text: str, countries: Sequence[Country], *, locations_only: bool
          ) -> tuple[Place | None, frozenset[str]]:
    return _best_cached(text, tuple(countries), locations_only)


@functools.lru_cache(maxsize=64)  # the move and the visa conditions read the same texts
def _best_cached(text: str, countries: tuple[Country, ...], locations_only: bool
                 ) -> tuple[Place | None, frozenset[str]]:
    """The country the text mentions most (locations first) and every country it locates."""
    scored: list[tuple[int, int, Country, list[tuple[int, str, bool]]]] = []
    found = mentions(text, countries)
    for c in countries:
        hits = found.get(c.id)
        if not hits:
            continue
        located = sum(1 for h in hits if h[2])
        if locations_only and not located:
            continue
        scored.append((located, len(hits), c, hits))
    if not scored:
        return None, frozenset()
    if any(s[0] for s in scored):
        scored = [s for s in scored if s[0]]
    scored.sort(key=lambda s: (-s[0], -s[1], s[3][0][0]))
    top = scored[0]
    # a posting in "Seattle, WA or Vancouver, BC" is in both; one that mentions a team "in
    # Seattle and Berlin" beside four lines of Dublin is in Dublin
    near = [s for s in scored if s[0] * 2 >= top[0] and s[1] * 2 >= top[1]]
    return _place(top[2], top[3]), frozenset(s[2].id for s in near)


def posting_places(job: JobDescription, countries: Sequence[Country]
                   ) -> tuple[Place | None, frozenset[str]]:
    """Where the posting's work is (the country its locations name most) and every country it
    locates work in; (None, empty) when it names none or is open to anywhere."""
    text = job.text or ""
    if _ANYWHERE.search(text):
        return None, frozenset()
    place, ids = _best(text, countries, locations_only=True)
    if place is None:
        place, ids = _best(text, countries, locations_only=False)
    return place, ids


def _header(resume: Resume) -> str:
    """The resume's top lines, where it prints where the candidate lives: without the name,
    links and e-mail addresses, and what a line says of moving or of status."""
    name = (resume.name or "").strip().lower()
    out: list[str] = []
    for i, line in enumerate((resume.text or "").splitlines()[:HEADER_LINES]):
        s = line.strip()
        if i > 0 and _SECTION.match(s) and out:
            break
        if not s or (name and s.lower() == name):
            continue
        if name and s.lower().startswith(name):
            s = s[len(name):]
        s = _LINK.sub(" ", s)
        s = _MOVE_CLAUSE.sub("", s)
        m = _STATUS_CLAUSE.search(s)
        if m:  # "Somerville, MA · US permanent resident": the place before the status
            s = s[:max(0, s.rfind("·", 0, m.start()), s.rfind("|", 0, m.start()),
                       s.rfind(";", 0, m.start()))]
        out.append(s)
    return "\n".join(out)


def resume_place(resume: Resume, countries: Sequence[Country]) -> Place | None:
    """Where the resume places its candidate: its header, else its latest employer's line."""
    place, _ = _best(_header(resume), countries, locations_only=False)
    if place is not None:
        return place
    for role in resume.roles[:1]:
        place, _ = _best(f"{role.organization}\n{role.title}", countries, locations_only=True)
        if place is not None:
            return place
    return None


def work_status(resume: Resume, countries: Sequence[Country]) -> Status:
    """What the resume says of where its candidate may work."""
    text = resume.text or ""
    authorised: set[str] = set()
    index = _index(tuple(countries))
    for m in index.holds.finditer(text) if _ANY_STATUS.search(text) else ():
        around = text[max(0, m.start() - 25):m.end() + 5].lower()
        if re.search(r"\b(?:no|not|without|need|needs|would need|will need)\b", around) \
                and not re.search(r"no (?:visa )?sponsorship", around):
            continue
        authorised |= {index.holder[w.lower()] for w in m.group("a", "b", "c") if w}
    if re.search(r"(?i)\bgreen card\b|\bU\.?S\.? work authori[sz]ation\b", text):
        authorised.add("us")
    zones = {z for c in countries if c.id in authorised for z in c.zones}
    if _EU_WORDS.search(text):
        zones.add("eu")
    authorised |= {c.id for c in countries if set(c.zones) & zones}
    found = TEMPORARY.search(text)
    temporary = found.group(0) if found else ""
    sponsorship = bool(SPONSOR_NEEDED.search(text)) and not _SPONSOR_NOT.search(text)
    return Status(frozenset(authorised), temporary, sponsorship, bool(RELOCATE.search(text)))


def move(resume: Resume, job: JobDescription, countries: Sequence[Country]) -> Move | None:
    """The posting's work is in a country the resume neither lives in nor states the right to
    work in."""
    where, located = posting_places(job, countries)
    if where is None:
        return None
    home = resume_place(resume, countries)
    if home is None or home.country.id in located or where.country.id == home.country.id \
            or set(home.country.zones) & set(where.country.zones):
        return None  # no border, or one its people cross freely (within the EU)
    status = work_status(resume, countries)
    if where.country.id in status.authorised:
        return None
    return Move(where, home, status, bool(STRICT.search(job.text or "")))


def visa(resume: Resume, job: JobDescription, countries: Sequence[Country]) -> Visa | None:
    """The posting is where the resume lives, and the resume names a visa it lives on (or
    says it needs sponsorship) without stating the right to work there."""
    where, located = posting_places(job, countries)
    if where is None:
        return None
    home = resume_place(resume, countries)
    if home is not None and home.country.id not in located:
        return None  # a move: the other condition's
    status = work_status(resume, countries)
    if where.country.id in status.authorised or not (status.temporary or status.sponsorship):
        return None
    return Visa(where, status.temporary or "a visa", status.sponsorship,
                bool(STRICT.search(job.text or "")))
