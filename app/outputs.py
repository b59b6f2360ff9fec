"""Where the user asked us to write, checked before any work starts.

One rule for every output (the JSON, the PDFs, the stories): it must be a regular file, or a
new name, in a folder that exists and can be written; never one of the inputs (writing the
report over the resume it came from destroys the resume), never a folder, a device, a FIFO or
a socket (or a symlink to one), and never the same file as another output of the same run.
A missing folder is refused, not created: a typo in a path should not grow a directory tree.
Each refusal is an ExportError (CLI exit 6) with one sentence that says what to do.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Mapping
from pathlib import Path

from app.errors import ExportError
from app.safe_text import utf8_safe

__all__ = ["check_output", "check_outputs"]


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))


def check_output(path: str | os.PathLike[str], what: str,
                 inputs: Mapping[str, str] | None = None) -> Path:
    """`path` as a place the `what` ("report", "analysis JSON"...) may be written, or an
    ExportError. `inputs` maps each input path to its role ("resume", "job description")."""
    raw = str(path)
    if not raw.strip():
        raise ExportError(f"No file name was given for the {what}. Give a file name, e.g. out.json.")
    target = Path(raw)
    shown = utf8_safe(raw)
    for source, role in (inputs or {}).items():
        if source and source != "-" and _same(target, Path(source)):
            raise ExportError(f"Cannot write the {what} to {shown}: that is your {role}, and it "
                              "would be overwritten. Choose another file name.")
    real = Path(os.path.realpath(target))
    try:
        mode = os.stat(real).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise ExportError(f"Cannot write the {what} to {shown} ({exc.strerror or exc}). "
                          "Choose another file name.") from None
    if mode is not None and stat.S_ISDIR(mode):
        raise ExportError(f"Cannot write the {what}: {shown} is a folder. Give a file name, "
                          f"e.g. {utf8_safe(str(target / 'out'))}.")
    if mode is not None and not stat.S_ISREG(mode):
        raise ExportError(f"Cannot write the {what} to {shown}: it is a device, a pipe or a "
                          "socket, not a file. Choose a file name in a folder.")
    folder = real.parent
    if not folder.is_dir():
        raise ExportError(f"Cannot write the {what}: the folder {utf8_safe(str(target.parent))} "
                          "does not exist. Create it first, or choose an existing folder.")
    if not os.access(folder, os.W_OK) or (mode is not None and not os.access(real, os.W_OK)):
        raise ExportError(f"Cannot write the {what} to {shown}: permission denied. Choose a "
                          "folder you can write to.")
    return target


def check_outputs(outputs: Iterable[tuple[str, str | None]],
                  inputs: Mapping[str, str] | None = None) -> None:
    """`check_output` for each (what, path) given (None or '-' is skipped: standard output),
    and no two outputs may be the same file."""
    seen: list[tuple[Path, str]] = []
    for what, path in outputs:
        if not path or path == "-":
            continue
        target = check_output(path, what, inputs)
        for other, other_what in seen:
            if _same(target, other):
                raise ExportError(f"The {other_what} and the {what} would both be written to "
                                  f"{utf8_safe(str(path))}. Give each its own file name.")
        seen.append((target, what))
