"""Shared fixtures. GUI tests run offscreen with real widgets; corpus files are read from
../shared/corpus (never copied into the project).

The corpus is optional: on a fresh clone with nothing beside it, every test that asks for the
`corpus` fixture is skipped with a reason (counted in pytest's summary, explained once at the
end). `LOOPREADY_CORPUS=/path/to/corpus` points the tests at another copy;
`LOOPREADY_REQUIRE_CORPUS=1` (set by .ci/run) makes a missing corpus an error instead of a skip,
so CI always runs every corpus test.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("LOOPREADY_CORPUS") or ROOT.parent / "shared" / "corpus")
REQUIRE_CORPUS = os.environ.get("LOOPREADY_REQUIRE_CORPUS", "") not in ("", "0")
CORPUS_SKIP_REASON = (f"needs the shared corpus, not found at {CORPUS} "
                      "(set LOOPREADY_CORPUS=/path/to/corpus to run it)")


def corpus_available() -> bool:
    return CORPUS.is_dir() and any(CORPUS.iterdir())


def pytest_report_header(config: pytest.Config) -> str:
    if corpus_available():
        return f"corpus: {CORPUS}"
    if REQUIRE_CORPUS:
        return f"corpus: MISSING at {CORPUS} and LOOPREADY_REQUIRE_CORPUS=1: corpus tests will fail"
    return f"corpus: not found at {CORPUS}; tests that need it are skipped"


@pytest.fixture(scope="session")
def corpus() -> Path:
    if corpus_available():
        return CORPUS
    if REQUIRE_CORPUS:
        # only on CI (.ci/run sets it): a fresh clone without ../shared skips these instead
        pytest.fail(f"the shared corpus is missing at {CORPUS} and LOOPREADY_REQUIRE_CORPUS=1; "
                    "put the shared corpus there or set LOOPREADY_CORPUS", pytrace=False)
    pytest.skip(CORPUS_SKIP_REASON)


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # noqa: ANN001
    """One plain line saying why tests were skipped for want of the corpus, and how to run them."""
    skipped = [r for r in terminalreporter.stats.get("skipped", [])
               if CORPUS_SKIP_REASON in str(getattr(r, "longrepr", ""))]
    if skipped:
        terminalreporter.write_line(
            f"{len(skipped)} tests skipped: they need the shared corpus, not found at {CORPUS}. "
            "Set LOOPREADY_CORPUS=/path/to/corpus to run them.", yellow=True)


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
