"""Entries of one experience-like section: which lines are entry headers (roles), which
start a bullet or a paragraph, which continue one; then the bullets themselves."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from app.models.resume import Bullet, Role, Section, bullet_id
from app.reading.cleanup import collapse_ws, join_lines
from app.reading.dates import (
    RANGE_ONLY_RE,
    TITLE_NOUN_IN,
    drop_durations,
    has_date,
    is_dateish,
    is_place,
    join_split_dates,
    take_meta,
)
from app.reading.lines import Line
from app.reading.roles import (
    LINK_TAIL,
    ORG_WORDS,
    TITLE_WORDS,
    column_labels,
    field_of,
    fields_role,
    group_headers,
    make_role,
    role_sentence,
    same_employer,
    sentence_role,
)
from app.reading.wording import (
    is_citation,
    is_degree_line,
    is_label,
    is_link_line,
    is_record_line,
    is_role_line,
    is_skills_list,
    list_items,
    starts_with_verb,
)


@dataclass
class _Entry:
    lines: list[Line]
    para: bool  # paragraph-style (no glyph)


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
    if ln.bold or ln.italic or ln.leader:
        return True
    t = ln.text
    if re.search(r"\s\|\s", t) and len(t) < 120 and not t.endswith("."):
        return True
    if weak and len(t) < 60 and not (re.search(r"[.;]$", t) and not _ABBREV_END.search(t)) \
            and len(t.split()) <= 9:
        return not _verb_led(t)  # 'Edit and update the data...': a short achievement
    if body and ln.size and ln.size > body * 1.05:
        return True
    return False


def _verb_led(text: str) -> bool:
    """Starts like an achievement ('Edit and update the data'), unless the verb-like word is
    part of a job title ('Reporting Analyst, Fernhill Bank', 'Training Coordinator')."""
    if not starts_with_verb(text):
        return False
    head = re.split(r"[,|@(]| at | - | – ", text, maxsplit=1)[0]
    return not (len(head.split()) <= 4 and TITLE_WORDS.search(head.lower()))


_INLINE_BULLETS = re.compile(r"\s+[•⋄◦▪●■♦➢►›»]\s*")


def entries_of(
    section: Section,
    lines: list[Line],
    body: float,
    roles: list[Role],
    bullets: list[Bullet],
    vocab: set[str] | None = None,
    line_gap: float | None = None,
) -> None:
    """Read one experience-like section: its roles go to `roles`, its bullets to `bullets`.

    Three steps: classify each line (entry header, bullet start, continuation, paragraph),
    drop the one-line descriptions above an entry's bullets, then emit the bullets."""
    reader = _SectionReader(section, body, roles, line_gap)
    items = reader.read(join_split_dates(lines))
    bullets.extend(_emit_bullets(_drop_descriptions(items), section, vocab))


