"""Reading order on a PDF page: visual rows (pieces on one baseline), and the columns of a page
found by the gutter between them (two columns, a sidebar, a margin of dates, a column of labels
set flush against the content as on a Europass CV), and the spans and pieces they are made of;
`pdf` builds those from a page and turns the ordered rows into lines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from app.reading.cleanup import RTL_RE, collapse_ws
from app.reading.dates import DATE_RANGE_RE, DURATION_RE, completes_range, is_place
from app.reading.headings import known_heading


@dataclass
class _Span:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    font: str
    bold: bool
    italic: bool
    glyph: bool = False
    soft_end: bool = False  # the raw text ended with a soft hyphen (a hyphenation point)
    visual: bool = False  # right-to-left text drawn left to right: spans already in order
    sign: str = ""  # a glyph's own character ('→'), its text being '•'


@dataclass
class _Piece:
    """A run of spans on one baseline without a big horizontal gap."""

    spans: list[_Span] = field(default_factory=list)
    _text: str | None = None

    @cached_property
    def x0(self) -> float:
        return min(s.x0 for s in self.spans)

    @cached_property
    def x1(self) -> float:
        return max(s.x1 for s in self.spans)

    @cached_property
    def y0(self) -> float:
        return min(s.y0 for s in self.spans)

    @cached_property
    def y1(self) -> float:
        return max(s.y1 for s in self.spans)

    @cached_property
    def size(self) -> float:
        return max((s.size for s in self.spans if not s.glyph), default=self.spans[0].size)

    def text(self) -> str:
        if self._text is None:
            self._text = join_spans(self.spans)
        return self._text


def marginish(p: _Piece) -> bool:
    t = collapse_ws(p.text())
    return bool(DATE_RANGE_RE.search(t)) or is_place(t) or bool(DURATION_RE.match(t))


def _find_gutter(pieces: list[_Piece], width: float) -> tuple[float, float] | None:
    n = len(pieces)
    if n < 5 or n > 4000:
        return None
    lo, hi = int(width * 0.10), int(width * 0.90)
    cross = [0] * (hi - lo)
    for p in pieces:
        a, b = max(int(p.x0) + 1, lo), min(int(p.x1), hi)
        for x in range(a, b):
            cross[x - lo] += 1
    for limit in sorted({0, 1, max(1, int(0.05 * n)), max(1, int(0.15 * n))}):
        found = _gutter_at(pieces, cross, lo, limit)
        if found:
            return found
    return None


def _gutter_at(
    pieces: list[_Piece], cross: list[int], lo: int, limit: int
) -> tuple[float, float] | None:
    best = None
    x = 0
    while x < len(cross):
        if cross[x] <= limit:
            start = x
            while x < len(cross) and cross[x] <= limit:
                x += 1
            g0, g1 = start + lo, x + lo
            left = sum(1 for p in pieces if p.x1 <= g0 + 1)
            right = sum(1 for p in pieces if p.x0 >= g1 - 1)
            if left < 2 and right >= 2 and limit:
                # a sparse column of short labels (section names in a left column) under
                # full-width header lines: the gutter is the run's stretch that only the
                # header lines cross
                g0, g1 = _narrowest(cross[start:x], start + lo)
                left = sum(1 for p in pieces if p.x1 <= g0 + 1)
            if g1 - g0 >= 6 and left >= 2 and right >= 2:
                score = (g1 - g0) * min(left, right)
                if best is None or score > best[0]:
                    best = (score, g0, g1)
        else:
            x += 1
    return (best[1], best[2]) if best else None


def _narrowest(run: list[int], at: int) -> tuple[int, int]:
    """The longest stretch of a run of x positions where the fewest pieces cross, ending at or
    up to 5 points before the run's end (the gutter sits just before the main column)."""
    low = min(run)
    end = next((e for e in range(len(run), max(len(run) - 6, 0), -1) if run[e - 1] == low), len(run))
    start = end
    while start > 0 and run[start - 1] == low:
        start -= 1
    return at + start, at + end


