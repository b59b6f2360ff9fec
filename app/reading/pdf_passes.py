"""Passes over a PDF's spans before they are cut into pieces and ordered: right-to-left text
drawn in visual order, and the years printed on a timeline rail beside the roles."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from app.reading.cleanup import RTL_RE, reverse_rtl_runs, rtl_reversed
from app.reading.dates import RANGE_ONLY_RE


def fix_visual_order(pages: Sequence[Sequence[Sequence[Any]]]) -> None:
    """Hebrew/Arabic drawn left to right in logical order (some generators do): PyMuPDF then
    returns each right-to-left run backwards. Detected from letters that only end words;
    the runs are turned back and the spans keep their left-to-right order."""
    spans = [s for page in pages for line in page for s in line]
    if not any(RTL_RE.search(s.text) for s in spans[:5000]):
        return
    if not rtl_reversed([s.text for s in spans]):
        return
    for s in spans:
        s.visual = True
        if not s.glyph:
            s.text = reverse_rtl_runs(s.text)


# a timeline rail's label: a year, or the word for now, alone in its span
_RAIL_LABEL = re.compile(r"(?i)^(?:(?:19|20)\d\d|now|present|today|current|heute|actual|atual|"
                         r"aujourd'hui|oggi)$")
# a date range left open at the end of a line ("2021 –", "Jun 2019 - ")
_OPEN_RANGE = re.compile(r"(?:19|20)\d\d\s*[-–—]\s*$")
_NOW_WORD = re.compile(r"(?i)\b(?:present|current(?:ly)?|now|today|ongoing|heute|actual(?:idad)?|"
                       r"atual|aujourd'hui|oggi|date)\b")


def drop_rail_years(pages: list[list[list[Any]]]) -> None:
    """A timeline drawn beside the roles prints a year (or "now") on its rail at each role's
    start and end, left of the role's own lines, which carry the full dates ("Oct 2024 –
    Present"). Read into the role's lines they become a date of their own ("2024 RTL Design
    Engineer"). A label alone in its line, at the left edge of a column of such labels (two or
    more at one x), whose year or "now" a date range on the same row or the row below repeats,
    is dropped. A rail that holds the only dates is kept, and so is a label that finishes a
    range left open just above it ('2021 –' over 'Present': a wrapped date column)."""
    for page in pages:
        labels = [(i, ln[0]) for i, ln in enumerate(page)
                  if len(ln) == 1 and _RAIL_LABEL.match(ln[0].text.strip())]
        if len(labels) < 2:
            continue
        drop: set[int] = set()
        for i, sp in labels:
            if sum(1 for _, o in labels if abs(o.x0 - sp.x0) <= 3 or abs(o.x1 - sp.x1) <= 3) < 2:
                continue
            height = max(sp.y1 - sp.y0, 1.0)
            above = [o for j, ln in enumerate(page) if j != i for o in ln
                     if sp.y0 - 1.6 * height < o.y0 < sp.y0 - 0.3 * height
                     and o.x0 < sp.x1 + 2 and _OPEN_RANGE.search(o.text)]
            if above:
                continue  # the second half of a wrapped range
            # the text right of the label, on its row and the row below it
            beside = [o for j, ln in enumerate(page) if j != i for o in ln
                      if o.x0 > sp.x1 + 2 and sp.y0 - 0.5 * height < o.y0 < sp.y1 + 1.6 * height]
            ranges = " ".join(m.group(0) for o in beside for m in RANGE_ONLY_RE.finditer(o.text))
            word = sp.text.strip()
            if (word.isdigit() and re.search(rf"(?<!\d){word}(?!\d)", ranges)) or (
                    not word.isdigit() and _NOW_WORD.search(ranges)):
                drop.add(i)
        if drop:
            page[:] = [ln for i, ln in enumerate(page) if i not in drop]