class _SectionReader:
    """The line-by-line walk over one section: an open header (the lines of the entry being
    read), an open item (the bullet or paragraph being read) and the current role."""

    def __init__(
        self, section: Section, body: float, roles: list[Role], line_gap: float | None
    ) -> None:
        self.section = section
        self.body = body
        self.roles = roles
        self.line_gap = line_gap
        self.header: list[Line] = []
        self.open_item: _Entry | None = None
        self.role_idx: int | None = None
        self.items: list[tuple[_Entry, int | None]] = []
        self.saw_header = False
        self.right: dict[int | None, float] = {}
        self.columns: dict[tuple[int | None, int], float] = {}
        self.fields: dict[str, str] = {}  # a project described by 'Client | X' rows
        self.list_wraps = False  # a skills list was just skipped (its wrapped end may follow)
        self.list_open = False  # ... and it stopped on a comma, 'and' or 'or'
        self.field_label = ""

    def read(self, lines: list[Line]) -> list[tuple[_Entry, int | None]]:
        glyph_section = sum(1 for ln in lines if ln.bullet) >= 2
        self.right = _right_edges(lines)
        self.columns = _column_edges(lines)
        for k, ln in enumerate(lines):
            self._detach_meta(ln)
            nxt = lines[k + 1] if k + 1 < len(lines) else None
            if not ln.bullet and column_labels(ln):
                continue  # 'Organisation | Designation | Duration': a table's header row
            if not ln.bullet and self.header and is_record_line(ln.text):
                continue  # 'Series/Grade: N/A (private sector, ...)' inside a federal job
                # block's header: a field of its record, not text that ends the header
            said = sentence_role(ln.text, self.section)
            if said is not None:  # 'Working as <title> in <company> from <date> to Till Date.'
                self._close_fields()
                self.flush_header()
                self.open_item = None
                self.roles.append(said)
                self.role_idx = len(self.roles) - 1
                continue
            field = field_of(ln) if not ln.bullet else None
            if field is not None and (self.fields or field[0] != "other"):
                self._add_field(field)  # 'Client | Contoso', 'Duration: Jan 2020 - Till Date'
                continue
            self._close_fields()
            if not ln.bullet and is_label(ln.text):
                self.open_item = None  # 'Key achievements:' over the bullets: no role, no item
                continue
            if ln.bullet and _glyph_marks_entry(ln, lines[k + 1 : k + 4]):
                ln.bullet = (
                    False  # an entry line typeset with a glyph ('• Google   Mountain View, CA')
                )
                self._start_header(ln)
                continue
            said = role_sentence(ln.text, self.section) if self.section.kind == "experience" else None
            if said is not None and not (nxt is not None and _continues_text(ln, nxt)):
                self.flush_header()  # 'Working as Engineer in Acme from 2021 to 2023.'
                self.open_item = None
                self.saw_header = True
                self.roles.append(said)
                self.role_idx = len(self.roles) - 1
                continue
            if ln.bullet and self.open_item is not None and _plus_wrap(self.open_item, ln,
                                                                       self.columns):
                # 'an item2vec' / '+ LightGBM re-ranker', '(Kafka → Flink' / '→ Redis)': a wrap
                sign = ln.glyph
                ln.bullet, ln.glyph = False, ""
                ln.text = f"{sign} {ln.text}"
                ln.parts = [f"{sign} {ln.parts[0]}", *ln.parts[1:]] if ln.parts else [ln.text]
                self.open_item.lines.append(ln)
                continue
            if ln.bullet and self.open_item is not None and _number_wrap(self.open_item, ln):
                ln.bullet, ln.text = False, f"{ln.glyph} {ln.text}"  # '(60 fps on iPhone' / '8) by'
                ln.parts = [f"{ln.glyph} {ln.parts[0]}", *ln.parts[1:]] if ln.parts else [ln.text]
                ln.glyph = ""
                self.open_item.lines.append(ln)
                continue
            if ln.bullet:
                self._project_label(ln)
                self.flush_header()
                self._open(ln, para=False)
                continue
            if (
                self.open_item is not None
                and not ln.paragraph
                and _continues(self.open_item, ln, self.body, self.right, self.line_gap)
            ):
                self.open_item.lines.append(ln)
                continue
            if not (ln.bold or ln.margin or has_date(ln)) and (
                # 'Tech stack: Go, Kafka' anywhere in an entry; bare names only right under
                # the entry's title ('ShelfSense — PyTorch, ONNX' after bullets is a title)
                ((self.header or self.role_idx is not None) and is_skills_list(ln.text) and ":" in ln.text)
                or (self.header and (is_skills_list(ln.text) or _tech_names(ln.text)))
                or (self.role_idx is not None and _tech_names(ln.text) and (ln.italic or _techy(ln.text)))
                or (self.role_idx is not None and ln.italic and _techy(ln.text) and _tech_names(ln.text, 2))
            ):
                self.open_item = None  # 'Tech stack: Go, Kafka': about the entry, no header
                self.list_wraps = True
                self.list_open = bool(re.search(r"[,&/]$|\b(?:and|or)$", ln.text))
                continue
            if self.list_wraps and (self.list_open or ln.text[:1].islower()) \
                    and not (ln.bold or ln.margin or has_date(ln)) and ln.gap < 0.5 and len(ln.text.split()) <= 6:
                self.list_open = bool(re.search(r"[,&/]$|\b(?:and|or)$", ln.text))
                continue  # the wrapped end of that list ('..., FastAPI,' / 'Data modelling')
            self.list_wraps = False
            if not ln.bullet and self.header and self.open_item is None and _promotions(ln.text) \
                    and any(TITLE_NOUN_IN.search(h.text) for h in self.header):
                # 'Lead (2024 – present), Senior MLE (2022 – 2024), MLE (2019 – 2022)' under an
                # entry that has its title: the entry's history (where the header has no title,
                # the line is its titles: 'Tollmere Ads' over 'MLE (2015 – 2017); SWE (...)')
                continue
            after = lines[k + 2] if k + 2 < len(lines) else None
            if _FIRST_PERSON.match(ln.text) and len(ln.text.split()) >= 6:
                # 'I lead the AI Inspection Team of five engineers (goals, reviews, ...).': a
                # sentence about the work, never a role's title
                self.flush_header()
                self._open(ln, para=True)
                continue
            if self._is_header(ln, nxt, glyph_section) or _wrapped_header(ln, nxt, after):
                self._start_header(ln)
                continue
            self.flush_header()  # paragraph-style achievement text
            self._open(ln, para=True)
        self._close_fields()
        self.flush_header()
        return self.items

    def _add_field(self, field: tuple[str, str]) -> None:
        if not self.fields:
            # the project's label line above its fields ('Project #1', 'Project 2:')
            if self.header and re.fullmatch(r"project\s*#?\s*\d*\s*[:.]?|project\s*#?\s*\d+\s*[:.-]\s*.{2,80}",
                                            self.header[-1].text.strip(), re.I):
                self.field_label = self.header.pop().text.strip()
            self.flush_header()
            self.open_item = None
        key, value = field
        if key != "other" and key not in self.fields:
            self.fields[key] = value
        self.fields.setdefault("_seen", "1")

    def _close_fields(self) -> None:
        if not self.fields:
            return
        role = fields_role(self.fields, self.section, self.field_label)
        if role is not None:
            self.roles.append(role)
            self.role_idx = len(self.roles) - 1
        self.fields = {}
        self.field_label = ""

    def _detach_meta(self, ln: Line) -> None:
        """Trailing dates or places on a bullet line belong to the entry (or the line is an
        entry itself, when it is short)."""
        drop_durations(ln)
        meta = take_meta(ln) if ln.bullet else []
        if not meta:
            return
        if (
            ln.bullet
            and len(ln.text) < 50
            and len(ln.text.split()) <= 6
            and not ln.text.endswith(".")
        ):
            ln.margin.extend(meta)
        elif self.header:
            self.header[-1].margin.extend(meta)
        elif self.role_idx is not None:
            d = next((m for m in meta if RANGE_ONLY_RE.search(m) or is_dateish(m)), "")
            if d and not self.roles[self.role_idx].dates:
                role = self.roles[self.role_idx]
                self.roles[self.role_idx] = replace(role, dates=d.strip(" ,|·•()"))

    def _is_header(self, ln: Line, nxt: Line | None, glyph_section: bool) -> bool:
        return (
            _looks_header(ln, self.body, weak=not _wraps_on(ln, nxt, self.right))
            or (  # 'Research Assistant, Marine Ecology Lab, University of Oregon' over its dates
                nxt is not None
                and not nxt.bullet
                and is_dateish(nxt.text)
                and len(ln.text) < 120
                and not _ends_sentence(ln.text)
                and not _verb_led(ln.text)
            )
            or (
                glyph_section
                and ln.paragraph
                and len(ln.text) < 120
                and not ln.text.endswith(".")
                and not starts_with_verb(ln.text)
            )
            or (
                not self.header
                and self.role_idx is None
                and self.open_item is None
                and len(ln.text) < 80
                and self.section.kind == "projects"
            )
        )

    def _project_label(self, ln: Line) -> None:
        """'• Tidewatch: an alerting service...' opening a projects section without entry
        headers: the label names the project."""
        if self.section.kind != "projects" or self.saw_header or self.header:
            return
        m = re.match(r"^([^:]{2,60}):\s+\S", ln.text)
        if m:
            title = m.group(1).strip()
            self.roles.append(
                Role(title=title, organization="", dates="", section=self.section.title)
            )
            self.role_idx = len(self.roles) - 1

    def _start_header(self, ln: Line) -> None:
        self.open_item = None
        self.saw_header = True
        self.header.append(ln)

    def _open(self, ln: Line, para: bool) -> None:
        self.open_item = _Entry([ln], para=para)
        self.items.append((self.open_item, self.role_idx))

    def flush_header(self) -> None:
        """The header lines read so far become one role per entry they hold."""
        if not self.header:
            return
        for group in group_headers(self.header):
            named = [ln for ln in group if not (_tech_names(ln.text, 2) and not ln.bold and not has_date(ln))]
            if len(named) < len(group) and any(not is_dateish(ln.text) for ln in named):
                group = named  # 'Go, PostGIS, React' beside the project's name: its stack, not its name
            role = make_role(group, self.section, self.right)
            if role is not None and (role.title or role.organization):
                prev = self.roles[self.role_idx] if self.role_idx is not None else None
                if prev is not None and same_employer(role, prev, self.section):
                    role = replace(role, organization=prev.organization)
                self.roles.append(role)
                self.role_idx = len(self.roles) - 1
        self.header = []


