"""Helpers for the analysis tests: read corpus resumes and postings with the real readers and
analyse each pair once per test session (analysis is pure, so sharing the result is safe)."""

from __future__ import annotations

from pathlib import Path

from app.models.report import Report
from app.models.resume import JobDescription, Resume

MLE_JOB = "amazon_mle_model_deployment_sagemaker__responsibilities_and_quals_only.txt"
MUSIC_JOB = "amazon_mle_music_search_relevance__excerpt_buscojobs.txt"
PHP_JOB = "nonamazon_php_web_developer.txt"


def resume_path(corpus: Path, stem: str) -> Path:
    """The corpus resume whose file name starts with `stem`."""
    matches = sorted((corpus / "resumes").rglob(stem + "*"))
    assert matches, f"no corpus resume starts with {stem}"
    return matches[0]


def read_resume(corpus: Path, stem: str) -> Resume:
    from app.reading.resume import read_resume as read

    return read(resume_path(corpus, stem))


def read_job(corpus: Path, name: str) -> JobDescription:
    from app.knowledge import load_knowledge
    from app.reading.jobs import read_job as read

    return read(corpus / "jobs" / name, load_knowledge())


_CACHE: dict[tuple[str, str, str], Report] = {}


def analysed(corpus: Path, knowledge, resume_stem: str, job_name: str,
             role: str = "amazon-mle") -> Report:
    """The Report for a corpus pair, computed once per test session."""
    from app.analysis.pipeline import analyze

    key = (resume_stem, job_name, role)
    if key not in _CACHE:
        _CACHE[key] = analyze(read_resume(corpus, resume_stem), read_job(corpus, job_name),
                              knowledge, role=role)
    return _CACHE[key]
