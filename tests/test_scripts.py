"""The README's two commands and the test suite's own behaviour on a fresh clone.

- scripts/run.sh installs only when .venv is missing or pyproject.toml changed: once set up it
  starts with no network and never runs pip (checked with a real .venv that has no pip at all, and
  pip pointed at an address where nothing listens), and it rebuilds a .venv made by an old Python.
- Tests that need ../shared/corpus skip with a reason when it is absent, counted in pytest's
  summary; LOOPREADY_REQUIRE_CORPUS=1 (CI) turns that into a failure.
- The Windows scripts stay runnable by Windows PowerShell 5.1.
"""

from __future__ import annotations

import glob
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__

ROOT = Path(__file__).resolve().parent.parent
posix_only = pytest.mark.skipif(os.name != "posix" or shutil.which("bash") is None,
                                reason="the bash scripts (Windows has scripts/*.ps1)")
OFFLINE = "http://127.0.0.1:9/"  # the discard port: nothing answers, as with the network unplugged


# ------------------------------------------------------------------ scripts/run.sh and test.sh
def _checkout(tmp_path: Path) -> Path:
    """A copy of what run.sh needs (the app, pyproject.toml, scripts) and a real .venv made by
    this Python without pip: any attempt to install fails loudly instead of reaching PyPI."""
    root = tmp_path / "loopready"
    root.mkdir()
    shutil.copytree(ROOT / "app", root / "app", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "scripts", root / "scripts", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(ROOT / "pyproject.toml", root / "pyproject.toml")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(root / ".venv")], check=True,
                   timeout=120)
    return root


def _stamp(root: Path, extras: str = "") -> None:
    """What a finished install leaves in .venv: the sha256 of pyproject.toml, then the extras."""
    digest = hashlib.sha256((root / "pyproject.toml").read_bytes()).hexdigest()
    (root / ".venv" / "loopready-setup").write_text(f"{digest} {extras}\n", encoding="utf-8")


def _script(root: Path, name: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in ("PYTHON", "PYTHONPATH", "VIRTUAL_ENV")}
    base.update(PIP_INDEX_URL=OFFLINE, PIP_RETRIES="0", PIP_TIMEOUT="2", **env)
    return subprocess.run(["bash", str(root / "scripts" / name), *args], capture_output=True,
                          text=True, timeout=180, env=base, cwd=root.parent)


def _old_python() -> str | None:
    """A Python older than 3.11 on this machine, if there is one (to build a wrong .venv)."""
    candidates = [shutil.which(f"python3.{minor}") for minor in (10, 9, 8)]
    candidates += sorted(glob.glob(os.path.expanduser("~/.pyenv/versions/3.1[0]*/bin/python3.10")))
    candidates += sorted(glob.glob(os.path.expanduser("~/.pyenv/versions/3.[89]*/bin/python3.[89]")))
    for path in filter(None, candidates):
        probe = subprocess.run([path, "-c", "import sys; print(sys.version_info >= (3, 11))"],
                               capture_output=True, text=True, timeout=30)
        if probe.returncode == 0 and probe.stdout.strip() == "False":
            return path
    return None


@posix_only
def test_run_script_once_set_up_starts_without_pip_or_network(tmp_path: Path) -> None:
    root = _checkout(tmp_path)
    _stamp(root)
    result = _script(root, "run.sh", "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"LoopReady {__version__}"
    assert result.stderr == ""  # no setup message, no pip: nothing but the app ran
    # the test extra recorded by test.sh satisfies run.sh too
    _stamp(root, "test")
    again = _script(root, "run.sh", "--version")
    assert again.returncode == 0 and again.stderr == "", again.stderr


@posix_only
def test_run_script_keeps_relative_paths_of_the_callers_folder(tmp_path: Path) -> None:
    root = _checkout(tmp_path)
    _stamp(root)
    # `parse` of a file named relative to the caller's folder (tmp_path), not the checkout
    resume = tmp_path / "cv.txt"
    resume.write_text("Jane Roe\nExperience\n- Cut p99 latency from 120 ms to 40 ms\n", encoding="utf-8")
    result = _script(root, "run.sh", "parse", "cv.txt", "--out", "cv.json")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "cv.json").is_file()


