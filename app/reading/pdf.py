"""PDF reading with PyMuPDF: spans with fonts, sizes and positions become visual lines in
reading order (columns, sidebars, margin date columns), ready for `structure`."""

from __future__ import annotations

import re
from pathlib import Path

from app.errors import InputError
from app.reading.cleanup import (
    CJK_RE,
    clean_chars,
    collapse_ws,
    strip_bullet,
)
from app.reading.dates import DATE_RANGE_RE
from app.reading.headings import numbered_heading
from app.reading.lines import Line, hidden_note, near_white
from app.reading.pdf_columns import _Piece, _Span, join_spans, marginish, order_page, reads_rtl
from app.reading.pdf_passes import drop_rail_years, fix_visual_order
from app.reading.sniff import MAX_PAGES

_SYMBOL_FONT = re.compile(r"symbol|dingbat|wingding|cmsy|msam|zapf|webdings|opensymbol", re.I)
_ICON_FONT = re.compile(r"awesome|icon|glyphicons|material", re.I)  # icons, never bullets
_DINGBAT_FONT = re.compile(r"dingbat|wingding|zapf|webdings|^symbol", re.I)  # any glyph is a bullet
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi|bx\d|cmbx|-bd|medium", re.I)
_ITALIC_FONT = re.compile(r"italic|oblique|cmti|ssi\d|-it\b|lighti", re.I)
_NUMBERED = re.compile(r"^\(?\d{1,2}[.)]\s+(?=\S)")  # '1. ', '2) ', '(3) ' list numbering
_GLYPH_CHARS = set("•◦▪▫■□●○◆◇◊⋄♦►▶▸▹‣⁃∙·・･➢➤➔→✓✔❖❑⚫⦁›»")
MAX_CHARS = 400_000
# characters a page's text layer may hold, counted before its spans are built (the costly step:
# a dict per character); a little above MAX_CHARS, since this count includes whitespace
MAX_RAW_CHARS = MAX_CHARS * 5 // 4
_TOO_MUCH_TEXT = "{name} holds far more text than a resume. Upload the resume alone."


def _span_text(sp: dict) -> str:
    """Span text from rawdict chars, re-inserting word spaces the PDF only encoded as gaps."""
    chars = sp.get("chars")
    if chars is None:
        return sp.get("text", "")
    text = "".join(c["c"] for c in chars)
    if not re.search(r"[^\s]{22,}", text):
        return text
    size = sp.get("size", 10) or 10
    out = []
    prev = None
    for c in chars:
        if (
            prev is not None
            and c["c"] != " "
            and prev["c"] != " "
            and c["bbox"][0] - prev["bbox"][2] > 0.1 * size
            and not (CJK_RE.match(c["c"]) and CJK_RE.match(prev["c"]))  # no spaces in CJK
        ):
            out.append(" ")
        out.append(c["c"])
        prev = c
    return "".join(out)


def _font_name(name: str) -> str:
    return name.split("+", 1)[1] if "+" in name[:8] else name


def open_pdf(path: Path):
    """Open a PDF and refuse encrypted, broken, too long or text-less files."""
    import pymupdf

    try:  # MuPDF prints repair warnings on stderr; the user gets one clear line from us instead
        pymupdf.TOOLS.mupdf_display_errors(False)
        pymupdf.TOOLS.mupdf_display_warnings(False)
    except Exception:  # older PyMuPDF without these switches
        pass
    try:
        doc = pymupdf.open(str(path), filetype="pdf")
    except Exception as exc:  # pymupdf raises several types for broken files
        raise InputError(
            f"{path.name} is damaged or not a real PDF. Export it again from your editor, or paste the text."
        ) from exc
    if doc.needs_pass or doc.is_encrypted:
        doc.close()
        raise InputError(
            f"{path.name} is password-protected. Remove the password (print to a new PDF) or export an unprotected copy."
        )
    try:
        pages = doc.page_count
    except Exception as exc:
        raise InputError(
            f"{path.name} is damaged (its pages cannot be read). Export it again from your editor."
        ) from exc
    if pages == 0:
        raise InputError(
            f"{path.name} is damaged or truncated (no readable pages). Export the resume again as PDF or DOCX."
        )
    if pages > MAX_PAGES:
        doc.close()
        raise InputError(
            f"{path.name} has {pages} pages; a resume should have at most {MAX_PAGES}. Upload the resume alone, not a portfolio."
        )
    return doc


