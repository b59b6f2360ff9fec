"""Write a resume and a posting as real files, read them with the real readers, analyse the
pair and return what the tests look at: each requirement's verdict, the level, the verdict."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from datetime import date
from pathlib import Path

TODAY = date(2026, 6, 1)


@dataclass
class Judged:
    verdicts: dict[str, str]  # requirement text -> met / partly / not-met / confirm
    reasons: dict[str, str]
    met: dict[str, bool]
    level: str | None
    verdict: str
    years: float | None
    fit: int
    report: object

    def of(self, start: str) -> str:
        """The verdict of the requirement whose text starts with `start`."""
        hits = [v for t, v in self.verdicts.items() if t.startswith(start)]
        assert len(hits) == 1, (start, list(self.verdicts))
        return hits[0]

    def why(self, start: str) -> str:
        return next(r for t, r in self.reasons.items() if t.startswith(start))


_KNOWLEDGE = None


def knowledge() -> object:
    global _KNOWLEDGE
    if _KNOWLEDGE is None:
        from app.knowledge import load_knowledge

        _KNOWLEDGE = load_knowledge()
    return _KNOWLEDGE


def judge(tmp_path: Path, resume: str, posting: str, name: str = "r") -> Judged:
    from app.analysis.pipeline import analyze
    from app.reading.jobs import read_job
    from app.reading.resume import read_resume

    rp = tmp_path / f"{name}.txt"
    rp.write_text(textwrap.dedent(resume).strip() + "\n", encoding="utf-8")
    jp = tmp_path / f"{name}_job.txt"
    jp.write_text(textwrap.dedent(posting).strip() + "\n", encoding="utf-8")
    k = knowledge()
    job = read_job(jp, k)
    report = analyze(read_resume(rp), job, k, role="auto", today=TODAY)
    texts = {r.id: r.text for r in job.requirements}
    verdicts = {texts[m.requirement_id]: m.verdict for m in report.requirement_matches}
    reasons = {texts[m.requirement_id]: m.reason for m in report.requirement_matches}
    met = {texts[m.requirement_id]: m.met for m in report.requirement_matches}
    return Judged(verdicts, reasons, met, report.fit.level, report.fit.verdict,
                  report.fit.professional_years, report.fit.overall, report)


AMAZON_SDE2 = """
Software Development Engineer II, Order Platform
Amazon

Key job responsibilities
- Design, build and operate highly available services for the order platform

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
- 2+ years of non-internship design or architecture (design patterns, reliability and scaling) of new and existing systems experience
- Experience programming with at least one software programming language
- Experience building distributed systems that run at large scale

PREFERRED QUALIFICATIONS
- 3+ years of full software development life cycle, including coding standards, code reviews, source control management, build processes, testing, and operations experience
- Bachelor's degree in computer science or equivalent
- Experience with event-driven architectures and message streaming (Kafka, Kinesis)

Amazon is an equal opportunity employer.
"""