_WRAP_SIGNS = frozenset("+→➔➜")


def _plus_wrap(item: _Entry, ln: Line, columns: dict[tuple[int | None, int], float] | None = None
               ) -> bool:
    """A '+' or an arrow that starts a PDF row inside a bulleted item is the item's text
    wrapping at that sign ('... with an item2vec' / '+ LightGBM re-ranker', '(Kafka → Flink' /
    '→ Redis)'), not a new bullet: the sign sits where the item's text starts (not where its
    glyph does), the item's bullets use another glyph and its last row does not end a
    sentence."""
    first, last = item.lines[0], item.lines[-1]
    if (item.para or ln.glyph not in _WRAP_SIGNS or first.glyph == ln.glyph or ln.glyph_x is None
            or first.glyph_x is None):
        return False
    at_text = abs(ln.glyph_x - first.x0) <= 2.5 and ln.glyph_x - first.glyph_x > 3
    if ln.glyph != "+":  # an arrow wraps only a row that fills its column: arrows at the
        # item's text under a short row are sub-items ('• Rebuilt the pipeline' / '→ cut ...')
        edge = (columns or {}).get((last.page, round(last.x0 / 10)))
        if not edge or not last.bbox or last.bbox[2] < edge - max(0.12 * (edge - last.x0),
                                                                  3 * (last.size or 9)):
            return False
    return at_text and not re.search(r"[.;:!?]$", last.text.rstrip())