def _split_lead_glyphs(spans: list[dict]) -> list[dict]:
    """'•  Built a thing' set as one span: split the glyph off so the text's own left edge
    is known (wrapped lines align with the text, entry headers with the glyph or left)."""
    out: list[dict] = []
    for sp in spans:
        chars = sp.get("chars")
        if (
            out
            or not chars
            or len(chars) < 3
            or (chars[0]["c"] not in _GLYPH_CHARS and chars[0]["c"] not in "-–—*+")
            or not chars[1]["c"].isspace()
        ):
            out.append(sp)
            continue
        k = next((i for i, c in enumerate(chars) if i and not c["c"].isspace()), None)
        if k is None:
            out.append(sp)
            continue
        g, rest = dict(sp), dict(sp)
        g["chars"], rest["chars"] = chars[:1], chars[k:]
        g["bbox"] = (chars[0]["bbox"][0], sp["bbox"][1], chars[0]["bbox"][2], sp["bbox"][3])
        rest["bbox"] = (chars[k]["bbox"][0], sp["bbox"][1], sp["bbox"][2], sp["bbox"][3])
        out.extend([g, rest])
    return out


HIDDEN_SIZE = 2.0  # letters smaller than this (points) are for scanners, not readers


def _light_colour(colour: int) -> bool:
    """An sRGB integer close to white."""
    return near_white([((colour >> shift) & 0xFF) / 255 for shift in (16, 8, 0)])


def _dark_under(page, boxes: list[tuple[float, float, float, float]]) -> list[bool]:
    """For each box, whether a filled drawing that is not light, or a picture, lies under its
    middle: white letters there show (a coloured banner, a photo)."""
    try:
        drawings = page.get_cdrawings() if hasattr(page, "get_cdrawings") else page.get_drawings()
        fills = [d.get("rect") for d in drawings[:5000] if d.get("fill") is not None
                 and not near_white(d["fill"])]
        fills += [tuple(i["bbox"]) for i in page.get_image_info()[:200]]
    except Exception:
        return [True] * len(boxes)  # cannot tell: keep the text
    out = []
    for x0, y0, x1, y1 in boxes:
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        out.append(any(r is not None and r[0] <= cx <= r[2] and r[1] <= cy <= r[3] for r in fills))
    return out


def _page_spans(page, chars_left: int = MAX_RAW_CHARS, name: str = "This PDF",
                hidden: list[int] | None = None) -> list[list[_Span]]:
    """The page's text spans by line; spans a reader never sees (white letters on no dark
    fill, letters under two points) are left out, their word counts added to `hidden`."""
    import pymupdf

    flags = pymupdf.TEXT_MEDIABOX_CLIP | pymupdf.TEXT_PRESERVE_WHITESPACE
    textpage = page.get_textpage(flags=flags)
    if len(textpage.extractText()) > chars_left:  # a glyph bomb: refused before the dicts
        raise InputError(_TOO_MUCH_TEXT.format(name=name))
    data = page.get_text("rawdict", flags=flags, textpage=textpage)
    _drop_hidden_spans(page, data, hidden)
    out: list[list[_Span]] = []
    for block in data.get("blocks", []):
        if block.get("type") != 0:
            continue
        for line in block.get("lines", []):
            wdir = line.get("dir", (1, 0))
            if abs(wdir[1]) > 0.2:  # rotated text (watermarks, side labels)
                continue
            spans: list[_Span] = []
            for sp in _split_lead_glyphs(line.get("spans", [])):
                raw = _span_text(sp)
                if not raw:
                    continue
                font = _font_name(sp.get("font", ""))
                fl = sp.get("flags", 0)
                x0, y0, x1, y1 = sp["bbox"]
                inked = [c for c in sp.get("chars") or () if not c["c"].isspace()]
                if inked:  # the span's box without its leading and trailing spaces
                    x0 = min(c["bbox"][0] for c in inked)  # right-to-left runs: either end
                    x1 = max(c["bbox"][2] for c in inked)
                stripped = raw.strip()
                glyph = False
                if (
                    len(stripped) == 1
                    and not _ICON_FONT.search(font)
                    and (
                        stripped in _GLYPH_CHARS
                        or _DINGBAT_FONT.search(font)
                        or (_SYMBOL_FONT.search(font) and not stripped.isalnum())
                        or (
                            0xE000 <= ord(stripped) <= 0xF8FF
                            and _SYMBOL_FONT.search(font)
                            and "awesome" not in font.lower()
                        )
                    )
                ):
                    glyph = True
                    text = "•"
                else:
                    text = clean_chars(raw.replace("\n", " "))
                if not text:
                    continue
                spans.append(
                    _Span(
                        text,
                        x0,
                        y0,
                        x1,
                        y1,
                        sp.get("size", 0.0),
                        font,
                        bool(fl & 16) or bool(_BOLD_FONT.search(font)),
                        bool(fl & 2) or bool(_ITALIC_FONT.search(font)),
                        glyph,
                        raw.rstrip(" ").endswith("\u00ad"),
                        sign=stripped if glyph else "",
                    )
                )
            if spans:
                out.append(spans)
    return out


