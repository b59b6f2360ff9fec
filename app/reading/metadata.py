"""The resume file's own dates: the analysis reads "Present" on a resume as of when it was
written, and two witnesses of that live outside the text the reader keeps:

- `document_date`: the date the file was saved (PDF metadata, DOCX core properties);
- `printed_date`: a full date printed in a page's header or footer (templates such as
  Awesome-CV print the build date at the foot of every page), which the reader drops with
  the rest of the running header and footer.

Both are ISO "YYYY-MM-DD" or '' when there is none; an unreadable file gives ''.
"""

from __future__ import annotations

import os
import re

_MONTHS = ("january february march april may june july august september october november "
           "december").split()
_MON = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_FULL = (
    re.compile(r"(?i)\b" + _MON + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b"),
    re.compile(r"(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON + r",?\s+((?:19|20)\d\d)\b"),
    re.compile(r"\b((?:19|20)\d\d)-(\d{2})-(\d{2})\b"),
)
EDGE_LINES = 3  # lines at the top and the foot of a page where a running date sits
RUNNING_WORDS = 4  # a date line of its own has at most this many words beside its date


def _iso(m: re.Match[str], pattern: int) -> str:
    if pattern == 0:
        month, day, year = _month(m.group(1)), int(m.group(2)), m.group(3)
    elif pattern == 1:
        day, month, year = int(m.group(1)), _month(m.group(2)), m.group(3)
    else:
        year, month, day = m.group(1), int(m.group(2)), int(m.group(3))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return ""
    return f"{year}-{month:02d}-{day:02d}"


def _month(name: str) -> int:
    low = name.lower()[:3]
    return next((i for i, m in enumerate(_MONTHS, start=1) if m.startswith(low)), 0)


def _without_dates(text: str) -> str:
    for pattern in _FULL:
        text = pattern.sub(" ", text)
    return text


def full_dates(text: str) -> list[str]:
    """Every full (day-precise) date in a text, as ISO strings."""
    out = []
    for i, pattern in enumerate(_FULL):
        out += [d for m in pattern.finditer(text) if (d := _iso(m, i))]
    return out


def document_date(path: str | os.PathLike, kind: str) -> str:
    """The date the file was last saved (else created), '' if none."""
    try:
        if kind == "pdf":
            import pymupdf

            with pymupdf.open(path) as doc:
                meta = doc.metadata or {}
            raw = meta.get("modDate") or meta.get("creationDate") or ""
            m = re.search(r"(\d{4})(\d{2})(\d{2})", raw)
            return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else ""
        if kind == "docx":
            import zipfile

            with zipfile.ZipFile(path) as z:
                core = z.read("docProps/core.xml")[:20000].decode("utf-8", "replace")
            m = (re.search(r"modified[^>]*>(\d{4}-\d{2}-\d{2})", core)
                 or re.search(r"created[^>]*>(\d{4}-\d{2}-\d{2})", core))
            return m.group(1) if m else ""
    except Exception:  # noqa: BLE001 - a date is a nicety: an unreadable one is none
        return ""
    return ""


def printed_date(path: str | os.PathLike, kind: str) -> str:
    """The latest full date printed in the first or last lines of a PDF page, '' if none."""
    if kind != "pdf":
        return ""
    try:
        import pymupdf

        found: list[str] = []
        pages: list[list[str]] = []
        with pymupdf.open(path) as doc:
            for page in doc:
                lines = [ln.strip() for ln in page.get_text().splitlines() if ln.strip()]
                pages.append(lines[:EDGE_LINES] + lines[-EDGE_LINES:])
        # a running line repeats on every page; a date line of its own has few words beside
        # its date ("Updated Dec 6, 2024 · page 1"): a sentence that ends a page ("Defended 6
        # December 2024, with the jury's congratulations.") is the text, not the build date
        shapes = [{re.sub(r"\d+", "#", ln) for ln in edges} for edges in pages]
        for edges in pages:
            for ln in edges:
                shape = re.sub(r"\d+", "#", ln)
                repeated = len(pages) > 1 and all(shape in other for other in shapes)
                words = re.findall(r"[^\W\d]{2,}", _without_dates(ln))
                if repeated or len(words) <= RUNNING_WORDS:
                    found += full_dates(ln)
        return max(found) if found else ""
    except Exception:  # noqa: BLE001 - as above
        return ""
