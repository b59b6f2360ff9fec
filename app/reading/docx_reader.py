"""DOCX reading with python-docx: body paragraphs and layout tables in document order,
list numbering as bullets, tab-separated parts (right-aligned dates) kept apart."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from app.errors import InputError
from app.reading.cleanup import clean_line, strip_bullet
from app.reading.sniff import check_docx_zip
from app.reading.structure import Line

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# a long academic CV has ~2,000 paragraphs; counted in the XML before any style is looked up
# (python-docx resolves styles several times per paragraph: 30,000 of them cost a minute)
MAX_PARAGRAPHS = 5_000
_TOO_LONG = "This document is far longer than a resume. Upload the resume alone."


def _para_line(par) -> Line | None:
    raw = par.text or ""
    parts = [clean_line(p) for p in re.split(r"\t+", raw)]
    parts = [p for p in parts if p]
    text = clean_line(raw)
    if not text:
        return None
    style = (par.style.name if par.style is not None else "") or ""
    ppr = par._p.pPr
    numbered = ppr is not None and ppr.numPr is not None
    if not numbered and par.style is not None:
        st = par.style
        for _ in range(5):  # numbering inherited from the paragraph style
            if st is None:
                break
            sp = st.element.pPr
            if sp is not None and sp.numPr is not None:
                numbered = True
                break
            st = st.base_style
    bullet = numbered or bool(re.search(r"list|bullet", style, re.I))
    stripped, had = strip_bullet(text)
    if had:
        bullet, text = True, stripped
        if parts:
            parts[0] = strip_bullet(parts[0])[0]
    runs = [r for r in par.runs if r.text.strip()]
    chars = sum(len(r.text) for r in runs) or 1
    bold_chars = sum(
        len(r.text)
        for r in runs
        if r.bold or (r.bold is None and par.style is not None and par.style.font.bold)
    )
    italic_chars = sum(len(r.text) for r in runs if r.italic)
    caps = any(r.font.all_caps or r.font.small_caps for r in runs) or (
        text.isupper() and len(text) > 2
    )
    sizes = [r.font.size.pt for r in runs if r.font.size is not None]
    if not sizes:
        st = par.style
        for _ in range(6):  # the size comes from the style chain
            if st is None:
                break
            if st.font is not None and st.font.size is not None:
                sizes = [st.font.size.pt]
                break
            st = st.base_style
    heading = bool(re.match(r"(heading|title)", style, re.I)) and not re.match(
        r"title", style, re.I
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
        font=style,
    )


def _para_lines(par) -> list[Line]:
    """A paragraph as lines: soft line breaks (Shift+Enter) separate fields or items."""
    ln = _para_line(par)
    if ln is None:
        return []
    raw = par.text or ""
    if "\n" not in raw:
        return [ln]
    out: list[Line] = []
    for i, seg in enumerate(raw.split("\n")):
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


def _iter_block(parent, out: list[Line], depth: int = 0) -> None:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    root = getattr(parent, "element", None)  # a Document; cells only have `_element`
    container = root.body if root is not None and hasattr(root, "body") else parent._element
    for child in container.iterchildren():
        if len(out) > MAX_PARAGRAPHS:
            raise InputError(_TOO_LONG)
        if child.tag == _W + "p":
            out.extend(_para_lines(Paragraph(child, parent)))
            _text_boxes(child, parent, out)
        elif child.tag == _W + "tbl" and depth < 4:
            table = Table(child, parent)
            for row in table.rows:
                cells = []
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    cells.append(cell)
                simple = all(
                    len([p for p in c.paragraphs if p.text.strip()]) <= 1 and not c.tables
                    for c in cells
                )
                if simple and len(cells) > 1:
                    lines = [
                        ln for c in cells for p in c.paragraphs if (ln := _para_line(p)) is not None
                    ]
                    if lines:
                        first = lines[0]
                        first.parts = [p for ln in lines for p in (ln.parts or [ln.text])]
                        first.text = clean_line(" ".join(ln.text for ln in lines))
                        out.append(first)
                    continue
                for cell in cells:
                    _iter_block(cell, out, depth + 1)
        elif child.tag == _W + "sdt":
            content = child.find(_W + "sdtContent")
            if content is not None:
                for p in content.iter(_W + "p"):
                    out.extend(_para_lines(Paragraph(p, parent)))


_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text_boxes(p_element, parent, out: list[Line]) -> None:
    """Paragraphs inside text boxes anchored in this paragraph (template layouts use them);
    the VML fallback copy of each box is skipped so nothing is read twice."""
    from docx.text.paragraph import Paragraph

    for box in p_element.iter(_W + "txbxContent"):
        node, fallback = box.getparent(), False
        while node is not None and node is not p_element:
            if node.tag == _MC_FALLBACK:
                fallback = True
                break
            node = node.getparent()
        if fallback:
            continue
        for p in box.iter(_W + "p"):
            out.extend(_para_lines(Paragraph(p, parent)))


def read_docx_lines(path: Path) -> list[Line]:
    """Paragraph lines of a DOCX in body order (tables included)."""
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
    out: list[Line] = []
    try:
        _iter_block(document, out)
    except InputError:
        raise
    except Exception as exc:
        raise InputError(
            f"{path.name} could not be read as a Word document. Save it again as .docx or export a PDF."
        ) from exc
    return out
