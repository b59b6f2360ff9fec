"""Fixtures shared by the reader's tests: the seeded layout families are built and read once per
split for the whole run (test_generated_families.py scores them: bullets, sections, roles and
their dates; one file, so the test runner's workers never build them twice), which cost about a
minute of the clean-checkout CI when each scoring file built its own."""

from __future__ import annotations

import pytest

from .layouts.scoring import resume_rows

# built once per process, not per fixture set-up: a pytest-xdist worker whose queue runs dry
# tears its session fixtures down and would build the families again
_BUILT: dict[str, list] = {}


@pytest.fixture(scope="session")
def family_rows(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    """split -> [(score, truth, resume)] for the 'tune' and 'held' families, built on first use."""

    def rows(split: str) -> list:
        if split not in _BUILT:
            _BUILT[split] = list(resume_rows(split, tmp_path_factory.mktemp(f"families_{split}")))
        return _BUILT[split]

    return rows
