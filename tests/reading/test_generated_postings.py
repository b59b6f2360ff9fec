"""The posting reader on generated postings in the shapes that broke it (middle-dot bullets,
'include:' headings, ID lines on top, the candidate's notes pasted around, browser prints as
PDF and as pasted text), both splits, scored like `python -m app eval jobs`."""

from __future__ import annotations

from pathlib import Path

import pytest

from .layouts.scoring import job_rows


@pytest.fixture(scope="module", params=["tune", "held"])
def rows(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> list:
    folder = tmp_path_factory.mktemp(f"postings_{request.param}")
    return list(job_rows(request.param, folder))


def test_every_family_reads_its_requirements(rows: list) -> None:
    families = {row.name.split("_", 1)[1].rsplit("_", 1)[0] for row, _t, _j in rows}
    assert families == {"middot", "ids_on_top", "notes", "plain", "browser_print", "print_pasted"}
    for row, _truth, _job in rows:
        assert row.f1 >= 0.9, f"{row.name}: requirement F1 {row.f1:.2f}"
        assert row.kind_accuracy >= 0.9, f"{row.name}: kind accuracy {row.kind_accuracy:.2f}"
    assert sum(r.f1 for r, _t, _j in rows) / len(rows) >= 0.97


def test_title_company_and_pay_are_read(rows: list) -> None:
    for row, truth, job in rows:
        assert row.title_ok, (row.name, job.title, truth.title)
        assert row.company_ok, (row.name, job.company, truth.company)
        assert row.pay_ok, (row.name, job.pay, truth.pay)


def test_notes_and_page_furniture_never_become_requirements(rows: list) -> None:
    for row, _truth, job in rows:
        for r in job.requirements:
            assert not any(w in r.text for w in (" I ", "My ", "TODO", "https://", "Careers")), (row.name, r.text)


def test_files_are_written(rows: list) -> None:
    assert any(Path(j.source.path).suffix == ".pdf" for _r, _t, j in rows)