def _drop_hidden_spans(page, data: dict, hidden: list[int] | None) -> None:
    """Remove, in place, the spans of `data` a reader of the page never sees."""
    spans = [sp for block in data.get("blocks", []) if block.get("type") == 0
             for line in block.get("lines", []) for sp in line.get("spans", [])]
    tiny = {id(sp) for sp in spans if 0 < (sp.get("size") or 10) < HIDDEN_SIZE
            and _span_text(sp).strip()}
    white = [sp for sp in spans if _light_colour(sp.get("color", 0) or 0)
             and _span_text(sp).strip() and id(sp) not in tiny]
    shown = _dark_under(page, [tuple(sp["bbox"]) for sp in white]) if white else []
    gone = tiny | {id(sp) for sp, seen in zip(white, shown, strict=True) if not seen}
    if not gone:
        return
    for block in data.get("blocks", []):
        for line in block.get("lines", []):
            keep = []
            for sp in line.get("spans", []):
                if id(sp) in gone:
                    if hidden is not None:
                        hidden.append(len(_span_text(sp).split()))
                else:
                    keep.append(sp)
            line["spans"] = keep


def _column_starts(span_lines: list[list[_Span]]) -> list[float]:
    """Left edges where several lines start: the page's text columns (a body column right of
    a heading or date column, a sidebar's edge). A span that starts exactly there in the
    middle of a row begins another column's text, however small the gap before it."""
    counts: dict[int, int] = {}
    for spans in span_lines:
        first = min((s for s in spans if s.text.strip()), key=lambda s: s.x0, default=None)
        if first is not None:
            counts[round(first.x0)] = counts.get(round(first.x0), 0) + 1
    starts = []
    for x, n in counts.items():
        near = n + counts.get(x - 1, 0) + counts.get(x + 1, 0)
        if near >= 3:
            starts.append(float(x))
    return starts


def _pieces(span_lines: list[list[_Span]]) -> list[_Piece]:
    """Split each line at big horizontal gaps (tab stops, right-aligned dates) and where a
    span starts at another column's left edge."""
    starts = _column_starts(span_lines)
    pieces: list[_Piece] = []
    for spans in span_lines:
        first = len(pieces)
        spans = sorted(spans, key=lambda s: s.x0)
        cur = _Piece()
        last_x1 = None
        for s in spans:
            if not s.text.strip():
                continue
            if cur.spans and last_x1 is not None:
                gap = s.x0 - last_x1
                at_column = gap > 0.8 * s.size and any(abs(s.x0 - x) <= 1.5 for x in starts) \
                    and not all(q.glyph for q in cur.spans)
                if gap > max(3.0 * s.size, 24) or at_column:
                    pieces.append(cur)
                    cur = _Piece()
            cur.spans.append(s)
            last_x1 = s.x1
        if cur.spans:
            pieces.append(cur)
        if reads_rtl(spans, [s.text for s in spans]):  # Hebrew/Arabic: spans read from the right
            for p in pieces[first:]:
                p.spans.reverse()
    return pieces


