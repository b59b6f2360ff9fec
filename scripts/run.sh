#!/usr/bin/env bash
# Start LoopReady from a source checkout: ./scripts/run.sh [--sample | RESUME [JD] | SESSION]
# The first run sets up .venv (needs the internet, about a minute); later runs start at once,
# offline, and reinstall only when pyproject.toml changes. PYTHON=... picks the interpreter.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/env.sh
. "$ROOT/scripts/env.sh"
loopready_env "$ROOT" ""
# From the caller's folder, so relative file names on the command line keep working.
export PYTHONPATH="$ROOT${PYTHONPATH:+:$PYTHONPATH}"
exec "$ROOT/.venv/bin/python" -m app "$@"
