"""The resume overlay's model (no Qt): which bullets are tinted with which
principle, which are lit, and where bullets that share a box on the page become one region
(tinted once, by the strongest principle there, with one tag). `resume_view` paints it."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.display import whole_phrase

if TYPE_CHECKING:  # the models load with the first result, not with the window
    from app.models.knowledge import Principle
    from app.models.report import Report
    from app.models.resume import Bullet


class Tints:
    """Which bullets are tinted, with which principle, and which are lit (highlighted).

    A bullet is tinted by what it evidences, strongest first: the principles credited to it
    (what a story can be built on) and then what it only reads as. Its tag says which: a
    filled tag for a credited principle, an outline for one it only reads as."""

    def __init__(self) -> None:
        self.principles: dict[str, Principle] = {}
        self.bullet_pids: dict[str, list[str]] = {}  # shown: credited first, then reads-as
        self.credited: dict[str, list[str]] = {}  # credited as evidence (a story can use it)
        self.scores: dict[str, dict[str, float]] = {}
        self.reasons: dict[str, str] = {}
        self.texts: dict[str, str] = {}
        self.filter: set[str] = set()
        self.highlight: set[str] = set()

    def load(self, report: Report, principles: Sequence[Principle]) -> None:
        self.principles = {p.id: p for p in principles}
        self.credited = {bid: [p for p in pids if p in self.principles]
                         for bid, pids in report.bullet_principles.items()}
        reads = {e.bullet_id: [p for p in e.reads_as if p in self.principles]
                 for e in report.bullet_evidence}
        self.bullet_pids = {}
        for bid in dict.fromkeys([*self.credited, *reads]):
            shown = list(dict.fromkeys([*self.credited.get(bid, []), *reads.get(bid, [])]))
            if shown:
                self.bullet_pids[bid] = shown
        self.scores = {e.bullet_id: dict(e.scores) for e in report.bullet_evidence}
        self.reasons = {e.bullet_id: e.reason for e in report.bullet_evidence}
        self.texts = {b.id: b.text for b in report.resume.bullets}
        self.filter, self.highlight = set(), set()

    def principle_for(self, bid: str) -> Principle | None:
        """The strongest principle to colour `bid` with (the filter's one when filtering)."""
        pids = self.bullet_pids.get(bid) or []
        for pid in pids:
            if not self.filter or pid in self.filter:
                return self.principles[pid]
        return None

    def shown_principle(self, bid: str) -> Principle | None:
        """The principle `bid` is painted with now (None: not tinted): its strongest, the
        filter's, or for a lit bullet outside the filter its own strongest."""
        if not self.shown(bid):
            return None
        p = self.principle_for(bid)
        if p is None:
            pids = self.bullet_pids.get(bid) or []
            p = self.principles.get(pids[0]) if pids else None
        return p

    def is_credited(self, bid: str, pid: str) -> bool:
        """Whether `pid` is credited to `bid` (a story can be built on it), not only read."""
        return pid in self.credited.get(bid, ())

    def strongest(self, bids: Sequence[str]) -> tuple[Principle | None, list[Principle]]:
        """For bullets that share one place on the page: the one principle to tint it with
        (a credited one before one only read; then the highest-scoring), and every
        principle shown there."""
        best: tuple[tuple[int, float, int], Principle] | None = None
        seen: list[Principle] = []
        for order, bid in enumerate(bids):
            p = self.shown_principle(bid)
            if p is None:
                continue
            if p not in seen:
                seen.append(p)
            key = (int(self.is_credited(bid, p.id)), self.scores.get(bid, {}).get(p.id, 0.0),
                   -order)
            if best is None or key > best[0]:
                best = (key, p)
        return (best[1] if best else None), seen

    def region_credited(self, bids: Sequence[str], pid: str) -> bool:
        """Whether any bullet of a region is credited with `pid` (its tag is filled)."""
        return any(self.is_credited(b, pid) for b in bids)

    def lit(self) -> set[str]:
        if self.highlight:
            return set(self.highlight)
        if self.filter:
            return {b for b, pids in self.bullet_pids.items() if self.filter & set(pids)}
        return set()

    def shown(self, bid: str) -> bool:
        if self.highlight:
            return bid in self.highlight
        return self.principle_for(bid) is not None

    def _names(self, bid: str, pids: Sequence[str]) -> str:
        return ", ".join(
            f"<b>{html.escape(self.principles[p].name)}</b> [{html.escape(self.principles[p].short)}]"
            for p in pids)

    def tooltip(self, bid: str) -> str:
        pids = self.bullet_pids.get(bid) or []
        if not pids:
            return ""
        credited = [p for p in pids if self.is_credited(bid, p)]
        reads = [p for p in pids if p not in credited]
        rows = []
        if credited:
            rows.append(f"Credited (a story can use it): {self._names(bid, credited)}")
        if reads:
            rows.append(f"Reads as, not yet credited: {self._names(bid, reads)}")
        why = self.reasons.get(bid, "")
        if why:
            rows.append(f"<span>{html.escape(why)}</span>")
        return "<div style='max-width:380px'>" + "<br>".join(rows) + "</div>"

    def group_tooltip(self, bids: Sequence[str]) -> str:
        """One place on the page holding several bullets: each with its principles."""
        tipped = [b for b in bids if self.bullet_pids.get(b)]
        if len(bids) == 1 or len(tipped) <= 1:
            return self.tooltip(tipped[0]) if tipped else ""
        rows = []
        for bid in tipped:
            names = ", ".join(html.escape(self.principles[p].name)
                              + ("" if self.is_credited(bid, p) else " (reads as)")
                              for p in self.bullet_pids[bid])
            text = html.escape(whole_phrase(self.texts.get(bid, ""), 70))
            rows.append(f"\u2022 {text}: <b>{names}</b>")
        return "<div style='max-width:420px'>" + "<br>".join(rows) + "</div>"


@dataclass(frozen=True)
class Region:
    """One place on a page that is tinted as one: a bullet, or bullets the reader placed in
    the same box (several short items run together on the same lines)."""

    page: int  # 0-based
    box: tuple[float, float, float, float]  # PDF points
    bullet_ids: tuple[str, ...]


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    """How much of the smaller box the two share (0..1)."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1])) or 1.0
    return w * h / smaller


def group_regions(bullets: Sequence[Bullet]) -> list[Region]:
    """Bullets whose boxes mostly coincide become one region (tinted once, one tag), in
    reading order; bullets with their own box stay alone."""
    groups: list[tuple[int, list[float], list[str]]] = []
    for b in bullets:
        if not b.page or not b.bbox:
            continue
        box = [float(v) for v in b.bbox]
        for page, gbox, ids in groups:
            if page == b.page - 1 and _overlap(tuple(gbox), tuple(box)) >= 0.6:  # type: ignore[arg-type]
                gbox[:] = [min(gbox[0], box[0]), min(gbox[1], box[1]),
                           max(gbox[2], box[2]), max(gbox[3], box[3])]
                ids.append(b.id)
                break
        else:
            groups.append((b.page - 1, box, [b.id]))
    regions = [Region(page, (gbox[0], gbox[1], gbox[2], gbox[3]), tuple(ids))
               for page, gbox, ids in groups]
    return sorted(regions, key=lambda r: (r.page, r.box[1], r.box[0]))