def _promotions(text: str) -> bool:
    """A line of the titles held under one employer, each with its years in brackets: the
    entry's history, not an entry of its own."""
    return sum(1 for inner in re.findall(r"\(([^()]{4,40})\)", text)
               if RANGE_ONLY_RE.search(inner)) >= 2


def _wrapped_header(ln: Line, nxt: Line | None, after: Line | None) -> bool:
    """An entry's title wrapped mid-phrase over two lines before its dates ('Reporting Analyst
    – University of X, Planning &' / 'Performance Office' / 'Canberra ACT  Feb 2019 – Jun
    2021'): the first line is a header, not a paragraph of achievement text."""
    return (nxt is not None and after is not None and not ln.bullet and not nxt.bullet
            and re.search(r"(?:\s&|,|\s(?:and|of|for))$", ln.text) is not None
            # a title's words, not a description's ('Payments tooling used by 40 merchants &')
            and TITLE_NOUN_IN.search(ln.text) is not None and not re.search(r"\d", ln.text)
            and len(nxt.text) <= 40 and not has_date(nxt) and has_date(after)
            and not _verb_led(ln.text))


def _number_wrap(item: _Entry, ln: Line) -> bool:
    """A PDF row read as numbered ('8) by moving image decoding off the main thread') that is
    the item's text wrapping inside a parenthesis ('... (60 fps on iPhone' / '8) by ...'): the
    number closes a bracket the item opened, and the item's bullets are not numbered."""
    if item.para or not re.fullmatch(r"\d{1,2}\)", ln.glyph) or re.fullmatch(
            r"\(?\d{1,2}[.)]", item.lines[0].glyph):
        return False
    text = " ".join(x.text for x in item.lines)
    return text.count("(") > text.count(")")