def _near(a: _Piece, b: _Piece) -> bool:
    """Two pieces of a right-to-left row that touch (direction runs of one phrase, which
    PyMuPDF reports as separate lines), not cells apart."""
    return max(a.x0 - b.x1, b.x0 - a.x1) < max(3.0 * b.size, 24)


def _letter_bullet(spans: list[_Span]) -> None:
    """Word's second-level bullet is the letter 'o' (in Courier New), set apart from its text
    by a tab: a lone 'o' span followed, after a gap, by a capital starts a bullet item."""
    if len(spans) < 2:
        return
    a, b = spans[0], spans[1]
    if (
        a.text.strip() in ("o", "§", "Ø", "ü", "q", "v")
        and b.x0 - a.x1 >= 0.25 * max(a.size, 1)
        and re.match(r"\s*[A-Z0-9\u00C0-\u024F]", b.text)
        and b.text.strip()[:1].isupper()
    ):
        a.glyph, a.text = True, "•"


def _row_line(row: list[_Piece], page_no: int, margin: list[str]) -> Line | None:
    spans = [s for p in row for s in p.spans]
    glyph_x = None
    first = row[0].spans
    _letter_bullet(spans)
    lead_glyph = first[0].glyph
    glyph_span: _Span | None = None
    parts: list[str] = []
    # parts: split at piece boundaries and at bold/italic changes within a piece
    rtl = reads_rtl(spans, [p.text() for p in row])
    cur: list[_Span] = []
    for pi, p in enumerate(row):
        if cur and not (rtl and _near(row[pi - 1], p)):
            parts.append(join_spans(cur))
            cur = []
        for s in p.spans:
            if s.glyph and pi == 0 and not cur and not parts:
                continue
            if (
                cur
                and (s.bold != cur[-1].bold or s.italic != cur[-1].italic)
                and s.text.strip(" ,|·•")
            ):
                parts.append(join_spans(cur))
                cur = []
            cur.append(s)
    if cur:
        parts.append(join_spans(cur))
    parts = [collapse_ws(t) for t in parts if collapse_ws(t)]
    text = " ".join(collapse_ws(p.text()) for p in row)
    text = collapse_ws(text)
    bullet = False
    typed = ""
    if lead_glyph:
        glyph_x = first[0].x0
        text = collapse_ws(text.lstrip(" •"))
        bullet = True
    else:
        stripped, had = strip_bullet(text)
        num = None if had else _NUMBERED.match(text)
        if num and numbered_heading(text[num.end() :]):
            num = None  # '1. Experience': a numbered section heading, not a list item
        if num:
            stripped, had = text[num.end() :], True
        if had:
            bullet = True
            glyph_x = row[0].x0
            typed = num.group(0).strip() if num else text.lstrip()[:1]  # '8)' or '•'-like
            text = stripped
            if parts:
                parts[0] = _NUMBERED.sub("", parts[0]) if num else strip_bullet(parts[0])[0]
            lead_span = row[0].spans[0]
            if len(lead_span.text.strip()) <= 3 and not lead_span.text.strip().isalpha():
                glyph_span = lead_span  # the glyph or number is its own span: text starts after it
    if not text.strip() and not margin:
        return None
    body = [s for s in spans if not s.glyph and s.text.strip()]
    lead = [s for s in row[0].spans if not s.glyph and s.text.strip()] or body
    lead_chars = sum(len(s.text.strip()) for s in lead) or 1
    chars = sum(len(s.text.strip()) for s in body) or 1
    bold = sum(len(s.text.strip()) for s in lead if s.bold) / lead_chars >= 0.5
    italic = sum(len(s.text.strip()) for s in lead if s.italic) / lead_chars >= 0.6
    del chars
    sizes: dict[float, int] = {}
    fonts: dict[str, int] = {}
    for s in body:
        sizes[round(s.size, 1)] = sizes.get(round(s.size, 1), 0) + len(s.text)
        fonts[s.font] = fonts.get(s.font, 0) + len(s.text)
    size = max(sizes, key=lambda k: sizes[k]) if sizes else 0.0
    if len(sizes) > 1 and text.isupper():  # small caps: the capitals carry the larger size
        size = max(sizes)
    font = max(fonts, key=lambda k: fonts[k]) if fonts else ""
    x0 = min((s.x0 for s in body if s is not glyph_span), default=row[0].x0)
    bbox = (
        min(p.x0 for p in row),
        min(p.y0 for p in row),
        max(p.x1 for p in row),
        max(p.y1 for p in row),
    )
    caps = bool(re.search(r"[A-Z]", text)) and text.upper() == text
    last = row[-1].spans[-1]
    long_pieces = [  # prose on both sides of a gap: two columns read as one row?
        p
        for p in row
        if len(p.text().split()) >= 5
        and not marginish(p)
        and p.text().strip()[:1].isalpha()
        and ":" not in p.text()
        and p.text().count(",") * 3 < len(p.text().split())
    ]
    lead_peak = max((s.size for s in lead), default=size)
    return Line(
        hyphen="soft" if last.soft_end else "",
        peak=lead_peak,
        text=text,
        parts=parts,
        bullet=bullet,
        page=page_no,
        bbox=bbox,
        size=size,
        bold=bold,
        italic=italic,
        font=re.sub(r"\s*\(\d+ 0 R\)", "", font),
        x0=x0,
        glyph_x=glyph_x,
        glyph=typed if bullet and not lead_glyph else (first[0].sign if bullet else ""),
        margin=list(margin),
        caps=caps,
        side_by_side=len(long_pieces) >= 2,
    )


