# Sourced by scripts/run.sh and scripts/test.sh (bash): make sure .venv exists, was made by a
# Python 3.11+, and holds what pyproject.toml asks for. pip runs only when the environment is
# missing or pyproject.toml changed since the last install (recorded in .venv/loopready-setup),
# so once set up LoopReady starts without the network.
#
#   loopready_env ROOT EXTRA    EXTRA: "" (the app) or "test" (the app and the test tools)
#
# PYTHON=/path/to/python3.12 chooses the interpreter (the .venv is rebuilt if it was made by
# another Python version).

LOOPREADY_MIN_PY="3.11"

_lr_say() { printf '%s\n' "$*" >&2; }
_lr_die() { printf 'loopready setup: %s\n' "$*" >&2; exit 1; }

# "3.11.7" for a working interpreter, nothing otherwise (the macOS python3 stub, a broken link).
_lr_version() { "$1" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])' 2>/dev/null; }
_lr_minor() { "$1" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null; }
_lr_new_enough() {
  "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' >/dev/null 2>&1
}

_lr_how_to_install() {
  case "$(uname -s 2>/dev/null)" in
    Darwin)
      printf '%s\n' "  macOS: /usr/bin/python3 is 3.9. Install Python 3.12 from python.org (macOS installer)" \
        "  or with Homebrew (brew install python@3.12), then run this again." ;;
    Linux)
      printf '%s\n' "  Debian 12 / Ubuntu 24.04: sudo apt-get install python3 python3-venv" \
        "  Older Ubuntu: sudo apt-get install python3.11 python3.11-venv (deadsnakes PPA on 20.04)" \
        "  Fedora: sudo dnf install python3.12" ;;
    *)
      printf '%s\n' "  Install Python 3.11 or newer from python.org." ;;
  esac
  printf '%s\n' "  If it is installed but not found, point the script at it:" \
    "    PYTHON=/path/to/python3.12 $0"
}

# The interpreter to build .venv with: $PYTHON, or the first Python 3.11+ on the PATH.
_lr_find_python() {
  if [ -n "${PYTHON:-}" ]; then
    local v
    v=$(_lr_version "$PYTHON" || true)
    if [ -z "$v" ]; then
      _lr_say "loopready setup: PYTHON=$PYTHON does not run a Python interpreter."
      _lr_how_to_install >&2
      exit 1
    fi
    if ! _lr_new_enough "$PYTHON"; then
      _lr_say "loopready setup: PYTHON=$PYTHON is Python $v; LoopReady needs Python $LOOPREADY_MIN_PY or newer."
      _lr_how_to_install >&2
      exit 1
    fi
    printf '%s\n' "$PYTHON"
    return
  fi
  local cand seen=""
  for cand in python3 python3.13 python3.12 python3.11 python3.14 python; do
    command -v "$cand" >/dev/null 2>&1 || continue
    if _lr_new_enough "$cand"; then
      command -v "$cand"
      return
    fi
    seen="$seen $cand ($(_lr_version "$cand" || true))"
  done
  _lr_say "loopready setup: LoopReady needs Python $LOOPREADY_MIN_PY or newer; found:${seen:- no python3 on the PATH}."
  _lr_how_to_install >&2
  exit 1
}

_lr_hash() { # sha256 of pyproject.toml, computed by the venv's own Python (no other tool needed)
  "$1" -c 'import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest())' \
    "$2/pyproject.toml"
}

loopready_env() {
  local root=$1 extra=${2:-}
  local venv="$root/.venv" vpy="$root/.venv/bin/python" stamp="$root/.venv/loopready-setup"

  # 0. A PYTHON that cannot be used stops here, before anything is changed.
  [ -n "${PYTHON:-}" ] && _lr_find_python >/dev/null

  # 1. An existing .venv made by a Python that is too old, gone, or not the one PYTHON names: rebuild.
  if [ -e "$venv" ]; then
    local have reason=""
    have=$(_lr_version "$vpy" || true)
    if [ -z "$have" ]; then
      reason="its Python no longer runs"
    elif ! _lr_new_enough "$vpy"; then
      reason="it was made by Python $have and LoopReady needs $LOOPREADY_MIN_PY or newer"
    elif [ -n "${PYTHON:-}" ] && [ "$(_lr_minor "$PYTHON")" != "$(_lr_minor "$vpy")" ]; then
      reason="it was made by Python $have and PYTHON=$PYTHON is $(_lr_version "$PYTHON")"
    fi
    if [ -n "$reason" ]; then
      _lr_say "Rebuilding .venv: $reason."
      rm -rf "$venv"
    fi
  fi

  # 2. No .venv: make one with a suitable Python.
  local first=""
  if [ ! -x "$vpy" ]; then
    local py
    py=$(_lr_find_python)
    _lr_say "Setting up LoopReady (one time, about a minute)..."
    _lr_say "  a virtual environment in .venv, with Python $(_lr_version "$py") ($py)"
    if ! "$py" -m venv "$venv"; then
      rm -rf "$venv"
      _lr_die "could not create .venv with $py. On Debian/Ubuntu install the venv module: sudo apt-get install python3-venv (or python3.11-venv)."
    fi
    first=1
  fi

  # 3. Install only when nothing was installed yet or pyproject.toml changed since.
  local want have_hash="" have_extras=""
  want=$(_lr_hash "$vpy" "$root") || _lr_die "cannot read $root/pyproject.toml"
  [ -f "$stamp" ] && read -r have_hash have_extras <"$stamp"
  if [ "$have_hash" = "$want" ] && { [ -z "$extra" ] || [[ ",$have_extras," == *",$extra,"* ]]; }; then
    return 0
  fi
  # keep what an earlier install added (the test tools) when pyproject.toml changes
  local extras="$have_extras"
  if [ -n "$extra" ] && [[ ",$extras," != *",$extra,"* ]]; then
    extras="${extras:+$extras,}$extra"
  fi
  if [ -z "$first" ]; then
    if [ -z "$have_hash" ]; then
      _lr_say "Setting up LoopReady (one time, about a minute)..."
    elif [ "$have_hash" != "$want" ]; then
      _lr_say "pyproject.toml changed: updating .venv (about a minute)..."
    else
      _lr_say "Adding the $extra tools to .venv (one time, under a minute)..."
    fi
  fi
  _lr_say "  installing LoopReady and its libraries${extras:+ (with: $extras)} from PyPI into .venv"
  local target="$root" started=$SECONDS
  [ -n "$extras" ] && target="$root[$extras]"
  if ! "$vpy" -m pip install --disable-pip-version-check -q -e "$target"; then
    if [ -n "$have_hash" ] && { [ -z "$extra" ] || [[ ",$have_extras," == *",$extra,"* ]]; }; then
      _lr_say "loopready setup: could not update .venv (offline?); going on with the libraries installed before. It will try again next time."
      return 0
    fi
    _lr_die "installing the libraries failed (pip's message is above). The first start downloads them from PyPI, so it needs the internet; after that LoopReady runs offline. Run this again when online."
  fi
  printf '%s %s\n' "$want" "$extras" >"$stamp"
  _lr_say "Ready ($((SECONDS - started)) s). Later starts skip this step and need no network."
}
