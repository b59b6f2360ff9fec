"""Seeded combinations of the PDF building blocks (heading style x entry header x bullet
style x font, size, paper and sidebar side): many small layout differences at once, to
catch thresholds tuned to one look. Deterministic: the same seed gives the same files."""

from __future__ import annotations

import random
from collections.abc import Callable
from functools import partial
from pathlib import Path

from . import pdf_layouts as L
from .candidates import CANDIDATES
from .truth import Truth

HEADS = ["rule", "caps", "smallcaps", "colour"]
ROLES = ["table", "table2", "pipe", "orgloc_title_dates", "title_at_org", "org_dash_title"]
BULLETS = ["ul", "▪", "–", "➢", "ol", "✓", "para"]
SEED = 11
COUNT = 24


def _spec(rnd: random.Random) -> dict:
    cand = rnd.choice(CANDIDATES)
    spec = {
        "c": cand,
        "head": rnd.choice(HEADS),
        "role_style": rnd.choice(ROLES),
        "bullet_style": rnd.choice(BULLETS),
        "size": rnd.choice([9, 9.5, 10, 10.5, 11, 12]),
        "font": rnd.choice(["sans-serif", "serif"]),
        "page": rnd.choice([L.LETTER, L.A4]),
    }
    side = rnd.choice([None, None, "left", "right"])
    spec["order"] = ["summary", "experience", "projects", "education", "skills"]
    spec["sidebar"] = None
    spec["sidebar_side"] = side or "left"
    if side:
        spec["order"] = ["summary", "experience", "projects"]
        spec["sidebar"] = ["contact", "skills", "education"]
    spec["project_style"] = rnd.choice(["table", "techline", "dash"])
    return spec


def _build(spec: dict, path: Path) -> Truth:
    spec = dict(spec)
    c = spec.pop("c")
    return L.build_story_resume(path, c, titles=L._t(), **spec)


def variant_layouts(seed: int = SEED, count: int = COUNT) -> dict[str, Callable[[Path], Truth]]:
    """Name -> builder for `count` seeded variants ('pdf_variant_03_right_ol_caps', ...)."""
    rnd = random.Random(seed)
    out: dict[str, Callable[[Path], Truth]] = {}
    for i in range(count):
        spec = _spec(rnd)
        side = spec["sidebar_side"] if spec["sidebar"] else "single"
        bullet = {"▪": "square", "–": "dash", "➢": "arrow", "✓": "check"}.get(
            spec["bullet_style"], spec["bullet_style"]
        )
        name = f"pdf_variant_{i:02d}_{side}_{spec['head']}_{spec['role_style']}_{bullet}"
        out[name] = partial(_build, spec)
    return out
