"""`python -m app` / `loopready`: subcommands go to the CLI, anything else opens the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def _ensure_streams() -> None:
    """A windowed frozen app has no stdout/stderr; give it harmless ones instead of None."""
    import os

    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


#: whether `main` ran a command-line command (not the window)
_RAN = {"cli": False}


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    _ensure_streams()
    from app.cli import COMMANDS

    if args and (args[0] in COMMANDS or args[0] in ("--version", "-h", "--help")):
        from app.cli import run_cli

        _RAN["cli"] = True
        return run_cli(args)
    try:
        from app.views.application import run_gui

        return run_gui(args)
    except KeyboardInterrupt:  # Ctrl+C before the window was up: nothing to save yet
        sys.stderr.write("loopready: interrupted\n")
        return 130


def _leave(code: int) -> None:
    """The end of a command-line process: what the interpreter's exit does that matters here
    (the atexit handlers: the compile cache written, the reading worker stopped; the standard
    streams flushed), then the exit itself, without freeing every module and object one by
    one first (~44 M instructions, ~1% of an `analyze` run: ~100 MB of heap the system takes
    back at once). Anything unusual (a stream that cannot be flushed) exits as Python does."""
    import atexit
    import os

    try:
        atexit._run_exitfuncs()
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
    except BaseException:
        return
    os._exit(code)


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # a frozen build's reading worker (app.sandbox) starts here
    status = main()
    if _RAN["cli"] and isinstance(status, int) and 0 <= status <= 255:
        _leave(status)
    sys.exit(status)
