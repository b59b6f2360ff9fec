"""Shared fixtures. GUI tests run offscreen with real widgets; corpus files are read from
../shared/corpus (never copied into the project)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("LOOPREADY_CORPUS", ROOT.parent / "shared" / "corpus"))


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.fail(f"corpus not found at {CORPUS}; set LOOPREADY_CORPUS")
    return CORPUS


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Sessions, autosave and settings go to a temp folder, never the real user's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("LOOPREADY_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def knowledge():
    from app.knowledge import load_knowledge

    return load_knowledge()