@posix_only
def test_run_script_installs_when_never_set_up_and_says_so(tmp_path: Path) -> None:
    root = _checkout(tmp_path)  # a .venv, but nothing installed into it yet (no stamp)
    result = _script(root, "run.sh", "--version")
    assert result.returncode == 1
    assert "Setting up LoopReady (one time, about a minute)..." in result.stderr
    assert "No module named pip" in result.stderr  # it really tried to install
    assert "needs the internet" in result.stderr
    assert result.stdout == ""
    assert not (root / ".venv" / "loopready-setup").exists()  # a failed install is not recorded


@posix_only
def test_run_script_reinstalls_after_pyproject_changes_and_goes_on_offline(tmp_path: Path) -> None:
    root = _checkout(tmp_path)
    _stamp(root)
    with (root / "pyproject.toml").open("a", encoding="utf-8") as fh:
        fh.write("\n# a dependency was added upstream\n")
    result = _script(root, "run.sh", "--version")
    assert "pyproject.toml changed: updating .venv" in result.stderr
    assert "No module named pip" in result.stderr
    # the update could not download: the app still starts with what was installed before
    assert "going on with the libraries installed before" in result.stderr
    assert result.returncode == 0 and result.stdout.strip() == f"LoopReady {__version__}"


@posix_only
def test_test_script_installs_the_test_tools_when_only_the_app_was_installed(tmp_path: Path) -> None:
    root = _checkout(tmp_path)
    _stamp(root)  # run.sh installed the app alone
    result = _script(root, "test.sh")
    assert result.returncode == 1
    assert "Adding the test tools to .venv" in result.stderr
    assert "No module named pip" in result.stderr


@posix_only
def test_run_script_refuses_an_old_python_and_rebuilds_a_venv_made_by_one(tmp_path: Path) -> None:
    old = _old_python()
    if old is None:
        pytest.skip("no Python older than 3.11 on this machine to build a wrong .venv with")
    # PYTHON names an old interpreter: refused with what to install, nothing is touched
    root = _checkout(tmp_path)
    _stamp(root)
    refused = _script(root, "run.sh", "--version", PYTHON=old)
    assert refused.returncode == 1
    assert "LoopReady needs Python 3.11 or newer" in refused.stderr
    assert "PYTHON=/path/to/python3" in refused.stderr  # how to point the script elsewhere
    assert (root / ".venv" / "loopready-setup").exists()
    # a .venv made by the old Python is rebuilt with a Python 3.11+ found on the PATH (the
    # install into the new .venv then may or may not reach an index: not what is checked here)
    shutil.rmtree(root / ".venv")
    subprocess.run([old, "-m", "venv", "--without-pip", str(root / ".venv")], check=True, timeout=120)
    _stamp(root)
    version = subprocess.run([old, "-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    rebuilt = _script(root, "run.sh", "--version")
    assert f"Rebuilding .venv: it was made by Python {version}" in rebuilt.stderr, rebuilt.stderr
    assert "Setting up LoopReady (one time, about a minute)..." in rebuilt.stderr
    new = subprocess.run([str(root / ".venv" / "bin" / "python"), "-c",
                          "import sys; print(sys.version_info >= (3, 11))"],
                         capture_output=True, text=True, timeout=30)
    assert new.stdout.strip() == "True"


@posix_only
def test_run_script_rejects_a_python_that_is_not_there(tmp_path: Path) -> None:
    root = _checkout(tmp_path)
    _stamp(root)
    result = _script(root, "run.sh", "--version", PYTHON=str(tmp_path / "no-such-python"))
    assert result.returncode == 1
    assert "does not run a Python interpreter" in result.stderr
    assert (root / ".venv" / "loopready-setup").exists()  # a typo in PYTHON destroys nothing


def test_windows_scripts_are_windows_powershell_5_1() -> None:
    """Windows PowerShell 5.1 (the one every Windows has) rejects `&&`, `||`, `??` and `?.`."""
    for name in ("run.ps1", "test.ps1", "env.ps1"):
        text = (ROOT / "scripts" / name).read_text(encoding="utf-8")
        code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
        code = re.sub(r"'[^'\n]*'|\"[^\"\n]*\"", "''", code)  # ignore what is inside strings
        for token in ("&&", "||", "??", "?."):
            assert token not in code, f"{name} uses {token!r}, which PowerShell 5.1 rejects"
        assert text.isascii(), f"{name}: PowerShell 5.1 reads BOM-less files as ANSI; keep ASCII"
    assert "-m app @args" in (ROOT / "scripts" / "run.ps1").read_text(encoding="utf-8")
    shared = (ROOT / "scripts" / "env.ps1").read_text(encoding="utf-8")
    assert "loopready-setup" in shared and "[version]'3.11'" in shared  # same stamp, same check


# ------------------------------------------------------------------ tests without the corpus
CORPUS_TESTS = '''
def test_reads_the_corpus(corpus):
    assert (corpus / "marker.txt").read_text() == "here"


def test_needs_nothing():
    assert 2 + 2 == 4
'''


def _mini_suite(tmp_path: Path) -> Path:
    """A project whose tests use this suite's own conftest.py (the real `corpus` fixture)."""
    project = tmp_path / "project"
    (project / "tests").mkdir(parents=True)
    shutil.copy2(ROOT / "tests" / "conftest.py", project / "tests" / "conftest.py")
    (project / "tests" / "test_corpus_use.py").write_text(CORPUS_TESTS, encoding="utf-8")
    return project


def _pytest(cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items()
            if k not in ("LOOPREADY_CORPUS", "LOOPREADY_REQUIRE_CORPUS", "PYTEST_ADDOPTS")}
    base.update(env)
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args],
                          cwd=cwd, capture_output=True, text=True, timeout=300, env=base)


