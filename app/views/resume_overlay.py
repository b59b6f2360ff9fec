"""The resume overlay's model (no Qt): which bullets are tinted with which
principle, which are lit, and where bullets that share a box on the page become one region
(tinted once, by the strongest principle there, with one tag). `resume_view` paints it."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from app.display import whole_phrase
from app.models.knowledge import Principle
from app.models.report import Report
from app.models.resume import Bullet


class Tints:
    """Which bullets are tinted, with which principle, and which are lit (highlighted)."""

    def __init__(self) -> None:
        self.principles: dict[str, Principle] = {}
        self.bullet_pids: dict[str, list[str]] = {}
        self.scores: dict[str, dict[str, float]] = {}
        self.reasons: dict[str, str] = {}
        self.texts: dict[str, str] = {}
        self.filter: set[str] = set()
        self.highlight: set[str] = set()

    def load(self, report: Report, principles: Sequence[Principle]) -> None:
        self.principles = {p.id: p for p in principles}
        self.bullet_pids = {bid: [p for p in pids if p in self.principles]
                            for bid, pids in report.bullet_principles.items()}
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

    def strongest(self, bids: Sequence[str]) -> tuple[Principle | None, list[Principle]]:
        """For bullets that share one place on the page: the one principle to tint it with
        (the highest-scoring of the bullets' own), and every principle shown there."""
        best: tuple[float, int, Principle] | None = None
        seen: list[Principle] = []
        for order, bid in enumerate(bids):
            p = self.shown_principle(bid)
            if p is None:
                continue
            if p not in seen:
                seen.append(p)
            key = (self.scores.get(bid, {}).get(p.id, 0.0), -order)
            if best is None or key > (best[0], best[1]):
                best = (key[0], key[1], p)
        return (best[2] if best else None), seen

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

    def tooltip(self, bid: str) -> str:
        pids = self.bullet_pids.get(bid) or []
        if not pids:
            return ""
        names = ", ".join(
            f"<b>{html.escape(self.principles[p].name)}</b> [{html.escape(self.principles[p].short)}]"
            for p in pids)
        why = self.reasons.get(bid, "")
        tip = f"<div style='max-width:380px'>{names}"
        if why:
            tip += f"<br><span>{html.escape(why)}</span>"
        return tip + "</div>"

    def group_tooltip(self, bids: Sequence[str]) -> str:
        """One place on the page holding several bullets: each with its principles."""
        tipped = [b for b in bids if self.bullet_pids.get(b)]
        if len(bids) == 1 or len(tipped) <= 1:
            return self.tooltip(tipped[0]) if tipped else ""
        rows = []
        for bid in tipped:
            names = ", ".join(html.escape(self.principles[p].name) for p in self.bullet_pids[bid])
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


