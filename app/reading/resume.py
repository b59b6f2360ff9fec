"""Entry points: `read_resume(path)` -> Resume and `extract_document_text(path)` for any
PDF/DOCX/TXT/MD file. Every failure the user can fix becomes an InputError."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from pathlib import Path

from app.errors import InputError
from app.models.resume import Resume, Section, SourceInfo
from app.reading.dates import TITLE_NOUNS, period_of
from app.reading.metadata import document_date, printed_date
from app.reading.sniff import decode_text, sniff_type
from app.reading.structure import Line, display_line, structure
from app.reading.unsure import resume_warnings

MAX_TEXT_CHARS = 400_000  # ~100 pages of text: anything longer is not a resume


def _lines_of(
    path: str | os.PathLike, notes: list[str] | None = None
) -> tuple[list[Line], SourceInfo]:
    kind = sniff_type(path)
    p = Path(path)
    if kind == "pdf":
        from app.reading.pdf import read_pdf_lines

        lines, pages = read_pdf_lines(p, notes)
        return lines, SourceInfo(path=str(path), type="pdf", pages=pages)
    if kind == "docx":
        from app.reading.docx_reader import read_docx_lines

        lines = read_docx_lines(p, notes)
        info = SourceInfo(path=str(path), type="docx", pages=None)
    else:
        from app.reading.text import text_lines

        text = decode_text(p.read_bytes())
        if text is None:
            raise InputError(
                f"{p.name} is not a text document (binary data). Choose a PDF, DOCX or TXT file."
            )
        if len(text) > MAX_TEXT_CHARS:
            raise InputError(
                f"{p.name} holds far more text than a resume. Upload the resume alone, or paste it."
            )
        lines = text_lines(text)
        info = SourceInfo(path=str(path), type="txt", pages=None)
    if sum(len(ln.text) for ln in lines) > MAX_TEXT_CHARS:
        raise InputError(
            f"{p.name} holds far more text than a resume. Upload the resume alone, or paste it."
        )
    letters = sum(ch.isalpha() for ln in lines for ch in ln.text)
    if letters < 20 and kind == "docx" and _docx_has_pictures(p):
        raise InputError(
            f"{p.name} holds a picture of a resume, not its text. Choose the original file "
            "(Word or PDF with text), or paste the text."
        )
    if letters < 20:
        raise InputError(
            f"{p.name} has no readable text. Check that it is the right file, or paste the text."
        )
    return lines, info


def _docx_has_pictures(path: Path) -> bool:
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            return any(n.startswith("word/media/") for n in zf.namelist())
    except (zipfile.BadZipFile, OSError):
        return False


def document_lines(path: str | os.PathLike) -> tuple[list[Line], SourceInfo]:
    """The visual lines (PDF) or paragraphs (DOCX, TXT) of a file, with their layout hints;
    raises InputError when the file cannot be read."""
    return _lines_of(path)


def extract_document_text(path: str | os.PathLike) -> tuple[str, SourceInfo]:
    """Plain text of a PDF/DOCX/TXT/MD file in reading order (one line per visual line)."""
    lines, info = _lines_of(path)
    return "\n".join(display_line(ln) for ln in lines).strip() + "\n", info


# words a file name carries beside the name ("Resume", "CV_2026", "Data_Scientist")
_FILE_WORDS = re.compile(r"(?i)^(?:resume|r[ée]sum[ée]|cv|curriculum|vitae|lebenslauf|final|draft|"
                         r"new|updated?|v\d+|en|english|copy)$")


_TITLE_WORD = re.compile(r"(?i)\b(?:" + "|".join(TITLE_NOUNS + (
    "senior", "junior", "lead", "principal", "staff", "data", "software", "machine", "learning",
    "intern")) + r")s?\b")


def name_from_file(stem: str, text: str) -> str:
    """The candidate's name from the file's name ("Ingrid_Solheim_Resume"), when the text shows
    no name line but does print those words together ("scholar: Ingrid Solheim") or as its
    e-mail address (ingrid.solheim@...); "" otherwise."""
    words = [w for w in re.split(r"[\s_.()\[\],-]+", stem) if w]
    lead: list[str] = []
    for w in words:
        if _FILE_WORDS.match(w) or not w.isalpha() or not w[:1].isupper():
            if lead:
                break
            continue
        lead.append(w)
    low = text.casefold()
    for n in (3, 2):
        for i in range(0, len(lead) - n + 1):
            cand = lead[i:i + n]
            spaced = " ".join(cand).casefold()
            if _TITLE_WORD.search(spaced):
                continue  # "Data_Scientist_Resume": a title, not a name
            if re.search(r"(?<!\w)" + re.escape(spaced) + r"(?!\w)", low) or re.search(
                    r"(?<![\w.])" + re.escape(".".join(cand).casefold()) + r"@", low):
                return " ".join(cand)
    return ""


_CONTINUED = re.compile(r"(?i)^(?P<head>.{3,40}?)\s*(?:\(\s*(?:cont\.?|contd\.?|cont'd|continued)\s*\)|"
                        r"[-–—:]\s*(?:cont\.?|contd\.?|cont'd|continued))\s*$")


def _without_continued_headings(lines: list) -> list:
    """Drop a heading repeated on a later page or slide as 'Experience (cont.)': its section
    runs on, and the role above it keeps its bullets (never a new section or an employer)."""
    from app.reading.headings import known_heading

    seen: set[str] = set()
    out = []
    for ln in lines:
        text = ln.text.strip()
        m = _CONTINUED.match(text)
        if m and known_heading(m.group("head")) in seen:
            continue
        kind = known_heading(text) if len(text) <= 45 else None
        if kind:
            seen.add(kind)
        out.append(ln)
    return out


def read_resume(path: str | os.PathLike) -> Resume:
    """Read a resume file into sections, roles, bullets and skills (the parse contract)."""
    notes: list[str] = []
    lines, info = _lines_of(path, notes)
    result = structure(_without_continued_headings(lines))
    sections = tuple(Section(title=s.title, kind=s.kind) for s in result.sections)
    warnings = resume_warnings(
        result.sections,
        result.roles,
        result.bullets,
        pages=info.pages,
        text_chars=len(result.text),
        headings_found=result.headings_found,
        unread=result.unread,
        notes=notes,
    )
    return Resume(
        source=info,
        sections=sections,
        roles=tuple(replace(r, period=period_of(r.dates)) for r in result.roles),
        bullets=tuple(result.bullets),
        skills=tuple(result.skills),
        name=result.name or name_from_file(Path(path).stem, result.text),
        text=result.text,
        warnings=warnings,
        document_date=document_date(path, info.type),
        printed_date=printed_date(path, info.type),
    )