def test_corpus_tests_skip_with_a_reason_when_the_corpus_is_absent(tmp_path: Path) -> None:
    project = _mini_suite(tmp_path)
    missing = tmp_path / "nowhere" / "corpus"
    result = _pytest(project, "-rs", "tests", LOOPREADY_CORPUS=str(missing))
    assert result.returncode == 0, result.stdout[-3000:]
    assert "1 passed, 1 skipped" in result.stdout
    assert f"needs the shared corpus, not found at {missing}" in result.stdout  # the reason (-rs)
    assert "1 tests skipped: they need the shared corpus" in result.stdout  # always, even without -rs
    assert "LOOPREADY_CORPUS=" in result.stdout


def test_the_default_corpus_is_beside_the_checkout(tmp_path: Path) -> None:
    """A fresh clone with nothing beside it: ../shared/corpus is absent, so its tests skip."""
    project = _mini_suite(tmp_path)
    result = _pytest(project, "tests")
    assert result.returncode == 0, result.stdout[-3000:]
    assert "1 passed, 1 skipped" in result.stdout
    assert str(tmp_path / "shared" / "corpus") in result.stdout
    (tmp_path / "shared" / "corpus").mkdir(parents=True)
    (tmp_path / "shared" / "corpus" / "marker.txt").write_text("here", encoding="utf-8")
    assert "2 passed" in _pytest(project, "tests").stdout


def test_ci_flag_turns_a_missing_corpus_into_a_failure(tmp_path: Path) -> None:
    project = _mini_suite(tmp_path)
    result = _pytest(project, "tests", LOOPREADY_CORPUS=str(tmp_path / "nowhere"),
                     LOOPREADY_REQUIRE_CORPUS="1")
    assert result.returncode == 1
    assert "1 passed, 1 error" in result.stdout  # the fixture fails: reported as an error
    assert "LOOPREADY_REQUIRE_CORPUS=1" in result.stdout and "skipped" not in result.stdout


def test_the_corpus_is_used_when_present(tmp_path: Path) -> None:
    project = _mini_suite(tmp_path)
    corpus = tmp_path / "my-corpus"
    corpus.mkdir()
    (corpus / "marker.txt").write_text("here", encoding="utf-8")
    for env in ({}, {"LOOPREADY_REQUIRE_CORPUS": "1"}):
        result = _pytest(project, "tests", LOOPREADY_CORPUS=str(corpus), **env)
        assert result.returncode == 0, result.stdout[-3000:]
        assert "2 passed" in result.stdout and "skipped" not in result.stdout


def test_a_real_corpus_module_skips_cleanly_without_the_corpus(tmp_path: Path) -> None:
    """This suite's own corpus accuracy tests, run with the corpus pointed away: all skipped,
    none erroring (module fixtures that need the corpus skip too)."""
    result = _pytest(ROOT, "tests/reading/test_corpus_accuracy.py", "-p", "no:randomly",
                     LOOPREADY_CORPUS=str(tmp_path / "nowhere"), QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 0, result.stdout[-3000:]
    summary = result.stdout.strip().splitlines()[-1]
    assert re.fullmatch(r"(\d+ passed, )?\d+ skipped in [\d.]+s( \(.*\))?", summary), summary
    assert int(re.search(r"(\d+) skipped", summary).group(1)) >= 5
    assert "tests skipped: they need the shared corpus" in result.stdout
