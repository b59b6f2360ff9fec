"""Fixtures shared by the reader's tests: the seeded layout families are built and read once per
split for the whole run (two test files score them: bullets and sections in
test_generated_families.py, roles and dates in test_dates_and_roles.py), instead of once per
file, which cost about a minute of the clean-checkout CI."""

from __future__ import annotations

import pytest

from .layouts.scoring import resume_rows


@pytest.fixture(scope="session")
def family_rows(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    """split -> [(score, truth, resume)] for the 'tune' and 'held' families, built on first use."""
    built: dict[str, list] = {}

    def rows(split: str) -> list:
        if split not in built:
            built[split] = list(resume_rows(split, tmp_path_factory.mktemp(f"families_{split}")))
        return built[split]

    return rows
