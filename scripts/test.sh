#!/usr/bin/env bash
# Run ruff, mypy and the test suite (offscreen): ./scripts/test.sh [pytest arguments]
# Sets up .venv with the test tools on the first run (needs the internet); later runs reinstall
# only when pyproject.toml changes. Tests that need ../shared/corpus skip with a reason when it
# is absent (LOOPREADY_CORPUS=DIR points elsewhere; LOOPREADY_REQUIRE_CORPUS=1 makes them fail).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
# shellcheck source=scripts/env.sh
. "$ROOT/scripts/env.sh"
loopready_env "$ROOT" "test"
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m ruff check app tests
.venv/bin/python -m mypy  # configured in pyproject.toml: app/, with PySide6 installed
# the app as bytecode, as an install has it: the tests start the app in many child processes,
# which would otherwise each compile it from source where PYTHONDONTWRITEBYTECODE is set
.venv/bin/python -m compileall -q -j 0 app >/dev/null
# one test worker per core the machine gives this process (pytest-xdist), at most four: whole
# files go to a worker (--dist loadfile), so a file's shared set-up is built once
workers=$(.venv/bin/python -c 'import os; print(min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1))')
if [ "$workers" -gt 1 ]; then
  .venv/bin/python -m pytest -q -n "$workers" --dist loadfile "$@"
else
  .venv/bin/python -m pytest -q "$@"
fi