def _glyph_marks_entry(ln: Line, following: list[Line]) -> bool:
    """A line with a bullet glyph that is an entry header, not an achievement: it carries
    dates or a place, it labels its own bullets ('• Image Classifier: Link'), or it is a short
    name ('• Acme Corp') followed by short header lines that reach a date before the next
    glyph ('UI Designer' / 'Dec 2024 till date')."""
    if ln.margin or ln.leader or (
        len(ln.parts) >= 2 and any(is_place(p) or is_dateish(p) for p in ln.parts[1:])
    ):
        return True
    if len(ln.text.split()) <= 6 and LINK_TAIL.sub("", ln.text).rstrip().endswith(":"):
        return True
    if is_role_line(ln.text) and not (following and _continues_text(ln, following[0])):
        return True  # '• Engineer, Acme, 2019 - 2021': a list of roles, not achievements
    if len(ln.text.split()) > 6 or _ends_sentence(ln.text) or starts_with_verb(ln.text):
        return False
    for i, nxt in enumerate(following):
        if nxt.bullet or len(nxt.text) >= 80 or nxt.text.endswith("."):
            return False
        # the entry's next line sits under its text, later ones at least under the glyph;
        # a line further left starts a new entry
        glyph_x = ln.glyph_x if ln.glyph_x is not None else ln.x0
        left = ln.x0 - 3 if i == 0 else glyph_x - 2
        if ln.bbox is not None and nxt.bbox is not None and nxt.x0 < left:
            return False
        if has_date(nxt):
            return bool(nxt.italic or nxt.bold or len(nxt.text) < 80)
    return False


_ABBREV_END = re.compile(
    r"\b(?:ltd|inc|co|corp|pvt|llc|plc|jr|sr|st|dept|univ|intl|bros|assn|no"
    # company forms elsewhere ('S.r.l.', 'S.p.A.', 'B.V.', 'Sp. z o.o.', 'Ltda.', 'S.A.S.')
    r"|s\.r\.l|s\.p\.a|s\.a(?:\.s|\.r\.l)?|s\.l(?:\.u)?|b\.v|n\.v|a\.s|z o\.o|ltda|s\.c)\.$", re.I
)


def _continues_text(ln: Line, nxt: Line) -> bool:
    """The next line carries on this line's sentence (lower-case start, not a bullet)."""
    return not nxt.bullet and bool(re.match(r"[a-z(]", nxt.text)) and not ln.text.endswith(".")


_DANGLING = re.compile(
    r"(?:\b(?:to|and|or|of|the|a|an|in|for|with|by|from|on|at|as|that|which|while|including|"
    r"across|into|over|under|via|per|than)|[,;:/&+-])$",
    re.I,
)


def _techy(text: str) -> bool:
    """Most names look like technology ('Next.js', 'PyTorch', 'C++', 'AWS', 'S3')."""
    _label, items = list_items(text)
    techy = [x for x in items if re.search(r"[.+#\d/]|[a-z][A-Z]|^[A-Z]{2,6}$", x)]
    return len(techy) * 2 >= len(items)


