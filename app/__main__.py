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


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    _ensure_streams()
    from app.cli import COMMANDS

    if args and (args[0] in COMMANDS or args[0] in ("--version", "-h", "--help")):
        from app.cli import run_cli

        return run_cli(args)
    try:
        from app.views.application import run_gui

        return run_gui(args)
    except KeyboardInterrupt:  # Ctrl+C before the window was up: nothing to save yet
        sys.stderr.write("loopready: interrupted\n")
        return 130


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # a frozen build's reading worker (app.sandbox) starts here
    sys.exit(main())
