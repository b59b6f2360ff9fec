"""Command line: JSON to stdout, one line on stderr for errors, exit codes.

Every command calls the same core functions as the GUI. Heavy modules are imported
inside the commands so `--version` and the GUI start fast.

Exit codes: 0 ok, 1 unexpected, 2 usage, 3 unreadable input, 4 knowledge, 5 session, 6 export,
130 interrupted (Ctrl+C).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from app import APP_NAME, __version__
from app.errors import ExportError, InputError, LoopReadyError

COMMANDS = ("parse", "parse-jd", "classify", "analyze", "eval")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not a usage dump
        self.exit(2, f"loopready: {message} (see {self.prog} --help)\n")


def invoked_as() -> str:
    """How the user started us, for help and examples: `python -m app`, `loopready`, ..."""
    argv0 = sys.argv[0] if sys.argv and sys.argv[0] else ""
    name = Path(argv0).name
    if not name or name in ("__main__.py", "-c") or name.startswith("python"):
        return "python -m app"
    return Path(name).stem if name.lower().endswith(".exe") else name


def _table(rows: Sequence[tuple[str, str]]) -> str:
    width = max(len(left) for left, _ in rows) + 3
    return "\n".join(f"  {left.ljust(width)}{right}" for left, right in rows)


def _help_text(prog: str) -> tuple[str, str, str]:
    """Usage, description and epilog of `--help`: how to open the window comes first."""
    usage = (f"{prog} [RESUME [JD] | SESSION.loopready.json | --sample]   (opens the window)\n"
             f"       {prog} COMMAND [ARGS]   (no window: {', '.join(COMMANDS)})")
    description = f"""\
{APP_NAME}: your interview-prep kit, built on your machine from your resume and a job
description. Nothing leaves your computer.

open the window:
{_table([
    (prog, "the start screen: drop your resume and the job description"),
    (f"{prog} --sample", "a complete example (an invented candidate)"),
    (f"{prog} RESUME [JD]", "analyse RESUME (PDF, DOCX, TXT, MD) against JD (the posting"),
    ("", "as a TXT, PDF or DOCX file); the analysis starts at once"),
    (f"{prog} SESSION.loopready.json", "reopen a saved session, with your edits"),
])}"""
    epilog = f"""\
examples without a window:
  {prog} analyze resume.pdf job.txt --report report.pdf --cheatsheet sheet.pdf
  {prog} analyze --session mine.loopready.json --stories stories.docx
  {prog} parse resume.pdf --out resume.json
  {prog} COMMAND --help      (the options of one command)

exit codes: 0 ok, 1 unexpected error (please report it), 2 usage, 3 unreadable input,
4 knowledge files, 5 session file, 6 export, 130 interrupted (Ctrl+C; the window saves first).

