#!/usr/bin/env bash
# Build the Linux bundle with PyInstaller, smoke-run it without Python on the PATH, and print
# sizes and start time. Usage: bash packaging/build_linux.sh [--skip-build]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PY=${PYTHON:-$ROOT/.venv/bin/python}
if [ ! -x "$PY" ]; then python3 -m venv .venv; PY=$ROOT/.venv/bin/python; fi
"$PY" -m pip install -q -e ".[build]"
DIST=$ROOT/dist
BUNDLE=$DIST/LoopReady
if [ "${1:-}" != "--skip-build" ]; then
  rm -rf "$ROOT/build/pyinstaller" "$BUNDLE"
  start=$(date +%s)
  "$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$DIST" \
      --workpath "$ROOT/build/pyinstaller" packaging/loopready.spec
  echo "build time: $(( $(date +%s) - start )) s"
fi
# Strip what the app never needs at run time: caches, and debug symbols from shared libraries
# (not the auditwheel-relocated ones in *.libs/, whose layout stripping breaks).
find "$BUNDLE" -name "__pycache__" -type d -prune -exec rm -rf {} + 2>/dev/null || true
if command -v strip >/dev/null 2>&1; then
  find "$BUNDLE/_internal" -name "*.so*" -type f -not -path "*.libs/*" -print0 \
    | xargs -0 -r strip --strip-unneeded 2>/dev/null || true
fi

CORPUS=${LOOPREADY_CORPUS:-$ROOT/../shared/corpus}
RESUME=$CORPUS/resumes/pdf/mle_harvey_dent__resume-matcher_moderncv.pdf
JOB=$CORPUS/jobs/amazon_mle_model_deployment_sagemaker__responsibilities_and_quals_only.txt
[ -f "$RESUME" ] || RESUME=$BUNDLE/_internal/app/resources/sample/sample_resume.pdf
[ -f "$JOB" ] || JOB=$BUNDLE/_internal/app/resources/sample/sample_job.txt
OUT=$(mktemp -d)
# No Python on the PATH: the frozen app must carry everything.
RUN=(env -i HOME="$OUT" LOOPREADY_HOME="$OUT/home" PATH=/nonexistent QT_QPA_PLATFORM=offscreen)
"${RUN[@]}" "$BUNDLE/loopready-cli" --version
"${RUN[@]}" "$BUNDLE/loopready-cli" analyze "$RESUME" "$JOB" --json "$OUT/analysis.json" \
    --report "$OUT/report.pdf" --cheatsheet "$OUT/cheatsheet.pdf" --paper a4
"${RUN[@]}" "$BUNDLE/loopready-cli" analyze "$BUNDLE/_internal/app/resources/sample/sample_resume.pdf" \
    "$BUNDLE/_internal/app/resources/sample/sample_job.txt" --report "$OUT/sample-report.pdf"
for f in analysis.json report.pdf cheatsheet.pdf sample-report.pdf; do
  [ -s "$OUT/$f" ] || { echo "smoke: $f was not written" >&2; exit 1; }
done
echo "smoke: analyze + both PDFs OK ($OUT)"
# A hostile PDF (forms nested 9 deep) must end in the reading worker's budget: exit 3, one line.
"$PY" -c "import sys; from pathlib import Path; sys.path.insert(0, '$ROOT')
from tests.hardening.hostile_files import nested_forms_pdf; nested_forms_pdf(Path('$OUT/hostile.pdf'))"
set +e
hstart=$(date +%s)
"${RUN[@]}" "$BUNDLE/loopready-cli" parse "$OUT/hostile.pdf" >/dev/null 2>"$OUT/hostile.txt"
rc=$?
set -e
if [ $rc -ne 3 ] || [ "$(wc -l < "$OUT/hostile.txt")" -ne 1 ]; then
  echo "smoke: the hostile PDF gave exit $rc:" >&2; cat "$OUT/hostile.txt" >&2; exit 1
fi
echo "smoke: hostile PDF refused in $(( $(date +%s) - hstart )) s: $(cat "$OUT/hostile.txt")"
# Time to window: the GUI prints the time once the window is shown and exits (--smoke-exit).
if "${RUN[@]}" "$BUNDLE/LoopReady" --smoke-exit >"$OUT/gui.txt" 2>&1; then
  echo "frozen time to window: $(cat "$OUT/gui.txt" | tail -1)"
else
  echo "frozen GUI smoke failed:" >&2; cat "$OUT/gui.txt" >&2; exit 1
fi
SIZE=$(du -sm "$BUNDLE" | cut -f1)
tar -C "$DIST" -cf - LoopReady | xz -T2 -6 > "$DIST/LoopReady-linux.tar.xz"
XZ=$(( $(stat -c %s "$DIST/LoopReady-linux.tar.xz") / 1048576 ))
echo "bundle size: ${SIZE} MB; compressed (tar.xz): ${XZ} MB"
