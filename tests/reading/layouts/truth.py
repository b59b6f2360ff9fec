"""Ground truth recorded while a layout is rendered, and scoring with the corpus matching."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.evaluation.reading import FileScore, _same, match_count, same_period


@dataclass
class Truth:
    """What a careful reader extracts: section titles, roles (title, organization, dates)
    of experience-like and project sections, and the bullets of those sections."""

    sections: list[str] = field(default_factory=list)
    roles: list[dict] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)

    def section(self, title: str) -> str:
        self.sections.append(title)
        return title

    def role(self, title: str, org: str, dates: str, bullets: tuple[str, ...] | list[str]) -> None:
        self.roles.append({"title": title, "organization": org, "dates": dates})
        self.bullets.extend(bullets)

    def to_dict(self) -> dict:
        return {"sections": self.sections, "roles": self.roles, "bullets": self.bullets}


def score(name: str, path: Path, truth: Truth) -> tuple[FileScore, object | None]:
    """Read `path` and score it against `truth` exactly like `app.evaluation.reading`."""
    from app.errors import LoopReadyError
    from app.reading.resume import read_resume

    exp_b, exp_s, exp_r = truth.bullets, truth.sections, truth.roles
    try:
        resume = read_resume(path)
    except LoopReadyError as exc:
        return FileScore(
            name, len(exp_b), 0, 0, len(exp_s), 0, len(exp_r), 0, error=exc.message
        ), None
    from app.reading.dates import period_of

    found_b = [b.text for b in resume.bullets]
    used: set[int] = set()
    r_match = r_dated = 0
    for role in exp_r:
        for k, got in enumerate(resume.roles):
            if k in used:
                continue
            if _same(role["title"], got.title) and _same(role["organization"], got.organization):
                used.add(k)
                r_match += 1
                # the period the generator meant when it has one, else what its printed dates say
                r_dated += same_period(role.get("period") or period_of(role["dates"]), got.period)
                break
    return (
        FileScore(
            name,
            len(exp_b),
            len(found_b),
            match_count(exp_b, found_b),
            len(exp_s),
            match_count(exp_s, [s.title for s in resume.sections]),
            len(exp_r),
            r_match,
            bullets_exact=match_count(exp_b, found_b, threshold=1.01),
            roles_dated=r_dated,
        ),
        resume,
    )
