"""The reader on the seeded layout families (tests/reading/layouts/families*.py): left-column
headings, designed sidebars, timelines, Word exports with tab-aligned dates and home-made
habits, academic CVs, dates inside columns, DOCX body tables, Europass tables, nested tables,
text boxes in mc:AlternateContent, content controls, section breaks; English, German, French,
Spanish; Letter and A4.

Two splits: "tune" (what we look at while changing the reader) and "held" (other seeds and the
other half of the content bank, only scored). Floors sit under what the reader reaches
(tune: mean 0.999, min 0.96; held: mean 1.00, min 1.00, when written), at the issue's targets
for unseen files: mean >= 0.95 and no file under 0.75."""

from __future__ import annotations

import re

import pytest

from .layouts.families import family_layouts


@pytest.fixture(scope="module", params=["tune", "held"])
def scored(request: pytest.FixtureRequest, family_rows):  # noqa: ANN001
    return request.param, family_rows(request.param)


def _family(name: str) -> str:
    m = re.match(r"^(.*)_[th]\d+(?:_(?:de|fr|es))?$", name)
    assert m, name
    return m.group(1)


def test_every_family_is_drawn_in_both_splits() -> None:
    tune, held = family_layouts("tune"), family_layouts("held")
    assert len(tune) >= 100 and len(held) >= 50
    assert {_family(n) for n in tune} <= {_family(n) for n in held}
    assert len({_family(n) for n in tune}) >= 14
    assert any(n.endswith(("_de", "_fr", "_es")) for n in held)
    assert not set(tune) & set(held)


def test_bullets_per_file_and_mean(scored) -> None:  # noqa: ANN001
    split, rows = scored
    floor = 0.9 if split == "tune" else 0.75
    for s, _truth, _resume in rows:
        assert not s.error, f"{s.name}: {s.error}"
        assert s.f1 >= floor, f"{s.name}: bullet F1 {s.f1:.2f} (P {s.precision:.2f} R {s.recall:.2f})"
    assert sum(s.f1 for s, _t, _r in rows) / len(rows) >= 0.97


def test_sections_and_roles(scored) -> None:  # noqa: ANN001
    _split, rows = scored
    sections = sum(s.sections_matched for s, _t, _r in rows) / sum(s.sections_expected for s, _t, _r in rows)
    roles = sum(s.roles_matched for s, _t, _r in rows) / sum(s.roles_expected for s, _t, _r in rows)
    assert sections >= 0.95 and roles >= 0.85, (sections, roles)


def test_no_generated_resume_warns_that_it_found_no_experience(scored) -> None:  # noqa: ANN001
    """Every generated resume has an experience section; a warning saying otherwise is wrong."""
    _split, rows = scored
    for s, _truth, resume in rows:
        assert not any("Experience section starts" in w or "section headings" in w
                       for w in resume.warnings), (s.name, resume.warnings)


def test_roles_are_found_with_their_dates(scored) -> None:  # noqa: ANN001
    """Every generated family, both splits: the roles the analysis counts years from are found
    with the period their dates mean (Role.period)."""
    split, rows = scored
    expected = sum(s.roles_expected for s, _t, _r in rows)
    found = sum(s.roles_matched for s, _t, _r in rows)
    dated = sum(s.roles_dated for s, _t, _r in rows)
    assert found / expected >= 0.93 and dated / expected >= 0.93, (split, found / expected, dated / expected)
    new = [s for s, _t, _r in rows if s.name.startswith(("txt_markdown_cv", "docx_dates_below", "pdf_oneline_right",
                                                         "docx_indian", "pdf_europe_photo", "pdf_canva_chips",
                                                         "pdf_indian", "docx_europe_table", "txt_plain_dates"))]
    assert new
    assert sum(s.roles_dated for s in new) / sum(s.roles_expected for s in new) >= 0.95