def _rows(pieces: list[_Piece]) -> list[list[_Piece]]:
    """Group pieces of one reading stream into visual rows (same baseline)."""
    rows: list[list[_Piece]] = []
    for p in sorted(pieces, key=lambda q: ((q.y0 + q.y1) / 2, q.x0)):
        mid = (p.y0 + p.y1) / 2
        if rows:
            r = rows[-1]
            r0, r1 = min(q.y0 for q in r), max(q.y1 for q in r)
            h = min(r1 - r0, p.y1 - p.y0)
            overlap = min(r1, p.y1) - max(r0, p.y0)
            if overlap > 0.5 * h or abs(mid - (r0 + r1) / 2) < 0.25 * h:
                r.append(p)
                continue
        rows.append([p])
    for r in rows:
        _sort_row(r)
    return rows


def _sort_row(r: list[_Piece]) -> None:
    """Pieces of a row in reading order: left to right, or right to left for Hebrew/Arabic."""
    r.sort(key=lambda q: q.x0)
    if reads_rtl([s for q in r for s in q.spans], [q.text() for q in r]):
        r.reverse()
        if len(r) > 1 and _is_glyph(r[-1]):
            r.insert(0, r.pop())  # a bullet glyph laid out on the left: it still leads


def _is_glyph(p: _Piece) -> bool:
    return all(s.glyph for s in p.spans)


def order_page(
    pieces: list[_Piece], width: float
) -> tuple[list[list[_Piece]], dict[int, list[str]]]:
    """Rows in reading order, and margin text attached to row indexes.

    Bullet glyphs standing alone far from their text (right-to-left lists laid out with the
    bullet on the left) must not look like a column: they are ordered with the rest set
    aside, then join the nearest row on their baseline."""
    far = [
        p
        for p in pieces
        if _is_glyph(p)
        and not any(
            q is not p and 0 <= q.x0 - p.x1 < 3.0 * p.size and _same_baseline(p, q)
            for q in pieces
        )
    ]
    if not far or len(far) == len(pieces):
        return _order_columns(pieces, width)
    rest = [p for p in pieces if not any(p is g for g in far)]
    rows, margin = _order_columns(rest, width)
    for g in far:
        near = [r for r in rows if any(_same_baseline(g, q) for q in r)]
        if near:
            row = min(near, key=lambda r: min(abs(q.x0 - g.x1) for q in r))
            row.append(g)
            _sort_row(row)
    return rows, margin


def _same_baseline(a: _Piece, b: _Piece) -> bool:
    h = min(a.y1 - a.y0, b.y1 - b.y0)
    return min(a.y1, b.y1) - max(a.y0, b.y0) > 0.5 * h


