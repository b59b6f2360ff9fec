"""The reader on generated resumes in layouts unlike the corpus (tests/reading/layouts/):
sidebars, date columns, small caps, numbered and glyph bullets, paragraph roles, Word
exports, DOCX tables and text boxes, pasted text and Markdown. Each file is built by the
test with its ground truth and scored with the corpus matching (app.evaluation.reading).

Floors sit at or a little under what the reader reaches (1.00 on every layout when written);
a drop means a regression in column detection, heading detection, role grouping or joining."""

from __future__ import annotations

from pathlib import Path

import pytest

from .layouts import build, layouts
from .layouts.truth import score
from .layouts.variants import variant_layouts

NAMES = sorted(layouts())
VARIANTS = sorted(variant_layouts())
MIN_F1 = 0.95  # per layout; measured 1.00 on each
MIN_ROLE_RECALL = 0.9


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("layouts")


@pytest.fixture(scope="module")
def results(folder: Path) -> dict:
    out = {}
    for name in NAMES + VARIANTS:
        path, truth = build(name, folder)
        out[name] = (path, truth, *score(name, path, truth))
    return out


def test_there_are_enough_layouts() -> None:
    kinds = {n.split("_", 1)[0] for n in NAMES}
    assert len(NAMES) >= 25 and kinds == {"pdf", "docx", "txt", "md"}
    assert len(VARIANTS) >= 20


@pytest.mark.parametrize("name", NAMES + VARIANTS)
def test_layout_scores(results: dict, name: str) -> None:
    _path, _truth, s, _resume = results[name]
    assert not s.error, s.error
    assert s.f1 >= MIN_F1, f"{name}: bullet F1 {s.f1:.2f} (P {s.precision:.2f} R {s.recall:.2f})"
    assert s.section_recall == 1.0, f"{name}: sections {s.sections_matched}/{s.sections_expected}"
    assert s.role_recall >= MIN_ROLE_RECALL, f"{name}: roles {s.roles_matched}/{s.roles_expected}"


def test_mean_scores(results: dict) -> None:
    scores = [r[2] for r in results.values()]
    assert sum(s.f1 for s in scores) / len(scores) >= 0.98
    assert sum(s.bullets_exact for s in scores) >= 0.97 * sum(s.bullets_matched for s in scores)
    roles = sum(s.roles_matched for s in scores) / sum(s.roles_expected for s in scores)
    assert roles >= 0.97


def test_long_resume_breaks_pages_inside_roles(results: dict) -> None:
    """The three-page resume really spans three pages and a role's bullets straddle a break;
    bullets keep their own page and a box on it."""
    _path, truth, s, resume = results["pdf_three_pages_long_career"]
    assert resume.source.pages == 3
    pages_by_role: dict[int, set[int]] = {}
    for b in resume.bullets:
        pages_by_role.setdefault(b.role, set()).add(b.page)
        x0, y0, x1, y1 = b.bbox
        assert x0 < x1 and y0 < y1
    assert any(len(p) > 1 for p in pages_by_role.values())


def test_sidebar_sections_do_not_interleave(results: dict) -> None:
    """Left and right sidebars are read as their own column: no sidebar text in a bullet."""
    for name in ("pdf_sidebar_left", "pdf_sidebar_right", "pdf_dated_right_sidebar"):
        resume = results[name][3]
        for b in resume.bullets:
            assert not {"University", "GPA:", "Spanish"} & set(b.text.split()), b.text


def test_numbered_and_glyph_bullets_lose_their_marker(results: dict) -> None:
    for name in (
        "pdf_numbered_title_at",
        "pdf_check_orgdash",
        "pdf_caps_pipe_square",
        "docx_list_number_orgline",
        "md_company_first",
    ):
        for b in results[name][3].bullets:
            assert b.text[0].isalnum(), (name, b.text)