def _tech_names(text: str, least: int = 3) -> bool:
    """'TypeScript, Next.js, Stripe': three (or `least`) short names and nothing else."""
    if re.search(r"\s[—–-]\s", text):
        return False  # 'ShelfSense — PyTorch, ONNX': a name and its stack, an entry's title
    _label, items = list_items(text)
    if is_place(", ".join(items[-2:])) or any(TITLE_WORDS.search(x) or ORG_WORDS.search(x) for x in items):
        return False  # 'Engineer, Acme Corp, Austin, TX': an entry's header
    return (
        len(items) >= least
        and all(1 <= len(x.split()) <= 3 for x in items)
        and not any(starts_with_verb(x) for x in items)
        and not any(is_dateish(x) or is_place(x) for x in items)
        and all(x[:1].isupper() or x[:1].isdigit() or not x[:1].isalpha() or "." in x for x in items)
    )


def _ends_sentence(text: str) -> bool:
    """Ends with '.', ';' or ':', not counting a company abbreviation ('Pvt. Ltd.')."""
    return bool(re.search(r"[.;:]$", text)) and not _ABBREV_END.search(text)


def _drop_descriptions(items: list[tuple[_Entry, int | None]]) -> list[tuple[_Entry, int | None]]:
    """A paragraph above an entry's glyph bullets is its one-line description, not an
    achievement."""
    glyph_roles = {ridx for entry, ridx in items if not entry.para and ridx is not None}
    kept: list[tuple[_Entry, int | None]] = []
    seen_glyph: set[int | None] = set()
    for entry, ridx in items:
        if not entry.para:
            seen_glyph.add(ridx)
        elif ridx in glyph_roles and ridx not in seen_glyph:
            continue
        kept.append((entry, ridx))
    return kept


def _split_inline(text: str) -> list[str]:
    """Several items set on one line ('• Python • SQL' or 'Led X • Built Y'): split at the
    glyphs, except inside parentheses ('bridge (Ethereum • Optimism L2)': one item)."""
    out: list[str] = []
    start = 0
    for m in _INLINE_BULLETS.finditer(" " + text):
        a, b = m.start() - 1, m.end() - 1  # positions in `text`
        before = text[:max(a, 0)]
        if before.count("(") > before.count(")") or before.count("[") > before.count("]"):
            continue
        out.append(text[start:max(a, 0)])
        start = max(b, 0)
    out.append(text[start:])
    return [p for p in out if p.strip()]


def not_an_achievement(text: str) -> str:
    """Why a bullet-shaped line is not an achievement ('' when it is one): a skills list, a
    degree line or a citation set as a list item."""
    if is_skills_list(text):
        return "skills list"
    if is_degree_line(text):
        return "degree"
    if is_citation(text):
        return "citation"
    if is_link_line(text):
        return "link"
    if is_record_line(text):
        return "record field"
    return ""


def _emit_bullets(
    items: list[tuple[_Entry, int | None]], section: Section, vocab: set[str] | None
) -> list[Bullet]:
    """One bullet per item (several when glyphs sit inside the text), joined across its
    wrapped lines, with the page and the box of its first page."""
    out: list[Bullet] = []
    for entry, ridx in items:
        texts = [ln.text for ln in entry.lines]
        joined = join_lines(texts, [ln.hyphen for ln in entry.lines], vocab)
        pieces = _split_inline(joined)
        pieces = [collapse_ws(p) for p in pieces if len(collapse_ws(p)) >= 2]
        pieces = [p for p in pieces if not not_an_achievement(p)]
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
            out.append(
                Bullet(
                    id=bullet_id(p), text=p, section=section.title, role=ridx, page=page, bbox=bbox
                )
            )
    return out