def _order_columns(
    pieces: list[_Piece], width: float
) -> tuple[list[list[_Piece]], dict[int, list[str]]]:
    gutter = _find_gutter(pieces, width)
    if gutter is None:
        return _rows(pieces), {}
    g0, g1 = gutter
    mid = (g0 + g1) / 2
    left = [p for p in pieces if p.x1 <= mid or (p.x1 < g1 - 1 and p.x0 < g0)]
    right = [p for p in pieces if p.x0 >= mid]
    span = [p for p in pieces if p not in left and p not in right]
    if len(left) < 3 and len(right) < 3:
        return _rows(pieces), {}
    lchars = sum(len(p.text()) for p in left)
    rchars = sum(len(p.text()) for p in right)
    margin_side = None
    for side, chars, other_side, other in (
        (left, lchars, right, rchars),
        (right, rchars, left, lchars),
    ):
        if not side or chars >= 0.4 * other:
            continue
        # section headings flush with the left edge are short enough to sit on the margin's
        # side of the gutter; they belong to the main stream, not to the margin
        notes = [p for p in side if not known_heading(p.text())] or side
        frac = sum(1 for p in notes if marginish(p)) / len(notes)
        short = sum(len(p.text()) for p in notes) / len(notes) <= 32
        aligned = sum(
            1
            for p in notes[:300]
            if any(
                abs(q.y0 - p.y0) < 0.5 * p.size or abs(q.y1 - p.y1) < 0.5 * p.size
                for q in other_side + span
            )
        ) / min(len(notes), 300)
        if (side is left and short and aligned >= 0.5 and _flush_right(side)
                and sum(1 for p in side if DATE_RANGE_RE.search(p.text())) >= 2
                and sum(1 for p in side if known_heading(p.text())) >= 2):
            # a column of labels and dates set flush against the content (a Europass CV:
            # 'Telefono', 'ESPERIENZA PROFESSIONALE', 'set 2019 – attuale'): a section title
            # reads on its own row before its section, every other label (a date, a field's
            # name, an employer) as the margin of the row it is level with
            heads = [p for p in side if known_heading(p.text())]
            labels = [p for p in side if p not in heads]  # dates, field names, employers
            rows = _interleave([p for p in pieces if p not in side], heads)
            return _with_margin(rows, labels)
        elif frac >= 0.6 or (short and frac >= 0.3 and aligned >= 0.7):
            margin_side = notes
        elif (
            side is left
            and short
            and sum(1 for p in side if known_heading(p.text())) >= 0.5 * len(side)
        ):
            # section titles in a left margin: interleave them with the content by height
            return _interleave([p for p in pieces if p not in side], side), {}
    if margin_side is None and (len(left) < 3 or len(right) < 3):
        return _rows(pieces), {}
    if margin_side is not None:
        rows = sorted(_rows([p for p in pieces if p not in margin_side]), key=lambda r: min(q.y0 for q in r))
        return _with_margin(rows, margin_side)
    col_top = max(min(p.y0 for p in left), min(p.y0 for p in right))
    col_bottom = max((p.y1 for p in left + right), default=0)
    above = [p for p in pieces if p.y1 <= col_top + 2 and p.y0 < col_top - 0.5 * p.size]
    # a column that simply starts higher than the other (a sidebar beginning under a photo) is
    # no header: its lines above the other column's top run on into it without a break
    for side in (left, right):
        high = [p for p in side if p in above]
        low = [p for p in side if p not in above]
        if high and low:
            size = sorted(q.size for q in side)[len(side) // 2]
            if min(q.y0 for q in low) - max(q.y1 for q in high) < 1.0 * size:
                above = [p for p in above if p not in high]
    left = [p for p in left if p not in above]
    right = [p for p in right if p not in above]
    below = [p for p in span if p.y0 >= col_bottom - 2 and p not in above]
    middle = [p for p in span if p not in above and p not in below]
    for p in middle:
        (left if (p.x0 + p.x1) / 2 < (g0 + g1) / 2 else right).append(p)
    return _rows(above) + _rows(left) + _rows(right) + _rows(below), {}


def _interleave(main: list[_Piece], heads: list[_Piece]) -> list[list[_Piece]]:
    """The rows of `main` with the rows of left-column titles `heads` placed before the row
    that starts each one's section (by height)."""
    main_rows = _rows(main)
    tops = [min(q.y0 for q in r) for r in main_rows]
    keyed = [(top, 0, r) for top, r in zip(tops, main_rows, strict=True)]
    for r in _rows(heads):
        keyed.append((_heading_anchor(r, main_rows, tops), -1, r))
    return [r for _k, _o, r in sorted(keyed, key=lambda t: (t[0], t[1]))]


def _with_margin(rows: list[list[_Piece]], margin_side: list[_Piece]
                 ) -> tuple[list[list[_Piece]], dict[int, list[str]]]:
    """`rows` in reading order, and the margin's text (dates, places) attached to the row
    level with each of its blocks."""
    blocks: list[list[_Piece]] = []
    for p in sorted(margin_side, key=lambda q: q.y0):
        if blocks and p.y0 - blocks[-1][-1].y1 < 0.45 * p.size and (
            # the rest of a range the block left open ('Jun 2019 – Feb' over '2022')
            completes_range(" ".join(q.text() for q in blocks[-1]), p.text())
            or (
                abs(p.x1 - blocks[-1][-1].x1) < 30
                and not (
                    DATE_RANGE_RE.search(p.text())
                    and DATE_RANGE_RE.search(" ".join(q.text() for q in blocks[-1]))
                    and not re.search(r"[-–—]\s*$", blocks[-1][-1].text())
                )
            )
        ):
            blocks[-1].append(p)
        else:
            blocks.append([p])
    tops = [min(q.y0 for q in r) for r in rows]
    notes: dict[int, list[str]] = {}  # id of a row -> the margin text level with it
    extra: list[tuple[float, list[_Piece]]] = []  # margin blocks level with no row
    for blk in blocks:
        y = blk[0].y0
        best = None
        for i, t in enumerate(tops):
            d = abs(t - y)
            if d <= max(blk[0].size, 6) and (best is None or d < best[0]):
                best = (d, i)
        joined = " ".join(collapse_ws(join_spans(q.spans)) for q in blk)
        if best is None:
            extra.append((y, blk))
        else:
            notes.setdefault(id(rows[best[1]]), []).append(joined)
    out = list(rows)  # the rows keep their order; a block on its own goes in by height
    for y, blk in sorted(extra, key=lambda e: e[0]):
        at = next((i for i, r in enumerate(out) if min(q.y0 for q in r) > y), len(out))
        out.insert(at, blk)
    return out, {i: notes[id(r)] for i, r in enumerate(out) if id(r) in notes}


def _flush_right(side: list[_Piece]) -> bool:
    """Four or more pieces, nearly all ending at one x (labels right-aligned to a gutter)."""
    if len(side) < 4:
        return False
    ends = sorted(p.x1 for p in side)
    mid = ends[len(ends) // 2]
    return sum(1 for x in ends if abs(x - mid) <= 3) >= 0.8 * len(ends)


def _heading_anchor(head: list[_Piece], rows: list[list[_Piece]], tops: list[float]) -> float:
    """Where a left-column heading goes among the content rows: before the row that starts its
    section. That row sits level with the heading, or up to about a line above or below it
    (a table cell's padding); of those, the one after the widest gap starts a block."""
    top = min(q.y0 for q in head)
    size = max(q.size for q in head)
    best: tuple[float, float] | None = None
    for i, t in enumerate(tops):
        if top - 1.6 * size <= t <= top + 0.6 * size:
            above = tops[i] - max((q.y1 for q in rows[i - 1]), default=t) if i > 0 else 99.0
            if best is None or above > best[0] + 0.5:
                best = (above, t)
    return best[1] if best is not None else top - 0.5


def join_spans(spans: list[_Span]) -> str:
    out = ""
    prev: _Span | None = None
    for s in spans:
        if prev is not None and out and not out.endswith(" ") and not s.text.startswith(" "):
            # spans run right to left in Hebrew/Arabic lines: the gap is on either side
            if max(s.x0 - prev.x1, prev.x0 - s.x1) > 0.18 * max(s.size, 1):
                out += " "
        out += s.text
        prev = s
    return out


def reads_rtl(spans: list[_Span], texts: list[str]) -> bool:
    """A line whose spans are laid out right to left (not a visual-order PDF)."""
    return not any(s.visual for s in spans) and _rtl_text(texts)


def _rtl_text(texts) -> bool:
    """More Hebrew/Arabic letters than Latin ones: the line reads right to left."""
    text = "".join(texts)
    rtl = len(RTL_RE.findall(text))
    return rtl > 0 and rtl > len(re.findall(r"[A-Za-z]", text))
