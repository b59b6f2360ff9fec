#!/usr/bin/env bash
# Set up a virtual environment with the test extra and run lint, types and the test suite
# (offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e ".[test]"
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check app tests
.venv/bin/python -m mypy  # configured in pyproject.toml: app/, with PySide6 installed
.venv/bin/python -m pytest -q "$@"
