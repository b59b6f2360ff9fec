"""DOCX reading: the document's XML walked in reading order, whatever wraps the text.

Templates hide text in many containers; python-docx's own `paragraph.text` and
`table.rows` see only plain runs, hyperlinks and direct rows. This walker reads body
paragraphs and tables (nested, merged cells, rows inside content controls), block and run
level content controls (`w:sdt`), tracked insertions, smart tags, simple fields, text boxes
(DrawingML inside `mc:AlternateContent`, read once: the VML fallback copy is skipped) and
symbol-font bullets. List numbering is a bullet; tab-separated parts (right-aligned dates)
are kept apart."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.errors import InputError
from app.reading.cleanup import clean_line, strip_bullet
from app.reading.dates import is_dateish
from app.reading.lines import HEADER_FONT, Line, hidden_note, near_white
from app.reading.sniff import check_docx_zip

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# a long academic CV has ~2,000 paragraphs; counted in the XML before any style is looked up
MAX_PARAGRAPHS = 5_000
_TOO_LONG = "This document is far longer than a resume. Upload the resume alone."
MAX_DEPTH = 12  # tables in tables in text boxes...: deeper nesting is not a resume layout

# containers whose children are read as if they stood in their place
_TRANSPARENT = {_W + t for t in ("sdtContent", "customXml", "smartTag", "ins", "moveTo", "hyperlink",
                                  "fldSimple", "dir", "bdo")}
_SKIP = {_W + t for t in ("del", "moveFrom", "sdtPr", "sdtEndPr", "pPr", "rPr", "tblPr", "trPr",
                          "tcPr", "tblGrid", "sectPr", "proofErr", "bookmarkStart", "bookmarkEnd",
                          "commentRangeStart", "commentRangeEnd", "permStart", "permEnd")}


def _choice(alt: Any) -> Any | None:
    """The mc:Choice branch of an mc:AlternateContent (the fallback repeats it)."""
    return alt.find(_MC + "Choice")


# an achievement's opening verb ("Built the credit-risk model ...")
_ACHIEVEMENT_VERB = re.compile(r"^(?:Built|Ran|Led|Wrote|Made|Grew|Cut|Drove|Won|Took|Shipped|"
                               r"Designed|Developed|Created|Implemented|Managed|Reduced|Improved|"
                               r"Increased|Delivered|Launched|Migrated|Automated|Analy[sz]ed)\b")
_COMPANY_STOP = re.compile(r"\b(?:Inc|Ltd|Co|Corp|LLC|plc|S\.A|GmbH|AG|B\.V|N\.V)\.$")


def _title_like(text: str, most: int = 12) -> bool:
    """A role's first line: a title or an employer, short (at most `most` words), not an
    achievement that starts with its verb and not a sentence ending in a full stop ("Inc."
    is a name's)."""
    words = text.split()
    if not words or len(words) > most:
        return False
    if _ACHIEVEMENT_VERB.match(text) and len(words) > 4:
        return False
    return not (text.endswith(".") and not _COMPANY_STOP.search(text))


# the column names of a person specification, by the kind of requirement they hold
_KIND_COLUMN = {"essential": "basic", "required": "basic", "must have": "basic",
                "minimum": "basic", "essential criteria": "basic", "desirable": "preferred",
                "preferred": "preferred", "nice to have": "preferred",
                "desirable criteria": "preferred", "advantageous": "preferred"}


class _Walker:
    def __init__(self, document: Any) -> None:
        from docx.text.paragraph import Paragraph

        self._Paragraph = Paragraph
        self.parent = document._body
        self.out: list[Line] = []
        self.hidden: list[int] = []  # words of each run left out as hidden from a reader

    # ------------------------------------------------------------------ blocks
    def block(self, container: Any, depth: int = 0) -> None:
        for child in container.iterchildren():
            if len(self.out) > MAX_PARAGRAPHS:
                raise InputError(_TOO_LONG)
            tag = child.tag
            if tag == _W + "p":
                self.paragraph(child, depth)
            elif tag == _W + "tbl":
                if depth < MAX_DEPTH:
                    self.table(child, depth)
            elif tag == _W + "sdt":
                content = child.find(_W + "sdtContent")
                if content is not None:
                    self.block(content, depth)
            elif tag == _MC + "AlternateContent":
                choice = _choice(child)
                if choice is not None:
                    self.block(choice, depth)
            elif tag in _TRANSPARENT:
                self.block(child, depth)

    def table(self, tbl: Any, depth: int) -> None:
        labels: list[str] = []  # a header row's column names ('Period | Project / role | ...')
        for n, tr in enumerate(_children(tbl, _W + "tr")):
            cells = [tc for tc in _children(tr, _W + "tc") if not _merged_away(tc)]
            if n == 0:
                heads = [_plain_text(tc).strip() for tc in cells]
                if len(heads) >= 3 and all(0 < len(h.split()) <= 4 and not is_dateish(h)
                                           and not re.search(r"\d", h) for h in heads):
                    labels = heads
                kinds = [_KIND_COLUMN.get(h.lower().rstrip(":")) for h in heads]
                if "basic" in kinds and "preferred" in kinds:
                    # a person specification ('Criteria | Essential | Desirable | Assessed
                    # by'): each row's cells read under their column's name, which the posting
                    # reader takes as a heading; a column that names no kind is left out
                    self.spec_table(_children(tbl, _W + "tr")[1:], heads, kinds, depth)
                    return
            simple = all(
                len([p for p in _children(tc, _W + "p") if _plain_text(p).strip()]) <= 1
                and not _has(tc, _W + "tbl")
                and not _has(tc, _W + "br")  # soft line breaks: several lines in one paragraph
                for tc in cells
            )
            if simple and len(cells) > 1:
                lines = [
                    ln
                    for tc in cells
                    for p in _children(tc, _W + "p")
                    if (ln := self.para_line(p)) is not None
                ]
                if lines:
                    first = lines[0]
                    first.parts = [p for ln in lines for p in (ln.parts or [ln.text])]
                    first.text = clean_line(" ".join(ln.text for ln in lines))
                    first.bullet = lines[0].bullet
                    self.out.append(first)
                for tc in cells:
                    for p in _children(tc, _W + "p"):
                        self.text_boxes(p, depth + 1)
                continue
            dated = self.dated_row(cells)
            if dated is not None:
                content, when, rest = dated
                start = len(self.out)
                self.block(content, depth + 1)
                self.attach_date(start, when)
                for i in rest:  # 'Environment | Python, PyTorch': about the role, under its
                    # column's name (a cell with no name would read as the next role's title)
                    text = clean_line(" ".join(t for p in _children(cells[i], _W + "p")
                                               if (t := _plain_text(p).strip())))
                    if len(labels) == len(cells) and text:
                        line = f"{labels[i]}: {text}"
                        self.out.append(Line(text=line, parts=[line], paragraph=True))
                continue
            for tc in cells:
                self.block(tc, depth + 1)

    def spec_table(self, rows: list[Any], heads: list[str], kinds: list[str | None],
                   depth: int) -> None:
        for tr in rows:
            cells = [tc for tc in _children(tr, _W + "tc") if not _merged_away(tc)]
            if len(cells) != len(heads):  # a note across the table ('A = application form')
                for tc in cells:
                    self.block(tc, depth + 1)
                continue
            for i, tc in enumerate(cells):
                if not _plain_text(tc).strip():
                    continue
                if kinds[i] is not None:
                    self.out.append(Line(text=heads[i], parts=[heads[i]], heading=True,
                                         paragraph=True))
                    self.block(tc, depth + 1)
                elif i == 0:  # the row's own name ('Qualifications', 'Experience')
                    self.block(tc, depth + 1)
        other = [h for h, k in zip(heads[1:], kinds[1:], strict=True) if k is None and h]
        if other:  # the table ends under a column of its own ('Assessed by'), not under
            # 'Essential': the notes after it are no requirements
            self.out.append(Line(text=other[-1], parts=[other[-1]], heading=True, paragraph=True))

    def dated_row(self, cells: list[Any]) -> tuple[Any, str, list[int]] | None:
        """A row of a role's cell (title, employer, bullets) beside a cell holding only its
        dates ("Jul 2023 – Jul 2026" in a right-hand column): the cell, the dates, and the row's
        other short cells (a project table's 'Environment'; a bare number such as its team
        size is left out: it would read as a title)."""
        if len(cells) < 2:
            return None
        texts = [" ".join(t for p in _children(tc, _W + "p") if (t := _plain_text(p).strip()))
                 for tc in cells]
        dates = [i for i, t in enumerate(texts) if t and len(t) <= 45 and is_dateish(t)]
        if len(dates) != 1 or _has(cells[dates[0]], _W + "tbl"):
            return None
        rich = [i for i, tc in enumerate(cells) if i != dates[0] and len(
            [p for p in _children(tc, _W + "p") if _plain_text(p).strip()]) >= 2]
        if len(rich) != 1 or (len(cells) > 2 and any(
                _has(tc, _W + "tbl") for i, tc in enumerate(cells) if i not in (dates[0], rich[0]))):
            return None
        other = cells[rich[0]]
        paras = [t for p in _children(other, _W + "p") if (t := _plain_text(p).strip())]
        head = next((t for t in paras if not (t.isupper() and len(t.split()) <= 4)), "")
        # a project table's 'Project / role' cell may name both at length
        if not _title_like(head, 18 if len(cells) > 2 and " / " in head else 12):
            return None  # the cell starts with an achievement: its title is elsewhere
        # a team size: '5', '4 – 6', '(8)', '5名', '6 people'
        number = re.compile(r"[\d\s~〜–+()-]*\d[\d\s~〜–+()-]*(?:名|人|\s*people)?")
        others = [i for i in range(len(cells)) if i not in (dates[0], rich[0]) and texts[i]]
        if any(not number.fullmatch(texts[i]) and texts[i].count(",") < 2 for i in others):
            return None  # a cell of words beside it ('Organisation / Role'): not one role's cell
        if len(cells) > 2 and not re.match(r"[\w(]", head):
            return None  # the rich cell opens with a bullet: its title is in another cell
        rest = [i for i in others if not number.fullmatch(texts[i])]
        return other, clean_line(texts[dates[0]]), rest

    def attach_date(self, start: int, when: str) -> None:
        """The dates join the first line of the role read from its cell (its title), as a
        right-aligned date on that line would."""
        first = next((ln for ln in self.out[start:] if not ln.bullet
                      and not (ln.text.isupper() and len(ln.text.split()) <= 4)), None)
        if first is None:
            self.out.insert(start, Line(text=when, parts=[when], paragraph=True))
            return
        first.parts = [*(first.parts or [first.text]), when]
        first.text = clean_line(f"{first.text}\t{when}")

    def paragraph(self, p: Any, depth: int) -> None:
        self.out.extend(self.para_lines(p))
        self.text_boxes(p, depth + 1)

    def text_boxes(self, p: Any, depth: int) -> None:
        """Text boxes anchored in this paragraph, each read as a little document; a box inside
        another box is read by the outer one."""
        if depth >= MAX_DEPTH:
            return
        for box in p.iter(_W + "txbxContent"):
            node, skip = box.getparent(), False
            while node is not None and node is not p:
                if node.tag in (_MC + "Fallback", _W + "txbxContent", _W + "del"):
                    skip = True
                    break
                node = node.getparent()
            if not skip:
                self.block(box, depth)

    # ------------------------------------------------------------------ paragraphs
    def para_line(self, p: Any) -> Line | None:
        from docx.text.run import Run

        par = self._Paragraph(p, self.parent)
        runs = [Run(r, par) for r in _runs(p, self.hidden)]
        raw = "".join(_run_text(r._r) for r in runs)
        parts = [clean_line(x) for x in re.split(r"\t+", _big_lead(runs) or raw)]
        parts = [x for x in parts if x]
        text = clean_line(raw)
        if not text:
            return None
        try:
            style = par.style
        except Exception:  # a style id the styles part does not define
            style = None
        style_name = (style.name if style is not None else "") or ""
        ppr = p.pPr
        numbered = ppr is not None and ppr.numPr is not None
        st = style
        for _ in range(5):  # numbering inherited from the paragraph style
            if numbered or st is None:
                break
            sp = st.element.pPr
            if sp is not None and sp.numPr is not None:
                numbered = True
            st = st.base_style
        bullet = numbered or bool(re.search(r"list|bullet", style_name, re.I))
        stripped, had = strip_bullet(text)
        if had:
            bullet, text = True, stripped
            if parts:
                parts[0] = strip_bullet(parts[0])[0]
        shown = [r for r in runs if _run_text(r._r).strip()]
        chars = sum(len(_run_text(r._r)) for r in shown) or 1
        style_bold = bool(style is not None and style.font.bold)
        bold_chars = sum(
            len(_run_text(r._r)) for r in shown if r.bold or (r.bold is None and (style_bold or _char_bold(r)))
        )
        italic_chars = sum(len(_run_text(r._r)) for r in shown if r.italic)
        caps = any(r.font.all_caps or r.font.small_caps for r in shown) or (text.isupper() and len(text) > 2)
        sizes = [r.font.size.pt for r in shown if r.font.size is not None]
        st = style
        for _ in range(6):  # the size comes from the style chain
            if sizes or st is None:
                break
            if st.font is not None and st.font.size is not None:
                sizes = [st.font.size.pt]
            st = st.base_style
        heading = bool(re.match(r"(heading|title)", style_name, re.I)) and not re.match(
            r"title", style_name, re.I
        )
        return Line(
            text=text,
            parts=parts,
            bullet=bullet,
            bold=bold_chars / chars >= 0.6,
            italic=italic_chars / chars >= 0.6,
            heading=heading,
            paragraph=True,
            caps=caps,
            size=max(sizes) if sizes else 11.0,
            font=style_name,
        )

    def para_lines(self, p: Any) -> list[Line]:
        """A paragraph as lines: soft line breaks (Shift+Enter) separate fields or items."""
        ln = self.para_line(p)
        if ln is None:
            return []
        raw = "".join(_run_text(r) for r in _runs(p, self.hidden))
        if "\n" not in raw:
            return [ln]
        out: list[Line] = []
        segs = raw.split("\n")
        if ln.bullet:  # a bullet typed with Shift+Enter inside its sentence: one line wrapped
            segs = _unwrapped(segs)
        for i, seg in enumerate(segs):
            text = clean_line(seg)
            if not text:
                continue
            text, had = strip_bullet(text)
            parts = [q for q in (clean_line(x) for x in re.split(r"\t+", seg)) if q]
            if had and parts:
                parts[0] = strip_bullet(parts[0])[0]
            out.append(
                replace(ln, text=text, parts=parts, bullet=had or (ln.bullet and i == 0), margin=[])
            )
        return out


_JOINING_WORD = re.compile(r"(?i)\b(?:and|or|of|the|to|with|by|for|in|a|an|on|at|from|as|into|"
                           r"per|than|that|which)\s*$")


def _unwrapped(segs: list[str]) -> list[str]:
    """Soft-broken pieces of one bullet joined where the sentence runs on: the piece before
    ends mid-sentence (no closing mark) and the next starts in lower case or a digit, or the
    piece before ends on a joining word ("...(Azure Monitor and" + "Power BI), with alerts")."""
    out: list[str] = []
    for seg in segs:
        prev = out[-1].rstrip() if out else ""
        nxt = seg.lstrip()
        runs_on = prev and nxt and not re.search(r"[.;:!?]$", prev) and not strip_bullet(nxt)[1] \
            and (nxt[:1].islower() or nxt[:1].isdigit() or nxt[:1] == "(" or _JOINING_WORD.search(prev))
        if runs_on:
            out[-1] = f"{prev} {nxt}"
        else:
            out.append(seg)
    return out


def _big_lead(runs: list[Any]) -> str:
    """A paragraph that opens in large type and goes on in small type after a space ("Maren
    Berg" at 20 pt, then "   Product Analytics" at 11 pt): the two as tab-separated parts, as
    the eye reads them; "" for any other paragraph."""
    sized = [(r.font.size.pt if r.font.size is not None else None, _run_text(r._r)) for r in runs]
    sized = [(pt, t) for pt, t in sized if t]
    for i in range(1, len(sized)):
        (big, _), (small, rest) = sized[i - 1], sized[i]
        if big is None or small is None or big < 1.5 * small or not rest[:1].isspace():
            continue
        if any(pt is None or pt < big for pt, t in sized[:i] if t.strip()) \
                or any(pt is None or pt > small for pt, t in sized[i:] if t.strip()):
            return ""
        return "".join(t for _, t in sized[:i]) + "\t" + "".join(t for _, t in sized[i:])
    return ""


def _children(el: Any, tag: str) -> list[Any]:
    """Children with `tag`, looking through content controls and custom XML wrappers
    (rows and cells can sit inside a w:sdt)."""
    out = []
    for child in el.iterchildren():
        if child.tag == tag:
            out.append(child)
        elif child.tag == _W + "sdt":
            content = child.find(_W + "sdtContent")
            if content is not None:
                out.extend(_children(content, tag))
        elif child.tag in (_W + "customXml", _W + "ins", _W + "moveTo"):
            out.extend(_children(child, tag))
    return out


def _has(el: Any, tag: str) -> bool:
    return next(el.iter(tag), None) is not None


def _merged_away(tc: Any) -> bool:
    """A cell that continues a vertical merge from the row above and holds nothing."""
    pr = tc.find(_W + "tcPr")
    vmerge = pr.find(_W + "vMerge") if pr is not None else None
    if vmerge is None or vmerge.get(_W + "val") == "restart":
        return False
    return not _plain_text(tc).strip()


def _runs(p: Any, hidden: list[int] | None = None) -> list[Any]:
    """The paragraph's runs in order, through every wrapper that shows its text (hyperlinks,
    content controls, insertions, smart tags, fields, the chosen branch of alternate
    content); never deleted text, field codes or text boxes (read apart)."""
    out: list[Any] = []

    def walk(el: Any) -> None:
        for child in el.iterchildren():
            tag = child.tag
            if tag == _W + "r":
                out.append(child)
            elif tag in _SKIP:
                continue
            elif tag == _W + "sdt":
                content = child.find(_W + "sdtContent")
                if content is not None:
                    walk(content)
            elif tag == _MC + "AlternateContent":
                choice = _choice(child)
                if choice is not None:
                    walk(choice)
            elif tag in _TRANSPARENT or tag == _MC + "Choice":
                walk(child)

    walk(p)
    kept = []
    for r in out:
        if _hidden(r, p):
            if hidden is not None:  # the words left out, for the reading's note
                hidden.append(len(_plain_text(r).split()))
        else:
            kept.append(r)
    return kept


def _hidden(run: Any, p: Any) -> bool:
    """Text a reader of the page never sees: marked hidden, under two points, or white on a
    paragraph and cell without a dark fill (keywords stuffed in for scanners)."""
    rpr = run.find(_W + "rPr")
    if rpr is None:
        return False
    if _on(rpr.find(_W + "vanish")) or _on(rpr.find(_W + "specVanish")):
        return True
    size = rpr.find(_W + "sz")
    tiny = size is not None and (size.get(_W + "val") or "").isdigit() and int(size.get(_W + "val")) <= 4
    color = rpr.find(_W + "color")
    white = color is not None and _light(color.get(_W + "val") or "") and not _dark_fill(run, p)
    return tiny or white


def _on(flag: Any) -> bool:
    return flag is not None and (flag.get(_W + "val") or "true").lower() not in ("0", "false", "off")


def _light(hex_colour: str) -> bool:
    """A colour close to white ('FFFFFF', 'FEFEFE')."""
    if not re.fullmatch(r"[0-9A-Fa-f]{6}", hex_colour):
        return False
    return near_white([int(hex_colour[i:i + 2], 16) / 255 for i in (0, 2, 4)])


def _dark_fill(run: Any, p: Any) -> bool:
    """The run, its paragraph or the table cell around it sits on a fill that is not light, so
    white letters show."""
    holders = [run.find(_W + "rPr"), p.find(_W + "pPr")]
    el = p.getparent()
    while el is not None and el.tag != _W + "body":
        if el.tag == _W + "tc":
            holders.append(el.find(_W + "tcPr"))
        if el.tag == _W + "txbxContent":
            return True  # a text box: its shape's own fill is behind it (a dark sidebar)
        el = el.getparent()
    for holder in holders:
        if holder is None:
            continue
        shd = holder.find(_W + "shd")
        fill = (shd.get(_W + "fill") or "") if shd is not None else ""
        if re.fullmatch(r"[0-9A-Fa-f]{6}", fill) and not _light(fill):
            return True
        if holder.find(_W + "highlight") is not None:
            return True
    return False


_SYMBOL_BULLETS = {"F0B7", "F0A7", "F076", "F0D8", "F0FC", "F0A8", "F06E", "F071", "F0E0", "F0D7"}


def _run_text(r: Any) -> str:
    """A run's visible text: tabs as \\t, line breaks as \\n, symbol-font bullets as '•'."""
    out = []
    for child in r.iterchildren():
        tag = child.tag
        if tag == _W + "t":
            out.append(child.text or "")
        elif tag == _W + "tab" or tag == _W + "ptab":
            out.append("\t")
        elif tag == _W + "br":
            if child.get(_W + "type") in (None, "textWrapping"):
                out.append("\n")
        elif tag == _W + "cr":
            out.append("\n")
        elif tag == _W + "noBreakHyphen":
            out.append("-")
        elif tag == _W + "sym":
            code = (child.get(_W + "char") or "").upper()
            out.append("•" if code in _SYMBOL_BULLETS or code.startswith("F0") else "")
    return "".join(out)


def _plain_text(el: Any) -> str:
    return "".join(t.text or "" for t in el.iter(_W + "t"))


def _char_bold(run: Any) -> bool:
    """Bold set by the run's character style ('Strong')."""
    try:
        st = run.style
        return bool(st is not None and st.font.bold)
    except Exception:
        return False


def read_docx_lines(path: Path, notes: list[str] | None = None) -> list[Line]:
    """Paragraph lines of a DOCX in reading order (tables, controls and text boxes included);
    text hidden from a reader (white, tiny or marked hidden) is left out, and said in `notes`."""
    check_docx_zip(path)
    try:
        import docx

        document = docx.Document(str(path))
    except InputError:
        raise
    except Exception as exc:
        raise InputError(
            f"{path.name} is a damaged DOCX file. Open it in Word, save it again, and retry."
        ) from exc
    body = document.element.body
    if sum(1 for _ in body.iter(_W + "p")) > MAX_PARAGRAPHS:
        raise InputError(_TOO_LONG.replace("This document", path.name))
    walker = _Walker(document)
    try:
        walker.block(body)
        head = _header_lines(document, walker.out)
    except InputError:
        raise
    except Exception as exc:
        raise InputError(
            f"{path.name} could not be read as a Word document. Save it again as .docx or export a PDF."
        ) from exc
    note = hidden_note(sum(walker.hidden))
    if notes is not None and note:
        notes.append(note)
    return head + walker.out


# a header's page furniture, not the candidate's ("Page 1 of 2", "- 2 -", "Confidential")
_FURNITURE = re.compile(r"(?i)^(?:page\s*\d+(?:\s*(?:of|/)\s*\d+)?|\d+\s*(?:of|/)\s*\d+|[-–—\s]*\d+[-–—\s]*|"
                        r"(?:strictly |private (?:and|&) )?confidential|resume|r[ée]sum[ée]|curriculum vitae|cv)$")


def _header_lines(document: Any, body: list[Line]) -> list[Line]:
    """The first section's page header as the document's first lines: many Word templates put
    the name and the contact line there, where the body never repeats them. The first page's
    own header is read first when the document has one; page numbers, 'Confidential' and
    lines the body's top already holds are left out."""
    sections = document.sections
    if not len(sections):
        return []
    sec = sections[0]
    headers = ([sec.first_page_header] if sec.different_first_page_header_footer else []) + [sec.header]
    top = {t.casefold() for ln in body[:15] for t in [ln.text, *ln.parts]}
    out: list[Line] = []
    for header in headers:
        if header.is_linked_to_previous:  # no header of its own: reading it would add one
            continue
        walker = _Walker(document)
        walker.block(header._element)
        for ln in walker.out:
            key = ln.text.casefold()
            if all(_FURNITURE.match(t.strip()) or t.casefold() in top for t in ln.parts or [ln.text]):
                continue  # page furniture, or a name the body's first lines print already
            top.add(key)
            out.append(replace(ln, heading=False, font=HEADER_FONT))
        if out:
            break  # the first page's header, or the running one when that page has none
    return out[:8]