def _drawn_bullets(page, lines: list[Line]) -> None:
    """Bullets drawn as small vector shapes (no glyph in the text): mark the lines they precede.

    A page can mix both (a sidebar list typed with '•', the main column's bullets drawn as dots),
    so drawings are read whenever two or more lines without a glyph start indented from the
    page's left edge; reading drawings costs time, so not otherwise."""
    if not lines:
        return
    left = min(ln.x0 for ln in lines)
    if sum(1 for ln in lines if not ln.bullet and ln.x0 > left + 4) < 2:
        return
    try:
        drawings = page.get_cdrawings() if hasattr(page, "get_cdrawings") else page.get_drawings()
    except Exception:
        return
    dots = []
    for d in drawings[:5000]:
        x0, y0, x1, y1 = d.get("rect", (0, 0, 0, 0))
        w, h = x1 - x0, y1 - y0
        if 0.8 < w <= 7 and 0.8 < h <= 7 and abs(w - h) < 2.5 and d.get("type", "") in ("f", "fs"):
            dots.append((x0, y0, x1, y1))
    if not dots:
        return
    for ln in lines:
        if not ln.bbox or ln.bullet:
            continue
        for x0, y0, x1, y1 in dots:
            cy = (y0 + y1) / 2
            if ln.bbox[1] <= cy <= ln.bbox[3] and x1 <= ln.x0 + 1 and ln.x0 - x1 < 18:
                ln.bullet, ln.glyph_x = True, x0
                break


def _runs_on_across_columns(lines: list[Line]) -> None:
    """A sentence running on from the foot of one column to the top of the next ('... wrote 14'
    / 'runbooks and led 9 ...'), once running headers and footers are gone: no break."""
    for i in range(1, len(lines)):
        prev, ln = lines[i - 1], lines[i]
        if (ln.gap == 5.0 and prev.page == ln.page and not ln.bullet and not ln.margin
                and re.match(r"[a-z]+(?:[\s,;:)]|$)", ln.text) is not None
                and not DATE_RANGE_RE.search(ln.text)
                and not re.search(r"[.;:!?)]$", prev.text.rstrip())
                and _fills_column(prev, lines[max(0, i - 13):i - 1], ln.text)):
            ln.gap = 0.0


def _fills_column(ln: Line, column: list[Line], nxt: str) -> bool:
    """The line wrapped: the next text's first word would not have fitted before the right edge
    of the lines just above it that start where it does (a character taken as 0.55 of the type
    size)."""
    if not ln.bbox:
        return False
    same = [c.bbox[2] for c in column if c.bbox and abs(c.bbox[0] - ln.bbox[0]) < 15]
    edge = max(same, default=ln.bbox[2])
    word = (nxt.split() or [""])[0]
    return ln.bbox[2] + (len(word) + 1) * 0.55 * (ln.size or 9) >= edge - 2


