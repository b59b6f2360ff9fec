"""The Linux bundle builds and runs without Python: --version, analyze, both PDFs (slow).

Run with: .venv/bin/python -m pytest -m slow tests/packaging
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_linux_bundle_builds_and_smoke_runs() -> None:
    result = subprocess.run(["bash", str(ROOT / "packaging" / "build_linux.sh")], cwd=ROOT,
                            capture_output=True, text=True, timeout=1800)
    print(result.stdout)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "smoke: analyze + both PDFs OK" in result.stdout
    assert "bundle size:" in result.stdout