def _wraps_on(ln: Line, nxt: Line | None, right: dict[int | None, float]) -> bool:
    """The line fills its column and the sentence runs on (the next line starts in lower
    case or with a number, or this one ends on 'to', 'and', a comma...): wrapped text in a
    narrow column, however short the line is."""
    edge = right.get(ln.page)
    if nxt is None or nxt.bullet or not edge or not ln.bbox or not nxt.bbox or not ln.size:
        return False
    if is_dateish(nxt.text):  # 'Engineer, Acme,' + '2020年4月 - 現在': a header's dates
        return False
    dangling = re.search(
        r"(?:\b(?:to|and|or|of|the|a|an|in|for|with|by|from|on|at|as)|,)$", ln.text
    )
    indent = nxt.bbox[0] - ln.bbox[0]  # wrapped lines align, or hang a little to the right
    if not (re.match(r"[a-z0-9(]", nxt.text) or dangling) or not -3 <= indent <= 25:
        return False
    width = edge - ln.bbox[0]
    return width > 0 and edge - ln.bbox[2] <= max(0.15 * width, 6 * ln.size)


def _column_edges(lines: list[Line]) -> dict[tuple[int | None, int], float]:
    """Per page and left edge of the text (to 10 pt), the right edge its lines reach (PDF)."""
    edges: dict[tuple[int | None, int], float] = {}
    for ln in lines:
        if ln.bbox and not ln.margin:
            key = (ln.page, round(ln.x0 / 10))
            edges[key] = max(edges.get(key, 0.0), ln.bbox[2])
    return edges


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


def line_pitch(lines: list[Line], body: float) -> float | None:
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


_FIRST_PERSON = re.compile(r"^(?:I|We)\s+(?:[a-z]+ed|lead|led|run|ran|own|built|build|manage|"
                           r"work|worked|joined|moved|am|was|have|had|spent|took|became)\b")


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
    if ":" in ln.text[:30] and is_skills_list(ln.text):
        return False  # 'Stack: TypeScript, Node.js' on its own line after the bullet
    if item.para and ln.text[:1].isupper():
        if _ends_short(item, right):
            return False  # the paragraph ended on a short line; a new one starts
        if starts_with_verb(ln.text) and not _DANGLING.search(last.text):
            return False  # 'Cut costs...' after a finished line: the next achievement
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
        outdented = (
            not item.para and ln.x0 < (first.glyph_x if first.glyph_x is not None else first.x0) - 2
        )  # left of the glyph: an entry header, not the bullet's last words
        return (
            not re.search(r"[.!?]$", last.text) and not ln.bold and not ln.margin and not outdented
        )
    if ln.margin or (ln.bold and not first.bold) or (ln.gap > 1.0):
        return False
    if ln.size and first.size and abs(ln.size - first.size) > 0.8:
        return False
    if ln.caps and not first.caps and len(ln.text) > 3 and not (
        len(ln.text.split()) <= 3
        and (_DANGLING.search(last.text)
             or not re.search(r"[.!?:;]$", last.text) and ln.text.endswith((".", ")", ";")))
    ):  # capitals start a heading, unless the line above stops mid-phrase ('...into the' / 'CRM.')
        return False
    if RANGE_ONLY_RE.search(ln.text) and len(ln.text) < 60 and not (
            last.text.endswith("-") and ln.text[:1].islower() and not item.para):
        # a date range on a short line starts an entry, unless the bullet broke a word across
        # the line end ('... award for machine-' / 'learning-accelerated studies (2024 – 2027).')
        return False
    if item.para:
        hanging = len(item.lines) >= 2 and item.lines[1].x0 > first.x0 + 3
        if hanging and abs(ln.x0 - first.x0) < 2 and ln.bbox is not None:
            return False  # hanging indent: wrapped lines indented, a new item back at the edge
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
            and not has_date(ln)
        )
    if ln.x0 > gx + 1.5 or abs(ln.x0 - first.x0) < 3:
        return True
    return ln.x0 >= gx - 2 and not _looks_header(ln, body)