_PAGE_OF = re.compile(r"(?i)\b(?:page|p\.|seite|página|pagina|strona)\s*\d{1,2}\s*(?:of|/|von|de|di|z)\s*"
                      r"\d{1,2}\b")


# a job site's date column beside each job: the period, then the length it works out
# ("2 years 5 months", "3 months"), and a period that wraps ("September 2017 — January" over
# "2020")
_LENGTH_CELL = re.compile(r"(?i)^\s*(?:\d{1,2}\s+(?:years?|yrs?)(?:\s+(?:and\s+)?\d{1,2}\s+months?)?|"
                          r"\d{1,2}\s+months?)\s*$")
_OPEN_MONTH = re.compile(r"(?i)[-–—]\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
                         r"[a-z]*\.?\s*$")
_YEAR_CELL = re.compile(r"^\s*(?:19|20)\d\d\s*$")
_LENGTH_TAIL = re.compile(r"(?i)(?:^|(?<=\s))(?:\d{1,2}\s+(?:years?|yrs?)(?:\s+(?:and\s+)?\d{1,2}\s+"
                          r"months?)?|\d{1,2}\s+months?)\s*$")


def _date_column(lines: list[Line]) -> None:
    """A role's period in a column of its own: the length worked out beside it is dropped
    (the period says it; read as text it joins the title: '2 years 5 months Senior
    Developer'), and a period wrapped over two rows is made whole."""
    for i, ln in enumerate(lines):
        if ln.margin:  # the same column read as the margin beside the role's lines
            kept = [_LENGTH_TAIL.sub("", m).strip() for m in ln.margin]
            ln.margin = [m for m in kept if m]
        if len(ln.parts) < 2:
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if (_OPEN_MONTH.search(ln.parts[0]) and nxt is not None and len(nxt.parts) >= 2
                and _YEAR_CELL.match(nxt.parts[0]) and nxt.page == ln.page):
            ln.parts[0] = ln.parts[0].rstrip() + " " + nxt.parts[0].strip()
            ln.text = " ".join(ln.parts)
            nxt.parts = nxt.parts[1:]
            glyph = re.match(r"\s*[•◦▪■●·‣⁃–-]\s+", nxt.parts[0])
            if glyph:  # the row's bullet was read after the year: it is a bullet line
                nxt.parts[0] = nxt.parts[0][glyph.end():]
                nxt.bullet = True
            nxt.text = " ".join(nxt.parts)
        if _LENGTH_CELL.match(ln.parts[0]) and len(ln.parts) >= 2:
            ln.parts = ln.parts[1:]
            ln.text = " ".join(ln.parts)


def _drop_running_lines(lines: list[Line], doc) -> list[Line]:
    """Remove page headers/footers repeated on several pages and bare page numbers."""
    if not lines:
        return lines
    heights = {i + 1: doc[i].rect.height for i in range(doc.page_count)}

    def key(ln: Line) -> str:  # digits masked; a page number at either end ignored, and a
        # number it follows ('... outubro de 2026' on one page, '... de 2026 2/2' on the next)
        k = re.sub(r"\d+", "#", ln.text.lower()).strip()
        for _ in range(2):
            k = re.sub(r"^(?:page\s+)?#(?:\s*(?:/|of)\s*#)?\s+|\s+(?:page\s+)?#(?:\s*(?:/|of)\s*#)?$",
                       "", k)
        return k

    def edge(ln: Line) -> bool:
        if not ln.bbox or ln.page is None:
            return False
        h = heights.get(ln.page, 800)
        return ln.bbox[1] < 0.07 * h or ln.bbox[3] > 0.93 * h

    pages_by_key: dict[str, set[int]] = {}
    for ln in lines:
        if edge(ln):
            pages_by_key.setdefault(key(ln), set()).add(ln.page or 0)
    out = []
    for ln in lines:
        number = re.fullmatch(r"(page\s*)?\d{1,3}(\s*(/|of)\s*\d{1,3})?|-\s*\d{1,3}\s*-", ln.text.strip(), re.I)
        h = heights.get(ln.page or 0, 800)
        # 'Grady Vanderhoek · page 2 of 2' at the top of the second page only: a running header
        # that names its page (never the first page's top, where the name may stand alone)
        named_page = (edge(ln) and len(ln.text.split()) <= 8
                      and _PAGE_OF.search(ln.text) is not None
                      and ((ln.page or 1) > 1 or bool(ln.bbox and ln.bbox[3] > 0.93 * h)))
        if (edge(ln) and len(pages_by_key.get(key(ln), ())) >= 2) or named_page or (
            number and ln.bbox and (ln.bbox[1] > 0.85 * h or ln.bbox[3] < 0.12 * h)
        ):
            continue
        out.append(ln)
    return out


