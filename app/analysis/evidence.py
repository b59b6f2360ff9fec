"""Principle evidence: every bullet's principles with scores and a reason, and each of the
16 Leadership Principles rated strong / thin / none for the resume.

Rating rule (stated in each reason so the user sees it):
- strong: at least two bullets carry the principle with a score of STRONG_BAR or more, or
  one bullet carries it with VERY_STRONG_BAR or more;
- thin: at least one bullet carries it, but not enough for strong;
- none: no bullet carries it (never "thin" without evidence).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from app.analysis.text import clip, rnd, sentences
from app.models.knowledge import Knowledge
from app.models.report import BulletEvidence, PrincipleRating
from app.models.resume import Bullet

# Calibrated on the classifier's scores over the corpus resumes: the median top score of an
# achievement line is about 0.31, the top decile about 0.57.
STRONG_BAR = 0.35
VERY_STRONG_BAR = 0.6
EVIDENCE_FLOOR = 0.1  # a listed principle below this does not count as evidence


SPLIT_MIN_WORDS = 30  # a paragraph-style bullet this long is also read sentence by sentence
PART_MIN_WORDS = 6
MAX_LISTED = 4


@dataclass(frozen=True)
class Merged:
    """A bullet's classification merged with its sentences' (same shape as the classifier's)."""

    principles: tuple[str, ...]
    scores: dict[str, float]
    reason: str


def paragraph_parts(text: str) -> list[str]:
    """The sentences of a paragraph-style bullet (several achievements in one), else []."""
    if len(text.split()) < SPLIT_MIN_WORDS:
        return []
    parts = [p for p in sentences(text) if len(p.split()) >= PART_MIN_WORDS]
    return parts if len(parts) >= 2 else []


def classify_bullets(bullets: Sequence[Bullet], classify: Callable[[Sequence[str]], Sequence[Any]],
                     names: dict[str, str] | None = None,
                     ) -> tuple[list[Any], dict[tuple[str, int], Any]]:
    """Classify every bullet (one batch). A paragraph-style bullet is also classified sentence
    by sentence and its result merged (max score per principle), so each achievement in it
    counts. Returns the per-bullet results and the per-sentence ones keyed (bullet id, index)."""
    texts = [b.text for b in bullets]
    keys: list[tuple[str, int]] = []
    for b in bullets:
        for j, part in enumerate(paragraph_parts(b.text)):
            keys.append((b.id, j))
            texts.append(part)
    results = list(classify(texts)) if texts else []
    whole = results[: len(bullets)]
    parts = dict(zip(keys, results[len(bullets):], strict=False))
    merged: list[Any] = []
    for b, res in zip(bullets, whole, strict=False):
        subs = [(j, parts[(b.id, j)]) for j in range(len(paragraph_parts(b.text)))
                if (b.id, j) in parts]
        if not subs:
            merged.append(res)
            continue
        scores = {k: float(v) for k, v in (getattr(res, "scores", {}) or {}).items()}
        listed = list(getattr(res, "principles", ()) or ())
        notes = []
        for j, sub in subs:
            for pid, v in (getattr(sub, "scores", {}) or {}).items():
                scores[pid] = max(scores.get(pid, 0.0), float(v))
            new = [p for p in getattr(sub, "principles", ()) or () if p not in listed]
            if new:
                listed.extend(new)
                part_text = paragraph_parts(b.text)[j]
                shown = ", ".join((names or {}).get(p, p) for p in new)
                notes.append(f"'{clip(part_text, 50)}' adds {shown}")
        first = {pid: i for i, pid in enumerate(listed)}
        listed.sort(key=lambda pid: (-round(scores.get(pid, 0.0), 6), first[pid]))
        reason = str(getattr(res, "reason", "") or "")
        if notes:
            reason = (reason + " " if reason else "") + "Read sentence by sentence: " + "; ".join(notes) + "."
        merged.append(Merged(tuple(listed[:MAX_LISTED]), scores, reason))
    return merged, parts


def bullet_evidence(bullets: Sequence[Bullet], results: Sequence[Any],
                    knowledge: Knowledge) -> tuple[BulletEvidence, ...]:
    """One BulletEvidence per bullet from the classifier results (same order)."""
    ids = knowledge.principle_ids
    out: list[BulletEvidence] = []
    for bullet, result in zip(bullets, results, strict=False):
        raw = dict(getattr(result, "scores", {}) or {})
        scores = {pid: rnd(min(1.0, max(0.0, float(raw.get(pid, 0.0))))) for pid in ids}
        listed = [p for p in getattr(result, "principles", ()) if p in scores]
        principles = tuple(p for p in listed if scores[p] >= EVIDENCE_FLOOR) or tuple(listed[:1])
        reason = str(getattr(result, "reason", "") or "")
        if not reason:
            if principles:
                names = ", ".join(knowledge.principle(p).name for p in principles[:3])
                reason = f"Reads as {names} (top score {scores[principles[0]]:.2f})."
            else:
                reason = "No principle scored high enough: not an achievement line."
        out.append(BulletEvidence(bullet.id, principles, scores, reason))
    return tuple(out)


def rate_principles(evidence: Sequence[BulletEvidence], knowledge: Knowledge) -> tuple[PrincipleRating, ...]:
    """Rate every principle strong / thin / none with its evidence bullets, best first."""
    order = {ev.bullet_id: i for i, ev in enumerate(evidence)}
    ratings: list[PrincipleRating] = []
    for principle in knowledge.principles:
        pid = principle.id
        seen: set[str] = set()
        hits = []
        for ev in evidence:  # a bullet repeated word for word counts once
            if pid in ev.principles and ev.bullet_id not in seen:
                seen.add(ev.bullet_id)
                hits.append((ev.scores.get(pid, 0.0), order[ev.bullet_id], ev.bullet_id))
        hits.sort(key=lambda t: (-t[0], t[1]))
        ids = tuple(h[2] for h in hits)
        high = [h for h in hits if h[0] >= STRONG_BAR]
        best = hits[0][0] if hits else 0.0
        miss = 1.0
        for s, _, _ in hits:
            miss *= 1.0 - s
        score = rnd(1.0 - miss) if hits else 0.0
        rule = (f"strong means two bullets that clearly show it (match {STRONG_BAR:.0%} or more) "
                f"or one very clear one ({VERY_STRONG_BAR:.0%} or more)")
        count = f"{len(hits)} bullet" + ("s" if len(hits) != 1 else "")
        if len(high) >= 2 or best >= VERY_STRONG_BAR:
            strength = "strong"
            reason = (f"Strong: {count} show{'s' if len(hits) == 1 else ''} it, {len(high)} clearly (best match {best:.0%}); "
                      f"{rule}.")
        elif hits:
            strength = "thin"
            reason = (f"Thin: {count} touch{'es' if len(hits) == 1 else ''} it (best match "
                      f"{best:.0%}); one more clear example would make it strong ({rule}).")
        else:
            strength = "none"
            reason = "No bullet evidences it: prepare a story or the gap script."
        ratings.append(PrincipleRating(pid, principle.name, strength, ids, score, reason))
    return tuple(ratings)