From a source checkout, `python -m app` needs the project's virtual environment: activate it
(`source .venv/bin/activate`, on Windows `.venv\\Scripts\\Activate.ps1`) or call
.venv/bin/python directly; ./scripts/run.sh (scripts\\run.ps1 on Windows) sets it up first."""
    return usage, description, epilog


def written_files(args: argparse.Namespace) -> list[tuple[str, str]]:
    """The files a finished `analyze` wrote, as (what, path), for the line on stderr."""
    if getattr(args, "command", None) != "analyze":
        return []
    named = [("the analysis JSON", args.json if args.json not in (None, "-") else None),
             ("the full report", args.report), ("the cheat sheet", args.cheatsheet),
             ("the STAR stories", args.stories)]
    return [(what, path) for what, path in named if path]


def _dump(data: Any, out: str | None = None) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    if out and out != "-":
        from app.atomic import write_text

        target = Path(out)
        if target.is_dir():
            raise ExportError(f"Cannot write the JSON: {out} is a folder. Give a file name, e.g. {target / 'out.json'}.")
        try:
            write_text(target, text)
        except OSError as exc:
            raise ExportError(f"Cannot write the JSON to {out} ({exc.strerror or exc}). "
                              "Choose a file in a folder you can write to.") from None
    else:
        sys.stdout.write(text)


def _read_stdin_text() -> str:
    data = sys.stdin.buffer.read()
    for enc in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", "replace")


def load_job(source: str):
    """A job description from a file path, or from standard input when `source` is '-'."""
    from app.reading.jobs import read_job, read_job_text

    if source == "-":
        return read_job_text(_read_stdin_text(), path="-")
    return read_job(source)


def cmd_parse(args: argparse.Namespace) -> int:
    from app.reading.resume import read_resume

    _dump(read_resume(args.file).to_dict(), args.out)
    return 0


def cmd_parse_jd(args: argparse.Namespace) -> int:
    _dump(load_job(args.file).to_dict(), args.out)
    return 0


def cmd_classify(args: argparse.Namespace) -> int:
    from app.analysis.principles import PrincipleClassifier
    from app.knowledge import load_knowledge

    if args.file in (None, "-"):
        text = _read_stdin_text()
    else:
        path = Path(args.file)
        if not path.is_file():
            raise InputError(f"No such file: {args.file}. Give a text file with one bullet per line, or '-' for standard input.")
        text = path.read_text(encoding="utf-8", errors="replace")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    classifier = PrincipleClassifier(load_knowledge())
    for line, result in zip(lines, classifier.classify(lines), strict=True):
        sys.stdout.write(json.dumps({"text": line, "principles": list(result.principles),
                                     "scores": result.scores}, ensure_ascii=False) + "\n")
    return 0


def cmd_analyze(args: argparse.Namespace) -> int:
    from app.analysis.pipeline import analyze
    from app.knowledge import load_knowledge
    from app.reading.resume import read_resume

    if args.session:
        # Exports include the user's edits: the analysis comes from the saved session.
        from app.sessions import load_session

        session = load_session(args.session)
        report = session.effective_report()
    else:
        if not args.resume or not args.job:
            raise InputError("analyze needs RESUME and JD (or --session FILE). Example: python -m app analyze resume.pdf job.txt --json out.json")
        knowledge = load_knowledge()
        resume = read_resume(args.resume)
        job = load_job(args.job)
        report = analyze(resume, job, knowledge, role=args.role)
    if args.report or args.cheatsheet or args.stories:
        from app.export import write_cheatsheet, write_report, write_stories_docx

        if args.report:
            write_report(report, args.report, paper=args.paper)
        if args.cheatsheet:
            write_cheatsheet(report, args.cheatsheet, paper=args.paper)
        if args.stories:
            write_stories_docx(report, args.stories)
    if args.json or not (args.report or args.cheatsheet or args.stories):
        _dump(report.to_dict(), args.json)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    import importlib

    module = importlib.import_module(f"app.evaluation.{args.what}")
    return int(module.main(corpus=args.corpus) or 0)


def build_parser() -> argparse.ArgumentParser:
    prog = invoked_as()
    usage, description, epilog = _help_text(prog)
    parser = _Parser(prog=prog, usage=usage, description=description, epilog=epilog,
                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, title="commands (no window)",
                                metavar="COMMAND", prog=prog)

    p = sub.add_parser("parse", help="read a resume (PDF, DOCX, TXT, MD) and print JSON")
    p.add_argument("file")
    p.add_argument("--out", help="write JSON here instead of stdout")
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser("parse-jd", help="read a job description (file or '-' for stdin) and print JSON")
    p.add_argument("file")
    p.add_argument("--out", help="write JSON here instead of stdout")
    p.set_defaults(func=cmd_parse_jd)

    p = sub.add_parser("classify", help="one bullet per line in, one JSON line of principles out")
    p.add_argument("file", nargs="?", default="-")
    p.set_defaults(func=cmd_classify)

    p = sub.add_parser("analyze", help="analyse a resume against a job description; JSON and exports",
                       description="Analyse RESUME against JD and print the analysis as JSON, or "
                                   "write the exports you name (each written file is listed on "
                                   "stderr). With --session, export a saved session with your edits.",
                       epilog=f"example: {prog} analyze resume.pdf job.txt --report report.pdf "
                              "--cheatsheet sheet.pdf --paper a4")
    p.add_argument("resume", nargs="?", metavar="RESUME", help="your resume: PDF, DOCX, TXT or MD")
    p.add_argument("job", nargs="?", metavar="JD",
                   help="the job description: a text, PDF or DOCX file, or '-' for stdin")
    p.add_argument("--json", help="write the analysis JSON here ('-' for stdout)")
    p.add_argument("--report", help="write the full PDF report here")
    p.add_argument("--cheatsheet", help="write the one-page cheat sheet PDF here")
    p.add_argument("--stories", help="write the STAR stories as DOCX here")
    p.add_argument("--paper", choices=("letter", "a4"), default="letter",
                   help="paper size of the PDFs (default: letter)")
    p.add_argument("--role", default="auto",
                   help="role pack id, e.g. amazon-mle or amazon-sde (default: auto, from the posting's title)")
    p.add_argument("--session", help="export from a saved session (includes your edits)")
    p.set_defaults(func=cmd_analyze)

    p = sub.add_parser("eval", help="print accuracy tables on the corpus")
    p.add_argument("what", choices=("reading", "jobs", "principles"))
    p.add_argument("--corpus", default=None, help="corpus folder (default: ../shared/corpus)")
    p.set_defaults(func=cmd_eval)
    return parser


def _one_line(text: str) -> str:
    """Messages may quote file names or input; stderr gets exactly one line regardless."""
    return " ".join(text.split()) if any(ch in text for ch in "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029") else text


def run_cli(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv))
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    if func is None:
        parser.error("choose a command")
    if args.command == "analyze" and not args.session and not (args.resume and args.job):
        analyze_parser = parser._subparsers._group_actions[0].choices["analyze"]  # type: ignore[union-attr]
        analyze_parser.error("analyze needs RESUME and JD, or --session FILE")
    try:
        code = func(args)
        written = written_files(args) if code == 0 else []
        if written:
            sys.stderr.write("loopready: wrote " + "; ".join(
                f"{what} to {_one_line(str(Path(path).resolve()))}" for what, path in written) + "\n")
        return code
    except LoopReadyError as exc:
        sys.stderr.write(f"loopready: {_one_line(exc.message)}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("loopready: interrupted\n")
        return 130
    except BrokenPipeError:
        return 0
    except MemoryError:
        sys.stderr.write("loopready: out of memory while reading the input; try a smaller file\n")
        return 3
    except Exception as exc:  # never a traceback for the user
        sys.stderr.write(f"loopready: unexpected error ({type(exc).__name__}: {_one_line(str(exc))}); "
                         "please report it\n")
        return 1