def read_pdf_lines(path: Path, notes: list[str] | None = None) -> tuple[list[Line], int]:
    """Visual lines of a PDF in reading order, and its page count. What the reader is unsure
    about (a page whose columns it could not separate) is appended to `notes`."""
    doc = open_pdf(path)
    try:
        lines: list[Line] = []
        total = 0
        images = 0
        meta = doc.metadata or {}
        producer = f"{meta.get('producer', '')} {meta.get('creator', '')}"
        # TeX and Typst hyphenate automatically; browsers and Word do not (a line-end '-' is real)
        auto_hyphen = bool(
            re.search(r"tex|typst|latex|pdfTeX|dvipdf|groff|indesign|quark", producer, re.I)
        )
        all_spans: list[list[list[_Span]]] = []
        raw_total = 0
        hidden: list[int] = []
        for pno in range(doc.page_count):
            try:
                page = doc[pno]
                span_lines = _page_spans(page, MAX_RAW_CHARS - raw_total, path.name, hidden)
                raw_total += sum(len(sp.text) for line in span_lines for sp in line)
                if not span_lines:
                    images += len(page.get_images(full=False))
            except InputError:
                raise
            except Exception as exc:
                raise InputError(
                    f"{path.name} is damaged (page {pno + 1} cannot be read). Export it again from your editor."
                ) from exc
            all_spans.append(span_lines)
        fix_visual_order(all_spans)
        drop_rail_years(all_spans)
        for pno in range(doc.page_count):
            page = doc[pno]
            span_lines = all_spans[pno]
            pieces = _pieces(span_lines)
            rows, margin = order_page(pieces, page.rect.width)
            prev: Line | None = None
            page_lines: list[Line] = []
            for i, row in enumerate(rows):
                ln = _row_line(row, pno + 1, margin.get(i, []))
                if ln is None:
                    continue
                if prev is not None and ln.bbox and prev.bbox and ln.size:
                    dy = ln.bbox[1] - prev.bbox[3]
                    # moved up (its top above the previous top): a new column. A tall bullet
                    # glyph can make rows overlap a little without any jump.
                    moved_up = dy <= -0.5 * ln.size and ln.bbox[1] < prev.bbox[1] - 0.3 * ln.size
                    ln.gap = 5.0 if moved_up else max(0.0, dy / ln.size)
                else:
                    ln.gap = 2.0
                if not ln.hyphen and not auto_hyphen:
                    ln.hyphen = "keep"
                lines.append(ln)
                page_lines.append(ln)
                prev = ln
                total += len(ln.text)
                if total > MAX_CHARS:
                    raise InputError(_TOO_MUCH_TEXT.format(name=path.name))
            _drawn_bullets(page, page_lines)
            if notes is not None and sum(1 for ln in page_lines if ln.side_by_side) >= 3:
                notes.append(
                    f"Page {pno + 1} has text side by side that we could not put in reading "
                    "order. Check the bullets from that page; a one-column export reads best."
                )
        note = hidden_note(sum(hidden))
        if notes is not None and note:
            notes.append(note)
        lines = _drop_running_lines(lines, doc)
        _runs_on_across_columns(lines)
        _date_column(lines)
        letters = sum(len(re.findall(r"[^\W\d_]", ln.text)) for ln in lines)
        if letters < 20:
            if images or letters == 0:
                raise InputError(
                    "This PDF has no text layer (scanned?). Export it from your editor as PDF or DOCX, or paste the text."
                )
        return lines, doc.page_count
    finally:
        doc.close()
