"""Scores of every reading set, computed the way `app.evaluation` scores the corpus:
resumes (bullet F1, section and role recall) and postings (requirement F1, kind accuracy).

Sets: the shared corpus, the hand-made layouts, the seeded layout families in their tune and
held-back splits, and the generated postings in both splits."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.evaluation.reading import FileScore


@dataclass
class JobRow:
    name: str
    expected: int
    found: int
    precision: float
    recall: float
    f1: float
    kind_accuracy: float
    title_ok: bool
    company_ok: bool
    pay_ok: bool


def resume_rows(split: str, folder: Path) -> Iterator[tuple[FileScore, object, object]]:
    """(score, truth, resume) for each layout of `split`: 'layouts' (hand-made), 'tune' or
    'held' (seeded families)."""
    from . import all_layouts, build
    from .families import build_family, family_layouts
    from .truth import score

    if split == "layouts":
        for name in all_layouts():
            path, truth = build(name, folder)
            s, resume = score(name, path, truth)
            yield s, truth, resume
        return
    for name, builder in family_layouts(split).items():
        path, truth = build_family(name, builder, folder)
        s, resume = score(name, path, truth)
        yield s, truth, resume


def corpus_resume_rows(corpus: Path) -> list[FileScore]:
    from app.evaluation.reading import evaluate

    return evaluate(corpus)


def job_rows(split: str, folder: Path, styles: bool = False) -> Iterator[tuple[JobRow, object, object]]:
    """(row, truth, job) for each generated posting of `split` ('tune' or 'held'): the
    posting-shape families (postings.py) or, with `styles`, the style families
    (posting_styles.py)."""
    from app.evaluation.jobs import _prf, norm, pair_items
    from app.knowledge import load_knowledge
    from app.reading.jobs import read_job

    from .posting_styles import style_layouts
    from .postings import posting_layouts

    knowledge = load_knowledge()
    layouts = style_layouts(split) if styles else posting_layouts(split)
    for name, builder in layouts.items():
        path, truth = builder(folder)
        job = read_job(path, knowledge)
        exp = [r["text"] for r in truth.requirements]
        fnd = [r.text for r in job.requirements]
        pairs = pair_items(exp, fnd)
        p, r, f = _prf(len(pairs), len(exp), len(fnd))
        kind_ok = sum(1 for i, j in pairs if truth.requirements[i]["kind"] == job.requirements[j].kind)
        yield (
            JobRow(
                name, len(exp), len(fnd), p, r, f, kind_ok / len(pairs) if pairs else 0.0,
                norm(job.title) == norm(truth.title), job.company == truth.company,
                bool(truth.pay) == bool(job.pay) and (not truth.pay or job.pay in truth.pay),
            ),
            truth,
            job,
        )


def corpus_job_rows(corpus: Path) -> list:
    from app.evaluation.jobs import evaluate

    return evaluate(corpus)
